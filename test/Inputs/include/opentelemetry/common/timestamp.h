// Mock of opentelemetry/common/timestamp.h.
#pragma once

#include <chrono>
#include <cstdint>

#include "opentelemetry/version.h"

OPENTELEMETRY_BEGIN_NAMESPACE
namespace common
{
class SystemTimestamp
{
public:
  SystemTimestamp() noexcept : nanos_(0) {}
  template <class Rep, class Period>
  explicit SystemTimestamp(const std::chrono::duration<Rep, Period> &since_epoch) noexcept
      : nanos_(static_cast<int64_t>(
            std::chrono::duration_cast<std::chrono::nanoseconds>(since_epoch).count()))
  {}
  SystemTimestamp(const std::chrono::system_clock::time_point &time_point) noexcept
      : SystemTimestamp(time_point.time_since_epoch())
  {}
  operator std::chrono::system_clock::time_point() const noexcept
  {
    return std::chrono::system_clock::time_point(
        std::chrono::duration_cast<std::chrono::system_clock::duration>(
            std::chrono::nanoseconds(nanos_)));
  }
  std::chrono::nanoseconds time_since_epoch() const noexcept
  {
    return std::chrono::nanoseconds(nanos_);
  }
  bool operator==(const SystemTimestamp &o) const noexcept { return nanos_ == o.nanos_; }
  bool operator!=(const SystemTimestamp &o) const noexcept { return nanos_ != o.nanos_; }

private:
  int64_t nanos_;
};

class SteadyTimestamp
{
public:
  SteadyTimestamp() noexcept : nanos_(0) {}
  template <class Rep, class Period>
  explicit SteadyTimestamp(const std::chrono::duration<Rep, Period> &since_epoch) noexcept
      : nanos_(static_cast<int64_t>(
            std::chrono::duration_cast<std::chrono::nanoseconds>(since_epoch).count()))
  {}
  SteadyTimestamp(const std::chrono::steady_clock::time_point &time_point) noexcept
      : SteadyTimestamp(time_point.time_since_epoch())
  {}
  operator std::chrono::steady_clock::time_point() const noexcept
  {
    return std::chrono::steady_clock::time_point(
        std::chrono::duration_cast<std::chrono::steady_clock::duration>(
            std::chrono::nanoseconds(nanos_)));
  }
  std::chrono::nanoseconds time_since_epoch() const noexcept
  {
    return std::chrono::nanoseconds(nanos_);
  }
  bool operator==(const SteadyTimestamp &o) const noexcept { return nanos_ == o.nanos_; }
  bool operator!=(const SteadyTimestamp &o) const noexcept { return nanos_ != o.nanos_; }

private:
  int64_t nanos_;
};
}  // namespace common
OPENTELEMETRY_END_NAMESPACE
