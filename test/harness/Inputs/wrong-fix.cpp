#include <opentelemetry/trace/span.h>
void f(opentelemetry::trace::Span &span) {
  span.SetStatus(opentelemetry::trace::StatusCode::kOk);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: span status explicitly set to OK
  // CHECK-FIXES: {{^}}  span.SetStatus(opentelemetry::trace::StatusCode::kOk);
}
