// Mock of opencensus/stats/measure.h.
#ifndef OPENCENSUS_STATS_MEASURE_H_
#define OPENCENSUS_STATS_MEASURE_H_

#include <cstdint>
#include <type_traits>

#include "absl/strings/string_view.h"

namespace opencensus
{
namespace stats
{
template <typename MeasureT>
class Measure final
{
public:
  static Measure<MeasureT> Register(absl::string_view name,
                                    absl::string_view description,
                                    absl::string_view units)
  {
    (void)description, (void)units;
    return Measure<MeasureT>(static_cast<uint64_t>(name.size()));
  }

  bool IsValid() const { return true; }

  Measure(const Measure<MeasureT> &other) : id_(other.id_) {}
  bool operator==(Measure<MeasureT> other) const { return id_ == other.id_; }

private:
  friend class Measurement;
  explicit Measure(uint64_t id) : id_(id) {}

  const uint64_t id_;
};

typedef Measure<double> MeasureDouble;
typedef Measure<int64_t> MeasureInt64;

class Measurement final
{
public:
  template <typename T,
            typename std::enable_if<std::is_floating_point<T>::value>::type * = nullptr>
  Measurement(MeasureDouble measure, T value)
      : id_(measure.id_), is_double_(true), double_(static_cast<double>(value))
  {}
  template <typename T, typename std::enable_if<std::is_integral<T>::value>::type * = nullptr>
  Measurement(MeasureInt64 measure, T value)
      : id_(measure.id_), is_double_(false), int_(static_cast<int64_t>(value))
  {}

private:
  [[maybe_unused]] uint64_t id_;
  [[maybe_unused]] bool is_double_;
  [[maybe_unused]] double double_ = 0;
  [[maybe_unused]] int64_t int_   = 0;
};
}  // namespace stats
}  // namespace opencensus

#endif  // OPENCENSUS_STATS_MEASURE_H_
