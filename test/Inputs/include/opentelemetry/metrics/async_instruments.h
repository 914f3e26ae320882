// Mock of opentelemetry/metrics/async_instruments.h.
#pragma once

#include "opentelemetry/metrics/observer_result.h"
#include "opentelemetry/version.h"

OPENTELEMETRY_BEGIN_NAMESPACE
namespace metrics
{
using ObservableCallbackPtr = void (*)(ObserverResult, void *);

class ObservableInstrument
{
public:
  ObservableInstrument()          = default;
  virtual ~ObservableInstrument() = default;

  virtual void AddCallback(ObservableCallbackPtr, void *state) noexcept    = 0;
  virtual void RemoveCallback(ObservableCallbackPtr, void *state) noexcept = 0;
};
}  // namespace metrics
OPENTELEMETRY_END_NAMESPACE
