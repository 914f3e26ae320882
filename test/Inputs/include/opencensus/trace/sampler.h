// Mock of opencensus/trace/sampler.h (interface only).
#ifndef OPENCENSUS_TRACE_SAMPLER_H_
#define OPENCENSUS_TRACE_SAMPLER_H_

namespace opencensus
{
namespace trace
{
class Sampler
{
public:
  virtual ~Sampler() = default;
};

class AlwaysSampler final : public Sampler
{};

class NeverSampler final : public Sampler
{};
}  // namespace trace
}  // namespace opencensus

#endif  // OPENCENSUS_TRACE_SAMPLER_H_
