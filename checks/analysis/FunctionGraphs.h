//===--- FunctionGraphs.h - otel-tidy ---------------------------*- C++ -*-===//
//
// Clang's CFG of each function (or lambda) a check asks about, built once
// per translation unit and shared by the analyses: every statement is an
// element of its block, and locate() finds the block and position of any
// statement (or of the nearest enclosing one that is an element).
//
//===----------------------------------------------------------------------===//

#ifndef OTEL_TIDY_ANALYSIS_FUNCTIONGRAPHS_H
#define OTEL_TIDY_ANALYSIS_FUNCTIONGRAPHS_H

#include "utils/FunctionIndex.h"
#include "clang/Analysis/AnalysisDeclContext.h"
#include "clang/Analysis/CFG.h"
#include "llvm/ADT/DenseMap.h"
#include <memory>
#include <optional>

namespace clang::tidy::otel {

struct FunctionGraph {
  /// Owns the CFG and the post-order view the dataflow worklists use.
  std::unique_ptr<AnalysisDeclContext> Analysis;
  const CFG *Graph = nullptr;
  const ParentMap *Parents = nullptr;
  llvm::DenseMap<const Stmt *, std::pair<const CFGBlock *, unsigned>> Where;

  using Position = std::pair<const CFGBlock *, unsigned>;
  /// The block and element index of \p S, or of its nearest ancestor that
  /// is an element.
  std::optional<Position> locate(const Stmt *S) const;
  /// The block a handler is entered through.
  const CFGBlock *entryOf(const CXXCatchStmt &H) const;
};

class FunctionGraphs {
public:
  explicit FunctionGraphs(FunctionIndex &Index) : Index(Index) {}
  /// The graph of \p F; null when Clang cannot build one.
  const FunctionGraph *of(const FunctionDecl &F);

private:
  FunctionIndex &Index;
  llvm::DenseMap<const FunctionDecl *, std::unique_ptr<FunctionGraph>> Cache;
};

} // namespace clang::tidy::otel

#endif // OTEL_TIDY_ANALYSIS_FUNCTIONGRAPHS_H
