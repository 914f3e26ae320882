// Mock of opentelemetry/version.h (test fixture; public signatures only).
#pragma once

#include "opentelemetry/common/macros.h"

#ifndef OPENTELEMETRY_ABI_VERSION_NO
#  define OPENTELEMETRY_ABI_VERSION_NO 1
#endif

#define OPENTELEMETRY_VERSION "1.28.0"
#define OPENTELEMETRY_VERSION_MAJOR 1
#define OPENTELEMETRY_VERSION_MINOR 28
#define OPENTELEMETRY_VERSION_PATCH 0

#define OPENTELEMETRY_MOCK_CAT_(a, b) a##b
#define OPENTELEMETRY_MOCK_CAT(a, b) OPENTELEMETRY_MOCK_CAT_(a, b)

// Same shape as the real macros: an inline ABI namespace v1 / v2.
#define OPENTELEMETRY_BEGIN_NAMESPACE \
  namespace opentelemetry {           \
  inline namespace OPENTELEMETRY_MOCK_CAT(v, OPENTELEMETRY_ABI_VERSION_NO) {
#define OPENTELEMETRY_END_NAMESPACE \
  }                                 \
  }
#define OPENTELEMETRY_NAMESPACE \
  opentelemetry::OPENTELEMETRY_MOCK_CAT(v, OPENTELEMETRY_ABI_VERSION_NO)
