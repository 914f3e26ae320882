//===--- OtelTidyMain.cpp - otel-tidy ---------------------------*- C++ -*-===//
//
// The otel-tidy driver: clang-tidy's own command line (every flag of the
// clang-tidy it is built from) with the otel-* checks linked in. The one
// difference: when no `Checks` is configured anywhere (no --checks, no
// --config/--config-file, no .clang-tidy with a Checks key above the files),
// it runs `-*,otel-*` instead of clang-tidy's default checks.
//
//===----------------------------------------------------------------------===//

#include "clang-tidy/ClangTidyOptions.h"
#include "clang-tidy/tool/ClangTidyMain.h"
#include "clang/Basic/Version.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include <optional>
#include <string>
#include <vector>

extern volatile int OtelTidyModuleAnchorSource;
static int LLVM_ATTRIBUTE_UNUSED OtelTidyModuleAnchorDestination =
    OtelTidyModuleAnchorSource;

namespace {

/// Options of clang-tidy that take their value as the next argument.
bool takesSeparateValue(llvm::StringRef Arg) {
  Arg = Arg.ltrim('-');
  return llvm::is_contained(
      {"p", "checks", "config", "config-file", "header-filter",
       "exclude-header-filter", "line-filter", "export-fixes", "extra-arg",
       "extra-arg-before", "load", "vfsoverlay", "format-style",
       "warnings-as-errors", "store-check-profile"},
      Arg);
}

/// Whether a --config string (or --config-file) sets Checks.
bool configSetsChecks(llvm::StringRef Value, bool IsFile) {
  std::unique_ptr<llvm::MemoryBuffer> Buf;
  if (IsFile) {
    auto File = llvm::MemoryBuffer::getFile(Value);
    if (!File)
      return true; // let clang-tidy report the unreadable file
    Buf = std::move(*File);
  } else {
    Buf = llvm::MemoryBuffer::getMemBuffer(Value, "--config");
  }
  auto Parsed = clang::tidy::parseConfiguration(Buf->getMemBufferRef());
  return !Parsed || Parsed->Checks.has_value();
}

/// Whether a .clang-tidy at or above \p Dir sets Checks.
bool configuredAbove(llvm::StringRef Dir) {
  llvm::SmallString<256> Path(Dir);
  while (!Path.empty()) {
    llvm::SmallString<256> File(Path);
    llvm::sys::path::append(File, ".clang-tidy");
    if (auto Buf = llvm::MemoryBuffer::getFile(File)) {
      auto Parsed = clang::tidy::parseConfiguration((*Buf)->getMemBufferRef());
      if (Parsed && Parsed->Checks)
        return true;
      if (!Parsed || !Parsed->InheritParentConfig.value_or(false))
        return false;
    }
    llvm::StringRef Parent = llvm::sys::path::parent_path(Path);
    if (Parent == Path)
      break;
    Path = Parent;
  }
  return false;
}

bool checksConfigured(llvm::ArrayRef<const char *> Args) {
  std::vector<std::string> Files;
  for (size_t I = 1; I < Args.size(); ++I) {
    llvm::StringRef A(Args[I]);
    if (A == "--")
      break;
    llvm::StringRef Name = A.split('=').first.ltrim('-');
    if (A.starts_with("-") && (Name == "config" || Name == "config-file")) {
      llvm::StringRef Value = A.contains('=')       ? A.split('=').second
                              : I + 1 < Args.size() ? llvm::StringRef(Args[++I])
                                                    : llvm::StringRef();
      if (configSetsChecks(Value, /*IsFile=*/Name == "config-file"))
        return true;
      continue;
    }
    if (A.starts_with("-") && Name == "checks")
      return true;
    if (A.starts_with("-")) {
      if (!A.contains('=') && takesSeparateValue(A))
        ++I;
      continue;
    }
    Files.push_back(A.str());
  }
  llvm::SmallString<256> Cwd;
  llvm::sys::fs::current_path(Cwd);
  if (Files.empty())
    return configuredAbove(Cwd);
  for (const std::string &F : Files) {
    llvm::SmallString<256> Abs(F);
    llvm::sys::fs::make_absolute(Abs);
    if (configuredAbove(llvm::sys::path::parent_path(Abs)))
      return true;
  }
  return false;
}

/// The directory given with -p, if any.
std::optional<std::string> buildPath(llvm::ArrayRef<const char *> Args) {
  for (size_t I = 1; I < Args.size(); ++I) {
    llvm::StringRef A(Args[I]);
    if (A == "--")
      break;
    if ((A == "-p" || A == "--p") && I + 1 < Args.size())
      return std::string(Args[I + 1]);
    if (A.consume_front("-p=") || A.consume_front("--p="))
      return A.str();
  }
  return std::nullopt;
}

} // namespace

int main(int argc, const char **argv) {
  llvm::cl::AddExtraVersionPrinter([](llvm::raw_ostream &OS) {
    OS << "otel-tidy " << OTEL_TIDY_VERSION << " (built with LLVM "
       << CLANG_VERSION_STRING << ")\n";
  });
  std::vector<const char *> Args(argv, argv + argc);
  // clang-tidy only warns about a missing database and goes on "without
  // flags", which lints nothing useful and exits 0: refuse instead.
  if (std::optional<std::string> Dir = buildPath(Args)) {
    std::string Error;
    if (!clang::tooling::CompilationDatabase::autoDetectFromDirectory(*Dir,
                                                                      Error)) {
      llvm::errs() << "otel-tidy: error: no compilation database "
                      "(compile_commands.json) found in '"
                   << *Dir << "' or any parent directory\n  " << Error
                   << "\n  Configure the build with "
                      "-DCMAKE_EXPORT_COMPILE_COMMANDS=ON, or pass compiler "
                      "flags after '--'.\n";
      return 2;
    }
  }
  static const char DefaultChecks[] = "--checks=-*,otel-*";
  if (!checksConfigured(Args))
    Args.insert(Args.begin() + 1, DefaultChecks);
  return clang::tidy::clangTidyMain(static_cast<int>(Args.size()), Args.data());
}
