// Mock of opentelemetry/metrics/sync_instruments.h.
#pragma once

#include <initializer_list>
#include <utility>

#include "opentelemetry/common/attribute_value.h"
#include "opentelemetry/common/key_value_iterable_view.h"
#include "opentelemetry/context/context.h"
#include "opentelemetry/nostd/span.h"
#include "opentelemetry/nostd/string_view.h"
#include "opentelemetry/nostd/type_traits.h"
#include "opentelemetry/version.h"

OPENTELEMETRY_BEGIN_NAMESPACE
namespace metrics
{
class SynchronousInstrument
{
public:
  SynchronousInstrument()                                             = default;
  SynchronousInstrument(const SynchronousInstrument &)                = default;
  SynchronousInstrument(SynchronousInstrument &&) noexcept            = default;
  SynchronousInstrument &operator=(const SynchronousInstrument &)     = default;
  SynchronousInstrument &operator=(SynchronousInstrument &&) noexcept = default;
  virtual ~SynchronousInstrument()                                    = default;
};

// Add: 8 overloads (4 pure virtual, 2 templates, 2 initializer_list).
template <class T>
class Counter : public SynchronousInstrument
{
  using Attrs = nostd::span<const std::pair<nostd::string_view, common::AttributeValue>>;

public:
  virtual void Add(T value) noexcept = 0;

  virtual void Add(T value, const context::Context &context) noexcept = 0;

  virtual void Add(T value, const common::KeyValueIterable &attributes) noexcept = 0;

  virtual void Add(T value,
                   const common::KeyValueIterable &attributes,
                   const context::Context &context) noexcept = 0;

  template <class U,
            nostd::enable_if_t<common::detail::is_key_value_iterable<U>::value> * = nullptr>
  void Add(T value, const U &attributes) noexcept
  {
    this->Add(value, common::KeyValueIterableView<U>{attributes});
  }

  template <class U,
            nostd::enable_if_t<common::detail::is_key_value_iterable<U>::value> * = nullptr>
  void Add(T value, const U &attributes, const context::Context &context) noexcept
  {
    this->Add(value, common::KeyValueIterableView<U>{attributes}, context);
  }

  void Add(T value,
           std::initializer_list<std::pair<nostd::string_view, common::AttributeValue>>
               attributes) noexcept
  {
    this->Add(value, Attrs{attributes.begin(), attributes.end()});
  }

  void Add(T value,
           std::initializer_list<std::pair<nostd::string_view, common::AttributeValue>> attributes,
           const context::Context &context) noexcept
  {
    this->Add(value, Attrs{attributes.begin(), attributes.end()}, context);
  }
};

// Record: the ABI v1 overloads all require a context; ABI v2 adds 4 more
// without one.
template <class T>
class Histogram : public SynchronousInstrument
{
  using Attrs = nostd::span<const std::pair<nostd::string_view, common::AttributeValue>>;

public:
#if OPENTELEMETRY_ABI_VERSION_NO >= 2
  virtual void Record(T value) noexcept = 0;

  virtual void Record(T value, const common::KeyValueIterable &attribute) noexcept = 0;

  template <class U,
            nostd::enable_if_t<common::detail::is_key_value_iterable<U>::value> * = nullptr>
  void Record(T value, const U &attributes) noexcept
  {
    this->Record(value, common::KeyValueIterableView<U>{attributes});
  }

  void Record(T value,
              std::initializer_list<std::pair<nostd::string_view, common::AttributeValue>>
                  attributes) noexcept
  {
    this->Record(value, Attrs{attributes.begin(), attributes.end()});
  }
#endif

  virtual void Record(T value, const context::Context &context) noexcept = 0;

  virtual void Record(T value,
                      const common::KeyValueIterable &attributes,
                      const context::Context &context) noexcept = 0;

  template <class U,
            nostd::enable_if_t<common::detail::is_key_value_iterable<U>::value> * = nullptr>
  void Record(T value, const U &attributes, const context::Context &context) noexcept
  {
    this->Record(value, common::KeyValueIterableView<U>{attributes}, context);
  }

  void Record(
      T value,
      std::initializer_list<std::pair<nostd::string_view, common::AttributeValue>> attributes,
      const context::Context &context) noexcept
  {
    this->Record(value, Attrs{attributes.begin(), attributes.end()}, context);
  }
};

// Same shape as Counter.
template <class T>
class UpDownCounter : public SynchronousInstrument
{
  using Attrs = nostd::span<const std::pair<nostd::string_view, common::AttributeValue>>;

public:
  virtual void Add(T value) noexcept = 0;

  virtual void Add(T value, const context::Context &context) noexcept = 0;

  virtual void Add(T value, const common::KeyValueIterable &attributes) noexcept = 0;

  virtual void Add(T value,
                   const common::KeyValueIterable &attributes,
                   const context::Context &context) noexcept = 0;

  template <class U,
            nostd::enable_if_t<common::detail::is_key_value_iterable<U>::value> * = nullptr>
  void Add(T value, const U &attributes) noexcept
  {
    this->Add(value, common::KeyValueIterableView<U>{attributes});
  }

  template <class U,
            nostd::enable_if_t<common::detail::is_key_value_iterable<U>::value> * = nullptr>
  void Add(T value, const U &attributes, const context::Context &context) noexcept
  {
    this->Add(value, common::KeyValueIterableView<U>{attributes}, context);
  }

  void Add(T value,
           std::initializer_list<std::pair<nostd::string_view, common::AttributeValue>>
               attributes) noexcept
  {
    this->Add(value, Attrs{attributes.begin(), attributes.end()});
  }

  void Add(T value,
           std::initializer_list<std::pair<nostd::string_view, common::AttributeValue>> attributes,
           const context::Context &context) noexcept
  {
    this->Add(value, Attrs{attributes.begin(), attributes.end()}, context);
  }
};

#if OPENTELEMETRY_ABI_VERSION_NO >= 2
// ABI v2 only: same shape as Counter, with the method named Record.
template <class T>
class Gauge : public SynchronousInstrument
{
  using Attrs = nostd::span<const std::pair<nostd::string_view, common::AttributeValue>>;

public:
  virtual void Record(T value) noexcept = 0;

  virtual void Record(T value, const context::Context &context) noexcept = 0;

  virtual void Record(T value, const common::KeyValueIterable &attributes) noexcept = 0;

  virtual void Record(T value,
                      const common::KeyValueIterable &attributes,
                      const context::Context &context) noexcept = 0;

  template <class U,
            nostd::enable_if_t<common::detail::is_key_value_iterable<U>::value> * = nullptr>
  void Record(T value, const U &attributes) noexcept
  {
    this->Record(value, common::KeyValueIterableView<U>{attributes});
  }

  template <class U,
            nostd::enable_if_t<common::detail::is_key_value_iterable<U>::value> * = nullptr>
  void Record(T value, const U &attributes, const context::Context &context) noexcept
  {
    this->Record(value, common::KeyValueIterableView<U>{attributes}, context);
  }

  void Record(T value,
              std::initializer_list<std::pair<nostd::string_view, common::AttributeValue>>
                  attributes) noexcept
  {
    this->Record(value, Attrs{attributes.begin(), attributes.end()});
  }

  void Record(
      T value,
      std::initializer_list<std::pair<nostd::string_view, common::AttributeValue>> attributes,
      const context::Context &context) noexcept
  {
    this->Record(value, Attrs{attributes.begin(), attributes.end()}, context);
  }
};
#endif
}  // namespace metrics
OPENTELEMETRY_END_NAMESPACE
