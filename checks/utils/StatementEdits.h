//===--- StatementEdits.h - otel-tidy ---------------------------*- C++ -*-===//
//
// Edits at the level of statements, shared by every check's fix-its:
// removing a call statement without changing what the code around it means
// (an `if` whose only branch it is, the `else` it forms, a label or loop it
// is the body of), and turning `f(c ? a : b)` into `if (c') f(kept arm)`.
// Both return no edit when macros, side effects or declarations in
// conditions make the edit unsafe.
//
//===----------------------------------------------------------------------===//

#ifndef OTEL_TIDY_UTILS_STATEMENTEDITS_H
#define OTEL_TIDY_UTILS_STATEMENTEDITS_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ParentMap.h"
#include "clang/Basic/Diagnostic.h"
#include <vector>

namespace clang::tidy::otel::fixits {

/// (\p PM is the parent map of the function body the call is in.)
/// The statement a call stands as (the call with its implicit wrappers) and
/// the statement containing it; {nullptr, nullptr} when the call is part of
/// a larger expression or a declaration.
std::pair<const Stmt *, const Stmt *> asStatement(const CallExpr &Call,
                                                  const ParentMap &PM);

/// Removes the statement \p Call stands as:
///  - `if (c) X; else CALL;` -> `if (c) X;`
///  - `if (c) CALL; else X;` -> `if (!c) X;` (readable negation)
///  - `if (c) CALL;` -> removed when `c` has no side effects
///  - in a block: the statement (and its line); under a label: `;`.
/// Braces are added where an `if` without `else` would capture an outer one.
std::vector<FixItHint>
removeCallStatement(const CallExpr &Call, const ParentMap &PM, ASTContext &Ctx);

/// Inserts \p Text as a statement of its own, on the line after the
/// statement \p Call stands as, with the same indentation. Only for a call
/// that is a statement of a `{}` block, outside macros.
std::vector<FixItHint> insertStatementAfter(const CallExpr &Call,
                                            llvm::StringRef Text,
                                            const ParentMap &PM,
                                            ASTContext &Ctx);

/// `f(x, c ? a : b, y);` -> `if (!c) f(x, b, y);` when \p DropTrueArm (the
/// true arm is the one that must go), `if (c) f(x, a, y);` otherwise. \p Arg
/// is the argument holding \p CO. Refused when the other arguments or the
/// object have side effects (they would no longer always be evaluated).
std::vector<FixItHint> guardByCondition(const CallExpr &Call, const Expr &Arg,
                                        const ConditionalOperator &CO,
                                        bool DropTrueArm, const ParentMap &PM,
                                        ASTContext &Ctx);

} // namespace clang::tidy::otel::fixits

#endif // OTEL_TIDY_UTILS_STATEMENTEDITS_H
