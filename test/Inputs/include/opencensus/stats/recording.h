// Mock of opencensus/stats/recording.h (v0.3.0+ form).
#ifndef OPENCENSUS_STATS_RECORDING_H_
#define OPENCENSUS_STATS_RECORDING_H_

#include <initializer_list>

#include "opencensus/stats/measure.h"
#include "opencensus/tags/tag_map.h"

namespace opencensus
{
namespace stats
{
inline void Record(std::initializer_list<Measurement> measurements)
{
  (void)measurements;
}

inline void Record(std::initializer_list<Measurement> measurements, opencensus::tags::TagMap tags)
{
  (void)measurements, (void)tags;
}
}  // namespace stats
}  // namespace opencensus

#endif  // OPENCENSUS_STATS_RECORDING_H_
