// Mock of opentelemetry/common/key_value_iterable_view.h.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <iterator>
#include <type_traits>
#include <utility>

#include "opentelemetry/common/attribute_value.h"
#include "opentelemetry/common/key_value_iterable.h"
#include "opentelemetry/nostd/function_ref.h"
#include "opentelemetry/nostd/span.h"
#include "opentelemetry/nostd/string_view.h"
#include "opentelemetry/nostd/type_traits.h"
#include "opentelemetry/nostd/utility.h"
#include "opentelemetry/version.h"

OPENTELEMETRY_BEGIN_NAMESPACE
namespace common
{
namespace detail
{
inline void AcceptKeyValue(nostd::string_view, common::AttributeValue) noexcept {}

template <class T, class = void>
struct KeyValueIterableProbe : std::false_type
{};
template <class T>
struct KeyValueIterableProbe<
    T,
    std::void_t<decltype(AcceptKeyValue(std::begin(std::declval<const T &>())->first,
                                        std::begin(std::declval<const T &>())->second)),
                decltype(nostd::size(std::declval<const T &>()))>> : std::true_type
{};

// True for containers whose elements have ->first convertible to string_view
// and ->second convertible to AttributeValue, and for which nostd::size works.
template <class T>
struct is_key_value_iterable
{
  static constexpr bool value = KeyValueIterableProbe<T>::value;
};
}  // namespace detail

template <class T>
class KeyValueIterableView final : public KeyValueIterable
{
public:
  explicit KeyValueIterableView(const T &container) noexcept : container_(&container) {}

  bool ForEachKeyValue(nostd::function_ref<bool(nostd::string_view, common::AttributeValue)>
                           callback) const noexcept override
  {
    for (auto it = std::begin(*container_); it != std::end(*container_); ++it)
    {
      if (!callback(it->first, it->second))
        return false;
    }
    return true;
  }
  size_t size() const noexcept override { return nostd::size(*container_); }

private:
  const T *container_;
};

template <class T, nostd::enable_if_t<detail::is_key_value_iterable<T>::value> * = nullptr>
KeyValueIterableView<T> MakeKeyValueIterableView(const T &container) noexcept
{
  return KeyValueIterableView<T>(container);
}

inline static nostd::span<const std::pair<nostd::string_view, common::AttributeValue>>
MakeAttributes(std::initializer_list<std::pair<nostd::string_view, common::AttributeValue>>
                   attributes) noexcept
{
  return nostd::span<const std::pair<nostd::string_view, common::AttributeValue>>{
      attributes.begin(), attributes.end()};
}

inline static nostd::span<const std::pair<nostd::string_view, common::AttributeValue>>
MakeAttributes(
    nostd::span<const std::pair<nostd::string_view, common::AttributeValue>> attributes) noexcept
{
  return attributes;
}

inline static const common::KeyValueIterable &MakeAttributes(
    const common::KeyValueIterable &attributes) noexcept
{
  return attributes;
}

template <class ArgumentType,
          nostd::enable_if_t<common::detail::is_key_value_iterable<ArgumentType>::value> * = nullptr>
inline static common::KeyValueIterableView<ArgumentType> MakeAttributes(
    const ArgumentType &attributes) noexcept
{
  return common::KeyValueIterableView<ArgumentType>(attributes);
}
}  // namespace common
OPENTELEMETRY_END_NAMESPACE
