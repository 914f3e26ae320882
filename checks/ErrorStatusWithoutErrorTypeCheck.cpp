//===--- ErrorStatusWithoutErrorTypeCheck.cpp - otel-tidy -------*- C++ -*-===//

#include "ErrorStatusWithoutErrorTypeCheck.h"
#include "utils/Compat.h"
#include "utils/FixIts.h"
#include "utils/StatementEdits.h"
#include "utils/Templates.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"

namespace clang::tidy::otel {

void ErrorStatusWithoutErrorTypeCheck::storeOptions(
    ClangTidyOptions::OptionMap &O) {
  Opts.store(Options, O, {OptionGroup::Status, OptionGroup::Attributes});
}

void ErrorStatusWithoutErrorTypeCheck::checkFunction(const FunctionDecl &FD,
                                                     ASTContext &Ctx) {
  FunctionIndex::forEachStmt(FD, [&](const Stmt *S) {
    const auto *Call = dyn_cast<CallExpr>(S);
    if (!Call)
      return;
    std::optional<StatusSet> Set = the().Status.classify(*Call, Ctx);
    // OpenCensus spans have no error.type.
    if (!Set || Set->Api == StatusApi::OpenCensus)
      return;
    bool Error = Set->isError() ||
                 (Set->Conditional && (Set->TrueArm == StatusMeaning::Error ||
                                       Set->FalseArm == StatusMeaning::Error));
    if (!Error)
      return;
    const void *Span = SpanStatusModel::spanIdentity(*Call);
    if (!Span || SpanStatusModel::isCurrentSpan(Span))
      return; // the current span: anyone may set error.type on it
    if (the().ErrorTypes.mayGetErrorType(Span, *Call, FD, Ctx))
      return;
    const SourceManager &SM = Ctx.getSourceManager();
    SourceLocation Loc = writtenLocation(Call->getExprLoc(), SM);
    if (!claimLocation(Loc, SM))
      return;
    std::vector<FixItHint> Fix;
    if (!Call->getBeginLoc().isMacroID() &&
        !callDependsOnTemplateArguments(*Call, FD, Ctx) && Set->isError())
      Fix = fix(*Set, FD, Ctx);
    diag(Loc, "span status set to Error without 'error.type' on the span; "
              "set 'error.type' as well")
        << Call->getSourceRange() << Fix;
    if (Fix.empty())
      diag(Loc,
           "set 'error.type' to a low-cardinality value naming the error "
           "(the exception's type, an error code, or '_OTHER')",
           DiagnosticIDs::Note);
  });
}

std::string ErrorStatusWithoutErrorTypeCheck::errorTypeKey(ASTContext &Ctx) {
  if (KeySpelling)
    return *KeySpelling;
  // As the file already spells it: `semconv::error::kErrorType`.
  const SourceManager &SM = Ctx.getSourceManager();
  for (const FunctionDecl *F : the().Index.functions()) {
    FunctionIndex::forEachStmt(*F, [&](const Stmt *S) {
      const auto *DRE = dyn_cast<DeclRefExpr>(S);
      if (KeySpelling || !DRE || DRE->getBeginLoc().isMacroID() ||
          !SM.isInMainFile(DRE->getBeginLoc()))
        return;
      const auto *VD = dyn_cast<VarDecl>(DRE->getDecl());
      if (!VD || !VD->getDeclName().isIdentifier() ||
          VD->getName() != "kErrorType" ||
          AttributeModel::stringValue(DRE, Ctx) != std::string("error.type"))
        return;
      KeySpelling = Lexer::getSourceText(
                        CharSourceRange::getTokenRange(DRE->getSourceRange()),
                        SM, Ctx.getLangOpts())
                        .str();
    });
    if (KeySpelling)
      return *KeySpelling;
  }
  // The semconv header is included: its fully qualified name.
  KeySpelling = "\"error.type\"";
  compat::forEachFile(SM, [&](llvm::StringRef Name, bool) {
    if (Name.ends_with("opentelemetry/semconv/error_attributes.h"))
      KeySpelling = "opentelemetry::semconv::error::kErrorType";
  });
  return *KeySpelling;
}

std::vector<FixItHint>
ErrorStatusWithoutErrorTypeCheck::fix(const StatusSet &Set,
                                      const FunctionDecl &F, ASTContext &Ctx) {
  // Only in a handler, where the value is known: the caught type.
  const ParentMap &PM = the().Index.parents(F);
  const CXXCatchStmt *Handler = nullptr;
  for (const Stmt *P = PM.getParent(Set.Call); P && !Handler;
       P = PM.getParent(P))
    Handler = dyn_cast<CXXCatchStmt>(P);
  // In a template the caught type may differ between instantiations.
  if (!Handler || F.getTemplateInstantiationPattern())
    return {};
  std::string Value;
  QualType Caught = plainType(Handler->getCaughtType());
  if (Caught.isNull()) {
    Value = "_OTHER";
  } else if (const CXXRecordDecl *RD = Caught->getAsCXXRecordDecl()) {
    Value = llvm::StringRef(qualifiedName(*RD)).drop_front(2).str();
  } else {
    return {};
  }
  // The same receiver as the status set: `span->`, `span.`, `GetSpan(c)->`.
  const auto *MC = dyn_cast<CXXMemberCallExpr>(Set.Call);
  const auto *ME =
      MC ? dyn_cast<MemberExpr>(MC->getCallee()->IgnoreParens()) : nullptr;
  if (!ME || !fixits::isSideEffectFree(*MC->getImplicitObjectArgument()) ||
      ME->getBeginLoc().isMacroID() || ME->getMemberLoc().isMacroID())
    return {};
  const SourceManager &SM = Ctx.getSourceManager();
  std::string Receiver =
      Lexer::getSourceText(
          CharSourceRange::getCharRange(ME->getBeginLoc(), ME->getMemberLoc()),
          SM, Ctx.getLangOpts())
          .str();
  if (Receiver.empty())
    return {};
  std::string Text =
      Receiver + "SetAttribute(" + errorTypeKey(Ctx) + ", \"" + Value + "\");";
  return fixits::insertStatementAfter(*Set.Call, Text, PM, Ctx);
}

} // namespace clang::tidy::otel
