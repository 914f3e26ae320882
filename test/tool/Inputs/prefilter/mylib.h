// An external library that hides OpenTelemetry from its users.
#pragma once
namespace mylib {
struct Handle;
void FinishOk(Handle *h);
} // namespace mylib
