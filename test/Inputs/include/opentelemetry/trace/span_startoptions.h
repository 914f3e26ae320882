// Mock of opentelemetry/trace/span_startoptions.h.
#pragma once

#include "opentelemetry/common/timestamp.h"
#include "opentelemetry/context/context.h"
#include "opentelemetry/nostd/variant.h"
#include "opentelemetry/trace/span_context.h"
#include "opentelemetry/trace/span_metadata.h"
#include "opentelemetry/version.h"

OPENTELEMETRY_BEGIN_NAMESPACE
namespace trace
{
struct StartSpanOptions
{
  common::SystemTimestamp start_system_time;
  common::SteadyTimestamp start_steady_time;
  nostd::variant<SpanContext, context::Context> parent = context::Context{};
  SpanKind kind                                        = SpanKind::kInternal;
};
}  // namespace trace
OPENTELEMETRY_END_NAMESPACE
