// Mock of grpcpp/grpcpp.h: only the status types are provided.
#pragma once

#include "grpcpp/support/status.h"
#include "grpcpp/support/status_code_enum.h"

namespace grpc
{
class ServerContext
{
public:
  ServerContext()          = default;
  virtual ~ServerContext() = default;
};
class ClientContext
{
public:
  ClientContext()          = default;
  virtual ~ClientContext() = default;
};
}  // namespace grpc
