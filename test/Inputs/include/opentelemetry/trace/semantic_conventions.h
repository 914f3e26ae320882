// Mock of the legacy opentelemetry/trace/semantic_conventions.h (v1.12-v1.21;
// removed in v1.22). Only the keys relevant to otel-tidy are declared.
#pragma once

#include "opentelemetry/version.h"

OPENTELEMETRY_BEGIN_NAMESPACE
namespace trace
{
namespace SemanticConventions
{
static constexpr const char *kErrorType           = "error.type";
static constexpr const char *kExceptionType       = "exception.type";
static constexpr const char *kExceptionMessage    = "exception.message";
static constexpr const char *kExceptionStacktrace = "exception.stacktrace";
static constexpr const char *kExceptionEscaped    = "exception.escaped";

namespace ErrorTypeValues
{
static constexpr const char *kOther = "_OTHER";
}  // namespace ErrorTypeValues
}  // namespace SemanticConventions
}  // namespace trace
OPENTELEMETRY_END_NAMESPACE
