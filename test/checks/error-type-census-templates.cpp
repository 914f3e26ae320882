// RUN: %check_otel_tidy %s otel-error-type-on-success %t

#include <opencensus/stats/measure.h>
#include <opencensus/stats/recording.h>
#include <opencensus/tags/tag_key.h>
#include <opencensus/tags/tag_map.h>
#include <opencensus/trace/span.h>
#include <opentelemetry/nostd/shared_ptr.h>
#include <opentelemetry/semconv/error_attributes.h>
#include <opentelemetry/trace/span.h>
#include <absl/status/status.h>
#include <functional>
#include <string>

namespace oc = opencensus::trace;
namespace trace_api = opentelemetry::trace;
using opentelemetry::nostd::shared_ptr;

// --- OpenCensus attributes --------------------------------------------------

void censusSpan(const oc::Span &span, const absl::Status &s) {
  span.AddAttribute("error.type", "db");
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: 'error.type' set on a success path
  span.AddAttributes({{"error.type", "db"}, {"db.system", "pg"}});
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: 'error.type' set on a success path
  span.AddAttribute("error.type", "");
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: 'error.type' set to the success value ""
  // CHECK-FIXES: {{^}}  span.AddAttributes({{[{][{]}}"error.type", "db"}, {"db.system", "pg"}});{{$}}
  // CHECK-FIXES-NEXT: {{^}}  //{{$}}
  // CHECK-FIXES-NEXT: {{^}}  //{{$}}
  // CHECK-FIXES-NEXT: {{^}}  //{{$}}
  // CHECK-FIXES-NEXT: {{^}}  //{{$}}
  if (!s.ok()) {
    span.AddAttribute("error.type", s.ToString());
    span.AddAnnotation("failed", {{"error.type", "db"}});
  }
}

// --- OpenCensus tags: keys registered as "error.type" ------------------------

opencensus::tags::TagKey ErrorTypeKey() {
  static const auto key = opencensus::tags::TagKey::Register("error.type");
  return key;
}
opencensus::stats::MeasureInt64 Requests() {
  static const auto m = opencensus::stats::MeasureInt64::Register("requests", "", "1");
  return m;
}

void censusStats(const absl::Status &s) {
  const opencensus::tags::TagKey method = opencensus::tags::TagKey::Register("method");
  opencensus::stats::Record({{Requests(), 1}}, {{method, "Get"}, {ErrorTypeKey(), "none"}});
  // CHECK-MESSAGES: :[[@LINE-1]]:67: warning: 'error.type' set to the success value "none"
  if (!s.ok())
    opencensus::stats::Record({{Requests(), 1}}, {{ErrorTypeKey(), "internal"}});
  opencensus::stats::Record({{Requests(), 1}}, {{ErrorTypeKey(), "internal"}});
  // CHECK-MESSAGES: :[[@LINE-1]]:50: warning: 'error.type' set on a success path
}

// --- templates, macros, lambdas -------------------------------------------------

template <class Span> void tagError(Span &span, const absl::Status &s) {
  if (s.ok())
    span.SetAttribute("error.type", "ok");
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: 'error.type' set to the success value "ok"
  // CHECK-FIXES: {{^}}    span.SetAttribute("error.type", "ok");{{$}}
}
void useTagError(trace_api::Span &a, trace_api::Span &b, const absl::Status &s) {
  tagError(a, s);
  tagError(b, s);
}

template <class T> void neverInstantiated(shared_ptr<trace_api::Span> span) {
  span->SetAttribute("error.type", "");
}

#define SET_ERROR_TYPE(span, v) (span)->SetAttribute(opentelemetry::semconv::error::kErrorType, v)

void macros(shared_ptr<trace_api::Span> span, bool failed) {
  SET_ERROR_TYPE(span, "none");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'error.type' set to the success value "none"
  // CHECK-FIXES: {{^}}  SET_ERROR_TYPE(span, "none");{{$}}
  if (failed)
    SET_ERROR_TYPE(span, "timeout");
}

void lambdas(shared_ptr<trace_api::Span> span, std::function<void(std::function<void(bool)>)> run) {
  run([span](bool ok) {
    if (ok)
      span->SetAttribute("error.type", "lambda");
    // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: 'error.type' set on a success path
    else
      span->SetAttribute("error.type", "failed");
  });
  auto on_error = [span] { span->SetAttribute("error.type", "callback"); };
  on_error();
}

// --- NOLINT -------------------------------------------------------------------------

void suppressed(shared_ptr<trace_api::Span> span) {
  span->SetAttribute("error.type", "x"); // NOLINT(otel-error-type-on-success)
}
