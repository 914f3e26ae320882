//===--- Options.h - otel-tidy ----------------------------------*- C++ -*-===//
//
// The options every otel-* check understands. They are read with
// getLocalOrGlobal, so one global `CheckOptions` entry (for example
// `FailureFunctionPattern`) serves every check, and a check-local entry
// (`otel-status-ok-on-success.FailureFunctionPattern`) overrides it.
//
//===----------------------------------------------------------------------===//

#ifndef OTEL_TIDY_MODEL_OPTIONS_H
#define OTEL_TIDY_MODEL_OPTIONS_H

#include "clang-tidy/ClangTidyCheck.h"
#include "model/Names.h"
#include "llvm/Support/Regex.h"
#include <memory>
#include <string>

namespace clang::tidy::otel {

/// A regular expression option. A leading "(?i)" makes it case-insensitive
/// (llvm::Regex has no inline flags, so it is handled here).
class NamePattern {
public:
  explicit NamePattern(llvm::StringRef Source);
  bool matches(llvm::StringRef Name) const;
  /// An empty pattern is valid and matches nothing.
  bool isValid() const {
    return Source.empty() || (Compiled && Compiled->isValid());
  }
  llvm::StringRef source() const { return Source; }

private:
  std::string Source;
  std::shared_ptr<llvm::Regex> Compiled;
};

/// Options shared by all checks (see docs/options.md).
struct OtelOptions {
  static constexpr llvm::StringLiteral DefaultFailureFunctionPattern =
      "(?i)(error|fail|exception|abort)";

  std::string OkStatusFunctionsRaw;
  std::string StatusSettersRaw;
  std::string OkStatusValuesRaw;
  std::string SuccessPredicatesRaw;
  std::string FailurePredicatesRaw;
  std::string FailureFunctionPatternRaw;
  std::string ErrorTypeKeysRaw;
  std::string ExceptionRecordersRaw;

  NameList OkStatusFunctions;  // calls that set a span status to OK
  NameList StatusSetters;      // calls taking a status argument
  NameList OkStatusValues;     // enumerators that mean OK for StatusSetters
  NameList SuccessPredicates;  // calls whose true result means success
  NameList FailurePredicates;  // calls whose true result means failure
  NameList ErrorTypeKeys;      // attribute keys that mean error.type
  NameList ExceptionRecorders; // calls that record the caught exception
  NamePattern FailureFunctionPattern{DefaultFailureFunctionPattern};

  /// Reads every option through getLocalOrGlobal.
  static OtelOptions read(const ClangTidyCheck::OptionsView &Options);
  /// Writes the options a check uses, so --dump-config shows them.
  void storeStatusOptions(ClangTidyCheck::OptionsView &Options,
                          ClangTidyOptions::OptionMap &Opts) const;
  void storeAttributeOptions(ClangTidyCheck::OptionsView &Options,
                             ClangTidyOptions::OptionMap &Opts) const;
  void storeExceptionOptions(ClangTidyCheck::OptionsView &Options,
                             ClangTidyOptions::OptionMap &Opts) const;
  void storeFailureOptions(ClangTidyCheck::OptionsView &Options,
                           ClangTidyOptions::OptionMap &Opts) const;
};

} // namespace clang::tidy::otel

#endif // OTEL_TIDY_MODEL_OPTIONS_H
