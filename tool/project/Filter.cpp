//===--- Filter.cpp - otel-tidy ---------------------------------*- C++ -*-===//
//
// Step 6: the files' findings merged (a header's findings come with every
// file that includes it: reported once), sorted, located by line and column,
// keyed for the baseline and the fingerprints, then filtered by --diff and
// --baseline. Everything read of the sources is read now, before --fix
// changes them.
//
//===----------------------------------------------------------------------===//

#include "project/Project.h"
#include "llvm/ADT/StringMap.h"

namespace otel_tidy {

namespace {

void merge(Project &P) {
  llvm::StringMap<size_t> Seen; // finding key -> index in P.Findings
  for (FileRun &R : P.Runs) {
    for (Finding &F : R.Findings) {
      std::string Key = F.Check + "\n" + F.Loc.File + "\n" +
                        std::to_string(F.Loc.Offset) + "\n" + F.Message;
      auto [It, New] = Seen.try_emplace(Key, P.Findings.size());
      if (New)
        P.Findings.push_back(std::move(F));
      else
        P.Findings[It->second].FromCompiledFile |= F.FromCompiledFile;
    }
    R.Findings.clear();
    R.Findings.shrink_to_fit();
    if (R.Run == FileRun::State::Missing)
      P.Failures.push_back({R.Canonical, "the file does not exist", {}, ""});
    else if (R.Failed)
      P.Failures.push_back(std::move(*R.Failed));
    else if (!R.Notice.empty())
      P.Notices.try_emplace(R.Notice, R.Canonical);
  }
  llvm::sort(P.Findings, [](const Finding &A, const Finding &B) {
    return std::tuple_cat(std::tie(A.Loc.File, A.Loc.Offset),
                          samePlaceOrder(A.Check, A.Message)) <
           std::tuple_cat(std::tie(B.Loc.File, B.Loc.Offset),
                          samePlaceOrder(B.Check, B.Message));
  });
}

void locate(Project &P) {
  std::map<std::string, unsigned> Occurrences;
  for (Finding &F : P.Findings) {
    P.Sources.locate(F.Loc);
    for (Edit &E : F.Fix)
      P.Sources.locate(E);
    for (Note &N : F.Notes) {
      P.Sources.locate(N.Loc);
      for (Edit &E : N.Fix)
        P.Sources.locate(E);
    }
    F.Statement = P.Sources.statement(F.Loc.File, F.Loc.Offset);
    std::string Key =
        baselineKey(F.Check, relativePath(F.Loc.File, P.Root), F.Statement);
    F.Occurrence = Occurrences[Key]++;
    F.Fingerprint = sha256Hex(Key + "\n" + std::to_string(F.Occurrence));
    if (P.Changes)
      F.OutsideDiff = !lineChanged(*P.Changes, F.Loc.File, F.Loc.Line);
  }
  for (Failure &Fail : P.Failures)
    for (Finding &E : Fail.Errors)
      P.Sources.locate(E.Loc);
}

} // namespace

llvm::Error filterFindings(Project &P) {
  merge(P);
  locate(P);
  if (P.Base)
    P.Base->apply(P.Findings, P.Root);
  for (const Finding &F : P.Findings) {
    if (F.reported())
      P.Reported.push_back(&F);
    else if (F.InBaseline)
      ++P.InBaseline;
    else
      ++P.OutsideDiff;
  }
  return llvm::Error::success();
}

} // namespace otel_tidy
