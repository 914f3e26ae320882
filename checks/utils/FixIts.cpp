//===--- FixIts.cpp - otel-tidy ---------------------------------*- C++ -*-===//

#include "utils/FixIts.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"

namespace clang::tidy::otel::fixits {

namespace {

/// The last token of a statement: its `;` or closing `}`.
std::optional<SourceLocation> lastToken(const Stmt &S, const ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  const LangOptions &LO = Ctx.getLangOpts();
  if (const auto *CS = dyn_cast<CompoundStmt>(&S))
    return CS->getRBracLoc();
  if (const auto *If = dyn_cast<IfStmt>(&S))
    return lastToken(If->getElse() ? *If->getElse() : *If->getThen(), Ctx);
  if (const auto *W = dyn_cast<WhileStmt>(&S))
    return lastToken(*W->getBody(), Ctx);
  if (const auto *F = dyn_cast<ForStmt>(&S))
    return lastToken(*F->getBody(), Ctx);
  if (const auto *F = dyn_cast<CXXForRangeStmt>(&S))
    return lastToken(*F->getBody(), Ctx);
  if (const auto *Sw = dyn_cast<SwitchStmt>(&S))
    return lastToken(*Sw->getBody(), Ctx);
  if (const auto *T = dyn_cast<CXXTryStmt>(&S))
    return lastToken(*T->getHandler(T->getNumHandlers() - 1), Ctx);
  if (const auto *C = dyn_cast<CXXCatchStmt>(&S))
    return lastToken(*C->getHandlerBlock(), Ctx);
  if (const auto *L = dyn_cast<LabelStmt>(&S))
    return lastToken(*L->getSubStmt(), Ctx);
  if (const auto *SC = dyn_cast<SwitchCase>(&S))
    return lastToken(*SC->getSubStmt(), Ctx);
  // Expression, declaration, return, break, continue, do-while, null: the
  // statement ends with a `;` after its last token.
  SourceLocation End = S.getEndLoc();
  if (End.isInvalid() || End.isMacroID())
    return std::nullopt;
  if (isa<NullStmt>(S))
    return End;
  std::optional<Token> Next = Lexer::findNextToken(End, SM, LO);
  if (!Next || !Next->is(tok::semi) || Next->getLocation().isMacroID())
    return std::nullopt;
  return Next->getLocation();
}

} // namespace

std::optional<CharSourceRange> statementRange(const Stmt &S,
                                              const ASTContext &Ctx) {
  std::optional<SourceLocation> Last = lastToken(S, Ctx);
  if (!Last || S.getBeginLoc().isMacroID() || Last->isMacroID())
    return std::nullopt;
  CharSourceRange R = Lexer::makeFileCharRange(
      CharSourceRange::getTokenRange(S.getBeginLoc(), *Last),
      Ctx.getSourceManager(), Ctx.getLangOpts());
  if (R.isInvalid())
    return std::nullopt;
  return Lexer::getAsCharRange(R, Ctx.getSourceManager(), Ctx.getLangOpts());
}

std::optional<CharSourceRange> exprRange(const Expr &E, const ASTContext &Ctx) {
  CharSourceRange R = Lexer::makeFileCharRange(
      CharSourceRange::getTokenRange(E.getSourceRange()),
      Ctx.getSourceManager(), Ctx.getLangOpts());
  if (R.isInvalid())
    return std::nullopt;
  return Lexer::getAsCharRange(R, Ctx.getSourceManager(), Ctx.getLangOpts());
}

std::string text(CharSourceRange R, const ASTContext &Ctx) {
  return Lexer::getSourceText(R, Ctx.getSourceManager(), Ctx.getLangOpts())
      .str();
}

FixItHint removeLines(CharSourceRange R, const ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  R = Lexer::makeFileCharRange(R, SM, Ctx.getLangOpts());
  bool Invalid = false;
  llvm::StringRef Buffer =
      SM.getBufferData(SM.getFileID(R.getBegin()), &Invalid);
  if (Invalid)
    return FixItHint::CreateRemoval(R);
  unsigned Begin = SM.getFileOffset(R.getBegin());
  unsigned End = SM.getFileOffset(R.getEnd());
  unsigned LineBegin = Begin;
  while (LineBegin > 0 &&
         (Buffer[LineBegin - 1] == ' ' || Buffer[LineBegin - 1] == '\t'))
    --LineBegin;
  unsigned LineEnd = End;
  while (LineEnd < Buffer.size() &&
         (Buffer[LineEnd] == ' ' || Buffer[LineEnd] == '\t'))
    ++LineEnd;
  bool StartsLine = LineBegin == 0 || Buffer[LineBegin - 1] == '\n';
  bool EndsLine = LineEnd == Buffer.size() || Buffer[LineEnd] == '\n' ||
                  Buffer[LineEnd] == '\r';
  if (StartsLine && EndsLine) {
    // Remove the line with the newline *before* it: clang's fix-it merging
    // widens a removal that is followed by a blank, so the removal must end
    // at a newline, not at the next line's indentation.
    if (LineBegin > 0) {
      Begin = LineBegin - 1;
      if (Begin > 0 && Buffer[Begin] == '\n' && Buffer[Begin - 1] == '\r')
        --Begin;
      End = LineEnd;
    } else {
      Begin = LineBegin;
      End = LineEnd;
      if (End < Buffer.size() && Buffer[End] == '\r')
        ++End;
      if (End < Buffer.size() && Buffer[End] == '\n')
        ++End;
    }
  } else if (EndsLine) {
    Begin = LineBegin; // drop the blanks before it: `x; OK;` -> `x;`
  } else {
    End = LineEnd; // drop the blanks after it
  }
  SourceLocation FileStart =
      SM.getLocForStartOfFile(SM.getFileID(R.getBegin()));
  return FixItHint::CreateRemoval(CharSourceRange::getCharRange(
      FileStart.getLocWithOffset(Begin), FileStart.getLocWithOffset(End)));
}

namespace {

const char *inverseOperator(BinaryOperatorKind Op) {
  switch (Op) {
  case BO_LT:
    return ">=";
  case BO_LE:
    return ">";
  case BO_GT:
    return "<=";
  case BO_GE:
    return "<";
  case BO_EQ:
    return "!=";
  case BO_NE:
    return "==";
  default:
    return nullptr;
  }
}

bool isPostfixLike(const Expr *E) {
  return isa<DeclRefExpr, MemberExpr, CallExpr, ArraySubscriptExpr, ParenExpr,
             CXXBoolLiteralExpr, IntegerLiteral, CXXThisExpr>(E);
}

} // namespace

std::optional<std::string> negatedText(const Expr &Cond,
                                       const ASTContext &Ctx) {
  const Expr *E = Cond.IgnoreImplicit();
  std::optional<CharSourceRange> R = exprRange(*E, Ctx);
  if (!R)
    return std::nullopt;
  std::string Whole = text(*R, Ctx);
  if (const auto *P = dyn_cast<ParenExpr>(E))
    if (!E->getBeginLoc().isMacroID())
      return negatedText(*P->getSubExpr(), Ctx);
  if (const auto *UO = dyn_cast<UnaryOperator>(E);
      UO && UO->getOpcode() == UO_LNot && !UO->getBeginLoc().isMacroID()) {
    const Expr *Sub = UO->getSubExpr()->IgnoreImplicit();
    if (const auto *P = dyn_cast<ParenExpr>(Sub))
      Sub = P->getSubExpr();
    if (auto SR = exprRange(*Sub, Ctx))
      return text(*SR, Ctx);
    return std::nullopt;
  }
  if (const auto *BO = dyn_cast<BinaryOperator>(E);
      BO && !BO->getOperatorLoc().isMacroID() &&
      !BO->getLHS()->getType()->isFloatingType()) {
    if (const char *Inv = inverseOperator(BO->getOpcode())) {
      auto LR = exprRange(*BO->getLHS(), Ctx);
      auto RR = exprRange(*BO->getRHS(), Ctx);
      if (LR && RR) {
        const SourceManager &SM = Ctx.getSourceManager();
        // Keep the spacing as written around the operator.
        unsigned WholeBegin = SM.getFileOffset(R->getBegin());
        unsigned OpBegin = SM.getFileOffset(BO->getOperatorLoc());
        unsigned OpLen = BinaryOperator::getOpcodeStr(BO->getOpcode()).size();
        return Whole.substr(0, OpBegin - WholeBegin) + Inv +
               Whole.substr(OpBegin - WholeBegin + OpLen);
      }
    }
  }
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E)) {
    // Overloaded == and != are complementary by convention.
    OverloadedOperatorKind K = Op->getOperator();
    if ((K == OO_EqualEqual || K == OO_ExclaimEqual) &&
        !Op->getOperatorLoc().isMacroID()) {
      const SourceManager &SM = Ctx.getSourceManager();
      unsigned Off = SM.getFileOffset(Op->getOperatorLoc()) -
                     SM.getFileOffset(R->getBegin());
      return Whole.substr(0, Off) + (K == OO_EqualEqual ? "!=" : "==") +
             Whole.substr(Off + 2);
    }
    return "!(" + Whole + ")";
  }
  if (isPostfixLike(E))
    return "!" + Whole;
  return "!(" + Whole + ")";
}

