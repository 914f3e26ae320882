//===--- RetryLoops.h - otel-tidy -------------------------------*- C++ -*-===//
//
// "Can another attempt follow this statement?" A statement in a loop (or
// between a label and a `goto` back to it) is in an attempt when control can
// go from it back to the loop's head without leaving the loop, and the loop
// has a success exit (a `break` or `return` on a success path, or a
// condition whose false side means success). A test of the loop's counter
// around the statement (`if (attempt == kMax)`) picks the last attempt,
// which the CFG cannot tell, and ends the question.
//
//===----------------------------------------------------------------------===//

#ifndef OTEL_TIDY_ANALYSIS_RETRYLOOPS_H
#define OTEL_TIDY_ANALYSIS_RETRYLOOPS_H

#include "analysis/FailurePaths.h"
#include "analysis/FunctionGraphs.h"
#include "model/Outcomes.h"
#include "utils/FunctionIndex.h"
#include "llvm/ADT/STLFunctionalExtras.h"

namespace clang::tidy::otel {

class RetryLoops {
public:
  RetryLoops(FunctionIndex &Index, FunctionGraphs &Graphs, FailurePaths &Paths,
             const OutcomeModel &Outcomes)
      : Index(Index), Graphs(Graphs), Paths(Paths), Outcomes(Outcomes) {}

  /// The loop (innermost first), or the `goto`, after which another
  /// attempt can follow \p S in \p F. \p OfOperation is asked for each
  /// candidate with the source range of one attempt (the loop, or the label
  /// to the `goto`): whether what \p S records outlives the attempt.
  const Stmt *
  nextAttemptAfter(const Stmt &S, const FunctionDecl &F, ASTContext &Ctx,
                   llvm::function_ref<bool(SourceRange Attempt)> OfOperation);

private:
  bool hasSuccessExit(const Stmt &Loop, const FunctionDecl &F, ASTContext &Ctx);
  bool backToHead(const Stmt &S, const Stmt &Loop, const FunctionDecl &F);
  const Stmt *gotoAfter(const Stmt &S, const FunctionDecl &F, ASTContext &Ctx,
                        llvm::function_ref<bool(SourceRange)> OfOperation);

  FunctionIndex &Index;
  FunctionGraphs &Graphs;
  FailurePaths &Paths;
  const OutcomeModel &Outcomes;
};

} // namespace clang::tidy::otel

#endif // OTEL_TIDY_ANALYSIS_RETRYLOOPS_H
