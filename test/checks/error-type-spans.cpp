// RUN: %check_otel_tidy %s otel-error-type-on-success %t

#include <opentelemetry/nostd/shared_ptr.h>
#include <opentelemetry/semconv/error_attributes.h>
#include <opentelemetry/trace/semantic_conventions.h>
#include <opentelemetry/trace/span.h>
#include <opentelemetry/trace/tracer.h>
#include <absl/status/status.h>
#include <absl/status/statusor.h>
#include <optional>
#include <stdexcept>
#include <string>
#include <system_error>

namespace trace_api = opentelemetry::trace;
namespace semconv = opentelemetry::semconv;
using opentelemetry::nostd::shared_ptr;
using SpanPtr = shared_ptr<trace_api::Span>;

constexpr const char *kMyErrorType = "error.type";

// --- success path: reported -------------------------------------------------

void unconditional(SpanPtr span) {
  span->SetAttribute("error.type", "timeout");
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: 'error.type' set on a success path; set it only when the operation fails [otel-error-type-on-success]
}

void keyForms(SpanPtr span, const std::string &reason) {
  span->SetAttribute(semconv::error::kErrorType, reason);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: 'error.type' set on a success path
  span->SetAttribute(kMyErrorType, reason);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: 'error.type' set on a success path
  span->SetAttribute(std::string("error.type"), reason);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: 'error.type' set on a success path
}

void legacyKey(SpanPtr span) {
  span->SetAttribute(trace_api::SemanticConventions::kErrorType, "db");
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: 'error.type' set on a success path
}

void onSuccessEdge(SpanPtr span, const absl::Status &s) {
  if (s.ok()) {
    span->SetAttribute("error.type", "none_really");
    // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: 'error.type' set on a success path
  }
}

void afterFailureReturn(SpanPtr span, const absl::Status &s) {
  if (!s.ok())
    return;
  span->SetAttribute("error.type", s.ToString());
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: 'error.type' set on a success path
}

// --- failure paths: never reported -------------------------------------------

void inHandler(SpanPtr span) {
  try {
    throw std::runtime_error("x");
  } catch (const std::exception &e) {
    span->SetAttribute("error.type", typeid(e).name());
  }
}

void statusNotOk(SpanPtr span, const absl::Status &s) {
  if (!s.ok())
    span->SetAttribute(semconv::error::kErrorType, s.ToString());
}

void statusOkElse(SpanPtr span, const absl::Status &s) {
  if (s.ok()) {
    span->End();
  } else {
    span->SetAttribute(semconv::error::kErrorType, s.ToString());
  }
}

void statusOr(SpanPtr span, const absl::StatusOr<int> &r) {
  if (!r.ok())
    span->SetAttribute("error.type", r.status().ToString());
}

void earlySuccessReturn(SpanPtr span, const absl::Status &s) {
  if (s.ok())
    return;
  span->SetAttribute("error.type", s.ToString());
}

void errorCode(SpanPtr span, std::error_code ec) {
  if (ec)
    span->SetAttribute("error.type", ec.message());
}

void optionalResult(SpanPtr span, const std::optional<int> &result) {
  if (!result)
    span->SetAttribute("error.type", "missing");
  if (!result.has_value())
    span->SetAttribute("error.type", "missing");
}

void intResult(SpanPtr span, int rc, int ret) {
  if (rc != 0)
    span->SetAttribute("error.type", "rc");
  if (ret < 0)
    span->SetAttribute("error.type", "ret");
  if (rc == 0) {
  } else {
    span->SetAttribute("error.type", "rc");
  }
}

void http(SpanPtr span, int status_code) {
  if (status_code >= 500)
    span->SetAttribute("error.type", std::to_string(status_code));
  if (status_code < 400) {
  } else {
    span->SetAttribute("error.type", std::to_string(status_code));
  }
}

void namedBools(SpanPtr span, bool failed, bool success, bool has_error) {
  if (failed)
    span->SetAttribute("error.type", "failed");
  if (!success)
    span->SetAttribute("error.type", "not_success");
  if (has_error)
    span->SetAttribute("error.type", "has_error");
}

void conjunctions(SpanPtr span, const absl::Status &a, const absl::Status &b) {
  if (!a.ok() || !b.ok())
    span->SetAttribute("error.type", "either");
  if (a.ok() && b.ok()) {
  } else {
    span->SetAttribute("error.type", "either");
  }
}

enum class Result { kOk, kNotFound, kInternal };
void switchOutcome(SpanPtr span, Result r) {
  switch (r) {
  case Result::kOk:
    break;
  case Result::kNotFound:
    span->SetAttribute("error.type", "not_found");
    break;
  default:
    span->SetAttribute("error.type", "internal");
    break;
  }
}

void afterErrorStatus(SpanPtr span) {
  span->SetStatus(trace_api::StatusCode::kError, "failed");
  span->SetAttribute("error.type", "internal");
}

