//===--- FailurePaths.cpp - otel-tidy ---------------------------*- C++ -*-===//

#include "analysis/FailurePaths.h"
#include "utils/Expressions.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMap.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Analysis/CFG.h"
#include "llvm/ADT/BitVector.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/StringSet.h"

namespace clang::tidy::otel {

namespace {

std::optional<Outcome> invert(std::optional<Outcome> O) {
  if (!O)
    return std::nullopt;
  return *O == Outcome::Success ? Outcome::Failure : Outcome::Success;
}

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

/// What a condition says when it is true and when it is false.
struct Sides {
  std::optional<Outcome> WhenTrue, WhenFalse;
};

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

/// The condition a block's terminator actually branches on: for the last
/// block of `a && b` that is `b`, not the whole expression.
const Expr *branchCondition(const CFGBlock &B) {
  const Stmt *Term = B.getTerminatorStmt();
  const auto *Cond =
      dyn_cast_or_null<Expr>(B.getTerminatorCondition(/*StripParens=*/true));
  if (!Term || !Cond)
    return nullptr;
  while (true) {
    const auto *BO = dyn_cast<BinaryOperator>(ignoreWrappers(Cond));
    if (!BO || !BO->isLogicalOp() || BO == Term)
      break;
    Cond = BO->getRHS();
  }
  return Cond;
}

} // namespace

//===----------------------------------------------------------------------===//
// Per-function analysis
//===----------------------------------------------------------------------===//

struct FailurePaths::FunctionInfo {
  std::unique_ptr<CFG> Graph;
  const ParentMap *Parents = nullptr;
  llvm::DenseMap<const Stmt *, std::pair<const CFGBlock *, unsigned>> Where;
  /// Index of the first failure mark in each block (or ~0u).
  std::vector<unsigned> FirstMark;
  llvm::BitVector SuccessIn;   // entered without failure evidence
  llvm::BitVector ConfirmedIn; // ... and behind a success edge
  llvm::BitVector MustFail;    // every path from here meets failure evidence
  bool FailureFunction = false;

