// Mock of opencensus/stats/stats.h: umbrella header (measures and recording only).
#ifndef OPENCENSUS_STATS_STATS_H_
#define OPENCENSUS_STATS_STATS_H_

#include "opencensus/stats/measure.h"
#include "opencensus/stats/recording.h"
#include "opencensus/stats/tag_key.h"
#include "opencensus/tags/tag_key.h"
#include "opencensus/tags/tag_map.h"

#endif  // OPENCENSUS_STATS_STATS_H_
