// A small project in layers across files: a transport that throws, a client
// that records and rethrows, a middle layer that lets it through, a service
// that records again.
#include <opentelemetry/logs/logger.h>
#include <opentelemetry/nostd/shared_ptr.h>
#include <opentelemetry/trace/span.h>
#include <stdexcept>

using SpanPtr = opentelemetry::nostd::shared_ptr<opentelemetry::trace::Span>;
using LoggerPtr =
    opentelemetry::nostd::shared_ptr<opentelemetry::logs::Logger>;

struct TransportError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

void Transport();
void Send(SpanPtr span);
void Fetch(SpanPtr span);
void Quiet(SpanPtr span);
void Forward(SpanPtr span);
