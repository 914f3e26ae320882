//===--- OtelCheck.h - otel-tidy --------------------------------*- C++ -*-===//
//
// The base of every otel check. A check only says what it looks for in one
// function (checkFunction) and which options it reads (storeOptions); the
// base gives it:
//  - the translation unit's shared models and analyses (analysis/Analyses.h),
//    built once for all otel checks;
//  - each function definition of the translation unit (outside system
//    headers, instantiations not patterns, lambda call operators included),
//    visited once the whole translation unit is known;
//  - one finding per written location (templates instantiate a statement
//    many times; a macro expands at many places): claimLocation().
//
//===----------------------------------------------------------------------===//

#ifndef OTEL_TIDY_OTELCHECK_H
#define OTEL_TIDY_OTELCHECK_H

#include "analysis/Analyses.h"
#include "clang-tidy/ClangTidyCheck.h"
#include "llvm/ADT/DenseSet.h"
#include <memory>

namespace clang::tidy::otel {

class OtelCheck : public ClangTidyCheck {
public:
  OtelCheck(StringRef Name, ClangTidyContext *Context);
  bool isLanguageVersionSupported(const LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus;
  }
  void registerMatchers(ast_matchers::MatchFinder *Finder) final;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) final;
  void onEndOfTranslationUnit() final;

protected:
  /// Visits one function (or lambda call operator) of the translation unit.
  virtual void checkFunction(const FunctionDecl &FD, ASTContext &Ctx) = 0;

  /// The shared models and analyses of the translation unit.
  Analyses &the() { return *Shared; }
  const OtelOptions &options() const { return Opts; }

  /// Where a finding at \p Loc is written: the macro's use for a location
  /// inside a macro expansion.
  static SourceLocation writtenLocation(SourceLocation Loc,
                                        const SourceManager &SM);
  /// True the first time a finding is claimed at the written location of
  /// \p Loc; false for every later instantiation or expansion.
  bool claimLocation(SourceLocation Loc, const SourceManager &SM);
  /// Whether a finding was already claimed there.
  bool isClaimed(SourceLocation Loc, const SourceManager &SM) const;

  const OtelOptions Opts;

private:
  std::shared_ptr<Analyses> Shared;
  bool Collector = false;
  llvm::DenseSet<unsigned> Claimed;
};

} // namespace clang::tidy::otel

#endif // OTEL_TIDY_OTELCHECK_H
