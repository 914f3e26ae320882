//===--- Plan.cpp - otel-tidy -----------------------------------*- C++ -*-===//
//
// Step 4, per file: whether it exists. What is left is linted.
//
//===----------------------------------------------------------------------===//

#include "project/Project.h"
#include "llvm/Support/FileSystem.h"
#include <numeric>

namespace otel_tidy {

void planFiles(Project &P, llvm::ArrayRef<size_t> Indexes) {
  for (size_t I : Indexes)
    if (!llvm::sys::fs::exists(P.Runs[I].Canonical))
      P.Runs[I].Run = FileRun::State::Missing;
}

llvm::Error planAll(Project &P) {
  std::vector<size_t> All(P.Runs.size());
  std::iota(All.begin(), All.end(), 0);
  planFiles(P, All);
  return llvm::Error::success();
}

} // namespace otel_tidy
