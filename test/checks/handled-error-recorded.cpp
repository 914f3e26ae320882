// RUN: %check_otel_tidy --check-notes %s otel-handled-error-recorded %t

#include <opentelemetry/common/key_value_iterable_view.h>
#include <opentelemetry/context/runtime_context.h>
#include <opentelemetry/logs/logger.h>
#include <opentelemetry/metrics/sync_instruments.h>
#include <opentelemetry/nostd/shared_ptr.h>
#include <opentelemetry/nostd/unique_ptr.h>
#include <opentelemetry/semconv/error_attributes.h>
#include <opentelemetry/semconv/exception_attributes.h>
#include <opentelemetry/semconv/exception_events.h>
#include <opentelemetry/trace/span.h>
#include <absl/status/status.h>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

namespace trace_api = opentelemetry::trace;
namespace metrics = opentelemetry::metrics;
namespace semconv = opentelemetry::semconv;
using trace_api::StatusCode;
using opentelemetry::nostd::shared_ptr;
using opentelemetry::nostd::unique_ptr;
using SpanPtr = shared_ptr<trace_api::Span>;
using LoggerPtr = shared_ptr<opentelemetry::logs::Logger>;

absl::Status Send();
bool IsRetryable(const absl::Status &s);
void Call();
SpanPtr StartSpan(const char *name);
constexpr int kMaxAttempts = 3;
struct AlreadyExists : std::runtime_error {
  using std::runtime_error::runtime_error;
};
struct Unrelated : std::logic_error {
  using std::logic_error::logic_error;
};

// --- retried: a record in an attempt after which another can follow ----------------

absl::Status retryLoop() {
  auto span = StartSpan("reserve");
  absl::Status status;
  for (int attempt = 1; attempt <= kMaxAttempts; ++attempt) {
    status = Send();
    if (status.ok())
      break;
    span->SetStatus(StatusCode::kError, std::string(status.message()));
    // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: error recorded on the operation's span in an attempt that can be retried; record it only when the operation gives up [otel-handled-error-recorded]
    // CHECK-MESSAGES: :[[@LINE-6]]:3: note: another attempt can follow the record: the loop goes on
    if (!IsRetryable(status))
      break;
  }
  return status;
}

void eventInHandler() {
  auto span = StartSpan("call");
  while (true) {
    try {
      Call();
      return;
    } catch (const std::exception &e) {
      span->AddEvent(semconv::exception::kException,
                     {{semconv::exception::kExceptionMessage, e.what()}});
      // CHECK-MESSAGES: :[[@LINE-2]]:13: warning: error recorded on the operation's span in an attempt that can be retried
      // CHECK-MESSAGES: :[[@LINE-8]]:3: note: another attempt can follow the record: the loop goes on
    }
  }
}

void continueFromHandler(SpanPtr span) {
  for (int i = 0; i < kMaxAttempts; ++i) {
    try {
      Call();
      break;
    } catch (const std::runtime_error &e) {
      span->SetAttribute(semconv::error::kErrorType, "std::runtime_error");
      // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: error recorded on the operation's span in an attempt that can be retried
      // CHECK-MESSAGES: :[[@LINE-7]]:3: note: another attempt can follow the record: the loop goes on
      continue;
    }
  }
}

int gotoRetry(SpanPtr span) {
  int tries = 0;
retry:
  absl::Status s = Send();
  if (!s.ok()) {
    span->SetStatus(StatusCode::kError);
    // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: error recorded on the operation's span in an attempt that can be retried
    // CHECK-MESSAGES: :[[@LINE+2]]:7: note: another attempt can follow the record: the 'goto' goes back to it
    if (++tries < kMaxAttempts)
      goto retry;
    return -1;
  }
  return 0;
}

// The operation's metric: recorded after the loop too.
struct Instruments {
  unique_ptr<metrics::Counter<uint64_t>> requests;
  unique_ptr<metrics::Counter<uint64_t>> attempts;
};
void metricInLoop(Instruments &m) {
  absl::Status s;
  for (int i = 0; i < kMaxAttempts; ++i) {
    s = Send();
    if (s.ok())
      break;
    m.requests->Add(1, {{"error.type", "unavailable"}});
    // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: error recorded on the operation's metric in an attempt that can be retried
    // CHECK-MESSAGES: :[[@LINE-6]]:3: note: another attempt can follow the record: the loop goes on
  }
  m.requests->Add(1);
}

// --- handled: a handler that completes next to one that records and rethrows --------

void createIfNotExists(SpanPtr span) {
  try {
    Call();
  } catch (const AlreadyExists &e) {
    span->SetStatus(StatusCode::kError, e.what());
    // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: error recorded on the operation's span for an exception this handler handles (it completes without throwing); record only errors that end the operation [otel-handled-error-recorded]
    // CHECK-MESSAGES: :[[@LINE+1]]:5: note: this handler records the errors that end the operation and rethrows them
  } catch (const std::exception &e) {
    span->SetStatus(StatusCode::kError, e.what());
    throw;
  }
}

