// Mock of opencensus/stats/tag_key.h: deprecated alias of tags::TagKey.
#ifndef OPENCENSUS_STATS_TAG_KEY_H_
#define OPENCENSUS_STATS_TAG_KEY_H_

#include "opencensus/tags/tag_key.h"

namespace opencensus
{
namespace stats
{
[[deprecated("TagKey has moved to opencensus::tags")]] typedef opencensus::tags::TagKey TagKey;
}  // namespace stats
}  // namespace opencensus

#endif  // OPENCENSUS_STATS_TAG_KEY_H_
