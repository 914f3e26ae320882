//===--- ExceptionRecords.cpp - otel-tidy -----------------------*- C++ -*-===//

#include "model/ExceptionRecords.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Basic/SourceManager.h"

namespace clang::tidy::otel {

namespace {

bool isCalled(const CallExpr *CE, llvm::StringRef Name) {
  const FunctionDecl *FD = CE ? CE->getDirectCallee() : nullptr;
  return FD && FD->getDeclName().isIdentifier() && FD->getName() == Name &&
         llvm::StringRef(qualifiedName(*FD)).starts_with("::std::");
}

} // namespace

bool isExceptionPtr(const CXXRecordDecl *RD) {
  // libstdc++ spells it std::__exception_ptr::exception_ptr.
  return RD && RD->getDeclName().isIdentifier() &&
         RD->getName() == "exception_ptr" &&
         llvm::StringRef(qualifiedName(*RD)).starts_with("::std::");
}

bool isExceptionType(QualType T) {
  const CXXRecordDecl *RD = T.getNonReferenceType()->getAsCXXRecordDecl();
  return RD && (isExceptionPtr(RD) || isOrDerivesFrom(RD, "::std::exception"));
}

bool ExceptionModel::mentionsException(const Stmt *S, const VarDecl *Caught) {
  if (!S)
    return false;
  if (const auto *DRE = dyn_cast<DeclRefExpr>(S)) {
    if (Caught && DRE->getDecl() == Caught)
      return true;
    if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl()))
      if (isExceptionPtr(
              VD->getType().getNonReferenceType()->getAsCXXRecordDecl()))
        return true;
  }
  if (isCalled(dyn_cast<CallExpr>(S), "current_exception"))
    return true;
  for (const Stmt *Child : S->children())
    if (mentionsException(Child, Caught))
      return true;
  return false;
}

bool ExceptionModel::hasExceptionKey(const CallExpr &Call, unsigned FirstArg,
                                     ASTContext &Ctx) const {
  llvm::SmallVector<AttributePut, 4> Pairs;
  for (unsigned I = FirstArg; I < Call.getNumArgs(); ++I)
    Attributes.collectArgument(Call.getArg(I), Call, AttributeSink::SpanEvent,
                               /*Body=*/nullptr, Ctx, Pairs);
  for (const AttributePut &P : Pairs)
    if (auto Key = AttributeModel::stringValue(P.Key, Ctx);
        Key && llvm::StringRef(*Key).starts_with("exception."))
      return true;
  return false;
}

std::optional<RecordKind> ExceptionModel::recordOf(const CallExpr &Call,
                                                   const VarDecl *Caught,
                                                   ASTContext &Ctx) {
  const FunctionDecl *FD = Call.getDirectCallee();
  if (!FD)
    return std::nullopt;
  if (Opts.ExceptionRecorders.contains(*FD))
    return RecordKind::Recorder;
  if (!FD->getDeclName().isIdentifier())
    return std::nullopt;
  llvm::StringRef Name = FD->getName();
  unsigned First = isa<CXXOperatorCallExpr>(Call) ? 1 : 0;
  const auto *MD = dyn_cast<CXXMethodDecl>(FD);
  const CXXRecordDecl *Class = MD ? MD->getParent() : nullptr;

  if (Class && isOrDerivesFrom(Class, "::opentelemetry::trace::Span")) {
    if (Name == "RecordException")
      return RecordKind::SpanEvent;
    if (Name != "AddEvent" || Call.getNumArgs() <= First)
      return std::nullopt;
    const Expr *EventName = Call.getArg(First);
    if (AttributeModel::stringValue(EventName, Ctx) ==
            std::string("exception") ||
        mentionsException(EventName, Caught) ||
        hasExceptionKey(Call, First + 1, Ctx))
      return RecordKind::SpanEvent;
    return std::nullopt;
  }
  if (Class && isOrDerivesFrom(Class, "::opentelemetry::logs::Logger")) {
    static constexpr llvm::StringLiteral LogCalls[] = {
        "EmitLogRecord", "Trace", "Debug", "Info",
        "Warn",          "Error", "Fatal", "Log"};
    if (!llvm::is_contained(LogCalls, Name))
      return std::nullopt;
    for (unsigned I = First; I < Call.getNumArgs(); ++I)
      if (mentionsException(Call.getArg(I), Caught))
        return RecordKind::LogRecord;
    if (hasExceptionKey(Call, First, Ctx))
      return RecordKind::LogRecord;
    return std::nullopt;
  }
  if (Class && isOrDerivesFrom(Class, "::opentelemetry::logs::LogRecord")) {
    if (Name == "SetAttribute" && Call.getNumArgs() > First)
      if (auto Key = AttributeModel::stringValue(Call.getArg(First), Ctx);
          Key && llvm::StringRef(*Key).starts_with("exception."))
        return RecordKind::LogRecord;
    if (Name == "SetBody" && Call.getNumArgs() > First &&
        mentionsException(Call.getArg(First), Caught))
      return RecordKind::LogRecord;
    return std::nullopt;
  }
  if (Class && qualifiedName(*Class) == "::opencensus::trace::Span") {
    if (Name == "AddAnnotation" && Call.getNumArgs() > First &&
        (mentionsException(Call.getArg(First), Caught) ||
         hasExceptionKey(Call, First + 1, Ctx)))
      return RecordKind::Annotation;
    return std::nullopt;
  }
  // A function of this translation unit that records its exception
  // parameter, called with the caught exception.
  int Param = recordedParameter(*FD, Ctx);
  if (Param < 0)
    return std::nullopt;
  unsigned ArgIndex = First + static_cast<unsigned>(Param);
  if (ArgIndex < Call.getNumArgs() &&
      mentionsException(Call.getArg(ArgIndex), Caught))
    return RecordKind::Wrapper;
  return std::nullopt;
}

