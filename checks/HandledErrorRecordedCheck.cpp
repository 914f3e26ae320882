//===--- HandledErrorRecordedCheck.cpp - otel-tidy --------------*- C++ -*-===//

#include "HandledErrorRecordedCheck.h"
#include "model/Handlers.h"
#include "model/Metrics.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "llvm/ADT/SmallPtrSet.h"

namespace clang::tidy::otel {

namespace {

bool isLoop(const Stmt *S) {
  return isa_and_nonnull<ForStmt, WhileStmt, DoStmt, CXXForRangeStmt>(S);
}

bool within(const Stmt *S, const Stmt *Ancestor, const ParentMap &PM) {
  for (; S; S = PM.getParent(S))
    if (S == Ancestor)
      return true;
  return false;
}

/// Whether a local variable is declared inside \p Region (a span created
/// for one attempt describes that attempt).
bool declaredIn(const Decl *D, const Stmt &Region, const SourceManager &SM) {
  const auto *VD = dyn_cast_or_null<VarDecl>(D);
  if (!VD || !VD->isLocalVarDecl())
    return false;
  SourceLocation L = SM.getExpansionLoc(VD->getLocation());
  SourceRange R(SM.getExpansionLoc(Region.getBeginLoc()),
                SM.getExpansionLoc(Region.getEndLoc()));
  return SM.isPointWithin(L, R.getBegin(), R.getEnd());
}

const Expr *conditionOf(const Stmt &Loop) {
  if (const auto *W = dyn_cast<WhileStmt>(&Loop))
    return W->getCond();
  if (const auto *F = dyn_cast<ForStmt>(&Loop))
    return F->getCond();
  if (const auto *D = dyn_cast<DoStmt>(&Loop))
    return D->getCond();
  return nullptr;
}

/// The `break`s that leave \p Loop and the `return`s in it (not in nested
/// loops or switches for `break`, never in lambdas).
void exitsOf(const Stmt *S, const Stmt &Loop,
             llvm::SmallVectorImpl<const Stmt *> &Out, bool Nested = false) {
  if (!S || isa<LambdaExpr>(S))
    return;
  if (isa<ReturnStmt>(S) || (isa<BreakStmt>(S) && !Nested))
    Out.push_back(S);
  bool Inner = Nested || (S != &Loop && (isLoop(S) || isa<SwitchStmt>(S)));
  for (const Stmt *Child : S->children())
    exitsOf(Child, Loop, Out, Inner);
}

/// The variables a loop counts its attempts with: those its condition and
/// increment read.
void countersOf(const Stmt *S, llvm::SmallPtrSetImpl<const Decl *> &Out) {
  if (!S)
    return;
  if (const auto *DRE = dyn_cast<DeclRefExpr>(S))
    if (isa<VarDecl>(DRE->getDecl()))
      Out.insert(DRE->getDecl()->getCanonicalDecl());
  for (const Stmt *Child : S->children())
    countersOf(Child, Out);
}

/// Whether \p S is under a test of the loop's counters between it and
/// \p Loop (`if (attempt == kMaxAttempts) span->SetStatus(...)`): the test
/// picks the last attempt, which the CFG cannot tell.
bool underCounterTest(const Stmt *S, const Stmt &Loop, const ParentMap &PM) {
  llvm::SmallPtrSet<const Decl *, 4> Counters;
  if (const auto *F = dyn_cast<ForStmt>(&Loop))
    countersOf(F->getInc(), Counters);
  countersOf(conditionOf(Loop), Counters);
  if (Counters.empty())
    return false;
  for (const Stmt *P = PM.getParent(S); P && P != &Loop;
       S = P, P = PM.getParent(P)) {
    const auto *If = dyn_cast<IfStmt>(P);
    if (!If || If->getCond() == S)
      continue;
    llvm::SmallPtrSet<const Decl *, 4> Read;
    countersOf(If->getCond(), Read);
    if (llvm::any_of(Read, [&](const Decl *D) { return Counters.contains(D); }))
      return true;
  }
  return false;
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
    const Stmt *Loop = retryAfter(R, Records, FD, Ctx);
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
                                                  llvm::ArrayRef<Record> All,
                                                  const FunctionDecl &FD,
                                                  ASTContext &Ctx) {
  const ParentMap &PM = the().Index.parents(FD);
  const SourceManager &SM = Ctx.getSourceManager();
  const FunctionGraph *G = the().Graphs.of(FD);
  if (!G)
    return nullptr;
  auto Pos = G->locate(R.Call);
  if (!Pos)
    return nullptr;
  FailurePaths &Paths = the().Paths;
  // A record of the operation, not of one attempt: its span outlives the
  // loop; a metric is recorded outside the loop too.
  auto OfOperation = [&](const Stmt &Region) {
    if (declaredIn(R.Target, Region, SM))
      return false;
    if (!R.Metric)
      return true;
    return llvm::any_of(Instruments, [&](const Record &Other) {
      return Other.Target == R.Target && !within(Other.Call, &Region, PM);
    });
  };
  auto SuccessExit = [&](const Stmt &Loop) {
    if (const Expr *Cond = conditionOf(Loop))
      if (the().Outcomes.sides(Cond, Ctx).WhenFalse == Outcome::Success)
        return true;
    llvm::SmallVector<const Stmt *, 4> Exits;
    exitsOf(&Loop, Loop, Exits);
    return llvm::any_of(Exits, [&](const Stmt *E) {
      FailurePaths::Verdict V = Paths.classify(*E, FD, Ctx);
      return V.Analyzed && V.OnSuccessPath && !V.UnderUnclassifiedBranch;
    });
  };

  for (const Stmt *P = PM.getParent(R.Call); P; P = PM.getParent(P)) {
    if (!isLoop(P))
      continue;
    if (declaredIn(R.Target, *P, SM))
      return nullptr; // the attempt's own span
    if (!OfOperation(*P) || !SuccessExit(*P) ||
        underCounterTest(R.Call, *P, PM))
      continue;
    // The loop's head, and the block that leaves it.
    const CFGBlock *Head = nullptr;
    for (const CFGBlock *B : *G->Graph)
      if (B->getTerminatorStmt() == P)
        Head = B;
    if (!Head)
      continue;
    const CFGBlock *Exit = Head->succ_size() > 1
                               ? Head->succ_begin()[1].getReachableBlock()
                               : nullptr;
    auto Inside = [&](const CFGBlock &B) {
      for (const CFGElement &E : B)
        if (auto CS = E.getAs<CFGStmt>())
          return within(CS->getStmt(), P, PM);
      if (const Stmt *T = B.getTerminatorStmt())
        return within(T, P, PM);
      return true; // an empty block: look further
    };
    // From the record, without leaving the loop, back to its head.
    llvm::SmallPtrSet<const CFGBlock *, 16> Seen;
    llvm::SmallVector<const CFGBlock *, 16> Work{Pos->first};
    bool Again = false;
    while (!Work.empty() && !Again) {
      const CFGBlock *B = Work.pop_back_val();
      for (const CFGBlock *Succ : B->succs()) {
        if (!Succ || Succ == Exit || !Seen.insert(Succ).second)
          continue;
        if (Succ == Head) {
          Again = true;
          break;
        }
        if (Inside(*Succ))
          Work.push_back(Succ);
      }
    }
    if (Again)
      return P;
  }

  // `retry:` ... record ... `goto retry;`
  const Stmt *Back = nullptr;
  FunctionIndex::forEachStmt(FD, [&](const Stmt *S) {
    const auto *Goto = dyn_cast<GotoStmt>(S);
    if (Back || !Goto || !Goto->getLabel()->getStmt())
      return;
    const LabelStmt *Label = Goto->getLabel()->getStmt();
    if (!SM.isBeforeInTranslationUnit(Label->getBeginLoc(),
                                      R.Call->getBeginLoc()) ||
        !SM.isBeforeInTranslationUnit(R.Call->getBeginLoc(),
                                      Goto->getBeginLoc()))
      return;
    if (!Paths.reaches(*R.Call, *Goto, FD, Ctx))
      return;
    // The span must outlive the attempt, and some attempt must succeed.
    auto *VD = dyn_cast_or_null<VarDecl>(R.Target);
    if (VD && VD->isLocalVarDecl() &&
        SM.isBeforeInTranslationUnit(Label->getBeginLoc(), VD->getLocation()))
      return;
    bool Succeeds = false;
    FunctionIndex::forEachStmt(FD, [&](const Stmt *E) {
      if (!isa<ReturnStmt>(E) || Succeeds ||
          !SM.isBeforeInTranslationUnit(Label->getBeginLoc(), E->getBeginLoc()))
        return;
      FailurePaths::Verdict V = Paths.classify(*E, FD, Ctx);
      Succeeds = V.Analyzed && V.OnSuccessPath && !V.UnderUnclassifiedBranch;
    });
    if (Succeeds)
      Back = Goto;
  });
  return Back;
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
      if (within(R.Call, &H, PM) && !declaredIn(R.Target, Try, SM))
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
