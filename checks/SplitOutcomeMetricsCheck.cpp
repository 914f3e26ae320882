//===--- SplitOutcomeMetricsCheck.cpp - otel-tidy ---------------*- C++ -*-===//

#include "SplitOutcomeMetricsCheck.h"
#include "model/Metrics.h"
#include "utils/Expressions.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Stmt.h"

namespace clang::tidy::otel {

namespace {

/// Whether control never falls off the end of \p S: it ends in `return`,
/// `throw`, `continue` or `break`.
bool leaves(const Stmt *S) {
  if (const auto *CS = dyn_cast_or_null<CompoundStmt>(S))
    return !CS->body_empty() && leaves(CS->body_back());
  if (const auto *E = dyn_cast_or_null<Expr>(S))
    return isa<CXXThrowExpr>(E->IgnoreParenImpCasts());
  return isa_and_nonnull<ReturnStmt, ContinueStmt, BreakStmt>(S);
}

/// The two sides of an outcome test: the statements under each.
struct Side {
  llvm::SmallVector<const Stmt *, 4> Roots;
  bool contains(const Stmt *S, const ParentMap &PM) const {
    return llvm::any_of(
        Roots, [&](const Stmt *Root) { return isWithin(S, Root, PM); });
  }
};

} // namespace

void SplitOutcomeMetricsCheck::storeOptions(ClangTidyOptions::OptionMap &O) {
  Opts.store(Options, O, {OptionGroup::Failure});
}

void SplitOutcomeMetricsCheck::checkFunction(const FunctionDecl &FD,
                                             ASTContext &Ctx) {
  llvm::SmallVector<MetricRecord, 8> Records;
  llvm::SmallVector<const IfStmt *, 8> Tests;
  FunctionIndex::forEachStmt(FD, [&](const Stmt *S) {
    if (const auto *Call = dyn_cast<CallExpr>(S)) {
      if (std::optional<MetricRecord> R = MetricModel::record(*Call);
          R && R->Instrument)
        Records.push_back(*R);
    } else if (const auto *If = dyn_cast<IfStmt>(S)) {
      Tests.push_back(If);
    }
  });
  if (Records.size() < 2)
    return;
  const ParentMap &PM = the().Index.parents(FD);
  const SourceManager &SM = Ctx.getSourceManager();
  for (const IfStmt *If : Tests) {
    Sides Says = the().Outcomes.sides(If->getCond(), Ctx);
    if (!Says.WhenTrue || !Says.WhenFalse || *Says.WhenTrue == *Says.WhenFalse)
      continue;
    // The branch taken when the test is false: `else`, or what follows an
    // `if` whose branch always leaves.
    Side Then, Else;
    Then.Roots.push_back(If->getThen());
    if (If->getElse()) {
      Else.Roots.push_back(If->getElse());
    } else if (leaves(If->getThen())) {
      const auto *Block = dyn_cast_or_null<CompoundStmt>(PM.getParent(If));
      if (!Block)
        continue;
      bool After = false;
      for (const Stmt *Sibling : Block->body()) {
        if (After)
          Else.Roots.push_back(Sibling);
        After = After || Sibling == If;
      }
    } else {
      continue;
    }
    const Side &Success = *Says.WhenTrue == Outcome::Success ? Then : Else;
    const Side &Failure = *Says.WhenTrue == Outcome::Success ? Else : Then;
    // An instrument all of whose records are on one side.
    auto OnlyOn = [&](const Decl *Instrument, const Side &On) {
      return llvm::all_of(Records, [&](const MetricRecord &R) {
        return R.Instrument != Instrument || On.contains(R.Call, PM);
      });
    };
    for (const MetricRecord &Failed : Records) {
      if (!Failure.contains(Failed.Call, PM) ||
          !OnlyOn(Failed.Instrument, Failure))
        continue;
      for (const MetricRecord &Succeeded : Records) {
        if (Succeeded.Instrument == Failed.Instrument ||
            Succeeded.Kind != Failed.Kind ||
            !Success.contains(Succeeded.Call, PM) ||
            !OnlyOn(Succeeded.Instrument, Success) ||
            !MetricModel::sameAmount(Succeeded.Amount, Failed.Amount, Ctx))
          continue;
        SourceLocation Loc = writtenLocation(Failed.Call->getExprLoc(), SM);
        if (!claimLocation(Loc, SM))
          break;
        diag(Loc, "'%0' is recorded only when the operation fails and '%1' "
                  "only when it succeeds; record one instrument for both "
                  "outcomes, with 'error.type' on failure")
            << MetricModel::nameOf(Failed.Instrument)
            << MetricModel::nameOf(Succeeded.Instrument)
            << Failed.Call->getSourceRange();
        diag(writtenLocation(Succeeded.Call->getExprLoc(), SM),
             "'%0' is recorded here, on success only", DiagnosticIDs::Note)
            << MetricModel::nameOf(Succeeded.Instrument);
        break;
      }
    }
  }
}

} // namespace clang::tidy::otel
