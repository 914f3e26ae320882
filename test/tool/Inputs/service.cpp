#include <opentelemetry/nostd/shared_ptr.h>
#include <opentelemetry/trace/span.h>

namespace trace = opentelemetry::trace;

void Finish(opentelemetry::nostd::shared_ptr<trace::Span> span, bool ok) {
  if (ok)
    span->SetStatus(trace::StatusCode::kOk);
  else
    span->SetStatus(trace::StatusCode::kError, "failed");
}
