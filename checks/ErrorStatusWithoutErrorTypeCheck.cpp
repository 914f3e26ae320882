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

namespace {

/// Calls of the API that take a span and never set an attribute on it:
/// making it active, storing it in a context, copying the pointer.
bool isInertUse(const FunctionDecl &Callee) {
  // Members (constructors and operators included) by their class.
  if (const auto *MD = dyn_cast<CXXMethodDecl>(&Callee)) {
    std::string Class = qualifiedName(*MD->getParent());
    llvm::StringRef C(Class);
    if (C == "::opentelemetry::trace::Scope" ||
        C == "::opentelemetry::nostd::shared_ptr" ||
        C == "::opentelemetry::nostd::unique_ptr" ||
        C.starts_with("::std::shared_ptr") ||
        C.starts_with("::std::__shared_ptr") ||
        C.starts_with("::std::unique_ptr") ||
        C.starts_with("::std::__uniq_ptr"))
      return true;
    if (!MD->getDeclName().isIdentifier())
      return false;
    return isOrDerivesFrom(MD->getParent(), "::opentelemetry::trace::Tracer") &&
           MD->getName() == "WithActiveSpan";
  }
  if (!Callee.getDeclName().isIdentifier())
    return false;
  std::string Name = qualifiedName(Callee);
  return Name == "::opentelemetry::trace::SetSpan" || Name == "::std::move";
}

/// The arguments of a call or construction (with the shift of a member
/// operator's object).
llvm::SmallVector<const Expr *, 4> argumentsOf(const Stmt &S, unsigned &Shift) {
  Shift = 0;
  llvm::SmallVector<const Expr *, 4> Args;
  if (const auto *CE = dyn_cast<CallExpr>(&S)) {
    Shift = isa<CXXOperatorCallExpr>(CE) &&
                    isa_and_nonnull<CXXMethodDecl>(CE->getDirectCallee())
                ? 1
                : 0;
    Args.append(CE->arg_begin(), CE->arg_end());
  } else if (const auto *Ctor = dyn_cast<CXXConstructExpr>(&S)) {
    Args.append(Ctor->arg_begin(), Ctor->arg_end());
  }
  return Args;
}

const FunctionDecl *calleeOf(const Stmt &S) {
  if (const auto *CE = dyn_cast<CallExpr>(&S))
    return CE->getDirectCallee();
  if (const auto *Ctor = dyn_cast<CXXConstructExpr>(&S))
    return Ctor->getConstructor();
  return nullptr;
}

} // namespace

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
    if (handledOnPath(Span, *Call, FD, Ctx))
      return;
    const auto *D = static_cast<const Decl *>(Span);
    // A span of this object: another method may set error.type on it.
    if (isa<FieldDecl>(D) && setAnywhereInUnit(Span, Ctx))
      return;
    // A span given to a wrapper: its callers may set error.type.
    // A span given to a wrapper: its callers may set error.type. (A lambda
    // may use a parameter of the function it is in.)
    if (const auto *P = dyn_cast<ParmVarDecl>(D))
      if (const auto *Owner = dyn_cast<FunctionDecl>(P->getDeclContext());
          !Owner || handledByCallers(*P, *Owner, Ctx))
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

