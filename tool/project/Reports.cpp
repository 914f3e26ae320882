//===--- Reports.cpp - otel-tidy --------------------------------*- C++ -*-===//
//
// Step 8: what the run tells. Before --fix: the files that could not be
// linted (standard error, whatever the format), the baseline, the exported
// fixes. After it: the report (--format, --output) and the summary line,
// then the problems that did not stop the run.
//
//===----------------------------------------------------------------------===//

#include "TextReport.h"
#include "project/Cache.h"
#include "project/Project.h"
#include "clang/Tooling/DiagnosticsYaml.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/YAMLTraits.h"

namespace otel_tidy {

void printFailures(Project &P) {
  std::map<std::string, std::string> OutputShown; // child stderr -> file
  TextReport ErrorText(
      llvm::errs(), P.Sources, P.Cwd,
      P.UseColor.value_or(llvm::sys::Process::StandardErrHasColors()));
  for (const Failure &Fail : P.Failures) {
    llvm::errs() << "otel-tidy: error: could not lint "
                 << relativePath(Fail.File, P.Cwd) << ": " << Fail.Reason
                 << "\n";
    for (const Finding &E : Fail.Errors)
      ErrorText.print(E);
    if (Fail.Output.empty())
      continue;
    auto [It, New] = OutputShown.try_emplace(Fail.Output, Fail.File);
    if (New)
      llvm::errs() << Fail.Output
                   << (llvm::StringRef(Fail.Output).ends_with("\n") ? ""
                                                                    : "\n");
    else
      llvm::errs() << "  (the same output as for "
                   << relativePath(It->second, P.Cwd) << ")\n";
  }
  for (const auto &[Text, File] : P.Notices)
    llvm::errs() << "otel-tidy: note: linting " << relativePath(File, P.Cwd)
                 << " printed:\n"
                 << Text;
}

namespace {

void printSummary(const Project &P) {
  std::map<std::string, unsigned> PerCheck;
  for (const Finding *F : P.Reported)
    ++PerCheck[F->Check];
  unsigned Skipped = 0, Cached = 0;
  for (const FileRun &R : P.Runs) {
    Skipped += R.Run == FileRun::State::Skipped;
    Cached += R.FromCache;
  }
  size_t Otel = llvm::count_if(
      P.Checks, [](llvm::StringRef C) { return C.starts_with("otel-"); });
  double Seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - P.Start)
          .count();
  llvm::raw_ostream &OS = llvm::errs();
  OS << "otel-tidy: " << P.Runs.size()
     << (P.Runs.size() == 1 ? " file, " : " files, ") << P.Reported.size()
     << (P.Reported.size() == 1 ? " finding" : " findings");
  if (!PerCheck.empty()) {
    OS << " (";
    for (auto It = PerCheck.begin(); It != PerCheck.end(); ++It)
      OS << (It == PerCheck.begin() ? "" : ", ") << It->first << ": "
         << It->second;
    OS << ")";
  }
  if (P.Base)
    OS << ", " << P.InBaseline << " in the baseline";
  if (P.Changes)
    OS << ", " << P.OutsideDiff << " outside the diff";
  if (P.Fix)
    OS << ", " << P.Fixed << " fixed";
  if (!P.Failures.empty())
    OS << ", " << P.Failures.size()
       << (P.Failures.size() == 1 ? " file" : " files") << " not linted";
  if (Skipped)
    OS << ", " << Skipped << " skipped (no OpenTelemetry or OpenCensus)";
  if (Cached)
    OS << ", " << Cached << " from the cache";
  if (P.Opts.ShardCount > 1)
    OS << ", shard " << P.Opts.ShardIndex + 1 << "/" << P.Opts.ShardCount;
  OS << ", " << P.Checks.size() << (P.Checks.size() == 1 ? " check" : " checks")
     << " (" << Otel << " otel), " << llvm::format("%.1fs", Seconds) << "\n";
  if (!P.Runs.empty() && Otel == 0)
    OS << "otel-tidy: note: no otel check ran: the configuration turns them "
          "off (see --list-checks)\n";
}

} // namespace

llvm::Error reportFailures(Project &P) {
  P.Exit = !P.Failures.empty() || !P.RunErrors.empty() ? 2
           : !P.Reported.empty()                       ? 1
                                                       : 0;
  if (!P.Opts.WriteBaseline.empty() && P.Exit == 1)
    P.Exit = 0; // the baseline records the findings
  printFailures(P);
  if (P.BaselineFile) {
    Baseline::write(P.BaselineFile->os(), P.Findings, P.Root);
    if (llvm::Error E = P.BaselineFile->commit())
      return E;
    llvm::errs() << "otel-tidy: wrote " << P.Findings.size()
                 << (P.Findings.size() == 1 ? " finding" : " findings")
                 << " to " << P.Opts.WriteBaseline << "\n";
  }
  if (P.FixesFile) {
    clang::tooling::TranslationUnitDiagnostics Merged;
    for (const Finding *F : P.Reported)
      Merged.Diagnostics.push_back(F->Original);
    llvm::yaml::Output YOut(P.FixesFile->os());
    YOut << Merged;
    if (llvm::Error E = P.FixesFile->commit())
      return E;
  }
  return llvm::Error::success();
}

llvm::Error writeReports(Project &P) {
  if (P.Opts.WriteBaseline.empty()) { // the baseline replaces the report
    ReportInput In;
    In.Findings = P.Reported;
    In.Failures = &P.Failures;
    In.RunErrors = &P.RunErrors;
    In.SourceRoot = P.Root;
    In.Cwd = P.Cwd;
    In.ExitCode = P.Exit;
    In.Colors = !P.ReportFile &&
                P.UseColor.value_or(llvm::sys::Process::StandardOutHasColors());
    if (!P.ReportFile) {
      writeReport(P.Opts.OutputFormat, llvm::outs(), In, P.Sources);
      llvm::outs().flush();
    } else {
      writeReport(P.Opts.OutputFormat, P.ReportFile->os(), In, P.Sources);
      if (llvm::Error E = P.ReportFile->commit())
        return E;
    }
  }
  printSummary(P);
  for (const std::string &E : P.RunErrors)
    llvm::errs() << "otel-tidy: error: " << E << "\n";
  return llvm::Error::success();
}

} // namespace otel_tidy
