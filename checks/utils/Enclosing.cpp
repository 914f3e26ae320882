//===--- Enclosing.cpp - otel-tidy ------------------------------*- C++ -*-===//

#include "utils/Enclosing.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMapContext.h"

namespace clang::tidy::otel {

/// The function, block or lambda whose body contains \p S.
std::pair<const Decl *, const Stmt *> enclosingCallable(const Stmt &S,
                                                        ASTContext &Ctx) {
  DynTypedNodeList Parents = Ctx.getParents(S);
  while (!Parents.empty()) {
    const DynTypedNode &P = Parents[0];
    if (const auto *LE = P.get<LambdaExpr>())
      return {LE->getCallOperator(), LE->getBody()};
    if (const auto *FD = P.get<FunctionDecl>())
      return {FD, FD->getBody()};
    if (const auto *BD = P.get<BlockDecl>())
      return {BD, BD->getBody()};
    if (P.get<Decl>() && !P.get<VarDecl>() && !P.get<DecompositionDecl>())
      return {nullptr, nullptr}; // a field initializer, a global, ...
    Parents = Ctx.getParents(P);
  }
  return {nullptr, nullptr};
}

/// The function, method or lambda operator a statement is written in.
const DeclContext *writtenIn(const Stmt &S, ASTContext &Ctx) {
  DynTypedNodeList Parents = Ctx.getParents(S);
  while (!Parents.empty()) {
    if (const auto *LE = Parents[0].get<LambdaExpr>())
      return LE->getCallOperator();
    if (const auto *D = Parents[0].get<Decl>())
      return isa<DeclContext>(D) ? cast<DeclContext>(D) : D->getDeclContext();
    Parents = Ctx.getParents(Parents[0]);
  }
  return nullptr;
}

bool isInTemplatePattern(const Stmt &S, ASTContext &Ctx) {
  const DeclContext *DC = writtenIn(S, Ctx);
  return DC && DC->isDependentContext();
}

} // namespace clang::tidy::otel
