//===--- ParentMapProbe.cpp - otel-tidy benchmark ---------------*- C++ -*-===//
//
// NOT part of otel-tidy. A throw-away clang-tidy plugin that run.py --probe
// builds into its temporary directory to split the otel checks' cost into
// pieces that can be timed with --enable-check-profile:
//
//   probe-match    the candidate matcher of otel-status-ok-on-success
//                  (a SetStatus call on a trace::Span or opencensus Span),
//                  with an empty check(): what matching alone costs;
//   probe-match-user  the same matcher behind
//   unless(isExpansionInSystemHeader()):
//                  what matching costs when system-header code is skipped
//                  first;
//   probe-parents  the same as probe-match, plus one ASTContext::getParents()
//   call per
//                  match: what building the ParentMapContext (a parent map of
//                  the whole translation unit, system headers included) costs;
//   probe-local    the alternative: match function definitions outside system
//                  headers and build a clang::ParentMap of each body (what a
//                  check needs to walk up from a call inside its function).
//
//===----------------------------------------------------------------------===//

#include "clang-tidy/ClangTidyCheck.h"
#include "clang-tidy/ClangTidyModule.h"
#include "clang-tidy/ClangTidyModuleRegistry.h"
#include "clang/AST/ParentMap.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang::ast_matchers;

namespace clang::tidy::otelbenchprobe {

namespace {

StatementMatcher candidate(bool UserCodeOnly = false) {
  if (UserCodeOnly)
    return callExpr(unless(isExpansionInSystemHeader()),
                    callee(cxxMethodDecl(
                        hasName("SetStatus"),
                        ofClass(cxxRecordDecl(anyOf(
                            isSameOrDerivedFrom("::opentelemetry::trace::Span"),
                            hasName("::opencensus::trace::Span")))))))
        .bind("call");
  return callExpr(callee(cxxMethodDecl(
                      hasName("SetStatus"),
                      ofClass(cxxRecordDecl(anyOf(
                          isSameOrDerivedFrom("::opentelemetry::trace::Span"),
                          hasName("::opencensus::trace::Span")))))))
      .bind("call");
}

template <bool AskParents, bool UserCodeOnly = false>
class ProbeCheck : public ClangTidyCheck {
public:
  using ClangTidyCheck::ClangTidyCheck;
  void registerMatchers(MatchFinder *Finder) override {
    Finder->addMatcher(candidate(UserCodeOnly), this);
  }
  void check(const MatchFinder::MatchResult &Result) override {
    if (!AskParents)
      return;
    if (const auto *Call = Result.Nodes.getNodeAs<CallExpr>("call"))
      Sink += Result.Context->getParents(*Call).size();
  }

private:
  size_t Sink = 0;
};

class LocalParentsCheck : public ClangTidyCheck {
public:
  using ClangTidyCheck::ClangTidyCheck;
  void registerMatchers(MatchFinder *Finder) override {
    Finder->addMatcher(functionDecl(isDefinition(),
                                    unless(isExpansionInSystemHeader()),
                                    hasBody(stmt().bind("body"))),
                       this);
  }
  void check(const MatchFinder::MatchResult &Result) override {
    if (const auto *Body = Result.Nodes.getNodeAs<Stmt>("body")) {
      ParentMap PM(const_cast<Stmt *>(Body));
      Sink += PM.hasParent(Body);
    }
  }

private:
  size_t Sink = 0;
};

class ProbeModule : public ClangTidyModule {
public:
  void addCheckFactories(ClangTidyCheckFactories &Factories) override {
    Factories.registerCheck<ProbeCheck<false>>("probe-match");
    Factories.registerCheck<ProbeCheck<false, true>>("probe-match-user");
    Factories.registerCheck<ProbeCheck<true>>("probe-parents");
    Factories.registerCheck<LocalParentsCheck>("probe-local");
  }
};

ClangTidyModuleRegistry::Add<ProbeModule> X("otel-bench-probe",
                                            "otel-tidy benchmark probes");

} // namespace
} // namespace clang::tidy::otelbenchprobe
