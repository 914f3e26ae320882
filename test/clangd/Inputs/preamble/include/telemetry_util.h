// A project header (found with -I, not a system header): helpers that the
// otel checks read through when a file calls them.
#pragma once

#include <opentelemetry/logs/logger.h>
#include <opentelemetry/nostd/shared_ptr.h>
#include <opentelemetry/trace/span.h>
#include <exception>

namespace util {

using SpanPtr = opentelemetry::nostd::shared_ptr<opentelemetry::trace::Span>;
using LoggerPtr =
    opentelemetry::nostd::shared_ptr<opentelemetry::logs::Logger>;

bool Step();

// Records the exception on the span: a wrapper the checks find by its body.
inline void RecordException(SpanPtr span, const std::exception &e) {
  span->AddEvent("exception", {{"exception.message", e.what()}});
}

// Records what fails and rethrows it.
inline void RunStep(SpanPtr span) {
  try {
    Step();
  } catch (const std::exception &e) {
    span->AddEvent("exception", {{"exception.message", e.what()}});
    throw;
  }
}

// A template wrapper, instantiated by its callers.
template <class Logger>
void LogException(const Logger &logger, const std::exception &e) {
  logger->Error(e.what());
}

} // namespace util
