// Mock of opencensus/trace/attribute_value_ref.h: string, bool or int only.
#ifndef OPENCENSUS_TRACE_ATTRIBUTE_VALUE_REF_H_
#define OPENCENSUS_TRACE_ATTRIBUTE_VALUE_REF_H_

#include <cstdint>
#include <string>
#include <type_traits>

#include "absl/strings/string_view.h"

namespace opencensus
{
namespace trace
{
class AttributeValueRef final
{
public:
  enum class Type : uint8_t
  {
    kString,
    kBool,
    kInt
  };

  AttributeValueRef(const AttributeValueRef &)            = default;
  AttributeValueRef &operator=(const AttributeValueRef &) = default;

  AttributeValueRef(absl::string_view string_value) : type_(Type::kString), str_(string_value) {}
  AttributeValueRef(const char *string_value) : type_(Type::kString), str_(string_value) {}
  template <typename Allocator>
  AttributeValueRef(const std::basic_string<char, std::char_traits<char>, Allocator> &string_value)
      : type_(Type::kString), str_(string_value.data(), string_value.size())
  {}
  template <typename T,
            typename std::enable_if<std::is_integral<T>::value && !std::is_same<T, bool>::value>::type
                * = nullptr>
  AttributeValueRef(T int_value) : type_(Type::kInt), int_(static_cast<int64_t>(int_value))
  {}
  template <typename T, typename std::enable_if<std::is_same<T, bool>::value>::type * = nullptr>
  AttributeValueRef(T bool_value) : type_(Type::kBool), int_(bool_value ? 1 : 0)
  {}

  Type type() const { return type_; }
  absl::string_view string_value() const { return str_; }
  bool bool_value() const { return int_ != 0; }
  int64_t int_value() const { return int_; }

private:
  Type type_;
  absl::string_view str_;
  int64_t int_ = 0;
};
}  // namespace trace
}  // namespace opencensus

#endif  // OPENCENSUS_TRACE_ATTRIBUTE_VALUE_REF_H_
