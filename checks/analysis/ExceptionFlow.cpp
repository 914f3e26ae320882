//===--- ExceptionFlow.cpp - otel-tidy --------------------------*- C++ -*-===//

#include "analysis/ExceptionFlow.h"
#include "model/Names.h"
#include "utils/Expressions.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringSet.h"
#include <functional>

namespace clang::tidy::otel {

ExternalSummaries::~ExternalSummaries() = default;

std::string RecordedException::key() const {
  std::string Key = Type.Name + "@";
  if (!Chain.empty()) {
    const Hop &First = Chain.back();
    Key += First.Where.empty()
               ? std::to_string(reinterpret_cast<uintptr_t>(First.Site))
               : First.Where;
  }
  return Key;
}

struct ExceptionFlow::FunctionFlow {
  ExceptionSummary Summary;
  std::map<const CXXCatchStmt *, std::vector<RecordedException>> Arrivals;
  bool InProgress = false;
  bool Done = false;
};

ExceptionFlow::ExceptionFlow(ExceptionModel &Exceptions, FailurePaths &Paths,
                             FunctionIndex &Index)
    : Exceptions(Exceptions), Paths(Paths), Index(Index) {}

ExceptionFlow::~ExceptionFlow() = default;

namespace {

/// Visits the statements of a handler that run with its exception: not
/// lambda bodies, not nested handlers (they have their own exception).
template <class Fn> void forEachInHandler(const Stmt *S, Fn &&F) {
  if (!S || isa<LambdaExpr>(S) || isa<CXXCatchStmt>(S))
    return;
  if (!F(S))
    return; // F handled it and does not want the children
  if (const auto *Try = dyn_cast<CXXTryStmt>(S)) {
    forEachInHandler(Try->getTryBlock(), F);
    return;
  }
  for (const Stmt *Child : S->children())
    forEachInHandler(Child, F);
}

std::vector<Rethrow> rethrowsIn(const CXXCatchStmt &H) {
  std::vector<Rethrow> Out;
  const VarDecl *Caught = H.getExceptionDecl();
  forEachInHandler(H.getHandlerBlock(), [&](const Stmt *S) {
    if (std::optional<Rethrow> R = ExceptionModel::rethrowOf(*S, Caught))
      Out.push_back(*R);
    return true;
  });
  return Out;
}

/// The lambda a local `std::function` was initialised with, when it is
/// never assigned another one in \p Caller.
const FunctionDecl *lambdaBehind(const Expr *Object,
                                 const FunctionDecl &Caller) {
  const auto *DRE = dyn_cast_or_null<DeclRefExpr>(ignoreWrappers(Object));
  const auto *VD = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
  if (!VD || !VD->hasLocalStorage() || isa<ParmVarDecl>(VD))
    return nullptr;
  const CXXRecordDecl *RD = VD->getType()->getAsCXXRecordDecl();
  if (!RD || qualifiedName(*RD) != "::std::function")
    return nullptr;
  const Expr *Init = ignoreWrappers(VD->getInit());
  if (const auto *CE = dyn_cast_or_null<CXXConstructExpr>(Init);
      CE && CE->getNumArgs() == 1)
    Init = ignoreWrappers(CE->getArg(0));
  const auto *LE = dyn_cast_or_null<LambdaExpr>(Init);
  if (!LE || LE->getCallOperator()->isDependentContext())
    return nullptr;
  bool Assigned = false;
  FunctionIndex::forEachStmt(Caller, [&](const Stmt *S) {
    if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(S);
        Op && Op->getOperator() == OO_Equal && Op->getNumArgs() == 2)
      if (const auto *L = dyn_cast<DeclRefExpr>(ignoreWrappers(Op->getArg(0))))
        Assigned = Assigned || L->getDecl() == VD;
  });
  return Assigned ? nullptr : LE->getCallOperator();
}

/// How a called function is named in messages.
std::string nameOf(const FunctionDecl &FD, FunctionIndex &Index) {
  if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(&FD))
    return Ctor->getParent()->getQualifiedNameAsString();
  const auto *MD = dyn_cast<CXXMethodDecl>(&FD);
  if (MD && MD->getParent() && MD->getParent()->isLambda()) {
    llvm::SmallVector<std::string, 2> Names = Index.namesOf(FD);
    return Names.empty() ? "lambda" : Names.front();
  }
  // Qualified, as clang's diagnostics print a declaration: 'util::RunStep'.
  return FD.getQualifiedNameAsString();
}

