// Mock of opentelemetry/logs/provider.h. Simplification: the default global
// provider is an empty pointer (the real one is a NoopLoggerProvider).
#pragma once

#include "opentelemetry/logs/logger_provider.h"
#include "opentelemetry/nostd/shared_ptr.h"
#include "opentelemetry/version.h"

OPENTELEMETRY_BEGIN_NAMESPACE
namespace logs
{
class Provider
{
public:
  static nostd::shared_ptr<LoggerProvider> GetLoggerProvider() noexcept { return Global(); }

  static void SetLoggerProvider(const nostd::shared_ptr<LoggerProvider> &lp) noexcept
  {
    Global() = lp;
  }

private:
  static nostd::shared_ptr<LoggerProvider> &Global() noexcept
  {
    static nostd::shared_ptr<LoggerProvider> provider;
    return provider;
  }
};
}  // namespace logs
OPENTELEMETRY_END_NAMESPACE
