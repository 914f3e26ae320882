//===--- Flags.cpp - otel-tidy ----------------------------------*- C++ -*-===//

#include "Flags.h"
#include "clang/Tooling/CommonOptionsParser.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Threading.h"
#include "llvm/Support/raw_ostream.h"

namespace otel_tidy {

namespace cl = llvm::cl;

namespace {

/// A description written as a raw string starting on its own line (as
/// clang-tidy writes its own).
cl::desc desc(llvm::StringRef Text) { return cl::desc(Text.ltrim()); }

cl::opt<std::string> FormatFlag("format", desc(R"(
The report's format: text (clang-tidy's), sarif
(SARIF 2.1.0, for GitHub code scanning), github
(workflow annotations) or gitlab (Code Quality).
)"),
                                cl::value_desc("text|sarif|github|gitlab"));
cl::opt<std::string> OutputFlag("output", desc(R"(
Write the report to this file (replaced
atomically once complete) instead of standard
output.
)"),
                                cl::value_desc("file"));
cl::opt<std::string> BaselineFlag("baseline", desc(R"(
Report only the findings this baseline file
(--write-baseline) does not hold.
)"),
                                  cl::value_desc("file"));
cl::opt<std::string> WriteBaselineFlag("write-baseline", desc(R"(
Write every finding to this baseline file instead
of a report.
)"),
                                       cl::value_desc("file"));
cl::opt<std::string> DiffFlag("diff", desc(R"(
Report only the findings on lines changed since
this git revision (the working tree against it).
)"),
                              cl::value_desc("revision"));
cl::opt<std::string> SourceRootFlag("source-root", desc(R"(
Paths in reports and baselines are relative to
this directory; by default the top of the git
work tree, else the current directory.
)"),
                                    cl::value_desc("dir"));
cl::opt<std::string> JobsFlag("j", cl::Prefix, desc(R"(
Lint this many files at a time; all cores by
default.
)"),
                              cl::value_desc("N"));
cl::opt<bool> DatabaseFilesOnlyFlag("database-files-only", desc(R"(
Of the files given, lint those the compilation
database lists, and a header through the files of
the database that include it (the pre-commit hook
uses it).
)"));
cl::opt<std::string> ProgressIntervalFlag("progress-interval", desc(R"(
When standard error is not a terminal, print a
progress line every this many seconds (10 by
default; 0: none).
)"),
                                          cl::value_desc("seconds"));
cl::opt<std::string> CacheDirFlag("cache-dir", desc(R"(
Keep the results of each file here, to reuse when
nothing it depends on changed (by default
BUILD/.otel-tidy-cache, BUILD being -p's).
)"),
                                  cl::value_desc("dir"));
cl::opt<bool> NoCacheFlag("no-cache", desc(R"(
Neither read nor write the result cache.
)"));
cl::opt<std::string> CacheSizeFlag("cache-size", desc(R"(
The result cache's size bound (least recently
used entries go first), in bytes or with a K, M or
G suffix; 1G by default.
)"),
                                   cl::value_desc("size"));
cl::opt<bool> NoPrefilterFlag("no-prefilter", desc(R"(
Lint every file, even those that include no
OpenTelemetry or OpenCensus header and mention no
configured wrapper (they cannot have an otel
finding, and are skipped by default when only
otel checks run).
)"));
cl::opt<std::string> ShardFlag("shard", desc(R"(
Lint part K of N (1 <= K <= N) of the files: a
deterministic, size-balanced part, for CI
matrices; `otel-tidy merge` combines the parts'
reports.
)"),
                               cl::value_desc("K/N"));
cl::opt<bool> NoSummariesFlag("no-summaries", desc(R"(
Find duplicate exception records within each file
only: no first pass writing the files' exception
summaries, no summary store.
)"));
cl::opt<bool> WriteSummariesFlag("write-summaries", desc(R"(
Write the summary store (every file's exception
summaries, for clang-tidy's option SummaryStore)
and stop: nothing is reported.
)"));
cl::opt<std::string> SummaryStoreFlag("summary-store", desc(R"(
Where the summary store is. Default:
<cache dir>/summaries.json, built by a first pass
and reused when nothing changed. Given, a store
written earlier (--write-summaries) is read as it
is, without a first pass (for --shard).
)"),
                                      cl::value_desc("file"));

cl::Option *const Flags[] = {&FormatFlag,
                             &OutputFlag,
                             &BaselineFlag,
                             &WriteBaselineFlag,
                             &DiffFlag,
                             &SourceRootFlag,
                             &JobsFlag,
                             &DatabaseFilesOnlyFlag,
                             &ProgressIntervalFlag,
                             &CacheDirFlag,
                             &NoCacheFlag,
                             &CacheSizeFlag,
                             &NoPrefilterFlag,
                             &ShardFlag,
                             &NoSummariesFlag,
                             &WriteSummariesFlag,
                             &SummaryStoreFlag};

llvm::Error badValue(const llvm::Twine &Message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), Message);
}

std::optional<uint64_t> parseSize(llvm::StringRef Text) {
  uint64_t Unit = 1;
  if (Text.consume_back_insensitive("k"))
    Unit = 1 << 10;
  else if (Text.consume_back_insensitive("m"))
    Unit = 1 << 20;
  else if (Text.consume_back_insensitive("g"))
    Unit = 1 << 30;
  uint64_t N;
  if (Text.getAsInteger(10, N))
    return std::nullopt;
  return N * Unit;
}

/// clang-tidy's option category (private to it: taken from its --checks).
cl::OptionCategory *clangTidyCategory() {
  const auto &Registered = cl::getRegisteredOptions();
  auto Checks = Registered.find("checks");
  if (Checks == Registered.end() || Checks->second->Categories.empty())
    return nullptr;
  return Checks->second->Categories[0];
}

} // namespace

void registerProjectFlags() {
  if (cl::OptionCategory *Category = clangTidyCategory())
    for (cl::Option *F : Flags)
      if (!llvm::is_contained(F->Categories, Category))
        F->addCategory(*Category);
}

llvm::Error parseFlags(llvm::ArrayRef<const char *> Args) {
  cl::OptionCategory *Category = clangTidyCategory();
  if (!Category)
    return badValue("clang-tidy's options are not linked in");
  // clang-tidy's common options (-p, the files, --extra-arg) are registered
  // the first time its option parser runs: run it on nothing first.
  int One = 1;
  const char *Argv0[] = {Args[0], nullptr};
  llvm::consumeError(clang::tooling::CommonOptionsParser::create(
                         One, Argv0, *Category, cl::ZeroOrMore)
                         .takeError());
  std::vector<const char *> WithoutLoad;
  for (size_t I = 0; I < Args.size(); ++I) {
    llvm::StringRef A = Args[I];
    if (A == "-load" || A == "--load")
      ++I; // and its value
    else if (!A.starts_with("-load=") && !A.starts_with("--load="))
      WithoutLoad.push_back(Args[I]);
  }
  std::string Errors;
  llvm::raw_string_ostream OS(Errors);
  if (!cl::ParseCommandLineOptions(static_cast<int>(WithoutLoad.size()),
                                   WithoutLoad.data(), "", &OS)) {
    llvm::StringRef Message = llvm::StringRef(OS.str()).trim();
    Message.consume_front((llvm::sys::path::filename(Args[0]) + ": ").str());
    return badValue(Message);
  }
  return llvm::Error::success();
}

bool isProjectFlag(llvm::StringRef Name) {
  return llvm::any_of(Flags,
                      [&](const cl::Option *F) { return F->ArgStr == Name; });
}

std::string projectFlagNames() {
  std::string Names;
  for (size_t I = 0; I < std::size(Flags); ++I)
    Names += (I == 0                      ? ""
              : I + 1 == std::size(Flags) ? " and "
                                          : ", ") +
             std::string(Flags[I]->ArgStr.size() == 1 ? "-" : "--") +
             Flags[I]->ArgStr.str();
  return Names;
}

llvm::Expected<ProjectOptions> readProjectFlags(bool &Given) {
  Given = llvm::any_of(
      Flags, [](const cl::Option *F) { return F->getNumOccurrences() > 0; });
  ProjectOptions Opts;
  auto Required = [](const cl::opt<std::string> &F) -> llvm::Error {
    if (F.getNumOccurrences() && F.getValue().empty())
      return badValue("--" + F.ArgStr + " needs a value");
    return llvm::Error::success();
  };
  for (const cl::opt<std::string> *F :
       {&FormatFlag, &OutputFlag, &BaselineFlag, &WriteBaselineFlag, &DiffFlag,
        &SourceRootFlag, &JobsFlag, &ProgressIntervalFlag, &CacheDirFlag,
        &CacheSizeFlag, &ShardFlag, &SummaryStoreFlag})
    if (llvm::Error E = Required(*F))
      return std::move(E);
  if (FormatFlag.getNumOccurrences()) {
    std::optional<Format> F = parseFormat(FormatFlag);
    if (!F)
      return badValue("unknown --format '" + FormatFlag +
                      "' (expected text, sarif, github or gitlab)");
    Opts.OutputFormat = *F;
  }
  Opts.Output = OutputFlag;
  Opts.Baseline = BaselineFlag;
  Opts.WriteBaseline = WriteBaselineFlag;
  Opts.DiffRev = DiffFlag;
  Opts.SourceRoot = SourceRootFlag;
  Opts.DatabaseFilesOnly = DatabaseFilesOnlyFlag;
  Opts.CacheDir = CacheDirFlag;
  Opts.Cache = !NoCacheFlag;
  Opts.Prefilter = !NoPrefilterFlag;
  Opts.Summaries = !NoSummariesFlag;
  Opts.WriteSummaries = WriteSummariesFlag;
  Opts.SummaryStore = SummaryStoreFlag;
  if (Opts.WriteSummaries && !Opts.Summaries)
    return badValue("--write-summaries and --no-summaries contradict");
  if (JobsFlag.getNumOccurrences() &&
      llvm::StringRef(JobsFlag).getAsInteger(10, Opts.Jobs))
    return badValue("-j needs a number of jobs, not '" + JobsFlag + "'");
  if (ProgressIntervalFlag.getNumOccurrences() &&
      (llvm::StringRef(ProgressIntervalFlag)
           .getAsDouble(Opts.ProgressInterval) ||
       Opts.ProgressInterval < 0))
    return badValue("--progress-interval needs a number of seconds, not '" +
                    ProgressIntervalFlag + "'");
  if (CacheSizeFlag.getNumOccurrences()) {
    std::optional<uint64_t> Size = parseSize(CacheSizeFlag);
    if (!Size)
      return badValue("--cache-size needs a size such as 500M or 2G, not '" +
                      CacheSizeFlag + "'");
    Opts.CacheSize = *Size;
  }
  if (ShardFlag.getNumOccurrences()) {
    auto [K, N] = llvm::StringRef(ShardFlag).split('/');
    unsigned Index, Count;
    if (K.getAsInteger(10, Index) || N.getAsInteger(10, Count) || Count == 0 ||
        Index == 0 || Index > Count)
      return badValue("--shard needs K/N with 1 <= K <= N, such as 2/4, "
                      "not '" +
                      ShardFlag + "'");
    Opts.ShardIndex = Index - 1;
    Opts.ShardCount = Count;
  }
  return Opts;
}

unsigned jobs(const ProjectOptions &Opts) {
  return Opts.Jobs ? Opts.Jobs
                   : llvm::hardware_concurrency().compute_thread_count();
}

} // namespace otel_tidy
