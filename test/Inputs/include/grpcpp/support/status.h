// Mock of grpcpp/support/status.h (look-alike status type).
#pragma once

#include <string>

#include "grpcpp/support/status_code_enum.h"

namespace grpc
{
class Status
{
public:
  Status() : code_(StatusCode::OK) {}
  Status(StatusCode code, const std::string &error_message)
      : code_(code), error_message_(error_message)
  {}
  Status(StatusCode code, const std::string &error_message, const std::string &error_details)
      : code_(code), error_message_(error_message), error_details_(error_details)
  {}

  // Declared only, as in the real header (defined in the gRPC library).
  static const Status &OK;
  static const Status &CANCELLED;

  StatusCode error_code() const { return code_; }
  std::string error_message() const { return error_message_; }
  std::string error_details() const { return error_details_; }
  bool ok() const { return code_ == StatusCode::OK; }

private:
  StatusCode code_;
  std::string error_message_;
  std::string error_details_;
};
}  // namespace grpc
