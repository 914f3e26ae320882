//===--- Collect.cpp - otel-tidy --------------------------------*- C++ -*-===//
//
// What a child reported (its --export-fixes YAML, its standard error, its
// exit code), read into the file's findings and, when it could not be
// linted, its failure. The same for a child that just ran and for a result
// from the cache.
//
//===----------------------------------------------------------------------===//

#include "project/Project.h"
#include "clang/Tooling/DiagnosticsYaml.h"
#include "llvm/Support/YAMLTraits.h"
#include <map>

namespace otel_tidy {

namespace {

/// The lines of a child's standard error that are not clang-tidy's routine
/// chatter (counts of warnings, hints about header filters).
std::string unusualOutput(llvm::StringRef Stderr) {
  std::string Out;
  llvm::SmallVector<llvm::StringRef, 0> Lines;
  Stderr.split(Lines, '\n', -1, /*KeepEmpty=*/false);
  for (llvm::StringRef L : Lines) {
    llvm::StringRef T = L.trim();
    if (T.ends_with(" warning generated.") ||
        T.ends_with(" warnings generated.") || T.starts_with("Suppressed ") ||
        T.starts_with("Use -header-filter=") ||
        T == "Found compiler error(s)." ||
        T.starts_with("Error while processing "))
      continue;
    Out += L;
    Out += '\n';
  }
  return Out;
}

bool isCompilerError(const clang::tooling::Diagnostic &D) {
  return D.DiagLevel == clang::tooling::Diagnostic::Error &&
         llvm::StringRef(D.DiagnosticName).starts_with("clang-diagnostic-");
}

class Collector {
public:
  explicit Collector(std::string Cwd) : Cwd(std::move(Cwd)) {}

  Finding convert(const clang::tooling::Diagnostic &D) {
    std::string Base = D.BuildDirectory.empty() ? Cwd : D.BuildDirectory;
    Finding F;
    F.Check = D.DiagnosticName;
    F.Message = D.Message.Message;
    F.IsError = D.DiagLevel == clang::tooling::Diagnostic::Error;
    F.Loc = location(D.Message, Base);
    F.Fix = edits(D.Message.Fix, Base);
    F.Ranges = ranges(D.Message, Base);
    for (const clang::tooling::DiagnosticMessage &N : D.Notes)
      F.Notes.push_back(
          {N.Message, location(N, Base), edits(N.Fix, Base), ranges(N, Base)});
    F.Original = D;
    return F;
  }

private:
  std::string path(llvm::StringRef P, llvm::StringRef Base) {
    if (P.empty())
      return "";
    std::string Key = (Base + "\n" + P).str();
    auto It = Paths.find(Key);
    if (It == Paths.end())
      It = Paths.try_emplace(Key, canonicalPath(P, Base)).first;
    return It->second;
  }
  Location location(const clang::tooling::DiagnosticMessage &M,
                    llvm::StringRef Base) {
    Location L;
    L.File = path(M.FilePath, Base);
    L.Offset = M.FileOffset;
    return L;
  }
  std::vector<ByteRange> ranges(const clang::tooling::DiagnosticMessage &M,
                                llvm::StringRef Base) {
    std::vector<ByteRange> Out;
    for (const clang::tooling::FileByteRange &R : M.Ranges)
      Out.push_back({path(R.FilePath, Base), R.FileOffset, R.Length});
    return Out;
  }
  std::vector<Edit>
  edits(const llvm::StringMap<clang::tooling::Replacements> &Fix,
        llvm::StringRef Base) {
    std::vector<Edit> Out;
    for (const auto &Entry : Fix)
      for (const clang::tooling::Replacement &R : Entry.second)
        Out.push_back({path(R.getFilePath(), Base), R.getOffset(),
                       R.getLength(), R.getReplacementText().str()});
    llvm::sort(Out, [](const Edit &A, const Edit &B) {
      return std::tie(A.File, A.Offset) < std::tie(B.File, B.Offset);
    });
    return Out;
  }
  std::string Cwd;
  std::map<std::string, std::string> Paths;
};

} // namespace

void collect(FileRun &R, const ChildOutput &Out, llvm::StringRef Cwd) {
  R.Findings.clear();
  R.Failed.reset();
  R.Notice.clear();
  clang::tooling::TranslationUnitDiagnostics Diags;
  std::string YamlError;
  if (!Out.Diagnostics.empty()) {
    llvm::yaml::Input In(Out.Diagnostics);
    In >> Diags;
    if (In.error())
      YamlError = In.error().message();
  }
  Collector Convert(Cwd.str());
  Failure Fail;
  Fail.File = R.Canonical;
  bool CheckErrors = false; // errors from --warnings-as-errors
  bool Compiled = llvm::none_of(Diags.Diagnostics, isCompilerError);
  for (const clang::tooling::Diagnostic &D : Diags.Diagnostics) {
    Finding F = Convert.convert(D);
    if (isCompilerError(D)) {
      Fail.Errors.push_back(std::move(F));
      continue;
    }
    CheckErrors = CheckErrors || F.IsError;
    F.FromCompiledFile = Compiled;
    F.TranslationUnit = R.Canonical;
    R.Findings.push_back(std::move(F));
  }
  std::string Unusual = unusualOutput(Out.Stderr);
  if (Out.Status < 0)
    Fail.Reason = Out.ExecError.empty() ? "otel-tidy crashed"
                                        : "otel-tidy failed: " + Out.ExecError;
  else if (!YamlError.empty())
    Fail.Reason = "cannot read its diagnostics: " + YamlError;
  else if (!Fail.Errors.empty())
    Fail.Reason = "it does not compile";
  else if (Out.Status != 0 && !CheckErrors)
    Fail.Reason = "clang-tidy exited with status " + std::to_string(Out.Status);
  else if (llvm::StringRef(Unusual).contains("-load request ignored"))
    // clang-tidy goes on without the plugin's checks and exits 0.
    Fail.Reason = "a plugin given with --load could not be loaded";
  else {
    R.Notice = std::move(Unusual);
    return;
  }
  if (Fail.Errors.empty())
    Fail.Output = Unusual.empty() ? Out.Stderr : Unusual;
  R.Failed = std::move(Fail);
}

} // namespace otel_tidy
