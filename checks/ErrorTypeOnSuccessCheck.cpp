//===--- ErrorTypeOnSuccessCheck.cpp - otel-tidy ----------------*- C++ -*-===//

#include "ErrorTypeOnSuccessCheck.h"

#include "model/Values.h"
#include "utils/StatementEdits.h"
#include "utils/Templates.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/raw_ostream.h"

using namespace clang::ast_matchers;

namespace clang::tidy::otel {

void ErrorTypeOnSuccessCheck::storeOptions(ClangTidyOptions::OptionMap &O) {
  Opts.store(Options, O, {OptionGroup::Attributes, OptionGroup::Failure});
}

void ErrorTypeOnSuccessCheck::checkFunction(const FunctionDecl &FD,
                                            ASTContext &Ctx) {
  const AttributeModel &Attributes = the().Attributes;
  llvm::SmallVector<AttributePut, 4> Puts;
  FunctionIndex::forEachStmt(FD, [&](const Stmt *S) {
    const auto *Call = dyn_cast<CallExpr>(S);
    if (!Call)
      return;
    Puts.clear();
    Attributes.collect(*Call, FD.getBody(), Ctx, Puts);
    for (const AttributePut &Put : Puts)
      if (Attributes.isErrorTypeKey(Put.Key, Ctx))
        diagnose(Put, FD, Ctx);
  });
}

void ErrorTypeOnSuccessCheck::diagnose(const AttributePut &Put,
                                       const FunctionDecl &FD,
                                       ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  SourceLocation Loc = Put.Key->getBeginLoc();
  bool InMacro = Loc.isMacroID() || Put.Anchor->getBeginLoc().isMacroID();
  if (Loc.isMacroID())
    Loc = SM.getExpansionLoc(Loc);
  // Templates: one finding per written location (the first instantiation
  // that has one; instantiations without a finding do not count).
  if (isClaimed(Loc, SM))
    return;
  auto Claim = [&] { claimLocation(Loc, SM); };
  const ParentMap &Parents = the().Index.parents(FD);
  std::string KeyName =
      AttributeModel::stringValue(Put.Key, Ctx).value_or("error.type");
  const auto *Setter =
      Put.ValueArgument ? dyn_cast<CallExpr>(Put.Anchor) : nullptr;
  bool Fixable =
      Setter && !InMacro && !callDependsOnTemplateArguments(*Setter, FD, Ctx);

  auto NoteSink = [&] {
    if (Put.Anchor != Put.Sink)
      diag(Put.Sink->getExprLoc(), "the attributes are recorded here",
           DiagnosticIDs::Note);
  };

  // A success value: wrong wherever it is.
  if (std::optional<std::string> Sentinel = successSentinel(Put.Value, Ctx)) {
    Claim();
    {
      auto D = diag(Loc, "'%0' set to the success value %1; when the "
                         "operation succeeds the attribute must be absent");
      D << KeyName << *Sentinel;
      if (Fixable)
        D << fixits::removeCallStatement(*Setter, Parents, Ctx);
    }
    NoteSink();
    return;
  }
  bool Direct = true;
  if (const ConditionalOperator *CO = conditionalValue(Put.Value, Direct)) {
    std::optional<std::string> TrueS = successSentinel(CO->getTrueExpr(), Ctx);
    std::optional<std::string> FalseS =
        successSentinel(CO->getFalseExpr(), Ctx);
    if (TrueS && FalseS) {
      Claim();
      diag(Loc, "'%0' set to the success values %1 and %2; when the "
                "operation succeeds the attribute must be absent")
          << KeyName << *TrueS << *FalseS;
      NoteSink();
      return;
    }
    if (TrueS.has_value() != FalseS.has_value()) {
      Claim();
      {
        auto D = diag(Loc, "'%0' set to the success value %1 on one "
                           "branch; when the operation succeeds the "
                           "attribute must be absent");
        D << KeyName << (TrueS ? *TrueS : *FalseS);
        if (Fixable && Direct)
          D << fixits::guardByCondition(*Setter, *Put.ValueArgument, *CO,
                                        /*DropTrueArm=*/TrueS.has_value(),
                                        Parents, Ctx);
      }
      NoteSink();
      return;
    }
  }
  // A success value that reaches it through a variable or a function of
  // the translation unit (`std::string type; if (failed) type = "x";`).
  if (const Expr *Written = AttributeModel::writtenValue(Put.Value);
      Written && isa<DeclRefExpr, CallExpr>(Written))
    for (const ValueSource &S : the().Values.sourcesOf(*Put.Value, FD)) {
      std::optional<std::string> Sentinel =
          S.Value && S.Definition ? successSentinel(S.Value, Ctx)
                                  : std::nullopt;
      if (!Sentinel)
        continue;
      Claim();
      diag(Loc, "'%0' set to the success value %1 on a path through a "
                "variable; when the operation succeeds the attribute must be "
                "absent")
          << KeyName << *Sentinel;
      const Stmt *At = S.Value->getBeginLoc().isValid() ? S.Value : S.Definition;
      diag(writtenLocation(At->getBeginLoc(), SM), "set to %0 here",
           DiagnosticIDs::Note)
          << *Sentinel;
      NoteSink();
      return;
    }
  if (Put.Kind == AttributeSink::SpanStart) {
    Claim();
    diag(Loc, "'%0' set in the attributes a span starts with; the outcome "
              "is not known yet, set it when the operation fails")
        << KeyName;
    NoteSink();
    return;
  }
  FailurePaths::Verdict V = the().Paths.classify(*Put.Anchor, FD, Ctx);
  if (!V.Analyzed || !V.OnSuccessPath || V.UnderUnclassifiedBranch)
    return;
  Claim();
  diag(Loc, "'%0' set on a success path; set it only when the operation "
            "fails")
      << KeyName;
  NoteSink();
}

} // namespace clang::tidy::otel
