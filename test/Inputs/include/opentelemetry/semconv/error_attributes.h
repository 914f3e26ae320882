// Mock of opentelemetry/semconv/error_attributes.h (v1.18.0+).
#pragma once

#include "opentelemetry/common/macros.h"
#include "opentelemetry/version.h"

OPENTELEMETRY_BEGIN_NAMESPACE
namespace semconv
{
namespace error
{
static constexpr const char *kErrorType = "error.type";

namespace ErrorTypeValues
{
static constexpr const char *kOther = "_OTHER";
}  // namespace ErrorTypeValues
}  // namespace error
}  // namespace semconv
OPENTELEMETRY_END_NAMESPACE
