// RUN: %check_otel_tidy %s otel-status-ok-on-success %t

#include <opentelemetry/context/runtime_context.h>
#include <opentelemetry/nostd/shared_ptr.h>
#include <opentelemetry/trace/context.h>
#include <opentelemetry/trace/provider.h>
#include <opentelemetry/trace/span.h>
#include <opentelemetry/trace/tracer.h>
#include <absl/status/status.h>
#include <memory>
#include <string>

namespace trace_api = opentelemetry::trace;
namespace nostd = opentelemetry::nostd;
namespace otel = opentelemetry;
using opentelemetry::trace::StatusCode;

// --- receiver forms ---------------------------------------------------------

void viaNostdSharedPtr(nostd::shared_ptr<trace_api::Span> span) {
  span->SetStatus(trace_api::StatusCode::kOk);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: span status explicitly set to OK; leave it unset when the operation succeeds [otel-status-ok-on-success]
  // CHECK-FIXES: {{^}}void viaNostdSharedPtr(nostd::shared_ptr<trace_api::Span> span) {{{$}}
  // CHECK-FIXES-NEXT: {{^}}  //{{$}}
}

void viaStdSharedPtr(std::shared_ptr<trace_api::Span> span) {
  span->SetStatus(StatusCode::kOk, "done");
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: span status explicitly set to OK
}

void viaPointer(trace_api::Span *span) {
  span->SetStatus(StatusCode::kOk);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: span status explicitly set to OK
}

void viaReference(trace_api::Span &span) {
  span.SetStatus(StatusCode::kOk);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: span status explicitly set to OK
}

void viaCurrentContext() {
  trace_api::GetSpan(otel::context::RuntimeContext::GetCurrent())
      ->SetStatus(StatusCode::kOk);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: span status explicitly set to OK
  trace_api::Tracer::GetCurrentSpan()->SetStatus(StatusCode::kOk);
  // CHECK-MESSAGES: :[[@LINE-1]]:40: warning: span status explicitly set to OK
}

void viaTracer() {
  auto tracer = trace_api::Provider::GetTracerProvider()->GetTracer("svc");
  auto span = tracer->StartSpan("op");
  span->SetStatus(StatusCode::kOk);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: span status explicitly set to OK
  span->End();
}

// --- how the OK value is written ---------------------------------------------

constexpr trace_api::StatusCode kSpanOk = trace_api::StatusCode::kOk;
namespace alias = opentelemetry::trace;

void valueForms(nostd::shared_ptr<trace_api::Span> span) {
  span->SetStatus(static_cast<trace_api::StatusCode>(1));
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: span status explicitly set to OK
  span->SetStatus(kSpanOk);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: span status explicitly set to OK
  span->SetStatus(alias::StatusCode::kOk);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: span status explicitly set to OK
  span->SetStatus(OPENTELEMETRY_NAMESPACE::trace::StatusCode::kOk);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: span status explicitly set to OK
  span->SetStatus((trace_api::StatusCode::kOk));
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: span status explicitly set to OK
  span->SetStatus(trace_api::StatusCode(1));
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: span status explicitly set to OK
}

// Not OK: never reported.
void notOk(nostd::shared_ptr<trace_api::Span> span, trace_api::StatusCode code) {
  span->SetStatus(trace_api::StatusCode::kError, "boom");
  span->SetStatus(trace_api::StatusCode::kUnset);
  span->SetStatus(static_cast<trace_api::StatusCode>(2));
  span->SetStatus(code);
}

// --- fix-its ------------------------------------------------------------------

void fixIfElse(nostd::shared_ptr<trace_api::Span> span, const absl::Status &s) {
  if (s.ok())
    span->SetStatus(StatusCode::kOk);
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: span status explicitly set to OK
  else
    span->SetStatus(StatusCode::kError, s.ToString());
  // CHECK-FIXES: {{^}}  if (!s.ok())
  // CHECK-FIXES-NEXT: {{^}}    span->SetStatus(StatusCode::kError, s.ToString());
}

void fixIfElseBraces(nostd::shared_ptr<trace_api::Span> span, int http_status) {
  if (http_status < 500) {
    span->SetStatus(StatusCode::kOk);
    // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: span status explicitly set to OK
  } else {
    span->SetStatus(StatusCode::kError, "server error");
  }
  // CHECK-FIXES: {{^}}  if (http_status >= 500) {
  // CHECK-FIXES-NEXT: {{^}}    span->SetStatus(StatusCode::kError, "server error");
  // CHECK-FIXES-NEXT: {{^}}  }
}

void fixElseOk(nostd::shared_ptr<trace_api::Span> span, int status_code) {
  if (status_code >= 500) {
    span->SetStatus(StatusCode::kError);
  } else {
    span->SetStatus(StatusCode::kOk);
    // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: span status explicitly set to OK
  }
  // CHECK-FIXES: {{^}}  if (status_code >= 500) {
  // CHECK-FIXES-NEXT: {{^}}    span->SetStatus(StatusCode::kError);
  // CHECK-FIXES-NEXT: {{^}}  }{{$}}
}

