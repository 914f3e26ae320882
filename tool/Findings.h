//===--- Findings.h - otel-tidy ---------------------------------*- C++ -*-===//
//
// What a project run collects: findings (clang-tidy diagnostics with their
// notes and fixes, located by line and column), files that could not be
// linted, and the source text needed to locate and key them.
//
//===----------------------------------------------------------------------===//

#ifndef OTEL_TIDY_TOOL_FINDINGS_H
#define OTEL_TIDY_TOOL_FINDINGS_H

#include "clang/Tooling/Core/Diagnostic.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Config/llvm-config.h"
#include "llvm/Support/MemoryBuffer.h"
#include <memory>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

namespace otel_tidy {

/// A place in a source file. Line and columns are 1-based; 0 when unknown.
struct Location {
  std::string File; ///< canonical absolute path; empty: no location
  unsigned Offset = 0;
  unsigned Line = 0;
  unsigned Column = 0;     ///< in bytes, as clang counts
  unsigned CharColumn = 0; ///< in Unicode code points (SARIF)
};

/// One replacement of a fix.
struct Edit {
  std::string File; ///< canonical absolute path
  unsigned Offset = 0;
  unsigned Length = 0;
  std::string Text;
  /// Offset and length in Unicode code points (SARIF), set by
  /// SourceCache::locate.
  unsigned CharOffset = 0;
  unsigned CharLength = 0;
};

/// A range of source the diagnostic points at (underlined in text).
struct ByteRange {
  std::string File; ///< canonical absolute path
  unsigned Offset = 0;
  unsigned Length = 0;
};

struct Note {
  std::string Message;
  Location Loc;
  std::vector<Edit> Fix;
  std::vector<ByteRange> Ranges;
};

struct Finding {
  std::string Check;
  std::string Message;
  bool IsError = false; ///< level error (--warnings-as-errors, compiler)
  Location Loc;
  std::vector<Note> Notes;
  std::vector<Edit> Fix; ///< the diagnostic's own fix
  std::vector<ByteRange> Ranges;
  /// The main file of the (first) run that reported it.
  std::string TranslationUnit;
  /// The source line(s) of the flagged statement, whitespace collapsed.
  std::string Statement;
  /// Position among findings with the same check, file and statement.
  unsigned Occurrence = 0;
  std::string Fingerprint; ///< stable: hash of the baseline key
  bool InBaseline = false;
  bool OutsideDiff = false;
  /// Reported by a translation unit that compiled: its fix may be applied
  /// without --fix-errors.
  bool FromCompiledFile = true;
  clang::tooling::Diagnostic Original; ///< as exported, for --export-fixes

  bool reported() const { return !InBaseline && !OutsideDiff; }
};

/// Two findings at one place in clang-tidy's order, so that a report (whole
/// or merged from shards) equals clang-tidy's own: by check name, then
/// message, up to LLVM 21; by message, then check name, from LLVM 22 on.
template <typename T>
std::tuple<const T &, const T &> samePlaceOrder(const T &Check,
                                                const T &Message) {
#if LLVM_VERSION_MAJOR >= 22
  return {Message, Check};
#else
  return {Check, Message};
#endif
}

/// A file of the project that could not be linted.
struct Failure {
  std::string File;
  std::string Reason;          ///< one line
  std::vector<Finding> Errors; ///< the compiler's errors, if it got that far
  std::string Output;          ///< the child's stderr when there are none
};

/// Source files read once, for lines, columns and statement text.
class SourceCache {
public:
  /// Fills Line/Column/CharColumn of \p Loc from its file and offset.
  void locate(Location &Loc);
  /// Fills CharOffset/CharLength of \p E.
  void locate(Edit &E);
  /// The text of line \p Line (1-based) of \p File, without its newline.
  llvm::StringRef line(llvm::StringRef File, unsigned Line);
  /// The whole text of \p File, as first read; none if it cannot be read.
  std::optional<llvm::StringRef> text(llvm::StringRef File);
  /// The flagged statement at \p Offset: its line, continued until a line
  /// holding `;`, `{` or `}`, with runs of whitespace collapsed.
  std::string statement(llvm::StringRef File, unsigned Offset);

private:
  unsigned charOffset(llvm::StringRef File, unsigned Offset);
  struct Entry {
    std::unique_ptr<llvm::MemoryBuffer> Buffer;
    std::vector<unsigned> LineStarts;
  };
  Entry *get(llvm::StringRef File);
  llvm::StringMap<Entry> Files;
};

/// \p Path made absolute against \p Base, dots removed, symlinks resolved
/// when it exists.
std::string canonicalPath(llvm::StringRef Path, llvm::StringRef Base);

/// \p Path relative to \p Root with `/` separators when it is inside it;
/// otherwise \p Path unchanged.
std::string relativePath(llvm::StringRef Path, llvm::StringRef Root);

/// \p S as valid UTF-8 (what JSON holds): invalid bytes become U+FFFD, as
/// llvm::json does. Source text need not be UTF-8.
std::string utf8Text(llvm::StringRef S);

/// Lowercase hex SHA-256 of \p Data.
std::string sha256Hex(llvm::StringRef Data);

} // namespace otel_tidy

#endif
