//===--- Expressions.h - otel-tidy ------------------------------*- C++ -*-===//
//
// Looking through what the compiler adds around an expression.
//
//===----------------------------------------------------------------------===//

#ifndef OTEL_TIDY_UTILS_EXPRESSIONS_H
#define OTEL_TIDY_UTILS_EXPRESSIONS_H

#include "clang/AST/Expr.h"
#include "clang/AST/ParentMap.h"

namespace clang::tidy::otel {

/// \p E without parentheses, implicit casts, cleanups, materialized and
/// bound temporaries, and default arguments: what was written.
const Expr *ignoreWrappers(const Expr *E);

/// Whether \p S is \p Ancestor or written inside it (by \p PM).
bool isWithin(const Stmt *S, const Stmt *Ancestor, const ParentMap &PM);

} // namespace clang::tidy::otel

#endif // OTEL_TIDY_UTILS_EXPRESSIONS_H
