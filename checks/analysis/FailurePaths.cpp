//===--- FailurePaths.cpp - otel-tidy ---------------------------*- C++ -*-===//

#include "analysis/FailurePaths.h"
#include "utils/Expressions.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMap.h"
#include "clang/Analysis/AnalysisDeclContext.h"
#include "clang/Analysis/CFG.h"
#include "clang/Analysis/FlowSensitive/DataflowWorklist.h"
#include "llvm/ADT/BitVector.h"
#include "llvm/ADT/SmallPtrSet.h"

namespace clang::tidy::otel {

namespace {

/// The condition a block's terminator actually branches on: for the last
/// block of `a && b` that is `b`, not the whole expression.
const Expr *branchCondition(const CFGBlock &B) {
  const Stmt *Term = B.getTerminatorStmt();
  const auto *Cond =
      dyn_cast_or_null<Expr>(B.getTerminatorCondition(/*StripParens=*/true));
  if (!Term || !Cond)
    return nullptr;
  while (true) {
    const auto *BO = dyn_cast<BinaryOperator>(ignoreWrappers(Cond));
    if (!BO || !BO->isLogicalOp() || BO == Term)
      break;
    Cond = BO->getRHS();
  }
  return Cond;
}

constexpr unsigned NoMark = ~0u;

} // namespace

struct FailurePaths::FunctionInfo {
  const FunctionGraph *G = nullptr;
  const CFG *Graph = nullptr;
  const ParentMap *Parents = nullptr;
  /// Index of the first failure mark in each block (or NoMark).
  std::vector<unsigned> FirstMark;
  bool HasErrorStatus = false;
  llvm::BitVector SuccessIn;   // entered without failure evidence
  llvm::BitVector ConfirmedIn; // ... and behind a success edge
  llvm::BitVector MustFail;    // every path from here meets failure evidence
  bool FailureFunction = false;

