// Mock of opentelemetry/common/macros.h (only the macros the mocks use).
#pragma once

#ifndef OPENTELEMETRY_DEPRECATED
#  define OPENTELEMETRY_DEPRECATED [[deprecated]]
#endif
#ifndef OPENTELEMETRY_EXPORT
#  define OPENTELEMETRY_EXPORT
#endif
#ifndef OPENTELEMETRY_API_SINGLETON
#  define OPENTELEMETRY_API_SINGLETON
#endif
#ifndef OPENTELEMETRY_HAVE_EXCEPTIONS
#  if defined(__cpp_exceptions) || defined(__EXCEPTIONS)
#    define OPENTELEMETRY_HAVE_EXCEPTIONS 1
#  else
#    define OPENTELEMETRY_HAVE_EXCEPTIONS 0
#  endif
#endif
