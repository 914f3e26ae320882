// Mock of opentelemetry/nostd/variant.h.
// Default build: like the real library, nostd::variant names a vendored-Abseil
// class template, absl::otel_v1::variant (own simplified implementation here).
// STL build (OPENTELEMETRY_STL_VERSION >= 2017): alias of std::variant.
#pragma once

#include <cstddef>
#include <exception>
#include <memory>
#include <tuple>
#include <type_traits>
#include <utility>

#include "opentelemetry/version.h"

#if defined(OPENTELEMETRY_STL_VERSION) && OPENTELEMETRY_STL_VERSION >= 2017
#  include <variant>
OPENTELEMETRY_BEGIN_NAMESPACE
namespace nostd
{
template <class... Ts>
using variant = std::variant<Ts...>;
template <class V>
using variant_size = std::variant_size<V>;
using std::bad_variant_access;
using std::get;
using std::get_if;
using std::holds_alternative;
using std::monostate;
using std::variant_alternative_t;
using std::visit;
}  // namespace nostd
OPENTELEMETRY_END_NAMESPACE
#else
namespace absl
{
namespace otel_v1
{
struct monostate
{};
inline bool operator==(monostate, monostate) noexcept
{
  return true;
}

class bad_variant_access : public std::exception
{
public:
  const char *what() const noexcept override { return "bad_variant_access"; }
};

namespace variant_internal
{
// Alternative selection by overload resolution over F(T_i), as Abseil does.
template <std::size_t I, class T>
struct Alternative
{
  static std::integral_constant<std::size_t, I> Pick(T);
};
template <class Seq, class... Ts>
struct Picker;
template <std::size_t... Is, class... Ts>
struct Picker<std::index_sequence<Is...>, Ts...> : Alternative<Is, Ts>...
{
  using Alternative<Is, Ts>::Pick...;
};
template <class U, class... Ts>
using PickedIndex =
    decltype(Picker<std::index_sequence_for<Ts...>, Ts...>::Pick(std::declval<U>()));

template <class T, class... Ts>
struct IndexOf;
template <class T, class... Rest>
struct IndexOf<T, T, Rest...> : std::integral_constant<std::size_t, 0>
{};
template <class T, class U, class... Rest>
struct IndexOf<T, U, Rest...>
    : std::integral_constant<std::size_t, 1 + IndexOf<T, Rest...>::value>
{};
}  // namespace variant_internal

// Simplified: the active alternative is held through a shared, type-erased
// pointer (copies share the value).
template <class... Ts>
class variant
{
  template <std::size_t I>
  using Alt = typename std::tuple_element<I, std::tuple<Ts...>>::type;

public:
  variant() : index_(0), value_(std::make_shared<Alt<0>>()) {}
  variant(const variant &)            = default;
  variant(variant &&)                 = default;
  variant &operator=(const variant &) = default;
  variant &operator=(variant &&)      = default;

  template <class U,
            typename std::enable_if<
                !std::is_same<typename std::decay<U>::type, variant>::value, int>::type = 0,
            class P = variant_internal::PickedIndex<U &&, Ts...>>
  variant(U &&value)
      : index_(P::value), value_(std::make_shared<Alt<P::value>>(std::forward<U>(value)))
  {}

  template <class U,
            typename std::enable_if<
                !std::is_same<typename std::decay<U>::type, variant>::value, int>::type = 0,
            class P = variant_internal::PickedIndex<U &&, Ts...>>
  variant &operator=(U &&value)
  {
    index_ = P::value;
    value_ = std::make_shared<Alt<P::value>>(std::forward<U>(value));
    return *this;
  }

  std::size_t index() const noexcept { return index_; }
  bool valueless_by_exception() const noexcept { return false; }

  // Implementation detail for get_if().
  void *storage() const noexcept { return value_.get(); }

private:
  std::size_t index_;
  std::shared_ptr<void> value_;
};

template <class V>
struct variant_size;
template <class... Ts>
struct variant_size<variant<Ts...>> : std::integral_constant<std::size_t, sizeof...(Ts)>
{};

template <std::size_t I, class V>
struct variant_alternative;
template <std::size_t I, class... Ts>
struct variant_alternative<I, variant<Ts...>>
{
  using type = typename std::tuple_element<I, std::tuple<Ts...>>::type;
};
template <std::size_t I, class V>
using variant_alternative_t = typename variant_alternative<I, V>::type;

template <class T, class... Ts>
bool holds_alternative(const variant<Ts...> &v) noexcept
{
  return v.index() == variant_internal::IndexOf<T, Ts...>::value;
}
template <class T, class... Ts>
T *get_if(variant<Ts...> *v) noexcept
{
  return (v != nullptr && holds_alternative<T>(*v)) ? static_cast<T *>(v->storage()) : nullptr;
}
template <class T, class... Ts>
const T *get_if(const variant<Ts...> *v) noexcept
{
  return (v != nullptr && holds_alternative<T>(*v)) ? static_cast<const T *>(v->storage())
                                                    : nullptr;
}
template <class T, class... Ts>
T &get(variant<Ts...> &v)
{
  if (T *p = get_if<T>(&v))
    return *p;
  throw bad_variant_access{};
}
template <class T, class... Ts>
const T &get(const variant<Ts...> &v)
{
  if (const T *p = get_if<T>(&v))
    return *p;
  throw bad_variant_access{};
}
}  // namespace otel_v1
}  // namespace absl

OPENTELEMETRY_BEGIN_NAMESPACE
namespace nostd
{
using absl::otel_v1::bad_variant_access;
using absl::otel_v1::get;
using absl::otel_v1::get_if;
using absl::otel_v1::holds_alternative;
using absl::otel_v1::monostate;
using absl::otel_v1::variant;
using absl::otel_v1::variant_alternative_t;
using absl::otel_v1::variant_size;
}  // namespace nostd
OPENTELEMETRY_END_NAMESPACE
#endif
