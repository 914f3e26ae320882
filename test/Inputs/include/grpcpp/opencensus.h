// Mock of grpcpp/opencensus.h: the OpenCensus span of a server call.
#pragma once

#include "opencensus/trace/span.h"

namespace grpc
{
class ServerContext;

::opencensus::trace::Span GetSpanFromServerContext(ServerContext *context);
}  // namespace grpc
