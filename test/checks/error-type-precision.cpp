// RUN: %check_otel_tidy %s otel-error-type-on-success %t
// RUN: %check_otel_tidy --check-suffixes=NOPAT --tidy-config="{CheckOptions: {FailureFunctionPattern: ''}}" \
// RUN:   %s otel-error-type-on-success %t-nopat
// Cases where a naive reading would report a correct error path, and a few
// wrong ones that must still be found.

#include <opentelemetry/nostd/shared_ptr.h>
#include <opentelemetry/trace/span.h>
#include <absl/status/status.h>
#include <exception>
#include <functional>
#include <optional>
#include <stdexcept>
#include <system_error>

namespace trace_api = opentelemetry::trace;
using SpanPtr = opentelemetry::nostd::shared_ptr<trace_api::Span>;

// A switch over an outcome enum without a success case says nothing.
enum class R { kOk, kNotFound, kInternal };
void switchWithoutSuccessCase(SpanPtr span, R r) {
  switch (r) {
  case R::kNotFound:
    span->SetAttribute("error.type", "not_found");
    break;
  default:
    span->SetAttribute("error.type", "other");
    break;
  }
}

// Followed on every path by failure evidence: a failure path.
void thenThrow(SpanPtr span) {
  span->SetAttribute("error.type", "bad_input");
  throw std::invalid_argument("bad input");
}
void thenErrorStatus(SpanPtr span) {
  span->SetAttribute("error.type", "timeout");
  span->End();
  span->SetStatus(trace_api::StatusCode::kError, "timeout");
}

// Recording an exception is failure evidence.
void afterExceptionEvent(SpanPtr span) {
  span->AddEvent("exception", {{"exception.message", "boom"}});
  span->SetAttribute("error.type", "boom");
}

// std::exception_ptr and ec.value() are outcome tests.
void exceptionPtr(SpanPtr span, std::exception_ptr ep, std::error_code ec) {
  if (ep)
    span->SetAttribute("error.type", "exception");
  if (ec.value())
    span->SetAttribute("error.type", ec.message());
}

// A lambda created in a handler runs for the failure.
void Post(std::function<void()> task);
void lambdaInHandler(SpanPtr span) {
  try {
    throw std::runtime_error("x");
  } catch (const std::exception &) {
    Post([span] { span->SetAttribute("error.type", "deferred"); });
  }
}

// The else of `a && b`: `a` may have succeeded; unknown, not reported.
void elseOfConjunction(SpanPtr span, const absl::Status &s, bool hit) {
  if (s.ok() && hit) {
  } else {
    span->SetAttribute("error.type", "miss");
  }
  // The then-branch of `!a || !b` likewise.
  if (!s.ok() || !hit)
    span->SetAttribute("error.type", "miss");
}

// Instantiation order does not matter: the failing instantiation comes
// first here, the success one second.
template <class T> void byTemplate(SpanPtr span, const T &v) {
  if (v)
    span->SetAttribute("error.type", "x");
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: 'error.type' set on a success path
  // CHECK-MESSAGES-NOPAT: :[[@LINE-2]]:24: warning: 'error.type' set on a success path
}
void useByTemplate(SpanPtr span) {
  byTemplate(span, std::error_code());
  byTemplate(span, std::optional<int>());
}

// Both arms are success values.
void bothArms(SpanPtr span, bool quiet) {
  span->SetAttribute("error.type", quiet ? "" : "none");
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: 'error.type' set to the success values "" and "none"; when the operation succeeds the attribute must be absent
  // CHECK-MESSAGES-NOPAT: :[[@LINE-2]]:22: warning: 'error.type' set to the success values "" and "none"
}

// Values are shown escaped.
void escaped(SpanPtr span) {
  span->SetAttribute("error.type", "\tOK\n");
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: 'error.type' set to the success value "\09OK\0A"
  // CHECK-MESSAGES-NOPAT: :[[@LINE-2]]:22: warning: 'error.type' set to the success value "\09OK\0A"
}

// The receiver has effects of its own: reported, not removed.
SpanPtr Current();
void sideEffectingReceiver() {
  Current()->SetAttribute("error.type", "");
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: 'error.type' set to the success value ""
  // CHECK-MESSAGES-NOPAT: :[[@LINE-2]]:27: warning: 'error.type' set to the success value ""
  // CHECK-FIXES: {{^}}  Current()->SetAttribute("error.type", "");{{$}}
  // CHECK-FIXES-NOPAT: {{^}}  Current()->SetAttribute("error.type", "");{{$}}
}

// With an empty FailureFunctionPattern no function is a failure function by
// its name (and the empty pattern is no configuration error).
void OnError(SpanPtr span) {
  span->SetAttribute("error.type", "x");
  // CHECK-MESSAGES-NOPAT: :[[@LINE-1]]:22: warning: 'error.type' set on a success path
}
