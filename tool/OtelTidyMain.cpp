//===--- OtelTidyMain.cpp - otel-tidy ---------------------------*- C++ -*-===//
//
// The otel-tidy driver: clang-tidy's own command line (every flag of the
// clang-tidy it is built from) with the otel-* checks linked in. The one
// difference: when no `Checks` is configured anywhere (no --checks, no
// --config/--config-file, no .clang-tidy with a Checks key above the files),
// it runs `-*,otel-*` instead of clang-tidy's default checks.
//
// Project mode (project/) starts when otel-tidy's own flags are given
// (project/Flags.cpp) or when -p is given without files: it lints the whole
// compilation database in parallel, one child otel-tidy (single-file mode)
// per file. `otel-tidy merge` combines the reports of shards.
//
//===----------------------------------------------------------------------===//

#include "CommandLine.h"
#include "Configuration.h"
#include "Database.h"
#include "OutputFile.h"
#include "clang-tidy/tool/ClangTidyMain.h"
#include "project/Flags.h"
#include "project/Merge.h"
#include "project/Pipeline.h"
#include "clang/Basic/Version.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/raw_ostream.h"
#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

extern volatile int OtelTidyModuleAnchorSource;
static int LLVM_ATTRIBUTE_UNUSED OtelTidyModuleAnchorDestination =
    OtelTidyModuleAnchorSource;

namespace {

/// Flags that ask for help or the version: nothing is configured.
bool asksForHelp(const otel_tidy::CommandLine &CL) {
  return llvm::any_of(CL.Flags, [](const otel_tidy::Flag &F) {
    return llvm::is_contained(
        llvm::ArrayRef<llvm::StringRef>({"help", "help-hidden", "help-list",
                                         "help-list-hidden", "version",
                                         "print-options", "print-all-options"}),
        F.Name);
  });
}

/// Flags that ask clang-tidy for information instead of linting.
bool asksForInformation(const otel_tidy::CommandLine &CL) {
  return asksForHelp(CL) ||
         llvm::any_of(CL.Flags, [](const otel_tidy::Flag &F) {
           return llvm::is_contained(llvm::ArrayRef<llvm::StringRef>(
                                         {"list-checks", "dump-config",
                                          "explain-config", "verify-config"}),
                                     F.Name);
         });
}

/// \p Args with the files of \p Keep only (all when null) and \p Checks as
/// the only --checks.
std::vector<std::string> clangTidyArgs(llvm::ArrayRef<const char *> Args,
                                       const otel_tidy::CommandLine &CL,
                                       const std::optional<std::string> &Checks,
                                       const std::set<size_t> *Keep) {
  std::vector<bool> Drop(Args.size(), false);
  if (Checks)
    for (const otel_tidy::Flag &F : CL.Flags)
      if (F.Name == "checks")
        std::fill_n(Drop.begin() + F.Index, F.Count, true);
  if (Keep)
    for (const otel_tidy::Positional &P : CL.Files)
      Drop[P.Index] = !Keep->count(P.Index);
  std::vector<std::string> Out = {Args[0]};
  if (Checks)
    Out.push_back("--checks=" + *Checks);
  for (size_t I = 1; I < Args.size(); ++I)
    if (!Drop[I])
      Out.push_back(Args[I]);
  return Out;
}

/// Single-file mode: clang-tidy itself, with the --checks that makes the otel
/// checks run. Files whose configurations differ in that respect are linted
/// by one child otel-tidy per group.
int runClangTidy(const char *Argv0, llvm::ArrayRef<const char *> Args,
                 const otel_tidy::CommandLine &CL, bool Informational) {
  llvm::Expected<otel_tidy::Configuration> Config =
      otel_tidy::Configuration::read(CL);
  if (!Config) {
    llvm::errs() << "otel-tidy: error: " << llvm::toString(Config.takeError())
                 << "\n";
    return 2;
  }
  // As clang-tidy: the options of the files, or of a file in the current
  // directory; --list-checks and the like read those of the first file.
  llvm::SmallString<256> Cwd;
  llvm::sys::fs::current_path(Cwd);
  std::map<std::optional<std::string>, std::set<size_t>> Groups;
  std::vector<std::string> Paths;
  for (const otel_tidy::Positional &F : CL.Files) {
    llvm::SmallString<256> Abs(F.Text);
    if (!llvm::sys::path::is_absolute(Abs)) {
      Abs = Cwd;
      llvm::sys::path::append(Abs, F.Text);
    }
    Groups[Config->checksFlag(Abs)].insert(F.Index);
    Paths.push_back(std::string(Abs));
    if (Informational)
      break;
  }
  if (Groups.empty()) {
    llvm::SmallString<256> Dummy(Cwd);
    llvm::sys::path::append(Dummy, "dummy");
    Groups[Config->checksFlag(Dummy)];
    Paths.push_back(std::string(Dummy));
  }
  // An --export-fixes that cannot be written, and configuration mistakes,
  // stop the run before anything is linted.
  const otel_tidy::Flag *ExportFixes = CL.find("export-fixes");
  if (ExportFixes && !Informational)
    if (llvm::Error E = otel_tidy::checkWritable(
            ExportFixes->Value.value_or(""), "--export-fixes")) {
      llvm::errs() << "otel-tidy: error: " << llvm::toString(std::move(E))
                   << "\n";
      return 2;
    }
  std::set<std::string> Errors;
  if (!asksForHelp(CL))
    for (const std::string &Path : Paths)
      for (const std::string &E : Config->errors(Path))
        Errors.insert(E);
  for (const std::string &E : Errors)
    llvm::errs() << "otel-tidy: error: " << E << "\n";
  if (!Errors.empty())
    return 2;

  if (Groups.size() == 1) {
    std::vector<std::string> Owned =
        clangTidyArgs(Args, CL, Groups.begin()->first, nullptr);
    std::vector<const char *> Argv;
    for (const std::string &A : Owned)
      Argv.push_back(A.c_str());
    return clang::tidy::clangTidyMain(static_cast<int>(Argv.size()),
                                      Argv.data());
  }
  if (CL.has("export-fixes")) {
    llvm::errs() << "otel-tidy: error: the files given are configured "
                    "differently (some name otel checks in their Checks, "
                    "some do not), so they are linted in separate runs, "
                    "which cannot share one --export-fixes file; give them "
                    "one at a time, or lint them in project mode (-j N)\n";
    return 2;
  }
  std::string Self = llvm::sys::fs::getMainExecutable(
      Argv0, reinterpret_cast<void *>(&runClangTidy));
  int Status = 0;
  for (const auto &[Checks, Files] : Groups) {
    std::vector<std::string> Owned = clangTidyArgs(Args, CL, Checks, &Files);
    std::vector<llvm::StringRef> Argv(Owned.begin(), Owned.end());
    std::string Error;
    int S =
        llvm::sys::ExecuteAndWait(Self, Argv, std::nullopt, {}, 0, 0, &Error);
    if (S < 0) {
      llvm::errs() << "otel-tidy: error: " << Error << "\n";
      S = 2;
    }
    Status = std::max(Status, S);
  }
  return Status;
}

} // namespace

