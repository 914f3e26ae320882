// Mock of opencensus/trace/span_context.h (ids omitted).
#ifndef OPENCENSUS_TRACE_SPAN_CONTEXT_H_
#define OPENCENSUS_TRACE_SPAN_CONTEXT_H_

#include <string>

namespace opencensus
{
namespace trace
{
class SpanContext final
{
public:
  SpanContext() {}
  bool IsValid() const { return false; }
  std::string ToString() const { return std::string(); }
  bool operator==(const SpanContext &) const { return true; }
  bool operator!=(const SpanContext &) const { return false; }
};
}  // namespace trace
}  // namespace opencensus

#endif  // OPENCENSUS_TRACE_SPAN_CONTEXT_H_
