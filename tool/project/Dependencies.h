//===--- Dependencies.h - otel-tidy -----------------------------*- C++ -*-===//
//
// The files a translation unit reads (its main file and every header it
// includes), found by Clang's dependency scanner as clang-scan-deps finds
// them: the preprocessor's directives only, far faster than a parse.
//
//===----------------------------------------------------------------------===//

#ifndef OTEL_TIDY_TOOL_PROJECT_DEPENDENCIES_H
#define OTEL_TIDY_TOOL_PROJECT_DEPENDENCIES_H

#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/Support/Error.h"
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

namespace otel_tidy {

class DependencyScanner {
public:
  /// \p ResourceDir: clang's builtin headers, as the lint uses them.
  explicit DependencyScanner(std::string ResourceDir);
  ~DependencyScanner();

  /// The canonical paths of the files \p Command reads, sorted; an error
  /// with clang's diagnostics when it cannot be scanned. Thread-safe.
  llvm::Expected<std::vector<std::string>>
  scan(const clang::tooling::CompileCommand &Command);
  /// The files any of \p Commands reads (a file compiled several ways).
  llvm::Expected<std::vector<std::string>>
  scan(llvm::ArrayRef<clang::tooling::CompileCommand> Commands);

private:
  struct Impl;
  std::unique_ptr<Impl> P;
};

/// The files of \p Db that include each of \p Headers (canonical paths),
/// found by scanning every file of \p Db, \p Jobs at a time; canonical
/// paths, sorted. \p Unscanned gets the files that could not be scanned,
/// with why.
std::map<std::string, std::vector<std::string>>
includersOf(const clang::tooling::CompilationDatabase &Db,
            const std::set<std::string> &Headers, DependencyScanner &Scanner,
            unsigned Jobs, std::map<std::string, std::string> &Unscanned);

/// The files of Makefile-style dependencies (`out: a.cpp b.h \`), as written.
std::vector<std::string> parseMakeDependencies(llvm::StringRef Text);

} // namespace otel_tidy

#endif
