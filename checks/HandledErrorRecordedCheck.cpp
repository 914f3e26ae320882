//===--- HandledErrorRecordedCheck.cpp - otel-tidy --------------*- C++ -*-===//

#include "HandledErrorRecordedCheck.h"
#include "model/Handlers.h"
#include "model/Metrics.h"
#include "utils/Expressions.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "llvm/ADT/SmallPtrSet.h"

namespace clang::tidy::otel {

namespace {

/// Whether a local variable is declared inside \p Region (a span created
/// for one attempt describes that attempt).
bool declaredIn(const Decl *D, SourceRange Region, const SourceManager &SM) {
  const auto *VD = dyn_cast_or_null<VarDecl>(D);
  if (!VD || !VD->isLocalVarDecl())
    return false;
  return SM.isPointWithin(SM.getExpansionLoc(VD->getLocation()),
                          SM.getExpansionLoc(Region.getBegin()),
                          SM.getExpansionLoc(Region.getEnd()));
}

bool declaredIn(const Decl *D, const Stmt &Region, const SourceManager &SM) {
  return declaredIn(D, Region.getSourceRange(), SM);
}

} // namespace

void HandledErrorRecordedCheck::storeOptions(ClangTidyOptions::OptionMap &O) {
  Opts.store(Options, O,
             {OptionGroup::Status, OptionGroup::Attributes,
              OptionGroup::Exceptions, OptionGroup::Failure});
}

void HandledErrorRecordedCheck::collect(const FunctionDecl &FD, ASTContext &Ctx,
                                        llvm::SmallVectorImpl<Record> &Out) {
  const ParentMap &PM = the().Index.parents(FD);
  llvm::SmallVector<AttributePut, 4> Puts;
  auto SpanOf = [](const CallExpr &Call) -> const Decl * {
    const void *Id = SpanStatusModel::spanIdentity(Call);
    // The current span may be any operation's.
    if (!Id || SpanStatusModel::isCurrentSpan(Id) ||
        !SpanStatusModel::spanVariable(Id))
      return Id && !SpanStatusModel::isCurrentSpan(Id) &&
                     isa<FieldDecl>(static_cast<const Decl *>(Id))
                 ? static_cast<const Decl *>(Id)
                 : nullptr;
    return static_cast<const Decl *>(Id);
  };
  FunctionIndex::forEachStmt(FD, [&](const Stmt *S) {
    const auto *Call = dyn_cast<CallExpr>(S);
    if (!Call)
      return;
    // An Error status.
    if (std::optional<StatusSet> Set = the().Status.classify(*Call, Ctx);
        Set && Set->isError()) {
      if (const Decl *Span = SpanOf(*Call))
        Out.push_back({Call, Span, false});
      return;
    }
    // error.type on a span or a metric.
    Puts.clear();
    the().Attributes.collect(*Call, FD.getBody(), Ctx, Puts);
    for (const AttributePut &P : Puts) {
      if (P.Sink != Call || !the().Attributes.isErrorTypeKey(P.Key, Ctx))
        continue;
      if (P.Kind == AttributeSink::SpanAttribute) {
        if (const Decl *Span = SpanOf(*Call))
          Out.push_back({Call, Span, false});
        return;
      }
      if (P.Kind == AttributeSink::Metric) {
        if (std::optional<MetricRecord> R = MetricModel::record(*Call);
            R && R->Instrument)
          Out.push_back({Call, R->Instrument, true});
        return;
      }
    }
    // An exception event on a span (a log record is not one).
    const CXXCatchStmt *Handler = nullptr;
    for (const Stmt *P = PM.getParent(Call); P && !Handler; P = PM.getParent(P))
      Handler = dyn_cast<CXXCatchStmt>(P);
    if (!Handler)
      return;
    std::optional<RecordKind> Kind =
        the().Exceptions.recordOf(*Call, Handler->getExceptionDecl(), Ctx);
    if (Kind &&
        (*Kind == RecordKind::SpanEvent || *Kind == RecordKind::Annotation))
      if (const Decl *Span = SpanOf(*Call))
        Out.push_back({Call, Span, false});
  });
}

void HandledErrorRecordedCheck::checkFunction(const FunctionDecl &FD,
                                              ASTContext &Ctx) {
  llvm::SmallVector<Record, 8> Records;
  collect(FD, Ctx, Records);
  // Every record of an instrument, with error.type or without.
  Instruments.clear();
  FunctionIndex::forEachStmt(FD, [&](const Stmt *S) {
    if (const auto *Call = dyn_cast<CallExpr>(S))
      if (std::optional<MetricRecord> R = MetricModel::record(*Call);
          R && R->Instrument)
        Instruments.push_back({Call, R->Instrument, true});
  });
  if (Records.empty())
    return;
  const SourceManager &SM = Ctx.getSourceManager();
  // Retried.
  for (const Record &R : Records) {
    const Stmt *Loop = retryAfter(R, FD, Ctx);
    if (!Loop)
      continue;
    SourceLocation Loc = writtenLocation(R.Call->getExprLoc(), SM);
    if (!claimLocation(Loc, SM))
      continue;
    diag(Loc, "error recorded on the operation's %select{span|metric}0 in "
              "an attempt that can be retried; record it only when the "
              "operation gives up")
        << R.Metric << R.Call->getSourceRange();
    diag(writtenLocation(Loop->getBeginLoc(), SM),
         isa<GotoStmt>(Loop)
             ? "another attempt can follow the record: the 'goto' goes "
               "back to it"
             : "another attempt can follow the record: the loop goes on",
         DiagnosticIDs::Note);
  }
  // Handled.
  FunctionIndex::forEachStmt(FD, [&](const Stmt *S) {
    if (const auto *Try = dyn_cast<CXXTryStmt>(S);
        Try && Try->getNumHandlers() > 1)
      checkHandlers(*Try, Records, FD, Ctx);
  });
}

const Stmt *HandledErrorRecordedCheck::retryAfter(const Record &R,
                                                  const FunctionDecl &FD,
                                                  ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  // A record of the operation, not of one attempt: its span outlives the
  // attempt; a metric is recorded outside the attempt too (an instrument
  // recorded only inside counts attempts).
  auto OfOperation = [&](SourceRange Attempt) {
    if (declaredIn(R.Target, Attempt, SM))
      return false;
    if (!R.Metric)
      return true;
    return llvm::any_of(Instruments, [&](const Record &Other) {
      return Other.Target == R.Target &&
             !SM.isPointWithin(SM.getExpansionLoc(Other.Call->getBeginLoc()),
                               SM.getExpansionLoc(Attempt.getBegin()),
                               SM.getExpansionLoc(Attempt.getEnd()));
    });
  };
  return the().Retries.nextAttemptAfter(*R.Call, FD, Ctx, OfOperation);
}

void HandledErrorRecordedCheck::checkHandlers(const CXXTryStmt &Try,
                                              llvm::ArrayRef<Record> All,
                                              const FunctionDecl &FD,
                                              ASTContext &Ctx) {
  const ParentMap &PM = the().Index.parents(FD);
  const SourceManager &SM = Ctx.getSourceManager();
  FailurePaths &Paths = the().Paths;
  auto RecordsIn = [&](const CXXCatchStmt &H) {
    llvm::SmallVector<const Record *, 4> In;
    for (const Record &R : All)
      if (isWithin(R.Call, &H, PM) && !declaredIn(R.Target, Try, SM))
        In.push_back(&R);
    return In;
  };
  auto TypeOf = [](const CXXCatchStmt &H) -> const CXXRecordDecl * {
    QualType T = H.getCaughtType();
    if (T.isNull())
      return nullptr;
    T = plainType(T);
    if (T->isPointerType())
      T = plainType(T->getPointeeType());
    return T->getAsCXXRecordDecl();
  };
  for (unsigned I = 0; I < Try.getNumHandlers(); ++I) {
    const CXXCatchStmt &Throwing = *Try.getHandler(I);
    // Records and rethrows (or throws): no path completes the handler.
    if (RecordsIn(Throwing).empty() || Paths.completes(Throwing, FD, Ctx))
      continue;
    const CXXRecordDecl *Wide = TypeOf(Throwing);
    bool CatchAll =
        !Throwing.getExceptionDecl() && Throwing.getCaughtType().isNull();
    for (unsigned J = 0; J < I; ++J) {
      // An earlier handler for a narrower type, that completes.
      const CXXCatchStmt &Handled = *Try.getHandler(J);
      const CXXRecordDecl *Narrow = TypeOf(Handled);
      if (!Narrow || !Narrow->hasDefinition() ||
          (!CatchAll &&
           (!Wide || Narrow->getCanonicalDecl() == Wide->getCanonicalDecl() ||
            !Narrow->isDerivedFrom(Wide))))
        continue;
      if (!Paths.completes(Handled, FD, Ctx))
        continue;
      for (const Record *R : RecordsIn(Handled)) {
        SourceLocation Loc = writtenLocation(R->Call->getExprLoc(), SM);
        if (!claimLocation(Loc, SM))
          continue;
        diag(Loc, "error recorded on the operation's %select{span|metric}0 "
                  "for an exception this handler handles (it completes "
                  "without throwing); record only errors that end the "
                  "operation")
            << R->Metric << R->Call->getSourceRange();
        diag(writtenLocation(Throwing.getCatchLoc(), SM),
             "this handler records the errors that end the operation and "
             "rethrows them",
             DiagnosticIDs::Note);
      }
    }
  }
}

} // namespace clang::tidy::otel
