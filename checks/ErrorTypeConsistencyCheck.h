//===--- ErrorTypeConsistencyCheck.h - otel-tidy ----------------*- C++ -*-===//
//
// otel-error-type-consistency: on a failure path, a span and the metric of
// the same operation carry the same error.type, and neither gets it while
// the other is recorded without it.
// See docs/checks/otel-error-type-consistency.md.
//
//===----------------------------------------------------------------------===//

#ifndef OTEL_TIDY_ERRORTYPECONSISTENCYCHECK_H
#define OTEL_TIDY_ERRORTYPECONSISTENCYCHECK_H

#include "OtelCheck.h"

namespace clang::tidy::otel {

class ErrorTypeConsistencyCheck : public OtelCheck {
public:
  using OtelCheck::OtelCheck;
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;

private:
  void checkFunction(const FunctionDecl &FD, ASTContext &Ctx) override;
};

} // namespace clang::tidy::otel

#endif // OTEL_TIDY_ERRORTYPECONSISTENCYCHECK_H
