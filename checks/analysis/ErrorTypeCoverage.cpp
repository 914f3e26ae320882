//===--- ErrorTypeCoverage.cpp - otel-tidy ----------------------*- C++ -*-===//

#include "analysis/ErrorTypeCoverage.h"
#include "model/SpanStatus.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/Stmt.h"

namespace clang::tidy::otel {

namespace {

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

/// Whether \p S hands \p Span to a call that may set an attribute on it.
bool handsOn(const Stmt &S, const void *Span) {
  unsigned Shift = 0;
  const FunctionDecl *Callee = calleeOf(S);
  for (const Expr *A : argumentsOf(S, Shift))
    if (SpanStatusModel::identityOf(*A) == Span &&
        !(Callee && SpanStatusModel::neverSetsAttributes(*Callee)))
      return true;
  return false;
}

} // namespace

bool ErrorTypeCoverage::mayGetErrorType(const void *Span, const Stmt &Through,
                                        const FunctionDecl &F,
                                        ASTContext &Ctx) {
  if (onPath(Span, Through, F, Ctx))
    return true;
  const auto *D = static_cast<const Decl *>(Span);
  // A span of this object: another method may set error.type on it.
  if (isa<FieldDecl>(D))
    return anywhereInUnit(Span, Ctx);
  // A span given to a wrapper: its callers may set error.type. (A lambda
  // may use a parameter of the function it is in.)
  if (const auto *P = dyn_cast<ParmVarDecl>(D)) {
    const auto *Owner = dyn_cast<FunctionDecl>(P->getDeclContext());
    return !Owner || byCallers(*P, *Owner, Ctx);
  }
  return false;
}

bool ErrorTypeCoverage::onPath(const void *Span, const Stmt &Through,
                               const FunctionDecl &F, ASTContext &Ctx) {
  auto OnPath = [&](const Stmt &S) {
    return Paths.reaches(S, Through, F, Ctx) ||
           Paths.reaches(Through, S, F, Ctx);
  };
  bool Covered = false;
  FunctionIndex::forEachStmt(F, [&](const Stmt *S) {
    if (Covered || S == &Through || !isa<CallExpr, CXXConstructExpr>(S))
      return;
    // error.type set on the span: `span->SetAttribute(kErrorType, ...)`, or
    // in the attributes it started with.
    if (const auto *Call = dyn_cast<CallExpr>(S))
      for (const Site &Found : sites(F, Ctx))
        if (Found.Sink == Call &&
            (Found.Target == Span ||
             SpanStatusModel::isCurrentSpan(Found.Target)) &&
            (Found.AtStart || OnPath(*Found.Sink)))
          Covered = true;
    if (Covered)
      return;
    // The span handed to a call.
    unsigned Shift = 0;
    llvm::SmallVector<const Expr *, 4> Args = argumentsOf(*S, Shift);
    const FunctionDecl *Callee = calleeOf(*S);
    for (unsigned I = 0; I < Args.size() && !Covered; ++I) {
      if (SpanStatusModel::identityOf(*Args[I]) != Span ||
          (Callee && SpanStatusModel::neverSetsAttributes(*Callee)) ||
          !OnPath(*S))
        continue;
      // A configured setter.
      if (Callee && Opts.ErrorTypeSetters.contains(*Callee)) {
        Covered = true;
        break;
      }
      const auto *Call = dyn_cast<CallExpr>(S);
      const FunctionDecl *Def =
          Call ? ValueFlow::definedCallee(*Call) : nullptr;
      // Escapes into code not understood, or a function of the unit that
      // sets error.type on that parameter or hands it on.
      Covered = !Def || I < Shift || setByCallee(*Def, I - Shift, Ctx);
    }
  });
  return Covered;
}

bool ErrorTypeCoverage::setByCallee(const FunctionDecl &Def, unsigned Param,
                                    ASTContext &Ctx) {
  // Which span a call of \p In sets error.type on, if it does.
  auto ErrorTypeReceiver = [&](const CallExpr &C,
                               const FunctionDecl &In) -> const Expr * {
    llvm::SmallVector<AttributePut, 2> Inner;
    Attributes.collect(C, In.getBody(), Ctx, Inner);
    for (const AttributePut &P : Inner)
      if (Attributes.isErrorTypeKey(P.Key, Ctx))
        if (const auto *MC = dyn_cast<CXXMemberCallExpr>(P.Sink))
          return SpanStatusModel::spanBase(*MC->getImplicitObjectArgument());
    if (const FunctionDecl *Callee = C.getDirectCallee();
        Callee && Opts.ErrorTypeSetters.contains(*Callee) && C.getNumArgs() > 0)
      return SpanStatusModel::spanBase(*C.getArg(0));
    return nullptr;
  };
  if (llvm::is_contained(
          Values.parametersReaching(Def, "error-type-span", ErrorTypeReceiver),
          Param))
    return true;
  // Handed on to anything but the span's own methods: not understood.
  const void *PD = Def.getParamDecl(Param)->getCanonicalDecl();
  bool HandedOn = false;
  FunctionIndex::forEachStmt(Def, [&](const Stmt *Inner) {
    HandedOn = HandedOn || handsOn(*Inner, PD);
  });
  return HandedOn;
}

const llvm::SmallVector<ErrorTypeCoverage::Site, 2> &
ErrorTypeCoverage::sites(const FunctionDecl &F, ASTContext &Ctx) {
  auto [It, New] = Sites.try_emplace(&F);
  if (!New)
    return It->second;
  llvm::SmallVector<Site, 2> Found;
  llvm::SmallVector<AttributePut, 4> Puts;
  FunctionIndex::forEachStmt(F, [&](const Stmt *S) {
    const auto *Call = dyn_cast<CallExpr>(S);
    if (!Call)
      return;
    Puts.clear();
    Attributes.collect(*Call, F.getBody(), Ctx, Puts);
    for (const AttributePut &P : Puts) {
      if (!Attributes.isErrorTypeKey(P.Key, Ctx))
        continue;
      const void *Target = SpanStatusModel::spanIdentity(*P.Sink);
      bool AtStart = P.Kind == AttributeSink::SpanStart;
      if (AtStart) {
        // The variable the started span is stored in.
        const Stmt *Up = Index.parentOf(*P.Sink, F);
        while (Up && isa<Expr>(Up))
          Up = Index.parentOf(*Up, F);
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

bool ErrorTypeCoverage::byCallers(const ParmVarDecl &Span,
                                  const FunctionDecl &F, ASTContext &Ctx,
                                  unsigned Depth) {
  // Past a few calls up, or with no caller in sight (the callers are in
  // other files), the callers may set error.type.
  if (Depth > 4)
    return true;
  if (Depth == 0)
    if (auto It = CallersSet.find(&Span); It != CallersSet.end())
      return It->second;
  bool Result = byCallersUncached(Span, F, Ctx, Depth);
  if (Depth == 0)
    CallersSet[&Span] = Result;
  return Result;
}

bool ErrorTypeCoverage::byCallersUncached(const ParmVarDecl &Span,
                                          const FunctionDecl &F,
                                          ASTContext &Ctx, unsigned Depth) {
  unsigned Param = Span.getFunctionScopeIndex();
  bool Called = false;
  bool Covered = false;
  for (const FunctionDecl *Caller : Index.functions()) {
    FunctionIndex::forEachStmt(*Caller, [&](const Stmt *S) {
      const auto *Call = dyn_cast<CallExpr>(S);
      if (Covered || !Call ||
          ValueFlow::definedCallee(*Call) != F.getDefinition())
        return;
      Called = true;
      const Expr *Arg = ValueFlow::argumentFor(*Call, Param);
      const void *Passed = Arg ? SpanStatusModel::identityOf(*Arg) : nullptr;
      if (!Passed || onPath(Passed, *Call, *Caller, Ctx))
        Covered = true;
      // The caller's own parameter: its callers decide.
      else if (const auto *P =
                   dyn_cast<ParmVarDecl>(static_cast<const Decl *>(Passed));
               P && P->getDeclContext() == Caller &&
               byCallers(*P, *Caller, Ctx, Depth + 1))
        Covered = true;
    });
    if (Covered)
      return true;
  }
  return !Called;
}

bool ErrorTypeCoverage::anywhereInUnit(const void *Member, ASTContext &Ctx) {
  // Asked once per member: a class sets the status of its span in many
  // places.
  auto [It, New] = MemberSet.try_emplace(Member, false);
  if (!New)
    return It->second;
  bool Set = false;
  llvm::SmallVector<AttributePut, 4> Puts;
  for (const FunctionDecl *F : Index.functions()) {
    FunctionIndex::forEachStmt(*F, [&](const Stmt *S) {
      const auto *Call = dyn_cast<CallExpr>(S);
      if (Set || !Call)
        return;
      Puts.clear();
      Attributes.collect(*Call, F->getBody(), Ctx, Puts);
      for (const AttributePut &P : Puts)
        if (Attributes.isErrorTypeKey(P.Key, Ctx) &&
            SpanStatusModel::spanIdentity(*P.Sink) == Member)
          Set = true;
      // Handed to another function: it may set it there.
      Set = Set || handsOn(*Call, Member);
    });
    if (Set)
      break;
  }
  MemberSet[Member] = Set;
  return Set;
}

} // namespace clang::tidy::otel
