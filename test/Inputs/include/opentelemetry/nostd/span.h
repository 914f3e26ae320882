// Mock of opentelemetry/nostd/span.h.
// Own class template in the default build and in the STL build under C++17;
// alias of std::span only for OPENTELEMETRY_STL_VERSION >= 2020 with a C++20
// library (as the real header does).
#pragma once

#include <array>
#include <cstddef>
#include <iterator>
#include <type_traits>

#include "opentelemetry/nostd/utility.h"
#include "opentelemetry/version.h"

#if defined(OPENTELEMETRY_STL_VERSION) && OPENTELEMETRY_STL_VERSION >= 2020 && \
    __cplusplus > 201703L && defined(__has_include)
#  if __has_include(<span>)
#    include <span>
#    if defined(__cpp_lib_span)
#      define OPENTELEMETRY_MOCK_USE_STD_SPAN 1
#    endif
#  endif
#endif

#if defined(OPENTELEMETRY_MOCK_USE_STD_SPAN)
OPENTELEMETRY_BEGIN_NAMESPACE
namespace nostd
{
constexpr std::size_t dynamic_extent = std::dynamic_extent;
template <class T, std::size_t Extent = dynamic_extent>
using span = std::span<T, Extent>;
}  // namespace nostd
OPENTELEMETRY_END_NAMESPACE
#else
OPENTELEMETRY_BEGIN_NAMESPACE
namespace nostd
{
constexpr std::size_t dynamic_extent = static_cast<std::size_t>(-1);

// Simplified: the Extent parameter exists for type identity only; every span
// behaves as a dynamic-extent view.
template <class T, std::size_t Extent = dynamic_extent>
class span
{
public:
  using element_type = T;
  using value_type   = typename std::remove_cv<T>::type;
  using pointer      = T *;
  using reference    = T &;
  using iterator     = T *;

  span() noexcept : data_(nullptr), size_(0) {}
  span(T *data, std::size_t count) noexcept : data_(data), size_(count) {}
  span(T *first, T *last) noexcept : data_(first), size_(static_cast<std::size_t>(last - first)) {}
  template <std::size_t N>
  span(T (&array)[N]) noexcept : data_(array), size_(N)
  {}
  template <std::size_t N>
  span(std::array<value_type, N> &array) noexcept : data_(array.data()), size_(N)
  {}
  template <std::size_t N>
  span(const std::array<value_type, N> &array) noexcept : data_(array.data()), size_(N)
  {}
  template <class C,
            typename std::enable_if<
                std::is_convertible<decltype(nostd::data(std::declval<C &>())), T *>::value &&
                !std::is_array<C>::value>::type * = nullptr>
  span(C &c) noexcept : data_(nostd::data(c)), size_(nostd::size(c))
  {}
  template <class C,
            typename std::enable_if<
                std::is_convertible<decltype(nostd::data(std::declval<const C &>())), T *>::value &&
                !std::is_array<C>::value>::type * = nullptr>
  span(const C &c) noexcept : data_(nostd::data(c)), size_(nostd::size(c))
  {}
  template <class U,
            std::size_t N,
            typename std::enable_if<std::is_convertible<U (*)[], T (*)[]>::value>::type * = nullptr>
  span(const span<U, N> &other) noexcept : data_(other.data()), size_(other.size())
  {}
  span(const span &) noexcept            = default;
  span &operator=(const span &) noexcept = default;

  bool empty() const noexcept { return size_ == 0; }
  std::size_t size() const noexcept { return size_; }
  T *data() const noexcept { return data_; }
  T &operator[](std::size_t i) const noexcept { return data_[i]; }
  T *begin() const noexcept { return data_; }
  T *end() const noexcept { return data_ + size_; }

private:
  T *data_;
  std::size_t size_;
};
}  // namespace nostd
OPENTELEMETRY_END_NAMESPACE
#endif
