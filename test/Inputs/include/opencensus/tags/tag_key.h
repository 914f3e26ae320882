// Mock of opencensus/tags/tag_key.h. TagKey::Register returns a key whose
// name() is the registered string.
#ifndef OPENCENSUS_TAGS_TAG_KEY_H_
#define OPENCENSUS_TAGS_TAG_KEY_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "absl/strings/string_view.h"

namespace opencensus
{
namespace tags
{
class TagKey final
{
public:
  static TagKey Register(absl::string_view name)
  {
    return TagKey(std::make_shared<const std::string>(name));
  }

  const std::string &name() const { return *name_; }

  bool operator==(TagKey other) const { return *name_ == *other.name_; }
  bool operator!=(TagKey other) const { return !(*this == other); }
  bool operator<(TagKey other) const { return *name_ < *other.name_; }

private:
  explicit TagKey(std::shared_ptr<const std::string> name) : name_(std::move(name)) {}

  std::shared_ptr<const std::string> name_;
};
}  // namespace tags
}  // namespace opencensus

#endif  // OPENCENSUS_TAGS_TAG_KEY_H_
