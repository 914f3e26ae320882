// Mock of absl/types/span.h: a non-owning view of contiguous elements.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <type_traits>
#include <utility>

namespace absl
{
template <typename T>
class Span
{
public:
  using element_type   = T;
  using value_type     = typename std::remove_cv<T>::type;
  using pointer        = T *;
  using reference      = T &;
  using iterator       = pointer;
  using const_iterator = const T *;
  using size_type      = std::size_t;

  constexpr Span() noexcept : ptr_(nullptr), len_(0) {}
  constexpr Span(pointer array, size_type length) noexcept : ptr_(array), len_(length) {}
  template <size_type N>
  constexpr Span(T (&a)[N]) noexcept : ptr_(a), len_(N)
  {}
  // Only read-only spans can view an initializer_list.
  template <typename LazyT = T,
            typename std::enable_if<std::is_const<LazyT>::value, int>::type = 0>
  Span(std::initializer_list<value_type> v) noexcept : Span(v.begin(), v.size())
  {}
  template <typename C,
            typename std::enable_if<
                std::is_convertible<decltype(std::declval<C &>().data()), pointer>::value &&
                    !std::is_same<typename std::decay<C>::type, Span>::value,
                int>::type = 0>
  Span(C &c) noexcept : ptr_(c.data()), len_(c.size())
  {}
  template <typename C,
            typename std::enable_if<
                std::is_convertible<decltype(std::declval<const C &>().data()), pointer>::value &&
                    !std::is_same<typename std::decay<C>::type, Span>::value,
                int>::type = 0>
  Span(const C &c) noexcept : ptr_(c.data()), len_(c.size())
  {}

  constexpr pointer data() const noexcept { return ptr_; }
  constexpr size_type size() const noexcept { return len_; }
  constexpr size_type length() const noexcept { return len_; }
  constexpr bool empty() const noexcept { return len_ == 0; }
  constexpr reference operator[](size_type i) const noexcept { return ptr_[i]; }
  constexpr iterator begin() const noexcept { return ptr_; }
  constexpr iterator end() const noexcept { return ptr_ + len_; }

private:
  pointer ptr_;
  size_type len_;
};
}  // namespace absl
