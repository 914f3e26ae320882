// Look-alike of the SDK's opentelemetry/sdk/trace/span_data.h: a Recordable
// that stores the status (last write wins). NOT a trace::Span.
#pragma once

#include <string>

#include "opentelemetry/common/attribute_value.h"
#include "opentelemetry/common/key_value_iterable.h"
#include "opentelemetry/common/timestamp.h"
#include "opentelemetry/nostd/string_view.h"
#include "opentelemetry/sdk/trace/recordable.h"
#include "opentelemetry/trace/span_metadata.h"
#include "opentelemetry/version.h"

OPENTELEMETRY_BEGIN_NAMESPACE
namespace sdk
{
namespace trace
{
class SpanData final : public Recordable
{
public:
  opentelemetry::trace::StatusCode GetStatus() const noexcept { return status_code_; }
  nostd::string_view GetDescription() const noexcept { return status_desc_; }
  nostd::string_view GetName() const noexcept { return name_; }

  void SetAttribute(nostd::string_view,
                    const opentelemetry::common::AttributeValue &) noexcept override
  {}

  void AddEvent(nostd::string_view,
                opentelemetry::common::SystemTimestamp,
                const opentelemetry::common::KeyValueIterable &) noexcept override
  {}

  void SetStatus(opentelemetry::trace::StatusCode code,
                 nostd::string_view description) noexcept override
  {
    status_code_ = code;
    status_desc_ = std::string(description.data(), description.size());
  }

  void SetName(nostd::string_view name) noexcept override
  {
    name_ = std::string(name.data(), name.size());
  }

private:
  opentelemetry::trace::StatusCode status_code_ = opentelemetry::trace::StatusCode::kUnset;
  std::string status_desc_;
  std::string name_;
};
}  // namespace trace
}  // namespace sdk
OPENTELEMETRY_END_NAMESPACE
