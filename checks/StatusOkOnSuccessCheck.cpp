//===--- StatusOkOnSuccessCheck.cpp - otel-tidy -----------------*- C++ -*-===//

#include "StatusOkOnSuccessCheck.h"

#include "utils/StatementEdits.h"
#include "utils/Templates.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"

#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang::ast_matchers;

namespace clang::tidy::otel {

void StatusOkOnSuccessCheck::storeOptions(ClangTidyOptions::OptionMap &O) {
  Opts.store(Options, O, {OptionGroup::Status, OptionGroup::Failure});
}

void StatusOkOnSuccessCheck::checkFunction(const FunctionDecl &FD,
                                           ASTContext &Ctx) {
  FunctionIndex::forEachStmt(FD, [&](const Stmt *S) {
    const auto *Call = dyn_cast<CallExpr>(S);
    if (!Call)
      return;
    std::optional<StatusSet> Set = the().Status.classify(*Call, Ctx);
    if (!Set || !Set->mayBeOk())
      return;
    if (callDependsOnTemplateArguments(*Call, FD, Ctx))
      Set->DependsOnTemplateArgument = true;
    diagnose(*Set, FD, Ctx);
  });
}

void StatusOkOnSuccessCheck::diagnose(const StatusSet &Set,
                                      const FunctionDecl &FD, ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  const CallExpr &Call = *Set.Call;
  SourceLocation Loc = Call.getExprLoc();
  bool InMacro = Loc.isMacroID() || Call.getBeginLoc().isMacroID();
  if (InMacro)
    Loc = SM.getExpansionLoc(Loc);
  if (!claimLocation(Loc, SM))
    return;
  FailurePaths &Paths = the().Paths;

  const void *Span = SpanStatusModel::spanIdentity(Call);
  const CallExpr *ErrorBefore =
      Set.Api == StatusApi::Wrapper
          ? nullptr
          : Paths.errorStatusBefore(Call, FD, Span, Ctx);
  if (ErrorBefore) {
    diag(Loc, "span status set to OK after it was set to an error on a path "
              "to here; the last status set wins, so this OK erases the "
              "error");
    diag(ErrorBefore->getExprLoc(), "the error status is set here",
         DiagnosticIDs::Note);
    return;
  }

  FailurePaths::Verdict V = Paths.classify(Call, FD, Ctx);
  if (V.Analyzed && !V.OnSuccessPath && !Set.Conditional) {
    diag(Loc, "span status set to OK on a failure path; the last status set "
              "wins, so this OK hides the failure");
    diag(Loc,
         "if the operation failed, set %0 here; if the error was handled, "
         "leave the status unset",
         DiagnosticIDs::Note)
        << (Set.Api == StatusApi::OpenCensus ? "a canonical code other than OK"
            : Set.Api == StatusApi::OpenTelemetry ? "StatusCode::kError"
                                                  : "an error status");
    return;
  }

  std::string Callee;
  if (const FunctionDecl *FD = Call.getDirectCallee())
    Callee = FD->getQualifiedNameAsString();
  std::vector<FixItHint> Hints = InMacro || Set.DependsOnTemplateArgument
                                     ? std::vector<FixItHint>{}
                                     : fixes(Set, FD, Ctx);
  switch (Set.Api) {
  case StatusApi::OpenTelemetry:
    diag(Loc, "span status explicitly set to OK; leave it unset when the "
              "operation succeeds")
        << Hints;
    break;
  case StatusApi::OpenCensus:
    diag(Loc, "explicit OK status is redundant: OK is the default status of "
              "an OpenCensus span")
        << Hints;
    break;
  case StatusApi::Wrapper:
    diag(Loc, "'%0' sets the span status to OK; leave it unset when the "
              "operation succeeds")
        << Callee << Hints;
    break;
  }
}

std::vector<FixItHint> StatusOkOnSuccessCheck::fixes(const StatusSet &Set,
                                                     const FunctionDecl &FD,
                                                     ASTContext &Ctx) {
  const ParentMap &PM = the().Index.parents(FD);
  // `span->SetStatus(c ? kOk : kError, d);` -> `if (!c) span->SetStatus(kError,
  // d);`
  if (Set.Conditional) {
    if (Set.TrueArm != StatusMeaning::Ok && Set.FalseArm != StatusMeaning::Ok)
      return {};
    return fixits::guardByCondition(*Set.Call, *Set.CodeArg, *Set.Conditional,
                                    Set.TrueArm == StatusMeaning::Ok, PM, Ctx);
  }
  return fixits::removeCallStatement(*Set.Call, PM, Ctx);
}

} // namespace clang::tidy::otel
