// RUN: %check_otel_tidy --check-suffixes=,DEFAULT %s otel-error-status-without-error-type %t
// RUN: %check_otel_tidy --check-suffixes=,OPT \
// RUN:   --tidy-config="{CheckOptions: {ErrorTypeSetters: '::Annotate', StatusSetters: '::app::Guard::SetStatus', ErrorStatusValues: '::app::Status::Failed'}}" \
// RUN:   %s otel-error-status-without-error-type %t-opt

#include <opencensus/trace/span.h>
#include <opentelemetry/nostd/shared_ptr.h>
#include <opentelemetry/semconv/error_attributes.h>
#include <opentelemetry/trace/scope.h>
#include <opentelemetry/trace/span.h>
#include <opentelemetry/trace/tracer.h>
#include <stdexcept>
#include <string>

namespace trace_api = opentelemetry::trace;
namespace semconv = opentelemetry::semconv;
using trace_api::StatusCode;
using SpanPtr = opentelemetry::nostd::shared_ptr<trace_api::Span>;

void Work();
bool Failed();
void Publish(SpanPtr span);
SpanPtr StartSpan(const char *name);
struct TransportError : std::runtime_error {
  using std::runtime_error::runtime_error;
};
namespace app {
enum class Status { Fine, Failed };
class Guard {
public:
  void SetStatus(Status s);
};
} // namespace app

// --- in a handler: the fix sets error.type to the caught type ------------------------

void handler() {
  auto span = StartSpan("handler");
  try {
    Work();
  } catch (const TransportError &e) {
    span->SetStatus(StatusCode::kError, e.what());
    // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: span status set to Error without 'error.type' on the span; set 'error.type' as well [otel-error-status-without-error-type]
    // CHECK-FIXES: {{^}}    span->SetStatus(StatusCode::kError, e.what());{{$}}
    // CHECK-FIXES-NEXT: {{^}}    span->SetAttribute(semconv::error::kErrorType, "TransportError");{{$}}
  }
}

void catchAll(trace_api::Tracer &tracer) {
  auto span = tracer.StartSpan("catchAll");
  try {
    Work();
  } catch (...) {
    span->SetStatus(StatusCode::kError);
    // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: span status set to Error without 'error.type'
    // CHECK-FIXES: {{^}}    span->SetAttribute(semconv::error::kErrorType, "_OTHER");{{$}}
  }
}

void standardType() {
  auto span = StartSpan("standardType");
  try {
    Work();
  } catch (const std::runtime_error &e) {
    if (Failed())
      span->SetStatus(StatusCode::kError, e.what());
    // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: span status set to Error without 'error.type'
    // CHECK-MESSAGES: :[[@LINE-2]]:13: note: set 'error.type' to a low-cardinality value naming the error (the exception's type, an error code, or '_OTHER')
  }
}

// --- elsewhere: a note only --------------------------------------------------------

void onFailure(int rc) {
  auto span = StartSpan("onFailure");
  if (rc != 0) {
    span->SetStatus(StatusCode::kError, "rpc failed");
    // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: span status set to Error without 'error.type'
  }
}

// --- silent: error.type on a path through it ------------------------------------------

void setBefore(SpanPtr span, int rc) {
  if (rc != 0) {
    span->SetAttribute(semconv::error::kErrorType, "rpc_failed");
    span->SetStatus(StatusCode::kError);
  }
}

void setAfter(SpanPtr span) {
  try {
    Work();
  } catch (const std::exception &e) {
    span->SetStatus(StatusCode::kError, e.what());
    span->SetAttribute("error.type", "std::exception");
  }
}

void atStart(trace_api::Tracer &tracer) {
  auto span = tracer.StartSpan("op", {{"error.type", "cancelled"}});
  span->SetStatus(StatusCode::kError);
}

// The span escapes into a call that is not understood: it may set it there.
void escapes(SpanPtr span, int rc) {
  if (rc != 0) {
    span->SetStatus(StatusCode::kError);
    Publish(span);
  }
}

// A wrapper of this translation unit that sets error.type on its parameter.
void RecordError(SpanPtr span, const std::string &type) {
  span->SetAttribute(semconv::error::kErrorType, type);
}
void throughWrapper(SpanPtr span, int rc) {
  if (rc != 0) {
    span->SetStatus(StatusCode::kError);
    RecordError(span, "rpc_failed");
  }
}

// A function of this translation unit that only logs: it does not set
// error.type, unless it is configured as a setter (ErrorTypeSetters).
void Log(const char *text);
void Annotate(SpanPtr span, const char *type) { Log(type); }
void configured(int rc) {
  auto span = StartSpan("configured");
  if (rc != 0) {
    span->SetStatus(StatusCode::kError);
    // CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:11: warning: span status set to Error without 'error.type'
    Annotate(span, "rpc_failed");
  }
}

