//===--- Expressions.h - otel-tidy ------------------------------*- C++ -*-===//
//
// Looking through what the compiler adds around an expression.
//
//===----------------------------------------------------------------------===//

#ifndef OTEL_TIDY_UTILS_EXPRESSIONS_H
#define OTEL_TIDY_UTILS_EXPRESSIONS_H

#include "clang/AST/Expr.h"

namespace clang::tidy::otel {

/// \p E without parentheses, implicit casts, cleanups, materialized and
/// bound temporaries, and default arguments: what was written.
const Expr *ignoreWrappers(const Expr *E);

} // namespace clang::tidy::otel

#endif // OTEL_TIDY_UTILS_EXPRESSIONS_H
