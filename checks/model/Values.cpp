//===--- Values.cpp - otel-tidy ---------------------------------*- C++ -*-===//

#include "model/Values.h"
#include "model/Attributes.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/raw_ostream.h"

namespace clang::tidy::otel {

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

} // namespace clang::tidy::otel
