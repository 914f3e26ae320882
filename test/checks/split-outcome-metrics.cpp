// RUN: %check_otel_tidy --check-notes %s otel-split-outcome-metrics %t

#include <opentelemetry/common/key_value_iterable_view.h>
#include <opentelemetry/context/runtime_context.h>
#include <opentelemetry/metrics/meter.h>
#include <opentelemetry/metrics/sync_instruments.h>
#include <opentelemetry/nostd/unique_ptr.h>
#include <absl/status/status.h>
#include <cstdint>
#include <map>
#include <string>

namespace metrics = opentelemetry::metrics;
namespace common = opentelemetry::common;
namespace context = opentelemetry::context;
using opentelemetry::nostd::unique_ptr;

absl::Status Send();
bool Lookup(const std::string &key);

struct Instruments {
  unique_ptr<metrics::Counter<uint64_t>> succeeded;
  unique_ptr<metrics::Counter<uint64_t>> failed;
  unique_ptr<metrics::Counter<uint64_t>> total;
  unique_ptr<metrics::Counter<uint64_t>> errors;
  unique_ptr<metrics::Counter<uint64_t>> bytes;
  unique_ptr<metrics::Histogram<double>> ok_ms;
  unique_ptr<metrics::Histogram<double>> error_ms;
  unique_ptr<metrics::Counter<uint64_t>> hits;
  unique_ptr<metrics::Counter<uint64_t>> misses;
};

// --- two counters, one per outcome ---------------------------------------------

void ifElse(Instruments &m) {
  absl::Status s = Send();
  if (s.ok())
    m.succeeded->Add(1);
  else
    m.failed->Add(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: 'failed' is recorded only when the operation fails and 'succeeded' only when it succeeds; record one instrument for both outcomes, with 'error.type' on failure [otel-split-outcome-metrics]
  // CHECK-MESSAGES: :[[@LINE-4]]:18: note: 'succeeded' is recorded here, on success only
}

// The failure branch returns: what follows is the success side.
void earlyReturn(Instruments &m) {
  absl::Status s = Send();
  if (!s.ok()) {
    m.failed->Add(1, {{"rpc.method", "Send"}});
    // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: 'failed' is recorded only when the operation fails and 'succeeded' only when it succeeds
    // CHECK-MESSAGES: :[[@LINE+3]]:16: note: 'succeeded' is recorded here, on success only
    return;
  }
  m.succeeded->Add(1, {{"rpc.method", "Send"}});
}

// Histograms, with attributes and a context (ABI v1 and v2 signatures).
void histograms(Instruments &m, double ms) {
  bool ok = Send().ok();
  if (ok) {
    m.ok_ms->Record(ms, common::MakeAttributes({{"rpc.method", "Send"}}),
                    context::RuntimeContext::GetCurrent());
  } else {
    m.error_ms->Record(ms, common::MakeAttributes({{"rpc.method", "Send"}}),
                       context::RuntimeContext::GetCurrent());
    // CHECK-MESSAGES: :[[@LINE-2]]:17: warning: 'error_ms' is recorded only when the operation fails and 'ok_ms' only when it succeeds
    // CHECK-MESSAGES: :[[@LINE-6]]:14: note: 'ok_ms' is recorded here, on success only
  }
}

// Local instruments, and an integer result code.
void locals(metrics::Meter &meter, int rc) {
  auto good = meter.CreateUInt64Counter("jobs.succeeded");
  auto bad = meter.CreateUInt64Counter("jobs.failed");
  if (rc == 0)
    good->Add(1);
  else
    bad->Add(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'bad' is recorded only when the operation fails and 'good' only when it succeeds
  // CHECK-MESSAGES: :[[@LINE-4]]:11: note: 'good' is recorded here, on success only
}

// --- templates, macros, lambdas, NOLINT ----------------------------------------

template <class Result> void templated(Instruments &m, const Result &r) {
  if (r.ok())
    m.succeeded->Add(1);
  else
    m.failed->Add(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: 'failed' is recorded only when the operation fails
  // CHECK-MESSAGES: :[[@LINE-4]]:18: note: 'succeeded' is recorded here, on success only
}
template void templated<absl::Status>(Instruments &, const absl::Status &);

#define COUNT(counter) (counter)->Add(1)
void macro(Instruments &m) {
  if (Send().ok())
    COUNT(m.succeeded);
  else
    COUNT(m.failed);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'failed' is recorded only when the operation fails
  // CHECK-MESSAGES: :[[@LINE-4]]:5: note: 'succeeded' is recorded here, on success only
}

void lambda(Instruments &m) {
  auto done = [&m](const absl::Status &s) {
    if (s.ok())
      m.succeeded->Add(1);
    else
      m.failed->Add(1);
    // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'failed' is recorded only when the operation fails
    // CHECK-MESSAGES: :[[@LINE-4]]:20: note: 'succeeded' is recorded here, on success only
  };
  done(Send());
}

void suppressed(Instruments &m) {
  if (Send().ok())
    m.succeeded->Add(1);
  else
    m.failed->Add(1); // NOLINT(otel-split-outcome-metrics)
}

// --- not reported ----------------------------------------------------------------

// A total and an errors counter: the recommended shape's cousin, fine.
void totalAndErrors(Instruments &m) {
  m.total->Add(1);
  if (!Send().ok())
    m.errors->Add(1);
}

// The total on both sides, the errors counter on one.
void totalOnBothSides(Instruments &m) {
  if (Send().ok()) {
    m.total->Add(1);
  } else {
    m.total->Add(1);
    m.errors->Add(1);
  }
}

// The success-side instrument is also recorded elsewhere.
void alsoElsewhere(Instruments &m, bool retry) {
  if (retry)
    m.succeeded->Add(1);
  if (Send().ok())
    m.succeeded->Add(1);
  else
    m.failed->Add(1);
}

// Different kinds, and different amounts.
void differentKinds(Instruments &m, double ms) {
  if (Send().ok())
    m.ok_ms->Record(ms, context::RuntimeContext::GetCurrent());
  else
    m.failed->Add(1);
}
void differentAmounts(Instruments &m, uint64_t size) {
  if (Send().ok())
    m.bytes->Add(size);
  else
    m.errors->Add(1);
}

// Not an outcome test: a cache hit or miss is not a failure.
void notAnOutcome(Instruments &m, const std::string &key) {
  if (Lookup(key))
    m.hits->Add(1);
  else
    m.misses->Add(1);
}

// One instrument for both outcomes, as recommended.
void oneInstrument(Instruments &m) {
  absl::Status s = Send();
  if (s.ok())
    m.total->Add(1);
  else
    m.total->Add(1, {{"error.type", "unavailable"}});
}
