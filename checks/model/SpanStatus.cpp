//===--- SpanStatus.cpp - otel-tidy -----------------------------*- C++ -*-===//

#include "model/SpanStatus.h"
#include "utils/Expressions.h"
#include "utils/Templates.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"

namespace clang::tidy::otel {

using namespace ast_matchers;

namespace {

/// What was written, also through `StatusCode(1)`-style casts to an enum.
const Expr *strip(const Expr *E) {
  while (true) {
    E = ignoreWrappers(E);
    const auto *FC = dyn_cast_or_null<CXXFunctionalCastExpr>(E);
    if (!FC || !FC->getSubExpr()->getType()->isEnumeralType())
      return E;
    E = FC->getSubExpr();
  }
}

constexpr llvm::StringLiteral OtelSpan = "::opentelemetry::trace::Span";
constexpr llvm::StringLiteral CensusSpan = "::opencensus::trace::Span";

const EnumDecl *enumOf(QualType T) {
  if (const auto *ET = T.getCanonicalType()->getAs<EnumType>())
    return ET->getDecl();
  return nullptr;
}

int CurrentSpanMarker;
int ThisSpanMarker;

} // namespace

bool SpanStatusModel::isOkEnumerator(const EnumConstantDecl &D,
                                     StatusApi Api) const {
  if (Api == StatusApi::Wrapper)
    return Opts.OkStatusValues.contains(D);
  std::string Name = qualifiedName(D);
  return Name == "::opentelemetry::trace::StatusCode::kOk" ||
         Name == "::opentelemetry::trace::CanonicalCode::OK" ||
         Name == "::opencensus::trace::OK" || Opts.OkStatusValues.contains(D);
}

StatusMeaning SpanStatusModel::meaningOf(const Expr *Arg, const EnumDecl *Enum,
                                         StatusApi Api, ASTContext &Ctx) const {
  if (!Arg || !Enum || Arg->isValueDependent() || Arg->isTypeDependent())
    return StatusMeaning::Unknown;
  Expr::EvalResult Result;
  if (!Arg->EvaluateAsInt(Result, Ctx))
    return StatusMeaning::Unknown;
  llvm::APSInt Value = Result.Val.getInt();
  for (const EnumConstantDecl *EC : Enum->enumerators()) {
    if (llvm::APSInt::compareValues(EC->getInitVal(), Value) != 0)
      continue;
    if (isOkEnumerator(*EC, Api))
      return StatusMeaning::Ok;
    auto Words = identifierWords(EC->getName());
    for (const std::string &W : Words)
      if (W == "unset")
        return StatusMeaning::Unset;
    if (Api != StatusApi::Wrapper || Opts.ErrorStatusValues.contains(*EC))
      return StatusMeaning::Error;
    for (const std::string &W : Words)
      if (W == "error" || W == "fail" || W == "failed" || W == "failure")
        return StatusMeaning::Error;
    return StatusMeaning::Unknown;
  }
  return StatusMeaning::Unknown;
}

std::optional<StatusSet> SpanStatusModel::classify(const CallExpr &Call,
                                                   ASTContext &Ctx) const {
  const FunctionDecl *FD = Call.getDirectCallee();
  if (!FD)
    return std::nullopt;
  StatusSet Set;
  Set.Call = &Call;
  const auto *MD = dyn_cast<CXXMethodDecl>(FD);
  if (MD && FD->getDeclName().isIdentifier() && FD->getName() == "SetStatus" &&
      isOrDerivesFrom(MD->getParent(), OtelSpan)) {
    Set.Api = StatusApi::OpenTelemetry;
  } else if (MD && FD->getDeclName().isIdentifier() &&
             FD->getName() == "SetStatus" &&
             qualifiedName(*MD->getParent()) == CensusSpan) {
    Set.Api = StatusApi::OpenCensus;
  } else if (Opts.OkStatusFunctions.contains(*FD)) {
    Set.Api = StatusApi::Wrapper;
    Set.Meaning = StatusMeaning::Ok;
    return Set;
  } else if (Opts.StatusSetters.contains(*FD)) {
    Set.Api = StatusApi::Wrapper;
  } else {
    return std::nullopt;
  }

  // The status argument: the first one for the raw APIs; for a configured
  // setter, the first argument of enumeration type.
  unsigned ArgIndex = 0;
  const EnumDecl *Enum = nullptr;
  // Member operator calls carry the object as argument 0.
  unsigned First = isa<CXXOperatorCallExpr>(Call) && MD ? 1 : 0;
  for (unsigned I = First; I < Call.getNumArgs(); ++I) {
    unsigned Param = I - First;
    QualType T = Param < FD->getNumParams()
                     ? FD->getParamDecl(Param)->getType().getNonReferenceType()
                     : Call.getArg(I)->getType();
    if ((Enum = enumOf(T))) {
      ArgIndex = I;
      break;
    }
    if (Set.Api != StatusApi::Wrapper)
      break;
  }
  if (!Enum || ArgIndex >= Call.getNumArgs())
    return Set; // Unknown meaning.
  Set.CodeArg = Call.getArg(ArgIndex);
  Set.Enum = Enum;
  Set.DependsOnTemplateArgument = dependsOnTemplateArgument(Set.CodeArg);
  return finishClassification(Set, Enum, Ctx);
}

std::optional<StatusSet>
SpanStatusModel::finishClassification(StatusSet Set, const EnumDecl *Enum,
                                      ASTContext &Ctx) const {
  const Expr *Arg = strip(Set.CodeArg);
  if (const auto *CO = dyn_cast<ConditionalOperator>(Arg)) {
    Set.Conditional = CO;
    Set.TrueArm = meaningOf(strip(CO->getTrueExpr()), Enum, Set.Api, Ctx);
    Set.FalseArm = meaningOf(strip(CO->getFalseExpr()), Enum, Set.Api, Ctx);
    if (Set.TrueArm == Set.FalseArm) {
      Set.Meaning = Set.TrueArm;
      Set.Conditional = nullptr;
    }
    return Set;
  }
  Set.Meaning = meaningOf(Arg, Enum, Set.Api, Ctx);
  return Set;
}

StatusMeaning SpanStatusModel::meaningOfValue(const Expr *Value,
                                              const StatusSet &Set,
                                              ASTContext &Ctx) const {
  return meaningOf(strip(Value), Set.Enum, Set.Api, Ctx);
}

namespace {

/// A span status of another API: an enumeration with an "ok" and an
/// "unset" enumerator (an SDK's or a bridge's own StatusCode).
bool isSpanStatusEnum(QualType T) {
  const auto *ET =
      T.getNonReferenceType().getCanonicalType()->getAs<EnumType>();
  if (!ET ||
      qualifiedName(*ET->getDecl()) == "::opentelemetry::trace::StatusCode")
    return false; // OpenTelemetry's own: not another API's decision
  bool Ok = false, Unset = false;
  for (const EnumConstantDecl *EC : ET->getDecl()->enumerators())
    for (const std::string &W : identifierWords(EC->getName())) {
      Ok = Ok || W == "ok";
      Unset = Unset || W == "unset";
    }
  return Ok && Unset;
}

bool isOpenTracing(QualType T) {
  T = T.getNonReferenceType();
  if (const auto *PT = T->getAs<PointerType>())
    T = PT->getPointeeType();
  const auto *RD = T->getAsCXXRecordDecl();
  const NamedDecl *D = RD;
  if (!D)
    if (const auto *ET = T->getAs<EnumType>())
      D = ET->getDecl();
  return D && llvm::StringRef(qualifiedName(*D)).starts_with("::opentracing::");
}

/// Whether a condition reads another API's span status (directly, or
/// through the initializer of a local it reads).
bool readsForeignStatus(const Stmt *S, int Depth) {
  if (!S || Depth > 3)
    return false;
  if (const auto *E = dyn_cast<Expr>(S))
    if (!E->isTypeDependent() &&
        (isSpanStatusEnum(E->getType()) || isOpenTracing(E->getType())))
      return true;
  if (const auto *DRE = dyn_cast<DeclRefExpr>(S))
    if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl()))
      if (VD->hasLocalStorage() && readsForeignStatus(VD->getInit(), Depth + 1))
        return true;
  for (const Stmt *Child : S->children())
    if (readsForeignStatus(Child, Depth))
      return true;
  return false;
}

} // namespace

