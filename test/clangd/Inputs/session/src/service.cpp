// A file of a service as an editor opens it: findings of the three otel
// checks (with and without fixes) and of a stock check.
#include <opentelemetry/logs/logger.h>
#include <opentelemetry/nostd/shared_ptr.h>
#include <opentelemetry/trace/span.h>
#include <exception>

namespace trace = opentelemetry::trace;
using SpanPtr = opentelemetry::nostd::shared_ptr<trace::Span>;
using LoggerPtr = opentelemetry::nostd::shared_ptr<opentelemetry::logs::Logger>;

bool Work();

void Succeed(SpanPtr span) {
  Work();
  span->SetStatus(trace::StatusCode::kOk);
}

void Finish(SpanPtr span) {
  bool ok = Work();
  span->SetStatus(ok ? trace::StatusCode::kOk : trace::StatusCode::kError);
}

void Erase(SpanPtr span) {
  if (!Work())
    span->SetStatus(trace::StatusCode::kError, "failed");
  span->SetStatus(trace::StatusCode::kOk);
}

void Tag(SpanPtr span) {
  Work();
  span->SetAttribute("error.type", "timeout");
}

void Handle(SpanPtr span, LoggerPtr logger) {
  try {
    Work();
  } catch (const std::exception &e) {
    logger->Error(e.what());
    span->AddEvent("exception", {{"exception.message", e.what()}});
  }
}

int *Lookup() { return 0; }
