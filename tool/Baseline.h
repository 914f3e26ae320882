//===--- Baseline.h - otel-tidy ---------------------------------*- C++ -*-===//
//
// A baseline records the findings a project already has so that only new ones
// fail. A finding is keyed on its check, its file (relative to the source
// root) and the normalised text of the flagged statement, never on line
// numbers; identical keys in one file are counted, so a baseline with two
// identical findings absorbs two of them and reports a third.
//
//===----------------------------------------------------------------------===//

#ifndef OTEL_TIDY_TOOL_BASELINE_H
#define OTEL_TIDY_TOOL_BASELINE_H

#include "Findings.h"
#include "llvm/Support/Error.h"
#include <map>

namespace otel_tidy {

/// The key a finding is matched on (without its occurrence number).
std::string baselineKey(llvm::StringRef Check, llvm::StringRef RelFile,
                        llvm::StringRef Statement);

/// One finding of a baseline file, as written.
struct BaselineRow {
  std::string File, Check, Statement;
  unsigned Occurrence = 0;
  std::string Message;
  bool operator<(const BaselineRow &O) const;
  bool operator==(const BaselineRow &O) const;
};

/// The rows of the baseline file \p Path.
llvm::Expected<std::vector<BaselineRow>> readBaselineRows(llvm::StringRef Path);

/// Writes \p Rows (sorted) as a baseline file.
void writeBaselineRows(llvm::raw_ostream &OS,
                       const std::vector<BaselineRow> &Rows);

class Baseline {
public:
  static llvm::Expected<Baseline> load(llvm::StringRef Path);

  /// Marks InBaseline on the findings the baseline accounts for. \p Findings
  /// must be in source order and have Statement set; \p Root makes paths
  /// relative.
  void apply(std::vector<Finding> &Findings, llvm::StringRef Root) const;

  /// Writes every finding of \p Findings as a baseline.
  static void write(llvm::raw_ostream &OS, const std::vector<Finding> &Findings,
                    llvm::StringRef Root);

private:
  std::map<std::string, unsigned> Counts;
};

} // namespace otel_tidy

#endif