  std::optional<std::pair<const CFGBlock *, unsigned>>
  locate(const Stmt *S) const {
    for (; S; S = Parents->getParent(S)) {
      auto It = Where.find(S);
      if (It != Where.end())
        return It->second;
    }
    return std::nullopt;
  }
};

FailurePaths::FailurePaths(const OtelOptions &Opts,
                           const SpanStatusModel &Status, FunctionIndex &Index)
    : Opts(Opts), Status(Status), Index(Index), Attributes(Opts),
      Exceptions(Opts, Attributes) {}

FailurePaths::~FailurePaths() = default;

void FailurePaths::reset() {
  Cache.clear();
  Exceptions.reset();
}

namespace {

/// The names a lambda is known by: the variable it initialises, or the
/// parameter of the called function it is passed to (directly, through
/// std::function construction, or converted to a function pointer).
llvm::SmallVector<std::string, 2> lambdaNames(const LambdaExpr &LE,
                                              const ParentMap &PM) {
  llvm::SmallVector<std::string, 2> Names;
  const Stmt *Child = &LE;
  for (int Depth = 0; Depth < 10; ++Depth) {
    const Stmt *P = PM.getParent(Child);
    if (!P)
      break;
    if (const auto *DS = dyn_cast<DeclStmt>(P)) {
      for (const Decl *D : DS->decls())
        if (const auto *VD = dyn_cast<VarDecl>(D); VD && VD->getInit())
          Names.push_back(VD->getNameAsString());
      break;
    }
    const auto *CE = dyn_cast<CallExpr>(P);
    const auto *Conv = dyn_cast_or_null<CXXMemberCallExpr>(CE);
    if (CE &&
        !(Conv && isa_and_nonnull<CXXConversionDecl>(Conv->getMethodDecl()))) {
      const FunctionDecl *FD = CE->getDirectCallee();
      unsigned Shift =
          isa<CXXOperatorCallExpr>(CE) && isa_and_nonnull<CXXMethodDecl>(FD)
              ? 1
              : 0;
      for (unsigned I = Shift; FD && I < CE->getNumArgs(); ++I)
        if (CE->getArg(I) == Child && I - Shift < FD->getNumParams())
          Names.push_back(FD->getParamDecl(I - Shift)->getNameAsString());
      break;
    }
    Child = P;
  }
  return Names;
}

} // namespace

FailurePaths::FunctionInfo *FailurePaths::infoFor(const FunctionDecl &F,
                                                  ASTContext &Ctx) {
  auto It = Cache.find(&F);
  if (It != Cache.end())
    return It->second.get();
  auto Info = F.getBody() ? analyze(F, Ctx) : nullptr;
  FunctionInfo *Result = Info.get();
  Cache[&F] = std::move(Info);
  return Result;
}

std::unique_ptr<FailurePaths::FunctionInfo>
FailurePaths::analyze(const FunctionDecl &F, ASTContext &Ctx) {
  const Decl *Callable = &F;
  const Stmt *Body = F.getBody();
  CFG::BuildOptions Options;
  Options.setAllAlwaysAdd();
  Options.AddImplicitDtors = false;
  Options.AddTemporaryDtors = false;
  Options.AddCXXDefaultInitExprInCtors = false;
  std::unique_ptr<CFG> Graph =
      CFG::buildCFG(Callable, const_cast<Stmt *>(Body), &Ctx, Options);
  if (!Graph)
    return nullptr;
  auto Info = std::make_unique<FunctionInfo>();
  Info->Parents = &Index.parents(F);
  unsigned N = Graph->getNumBlockIDs();
  Info->FirstMark.assign(N, ~0u);
  Info->SuccessIn.resize(N);
  Info->ConfirmedIn.resize(N);
  bool HasErrorSet = false;

  for (const CFGBlock *B : *Graph) {
    unsigned Index = 0;
    for (const CFGElement &E : *B) {
      if (auto CS = E.getAs<CFGStmt>()) {
        const Stmt *St = CS->getStmt();
        Info->Where.try_emplace(St, B, Index);
        bool Mark = isa<CXXThrowExpr>(St);
        if (const auto *CE = dyn_cast<CallExpr>(St)) {
          if (const FunctionDecl *FD = CE->getDirectCallee())
            Mark = Mark || FD->isNoReturn();
          if (auto Set = Status.classify(*CE, Ctx); Set && Set->isError()) {
            Mark = true;
            HasErrorSet = true;
          }
          // Recording an exception is failure evidence too.
          Mark = Mark || Exceptions.recordOf(*CE, nullptr, Ctx).has_value();
        }
        if (Mark && Info->FirstMark[B->getBlockID()] == ~0u)
          Info->FirstMark[B->getBlockID()] = Index;
      }
      ++Index;
    }
  }

  // Which successor edges are the failing (or succeeding) edge of a test.
  auto EdgeOutcome = [&](const CFGBlock &B,
                         unsigned SuccIndex) -> std::optional<Outcome> {
    const Stmt *Term = B.getTerminatorStmt();
    if (!Term)
      return std::nullopt;
    if (const auto *Switch = dyn_cast<SwitchStmt>(Term)) {
      if (!hasSuccessCase(*Switch))
        return std::nullopt;
      const CFGBlock *Succ = *(B.succ_begin() + SuccIndex);
      if (!Succ)
        return std::nullopt;
      if (const auto *Case = dyn_cast_or_null<CaseStmt>(Succ->getLabel())) {
        if (const auto *EC = enumeratorOf(Case->getLHS()))
          return isSuccessEnumerator(*EC) ? Outcome::Success : Outcome::Failure;
        return std::nullopt;
      }
      return Outcome::Failure; // default, or past the switch
    }
    if (B.succ_size() != 2 || SuccIndex > 1)
      return std::nullopt;
    const Expr *Cond = branchCondition(B);
    if (!Cond)
      return std::nullopt;
    std::optional<Outcome> WhenTrue = outcomeImpl(Cond, Opts, &Ctx);
    if (!WhenTrue)
      return std::nullopt;
    return SuccIndex == 0 ? WhenTrue : invert(WhenTrue);
  };

  auto Propagate = [&](llvm::BitVector &In,
                       llvm::SmallVectorImpl<const CFGBlock *> &Work) {
    while (!Work.empty()) {
      const CFGBlock *B = Work.pop_back_val();
      if (Info->FirstMark[B->getBlockID()] != ~0u)
        continue;
      unsigned I = 0;
      for (auto SI = B->succ_begin(); SI != B->succ_end(); ++SI, ++I) {
        const CFGBlock *Succ = SI->getReachableBlock();
        if (!Succ || In.test(Succ->getBlockID()))
          continue;
        if (isa_and_nonnull<CXXCatchStmt>(Succ->getLabel()))
          continue; // entering a handler
        if (EdgeOutcome(*B, I) == Outcome::Failure)
          continue;
        In.set(Succ->getBlockID());
        Work.push_back(Succ);
      }
    }
  };

  llvm::SmallVector<const CFGBlock *, 32> Work;
  const CFGBlock &Entry = Graph->getEntry();
  Info->SuccessIn.set(Entry.getBlockID());
  Work.push_back(&Entry);
  Propagate(Info->SuccessIn, Work);

  // Success confirmed by an explicit outcome test.
  for (const CFGBlock *B : *Graph) {
    if (!Info->SuccessIn.test(B->getBlockID()) ||
        Info->FirstMark[B->getBlockID()] != ~0u)
      continue;
    unsigned I = 0;
    for (auto SI = B->succ_begin(); SI != B->succ_end(); ++SI, ++I) {
      const CFGBlock *Succ = SI->getReachableBlock();
      if (Succ && !Info->ConfirmedIn.test(Succ->getBlockID()) &&
          EdgeOutcome(*B, I) == Outcome::Success) {
        Info->ConfirmedIn.set(Succ->getBlockID());
        Work.push_back(Succ);
      }
    }
  }
  Propagate(Info->ConfirmedIn, Work);

  // The purpose of the function.
  const FunctionIndex::LambdaSite *Site = Index.lambdaSite(F);
  if (const auto *ND = dyn_cast<NamedDecl>(Callable)) {
    llvm::SmallVector<std::string, 2> Names;
    const auto *MD = dyn_cast<CXXMethodDecl>(ND);
    if (MD && MD->getParent() && MD->getParent()->isLambda()) {
      if (Site)
        Names = lambdaNames(*Site->Expr, Index.parents(*Site->Outer));
    } else if (ND->getDeclName().isIdentifier()) {
      Names.push_back(ND->getName().str());
    }
    for (const std::string &Name : Names)
      Info->FailureFunction |= Opts.FailureFunctionPattern.matches(Name);
  }
  if (HasErrorSet && !Info->SuccessIn.test(Graph->getExit().getBlockID()))
    Info->FailureFunction = true; // every path sets an error status

  // A lambda created on a failure path (in a handler, under `if (!ok)`)
  // runs for the failure: `Post([span] { ... })` in a catch handler.
  if (Site && Site->Outer != &F) {
    Verdict Outer = classify(*Site->Expr, *Site->Outer, Ctx);
    if (Outer.Analyzed && !Outer.OnSuccessPath)
      Info->FailureFunction = true;
  }

  // Blocks from which every path meets failure evidence before the exit
  // (`span->SetAttribute(...); throw ...;`): a greatest fixpoint.
  Info->MustFail.resize(N, true);
  Info->MustFail.reset(Graph->getExit().getBlockID());
  for (bool Changed = true; Changed;) {
    Changed = false;
    for (const CFGBlock *B : *Graph) {
      unsigned ID = B->getBlockID();
      if (!Info->MustFail.test(ID) || Info->FirstMark[ID] != ~0u)
        continue;
      bool AnySucc = false, AllFail = true;
      for (const CFGBlock *Succ : B->succs()) {
        if (!Succ)
          continue;
        AnySucc = true;
        AllFail = AllFail && Info->MustFail.test(Succ->getBlockID());
      }
      if (!AnySucc || !AllFail) {
        Info->MustFail.reset(ID);
        Changed = true;
      }
    }
  }

  Info->Graph = std::move(Graph);
  return Info;
}

FailurePaths::Verdict
FailurePaths::classify(const Stmt &S, const FunctionDecl &F, ASTContext &Ctx) {
  Verdict V;
  FunctionInfo *Info = infoFor(F, Ctx);
  if (!Info)
    return V;
  auto Pos = Info->locate(&S);
  if (!Pos)
    return V;
  V.Analyzed = true;
  unsigned ID = Pos->first->getBlockID();
  bool BeforeMark = Pos->second <= Info->FirstMark[ID];
  // Failure evidence that follows on every path makes it a failure path too.
  bool MarkFollows =
      Info->FirstMark[ID] != ~0u && Info->FirstMark[ID] > Pos->second;
  bool AllSuccsFail = false;
  for (const CFGBlock *Succ : Pos->first->succs()) {
    if (!Succ)
      continue;
    AllSuccsFail = Info->MustFail.test(Succ->getBlockID());
    if (!AllSuccsFail)
      break;
  }
  const llvm::BitVector &In =
      Info->FailureFunction ? Info->ConfirmedIn : Info->SuccessIn;
  V.OnSuccessPath = In.test(ID) && BeforeMark && !MarkFollows && !AllSuccsFail;
  V.UnderUnclassifiedBranch = underUnclassifiedBranch(S, *Info->Parents, Ctx);
  return V;
}

bool FailurePaths::underUnclassifiedBranch(const Stmt &S, const ParentMap &PM,
                                           ASTContext &Ctx) {
  const Stmt *Child = &S;
  while (const Stmt *P = PM.getParent(Child)) {
    // In a branch, the side of the condition that leads there must say
    // something about the outcome.
    if (const auto *If = dyn_cast<IfStmt>(P)) {
      Sides S = sidesOf(If->getCond(), Opts, &Ctx);
      if ((If->getThen() == Child && !S.WhenTrue) ||
          (If->getElse() == Child && !S.WhenFalse))
        return true;
    } else if (const auto *CO = dyn_cast<ConditionalOperator>(P)) {
      Sides S = sidesOf(CO->getCond(), Opts, &Ctx);
      if ((CO->getTrueExpr() == Child && !S.WhenTrue) ||
          (CO->getFalseExpr() == Child && !S.WhenFalse))
        return true;
    } else if (const auto *Switch = dyn_cast<SwitchStmt>(P)) {
      if (Switch->getBody() == Child && !hasSuccessCase(*Switch))
        return true;
    }
    Child = P;
  }
  return false;
}

bool FailurePaths::reaches(const Stmt &From, const Stmt &To,
                           const FunctionDecl &F, ASTContext &Ctx,
                           const CXXCatchStmt *Run) {
  FunctionInfo *Info = infoFor(F, Ctx);
  if (!Info)
    return false;
  auto A = Info->locate(&From);
  auto B = Info->locate(&To);
  if (!A || !B)
    return false;
  if (A->first == B->first && A->second < B->second)
    return true;
  llvm::SmallPtrSet<const CFGBlock *, 32> Seen;
  llvm::SmallVector<const CFGBlock *, 32> Work;
  for (const CFGBlock *Succ : A->first->succs())
    if (Succ)
      Work.push_back(Succ);
  while (!Work.empty()) {
    const CFGBlock *Blk = Work.pop_back_val();
    if (Run && Blk->getLabel() == Run)
      continue; // a later run of the handler: another exception
    if (Blk == B->first)
      return true;
    if (!Seen.insert(Blk).second)
      continue;
    for (const CFGBlock *Succ : Blk->succs())
      if (Succ)
        Work.push_back(Succ);
  }
  return false;
}

const CallExpr *FailurePaths::errorStatusBefore(const Stmt &S,
                                                const FunctionDecl &F,
                                                const void *Span,
                                                ASTContext &Ctx) {
  if (!Span)
    return nullptr;
  FunctionInfo *Info = infoFor(F, Ctx);
  if (!Info)
    return nullptr;
  auto Pos = Info->locate(&S);
  if (!Pos)
    return nullptr;
  const VarDecl *SpanVar = SpanStatusModel::spanVariable(Span);

  // Scans elements [0, End) of B backwards. Returns the error set found, or
  // sets Stop when the span's declaration ends this path.
  auto Scan = [&](const CFGBlock &B, unsigned End,
                  bool &Stop) -> const CallExpr * {
    for (unsigned I = End; I-- > 0;) {
      auto CS = B[I].getAs<CFGStmt>();
      if (!CS)
        continue;
      const Stmt *St = CS->getStmt();
      if (SpanVar) {
        if (const auto *DS = dyn_cast<DeclStmt>(St))
          for (const Decl *D : DS->decls())
            if (D->getCanonicalDecl() == SpanVar->getCanonicalDecl()) {
              Stop = true;
              return nullptr;
            }
      }
      const auto *CE = dyn_cast<CallExpr>(St);
      if (!CE)
        continue;
      auto Set = Status.classify(*CE, Ctx);
      if (Set && Set->isError() && SpanStatusModel::spanIdentity(*CE) == Span)
        return CE;
    }
    return nullptr;
  };

  bool Stop = false;
  if (const CallExpr *Found = Scan(*Pos->first, Pos->second, Stop))
    return Found;
  if (Stop)
    return nullptr;
  llvm::SmallPtrSet<const CFGBlock *, 32> Seen;
  llvm::SmallVector<const CFGBlock *, 32> Work;
  for (const CFGBlock *P : Pos->first->preds())
    if (P)
      Work.push_back(P);
  while (!Work.empty()) {
    const CFGBlock *B = Work.pop_back_val();
    if (!Seen.insert(B).second)
      continue;
    bool StopHere = false;
    if (const CallExpr *Found = Scan(*B, B->size(), StopHere))
      return Found;
    if (StopHere)
      continue;
    for (const CFGBlock *P : B->preds())
      if (P)
        Work.push_back(P);
  }
  return nullptr;
}

} // namespace clang::tidy::otel
