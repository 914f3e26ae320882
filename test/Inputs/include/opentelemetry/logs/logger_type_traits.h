// Mock of opentelemetry/logs/logger_type_traits.h. Simplified dispatch of the
// variadic Logger arguments onto a LogRecord (own implementation).
#pragma once

#include <chrono>
#include <type_traits>
#include <utility>

#include "opentelemetry/common/attribute_value.h"
#include "opentelemetry/common/key_value_iterable.h"
#include "opentelemetry/common/key_value_iterable_view.h"
#include "opentelemetry/common/timestamp.h"
#include "opentelemetry/context/context.h"
#include "opentelemetry/logs/event_id.h"
#include "opentelemetry/logs/log_record.h"
#include "opentelemetry/logs/severity.h"
#include "opentelemetry/nostd/string_view.h"
#include "opentelemetry/trace/span_context.h"
#include "opentelemetry/version.h"

OPENTELEMETRY_BEGIN_NAMESPACE
namespace logs
{
namespace detail
{
template <class Wanted, class... Args>
struct LogRecordHasType : std::integral_constant<bool, (std::is_same<Wanted, Args>::value || ...)>
{};

// Severity -> SetSeverity; EventId -> SetEventId; timestamps -> SetTimestamp;
// SpanContext / Context -> ignored here; KeyValueIterable or key/value
// containers -> SetAttribute per pair; anything else -> SetBody.
template <class Arg>
void SetLogRecordArgument(LogRecord *record, Arg &&arg)
{
  using D = typename std::decay<Arg>::type;
  if constexpr (std::is_same<D, Severity>::value)
  {
    record->SetSeverity(arg);
  }
  else if constexpr (std::is_same<D, EventId>::value)
  {
    record->SetEventId(arg.id_, arg.name_ ? nostd::string_view(arg.name_.get())
                                          : nostd::string_view());
  }
  else if constexpr (std::is_same<D, common::SystemTimestamp>::value ||
                     std::is_same<D, std::chrono::system_clock::time_point>::value)
  {
    record->SetTimestamp(arg);
  }
  else if constexpr (std::is_same<D, trace::SpanContext>::value ||
                     std::is_same<D, context::Context>::value)
  {
  }
  else if constexpr (std::is_base_of<common::KeyValueIterable, D>::value)
  {
    arg.ForEachKeyValue([record](nostd::string_view key, common::AttributeValue value) {
      record->SetAttribute(key, value);
      return true;
    });
  }
  else if constexpr (common::detail::is_key_value_iterable<D>::value)
  {
    for (const auto &kv : arg)
      record->SetAttribute(kv.first, kv.second);
  }
  else
  {
    record->SetBody(common::AttributeValue(std::forward<Arg>(arg)));
  }
}
}  // namespace detail
}  // namespace logs
OPENTELEMETRY_END_NAMESPACE
