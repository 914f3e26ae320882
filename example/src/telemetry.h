// Shared tracing, metrics and logging helpers for the checkout service.
//
// The service talks to a payment backend over gRPC, serves HTTP requests
// from the storefront and still reports inventory lookups through the old
// OpenCensus integration.
#pragma once

#include <string>

#include "absl/status/status.h"
#include "opentelemetry/logs/logger.h"
#include "opentelemetry/metrics/meter.h"
#include "opentelemetry/metrics/sync_instruments.h"
#include "opentelemetry/nostd/shared_ptr.h"
#include "opentelemetry/nostd/string_view.h"
#include "opentelemetry/nostd/unique_ptr.h"
#include "opentelemetry/trace/span.h"
#include "opentelemetry/trace/tracer.h"

namespace checkout
{

namespace trace_api = opentelemetry::trace;
namespace metrics_api = opentelemetry::metrics;
namespace logs_api = opentelemetry::logs;
namespace nostd = opentelemetry::nostd;

// Process-wide providers, looked up once.
nostd::shared_ptr<trace_api::Tracer> GetTracer();
nostd::shared_ptr<logs_api::Logger> GetLogger();
nostd::shared_ptr<metrics_api::Meter> GetMeter();

// Records the outcome of an operation on its span: the error status and
// message when `status` failed.
void MarkSpan(const absl::Status &status, trace_api::Span *span);

// Records a failure on the span together with its error.type.
void RecordSpanError(trace_api::Span &span, nostd::string_view error_type,
                     nostd::string_view message);

// Ends a span when it goes out of scope. Call SetError() on failure; a
// guard that was never told otherwise reports the span as successful.
class SpanGuard
{
public:
  SpanGuard(nostd::string_view name);
  ~SpanGuard();

  SpanGuard(const SpanGuard &) = delete;
  SpanGuard &operator=(const SpanGuard &) = delete;

  void SetError(nostd::string_view error_type, nostd::string_view message);
  trace_api::Span &span() { return *span_; }
  const nostd::shared_ptr<trace_api::Span> &shared() const { return span_; }

private:
  nostd::shared_ptr<trace_api::Span> span_;
  bool status_set_ = false;
};

// Outcome of a payment, as stored in the order database. Not a span status.
enum class PaymentOutcome
{
  Ok,
  Declined,
  Error,
};

}  // namespace checkout