bool SpanStatusModel::isForwarded(const Stmt &S, const FunctionDecl &F,
                                  const ParentMap &PM) const {
  for (const ParmVarDecl *P : F.parameters())
    if (isSpanStatusEnum(P->getType()) || isOpenTracing(P->getType()))
      return true; // a bridge: it maps another API's status
  for (const Stmt *Child = &S, *P = PM.getParent(&S); P;
       Child = P, P = PM.getParent(P)) {
    const Expr *Cond = nullptr;
    if (const auto *If = dyn_cast<IfStmt>(P))
      Cond = If->getCond() == Child ? nullptr : If->getCond();
    else if (const auto *Switch = dyn_cast<SwitchStmt>(P))
      Cond = Switch->getCond() == Child ? nullptr : Switch->getCond();
    else if (const auto *CO = dyn_cast<ConditionalOperator>(P))
      Cond = CO->getCond() == Child ? nullptr : CO->getCond();
    if (Cond && readsForeignStatus(Cond, 0))
      return true;
  }
  return false;
}

const void *SpanStatusModel::spanIdentity(const CallExpr &Call) {
  const auto *MC = dyn_cast<CXXMemberCallExpr>(&Call);
  if (!MC)
    return nullptr;
  const Expr *E = MC->getImplicitObjectArgument();
  while (E) {
    E = strip(E);
    if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E);
        Op && (Op->getOperator() == OO_Arrow || Op->getOperator() == OO_Star)) {
      E = Op->getArg(0);
    } else if (const auto *UO = dyn_cast<UnaryOperator>(E);
               UO && UO->getOpcode() == UO_Deref) {
      E = UO->getSubExpr();
    } else if (const auto *Get = dyn_cast<CXXMemberCallExpr>(E);
               Get && Get->getMethodDecl() &&
               Get->getMethodDecl()->getDeclName().isIdentifier() &&
               Get->getMethodDecl()->getName() == "get") {
      E = Get->getImplicitObjectArgument();
    } else {
      break;
    }
  }
  if (!E)
    return nullptr;
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
    return DRE->getDecl()->getCanonicalDecl();
  if (const auto *ME = dyn_cast<MemberExpr>(E)) {
    // `span_` of this object; `a.span` and `b.span` are different spans.
    if (isa<CXXThisExpr>(ME->getBase()->IgnoreParenImpCasts()))
      return ME->getMemberDecl()->getCanonicalDecl();
    return nullptr;
  }
  if (isa<CXXThisExpr>(E))
    return &ThisSpanMarker;
  if (const auto *CE = dyn_cast<CallExpr>(E))
    if (const FunctionDecl *Callee = CE->getDirectCallee())
      if (Callee->getDeclName().isIdentifier()) {
        // The active span: Tracer::GetCurrentSpan(), OpenCensus
        // GetCurrentSpan(), GetSpan(RuntimeContext::GetCurrent()).
        if (Callee->getName() == "GetCurrentSpan")
          return &CurrentSpanMarker;
        if (Callee->getName() == "GetSpan" && CE->getNumArgs() == 1)
          if (const auto *Arg = dyn_cast<CallExpr>(strip(CE->getArg(0))))
            if (const FunctionDecl *Ctx = Arg->getDirectCallee())
              if (Ctx->getDeclName().isIdentifier() &&
                  Ctx->getName() == "GetCurrent")
                return &CurrentSpanMarker;
      }
  return nullptr;
}

