// Mock of opentelemetry/trace/context.h: span <-> context helpers.
#pragma once

#include "opentelemetry/context/context.h"
#include "opentelemetry/nostd/shared_ptr.h"
#include "opentelemetry/nostd/variant.h"
#include "opentelemetry/trace/default_span.h"
#include "opentelemetry/trace/span_metadata.h"
#include "opentelemetry/version.h"

OPENTELEMETRY_BEGIN_NAMESPACE
namespace trace
{
inline nostd::shared_ptr<Span> GetSpan(const context::Context &context) noexcept
{
  context::ContextValue value = context.GetValue(kSpanKey);
  if (const nostd::shared_ptr<Span> *span = nostd::get_if<nostd::shared_ptr<Span>>(&value))
    return *span;
  return nostd::shared_ptr<Span>(new DefaultSpan(SpanContext::GetInvalid()));
}

inline SpanContext GetSpanContext(const context::Context &context) noexcept
{
  nostd::shared_ptr<Span> span = GetSpan(context);
  return span ? span->GetContext() : SpanContext::GetInvalid();
}

inline bool IsRootSpan(const context::Context &context) noexcept
{
  context::ContextValue value = context.GetValue(kIsRootSpanKey);
  const bool *is_root         = nostd::get_if<bool>(&value);
  return is_root != nullptr && *is_root;
}

inline context::Context SetSpan(context::Context &context,
                                const nostd::shared_ptr<Span> &span) noexcept
{
  return context.SetValue(kSpanKey, span);
}
}  // namespace trace
OPENTELEMETRY_END_NAMESPACE
