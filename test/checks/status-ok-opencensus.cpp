// RUN: %check_otel_tidy %s otel-status-ok-on-success %t

#include <opencensus/trace/context_util.h>
#include <opencensus/trace/span.h>
#include <opencensus/trace/status_code.h>
#include <grpcpp/grpcpp.h>
#include <absl/status/status.h>

namespace oc = opencensus::trace;

void scopedSpelling(const oc::Span &span) {
  span.SetStatus(oc::StatusCode::OK);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: explicit OK status is redundant: OK is the default status of an OpenCensus span [otel-status-ok-on-success]
  // CHECK-FIXES: {{^}}void scopedSpelling(const oc::Span &span) {{{$}}
  // CHECK-FIXES-NEXT: {{^}}  //{{$}}
}

void unscopedSpelling(oc::Span *span) {
  span->SetStatus(oc::OK, "fine");
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: explicit OK status is redundant
}

void castFromInteger(oc::Span span) {
  span.SetStatus(oc::StatusCode(0));
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: explicit OK status is redundant
  span.SetStatus(static_cast<oc::StatusCode>(0));
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: explicit OK status is redundant
}

void currentSpan() {
  oc::GetCurrentSpan().SetStatus(oc::StatusCode::OK);
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: explicit OK status is redundant
}

// gRPC's call tracer: the code comes from another library, not a constant.
void fromAbsl(oc::Span span, absl::StatusCode code) {
  if (code != absl::StatusCode::kOk)
    span.SetStatus(static_cast<oc::StatusCode>(code), "rpc failed");
}

void fromGrpc(const oc::Span &span, const grpc::Status &status) {
  span.SetStatus((oc::StatusCode)status.error_code(), status.error_message());
}

void errorCodes(const oc::Span &span) {
  span.SetStatus(oc::StatusCode::UNKNOWN);
  span.SetStatus(oc::UNAUTHENTICATED, "no token");
  span.SetStatus(oc::StatusCode(16));
}

void conditional(const oc::Span &span, const grpc::Status &status) {
  span.SetStatus(status.ok() ? oc::StatusCode::OK : oc::StatusCode::INTERNAL);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: explicit OK status is redundant
  // CHECK-FIXES: {{^}}  if (!status.ok()) span.SetStatus(oc::StatusCode::INTERNAL);
}

void okAfterError(const oc::Span &span, bool retried) {
  span.SetStatus(oc::StatusCode::UNAVAILABLE, "first attempt failed");
  if (retried)
    span.SetStatus(oc::StatusCode::OK);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: span status set to OK after it was set to an error on a path to here; the last status set wins, so this OK erases the error
  // CHECK-MESSAGES: :[[@LINE-4]]:8: note: the error status is set here
}
