//===--- Options.cpp - otel-tidy --------------------------------*- C++ -*-===//

#include "model/Options.h"

namespace clang::tidy::otel {

NamePattern::NamePattern(llvm::StringRef Src) : Source(Src.str()) {
  llvm::StringRef Body = Src;
  unsigned Flags = llvm::Regex::NoFlags;
  if (Body.consume_front("(?i)"))
    Flags |= llvm::Regex::IgnoreCase;
  Compiled = std::make_shared<llvm::Regex>(Body, Flags);
}

bool NamePattern::matches(llvm::StringRef Name) const {
  return !Source.empty() && isValid() && Compiled->match(Name);
}

OtelOptions OtelOptions::read(const ClangTidyCheck::OptionsView &Options) {
  OtelOptions O;
  O.OkStatusFunctionsRaw = Options.getLocalOrGlobal("OkStatusFunctions", "");
  O.StatusSettersRaw = Options.getLocalOrGlobal("StatusSetters", "");
  O.OkStatusValuesRaw = Options.getLocalOrGlobal("OkStatusValues", "");
  O.SuccessPredicatesRaw = Options.getLocalOrGlobal("SuccessPredicates", "");
  O.FailurePredicatesRaw = Options.getLocalOrGlobal("FailurePredicates", "");
  O.FailureFunctionPatternRaw = Options.getLocalOrGlobal(
      "FailureFunctionPattern", DefaultFailureFunctionPattern.str());
  O.ErrorTypeKeysRaw = Options.getLocalOrGlobal("ErrorTypeKeys", "");
  O.OkStatusFunctions = NameList(O.OkStatusFunctionsRaw);
  O.ErrorTypeKeys = NameList(O.ErrorTypeKeysRaw);
  O.ExceptionRecordersRaw = Options.getLocalOrGlobal("ExceptionRecorders", "");
  O.ExceptionRecorders = NameList(O.ExceptionRecordersRaw);
  O.StatusSetters = NameList(O.StatusSettersRaw);
  O.OkStatusValues = NameList(O.OkStatusValuesRaw);
  O.SuccessPredicates = NameList(O.SuccessPredicatesRaw);
  O.FailurePredicates = NameList(O.FailurePredicatesRaw);
  O.FailureFunctionPattern = NamePattern(O.FailureFunctionPatternRaw);
  return O;
}

void OtelOptions::storeStatusOptions(ClangTidyCheck::OptionsView &Options,
                                     ClangTidyOptions::OptionMap &Opts) const {
  Options.store(Opts, "OkStatusFunctions", OkStatusFunctionsRaw);
  Options.store(Opts, "StatusSetters", StatusSettersRaw);
  Options.store(Opts, "OkStatusValues", OkStatusValuesRaw);
}

void OtelOptions::storeAttributeOptions(
    ClangTidyCheck::OptionsView &Options,
    ClangTidyOptions::OptionMap &Opts) const {
  Options.store(Opts, "ErrorTypeKeys", ErrorTypeKeysRaw);
}

void OtelOptions::storeExceptionOptions(
    ClangTidyCheck::OptionsView &Options,
    ClangTidyOptions::OptionMap &Opts) const {
  Options.store(Opts, "ExceptionRecorders", ExceptionRecordersRaw);
}

void OtelOptions::storeFailureOptions(ClangTidyCheck::OptionsView &Options,
                                      ClangTidyOptions::OptionMap &Opts) const {
  Options.store(Opts, "SuccessPredicates", SuccessPredicatesRaw);
  Options.store(Opts, "FailurePredicates", FailurePredicatesRaw);
  Options.store(Opts, "FailureFunctionPattern", FailureFunctionPatternRaw);
}

} // namespace clang::tidy::otel
