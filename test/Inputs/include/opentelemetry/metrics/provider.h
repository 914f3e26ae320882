// Mock of opentelemetry/metrics/provider.h. Simplification: the default global
// provider is an empty pointer (the real one is a NoopMeterProvider).
#pragma once

#include "opentelemetry/metrics/meter_provider.h"
#include "opentelemetry/nostd/shared_ptr.h"
#include "opentelemetry/version.h"

OPENTELEMETRY_BEGIN_NAMESPACE
namespace metrics
{
class Provider
{
public:
  static nostd::shared_ptr<MeterProvider> GetMeterProvider() noexcept { return Global(); }

  static void SetMeterProvider(const nostd::shared_ptr<MeterProvider> &mp) noexcept
  {
    Global() = mp;
  }

private:
  static nostd::shared_ptr<MeterProvider> &Global() noexcept
  {
    static nostd::shared_ptr<MeterProvider> provider;
    return provider;
  }
};
}  // namespace metrics
OPENTELEMETRY_END_NAMESPACE
