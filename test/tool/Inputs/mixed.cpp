#include <opentelemetry/nostd/shared_ptr.h>
#include <opentelemetry/trace/span.h>

namespace trace = opentelemetry::trace;

void Finish(opentelemetry::nostd::shared_ptr<trace::Span> span, int done) {
  if ((done = 1))
    span->SetStatus(trace::StatusCode::kOk);
}
