//===--- FunctionGraphs.cpp - otel-tidy -------------------------*- C++ -*-===//

#include "analysis/FunctionGraphs.h"
#include "clang/AST/StmtCXX.h"

namespace clang::tidy::otel {

std::optional<FunctionGraph::Position>
FunctionGraph::locate(const Stmt *S) const {
  for (; S; S = Parents->getParent(S)) {
    auto It = Where.find(S);
    if (It != Where.end())
      return It->second;
  }
  return std::nullopt;
}

const CFGBlock *FunctionGraph::entryOf(const CXXCatchStmt &H) const {
  for (const CFGBlock *B : *Graph)
    if (B->getLabel() == &H)
      return B;
  return nullptr;
}

const FunctionGraph *FunctionGraphs::of(const FunctionDecl &F) {
  auto It = Cache.find(&F);
  if (It != Cache.end())
    return It->second.get();
  std::unique_ptr<FunctionGraph> &Slot = Cache[&F];
  if (!F.getBody())
    return nullptr;
  auto G = std::make_unique<FunctionGraph>();
  G->Analysis = std::make_unique<AnalysisDeclContext>(nullptr, &F);
  CFG::BuildOptions &Build = G->Analysis->getCFGBuildOptions();
  Build.setAllAlwaysAdd();
  Build.AddImplicitDtors = false;
  Build.AddTemporaryDtors = false;
  Build.AddCXXDefaultInitExprInCtors = false;
  G->Graph = G->Analysis->getCFG();
  if (!G->Graph)
    return nullptr;
  G->Parents = &Index.parents(F);
  for (const CFGBlock *B : *G->Graph) {
    unsigned I = 0;
    for (const CFGElement &E : *B) {
      if (auto CS = E.getAs<CFGStmt>())
        G->Where.try_emplace(CS->getStmt(), B, I);
      ++I;
    }
  }
  Slot = std::move(G);
  return Slot.get();
}

} // namespace clang::tidy::otel
