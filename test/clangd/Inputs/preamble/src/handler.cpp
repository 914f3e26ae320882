// Every finding in this file depends on a function defined in
// include/telemetry_util.h, which clangd parses into the preamble.
#include "telemetry_util.h"

void Wrapper(util::SpanPtr span, util::LoggerPtr logger) {
  try {
    util::Step();
  } catch (const std::exception &e) {
    util::RecordException(span, e);
    logger->Error(e.what());
  }
}

void Rethrown(util::SpanPtr span, util::LoggerPtr logger) {
  try {
    util::RunStep(span);
  } catch (const std::exception &e) {
    logger->Error(e.what());
  }
}

void Template(util::SpanPtr span, util::LoggerPtr logger) {
  try {
    util::Step();
  } catch (const std::exception &e) {
    span->AddEvent("exception", {{"exception.message", e.what()}});
    util::LogException(logger, e);
  }
}
