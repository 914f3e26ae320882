//===--- VersionGuard.h - otel-tidy -----------------------------*- C++ -*-===//
//
// A clang-tidy plugin only works inside the clang-tidy of the LLVM major
// version it was compiled against; a mismatched one may load, list its
// checks and silently report nothing. The guard runs when the plugin is
// loaded, before the module registers, and stops the process with a clear
// error naming both versions.
//
//===----------------------------------------------------------------------===//

#ifndef OTEL_TIDY_VERSIONGUARD_H
#define OTEL_TIDY_VERSIONGUARD_H

#include <string>

namespace clang::tidy::otel {

/// The major version in a clang version string ("Debian clang version
/// 19.1.7 (3)" -> 19), or -1.
int majorVersionOf(const std::string &FullVersion);

/// Compares the host's clang version with the one this code was built for;
/// on a mismatch prints an error and exits with status 2. The environment
/// variable OTEL_TIDY_TEST_HOST_VERSION replaces the host's version string
/// (a test hook: it is how the test suite fakes a mismatched host).
bool checkHostVersion();

} // namespace clang::tidy::otel

#endif // OTEL_TIDY_VERSIONGUARD_H
