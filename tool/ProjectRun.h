//===--- ProjectRun.h - otel-tidy -------------------------------*- C++ -*-===//
//
// Project mode: lint every file of a compilation database (or the files
// given) in parallel, one child otel-tidy per file, then merge, filter
// (--diff, --baseline) and report (--format) the findings.
//
//===----------------------------------------------------------------------===//

#ifndef OTEL_TIDY_TOOL_PROJECTRUN_H
#define OTEL_TIDY_TOOL_PROJECTRUN_H

#include "CommandLine.h"
#include "Report.h"
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
  /// --progress-interval: seconds between progress lines when standard error
  /// is not a terminal; 0: none.
  double ProgressInterval = 10;
  bool DatabaseFilesOnly = false;
};

/// Reads otel-tidy's own flags out of \p CL. Returns false (with \p Error)
/// on a bad value. \p Seen tells whether any was given; \p Indexes gets the
/// argv positions they occupy.
bool readProjectOptions(const CommandLine &CL, ProjectOptions &Opts, bool &Seen,
                        std::vector<size_t> &Indexes, std::string &Error);

/// Runs project mode. \p Args is the clang-tidy command line (otel-tidy's
/// own flags already removed), argv[0] first. Returns the exit status:
/// 0 clean, 1 findings, 2 the tool could not do its job.
int runProject(const char *Argv0, llvm::ArrayRef<const char *> Args,
               const ProjectOptions &Opts);

} // namespace otel_tidy

#endif
