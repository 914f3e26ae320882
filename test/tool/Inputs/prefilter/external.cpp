// Includes no OpenTelemetry header; calls a configured wrapper.
#include "mylib.h"

void Done(mylib::Handle *h) { mylib::FinishOk(h); }
