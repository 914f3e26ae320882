// The project's own wrapper around the OpenTelemetry API.
#pragma once
#include <opentelemetry/nostd/shared_ptr.h>
#include <opentelemetry/trace/span.h>

namespace app {
inline void
Succeeded(opentelemetry::nostd::shared_ptr<opentelemetry::trace::Span> span) {
  span->SetStatus(opentelemetry::trace::StatusCode::kOk);
}
} // namespace app
