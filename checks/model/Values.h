//===--- Values.h - otel-tidy -----------------------------------*- C++ -*-===//
//
// What a value means, for every check that reads one:
//  - success sentinels: values that say "no error" ("", "none", "ok",
//    "success", "0", "200", nullptr, ...), wrong as an error.type value;
//  - the conditional a value is (`ok ? "" : reason`), written at the call
//    or in a const local initialised with it.
//
//===----------------------------------------------------------------------===//

#ifndef OTEL_TIDY_MODEL_VALUES_H
#define OTEL_TIDY_MODEL_VALUES_H

#include "clang/AST/Expr.h"
#include <optional>
#include <string>

namespace clang::tidy::otel {

/// The success value \p E is, as shown in a message (`"none"`, `nullptr`),
/// or nothing when it is not one.
std::optional<std::string> successSentinel(const Expr *E, ASTContext &Ctx);

/// The conditional a value is, directly (\p Direct) or through a `const`
/// local initialised with it (`const std::string type = ok ? "" : reason;`).
const ConditionalOperator *conditionalValue(const Expr *E, bool &Direct);

} // namespace clang::tidy::otel

#endif // OTEL_TIDY_MODEL_VALUES_H
