//===--- Options.cpp - otel-tidy --------------------------------*- C++ -*-===//

#include "model/Options.h"
#include "llvm/ADT/STLExtras.h"

namespace clang::tidy::otel {

namespace {

struct OptionSpec {
  llvm::StringLiteral Name;
  llvm::StringLiteral Default;
  OptionGroup Group;
};

/// Every otel option, once.
constexpr OptionSpec Specs[] = {
    {"OkStatusFunctions", "", OptionGroup::Status},
    {"StatusSetters", "", OptionGroup::Status},
    {"OkStatusValues", "", OptionGroup::Status},
    {"ErrorStatusValues", "", OptionGroup::Status},
    {"ErrorTypeKeys", "", OptionGroup::Attributes},
    {"ErrorTypeSetters", "", OptionGroup::Attributes},
    {"ExceptionRecorders", "", OptionGroup::Exceptions},
    {"ExceptionMessageFunctions", "", OptionGroup::Exceptions},
    {"SuccessPredicates", "", OptionGroup::Failure},
    {"FailurePredicates", "", OptionGroup::Failure},
    {"FailureFunctionPattern", OtelOptions::DefaultFailureFunctionPattern,
     OptionGroup::Failure},
    {"SummaryStore", "", OptionGroup::Store},
    {"SummaryOutput", "", OptionGroup::Store},
};

} // namespace

NamePattern::NamePattern(llvm::StringRef OptionName, llvm::StringRef Src)
    : Option(OptionName.str()), Source(Src.str()) {
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
  for (const OptionSpec &S : Specs)
    O.Raw[S.Name.str()] = Options.getLocalOrGlobal(S.Name, S.Default.str());
  auto List = [&](llvm::StringRef Name) { return NameList(O.Raw[Name.str()]); };
  O.OkStatusFunctions = List("OkStatusFunctions");
  O.StatusSetters = List("StatusSetters");
  O.OkStatusValues = List("OkStatusValues");
  O.ErrorStatusValues = List("ErrorStatusValues");
  O.SuccessPredicates = List("SuccessPredicates");
  O.FailurePredicates = List("FailurePredicates");
  O.ErrorTypeKeys = List("ErrorTypeKeys");
  O.ErrorTypeSetters = List("ErrorTypeSetters");
  O.ExceptionRecorders = List("ExceptionRecorders");
  O.ExceptionMessageFunctions = List("ExceptionMessageFunctions");
  O.FailureFunctionPattern =
      NamePattern("FailureFunctionPattern", O.Raw["FailureFunctionPattern"]);
  O.SummaryStore = O.Raw["SummaryStore"];
  O.SummaryOutput = O.Raw["SummaryOutput"];
  return O;
}

void OtelOptions::store(ClangTidyCheck::OptionsView &Options,
                        ClangTidyOptions::OptionMap &Opts,
                        std::initializer_list<OptionGroup> Groups) const {
  for (const OptionSpec &S : Specs)
    if (llvm::is_contained(Groups, S.Group))
      Options.store(Opts, S.Name, Raw.at(S.Name.str()));
}

std::string OtelOptions::fingerprint() const {
  std::string F;
  for (const auto &[Name, Value] : Raw)
    F += Name + "=" + Value + "\n";
  return F;
}

} // namespace clang::tidy::otel
