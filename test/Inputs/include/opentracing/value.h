// Mock of opentracing-cpp's value.h: opentracing::Value, the type of a tag's
// value, in the library's ABI namespace (what the checks key on).
#pragma once

#include <cstdint>
#include <string>

namespace opentracing {
inline namespace v3 {
namespace util {
template <class... Types> class variant {
public:
  variant() = default;
  template <class T> variant(T &&) {}
};
} // namespace util

using Value = util::variant<bool, double, int64_t, uint64_t, std::string,
                            std::nullptr_t, const char *>;
} // namespace v3
} // namespace opentracing
