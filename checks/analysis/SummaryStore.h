//===--- SummaryStore.h - otel-tidy -----------------------------*- C++ -*-===//
//
// Exception summaries across files. A translation unit's summaries (the
// functions defined in its main file that let a recorded exception out, or
// let a call to another file's function through untouched) are written as
// JSON, keyed by USR, with the content hash of every non-system file the
// unit read. The driver's project mode merges every unit's file into one
// store in the build tree; a check given the store (option SummaryStore)
// looks up the functions its translation unit calls but does not define.
//
// A summary is only used while every file of its unit still has the hash it
// had when the summary was written: a stale summary never produces a
// finding.
//
// Format (one unit file, or the merged store: the same shape):
//   {"format": "otel-tidy-summaries", "version": 1,
//    "units": {"<main file>": {
//      "inputs": {"<file>": "<xxhash64 hex>", ...},
//      "functions": {"<usr>": {
//        "name": "Send", "where": "src/client.cpp:42",
//        "behaviour": ["recorded-and-propagated", ...],
//        "escapes": [{"type": "::TransportError", "bases": [...],
//                     "chain": [{"call": "Middle", "where": "..."},
//                               {"record": "Send", "where": "..."}]}],
//        "passes": [{"usr": "...", "name": "Work", "where": "..."}]}},
//      "queries": ["<usr>", ...]}}}
// "passes" are calls to functions of other files that the function lets
// through untouched; "queries" are the other files' functions the unit
// calls inside a `try`, whose summaries could change its findings.
//
//===----------------------------------------------------------------------===//

#ifndef OTEL_TIDY_ANALYSIS_SUMMARYSTORE_H
#define OTEL_TIDY_ANALYSIS_SUMMARYSTORE_H

#include "analysis/ExceptionFlow.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Error.h"
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace clang::tidy::otel {

/// A USR for a declaration (empty when none can be made).
std::string usrOf(const Decl &D);

class SummaryStore : public ExternalSummaries {
public:
  /// Reads a store (or one unit's file). The error names the file.
  static llvm::Expected<std::shared_ptr<const SummaryStore>>
  load(llvm::StringRef Path);

  /// Merges unit files into one store written atomically to \p Out.
  static llvm::Error merge(llvm::ArrayRef<std::string> UnitFiles,
                           llvm::StringRef Out);

  const std::vector<RecordedException> *
  escapesOf(const FunctionDecl &Callee) const override;
  /// The same, by USR.
  const std::vector<RecordedException> *escapesOf(llvm::StringRef Usr) const;

  /// Whether a unit's summaries are still those of the files on disk.
  bool isFresh(llvm::StringRef Unit) const;

private:
  struct Pass {
    std::string Usr, Name, Where;
  };
  struct Function {
    std::string Unit, Name, Where;
    std::vector<RecordedException> Own;
    std::vector<Pass> Passes;
  };
  struct Unit {
    std::vector<std::pair<std::string, std::string>> Inputs;
  };

  const std::vector<RecordedException> *resolve(llvm::StringRef Usr,
                                                int Depth) const;

  llvm::StringMap<Function> Functions;
  llvm::StringMap<Unit> Units;
  mutable std::mutex Lock;
  mutable llvm::StringMap<std::vector<RecordedException>> Resolved;
  mutable llvm::StringMap<bool> Fresh;
  mutable llvm::StringMap<bool> InProgress;
};

/// Writes the summaries of the translation unit \p Ctx belongs to: every
/// function defined in its main file with something to tell.
llvm::Error writeUnitSummaries(llvm::StringRef Path, ExceptionFlow &Flow,
                               FunctionIndex &Index, ASTContext &Ctx);

/// The content hash the store keys files by.
std::string contentHash(llvm::StringRef Path);

} // namespace clang::tidy::otel

#endif // OTEL_TIDY_ANALYSIS_SUMMARYSTORE_H
