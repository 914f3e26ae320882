//===--- ValueFlow.cpp - otel-tidy ------------------------------*- C++ -*-===//

#include "analysis/ValueFlow.h"
#include "model/Attributes.h"
#include "utils/Expressions.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Analysis/FlowSensitive/DataflowWorklist.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/BitVector.h"

namespace clang::tidy::otel {

namespace {

bool refersTo(const Expr *E, const VarDecl &V) {
  const auto *DRE = dyn_cast_or_null<DeclRefExpr>(ignoreWrappers(E));
  return DRE && DRE->getDecl() == &V;
}

enum class DefKind { None, Known, Unknown };

/// Whether CFG element \p S defines \p V: gives it a known value
/// (declaration, assignment) or changes it in a way not followed.
DefKind definitionKind(const Stmt &S, const VarDecl &V) {
  if (const auto *DS = dyn_cast<DeclStmt>(&S))
    return DS->isSingleDecl() && DS->getSingleDecl() == &V ? DefKind::Known
                                                           : DefKind::None;
  if (const auto *BO = dyn_cast<BinaryOperator>(&S)) {
    if (!refersTo(BO->getLHS(), V))
      return DefKind::None;
    if (BO->getOpcode() == BO_Assign)
      return DefKind::Known;
    return BO->isAssignmentOp() ? DefKind::Unknown : DefKind::None;
  }
  if (const auto *UO = dyn_cast<UnaryOperator>(&S))
    return (UO->isIncrementDecrementOp() || UO->getOpcode() == UO_AddrOf) &&
                   refersTo(UO->getSubExpr(), V)
               ? DefKind::Unknown
               : DefKind::None;
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(&S)) {
    if (Op->getNumArgs() == 0 || !refersTo(Op->getArg(0), V))
      return DefKind::None;
    if (Op->getOperator() == OO_Equal)
      return DefKind::Known;
    const auto *MD = dyn_cast_or_null<CXXMethodDecl>(Op->getDirectCallee());
    return MD && !MD->isConst() ? DefKind::Unknown : DefKind::None;
  }
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(&S)) {
    const CXXMethodDecl *MD = MC->getMethodDecl();
    if (refersTo(MC->getImplicitObjectArgument(), V) && MD && !MD->isConst())
      return DefKind::Unknown;
  }
  // Passed to a non-const reference (or by address, above).
  auto ByReference = [&](const FunctionDecl *Callee, unsigned Shift,
                         llvm::ArrayRef<const Expr *> Args) {
    for (unsigned I = 0; I < Args.size(); ++I) {
      if (!refersTo(Args[I], V))
        continue;
      if (!Callee || I < Shift || I - Shift >= Callee->getNumParams())
        return true; // unknown callee or variadic: may change it
      QualType T = Callee->getParamDecl(I - Shift)->getType();
      if (T->isReferenceType() && !T.getNonReferenceType().isConstQualified())
        return true;
    }
    return false;
  };
  if (const auto *CE = dyn_cast<CallExpr>(&S)) {
    unsigned Shift =
        isa<CXXOperatorCallExpr>(CE) &&
                isa_and_nonnull<CXXMethodDecl>(CE->getDirectCallee())
            ? 1
            : 0;
    llvm::SmallVector<const Expr *, 4> Args(CE->arguments());
    if (ByReference(CE->getDirectCallee(), Shift, Args))
      return DefKind::Unknown;
  } else if (const auto *Ctor = dyn_cast<CXXConstructExpr>(&S)) {
    llvm::SmallVector<const Expr *, 4> Args(Ctor->arguments());
    if (ByReference(Ctor->getConstructor(), 0, Args))
      return DefKind::Unknown;
  }
  return DefKind::None;
}

bool isLocalOf(const VarDecl &V, const FunctionDecl &F) {
  if (V.isStaticLocal() || V.getType()->isReferenceType())
    return false;
  const DeclContext *DC = V.getDeclContext();
  while (DC && !isa<FunctionDecl>(DC))
    DC = DC->getParent();
  return DC == &F;
}

constexpr int MaxDepth = 4;

} // namespace

struct ValueFlow::Definitions {
  const FunctionGraph *G = nullptr;
  std::vector<const Stmt *> Defs; ///< the last one is null for a parameter
  std::vector<llvm::BitVector> In;
  bool Parameter = false;
};

