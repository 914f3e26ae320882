//===--- FunctionIndex.cpp - otel-tidy --------------------------*- C++ -*-===//

#include "utils/FunctionIndex.h"
#include "clang/AST/DeclCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

namespace clang::tidy::otel {

using namespace ast_matchers;

DeclarationMatcher FunctionIndex::definitionMatcher() {
  return functionDecl(isDefinition(), unless(isExpansionInSystemHeader()))
      .bind("function");
}

void FunctionIndex::add(const FunctionDecl &FD) {
  // Only code that is compiled: instantiations, not template patterns.
  if (FD.isDependentContext() || !FD.hasBody() || !FD.getBody())
    return;
  Functions.push_back(&FD);
}

void FunctionIndex::indexLambdas() {
  for (const FunctionDecl *FD : Functions)
    forEachStmt(*FD, [&](const Stmt *S) {
      if (const auto *LE = dyn_cast<LambdaExpr>(S))
        Lambdas[LE->getCallOperator()] = {LE, FD};
    });
}

const ParentMap &FunctionIndex::parents(const FunctionDecl &FD) {
  std::unique_ptr<ParentMap> &PM = Parents[&FD];
  if (!PM)
    PM = std::make_unique<ParentMap>(const_cast<Stmt *>(FD.getBody()));
  return *PM;
}

const FunctionIndex::LambdaSite *
FunctionIndex::lambdaSite(const FunctionDecl &CallOperator) const {
  auto It = Lambdas.find(&CallOperator);
  if (It == Lambdas.end())
    if (const FunctionDecl *Pattern =
            CallOperator.getTemplateInstantiationPattern())
      It = Lambdas.find(Pattern);
  return It == Lambdas.end() ? nullptr : &It->second;
}

namespace {

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

llvm::SmallVector<std::string, 2>
FunctionIndex::namesOf(const FunctionDecl &F) {
  const auto *MD = dyn_cast<CXXMethodDecl>(&F);
  if (MD && MD->getParent() && MD->getParent()->isLambda()) {
    if (const LambdaSite *Site = lambdaSite(F))
      return lambdaNames(*Site->Expr, parents(*Site->Outer));
    return {};
  }
  if (F.getDeclName().isIdentifier())
    return {F.getName().str()};
  return {};
}

void FunctionIndex::clear() {
  Functions.clear();
  Parents.clear();
  Lambdas.clear();
}

} // namespace clang::tidy::otel
