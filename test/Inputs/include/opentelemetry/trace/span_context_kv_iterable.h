// Mock of opentelemetry/trace/span_context_kv_iterable.h.
#pragma once

#include <cstddef>

#include "opentelemetry/common/key_value_iterable.h"
#include "opentelemetry/nostd/function_ref.h"
#include "opentelemetry/trace/span_context.h"
#include "opentelemetry/version.h"

OPENTELEMETRY_BEGIN_NAMESPACE
namespace trace
{
class SpanContextKeyValueIterable
{
public:
  SpanContextKeyValueIterable()                                               = default;
  virtual ~SpanContextKeyValueIterable()                                      = default;
  SpanContextKeyValueIterable(const SpanContextKeyValueIterable &)            = default;
  SpanContextKeyValueIterable &operator=(const SpanContextKeyValueIterable &) = default;

  virtual bool ForEachKeyValue(
      nostd::function_ref<bool(SpanContext, const common::KeyValueIterable &)> callback)
      const noexcept = 0;
  virtual size_t size() const noexcept = 0;
};

class NullSpanContext : public SpanContextKeyValueIterable
{
public:
  bool ForEachKeyValue(nostd::function_ref<bool(SpanContext, const common::KeyValueIterable &)>)
      const noexcept override
  {
    return true;
  }
  size_t size() const noexcept override { return 0; }
};
}  // namespace trace
OPENTELEMETRY_END_NAMESPACE
