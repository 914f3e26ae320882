#include "api.h"

void Transport() { throw TransportError("connection reset"); }
