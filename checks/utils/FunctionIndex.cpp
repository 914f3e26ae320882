//===--- FunctionIndex.cpp - otel-tidy --------------------------*- C++ -*-===//

#include "utils/FunctionIndex.h"
#include "clang/AST/DeclCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

namespace clang::tidy::otel {

using namespace ast_matchers;

DeclarationMatcher FunctionIndex::definitionMatcher() {
  return functionDecl(isDefinition(), unless(isExpansionInSystemHeader()))
      .bind("function");
}

void FunctionIndex::add(const FunctionDecl &FD) {
  // Only code that is compiled: instantiations, not template patterns.
  if (FD.isDependentContext() || !FD.hasBody() || !FD.getBody())
    return;
  Functions.push_back(&FD);
}

void FunctionIndex::indexLambdas() {
  for (const FunctionDecl *FD : Functions)
    forEachStmt(*FD, [&](const Stmt *S) {
      if (const auto *LE = dyn_cast<LambdaExpr>(S))
        Lambdas[LE->getCallOperator()] = {LE, FD};
    });
}

const ParentMap &FunctionIndex::parents(const FunctionDecl &FD) {
  std::unique_ptr<ParentMap> &PM = Parents[&FD];
  if (!PM)
    PM = std::make_unique<ParentMap>(const_cast<Stmt *>(FD.getBody()));
  return *PM;
}

const FunctionIndex::LambdaSite *
FunctionIndex::lambdaSite(const FunctionDecl &CallOperator) const {
  auto It = Lambdas.find(&CallOperator);
  if (It == Lambdas.end())
    if (const FunctionDecl *Pattern =
            CallOperator.getTemplateInstantiationPattern())
      It = Lambdas.find(Pattern);
  return It == Lambdas.end() ? nullptr : &It->second;
}

void FunctionIndex::clear() {
  Functions.clear();
  Parents.clear();
  Lambdas.clear();
}

} // namespace clang::tidy::otel
