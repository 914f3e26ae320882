// Mock of opentelemetry/trace/noop.h: NoopSpan, NoopTracer, NoopTracerProvider.
#pragma once

#include <cstdint>
#include <memory>

#include "opentelemetry/common/attribute_value.h"
#include "opentelemetry/common/key_value_iterable.h"
#include "opentelemetry/common/timestamp.h"
#include "opentelemetry/nostd/shared_ptr.h"
#include "opentelemetry/nostd/string_view.h"
#include "opentelemetry/trace/span.h"
#include "opentelemetry/trace/span_context.h"
#include "opentelemetry/trace/span_context_kv_iterable.h"
#include "opentelemetry/trace/span_metadata.h"
#include "opentelemetry/trace/span_startoptions.h"
#include "opentelemetry/trace/tracer.h"
#include "opentelemetry/trace/tracer_provider.h"
#include "opentelemetry/version.h"

namespace trace_api = opentelemetry::trace;

OPENTELEMETRY_BEGIN_NAMESPACE
namespace trace
{
class NoopSpan final : public Span
{
public:
  explicit NoopSpan(const std::shared_ptr<Tracer> & /* tracer */) noexcept {}

  void SetAttribute(nostd::string_view, const common::AttributeValue &) noexcept override {}
  void AddEvent(nostd::string_view) noexcept override {}
  void AddEvent(nostd::string_view, common::SystemTimestamp) noexcept override {}
  void AddEvent(nostd::string_view, const common::KeyValueIterable &) noexcept override {}
  void AddEvent(nostd::string_view,
                common::SystemTimestamp,
                const common::KeyValueIterable &) noexcept override
  {}
#if OPENTELEMETRY_ABI_VERSION_NO >= 2
  void AddLink(const SpanContext &, const common::KeyValueIterable &) noexcept override {}
  void AddLinks(const SpanContextKeyValueIterable &) noexcept override {}
#endif
  void SetStatus(StatusCode /* code */, nostd::string_view /* description */) noexcept override {}
  void UpdateName(nostd::string_view) noexcept override {}
  void End(const EndSpanOptions &) noexcept override {}
  bool IsRecording() const noexcept override { return false; }
  SpanContext GetContext() const noexcept override { return SpanContext(false, false); }
};

class NoopTracer final : public Tracer
{
public:
  NoopTracer()
  {
#if OPENTELEMETRY_ABI_VERSION_NO >= 2
    UpdateEnabled(false);
#endif
  }

  nostd::shared_ptr<Span> StartSpan(nostd::string_view,
                                    const common::KeyValueIterable &,
                                    const SpanContextKeyValueIterable &,
                                    const StartSpanOptions &) noexcept override
  {
    return nostd::shared_ptr<Span>(new NoopSpan(nullptr));
  }

#if OPENTELEMETRY_ABI_VERSION_NO == 1
  void ForceFlushWithMicroseconds(uint64_t) noexcept override {}
  void CloseWithMicroseconds(uint64_t) noexcept override {}
#endif
};

class NoopTracerProvider final : public TracerProvider
{
public:
  NoopTracerProvider() noexcept : tracer_(nostd::shared_ptr<Tracer>(new NoopTracer)) {}

#if OPENTELEMETRY_ABI_VERSION_NO >= 2
  nostd::shared_ptr<Tracer> GetTracer(nostd::string_view,
                                      nostd::string_view,
                                      nostd::string_view,
                                      const common::KeyValueIterable *) noexcept override
  {
    return tracer_;
  }
#else
  nostd::shared_ptr<Tracer> GetTracer(nostd::string_view,
                                      nostd::string_view,
                                      nostd::string_view) noexcept override
  {
    return tracer_;
  }
#endif

private:
  nostd::shared_ptr<Tracer> tracer_;
};
}  // namespace trace
OPENTELEMETRY_END_NAMESPACE
