// Mock of opentelemetry/trace/span_context_kv_iterable_view.h (span links).
#pragma once

#include <iterator>
#include <type_traits>
#include <utility>

#include "opentelemetry/common/key_value_iterable_view.h"
#include "opentelemetry/nostd/type_traits.h"
#include "opentelemetry/nostd/utility.h"
#include "opentelemetry/trace/span_context.h"
#include "opentelemetry/trace/span_context_kv_iterable.h"
#include "opentelemetry/version.h"

OPENTELEMETRY_BEGIN_NAMESPACE
namespace trace
{
namespace detail
{
template <class A>
struct IsLinkAttributes
    : std::integral_constant<bool,
                             std::is_base_of<common::KeyValueIterable, A>::value ||
                                 common::detail::is_key_value_iterable<A>::value>
{};

template <class T, class = void>
struct SpanContextKvProbe : std::false_type
{};
template <class T>
struct SpanContextKvProbe<
    T,
    std::void_t<decltype(static_cast<const SpanContext &>(
                    std::begin(std::declval<const T &>())->first)),
                decltype(nostd::size(std::declval<const T &>())),
                nostd::enable_if_t<IsLinkAttributes<typename std::decay<
                    decltype(std::begin(std::declval<const T &>())->second)>::type>::value>>>
    : std::true_type
{};

// True for containers of (SpanContext, attributes) pairs.
template <class T>
struct is_span_context_kv_iterable
{
  static constexpr bool value = SpanContextKvProbe<T>::value;
};
}  // namespace detail

template <class T>
class SpanContextKeyValueIterableView final : public SpanContextKeyValueIterable
{
  static_assert(detail::is_span_context_kv_iterable<T>::value,
                "Must be a context/key-value iterable");

public:
  explicit SpanContextKeyValueIterableView(const T &links) noexcept : container_(&links) {}

  bool ForEachKeyValue(nostd::function_ref<bool(SpanContext, const common::KeyValueIterable &)>
                           callback) const noexcept override
  {
    for (auto it = std::begin(*container_); it != std::end(*container_); ++it)
    {
      using A = typename std::decay<decltype(it->second)>::type;
      bool keep_going;
      if constexpr (std::is_base_of<common::KeyValueIterable, A>::value)
        keep_going = callback(it->first, it->second);
      else
        keep_going = callback(it->first, common::KeyValueIterableView<A>(it->second));
      if (!keep_going)
        return false;
    }
    return true;
  }
  size_t size() const noexcept override { return nostd::size(*container_); }

private:
  const T *container_;
};
}  // namespace trace
OPENTELEMETRY_END_NAMESPACE
