// RUN: %check_otel_tidy --check-suffixes=DEFAULT %s otel-error-type-on-success %t
// RUN: %check_otel_tidy --check-suffixes=OPT \
// RUN:   --tidy-config="{CheckOptions: {ErrorTypeKeys: 'app.error_kind', SuccessPredicates: '::rpc::Passes', FailurePredicates: '::rpc::Trips;Broken', FailureFunctionPattern: '(?i)onproblem'}}" \
// RUN:   %s otel-error-type-on-success %t-opt

#include <opentelemetry/nostd/shared_ptr.h>
#include <opentelemetry/trace/span.h>

namespace trace_api = opentelemetry::trace;
using SpanPtr = opentelemetry::nostd::shared_ptr<trace_api::Span>;

namespace rpc {
struct Reply {};
bool Passes(const Reply &);
bool Trips(const Reply &);
bool Broken(const Reply &);
} // namespace rpc

// ErrorTypeKeys adds keys that mean error.type.
void extraKey(SpanPtr span) {
  span->SetAttribute("app.error_kind", "db");
  // CHECK-MESSAGES-OPT: :[[@LINE-1]]:22: warning: 'app.error_kind' set on a success path
}

// SuccessPredicates / FailurePredicates: the failing edge is a failure path.
void predicates(SpanPtr span, const rpc::Reply &r) {
  if (!rpc::Passes(r))
    span->SetAttribute("error.type", "bad_reply");
  if (rpc::Trips(r))
    span->SetAttribute("error.type", "bad_reply");
  if (rpc::Broken(r))
    span->SetAttribute("error.type", "bad_reply");
  // Behind the success edge of a configured predicate: a success path.
  if (rpc::Passes(r))
    span->SetAttribute("error.type", "good?");
  // CHECK-MESSAGES-OPT: :[[@LINE-1]]:24: warning: 'error.type' set on a success path
}

// FailureFunctionPattern: replaced, so HandleError is no longer a failure
// function but OnProblem is.
void HandleError(SpanPtr span) {
  span->SetAttribute("error.type", "x");
  // CHECK-MESSAGES-OPT: :[[@LINE-1]]:22: warning: 'error.type' set on a success path
}
void OnProblem(SpanPtr span) {
  span->SetAttribute("error.type", "x");
  // CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:22: warning: 'error.type' set on a success path
}