bool isAnalyzable(const FunctionDecl &Def, const ASTContext &Ctx) {
  return Def.hasBody() && Def.getBody() && !Def.isDependentContext() &&
         !Ctx.getSourceManager().isInSystemHeader(Def.getLocation());
}

/// Adds \p E unless the same exception is there; of two ways it came, the
/// shorter chain is kept. Returns whether \p E was new.
bool addOnce(std::vector<RecordedException> &Into, const RecordedException &E) {
  std::string Key = E.key();
  for (RecordedException &X : Into)
    if (X.key() == Key) {
      if (E.Chain.size() < X.Chain.size())
        X = E;
      return false;
    }
  Into.push_back(E);
  return true;
}

constexpr size_t MaxChain = 16;

} // namespace

const FunctionDecl *ExceptionFlow::calleeOf(const Stmt &Site,
                                            const FunctionDecl &Caller) {
  if (const auto *CE = dyn_cast<CXXConstructExpr>(&Site))
    return CE->getConstructor();
  const auto *Call = dyn_cast<CallExpr>(&Site);
  if (!Call)
    return nullptr;
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(Call)) {
    const CXXMethodDecl *MD = MC->getMethodDecl();
    if (!MD || !MD->isVirtual())
      return MD;
    // `Base::f()` is no virtual dispatch; otherwise only a known final
    // overrider (a final class or method, an object of known type) counts.
    const auto *ME = dyn_cast<MemberExpr>(MC->getCallee()->IgnoreParens());
    if (ME && ME->hasQualifier())
      return MD;
    return const_cast<CXXMethodDecl *>(MD)->getDevirtualizedMethod(
        MC->getImplicitObjectArgument(), /*IsAppleKext=*/false);
  }
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Call);
      Op && Op->getOperator() == OO_Call && Op->getNumArgs() >= 1)
    if (const FunctionDecl *Lambda = lambdaBehind(Op->getArg(0), Caller))
      return Lambda;
  return Call->getDirectCallee();
}

const std::vector<ExceptionRecord> &
ExceptionFlow::recordsIn(const CXXCatchStmt &H, ASTContext &Ctx) {
  auto It = Records.find(&H);
  if (It != Records.end())
    return It->second;
  std::vector<ExceptionRecord> &Out = Records[&H];
  const VarDecl *Caught = H.getExceptionDecl();
  forEachInHandler(H.getHandlerBlock(), [&](const Stmt *S) {
    const auto *CE = dyn_cast<CallExpr>(S);
    if (!CE)
      return true;
    if (std::optional<ExceptionRecord> R =
            Exceptions.record(*CE, Caught, Ctx)) {
      Out.push_back(*R);
      return false; // its arguments are part of this record
    }
    return true;
  });
  return Out;
}

std::vector<RecordedException>
ExceptionFlow::escapesOfCall(const Stmt &Site, const FunctionDecl &Caller,
                             ASTContext &Ctx) {
  std::vector<RecordedException> Out;
  const FunctionDecl *Callee = calleeOf(Site, Caller);
  if (!Callee)
    return Out;
  const FunctionDecl *Def = Callee->getDefinition();
  const std::vector<RecordedException> *Escapes = nullptr;
  if (Def && isAnalyzable(*Def, Ctx))
    Escapes = &compute(*Def, Ctx).Summary.Escapes;
  else if (!Def && External)
    Escapes = External->escapesOf(*Callee);
  if (!Escapes || Escapes->empty())
    return Out;
  Hop Call;
  Call.HopKind = Hop::Call;
  Call.Site = &Site;
  Call.Function = nameOf(Def ? *Def : *Callee, Index);
  for (const RecordedException &E : *Escapes) {
    if (E.Chain.size() >= MaxChain)
      continue;
    RecordedException Next = E;
    Next.Chain.insert(Next.Chain.begin(), Call);
    Out.push_back(std::move(Next));
  }
  return Out;
}

