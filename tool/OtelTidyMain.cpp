//===--- OtelTidyMain.cpp - otel-tidy ---------------------------*- C++ -*-===//
//
// The otel-tidy driver: clang-tidy's own command line (every flag of the
// clang-tidy it is built from) with the otel-* checks linked in. The one
// difference: when no `Checks` is configured anywhere (no --checks, no
// --config/--config-file, no .clang-tidy with a Checks key above the files),
// it runs `-*,otel-*` instead of clang-tidy's default checks.
//
// Project mode (ProjectRun.cpp) starts when otel-tidy's own flags are given
// (--format, --output, --baseline, --write-baseline, --diff, -j,
// --source-root, --database-files-only) or when -p is given without files:
// it lints the whole compilation database in parallel, one child otel-tidy
// (single-file mode) per file.
//
//===----------------------------------------------------------------------===//

#include "CommandLine.h"
#include "ProjectRun.h"
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

bool checksConfigured(const otel_tidy::CommandLine &CL) {
  for (const otel_tidy::Flag &F : CL.Flags) {
    if (F.Name == "checks")
      return true;
    if ((F.Name == "config" || F.Name == "config-file") &&
        configSetsChecks(F.Value.value_or(""),
                         /*IsFile=*/F.Name == "config-file"))
      return true;
  }
  llvm::SmallString<256> Cwd;
  llvm::sys::fs::current_path(Cwd);
  if (CL.Files.empty())
    return configuredAbove(Cwd);
  for (const otel_tidy::Positional &F : CL.Files) {
    llvm::SmallString<256> Abs(F.Text);
    llvm::sys::fs::make_absolute(Abs);
    if (configuredAbove(llvm::sys::path::parent_path(Abs)))
      return true;
  }
  return false;
}

/// Flags that ask clang-tidy for information instead of linting.
bool asksForInformation(const otel_tidy::CommandLine &CL) {
  return llvm::any_of(CL.Flags, [](const otel_tidy::Flag &F) {
    return llvm::is_contained(
        llvm::ArrayRef<llvm::StringRef>(
            {"list-checks", "dump-config", "explain-config", "verify-config",
             "help", "help-hidden", "help-list", "help-list-hidden", "version",
             "print-options", "print-all-options"}),
        F.Name);
  });
}

} // namespace

int main(int argc, const char **argv) {
  llvm::cl::AddExtraVersionPrinter([](llvm::raw_ostream &OS) {
    OS << "otel-tidy " << OTEL_TIDY_VERSION << " (built with LLVM "
       << CLANG_VERSION_STRING << ")\n";
  });
  std::vector<const char *> Args(argv, argv + argc);
  otel_tidy::CommandLine CL = otel_tidy::parseCommandLine(Args);

  // otel-tidy's own flags (project mode) are not clang-tidy's: take them out.
  otel_tidy::ProjectOptions Project;
  bool ProjectFlags = false;
  std::vector<size_t> ProjectIndexes;
  std::string Error;
  if (!otel_tidy::readProjectOptions(CL, Project, ProjectFlags, ProjectIndexes,
                                     Error)) {
    llvm::errs() << "otel-tidy: error: " << Error << "\n";
    return 2;
  }
  if (ProjectFlags) {
    llvm::sort(ProjectIndexes);
    for (size_t I = ProjectIndexes.size(); I-- > 0;)
      Args.erase(Args.begin() + ProjectIndexes[I]);
    CL = otel_tidy::parseCommandLine(Args);
  }

  // clang-tidy only warns about a missing database and goes on "without
  // flags", which lints nothing useful and exits 0: refuse instead.
  const otel_tidy::Flag *P = CL.find("p");
  if (P && P->Value) {
    const std::string &Dir = *P->Value;
    if (!clang::tooling::CompilationDatabase::autoDetectFromDirectory(Dir,
                                                                      Error)) {
      llvm::errs() << "otel-tidy: error: no compilation database "
                      "(compile_commands.json) found in '"
                   << Dir << "' or any parent directory\n  " << Error
                   << "\n  Configure the build with "
                      "-DCMAKE_EXPORT_COMPILE_COMMANDS=ON, or pass compiler "
                      "flags after '--'.\n";
      return 2;
    }
  }

  // Project mode: otel-tidy's own flags, or -p without files.
  bool Informational = asksForInformation(CL);
  if (ProjectFlags && Informational) {
    llvm::errs() << "otel-tidy: error: --format, --output, --baseline, "
                    "--write-baseline, --diff, -j, --source-root and "
                    "--database-files-only lint a project; they cannot be "
                    "combined with --list-checks, --dump-config, --help or "
                    "--version\n";
    return 2;
  }
  if (ProjectFlags || (!Informational && CL.Files.empty() && CL.has("p")))
    return otel_tidy::runProject(argv[0], Args, Project);

  // Single-file mode: clang-tidy itself.
  static const char DefaultChecks[] = "--checks=-*,otel-*";
  if (!checksConfigured(CL))
    Args.insert(Args.begin() + 1, DefaultChecks);
  return clang::tidy::clangTidyMain(static_cast<int>(Args.size()), Args.data());
}
