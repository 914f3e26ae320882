//===--- Report.h - otel-tidy -----------------------------------*- C++ -*-===//
//
// The report of a project run: clang-tidy-style text, SARIF 2.1.0, GitHub
// workflow annotations, or GitLab Code Quality JSON.
//
//===----------------------------------------------------------------------===//

#ifndef OTEL_TIDY_TOOL_REPORT_H
#define OTEL_TIDY_TOOL_REPORT_H

#include "Findings.h"
#include "llvm/Support/raw_ostream.h"
#include <optional>

namespace otel_tidy {

enum class Format { Text, Sarif, GitHub, GitLab };

std::optional<Format> parseFormat(llvm::StringRef Name);

struct ReportInput {
  std::vector<const Finding *> Findings; ///< what to report, in order
  const std::vector<Failure> *Failures = nullptr;
  /// Problems that did not stop the run (an unreadable baseline, ...).
  const std::vector<std::string> *RunErrors = nullptr;
  std::string SourceRoot; ///< SARIF's SRCROOT; paths of the CI formats
  std::string Cwd;        ///< text paths are relative to it
  int ExitCode = 0;
  bool Colors = false; ///< text: colors, as clang-tidy on a terminal
};

void writeReport(Format F, llvm::raw_ostream &OS, const ReportInput &In,
                 SourceCache &Sources);

} // namespace otel_tidy

#endif
