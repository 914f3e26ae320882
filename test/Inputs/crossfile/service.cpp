#include "api.h"

void Service(SpanPtr span, LoggerPtr logger) {
  try {
    Forward(span);
  } catch (const std::exception &e) {
    logger->Error("service failed", e.what());
  }
}

void Calm(SpanPtr span, LoggerPtr logger) {
  try {
    Quiet(span);
  } catch (const std::exception &e) {
    logger->Error("never here", e.what());
  }
}
