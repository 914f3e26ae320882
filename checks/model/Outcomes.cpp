//===--- Outcomes.cpp - otel-tidy -------------------------------*- C++ -*-===//

#include "model/Outcomes.h"
#include "model/ExceptionRecords.h"
#include "utils/Expressions.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"

namespace clang::tidy::otel {

namespace {

bool hasWord(llvm::ArrayRef<std::string> Words,
             std::initializer_list<llvm::StringRef> Set) {
  for (const std::string &W : Words)
    for (llvm::StringRef S : Set)
      if (W == S)
        return true;
  return false;
}

/// What a name says: "ok", "success", "succeeded" -> success; "failed",
/// "error", "err", "has_error" -> failure.
std::optional<Outcome> outcomeOfName(llvm::StringRef Name) {
  auto Words = identifierWords(Name);
  bool Negated = hasWord(Words, {"not", "no"});
  std::optional<Outcome> O;
  if (hasWord(Words, {"ok", "okay", "success", "succeeded", "successful",
                      "succeed", "succeeds", "good"}))
    O = Outcome::Success;
  else if (hasWord(Words, {"failed", "fail", "fails", "failure", "error",
                           "errors", "err", "errored", "bad"}))
    O = Outcome::Failure;
  return Negated ? invert(O) : O;
}

/// Names that hold an integer result code ("rc", "ret", "result", ...).
bool isResultCodeName(llvm::StringRef Name) {
  auto Words = identifierWords(Name);
  return hasWord(Words,
                 {"rc", "ret", "retval", "result", "res", "status", "code",
                  "err", "error", "errno", "ec", "hr", "rv", "return"});
}

llvm::StringRef nameOf(const Expr *E) {
  E = ignoreWrappers(E);
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
    if (DRE->getDecl()->getDeclName().isIdentifier())
      return DRE->getDecl()->getName();
  if (const auto *ME = dyn_cast<MemberExpr>(E))
    if (ME->getMemberDecl()->getDeclName().isIdentifier())
      return ME->getMemberDecl()->getName();
  if (const auto *CE = dyn_cast<CallExpr>(E))
    if (const FunctionDecl *FD = CE->getDirectCallee())
      if (FD->getDeclName().isIdentifier())
        return FD->getName();
  return {};
}

/// Whether an enumerator stands for success (OK, kOk, Success, ...).
bool isSuccessEnumerator(const EnumConstantDecl &EC) {
  return outcomeOfName(EC.getName()) == Outcome::Success;
}

const EnumConstantDecl *enumeratorOf(const Expr *E) {
  if (const auto *DRE = dyn_cast<DeclRefExpr>(ignoreWrappers(E)))
    return dyn_cast<EnumConstantDecl>(DRE->getDecl());
  return nullptr;
}

/// An enum with a success enumerator of value 0 (grpc::StatusCode,
/// absl::StatusCode, opencensus::trace::StatusCode, ...).
bool isOutcomeEnumWithZeroSuccess(QualType T) {
  const auto *ET = T.getCanonicalType()->getAs<EnumType>();
  if (!ET)
    return false;
  for (const EnumConstantDecl *EC : ET->getDecl()->enumerators())
    if (EC->getInitVal() == 0 && isSuccessEnumerator(*EC))
      return true;
  return false;
}

/// An enum with a success enumerator (`OK`, `kOk`, `Success`, ...).
bool isOutcomeEnum(QualType T) {
  const auto *ET = T.getCanonicalType()->getAs<EnumType>();
  if (!ET)
    return false;
  for (const EnumConstantDecl *EC : ET->getDecl()->enumerators())
    if (isSuccessEnumerator(*EC))
      return true;
  return false;
}

/// A `switch` over an enum with a `case` for its success enumerator: only
/// then are its cases outcome branches.
bool hasSuccessCase(const SwitchStmt &Switch) {
  if (!isOutcomeEnum(ignoreWrappers(Switch.getCond())->getType()))
    return false;
  for (const SwitchCase *SC = Switch.getSwitchCaseList(); SC;
       SC = SC->getNextSwitchCase())
    if (const auto *Case = dyn_cast<CaseStmt>(SC))
      if (const auto *EC = enumeratorOf(Case->getLHS());
          EC && isSuccessEnumerator(*EC))
        return true;
  return false;
}

/// The class an expression's value belongs to, by qualified name.
std::string classNameOf(const Expr *E) {
  QualType T = E->getType().getNonReferenceType();
  if (const auto *PT = T->getAs<PointerType>())
    T = PT->getPointeeType();
  if (const CXXRecordDecl *RD = T->getAsCXXRecordDecl())
    return qualifiedName(*RD);
  return {};
}

std::optional<Outcome> outcomeOfBoolConversion(const Expr *Object) {
  std::string Class = classNameOf(Object);
  llvm::StringRef C(Class);
  // true = an error is present.
  QualType T = Object->getType().getNonReferenceType();
  if (const auto *PT = T->getAs<PointerType>())
    T = PT->getPointeeType();
  if (C == "::std::error_code" || C == "::std::error_condition" ||
      C == "::boost::system::error_code" ||
      C == "::boost::system::error_condition" ||
      isExceptionPtr(T->getAsCXXRecordDecl()))
    return Outcome::Failure;
  // true = a value is present.
  if (C == "::std::optional" || C == "::std::expected" ||
      C == "::tl::expected" || C == "::boost::optional" ||
      C == "::absl::optional" || C == "::opentelemetry::nostd::optional")
    return Outcome::Success;
  return outcomeOfName(nameOf(Object));
}

std::optional<Outcome> outcomeOfComparison(BinaryOperatorKind Op,
                                           const Expr *LHS, const Expr *RHS,
                                           const OtelOptions &Opts,
                                           const ASTContext *Ctx) {
  if (Op != BO_EQ && Op != BO_NE && Op != BO_LT && Op != BO_LE && Op != BO_GT &&
      Op != BO_GE)
    return std::nullopt;
  LHS = ignoreWrappers(LHS);
  RHS = ignoreWrappers(RHS);
  // `ep == nullptr` of a std::exception_ptr: no exception, a success.
  auto IsNull = [](const Expr *E) {
    if (const auto *CE = dyn_cast<CXXConstructExpr>(E); CE && CE->getNumArgs() == 1)
      E = ignoreWrappers(CE->getArg(0));
    return isa<CXXNullPtrLiteralExpr, GNUNullExpr>(E) ||
           (isa<IntegerLiteral>(E) &&
            cast<IntegerLiteral>(E)->getValue() == 0);
  };
  auto IsExceptionPtr = [](const Expr *E) {
    return isExceptionPtr(
        E->getType().getNonReferenceType()->getAsCXXRecordDecl());
  };
  if ((Op == BO_EQ || Op == BO_NE) &&
      ((IsNull(RHS) && IsExceptionPtr(LHS)) ||
       (IsNull(LHS) && IsExceptionPtr(RHS))))
    return Op == BO_EQ ? Outcome::Success : Outcome::Failure;
  // Comparison with a success enumerator: `code == StatusCode::kOk`.
  const EnumConstantDecl *EC = enumeratorOf(RHS);
  const Expr *Other = LHS;
  if (!EC) {
    EC = enumeratorOf(LHS);
    Other = RHS;
  }
  if (EC && !enumeratorOf(Other) && (Op == BO_EQ || Op == BO_NE)) {
    std::optional<Outcome> O = outcomeOfName(EC->getName());
    if (!O)
      return std::nullopt;
    return Op == BO_EQ ? O : invert(O);
  }
  if (!Ctx)
    return std::nullopt;
  // Normalise to `X op K` with K an integer constant.
  Expr::EvalResult R;
  const Expr *X = LHS;
  bool Swapped = false;
  if (!RHS->isValueDependent() && RHS->EvaluateAsInt(R, *Ctx)) {
    X = LHS;
  } else if (!LHS->isValueDependent() && LHS->EvaluateAsInt(R, *Ctx)) {
    X = RHS;
    Swapped = true;
  } else {
    return std::nullopt;
  }
  if (!X->getType()->isIntegralOrEnumerationType() ||
      X->getType()->isBooleanType())
    return std::nullopt;
  int64_t K = R.Val.getInt().getExtValue();
  if (Swapped) {
    switch (Op) {
    case BO_LT:
      Op = BO_GT;
      break;
    case BO_LE:
      Op = BO_GE;
      break;
    case BO_GT:
      Op = BO_LT;
      break;
    case BO_GE:
      Op = BO_LE;
      break;
    default:
      break;
    }
  }
  // HTTP status codes: >= 400 / >= 500 fail, < 400 / < 500 succeed.
  if (K == 400 || K == 500) {
    if (Op == BO_GE)
      return Outcome::Failure;
    if (Op == BO_LT)
      return Outcome::Success;
  }
  if (K == 399 || K == 499) {
    if (Op == BO_GT)
      return Outcome::Failure;
    if (Op == BO_LE)
      return Outcome::Success;
  }
  // Integer result codes: 0 succeeds, non-zero or negative fails.
  llvm::StringRef Name = nameOf(X);
  bool ResultCode =
      isResultCodeName(Name) || isOutcomeEnumWithZeroSuccess(X->getType());
  // `ec.value() != 0` on an error code.
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(ignoreWrappers(X)))
    ResultCode = ResultCode ||
                 (Name == "value" &&
                  outcomeOfBoolConversion(MC->getImplicitObjectArgument()) ==
                      Outcome::Failure);
  if (const auto *CE = dyn_cast<CallExpr>(ignoreWrappers(X)))
    if (const FunctionDecl *FD = CE->getDirectCallee())
      ResultCode = ResultCode || Opts.FailurePredicates.contains(*FD);
  if (!ResultCode)
    return std::nullopt;
  if (K == 0) {
    switch (Op) {
    case BO_EQ:
      return Outcome::Success;
    case BO_NE:
      return Outcome::Failure;
    case BO_LT:
      return Outcome::Failure;
    case BO_GE:
      return Outcome::Success;
    default:
      return std::nullopt;
    }
  }
  if (K < 0) {
    if (Op == BO_EQ || Op == BO_LE)
      return Outcome::Failure;
    if (Op == BO_NE || Op == BO_GT)
      return Outcome::Success;
  }
  return std::nullopt;
}

std::optional<Outcome> outcomeImpl(const Expr *E, const OtelOptions &Opts,
                                   const ASTContext *Ctx);

/// Either known value, unless both are known and disagree.
std::optional<Outcome> either(std::optional<Outcome> A,
                              std::optional<Outcome> B) {
  if (A && B && *A != *B)
    return std::nullopt;
  return A ? A : B;
}

/// Both known and equal.
std::optional<Outcome> both(std::optional<Outcome> A,
                            std::optional<Outcome> B) {
  return A && B && *A == *B ? A : std::nullopt;
}

Sides sidesOf(const Expr *E, const OtelOptions &Opts, const ASTContext *Ctx) {
  E = ignoreWrappers(E);
  if (!E)
    return {};
  const Expr *Negated = nullptr;
  if (const auto *UO = dyn_cast<UnaryOperator>(E);
      UO && UO->getOpcode() == UO_LNot)
    Negated = UO->getSubExpr();
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E);
      Op && Op->getOperator() == OO_Exclaim && Op->getNumArgs() == 1)
    Negated = Op->getArg(0);
  if (Negated) {
    Sides S = sidesOf(Negated, Opts, Ctx);
    return {S.WhenFalse, S.WhenTrue};
  }
  if (const auto *BO = dyn_cast<BinaryOperator>(E); BO && BO->isLogicalOp()) {
    Sides L = sidesOf(BO->getLHS(), Opts, Ctx);
    Sides R = sidesOf(BO->getRHS(), Opts, Ctx);
    // `a && b` is true when both are (one known conjunct decides), false
    // when either is not (only agreement tells). `a || b` the other way.
    if (BO->getOpcode() == BO_LAnd)
      return {either(L.WhenTrue, R.WhenTrue), both(L.WhenFalse, R.WhenFalse)};
    return {both(L.WhenTrue, R.WhenTrue), either(L.WhenFalse, R.WhenFalse)};
  }
  std::optional<Outcome> T = outcomeImpl(E, Opts, Ctx);
  return {T, invert(T)};
}

