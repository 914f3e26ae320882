// RUN: %check_otel_tidy --fix-notes --check-notes %s otel-duplicate-exception-recording %t

// Across functions, to any depth: a function's summary says what happens to
// an exception that reaches it, and a caller that does not catch inherits
// what its callees do. Each finding names the chain, one note per step.

#include <opentelemetry/logs/logger.h>
#include <opentelemetry/nostd/shared_ptr.h>
#include <opentelemetry/trace/span.h>
#include <exception>
#include <functional>
#include <stdexcept>
#include <string>

namespace trace_api = opentelemetry::trace;
namespace logs = opentelemetry::logs;
using opentelemetry::nostd::shared_ptr;
using SpanPtr = shared_ptr<trace_api::Span>;
using LoggerPtr = shared_ptr<logs::Logger>;

void Work();
struct TransportError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// The transport records what it throws, and rethrows it.
void Send(SpanPtr span) {
  try {
    Work();
  } catch (const TransportError &e) {
    span->AddEvent("exception", {{"exception.message", e.what()}});
    throw;
  }
}

// Layers that do not catch pass it on untouched.
void Middle(SpanPtr span) { Send(span); }
void Upper(SpanPtr span) {
  Work();
  Middle(span);
}

// --- chains of any depth ------------------------------------------------------

void Service(SpanPtr span, LoggerPtr logger) {
  try {
    Upper(span);
  } catch (const std::exception &e) {
    logger->Error("service failed", e.what());
    // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: exception recorded again: 'Upper' → 'Middle' → 'Send' already recorded it and rethrew it [otel-duplicate-exception-recording]
    // CHECK-MESSAGES: :[[@LINE-4]]:5: note: 'Upper' is called here and lets it through
    // CHECK-MESSAGES: :[[@LINE-12]]:3: note: 'Middle' is called here and lets it through
    // CHECK-MESSAGES: :[[@LINE-16]]:29: note: 'Send' is called here and lets it through
    // CHECK-MESSAGES: :[[@LINE-23]]:11: note: first recorded here, before the rethrow
  }
  // CHECK-FIXES: {{^}}  } catch (const std::exception &e) {{{$}}
  // CHECK-FIXES-NEXT: {{^}}    //{{$}}
}

// A nested try that does not catch it is passed.
void NestedTry(SpanPtr span, LoggerPtr logger) {
  try {
    try {
      Middle(span);
    } catch (const std::logic_error &e) {
      logger->Warn("bad input", e.what());
    }
  } catch (const std::runtime_error &e) {
    logger->Error("failed", e.what());
    // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: exception recorded again: 'Middle' → 'Send' already recorded it and rethrew it [otel-duplicate-exception-recording]
    // CHECK-MESSAGES: :[[@LINE-7]]:7: note: 'Middle' is called here and lets it through
    // CHECK-MESSAGES: :[[@LINE-35]]:29: note: 'Send' is called here and lets it through
    // CHECK-MESSAGES: :[[@LINE-42]]:11: note: first recorded here, before the rethrow
  }
}

// A layer in between that rethrows without recording passes it on recorded.
void Relay(SpanPtr span) {
  try {
    Middle(span);
  } catch (const std::exception &) {
    throw;
  }
}
void AboveRelay(SpanPtr span, LoggerPtr logger) {
  try {
    Relay(span);
  } catch (...) {
    logger->Error("failed");
    span->AddEvent("exception");
    // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: exception recorded again: 'Relay' → 'Middle' → 'Send' already recorded it and rethrew it [otel-duplicate-exception-recording]
    // CHECK-MESSAGES: :[[@LINE-5]]:5: note: 'Relay' is called here and lets it through
    // CHECK-MESSAGES: :[[@LINE-13]]:5: note: 'Middle' is called here and lets it through
    // CHECK-MESSAGES: :[[@LINE-57]]:29: note: 'Send' is called here and lets it through
    // CHECK-MESSAGES: :[[@LINE-64]]:11: note: first recorded here, before the rethrow
  }
}

