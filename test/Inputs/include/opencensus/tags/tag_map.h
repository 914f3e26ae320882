// Mock of opencensus/tags/tag_map.h.
#ifndef OPENCENSUS_TAGS_TAG_MAP_H_
#define OPENCENSUS_TAGS_TAG_MAP_H_

#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/string_view.h"
#include "opencensus/tags/tag_key.h"

namespace opencensus
{
namespace tags
{
class TagMap final
{
public:
  TagMap(std::initializer_list<std::pair<TagKey, absl::string_view>> tags)
  {
    for (const auto &tag : tags)
      tags_.emplace_back(tag.first, std::string(tag.second));
  }
  TagMap(std::vector<std::pair<TagKey, std::string>> tags) : tags_(std::move(tags)) {}

  const std::vector<std::pair<TagKey, std::string>> &tags() const { return tags_; }

  bool operator==(const TagMap &other) const { return tags_ == other.tags_; }
  bool operator!=(const TagMap &other) const { return !(*this == other); }

private:
  std::vector<std::pair<TagKey, std::string>> tags_;
};
}  // namespace tags
}  // namespace opencensus

#endif  // OPENCENSUS_TAGS_TAG_MAP_H_
