// Mock of opencensus/trace/status_code.h. UNSCOPED enum: the enumerators are
// members of namespace opencensus::trace (OK and StatusCode::OK name the same
// constant). UNAUTHENTICATED is declared right after PERMISSION_DENIED.
#ifndef OPENCENSUS_TRACE_STATUS_CODE_H_
#define OPENCENSUS_TRACE_STATUS_CODE_H_

#include <cstdint>

namespace opencensus
{
namespace trace
{
enum StatusCode : uint8_t
{
  OK                  = 0,
  CANCELLED           = 1,
  UNKNOWN             = 2,
  INVALID_ARGUMENT    = 3,
  DEADLINE_EXCEEDED   = 4,
  NOT_FOUND           = 5,
  ALREADY_EXISTS      = 6,
  PERMISSION_DENIED   = 7,
  UNAUTHENTICATED     = 16,
  RESOURCE_EXHAUSTED  = 8,
  FAILED_PRECONDITION = 9,
  ABORTED             = 10,
  OUT_OF_RANGE        = 11,
  UNIMPLEMENTED       = 12,
  INTERNAL            = 13,
  UNAVAILABLE         = 14,
  DATA_LOSS           = 15,
};
}  // namespace trace
}  // namespace opencensus

#endif  // OPENCENSUS_TRACE_STATUS_CODE_H_
