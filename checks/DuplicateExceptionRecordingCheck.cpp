//===--- DuplicateExceptionRecordingCheck.cpp - otel-tidy -------*- C++ -*-===//

#include "DuplicateExceptionRecordingCheck.h"
#include "utils/StatementEdits.h"
#include "utils/Templates.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/CXXInheritance.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/Support/raw_ostream.h"

using namespace clang::ast_matchers;

namespace clang::tidy::otel {

namespace {

using Record = DuplicateExceptionRecordingCheck::Record;
using Escape = DuplicateExceptionRecordingCheck::Escape;

/// Visits the statements of a handler that run with its exception: not
/// lambda bodies, not nested handlers (they have their own exception).
template <class Fn> void forEachInHandler(const Stmt *S, Fn &&F) {
  if (!S || isa<LambdaExpr>(S) || isa<CXXCatchStmt>(S))
    return;
  if (!F(S))
    return; // F handled it and does not want the children
  if (const auto *Try = dyn_cast<CXXTryStmt>(S)) {
    forEachInHandler(Try->getTryBlock(), F);
    return;
  }
  for (const Stmt *Child : S->children())
    forEachInHandler(Child, F);
}

QualType plainType(QualType T) {
  if (T.isNull())
    return T;
  return T.getNonReferenceType().getUnqualifiedType().getCanonicalType();
}

enum class Catch { Definitely, Maybe, No };

/// Whether handler \p H catches an exception of static type \p Thrown (null:
/// unknown).
Catch catches(const CXXCatchStmt &H, QualType Thrown) {
  QualType Handled = plainType(H.getCaughtType());
  if (Handled.isNull())
    return Catch::Definitely; // catch (...)
  if (Thrown.isNull())
    return Catch::Maybe;
  if (Handled == Thrown)
    return Catch::Definitely;
  const CXXRecordDecl *T = Thrown->getAsCXXRecordDecl();
  const CXXRecordDecl *C = Handled->getAsCXXRecordDecl();
  if (T && C && T->hasDefinition() && C->hasDefinition()) {
    CXXBasePaths Paths(/*FindAmbiguities=*/true, /*RecordPaths=*/true,
                       /*DetectVirtual=*/false);
    if (T->isDerivedFrom(C, Paths)) {
      // Only an unambiguous public base catches it.
      if (Paths.isAmbiguous(Handled->getCanonicalTypeUnqualified()) ||
          Paths.front().Access != AS_public)
        return Catch::No;
      return Catch::Definitely;
    }
    if (C->isDerivedFrom(T))
      return Catch::Maybe; // only if the dynamic type is derived enough
  }
  return Catch::No;
}

struct Catcher {
  Catch Result = Catch::No;
  const CXXCatchStmt *Handler = nullptr;
};

/// The handlers of \p Try that would see an exception of type \p Thrown.
Catcher catcherIn(const CXXTryStmt &Try, QualType Thrown) {
  for (unsigned I = 0; I < Try.getNumHandlers(); ++I) {
    Catch C = catches(*Try.getHandler(I), Thrown);
    if (C != Catch::No)
      return {C, Try.getHandler(I)};
  }
  return {};
}

/// The handler, in the same function, that catches an exception thrown out
/// of a handler of try statement \p Owner (\p PM: the function's parents).
Catcher enclosingCatcher(const CXXTryStmt &Owner, QualType Thrown,
                         const ParentMap &PM) {
  const Stmt *Child = &Owner;
  while (const Stmt *P = PM.getParent(Child)) {
    if (isa<LambdaExpr>(P))
      return {}; // the lambda boundary
    if (const auto *Try = dyn_cast<CXXTryStmt>(P);
        Try && Try->getTryBlock() == Child) {
      Catcher C = catcherIn(*Try, Thrown);
      if (C.Result != Catch::No)
        return C;
    }
    Child = P;
  }
  return {};
}

const CXXTryStmt *ownerOf(const CXXCatchStmt &H, const ParentMap &PM) {
  return dyn_cast_or_null<CXXTryStmt>(PM.getParent(&H));
}

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

/// How a function is named in a message: `Client::send`, or "a lambda".
std::string describe(const FunctionDecl &FD) {
  if (const auto *MD = dyn_cast<CXXMethodDecl>(&FD);
      MD && MD->getParent() && MD->getParent()->isLambda())
    return "the lambda";
  std::string Name;
  llvm::raw_string_ostream OS(Name);
  FD.printQualifiedName(OS);
  return "'" + OS.str() + "'";
}

bool isSpanEventLike(RecordKind K) {
  return K == RecordKind::SpanEvent || K == RecordKind::Annotation;
}

} // namespace

DuplicateExceptionRecordingCheck::DuplicateExceptionRecordingCheck(
    StringRef Name, ClangTidyContext *Context)
    : FunctionVisitingCheck(Name, Context), Opts(OtelOptions::read(Options)),
      Status(Opts), Attributes(Opts), Exceptions(Opts, Attributes),
      Paths(Opts, Status, Index) {}

void DuplicateExceptionRecordingCheck::storeOptions(
    ClangTidyOptions::OptionMap &O) {
  Opts.storeExceptionOptions(Options, O);
}

void DuplicateExceptionRecordingCheck::checkFunction(const FunctionDecl &FD,
                                                     ASTContext &Ctx) {
  FunctionIndex::forEachStmt(FD, [&](const Stmt *S) {
    if (const auto *Try = dyn_cast<CXXTryStmt>(S)) {
      for (unsigned I = 0; I < Try->getNumHandlers(); ++I)
        checkHandler(*Try->getHandler(I), FD, Ctx);
      checkCalls(*Try, FD, Ctx);
    }
  });
}

void DuplicateExceptionRecordingCheck::resetTranslationUnit() {
  Paths.reset();
  Exceptions.reset();
  Records.clear();
  Escapes.clear();
  Reported.clear();
}

const std::vector<Record> &
DuplicateExceptionRecordingCheck::recordsIn(const CXXCatchStmt &H,
                                            ASTContext &Ctx) {
  auto It = Records.find(&H);
  if (It != Records.end())
    return It->second;
  std::vector<Record> &Out = Records[&H];
  const VarDecl *Caught = H.getExceptionDecl();
  forEachInHandler(H.getHandlerBlock(), [&](const Stmt *S) {
    const auto *CE = dyn_cast<CallExpr>(S);
    if (!CE)
      return true;
    if (std::optional<RecordKind> K = Exceptions.recordOf(*CE, Caught, Ctx)) {
      Out.push_back({CE, *K, groupOf(*CE, *K)});
      return false; // its arguments are part of this record
    }
    return true;
  });
  return Out;
}

std::vector<Escape> DuplicateExceptionRecordingCheck::escapesOf(
    const CXXCatchStmt &H, const FunctionDecl &FD, ASTContext &Ctx) {
  std::vector<Escape> Out;
  const std::vector<Record> &Recs = recordsIn(H, Ctx);
  if (Recs.empty())
    return Out;
  const VarDecl *Caught = H.getExceptionDecl();
  QualType CaughtType = plainType(H.getCaughtType());
  forEachInHandler(H.getHandlerBlock(), [&](const Stmt *S) {
    const Expr *Rethrow = nullptr;
    QualType Thrown;
    if (const auto *Throw = dyn_cast<CXXThrowExpr>(S)) {
      const Expr *Sub = Throw->getSubExpr();
      const Expr *Thrown0 = Sub ? Sub->IgnoreImplicit() : nullptr;
      if (const auto *Copy = dyn_cast_or_null<CXXConstructExpr>(Thrown0);
          Copy && Copy->getNumArgs() == 1)
        Thrown0 = Copy->getArg(0)->IgnoreImplicit(); // `throw e;` copies e
      const auto *DRE = dyn_cast_or_null<DeclRefExpr>(Thrown0);
      if (!Sub || (Caught && DRE && DRE->getDecl() == Caught)) {
        Rethrow = Throw;
        Thrown = CaughtType; // `throw e;` copies the static type
      }
    } else if (const auto *CE = dyn_cast<CallExpr>(S)) {
      const FunctionDecl *FD = CE->getDirectCallee();
      if (FD && FD->getDeclName().isIdentifier() &&
          FD->getName() == "rethrow_exception" &&
          llvm::StringRef(qualifiedName(*FD)).starts_with("::std::"))
        Rethrow = CE; // type unknown
    }
    if (!Rethrow)
      return true;
    for (const Record &R : Recs)
      if (Paths.reaches(*R.Call, *Rethrow, FD, Ctx, &H)) {
        Out.push_back({&R, Rethrow, Thrown});
        break;
      }
    return true;
  });
  return Out;
}

const std::vector<Escape> &
DuplicateExceptionRecordingCheck::escapingFrom(const FunctionDecl &FD,
                                               ASTContext &Ctx) {
  auto It = Escapes.find(&FD);
  if (It != Escapes.end())
    return It->second;
  std::vector<Escape> &Out = Escapes[&FD];
  llvm::SmallVector<const Stmt *, 32> Work{FD.getBody()};
  while (!Work.empty()) {
    const Stmt *S = Work.pop_back_val();
    if (!S || isa<LambdaExpr>(S))
      continue;
    if (const auto *H = dyn_cast<CXXCatchStmt>(S)) {
      const ParentMap &PM = Index.parents(FD);
      const CXXTryStmt *Owner = ownerOf(*H, PM);
      for (const Escape &E : escapesOf(*H, FD, Ctx))
        if (Owner && enclosingCatcher(*Owner, E.Thrown, PM).Result == Catch::No)
          Out.push_back(E);
    }
    for (const Stmt *Child : S->children())
      Work.push_back(Child);
  }
  return Out;
}

void DuplicateExceptionRecordingCheck::checkHandler(const CXXCatchStmt &H,
                                                    const FunctionDecl &FD,
                                                    ASTContext &Ctx) {
  const std::vector<Record> &Recs = recordsIn(H, Ctx);
  // 1. Twice on one path of this handler. A log record built in several
  // calls is one record: reported once, at its first call.
  llvm::SmallPtrSet<const void *, 4> ReportedGroups;
  for (size_t J = 0; J < Recs.size(); ++J) {
    if (ReportedGroups.count(Recs[J].Group))
      continue;
    for (size_t I = 0; I < Recs.size(); ++I) {
      if (I == J || Recs[I].Group == Recs[J].Group)
        continue;
      const Record &A = Recs[I], &B = Recs[J];
      bool AB = Paths.reaches(*A.Call, *B.Call, FD, Ctx, &H);
      bool BA = Paths.reaches(*B.Call, *A.Call, FD, Ctx, &H);
      // B comes after A: only A reaches B, or both (a loop) and A is first
      // in the source.
      bool AFirst = AB && (!BA || I < J);
      if (!AFirst)
        continue;
      report(B, A, /*Case=*/0, "", FD, Ctx);
      ReportedGroups.insert(B.Group);
      break;
    }
  }
  // 2. Recorded, rethrown and recorded again by an enclosing handler.
  const ParentMap &PM = Index.parents(FD);
  const CXXTryStmt *Owner = ownerOf(H, PM);
  if (!Owner)
    return;
  for (const Escape &E : escapesOf(H, FD, Ctx)) {
    Catcher C = enclosingCatcher(*Owner, E.Thrown, PM);
    if (C.Result != Catch::Definitely)
      continue;
    for (const Record &Again : recordsIn(*C.Handler, Ctx))
      report(Again, *E.First, /*Case=*/1, "", FD, Ctx);
  }
}

void DuplicateExceptionRecordingCheck::checkCalls(const CXXTryStmt &Try,
                                                  const FunctionDecl &FD,
                                                  ASTContext &Ctx) {
  // 3. A call inside the try block of a function that records and rethrows.
  llvm::SmallVector<const Stmt *, 32> Work{Try.getTryBlock()};
  while (!Work.empty()) {
    const Stmt *S = Work.pop_back_val();
    if (!S || isa<LambdaExpr>(S) || isa<CXXTryStmt>(S))
      continue; // a nested try sees the exception first
    if (const auto *CE = dyn_cast<CallExpr>(S)) {
      const FunctionDecl *Callee = CE->getDirectCallee();
      const FunctionDecl *Def = Callee ? Callee->getDefinition() : nullptr;
      if (Def && Def->hasBody() &&
          !Ctx.getSourceManager().isInSystemHeader(Def->getLocation())) {
        for (const Escape &E : escapingFrom(*Def, Ctx)) {
          Catcher C = catcherIn(Try, E.Thrown);
          if (C.Result != Catch::Definitely)
            continue;
          for (const Record &Again : recordsIn(*C.Handler, Ctx))
            report(Again, *E.First, /*Case=*/2, describe(*Def), FD, Ctx);
        }
      }
    }
    for (const Stmt *Child : S->children())
      Work.push_back(Child);
  }
}

void DuplicateExceptionRecordingCheck::report(
    const Record &Later, const Record &First, unsigned Case,
    const std::string &Function, const FunctionDecl &FD, ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  SourceLocation Loc = Later.Call->getExprLoc();
  bool InMacro = Loc.isMacroID();
  if (InMacro)
    Loc = SM.getExpansionLoc(Loc);
  if (!Reported.insert(SM.getFileLoc(Loc).getRawEncoding()).second)
    return;
  switch (Case) {
  case 0:
    diag(Loc, "the caught exception is recorded a second time in this "
              "handler; record it once");
    break;
  case 1:
    diag(Loc, "exception recorded again: an inner handler already recorded "
              "it and rethrew it");
    break;
  default:
    diag(Loc, "exception recorded again: %0 already recorded it and "
              "rethrew it")
        << Function;
    break;
  }
  // The fix goes with the note (--fix-notes): which record to keep is a
  // judgment call. The conventions prefer the log record, so of a span event
  // and a log record the span event goes; otherwise the later record.
  const Record *Drop = &Later;
  if (Case == 0 && isSpanEventLike(First.Kind) &&
      Later.Kind == RecordKind::LogRecord)
    Drop = &First;
  SourceLocation FirstLoc = First.Call->getExprLoc();
  if (FirstLoc.isMacroID())
    FirstLoc = SM.getExpansionLoc(FirstLoc);
  auto Note = diag(FirstLoc,
                   Case == 0 ? "first recorded here"
                             : "first recorded here, before the rethrow",
                   DiagnosticIDs::Note);
  bool WholeRecord = Drop->Group == Drop->Call;
  if (WholeRecord && !Drop->Call->getExprLoc().isMacroID() &&
      !callDependsOnTemplateArguments(*Drop->Call, FD, Ctx))
    Note << fixits::removeCallStatement(*Drop->Call, Index.parents(FD), Ctx);
}

} // namespace clang::tidy::otel