const FunctionDecl *ValueFlow::definedCallee(const CallExpr &Call) {
  const FunctionDecl *FD = Call.getDirectCallee();
  if (!FD)
    return nullptr;
  if (const auto *MD = dyn_cast<CXXMethodDecl>(FD);
      MD && MD->isVirtual() && !MD->hasAttr<FinalAttr>() &&
      !MD->getParent()->hasAttr<FinalAttr>())
    return nullptr;
  const FunctionDecl *Def = FD->getDefinition();
  if (!Def || !Def->getBody() || Def->isDependentContext())
    return nullptr;
  if (Def->getASTContext().getSourceManager().isInSystemHeader(
          Def->getLocation()))
    return nullptr;
  return Def;
}

const Expr *ValueFlow::argumentFor(const CallExpr &Call, unsigned Param) {
  unsigned Shift =
      isa<CXXOperatorCallExpr>(Call) &&
              isa_and_nonnull<CXXMethodDecl>(Call.getDirectCallee())
          ? 1
          : 0;
  return Param + Shift < Call.getNumArgs() ? Call.getArg(Param + Shift)
                                           : nullptr;
}

const std::vector<unsigned> &
ValueFlow::parametersReaching(const FunctionDecl &G, llvm::StringRef Kind,
                              SinkFn SinkArgument) {
  auto Key = std::make_pair(&G, Kind.str());
  auto It = Reaching.find(Key);
  if (It != Reaching.end())
    return It->second; // done, or being computed (recursion)
  Reaching[Key];
  std::vector<unsigned> Found;
  auto AddParameters = [&](const Expr &Arg) {
    for (const ValueSource &S : sourcesOf(Arg, G))
      if (S.Parameter && S.In == &G &&
          !llvm::is_contained(Found, S.Parameter->getFunctionScopeIndex()))
        Found.push_back(S.Parameter->getFunctionScopeIndex());
  };
  FunctionIndex::forEachStmt(G, [&](const Stmt *S) {
    const auto *Call = dyn_cast<CallExpr>(S);
    if (!Call)
      return;
    if (const Expr *Sink = SinkArgument(*Call, G)) {
      AddParameters(*Sink);
      return;
    }
    if (const FunctionDecl *H = definedCallee(*Call); H && H != &G)
      for (unsigned J : parametersReaching(*H, Kind, SinkArgument))
        if (const Expr *Arg = argumentFor(*Call, J))
          AddParameters(*Arg);
  });
  llvm::sort(Found);
  return Reaching[Key] = std::move(Found);
}

ValueFlow::ValueFlow(FunctionGraphs &Graphs, FunctionIndex &Index)
    : Graphs(Graphs), Index(Index) {}

ValueFlow::~ValueFlow() = default;

const Expr *ValueFlow::valueOf(const Stmt &Definition, const VarDecl &V) {
  if (const auto *DS = dyn_cast<DeclStmt>(&Definition))
    return DS->isSingleDecl() && DS->getSingleDecl() == &V ? V.getInit()
                                                           : nullptr;
  if (const auto *BO = dyn_cast<BinaryOperator>(&Definition))
    return BO->getOpcode() == BO_Assign ? BO->getRHS() : nullptr;
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(&Definition))
    return Op->getOperator() == OO_Equal && Op->getNumArgs() == 2
               ? Op->getArg(1)
               : nullptr;
  return nullptr;
}

ValueFlow::Definitions &ValueFlow::definitionsOf(const VarDecl &V,
                                                 const FunctionDecl &F) {
  std::unique_ptr<Definitions> &Slot = Cache[{&V, &F}];
  if (Slot)
    return *Slot;
  Slot = std::make_unique<Definitions>();
  Definitions &D = *Slot;
  D.G = Graphs.of(F);
  if (!D.G)
    return D;
  const CFG &Graph = *D.G->Graph;
  // Every definition of V, and the kill/gen of each block's elements.
  llvm::DenseMap<const Stmt *, unsigned> Index;
  for (const CFGBlock *B : Graph)
    for (const CFGElement &E : *B)
      if (auto CS = E.getAs<CFGStmt>())
        if (definitionKind(*CS->getStmt(), V) != DefKind::None &&
            Index.try_emplace(CS->getStmt(), D.Defs.size()).second)
          D.Defs.push_back(CS->getStmt());
  D.Parameter = isa<ParmVarDecl>(&V);
  unsigned EntryDef = D.Defs.size();
  if (D.Parameter)
    D.Defs.push_back(nullptr);
  unsigned N = D.Defs.size();
  D.In.assign(Graph.getNumBlockIDs(), llvm::BitVector(N));
  auto Transfer = [&](const CFGBlock &B, llvm::BitVector State) {
    for (const CFGElement &E : B)
      if (auto CS = E.getAs<CFGStmt>()) {
        auto It = Index.find(CS->getStmt());
        if (It != Index.end()) {
          State.reset();
          State.set(It->second);
        }
      }
    return State;
  };
  // Reaching definitions: a forward dataflow, joined by union.
  ForwardDataflowWorklist Work(Graph, *D.G->Analysis);
  const CFGBlock &Entry = Graph.getEntry();
  if (D.Parameter)
    D.In[Entry.getBlockID()].set(EntryDef);
  for (const CFGBlock *B : Graph)
    Work.enqueueBlock(B);
  while (const CFGBlock *B = Work.dequeue()) {
    llvm::BitVector Out = Transfer(*B, D.In[B->getBlockID()]);
    for (const CFGBlock *Succ : B->succs()) {
      if (!Succ)
        continue;
      llvm::BitVector &SuccIn = D.In[Succ->getBlockID()];
      llvm::BitVector Joined = SuccIn;
      Joined |= Out;
      if (Joined != SuccIn) {
        SuccIn = std::move(Joined);
        Work.enqueueBlock(Succ);
      }
    }
  }
  return D;
}

