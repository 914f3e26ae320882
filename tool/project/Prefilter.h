//===--- Prefilter.h - otel-tidy --------------------------------*- C++ -*-===//
//
// The pre-filter: a file whose translation unit includes no OpenTelemetry or
// OpenCensus header and mentions none of the wrappers the configuration
// names cannot have an otel finding, so when only otel checks run it is not
// parsed at all. An OpenTelemetry or OpenCensus header is one under a
// directory named `opentelemetry` or `opencensus` (as the APIs' own include
// paths are), found by Clang's dependency scanner.
//
//===----------------------------------------------------------------------===//

#ifndef OTEL_TIDY_TOOL_PROJECT_PREFILTER_H
#define OTEL_TIDY_TOOL_PROJECT_PREFILTER_H

#include "clang-tidy/ClangTidyOptions.h"
#include "llvm/ADT/ArrayRef.h"
#include <string>
#include <vector>

namespace otel_tidy {

/// Whether the pre-filter may judge a file on which \p Checks run: they are
/// all otel checks.
bool prefilterApplies(llvm::ArrayRef<std::string> Checks);

/// The wrapper names \p Options configure for the otel checks: the last
/// component of each name in OkStatusFunctions, StatusSetters,
/// OkStatusValues, ErrorStatusValues, ExceptionRecorders, ErrorTypeKeys and
/// ErrorTypeSetters.
std::vector<std::string>
wrapperNames(const clang::tidy::ClangTidyOptions &Options);

/// Whether a translation unit reading \p Files may have an otel finding.
/// \p Mentions tells whether a file mentions one of \p Names.
bool mayHaveOtelFinding(
    llvm::ArrayRef<std::string> Files, llvm::ArrayRef<std::string> Names,
    llvm::function_ref<bool(llvm::StringRef File)> Mentions);

/// Whether the text of \p File holds one of \p Names as a whole word.
bool fileMentions(llvm::StringRef File, llvm::ArrayRef<std::string> Names);

} // namespace otel_tidy

#endif
