// RUN: %check_otel_tidy %s otel-status-ok-on-success %t

#include <opentelemetry/nostd/shared_ptr.h>
#include <opentelemetry/trace/span.h>
#include <absl/status/status.h>
#include <stdexcept>
#include <system_error>

namespace trace_api = opentelemetry::trace;
using opentelemetry::nostd::shared_ptr;
using trace_api::StatusCode;

void inHandler(shared_ptr<trace_api::Span> span) {
  try {
    throw std::runtime_error("x");
  } catch (const std::exception &e) {
    span->SetStatus(StatusCode::kOk, e.what());
    // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: span status set to OK on a failure path; the last status set wins, so this OK hides the failure [otel-status-ok-on-success]
    // CHECK-MESSAGES: :[[@LINE-2]]:11: note: set an error status here instead (StatusCode::kError)
  }
}

void onFailingEdge(shared_ptr<trace_api::Span> span, const absl::Status &s) {
  if (!s.ok()) {
    span->SetStatus(StatusCode::kOk);
    // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: span status set to OK on a failure path
    // CHECK-MESSAGES: :[[@LINE-2]]:11: note: set an error status here instead
    return;
  }
}

void errorCodeTruthiness(shared_ptr<trace_api::Span> span, std::error_code ec) {
  if (ec)
    span->SetStatus(StatusCode::kOk);
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: span status set to OK on a failure path
  // CHECK-MESSAGES: :[[@LINE-2]]:11: note: set an error status here instead
}

void earlyReturn(shared_ptr<trace_api::Span> span, const absl::Status &s) {
  if (s.ok())
    return;
  span->SetStatus(StatusCode::kOk, s.ToString());
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: span status set to OK on a failure path
  // CHECK-MESSAGES: :[[@LINE-2]]:9: note: set an error status here instead
}

void resultCode(shared_ptr<trace_api::Span> span, int rc) {
  if (rc < 0) {
    span->SetStatus(StatusCode::kOk);
    // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: span status set to OK on a failure path
    // CHECK-MESSAGES: :[[@LINE-2]]:11: note: set an error status here instead
  }
}

void failedFlag(shared_ptr<trace_api::Span> span, bool failed) {
  if (failed) {
    span->SetStatus(StatusCode::kOk);
    // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: span status set to OK on a failure path
    // CHECK-MESSAGES: :[[@LINE-2]]:11: note: set an error status here instead
  }
}

// A function whose purpose is failure (FailureFunctionPattern).
void HandleRpcError(trace_api::Span &span) {
  span.SetStatus(StatusCode::kOk);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: span status set to OK on a failure path
  // CHECK-MESSAGES: :[[@LINE-2]]:8: note: set an error status here instead
}

// A failure callback: the lambda is bound to a parameter named on_error.
template <class F, class G> void OnDone(F on_success, G on_error) {}
void callbacks(shared_ptr<trace_api::Span> span) {
  OnDone([span] { span->End(); },
         [span] { span->SetStatus(StatusCode::kOk); });
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: span status set to OK on a failure path
  // CHECK-MESSAGES: :[[@LINE-2]]:25: note: set an error status here instead
  auto on_failure = [span] { span->SetStatus(StatusCode::kOk); };
  // CHECK-MESSAGES: :[[@LINE-1]]:36: warning: span status set to OK on a failure path
  // CHECK-MESSAGES: :[[@LINE-2]]:36: note: set an error status here instead
  on_failure();
}

// OK after Error on the same span erases the error.
void okAfterError(shared_ptr<trace_api::Span> span, bool retry_worked) {
  span->SetStatus(StatusCode::kError, "attempt 1 failed");
  if (retry_worked)
    span->SetStatus(StatusCode::kOk);
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: span status set to OK after it was set to an error on a path to here; the last status set wins, so this OK erases the error
  // CHECK-MESSAGES: :[[@LINE-4]]:9: note: the error status is set here
}

// Exclusive branches: the error is not on a path to the OK.
void exclusive(shared_ptr<trace_api::Span> span, const absl::Status &s) {
  if (!s.ok())
    span->SetStatus(StatusCode::kError, s.ToString());
  else
    span->SetStatus(StatusCode::kOk);
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: span status explicitly set to OK; leave it unset when the operation succeeds
  // CHECK-FIXES: {{^}}  if (!s.ok()){{$}}
  // CHECK-FIXES-NEXT: {{^}}    span->SetStatus(StatusCode::kError, s.ToString());
  // CHECK-FIXES-NEXT: {{^}}  //{{$}}
}

// A fresh span each iteration: the error of an earlier one does not count.
void loop(trace_api::Span *(*start)(), int n) {
  for (int i = 0; i < n; ++i) {
    trace_api::Span *span = start();
    if (i % 2)
      span->SetStatus(StatusCode::kError);
    else
      span->SetStatus(StatusCode::kOk);
    // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: span status explicitly set to OK; leave it unset
  }
  // CHECK-FIXES: {{^}}      span->SetStatus(StatusCode::kError);{{$}}
  // CHECK-FIXES-NEXT: {{^}}    //{{$}}
}

// Another span's error is not "this OK erases the error", but it is failure
// evidence: whatever follows it is on a failure path.
void otherSpan(trace_api::Span &parent, trace_api::Span &child) {
  parent.SetStatus(StatusCode::kError);
  child.SetStatus(StatusCode::kOk);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: span status set to OK on a failure path
  // CHECK-MESSAGES: :[[@LINE-2]]:9: note: set an error status here instead
}
