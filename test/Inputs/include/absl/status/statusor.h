// Mock of absl/status/statusor.h: either a value or a non-OK absl::Status.
#pragma once

#include <optional>
#include <type_traits>
#include <utility>

#include "absl/status/status.h"

namespace absl
{
template <typename T>
class StatusOr
{
public:
  StatusOr() : status_(StatusCode::kUnknown, "") {}
  StatusOr(const Status &status) : status_(status) {}
  StatusOr(Status &&status) : status_(std::move(status)) {}
  template <typename U = T,
            typename std::enable_if<std::is_convertible<U &&, T>::value &&
                                        !std::is_same<typename std::decay<U>::type, Status>::value &&
                                        !std::is_same<typename std::decay<U>::type, StatusOr>::value,
                                    int>::type = 0>
  StatusOr(U &&value) : status_(), value_(std::forward<U>(value))
  {}

  bool ok() const { return status_.ok(); }
  const Status &status() const & { return status_; }

  T &value() & { return *value_; }
  const T &value() const & { return *value_; }
  T &&value() && { return std::move(*value_); }

  T &operator*() & { return *value_; }
  const T &operator*() const & { return *value_; }
  T *operator->() { return &*value_; }
  const T *operator->() const { return &*value_; }

  template <typename U>
  T value_or(U &&default_value) const &
  {
    return ok() ? *value_ : static_cast<T>(std::forward<U>(default_value));
  }

private:
  Status status_;
  std::optional<T> value_;
};
}  // namespace absl
