// RUN: %check_otel_tidy --fix-notes %s otel-duplicate-exception-recording %t

// One exception is one object: entering a handler starts a new exception, so
// a record made in one run of a handler never makes a record in a later run
// "second". Retry loops of every shape stay silent unless two records of one
// caught object meet on one path.

#include <opentelemetry/logs/logger.h>
#include <opentelemetry/nostd/shared_ptr.h>
#include <opentelemetry/trace/span.h>
#include <exception>
#include <stdexcept>
#include <vector>

namespace trace_api = opentelemetry::trace;
namespace logs = opentelemetry::logs;
using opentelemetry::nostd::shared_ptr;
using SpanPtr = shared_ptr<trace_api::Span>;
using LoggerPtr = shared_ptr<logs::Logger>;

void Work();
void Send(int endpoint);
bool Transient(const std::exception &e);
bool Failed();

// --- silent: each run of the handler records its own exception once ---------

void forLoop(SpanPtr span, LoggerPtr logger) {
  for (int attempt = 0; attempt < 3; ++attempt) {
    try {
      Work();
      if (Failed())
        throw std::runtime_error("failed");
      return;
    } catch (const std::exception &e) {
      if (attempt < 2)
        logger->Warn("retrying", e.what());
      else
        span->AddEvent("exception", {{"exception.message", e.what()}});
    }
  }
}

void whileLoop(SpanPtr span, LoggerPtr logger) {
  int attempts = 0;
  while (attempts < 3) {
    try {
      Work();
      if (Failed())
        throw std::runtime_error("failed");
      break;
    } catch (const std::runtime_error &e) {
      ++attempts;
      if (attempts == 3) {
        span->AddEvent("exception", {{"exception.message", e.what()}});
      } else {
        logger->Warn("attempt failed", e.what());
      }
    }
  }
}

void doWhileLoop(LoggerPtr logger) {
  bool again = false;
  int n = 0;
  do {
    try {
      Work();
      if (Failed())
        throw std::runtime_error("failed");
      again = false;
    } catch (const std::exception &e) {
      again = ++n < 3;
      if (again)
        logger->Info("will retry", e.what());
      else
        logger->Error("giving up", e.what());
    }
  } while (again);
}

void rangeFor(SpanPtr span, LoggerPtr logger, const std::vector<int> &endpoints) {
  for (int endpoint : endpoints) {
    try {
      Send(endpoint);
      if (Failed())
        throw std::runtime_error("failed");
      return;
    } catch (const std::exception &e) {
      if (endpoint == endpoints.back())
        span->AddEvent("exception", {{"exception.message", e.what()}});
      else
        logger->Warn("endpoint failed", e.what());
    }
  }
}

void infiniteLoop(LoggerPtr logger) {
  for (int n = 0;; ++n) {
    try {
      Work();
      if (Failed())
        throw std::runtime_error("failed");
      return;
    } catch (const std::exception &e) {
      logger->Warn("failed", e.what());
      if (n == 5)
        return;
    }
  }
}

// `continue` out of the handler: the warning of this run and the error of a
// later run are records of different exceptions.
void continueOut(SpanPtr span, LoggerPtr logger) {
  for (int n = 0; n < 10; ++n) {
    try {
      Work();
      if (Failed())
        throw std::runtime_error("failed");
      return;
    } catch (const std::exception &e) {
      if (Transient(e)) {
        logger->Warn("transient, retrying", e.what());
        continue;
      }
      span->AddEvent("exception", {{"exception.message", e.what()}});
      return;
    }
  }
}

void gotoRetry(LoggerPtr logger) {
  int n = 0;
retry:
  try {
    Work();
    if (Failed())
      throw std::runtime_error("failed");
  } catch (const std::exception &e) {
    if (n++ < 3) {
      logger->Warn("retrying", e.what());
      goto retry;
    }
    logger->Error("failed", e.what());
  }
}

// Rethrown on the last attempt without a record in that run: the enclosing
// handler records it first.
void rethrowOnLastAttempt(LoggerPtr logger) {
  try {
    for (int n = 0;; ++n) {
      try {
        Work();
      if (Failed())
        throw std::runtime_error("failed");
        return;
      } catch (const std::exception &e) {
        if (n == 3)
          throw;
        logger->Warn("retrying", e.what());
      }
    }
  } catch (const std::exception &e) {
    logger->Error("failed", e.what());
  }
}

