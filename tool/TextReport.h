//===--- TextReport.h - otel-tidy -------------------------------*- C++ -*-===//
//
// Findings printed as clang-tidy prints them, by clang's own diagnostic
// renderer (TextDiagnosticPrinter, as clang-tidy's ErrorReporter drives it):
// `file:line:col: warning: message [check]`, the source line, the caret and
// the ranges underlined, fix-it hints, then the notes.
//
//===----------------------------------------------------------------------===//

#ifndef OTEL_TIDY_TOOL_TEXTREPORT_H
#define OTEL_TIDY_TOOL_TEXTREPORT_H

#include "Findings.h"
#include "llvm/Support/raw_ostream.h"
#include <memory>

namespace otel_tidy {

class TextReport {
public:
  /// Prints to \p OS; paths relative to \p Cwd; the source text from
  /// \p Sources (as read before any --fix).
  TextReport(llvm::raw_ostream &OS, SourceCache &Sources, llvm::StringRef Cwd,
             bool Colors);
  ~TextReport();

  void print(const Finding &F);

private:
  struct Impl;
  std::unique_ptr<Impl> P;
};

} // namespace otel_tidy

#endif