void catchAllRethrows(SpanPtr span) {
  try {
    Call();
  } catch (const AlreadyExists &e) {
    span->SetAttribute("error.type", "AlreadyExists");
    // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: error recorded on the operation's span for an exception this handler handles
    // CHECK-MESSAGES: :[[@LINE+1]]:5: note: this handler records the errors that end the operation and rethrows them
  } catch (...) {
    span->SetAttribute("error.type", "_OTHER");
    throw;
  }
}

// --- templates, macros, lambdas, NOLINT ---------------------------------------------

template <class E> void templated(SpanPtr span) {
  for (int i = 0; i < kMaxAttempts; ++i) {
    try {
      Call();
      return;
    } catch (const E &e) {
      span->SetStatus(StatusCode::kError, e.what());
      // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: error recorded on the operation's span in an attempt that can be retried
      // CHECK-MESSAGES: :[[@LINE-7]]:3: note: another attempt can follow the record: the loop goes on
    }
  }
}
template void templated<std::runtime_error>(SpanPtr);
template void templated<std::logic_error>(SpanPtr);

#define FAIL_SPAN(span) (span)->SetStatus(StatusCode::kError)
void macro(SpanPtr span) {
  for (int i = 0; i < kMaxAttempts; ++i) {
    if (Send().ok())
      return;
    FAIL_SPAN(span);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: error recorded on the operation's span in an attempt that can be retried
    // CHECK-MESSAGES: :[[@LINE-5]]:3: note: another attempt can follow the record: the loop goes on
  }
}

void lambda() {
  auto span = StartSpan("lambda");
  auto attempt = [&span] {
    do {
      absl::Status s = Send();
      if (s.ok())
        return;
      span->SetStatus(StatusCode::kError, std::string(s.message()));
      // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: error recorded on the operation's span in an attempt that can be retried
      // CHECK-MESSAGES: :[[@LINE-6]]:5: note: another attempt can follow the record: the loop goes on
    } while (true);
  };
  attempt();
}

void suppressed(SpanPtr span) {
  for (int i = 0; i < kMaxAttempts; ++i) {
    if (Send().ok())
      return;
    span->SetStatus(StatusCode::kError); // NOLINT(otel-handled-error-recorded)
  }
}

// --- not reported --------------------------------------------------------------------

// On the give-up branch, and after the last attempt.
absl::Status giveUp(SpanPtr span) {
  absl::Status status;
  for (int attempt = 1; attempt <= kMaxAttempts; ++attempt) {
    status = Send();
    if (status.ok())
      return status;
    if (!IsRetryable(status)) {
      span->SetStatus(StatusCode::kError, std::string(status.message()));
      break;
    }
    if (attempt == kMaxAttempts)
      span->SetAttribute("error.type", "exhausted");
  }
  if (!status.ok())
    span->SetStatus(StatusCode::kError, std::string(status.message()));
  return status;
}

// A span per attempt describes that attempt.
void spanPerAttempt() {
  for (int i = 0; i < kMaxAttempts; ++i) {
    auto attempt = StartSpan("attempt");
    if (Send().ok())
      return;
    attempt->SetStatus(StatusCode::kError);
  }
}

// A loop over items, not attempts: no success exit.
void items(SpanPtr span, const std::vector<int> &ids) {
  for (int id : ids) {
    if (!Send().ok())
      span->SetStatus(StatusCode::kError);
  }
}

// A metric of attempts: recorded in the loop only.
void attemptMetric(Instruments &m) {
  for (int i = 0; i < kMaxAttempts; ++i) {
    if (Send().ok())
      return;
    m.attempts->Add(1, {{"error.type", "unavailable"}});
  }
}

// A log record of a handled error is fine at any level.
void logsInLoop(LoggerPtr logger) {
  for (int i = 0; i < kMaxAttempts; ++i) {
    try {
      Call();
      return;
    } catch (const std::exception &e) {
      logger->Warn("attempt failed", e.what());
    }
  }
}

// One handler that swallows, and handlers that all rethrow.
void swallows(SpanPtr span) {
  try {
    Call();
  } catch (const std::exception &e) {
    span->SetStatus(StatusCode::kError, e.what());
  }
}
void allRethrow(SpanPtr span) {
  try {
    Call();
  } catch (const AlreadyExists &e) {
    span->SetStatus(StatusCode::kError, e.what());
    throw;
  } catch (const std::exception &e) {
    span->SetStatus(StatusCode::kError, e.what());
    throw;
  }
}

// A handler for an unrelated type, and a narrower one that only logs.
void unrelated(SpanPtr span, LoggerPtr logger) {
  try {
    Call();
  } catch (const AlreadyExists &e) {
    span->SetStatus(StatusCode::kError, e.what());
  } catch (const std::logic_error &e) {
    span->SetStatus(StatusCode::kError, e.what());
    throw;
  }
  try {
    Call();
  } catch (const AlreadyExists &e) {
    logger->Info("already there", e.what());
  } catch (const std::exception &e) {
    span->SetStatus(StatusCode::kError, e.what());
    throw;
  }
}
