//===--- Templates.h - otel-tidy --------------------------------*- C++ -*-===//
//
// Template instantiations: checks look at instantiated code and report at
// the written location, so a fix is only safe when the written statement
// means the same thing in every instantiation.
//
//===----------------------------------------------------------------------===//

#ifndef OTEL_TIDY_UTILS_TEMPLATES_H
#define OTEL_TIDY_UTILS_TEMPLATES_H

#include "clang/AST/Expr.h"

namespace clang::tidy::otel {

/// Whether \p S (an instantiated expression) contains a substituted
/// non-type template argument or a name qualified by a template parameter.
bool dependsOnTemplateArgument(const Stmt *S);

/// Whether the object a member call is made on has a type written through
/// a template parameter (`T *s; s->SetStatus(...)`).
bool receiverWrittenThroughTemplate(const CallExpr &Call, ASTContext &Ctx);

/// Whether \p Call, in \p Function, sits in a template instantiation and its
/// receiver or an argument depends on the template arguments: the same written
/// call may do something else in other instantiations, so it must not be
/// edited.
bool callDependsOnTemplateArguments(const CallExpr &Call,
                                    const FunctionDecl &Function,
                                    ASTContext &Ctx);

} // namespace clang::tidy::otel

#endif // OTEL_TIDY_UTILS_TEMPLATES_H