namespace {

/// The object a LogRecord method is called on: records on one log record
/// (its body and its exception.* attributes) are one record.
const void *groupOf(const CallExpr &Call, RecordKind Kind) {
  const auto *MC = dyn_cast<CXXMemberCallExpr>(&Call);
  if (Kind != RecordKind::LogRecord || !MC || !MC->getMethodDecl())
    return &Call;
  if (!isOrDerivesFrom(MC->getMethodDecl()->getParent(),
                       "::opentelemetry::logs::LogRecord"))
    return &Call;
  const Expr *Obj = MC->getImplicitObjectArgument()->IgnoreParenImpCasts();
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Obj))
    Obj = Op->getArg(0)->IgnoreParenImpCasts();
  if (const auto *DRE = dyn_cast<DeclRefExpr>(Obj))
    return DRE->getDecl();
  return &Call;
}

} // namespace

std::optional<ExceptionRecord> ExceptionModel::record(const CallExpr &Call,
                                                      const VarDecl *Caught,
                                                      ASTContext &Ctx) {
  std::optional<RecordKind> K = recordOf(Call, Caught, Ctx);
  if (!K)
    return std::nullopt;
  return ExceptionRecord{&Call, *K, groupOf(Call, *K)};
}

std::optional<Rethrow> ExceptionModel::rethrowOf(const Stmt &S,
                                                 const VarDecl *Caught) {
  if (const auto *Throw = dyn_cast<CXXThrowExpr>(&S)) {
    const Expr *Sub = Throw->getSubExpr();
    if (!Sub)
      return Rethrow{Throw, false, false};
    const Expr *Thrown = Sub->IgnoreImplicit();
    if (const auto *Copy = dyn_cast<CXXConstructExpr>(Thrown);
        Copy && Copy->getNumArgs() == 1)
      Thrown = Copy->getArg(0)->IgnoreImplicit(); // `throw e;` copies e
    const auto *DRE = dyn_cast<DeclRefExpr>(Thrown);
    if (Caught && DRE && DRE->getDecl() == Caught)
      return Rethrow{Throw, true, false};
    return std::nullopt;
  }
  if (isCalled(dyn_cast<CallExpr>(&S), "rethrow_exception"))
    return Rethrow{cast<Expr>(&S), false, true};
  return std::nullopt;
}

int ExceptionModel::recordedParameter(const FunctionDecl &Decl,
                                      ASTContext &Ctx) {
  const FunctionDecl *FD = Decl.getDefinition();
  if (!FD || !FD->hasBody())
    return -1;
  auto It = WrapperParam.find(FD);
  if (It != WrapperParam.end())
    return It->second;
  WrapperParam[FD] = -1; // guards recursion
  // The API itself (logger templates, SDK code) is not a wrapper.
  if (Ctx.getSourceManager().isInSystemHeader(FD->getLocation()))
    return -1;
  int Result = -1;
  for (unsigned I = 0; I < FD->getNumParams() && Result < 0; ++I) {
    const ParmVarDecl *P = FD->getParamDecl(I);
    if (!isExceptionType(P->getType()))
      continue;
    // Does the body record P?
    llvm::SmallVector<const Stmt *, 32> Work{FD->getBody()};
    while (!Work.empty() && Result < 0) {
      const Stmt *S = Work.pop_back_val();
      if (!S || isa<LambdaExpr>(S))
        continue;
      if (const auto *CE = dyn_cast<CallExpr>(S))
        if (recordOf(*CE, P, Ctx) && mentionsException(CE, P))
          Result = static_cast<int>(I);
      for (const Stmt *Child : S->children())
        Work.push_back(Child);
    }
  }
  WrapperParam[FD] = Result;
  return Result;
}

} // namespace clang::tidy::otel
