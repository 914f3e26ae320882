//===--- Selection.cpp - otel-tidy ------------------------------*- C++ -*-===//
//
// Step 2: which files to lint. The database's files, or those given; with
// --database-files-only, a file the database does not list (a header) is
// linted through the files that include it. Then --diff keeps the files with
// changed lines, and --shard=K/N one part of them.
//
//===----------------------------------------------------------------------===//

#include "project/Dependencies.h"
#include "project/Project.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

namespace otel_tidy {

namespace {

bool isHeader(llvm::StringRef Path) {
  llvm::StringRef Ext = llvm::sys::path::extension(Path);
  return llvm::is_contained(
      llvm::ArrayRef<llvm::StringRef>({".h", ".hh", ".hpp", ".hxx", ".h++",
                                       ".inc", ".inl", ".ipp", ".tcc", ".tpp"}),
      Ext.lower());
}

void addRun(Project &P, std::string Arg, std::string Canonical) {
  FileRun R;
  R.Arg = std::move(Arg);
  R.Canonical = std::move(Canonical);
  P.Runs.push_back(std::move(R));
}

/// Names \p Given on standard error: linted through \p By, or skipped.
void sayHowLinted(const Project &P, llvm::StringRef Given,
                  const std::vector<std::string> &By) {
  llvm::raw_ostream &OS = llvm::errs();
  if (By.empty()) {
    OS << "otel-tidy: skipped " << Given
       << ": not in the compilation database (" << P.DbDir
       << "/compile_commands.json), and none of its files "
       << "includes it\n";
    return;
  }
  OS << "otel-tidy: " << Given << " is linted through the " << By.size()
     << (By.size() == 1 ? " file that includes it: "
                        : " files that include it: ");
  for (size_t I = 0; I < By.size() && I < 3; ++I)
    OS << (I ? ", " : "") << relativePath(By[I], P.Cwd);
  if (By.size() > 3)
    OS << ", and " << By.size() - 3 << " more";
  OS << "\n";
}

/// Files the database does not list (headers, mostly): linted through the
/// files of the database that include them.
void addIncluders(Project &P,
                  const std::map<std::string, std::string> &NotListed) {
  std::set<std::string> Headers;
  for (const auto &Entry : NotListed)
    Headers.insert(Entry.first);
  std::map<std::string, std::string> Unscanned;
  DependencyScanner Scanner(P.resourceDir());
  std::map<std::string, std::vector<std::string>> Includers =
      includersOf(*P.Db, Headers, Scanner, jobs(P.Opts), Unscanned);
  for (const auto &[Canonical, Given] : NotListed) {
    const std::vector<std::string> &By = Includers[Canonical];
    sayHowLinted(P, Given, By);
    for (const std::string &F : By)
      addRun(P, F, F);
    if (!By.empty())
      P.ThroughIncluders.push_back(Canonical);
  }
  if (!Unscanned.empty()) {
    // The scanner's first line says why (clang 22 adds the source line and a
    // caret below it).
    llvm::StringRef Why = llvm::StringRef(Unscanned.begin()->second).trim();
    Why = Why.take_until([](char C) { return C == '\n'; }).trim();
    llvm::errs() << "otel-tidy: note: " << Unscanned.size()
                 << (Unscanned.size() == 1 ? " file" : " files")
                 << " of the compilation database could not be scanned for "
                    "the headers it includes, and may include those given "
                    "(the first, "
                 << relativePath(Unscanned.begin()->first, P.Cwd) << ": " << Why
                 << ")\n";
  }
}

void addGivenFiles(Project &P) {
  llvm::StringSet<> Known;
  if (P.Opts.DatabaseFilesOnly)
    for (const std::string &F : P.Db->getAllFiles())
      Known.insert(canonicalPath(F, canonicalPath(P.DbDir, P.Cwd)));
  std::map<std::string, std::string> NotListed; // canonical -> as given
  for (const std::string &F : P.Files) {
    std::string Canonical = canonicalPath(F, P.Cwd);
    if (P.Opts.DatabaseFilesOnly && !Known.contains(Canonical))
      NotListed.try_emplace(Canonical, F);
    else
      addRun(P, F, Canonical);
  }
  if (!NotListed.empty())
    addIncluders(P, NotListed);
}

} // namespace

llvm::Error selectFiles(Project &P) {
  if (!P.Files.empty()) {
    addGivenFiles(P);
  } else if (P.Db) {
    for (const std::string &F : P.Db->getAllFiles())
      addRun(P, F, canonicalPath(F, canonicalPath(P.DbDir, P.Cwd)));
    if (P.Runs.empty())
      return projectError(
          (P.RunErrors.empty() ? "" : llvm::join(P.RunErrors, "\n") + "\n") +
          "the compilation database in '" + P.DbDir + "' lists no " +
          (P.RunErrors.empty() ? "" : "usable ") +
          "files: is the build configured?");
  } else {
    return projectError("no files to lint: give files, or a compilation "
                        "database with -p");
  }
  llvm::sort(P.Runs, [](const FileRun &A, const FileRun &B) {
    return A.Canonical < B.Canonical;
  });
  P.Runs.erase(std::unique(P.Runs.begin(), P.Runs.end(),
                           [](const FileRun &A, const FileRun &B) {
                             return A.Canonical == B.Canonical;
                           }),
               P.Runs.end());
  if (P.Db)
    for (FileRun &R : P.Runs)
      R.Commands = P.Db->getCompileCommands(R.Canonical);
  return llvm::Error::success();
}

llvm::Error selectChanged(Project &P) {
  if (P.Opts.DiffRev.empty())
    return llvm::Error::success();
  // Git that cannot tell is reported at the end; everything is linted.
  if (!P.GitRefusal.empty())
    P.RunErrors.push_back("--diff needs git, and " + P.GitRefusal);
  else if (!P.GitTop)
    P.RunErrors.push_back("--diff needs git and a git work tree; '" + P.Cwd +
                          "' is not in one");
  if (!P.GitTop)
    return llvm::Error::success();
  llvm::Expected<ChangedLines> C = gitChangedLines(*P.GitTop, P.Opts.DiffRev);
  if (!C) {
    P.RunErrors.push_back(llvm::toString(C.takeError()));
    return llvm::Error::success();
  }
  P.Changes = std::move(*C);
  // Only files with changed lines, unless a header changed (then every file,
  // as any may include it).
  llvm::StringSet<> Linted;
  for (const FileRun &R : P.Runs)
    Linted.insert(R.Canonical);
  bool HeaderChanged = llvm::any_of(*P.Changes, [&](const auto &Entry) {
    return !Linted.contains(Entry.first()) && isHeader(Entry.first()) &&
           !Entry.second.empty();
  });
  if (!HeaderChanged)
    llvm::erase_if(P.Runs, [&](const FileRun &R) {
      auto It = P.Changes->find(R.Canonical);
      return It == P.Changes->end() || It->second.empty();
    });
  return llvm::Error::success();
}

llvm::Error selectShard(Project &P) {
  if (P.Opts.ShardCount <= 1)
    return llvm::Error::success();
  // Largest first, each to the part with the least so far: the same parts on
  // every machine (sizes and paths relative to the source root), of about
  // the same size.
  struct Item {
    uint64_t Size;
    std::string Rel;
    size_t Index;
  };
  std::vector<Item> Items;
  for (size_t I = 0; I < P.Runs.size(); ++I) {
    uint64_t Size = 0;
    llvm::sys::fs::file_size(P.Runs[I].Canonical, Size);
    Items.push_back({Size, relativePath(P.Runs[I].Canonical, P.Root), I});
  }
  llvm::sort(Items, [](const Item &A, const Item &B) {
    return std::tie(B.Size, A.Rel) < std::tie(A.Size, B.Rel);
  });
  std::vector<uint64_t> Load(P.Opts.ShardCount, 0);
  std::vector<bool> Mine(P.Runs.size(), false);
  for (const Item &It : Items) {
    size_t Part = std::min_element(Load.begin(), Load.end()) - Load.begin();
    Load[Part] += std::max<uint64_t>(It.Size, 1);
    Mine[It.Index] = Part == P.Opts.ShardIndex;
  }
  std::vector<FileRun> Kept;
  for (size_t I = 0; I < P.Runs.size(); ++I)
    if (Mine[I])
      Kept.push_back(std::move(P.Runs[I]));
  P.Runs = std::move(Kept);
  return llvm::Error::success();
}

} // namespace otel_tidy
