//===--- Cache.cpp - otel-tidy ----------------------------------*- C++ -*-===//
//
// Entries are sequences of netstrings (`<length>:<bytes>`), so that what a
// child printed (which need not be UTF-8) comes back byte for byte.
//
//===----------------------------------------------------------------------===//

#include "project/Cache.h"
#include "project/Dependencies.h"
#include "clang/Basic/Version.h"
#include "llvm/Support/CachePruning.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/SHA256.h"
#include "llvm/Support/raw_ostream.h"

namespace otel_tidy {

namespace {

constexpr llvm::StringLiteral ResultMagic = "otel-tidy-result/2";
constexpr llvm::StringLiteral DepsMagic = "otel-tidy-deps/1";

void putField(llvm::raw_ostream &OS, llvm::StringRef Field) {
  OS << Field.size() << ':' << Field;
}

/// The fields of an entry; none if it does not read back.
std::optional<std::vector<std::string>> readFields(llvm::StringRef Path) {
  auto Buf = llvm::MemoryBuffer::getFile(Path, /*IsText=*/false,
                                         /*RequiresNullTerminator=*/false);
  if (!Buf)
    return std::nullopt;
  llvm::StringRef Text = (*Buf)->getBuffer();
  std::vector<std::string> Fields;
  while (!Text.empty()) {
    auto [Length, Rest] = Text.split(':');
    size_t N;
    if (Length.getAsInteger(10, N) || Rest.size() < N)
      return std::nullopt;
    Fields.push_back(Rest.take_front(N).str());
    Text = Rest.drop_front(N);
  }
  return Fields;
}

/// Writes \p Fields to \p Path atomically (a temporary file renamed).
void writeFields(llvm::StringRef Path, llvm::ArrayRef<std::string> Fields) {
  llvm::consumeError(
      llvm::writeToOutput(Path, [&](llvm::raw_ostream &OS) -> llvm::Error {
        for (const std::string &F : Fields)
          putField(OS, F);
        return llvm::Error::success();
      }));
}

std::string hashOf(llvm::StringRef Data) { return sha256Hex(Data); }

/// Size and modification time of \p Path, as the key of what it holds.
std::optional<std::pair<uint64_t, int64_t>> stamp(llvm::StringRef Path) {
  llvm::sys::fs::file_status St;
  if (llvm::sys::fs::status(Path, St))
    return std::nullopt;
  return std::make_pair(
      St.getSize(),
      static_cast<int64_t>(
          St.getLastModificationTime().time_since_epoch().count()));
}

} // namespace

llvm::Expected<std::unique_ptr<ResultCache>>
ResultCache::open(std::string Dir, uint64_t MaxBytes, const Project &P) {
  if (std::error_code EC = llvm::sys::fs::create_directories(Dir))
    return llvm::createStringError(EC, "cannot create the cache directory '" +
                                           Dir + "': " + EC.message());
  auto C = std::make_unique<ResultCache>();
  C->Dir = std::move(Dir);
  C->MaxBytes = MaxBytes;
  // otel-tidy itself: its version, its LLVM, the executable, the plugins.
  std::string Tool = OTEL_TIDY_VERSION "\n" CLANG_VERSION_STRING "\n";
  auto AddStamp = [&](llvm::StringRef File) {
    if (auto S = stamp(File))
      Tool += File.str() + "\n" + std::to_string(S->first) + "\n" +
              std::to_string(S->second) + "\n";
  };
  AddStamp(P.Self);
  for (llvm::StringRef F : P.ChildFlags)
    if (F.consume_front("--load=") || F.consume_front("-load="))
      AddStamp(F);
  C->Tool = hashOf(Tool);
  return std::move(C);
}

std::string ResultCache::path(llvm::StringRef Kind, llvm::StringRef Key) const {
  llvm::SmallString<256> P(Dir);
  llvm::sys::path::append(P, "llvmcache-" + Kind + Key);
  return std::string(P);
}

std::string ResultCache::commandKey(const FileRun &R) const {
  std::string Text = Tool + "\n" + R.Canonical + "\n";
  for (const clang::tooling::CompileCommand &C : R.Commands) {
    Text += C.Directory + "\n" + C.Filename + "\n";
    for (const std::string &A : C.CommandLine)
      Text += A + '\0';
    Text += "\n";
  }
  return hashOf(Text);
}

llvm::Expected<FileDigest> ResultCache::digest(llvm::StringRef Path) {
  {
    std::lock_guard<std::mutex> Lock(M);
    auto It = Digests.find(Path);
    if (It != Digests.end())
      return It->second;
  }
  auto Buf = llvm::MemoryBuffer::getFile(Path, false, false);
  auto S = stamp(Path);
  if (!Buf || !S)
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "cannot read '" + Path + "'");
  FileDigest D{Path.str(), S->first, S->second, hashOf((*Buf)->getBuffer())};
  std::lock_guard<std::mutex> Lock(M);
  return Digests.try_emplace(Path, std::move(D)).first->second;
}

