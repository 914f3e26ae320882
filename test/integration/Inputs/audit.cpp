// Added by a test: a clean source file.
#include "telemetry.h"

namespace checkout
{
void RecordAudit(opentelemetry::trace::Span &span, bool ok)
{
  if (!ok)
    span.SetStatus(opentelemetry::trace::StatusCode::kError, "audit failed");
}
}  // namespace checkout
