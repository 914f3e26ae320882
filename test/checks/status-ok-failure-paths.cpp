// RUN: %check_otel_tidy %s otel-status-ok-on-success %t

#include <opentelemetry/nostd/shared_ptr.h>
#include <opentelemetry/trace/context.h>
#include <opentelemetry/trace/span.h>
#include <absl/status/status.h>
#include <stdexcept>
#include <functional>
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
    // CHECK-MESSAGES: :[[@LINE-2]]:11: note: if the operation failed, set StatusCode::kError here; if the error was handled, leave the status unset
  }
}

void onFailingEdge(shared_ptr<trace_api::Span> span, const absl::Status &s) {
  if (!s.ok()) {
    span->SetStatus(StatusCode::kOk);
    // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: span status set to OK on a failure path
    // CHECK-MESSAGES: :[[@LINE-2]]:11: note: if the operation failed, set StatusCode::kError here
    return;
  }
}

void errorCodeTruthiness(shared_ptr<trace_api::Span> span, std::error_code ec) {
  if (ec)
    span->SetStatus(StatusCode::kOk);
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: span status set to OK on a failure path
  // CHECK-MESSAGES: :[[@LINE-2]]:11: note: if the operation failed, set StatusCode::kError here
}

void earlyReturn(shared_ptr<trace_api::Span> span, const absl::Status &s) {
  if (s.ok())
    return;
  span->SetStatus(StatusCode::kOk, s.ToString());
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: span status set to OK on a failure path
  // CHECK-MESSAGES: :[[@LINE-2]]:9: note: if the operation failed, set StatusCode::kError here
}

void resultCode(shared_ptr<trace_api::Span> span, int rc) {
  if (rc < 0) {
    span->SetStatus(StatusCode::kOk);
    // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: span status set to OK on a failure path
    // CHECK-MESSAGES: :[[@LINE-2]]:11: note: if the operation failed, set StatusCode::kError here
  }
}

void failedFlag(shared_ptr<trace_api::Span> span, bool failed) {
  if (failed) {
    span->SetStatus(StatusCode::kOk);
    // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: span status set to OK on a failure path
    // CHECK-MESSAGES: :[[@LINE-2]]:11: note: if the operation failed, set StatusCode::kError here
  }
}

// A function whose purpose is failure (FailureFunctionPattern).
void HandleRpcError(trace_api::Span &span) {
  span.SetStatus(StatusCode::kOk);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: span status set to OK on a failure path
  // CHECK-MESSAGES: :[[@LINE-2]]:8: note: if the operation failed, set StatusCode::kError here
}

// A failure callback: the lambda is bound to a parameter named on_error.
template <class F, class G> void OnDone(F on_success, G on_error) {}
void callbacks(shared_ptr<trace_api::Span> span) {
  OnDone([span] { span->End(); },
         [span] { span->SetStatus(StatusCode::kOk); });
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: span status set to OK on a failure path
  // CHECK-MESSAGES: :[[@LINE-2]]:25: note: if the operation failed, set StatusCode::kError here
  auto on_failure = [span] { span->SetStatus(StatusCode::kOk); };
  // CHECK-MESSAGES: :[[@LINE-1]]:36: warning: span status set to OK on a failure path
  // CHECK-MESSAGES: :[[@LINE-2]]:36: note: if the operation failed, set StatusCode::kError here
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
  // CHECK-MESSAGES: :[[@LINE-2]]:9: note: if the operation failed, set StatusCode::kError here
}

// Spans reached through different objects or contexts are different spans.
struct Call {
  shared_ptr<trace_api::Span> span;
};
void differentObjects(Call &a, Call &b, bool failed) {
  if (failed)
    a.span->SetStatus(StatusCode::kError);
  b.span->SetStatus(StatusCode::kOk);
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: span status explicitly set to OK; leave it unset
}
void differentContexts(const opentelemetry::context::Context &upstream,
                       const opentelemetry::context::Context &local, bool failed) {
  if (failed)
    trace_api::GetSpan(upstream)->SetStatus(StatusCode::kError);
  trace_api::GetSpan(local)->SetStatus(StatusCode::kOk);
  // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: span status explicitly set to OK; leave it unset
}

// Failure callbacks passed as std::function or as a function pointer.
void Subscribe(std::function<void()> on_success, std::function<void()> on_error);
void Register(void (*on_done)(), void (*on_failure)());
trace_api::Span &CurrentRequestSpan();
void moreCallbacks() {
  Subscribe([] {},
            [] { CurrentRequestSpan().SetStatus(StatusCode::kOk); });
  // CHECK-MESSAGES: :[[@LINE-1]]:39: warning: span status set to OK on a failure path
  // CHECK-MESSAGES: :[[@LINE-2]]:39: note: if the operation failed, set StatusCode::kError here
  Register([] {}, [] { CurrentRequestSpan().SetStatus(StatusCode::kOk); });
  // CHECK-MESSAGES: :[[@LINE-1]]:45: warning: span status set to OK on a failure path
  // CHECK-MESSAGES: :[[@LINE-2]]:45: note: if the operation failed, set StatusCode::kError here
}