// The same across functions: SendWithRetry never records the exception it
// lets escape.
void SendWithRetry(LoggerPtr logger) {
  for (int n = 0;; ++n) {
    try {
      Work();
      if (Failed())
        throw std::runtime_error("failed");
      return;
    } catch (const std::runtime_error &e) {
      if (n < 3) {
        logger->Warn("retrying", e.what());
        continue;
      }
      throw;
    }
  }
}
void callsSendWithRetry(SpanPtr span, LoggerPtr logger) {
  try {
    SendWithRetry(logger);
  } catch (const std::exception &e) {
    span->AddEvent("exception", {{"exception.message", e.what()}});
  }
}

// A loop inside the handler does not re-enter it: one record statement.
void loopInsideHandler(LoggerPtr logger, const std::vector<int> &sinks) {
  try {
    Work();
  } catch (const std::exception &e) {
    for (int sink : sinks)
      if (sink == 0)
        logger->Error("failed", e.what());
  }
}

// --- still found: two records of one caught object on one path ----------------

void twoRecordsInOneRun(SpanPtr span, LoggerPtr logger) {
  for (int n = 0; n < 3; ++n) {
    try {
      Work();
      if (Failed())
        throw std::runtime_error("failed");
      return;
    } catch (const std::exception &e) {
      logger->Warn("retrying once more", e.what());
      span->AddEvent("exception", {{"exception.message", e.what()}});
      // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: the caught exception is recorded a second time in this handler; record it once [otel-duplicate-exception-recording]
      // CHECK-MESSAGES: :[[@LINE-3]]:15: note: first recorded here
    }
  }
  // CHECK-FIXES: {{^}}      logger->Warn("retrying once more", e.what());{{$}}
  // CHECK-FIXES-NEXT: {{^}}      //{{$}}
}

void twoRecordsAfterContinueTest(LoggerPtr logger) {
  int n = 0;
  while (true) {
    try {
      Work();
      if (Failed())
        throw std::runtime_error("failed");
      return;
    } catch (const std::exception &e) {
      logger->Warn("failed", e.what());
      if (++n < 3)
        continue;
      logger->Error("giving up", e.what());
      // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: the caught exception is recorded a second time in this handler
      // CHECK-MESSAGES: :[[@LINE-5]]:15: note: first recorded here
      return;
    }
  }
}

// The last attempt records, then rethrows into a handler that records again.
void lastAttemptRecordsAndRethrows(SpanPtr span, LoggerPtr logger) {
  try {
    for (int n = 0;; ++n) {
      try {
        Work();
      if (Failed())
        throw std::runtime_error("failed");
        return;
      } catch (const std::exception &e) {
        logger->Warn("attempt failed", e.what());
        if (n == 3)
          throw;
      }
    }
  } catch (const std::exception &e) {
    span->AddEvent("exception", {{"exception.message", e.what()}});
    // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: exception recorded again: an inner handler already recorded it and rethrew it
    // CHECK-MESSAGES: :[[@LINE-8]]:17: note: first recorded here, before the rethrow
  }
}

// Across functions: the callee records the last attempt's exception and
// rethrows it.
void SendRecordingLast(LoggerPtr logger) {
  for (int n = 0;; ++n) {
    try {
      Work();
      if (Failed())
        throw std::runtime_error("failed");
      return;
    } catch (const std::runtime_error &e) {
      logger->Warn("attempt failed", e.what());
      if (n == 3)
        throw;
    }
  }
}
void callsSendRecordingLast(SpanPtr span, LoggerPtr logger) {
  try {
    SendRecordingLast(logger);
  } catch (const std::exception &e) {
    span->AddEvent("exception", {{"exception.message", e.what()}});
    // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: exception recorded again: 'SendRecordingLast' already recorded it and rethrew it
    // CHECK-MESSAGES: :[[@LINE-12]]:15: note: first recorded here, before the rethrow
  }
}
