// RUN: %check_otel_tidy %s otel-status-ok-on-success %t

// A status code followed through variables, parameters and functions of the
// translation unit: reaching definitions for locals, summaries for returns
// and parameters. Forwarders of another tracing API's decision are silent.

#include <grpcpp/grpcpp.h>
#include <opentelemetry/nostd/shared_ptr.h>
#include <opentelemetry/trace/span.h>
#include <opentracing/value.h>
#include <string>

namespace trace_api = opentelemetry::trace;
using trace_api::StatusCode;
using SpanPtr = opentelemetry::nostd::shared_ptr<trace_api::Span>;

bool Failed();
int Call();

// --- through a local: reported at the status set, the assignment in a note ---

void local(SpanPtr span) {
  auto code = StatusCode::kOk;
  if (Failed())
    code = StatusCode::kError;
  span->SetStatus(code);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: span status set to OK through a variable; leave it unset when the operation succeeds [otel-status-ok-on-success]
  // CHECK-FIXES: {{^}}  auto code = StatusCode::kUnset;{{$}}
}

// Both arms of a conditional reach the status set.
void assignedInBranches(SpanPtr span, int rc) {
  StatusCode code;
  if (rc == 0)
    code = trace_api::StatusCode::kOk;
  else
    code = trace_api::StatusCode::kError;
  span->SetStatus(code, "rpc");
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: span status set to OK through a variable
  // CHECK-FIXES: {{^}}    code = trace_api::StatusCode::kUnset;{{$}}
}

// Overwritten before the use: only the error reaches it.
void overwritten(SpanPtr span) {
  auto code = StatusCode::kOk;
  code = StatusCode::kError;
  span->SetStatus(code);
}

// Assigned after the use: does not reach it.
void assignedAfter(SpanPtr span) {
  auto code = StatusCode::kError;
  span->SetStatus(code);
  code = StatusCode::kOk;
  (void)code;
}

// Changed through a reference: unknown, silent.
void Fill(StatusCode &code);
void changedThroughReference(SpanPtr span) {
  auto code = StatusCode::kOk;
  Fill(code);
  span->SetStatus(code);
}

// --- through a mapping function of the TU: reported at its return ----------------

StatusCode ToSpanStatus(int rc) {
  return rc == 0 ? StatusCode::kOk : StatusCode::kError;
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: 'ToSpanStatus' returns OK, and its result is set as a span status; leave the status unset when the operation succeeds
  // CHECK-FIXES: {{^}}  return rc == 0 ? StatusCode::kUnset : StatusCode::kError;{{$}}
}

StatusCode FromGrpc(const grpc::Status &status) {
  if (status.ok())
    return StatusCode::kOk;
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'FromGrpc' returns OK, and its result is set as a span status
  // CHECK-FIXES: {{^}}    return StatusCode::kUnset;{{$}}
  return StatusCode::kError;
}

void mapped(SpanPtr span, const grpc::Status &status) {
  span->SetStatus(ToSpanStatus(Call()));
  span->SetStatus(FromGrpc(status), status.error_message());
}

// A mapping function whose result is never a span status is none of ours.
StatusCode Classify(int rc) { return rc == 0 ? StatusCode::kOk : StatusCode::kError; }
bool isFine(int rc) { return Classify(rc) == StatusCode::kOk; }

// --- through a parameter: reported at the call that passes OK ----------------------

void SetStatusFrom(SpanPtr span, StatusCode code) { span->SetStatus(code, "done"); }
void Finish(SpanPtr span, StatusCode code) {
  SetStatusFrom(span, code);
  span->End();
}

void setters(SpanPtr span) {
  SetStatusFrom(span, StatusCode::kOk);
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: 'SetStatusFrom' sets the span status from this argument, which is OK; leave the status unset when the operation succeeds
  // CHECK-FIXES: {{^}}  SetStatusFrom(span, StatusCode::kUnset);{{$}}
  Finish(span, trace_api::StatusCode::kOk);
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'Finish' sets the span status from this argument, which is OK
  // CHECK-FIXES: {{^}}  Finish(span, trace_api::StatusCode::kUnset);{{$}}
  SetStatusFrom(span, StatusCode::kError);
}

// --- templates, macros, lambdas -----------------------------------------------------

template <class T> void templated(SpanPtr span, T value) {
  auto code = StatusCode::kOk;
  if (value < 0)
    code = StatusCode::kError;
  span->SetStatus(code);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: span status set to OK through a variable
}
template void templated<int>(SpanPtr, int);
template void templated<long>(SpanPtr, long);

#define OK_CODE StatusCode::kOk
void macro(SpanPtr span) {
  StatusCode code = OK_CODE;
  if (Failed())
    code = StatusCode::kError;
  span->SetStatus(code);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: span status set to OK through a variable
}

void lambda(SpanPtr span) {
  auto finish = [span](bool ok) {
    StatusCode code = StatusCode::kError;
    if (ok)
      code = StatusCode::kOk;
    span->SetStatus(code);
    // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: span status set to OK through a variable
    // CHECK-FIXES: {{^}}      code = StatusCode::kUnset;{{$}}
  };
  finish(!Failed());
}

// --- forwarders: another API already decided, never a finding -----------------------

// An SDK's own status enumeration, mapped in a switch.
namespace sdk {
enum class StatusCode { Ok, Error, Unset };
}
void ForwardSdkStatus(SpanPtr span, sdk::StatusCode status, const std::string &desc) {
  trace_api::StatusCode otel = trace_api::StatusCode::kUnset;
  switch (status) {
  case sdk::StatusCode::Error:
    otel = trace_api::StatusCode::kError;
    break;
  case sdk::StatusCode::Ok:
    otel = trace_api::StatusCode::kOk;
    break;
  default:
    break;
  }
  span->SetStatus(otel, desc);
}

// A bridge setting the status straight from its switch.
void BridgeSwitch(SpanPtr span, sdk::StatusCode status) {
  switch (status) {
  case sdk::StatusCode::Ok:
    span->SetStatus(trace_api::StatusCode::kOk);
    break;
  case sdk::StatusCode::Error:
    span->SetStatus(trace_api::StatusCode::kError);
    break;
  default:
    break;
  }
}

// A mapping function of such a status.
trace_api::StatusCode ToOtel(sdk::StatusCode status) {
  return status == sdk::StatusCode::Ok ? trace_api::StatusCode::kOk
                                       : trace_api::StatusCode::kError;
}
void usesToOtel(SpanPtr span, sdk::StatusCode status) { span->SetStatus(ToOtel(status)); }

// OpenTracing's error tag: the specification maps "false" to OK.
std::string stringFromValue(const opentracing::Value &value);
class ShimSpan {
public:
  void handleError(const opentracing::Value &value) {
    const auto &error_tag = stringFromValue(value);
    auto code = StatusCode::kUnset;
    if (error_tag == "true")
      code = StatusCode::kError;
    else if (error_tag == "false")
      code = StatusCode::kOk;
    span_->SetStatus(code);
  }

private:
  SpanPtr span_;
};
