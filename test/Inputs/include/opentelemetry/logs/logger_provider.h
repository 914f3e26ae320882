// Mock of opentelemetry/logs/logger_provider.h.
#pragma once

#include <initializer_list>
#include <utility>

#include "opentelemetry/common/key_value_iterable.h"
#include "opentelemetry/common/key_value_iterable_view.h"
#include "opentelemetry/nostd/shared_ptr.h"
#include "opentelemetry/nostd/span.h"
#include "opentelemetry/nostd/string_view.h"
#include "opentelemetry/nostd/type_traits.h"
#include "opentelemetry/version.h"

OPENTELEMETRY_BEGIN_NAMESPACE
namespace logs
{
class Logger;

class LoggerProvider
{
public:
  LoggerProvider()                                  = default;
  LoggerProvider(const LoggerProvider &)            = default;
  LoggerProvider &operator=(const LoggerProvider &) = default;
  virtual ~LoggerProvider()                         = default;

  virtual nostd::shared_ptr<Logger> GetLogger(
      nostd::string_view logger_name,
      nostd::string_view name                    = "",
      nostd::string_view version                 = "",
      nostd::string_view schema_url              = "",
      const common::KeyValueIterable &attributes = common::NoopKeyValueIterable()) = 0;

  nostd::shared_ptr<Logger> GetLogger(
      nostd::string_view logger_name,
      nostd::string_view name,
      nostd::string_view version,
      nostd::string_view schema_url,
      std::initializer_list<std::pair<nostd::string_view, common::AttributeValue>> attributes)
  {
    using Attrs = nostd::span<const std::pair<nostd::string_view, common::AttributeValue>>;
    Attrs attrs{attributes.begin(), attributes.end()};
    return GetLogger(logger_name, name, version, schema_url,
                     common::KeyValueIterableView<Attrs>(attrs));
  }

  template <class T,
            nostd::enable_if_t<common::detail::is_key_value_iterable<T>::value> * = nullptr>
  nostd::shared_ptr<Logger> GetLogger(nostd::string_view logger_name,
                                      nostd::string_view name,
                                      nostd::string_view version,
                                      nostd::string_view schema_url,
                                      const T &attributes)
  {
    return GetLogger(logger_name, name, version, schema_url,
                     common::KeyValueIterableView<T>(attributes));
  }
};
}  // namespace logs
OPENTELEMETRY_END_NAMESPACE
