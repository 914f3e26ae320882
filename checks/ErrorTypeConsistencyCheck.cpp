//===--- ErrorTypeConsistencyCheck.cpp - otel-tidy --------------*- C++ -*-===//

#include "ErrorTypeConsistencyCheck.h"
#include "model/Metrics.h"
#include "clang/AST/ASTContext.h"

namespace clang::tidy::otel {

namespace {

/// One error.type value: where it is written and what it is.
struct ErrorType {
  AttributePut Put;
  std::optional<std::string> Text; // a constant string
  const Decl *Variable = nullptr;  // or the variable holding it
};

ErrorType describe(const AttributePut &P, ASTContext &Ctx) {
  ErrorType E{P, AttributeModel::stringValue(P.Value, Ctx), nullptr};
  if (const auto *DRE =
          dyn_cast_or_null<DeclRefExpr>(AttributeModel::writtenValue(P.Value)))
    E.Variable = DRE->getDecl()->getCanonicalDecl();
  return E;
}

/// Whether two values are certainly different: two different constant
/// strings. Two variables, or an expression, may hold the same value.
bool differ(const ErrorType &A, const ErrorType &B) {
  if (A.Variable && A.Variable == B.Variable)
    return false;
  return A.Text && B.Text && *A.Text != *B.Text;
}

std::string shown(const ErrorType &E) {
  return E.Text ? "\"" + *E.Text + "\"" : std::string("a value");
}

} // namespace

void ErrorTypeConsistencyCheck::storeOptions(ClangTidyOptions::OptionMap &O) {
  Opts.store(Options, O, {OptionGroup::Attributes, OptionGroup::Failure});
}

void ErrorTypeConsistencyCheck::checkFunction(const FunctionDecl &FD,
                                              ASTContext &Ctx) {
  llvm::SmallVector<ErrorType, 4> SpanTypes;
  llvm::SmallVector<ErrorType, 4> MetricTypes;
  llvm::SmallVector<MetricRecord, 8> Records;
  llvm::SmallVector<AttributePut, 8> Puts;
  FunctionIndex::forEachStmt(FD, [&](const Stmt *S) {
    const auto *Call = dyn_cast<CallExpr>(S);
    if (!Call)
      return;
    if (std::optional<MetricRecord> R = MetricModel::record(*Call);
        R && R->Instrument)
      Records.push_back(*R);
    Puts.clear();
    the().Attributes.collect(*Call, FD.getBody(), Ctx, Puts);
    for (const AttributePut &P : Puts) {
      if (!P.Value || !the().Attributes.isErrorTypeKey(P.Key, Ctx))
        continue;
      if (P.Kind == AttributeSink::SpanAttribute)
        SpanTypes.push_back(describe(P, Ctx));
      else if (P.Kind == AttributeSink::Metric)
        MetricTypes.push_back(describe(P, Ctx));
    }
  });
  if (MetricTypes.empty() || SpanTypes.empty())
    return;
  FailurePaths &Paths = the().Paths;
  auto OnOnePath = [&](const Stmt &A, const Stmt &B) {
    return Paths.reaches(A, B, FD, Ctx) || Paths.reaches(B, A, FD, Ctx);
  };
  const SourceManager &SM = Ctx.getSourceManager();
  auto InstrumentOf = [&](const CallExpr *Sink) -> const Decl * {
    for (const MetricRecord &R : Records)
      if (R.Call == Sink)
        return R.Instrument;
    return nullptr;
  };

  // 1. Both get error.type on one path, with different values.
  for (const ErrorType &M : MetricTypes) {
    for (const ErrorType &S : SpanTypes) {
      if (!differ(M, S) || !OnOnePath(*M.Put.Sink, *S.Put.Sink))
        continue;
      SourceLocation Loc = writtenLocation(M.Put.Sink->getExprLoc(), SM);
      if (!claimLocation(Loc, SM))
        break;
      diag(Loc, "the metric's 'error.type' is %0 and the span's is %1 on "
                "the same path; give both the same value")
          << shown(M) << shown(S) << M.Put.Sink->getSourceRange();
      diag(writtenLocation(M.Put.Value->getExprLoc(), SM),
           "the metric's 'error.type' is set here", DiagnosticIDs::Note);
      diag(writtenLocation(S.Put.Value->getExprLoc(), SM),
           "the span's 'error.type' is set here", DiagnosticIDs::Note);
      break;
    }
  }

  // 2. The span gets error.type on a failure path where an instrument that
  // carries it elsewhere is recorded without it.
  llvm::SmallPtrSet<const Decl *, 4> Carrying;
  for (const ErrorType &M : MetricTypes)
    if (const Decl *I = InstrumentOf(M.Put.Sink))
      Carrying.insert(I);
  for (const MetricRecord &R : Records) {
    if (!Carrying.contains(R.Instrument) ||
        llvm::any_of(MetricTypes,
                     [&](const ErrorType &M) { return M.Put.Sink == R.Call; }))
      continue;
    FailurePaths::Verdict Where = Paths.classify(*R.Call, FD, Ctx);
    if (!Where.Analyzed || Where.OnSuccessPath)
      continue;
    for (const ErrorType &S : SpanTypes) {
      if (!OnOnePath(*R.Call, *S.Put.Sink))
        continue;
      SourceLocation Loc = writtenLocation(R.Call->getExprLoc(), SM);
      if (!claimLocation(Loc, SM))
        break;
      diag(Loc, "'%0' is recorded without 'error.type' on a failure path "
                "where the span gets it; record the same 'error.type' on "
                "the metric")
          << MetricModel::nameOf(R.Instrument) << R.Call->getSourceRange();
      diag(writtenLocation(S.Put.Value->getExprLoc(), SM),
           "the span's 'error.type' is set here", DiagnosticIDs::Note);
      break;
    }
  }
}

} // namespace clang::tidy::otel
