//===--- Analyses.cpp - otel-tidy -------------------------------*- C++ -*-===//

#include "analysis/Analyses.h"
#include "llvm/Support/FileSystem.h"
#include <map>
#include <mutex>

namespace clang::tidy::otel {

Analyses::Analyses(const OtelOptions &Options)
    : Opts(Options), Outcomes(Opts), Status(Opts), Attributes(Opts),
      Exceptions(Opts, Attributes),
      Paths(Opts, Outcomes, Status, Exceptions, Index, Graphs),
      Flow(Exceptions, Paths, Index) {
  if (Opts.SummaryStore.empty())
    return;
  // One copy per process and version of the file (clangd and run-clang-tidy
  // lint many translation units with one store).
  static std::mutex Lock;
  static std::map<std::string,
                  std::pair<std::string, std::shared_ptr<const SummaryStore>>>
      Loaded;
  std::lock_guard<std::mutex> Guard(Lock);
  llvm::sys::fs::file_status Status;
  std::string Version;
  if (!llvm::sys::fs::status(Opts.SummaryStore, Status))
    Version = std::to_string(Status.getSize()) + "@" +
              std::to_string(
                  Status.getLastModificationTime().time_since_epoch().count());
  auto &Slot = Loaded[Opts.SummaryStore];
  if (!Slot.second || Slot.first != Version) {
    llvm::Expected<std::shared_ptr<const SummaryStore>> S =
        SummaryStore::load(Opts.SummaryStore);
    if (!S) {
      StoreError = llvm::toString(S.takeError());
      Slot = {};
      return;
    }
    Slot = {Version, *S};
  }
  Store = Slot.second;
  Flow.setExternal(Store.get());
}

std::shared_ptr<Analyses> Analyses::acquire(const void *Finder,
                                            const OtelOptions &Opts) {
  // clangd builds several translation units at once, on several threads.
  static std::mutex Lock;
  static std::map<std::pair<const void *, std::string>, std::weak_ptr<Analyses>>
      Live;
  std::lock_guard<std::mutex> Guard(Lock);
  for (auto It = Live.begin(); It != Live.end();)
    It = It->second.expired() ? Live.erase(It) : std::next(It);
  std::weak_ptr<Analyses> &Slot = Live[{Finder, Opts.fingerprint()}];
  if (std::shared_ptr<Analyses> Existing = Slot.lock())
    return Existing;
  auto Created = std::make_shared<Analyses>(Opts);
  Slot = Created;
  return Created;
}

bool Analyses::claimCollection() {
  if (Collecting)
    return false;
  Collecting = true;
  return true;
}

void Analyses::finishCollection(ASTContext &Ctx) {
  Context = &Ctx;
  if (Finished)
    return;
  Finished = true;
  Index.indexLambdas();
}

} // namespace clang::tidy::otel
