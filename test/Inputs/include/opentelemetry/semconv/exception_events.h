// Mock of opentelemetry/semconv/exception_events.h (v1.28.0+).
#pragma once

#include "opentelemetry/common/macros.h"
#include "opentelemetry/version.h"

OPENTELEMETRY_BEGIN_NAMESPACE
namespace semconv
{
namespace exception
{
static constexpr const char *kException = "exception";
}  // namespace exception
}  // namespace semconv
OPENTELEMETRY_END_NAMESPACE