bool ErrorStatusWithoutErrorTypeCheck::handledOnPath(const void *Span,
                                                     const Stmt &Through,
                                                     const FunctionDecl &F,
                                                     ASTContext &Ctx) {
  FailurePaths &Paths = the().Paths;
  auto OnPath = [&](const Stmt &S) {
    return Paths.reaches(S, Through, F, Ctx) ||
           Paths.reaches(Through, S, F, Ctx);
  };
  bool Handled = false;
  FunctionIndex::forEachStmt(F, [&](const Stmt *S) {
    if (Handled || S == &Through || !isa<CallExpr, CXXConstructExpr>(S))
      return;
    // error.type set on the span: `span->SetAttribute(kErrorType, ...)`, or
    // in the attributes it started with.
    if (const auto *Call = dyn_cast<CallExpr>(S)) {
      for (const ErrorTypeSite &Site : errorTypeSites(F, Ctx))
        if (Site.Sink == Call &&
            (Site.Target == Span ||
             SpanStatusModel::isCurrentSpan(Site.Target)) &&
            (Site.AtStart || OnPath(*Site.Sink)))
          Handled = true;
      if (Handled)
        return;
    }
    // The span handed to a call.
    unsigned Shift = 0;
    llvm::SmallVector<const Expr *, 4> Args = argumentsOf(*S, Shift);
    const FunctionDecl *Callee = calleeOf(*S);
    for (unsigned I = 0; I < Args.size(); ++I) {
      if (SpanStatusModel::identityOf(*Args[I]) != Span)
        continue;
      if (Callee && isInertUse(*Callee))
        continue;
      if (!OnPath(*S))
        continue;
      if (Callee && Opts.ErrorTypeSetters.contains(*Callee)) {
        Handled = true; // a configured setter
        return;
      }
      const auto *Call = dyn_cast<CallExpr>(S);
      const FunctionDecl *Def =
          Call ? ValueFlow::definedCallee(*Call) : nullptr;
      if (!Def || I < Shift) {
        Handled = true; // escapes into code not understood
        return;
      }
      // A function of this translation unit: does it set error.type on
      // that parameter, or hand it on?
      unsigned Param = I - Shift;
      auto ErrorTypeReceiver = [&](const CallExpr &C,
                                   const FunctionDecl &In) -> const Expr * {
        llvm::SmallVector<AttributePut, 2> Inner;
        the().Attributes.collect(C, In.getBody(), Ctx, Inner);
        for (const AttributePut &P : Inner)
          if (the().Attributes.isErrorTypeKey(P.Key, Ctx))
            if (const auto *MC = dyn_cast<CXXMemberCallExpr>(P.Sink))
              return SpanStatusModel::spanBase(
                  *MC->getImplicitObjectArgument());
        if (const FunctionDecl *Callee = C.getDirectCallee();
            Callee && Opts.ErrorTypeSetters.contains(*Callee) &&
            C.getNumArgs() > 0)
          return SpanStatusModel::spanBase(*C.getArg(0));
        return nullptr;
      };
      if (llvm::is_contained(the().Values.parametersReaching(
                                 *Def, "error-type-span", ErrorTypeReceiver),
                             Param)) {
        Handled = true;
        return;
      }
      // Handed on to anything but the span's own methods: not understood.
      bool HandedOn = false;
      const ParmVarDecl *PD = Def->getParamDecl(Param);
      FunctionIndex::forEachStmt(*Def, [&](const Stmt *Inner) {
        unsigned InnerShift = 0;
        const FunctionDecl *InnerCallee = calleeOf(*Inner);
        for (const Expr *A : argumentsOf(*Inner, InnerShift))
          if (SpanStatusModel::identityOf(*A) == PD->getCanonicalDecl() &&
              !(InnerCallee && isInertUse(*InnerCallee)))
            HandedOn = true;
      });
      if (HandedOn) {
        Handled = true;
        return;
      }
    }
  });
  return Handled;
}

const llvm::SmallVector<ErrorStatusWithoutErrorTypeCheck::ErrorTypeSite, 2> &
ErrorStatusWithoutErrorTypeCheck::errorTypeSites(const FunctionDecl &F,
                                                 ASTContext &Ctx) {
  auto [It, New] = Sites.try_emplace(&F);
  if (!New)
    return It->second;
  llvm::SmallVector<ErrorTypeSite, 2> Found;
  llvm::SmallVector<AttributePut, 4> Puts;
  FunctionIndex::forEachStmt(F, [&](const Stmt *S) {
    const auto *Call = dyn_cast<CallExpr>(S);
    if (!Call)
      return;
    Puts.clear();
    the().Attributes.collect(*Call, F.getBody(), Ctx, Puts);
    for (const AttributePut &P : Puts) {
      if (!the().Attributes.isErrorTypeKey(P.Key, Ctx))
        continue;
      const void *Target = SpanStatusModel::spanIdentity(*P.Sink);
      bool AtStart = P.Kind == AttributeSink::SpanStart;
      if (AtStart) {
        // The variable the started span is stored in.
        const Stmt *Up = the().Index.parentOf(*P.Sink, F);
        while (Up && isa<Expr>(Up))
          Up = the().Index.parentOf(*Up, F);
        const auto *DS = dyn_cast_or_null<DeclStmt>(Up);
        Target = DS && DS->isSingleDecl()
                     ? DS->getSingleDecl()->getCanonicalDecl()
                     : nullptr;
      }
      Found.push_back({P.Sink, Target, AtStart});
    }
  });
  // Looked up again: the map may have grown (rehashed) meanwhile.
  return Sites[&F] = std::move(Found);
}