  bool marked(const CFGBlock &B) const {
    return FirstMark[B.getBlockID()] != NoMark;
  }
  std::optional<FunctionGraph::Position> locate(const Stmt *S) const {
    return G->locate(S);
  }
};

FailurePaths::FailurePaths(const OtelOptions &Opts,
                           const OutcomeModel &Outcomes,
                           const SpanStatusModel &Status,
                           ExceptionModel &Exceptions, FunctionIndex &Index,
                           FunctionGraphs &Graphs)
    : Opts(Opts), Outcomes(Outcomes), Status(Status), Exceptions(Exceptions),
      Index(Index), Graphs(Graphs) {}

FailurePaths::~FailurePaths() = default;

FailurePaths::FunctionInfo *FailurePaths::infoFor(const FunctionDecl &F,
                                                  ASTContext &Ctx) {
  auto It = Cache.find(&F);
  if (It != Cache.end())
    return It->second.get();
  auto Info = F.getBody() ? analyze(F, Ctx) : nullptr;
  FunctionInfo *Result = Info.get();
  Cache[&F] = std::move(Info);
  return Result;
}

std::unique_ptr<FailurePaths::FunctionInfo>
FailurePaths::analyze(const FunctionDecl &F, ASTContext &Ctx) {
  // 1. The CFG, shared with the other analyses.
  auto Info = std::make_unique<FunctionInfo>();
  Info->G = Graphs.of(F);
  if (!Info->G)
    return nullptr;
  Info->Graph = Info->G->Graph;
  Info->Parents = Info->G->Parents;
  unsigned N = Info->Graph->getNumBlockIDs();
  Info->FirstMark.assign(N, NoMark);
  Info->SuccessIn.resize(N);
  Info->ConfirmedIn.resize(N);
  Info->MustFail.resize(N, true);

  findFailureMarks(*Info, Ctx); // 2. statements that mark failure
  propagateSuccess(*Info, Ctx); // 3. success, forwards
  judgePurpose(F, *Info, Ctx);  // 4. the purpose of the function
  findInevitableFailure(*Info); // 5. failure ahead on every path
  return Info;
}

void FailurePaths::findFailureMarks(FunctionInfo &Info, ASTContext &Ctx) {
  for (const CFGBlock *B : *Info.Graph) {
    unsigned Index = 0;
    for (const CFGElement &E : *B) {
      if (auto CS = E.getAs<CFGStmt>()) {
        const Stmt *St = CS->getStmt();
        bool Mark = isa<CXXThrowExpr>(St);
        if (const auto *CE = dyn_cast<CallExpr>(St)) {
          if (const FunctionDecl *FD = CE->getDirectCallee())
            Mark = Mark || FD->isNoReturn();
          if (auto Set = Status.classify(*CE, Ctx); Set && Set->isError()) {
            Mark = true;
            Info.HasErrorStatus = true;
          }
          // Recording an exception is failure evidence too.
          Mark = Mark || Exceptions.recordOf(*CE, nullptr, Ctx).has_value();
        }
        if (Mark && Info.FirstMark[B->getBlockID()] == NoMark)
          Info.FirstMark[B->getBlockID()] = Index;
      }
      ++Index;
    }
  }
}

std::optional<Outcome> FailurePaths::edgeOutcome(const CFGBlock &B,
                                                 unsigned SuccIndex,
                                                 ASTContext &Ctx) const {
  const Stmt *Term = B.getTerminatorStmt();
  if (!Term)
    return std::nullopt;
  if (const auto *Switch = dyn_cast<SwitchStmt>(Term)) {
    if (!OutcomeModel::isOutcomeSwitch(*Switch))
      return std::nullopt;
    const CFGBlock *Succ = *(B.succ_begin() + SuccIndex);
    if (!Succ)
      return std::nullopt;
    return OutcomeModel::ofCase(dyn_cast_or_null<SwitchCase>(Succ->getLabel()));
  }
  if (B.succ_size() != 2 || SuccIndex > 1)
    return std::nullopt;
  const Expr *Cond = branchCondition(B);
  if (!Cond)
    return std::nullopt;
  std::optional<Outcome> WhenTrue = Outcomes.whenTrue(Cond, Ctx);
  return SuccIndex == 0 ? WhenTrue : invert(WhenTrue);
}

void FailurePaths::propagateSuccess(FunctionInfo &Info, ASTContext &Ctx) {
  // A forward dataflow of one bit per block: entered on a path without
  // failure evidence. A block with a mark passes nothing on; neither do the
  // failing edges of outcome tests and the edges into handlers.
  auto Propagate = [&](llvm::BitVector &In, ForwardDataflowWorklist &Work) {
    while (const CFGBlock *B = Work.dequeue()) {
      if (Info.marked(*B))
        continue;
      unsigned I = 0;
      for (auto SI = B->succ_begin(); SI != B->succ_end(); ++SI, ++I) {
        const CFGBlock *Succ = SI->getReachableBlock();
        if (!Succ || In.test(Succ->getBlockID()) ||
            isa_and_nonnull<CXXCatchStmt>(Succ->getLabel()) ||
            edgeOutcome(*B, I, Ctx) == Outcome::Failure)
          continue;
        In.set(Succ->getBlockID());
        Work.enqueueBlock(Succ);
      }
    }
  };
  {
    ForwardDataflowWorklist Work(*Info.Graph, *Info.G->Analysis);
    const CFGBlock &Entry = Info.Graph->getEntry();
    Info.SuccessIn.set(Entry.getBlockID());
    Work.enqueueBlock(&Entry);
    Propagate(Info.SuccessIn, Work);
  }
  // Success confirmed by an explicit outcome test: the success edges out of
  // success blocks, and on from there.
  ForwardDataflowWorklist Work(*Info.Graph, *Info.G->Analysis);
  for (const CFGBlock *B : *Info.Graph) {
    if (!Info.SuccessIn.test(B->getBlockID()) || Info.marked(*B))
      continue;
    unsigned I = 0;
    for (auto SI = B->succ_begin(); SI != B->succ_end(); ++SI, ++I) {
      const CFGBlock *Succ = SI->getReachableBlock();
      if (Succ && !Info.ConfirmedIn.test(Succ->getBlockID()) &&
          edgeOutcome(*B, I, Ctx) == Outcome::Success) {
        Info.ConfirmedIn.set(Succ->getBlockID());
        Work.enqueueBlock(Succ);
      }
    }
  }
  Propagate(Info.ConfirmedIn, Work);
}

void FailurePaths::judgePurpose(const FunctionDecl &F, FunctionInfo &Info,
                                ASTContext &Ctx) {
  // Its name, or the names a lambda is known by.
  for (const std::string &Name : Index.namesOf(F))
    Info.FailureFunction |= Opts.FailureFunctionPattern.matches(Name);
  // Every path sets an error status.
  if (Info.HasErrorStatus &&
      !Info.SuccessIn.test(Info.Graph->getExit().getBlockID()))
    Info.FailureFunction = true;
  // A lambda created on a failure path (in a handler, under `if (!ok)`)
  // runs for the failure: `Post([span] { ... })` in a catch handler.
  const FunctionIndex::LambdaSite *Site = Index.lambdaSite(F);
  if (Site && Site->Outer != &F) {
    Verdict Outer = classify(*Site->Expr, *Site->Outer, Ctx);
    if (Outer.Analyzed && !Outer.OnSuccessPath)
      Info.FailureFunction = true;
  }
}

void FailurePaths::findInevitableFailure(FunctionInfo &Info) {
  // Blocks from which every path meets failure evidence before the exit
  // (`span->SetAttribute(...); throw ...;`): a greatest fixpoint, computed
  // backwards. Every block starts as "must fail"; one that can reach the
  // exit without a mark drops out, and its predecessors are looked at again.
  BackwardDataflowWorklist Work(*Info.Graph, *Info.G->Analysis);
  Info.MustFail.reset(Info.Graph->getExit().getBlockID());
  for (const CFGBlock *B : *Info.Graph)
    Work.enqueueBlock(B);
  while (const CFGBlock *B = Work.dequeue()) {
    unsigned ID = B->getBlockID();
    if (!Info.MustFail.test(ID) || Info.marked(*B))
      continue;
    bool AnySucc = false, AllFail = true;
    for (const CFGBlock *Succ : B->succs()) {
      if (!Succ)
        continue;
      AnySucc = true;
      AllFail = AllFail && Info.MustFail.test(Succ->getBlockID());
    }
    if (AnySucc && AllFail)
      continue;
    Info.MustFail.reset(ID);
    Work.enqueuePredecessors(B);
  }
}

FailurePaths::Verdict
FailurePaths::classify(const Stmt &S, const FunctionDecl &F, ASTContext &Ctx) {
  Verdict V;
  FunctionInfo *Info = infoFor(F, Ctx);
  if (!Info)
    return V;
  auto Pos = Info->locate(&S);
  if (!Pos)
    return V;
  V.Analyzed = true;
  unsigned ID = Pos->first->getBlockID();
  bool BeforeMark = Pos->second <= Info->FirstMark[ID];
  // Failure evidence that follows on every path makes it a failure path too.
  bool MarkFollows =
      Info->FirstMark[ID] != NoMark && Info->FirstMark[ID] > Pos->second;
  bool AllSuccsFail = false;
  for (const CFGBlock *Succ : Pos->first->succs()) {
    if (!Succ)
      continue;
    AllSuccsFail = Info->MustFail.test(Succ->getBlockID());
    if (!AllSuccsFail)
      break;
  }
  const llvm::BitVector &In =
      Info->FailureFunction ? Info->ConfirmedIn : Info->SuccessIn;
  V.OnSuccessPath = In.test(ID) && BeforeMark && !MarkFollows && !AllSuccsFail;
  V.UnderUnclassifiedBranch = underUnclassifiedBranch(S, *Info->Parents, Ctx);
  return V;
}

bool FailurePaths::underUnclassifiedBranch(const Stmt &S, const ParentMap &PM,
                                           ASTContext &Ctx) {
  const Stmt *Child = &S;
  while (const Stmt *P = PM.getParent(Child)) {
    // In a branch, the side of the condition that leads there must say
    // something about the outcome.
    if (const auto *If = dyn_cast<IfStmt>(P)) {
      Sides S = Outcomes.sides(If->getCond(), Ctx);
      if ((If->getThen() == Child && !S.WhenTrue) ||
          (If->getElse() == Child && !S.WhenFalse))
        return true;
    } else if (const auto *CO = dyn_cast<ConditionalOperator>(P)) {
      Sides S = Outcomes.sides(CO->getCond(), Ctx);
      if ((CO->getTrueExpr() == Child && !S.WhenTrue) ||
          (CO->getFalseExpr() == Child && !S.WhenFalse))
        return true;
    } else if (const auto *Switch = dyn_cast<SwitchStmt>(P)) {
      if (Switch->getBody() == Child && !OutcomeModel::isOutcomeSwitch(*Switch))
        return true;
    }
    Child = P;
  }
  return false;
}

bool FailurePaths::reaches(const Stmt &From, const Stmt &To,
                           const FunctionDecl &F, ASTContext &Ctx,
                           const CXXCatchStmt *Run) {
  FunctionInfo *Info = infoFor(F, Ctx);
  if (!Info)
    return false;
  auto A = Info->locate(&From);
  auto B = Info->locate(&To);
  if (!A || !B)
    return false;
  if (A->first == B->first && A->second < B->second)
    return true;
  llvm::SmallPtrSet<const CFGBlock *, 32> Seen;
  llvm::SmallVector<const CFGBlock *, 32> Work;
  for (const CFGBlock *Succ : A->first->succs())
    if (Succ)
      Work.push_back(Succ);
  while (!Work.empty()) {
    const CFGBlock *Blk = Work.pop_back_val();
    if (Run && Blk->getLabel() == Run)
      continue; // a later run of the handler: another exception
    if (Blk == B->first)
      return true;
    if (!Seen.insert(Blk).second)
      continue;
    for (const CFGBlock *Succ : Blk->succs())
      if (Succ)
        Work.push_back(Succ);
  }
  return false;
}

bool FailurePaths::completes(const CXXCatchStmt &H, const FunctionDecl &F,
                             ASTContext &Ctx) {
  FunctionInfo *Info = infoFor(F, Ctx);
  if (!Info)
    return true;
  const CFGBlock *Entry = Info->G->entryOf(H);
  if (!Entry)
    return true;
  // The handler completes when a path from its entry leaves the handler's
  // statements other than through a throw: to a block whose statements are
  // not in the handler, or to the exit.
  const ParentMap &PM = *Info->Parents;
  auto InHandler = [&](const CFGBlock &B) {
    for (const CFGElement &E : B)
      if (auto CS = E.getAs<CFGStmt>()) {
        for (const Stmt *S = CS->getStmt(); S; S = PM.getParent(S))
          if (S == &H)
            return true;
        return false;
      }
    return true; // an empty block: look further
  };
  auto EndsInThrow = [](const CFGBlock &B) {
    return llvm::any_of(B, [](const CFGElement &E) {
      auto CS = E.getAs<CFGStmt>();
      if (!CS)
        return false;
      if (isa<CXXThrowExpr>(CS->getStmt()))
        return true;
      const auto *CE = dyn_cast<CallExpr>(CS->getStmt());
      const FunctionDecl *FD = CE ? CE->getDirectCallee() : nullptr;
      return FD && FD->isNoReturn();
    });
  };
  llvm::SmallPtrSet<const CFGBlock *, 32> Seen;
  llvm::SmallVector<const CFGBlock *, 32> Work{Entry};
  while (!Work.empty()) {
    const CFGBlock *B = Work.pop_back_val();
    if (!Seen.insert(B).second)
      continue;
    if (B != Entry && (B == &Info->Graph->getExit() || !InHandler(*B)))
      return true;
    // A throw (or [[noreturn]] call) ends this path inside the handler.
    if (EndsInThrow(*B))
      continue;
    for (const CFGBlock *Succ : B->succs())
      if (Succ)
        Work.push_back(Succ);
  }
  return false;
}

bool FailurePaths::mustFail(const Stmt &S, const FunctionDecl &F,
                            ASTContext &Ctx) {
  FunctionInfo *Info = infoFor(F, Ctx);
  if (!Info)
    return false;
  auto Pos = Info->locate(&S);
  return Pos && Info->MustFail.test(Pos->first->getBlockID());
}

const CallExpr *FailurePaths::errorStatusBefore(const Stmt &S,
                                                const FunctionDecl &F,
                                                const void *Span,
                                                ASTContext &Ctx) {
  if (!Span)
    return nullptr;
  FunctionInfo *Info = infoFor(F, Ctx);
  if (!Info)
    return nullptr;
  auto Pos = Info->locate(&S);
  if (!Pos)
    return nullptr;
  const VarDecl *SpanVar = SpanStatusModel::spanVariable(Span);

  // Scans elements [0, End) of B backwards. Returns the error set found, or
  // sets Stop when the span's declaration ends this path.
  auto Scan = [&](const CFGBlock &B, unsigned End,
                  bool &Stop) -> const CallExpr * {
    for (unsigned I = End; I-- > 0;) {
      auto CS = B[I].getAs<CFGStmt>();
      if (!CS)
        continue;
      const Stmt *St = CS->getStmt();
      if (SpanVar) {
        if (const auto *DS = dyn_cast<DeclStmt>(St))
          for (const Decl *D : DS->decls())
            if (D->getCanonicalDecl() == SpanVar->getCanonicalDecl()) {
              Stop = true;
              return nullptr;
            }
      }
      const auto *CE = dyn_cast<CallExpr>(St);
      if (!CE)
        continue;
      auto Set = Status.classify(*CE, Ctx);
      if (Set && Set->isError() && SpanStatusModel::spanIdentity(*CE) == Span)
        return CE;
    }
    return nullptr;
  };

  bool Stop = false;
  if (const CallExpr *Found = Scan(*Pos->first, Pos->second, Stop))
    return Found;
  if (Stop)
    return nullptr;
  llvm::SmallPtrSet<const CFGBlock *, 32> Seen;
  llvm::SmallVector<const CFGBlock *, 32> Work;
  for (const CFGBlock *P : Pos->first->preds())
    if (P)
      Work.push_back(P);
  while (!Work.empty()) {
    const CFGBlock *B = Work.pop_back_val();
    if (!Seen.insert(B).second)
      continue;
    bool StopHere = false;
    if (const CallExpr *Found = Scan(*B, B->size(), StopHere))
      return Found;
    if (StopHere)
      continue;
    for (const CFGBlock *P : B->preds())
      if (P)
        Work.push_back(P);
  }
  return nullptr;
}

} // namespace clang::tidy::otel
