// Mock of opentelemetry/trace/span_metadata.h.
#pragma once

#include <cstdint>

#include "opentelemetry/common/timestamp.h"
#include "opentelemetry/version.h"

OPENTELEMETRY_BEGIN_NAMESPACE
namespace trace
{
#if OPENTELEMETRY_ABI_VERSION_NO >= 2
enum class SpanKind : std::uint8_t
#else
enum class SpanKind
#endif
{
  kInternal,
  kServer,
  kClient,
  kProducer,
  kConsumer,
};

constexpr char kSpanKey[]       = "active_span";
constexpr char kIsRootSpanKey[] = "is_root_span";

// kUnset = 0, kOk = 1, kError = 2.
#if OPENTELEMETRY_ABI_VERSION_NO >= 2
enum class StatusCode : std::uint8_t
#else
enum class StatusCode
#endif
{
  kUnset,
  kOk,
  kError
};

struct EndSpanOptions
{
  common::SteadyTimestamp end_steady_time;
};
}  // namespace trace
OPENTELEMETRY_END_NAMESPACE
