// Mock of opencensus/trace/with_span.h: RAII "current span" guard.
#ifndef OPENCENSUS_TRACE_WITH_SPAN_H_
#define OPENCENSUS_TRACE_WITH_SPAN_H_

#include "opencensus/context/context.h"
#include "opencensus/trace/span.h"

namespace opencensus
{
namespace trace
{
class WithSpan
{
public:
  explicit WithSpan(const Span &span, bool cond = true, bool end_span = false)
      : span_(span), cond_(cond), end_span_(end_span)
  {}
  ~WithSpan()
  {
    if (cond_ && end_span_)
      span_.End();
  }

  WithSpan(const WithSpan &)            = delete;
  WithSpan(WithSpan &&)                 = delete;
  WithSpan &operator=(const WithSpan &) = delete;
  WithSpan &operator=(WithSpan &&)      = delete;

private:
  WithSpan() = delete;

  const Span &span_;
  const bool cond_;
  const bool end_span_;
};
}  // namespace trace
}  // namespace opencensus

#endif  // OPENCENSUS_TRACE_WITH_SPAN_H_
