//===--- Invocation.cpp - otel-tidy -----------------------------*- C++ -*-===//
//
// Step 1: the command line. The parent takes over the flags that concern the
// whole run (-p, --fix*, --export-fixes, --header-filter, the files); the
// children get the rest; then the compilation database and the paths.
//
//===----------------------------------------------------------------------===//

#include "CommandLine.h"
#include "Compat.h"
#include "Database.h"
#include "project/Cache.h"
#include "project/Children.h"
#include "project/Dependencies.h"
#include "project/Project.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

namespace otel_tidy {

namespace {

/// Takes the parent's flags out of \p Args into \p P; the rest are the
/// children's.
void splitFlags(Project &P, llvm::ArrayRef<const char *> Args,
                const CommandLine &CL, std::optional<std::string> &BuildPath) {
  std::vector<bool> Keep(CL.DashDash ? *CL.DashDash : Args.size(), true);
  for (const Flag &F : CL.Flags) {
    if (F.Name == "p")
      BuildPath = F.Value.value_or("");
    else if (F.Name == "export-fixes")
      P.ExportFixes = F.Value.value_or("");
    else if (F.Name == "fix")
      P.Fix = P.Fix || flagIsOn(F);
    else if (F.Name == "fix-errors")
      P.FixErrors = flagIsOn(F);
    else if (F.Name == "fix-notes")
      P.FixNotes = flagIsOn(F);
    else if (F.Name == "header-filter")
      P.HeaderFilter = F.Value.value_or("");
    else if (F.Name == "use-color")
      P.UseColor = flagIsOn(F); // the children get it too
    else if (F.Name == "load")
      P.LoadsPlugins = true;
    if (llvm::is_contained(llvm::ArrayRef<llvm::StringRef>(
                               {"p", "export-fixes", "fix", "fix-errors",
                                "fix-notes", "header-filter"}),
                           F.Name))
      std::fill_n(Keep.begin() + F.Index, F.Count, false);
  }
  // As in clang-tidy, --fix-notes and --fix-errors imply --fix.
  P.Fix = P.Fix || P.FixNotes || P.FixErrors;
  for (const Positional &F : CL.Files) {
    Keep[F.Index] = false;
    P.Files.push_back(F.Text);
  }
  for (size_t I = 1; I < Keep.size(); ++I)
    if (Keep[I])
      P.ChildFlags.push_back(Args[I]);
  if (CL.DashDash)
    P.Tail.assign(Args.begin() + *CL.DashDash, Args.end());
}

/// The compilation database: -p, else ./compile_commands.json, else
/// ./build/compile_commands.json (unless `--` gives the flags). Entries it
/// cannot use are reported at the end; the children get the others.
llvm::Error findDatabase(Project &P, std::optional<std::string> BuildPath,
                         bool FlagsGiven) {
  if (BuildPath)
    P.DbDir = *BuildPath;
  else if (!FlagsGiven)
    for (llvm::StringRef Candidate : {".", "build"})
      if (llvm::sys::fs::exists(Candidate + "/compile_commands.json")) {
        P.DbDir = Candidate.str();
        break;
      }
  if (P.DbDir.empty())
    return FlagsGiven
               ? llvm::Error::success()
               : projectError(
                     "no compilation database: pass -p BUILD_DIR (a directory "
                     "with compile_commands.json; CMake writes one with "
                     "-DCMAKE_EXPORT_COMPILE_COMMANDS=ON), run from a "
                     "directory that has compile_commands.json or "
                     "build/compile_commands.json, or give files and "
                     "compiler flags after '--'");
  std::string Usable;
  auto Db = loadDatabase(P.DbDir, &P.RunErrors, &Usable);
  if (!Db)
    return Db.takeError();
  P.Db = std::move(*Db);
  std::string ChildDb = P.DbDir;
  if (!Usable.empty()) {
    llvm::Expected<std::string> Dir = writeTemporaryDatabase(Usable);
    if (!Dir)
      return Dir.takeError();
    ChildDb = *Dir;
  }
  P.ChildFlags.push_back("-p");
  P.ChildFlags.push_back(ChildDb);
  return llvm::Error::success();
}

} // namespace

llvm::Expected<Project> readInvocation(const char *Argv0,
                                       llvm::ArrayRef<const char *> Args,
                                       const ProjectOptions &Opts) {
  Project P;
  P.Start = std::chrono::steady_clock::now();
  P.Opts = Opts;
  P.Self = llvm::sys::fs::getMainExecutable(
      Argv0, reinterpret_cast<void *>(&readInvocation));
  llvm::SmallString<256> Cwd;
  llvm::sys::fs::current_path(Cwd);
  P.Cwd = canonicalPath(Cwd, "");

  CommandLine CL = parseCommandLine(Args);
  std::optional<std::string> BuildPath;
  splitFlags(P, Args, CL, BuildPath);
  if (llvm::Error E = findDatabase(P, BuildPath, CL.DashDash.has_value()))
    return std::move(E);
  if (Opts.DatabaseFilesOnly && !P.Db)
    return projectError(
        "--database-files-only needs a compilation database (-p)");
  if (!Opts.WriteBaseline.empty() && !Opts.DiffRev.empty())
    return projectError("--write-baseline records every finding of the "
                        "project; it cannot be combined with --diff");

  // Where paths in reports are relative to.
  if (llvm::Expected<std::optional<std::string>> T = gitTopLevel(P.Cwd))
    P.GitTop = std::move(*T);
  else
    P.GitRefusal = llvm::toString(T.takeError());
  P.Root = Opts.SourceRoot.empty() ? P.GitTop.value_or(P.Cwd)
                                   : canonicalPath(Opts.SourceRoot, P.Cwd);
  if (!P.GitRefusal.empty() && Opts.SourceRoot.empty() && Opts.DiffRev.empty())
    llvm::errs() << "otel-tidy: note: paths are relative to the current "
                    "directory (no --source-root), as "
                 << P.GitRefusal << "\n";
  llvm::Expected<Configuration> Config = Configuration::read(CL);
  if (!Config)
    return Config.takeError();
  P.Config.emplace(std::move(*Config));
  return std::move(P);
}

Project::Project() = default;
Project::Project(Project &&) = default;
Project &Project::operator=(Project &&) = default;
Project::~Project() = default;

std::string Project::resourceDir() const {
  return compat::resourceDir(Self.c_str(),
                             reinterpret_cast<void *>(&readInvocation));
}

llvm::Error projectError(const llvm::Twine &Message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), Message);
}

} // namespace otel_tidy
