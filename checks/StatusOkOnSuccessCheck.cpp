//===--- StatusOkOnSuccessCheck.cpp - otel-tidy -----------------*- C++ -*-===//

#include "StatusOkOnSuccessCheck.h"
#include "utils/FixIts.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang::ast_matchers;

namespace clang::tidy::otel {

namespace {

const Stmt *parentOf(const Stmt &S, ASTContext &Ctx) {
  DynTypedNodeList Parents = Ctx.getParents(S);
  return Parents.empty() ? nullptr : Parents[0].get<Stmt>();
}

/// The statement a call stands as (the call with its implicit wrappers),
/// and the statement containing it; {nullptr, nullptr} when the call is
/// part of a larger expression or declaration.
std::pair<const Stmt *, const Stmt *> asStatement(const CallExpr &Call,
                                                  ASTContext &Ctx) {
  const Stmt *S = &Call;
  while (true) {
    const Stmt *P = parentOf(*S, Ctx);
    if (!P)
      return {nullptr, nullptr};
    if (isa<ExprWithCleanups, CXXBindTemporaryExpr, MaterializeTemporaryExpr,
            ImplicitCastExpr>(P)) {
      S = P;
      continue;
    }
    if (isa<Expr>(P))
      return {nullptr, nullptr};
    return {S, P};
  }
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

bool isOnlyStatementOf(const Stmt *S, const Stmt *Container) {
  if (S == Container)
    return true;
  const auto *CS = dyn_cast_or_null<CompoundStmt>(Container);
  return CS && CS->size() == 1 && CS->body_front() == S;
}

/// Edits that remove a statement \p S written as the sub-statement of
/// \p Parent without changing what the surrounding code means.
std::optional<std::vector<FixItHint>>
removeStatement(const Stmt &S, const Stmt *Parent, ASTContext &Ctx) {
  std::optional<CharSourceRange> R = fixits::statementRange(S, Ctx);
  if (!R)
    return std::nullopt;
  if (isa<CompoundStmt>(Parent))
    return std::vector<FixItHint>{fixits::removeLines(*R, Ctx)};
  // The sole statement under a label or an if/loop: keep a statement there.
  if (isa<SwitchCase, LabelStmt>(Parent))
    return std::vector<FixItHint>{FixItHint::CreateReplacement(*R, ";")};
  return std::vector<FixItHint>{FixItHint::CreateReplacement(*R, "{}")};
}

/// Wraps \p Replacement for statement \p S in braces when an `if` without
/// `else` would otherwise capture an enclosing `else`.
std::string braceIfDangling(const Stmt &S, const Stmt *Parent,
                            std::string Replacement) {
  if (!Parent || isa<CompoundStmt>(Parent))
    return Replacement;
  return "{ " + Replacement + " }";
}

/// True when \p If is the unbraced then-branch of an `if` that has an
/// `else`: turning it into an `if` without `else` would capture that `else`.
bool wouldCaptureElse(const IfStmt &If, const Stmt *Parent) {
  const auto *Outer = dyn_cast_or_null<IfStmt>(Parent);
  return Outer && Outer->getThen() == &If && Outer->getElse();
}

} // namespace

StatusOkOnSuccessCheck::StatusOkOnSuccessCheck(StringRef Name,
                                               ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context), Opts(OtelOptions::read(Options)),
      Status(Opts), Paths(Opts, Status) {
  if (!Opts.FailureFunctionPattern.isValid())
    configurationDiag("invalid regular expression in FailureFunctionPattern "
                      "'%0'")
        << Opts.FailureFunctionPattern.source();
}

void StatusOkOnSuccessCheck::storeOptions(ClangTidyOptions::OptionMap &O) {
  Opts.storeStatusOptions(Options, O);
  Opts.storeFailureOptions(Options, O);
}

void StatusOkOnSuccessCheck::registerMatchers(MatchFinder *Finder) {
  Finder->addMatcher(Status.candidateCallMatcher(), this);
}

void StatusOkOnSuccessCheck::onEndOfTranslationUnit() {
  Paths.reset();
  Reported.clear();
}

void StatusOkOnSuccessCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *Call = Result.Nodes.getNodeAs<CallExpr>("call");
  if (!Call)
    return;
  ASTContext &Ctx = *Result.Context;
  std::optional<StatusSet> Set = Status.classify(*Call, Ctx);
  if (!Set || !Set->mayBeOk())
    return;
  // Only instantiations and ordinary code: never the pattern of a template.
  const DeclContext *DC = writtenIn(*Call, Ctx);
  if (DC && DC->isDependentContext())
    return;
  if (const auto *FD = dyn_cast_or_null<FunctionDecl>(DC);
      FD && FD->getTemplateInstantiationPattern() &&
      SpanStatusModel::receiverWrittenThroughTemplate(*Call, Ctx))
    Set->DependsOnTemplateArgument = true;
  diagnose(*Set, Ctx);
}

void StatusOkOnSuccessCheck::diagnose(const StatusSet &Set, ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  const CallExpr &Call = *Set.Call;
  SourceLocation Loc = Call.getExprLoc();
  bool InMacro = Loc.isMacroID() || Call.getBeginLoc().isMacroID();
  if (InMacro)
    Loc = SM.getExpansionLoc(Loc);
  // Templates: one diagnostic per written location.
  if (!Reported.insert(SM.getFileLoc(Loc).getRawEncoding()).second)
    return;

  const void *Span = SpanStatusModel::spanIdentity(Call);
  const CallExpr *ErrorBefore = Set.Api == StatusApi::Wrapper
                                    ? nullptr
                                    : Paths.errorStatusBefore(Call, Span, Ctx);
  if (ErrorBefore) {
    diag(Loc, "span status set to OK after it was set to an error on a path "
              "to here; the last status set wins, so this OK erases the "
              "error");
    diag(ErrorBefore->getExprLoc(), "the error status is set here",
         DiagnosticIDs::Note);
    return;
  }

  FailurePaths::Verdict V = Paths.classify(Call, Ctx);
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
                                     : fixes(Set, Ctx);
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
                                                     ASTContext &Ctx) const {
  auto [S, Parent] = asStatement(*Set.Call, Ctx);
  if (!S || !Parent)
    return {};

  // `span->SetStatus(c ? kOk : kError, d);` -> `if (!c) span->SetStatus(kError,
  // d);`
  if (Set.Conditional) {
    const ConditionalOperator &CO = *Set.Conditional;
    bool OkWhenTrue = Set.TrueArm == StatusMeaning::Ok;
    if (!OkWhenTrue && Set.FalseArm != StatusMeaning::Ok)
      return {};
    // Everything else in the call must be safe to evaluate conditionally.
    for (const Expr *Arg : Set.Call->arguments())
      if (Arg != Set.CodeArg && !fixits::isSideEffectFree(*Arg))
        return {};
    if (const auto *MC = dyn_cast<CXXMemberCallExpr>(Set.Call))
      if (!fixits::isSideEffectFree(*MC->getImplicitObjectArgument()))
        return {};
    std::optional<std::string> Cond =
        OkWhenTrue ? fixits::negatedText(*CO.getCond(), Ctx)
                   : std::optional<std::string>(std::nullopt);
    if (!OkWhenTrue)
      if (auto R = fixits::exprRange(*CO.getCond(), Ctx))
        Cond = fixits::text(*R, Ctx);
    const Expr *Other = OkWhenTrue ? CO.getFalseExpr() : CO.getTrueExpr();
    auto StmtR = fixits::statementRange(*S, Ctx);
    auto ArgR = fixits::exprRange(*Set.CodeArg, Ctx);
    auto OtherR = fixits::exprRange(*Other, Ctx);
    if (!Cond || !StmtR || !ArgR || !OtherR)
      return {};
    const SourceManager &SM = Ctx.getSourceManager();
    std::string Stmt = fixits::text(*StmtR, Ctx);
    unsigned ArgOff = SM.getFileOffset(ArgR->getBegin()) -
                      SM.getFileOffset(StmtR->getBegin());
    unsigned ArgLen =
        SM.getFileOffset(ArgR->getEnd()) - SM.getFileOffset(ArgR->getBegin());
    Stmt.replace(ArgOff, ArgLen, fixits::text(*OtherR, Ctx));
    return {FixItHint::CreateReplacement(
        *StmtR, braceIfDangling(*S, Parent, "if (" + *Cond + ") " + Stmt))};
  }

  // Is the OK statement the whole branch of an `if`?
  const IfStmt *If = dyn_cast<IfStmt>(Parent);
  const Stmt *Branch = S;
  if (!If && isa<CompoundStmt>(Parent) && isOnlyStatementOf(S, Parent)) {
    if (const auto *Up = dyn_cast_or_null<IfStmt>(parentOf(*Parent, Ctx))) {
      If = Up;
      Branch = Parent;
    }
  }
  if (If && (If->getThen() == Branch || If->getElse() == Branch) &&
      !If->isConsteval()) {
    const Stmt *IfParent = parentOf(*If, Ctx);
    if (If->getElse() == Branch) {
      // `if (c) X; else OK;` -> `if (c) X;`
      auto ThenR = fixits::statementRange(*If->getThen(), Ctx);
      auto ElseR = fixits::statementRange(*If->getElse(), Ctx);
      if (!ThenR || !ElseR)
        return {};
      if (wouldCaptureElse(*If, IfParent)) {
        auto IfR = fixits::statementRange(*If, Ctx);
        if (!IfR)
          return {};
        const SourceManager &SM = Ctx.getSourceManager();
        std::string Kept = fixits::text(*IfR, Ctx).substr(
            0, SM.getFileOffset(ThenR->getEnd()) -
                   SM.getFileOffset(IfR->getBegin()));
        return {FixItHint::CreateReplacement(*IfR, "{ " + Kept + " }")};
      }
      return {FixItHint::CreateRemoval(
          CharSourceRange::getCharRange(ThenR->getEnd(), ElseR->getEnd()))};
    }
    if (If->getConditionVariable() || If->isConstexpr())
      return {};
    if (const Stmt *Else = If->getElse()) {
      // `if (c) OK; else X;` -> `if (!c) X;`
      std::optional<std::string> Neg = fixits::negatedText(*If->getCond(), Ctx);
      auto CondR = fixits::exprRange(*If->getCond(), Ctx);
      auto ThenR = fixits::statementRange(*If->getThen(), Ctx);
      auto ElseR = fixits::statementRange(*Else, Ctx);
      auto IfR = fixits::statementRange(*If, Ctx);
      if (!Neg || !CondR || !ThenR || !ElseR || !IfR)
        return {};
      std::string ElseText = fixits::text(*ElseR, Ctx);
      if (isa<IfStmt>(Else))
        ElseText = "{ " + ElseText + " }";
      // Rebuild `if (<init;> !c) X` from the written pieces.
      const SourceManager &SM = Ctx.getSourceManager();
      std::string Whole = fixits::text(*IfR, Ctx);
      unsigned Base = SM.getFileOffset(IfR->getBegin());
      unsigned CondB = SM.getFileOffset(CondR->getBegin()) - Base;
      unsigned CondE = SM.getFileOffset(CondR->getEnd()) - Base;
      unsigned ThenB = SM.getFileOffset(ThenR->getBegin()) - Base;
      std::string Result = Whole.substr(0, CondB) + *Neg +
                           Whole.substr(CondE, ThenB - CondE) + ElseText;
      if (wouldCaptureElse(*If, IfParent))
        Result = "{ " + Result + " }";
      return {FixItHint::CreateReplacement(*IfR, Result)};
    }
    // `if (c) OK;` -> nothing, when evaluating c has no effect.
    if (If->getInit() || !fixits::isSideEffectFree(*If->getCond()) || !IfParent)
      return {};
    if (auto Removal = removeStatement(*If, IfParent, Ctx))
      return *Removal;
    return {};
  }

  if (auto Removal = removeStatement(*S, Parent, Ctx))
    return *Removal;
  return {};
}

} // namespace clang::tidy::otel