std::optional<FixItHint> renameEnumerator(const Expr &E, llvm::StringRef Name,
                                          const ASTContext &Ctx) {
  const auto *DRE = dyn_cast<DeclRefExpr>(E.IgnoreParenImpCasts());
  if (!DRE || !isa<EnumConstantDecl>(DRE->getDecl()) ||
      DRE->getLocation().isMacroID())
    return std::nullopt;
  return FixItHint::CreateReplacement(
      CharSourceRange::getTokenRange(DRE->getLocation()), Name);
}

bool isSideEffectFree(const Expr &E) {
  const Expr *X = &E;
  if (isa<CXXThrowExpr, CXXNewExpr, CXXDeleteExpr, LambdaExpr>(X))
    return false;
  if (const auto *UO = dyn_cast<UnaryOperator>(X))
    if (UO->isIncrementDecrementOp())
      return false;
  if (const auto *BO = dyn_cast<BinaryOperator>(X))
    if (BO->isAssignmentOp())
      return false;
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(X)) {
    OverloadedOperatorKind K = Op->getOperator();
    bool Reads = K == OO_Arrow || K == OO_Star || K == OO_EqualEqual ||
                 K == OO_ExclaimEqual || K == OO_Less || K == OO_Greater ||
                 K == OO_LessEqual || K == OO_GreaterEqual || K == OO_Exclaim ||
                 K == OO_Subscript || K == OO_AmpAmp || K == OO_PipePipe;
    if (!Reads)
      return false;
  } else if (const auto *MC = dyn_cast<CXXMemberCallExpr>(X)) {
    const CXXMethodDecl *MD = MC->getMethodDecl();
    if (!MD || !(MD->isConst() || isa<CXXConversionDecl>(MD)))
      return false;
  } else if (const auto *CE = dyn_cast<CallExpr>(X)) {
    const FunctionDecl *FD = CE->getDirectCallee();
    if (!FD)
      return false;
    bool Accessor = false;
    if (FD->getDeclName().isIdentifier()) {
      llvm::StringRef N = FD->getName();
      Accessor = N.starts_with("Get") || N.starts_with("get") ||
                 N.starts_with("Is") || N.starts_with("is") ||
                 N.starts_with("Has") || N.starts_with("has");
    }
    if (!Accessor && !FD->isConstexpr())
      return false;
  }
  // Constructing a value (a string_view from a literal, a std::string from
  // e.what()) is taken as pure; its arguments are checked below.
  for (const Stmt *Child : X->children())
    if (const auto *CE = dyn_cast_or_null<Expr>(Child))
      if (!isSideEffectFree(*CE))
        return false;
  return true;
}

} // namespace clang::tidy::otel::fixits
