//===--- OtelTidyModule.cpp - otel-tidy -------------------------*- C++ -*-===//
//
// The otel-* clang-tidy module. Loaded as a plugin (clang-tidy --load) or
// linked into the otel-tidy driver.
//
//===----------------------------------------------------------------------===//

#include "DuplicateExceptionRecordingCheck.h"
#include "ErrorStatusWithoutErrorTypeCheck.h"
#include "ErrorTypeConsistencyCheck.h"
#include "ErrorTypeOnSuccessCheck.h"
#include "HandledErrorRecordedCheck.h"
#include "SplitOutcomeMetricsCheck.h"
#include "StatusDescriptionCheck.h"
#include "StatusOkOnSuccessCheck.h"
#include "VersionGuard.h"
#include "clang-tidy/ClangTidyModule.h"
#include "clang-tidy/ClangTidyModuleRegistry.h"

namespace clang::tidy::otel {

class OtelTidyModule : public ClangTidyModule {
public:
  void addCheckFactories(ClangTidyCheckFactories &Factories) override {
    Factories.registerCheck<DuplicateExceptionRecordingCheck>(
        "otel-duplicate-exception-recording");
    Factories.registerCheck<ErrorStatusWithoutErrorTypeCheck>(
        "otel-error-status-without-error-type");
    Factories.registerCheck<ErrorTypeConsistencyCheck>(
        "otel-error-type-consistency");
    Factories.registerCheck<ErrorTypeOnSuccessCheck>(
        "otel-error-type-on-success");
    Factories.registerCheck<HandledErrorRecordedCheck>(
        "otel-handled-error-recorded");
    Factories.registerCheck<SplitOutcomeMetricsCheck>(
        "otel-split-outcome-metrics");
    Factories.registerCheck<StatusDescriptionCheck>("otel-status-description");
    Factories.registerCheck<StatusOkOnSuccessCheck>(
        "otel-status-ok-on-success");
  }
};

// Runs before the registration below (same translation unit, declaration
// order): a plugin loaded into the wrong clang-tidy stops here, loudly.
static const bool HostVersionMatches = checkHostVersion();

static ClangTidyModuleRegistry::Add<OtelTidyModule>
    X("otel-module", "Checks for OpenTelemetry/OpenCensus error recording.");

} // namespace clang::tidy::otel

// Referenced by the driver so that static linking keeps this module.
// NOLINTNEXTLINE(misc-use-internal-linkage)
volatile int OtelTidyModuleAnchorSource = 0;
