// Mock of absl/status/status.h (look-alike status type; kOk is NOT a span status).
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <utility>

#include "absl/strings/string_view.h"

namespace absl
{
enum class StatusCode : int
{
  kOk                 = 0,
  kCancelled          = 1,
  kUnknown            = 2,
  kInvalidArgument    = 3,
  kDeadlineExceeded   = 4,
  kNotFound           = 5,
  kAlreadyExists      = 6,
  kPermissionDenied   = 7,
  kResourceExhausted  = 8,
  kFailedPrecondition = 9,
  kAborted            = 10,
  kOutOfRange         = 11,
  kUnimplemented      = 12,
  kInternal           = 13,
  kUnavailable        = 14,
  kDataLoss           = 15,
  kUnauthenticated    = 16,
  kDoNotUseReservedForFutureExpansionUseDefaultInSwitchInstead_ = 20
};

class Status final
{
public:
  Status() : code_(StatusCode::kOk) {}
  Status(absl::StatusCode code, absl::string_view msg)
      : code_(code), message_(code == StatusCode::kOk ? std::string() : std::string(msg))
  {}

  bool ok() const { return code_ == StatusCode::kOk; }
  absl::StatusCode code() const { return code_; }
  int raw_code() const { return static_cast<int>(code_); }
  absl::string_view message() const { return message_; }
  std::string ToString() const
  {
    return ok() ? std::string("OK") : "error " + std::to_string(raw_code()) + ": " + message_;
  }

  friend bool operator==(const Status &a, const Status &b)
  {
    return a.code_ == b.code_ && a.message_ == b.message_;
  }
  friend bool operator!=(const Status &a, const Status &b) { return !(a == b); }

private:
  StatusCode code_;
  std::string message_;
};

inline Status OkStatus()
{
  return Status();
}
inline Status CancelledError(absl::string_view message)
{
  return Status(StatusCode::kCancelled, message);
}
inline Status InvalidArgumentError(absl::string_view message)
{
  return Status(StatusCode::kInvalidArgument, message);
}
inline Status NotFoundError(absl::string_view message)
{
  return Status(StatusCode::kNotFound, message);
}
inline Status InternalError(absl::string_view message)
{
  return Status(StatusCode::kInternal, message);
}
inline Status UnavailableError(absl::string_view message)
{
  return Status(StatusCode::kUnavailable, message);
}
inline Status UnknownError(absl::string_view message)
{
  return Status(StatusCode::kUnknown, message);
}
}  // namespace absl