// --- layers that swallow: nothing recorded leaves them -------------------------

void Swallows(SpanPtr span) {
  try {
    Send(span);
  } catch (const std::exception &) {
  }
}
void RecordsAndSwallows(SpanPtr span, LoggerPtr logger) {
  try {
    Upper(span);
  } catch (const TransportError &e) {
    logger->Warn("transport failed, using the cache", e.what());
    // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: exception recorded again: 'Upper' → 'Middle' → 'Send' already recorded it and rethrew it [otel-duplicate-exception-recording]
    // CHECK-MESSAGES: :[[@LINE-4]]:5: note: 'Upper' is called here and lets it through
    // CHECK-MESSAGES: :[[@LINE-74]]:3: note: 'Middle' is called here and lets it through
    // CHECK-MESSAGES: :[[@LINE-78]]:29: note: 'Send' is called here and lets it through
    // CHECK-MESSAGES: :[[@LINE-85]]:11: note: first recorded here, before the rethrow
  }
}
void AboveSwallowers(SpanPtr span, LoggerPtr logger) {
  try {
    Swallows(span);
    RecordsAndSwallows(span, logger);
  } catch (const std::exception &e) {
    logger->Error("failed", e.what());
  }
}

// Caught by an unrelated type, or by a type that only might match.
void Unrelated(SpanPtr span, LoggerPtr logger) {
  try {
    Middle(span);
  } catch (const std::logic_error &e) {
    logger->Error(e.what());
  }
}
struct SpecialTransportError : TransportError {
  using TransportError::TransportError;
};
void MightMatch(SpanPtr span, LoggerPtr logger) {
  try {
    Middle(span);
  } catch (const SpecialTransportError &e) {
    logger->Error(e.what());
  } catch (const std::exception &e) {
    logger->Error(e.what());
  }
}

// --- member functions, constructors, templates --------------------------------

class Client {
public:
  explicit Client(SpanPtr s) : span_(s) {}
  void Call() { Send(span_); }

private:
  SpanPtr span_;
};

class Connection {
public:
  Connection(SpanPtr span, LoggerPtr logger) try : span_(span) {
    Work();
  } catch (const std::exception &e) {
    logger->Error("connect failed", e.what());
  }

private:
  SpanPtr span_;
};

template <class Transport> void SendWith(Transport &t) { t.Call(); }

void Members(SpanPtr span, LoggerPtr logger) {
  Client client(span);
  try {
    SendWith(client);
  } catch (const std::exception &e) {
    logger->Error("member chain", e.what());
    // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: exception recorded again: 'SendWith' → 'Client::Call' → 'Send' already recorded it and rethrew it [otel-duplicate-exception-recording]
    // CHECK-MESSAGES: :[[@LINE-4]]:5: note: 'SendWith' is called here and lets it through
    // CHECK-MESSAGES: :[[@LINE-10]]:58: note: 'Client::Call' is called here and lets it through
    // CHECK-MESSAGES: :[[@LINE-29]]:17: note: 'Send' is called here and lets it through
    // CHECK-MESSAGES: :[[@LINE-153]]:11: note: first recorded here, before the rethrow
  }
}

void Constructors(SpanPtr span, LoggerPtr logger) {
  try {
    Connection connection(span, logger);
  } catch (const std::exception &e) {
    span->AddEvent("exception", {{"exception.message", e.what()}});
    // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: exception recorded again: 'Connection' already recorded it and rethrew it [otel-duplicate-exception-recording]
    // CHECK-MESSAGES: :[[@LINE-4]]:16: note: 'Connection' is called here and lets it through
    // CHECK-MESSAGES: :[[@LINE-30]]:13: note: first recorded here, before the rethrow
  }
}

// --- lambdas and std::function -------------------------------------------------

