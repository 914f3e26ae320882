//===--- Metrics.cpp - otel-tidy --------------------------------*- C++ -*-===//

#include "model/Metrics.h"
#include "model/Attributes.h"
#include "model/Names.h"
#include "model/SpanStatus.h"
#include "utils/Expressions.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"

namespace clang::tidy::otel {

std::optional<MetricRecord> MetricModel::record(const CallExpr &Call) {
  const auto *MC = dyn_cast<CXXMemberCallExpr>(&Call);
  const auto *MD = MC ? MC->getMethodDecl() : nullptr;
  if (!MD || AttributeModel::sinkOf(*MD) != AttributeSink::Metric ||
      Call.getNumArgs() == 0)
    return std::nullopt;
  const CXXRecordDecl *Class = MD->getParent();
  MetricRecord R;
  if (isOrDerivesFrom(Class, "::opentelemetry::metrics::Counter"))
    R.Kind = InstrumentKind::Counter;
  else if (isOrDerivesFrom(Class, "::opentelemetry::metrics::UpDownCounter"))
    R.Kind = InstrumentKind::UpDownCounter;
  else if (isOrDerivesFrom(Class, "::opentelemetry::metrics::Histogram"))
    R.Kind = InstrumentKind::Histogram;
  else if (isOrDerivesFrom(Class, "::opentelemetry::metrics::Gauge"))
    R.Kind = InstrumentKind::Gauge;
  else
    return std::nullopt; // an observer's result: not a record of an event
  R.Call = &Call;
  R.Amount = Call.getArg(0);
  const Expr *Object = MC->getImplicitObjectArgument();
  if (const void *Id = SpanStatusModel::identityOf(*Object))
    if (!SpanStatusModel::isCurrentSpan(Id))
      R.Instrument = static_cast<const Decl *>(Id);
  // A member of another object (`m.requests->Add`): the field names it.
  if (!R.Instrument)
    if (const auto *ME =
            dyn_cast_or_null<MemberExpr>(SpanStatusModel::spanBase(*Object)))
      if (isa<FieldDecl>(ME->getMemberDecl()))
        R.Instrument = ME->getMemberDecl()->getCanonicalDecl();
  return R;
}

bool MetricModel::sameAmount(const Expr *A, const Expr *B, ASTContext &Ctx) {
  if (!A || !B)
    return false;
  A = ignoreWrappers(A);
  B = ignoreWrappers(B);
  if (A->isValueDependent() || B->isValueDependent())
    return false;
  // Integer constants by value. Floating constants are compared as written
  // (below): APFloat's inline code names symbols that differ between LLVM
  // majors, and the plugin must still load into another major's clang-tidy
  // far enough to say that it was built for another one.
  Expr::EvalResult RA, RB;
  if (A->EvaluateAsInt(RA, Ctx) && B->EvaluateAsInt(RB, Ctx))
    return llvm::APSInt::compareValues(RA.Val.getInt(), RB.Val.getInt()) == 0;
  const auto *DA = dyn_cast<DeclRefExpr>(A);
  const auto *DB = dyn_cast<DeclRefExpr>(B);
  if (DA && DB)
    return DA->getDecl()->getCanonicalDecl() ==
           DB->getDecl()->getCanonicalDecl();
  llvm::FoldingSetNodeID IA, IB;
  A->Profile(IA, Ctx, /*Canonical=*/true);
  B->Profile(IB, Ctx, /*Canonical=*/true);
  return IA == IB;
}

std::string MetricModel::nameOf(const Decl *Instrument) {
  if (const auto *ND = dyn_cast_or_null<NamedDecl>(Instrument))
    return ND->getNameAsString();
  return "the instrument";
}

} // namespace clang::tidy::otel
