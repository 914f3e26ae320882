//===--- Templates.cpp - otel-tidy ------------------------------*- C++ -*-===//

#include "utils/Templates.h"
#include "utils/Compat.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/ExprCXX.h"

namespace clang::tidy::otel {

namespace {

/// Whether a type was written through a template parameter (`T *`,
/// `std::shared_ptr<T>`, a generic lambda's `auto`), so that other
/// instantiations of the same code see another type.
bool isSubstitutedType(QualType T, const ASTContext &Ctx, int Depth = 0) {
  while (!T.isNull() && Depth++ < 32) {
    const Type *Ty = T.getTypePtr();
    if (isa<SubstTemplateTypeParmType>(Ty))
      return true;
    if (const auto *TST = dyn_cast<TemplateSpecializationType>(Ty)) {
      for (const TemplateArgument &A : TST->template_arguments())
        if (A.getKind() == TemplateArgument::Type &&
            isSubstitutedType(A.getAsType(), Ctx, Depth))
          return true;
      // An alias template (nostd::shared_ptr = std::shared_ptr<T> in the
      // STL build) substitutes its own parameters: only its arguments tell.
      if (TST->isTypeAlias())
        return false;
    }
    QualType Next;
    if (const auto *PT = dyn_cast<PointerType>(Ty))
      Next = PT->getPointeeType();
    else if (const auto *RT = dyn_cast<ReferenceType>(Ty))
      Next = RT->getPointeeType();
    else
      Next = T.getSingleStepDesugaredType(Ctx);
    if (Next == T)
      return false;
    T = Next;
  }
  return false;
}

} // namespace

bool dependsOnTemplateArgument(const Stmt *S) {
  if (!S)
    return false;
  if (isa<SubstNonTypeTemplateParmExpr>(S))
    return true;
  if (const auto *DRE = dyn_cast<DeclRefExpr>(S)) {
    if (const Type *T = compat::qualifierType(*DRE))
      if (isa<SubstTemplateTypeParmType>(T) ||
          T->getAs<SubstTemplateTypeParmType>())
        return true;
  }
  for (const Stmt *Child : S->children())
    if (dependsOnTemplateArgument(Child))
      return true;
  return false;
}

bool receiverWrittenThroughTemplate(const CallExpr &Call, ASTContext &Ctx) {
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(&Call)) {
    // `s->SetStatus(...)` with `T *s`: another instantiation may call
    // something else entirely.
    const Expr *Obj = MC->getImplicitObjectArgument();
    const Expr *Base = Obj ? Obj->IgnoreParenImpCasts() : nullptr;
    if (const auto *Op = dyn_cast_or_null<CXXOperatorCallExpr>(Base))
      Base = Op->getArg(0)->IgnoreParenImpCasts();
    if (Base) {
      QualType Written = Base->getType();
      if (const auto *DRE = dyn_cast<DeclRefExpr>(Base))
        Written = DRE->getDecl()->getType();
      else if (const auto *ME = dyn_cast<MemberExpr>(Base))
        Written = ME->getMemberDecl()->getType();
      return isSubstitutedType(Written, Ctx);
    }
  }
  return false;
}

bool callDependsOnTemplateArguments(const CallExpr &Call,
                                    const FunctionDecl &Function,
                                    ASTContext &Ctx) {
  const FunctionDecl *FD = &Function;
  if (!FD->getTemplateInstantiationPattern())
    return false;
  if (receiverWrittenThroughTemplate(Call, Ctx))
    return true;
  for (const Expr *Arg : Call.arguments())
    if (dependsOnTemplateArgument(Arg))
      return true;
  return false;
}

} // namespace clang::tidy::otel
