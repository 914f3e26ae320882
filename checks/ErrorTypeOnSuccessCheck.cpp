//===--- ErrorTypeOnSuccessCheck.cpp - otel-tidy ----------------*- C++ -*-===//

#include "ErrorTypeOnSuccessCheck.h"

#include "utils/StatementEdits.h"
#include "utils/Templates.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/raw_ostream.h"

using namespace clang::ast_matchers;

namespace clang::tidy::otel {

namespace {

/// Values that mean "no error": on success the attribute must be absent,
/// not set to one of these.
std::optional<std::string> successSentinel(const Expr *E, ASTContext &Ctx) {
  const Expr *V = AttributeModel::writtenValue(E);
  if (!V)
    return std::nullopt;
  if (isa<CXXNullPtrLiteralExpr, GNUNullExpr>(V))
    return std::string("nullptr");
  if (const auto *IL = dyn_cast<IntegerLiteral>(V)) {
    uint64_t N = IL->getValue().getZExtValue();
    if (N == 0 || N == 200)
      return std::to_string(N);
    return std::nullopt;
  }
  std::optional<std::string> S = AttributeModel::stringValue(V, Ctx);
  if (!S)
    return std::nullopt;
  std::string Lower = llvm::StringRef(*S).trim().lower();
  for (llvm::StringRef Sentinel :
       {"", "none", "ok", "success", "0", "200", "null", "nullptr"})
    if (Lower == Sentinel) {
      std::string Shown;
      llvm::raw_string_ostream OS(Shown);
      OS << '"';
      llvm::printEscapedString(*S, OS);
      OS << '"';
      return Shown;
    }
  return std::nullopt;
}

/// The conditional a value is, directly or through a `const` local
/// initialised with it (`const std::string type = ok ? "" : reason;`).
const ConditionalOperator *conditionalValue(const Expr *E, bool &Direct) {
  const Expr *V = AttributeModel::writtenValue(E);
  Direct = true;
  if (const auto *DRE = dyn_cast_or_null<DeclRefExpr>(V))
    if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl());
        VD && VD->hasLocalStorage() && VD->getType().isConstQualified() &&
        VD->getInit()) {
      Direct = false;
      V = AttributeModel::writtenValue(VD->getInit());
    }
  return dyn_cast_or_null<ConditionalOperator>(V);
}

} // namespace

ErrorTypeOnSuccessCheck::ErrorTypeOnSuccessCheck(StringRef Name,
                                                 ClangTidyContext *Context)
    : FunctionVisitingCheck(Name, Context), Opts(OtelOptions::read(Options)),
      Status(Opts), Attributes(Opts), Paths(Opts, Status, Index) {
  if (!Opts.FailureFunctionPattern.isValid())
    configurationDiag("invalid regular expression in FailureFunctionPattern "
                      "'%0'")
        << Opts.FailureFunctionPattern.source();
}

void ErrorTypeOnSuccessCheck::storeOptions(ClangTidyOptions::OptionMap &O) {
  Opts.storeAttributeOptions(Options, O);
  Opts.storeFailureOptions(Options, O);
}

void ErrorTypeOnSuccessCheck::checkFunction(const FunctionDecl &FD,
                                            ASTContext &Ctx) {
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

void ErrorTypeOnSuccessCheck::resetTranslationUnit() {
  Paths.reset();
  Reported.clear();
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
  if (Reported.count(SM.getFileLoc(Loc).getRawEncoding()))
    return;
  auto Claim = [&] { Reported.insert(SM.getFileLoc(Loc).getRawEncoding()); };
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
        D << fixits::removeCallStatement(*Setter, Index.parents(FD), Ctx);
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
                                        Index.parents(FD), Ctx);
      }
      NoteSink();
      return;
    }
  }
  if (Put.Kind == AttributeSink::SpanStart) {
    Claim();
    diag(Loc, "'%0' set in the attributes a span starts with; the outcome "
              "is not known yet, set it when the operation fails")
        << KeyName;
    NoteSink();
    return;
  }
  FailurePaths::Verdict V = Paths.classify(*Put.Anchor, FD, Ctx);
  if (!V.Analyzed || !V.OnSuccessPath || V.UnderUnclassifiedBranch)
    return;
  Claim();
  diag(Loc, "'%0' set on a success path; set it only when the operation "
            "fails")
      << KeyName;
  NoteSink();
}

} // namespace clang::tidy::otel
