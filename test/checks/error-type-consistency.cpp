// RUN: %check_otel_tidy --check-notes %s otel-error-type-consistency %t

#include <opentelemetry/common/key_value_iterable_view.h>
#include <opentelemetry/context/runtime_context.h>
#include <opentelemetry/metrics/sync_instruments.h>
#include <opentelemetry/nostd/shared_ptr.h>
#include <opentelemetry/nostd/unique_ptr.h>
#include <opentelemetry/semconv/error_attributes.h>
#include <opentelemetry/trace/span.h>
#include <absl/status/status.h>
#include <cstdint>
#include <map>
#include <string>

namespace metrics = opentelemetry::metrics;
namespace common = opentelemetry::common;
namespace context = opentelemetry::context;
namespace semconv = opentelemetry::semconv;
namespace trace_api = opentelemetry::trace;
using opentelemetry::nostd::shared_ptr;
using opentelemetry::nostd::unique_ptr;

absl::Status Send();
shared_ptr<trace_api::Span> StartSpan(const char *name);
std::string Classify(const absl::Status &s);

struct Instruments {
  unique_ptr<metrics::Counter<uint64_t>> requests;
  unique_ptr<metrics::Histogram<double>> duration;
  unique_ptr<metrics::Counter<uint64_t>> bytes;
};

// --- two values on one failure path ----------------------------------------------

void differentValues(Instruments &m) {
  auto span = StartSpan("send");
  absl::Status s = Send();
  if (!s.ok()) {
    span->SetAttribute(semconv::error::kErrorType, "timeout");
    m.requests->Add(1, {{semconv::error::kErrorType, "deadline_exceeded"}});
    // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: the metric's 'error.type' is "deadline_exceeded" and the span's is "timeout" on the same path; give both the same value [otel-error-type-consistency]
    // CHECK-MESSAGES: :[[@LINE-2]]:54: note: the metric's 'error.type' is set here
    // CHECK-MESSAGES: :[[@LINE-4]]:52: note: the span's 'error.type' is set here
  }
}

// Through a map recorded by a histogram, with a context.
void throughMap(Instruments &m, double ms) {
  auto span = StartSpan("send");
  if (!Send().ok()) {
    span->SetAttribute("error.type", "unavailable");
    std::map<std::string, std::string> attrs{{"error.type", "internal"}};
    m.duration->Record(ms, attrs, context::RuntimeContext::GetCurrent());
    // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: the metric's 'error.type' is "internal" and the span's is "unavailable" on the same path
    // CHECK-MESSAGES: :[[@LINE-3]]:61: note: the metric's 'error.type' is set here
    // CHECK-MESSAGES: :[[@LINE-5]]:38: note: the span's 'error.type' is set here
  }
}

// --- a metric without error.type where the span gets it ----------------------------

void missingOnMetric(Instruments &m) {
  auto span = StartSpan("send");
  absl::Status s = Send();
  if (s.code() == absl::StatusCode::kUnavailable) {
    span->SetAttribute("error.type", "unavailable");
    m.requests->Add(1, {{"error.type", "unavailable"}});
  } else if (!s.ok()) {
    span->SetAttribute("error.type", "internal");
    m.requests->Add(1);
    // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'requests' is recorded without 'error.type' on a failure path where the span gets it; record the same 'error.type' on the metric [otel-error-type-consistency]
    // CHECK-MESSAGES: :[[@LINE-3]]:38: note: the span's 'error.type' is set here
  }
}

// --- templates, macros, lambdas, NOLINT ------------------------------------------

template <class T> void templated(Instruments &m, T code) {
  auto span = StartSpan("templated");
  if (!Send().ok()) {
    span->SetAttribute("error.type", "a");
    m.requests->Add(code, {{"error.type", "b"}});
    // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: the metric's 'error.type' is "b" and the span's is "a" on the same path
    // CHECK-MESSAGES: :[[@LINE-2]]:43: note: the metric's 'error.type' is set here
    // CHECK-MESSAGES: :[[@LINE-4]]:38: note: the span's 'error.type' is set here
  }
}
template void templated<int>(Instruments &, int);
template void templated<long>(Instruments &, long);

#define COUNT_FAILURE(m, type) (m).requests->Add(1, {{"error.type", type}})
void macro(Instruments &m) {
  auto span = StartSpan("macro");
  if (!Send().ok()) {
    span->SetAttribute("error.type", "x");
    COUNT_FAILURE(m, "y");
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: the metric's 'error.type' is "y" and the span's is "x" on the same path
    // CHECK-MESSAGES: :[[@LINE-2]]:5: note: the metric's 'error.type' is set here
    // CHECK-MESSAGES: :[[@LINE-4]]:38: note: the span's 'error.type' is set here
  }
}

void lambda(Instruments &m) {
  auto onFailure = [&m](const absl::Status &s) {
    auto span = StartSpan("lambda");
    if (!s.ok()) {
      span->SetAttribute("error.type", "p");
      m.requests->Add(1, {{"error.type", "q"}});
      // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: the metric's 'error.type' is "q" and the span's is "p" on the same path
      // CHECK-MESSAGES: :[[@LINE-2]]:42: note: the metric's 'error.type' is set here
      // CHECK-MESSAGES: :[[@LINE-4]]:40: note: the span's 'error.type' is set here
    }
  };
  onFailure(Send());
}

void suppressed(Instruments &m) {
  auto span = StartSpan("send");
  if (!Send().ok()) {
    span->SetAttribute("error.type", "timeout");
    m.requests->Add(1, {{"error.type", "deadline"}}); // NOLINT(otel-error-type-consistency)
  }
}

// --- not reported ------------------------------------------------------------------

// The same value: a literal, a constant, a variable.
constexpr const char *kTimeout = "timeout";
void sameValues(Instruments &m, double ms) {
  auto span = StartSpan("send");
  absl::Status s = Send();
  if (!s.ok()) {
    span->SetAttribute(semconv::error::kErrorType, "timeout");
    m.requests->Add(1, {{semconv::error::kErrorType, kTimeout}});
    std::string type = Classify(s);
    span->SetAttribute("error.type", type);
    m.duration->Record(ms, {{"error.type", type}}, context::RuntimeContext::GetCurrent());
  }
}

// Values that cannot be compared: not known to differ.
void unknownValues(Instruments &m) {
  auto span = StartSpan("send");
  absl::Status s = Send();
  if (!s.ok()) {
    std::string type = Classify(s);
    span->SetAttribute("error.type", type);
    m.requests->Add(1, {{"error.type", type.c_str()}});
  }
}

// Exclusive branches: never on one path.
void exclusive(Instruments &m, bool timeout) {
  auto span = StartSpan("send");
  if (timeout)
    span->SetAttribute("error.type", "timeout");
  else
    m.requests->Add(1, {{"error.type", "internal"}});
}

// Without error.type on a success path, and an instrument that never
// carries error.type.
void successAndOthers(Instruments &m, uint64_t size) {
  auto span = StartSpan("send");
  absl::Status s = Send();
  if (s.ok()) {
    m.requests->Add(1);
    return;
  }
  span->SetAttribute("error.type", "internal");
  m.requests->Add(1, {{"error.type", "internal"}});
  m.bytes->Add(size);
}

// No metric carries error.type in this function: nothing to compare.
void noMetricErrorType(Instruments &m) {
  auto span = StartSpan("send");
  if (!Send().ok()) {
    span->SetAttribute("error.type", "internal");
    m.requests->Add(1);
  }
}
