// Mock of opentelemetry/trace/tracer.h: the StartSpan overload set.
#pragma once

#include <chrono>
#include <cstdint>
#include <initializer_list>
#include <utility>

#include "opentelemetry/common/key_value_iterable_view.h"
#include "opentelemetry/context/context.h"
#include "opentelemetry/context/runtime_context.h"
#include "opentelemetry/nostd/shared_ptr.h"
#include "opentelemetry/nostd/span.h"
#include "opentelemetry/nostd/string_view.h"
#include "opentelemetry/trace/context.h"
#include "opentelemetry/trace/default_span.h"
#include "opentelemetry/trace/scope.h"
#include "opentelemetry/trace/span.h"
#include "opentelemetry/trace/span_context_kv_iterable_view.h"
#include "opentelemetry/trace/span_startoptions.h"
#include "opentelemetry/version.h"

OPENTELEMETRY_BEGIN_NAMESPACE
namespace trace
{
class Tracer
{
  using Attributes = std::initializer_list<std::pair<nostd::string_view, common::AttributeValue>>;
  using AttributeSpan = nostd::span<const std::pair<nostd::string_view, common::AttributeValue>>;
  using LinkSpan      = nostd::span<const std::pair<SpanContext, Attributes>>;

public:
  Tracer()                          = default;
  virtual ~Tracer()                 = default;
  Tracer(const Tracer &)            = default;
  Tracer &operator=(const Tracer &) = default;
  Tracer(Tracer &&)                 = default;
  Tracer &operator=(Tracer &&)      = default;

  virtual nostd::shared_ptr<Span> StartSpan(nostd::string_view name,
                                            const common::KeyValueIterable &attributes,
                                            const SpanContextKeyValueIterable &links,
                                            const StartSpanOptions &options = {}) noexcept = 0;

  nostd::shared_ptr<Span> StartSpan(nostd::string_view name,
                                    const StartSpanOptions &options = {}) noexcept
  {
    return this->StartSpan(name, common::NoopKeyValueIterable(), NullSpanContext(), options);
  }

  template <class T,
            nostd::enable_if_t<common::detail::is_key_value_iterable<T>::value> * = nullptr>
  nostd::shared_ptr<Span> StartSpan(nostd::string_view name,
                                    const T &attributes,
                                    const StartSpanOptions &options = {}) noexcept
  {
    return this->StartSpan(name, common::KeyValueIterableView<T>(attributes), NullSpanContext(),
                           options);
  }

  nostd::shared_ptr<Span> StartSpan(nostd::string_view name,
                                    const common::KeyValueIterable &attributes,
                                    const StartSpanOptions &options = {}) noexcept
  {
    return this->StartSpan(name, attributes, NullSpanContext(), options);
  }

  template <class T,
            class U,
            nostd::enable_if_t<common::detail::is_key_value_iterable<T>::value> * = nullptr,
            nostd::enable_if_t<detail::is_span_context_kv_iterable<U>::value>   * = nullptr>
  nostd::shared_ptr<Span> StartSpan(nostd::string_view name,
                                    const T &attributes,
                                    const U &links,
                                    const StartSpanOptions &options = {}) noexcept
  {
    return this->StartSpan(name, common::KeyValueIterableView<T>(attributes),
                           SpanContextKeyValueIterableView<U>(links), options);
  }

  nostd::shared_ptr<Span> StartSpan(
      nostd::string_view name,
      std::initializer_list<std::pair<nostd::string_view, common::AttributeValue>> attributes,
      const StartSpanOptions &options = {}) noexcept
  {
    AttributeSpan attrs{attributes.begin(), attributes.end()};
    return this->StartSpan(name, common::KeyValueIterableView<AttributeSpan>(attrs),
                           NullSpanContext(), options);
  }

  template <class T,
            nostd::enable_if_t<common::detail::is_key_value_iterable<T>::value> * = nullptr>
  nostd::shared_ptr<Span> StartSpan(
      nostd::string_view name,
      const T &attributes,
      std::initializer_list<
          std::pair<SpanContext,
                    std::initializer_list<std::pair<nostd::string_view, common::AttributeValue>>>>
          links,
      const StartSpanOptions &options = {}) noexcept
  {
    LinkSpan link_span{links.begin(), links.end()};
    return this->StartSpan(name, common::KeyValueIterableView<T>(attributes),
                           SpanContextKeyValueIterableView<LinkSpan>(link_span), options);
  }

  template <class T,
            nostd::enable_if_t<common::detail::is_key_value_iterable<T>::value> * = nullptr>
  nostd::shared_ptr<Span> StartSpan(
      nostd::string_view name,
      std::initializer_list<std::pair<nostd::string_view, common::AttributeValue>> attributes,
      const T &links,
      const StartSpanOptions &options = {}) noexcept
  {
    AttributeSpan attrs{attributes.begin(), attributes.end()};
    return this->StartSpan(name, common::KeyValueIterableView<AttributeSpan>(attrs),
                           SpanContextKeyValueIterableView<T>(links), options);
  }

  nostd::shared_ptr<Span> StartSpan(
      nostd::string_view name,
      std::initializer_list<std::pair<nostd::string_view, common::AttributeValue>> attributes,
      std::initializer_list<
          std::pair<SpanContext,
                    std::initializer_list<std::pair<nostd::string_view, common::AttributeValue>>>>
          links,
      const StartSpanOptions &options = {}) noexcept
  {
    AttributeSpan attrs{attributes.begin(), attributes.end()};
    LinkSpan link_span{links.begin(), links.end()};
    return this->StartSpan(name, common::KeyValueIterableView<AttributeSpan>(attrs),
                           SpanContextKeyValueIterableView<LinkSpan>(link_span), options);
  }

  static Scope WithActiveSpan(nostd::shared_ptr<Span> &span) noexcept { return Scope{span}; }

  static nostd::shared_ptr<Span> GetCurrentSpan() noexcept
  {
    return opentelemetry::trace::GetSpan(opentelemetry::context::RuntimeContext::GetCurrent());
  }

#if OPENTELEMETRY_ABI_VERSION_NO >= 2
  bool Enabled() const noexcept { return enabled_; }
#endif

#if OPENTELEMETRY_ABI_VERSION_NO == 1
  template <class Rep, class Period>
  void ForceFlush(std::chrono::duration<Rep, Period> timeout) noexcept
  {
    this->ForceFlushWithMicroseconds(static_cast<uint64_t>(
        std::chrono::duration_cast<std::chrono::microseconds>(timeout).count()));
  }

  virtual void ForceFlushWithMicroseconds(uint64_t timeout) noexcept = 0;

  template <class Rep, class Period>
  void Close(std::chrono::duration<Rep, Period> timeout) noexcept
  {
    this->CloseWithMicroseconds(static_cast<uint64_t>(
        std::chrono::duration_cast<std::chrono::microseconds>(timeout).count()));
  }

  virtual void CloseWithMicroseconds(uint64_t timeout) noexcept = 0;
#endif

#if OPENTELEMETRY_ABI_VERSION_NO >= 2
protected:
  void UpdateEnabled(const bool enabled) noexcept { enabled_ = enabled; }

private:
  bool enabled_ = true;
#endif
};
}  // namespace trace
OPENTELEMETRY_END_NAMESPACE
