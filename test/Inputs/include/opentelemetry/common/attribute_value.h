// Mock of opentelemetry/common/attribute_value.h.
#pragma once

#include <cstdint>

#include "opentelemetry/nostd/span.h"
#include "opentelemetry/nostd/string_view.h"
#include "opentelemetry/nostd/variant.h"
#include "opentelemetry/version.h"

OPENTELEMETRY_BEGIN_NAMESPACE
namespace common
{
// Same alternatives, same order as the real API.
using AttributeValue = nostd::variant<bool,
                                      int32_t,
                                      int64_t,
                                      uint32_t,
                                      double,
                                      const char *,
                                      nostd::string_view,
                                      nostd::span<const bool>,
                                      nostd::span<const int32_t>,
                                      nostd::span<const int64_t>,
                                      nostd::span<const uint32_t>,
                                      nostd::span<const double>,
                                      nostd::span<const nostd::string_view>,
                                      uint64_t,
                                      nostd::span<const uint64_t>,
                                      nostd::span<const uint8_t>>;

#if OPENTELEMETRY_ABI_VERSION_NO >= 2
enum AttributeType : std::uint8_t
#else
enum AttributeType
#endif
{
  kTypeBool,
  kTypeInt,
  kTypeInt64,
  kTypeUInt,
  kTypeDouble,
  kTypeCString,
  kTypeString,
  kTypeSpanBool,
  kTypeSpanInt,
  kTypeSpanInt64,
  kTypeSpanUInt,
  kTypeSpanDouble,
  kTypeSpanString,
  kTypeUInt64,
  kTypeSpanUInt64,
  kTypeSpanByte
};
}  // namespace common
OPENTELEMETRY_END_NAMESPACE
