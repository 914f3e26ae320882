//===--- SplitOutcomeMetricsCheck.h - otel-tidy -----------------*- C++ -*-===//
//
// otel-split-outcome-metrics: one instrument recorded only when an
// operation succeeds and another of the same kind only when it fails, where
// one instrument with error.type on failures is recommended.
// See docs/checks/otel-split-outcome-metrics.md.
//
//===----------------------------------------------------------------------===//

#ifndef OTEL_TIDY_SPLITOUTCOMEMETRICSCHECK_H
#define OTEL_TIDY_SPLITOUTCOMEMETRICSCHECK_H

#include "OtelCheck.h"

namespace clang::tidy::otel {

class SplitOutcomeMetricsCheck : public OtelCheck {
public:
  using OtelCheck::OtelCheck;
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;

private:
  void checkFunction(const FunctionDecl &FD, ASTContext &Ctx) override;
};

} // namespace clang::tidy::otel

#endif // OTEL_TIDY_SPLITOUTCOMEMETRICSCHECK_H
