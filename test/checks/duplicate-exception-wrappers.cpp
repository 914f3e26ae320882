// RUN: %check_otel_tidy --fix-notes --check-suffixes=ALL %s otel-duplicate-exception-recording %t
// RUN: %check_otel_tidy --fix-notes --check-suffixes=ALL,OPT \
// RUN:   --tidy-config="{CheckOptions: {ExceptionRecorders: '::app::LogException;report_error'}}" \
// RUN:   %s otel-duplicate-exception-recording %t-opt

#include <opencensus/trace/span.h>
#include <opentelemetry/logs/logger.h>
#include <opentelemetry/nostd/shared_ptr.h>
#include <opentelemetry/trace/span.h>
#include <exception>
#include <functional>
#include <stdexcept>
#include <string>
#include <typeinfo>

namespace trace_api = opentelemetry::trace;
namespace logs = opentelemetry::logs;
using opentelemetry::nostd::shared_ptr;
using SpanPtr = shared_ptr<trace_api::Span>;
using LoggerPtr = shared_ptr<logs::Logger>;

void Work();

// --- wrappers defined here are found automatically --------------------------

class OperationSpan {
public:
  explicit OperationSpan(SpanPtr s) : span_(s) {}
  void recordException(const std::exception &e) {
    span_->AddEvent("exception", {{"exception.type", typeid(e).name()},
                                  {"exception.message", e.what()}});
    span_->SetStatus(trace_api::StatusCode::kError, e.what());
  }
  void setError(const std::string &message) {
    span_->SetStatus(trace_api::StatusCode::kError, message);
  }

private:
  SpanPtr span_;
};

template <class E> void logFailure(LoggerPtr logger, const E &error) {
  logger->Error("operation failed", error.what());
}

void wrappers(OperationSpan &op, LoggerPtr logger) {
  try {
    Work();
  } catch (const std::exception &e) {
    logFailure(logger, e);
    op.recordException(e);
    // CHECK-MESSAGES-ALL: :[[@LINE-1]]:8: warning: the caught exception is recorded a second time in this handler; record it once
    // CHECK-MESSAGES-ALL: :[[@LINE-3]]:5: note: first recorded here
  }
  // CHECK-FIXES-ALL: {{^}}    logFailure(logger, e);{{$}}
  // CHECK-FIXES-ALL-NEXT: {{^}}    //{{$}}
}

// setError does not record the exception; neither does a wrapper called with
// something else.
void notRecords(OperationSpan &op, LoggerPtr logger, const std::exception &other) {
  try {
    Work();
  } catch (const std::exception &e) {
    op.setError(e.what());
    op.recordException(other);
    logger->Error(e.what());
  }
}

// OpenCensus annotations.
void census(const opencensus::trace::Span &span, LoggerPtr logger) {
  try {
    Work();
  } catch (const std::exception &e) {
    span.AddAnnotation(std::string("failed: ") + e.what());
    logger->Error(e.what());
    // CHECK-MESSAGES-ALL: :[[@LINE-1]]:13: warning: the caught exception is recorded a second time in this handler
    // CHECK-MESSAGES-ALL: :[[@LINE-3]]:10: note: first recorded here
  }
  // CHECK-FIXES-ALL: {{^}}void census(const opencensus::trace::Span &span, LoggerPtr logger) {{{$}}
  // CHECK-FIXES-ALL-NEXT: {{^}}  try {{{$}}
  // CHECK-FIXES-ALL-NEXT: {{^}}    Work();{{$}}
  // CHECK-FIXES-ALL-NEXT: {{^}}  } catch (const std::exception &e) {{{$}}
  // CHECK-FIXES-ALL-NEXT: {{^}}    logger->Error(e.what());{{$}}
}

// --- external recorders: ExceptionRecorders ------------------------------------

namespace app {
void LogException(const char *where);
}
void report_error();

void external(SpanPtr span) {
  try {
    Work();
  } catch (const std::exception &e) {
    app::LogException("external");
    span->AddEvent("exception", {{"exception.message", e.what()}});
    // CHECK-MESSAGES-OPT: :[[@LINE-1]]:11: warning: the caught exception is recorded a second time in this handler
    // CHECK-MESSAGES-OPT: :[[@LINE-3]]:5: note: first recorded here
    report_error();
    // CHECK-MESSAGES-OPT: :[[@LINE-1]]:5: warning: the caught exception is recorded a second time in this handler
    // CHECK-MESSAGES-OPT: :[[@LINE-6]]:5: note: first recorded here
  }
  // CHECK-FIXES-OPT: {{^}}    app::LogException("external");{{$}}
  // CHECK-FIXES-OPT-NEXT: {{^}}    //{{$}}
}

// --- templates, lambdas, macros ------------------------------------------------------

template <class Logger> void templated(shared_ptr<Logger> logger, SpanPtr span) {
  try {
    Work();
  } catch (const std::exception &e) {
    logger->Error(e.what());
    span->AddEvent("exception");
    // CHECK-MESSAGES-ALL: :[[@LINE-1]]:11: warning: the caught exception is recorded a second time in this handler
    // CHECK-MESSAGES-ALL: :[[@LINE-3]]:13: note: first recorded here
  }
  // CHECK-FIXES-ALL: {{^}}    logger->Error(e.what());{{$}}
  // CHECK-FIXES-ALL-NEXT: {{^}}    //{{$}}
}
void useTemplated(LoggerPtr a, SpanPtr s) {
  templated(a, s);
  templated<logs::Logger>(a, s);
}

void lambdas(LoggerPtr logger, SpanPtr span, std::function<void(std::function<void()>)> run) {
  run([&] {
    try {
      Work();
    } catch (const std::exception &e) {
      logger->Error(e.what());
      logger->Warn("again", e.what());
      // CHECK-MESSAGES-ALL: :[[@LINE-1]]:15: warning: the caught exception is recorded a second time in this handler
      // CHECK-MESSAGES-ALL: :[[@LINE-3]]:15: note: first recorded here
    }
  });
  // A lambda defined in a handler is not run there.
  try {
    Work();
  } catch (const std::exception &e) {
    logger->Error(e.what());
    auto later = [&] { span->AddEvent("exception"); };
    (void)later;
  }
}

#define RECORD(span, e) (span)->AddEvent("exception", {{"exception.message", (e).what()}})

void macros(LoggerPtr logger, SpanPtr span) {
  try {
    Work();
  } catch (const std::exception &e) {
    logger->Error(e.what());
    RECORD(span, e);
    // CHECK-MESSAGES-ALL: :[[@LINE-1]]:5: warning: the caught exception is recorded a second time in this handler
    // CHECK-MESSAGES-ALL: :[[@LINE-3]]:13: note: first recorded here
  }
  // CHECK-FIXES-ALL: {{^}}    RECORD(span, e);{{$}}
}

// A function-try-block handler: twice in one handler.
void functionTry(LoggerPtr logger, SpanPtr span) try {
  Work();
} catch (const std::exception &e) {
  logger->Error(e.what());
  span->AddEvent("exception", {{"exception.message", e.what()}});
  // CHECK-MESSAGES-ALL: :[[@LINE-1]]:9: warning: the caught exception is recorded a second time in this handler
  // CHECK-MESSAGES-ALL: :[[@LINE-3]]:11: note: first recorded here
}
