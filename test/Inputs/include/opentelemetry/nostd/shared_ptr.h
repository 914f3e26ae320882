// Mock of opentelemetry/nostd/shared_ptr.h.
// STL build (OPENTELEMETRY_STL_VERSION >= 2011): alias of std::shared_ptr.
#pragma once

#include <cstddef>
#include <memory>
#include <type_traits>
#include <utility>

#include "opentelemetry/nostd/unique_ptr.h"
#include "opentelemetry/version.h"

#if defined(OPENTELEMETRY_STL_VERSION) && OPENTELEMETRY_STL_VERSION >= 2011
OPENTELEMETRY_BEGIN_NAMESPACE
namespace nostd
{
template <class... Ts>
using shared_ptr = std::shared_ptr<Ts...>;
}  // namespace nostd
OPENTELEMETRY_END_NAMESPACE
#else
OPENTELEMETRY_BEGIN_NAMESPACE
namespace nostd
{
// Own class, backed by a std::shared_ptr<T> (the real one type-erases it).
template <class T>
class shared_ptr
{
public:
  using element_type = T;
  using pointer      = element_type *;

  shared_ptr() noexcept = default;
  shared_ptr(std::nullptr_t) noexcept {}
  explicit shared_ptr(pointer ptr) : ptr_(ptr) {}
  shared_ptr(std::shared_ptr<T> ptr) noexcept : ptr_(std::move(ptr)) {}
  shared_ptr(const shared_ptr &other) noexcept = default;
  shared_ptr(shared_ptr &&other) noexcept      = default;
  template <class U,
            typename std::enable_if<std::is_convertible<U *, pointer>::value>::type * = nullptr>
  shared_ptr(shared_ptr<U> &&other) noexcept : ptr_(std::move(other.ptr_))
  {}
  shared_ptr(unique_ptr<T> &&other) noexcept : ptr_(other.release()) {}
  ~shared_ptr() = default;

  shared_ptr &operator=(const shared_ptr &other) noexcept = default;
  shared_ptr &operator=(shared_ptr &&other) noexcept      = default;
  shared_ptr &operator=(std::nullptr_t) noexcept
  {
    ptr_.reset();
    return *this;
  }

  pointer operator->() const noexcept { return ptr_.get(); }
  element_type &operator*() const noexcept { return *ptr_; }
  explicit operator bool() const noexcept { return ptr_ != nullptr; }
  pointer get() const noexcept { return ptr_.get(); }
  void swap(shared_ptr &other) noexcept { ptr_.swap(other.ptr_); }

private:
  template <class U>
  friend class shared_ptr;

  std::shared_ptr<T> ptr_;
};

template <class T1, class T2>
bool operator==(const shared_ptr<T1> &a, const shared_ptr<T2> &b) noexcept
{
  return a.get() == b.get();
}
template <class T>
bool operator==(const shared_ptr<T> &a, std::nullptr_t) noexcept
{
  return a.get() == nullptr;
}
template <class T>
bool operator==(std::nullptr_t, const shared_ptr<T> &a) noexcept
{
  return a.get() == nullptr;
}
template <class T1, class T2>
bool operator!=(const shared_ptr<T1> &a, const shared_ptr<T2> &b) noexcept
{
  return a.get() != b.get();
}
template <class T>
bool operator!=(const shared_ptr<T> &a, std::nullptr_t) noexcept
{
  return a.get() != nullptr;
}
template <class T>
bool operator!=(std::nullptr_t, const shared_ptr<T> &a) noexcept
{
  return a.get() != nullptr;
}
}  // namespace nostd
OPENTELEMETRY_END_NAMESPACE
#endif
