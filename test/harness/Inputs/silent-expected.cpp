#include <opentelemetry/trace/span.h>
void f(opentelemetry::trace::Span &span) {
  span.SetStatus(opentelemetry::trace::StatusCode::kOk);
}