int main(int argc, const char **argv) {
  llvm::cl::AddExtraVersionPrinter([](llvm::raw_ostream &OS) {
    OS << "otel-tidy " << OTEL_TIDY_VERSION << " (built with LLVM "
       << CLANG_VERSION_STRING << ")\n";
  });
  if (argc > 1 && llvm::StringRef(argv[1]) == "merge")
    return otel_tidy::runMerge(
        llvm::ArrayRef<const char *>(argv + 1, argc - 1));
  otel_tidy::registerProjectFlags();
  std::vector<const char *> Args(argv, argv + argc);
  otel_tidy::CommandLine CL = otel_tidy::parseCommandLine(Args);
  if (asksForHelp(CL)) // clang-tidy's help lists otel-tidy's flags too
    return clang::tidy::clangTidyMain(argc, argv);

  // Every flag read as clang-tidy reads them; otel-tidy's own start the
  // project mode, and are not clang-tidy's: take them out.
  bool ProjectFlags = false;
  if (llvm::Error E =
          otel_tidy::parseFlags(llvm::ArrayRef<const char *>(Args).take_front(
              CL.DashDash.value_or(Args.size())))) {
    llvm::errs() << "otel-tidy: error: " << llvm::toString(std::move(E))
                 << "\n";
    return 2;
  }
  llvm::Expected<otel_tidy::ProjectOptions> Project =
      otel_tidy::readProjectFlags(ProjectFlags);
  if (!Project) {
    llvm::errs() << "otel-tidy: error: " << llvm::toString(Project.takeError())
                 << "\n";
    return 2;
  }
  if (ProjectFlags) {
    std::vector<size_t> Drop;
    for (const otel_tidy::Flag &F : CL.Flags)
      if (otel_tidy::isProjectFlag(F.Name))
        for (size_t I = 0; I < F.Count; ++I)
          Drop.push_back(F.Index + I);
    llvm::sort(Drop);
    for (size_t I = Drop.size(); I-- > 0;)
      Args.erase(Args.begin() + Drop[I]);
    CL = otel_tidy::parseCommandLine(Args);
  }

  // Project mode: otel-tidy's own flags, or -p without files.
  bool Informational = asksForInformation(CL);
  if (ProjectFlags && Informational) {
    llvm::errs() << "otel-tidy: error: " << otel_tidy::projectFlagNames()
                 << " lint a project; they cannot be combined with "
                    "--list-checks, --dump-config, --explain-config or "
                    "--verify-config\n";
    return 2;
  }
  if (ProjectFlags || (!Informational && CL.Files.empty() && CL.has("p")))
    return otel_tidy::runProject(argv[0], Args, *Project);

  // clang-tidy only warns about a missing database and goes on "without
  // flags", which lints nothing useful and exits 0: refuse instead.
  const otel_tidy::Flag *P = CL.find("p");
  if (P && P->Value)
    if (auto Db = otel_tidy::loadDatabase(*P->Value); !Db) {
      llvm::errs() << "otel-tidy: error: " << llvm::toString(Db.takeError())
                   << "\n";
      return 2;
    }

  return runClangTidy(argv[0], Args, CL, Informational);
}
