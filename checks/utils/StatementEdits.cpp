//===--- StatementEdits.cpp - otel-tidy -------------------------*- C++ -*-===//

#include "utils/StatementEdits.h"
#include "utils/FixIts.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Basic/SourceManager.h"

namespace clang::tidy::otel::fixits {

namespace {
const Stmt *parentOf(const Stmt &S, const ParentMap &PM) {
  return PM.getParent(&S);
}
} // namespace

/// The statement a call stands as (the call with its implicit wrappers),
/// and the statement containing it; {nullptr, nullptr} when the call is
/// part of a larger expression or declaration.
std::pair<const Stmt *, const Stmt *> asStatement(const CallExpr &Call,
                                                  const ParentMap &PM) {
  const Stmt *S = &Call;
  while (true) {
    const Stmt *P = parentOf(*S, PM);
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

namespace {

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
  std::optional<CharSourceRange> R = statementRange(S, Ctx);
  if (!R)
    return std::nullopt;
  if (isa<CompoundStmt>(Parent))
    return std::vector<FixItHint>{removeLines(*R, Ctx)};
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

std::vector<FixItHint> removeCallStatement(const CallExpr &Call,
                                           const ParentMap &PM,
                                           ASTContext &Ctx) {
  auto [S, Parent] = asStatement(Call, PM);
  if (!S || !Parent)
    return {};
  // Removing the call removes the evaluation of its object too:
  // `Current()->SetAttribute(...)` may do more than find the span.
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(&Call))
    if (!isSideEffectFree(*MC->getImplicitObjectArgument()))
      return {};

  // Is the statement the whole branch of an `if`?
  const IfStmt *If = dyn_cast<IfStmt>(Parent);
  const Stmt *Branch = S;
  if (!If && isa<CompoundStmt>(Parent) && isOnlyStatementOf(S, Parent)) {
    if (const auto *Up = dyn_cast_or_null<IfStmt>(parentOf(*Parent, PM))) {
      If = Up;
      Branch = Parent;
    }
  }
  if (If && (If->getThen() == Branch || If->getElse() == Branch) &&
      !If->isConsteval()) {
    const Stmt *IfParent = parentOf(*If, PM);
    if (If->getElse() == Branch) {
      // `if (c) X; else CALL;` -> `if (c) X;`
      auto ThenR = statementRange(*If->getThen(), Ctx);
      auto ElseR = statementRange(*If->getElse(), Ctx);
      if (!ThenR || !ElseR)
        return {};
      if (wouldCaptureElse(*If, IfParent)) {
        auto IfR = statementRange(*If, Ctx);
        if (!IfR)
          return {};
        const SourceManager &SM = Ctx.getSourceManager();
        std::string Kept =
            text(*IfR, Ctx).substr(0, SM.getFileOffset(ThenR->getEnd()) -
                                          SM.getFileOffset(IfR->getBegin()));
        return {FixItHint::CreateReplacement(*IfR, "{ " + Kept + " }")};
      }
      return {FixItHint::CreateRemoval(
          CharSourceRange::getCharRange(ThenR->getEnd(), ElseR->getEnd()))};
    }
    if (If->getConditionVariable() || If->isConstexpr())
      return {};
    if (const Stmt *Else = If->getElse()) {
      // `if (c) CALL; else X;` -> `if (!c) X;`
      std::optional<std::string> Neg = negatedText(*If->getCond(), Ctx);
      auto CondR = exprRange(*If->getCond(), Ctx);
      auto ThenR = statementRange(*If->getThen(), Ctx);
      auto ElseR = statementRange(*Else, Ctx);
      auto IfR = statementRange(*If, Ctx);
      if (!Neg || !CondR || !ThenR || !ElseR || !IfR)
        return {};
      std::string ElseText = text(*ElseR, Ctx);
      if (isa<IfStmt>(Else))
        ElseText = "{ " + ElseText + " }";
      // Rebuild `if (<init;> !c) X` from the written pieces.
      const SourceManager &SM = Ctx.getSourceManager();
      std::string Whole = text(*IfR, Ctx);
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
    // `if (c) CALL;` -> nothing, when evaluating c has no effect.
    if (If->getInit() || !isSideEffectFree(*If->getCond()) || !IfParent)
      return {};
    if (auto Removal = removeStatement(*If, IfParent, Ctx))
      return *Removal;
    return {};
  }

  if (auto Removal = removeStatement(*S, Parent, Ctx))
    return *Removal;
  return {};
}

std::vector<FixItHint> guardByCondition(const CallExpr &Call, const Expr &Arg,
                                        const ConditionalOperator &CO,
                                        bool DropTrueArm, const ParentMap &PM,
                                        ASTContext &Ctx) {
  auto [S, Parent] = asStatement(Call, PM);
  if (!S || !Parent)
    return {};
  bool DropTrue = DropTrueArm;
  {
    // Everything else in the call must be safe to evaluate conditionally.
    for (const Expr *A : Call.arguments())
      if (A != &Arg && !isSideEffectFree(*A))
        return {};
    if (const auto *MC = dyn_cast<CXXMemberCallExpr>(&Call))
      if (!isSideEffectFree(*MC->getImplicitObjectArgument()))
        return {};
    std::optional<std::string> Cond =
        DropTrue ? negatedText(*CO.getCond(), Ctx)
                 : std::optional<std::string>(std::nullopt);
    if (!DropTrue)
      if (auto R = exprRange(*CO.getCond(), Ctx))
        Cond = text(*R, Ctx);
    const Expr *Other = DropTrue ? CO.getFalseExpr() : CO.getTrueExpr();
    auto StmtR = statementRange(*S, Ctx);
    auto ArgR = exprRange(Arg, Ctx);
    auto OtherR = exprRange(*Other, Ctx);
    if (!Cond || !StmtR || !ArgR || !OtherR)
      return {};
    const SourceManager &SM = Ctx.getSourceManager();
    std::string Stmt = text(*StmtR, Ctx);
    unsigned ArgOff = SM.getFileOffset(ArgR->getBegin()) -
                      SM.getFileOffset(StmtR->getBegin());
    unsigned ArgLen =
        SM.getFileOffset(ArgR->getEnd()) - SM.getFileOffset(ArgR->getBegin());
    Stmt.replace(ArgOff, ArgLen, text(*OtherR, Ctx));
    return {FixItHint::CreateReplacement(
        *StmtR, braceIfDangling(*S, Parent, "if (" + *Cond + ") " + Stmt))};
  }
}

std::vector<FixItHint> insertStatementAfter(const CallExpr &Call,
                                            llvm::StringRef Text,
                                            const ParentMap &PM,
                                            ASTContext &Ctx) {
  auto [S, Parent] = asStatement(Call, PM);
  if (!S || !isa_and_nonnull<CompoundStmt>(Parent))
    return {};
  std::optional<CharSourceRange> R = statementRange(*S, Ctx);
  if (!R)
    return {};
  const SourceManager &SM = Ctx.getSourceManager();
  bool Invalid = false;
  llvm::StringRef Buffer =
      SM.getBufferData(SM.getFileID(R->getBegin()), &Invalid);
  if (Invalid)
    return {};
  unsigned Begin = SM.getFileOffset(R->getBegin());
  unsigned LineStart = Begin;
  while (LineStart > 0 && Buffer[LineStart - 1] != '\n')
    --LineStart;
  llvm::StringRef Indent = Buffer.substr(LineStart, Begin - LineStart);
  if (Indent.find_first_not_of(" \t") != llvm::StringRef::npos)
    Indent = ""; // the statement does not start its line
  return {
      FixItHint::CreateInsertion(R->getEnd(), ("\n" + Indent + Text).str())};
}

} // namespace clang::tidy::otel::fixits
