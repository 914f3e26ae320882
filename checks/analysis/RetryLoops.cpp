//===--- RetryLoops.cpp - otel-tidy -----------------------------*- C++ -*-===//

#include "analysis/RetryLoops.h"
#include "utils/Expressions.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "llvm/ADT/SmallPtrSet.h"

namespace clang::tidy::otel {

namespace {

bool isLoop(const Stmt *S) {
  return isa_and_nonnull<ForStmt, WhileStmt, DoStmt, CXXForRangeStmt>(S);
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
void variablesIn(const Stmt *S, llvm::SmallPtrSetImpl<const Decl *> &Out) {
  if (!S)
    return;
  if (const auto *DRE = dyn_cast<DeclRefExpr>(S))
    if (isa<VarDecl>(DRE->getDecl()))
      Out.insert(DRE->getDecl()->getCanonicalDecl());
  for (const Stmt *Child : S->children())
    variablesIn(Child, Out);
}

/// Whether \p S is under a test of the loop's counters between it and
/// \p Loop (`if (attempt == kMaxAttempts) span->SetStatus(...)`).
bool underCounterTest(const Stmt *S, const Stmt &Loop, const ParentMap &PM) {
  llvm::SmallPtrSet<const Decl *, 4> Counters;
  if (const auto *F = dyn_cast<ForStmt>(&Loop))
    variablesIn(F->getInc(), Counters);
  variablesIn(conditionOf(Loop), Counters);
  if (Counters.empty())
    return false;
  for (const Stmt *P = PM.getParent(S); P && P != &Loop;
       S = P, P = PM.getParent(P)) {
    const auto *If = dyn_cast<IfStmt>(P);
    if (!If || If->getCond() == S)
      continue;
    llvm::SmallPtrSet<const Decl *, 4> Read;
    variablesIn(If->getCond(), Read);
    if (llvm::any_of(Read, [&](const Decl *D) { return Counters.contains(D); }))
      return true;
  }
  return false;
}

} // namespace

const Stmt *RetryLoops::nextAttemptAfter(
    const Stmt &S, const FunctionDecl &F, ASTContext &Ctx,
    llvm::function_ref<bool(SourceRange Attempt)> OfOperation) {
  const ParentMap &PM = Index.parents(F);
  for (const Stmt *P = PM.getParent(&S); P; P = PM.getParent(P)) {
    if (!isLoop(P) || !OfOperation(P->getSourceRange()) ||
        !hasSuccessExit(*P, F, Ctx) || underCounterTest(&S, *P, PM))
      continue;
    if (backToHead(S, *P, F))
      return P;
  }
  return gotoAfter(S, F, Ctx, OfOperation);
}

bool RetryLoops::hasSuccessExit(const Stmt &Loop, const FunctionDecl &F,
                                ASTContext &Ctx) {
  if (const Expr *Cond = conditionOf(Loop))
    if (Outcomes.sides(Cond, Ctx).WhenFalse == Outcome::Success)
      return true;
  llvm::SmallVector<const Stmt *, 4> Exits;
  exitsOf(&Loop, Loop, Exits);
  return llvm::any_of(Exits, [&](const Stmt *E) {
    FailurePaths::Verdict V = Paths.classify(*E, F, Ctx);
    return V.Analyzed && V.OnSuccessPath && !V.UnderUnclassifiedBranch;
  });
}

bool RetryLoops::backToHead(const Stmt &S, const Stmt &Loop,
                            const FunctionDecl &F) {
  const FunctionGraph *G = Graphs.of(F);
  if (!G)
    return false;
  auto Pos = G->locate(&S);
  if (!Pos)
    return false;
  const ParentMap &PM = Index.parents(F);
  // The loop's head, and the block that leaves it.
  const CFGBlock *Head = nullptr;
  for (const CFGBlock *B : *G->Graph)
    if (B->getTerminatorStmt() == &Loop)
      Head = B;
  if (!Head)
    return false;
  const CFGBlock *Exit = Head->succ_size() > 1
                             ? Head->succ_begin()[1].getReachableBlock()
                             : nullptr;
  auto Inside = [&](const CFGBlock &B) {
    for (const CFGElement &E : B)
      if (auto CS = E.getAs<CFGStmt>())
        return isWithin(CS->getStmt(), &Loop, PM);
    if (const Stmt *T = B.getTerminatorStmt())
      return isWithin(T, &Loop, PM);
    return true; // an empty block: look further
  };
  // From the statement, without leaving the loop, back to its head.
  llvm::SmallPtrSet<const CFGBlock *, 16> Seen;
  llvm::SmallVector<const CFGBlock *, 16> Work{Pos->first};
  while (!Work.empty()) {
    const CFGBlock *B = Work.pop_back_val();
    for (const CFGBlock *Succ : B->succs()) {
      if (!Succ || Succ == Exit || !Seen.insert(Succ).second)
        continue;
      if (Succ == Head)
        return true;
      if (Inside(*Succ))
        Work.push_back(Succ);
    }
  }
  return false;
}

const Stmt *
RetryLoops::gotoAfter(const Stmt &S, const FunctionDecl &F, ASTContext &Ctx,
                      llvm::function_ref<bool(SourceRange)> OfOperation) {
  // `retry:` ... S ... `goto retry;`
  const SourceManager &SM = Ctx.getSourceManager();
  const Stmt *Back = nullptr;
  FunctionIndex::forEachStmt(F, [&](const Stmt *G) {
    const auto *Goto = dyn_cast<GotoStmt>(G);
    if (Back || !Goto || !Goto->getLabel()->getStmt())
      return;
    const LabelStmt *Label = Goto->getLabel()->getStmt();
    if (!SM.isBeforeInTranslationUnit(Label->getBeginLoc(), S.getBeginLoc()) ||
        !SM.isBeforeInTranslationUnit(S.getBeginLoc(), Goto->getBeginLoc()) ||
        !Paths.reaches(S, *Goto, F, Ctx) ||
        !OfOperation(SourceRange(Label->getBeginLoc(), Goto->getEndLoc())))
      return;
    // Some attempt must succeed: a return on a success path after the label.
    bool Succeeds = false;
    FunctionIndex::forEachStmt(F, [&](const Stmt *E) {
      if (!isa<ReturnStmt>(E) || Succeeds ||
          !SM.isBeforeInTranslationUnit(Label->getBeginLoc(), E->getBeginLoc()))
        return;
      FailurePaths::Verdict V = Paths.classify(*E, F, Ctx);
      Succeeds = V.Analyzed && V.OnSuccessPath && !V.UnderUnclassifiedBranch;
    });
    if (Succeeds)
      Back = Goto;
  });
  return Back;
}

} // namespace clang::tidy::otel