bool SpanStatusModel::isCurrentSpan(const void *Identity) {
  return Identity == &CurrentSpanMarker;
}

const Expr *SpanStatusModel::spanBase(const Expr &Span) {
  const Expr *E = strip(&Span);
  while (E) {
    if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E);
        Op && Op->getNumArgs() == 1 &&
        (Op->getOperator() == OO_Star || Op->getOperator() == OO_Arrow))
      E = strip(Op->getArg(0));
    else if (const auto *UO = dyn_cast<UnaryOperator>(E);
             UO &&
             (UO->getOpcode() == UO_Deref || UO->getOpcode() == UO_AddrOf))
      E = strip(UO->getSubExpr());
    else if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E);
             MC && MC->getMethodDecl() &&
             MC->getMethodDecl()->getDeclName().isIdentifier() &&
             MC->getMethodDecl()->getName() == "get")
      E = strip(MC->getImplicitObjectArgument());
    else if (const auto *Copy = dyn_cast<CXXConstructExpr>(E);
             Copy && Copy->getNumArgs() == 1)
      E = strip(Copy->getArg(0)); // a copy of the pointer
    else if (const auto *CE = dyn_cast<CallExpr>(E);
             CE && CE->getNumArgs() == 1 && CE->getDirectCallee() &&
             CE->getDirectCallee()->getDeclName().isIdentifier() &&
             CE->getDirectCallee()->getName() == "move")
      E = strip(CE->getArg(0));
    else
      break;
  }
  return E;
}

const void *SpanStatusModel::identityOf(const Expr &Span) {
  const Expr *E = spanBase(Span);
  if (const auto *DRE = dyn_cast_or_null<DeclRefExpr>(E))
    return isa<VarDecl>(DRE->getDecl()) ? DRE->getDecl()->getCanonicalDecl()
                                        : nullptr;
  if (const auto *ME = dyn_cast_or_null<MemberExpr>(E))
    if (isa<CXXThisExpr>(ME->getBase()->IgnoreParenImpCasts()))
      return ME->getMemberDecl()->getCanonicalDecl();
  return nullptr;
}

const VarDecl *SpanStatusModel::spanVariable(const void *Identity) {
  if (Identity == &CurrentSpanMarker || Identity == &ThisSpanMarker ||
      !Identity)
    return nullptr;
  return dyn_cast<VarDecl>(static_cast<const Decl *>(Identity));
}

bool SpanStatusModel::neverSetsAttributes(const FunctionDecl &Callee) {
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

} // namespace clang::tidy::otel
