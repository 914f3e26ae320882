//===--- FunctionIndex.h - otel-tidy ----------------------------*- C++ -*-===//
//
// The function definitions of a translation unit, visited top-down. Every
// "where is this statement?" question is answered within one function body
// (a clang::ParentMap per body, built on first use), never through
// ASTContext::getParents(): its first call builds a parent map of the whole
// translation unit, system headers and instantiations included, which cost
// about 12% of a clang-tidy run (tool/benchmark/README.md).
//
// Lambdas are functions of their own (their call operators are matched like
// any definition); where each lambda was written is recorded while walking
// the function around it.
//
//===----------------------------------------------------------------------===//

#ifndef OTEL_TIDY_UTILS_FUNCTIONINDEX_H
#define OTEL_TIDY_UTILS_FUNCTIONINDEX_H

#include "clang/AST/Decl.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMap.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "llvm/ADT/DenseMap.h"
#include <memory>
#include <string>
#include <vector>

namespace clang::tidy::otel {

class FunctionIndex {
public:
  /// The matcher a check registers: function definitions outside system
  /// headers, bound to "function".
  static ast_matchers::DeclarationMatcher definitionMatcher();

  /// Collects a matched definition (instantiations yes, patterns no).
  void add(const FunctionDecl &FD);

  /// Records where every lambda was written; call once before visiting.
  void indexLambdas();

  llvm::ArrayRef<const FunctionDecl *> functions() const { return Functions; }

  /// The parent map of a function's body (any function with a body).
  const ParentMap &parents(const FunctionDecl &FD);

  /// The statement containing \p S in \p FD, or null.
  const Stmt *parentOf(const Stmt &S, const FunctionDecl &FD) {
    return parents(FD).getParent(&S);
  }

  struct LambdaSite {
    const LambdaExpr *Expr = nullptr;
    const FunctionDecl *Outer = nullptr;
  };
  /// Where the lambda whose call operator is \p CallOperator was written
  /// (for a generic lambda's instantiation, its pattern's site).
  const LambdaSite *lambdaSite(const FunctionDecl &CallOperator) const;

  /// The names a function is known by: its own, or for a lambda's call
  /// operator the variable it initialises or the parameter of the function
  /// it is passed to (directly, through std::function construction, or
  /// converted to a function pointer).
  llvm::SmallVector<std::string, 2> namesOf(const FunctionDecl &F);

  /// Visits every statement of \p FD's body, not entering lambda bodies
  /// (they are visited as functions of their own) nor other declarations.
  template <class Fn> static void forEachStmt(const FunctionDecl &FD, Fn &&F) {
    visit(FD.getBody(), F);
  }

  void clear();

private:
  template <class Fn> static void visit(const Stmt *S, Fn &F) {
    if (!S)
      return;
    F(S);
    if (isa<LambdaExpr>(S))
      return;
    for (const Stmt *Child : S->children())
      visit(Child, F);
  }

  std::vector<const FunctionDecl *> Functions;
  llvm::DenseMap<const FunctionDecl *, std::unique_ptr<ParentMap>> Parents;
  llvm::DenseMap<const FunctionDecl *, LambdaSite> Lambdas;
};

} // namespace clang::tidy::otel

#endif // OTEL_TIDY_UTILS_FUNCTIONINDEX_H