std::vector<const Stmt *>
ValueFlow::reachingDefinitions(const VarDecl &V, const Stmt &At,
                               const FunctionDecl &F) {
  std::vector<const Stmt *> Out;
  if (!isLocalOf(V, F))
    return Out;
  Definitions &D = definitionsOf(V, F);
  if (!D.G)
    return Out;
  std::optional<FunctionGraph::Position> Pos = D.G->locate(&At);
  if (!Pos)
    return Out;
  llvm::BitVector State = D.In[Pos->first->getBlockID()];
  for (unsigned I = 0; I < Pos->second; ++I)
    if (auto CS = (*Pos->first)[I].getAs<CFGStmt>())
      for (unsigned J = 0; J < D.Defs.size(); ++J)
        if (D.Defs[J] == CS->getStmt()) {
          State.reset();
          State.set(J);
        }
  for (unsigned J : State.set_bits())
    Out.push_back(D.Defs[J]);
  return Out;
}

void ValueFlow::collect(const Expr &Use, const FunctionDecl &F, int Depth,
                        std::vector<ValueSource> &Out) {
  const Expr *E = AttributeModel::writtenValue(&Use);
  if (!E)
    return;
  if (const auto *CO = dyn_cast<ConditionalOperator>(E)) {
    collect(*CO->getTrueExpr(), F, Depth, Out);
    collect(*CO->getFalseExpr(), F, Depth, Out);
    return;
  }
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
    const auto *V = dyn_cast<VarDecl>(DRE->getDecl());
    if (V && isLocalOf(*V, F) && Depth < MaxDepth) {
      std::vector<const Stmt *> Defs = reachingDefinitions(*V, *DRE, F);
      if (!Defs.empty()) {
        for (const Stmt *Def : Defs) {
          if (!Def) {
            Out.push_back({E, nullptr, &F, cast<ParmVarDecl>(V), nullptr});
            continue;
          }
          const Expr *Value = valueOf(*Def, *V);
          if (!Value) {
            Out.push_back({nullptr, Def, &F, nullptr, nullptr});
            continue;
          }
          size_t First = Out.size();
          collect(*Value, F, Depth + 1, Out);
          for (size_t I = First; I < Out.size(); ++I)
            if (!Out[I].Definition)
              Out[I].Definition = Def;
        }
        return;
      }
    }
  }
  if (const auto *Call = dyn_cast<CallExpr>(E)) {
    const FunctionDecl *G = definedCallee(*Call);
    if (G && G != &F && Depth < MaxDepth) {
      std::vector<ValueSource> Returned;
      FunctionIndex::forEachStmt(*G, [&](const Stmt *S) {
        if (const auto *Ret = dyn_cast<ReturnStmt>(S))
          if (const Expr *RV = Ret->getRetValue()) {
            size_t First = Returned.size();
            collect(*RV, *G, Depth + 1, Returned);
            for (size_t I = First; I < Returned.size(); ++I)
              if (!Returned[I].Definition)
                Returned[I].Definition = Ret;
          }
      });
      if (!Returned.empty()) {
        for (ValueSource &S : Returned) {
          // A returned parameter is this call's argument.
          if (S.Parameter && S.In == G) {
            if (const Expr *Arg =
                    argumentFor(*Call, S.Parameter->getFunctionScopeIndex()))
              collect(*Arg, F, Depth + 1, Out);
            continue;
          }
          if (!S.Through)
            S.Through = Call;
          Out.push_back(S);
        }
        return;
      }
    }
  }
  Out.push_back({E, nullptr, &F, nullptr, nullptr});
}

std::vector<ValueSource> ValueFlow::sourcesOf(const Expr &E,
                                              const FunctionDecl &F) {
  std::vector<ValueSource> Out;
  collect(E, F, 0, Out);
  return Out;
}

} // namespace clang::tidy::otel
