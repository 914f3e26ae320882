//===--- Project.h - otel-tidy ----------------------------------*- C++ -*-===//
//
// Project mode: lint a compilation database (or the files given), one child
// otel-tidy (the single-file driver, clang-tidy itself) per file, in
// parallel, then filter (--diff, --baseline), fix and report.
//
// It is a pipeline of steps (Pipeline.cpp), each in a file of its own and
// each a function `llvm::Error step(Project &)` over the state below:
//
//   Invocation   the command line: flags the parent takes over, the children's
//                flags, the compilation database, paths
//   Selection    which files: the database's, those given, headers through
//                the files that include them, --diff, --shard
//   Setup        configuration mistakes, the checks that run; the outputs and
//                the baseline, opened before anything is linted
//   Plan         per file: its dependencies (Clang's dependency scanner), the
//                pre-filter's verdict, the result cache's key and entry
//   Summaries    (before Plan) which files write their exception summaries;
//                (after Lint) the summary store, and the files linted again
//                reading it: duplicate exception records across files
//   Lint         the children, LLVM's thread pool, what they report
//   Filter       findings merged across files, located, --diff, --baseline
//   Fix          --fix
//   Report       failures, the report, the baseline, --export-fixes, summary
//
// A pass that needs the files' results and lints some again (a cross-file
// analysis, say) is one more step after Lint: it sets FileRun::ExtraArgs on
// the files to lint again and Project::CacheExtraInput (whatever their
// results now depend on), then runs planFiles and lintFiles on them.
//
//===----------------------------------------------------------------------===//

#ifndef OTEL_TIDY_TOOL_PROJECT_PROJECT_H
#define OTEL_TIDY_TOOL_PROJECT_PROJECT_H

#include "Baseline.h"
#include "Configuration.h"
#include "Findings.h"
#include "GitDiff.h"
#include "OutputFile.h"
#include "project/Flags.h"
#include "clang/Tooling/CompilationDatabase.h"
#include <chrono>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace otel_tidy {

class ResultCache;
class DependencyScanner;

/// What a child run reported, as the result cache keeps it.
struct ChildOutput {
  int Status = 0;          ///< exit code; < 0: did not run to the end
  std::string ExecError;   ///< why it could not run
  std::string Diagnostics; ///< the --export-fixes YAML
  std::string Stderr;      ///< its standard error
};

/// A configuration some files share (read before the parallel steps, as the
/// options providers are not thread-safe).
struct FileConfig {
  std::string Text; ///< the effective options, as --dump-config writes them
  bool OtelOnly = false;          ///< only otel checks run
  std::vector<std::string> Names; ///< wrapper names (the pre-filter)
};

/// One file (translation unit) of the project.
struct FileRun {
  std::string Arg;       ///< the path handed to the child
  std::string Canonical; ///< for comparisons and reports
  /// Its compile commands in the database, if any (for its dependencies and
  /// the cache key).
  std::vector<clang::tooling::CompileCommand> Commands;
  std::vector<std::string> ExtraArgs; ///< more flags for its child
  size_t Config = 0;                  ///< its Project::Configs entry

  enum class State {
    Pending, ///< to lint
    Missing, ///< the file does not exist
    Skipped, ///< the pre-filter: it cannot have an otel finding
    Cached,  ///< results from the cache
    Linted,  ///< results from a child
  } Run = State::Pending;
  std::string CacheKey;   ///< empty: not cached
  bool FromCache = false; ///< its result (or skip) came from the cache

  /// Its part in the cross-file analysis (Summaries.cpp): none, the first
  /// pass (its child also writes the unit's exception summaries), or a lint
  /// that reads the summary store.
  enum class Pass { Plain, WriteSummaries, ReadStore } Summaries = Pass::Plain;
  std::string KeyExtra; ///< what its result also depends on
  std::string Summary;  ///< its unit's summaries (the first pass)

  /// What it produced (kept small: the child's raw output is not).
  std::vector<Finding> Findings;
  std::optional<Failure> Failed;
  std::string Notice; ///< unusual standard error of a successful run
};

