#include "telemetry.h"

#include "opentelemetry/logs/provider.h"
#include "opentelemetry/metrics/provider.h"
#include "opentelemetry/semconv/error_attributes.h"
#include "opentelemetry/trace/provider.h"

namespace checkout
{

namespace semconv = opentelemetry::semconv;
using trace_api::StatusCode;

nostd::shared_ptr<trace_api::Tracer> GetTracer()
{
  static nostd::shared_ptr<trace_api::Tracer> tracer =
      trace_api::Provider::GetTracerProvider()->GetTracer("checkout-service", "1.4.0");
  return tracer;
}

nostd::shared_ptr<logs_api::Logger> GetLogger()
{
  static nostd::shared_ptr<logs_api::Logger> logger =
      logs_api::Provider::GetLoggerProvider()->GetLogger("checkout", "checkout-service");
  return logger;
}

nostd::shared_ptr<metrics_api::Meter> GetMeter()
{
  static nostd::shared_ptr<metrics_api::Meter> meter =
      metrics_api::Provider::GetMeterProvider()->GetMeter("checkout-service", "1.4.0");
  return meter;
}

void MarkSpan(const absl::Status &status, trace_api::Span *span)
{
  if (span == nullptr)
  {
    return;
  }
  if (!status.ok())
  {
    span->SetAttribute(semconv::error::kErrorType, std::to_string(status.raw_code()));
    span->SetStatus(StatusCode::kError, status.ToString());
  }
  else
  {
    span->SetStatus(StatusCode::kOk);
  }
}

void RecordSpanError(trace_api::Span &span, nostd::string_view error_type,
                     nostd::string_view message)
{
  span.SetAttribute(semconv::error::kErrorType, error_type);
  span.SetStatus(StatusCode::kError, message);
}

SpanGuard::SpanGuard(nostd::string_view name) : span_(GetTracer()->StartSpan(name)) {}

SpanGuard::~SpanGuard()
{
  if (!status_set_)
    span_->SetStatus(StatusCode::kOk);
  span_->End();
}

void SpanGuard::SetError(nostd::string_view error_type, nostd::string_view message)
{
  RecordSpanError(*span_, error_type, message);
  status_set_ = true;
}

}  // namespace checkout
