//===--- DuplicateExceptionRecordingCheck.cpp - otel-tidy -------*- C++ -*-===//

#include "DuplicateExceptionRecordingCheck.h"
#include "utils/StatementEdits.h"
#include "utils/Templates.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/StmtCXX.h"
#include "llvm/ADT/SmallPtrSet.h"

namespace clang::tidy::otel {

namespace {

bool isSpanEventLike(RecordKind K) {
  return K == RecordKind::SpanEvent || K == RecordKind::Annotation;
}

/// "'Handle' → 'Send'": the calls an exception escaped from, at most four
/// names (the first two and the last one around an ellipsis).
std::string chainNames(const RecordedException &E) {
  std::vector<std::string> Names;
  for (const Hop &H : E.Chain)
    if (H.HopKind == Hop::Call)
      Names.push_back("'" + H.Function + "'");
  if (Names.size() > 4)
    Names.erase(Names.begin() + 2, Names.end() - 1),
        Names.insert(Names.begin() + 2, "…");
  std::string Out;
  for (const std::string &N : Names)
    Out += (Out.empty() ? "" : " → ") + N;
  return Out;
}

constexpr size_t MaxHopNotes = 6;

} // namespace

void DuplicateExceptionRecordingCheck::storeOptions(
    ClangTidyOptions::OptionMap &O) {
  Opts.store(Options, O, {OptionGroup::Exceptions, OptionGroup::Store});
}

void DuplicateExceptionRecordingCheck::checkFunction(const FunctionDecl &FD,
                                                     ASTContext &Ctx) {
  FunctionIndex::forEachStmt(FD, [&](const Stmt *S) {
    if (const auto *Try = dyn_cast<CXXTryStmt>(S))
      for (unsigned I = 0; I < Try->getNumHandlers(); ++I)
        checkHandler(*Try->getHandler(I), FD, Ctx);
  });
}

void DuplicateExceptionRecordingCheck::checkHandler(const CXXCatchStmt &H,
                                                    const FunctionDecl &FD,
                                                    ASTContext &Ctx) {
  ExceptionFlow &Flow = the().Flow;
  FailurePaths &Paths = the().Paths;
  const std::vector<ExceptionRecord> &Recs = Flow.recordsIn(H, Ctx);
  if (Recs.empty())
    return;
  // 1. Twice on one path of one run of this handler. A log record built in
  // several calls is one record: reported once, at its first call.
  llvm::SmallPtrSet<const void *, 4> ReportedGroups;
  for (size_t J = 0; J < Recs.size(); ++J) {
    if (ReportedGroups.count(Recs[J].Group))
      continue;
    for (size_t I = 0; I < Recs.size(); ++I) {
      if (I == J || Recs[I].Group == Recs[J].Group)
        continue;
      const ExceptionRecord &A = Recs[I], &B = Recs[J];
      bool AB = Paths.reaches(*A.Call, *B.Call, FD, Ctx, &H);
      bool BA = Paths.reaches(*B.Call, *A.Call, FD, Ctx, &H);
      // B comes after A: only A reaches B, or both (a loop within the run)
      // and A is first in the source.
      if (!AB || (BA && I > J))
        continue;
      reportTwiceInRun(B, A, FD, Ctx);
      ReportedGroups.insert(B.Group);
      break;
    }
  }
  // 2. Recorded before it arrived here: by an inner handler that rethrew
  // it, or by a callee (to any depth, or in another file).
  for (const RecordedException &E : Flow.arrivalsAt(H, FD, Ctx))
    for (const ExceptionRecord &Again : Recs)
      reportArrival(Again, E, FD, Ctx);
}

void DuplicateExceptionRecordingCheck::reportTwiceInRun(
    const ExceptionRecord &Later, const ExceptionRecord &First,
    const FunctionDecl &FD, ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  SourceLocation Loc = writtenLocation(Later.Call->getExprLoc(), SM);
  if (!claimLocation(Loc, SM))
    return;
  diag(Loc, "the caught exception is recorded a second time in this "
            "handler; record it once");
  // The conventions prefer the log record: of a span event and a log record
  // the span event goes, otherwise the later record.
  const ExceptionRecord &Drop =
      isSpanEventLike(First.Kind) && Later.Kind == RecordKind::LogRecord
          ? First
          : Later;
  auto Note = diag(writtenLocation(First.Call->getExprLoc(), SM),
                   "first recorded here", DiagnosticIDs::Note);
  attachFix(Note, Drop, FD, Ctx);
}

void DuplicateExceptionRecordingCheck::reportArrival(
    const ExceptionRecord &Again, const RecordedException &E,
    const FunctionDecl &FD, ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  SourceLocation Loc = writtenLocation(Again.Call->getExprLoc(), SM);
  if (!claimLocation(Loc, SM))
    return;
  std::string Names = chainNames(E);
  if (Names.empty())
    diag(Loc, "exception recorded again: an inner handler already recorded "
              "it and rethrew it");
  else
    diag(Loc, "exception recorded again: %0 already recorded it and "
              "rethrew it")
        << Names;
  // One note per step: each call it escaped from, then the first record.
  // A step in another file is told at the last step of this one.
  SourceLocation Here = Loc;
  size_t Shown = 0;
  for (size_t I = 0; I < E.Chain.size(); ++I) {
    const Hop &Step = E.Chain[I];
    bool Last = I + 1 == E.Chain.size();
    if (Step.Site)
      Here = writtenLocation(Step.Site->getBeginLoc(), SM);
    if (Step.HopKind == Hop::Call) {
      if (++Shown > MaxHopNotes && !Last)
        continue;
      if (Step.Site)
        diag(Here, "'%0' is called here and lets it through",
             DiagnosticIDs::Note)
            << Step.Function;
      else
        diag(Here, "'%0' (%1) is called and lets it through",
             DiagnosticIDs::Note)
            << Step.Function << Step.Where;
      continue;
    }
    if (Step.Site) {
      SourceLocation At = isa<Expr>(Step.Site)
                              ? cast<Expr>(Step.Site)->getExprLoc()
                              : Step.Site->getBeginLoc();
      auto Note =
          diag(writtenLocation(At, SM),
               "first recorded here, before the rethrow", DiagnosticIDs::Note);
      attachFix(Note, Again, FD, Ctx);
    } else {
      auto Note = diag(Here, "first recorded in '%0' (%1), before the rethrow",
                       DiagnosticIDs::Note)
                  << Step.Function << Step.Where;
      attachFix(Note, Again, FD, Ctx);
    }
  }
}

void DuplicateExceptionRecordingCheck::attachFix(DiagnosticBuilder &Note,
                                                 const ExceptionRecord &Drop,
                                                 const FunctionDecl &FD,
                                                 ASTContext &Ctx) {
  // The fix goes with the note (--fix-notes): which record to keep is a
  // judgment call.
  bool WholeRecord = Drop.Group == Drop.Call;
  if (!WholeRecord || Drop.Call->getExprLoc().isMacroID())
    return;
  // The record to drop may be in another function (a record in a callee):
  // only edit it when it is in this one.
  const FunctionDecl *Owner = &FD;
  if (the().Index.parents(FD).hasParent(Drop.Call) ||
      FD.getBody() == Drop.Call) {
    if (!callDependsOnTemplateArguments(*Drop.Call, *Owner, Ctx))
      Note << fixits::removeCallStatement(*Drop.Call, the().Index.parents(FD),
                                          Ctx);
  }
}

} // namespace clang::tidy::otel
