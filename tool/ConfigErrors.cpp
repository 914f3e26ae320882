//===--- ConfigErrors.cpp - otel-tidy ---------------------------*- C++ -*-===//
//
// Configuration mistakes, found before anything is linted: a .clang-tidy or
// --config that does not parse (clang-tidy drops it with a one-line notice
// and goes on with another configuration), an otel check or option name that
// does not exist (clang-tidy ignores it), and an option value the otel checks
// reject (clang-tidy reports it as a finding without a location). Each
// message names the file and line where the mistake is.
//
// What the otel checks accept is asked of the checks themselves: their
// options come from the check registry (as --dump-config shows them), and
// the checks are constructed with the configuration, which is where they
// report values they cannot use.
//
//===----------------------------------------------------------------------===//

#include "Compat.h"
#include "Configuration.h"
#include "clang-tidy/ClangTidyCheck.h"
#include "clang-tidy/ClangTidyModuleRegistry.h"
#include "clang-tidy/GlobList.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/YAMLParser.h"

namespace otel_tidy {

using clang::tidy::ClangTidyOptions;
using clang::tidy::ClangTidyOptionsProvider;

namespace {

/// The line and column of \p Key under \p Section (`Checks`, or
/// `CheckOptions` in either of its forms) of a YAML configuration.
std::optional<std::pair<unsigned, unsigned>>
findKey(llvm::StringRef Yaml, llvm::StringRef Section, llvm::StringRef Key) {
  llvm::SourceMgr SM;
  llvm::yaml::Stream Stream(Yaml, SM);
  auto At = [&](const llvm::yaml::Node *N) {
    return SM.getLineAndColumn(N->getSourceRange().Start);
  };
  auto Text = [](llvm::yaml::Node *N) -> std::string {
    llvm::SmallString<64> Storage;
    if (auto *S = llvm::dyn_cast_or_null<llvm::yaml::ScalarNode>(N))
      return S->getValue(Storage).str();
    return "";
  };
  for (llvm::yaml::Document &Doc : Stream) {
    auto *Top = llvm::dyn_cast_or_null<llvm::yaml::MappingNode>(Doc.getRoot());
    if (!Top)
      continue;
    for (llvm::yaml::KeyValueNode &Entry : *Top) {
      if (Text(Entry.getKey()) != Section)
        continue;
      if (Key.empty())
        return At(Entry.getKey());
      llvm::yaml::Node *Value = Entry.getValue();
      if (auto *Map = llvm::dyn_cast<llvm::yaml::MappingNode>(Value)) {
        for (llvm::yaml::KeyValueNode &Option : *Map)
          if (Text(Option.getKey()) == Key)
            return At(Option.getKey());
      } else if (auto *List = llvm::dyn_cast<llvm::yaml::SequenceNode>(Value)) {
        for (llvm::yaml::Node &Item : *List)
          if (auto *Pair = llvm::dyn_cast<llvm::yaml::MappingNode>(&Item))
            for (llvm::yaml::KeyValueNode &Field : *Pair)
              if (Text(Field.getKey()) == "key" &&
                  Text(Field.getValue()) == Key)
                return At(Field.getValue());
      }
    }
  }
  return std::nullopt;
}

/// The closest of \p Candidates to \p Name, within \p MaxEdit edits.
std::optional<std::string> closest(llvm::StringRef Name,
                                   llvm::ArrayRef<llvm::StringRef> Candidates,
                                   unsigned MaxEdit) {
  std::optional<std::string> Best;
  for (llvm::StringRef C : Candidates) {
    unsigned D = Name.edit_distance_insensitive(C, true, MaxEdit + 1);
    if (D <= MaxEdit) {
      Best = C.str();
      MaxEdit = D;
    }
  }
  return Best;
}

std::string didYouMean(const std::optional<std::string> &Suggestion) {
  return Suggestion ? "; did you mean '" + *Suggestion + "'?" : "";
}

/// Collects what the checks report while they are constructed, by check.
class CheckDiagnostics : public clang::DiagnosticConsumer {
public:
  void HandleDiagnostic(clang::DiagnosticsEngine::Level Level,
                        const clang::Diagnostic &Info) override {
    llvm::SmallString<128> Message;
    Info.FormatDiagnostic(Message);
    llvm::StringRef Text = Message;
    Text.consume_back(" [clang-tidy-config]");
    Reported.push_back({Current, Text.str()});
  }
  std::string Current; ///< the check being constructed
  std::vector<std::pair<std::string, std::string>> Reported;
};

} // namespace

void Configuration::readOtelChecks() {
  if (!OtelCheckNames.empty())
    return;
  ClangTidyOptions All = ClangTidyOptions::getDefaults();
  All.Checks = "-*,otel-*";
  for (const std::string &Name : compat::checkNames(All))
    OtelCheckNames.push_back(Name);
  for (const auto &Entry : compat::checkOptions(All))
    OtelOptions[Entry.getKey()] = Entry.getValue().Value;
}

std::string Configuration::locate(llvm::StringRef Source,
                                  llvm::StringRef Section,
                                  llvm::StringRef Key) {
  if (Source ==
      ClangTidyOptionsProvider::OptionsSourceTypeCheckCommandLineOption)
    return "--checks";
  std::string Name = Source.str(), Text;
  if (Source ==
      ClangTidyOptionsProvider::OptionsSourceTypeConfigCommandLineOption) {
    Name = ConfigName;
    Text = ConfigText;
  } else if (auto Buf = llvm::MemoryBuffer::getFile(Source)) {
    Text = (*Buf)->getBuffer().str();
  }
  if (auto LineCol = findKey(Text, Section, Key))
    return Name + ":" + std::to_string(LineCol->first) + ":" +
           std::to_string(LineCol->second);
  return Name;
}

std::optional<std::string> Configuration::otelGlobError(llvm::StringRef Glob) {
  if (llvm::any_of(OtelCheckNames, [&](const std::string &Name) {
        return clang::tidy::GlobList(Glob).contains(Name);
      }))
    return std::nullopt;
  if (Glob.find_first_of("*?") != llvm::StringRef::npos)
    return "check glob '" + Glob.str() + "' matches no otel check";
  llvm::SmallVector<llvm::StringRef, 4> Names(OtelCheckNames.begin(),
                                              OtelCheckNames.end());
  return "unknown check '" + Glob.str() + "'" +
         didYouMean(closest(Glob, Names, 5));
}

std::optional<std::string> Configuration::otelOptionError(llvm::StringRef Key) {
  if (OtelOptions.count(Key))
    return std::nullopt;
  auto [Check, Option] = Key.split('.');
  llvm::SmallVector<llvm::StringRef, 16> Locals;
  for (const auto &Entry : OtelOptions)
    Locals.push_back(Entry.getKey().split('.').second);
  if (Option.empty()) {
    // A global option: a mistake when it is close to an otel option and no
    // check of any module reads it.
    if (llvm::is_contained(Locals, Key))
      return std::nullopt;
    std::optional<std::string> Near = closest(Key, Locals, 2);
    if (!Near)
      return std::nullopt;
    if (!AllLocalOptions) {
      ClangTidyOptions All = ClangTidyOptions::getDefaults();
      All.Checks = "*";
      AllLocalOptions.emplace();
      for (const auto &Entry : compat::checkOptions(All))
        AllLocalOptions->insert(Entry.getKey().rsplit('.').second.str());
    }
    if (AllLocalOptions->count(Key.str()))
      return std::nullopt;
    return "unknown option '" + Key.str() + "'" + didYouMean(Near);
  }
  if (!Check.starts_with("otel"))
    return std::nullopt;
  if (!llvm::is_contained(OtelCheckNames, Check)) {
    llvm::SmallVector<llvm::StringRef, 4> Names(OtelCheckNames.begin(),
                                                OtelCheckNames.end());
    return "option '" + Key.str() + "' of an unknown check '" + Check.str() +
           "'" + didYouMean(closest(Check, Names, 5));
  }
  llvm::SmallVector<llvm::StringRef, 16> Own;
  for (llvm::StringRef L : Locals)
    if (OtelOptions.count((Check + "." + L).str()))
      Own.push_back(L);
  std::optional<std::string> Near = closest(Option, Own, 5);
  return "unknown option '" + Key.str() + "'" +
         didYouMean(
             Near ? std::optional<std::string>((Check + "." + *Near).str())
                  : std::nullopt);
}

std::vector<std::pair<std::string, std::string>>
Configuration::checkDiagnostics(const ClangTidyOptions &Options) {
  clang::tidy::ClangTidyContext Context(
      std::make_unique<clang::tidy::DefaultOptionsProvider>(
          clang::tidy::ClangTidyGlobalOptions(), Options));
  CheckDiagnostics Consumer;
  compat::ContextDiagnostics Engine(Context, Consumer);
  clang::tidy::ClangTidyCheckFactories Factories;
  for (const auto &Module : clang::tidy::ClangTidyModuleRegistry::entries())
    Module.instantiate()->addCheckFactories(Factories);
  for (const auto &Factory : Factories)
    if (Factory.getKey().starts_with("otel-") &&
        Context.isCheckEnabled(Factory.getKey())) {
      Consumer.Current = Factory.getKey().str();
      Factory.getValue()(Factory.getKey(), &Context);
    }
  return Consumer.Reported;
}

const std::vector<std::string> &Configuration::errors(llvm::StringRef File) {
  std::vector<ClangTidyOptionsProvider::OptionsSource> Raw =
      Provider->getRawOptions(File);
  std::string Key;
  for (const auto &Source : Raw)
    Key += Source.second + "\n";
  auto Cached = ErrorsBySources.find(Key);
  if (Cached != ErrorsBySources.end())
    return Cached->second;
  readOtelChecks();
  std::set<std::string> Found;

  // .clang-tidy files that did not parse, in the directories above File.
  for (const auto &Entry : *ParseErrors) {
    llvm::StringRef Dir = llvm::sys::path::parent_path(Entry.getKey());
    if (File.starts_with(Dir) &&
        llvm::sys::path::is_separator(File.drop_front(Dir.size()).front()))
      Found.insert(Entry.getValue());
  }

  // Otel checks and options that do not exist.
  for (const auto &[Opts, Source] : Raw) {
    if (Source == ClangTidyOptionsProvider::OptionsSourceTypeDefaultBinary)
      continue;
    if (Opts.Checks)
      for (llvm::StringRef Line : llvm::split(*Opts.Checks, '\n'))
        for (llvm::StringRef Glob : llvm::split(Line, ',')) {
          Glob = Glob.trim();
          Glob.consume_front("-");
          if (!Glob.starts_with("otel"))
            continue;
          if (std::optional<std::string> Error = otelGlobError(Glob))
            Found.insert(locate(Source, "Checks", "") + ": " + *Error);
        }
    for (const auto &Option : Opts.CheckOptions)
      if (std::optional<std::string> Error = otelOptionError(Option.getKey()))
        Found.insert(locate(Source, "CheckOptions", Option.getKey()) + ": " +
                     *Error);
  }

  // What the enabled otel checks reject, at the option the message names
  // (where its value comes from: the check's own key first, then the global
  // one, from the source that wins).
  for (const auto &[Check, Message] : checkDiagnostics(options(File))) {
    // The option named may be one the check does not show (every otel check
    // validates the shared options): its name is enough.
    std::string Where;
    std::set<std::string> Named;
    for (const auto &Entry : OtelOptions) {
      llvm::StringRef Option = Entry.getKey().split('.').second;
      if (llvm::StringRef(Message).contains(Option))
        Named.insert(Option.str());
    }
    for (const std::string &Option : Named) {
      for (std::string Name : {Check + "." + Option, Option}) {
        for (const auto &[Opts, Source] : llvm::reverse(Raw))
          if (Source !=
                  ClangTidyOptionsProvider::OptionsSourceTypeDefaultBinary &&
              Opts.CheckOptions.count(Name)) {
            Where = locate(Source, "CheckOptions", Name);
            break;
          }
        if (!Where.empty())
          break;
      }
    }
    Found.insert(
        (Where.empty() ? "the configuration of " + File.str() : Where) + ": " +
        Message);
  }
  return ErrorsBySources[Key] =
             std::vector<std::string>(Found.begin(), Found.end());
}

} // namespace otel_tidy
