// RUN: %check_otel_tidy --fix-notes %s otel-duplicate-exception-recording %t

#include <opentelemetry/logs/logger.h>
#include <opentelemetry/nostd/shared_ptr.h>
#include <opentelemetry/trace/span.h>
#include <exception>
#include <stdexcept>

namespace trace_api = opentelemetry::trace;
namespace logs = opentelemetry::logs;
using opentelemetry::nostd::shared_ptr;
using SpanPtr = shared_ptr<trace_api::Span>;
using LoggerPtr = shared_ptr<logs::Logger>;

void Work();
struct TransportError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// --- 2. recorded, rethrown, recorded again in the same function --------------

void nestedRethrow(SpanPtr span, LoggerPtr logger) {
  try {
    try {
      Work();
    } catch (const TransportError &e) {
      span->AddEvent("exception", {{"exception.message", e.what()}});
      throw;
    }
  } catch (const std::runtime_error &e) {
    logger->Error("call failed", e.what());
    // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: exception recorded again: an inner handler already recorded it and rethrew it [otel-duplicate-exception-recording]
    // CHECK-MESSAGES: :[[@LINE-6]]:13: note: first recorded here, before the rethrow
  }
  // CHECK-FIXES: {{^}}  } catch (const std::runtime_error &e) {{{$}}
  // CHECK-FIXES-NEXT: {{^}}    //{{$}}
}

void rethrowCopyAndCatchAll(LoggerPtr logger) {
  try {
    try {
      Work();
    } catch (const std::exception &e) {
      logger->Warn("inner", e.what());
      throw e;
    }
  } catch (...) {
    logger->Error("outer", std::current_exception() ? "failed" : "?");
    // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: exception recorded again: an inner handler already recorded it and rethrew it
    // CHECK-MESSAGES: :[[@LINE-6]]:15: note: first recorded here, before the rethrow
  }
}

void rethrowExceptionPtr(SpanPtr span) {
  try {
    try {
      Work();
    } catch (...) {
      std::exception_ptr p = std::current_exception();
      span->AddEvent("exception");
      std::rethrow_exception(p);
    }
  } catch (...) {
    span->AddEvent("exception");
    // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: exception recorded again: an inner handler already recorded it and rethrew it
    // CHECK-MESSAGES: :[[@LINE-6]]:13: note: first recorded here, before the rethrow
  }
}

// Not duplicates: caught by an unrelated type, a type that might not match,
// no record before the rethrow, or a rethrow of something else.
void unrelatedCatcher(LoggerPtr logger) {
  try {
    try {
      Work();
    } catch (const std::runtime_error &e) {
      logger->Error(e.what());
      throw;
    }
  } catch (const std::logic_error &e) {
    logger->Error(e.what());
  }
}

void derivedCatcherMayNotMatch(LoggerPtr logger) {
  try {
    try {
      Work();
    } catch (const std::runtime_error &e) {
      logger->Error(e.what());
      throw;
    }
  } catch (const TransportError &e) {
    logger->Error(e.what());
  } catch (const std::exception &e) {
    logger->Error(e.what());
  }
}

void noRecordBeforeRethrow(LoggerPtr logger, bool fatal) {
  try {
    try {
      Work();
    } catch (const std::exception &e) {
      if (fatal)
        throw;
      logger->Warn("ignored", e.what());
    }
  } catch (const std::exception &e) {
    logger->Error(e.what());
  }
}

void throwsSomethingElse(LoggerPtr logger) {
  try {
    try {
      Work();
    } catch (const std::exception &e) {
      logger->Warn("wrapped", e.what());
      throw std::runtime_error("wrapped");
    }
  } catch (const std::exception &e) {
    logger->Error(e.what());
  }
}

// --- 3. across functions of this translation unit -------------------------------

// The HTTP pipeline records the transport error on its span and rethrows.
void SendRequest(SpanPtr span) {
  try {
    Work();
  } catch (const TransportError &e) {
    span->AddEvent("exception", {{"exception.type", "TransportError"},
                                 {"exception.message", e.what()}});
    throw;
  }
}

// Each service method catches a base of it and records it again.
void GetUser(SpanPtr span, LoggerPtr logger) {
  try {
    SendRequest(span);
  } catch (const std::runtime_error &e) {
    logger->Error("GetUser failed", e.what());
    // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: exception recorded again: 'SendRequest' already recorded it and rethrew it
    // CHECK-MESSAGES: :[[@LINE-13]]:11: note: first recorded here, before the rethrow
    throw;
  }
}

// Caught by an unrelated type: not a duplicate.
void GetOrder(SpanPtr span, LoggerPtr logger) {
  try {
    SendRequest(span);
  } catch (const std::logic_error &e) {
    logger->Error(e.what());
  }
}

// A function-try-block that records and rethrows, and its caller.
void Handle(LoggerPtr logger) try {
  Work();
} catch (const std::exception &e) {
  logger->Error("Handle", e.what());
  throw;
}
void Dispatch(LoggerPtr logger) {
  try {
    Handle(logger);
  } catch (...) {
    logger->Fatal("dispatch failed", std::current_exception() ? "yes" : "no");
    // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: exception recorded again: 'Handle' already recorded it and rethrew it
    // CHECK-MESSAGES: :[[@LINE-9]]:11: note: first recorded here, before the rethrow
  }
}
