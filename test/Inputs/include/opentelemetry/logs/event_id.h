// Mock of opentelemetry/logs/event_id.h.
#pragma once

#include <algorithm>
#include <cstdint>

#include "opentelemetry/nostd/string_view.h"
#include "opentelemetry/nostd/unique_ptr.h"
#include "opentelemetry/version.h"

OPENTELEMETRY_BEGIN_NAMESPACE
namespace logs
{
class EventId
{
public:
  EventId(int64_t id, nostd::string_view name) noexcept
      : id_(id), name_(new char[name.size() + 1])
  {
    std::copy(name.data(), name.data() + name.size(), name_.get());
    name_.get()[name.size()] = '\0';
  }

  EventId(int64_t id) noexcept : id_(id), name_(nullptr) {}

  int64_t id_;
  nostd::unique_ptr<char[]> name_;
};
}  // namespace logs
OPENTELEMETRY_END_NAMESPACE
