//===--- Pipeline.cpp - otel-tidy -------------------------------*- C++ -*-===//

#include "project/Pipeline.h"
#include "project/Cache.h"
#include "project/Children.h"
#include "project/Dependencies.h"
#include "project/Project.h"

namespace otel_tidy {

int runProject(const char *Argv0, llvm::ArrayRef<const char *> Args,
               const ProjectOptions &Opts) {
  auto Fail = [](llvm::Error E) {
    llvm::errs() << "otel-tidy: error: " << llvm::toString(std::move(E))
                 << "\n";
    removeTemporaryDatabase();
    removeTemporaryWorkDirectory();
    return 2;
  };
  // Ctrl-C from here on leaves no temporary file behind.
  installInterruptHandler();
  llvm::Expected<Project> P = readInvocation(Argv0, Args, Opts);
  if (!P)
    return Fail(P.takeError());
  static const Step Steps[] = {
      selectFiles,    selectChanged, selectShard,  setUp,       openOutputs,
      setUpSummaries, planAll,       lintAll,      summaryPass, filterFindings,
      reportFailures, applyFixes,    writeReports,
  };
  // --write-summaries: the first pass and the store, nothing reported.
  static const Step SummariesOnly[] = {
      selectFiles, selectShard, setUp,          setUpSummaries,      planAll,
      lintAll,     summaryPass, filterFindings, reportSummariesOnly,
  };
  for (Step S : Opts.WriteSummaries ? llvm::ArrayRef<Step>(SummariesOnly)
                                    : llvm::ArrayRef<Step>(Steps))
    if (llvm::Error E = S(*P))
      return Fail(std::move(E));
  if (P->Cache)
    P->Cache->prune();
  removeTemporaryDatabase();
  removeTemporaryWorkDirectory();
  return P->Exit;
}

} // namespace otel_tidy