void Lambdas(SpanPtr span, LoggerPtr logger) {
  auto attempt = [&] { Middle(span); };
  try {
    attempt();
  } catch (const std::exception &e) {
    logger->Error("lambda chain", e.what());
    // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: exception recorded again: 'attempt' → 'Middle' → 'Send' already recorded it and rethrew it [otel-duplicate-exception-recording]
    // CHECK-MESSAGES: :[[@LINE-4]]:5: note: 'attempt' is called here and lets it through
    // CHECK-MESSAGES: :[[@LINE-7]]:24: note: 'Middle' is called here and lets it through
    // CHECK-MESSAGES: :[[@LINE-173]]:29: note: 'Send' is called here and lets it through
    // CHECK-MESSAGES: :[[@LINE-180]]:11: note: first recorded here, before the rethrow
  }
}

void StdFunction(SpanPtr span, LoggerPtr logger) {
  std::function<void()> attempt = [&] { Send(span); };
  try {
    attempt();
  } catch (const std::exception &e) {
    logger->Error("std::function chain", e.what());
    // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: exception recorded again: 'attempt' → 'Send' already recorded it and rethrew it [otel-duplicate-exception-recording]
    // CHECK-MESSAGES: :[[@LINE-4]]:5: note: 'attempt' is called here and lets it through
    // CHECK-MESSAGES: :[[@LINE-7]]:41: note: 'Send' is called here and lets it through
    // CHECK-MESSAGES: :[[@LINE-193]]:11: note: first recorded here, before the rethrow
  }
}

// A std::function assigned another callable later is not known.
void ReassignedFunction(SpanPtr span, LoggerPtr logger, bool quiet) {
  std::function<void()> attempt = [&] { Send(span); };
  if (quiet)
    attempt = [] {};
  try {
    attempt();
  } catch (const std::exception &e) {
    logger->Error(e.what());
  }
}

// --- virtual calls: only a known final overrider counts ----------------------------

class Transport {
public:
  virtual ~Transport() = default;
  virtual void Exchange(SpanPtr span) { Work(); }
};
class RecordingTransport final : public Transport {
public:
  void Exchange(SpanPtr span) override { Send(span); }
};

void FinalOverrider(RecordingTransport &transport, SpanPtr span, LoggerPtr logger) {
  try {
    transport.Exchange(span);
  } catch (const std::exception &e) {
    logger->Error("final overrider", e.what());
    // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: exception recorded again: 'Exchange' → 'Send' already recorded it and rethrew it [otel-duplicate-exception-recording]
    // CHECK-MESSAGES: :[[@LINE-4]]:5: note: 'Exchange' is called here and lets it through
    // CHECK-MESSAGES: :[[@LINE-10]]:42: note: 'Send' is called here and lets it through
    // CHECK-MESSAGES: :[[@LINE-229]]:11: note: first recorded here, before the rethrow
  }
}

void UnknownOverrider(Transport &transport, SpanPtr span, LoggerPtr logger) {
  try {
    transport.Exchange(span);
  } catch (const std::exception &e) {
    logger->Error("unknown overrider", e.what());
  }
}

// --- recursion: summaries to a fixed point -----------------------------------------

void Retry(SpanPtr span, int attempts) {
  if (attempts > 0)
    Retry(span, attempts - 1);
  Middle(span);
}
void CallsRetry(SpanPtr span, LoggerPtr logger) {
  try {
    Retry(span, 3);
  } catch (const std::exception &e) {
    logger->Error("recursion", e.what());
    // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: exception recorded again: 'Retry' → 'Middle' → 'Send' already recorded it and rethrew it [otel-duplicate-exception-recording]
    // CHECK-MESSAGES: :[[@LINE-4]]:5: note: 'Retry' is called here and lets it through
    // CHECK-MESSAGES: :[[@LINE-9]]:3: note: 'Middle' is called here and lets it through
    // CHECK-MESSAGES: :[[@LINE-250]]:29: note: 'Send' is called here and lets it through
    // CHECK-MESSAGES: :[[@LINE-257]]:11: note: first recorded here, before the rethrow
  }
}
