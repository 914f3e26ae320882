#include "shared.h"

void B(SpanPtr span) { span->SetStatus(trace::StatusCode::kOk); }
