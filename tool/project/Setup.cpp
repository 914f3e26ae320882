//===--- Setup.cpp - otel-tidy ----------------------------------*- C++ -*-===//
//
// Step 3, before anything is linted: configuration mistakes stop the run; the
// checks that run are counted (the children configure themselves the same
// way); the outputs are opened (one that cannot be written stops the run)
// and the baseline read (one that cannot be is reported at the end).
//
//===----------------------------------------------------------------------===//

#include "project/Prefilter.h"
#include "project/Project.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Regex.h"
#include <map>
#include <set>

namespace otel_tidy {

namespace {

/// A --header-filter that also lets through \p Headers (canonical paths),
/// whichever way clang names them (`/abs/dir/a.h`, `../dir/a.h`, `a.h`).
std::string headerFilterWith(const std::string &Configured,
                             const std::vector<std::string> &Headers) {
  std::string Regex = Configured.empty() ? "" : "(" + Configured + ")";
  for (llvm::StringRef H : Headers) {
    std::string Base = llvm::Regex::escape(llvm::sys::path::filename(H));
    std::string Dir = llvm::Regex::escape(
        llvm::sys::path::filename(llvm::sys::path::parent_path(H)));
    Regex += (Regex.empty() ? "" : "|") +
             ("(^|/)" + Dir + "/" + Base + "$|^(\\./)?" + Base + "$");
  }
  return Regex;
}

} // namespace

llvm::Error setUp(Project &P) {
  std::set<std::string> Checks, Errors;
  std::map<std::string, size_t> ConfigIndex; // text -> Configs
  for (FileRun &R : P.Runs) {
    const std::vector<std::string> &Enabled =
        P.Config->enabledChecks(R.Canonical);
    Checks.insert(Enabled.begin(), Enabled.end());
    for (const std::string &E : P.Config->errors(R.Canonical))
      Errors.insert(E);
    clang::tidy::ClangTidyOptions Options = P.Config->options(R.Canonical);
    std::string Text = clang::tidy::configurationAsText(Options);
    auto [It, New] = ConfigIndex.try_emplace(Text, P.Configs.size());
    if (New)
      P.Configs.push_back(
          {Text, prefilterApplies(Enabled), wrapperNames(Options)});
    R.Config = It->second;
  }
  if (!Errors.empty())
    return projectError(llvm::join(Errors, "\notel-tidy: error: "));
  P.Checks.assign(Checks.begin(), Checks.end());

  // Headers linted through the files that include them: their findings are
  // reported too.
  if (!P.ThroughIncluders.empty())
    P.HeaderFilter =
        headerFilterWith(P.Config->options(P.Runs.front().Canonical)
                             .HeaderFilterRegex.value_or(""),
                         P.ThroughIncluders);
  if (P.HeaderFilter)
    P.ChildFlags.push_back("--header-filter=" + *P.HeaderFilter);
  return llvm::Error::success();
}

llvm::Error openOutputs(Project &P) {
  auto Open = [](const std::string &Path, llvm::StringRef What,
                 std::optional<OutputFile> &File) -> llvm::Error {
    if (Path.empty())
      return llvm::Error::success();
    llvm::Expected<OutputFile> F = OutputFile::open(Path, What);
    if (!F)
      return F.takeError();
    File.emplace(std::move(*F));
    return llvm::Error::success();
  };
  if (llvm::Error E = llvm::joinErrors(
          llvm::joinErrors(
              Open(P.Opts.Output, "--output", P.ReportFile),
              Open(P.Opts.WriteBaseline, "--write-baseline", P.BaselineFile)),
          Open(P.ExportFixes, "--export-fixes", P.FixesFile)))
    return E;
  if (!P.Opts.Baseline.empty()) {
    if (llvm::Expected<Baseline> B = Baseline::load(P.Opts.Baseline))
      P.Base = std::move(*B);
    else
      P.RunErrors.push_back(llvm::toString(B.takeError()));
  }
  return llvm::Error::success();
}

} // namespace otel_tidy