std::optional<Outcome> outcomeImpl(const Expr *E, const OtelOptions &Opts,
                                   const ASTContext *Ctx) {
  E = ignoreWrappers(E);
  if (!E)
    return std::nullopt;
  if (const auto *UO = dyn_cast<UnaryOperator>(E)) {
    if (UO->getOpcode() == UO_LNot)
      return sidesOf(E, Opts, Ctx).WhenTrue;
    return std::nullopt;
  }
  if (const auto *BO = dyn_cast<BinaryOperator>(E)) {
    if (BO->isLogicalOp())
      return sidesOf(E, Opts, Ctx).WhenTrue;
    return outcomeOfComparison(BO->getOpcode(), BO->getLHS(), BO->getRHS(),
                               Opts, Ctx);
  }
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E)) {
    if (Op->getOperator() == OO_Exclaim && Op->getNumArgs() == 1)
      return sidesOf(E, Opts, Ctx).WhenTrue;
    if ((Op->getOperator() == OO_EqualEqual ||
         Op->getOperator() == OO_ExclaimEqual) &&
        Op->getNumArgs() == 2)
      return outcomeOfComparison(Op->getOperator() == OO_EqualEqual ? BO_EQ
                                                                    : BO_NE,
                                 Op->getArg(0), Op->getArg(1), Opts, Ctx);
    return std::nullopt;
  }
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E)) {
    const CXXMethodDecl *MD = MC->getMethodDecl();
    if (!MD)
      return std::nullopt;
    if (isa<CXXConversionDecl>(MD))
      return outcomeOfBoolConversion(MC->getImplicitObjectArgument());
    // `if (ec.value())`: a non-zero error code.
    if (MD->getDeclName().isIdentifier() && MD->getName() == "value" &&
        outcomeOfBoolConversion(MC->getImplicitObjectArgument()) ==
            Outcome::Failure)
      return Outcome::Failure;
  }
  if (const auto *CE = dyn_cast<CallExpr>(E)) {
    const FunctionDecl *FD = CE->getDirectCallee();
    if (!FD)
      return std::nullopt;
    if (Opts.SuccessPredicates.contains(*FD))
      return Outcome::Success;
    if (Opts.FailurePredicates.contains(*FD))
      return Outcome::Failure;
    if (!FD->getDeclName().isIdentifier())
      return std::nullopt;
    QualType RT = FD->getReturnType();
    if (RT->isBooleanType()) {
      llvm::StringRef N = FD->getName();
      if (N == "has_value")
        return Outcome::Success;
      return outcomeOfName(N);
    }
    if (isOutcomeEnumWithZeroSuccess(RT))
      return Outcome::Failure; // `if (status.error_code())`
    if (RT->isIntegerType() && isResultCodeName(FD->getName()))
      return Outcome::Failure; // `if (ec.value())`, `if (rc())`
    return std::nullopt;
  }
  // A variable or field used as a condition.
  QualType T = E->getType();
  llvm::StringRef Name = nameOf(E);
  if (Name.empty())
    return std::nullopt;
  if (T->isBooleanType())
    return outcomeOfName(Name);
  if (isOutcomeEnumWithZeroSuccess(T))
    return Outcome::Failure;
  if (T->isIntegerType() && isResultCodeName(Name))
    return Outcome::Failure;
  if (T->isPointerType() && outcomeOfName(Name) == Outcome::Failure)
    return Outcome::Failure; // `if (error)` with `GError *error`
  return std::nullopt;
}

} // namespace

