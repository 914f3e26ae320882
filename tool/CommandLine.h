//===--- CommandLine.h - otel-tidy ------------------------------*- C++ -*-===//
//
// A light reading of a clang-tidy command line (flags, files, what follows
// `--`) that keeps every argument's position, so that flags can be taken out
// and the rest handed to clang-tidy unchanged.
//
//===----------------------------------------------------------------------===//

#ifndef OTEL_TIDY_TOOL_COMMANDLINE_H
#define OTEL_TIDY_TOOL_COMMANDLINE_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include <optional>
#include <string>
#include <vector>

namespace otel_tidy {

/// One flag before `--`: `-name`, `--name`, `--name=value` or `--name value`.
struct Flag {
  std::string Name;                 ///< without dashes and value
  std::optional<std::string> Value; ///< from `=value` or the next argument
  size_t Index = 0;                 ///< position in argv
  size_t Count = 1;                 ///< argv entries it spans (1 or 2)
};

/// A positional argument (a source file) before `--`.
struct Positional {
  std::string Text;
  size_t Index = 0;
};

struct CommandLine {
  std::vector<Flag> Flags;
  std::vector<Positional> Files;
  /// Index of `--` in argv, if present; everything after it goes to the
  /// compiler.
  std::optional<size_t> DashDash;

  /// The last occurrence of a flag (clang-tidy's options are single-valued).
  const Flag *find(llvm::StringRef Name) const;
  bool has(llvm::StringRef Name) const { return find(Name) != nullptr; }
};

/// Splits \p Args (argv, with the program name first).
CommandLine parseCommandLine(llvm::ArrayRef<const char *> Args);

/// Whether a boolean flag's value means "on" (`--fix`, `--fix=true`).
bool flagIsOn(const Flag &F);

} // namespace otel_tidy

#endif
