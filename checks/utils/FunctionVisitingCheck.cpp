//===--- FunctionVisitingCheck.cpp - otel-tidy ------------------*- C++ -*-===//

#include "utils/FunctionVisitingCheck.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

namespace clang::tidy::otel {

void FunctionVisitingCheck::registerMatchers(
    ast_matchers::MatchFinder *Finder) {
  Finder->addMatcher(FunctionIndex::definitionMatcher(), this);
}

void FunctionVisitingCheck::check(
    const ast_matchers::MatchFinder::MatchResult &Result) {
  if (const auto *FD = Result.Nodes.getNodeAs<FunctionDecl>("function"))
    Index.add(*FD);
  Context = Result.Context;
}

void FunctionVisitingCheck::onEndOfTranslationUnit() {
  if (Context) {
    Index.indexLambdas();
    for (const FunctionDecl *FD : Index.functions())
      checkFunction(*FD, *Context);
  }
  resetTranslationUnit();
  Index.clear();
  Context = nullptr;
}

} // namespace clang::tidy::otel
