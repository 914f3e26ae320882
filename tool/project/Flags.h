//===--- Flags.h - otel-tidy ------------------------------------*- C++ -*-===//
//
// otel-tidy's own flags, which start the project mode. Each is declared once,
// as an llvm::cl option put in clang-tidy's category, so that --help lists
// them with clang-tidy's, and clang-tidy's command-line parser reads them.
//
//===----------------------------------------------------------------------===//

#ifndef OTEL_TIDY_TOOL_PROJECT_FLAGS_H
#define OTEL_TIDY_TOOL_PROJECT_FLAGS_H

#include "Report.h"
#include "llvm/Support/Error.h"
#include <cstdint>
#include <optional>
#include <string>

namespace otel_tidy {

struct ProjectOptions {
  Format OutputFormat = Format::Text;
  std::string Output;        ///< --output; empty: standard output
  std::string Baseline;      ///< --baseline
  std::string WriteBaseline; ///< --write-baseline
  std::string DiffRev;       ///< --diff
  std::string SourceRoot;    ///< --source-root; default: git top or cwd
  unsigned Jobs = 0;         ///< -j; 0: all cores
  bool DatabaseFilesOnly = false;
  /// Seconds between progress lines when standard error is not a terminal.
  double ProgressInterval = 10;
  std::string CacheDir; ///< --cache-dir; default BUILD/.otel-tidy-cache
  bool Cache = true;    ///< not --no-cache
  uint64_t CacheSize = uint64_t(1) << 30;  ///< --cache-size, in bytes
  bool Prefilter = true;                   ///< not --no-prefilter
  unsigned ShardIndex = 0, ShardCount = 1; ///< --shard=K/N: K-1, N
  bool Summaries = true;                   ///< not --no-summaries
  bool WriteSummaries = false;             ///< --write-summaries
  std::string SummaryStore; ///< --summary-store; empty: in the cache dir
};

/// Puts otel-tidy's flags in clang-tidy's option category; call before the
/// command line is parsed.
void registerProjectFlags();

/// Parses \p Args (up to `--`, argv[0] first) with llvm::cl, as clang-tidy
/// will: clang-tidy's flags and otel-tidy's (not --load: the plugins are
/// loaded by the clang-tidy that lints). An error names a flag it does not
/// know or a bad value.
llvm::Error parseFlags(llvm::ArrayRef<const char *> Args);

/// Whether \p Name (without dashes) is one of otel-tidy's own flags.
bool isProjectFlag(llvm::StringRef Name);

/// otel-tidy's flags as `--format, --output, ... and -j`, for messages.
std::string projectFlagNames();

/// The options, once llvm::cl has parsed the command line; \p Given tells
/// whether any was given. An error names a bad value.
llvm::Expected<ProjectOptions> readProjectFlags(bool &Given);

/// -j, or every core.
unsigned jobs(const ProjectOptions &Opts);

} // namespace otel_tidy

#endif