struct Project {
  // Invocation.
  ProjectOptions Opts;
  std::string Self;      ///< this executable, for the children
  std::string Cwd, Root; ///< canonical; Root: --source-root, git top, cwd
  std::optional<std::string> GitTop; ///< the git work tree's top
  std::string GitRefusal; ///< why git refused the work tree, if it did
  std::string DbDir;
  std::unique_ptr<clang::tooling::CompilationDatabase> Db;
  std::vector<std::string> Files; ///< given on the command line
  std::vector<std::string> ChildFlags, Tail;
  std::string ExportFixes;
  bool Fix = false, FixNotes = false, FixErrors = false;
  std::optional<bool> UseColor;
  std::optional<std::string> HeaderFilter;
  bool LoadsPlugins = false; ///< --load
  std::chrono::steady_clock::time_point Start;

  // Selection and setup.
  std::vector<FileRun> Runs;
  std::vector<std::string> ThroughIncluders; ///< headers linted via includers
  std::optional<Configuration> Config;
  std::vector<std::string> Checks; ///< the checks that run, sorted
  std::vector<FileConfig> Configs;
  std::optional<OutputFile> ReportFile, BaselineFile, FixesFile;
  std::optional<Baseline> Base;
  std::optional<ChangedLines> Changes;
  /// Problems found before linting that do not stop it (a database entry
  /// that cannot be used, an unreadable baseline, an unknown revision):
  /// reported with the failures, exit 2.
  std::vector<std::string> RunErrors;

  // Plan and lint.
  std::unique_ptr<DependencyScanner> Scanner;
  std::unique_ptr<ResultCache> Cache;
  std::string CacheExtraInput; ///< what results also depend on, if anything

  // The cross-file analysis (Summaries.cpp).
  bool CrossFiles = false; ///< a summary store is used
  bool StoreGiven = false; ///< --summary-store: read as it is
  std::string StorePath, WorkDir;
  /// The children's flags without --config and --config-file, and the
  /// configuration they stood for (or one that inherits the files'), to
  /// which the children's --config adds SummaryOutput or SummaryStore.
  std::vector<std::string> StoreChildFlags;
  std::optional<clang::tidy::ClangTidyOptions> StoreConfig;
  std::string StoreNote; ///< what happened to the store, for the summary

  // Filter, fix, report.
  std::vector<Finding> Findings;         ///< merged over the files, sorted
  std::vector<const Finding *> Reported; ///< not in the baseline, in the diff
  std::vector<Failure> Failures;
  std::map<std::string, std::string> Notices; ///< unusual stderr -> a file
  SourceCache Sources;
  unsigned InBaseline = 0, OutsideDiff = 0, Fixed = 0;
  int Exit = 0;

  Project();
  Project(Project &&);
  Project &operator=(Project &&);
  ~Project();

  std::string resourceDir() const;
};

/// A pipeline step: an error stops the pipeline (exit 2).
using Step = llvm::Error (*)(Project &);

llvm::Expected<Project> readInvocation(const char *Argv0,
                                       llvm::ArrayRef<const char *> Args,
                                       const ProjectOptions &Opts);
llvm::Error selectFiles(Project &P);
llvm::Error selectChanged(Project &P);
llvm::Error selectShard(Project &P);
llvm::Error setUp(Project &P);
llvm::Error openOutputs(Project &P);
/// Plans the files of \p Indexes: pre-filter, cache lookup.
void planFiles(Project &P, llvm::ArrayRef<size_t> Indexes);
llvm::Error planAll(Project &P);
/// Lints the planned files of \p Indexes that neither the pre-filter nor the
/// cache settled, and stores their results in the cache.
void lintFiles(Project &P, llvm::ArrayRef<size_t> Indexes);
llvm::Error lintAll(Project &P);
/// The flags of \p R's child before --export-fixes; \p SummaryFile is
/// where the first pass writes its summaries.
std::vector<std::string> childFlags(const Project &P, const FileRun &R,
                                    const std::string &SummaryFile);
llvm::Error setUpSummaries(Project &P);
llvm::Error summaryPass(Project &P);
llvm::Error reportSummariesOnly(Project &P);
/// Reads a child's output into \p R's findings and failure.
void collect(FileRun &R, const ChildOutput &Out, llvm::StringRef Cwd);
llvm::Error filterFindings(Project &P);
llvm::Error reportFailures(Project &P);
/// The files that could not be linted, on standard error.
void printFailures(Project &P);
llvm::Error applyFixes(Project &P);
llvm::Error writeReports(Project &P);

/// An llvm::Error with \p Message.
llvm::Error projectError(const llvm::Twine &Message);

} // namespace otel_tidy

#endif
