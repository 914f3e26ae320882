//===--- OutputFile.h - otel-tidy -------------------------------*- C++ -*-===//
//
// A file the driver writes (--output, --write-baseline, --export-fixes):
// opened before anything is linted, so that one that cannot be written stops
// the run at once, and written in full or not at all. The text goes to a
// temporary file beside it (removed on Ctrl-C and on failure) that replaces
// the file in one rename once complete, so a reader, or another run writing
// the same file, never sees half of it, and an interrupted run leaves the
// previous file intact. Paths that are not regular files (/dev/stdout, a
// pipe) are written directly.
//
//===----------------------------------------------------------------------===//

#ifndef OTEL_TIDY_TOOL_OUTPUTFILE_H
#define OTEL_TIDY_TOOL_OUTPUTFILE_H

#include "llvm/Support/Error.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/raw_ostream.h"
#include <memory>
#include <optional>
#include <string>

namespace otel_tidy {

class OutputFile {
public:
  /// Opens \p Path for writing; \p What names it in messages ("--output").
  static llvm::Expected<OutputFile> open(llvm::StringRef Path,
                                         llvm::StringRef What);

  OutputFile(OutputFile &&) = default;
  OutputFile &operator=(OutputFile &&) = default;
  ~OutputFile();

  llvm::raw_ostream &os() { return *Stream; }
  const std::string &path() const { return Path; }

  /// Replaces the file with what was written.
  llvm::Error commit();

private:
  OutputFile() = default;
  std::string Path, What;
  std::optional<llvm::sys::fs::TempFile> Temp;
  std::unique_ptr<llvm::raw_fd_ostream> Stream;
};

/// Fails, naming \p What and \p Path, when \p Path cannot be written: its
/// directory does not exist or is not writable, or it is a directory or a
/// read-only file.
llvm::Error checkWritable(llvm::StringRef Path, llvm::StringRef What);

} // namespace otel_tidy

#endif
