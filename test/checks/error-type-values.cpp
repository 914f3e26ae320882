// RUN: %check_otel_tidy %s otel-error-type-on-success %t

// error.type values and containers followed through variables, parameters
// and functions of the translation unit; LogRecord attributes;
// `exception_ptr == nullptr` as an outcome test.

#include <opentelemetry/context/context.h>
#include <opentelemetry/logs/log_record.h>
#include <opentelemetry/metrics/sync_instruments.h>
#include <opentelemetry/nostd/shared_ptr.h>
#include <opentelemetry/nostd/unique_ptr.h>
#include <opentelemetry/semconv/error_attributes.h>
#include <opentelemetry/trace/span.h>
#include <exception>
#include <map>
#include <stdexcept>
#include <string>

namespace semconv = opentelemetry::semconv;
namespace logs = opentelemetry::logs;
namespace metrics = opentelemetry::metrics;
using SpanPtr = opentelemetry::nostd::shared_ptr<opentelemetry::trace::Span>;
using Attrs = std::map<std::string, std::string>;

bool Failed();
void Work();

// --- a success value through a variable ------------------------------------------

void defaultConstructed(SpanPtr span) {
  try {
    Work();
  } catch (const std::exception &e) {
    std::string type;
    if (Failed())
      type = "timeout";
    span->SetAttribute(semconv::error::kErrorType, type);
    // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: 'error.type' set to the success value "" on a path through a variable; when the operation succeeds the attribute must be absent [otel-error-type-on-success]
  }
}

void sentinelAssigned(SpanPtr span, int rc) {
  const char *type = "none";
  if (rc != 0) {
    type = "rpc_failed";
  }
  span->SetAttribute("error.type", type);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: 'error.type' set to the success value "none" on a path through a variable
}

std::string ErrorTypeOf(int rc) {
  if (rc == 0)
    return "ok";
  return "rpc_failed";
}
void sentinelReturned(SpanPtr span, int rc) {
  span->SetAttribute("error.type", ErrorTypeOf(rc));
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: 'error.type' set to the success value "ok" on a path through a variable
}

// Overwritten before the use: only the real value reaches it.
void overwritten(SpanPtr span) {
  try {
    Work();
  } catch (const std::runtime_error &) {
    std::string type = "";
    type = "std::runtime_error";
    span->SetAttribute("error.type", type);
  }
}

// --- containers passed in as parameters ---------------------------------------------

void Count(metrics::Counter<uint64_t> &counter, const Attrs &attrs) {
  counter.Add(1, attrs);
}
void CountAgain(metrics::Counter<uint64_t> &counter, const Attrs &attrs) {
  Count(counter, attrs);
}

void containerToHelper(metrics::Counter<uint64_t> &counter, int rc) {
  Attrs attrs;
  attrs["error.type"] = "";
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'error.type' set to the success value ""; when the operation succeeds the attribute must be absent
  Count(counter, attrs);
}

void containerOnSuccess(metrics::Counter<uint64_t> &counter, int rc) {
  Attrs attrs;
  if (rc == 0)
    attrs.emplace("error.type", "unexpected");
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: 'error.type' set on a success path; set it only when the operation fails
  CountAgain(counter, attrs);
}

void containerOnFailure(metrics::Counter<uint64_t> &counter, int rc) {
  Attrs attrs;
  if (rc != 0)
    attrs["error.type"] = "rpc_failed";
  Count(counter, attrs);
}

// --- LogRecord attributes ------------------------------------------------------------

void logRecord(opentelemetry::nostd::unique_ptr<logs::LogRecord> &record, int rc) {
  if (rc == 0)
    record->SetAttribute(semconv::error::kErrorType, "unexpected");
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: 'error.type' set on a success path
  else
    record->SetAttribute(semconv::error::kErrorType, "rpc_failed");
}

// --- exception_ptr == nullptr ----------------------------------------------------------

void exceptionPtr(SpanPtr span, std::exception_ptr error) {
  if (error == nullptr)
    span->SetAttribute("error.type", "unexpected");
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: 'error.type' set on a success path
  if (error != nullptr)
    span->SetAttribute("error.type", "std::exception");
}

// --- templates, macros, lambdas ----------------------------------------------------------

template <class T> void templated(SpanPtr span, T rc) {
  std::string type = "none";
  if (rc != 0)
    type = "failed";
  span->SetAttribute("error.type", type);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: 'error.type' set to the success value "none" on a path through a variable
}
template void templated<int>(SpanPtr, int);
template void templated<long>(SpanPtr, long);

#define NO_ERROR ""
void macro(SpanPtr span, int rc) {
  std::string type = NO_ERROR;
  if (rc != 0)
    type = "failed";
  span->SetAttribute("error.type", type);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: 'error.type' set to the success value "" on a path through a variable
}

void lambda(SpanPtr span) {
  auto record = [span](int rc) {
    std::string type;
    if (rc != 0)
      type = "failed";
    span->SetAttribute("error.type", type);
    // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: 'error.type' set to the success value "" on a path through a variable
  };
  record(1);
}
