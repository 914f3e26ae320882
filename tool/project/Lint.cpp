//===--- Lint.cpp - otel-tidy -----------------------------------*- C++ -*-===//
//
// Step 5: one child `otel-tidy <flags> --export-fixes=<tmp>.yaml <file>` per
// file left to lint, -j at a time on LLVM's thread pool. Each child is the
// single-file driver (clang-tidy itself), so the project mode lints exactly
// what a single-file run lints. What it reports is read at once (the raw
// output is not kept) and stored in the result cache.
//
//===----------------------------------------------------------------------===//

#include "Compat.h"
#include "project/Cache.h"
#include "project/Children.h"
#include "project/Progress.h"
#include "project/Project.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FileUtilities.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include <numeric>

namespace otel_tidy {

namespace {

std::string readAll(llvm::StringRef Path) {
  auto Buf = llvm::MemoryBuffer::getFile(Path, false, false);
  return Buf ? (*Buf)->getBuffer().str() : "";
}

/// Runs the child of \p R (\p Index in Project::Runs); what it reported.
/// The first pass's summaries go into \p R.
ChildOutput runOne(const Project &P, FileRun &R, size_t Index) {
  ChildOutput Out;
  // Names only: the files are made by the child, and removed by runChild's
  // handler should the run be interrupted before they are by FileRemover.
  llvm::SmallString<128> Yaml, Err;
  llvm::sys::fs::createUniquePath("otel-tidy-%%%%%%%%%%%%.yaml", Yaml,
                                  /*MakeAbsolute=*/false);
  llvm::sys::path::system_temp_directory(/*ErasedOnReboot=*/true, Err);
  llvm::sys::path::append(Err, Yaml);
  Yaml = Err;
  Err += ".err";
  llvm::FileRemover RemoveYaml(Yaml), RemoveErr(Err);
  std::string ExportFlag = ("--export-fixes=" + Yaml).str();
  std::string SummaryFile;
  if (R.Summaries == FileRun::Pass::WriteSummaries) {
    llvm::SmallString<256> F(P.WorkDir);
    llvm::sys::path::append(F, "u" + std::to_string(Index) + ".json");
    SummaryFile = std::string(F);
  }
  llvm::FileRemover RemoveSummary(SummaryFile);
  std::vector<std::string> Flags = childFlags(P, R, SummaryFile);
  std::vector<llvm::StringRef> Argv = {P.Self};
  Argv.insert(Argv.end(), Flags.begin(), Flags.end());
  Argv.insert(Argv.end(), R.ExtraArgs.begin(), R.ExtraArgs.end());
  Argv.push_back(ExportFlag);
  Argv.push_back(R.Arg);
  Argv.insert(Argv.end(), P.Tail.begin(), P.Tail.end());
  std::vector<std::string> Written = {std::string(Yaml)};
  if (!SummaryFile.empty())
    Written.push_back(SummaryFile);
  Out.Status = runChild(P.Self, Argv, Err, Written, Out.ExecError);
  Out.Stderr = readAll(Err);
  // clang-tidy writes the file only when there is a diagnostic.
  Out.Diagnostics = readAll(Yaml);
  if (!SummaryFile.empty())
    R.Summary = readAll(SummaryFile);
  return Out;
}

/// Whether the same inputs give the same result again: the file was linted,
/// or does not compile (not: a crash, a plugin that did not load).
bool repeatable(const FileRun &R, const ChildOutput &Out) {
  return Out.Status >= 0 && (!R.Failed || !R.Failed->Errors.empty());
}

} // namespace

void lintFiles(Project &P, llvm::ArrayRef<size_t> Indexes) {
  std::vector<size_t> Todo;
  for (size_t I : Indexes)
    if (P.Runs[I].Run == FileRun::State::Pending)
      Todo.push_back(I);
  if (Todo.empty())
    return;
  unsigned Jobs =
      std::max<size_t>(1, std::min<size_t>(jobs(P.Opts), Todo.size()));
  Progress Bar(Todo.size(), P.Opts.ProgressInterval);
  compat::ThreadPool Pool(llvm::hardware_concurrency(Jobs));
  for (size_t I : Todo)
    Pool.async([&P, &Bar, I] {
      FileRun &R = P.Runs[I];
      ChildOutput Out = runOne(P, R, I);
      collect(R, Out, P.Cwd);
      R.Run = FileRun::State::Linted;
      R.FromCache = false;
      if (P.Cache && !R.CacheKey.empty() && repeatable(R, Out))
        P.Cache->store(R.CacheKey,
                       CachedResult{false, std::move(Out), R.Summary});
      Bar.done(R.Arg);
    });
  Pool.wait();
  Bar.finish();
}

llvm::Error lintAll(Project &P) {
  std::vector<size_t> All(P.Runs.size());
  std::iota(All.begin(), All.end(), 0);
  lintFiles(P, All);
  return llvm::Error::success();
}

} // namespace otel_tidy