void ExceptionFlow::propagate(const RecordedException &E, const Stmt &From,
                              const FunctionDecl &F, FunctionFlow &Flow,
                              ASTContext &Ctx, int Level) {
  if (Level > 32)
    return;
  const ParentMap &PM = Index.parents(F);
  const Stmt *Child = &From;
  while (const Stmt *P = PM.getParent(Child)) {
    if (isa<LambdaExpr>(P))
      return;
    if (const auto *Try = dyn_cast<CXXTryStmt>(P);
        Try && Try->getTryBlock() == Child) {
      Catcher C = catcherIn(*Try, E.Type);
      if (C.Result == Catch::Maybe)
        return; // it might be caught here: nothing is certain beyond
      if (C.Result == Catch::Definitely) {
        if (!addOnce(Flow.Arrivals[C.Handler], E))
          return;
        // A handler that sends it on, recorded again or not.
        for (const Rethrow &R : rethrowsIn(*C.Handler)) {
          RecordedException Next = E;
          if (R.Copies)
            Next.Type = ThrownType::of(C.Handler->getCaughtType());
          propagate(Next, *R.Site, F, Flow, Ctx, Level + 1);
        }
        return;
      }
    }
    Child = P;
  }
  addOnce(Flow.Summary.Escapes, E); // it leaves the function
}

void ExceptionFlow::analyze(const FunctionDecl &F, FunctionFlow &Flow,
                            ASTContext &Ctx) {
  // The calls, throws and handlers of the body (lambdas are functions of
  // their own), and whether each call or throw is covered by a
  // `catch (...)` of this function.
  std::vector<const Stmt *> Calls;
  std::vector<const CXXCatchStmt *> Handlers;
  bool Uncovered = false;
  std::function<void(const Stmt *, bool)> Visit = [&](const Stmt *S,
                                                      bool Covered) {
    if (!S || isa<LambdaExpr>(S))
      return;
    if (const auto *Try = dyn_cast<CXXTryStmt>(S)) {
      bool CatchAll = false;
      for (unsigned I = 0; I < Try->getNumHandlers(); ++I)
        CatchAll = CatchAll || Try->getHandler(I)->getCaughtType().isNull();
      Visit(Try->getTryBlock(), Covered || CatchAll);
      for (unsigned I = 0; I < Try->getNumHandlers(); ++I) {
        Handlers.push_back(Try->getHandler(I));
        Visit(Try->getHandler(I)->getHandlerBlock(), Covered);
      }
      return;
    }
    if (isa<CallExpr, CXXConstructExpr>(S)) {
      Calls.push_back(S);
      Uncovered = Uncovered || !Covered;
    } else if (isa<CXXThrowExpr>(S)) {
      Uncovered = Uncovered || !Covered;
    }
    for (const Stmt *Child : S->children())
      Visit(Child, Covered);
  };
  Visit(F.getBody(), false);
  if (Uncovered)
    Flow.Summary.Behaviour |= ExceptionSummary::Propagates;

  // What callees let out, recorded already.
  for (const Stmt *Site : Calls)
    for (const RecordedException &E : escapesOfCall(*Site, F, Ctx))
      propagate(E, *Site, F, Flow, Ctx, 0);

  // What the handlers record and send on, or keep.
  const auto *Ctor = dyn_cast<CXXConstructorDecl>(&F);
  const auto *FunctionTry = dyn_cast_or_null<CXXTryStmt>(F.getBody());
  for (const CXXCatchStmt *H : Handlers) {
    const std::vector<ExceptionRecord> &Recs = recordsIn(*H, Ctx);
    if (Paths.completes(*H, F, Ctx))
      Flow.Summary.Behaviour |= Recs.empty()
                                    ? ExceptionSummary::Swallows
                                    : ExceptionSummary::RecordsAndSwallows;
    if (Recs.empty())
      continue;
    ThrownType Caught = ThrownType::of(H->getCaughtType());
    auto RecordedAs = [&](const ExceptionRecord &R, ThrownType T) {
      RecordedException E;
      E.Type = std::move(T);
      Hop First;
      First.HopKind = Hop::Record;
      First.Site = R.Call;
      First.Function = nameOf(F, Index);
      First.First = &R;
      E.Chain.push_back(First);
      return E;
    };
    for (const Rethrow &RT : rethrowsIn(*H))
      for (const ExceptionRecord &R : Recs)
        if (Paths.reaches(*R.Call, *RT.Site, F, Ctx, H)) {
          propagate(
              RecordedAs(R, RT.HidesType ? ThrownType::unknown() : Caught),
              *RT.Site, F, Flow, Ctx, 0);
          break;
        }
    // A constructor's function-try-block handler rethrows at its end.
    if (Ctor && FunctionTry && Index.parentOf(*H, F) == FunctionTry &&
        Paths.completes(*H, F, Ctx))
      addOnce(Flow.Summary.Escapes, RecordedAs(Recs.front(), Caught));
  }
  if (!Flow.Summary.Escapes.empty())
    Flow.Summary.Behaviour |= ExceptionSummary::RecordsAndPropagates;
}

