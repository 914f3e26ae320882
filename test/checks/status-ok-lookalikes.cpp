// RUN: %check_otel_tidy %s otel-status-ok-on-success %t
// Nothing in this file may be reported: none of these calls sets the status
// of an OpenTelemetry or OpenCensus span to OK.

#include <opentelemetry/sdk/trace/recordable.h>
#include <opentelemetry/trace/span.h>
#include <absl/status/status.h>
#include <grpcpp/grpcpp.h>

namespace trace_api = opentelemetry::trace;

// An application enum and span class of its own, with look-alike names.
enum class StatusCode { kOk, kError };
struct MySpan {
  void SetStatus(StatusCode code);
};
void userTypes(MySpan &span) { span.SetStatus(StatusCode::kOk); }

namespace app {
enum Status { OK, FAILED };
void SetStatus(Status s);
} // namespace app
void userFreeFunction() { app::SetStatus(app::OK); }

// The SDK side: exporters and tests call SetStatus on recordables.
void exporterSide(opentelemetry::sdk::trace::Recordable &r,
                  opentelemetry::sdk::trace::SpanData &data) {
  r.SetStatus(trace_api::StatusCode::kOk, "");
  data.SetStatus(trace_api::StatusCode::kOk, "");
}

// absl and gRPC status codes sit in the same files as span code.
absl::Status make() { return absl::Status(absl::StatusCode::kOk, ""); }
grpc::Status rpc() { return grpc::Status(grpc::StatusCode::OK, ""); }
bool same(const grpc::Status &s) { return s.error_code() == grpc::StatusCode::OK; }

// A status held in a variable: not a constant, not tracked.
void variable(trace_api::Span &span, bool ok) {
  trace_api::StatusCode code = ok ? trace_api::StatusCode::kUnset
                                  : trace_api::StatusCode::kError;
  span.SetStatus(code);
}
