//===--- Expressions.cpp - otel-tidy ----------------------------*- C++ -*-===//

#include "utils/Expressions.h"
#include "clang/AST/ExprCXX.h"

namespace clang::tidy::otel {

const Expr *ignoreWrappers(const Expr *E) {
  while (E) {
    E = E->IgnoreParenImpCasts();
    if (const auto *EWC = dyn_cast<ExprWithCleanups>(E))
      E = EWC->getSubExpr();
    else if (const auto *MTE = dyn_cast<MaterializeTemporaryExpr>(E))
      E = MTE->getSubExpr();
    else if (const auto *BTE = dyn_cast<CXXBindTemporaryExpr>(E))
      E = BTE->getSubExpr();
    else if (const auto *DAE = dyn_cast<CXXDefaultArgExpr>(E))
      E = DAE->getExpr();
    else
      return E;
  }
  return E;
}

bool isWithin(const Stmt *S, const Stmt *Ancestor, const ParentMap &PM) {
  for (; S; S = PM.getParent(S))
    if (S == Ancestor)
      return true;
  return false;
}

} // namespace clang::tidy::otel
