//===--- Options.h - otel-tidy ----------------------------------*- C++ -*-===//
//
// The options every otel-* check understands, declared once (Options.cpp:
// name, default, group). They are read with getLocalOrGlobal, so one global
// `CheckOptions` entry (for example `FailureFunctionPattern`) serves every
// check, and a check-local entry (`otel-status-ok-on-success.
// FailureFunctionPattern`) overrides it. Each check stores (for
// --dump-config) the groups of options it reads.
//
//===----------------------------------------------------------------------===//

#ifndef OTEL_TIDY_MODEL_OPTIONS_H
#define OTEL_TIDY_MODEL_OPTIONS_H

#include "clang-tidy/ClangTidyCheck.h"
#include "model/Names.h"
#include "llvm/Support/Regex.h"
#include <map>
#include <memory>
#include <string>

namespace clang::tidy::otel {

/// A regular expression option. A leading "(?i)" makes it case-insensitive
/// (llvm::Regex has no inline flags, so it is handled here).
class NamePattern {
public:
  NamePattern(llvm::StringRef OptionName, llvm::StringRef Source);
  bool matches(llvm::StringRef Name) const;
  /// An empty pattern is valid and matches nothing.
  bool isValid() const {
    return Source.empty() || (Compiled && Compiled->isValid());
  }
  llvm::StringRef source() const { return Source; }
  llvm::StringRef optionName() const { return Option; }

private:
  std::string Option;
  std::string Source;
  std::shared_ptr<llvm::Regex> Compiled;
};

/// Which options a check reads (and shows with --dump-config).
enum class OptionGroup {
  Status,     // OkStatusFunctions, StatusSetters, OkStatusValues,
              // ErrorStatusValues
  Attributes, // ErrorTypeKeys, ErrorTypeSetters
  Exceptions, // ExceptionRecorders, ExceptionMessageFunctions
  Failure,    // SuccessPredicates, FailurePredicates, FailureFunctionPattern
  Store,      // SummaryStore, SummaryOutput
};

struct OtelOptions {
  static constexpr llvm::StringLiteral DefaultFailureFunctionPattern =
      "(?i)(error|fail|exception|abort)";

  NameList OkStatusFunctions;  // calls that set a span status to OK
  NameList StatusSetters;      // calls taking a status argument
  NameList OkStatusValues;     // enumerators that mean OK for StatusSetters
  NameList ErrorStatusValues;  // enumerators that mean Error for them
  NameList SuccessPredicates;  // calls whose true result means success
  NameList FailurePredicates;  // calls whose true result means failure
  NameList ErrorTypeKeys;      // attribute keys that mean error.type
  NameList ErrorTypeSetters;   // calls that set error.type on a given span
  NameList ExceptionRecorders; // calls that record the caught exception
  NameList ExceptionMessageFunctions; // methods giving an exception's text
  NamePattern FailureFunctionPattern{"FailureFunctionPattern",
                                     DefaultFailureFunctionPattern};
  std::string SummaryStore;  // path of the cross-TU summary store
  std::string SummaryOutput; // where to write this unit's summaries

  /// Reads every option through getLocalOrGlobal.
  static OtelOptions read(const ClangTidyCheck::OptionsView &Options);
  /// Writes the options of \p Groups, so --dump-config shows them.
  void store(ClangTidyCheck::OptionsView &Options,
             ClangTidyOptions::OptionMap &Opts,
             std::initializer_list<OptionGroup> Groups) const;
  /// Equal for equal option values: checks that agree share analyses.
  std::string fingerprint() const;

private:
  std::map<std::string, std::string> Raw;
};

} // namespace clang::tidy::otel

#endif // OTEL_TIDY_MODEL_OPTIONS_H
