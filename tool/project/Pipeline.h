//===--- Pipeline.h - otel-tidy ---------------------------------*- C++ -*-===//
//
// The project mode's entry: its steps in order (see Project.h).
//
//===----------------------------------------------------------------------===//

#ifndef OTEL_TIDY_TOOL_PROJECT_PIPELINE_H
#define OTEL_TIDY_TOOL_PROJECT_PIPELINE_H

#include "project/Flags.h"
#include "llvm/ADT/ArrayRef.h"

namespace otel_tidy {

/// Runs project mode. \p Args is the clang-tidy command line (otel-tidy's
/// own flags already removed), argv[0] first. Returns the exit status:
/// 0 clean, 1 findings, 2 the tool could not do its job.
int runProject(const char *Argv0, llvm::ArrayRef<const char *> Args,
               const ProjectOptions &Opts);

} // namespace otel_tidy

#endif
