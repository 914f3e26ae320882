// RUN: %check_otel_tidy --fix-notes %s otel-duplicate-exception-recording %t

#include <opentelemetry/common/key_value_iterable_view.h>
#include <opentelemetry/logs/logger.h>
#include <opentelemetry/nostd/shared_ptr.h>
#include <opentelemetry/semconv/error_attributes.h>
#include <opentelemetry/semconv/exception_attributes.h>
#include <opentelemetry/semconv/exception_events.h>
#include <opentelemetry/trace/span.h>
#include <exception>
#include <stdexcept>
#include <string>

namespace trace_api = opentelemetry::trace;
namespace logs = opentelemetry::logs;
namespace common = opentelemetry::common;
namespace semconv = opentelemetry::semconv;
using opentelemetry::nostd::shared_ptr;
using SpanPtr = shared_ptr<trace_api::Span>;
using LoggerPtr = shared_ptr<logs::Logger>;

void Work();

// --- 1. twice in one handler ------------------------------------------------

void logThenEvent(SpanPtr span, LoggerPtr logger) {
  try {
    Work();
  } catch (const std::exception &e) {
    logger->Error("request failed", e.what());
    span->AddEvent("exception", {{"exception.message", e.what()}});
    // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: the caught exception is recorded a second time in this handler; record it once [otel-duplicate-exception-recording]
    // CHECK-MESSAGES: :[[@LINE-3]]:13: note: first recorded here
  }
  // CHECK-FIXES: {{^}}    logger->Error("request failed", e.what());{{$}}
  // CHECK-FIXES-NEXT: {{^}}    //{{$}}
}

// CFG order decides which is second; the span event is the one to drop.
void eventThenLog(SpanPtr span, LoggerPtr logger) {
  try {
    Work();
  } catch (const std::runtime_error &e) {
    span->AddEvent(semconv::exception::kException,
                   {{semconv::exception::kExceptionType, "runtime_error"},
                    {semconv::exception::kExceptionMessage, e.what()}});
    logger->EmitLogRecord(logs::Severity::kError, e.what());
    // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: the caught exception is recorded a second time in this handler
    // CHECK-MESSAGES: :[[@LINE-5]]:11: note: first recorded here
  }
  // CHECK-FIXES: {{^}}  } catch (const std::runtime_error &e) {{{$}}
  // CHECK-FIXES-NEXT: {{^}}    logger->EmitLogRecord(logs::Severity::kError, e.what());{{$}}
}

void twoLogs(LoggerPtr logger) {
  try {
    Work();
  } catch (const std::exception &e) {
    logger->Warn("first", e.what());
    logger->Error(common::MakeAttributes({{"exception.message", e.what()}}));
    // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: the caught exception is recorded a second time in this handler
    // CHECK-MESSAGES: :[[@LINE-3]]:13: note: first recorded here
  }
  // CHECK-FIXES: {{^}}    logger->Warn("first", e.what());{{$}}
  // CHECK-FIXES-NEXT: {{^}}    //{{$}}
}

// An event named by the message (one SDK does this) is a record too.
void eventNamedByMessage(SpanPtr span, LoggerPtr logger) {
  try {
    Work();
  } catch (const std::exception &e) {
    span->AddEvent(e.what());
    logger->Error(e.what());
    // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: the caught exception is recorded a second time in this handler
    // CHECK-MESSAGES: :[[@LINE-3]]:11: note: first recorded here
  }
  // CHECK-FIXES: {{^}}  } catch (const std::exception &e) {{{$}}
  // CHECK-FIXES-NEXT: {{^}}    logger->Error(e.what());{{$}}
}

// catch (...): std::current_exception() and exception_ptr.
void catchAll(SpanPtr span, LoggerPtr logger) {
  try {
    Work();
  } catch (...) {
    std::exception_ptr p = std::current_exception();
    logger->Error("unknown failure", p ? "exception" : "none", std::string("x") + (p ? "y" : "z"));
    span->AddEvent("exception");
    // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: the caught exception is recorded a second time in this handler
    // CHECK-MESSAGES: :[[@LINE-3]]:13: note: first recorded here
  }
}

// --- not duplicates -------------------------------------------------------------

void statusAndErrorTypeAreNotRecords(SpanPtr span, LoggerPtr logger) {
  try {
    Work();
  } catch (const std::exception &e) {
    span->SetStatus(trace_api::StatusCode::kError, e.what());
    span->SetAttribute(semconv::error::kErrorType, "std::exception");
    logger->Error("request failed", e.what());
  }
}

void messageWithoutTheException(SpanPtr span, LoggerPtr logger) {
  try {
    Work();
  } catch (const std::exception &e) {
    logger->Info("retrying the request");
    span->AddEvent("exception", {{"exception.message", e.what()}});
  }
}

void separateHandlers(SpanPtr span, LoggerPtr logger) {
  try {
    Work();
  } catch (const std::invalid_argument &e) {
    logger->Error(e.what());
  } catch (const std::exception &e) {
    span->AddEvent("exception", {{"exception.message", e.what()}});
  }
}

void exclusiveBranches(SpanPtr span, LoggerPtr logger, bool use_logs) {
  try {
    Work();
  } catch (const std::exception &e) {
    if (use_logs)
      logger->Error(e.what());
    else
      span->AddEvent("exception", {{"exception.message", e.what()}});
  }
}

// One log record built in steps is one record.
void oneLogRecord(LoggerPtr logger) {
  try {
    Work();
  } catch (const std::exception &e) {
    auto record = logger->CreateLogRecord();
    record->SetBody(e.what());
    record->SetAttribute(semconv::exception::kExceptionType, "std::exception");
    record->SetAttribute(semconv::exception::kExceptionMessage, e.what());
    logger->EmitLogRecord(std::move(record));
  }
}

// A nested handler has an exception of its own.
void nestedHandlerOwnException(LoggerPtr logger) {
  try {
    Work();
  } catch (const std::exception &e) {
    logger->Error(e.what());
    try {
      Work();
    } catch (const std::exception &cleanup) {
      logger->Error(cleanup.what());
    }
  }
}
