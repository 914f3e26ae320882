//===--- ErrorTypeOnSuccessCheck.h - otel-tidy ------------------*- C++ -*-===//
//
// otel-error-type-on-success: flags an `error.type` attribute put on a
// success path (spans and metrics alike), set in a span's start attributes,
// or given a success value ("", "none", "ok", ...) at all.
// See docs/checks/otel-error-type-on-success.md.
//
//===----------------------------------------------------------------------===//

#ifndef OTEL_TIDY_ERRORTYPEONSUCCESSCHECK_H
#define OTEL_TIDY_ERRORTYPEONSUCCESSCHECK_H

#include "OtelCheck.h"

namespace clang::tidy::otel {

class ErrorTypeOnSuccessCheck : public OtelCheck {
public:
  using OtelCheck::OtelCheck;
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;

private:
  void checkFunction(const FunctionDecl &FD, ASTContext &Ctx) override;
  void diagnose(const AttributePut &Put, const FunctionDecl &FD,
                ASTContext &Ctx);
};

} // namespace clang::tidy::otel

#endif // OTEL_TIDY_ERRORTYPEONSUCCESSCHECK_H
