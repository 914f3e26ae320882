// RUN: %check_otel_tidy --check-suffixes=ALL %s otel-status-ok-on-success %t
// RUN: %check_otel_tidy --check-suffixes=ALL,OPT \
// RUN:   --tidy-config="{CheckOptions: {OkStatusFunctions: '::xrpl::telemetry::SpanGuard::setOk;markSpanOk', StatusSetters: '::Azure::Core::Tracing::_internal::Span::SetStatus;::legacy::setCode', OkStatusValues: '::Azure::Core::Tracing::_internal::SpanStatus::Ok;::legacy::Code::CodeOk'}}" \
// RUN:   %s otel-status-ok-on-success %t-opt

#include <opentelemetry/nostd/shared_ptr.h>
#include <opentelemetry/trace/span.h>
#include <absl/status/status.h>

namespace trace_api = opentelemetry::trace;
using opentelemetry::nostd::shared_ptr;

// --- wrappers defined in this translation unit: reported inside --------------

// The status helper of real code: Error on failure, OK otherwise.
void MarkSpan(const absl::Status &s, trace_api::Span *span) {
  if (!s.ok())
    span->SetStatus(trace_api::StatusCode::kError, s.ToString());
  else
    span->SetStatus(trace_api::StatusCode::kOk);
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:11: warning: span status explicitly set to OK; leave it unset when the operation succeeds
  // CHECK-FIXES-ALL: {{^}}    span->SetStatus(trace_api::StatusCode::kError, s.ToString());{{$}}
  // CHECK-FIXES-ALL-NEXT: {{^}}  //{{$}}
}

// EndSpan(span) with no status: OK unconditionally.
void EndSpan(shared_ptr<trace_api::Span> span) {
  span->SetStatus(trace_api::StatusCode::kOk);
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:9: warning: span status explicitly set to OK
  span->End();
}

// An application span class whose destructor sets OK when nothing else did.
class OperationSpan {
public:
  explicit OperationSpan(shared_ptr<trace_api::Span> s) : span_(s) {}
  ~OperationSpan() {
    if (!status_set_)
      span_->SetStatus(trace_api::StatusCode::kOk);
    // CHECK-MESSAGES-ALL: :[[@LINE-1]]:14: warning: span status explicitly set to OK
    span_->End();
  }
  // CHECK-FIXES-ALL: {{^}}  ~OperationSpan() {{{$}}
  // CHECK-FIXES-ALL-NEXT: {{^}}    //{{$}}
  // CHECK-FIXES-ALL-NEXT: {{^}}    span_->End();{{$}}
  void setSuccess() {
    span_->SetStatus(trace_api::StatusCode::kOk);
    // CHECK-MESSAGES-ALL: :[[@LINE-1]]:12: warning: span status explicitly set to OK
    status_set_ = true;
  }
  void setError(const char *what) {
    span_->SetStatus(trace_api::StatusCode::kError, what);
    status_set_ = true;
  }

private:
  shared_ptr<trace_api::Span> span_;
  bool status_set_ = false;
};

// Calls of the wrappers are not reported: the finding is in the wrapper.
void handler(shared_ptr<trace_api::Span> span, const absl::Status &s) {
  OperationSpan op(span);
  op.setSuccess();
  MarkSpan(s, span.get());
}

// --- wrappers from other libraries: configured by option --------------------

namespace xrpl::telemetry {
class SpanGuard {
public:
  void setOk();
  void setError(const char *);
};
} // namespace xrpl::telemetry

void markSpanOk(trace_api::Span &span);

namespace Azure::Core::Tracing::_internal {
enum class SpanStatus { Unset, Ok, Error };
class Span {
public:
  void SetStatus(SpanStatus status, const char *description = "");
};
} // namespace Azure::Core::Tracing::_internal

namespace az = Azure::Core::Tracing::_internal;

void external(xrpl::telemetry::SpanGuard &guard, trace_api::Span &span,
              az::Span &azSpan, bool ok) {
  guard.setOk();
  // CHECK-MESSAGES-OPT: :[[@LINE-1]]:9: warning: 'xrpl::telemetry::SpanGuard::setOk' sets the span status to OK; leave it unset when the operation succeeds
  markSpanOk(span);
  // CHECK-MESSAGES-OPT: :[[@LINE-1]]:3: warning: 'markSpanOk' sets the span status to OK
  azSpan.SetStatus(az::SpanStatus::Ok);
  // CHECK-MESSAGES-OPT: :[[@LINE-1]]:10: warning: 'Azure::Core::Tracing::_internal::Span::SetStatus' sets the span status to OK
  azSpan.SetStatus(ok ? az::SpanStatus::Ok : az::SpanStatus::Error);
  // CHECK-MESSAGES-OPT: :[[@LINE-1]]:10: warning: 'Azure::Core::Tracing::_internal::Span::SetStatus' sets the span status to OK
  // CHECK-FIXES-OPT: {{^}}  if (!ok) azSpan.SetStatus(az::SpanStatus::Error);{{$}}
}

// A configured setter with an error value is failure evidence; its OK after
// an error on the same wrapper object is not tracked (only raw spans are).
void externalErrors(xrpl::telemetry::SpanGuard &guard, az::Span &azSpan) {
  guard.setError("x");
  azSpan.SetStatus(az::SpanStatus::Error, "failed");
  azSpan.SetStatus(az::SpanStatus::Unset);
}

// An unscoped enum: its enumerator may be configured as ::legacy::Code::CodeOk
// as well as ::legacy::CodeOk.
namespace legacy {
enum Code { CodeOk, CodeFailed };
void setCode(void *span, Code c);
} // namespace legacy
void unscoped(void *span) {
  legacy::setCode(span, legacy::CodeOk);
  // CHECK-MESSAGES-OPT: :[[@LINE-1]]:3: warning: 'legacy::setCode' sets the span status to OK
}
void unscopedFailed(void *span) { legacy::setCode(span, legacy::CodeFailed); }
