//===--- Outcomes.h - otel-tidy ---------------------------------*- C++ -*-===//
//
// What a condition says about the outcome of an operation, for every check:
//  - `s.ok()` of absl/grpc status types, `has_value()` and `bool` of
//    optional/expected results, `bool` of std::error_code (true = failure)
//    and of std::exception_ptr (true = an exception);
//  - integer result codes compared with 0 or a negative value, HTTP status
//    codes compared with 400/500, comparisons with a success enumerator;
//  - bool variables and calls whose name says success ("ok", "success",
//    "succeeded") or failure ("failed", "error", "err", "has_error");
//  - SuccessPredicates / FailurePredicates;
//  - `switch` over an outcome enum (one with a success enumerator).
// `!`, `&&` and `||` combine them: `a && b` is a success when either is one,
// a failure only when both agree on it.
//
// The CFG analysis (analysis/FailurePaths) asks these questions; it never
// decides what a condition means itself.
//
//===----------------------------------------------------------------------===//

#ifndef OTEL_TIDY_MODEL_OUTCOMES_H
#define OTEL_TIDY_MODEL_OUTCOMES_H

#include "model/Options.h"
#include "clang/AST/Expr.h"
#include "clang/AST/Stmt.h"
#include <optional>

namespace clang::tidy::otel {

/// What a branch condition says about the outcome of an operation.
enum class Outcome { Success, Failure };

std::optional<Outcome> invert(std::optional<Outcome> O);

/// What a condition says when it is true and when it is false.
struct Sides {
  std::optional<Outcome> WhenTrue, WhenFalse;
};

class OutcomeModel {
public:
  explicit OutcomeModel(const OtelOptions &Opts) : Opts(Opts) {}

  /// What \p Cond says on each side (either may be unknown).
  Sides sides(const Expr *Cond, const ASTContext &Ctx) const;

  /// What \p Cond says when it is true.
  std::optional<Outcome> whenTrue(const Expr *Cond,
                                  const ASTContext &Ctx) const;

  /// What a name says: "isOk" -> success, "has_error" -> failure.
  static std::optional<Outcome> ofName(llvm::StringRef Name);

  /// Whether a `switch` is over an outcome enum with a case for its success
  /// enumerator: only then do its cases say something.
  static bool isOutcomeSwitch(const SwitchStmt &Switch);

  /// What reaching \p Label of an outcome switch says (null: the default,
  /// or past the switch: a failure).
  static std::optional<Outcome> ofCase(const SwitchCase *Label);

private:
  const OtelOptions &Opts;
};

} // namespace clang::tidy::otel

#endif // OTEL_TIDY_MODEL_OUTCOMES_H
