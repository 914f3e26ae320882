//===--- Merge.h - otel-tidy ------------------------------------*- C++ -*-===//
//
// `otel-tidy merge [--output=FILE] REPORT...`: one report from the reports of
// the shards of a run (--shard=K/N), equal to the report of the whole run:
// SARIF, GitLab Code Quality or baselines, recognised by their content.
// Results reported by several shards (a header's findings) are kept once,
// and put in the order of an unsharded run.
//
//===----------------------------------------------------------------------===//

#ifndef OTEL_TIDY_TOOL_PROJECT_MERGE_H
#define OTEL_TIDY_TOOL_PROJECT_MERGE_H

#include "llvm/ADT/ArrayRef.h"

namespace otel_tidy {

/// Runs `otel-tidy merge`; \p Args starts with "merge". Returns the exit
/// status: that of the whole run for SARIF (the largest of the shards'), 1
/// for a GitLab report with issues, 0 otherwise, 2 on an error.
int runMerge(llvm::ArrayRef<const char *> Args);

} // namespace otel_tidy

#endif
