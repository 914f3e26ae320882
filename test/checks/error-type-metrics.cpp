// RUN: %check_otel_tidy %s otel-error-type-on-success %t

#include <opentelemetry/common/key_value_iterable_view.h>
#include <opentelemetry/context/runtime_context.h>
#include <opentelemetry/metrics/meter.h>
#include <opentelemetry/metrics/observer_result.h>
#include <opentelemetry/metrics/sync_instruments.h>
#include <opentelemetry/nostd/unique_ptr.h>
#include <opentelemetry/semconv/error_attributes.h>
#include <absl/status/status.h>
#include <map>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace metrics = opentelemetry::metrics;
namespace common = opentelemetry::common;
namespace context = opentelemetry::context;
namespace semconv = opentelemetry::semconv;
using opentelemetry::nostd::unique_ptr;

struct Instruments {
  unique_ptr<metrics::Counter<uint64_t>> requests;
  unique_ptr<metrics::UpDownCounter<int64_t>> in_flight;
  unique_ptr<metrics::Histogram<double>> duration;
};

// --- braced lists and MakeAttributes -----------------------------------------

void counters(Instruments &m, const absl::Status &s) {
  m.requests->Add(1, {{"rpc.method", "Get"}, {"error.type", "none_yet"}});
  // CHECK-MESSAGES: :[[@LINE-1]]:47: warning: 'error.type' set on a success path; set it only when the operation fails
  if (!s.ok())
    m.requests->Add(1, {{"rpc.method", "Get"}, {semconv::error::kErrorType, s.ToString()}});
  m.in_flight->Add(-1, common::MakeAttributes({{semconv::error::kErrorType, "x"}}));
  // CHECK-MESSAGES: :[[@LINE-1]]:49: warning: 'error.type' set on a success path
}

void histograms(Instruments &m, double seconds, bool failed) {
  m.duration->Record(seconds, {{"error.type", "timeout"}}, context::RuntimeContext::GetCurrent());
  // CHECK-MESSAGES: :[[@LINE-1]]:33: warning: 'error.type' set on a success path
  if (failed)
    m.duration->Record(seconds, {{"error.type", "timeout"}}, context::RuntimeContext::GetCurrent());
}

// One attribute set for both outcomes: the success value is the finding.
void bothOutcomes(Instruments &m, double seconds, int status_code) {
  m.duration->Record(seconds,
                     {{"http.route", "/x"},
                      {"error.type", status_code >= 500 ? std::to_string(status_code) : ""}},
                     context::RuntimeContext::GetCurrent());
  // CHECK-MESSAGES: :[[@LINE-2]]:24: warning: 'error.type' set to the success value "" on one branch; when the operation succeeds the attribute must be absent
}

// --- containers filled before the call: judged at the insertion --------------

void mapFilledBefore(Instruments &m, double seconds, const absl::Status &s) {
  std::map<std::string, std::string> attrs;
  attrs["http.route"] = "/checkout";
  attrs["error.type"] = "unknown";
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'error.type' set on a success path
  // CHECK-MESSAGES: :[[@LINE+5]]:15: note: the attributes are recorded here
  if (!s.ok()) {
    attrs[semconv::error::kErrorType] = s.ToString();
    attrs.emplace(semconv::error::kErrorType, s.ToString());
  }
  m.duration->Record(seconds, attrs, context::RuntimeContext::GetCurrent());
}

void otherInsertions(Instruments &m, bool ok) {
  std::unordered_map<std::string, std::string> attrs{{"error.type", "init"}};
  // CHECK-MESSAGES: :[[@LINE-1]]:55: warning: 'error.type' set on a success path
  // CHECK-MESSAGES: :[[@LINE+14]]:15: note: the attributes are recorded here
  attrs.emplace("error.type", "emplaced");
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'error.type' set on a success path
  // CHECK-MESSAGES: :[[@LINE+11]]:15: note: the attributes are recorded here
  attrs.insert({"error.type", "inserted"});
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'error.type' set on a success path
  // CHECK-MESSAGES: :[[@LINE+8]]:15: note: the attributes are recorded here
  attrs.insert(std::make_pair(std::string("error.type"), std::string(ok ? "ok" : "bad")));
  // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: 'error.type' set to the success value "ok" on one branch
  // CHECK-MESSAGES: :[[@LINE+5]]:15: note: the attributes are recorded here
  std::vector<std::pair<std::string, std::string>> list;
  list.push_back({"error.type", ""});
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: 'error.type' set to the success value ""
  // CHECK-MESSAGES: :[[@LINE+5]]:15: note: the attributes are recorded here
  m.requests->Add(1, attrs);
  list.emplace_back("error.type", "x");
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: 'error.type' set on a success path
  // CHECK-MESSAGES: :[[@LINE+1]]:15: note: the attributes are recorded here
  m.requests->Add(1, common::KeyValueIterableView<std::vector<std::pair<std::string, std::string>>>(list));
}

// A map that is never recorded is not telemetry.
void unrelatedMap() {
  std::map<std::string, std::string> config;
  config["error.type"] = "none";
}

// --- asynchronous instruments ----------------------------------------------------

void observe(metrics::ObserverResultT<int64_t> &result, bool healthy) {
  result.Observe(1, {{"error.type", "probe"}});
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: 'error.type' set on a success path
  // `healthy` is no outcome word the analysis knows, but a branch on an
  // unknown condition is not certainly a success path: not reported.
  if (!healthy)
    result.Observe(0, {{"error.type", "unhealthy"}});
}

#if OPENTELEMETRY_ABI_VERSION_NO >= 2
// ABI v2: context-free Record and gauges.
void abiV2(unique_ptr<metrics::Histogram<double>> &h,
           unique_ptr<metrics::Gauge<int64_t>> &g, bool failed) {
  if (failed) {
    h->Record(1.0, {{"error.type", "x"}});
    g->Record(1, {{"error.type", "x"}});
  }
}
#endif
