// Mock of opentelemetry/metrics/meter_provider.h.
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
namespace metrics
{
class Meter;

class MeterProvider
{
public:
  MeterProvider()                                 = default;
  MeterProvider(const MeterProvider &)            = default;
  MeterProvider &operator=(const MeterProvider &) = default;
  virtual ~MeterProvider()                        = default;

#if OPENTELEMETRY_ABI_VERSION_NO >= 2
  virtual nostd::shared_ptr<Meter> GetMeter(nostd::string_view name,
                                            nostd::string_view version,
                                            nostd::string_view schema_url,
                                            const common::KeyValueIterable *attributes) noexcept = 0;

  nostd::shared_ptr<Meter> GetMeter(nostd::string_view name,
                                    nostd::string_view version    = "",
                                    nostd::string_view schema_url = "")
  {
    return GetMeter(name, version, schema_url, nullptr);
  }

  nostd::shared_ptr<Meter> GetMeter(
      nostd::string_view name,
      nostd::string_view version,
      nostd::string_view schema_url,
      std::initializer_list<std::pair<nostd::string_view, common::AttributeValue>> attributes)
  {
    using Attrs = nostd::span<const std::pair<nostd::string_view, common::AttributeValue>>;
    Attrs attrs{attributes.begin(), attributes.end()};
    common::KeyValueIterableView<Attrs> view{attrs};
    return GetMeter(name, version, schema_url, &view);
  }

  template <class T,
            nostd::enable_if_t<common::detail::is_key_value_iterable<T>::value> * = nullptr>
  nostd::shared_ptr<Meter> GetMeter(nostd::string_view name,
                                    nostd::string_view version,
                                    nostd::string_view schema_url,
                                    const T &attributes)
  {
    common::KeyValueIterableView<T> view(attributes);
    return GetMeter(name, version, schema_url, &view);
  }

  virtual void RemoveMeter(nostd::string_view name,
                           nostd::string_view version    = "",
                           nostd::string_view schema_url = "") noexcept = 0;
#else
  virtual nostd::shared_ptr<Meter> GetMeter(nostd::string_view name,
                                            nostd::string_view version    = "",
                                            nostd::string_view schema_url = "") noexcept = 0;
#endif
};
}  // namespace metrics
OPENTELEMETRY_END_NAMESPACE
