//===--- GitDiff.h - otel-tidy ----------------------------------*- C++ -*-===//
//
// The lines changed against a git revision (`git diff -U0 REV`, the working
// tree against REV, as clang-tidy-diff reads it), for --diff.
//
//===----------------------------------------------------------------------===//

#ifndef OTEL_TIDY_TOOL_GITDIFF_H
#define OTEL_TIDY_TOOL_GITDIFF_H

#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Error.h"
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace otel_tidy {

/// Added or modified lines (1-based, inclusive ranges) by canonical path.
/// A file that is in the diff but only lost lines maps to an empty list.
using ChangedLines =
    llvm::StringMap<std::vector<std::pair<unsigned, unsigned>>>;

/// The top of the git work tree holding \p Dir; none when git is not
/// installed or \p Dir is not in a work tree; an error with git's message
/// when git refuses the work tree (such as its "dubious ownership" when the
/// files belong to another user, common in CI containers).
llvm::Expected<std::optional<std::string>> gitTopLevel(llvm::StringRef Dir);

/// Runs `git diff -U0 REV` in the work tree \p Top.
llvm::Expected<ChangedLines> gitChangedLines(llvm::StringRef Top,
                                             llvm::StringRef Rev);

/// Parses unified diff text (paths relative to \p Top, `b/` prefixes).
ChangedLines parseUnifiedDiff(llvm::StringRef Diff, llvm::StringRef Top);

bool lineChanged(const ChangedLines &Changes, llvm::StringRef File,
                 unsigned Line);

} // namespace otel_tidy

#endif
