#include "shared.h"

void A(SpanPtr span) { span->SetStatus(trace::StatusCode::kOk); }