// Making the span active does not set attributes.
void activeOnly(int rc) {
  auto span = StartSpan("activeOnly");
  trace_api::Scope scope(span);
  if (rc != 0)
    span->SetStatus(StatusCode::kError);
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: span status set to Error without 'error.type'
}

// error.type on another span does not count.
void otherSpan(SpanPtr other) {
  auto span = StartSpan("otherSpan");
  other->SetAttribute("error.type", "x");
  span->SetStatus(StatusCode::kError);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: span status set to Error without 'error.type'
}

// Exclusive branches: no path through the status set sets it.
void exclusive(bool timeout) {
  auto span = StartSpan("exclusive");
  if (timeout)
    span->SetAttribute("error.type", "timeout");
  else
    span->SetStatus(StatusCode::kError);
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: span status set to Error without 'error.type'
}

// OK and unset statuses, and OpenCensus spans, are none of this check's.
void notError(SpanPtr span, const opencensus::trace::Span &census) {
  span->SetStatus(StatusCode::kUnset);
  census.SetStatus(opencensus::trace::StatusCode::INTERNAL, "failed");
}

// --- wrappers of this translation unit -----------------------------------------------

// Only sets the status, and no caller sets error.type: reported inside.
// (A caller that got the span from its own caller hands the question on.)
void MarkFailed(SpanPtr span, const std::string &message) {
  span->SetStatus(StatusCode::kError, message);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: span status set to Error without 'error.type'
}
void usesMarkFailed() {
  auto span = StartSpan("usesMarkFailed");
  MarkFailed(span, "failed");
}

// Its callers set error.type: silent.
void MarkError(SpanPtr span) { span->SetStatus(StatusCode::kError); }
void usesMarkError(SpanPtr span) {
  MarkError(span);
  span->SetAttribute("error.type", "internal");
}

// A class whose other method sets error.type on its span.
class OperationSpan {
public:
  void setError(const std::string &message) {
    span_->SetStatus(StatusCode::kError, message);
  }
  void setErrorType(const char *type) {
    span_->SetAttribute(semconv::error::kErrorType, type);
  }

private:
  SpanPtr span_;
};

// A class that never does.
class BareSpan {
public:
  void fail() { span_->SetStatus(StatusCode::kError); }
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: span status set to Error without 'error.type'

private:
  SpanPtr span_;
};

// A configured wrapper with an error value.
void guarded() {
  app::Guard guard;
  guard.SetStatus(app::Status::Failed);
  // CHECK-MESSAGES-OPT: :[[@LINE-1]]:9: warning: span status set to Error without 'error.type'
}

// --- templates, macros, lambdas, NOLINT ---------------------------------------------

template <class E> void templated() {
  auto span = StartSpan("templated");
  try {
    Work();
  } catch (const E &e) {
    span->SetStatus(StatusCode::kError, std::string("templated: ") + e.what());
    // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: span status set to Error without 'error.type'
    // CHECK-FIXES: {{^}}    span->SetStatus(StatusCode::kError, std::string("templated: ") + e.what());{{$}}
    // CHECK-FIXES-NEXT: {{^}}    //{{$}}
  }
}
template void templated<std::runtime_error>();
template void templated<std::logic_error>();

#define FAIL(span) (span)->SetStatus(StatusCode::kError)
void macro(int rc) {
  auto span = StartSpan("macro");
  if (rc != 0)
    FAIL(span);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: span status set to Error without 'error.type'
}

void lambda() {
  auto span = StartSpan("lambda");
  auto onError = [span](const std::exception &e) {
    span->SetStatus(StatusCode::kError, e.what());
    // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: span status set to Error without 'error.type'
  };
  try {
    Work();
  } catch (const std::exception &e) {
    onError(e);
  }
}

void suppressed(int rc) {
  auto span = StartSpan("suppressed");
  if (rc != 0)
    span->SetStatus(StatusCode::kError); // NOLINT(otel-error-status-without-error-type)
}

// --- a span from a caller that is not in this file: silent ---------------------------

// Its callers are elsewhere; they may set error.type around the call.
void RecordAudit(trace_api::Span &span, bool ok) {
  if (!ok)
    span.SetStatus(StatusCode::kError, "audit failed");
}

// Up a chain of parameters to a function nobody here calls: silent too.
void Fail(SpanPtr span) { span->SetStatus(StatusCode::kError); }
void FailFrom(SpanPtr span) { Fail(span); }

// A lambda that uses such a parameter.
void inLambda(SpanPtr span) {
  auto fail = [&] { span->SetStatus(StatusCode::kError); };
  fail();
}

// Up the chain to a local span that never gets error.type: reported in Fail2.
void Fail2(SpanPtr span) { span->SetStatus(StatusCode::kError); }
// CHECK-MESSAGES: :[[@LINE-1]]:34: warning: span status set to Error without 'error.type'
void Fail2From(SpanPtr span) { Fail2(span); }
void startsIt() {
  auto span = StartSpan("startsIt");
  Fail2From(span);
}