void fixElseOkUnbraced(nostd::shared_ptr<trace_api::Span> span, bool failed) {
  if (failed) span->SetStatus(StatusCode::kError); else span->SetStatus(StatusCode::kOk);
  // CHECK-MESSAGES: :[[@LINE-1]]:63: warning: span status explicitly set to OK
  // CHECK-FIXES: {{^}}  if (failed) span->SetStatus(StatusCode::kError);{{$}}
}

void fixIfOnly(nostd::shared_ptr<trace_api::Span> span, const absl::Status &s) {
  int before = 0;
  if (s.ok()) span->SetStatus(StatusCode::kOk);
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: span status explicitly set to OK
  // CHECK-FIXES: {{^}}  int before = 0;
  // CHECK-FIXES-NEXT: {{^}}  //{{$}}
  (void)before;
}

bool Flush();
void ifWithSideEffectKeepsCondition(nostd::shared_ptr<trace_api::Span> span) {
  if (Flush()) span->SetStatus(StatusCode::kOk);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: span status explicitly set to OK
  // CHECK-FIXES: {{^}}  if (Flush()) span->SetStatus(StatusCode::kOk);
}

void fixConditional(nostd::shared_ptr<trace_api::Span> span, bool result) {
  span->SetStatus(result ? StatusCode::kOk : StatusCode::kError, "failed");
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: span status explicitly set to OK
  // CHECK-FIXES: {{^}}  if (!result) span->SetStatus(StatusCode::kError, "failed");
}

void fixConditionalMirrored(nostd::shared_ptr<trace_api::Span> span, int rc) {
  span->SetStatus(rc != 0 ? trace_api::StatusCode::kError : trace_api::StatusCode::kOk);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: span status explicitly set to OK
  // CHECK-FIXES: {{^}}  if (rc != 0) span->SetStatus(trace_api::StatusCode::kError);
}

void fixConditionalComparison(nostd::shared_ptr<trace_api::Span> span, int code) {
  span->SetStatus(code < 400 ? StatusCode::kOk : StatusCode::kError);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: span status explicitly set to OK
  // CHECK-FIXES: {{^}}  if (code >= 400) span->SetStatus(StatusCode::kError);
}

void fixConditionalUnderIf(nostd::shared_ptr<trace_api::Span> span, bool a, bool b) {
  if (a)
    span->SetStatus(b ? StatusCode::kOk : StatusCode::kError);
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: span status explicitly set to OK
  else
    span->End();
  // CHECK-FIXES: {{^}}    { if (!b) span->SetStatus(StatusCode::kError); }
  // CHECK-FIXES-NEXT: {{^}}  //{{$}}
  // CHECK-FIXES-NEXT: {{^}}  else
}

void conditionalWithSideEffectsNoFix(nostd::shared_ptr<trace_api::Span> span, bool ok) {
  span->SetStatus(ok ? StatusCode::kOk : StatusCode::kError, std::to_string(Flush()));
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: span status explicitly set to OK
  // CHECK-FIXES: {{^}}  span->SetStatus(ok ? StatusCode::kOk : StatusCode::kError, std::to_string(Flush()));
}

void fixInSequence(nostd::shared_ptr<trace_api::Span> span) {
  span->SetAttribute("k", 1); span->SetStatus(StatusCode::kOk);
  // CHECK-MESSAGES: :[[@LINE-1]]:37: warning: span status explicitly set to OK
  // CHECK-FIXES: {{^}}  span->SetAttribute("k", 1);{{$}}
  span->End();
}

void fixElseIfChain(nostd::shared_ptr<trace_api::Span> span, int code) {
  if (code == 0)
    span->SetStatus(StatusCode::kOk);
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: span status explicitly set to OK
  else if (code > 0)
    span->SetStatus(StatusCode::kError, "retry");
  else
    span->End();
  // CHECK-FIXES: {{^}}  if (code != 0)
  // CHECK-FIXES-NEXT: {{^}}    { if (code > 0)
}

// The inner `if` is the then-branch of an `if` with an `else`: removing the
// inner `else` must not hand the outer `else` to the inner `if`.
void fixNestedElseOk(nostd::shared_ptr<trace_api::Span> span, bool traced, bool failed) {
  if (traced) if (failed) span->SetStatus(StatusCode::kError); else span->SetStatus(StatusCode::kOk); else span->End();
  // CHECK-MESSAGES: :[[@LINE-1]]:75: warning: span status explicitly set to OK
  // CHECK-FIXES: {{^}}  if (traced) { if (failed) span->SetStatus(StatusCode::kError); } else span->End();{{$}}
}

void fixNestedIfOk(nostd::shared_ptr<trace_api::Span> span, bool traced, bool ok) {
  if (traced) if (ok) span->SetStatus(StatusCode::kOk); else span->SetStatus(StatusCode::kError); else span->End();
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: span status explicitly set to OK
  // CHECK-FIXES: {{^}}  if (traced) { if (!ok) span->SetStatus(StatusCode::kError); } else span->End();{{$}}
}
