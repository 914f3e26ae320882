// Mock of opentelemetry/trace/provider.h: the global TracerProvider.
#pragma once

#include "opentelemetry/nostd/shared_ptr.h"
#include "opentelemetry/trace/noop.h"
#include "opentelemetry/trace/tracer_provider.h"
#include "opentelemetry/version.h"

OPENTELEMETRY_BEGIN_NAMESPACE
namespace trace
{
class Provider
{
public:
  static nostd::shared_ptr<TracerProvider> GetTracerProvider() noexcept { return Global(); }

  static void SetTracerProvider(const nostd::shared_ptr<TracerProvider> &tp) noexcept
  {
    if (tp)
      Global() = tp;
    else
      Global() = nostd::shared_ptr<TracerProvider>(new NoopTracerProvider);
  }

private:
  static nostd::shared_ptr<TracerProvider> &Global() noexcept
  {
    static nostd::shared_ptr<TracerProvider> provider(new NoopTracerProvider);
    return provider;
  }
};
}  // namespace trace
OPENTELEMETRY_END_NAMESPACE
