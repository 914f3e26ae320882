// Mock of opentelemetry/trace/span_context.h (ids and trace state omitted).
#pragma once

#include "opentelemetry/version.h"

OPENTELEMETRY_BEGIN_NAMESPACE
namespace trace
{
class SpanContext final
{
public:
  SpanContext(bool sampled_flag, bool is_remote) noexcept
      : sampled_(sampled_flag), remote_(is_remote)
  {}

  static SpanContext GetInvalid() noexcept { return SpanContext(false, false); }

  bool IsValid() const noexcept { return false; }
  bool IsRemote() const noexcept { return remote_; }
  bool IsSampled() const noexcept { return sampled_; }
  bool operator==(const SpanContext &o) const noexcept
  {
    return sampled_ == o.sampled_ && remote_ == o.remote_;
  }

private:
  bool sampled_;
  bool remote_;
};
}  // namespace trace
OPENTELEMETRY_END_NAMESPACE
