// Mock of opentelemetry/nostd/string_view.h.
// STL build (OPENTELEMETRY_STL_VERSION >= 2017): alias of std::string_view.
#pragma once

#include <cstddef>
#include <cstring>
#include <functional>
#include <ostream>
#include <string>

#include "opentelemetry/version.h"

#if defined(OPENTELEMETRY_STL_VERSION) && OPENTELEMETRY_STL_VERSION >= 2017
#  include <string_view>
OPENTELEMETRY_BEGIN_NAMESPACE
namespace nostd
{
using string_view = std::string_view;
}  // namespace nostd
OPENTELEMETRY_END_NAMESPACE
#else
OPENTELEMETRY_BEGIN_NAMESPACE
namespace nostd
{
class string_view
{
public:
  using size_type                 = std::size_t;
  static constexpr size_type npos = static_cast<size_type>(-1);

  string_view() noexcept : data_(nullptr), size_(0) {}
  string_view(const char *str) noexcept : data_(str), size_(std::strlen(str)) {}
  string_view(const std::basic_string<char> &str) noexcept : data_(str.c_str()), size_(str.size())
  {}
  string_view(const char *str, size_type len) noexcept : data_(str), size_(len) {}

  explicit operator std::string() const { return std::string(data_, size_); }

  const char *data() const noexcept { return data_; }
  size_type size() const noexcept { return size_; }
  size_type length() const noexcept { return size_; }
  bool empty() const noexcept { return size_ == 0; }
  const char *begin() const noexcept { return data_; }
  const char *end() const noexcept { return data_ + size_; }
  const char &operator[](size_type i) const { return data_[i]; }

  string_view substr(size_type pos, size_type n = npos) const
  {
    if (pos > size_)
      pos = size_;
    if (n > size_ - pos)
      n = size_ - pos;
    return string_view(data_ + pos, n);
  }

  int compare(string_view other) const noexcept
  {
    size_type n = size_ < other.size_ ? size_ : other.size_;
    int r       = n == 0 ? 0 : std::memcmp(data_, other.data_, n);
    if (r != 0)
      return r;
    return size_ == other.size_ ? 0 : (size_ < other.size_ ? -1 : 1);
  }

private:
  const char *data_;
  size_type size_;
};

inline bool operator==(string_view a, string_view b) noexcept
{
  return a.compare(b) == 0;
}
inline bool operator!=(string_view a, string_view b) noexcept
{
  return a.compare(b) != 0;
}
inline bool operator<(string_view a, string_view b) noexcept
{
  return a.compare(b) < 0;
}
inline std::ostream &operator<<(std::ostream &os, string_view s)
{
  return os.write(s.data(), static_cast<std::streamsize>(s.size()));
}
}  // namespace nostd
OPENTELEMETRY_END_NAMESPACE

namespace std
{
template <>
struct hash<OPENTELEMETRY_NAMESPACE::nostd::string_view>
{
  std::size_t operator()(const OPENTELEMETRY_NAMESPACE::nostd::string_view &s) const noexcept
  {
    std::size_t h = 1469598103934665603ull;
    for (char c : s)
      h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    return h;
  }
};
}  // namespace std
#endif
