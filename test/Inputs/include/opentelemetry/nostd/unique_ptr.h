// Mock of opentelemetry/nostd/unique_ptr.h.
// STL build (OPENTELEMETRY_STL_VERSION >= 2011): alias of std::unique_ptr.
#pragma once

#include <cstddef>
#include <memory>
#include <type_traits>
#include <utility>

#include "opentelemetry/version.h"

#if defined(OPENTELEMETRY_STL_VERSION) && OPENTELEMETRY_STL_VERSION >= 2011
OPENTELEMETRY_BEGIN_NAMESPACE
namespace nostd
{
template <class... Ts>
using unique_ptr = std::unique_ptr<Ts...>;
}  // namespace nostd
OPENTELEMETRY_END_NAMESPACE
#else
OPENTELEMETRY_BEGIN_NAMESPACE
namespace nostd
{
// Own class (no custom deleter), backed by std::unique_ptr<T>; T may be U[].
template <class T>
class unique_ptr
{
public:
  using element_type = typename std::unique_ptr<T>::element_type;
  using pointer      = element_type *;

  unique_ptr() noexcept = default;
  unique_ptr(std::nullptr_t) noexcept {}
  explicit unique_ptr(pointer ptr) noexcept : ptr_(ptr) {}
  unique_ptr(unique_ptr &&other) noexcept : ptr_(other.release()) {}
  template <class U,
            typename std::enable_if<std::is_convertible<U *, pointer>::value>::type * = nullptr>
  unique_ptr(unique_ptr<U> &&other) noexcept : ptr_(other.release())
  {}
  template <class U,
            typename std::enable_if<std::is_convertible<U *, pointer>::value>::type * = nullptr>
  unique_ptr(std::unique_ptr<U> &&other) noexcept : ptr_(other.release())
  {}
  unique_ptr(const unique_ptr &)            = delete;
  unique_ptr &operator=(const unique_ptr &) = delete;
  ~unique_ptr()                             = default;

  unique_ptr &operator=(unique_ptr &&other) noexcept
  {
    ptr_.reset(other.release());
    return *this;
  }
  unique_ptr &operator=(std::nullptr_t) noexcept
  {
    ptr_.reset();
    return *this;
  }

  operator std::unique_ptr<T>() &&noexcept { return std::unique_ptr<T>(release()); }

  pointer operator->() const noexcept { return ptr_.get(); }
  element_type &operator*() const noexcept { return *ptr_.get(); }
  explicit operator bool() const noexcept { return ptr_ != nullptr; }
  pointer get() const noexcept { return ptr_.get(); }
  pointer release() noexcept { return ptr_.release(); }
  void reset(pointer ptr = nullptr) noexcept { ptr_.reset(ptr); }
  void swap(unique_ptr &other) noexcept { ptr_.swap(other.ptr_); }

private:
  std::unique_ptr<T> ptr_;
};

template <class T1, class T2>
bool operator==(const unique_ptr<T1> &a, const unique_ptr<T2> &b) noexcept
{
  return a.get() == b.get();
}
template <class T>
bool operator==(const unique_ptr<T> &a, std::nullptr_t) noexcept
{
  return a.get() == nullptr;
}
template <class T>
bool operator==(std::nullptr_t, const unique_ptr<T> &a) noexcept
{
  return a.get() == nullptr;
}
template <class T1, class T2>
bool operator!=(const unique_ptr<T1> &a, const unique_ptr<T2> &b) noexcept
{
  return a.get() != b.get();
}
template <class T>
bool operator!=(const unique_ptr<T> &a, std::nullptr_t) noexcept
{
  return a.get() != nullptr;
}
template <class T>
bool operator!=(std::nullptr_t, const unique_ptr<T> &a) noexcept
{
  return a.get() != nullptr;
}
}  // namespace nostd
OPENTELEMETRY_END_NAMESPACE
#endif
