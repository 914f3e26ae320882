// Mock of opentelemetry/context/context.h: an immutable key/value chain.
#pragma once

#include <memory>
#include <string>
#include <utility>

#include "opentelemetry/context/context_value.h"
#include "opentelemetry/nostd/shared_ptr.h"
#include "opentelemetry/nostd/string_view.h"
#include "opentelemetry/nostd/variant.h"
#include "opentelemetry/version.h"

OPENTELEMETRY_BEGIN_NAMESPACE
namespace context
{
class Context
{
public:
  Context() = default;

  // Like the real API: implicit, from any container of (key, ContextValue) pairs.
  template <class T>
  Context(const T &keys_and_values) noexcept
  {
    for (const auto &kv : keys_and_values)
      head_ = std::make_shared<Entry>(Entry{std::string(kv.first.data(), kv.first.size()),
                                            ContextValue(kv.second), head_});
  }

  Context(nostd::string_view key, ContextValue value) noexcept
      : head_(std::make_shared<Entry>(
            Entry{std::string(key.data(), key.size()), std::move(value), nullptr}))
  {}

  Context SetValue(nostd::string_view key, ContextValue value) noexcept
  {
    Context result(key, std::move(value));
    result.head_->next = head_;
    return result;
  }

  ContextValue GetValue(const nostd::string_view key) const noexcept
  {
    for (const Entry *e = head_.get(); e != nullptr; e = e->next.get())
    {
      if (e->key.size() == key.size() && e->key.compare(0, e->key.size(), key.data(), key.size()) == 0)
        return e->value;
    }
    return ContextValue{};
  }

  bool HasKey(const nostd::string_view key) const noexcept
  {
    return !nostd::holds_alternative<nostd::monostate>(GetValue(key));
  }

  bool operator==(const Context &other) const noexcept { return head_ == other.head_; }

private:
  struct Entry
  {
    std::string key;
    ContextValue value;
    std::shared_ptr<Entry> next;
  };
  std::shared_ptr<Entry> head_;
};
}  // namespace context
OPENTELEMETRY_END_NAMESPACE
