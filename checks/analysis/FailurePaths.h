//===--- FailurePaths.h - otel-tidy -----------------------------*- C++ -*-===//
//
// "Can this statement run on a success path?" -- answered once for every
// check, on Clang's CFG of the enclosing function, block or lambda.
//
// A statement is on a success path when it can be reached from the entry of
// its function without crossing failure evidence:
//  - entering a `catch` handler;
//  - the failing edge of a branch on an outcome test (model/Outcomes);
//  - a statement that marks failure: a span status set to an error, a
//    `throw`, an exception record, a call of a [[noreturn]] function.
// Inside a function whose purpose is failure (its name, or the name of the
// variable or parameter a lambda is bound to, matches
// FailureFunctionPattern; every path through it sets an error status; or it
// is a lambda created on a failure path) only code behind the success edge
// of an explicit outcome test counts as success.
//
// Each function is analysed in steps (FailurePaths.cpp): build the CFG,
// find the failure marks, propagate success forwards (a dataflow over
// Clang's ForwardDataflowWorklist), judge the function's purpose, and find
// the blocks from which failure is inevitable (backwards). CFGs are built
// lazily, only for functions that contain a statement a check asks about,
// and live as long as the translation unit's analyses.
//
//===----------------------------------------------------------------------===//

#ifndef OTEL_TIDY_ANALYSIS_FAILUREPATHS_H
#define OTEL_TIDY_ANALYSIS_FAILUREPATHS_H

#include "analysis/FunctionGraphs.h"
#include "model/ExceptionRecords.h"
#include "model/Options.h"
#include "model/Outcomes.h"
#include "model/SpanStatus.h"
#include "utils/FunctionIndex.h"
#include "clang/AST/Stmt.h"
#include "clang/AST/StmtCXX.h"
#include "llvm/ADT/DenseMap.h"
#include <memory>
#include <optional>

namespace clang {
class CFGBlock;
} // namespace clang

namespace clang::tidy::otel {

class FailurePaths {
public:
  FailurePaths(const OtelOptions &Opts, const OutcomeModel &Outcomes,
               const SpanStatusModel &Status, ExceptionModel &Exceptions,
               FunctionIndex &Index, FunctionGraphs &Graphs);
  ~FailurePaths();

  struct Verdict {
    /// False when no CFG could be built (the statement is then treated as
    /// on a success path by callers that must not miss findings, and as
    /// unknown by callers that must not report false positives).
    bool Analyzed = false;
    bool OnSuccessPath = true;
    /// The statement is inside a branch (`if`, `?:`, `switch`) whose
    /// condition is not an outcome test: it may well be an error branch the
    /// analysis cannot name (`if (!valid)`), so it is not certainly on a
    /// success path. Loops do not count.
    bool UnderUnclassifiedBranch = false;
  };

  /// Where \p S, written in function (or lambda call operator) \p F, runs.
  Verdict classify(const Stmt &S, const FunctionDecl &F, ASTContext &Ctx);

  /// A status set meaning "error" on the span \p Span that can run before
  /// \p S on some path (the span's declaration ends the search).
  const CallExpr *errorStatusBefore(const Stmt &S, const FunctionDecl &F,
                                    const void *Span, ASTContext &Ctx);

  /// Whether \p To can run after \p From on some path through their common
  /// function (CFG order, not line order). False when they are in different
  /// functions or lambdas, or on exclusive branches. With \p Run, a handler
  /// both statements are in, only paths within one run of it count: entering
  /// the handler again starts a new exception (a retry loop).
  bool reaches(const Stmt &From, const Stmt &To, const FunctionDecl &F,
               ASTContext &Ctx, const CXXCatchStmt *Run = nullptr);

  /// Whether the end of handler \p H can be reached from its entry: the
  /// handler can complete without throwing.
  bool completes(const CXXCatchStmt &H, const FunctionDecl &F, ASTContext &Ctx);

  /// Whether \p S is on a path that leaves its function through a `throw`
  /// only (every path from \p S meets a throw or a [[noreturn]] call).
  bool mustFail(const Stmt &S, const FunctionDecl &F, ASTContext &Ctx);

private:
  struct FunctionInfo;
  FunctionInfo *infoFor(const FunctionDecl &F, ASTContext &Ctx);
  std::unique_ptr<FunctionInfo> analyze(const FunctionDecl &F, ASTContext &Ctx);
  void findFailureMarks(FunctionInfo &Info, ASTContext &Ctx);
  std::optional<Outcome> edgeOutcome(const CFGBlock &B, unsigned SuccIndex,
                                     ASTContext &Ctx) const;
  void propagateSuccess(FunctionInfo &Info, ASTContext &Ctx);
  void judgePurpose(const FunctionDecl &F, FunctionInfo &Info, ASTContext &Ctx);
  void findInevitableFailure(FunctionInfo &Info);
  bool underUnclassifiedBranch(const Stmt &S, const ParentMap &PM,
                               ASTContext &Ctx);

  const OtelOptions &Opts;
  const OutcomeModel &Outcomes;
  const SpanStatusModel &Status;
  ExceptionModel &Exceptions;
  FunctionIndex &Index;
  FunctionGraphs &Graphs;
  llvm::DenseMap<const FunctionDecl *, std::unique_ptr<FunctionInfo>> Cache;
};

} // namespace clang::tidy::otel

#endif // OTEL_TIDY_ANALYSIS_FAILUREPATHS_H