bool ErrorStatusWithoutErrorTypeCheck::handledByCallers(const ParmVarDecl &Span,
                                                        const FunctionDecl &F,
                                                        ASTContext &Ctx,
                                                        unsigned Depth) {
  // Past a few calls up, or with no caller in sight (the callers are in
  // other files), the callers may set error.type: silent.
  if (Depth > 4)
    return true;
  if (Depth == 0)
    if (auto It = CallersHandle.find(&Span); It != CallersHandle.end())
      return It->second;
  bool Result = handledByCallersUncached(Span, F, Ctx, Depth);
  if (Depth == 0)
    CallersHandle[&Span] = Result;
  return Result;
}

bool ErrorStatusWithoutErrorTypeCheck::handledByCallersUncached(
    const ParmVarDecl &Span, const FunctionDecl &F, ASTContext &Ctx,
    unsigned Depth) {
  unsigned Param = Span.getFunctionScopeIndex();
  bool Called = false;
  bool Handled = false;
  for (const FunctionDecl *Caller : the().Index.functions()) {
    FunctionIndex::forEachStmt(*Caller, [&](const Stmt *S) {
      const auto *Call = dyn_cast<CallExpr>(S);
      if (Handled || !Call ||
          ValueFlow::definedCallee(*Call) != F.getDefinition())
        return;
      Called = true;
      const Expr *Arg = ValueFlow::argumentFor(*Call, Param);
      const void *Passed = Arg ? SpanStatusModel::identityOf(*Arg) : nullptr;
      if (!Passed || handledOnPath(Passed, *Call, *Caller, Ctx))
        Handled = true;
      // The caller's own parameter: its callers decide.
      else if (const auto *P =
                   dyn_cast<ParmVarDecl>(static_cast<const Decl *>(Passed));
               P && P->getDeclContext() == Caller &&
               handledByCallers(*P, *Caller, Ctx, Depth + 1))
        Handled = true;
    });
    if (Handled)
      return true;
  }
  return !Called;
}

bool ErrorStatusWithoutErrorTypeCheck::setAnywhereInUnit(const void *Member,
                                                         ASTContext &Ctx) {
  // Asked once per member: a class sets the status of its span in many
  // places.
  auto [It, New] = MemberSet.try_emplace(Member, false);
  if (!New)
    return It->second;
  bool Set = false;
  llvm::SmallVector<AttributePut, 4> Puts;
  for (const FunctionDecl *F : the().Index.functions()) {
    FunctionIndex::forEachStmt(*F, [&](const Stmt *S) {
      const auto *Call = dyn_cast<CallExpr>(S);
      if (Set || !Call)
        return;
      Puts.clear();
      the().Attributes.collect(*Call, F->getBody(), Ctx, Puts);
      for (const AttributePut &P : Puts)
        if (the().Attributes.isErrorTypeKey(P.Key, Ctx) &&
            SpanStatusModel::spanIdentity(*P.Sink) == Member)
          Set = true;
      // Handed to another function: it may set it there.
      unsigned Shift = 0;
      for (const Expr *A : argumentsOf(*Call, Shift))
        if (SpanStatusModel::identityOf(*A) == Member)
          if (const FunctionDecl *Callee = Call->getDirectCallee();
              !Callee || !isInertUse(*Callee))
            Set = true;
    });
    if (Set)
      break;
  }
  MemberSet[Member] = Set;
  return Set;
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
