//===--- OtelCheck.cpp - otel-tidy ------------------------------*- C++ -*-===//

#include "OtelCheck.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

namespace clang::tidy::otel {

using namespace ast_matchers;

OtelCheck::OtelCheck(StringRef Name, ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context), Opts(OtelOptions::read(Options)) {
  for (const NamePattern *P : {&Opts.FailureFunctionPattern})
    if (!P->isValid())
      configurationDiag("invalid regular expression in %0 '%1'")
          << P->optionName() << P->source();
}

void OtelCheck::registerMatchers(MatchFinder *Finder) {
  Shared = Analyses::acquire(Finder, Opts);
  Collector = Shared->claimCollection();
  if (Collector) {
    Finder->addMatcher(FunctionIndex::definitionMatcher(), this);
    if (!Shared->storeError().empty())
      configurationDiag("%0", DiagnosticIDs::Error) << Shared->storeError();
  } else { // only to be told when the translation unit ends
    Finder->addMatcher(translationUnitDecl().bind("unit"), this);
  }
}

void OtelCheck::check(const MatchFinder::MatchResult &Result) {
  if (const auto *FD = Result.Nodes.getNodeAs<FunctionDecl>("function"))
    Shared->Index.add(*FD);
  Shared->noteContext(*Result.Context);
}

void OtelCheck::onEndOfTranslationUnit() {
  ASTContext *Ctx = Shared ? Shared->context() : nullptr;
  if (Ctx) {
    Shared->finishCollection(*Ctx);
    for (const FunctionDecl *FD : Shared->Index.functions())
      checkFunction(*FD, *Ctx);
    // The driver's first pass: this unit's exception summaries, for the
    // other units (analysis/SummaryStore.h).
    if (Collector && !Opts.SummaryOutput.empty())
      if (llvm::Error E = writeUnitSummaries(Opts.SummaryOutput, Shared->Flow,
                                             Shared->Index, *Ctx))
        configurationDiag("%0", DiagnosticIDs::Error)
            << llvm::toString(std::move(E));
  }
  Claimed.clear();
}

SourceLocation OtelCheck::writtenLocation(SourceLocation Loc,
                                          const SourceManager &SM) {
  return SM.getFileLoc(Loc.isMacroID() ? SM.getExpansionLoc(Loc) : Loc);
}

bool OtelCheck::claimLocation(SourceLocation Loc, const SourceManager &SM) {
  return Claimed.insert(writtenLocation(Loc, SM).getRawEncoding()).second;
}

bool OtelCheck::isClaimed(SourceLocation Loc, const SourceManager &SM) const {
  return Claimed.count(writtenLocation(Loc, SM).getRawEncoding());
}

} // namespace clang::tidy::otel
