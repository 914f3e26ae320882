//===--- Compat.h - otel-tidy -----------------------------------*- C++ -*-===//
//
// The differences between the LLVM versions the driver builds against
// (16, 19 and 22) live here, and nowhere else in tool/ (the checks have their
// own, checks/utils/Compat.h).
//
//===----------------------------------------------------------------------===//

#ifndef OTEL_TIDY_TOOL_COMPAT_H
#define OTEL_TIDY_TOOL_COMPAT_H

#include "clang-tidy/ClangTidy.h"
#include "clang/Basic/Version.h"

namespace otel_tidy::compat {

/// The checks \p Options enable (clang-tidy's own list, as --list-checks).
inline std::vector<std::string>
checkNames(const clang::tidy::ClangTidyOptions &Options) {
#if CLANG_VERSION_MAJOR >= 22
  return clang::tidy::getCheckNames(Options, false, false);
#else
  return clang::tidy::getCheckNames(Options, false);
#endif
}

} // namespace otel_tidy::compat

#endif
