#include <opentelemetry/trace/span.h>
void f(opentelemetry::trace::Span &span) {
  span.SetStatus(opentelemetry::trace::StatusCode::kError);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: span status explicitly set to OK
}
