//===--- FixIts.h - otel-tidy -----------------------------------*- C++ -*-===//
//
// Source-editing helpers shared by the checks' fix-its: the file range of a
// whole statement (with its `;`), deletion of whole lines, a readable
// negation of a condition, and a conservative side-effect test. Every helper
// refuses (returns std::nullopt) when macros make the edit unsafe.
//
//===----------------------------------------------------------------------===//

#ifndef OTEL_TIDY_UTILS_FIXITS_H
#define OTEL_TIDY_UTILS_FIXITS_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Stmt.h"
#include "clang/Basic/Diagnostic.h"
#include <optional>
#include <string>

namespace clang::tidy::otel::fixits {

/// The file range of \p S including its terminating `;` (or `}`), or
/// std::nullopt when any part of it comes from a macro.
std::optional<CharSourceRange> statementRange(const Stmt &S,
                                              const ASTContext &Ctx);

/// The file range of an expression, or std::nullopt inside macros.
std::optional<CharSourceRange> exprRange(const Expr &E, const ASTContext &Ctx);

/// The source text of a file range.
std::string text(CharSourceRange R, const ASTContext &Ctx);

/// A removal of \p R that also swallows the line when nothing else is on it.
FixItHint removeLines(CharSourceRange R, const ASTContext &Ctx);

/// The text of `!(Cond)` written readably: `!s.ok()` for `s.ok()`, `s.ok()`
/// for `!s.ok()`, `a >= 500` for `a < 500`.
std::optional<std::string> negatedText(const Expr &Cond, const ASTContext &Ctx);

/// Replaces the name of the enumerator \p E refers to (`StatusCode::kOk`)
/// with \p Name, keeping its qualifier; std::nullopt when \p E is not a
/// written enumerator or comes from a macro.
std::optional<FixItHint> renameEnumerator(const Expr &E, llvm::StringRef Name,
                                          const ASTContext &Ctx);

/// True when evaluating \p E once more, or not at all, changes nothing:
/// no assignment, increment, allocation or throw, and only calls that read
/// (const member functions, smart-pointer access, comparison operators,
/// accessors named get/is/has...).
bool isSideEffectFree(const Expr &E);

} // namespace clang::tidy::otel::fixits

#endif // OTEL_TIDY_UTILS_FIXITS_H
