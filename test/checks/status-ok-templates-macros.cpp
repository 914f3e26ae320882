// RUN: %check_otel_tidy %s otel-status-ok-on-success %t

#include <opentelemetry/nostd/shared_ptr.h>
#include <opentelemetry/trace/span.h>
#include <functional>
#include <vector>

namespace trace_api = opentelemetry::trace;
using opentelemetry::nostd::shared_ptr;
using trace_api::StatusCode;

// --- templates: instantiations only, once, at the written line ---------------

template <class T> void finish(shared_ptr<trace_api::Span> span, T value) {
  (void)value;
  span->SetStatus(StatusCode::kOk);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: span status explicitly set to OK
  // CHECK-FIXES: {{^}}  (void)value;{{$}}
  // CHECK-FIXES-NEXT: {{^}}  //{{$}}
}
void useFinish(shared_ptr<trace_api::Span> span) {
  finish(span, 1);
  finish(span, 2.0);
  finish(span, "three");
}

// Never instantiated: not reported.
template <class T> void neverUsed(shared_ptr<trace_api::Span> span, T) {
  span->SetStatus(StatusCode::kOk);
}

// The receiver's type is a template parameter: Guard<Other> would call
// something else, so the written statement is reported but not removed.
template <class SpanT> struct Guard {
  SpanT *span;
  ~Guard() { span->SetStatus(StatusCode::kOk); }
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: span status explicitly set to OK
  // CHECK-FIXES: {{^}}  ~Guard() { span->SetStatus(StatusCode::kOk); }{{$}}
};
void useGuard(trace_api::Span *s) { Guard<trace_api::Span> g{s}; }

// The status depends on a template argument: reported (OK in this
// instantiation) but not fixed, since other instantiations differ.
template <StatusCode Code> void setCode(trace_api::Span &span) {
  span.SetStatus(Code);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: span status explicitly set to OK
  // CHECK-FIXES: {{^}}  span.SetStatus(Code);{{$}}
}
void useSetCode(trace_api::Span &span) {
  setCode<StatusCode::kError>(span);
  setCode<StatusCode::kOk>(span);
}

// --- macros: reported at the use, never fixed ---------------------------------

#define MARK_OK(span) (span)->SetStatus(StatusCode::kOk)
#define OTEL_OK StatusCode::kOk

void macros(shared_ptr<trace_api::Span> span) {
  MARK_OK(span);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: span status explicitly set to OK
  // CHECK-FIXES: {{^}}  MARK_OK(span);{{$}}
  span->SetStatus(OTEL_OK);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: span status explicitly set to OK
}

#define SET_STATUS_IF(cond, span)                                            \
  if (cond)                                                                  \
    span->SetStatus(StatusCode::kOk);                                        \
  else                                                                       \
    span->SetStatus(StatusCode::kError)

void macroIf(shared_ptr<trace_api::Span> span, bool ok) {
  SET_STATUS_IF(ok, span);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: span status explicitly set to OK
  // CHECK-FIXES: {{^}}  SET_STATUS_IF(ok, span);{{$}}
}

// --- lambdas and callbacks -----------------------------------------------------

void lambdas(shared_ptr<trace_api::Span> span, std::vector<std::function<void()>> &q) {
  auto done = [span] { span->SetStatus(StatusCode::kOk); };
  // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: span status explicitly set to OK
  // CHECK-FIXES: {{^}}  auto done = [span] { };{{$}}
  q.push_back(done);
  q.push_back([span](/*generic*/) {
    span->SetStatus(StatusCode::kOk, "ok");
    // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: span status explicitly set to OK
  });
  auto generic = [](auto &s) { s->SetStatus(StatusCode::kOk); };
  // CHECK-MESSAGES: :[[@LINE-1]]:35: warning: span status explicitly set to OK
  // CHECK-FIXES: {{^}}  auto generic = [](auto &s) { s->SetStatus(StatusCode::kOk); };{{$}}
  generic(span);
}

// A template whose receiver is a template parameter, instantiated with a
// span and with a class of the application's own.
struct Other {
  void SetStatus(StatusCode);
};
template <class T> void finishAny(T *s) { s->SetStatus(StatusCode::kOk); }
// CHECK-MESSAGES: :[[@LINE-1]]:46: warning: span status explicitly set to OK
// CHECK-FIXES: {{^}}template <class T> void finishAny(T *s) { s->SetStatus(StatusCode::kOk); }{{$}}
void useFinishAny(trace_api::Span *span, Other *other) {
  finishAny(span);
  finishAny(other);
}

// --- NOLINT ---------------------------------------------------------------------

void suppressed(shared_ptr<trace_api::Span> span) {
  span->SetStatus(StatusCode::kOk); // NOLINT(otel-status-ok-on-success)
  // NOLINTNEXTLINE(otel-*)
  span->SetStatus(StatusCode::kOk);
}
