//===--- StatusOkOnSuccessCheck.h - otel-tidy -------------------*- C++ -*-===//
//
// otel-status-ok-on-success: flags every explicit OK status on a span.
// OpenTelemetry: the status must stay unset when the operation succeeds.
// OpenCensus: OK is the default status, so setting it is redundant.
// See docs/checks/otel-status-ok-on-success.md.
//
//===----------------------------------------------------------------------===//

#ifndef OTEL_TIDY_STATUSOKONSUCCESSCHECK_H
#define OTEL_TIDY_STATUSOKONSUCCESSCHECK_H

#include "OtelCheck.h"

namespace clang::tidy::otel {

class StatusOkOnSuccessCheck : public OtelCheck {
public:
  using OtelCheck::OtelCheck;
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;

private:
  void checkFunction(const FunctionDecl &FD, ASTContext &Ctx) override;
  void diagnose(const StatusSet &Set, const FunctionDecl &FD, ASTContext &Ctx);
  void followValue(const StatusSet &Set, const FunctionDecl &FD,
                   ASTContext &Ctx);
  void checkStatusArguments(const CallExpr &Call, const FunctionDecl &FD,
                            ASTContext &Ctx);
  bool isForwarded(const ValueSource &S);
  std::vector<FixItHint> fixes(const StatusSet &Set, const FunctionDecl &FD,
                               ASTContext &Ctx);
};

} // namespace clang::tidy::otel

#endif // OTEL_TIDY_STATUSOKONSUCCESSCHECK_H
