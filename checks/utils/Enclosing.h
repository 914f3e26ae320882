//===--- Enclosing.h - otel-tidy --------------------------------*- C++ -*-===//
//
// Where a statement is written: its function, method, block or lambda.
//
//===----------------------------------------------------------------------===//

#ifndef OTEL_TIDY_UTILS_ENCLOSING_H
#define OTEL_TIDY_UTILS_ENCLOSING_H

#include "clang/AST/DeclBase.h"
#include "clang/AST/Stmt.h"
#include <utility>

namespace clang::tidy::otel {

/// The function, block or lambda call operator whose body contains \p S,
/// with that body; {nullptr, nullptr} outside functions.
std::pair<const Decl *, const Stmt *> enclosingCallable(const Stmt &S,
                                                        ASTContext &Ctx);

/// The function, method or lambda call operator a statement is written in
/// (null for statements outside functions).
const DeclContext *writtenIn(const Stmt &S, ASTContext &Ctx);

/// Whether \p S is in the pattern of a template. Checks look at
/// instantiations only, so findings come once per written location and
/// never from uninstantiated code.
bool isInTemplatePattern(const Stmt &S, ASTContext &Ctx);

} // namespace clang::tidy::otel

#endif // OTEL_TIDY_UTILS_ENCLOSING_H
