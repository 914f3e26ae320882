//===--- StatusDescriptionCheck.cpp - otel-tidy -----------------*- C++ -*-===//

#include "StatusDescriptionCheck.h"
#include "utils/Expressions.h"
#include "utils/FixIts.h"
#include "utils/Templates.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Lex/Lexer.h"

namespace clang::tidy::otel {

namespace {

/// The description argument of a status set (written or defaulted), the one
/// after the status code.
const Expr *descriptionOf(const StatusSet &Set) {
  if (!Set.CodeArg)
    return nullptr;
  for (unsigned I = 0; I + 1 < Set.Call->getNumArgs(); ++I)
    if (Set.Call->getArg(I) == Set.CodeArg) {
      const Expr *D = Set.Call->getArg(I + 1);
      QualType T = D->getType().getNonReferenceType();
      bool Text = T->isPointerType() || T->isRecordType();
      return Text ? D : nullptr;
    }
  return nullptr;
}

bool isWritten(const Expr *Desc) {
  return Desc && !isa<CXXDefaultArgExpr>(Desc->IgnoreImplicit());
}

/// Removes `, description` after the status code.
std::optional<FixItHint> dropDescription(const StatusSet &Set, const Expr &Desc,
                                         const ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  SourceLocation From = Set.CodeArg->getEndLoc();
  SourceLocation To = Desc.getEndLoc();
  if (From.isMacroID() || To.isMacroID())
    return std::nullopt;
  From = Lexer::getLocForEndOfToken(From, 0, SM, Ctx.getLangOpts());
  To = Lexer::getLocForEndOfToken(To, 0, SM, Ctx.getLangOpts());
  if (From.isInvalid() || To.isInvalid())
    return std::nullopt;
  return FixItHint::CreateRemoval(CharSourceRange::getCharRange(From, To));
}

/// "Error", "ERROR", "kError", "StatusCode::kError"; for OpenCensus the
/// code's own name ("NOT_FOUND").
bool repeatsCode(llvm::StringRef Desc, const StatusSet &Set, ASTContext &Ctx) {
  std::string Lower = Desc.trim().lower();
  if (Lower == "error" || Lower == "kerror" || Lower == "statuscode::kerror" ||
      Lower == "status_code_error")
    return true;
  if (Set.Api != StatusApi::OpenCensus || !Set.Enum)
    return false;
  Expr::EvalResult R;
  const Expr *Code = ignoreWrappers(Set.CodeArg);
  if (!Code || Code->isValueDependent() || !Code->EvaluateAsInt(R, Ctx))
    return false;
  for (const EnumConstantDecl *EC : Set.Enum->enumerators())
    if (llvm::APSInt::compareValues(EC->getInitVal(), R.Val.getInt()) == 0)
      return llvm::StringRef(EC->getName()).equals_insensitive(Desc.trim());
  return false;
}

/// The method giving an exception's message: what(), or one listed in
/// ExceptionMessageFunctions.
std::optional<std::string> messageMethod(const CXXRecordDecl &Class,
                                         const NameList &Listed) {
  if (isOrDerivesFrom(&Class, "::std::exception"))
    return std::string("what");
  std::optional<std::string> Found;
  auto Look = [&](const CXXRecordDecl &C) {
    for (const CXXMethodDecl *M : C.methods())
      if (!Found && M->getDeclName().isIdentifier() && M->getNumParams() == 0 &&
          Listed.contains(*M))
        Found = M->getName().str();
    return !Found;
  };
  if (Class.hasDefinition() && Look(Class))
    Class.forallBases([&](const CXXRecordDecl *B) { return Look(*B); });
  return Found;
}

} // namespace

void StatusDescriptionCheck::storeOptions(ClangTidyOptions::OptionMap &O) {
  Opts.store(
      Options, O,
      {OptionGroup::Status, OptionGroup::Attributes, OptionGroup::Exceptions});
}

void StatusDescriptionCheck::checkFunction(const FunctionDecl &FD,
                                           ASTContext &Ctx) {
  FunctionIndex::forEachStmt(FD, [&](const Stmt *S) {
    if (const auto *Call = dyn_cast<CallExpr>(S))
      if (std::optional<StatusSet> Set = the().Status.classify(*Call, Ctx))
        checkStatus(*Set, FD, Ctx);
  });
}

void StatusDescriptionCheck::checkStatus(const StatusSet &Set,
                                         const FunctionDecl &FD,
                                         ASTContext &Ctx) {
  if (Set.Conditional)
    return; // each arm is its own status; the description serves both
  const Expr *Desc = descriptionOf(Set);
  const SourceManager &SM = Ctx.getSourceManager();
  SourceLocation Loc = writtenLocation(Set.Call->getExprLoc(), SM);
  bool Fixable = !Set.Call->getBeginLoc().isMacroID() &&
                 !callDependsOnTemplateArguments(*Set.Call, FD, Ctx);
  bool Ok = Set.Meaning == StatusMeaning::Ok;
  bool Unset = Set.Meaning == StatusMeaning::Unset;
  // 1. With OK or Unset the API drops the description.
  if (Ok || Unset) {
    if (!isWritten(Desc) ||
        AttributeModel::stringValue(Desc, Ctx) == std::string())
      return;
    if (!claimLocation(Loc, SM))
      return;
    auto D = diag(Loc, "status description with %select{an OK|an unset}0 "
                       "status is ignored; drop it")
             << (Unset ? 1 : 0) << Desc->getSourceRange();
    if (Fixable)
      if (auto Fix = dropDescription(Set, *Desc, Ctx))
        D << *Fix;
    return;
  }
  if (!Set.isError())
    return;
  // 3. An exception caused it: the description is its message.
  if (Set.Api == StatusApi::OpenTelemetry &&
      checkExceptionMessage(Set, Desc, FD, Ctx, Fixable))
    return;
  if (!isWritten(Desc))
    return;
  // 2. Repeating the code or error.type tells nothing.
  std::optional<std::string> Text = AttributeModel::stringValue(Desc, Ctx);
  const CallExpr *ErrorType = errorTypeRepeated(Set, *Desc, FD, Ctx);
  bool Code = Text && repeatsCode(*Text, Set, Ctx);
  if (!Code && !ErrorType)
    return;
  if (!claimLocation(Loc, SM))
    return;
  {
    auto D = diag(Loc, "status description repeats %select{the status "
                       "code|the span's 'error.type'}0; drop it, or say what "
                       "went wrong")
             << (Code ? 0 : 1) << Desc->getSourceRange();
    if (Fixable)
      if (auto Fix = dropDescription(Set, *Desc, Ctx))
        D << *Fix;
  }
  if (!Code)
    diag(writtenLocation(ErrorType->getExprLoc(), SM),
         "'error.type' is set to the same value here", DiagnosticIDs::Note);
}

bool StatusDescriptionCheck::checkExceptionMessage(const StatusSet &Set,
                                                   const Expr *Desc,
                                                   const FunctionDecl &FD,
                                                   ASTContext &Ctx,
                                                   bool Fixable) {
  const ParentMap &PM = the().Index.parents(FD);
  const CXXCatchStmt *Handler = nullptr;
  for (const Stmt *P = PM.getParent(Set.Call); P && !Handler;
       P = PM.getParent(P))
    Handler = dyn_cast<CXXCatchStmt>(P);
  const VarDecl *Caught = Handler ? Handler->getExceptionDecl() : nullptr;
  if (!Caught || !Caught->getDeclName().isIdentifier() ||
      Caught->getName().empty())
    return false;
  QualType T = Caught->getType().getNonReferenceType();
  bool Pointer = T->isPointerType();
  if (Pointer)
    T = T->getPointeeType();
  const CXXRecordDecl *Class = T->getAsCXXRecordDecl();
  std::optional<std::string> Method =
      Class ? messageMethod(*Class, Opts.ExceptionMessageFunctions)
            : std::nullopt;
  if (!Method)
    return false;
  // Any mention of the caught object is accepted; so is a description that
  // is not a fixed string (a message built elsewhere).
  if (isWritten(Desc) && (ExceptionModel::mentionsException(Desc, Caught) ||
                          !AttributeModel::stringValue(Desc, Ctx)))
    return false;
  const SourceManager &SM = Ctx.getSourceManager();
  SourceLocation Loc = writtenLocation(Set.Call->getExprLoc(), SM);
  if (!claimLocation(Loc, SM))
    return true;
  std::string Message =
      Caught->getName().str() + (Pointer ? "->" : ".") + *Method + "()";
  auto D = diag(Loc, "the status description should be the exception's "
                     "message; use %0")
           << Message << Set.Call->getSourceRange();
  // The message method may differ between a template's instantiations.
  if (!Fixable || FD.getTemplateInstantiationPattern())
    return true;
  if (isWritten(Desc)) {
    if (auto R = fixits::exprRange(*Desc, Ctx))
      D << FixItHint::CreateReplacement(*R, Message);
  } else if (!Set.CodeArg->getEndLoc().isMacroID()) {
    SourceLocation After = Lexer::getLocForEndOfToken(Set.CodeArg->getEndLoc(),
                                                      0, SM, Ctx.getLangOpts());
    if (After.isValid())
      D << FixItHint::CreateInsertion(After, ", " + Message);
  }
  return true;
}

const CallExpr *StatusDescriptionCheck::errorTypeRepeated(
    const StatusSet &Set, const Expr &Desc, const FunctionDecl &FD,
    ASTContext &Ctx) {
  const void *Span = SpanStatusModel::spanIdentity(*Set.Call);
  if (!Span)
    return nullptr;
  std::optional<std::string> Text = AttributeModel::stringValue(&Desc, Ctx);
  const auto *DescVar =
      dyn_cast_or_null<DeclRefExpr>(AttributeModel::writtenValue(&Desc));
  const CallExpr *Found = nullptr;
  llvm::SmallVector<AttributePut, 4> Puts;
  FunctionIndex::forEachStmt(FD, [&](const Stmt *S) {
    const auto *Call = dyn_cast<CallExpr>(S);
    if (Found || !Call)
      return;
    Puts.clear();
    the().Attributes.collect(*Call, FD.getBody(), Ctx, Puts);
    for (const AttributePut &P : Puts) {
      if (!P.Value || !the().Attributes.isErrorTypeKey(P.Key, Ctx) ||
          SpanStatusModel::spanIdentity(*P.Sink) != Span)
        continue;
      // The same literal, or the same variable.
      std::optional<std::string> V = AttributeModel::stringValue(P.Value, Ctx);
      const auto *ValueVar =
          dyn_cast_or_null<DeclRefExpr>(AttributeModel::writtenValue(P.Value));
      bool Same =
          (Text && V && *Text == *V) ||
          (DescVar && ValueVar && DescVar->getDecl() == ValueVar->getDecl());
      if (Same && (the().Paths.reaches(*Call, *Set.Call, FD, Ctx) ||
                   the().Paths.reaches(*Set.Call, *Call, FD, Ctx)))
        Found = Call;
    }
  });
  return Found;
}

} // namespace clang::tidy::otel
