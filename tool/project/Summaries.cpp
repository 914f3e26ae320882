//===--- Summaries.cpp - otel-tidy ------------------------------*- C++ -*-===//
//
// The cross-file analysis of otel-duplicate-exception-recording: a record in
// client.cpp and a record of the same exception in service.cpp.
//
//   1. The first pass is the lint itself: each child also writes its unit's
//      exception summaries (option SummaryOutput) into a private directory.
//      Its result and its summaries are cached together, so an unchanged
//      file is neither linted nor summarised again.
//   2. The summaries are merged into the summary store (by default
//      BUILD/.otel-tidy-cache/summaries.json). A store whose content would
//      not change is not written again.
//   3. A unit whose queries (the other files' functions it calls in a
//      `try`) have summaries in the store is linted again, reading the store
//      (option SummaryStore): only those can have a finding the first pass
//      did not see. Their results are cached under the summaries they read,
//      so they are linted again only when those change.
//
// A run over part of the database (files given, --diff, --shard) adds its
// units to those of the store. --summary-store=FILE reads a store written
// earlier (--write-summaries) as it is: every file is linted once, reading
// it. A file the pre-filter skips
// is not summarised: a chain through it is unknown, and unknown callees never
// give a finding.
//
//===----------------------------------------------------------------------===//

#include "analysis/SummaryStore.h"
#include "project/Cache.h"
#include "project/Children.h"
#include "project/Project.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SHA256.h"
#include "llvm/Support/raw_ostream.h"
#include <numeric>

