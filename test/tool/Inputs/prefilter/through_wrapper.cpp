// Reaches the API only through the project's wrapper header.
#include "tracing.h"

void Handle(opentelemetry::nostd::shared_ptr<opentelemetry::trace::Span> span) {
  app::Succeeded(span);
}