std::optional<Outcome> OutcomeModel::ofName(llvm::StringRef Name) {
  return outcomeOfName(Name);
}

Sides OutcomeModel::sides(const Expr *Cond, const ASTContext &Ctx) const {
  return sidesOf(Cond, Opts, &Ctx);
}

std::optional<Outcome> OutcomeModel::whenTrue(const Expr *Cond,
                                              const ASTContext &Ctx) const {
  return outcomeImpl(Cond, Opts, &Ctx);
}

bool OutcomeModel::isOutcomeSwitch(const SwitchStmt &Switch) {
  return hasSuccessCase(Switch);
}

std::optional<Outcome> OutcomeModel::ofCase(const SwitchCase *Label) {
  const auto *Case = dyn_cast_or_null<CaseStmt>(Label);
  if (!Case)
    return Outcome::Failure; // default:, or past the switch
  if (const auto *EC = enumeratorOf(Case->getLHS()))
    return isSuccessEnumerator(*EC) ? Outcome::Success : Outcome::Failure;
  return std::nullopt;
}

std::optional<Outcome> invert(std::optional<Outcome> O) {
  if (!O)
    return std::nullopt;
  return *O == Outcome::Success ? Outcome::Failure : Outcome::Success;
}

} // namespace clang::tidy::otel