[[noreturn]] void Fail();
void afterThrow(SpanPtr span, bool bad_input) {
  if (bad_input) {
    span->SetAttribute("error.type", "bad_input");
    throw std::invalid_argument("bad input");
  }
}

// A helper whose purpose is failure (FailureFunctionPattern).
void RecordSpanError(SpanPtr span, const std::string &type) {
  span->SetAttribute(semconv::error::kErrorType, type);
  span->SetStatus(trace_api::StatusCode::kError, type);
}

void markFailure(SpanPtr span, const char *type) {
  span->SetAttribute(semconv::error::kErrorType, type);
  span->SetStatus(trace_api::StatusCode::kError, type);
}

// Under a branch whose condition is not an outcome test, error.type is
// most likely on an error branch the analysis cannot name: not reported.
void unknownConditions(SpanPtr span, bool valid, int retries, const absl::Status &s,
                       bool cached) {
  if (!valid)
    span->SetAttribute("error.type", "invalid");
  if (retries > 3) {
    span->SetAttribute("error.type", "retries_exhausted");
  }
  const char *t = retries > 3 ? "x" : "y";
  (void)t;
  // A known success conjunct decides: this is a success path.
  if (s.ok() && cached)
    span->SetAttribute("error.type", "cache");
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: 'error.type' set on a success path
  // Loops do not make it uncertain.
  for (int i = 0; i < retries; ++i)
    span->SetAttribute("error.type", "loop");
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: 'error.type' set on a success path
}

// Other keys are never reported.
void otherKeys(SpanPtr span) {
  span->SetAttribute("error.message", "x");
  span->SetAttribute("error", true);
  span->SetAttribute("http.response.status_code", 200);
}

// --- success sentinels: reported anywhere ------------------------------------

void sentinels(SpanPtr span, const absl::Status &s) {
  if (!s.ok()) {
    span->SetAttribute("error.type", "");
    // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: 'error.type' set to the success value ""; when the operation succeeds the attribute must be absent
  }
  span->SetAttribute("error.type", "none");
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: 'error.type' set to the success value "none"
  span->SetAttribute(semconv::error::kErrorType, "OK");
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: 'error.type' set to the success value "OK"
  span->SetAttribute("error.type", "Success");
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: 'error.type' set to the success value "Success"
  span->SetAttribute("error.type", "0");
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: 'error.type' set to the success value "0"
  span->SetAttribute("error.type", "200");
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: 'error.type' set to the success value "200"
  span->SetAttribute("error.type", std::string());
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: 'error.type' set to the success value ""
  span->End();
}
// CHECK-FIXES: {{^}}void sentinels(SpanPtr span, const absl::Status &s) {{{$}}
// The `if` whose only statement was the sentinel goes with it.
// CHECK-FIXES-NEXT: {{^}}  //{{$}}
// CHECK-FIXES-NEXT: {{^}}  //{{$}}
// CHECK-FIXES-NEXT: {{^}}  //{{$}}
// CHECK-FIXES-NEXT: {{^}}  //{{$}}
// CHECK-FIXES-NEXT: {{^}}  //{{$}}
// CHECK-FIXES-NEXT: {{^}}  //{{$}}
// CHECK-FIXES-NEXT: {{^}}  span->End();{{$}}

void sentinelTernary(SpanPtr span, bool ok, bool failed, const std::string &reason) {
  span->SetAttribute("error.type", ok ? "" : reason.c_str());
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: 'error.type' set to the success value "" on one branch; when the operation succeeds the attribute must be absent
  // CHECK-FIXES: {{^}}  if (!ok) span->SetAttribute("error.type", reason.c_str());{{$}}
  span->SetAttribute(semconv::error::kErrorType, failed ? reason.c_str() : "none");
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: 'error.type' set to the success value "none" on one branch
  // CHECK-FIXES: {{^}}  if (failed) span->SetAttribute(semconv::error::kErrorType, reason.c_str());{{$}}
  const std::string type = ok ? std::string() : reason;
  span->SetAttribute("error.type", type);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: 'error.type' set to the success value "" on one branch
  // CHECK-FIXES: {{^}}  span->SetAttribute("error.type", type);{{$}}
}

// --- StartSpan: the outcome is not known yet ---------------------------------

void startSpan(shared_ptr<trace_api::Tracer> tracer) {
  auto span = tracer->StartSpan("op", {{"http.route", "/x"}, {"error.type", "pending"}});
  // CHECK-MESSAGES: :[[@LINE-1]]:63: warning: 'error.type' set in the attributes a span starts with; the outcome is not known yet, set it when the operation fails
  span->End();
}

// --- events -------------------------------------------------------------------

void events(SpanPtr span, const absl::Status &s) {
  span->AddEvent("retry", {{"error.type", "timeout"}});
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: 'error.type' set on a success path
  if (!s.ok())
    span->AddEvent("failed", {{semconv::error::kErrorType, s.ToString()}});
}

// --- option: ErrorTypeKeys ------------------------------------------------------
// (see error-type-options.cpp)
