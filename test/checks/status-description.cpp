// RUN: %check_otel_tidy %s otel-status-description %t
// RUN: %check_otel_tidy --check-suffixes=,OPT \
// RUN:   --tidy-config="{CheckOptions: {ExceptionMessageFunctions: 'message', StatusSetters: '::app::Guard::SetStatus', OkStatusValues: '::app::Status::Fine'}}" \
// RUN:   %s otel-status-description %t-opt

#include <opencensus/trace/span.h>
#include <opentelemetry/nostd/shared_ptr.h>
#include <opentelemetry/semconv/error_attributes.h>
#include <opentelemetry/trace/span.h>
#include <stdexcept>
#include <string>

namespace trace_api = opentelemetry::trace;
namespace semconv = opentelemetry::semconv;
namespace census = opencensus::trace;
using trace_api::StatusCode;
using SpanPtr = opentelemetry::nostd::shared_ptr<trace_api::Span>;

void Work();
namespace app {
enum class Status { Fine, Failed };
class Guard {
public:
  void SetStatus(Status s, const char *description = "");
};
// An exception type of its own, with message() instead of what().
class Error {
public:
  const char *message() const;
};
} // namespace app

// --- with OK or Unset the description is ignored ------------------------------------

void withOk(SpanPtr span) {
  span->SetStatus(StatusCode::kOk, "request served");
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: status description with an OK status is ignored; drop it [otel-status-description]
  // CHECK-FIXES: {{^}}  span->SetStatus(StatusCode::kOk);{{$}}
  span->SetStatus(trace_api::StatusCode::kUnset, std::string("nothing to say"));
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: status description with an unset status is ignored; drop it
  // CHECK-FIXES: {{^}}  span->SetStatus(trace_api::StatusCode::kUnset);{{$}}
}

void censusOk(const census::Span &span) {
  span.SetStatus(census::StatusCode::OK, "fine");
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: status description with an OK status is ignored; drop it
  // CHECK-FIXES: {{^}}  span.SetStatus(census::StatusCode::OK);{{$}}
}

void wrapperOk(app::Guard &guard) {
  guard.SetStatus(app::Status::Fine, "fine");
  // CHECK-MESSAGES-OPT: :[[@LINE-1]]:9: warning: status description with an OK status is ignored; drop it
}

// An empty description, or none, is fine.
void emptyDescription(SpanPtr span) {
  span->SetStatus(StatusCode::kOk, "");
  span->SetStatus(StatusCode::kUnset);
}

// --- repeating the code or error.type ---------------------------------------------------

void repeatsCode(SpanPtr span, int rc) {
  if (rc != 0)
    span->SetStatus(StatusCode::kError, "ERROR");
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: status description repeats the status code; drop it, or say what went wrong
  // CHECK-FIXES: {{^}}    span->SetStatus(StatusCode::kError);{{$}}
}

void censusRepeatsCode(const census::Span &span) {
  span.SetStatus(census::StatusCode::NOT_FOUND, "not_found");
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: status description repeats the status code
  span.SetStatus(census::StatusCode::NOT_FOUND, "no such user");
}

void repeatsErrorType(SpanPtr span, int rc) {
  if (rc != 0) {
    span->SetAttribute(semconv::error::kErrorType, "rpc_failed");
    span->SetStatus(StatusCode::kError, "rpc_failed");
    // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: status description repeats the span's 'error.type'; drop it, or say what went wrong
    // CHECK-MESSAGES: :[[@LINE-3]]:11: note: 'error.type' is set to the same value here
    // CHECK-FIXES: {{^}}    span->SetStatus(StatusCode::kError);{{$}}
  }
}

void sameVariable(SpanPtr span, const std::string &kind) {
  span->SetAttribute("error.type", kind);
  span->SetStatus(StatusCode::kError, kind);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: status description repeats the span's 'error.type'
}

// A description that says more, error.type on another span, or on another
// path: fine.
void saysMore(SpanPtr span, SpanPtr other, bool timeout) {
  span->SetAttribute("error.type", "timeout");
  span->SetStatus(StatusCode::kError, "timeout after 30s waiting for the ledger");
  other->SetStatus(StatusCode::kError, "timeout");
  if (timeout)
    span->SetAttribute("error.type", "deadline");
  else
    span->SetStatus(StatusCode::kError, "deadline");
}

// --- in a handler: the exception's message ----------------------------------------------

void fixedString(SpanPtr span) {
  try {
    Work();
  } catch (const std::runtime_error &e) {
    span->SetStatus(StatusCode::kError, "request failed");
    // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: the status description should be the exception's message; use e.what()
    // CHECK-FIXES: {{^}}    span->SetStatus(StatusCode::kError, e.what());{{$}}
  }
}

void missing(SpanPtr span) {
  try {
    Work();
  } catch (const std::exception &error) {
    span->SetStatus(trace_api::StatusCode::kError);
    // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: the status description should be the exception's message; use error.what()
    // CHECK-FIXES: {{^}}    span->SetStatus(trace_api::StatusCode::kError, error.what());{{$}}
  }
}

void ownMessageMethod(SpanPtr span) {
  try {
    Work();
  } catch (const app::Error &e) {
    span->SetStatus(StatusCode::kError, "failed");
    // CHECK-MESSAGES-OPT: :[[@LINE-1]]:11: warning: the status description should be the exception's message; use e.message()
  }
}

// Mentioning the caught object in any way is accepted; so is a message built
// elsewhere, a catch-all, an unnamed handler, and an OpenCensus span.
std::string Describe(const std::exception &e);
void accepted(SpanPtr span, const census::Span &census_span, const std::string &why) {
  try {
    Work();
  } catch (const std::invalid_argument &e) {
    span->SetStatus(StatusCode::kError, Describe(e));
  } catch (const std::runtime_error &e) {
    span->SetStatus(StatusCode::kError, std::string("fetch: ") + e.what());
  } catch (const std::logic_error &e) {
    span->SetStatus(StatusCode::kError, why);
  } catch (const std::exception &) {
    span->SetStatus(StatusCode::kError, "unknown std::exception");
  } catch (...) {
    span->SetStatus(StatusCode::kError, "unknown");
    census_span.SetStatus(census::StatusCode::INTERNAL, "unknown");
  }
}

// --- templates, macros, lambdas ---------------------------------------------------------

template <class E> void templated(SpanPtr span) {
  try {
    Work();
  } catch (const E &e) {
    span->SetStatus(StatusCode::kError, "failed");
    // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: the status description should be the exception's message; use e.what()
    // CHECK-FIXES: {{^}}    span->SetStatus(StatusCode::kError, "failed");{{$}}
  }
}
template void templated<std::runtime_error>(SpanPtr);
template void templated<std::logic_error>(SpanPtr);

#define DONE(span) (span)->SetStatus(StatusCode::kOk, "done")
void macro(SpanPtr span) {
  DONE(span);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: status description with an OK status is ignored; drop it
}

void lambda(SpanPtr span) {
  auto onError = [span](const std::exception &e) {
    span->SetStatus(StatusCode::kError, "Error");
    // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: status description repeats the status code
    // CHECK-FIXES: {{^}}    span->SetStatus(StatusCode::kError);{{$}}
  };
  try {
    Work();
  } catch (const std::exception &e) {
    onError(e);
  }
}
