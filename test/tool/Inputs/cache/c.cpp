#include "other.h"

void C(opentelemetry::nostd::shared_ptr<trace::Span> span) {
  span->SetStatus(trace::StatusCode::kOk);
}