std::optional<std::vector<FileDigest>>
ResultCache::recorded(const std::string &Key) {
  std::optional<std::vector<std::string>> F = readFields(path("d", Key));
  if (!F || F->size() < 2 || (*F)[0] != DepsMagic || (*F)[1] != Key ||
      (F->size() - 2) % 4 != 0)
    return std::nullopt;
  std::vector<FileDigest> Deps;
  for (size_t I = 2; I < F->size(); I += 4) {
    FileDigest D;
    D.Path = (*F)[I];
    D.Hash = (*F)[I + 3];
    if (llvm::StringRef((*F)[I + 1]).getAsInteger(10, D.Size) ||
        llvm::StringRef((*F)[I + 2]).getAsInteger(10, D.Time))
      return std::nullopt;
    auto S = stamp(D.Path); // changed on disk: scan again
    if (!S || S->first != D.Size || S->second != D.Time)
      return std::nullopt;
    Deps.push_back(std::move(D));
  }
  return Deps;
}

llvm::Expected<std::vector<FileDigest>>
ResultCache::dependencies(const FileRun &R, DependencyScanner &Scanner) {
  std::string Key = commandKey(R);
  if (std::optional<std::vector<FileDigest>> Deps = recorded(Key))
    return std::move(*Deps);
  llvm::Expected<std::vector<std::string>> Files = Scanner.scan(R.Commands);
  if (!Files)
    return Files.takeError();
  std::vector<FileDigest> Deps;
  std::vector<std::string> Fields = {DepsMagic.str(), Key};
  for (const std::string &F : *Files) {
    llvm::Expected<FileDigest> D = digest(F);
    if (!D)
      return D.takeError();
    Fields.insert(Fields.end(), {D->Path, std::to_string(D->Size),
                                 std::to_string(D->Time), D->Hash});
    Deps.push_back(std::move(*D));
  }
  writeFields(path("d", Key), Fields);
  return Deps;
}

std::string ResultCache::key(const Project &P, const FileRun &R,
                             llvm::ArrayRef<FileDigest> Deps) const {
  std::string Text = commandKey(R) + "\n";
  Text += P.Configs[R.Config].Text;
  Text += "\n";
  for (size_t I = 0; I < P.ChildFlags.size(); ++I) {
    if (P.ChildFlags[I] == "-p") { // where the database is does not matter
      ++I;
      continue;
    }
    Text += P.ChildFlags[I] + '\0';
  }
  for (const std::string &A : R.ExtraArgs)
    Text += A + '\0';
  for (const std::string &A : P.Tail)
    Text += A + '\0';
  Text += "\n";
  for (const FileDigest &D : Deps)
    Text += D.Path + '\0' + D.Hash + "\n";
  Text += P.CacheExtraInput;
  Text += "\n" + R.KeyExtra;
  return hashOf(Text);
}

std::optional<CachedResult> ResultCache::lookup(const std::string &Key) {
  std::string Path = path("r", Key);
  std::optional<std::vector<std::string>> F = readFields(Path);
  if (!F || F->size() != 7 || (*F)[0] != ResultMagic || (*F)[1] != Key)
    return std::nullopt;
  CachedResult R;
  R.Skipped = (*F)[2] == "1";
  if (llvm::StringRef((*F)[3]).getAsInteger(10, R.Output.Status))
    return std::nullopt;
  R.Output.Stderr = std::move((*F)[4]);
  R.Output.Diagnostics = std::move((*F)[5]);
  R.Summary = std::move((*F)[6]);
  // Used now: the last to be pruned.
  auto Now = std::chrono::system_clock::now();
  int FD;
  if (!llvm::sys::fs::openFileForWrite(Path, FD, llvm::sys::fs::CD_OpenExisting,
                                       llvm::sys::fs::OF_Append)) {
    (void)llvm::sys::fs::setLastAccessAndModificationTime(FD, Now, Now);
    llvm::sys::Process::SafelyCloseFileDescriptor(FD);
  }
  ++Hits;
  return R;
}

void ResultCache::store(const std::string &Key, const CachedResult &Result) {
  writeFields(path("r", Key),
              {ResultMagic.str(), Key, Result.Skipped ? "1" : "0",
               std::to_string(Result.Output.Status), Result.Output.Stderr,
               Result.Output.Diagnostics, Result.Summary});
}

void ResultCache::prune() {
  llvm::CachePruningPolicy Policy;
  Policy.Interval = std::chrono::seconds(0); // every run
  Policy.Expiration = std::chrono::hours(30 * 24);
  Policy.MaxSizeBytes = MaxBytes;
  (void)llvm::pruneCache(Dir, Policy);
}

} // namespace otel_tidy
