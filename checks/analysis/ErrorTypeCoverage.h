//===--- ErrorTypeCoverage.h - otel-tidy ------------------------*- C++ -*-===//
//
// "Can this span get `error.type` on a path through this statement?" Yes
// when `error.type` is set on it (or on the current span) on such a path,
// or it was in the attributes the span started with; when the span is
// handed, on such a path, to a configured ErrorTypeSetter, to code that is
// not understood, or to a function of the translation unit that sets it or
// hands it on; for a member span, when any function of the unit sets it or
// hands it on; for a parameter, when the callers in the unit do (up to 4
// calls up), or when there is no caller in the unit.
//
// Only "no" is a finding, so every doubt answers "yes".
//
//===----------------------------------------------------------------------===//

#ifndef OTEL_TIDY_ANALYSIS_ERRORTYPECOVERAGE_H
#define OTEL_TIDY_ANALYSIS_ERRORTYPECOVERAGE_H

#include "analysis/FailurePaths.h"
#include "analysis/ValueFlow.h"
#include "model/Attributes.h"
#include "model/Options.h"
#include "utils/FunctionIndex.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"

namespace clang::tidy::otel {

class ErrorTypeCoverage {
public:
  ErrorTypeCoverage(const OtelOptions &Opts, FunctionIndex &Index,
                    FailurePaths &Paths, const AttributeModel &Attributes,
                    ValueFlow &Values)
      : Opts(Opts), Index(Index), Paths(Paths), Attributes(Attributes),
        Values(Values) {}

  /// Whether the span \p Span (an identity of SpanStatusModel, not the
  /// current span) may get `error.type` on a path through \p Through, a
  /// statement of \p F.
  bool mayGetErrorType(const void *Span, const Stmt &Through,
                       const FunctionDecl &F, ASTContext &Ctx);

private:
  /// In \p F, on the paths through \p Through: error.type is set on the
  /// span, or it escapes into code that may set it.
  bool onPath(const void *Span, const Stmt &Through, const FunctionDecl &F,
              ASTContext &Ctx);
  /// Whether the function of the unit \p Def sets error.type on its
  /// parameter \p Param, or hands it on.
  bool setByCallee(const FunctionDecl &Def, unsigned Param, ASTContext &Ctx);
  bool byCallers(const ParmVarDecl &Span, const FunctionDecl &F,
                 ASTContext &Ctx, unsigned Depth = 0);
  bool byCallersUncached(const ParmVarDecl &Span, const FunctionDecl &F,
                         ASTContext &Ctx, unsigned Depth);
  bool anywhereInUnit(const void *Member, ASTContext &Ctx);

  /// Where a function sets error.type, on which span: computed once per
  /// function.
  struct Site {
    const CallExpr *Sink;
    const void *Target;
    bool AtStart; ///< in the attributes the span started with
  };
  const llvm::SmallVector<Site, 2> &sites(const FunctionDecl &F,
                                          ASTContext &Ctx);

  const OtelOptions &Opts;
  FunctionIndex &Index;
  FailurePaths &Paths;
  const AttributeModel &Attributes;
  ValueFlow &Values;
  // Per translation unit, as the set of analyses is.
  llvm::DenseMap<const FunctionDecl *, llvm::SmallVector<Site, 2>> Sites;
  llvm::DenseMap<const void *, bool> MemberSet;
  llvm::DenseMap<const ParmVarDecl *, bool> CallersSet;
};

} // namespace clang::tidy::otel

#endif // OTEL_TIDY_ANALYSIS_ERRORTYPECOVERAGE_H
