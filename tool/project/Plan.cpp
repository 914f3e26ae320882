//===--- Plan.cpp - otel-tidy -----------------------------------*- C++ -*-===//
//
// Step 4, per file and in parallel: whether it exists; which files it reads
// (Clang's dependency scanner, or the cache's record of them); the result
// cache's entry, if any; and else the pre-filter's verdict. What is left
// is linted.
//
//===----------------------------------------------------------------------===//

#include "Compat.h"
#include "project/Cache.h"
#include "project/Dependencies.h"
#include "project/Prefilter.h"
#include "project/Project.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include <numeric>

namespace otel_tidy {

namespace {

/// The files \p R reads, with content hashes when the cache is on.
llvm::Expected<std::vector<FileDigest>> dependencies(Project &P,
                                                     const FileRun &R) {
  if (P.Cache)
    return P.Cache->dependencies(R, *P.Scanner);
  llvm::Expected<std::vector<std::string>> Files = P.Scanner->scan(R.Commands);
  if (!Files)
    return Files.takeError();
  std::vector<FileDigest> Deps;
  for (std::string &F : *Files)
    Deps.push_back({std::move(F), 0, 0, ""});
  return Deps;
}

/// Whether the pre-filter skips \p R, which reads \p Deps.
bool prefiltered(Project &P, const FileRun &R,
                 llvm::ArrayRef<FileDigest> Deps) {
  // A plugin's checks are unknown here: they may find anything.
  const FileConfig &C = P.Configs[R.Config];
  if (!P.Opts.Prefilter || !C.OtelOnly || P.LoadsPlugins)
    return false;
  const std::vector<std::string> &Names = C.Names;
  std::vector<std::string> Files;
  for (const FileDigest &D : Deps)
    Files.push_back(D.Path);
  return !mayHaveOtelFinding(
      Files, Names, [&](llvm::StringRef F) { return fileMentions(F, Names); });
}

void planFile(Project &P, FileRun &R) {
  if (!llvm::sys::fs::exists(R.Canonical)) {
    R.Run = FileRun::State::Missing;
    return;
  }
  if (R.Commands.empty() || (!P.Cache && !P.Opts.Prefilter))
    return;
  // A file that cannot be scanned is linted, which says why.
  llvm::Expected<std::vector<FileDigest>> Deps = dependencies(P, R);
  if (!Deps) {
    llvm::consumeError(Deps.takeError());
    return;
  }
  if (P.Cache) {
    R.CacheKey = P.Cache->key(P, R, *Deps);
    if (std::optional<CachedResult> Hit = P.Cache->lookup(R.CacheKey)) {
      R.FromCache = true;
      R.Run = Hit->Skipped ? FileRun::State::Skipped : FileRun::State::Cached;
      if (!Hit->Skipped)
        collect(R, Hit->Output, P.Cwd);
      if (R.Summaries == FileRun::Pass::WriteSummaries)
        R.Summary = std::move(Hit->Summary);
      return;
    }
  }
  if (R.Summaries != FileRun::Pass::ReadStore && prefiltered(P, R, *Deps)) {
    R.Run = FileRun::State::Skipped;
    if (P.Cache)
      P.Cache->store(R.CacheKey, CachedResult{true, {}});
  }
}

/// The cache and the scanner, when a step needs them.
llvm::Error openCache(Project &P) {
  if (!P.Scanner && (P.Opts.Cache || P.Opts.Prefilter))
    P.Scanner = std::make_unique<DependencyScanner>(P.resourceDir());
  if (P.Cache || !P.Opts.Cache || !P.Db)
    return llvm::Error::success();
  std::string Dir = P.Opts.CacheDir;
  if (Dir.empty()) {
    llvm::SmallString<256> D(P.DbDir);
    llvm::sys::path::append(D, ".otel-tidy-cache");
    Dir = std::string(D);
  }
  llvm::Expected<std::unique_ptr<ResultCache>> C =
      ResultCache::open(Dir, P.Opts.CacheSize, P);
  if (!C)
    return C.takeError();
  P.Cache = std::move(*C);
  return llvm::Error::success();
}

} // namespace

void planFiles(Project &P, llvm::ArrayRef<size_t> Indexes) {
  compat::ThreadPool Pool(llvm::hardware_concurrency(jobs(P.Opts)));
  for (size_t I : Indexes)
    Pool.async([&P, I] { planFile(P, P.Runs[I]); });
  Pool.wait();
}

llvm::Error planAll(Project &P) {
  if (llvm::Error E = openCache(P))
    return E;
  std::vector<size_t> All(P.Runs.size());
  std::iota(All.begin(), All.end(), 0);
  planFiles(P, All);
  return llvm::Error::success();
}

} // namespace otel_tidy