ExceptionFlow::FunctionFlow &ExceptionFlow::compute(const FunctionDecl &F,
                                                    ASTContext &Ctx) {
  std::unique_ptr<FunctionFlow> &Slot = Flows[&F];
  if (!Slot)
    Slot = std::make_unique<FunctionFlow>();
  FunctionFlow &Flow = *Slot;
  if (Flow.Done)
    return Flow;
  if (Flow.InProgress) {
    SawCycle = true; // recursion: its summary is not complete yet
    return Flow;
  }
  Flow.InProgress = true;
  ++Depth;
  analyze(F, Flow, Ctx);
  --Depth;
  Flow.InProgress = false;
  Flow.Done = true;
  Computed.push_back(&F);
  if (Depth > 0)
    return Flow;
  // Recursion: summaries read while a caller's was incomplete. Compute them
  // again until nothing changes (summaries only grow, so this ends).
  for (int Round = 0; SawCycle && Round < 8; ++Round) {
    SawCycle = false;
    bool Changed = false;
    for (const FunctionDecl *G : Computed) {
      FunctionFlow Next;
      Next.InProgress = true;
      ++Depth;
      analyze(*G, Next, Ctx);
      --Depth;
      FunctionFlow &Old = *Flows[G];
      auto Count = [](const FunctionFlow &X) {
        size_t N = X.Summary.Escapes.size();
        for (const auto &A : X.Arrivals)
          N += A.second.size();
        return N;
      };
      Changed = Changed || Count(Next) != Count(Old);
      Old.Summary = std::move(Next.Summary);
      Old.Arrivals = std::move(Next.Arrivals);
    }
    SawCycle = Changed;
  }
  SawCycle = false;
  Computed.clear();
  return Flow;
}

const ExceptionSummary &ExceptionFlow::summaryOf(const FunctionDecl &F,
                                                 ASTContext &Ctx) {
  return compute(F, Ctx).Summary;
}

const std::vector<RecordedException> &
ExceptionFlow::arrivalsAt(const CXXCatchStmt &H, const FunctionDecl &F,
                          ASTContext &Ctx) {
  return compute(F, Ctx).Arrivals[&H];
}

} // namespace clang::tidy::otel
