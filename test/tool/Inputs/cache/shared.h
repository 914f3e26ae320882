// Included by a.cpp and b.cpp.
#pragma once
#include <opentelemetry/nostd/shared_ptr.h>
#include <opentelemetry/trace/span.h>

namespace trace = opentelemetry::trace;
using SpanPtr = opentelemetry::nostd::shared_ptr<trace::Span>;
