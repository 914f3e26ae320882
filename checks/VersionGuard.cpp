//===--- VersionGuard.cpp - otel-tidy ---------------------------*- C++ -*-===//

#include "VersionGuard.h"
#include "clang/Basic/Version.h"
#include <cctype>
#include <cstdio>
#include <cstdlib>

namespace clang::tidy::otel {

int majorVersionOf(const std::string &Full) {
  size_t Pos = Full.find("version ");
  Pos = Pos == std::string::npos ? 0 : Pos + 8;
  while (Pos < Full.size() &&
         !std::isdigit(static_cast<unsigned char>(Full[Pos])))
    ++Pos;
  if (Pos >= Full.size())
    return -1;
  return std::atoi(Full.c_str() + Pos);
}

bool checkHostVersion() {
  // getClangFullVersion() is resolved in the process that loaded us: for
  // the plugin, the clang-tidy executable's libclang-cpp.
  std::string Host = clang::getClangFullVersion();
  if (const char *Fake = std::getenv("OTEL_TIDY_TEST_HOST_VERSION"))
    Host = Fake;
  int HostMajor = majorVersionOf(Host);
  if (HostMajor == CLANG_VERSION_MAJOR)
    return true;
  std::fprintf(
      stderr,
      "error: the otel-tidy plugin was built for clang-tidy %s "
      "(LLVM %d) but was loaded into a clang-tidy built with '%s' (LLVM %d).\n"
      "A plugin only works with the LLVM major version it was built "
      "against. Use clang-tidy-%d, rebuild otel-tidy with "
      "-DOTEL_TIDY_LLVM_VERSION=%d, or run the standalone otel-tidy "
      "driver.\n",
      CLANG_VERSION_STRING, CLANG_VERSION_MAJOR, Host.c_str(), HostMajor,
      CLANG_VERSION_MAJOR, HostMajor);
  std::fflush(stderr);
  std::_Exit(2);
}

} // namespace clang::tidy::otel
