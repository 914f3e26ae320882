//===--- OtelClangdMain.cpp - otel-clangd -----------------------*- C++ -*-===//
//
// otel-clangd: clangd itself (clangdMain from the clangd libraries of the
// LLVM it is built against) with every stock clang-tidy module and the
// otel-* checks linked in. A drop-in replacement for that clangd: same
// flags, same .clangd and .clang-tidy files.
//
// Its additions: --version names otel-tidy's version next to clangd's; the
// log starts with a line saying that the otel-* checks only run where the
// clangd config lets checks of unknown latency run (FastCheckFilter); when
// no clang resource directory sits next to the binary (a build tree, a
// prefix other than LLVM's), it uses the one of the LLVM it was built
// against for the compiler's own headers. PreambleBodies.cpp keeps the
// bodies of project headers' functions.
//
//===----------------------------------------------------------------------===//

#include "clang/Basic/Version.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include <string>
#include <vector>

namespace clang::clangd {
int clangdMain(int Argc, char *Argv[]);
} // namespace clang::clangd

// The otel module registers itself statically; keep its object.
extern volatile int OtelTidyModuleAnchorSource;
static int LLVM_ATTRIBUTE_UNUSED OtelTidyModuleAnchorDestination =
    OtelTidyModuleAnchorSource;

namespace {

/// The flag, without its dashes and value (`--log=verbose` -> `log`).
llvm::StringRef flagName(llvm::StringRef Arg) {
  if (!Arg.consume_front("-"))
    return {};
  Arg.consume_front("-");
  return Arg.take_until([](char C) { return C == '='; });
}

bool isOneOf(llvm::StringRef Name, std::initializer_list<llvm::StringRef> Set) {
  for (llvm::StringRef S : Set)
    if (Name == S)
      return true;
  return false;
}

/// Whether clang finds its resource directory (builtin headers such as
/// <stddef.h>) where it looks for it: ../lib/clang/<major> from the binary.
bool resourceDirNextToBinary(const char *Argv0) {
  static int Anchor;
  std::string Exe = llvm::sys::fs::getMainExecutable(Argv0, &Anchor);
  if (Exe.empty())
    return true; // let clangd decide
  llvm::SmallString<256> Dir(
      llvm::sys::path::parent_path(llvm::sys::path::parent_path(Exe)));
  llvm::sys::path::append(Dir, "lib", "clang", CLANG_VERSION_MAJOR_STRING);
  return llvm::sys::fs::is_directory(Dir);
}

} // namespace

int main(int Argc, char *Argv[]) {
  bool Informational = false;
  bool ResourceDirGiven = false;
  for (int I = 1; I < Argc; ++I) {
    llvm::StringRef Name = flagName(Argv[I]);
    if (Name == "resource-dir")
      ResourceDirGiven = true;
    if (Name == "version") {
      // clangd replaces LLVM's version printer with its own: say ours first.
      llvm::outs() << "otel-clangd " << OTEL_TIDY_VERSION << " (otel-tidy "
                   << OTEL_TIDY_VERSION << " checks, built with LLVM "
                   << CLANG_VERSION_STRING << ")\n";
      llvm::outs().flush();
      Informational = true;
    }
    if (isOneOf(Name, {"help", "help-hidden", "help-list", "help-list-hidden",
                       "print-options", "print-all-options"}))
      Informational = true;
  }
  if (!Informational)
    llvm::errs()
        << "otel-clangd " << OTEL_TIDY_VERSION << " (clangd "
        << CLANG_VERSION_STRING
        << " with the otel-* checks): the otel-* checks run only where the "
           "clangd config sets Diagnostics: ClangTidy: FastCheckFilter: "
           "Loose (or None); clangd's default (Strict) drops every check "
           "whose latency it has not measured. See docs/editors.md.\n";
  std::vector<char *> Args(Argv, Argv + Argc);
  std::string ResourceDir = "--resource-dir=" OTEL_CLANGD_RESOURCE_DIR;
  if (!ResourceDirGiven && !resourceDirNextToBinary(Argv[0]) &&
      llvm::sys::fs::is_directory(OTEL_CLANGD_RESOURCE_DIR))
    Args.insert(Args.begin() + 1, ResourceDir.data());
  Args.push_back(nullptr);
  return clang::clangd::clangdMain(static_cast<int>(Args.size() - 1),
                                   Args.data());
}
