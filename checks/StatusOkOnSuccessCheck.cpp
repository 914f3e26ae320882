//===--- StatusOkOnSuccessCheck.cpp - otel-tidy -----------------*- C++ -*-===//

#include "StatusOkOnSuccessCheck.h"

#include "utils/FixIts.h"
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
    if (!Set) {
      checkStatusArguments(*Call, FD, Ctx);
      return;
    }
    if (callDependsOnTemplateArguments(*Call, FD, Ctx))
      Set->DependsOnTemplateArgument = true;
    if (Set->mayBeOk()) {
      if (!the().Status.isForwarded(*Call, FD, the().Index.parents(FD)))
        diagnose(*Set, FD, Ctx);
      return;
    }
    if (Set->Meaning == StatusMeaning::Unknown && Set->CodeArg &&
        !Set->Conditional)
      followValue(*Set, FD, Ctx);
  });
}

namespace {

/// The code argument of a status set, as a sink of values.
const Expr *statusArgument(const SpanStatusModel &Status, const CallExpr &Call,
                           ASTContext &Ctx) {
  std::optional<StatusSet> Set = Status.classify(Call, Ctx);
  return Set ? Set->CodeArg : nullptr;
}

/// "StatusCode::kUnset" in place of an OK enumerator, where the API has it.
std::optional<FixItHint> unsetInstead(const ValueSource &S,
                                      const StatusSet &Set,
                                      const ASTContext &Ctx) {
  if (Set.Api != StatusApi::OpenTelemetry || !S.Value ||
      S.Value->getBeginLoc().isMacroID())
    return std::nullopt;
  return fixits::renameEnumerator(*S.Value, "kUnset", Ctx);
}

} // namespace

bool StatusOkOnSuccessCheck::isForwarded(const ValueSource &S) {
  const Stmt *Where = S.Definition ? S.Definition : S.Value;
  return Where && S.In &&
         the().Status.isForwarded(*Where, *S.In, the().Index.parents(*S.In));
}

void StatusOkOnSuccessCheck::followValue(const StatusSet &Set,
                                         const FunctionDecl &FD,
                                         ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  for (const ValueSource &S : the().Values.sourcesOf(*Set.CodeArg, FD)) {
    if (!S.Value || S.Parameter ||
        the().Status.meaningOfValue(S.Value, Set, Ctx) != StatusMeaning::Ok ||
        isForwarded(S))
      continue;
    bool Fixable = !Set.DependsOnTemplateArgument &&
                   !S.In->getTemplateInstantiationPattern();
    if (S.Through) {
      // A mapping function of this translation unit returns OK: the finding
      // and its fix belong inside it.
      SourceLocation Loc = writtenLocation(S.Value->getBeginLoc(), SM);
      if (!claimLocation(Loc, SM))
        continue;
      {
        auto D = diag(Loc, "'%0' returns OK, and its result is set as a span "
                           "status; leave the status unset when the "
                           "operation succeeds")
                 << S.Through->getDirectCallee()->getNameAsString();
        if (Fixable)
          if (auto Fix = unsetInstead(S, Set, Ctx))
            D << *Fix;
      }
      diag(Set.Call->getExprLoc(), "its result is set as the span status here",
           DiagnosticIDs::Note);
      continue;
    }
    // Through a local: at the status set, with the assignment in a note.
    SourceLocation Loc = writtenLocation(Set.Call->getExprLoc(), SM);
    if (!claimLocation(Loc, SM))
      return;
    {
      auto D = diag(Loc, "span status set to OK through a variable; leave it "
                         "unset when the operation succeeds");
      if (Fixable && S.Definition)
        if (auto Fix = unsetInstead(S, Set, Ctx))
          D << *Fix;
    }
    diag(writtenLocation(S.Value->getBeginLoc(), SM), "set to OK here",
         DiagnosticIDs::Note);
    return;
  }
}

void StatusOkOnSuccessCheck::checkStatusArguments(const CallExpr &Call,
                                                  const FunctionDecl &FD,
                                                  ASTContext &Ctx) {
  const FunctionDecl *Callee = ValueFlow::definedCallee(Call);
  if (!Callee)
    return;
  const SpanStatusModel &Status = the().Status;
  const std::vector<unsigned> &Params = the().Values.parametersReaching(
      *Callee, "status",
      [&](const CallExpr &C, const FunctionDecl &) -> const Expr * {
        return statusArgument(Status, C, Ctx);
      });
  const SourceManager &SM = Ctx.getSourceManager();
  for (unsigned P : Params) {
    const Expr *Arg = ValueFlow::argumentFor(Call, P);
    if (!Arg)
      continue;
    // What the argument means, read with the type of the callee's status.
    StatusSet Probe;
    Probe.Api = StatusApi::OpenTelemetry;
    const auto *ET = Callee->getParamDecl(P)
                         ->getType()
                         .getNonReferenceType()
                         .getCanonicalType()
                         ->getAs<EnumType>();
    if (!ET)
      continue;
    Probe.Enum = ET->getDecl();
    if (qualifiedName(*Probe.Enum) == "::opencensus::trace::StatusCode")
      Probe.Api = StatusApi::OpenCensus;
    for (const ValueSource &S : the().Values.sourcesOf(*Arg, FD)) {
      if (!S.Value || S.Parameter ||
          Status.meaningOfValue(S.Value, Probe, Ctx) != StatusMeaning::Ok ||
          isForwarded(S))
        continue;
      SourceLocation Loc = writtenLocation(Arg->getBeginLoc(), SM);
      if (!claimLocation(Loc, SM))
        return;
      bool Fixable = !FD.getTemplateInstantiationPattern() &&
                     !Call.getBeginLoc().isMacroID() && S.In == &FD;
      {
        auto D = diag(Loc, "'%0' sets the span status from this argument, "
                           "which is OK; leave the status unset when the "
                           "operation succeeds")
                 << Callee->getNameAsString();
        if (Fixable)
          if (auto Fix = unsetInstead(S, Probe, Ctx))
            D << *Fix;
      }
      if (S.Definition)
        diag(writtenLocation(S.Value->getBeginLoc(), SM), "set to OK here",
             DiagnosticIDs::Note);
      return;
    }
  }
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
