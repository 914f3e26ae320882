//===--- FunctionVisitingCheck.h - otel-tidy --------------------*- C++ -*-===//
//
// The skeleton every otel check shares: collect the function definitions of
// a translation unit (outside system headers, instantiations not patterns,
// lambda call operators included), then visit each one once the whole
// translation unit is known, with a FunctionIndex for "where is this?"
// questions (see utils/FunctionIndex.h for why not the AST's parent map).
//
//===----------------------------------------------------------------------===//

#ifndef OTEL_TIDY_UTILS_FUNCTIONVISITINGCHECK_H
#define OTEL_TIDY_UTILS_FUNCTIONVISITINGCHECK_H

#include "clang-tidy/ClangTidyCheck.h"
#include "utils/FunctionIndex.h"

namespace clang::tidy::otel {

class FunctionVisitingCheck : public ClangTidyCheck {
public:
  using ClangTidyCheck::ClangTidyCheck;
  bool isLanguageVersionSupported(const LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus;
  }
  void registerMatchers(ast_matchers::MatchFinder *Finder) final;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) final;
  void onEndOfTranslationUnit() final;

protected:
  /// Visits one function (or lambda call operator) of the translation unit.
  virtual void checkFunction(const FunctionDecl &FD, ASTContext &Ctx) = 0;
  /// Forgets what the check cached for the translation unit.
  virtual void resetTranslationUnit() {}

  FunctionIndex Index;

private:
  ASTContext *Context = nullptr;
};

} // namespace clang::tidy::otel

#endif // OTEL_TIDY_UTILS_FUNCTIONVISITINGCHECK_H
