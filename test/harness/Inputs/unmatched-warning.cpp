#include <opentelemetry/trace/span.h>
void f(opentelemetry::trace::Span &span) {
  span.SetStatus(opentelemetry::trace::StatusCode::kOk);
  span.SetStatus(opentelemetry::trace::StatusCode::kOk, "second");
  // CHECK-MESSAGES: :[[@LINE-2]]:8: warning: span status explicitly set to OK
  // CHECK-FIXES: {{^}}void f(opentelemetry::trace::Span &span) {{{$}}
}
