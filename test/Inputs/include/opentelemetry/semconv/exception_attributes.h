// Mock of opentelemetry/semconv/exception_attributes.h (v1.18.0+).
#pragma once

#include "opentelemetry/common/macros.h"
#include "opentelemetry/version.h"

OPENTELEMETRY_BEGIN_NAMESPACE
namespace semconv
{
namespace exception
{
OPENTELEMETRY_DEPRECATED static constexpr const char *kExceptionEscaped = "exception.escaped";
static constexpr const char *kExceptionMessage    = "exception.message";
static constexpr const char *kExceptionStacktrace = "exception.stacktrace";
static constexpr const char *kExceptionType       = "exception.type";
}  // namespace exception
}  // namespace semconv
OPENTELEMETRY_END_NAMESPACE
