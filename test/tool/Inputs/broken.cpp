#include <opentelemetry/trace/span.h>

void Broken(opentelemetry::trace::Span &span) {
  span.SetStatus(opentelemetry::trace::StatusCode::kOk)
  undeclared_identifier = 1;
}