namespace otel_tidy {

namespace {

using clang::tidy::otel::RecordedException;
using clang::tidy::otel::SummaryStore;

constexpr llvm::StringLiteral FirstPassKey = "summaries/1";

/// Whether \p Flag is --config or --config-file; \p Joined: with its value.
bool isConfigFlag(llvm::StringRef Flag, bool &Joined) {
  Flag = Flag.ltrim('-');
  for (llvm::StringRef Name : {"config", "config-file"}) {
    if (Flag == Name) {
      Joined = false;
      return true;
    }
    if (Flag.starts_with((Name + "=").str())) {
      Joined = true;
      return true;
    }
  }
  return false;
}

/// The escapes of \p Escapes as text, for a cache key.
void describe(llvm::raw_ostream &OS,
              const std::vector<RecordedException> &Escapes) {
  for (const RecordedException &E : Escapes) {
    OS << E.Type.Name << '\0';
    for (const std::string &B : E.Type.Bases)
      OS << B << '\0';
    for (const clang::tidy::otel::Hop &H : E.Chain)
      OS << int(H.HopKind) << H.Function << '\0' << H.Where << '\0';
    OS << '\n';
  }
}

/// What \p Unit (a unit's summaries) reads from \p Store: the summaries of
/// its queries, as text; empty when it reads none.
std::string readFromStore(llvm::StringRef Unit, const SummaryStore &Store) {
  llvm::Expected<llvm::json::Value> V = llvm::json::parse(Unit);
  if (!V) {
    llvm::consumeError(V.takeError());
    return "";
  }
  const llvm::json::Object *Root = V->getAsObject();
  const llvm::json::Object *Units = Root ? Root->getObject("units") : nullptr;
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  if (Units)
    for (const auto &U : *Units)
      if (const llvm::json::Object *O = U.second.getAsObject())
        if (const llvm::json::Array *Queries = O->getArray("queries"))
          for (const llvm::json::Value &Q : *Queries)
            if (std::optional<llvm::StringRef> Usr = Q.getAsString())
              if (const std::vector<RecordedException> *E =
                      Store.escapesOf(*Usr)) {
                OS << *Usr << '\n';
                describe(OS, *E);
              }
  return OS.str();
}

std::string readAll(llvm::StringRef Path) {
  auto Buf = llvm::MemoryBuffer::getFile(Path, false, false);
  return Buf ? (*Buf)->getBuffer().str() : "";
}

/// Merges the units' summaries into the store; false when the store already
/// held exactly that.
llvm::Expected<bool> writeStore(Project &P) {
  std::vector<std::string> Units;
  for (size_t I = 0; I < P.Runs.size(); ++I) {
    if (P.Runs[I].Summary.empty())
      continue;
    llvm::SmallString<256> F(P.WorkDir);
    llvm::sys::path::append(F, "m" + std::to_string(I) + ".json");
    std::error_code EC;
    llvm::raw_fd_ostream OS(F, EC);
    if (EC)
      return llvm::createStringError(EC, "cannot write '" + F +
                                             "': " + EC.message());
    OS << P.Runs[I].Summary;
    Units.push_back(std::string(F));
  }
  // A run over part of the database (files given, --diff, --shard) keeps
  // the other files' units of the store (stale ones are ignored by their
  // content hashes); a run over all of it replaces them.
  bool Part =
      !P.Files.empty() || !P.Opts.DiffRev.empty() || P.Opts.ShardCount > 1;
  if (Part && llvm::sys::fs::exists(P.StorePath))
    Units.insert(Units.begin(), P.StorePath);
  llvm::SmallString<256> Merged(P.WorkDir);
  llvm::sys::path::append(Merged, "store.json");
  if (llvm::Error E = SummaryStore::merge(Units, Merged))
    return std::move(E);
  for (const std::string &U : Units)
    if (U != P.StorePath)
      llvm::sys::fs::remove(U);
  std::string Text = readAll(Merged);
  llvm::sys::fs::remove(Merged);
  if (llvm::sys::fs::exists(P.StorePath) && readAll(P.StorePath) == Text)
    return false;
  if (std::error_code EC = llvm::sys::fs::create_directories(
          llvm::sys::path::parent_path(P.StorePath)))
    return llvm::createStringError(EC, "cannot create the directory of '" +
                                           P.StorePath + "': " + EC.message());
  // A temporary file renamed over the store: a reader never sees half of
  // it, and an interrupt leaves the previous one.
  if (llvm::Error E = llvm::writeToOutput(
          P.StorePath, [&](llvm::raw_ostream &OS) -> llvm::Error {
            OS << Text;
            return llvm::Error::success();
          }))
    return std::move(E);
  return true;
}

llvm::Expected<std::shared_ptr<const SummaryStore>> loadStore(Project &P) {
  llvm::Expected<std::shared_ptr<const SummaryStore>> S =
      SummaryStore::load(P.StorePath);
  if (!S)
    return S.takeError();
  return std::move(*S);
}

} // namespace

std::vector<std::string> childFlags(const Project &P, const FileRun &R,
                                    const std::string &SummaryFile) {
  if (R.Summaries == FileRun::Pass::Plain)
    return P.ChildFlags;
  std::vector<std::string> Flags = P.StoreChildFlags;
  clang::tidy::ClangTidyOptions Options = *P.StoreConfig;
  if (R.Summaries == FileRun::Pass::WriteSummaries)
    Options.CheckOptions["SummaryOutput"] =
        clang::tidy::ClangTidyOptions::ClangTidyValue(SummaryFile.c_str());
  else
    Options.CheckOptions["SummaryStore"] =
        clang::tidy::ClangTidyOptions::ClangTidyValue(P.StorePath.c_str());
  Flags.push_back("--config=" + clang::tidy::configurationAsText(Options));
  return Flags;
}

llvm::Error setUpSummaries(Project &P) {
  P.CrossFiles =
      P.Opts.Summaries && P.Db &&
      llvm::is_contained(P.Checks, "otel-duplicate-exception-recording");
  if (!P.CrossFiles) {
    if (P.Opts.WriteSummaries)
      return projectError(
          P.Db ? "--write-summaries: otel-duplicate-exception-recording "
                 "does not run, so there are no summaries to write"
               : "--write-summaries needs a compilation database (-p)");
    return llvm::Error::success();
  }
  P.StoreGiven = !P.Opts.SummaryStore.empty() && !P.Opts.WriteSummaries;
  if (!P.StoreGiven) {
    llvm::Expected<std::string> Dir = temporaryWorkDirectory();
    if (!Dir)
      return Dir.takeError();
    P.WorkDir = *Dir;
  }
  if (!P.Opts.SummaryStore.empty()) {
    llvm::SmallString<256> Abs(P.Opts.SummaryStore);
    llvm::sys::fs::make_absolute(Abs);
    P.StorePath = std::string(Abs);
  } else if (!P.Opts.Cache && !P.Opts.WriteSummaries) {
    // --no-cache writes nothing in the build tree: a store for this run.
    llvm::SmallString<256> D(P.WorkDir);
    llvm::sys::path::append(D, "summaries.json");
    P.StorePath = std::string(D);
  } else {
    llvm::SmallString<256> D(P.Opts.CacheDir);
    if (D.empty()) {
      D = P.DbDir;
      llvm::sys::path::append(D, ".otel-tidy-cache");
    }
    llvm::sys::path::append(D, "summaries.json");
    llvm::sys::fs::make_absolute(D);
    P.StorePath = std::string(D);
  }

  // The children's configuration, with one option more: the user's
  // --config or --config-file as they are, else the files' own.
  bool SkipNext = false;
  for (const std::string &F : P.ChildFlags) {
    bool Joined = false;
    if (SkipNext)
      SkipNext = false;
    else if (isConfigFlag(F, Joined))
      SkipNext = !Joined;
    else
      P.StoreChildFlags.push_back(F);
  }
  const std::string &Text = P.Config->configText();
  if (llvm::StringRef(Text).trim().empty()) {
    P.StoreConfig.emplace();
    P.StoreConfig->InheritParentConfig = true;
  } else {
    llvm::ErrorOr<clang::tidy::ClangTidyOptions> Parsed =
        clang::tidy::parseConfiguration(
            llvm::MemoryBufferRef(Text, "--config"));
    if (!Parsed) // setUp has reported it already
      return projectError("--config: " + Parsed.getError().message());
    P.StoreConfig = std::move(*Parsed);
  }

  if (P.StoreGiven) {
    // Read as it is; the results depend on what it holds.
    llvm::Expected<std::shared_ptr<const SummaryStore>> S = loadStore(P);
    if (!S)
      return S.takeError();
    std::string Key = "store:" + sha256Hex(readAll(P.StorePath));
    for (FileRun &R : P.Runs) {
      R.Summaries = FileRun::Pass::ReadStore;
      R.KeyExtra = Key;
    }
    P.StoreNote = "read as it is";
    llvm::errs() << "otel-tidy: summary store " << P.StorePath << ": "
                 << P.StoreNote << "\n";
    return llvm::Error::success();
  }
  for (FileRun &R : P.Runs) {
    R.Summaries = FileRun::Pass::WriteSummaries;
    R.KeyExtra = FirstPassKey.str();
  }
  return llvm::Error::success();
}

llvm::Error summaryPass(Project &P) {
  if (!P.CrossFiles || P.StoreGiven)
    return llvm::Error::success();
  llvm::Expected<bool> Written = writeStore(P);
  if (!Written)
    return Written.takeError();
  size_t Units = llvm::count_if(
      P.Runs, [](const FileRun &R) { return !R.Summary.empty(); });
  P.StoreNote = (*Written ? "written, " : "reused, ") + std::to_string(Units) +
                (Units == 1 ? " unit" : " units");
  if (P.Opts.WriteSummaries)
    return llvm::Error::success(); // reportSummariesOnly says it

  // The units whose queries the store answers: linted again, reading it.
  llvm::Expected<std::shared_ptr<const SummaryStore>> Store = loadStore(P);
  if (!Store)
    return Store.takeError();
  std::vector<size_t> Again;
  for (size_t I = 0; I < P.Runs.size(); ++I) {
    FileRun &R = P.Runs[I];
    if (R.Summary.empty())
      continue;
    std::string Reads = readFromStore(R.Summary, **Store);
    if (Reads.empty())
      continue;
    R.Summaries = FileRun::Pass::ReadStore;
    R.KeyExtra = "store:" + sha256Hex(Reads);
    R.Run = FileRun::State::Pending;
    R.CacheKey.clear();
    R.FromCache = false;
    Again.push_back(I);
  }
  if (!Again.empty()) {
    planFiles(P, Again);
    lintFiles(P, Again);
    P.StoreNote += ", " + std::to_string(Again.size()) +
                   (Again.size() == 1 ? " file" : " files") + " read it";
  }
  // Said now, before the failures, the report and the summary line.
  llvm::errs() << "otel-tidy: summary store " << P.StorePath << ": "
               << P.StoreNote << "\n";
  return llvm::Error::success();
}

llvm::Error reportSummariesOnly(Project &P) {
  printFailures(P);
  llvm::errs() << "otel-tidy: summary store " << P.StorePath << ": "
               << P.StoreNote << "\n";
  P.Exit = !P.Failures.empty() || !P.RunErrors.empty() ? 2 : 0;
  return llvm::Error::success();
}

} // namespace otel_tidy
