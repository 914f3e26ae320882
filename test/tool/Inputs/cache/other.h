// Included by c.cpp only.
#pragma once
#include <opentelemetry/nostd/shared_ptr.h>
#include <opentelemetry/trace/span.h>

namespace trace = opentelemetry::trace;
