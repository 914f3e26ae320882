// Mock of opencensus/trace/span.h: the public signatures of opencensus::trace::Span
// (const-qualified methods, as since v0.3.0). Bodies do nothing.
#ifndef OPENCENSUS_TRACE_SPAN_H_
#define OPENCENSUS_TRACE_SPAN_H_

#include <cstdint>
#include <utility>
#include <vector>

#include "absl/strings/string_view.h"
#include "absl/types/span.h"
#include "opencensus/trace/attribute_value_ref.h"
#include "opencensus/trace/sampler.h"
#include "opencensus/trace/span_context.h"
#include "opencensus/trace/status_code.h"

namespace opencensus
{
namespace trace
{
class Span;

using AttributesRef = absl::Span<const std::pair<absl::string_view, AttributeValueRef>>;

struct StartSpanOptions
{
  StartSpanOptions(Sampler *sampler = nullptr, const std::vector<Span *> &parent_links = {})
      : sampler(sampler), parent_links(parent_links)
  {}

  const Sampler *sampler;
  const std::vector<Span *> parent_links;
};

class Span final
{
public:
  static Span BlankSpan() { return Span(SpanContext()); }

  static Span StartSpan(absl::string_view name,
                        const Span *parent              = nullptr,
                        const StartSpanOptions &options = StartSpanOptions())
  {
    (void)name, (void)parent, (void)options;
    return Span(SpanContext());
  }

  static Span StartSpanWithRemoteParent(absl::string_view name,
                                        const SpanContext &parent_ctx,
                                        const StartSpanOptions &options = StartSpanOptions())
  {
    (void)name, (void)options;
    return Span(parent_ctx);
  }

  Span(const Span &)            = default;
  Span &operator=(const Span &) = default;
  Span(Span &&)                 = default;
  Span &operator=(Span &&)      = default;

  void AddAttribute(absl::string_view key, AttributeValueRef attribute) const
  {
    (void)key, (void)attribute;
  }
  void AddAttributes(AttributesRef attributes) const { (void)attributes; }
  void AddAnnotation(absl::string_view description, AttributesRef attributes = {}) const
  {
    (void)description, (void)attributes;
  }
  void AddSentMessageEvent(uint32_t, uint32_t, uint32_t) const {}
  void AddReceivedMessageEvent(uint32_t, uint32_t, uint32_t) const {}
  void AddParentLink(const SpanContext &, AttributesRef attributes = {}) const { (void)attributes; }
  void AddChildLink(const SpanContext &, AttributesRef attributes = {}) const { (void)attributes; }
  void SetStatus(StatusCode canonical_code, absl::string_view message = "") const
  {
    (void)canonical_code, (void)message;
  }
  void SetName(absl::string_view name) const { (void)name; }
  void End() const {}

  const SpanContext &context() const { return context_; }
  bool IsSampled() const { return false; }
  bool IsRecording() const { return false; }

private:
  Span() = delete;
  explicit Span(const SpanContext &context) : context_(context) {}

  SpanContext context_;
};
}  // namespace trace
}  // namespace opencensus

#endif  // OPENCENSUS_TRACE_SPAN_H_
