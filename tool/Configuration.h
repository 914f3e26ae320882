//===--- Configuration.h - otel-tidy ----------------------------*- C++ -*-===//
//
// clang-tidy's configuration as the driver sees it: the same sources clang-tidy
// reads (--checks, --config, --config-file, the .clang-tidy files above a
// file), read through clang-tidy's own options providers, and the one thing
// the driver changes: the otel checks always run.
//
// For a file, the driver keeps the configured `Checks` and adds `otel-*`,
// unless a source of `Checks` names otel checks itself (`-otel-*`,
// `otel-status-ok-on-success`, ...): then the user has decided. With no
// `Checks` anywhere it runs `-*,otel-*` (clang-tidy's default checks are not
// what otel-tidy is for).
//
//===----------------------------------------------------------------------===//

#ifndef OTEL_TIDY_TOOL_CONFIGURATION_H
#define OTEL_TIDY_TOOL_CONFIGURATION_H

#include "CommandLine.h"
#include "clang-tidy/ClangTidyOptions.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/SourceMgr.h"
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace otel_tidy {

class Configuration {
public:
  /// The configuration that clang-tidy's flags in \p CL select. Fails when
  /// --config-file cannot be read.
  static llvm::Expected<Configuration> read(const CommandLine &CL);

  /// The `--checks` value clang-tidy must get for \p File (in place of any
  /// given), or none when the configuration already decides about the otel
  /// checks.
  std::optional<std::string> checksFlag(llvm::StringRef File);

  /// The options clang-tidy uses for \p File, `checksFlag` applied.
  clang::tidy::ClangTidyOptions options(llvm::StringRef File);

  /// The checks that run on \p File, sorted.
  const std::vector<std::string> &enabledChecks(llvm::StringRef File);

  /// The mistakes in the configuration of \p File, each naming the file and
  /// line: YAML that does not parse, otel checks and options that do not
  /// exist, option values the otel checks reject (ConfigErrors.cpp).
  const std::vector<std::string> &errors(llvm::StringRef File);

  /// The text of --config or --config-file, empty when neither is given.
  const std::string &configText() const { return ConfigText; }

  /// Whether \p Globs (a `Checks` value) names an otel check: a glob, with or
  /// without `-`, that starts with `otel`.
  static bool namesOtelChecks(llvm::StringRef Globs);

private:
  std::unique_ptr<clang::tidy::ClangTidyOptionsProvider> Provider;
  std::optional<std::string> ChecksArg; ///< --checks, if given
  /// --config's text, or --config-file's, and what to call it in messages.
  std::string ConfigText, ConfigName;
  /// The .clang-tidy files that did not parse: path -> `path:line:col: why`.
  std::shared_ptr<llvm::StringMap<std::string>> ParseErrors;
  llvm::StringMap<std::vector<std::string>> EnabledByChecks;
  llvm::StringMap<std::vector<std::string>> ErrorsBySources;
  /// The otel checks, and their options as `check.Option`.
  std::vector<std::string> OtelCheckNames;
  llvm::StringMap<std::string> OtelOptions;
  /// The options of every check, without the check's name (lazily).
  std::optional<std::set<std::string>> AllLocalOptions;

  void readOtelChecks();
  std::string locate(llvm::StringRef Source, llvm::StringRef Section,
                     llvm::StringRef Key);
  std::optional<std::string> otelGlobError(llvm::StringRef Glob);
  std::optional<std::string> otelOptionError(llvm::StringRef Key);
  std::vector<std::pair<std::string, std::string>>
  checkDiagnostics(const clang::tidy::ClangTidyOptions &Options);
};

/// `path:line:col: message`, as \p D would be printed on one line.
std::string diagnosticLine(const llvm::SMDiagnostic &D);

} // namespace otel_tidy

#endif
