// Mock of opencensus/tags/with_tag_map.h: RAII "current tags" guard.
#ifndef OPENCENSUS_TAGS_WITH_TAG_MAP_H_
#define OPENCENSUS_TAGS_WITH_TAG_MAP_H_

#include <utility>

#include "opencensus/context/context.h"
#include "opencensus/tags/tag_map.h"

namespace opencensus
{
namespace tags
{
class WithTagMap
{
public:
  explicit WithTagMap(const TagMap &tags, bool cond = true) : tags_(tags) { (void)cond; }
  explicit WithTagMap(TagMap &&tags, bool cond = true) : tags_(std::move(tags)) { (void)cond; }
  ~WithTagMap() = default;

  WithTagMap(const WithTagMap &)            = delete;
  WithTagMap(WithTagMap &&)                 = delete;
  WithTagMap &operator=(const WithTagMap &) = delete;
  WithTagMap &operator=(WithTagMap &&)      = delete;

private:
  WithTagMap() = delete;

  TagMap tags_;
};
}  // namespace tags
}  // namespace opencensus

#endif  // OPENCENSUS_TAGS_WITH_TAG_MAP_H_
