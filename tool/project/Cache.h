//===--- Cache.h - otel-tidy ------------------------------------*- C++ -*-===//
//
// The result cache: what a file's child reported (or that the pre-filter
// skipped it), kept under a key of everything the result depends on:
//
//   - otel-tidy (version, LLVM version, the executable itself, --load'ed
//     plugins),
//   - the effective check configuration for the file and the children's
//     flags,
//   - the file's compile commands,
//   - the content of the file and of every file it includes (Clang's
//     dependency scanner),
//   - an extra input, when a pass has one (Project::CacheExtraInput,
//     FileRun::KeyExtra: the summaries of the store that a file reads).
//
// Which files a file includes is kept too, with their size, time and content
// hash: when none of them changed on disk, the key is computed without
// scanning or reading anything. A changed header thus invalidates exactly
// the files that include it.
//
// Entries are files `llvmcache-*` written atomically (temporary file and
// rename), so several runs can share the cache; one that does not read back
// is ignored and rewritten. The directory is kept under a size bound by
// llvm::pruneCache, least recently used entries first.
//
//===----------------------------------------------------------------------===//

#ifndef OTEL_TIDY_TOOL_PROJECT_CACHE_H
#define OTEL_TIDY_TOOL_PROJECT_CACHE_H

#include "project/Project.h"
#include "llvm/Support/Error.h"
#include <atomic>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace otel_tidy {

class DependencyScanner;

/// A file a translation unit reads, as it was when its content was hashed.
struct FileDigest {
  std::string Path;
  uint64_t Size = 0;
  int64_t Time = 0; ///< modification time, ns
  std::string Hash; ///< SHA-256 of the content
};

/// What the cache holds for a file.
struct CachedResult {
  bool Skipped = false; ///< the pre-filter skipped it
  ChildOutput Output;
  std::string Summary; ///< its unit's exception summaries, if written
};

class ResultCache {
public:
  /// A cache in \p Dir (created if needed), bounded to \p MaxBytes; the
  /// tool's fingerprint computed from \p P.
  static llvm::Expected<std::unique_ptr<ResultCache>>
  open(std::string Dir, uint64_t MaxBytes, const Project &P);

  /// The files \p R reads: from what was recorded, when none changed on
  /// disk; else scanned with \p Scanner, hashed and recorded.
  llvm::Expected<std::vector<FileDigest>>
  dependencies(const FileRun &R, DependencyScanner &Scanner);

  /// The key of \p R's result, with its dependencies \p Deps.
  std::string key(const Project &P, const FileRun &R,
                  llvm::ArrayRef<FileDigest> Deps) const;

  std::optional<CachedResult> lookup(const std::string &Key);
  void store(const std::string &Key, const CachedResult &Result);

  /// Keeps the directory under its size bound (least recently used first).
  void prune();

  unsigned hits() const { return Hits; }

private:
  std::string Dir, Tool;
  uint64_t MaxBytes = 0;
  std::atomic<unsigned> Hits{0};
  /// Content hashes of this run, by path (a header is hashed once).
  std::mutex M;
  llvm::StringMap<FileDigest> Digests;

  std::string path(llvm::StringRef Kind, llvm::StringRef Key) const;
  llvm::Expected<FileDigest> digest(llvm::StringRef Path);
  std::optional<std::vector<FileDigest>> recorded(const std::string &Key);
  std::string commandKey(const FileRun &R) const;
};

} // namespace otel_tidy

#endif
