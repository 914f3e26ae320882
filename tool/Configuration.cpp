//===--- Configuration.cpp - otel-tidy --------------------------*- C++ -*-===//

#include "Configuration.h"
#include "Compat.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/VirtualFileSystem.h"
#include <functional>
#include <utility>

namespace otel_tidy {

using clang::tidy::ClangTidyOptions;
using clang::tidy::ClangTidyOptionsProvider;

namespace {

/// clang-tidy's checks when nothing configures any (its --checks default).
constexpr llvm::StringLiteral ClangTidyDefaultChecks =
    "clang-diagnostic-*,clang-analyzer-*";

/// clang-tidy's FileOptionsProvider with a parser of its own for .clang-tidy
/// files. (The constructor that takes parsers leaves the file system unset.)
class ParsingFileOptionsProvider : public clang::tidy::FileOptionsProvider {
public:
  ParsingFileOptionsProvider(
      ClangTidyOptions Defaults, ClangTidyOptions Overrides,
      std::function<llvm::ErrorOr<ClangTidyOptions>(llvm::MemoryBufferRef)>
          Parse)
      : FileOptionsProvider(clang::tidy::ClangTidyGlobalOptions(),
                            std::move(Defaults), std::move(Overrides),
                            {{".clang-tidy", std::move(Parse)}}) {
    FS = llvm::vfs::getRealFileSystem();
  }
};

llvm::Error configError(const llvm::Twine &Message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), Message);
}

} // namespace

llvm::Expected<Configuration> Configuration::read(const CommandLine &CL) {
  // As clang-tidy's createOptionsProvider builds them, for the options the
  // driver reads.
  ClangTidyOptions Defaults;
  Defaults.Checks = ClangTidyDefaultChecks.str();
  Defaults.WarningsAsErrors = "";
  Defaults.FormatStyle = "none";
  Defaults.User = llvm::sys::Process::GetEnv("USER");
  ClangTidyOptions Overrides;
  Configuration C;
  if (const Flag *F = CL.find("checks")) {
    C.ChecksArg = F->Value.value_or("");
    Overrides.Checks = C.ChecksArg;
  }
  if (const Flag *F = CL.find("warnings-as-errors"))
    Overrides.WarningsAsErrors = F->Value.value_or("");
  if (const Flag *F = CL.find("header-filter"))
    Overrides.HeaderFilterRegex = F->Value.value_or("");
  if (const Flag *F = CL.find("format-style"))
    Overrides.FormatStyle = F->Value.value_or("");

  // .clang-tidy files are parsed with clang-tidy's parser, keeping where a
  // file does not parse (clang-tidy would drop it with a one-line notice).
  C.ParseErrors = std::make_shared<llvm::StringMap<std::string>>();
  auto ParseFile =
      [Errors = C.ParseErrors](
          llvm::MemoryBufferRef Buf) -> llvm::ErrorOr<ClangTidyOptions> {
    std::string Where;
    llvm::ErrorOr<ClangTidyOptions> Parsed =
        clang::tidy::parseConfigurationWithDiags(
            Buf, [&](const llvm::SMDiagnostic &D) {
              if (Where.empty())
                Where = diagnosticLine(D);
            });
    if (Parsed)
      return Parsed;
    (*Errors)[Buf.getBufferIdentifier()] =
        Where.empty()
            ? (Buf.getBufferIdentifier() + ": " + Parsed.getError().message())
                  .str()
            : Where;
    // Kept as an error of the configuration (errors()) instead of clang-tidy's
    // notice on every lookup.
    return ClangTidyOptions();
  };

  if (const Flag *F = CL.find("config-file")) {
    std::string Path = F->Value.value_or("");
    auto Buf = llvm::MemoryBuffer::getFile(Path);
    if (!Buf)
      return configError("cannot read --config-file '" + Path +
                         "': " + Buf.getError().message());
    C.ConfigText = (*Buf)->getBuffer().str();
    C.ConfigName = Path;
  } else if (const Flag *F = CL.find("config")) {
    C.ConfigText = F->Value.value_or("");
    C.ConfigName = "--config";
  }
  // An empty --config means "look for .clang-tidy files", as in clang-tidy.
  if (!llvm::StringRef(C.ConfigText).trim().empty()) {
    std::string Where;
    llvm::ErrorOr<ClangTidyOptions> Parsed =
        clang::tidy::parseConfigurationWithDiags(
            llvm::MemoryBufferRef(C.ConfigText, C.ConfigName),
            [&](const llvm::SMDiagnostic &D) {
              if (Where.empty())
                Where = diagnosticLine(D);
            });
    if (!Parsed)
      return configError(Where.empty()
                             ? C.ConfigName + ": " + Parsed.getError().message()
                             : Where);
    C.Provider = std::make_unique<clang::tidy::ConfigOptionsProvider>(
        clang::tidy::ClangTidyGlobalOptions(),
        ClangTidyOptions::getDefaults().merge(Defaults, 0), std::move(*Parsed),
        std::move(Overrides));
  } else {
    C.Provider = std::make_unique<ParsingFileOptionsProvider>(
        std::move(Defaults), std::move(Overrides), ParseFile);
  }
  return std::move(C);
}

std::string diagnosticLine(const llvm::SMDiagnostic &D) {
  return (D.getFilename() + ":" + llvm::Twine(D.getLineNo()) + ":" +
          llvm::Twine(D.getColumnNo() + 1) + ": " + D.getMessage())
      .str();
}

bool Configuration::namesOtelChecks(llvm::StringRef Globs) {
  for (llvm::StringRef Line : llvm::split(Globs, '\n'))
    for (llvm::StringRef Glob : llvm::split(Line, ',')) {
      Glob = Glob.trim();
      Glob.consume_front("-");
      if (Glob.starts_with("otel"))
        return true;
    }
  return false;
}

std::optional<std::string> Configuration::checksFlag(llvm::StringRef File) {
  bool Configured = false;
  for (const ClangTidyOptionsProvider::OptionsSource &Source :
       Provider->getRawOptions(File)) {
    if (Source.second ==
            ClangTidyOptionsProvider::OptionsSourceTypeDefaultBinary ||
        !Source.first.Checks)
      continue;
    if (namesOtelChecks(*Source.first.Checks))
      return std::nullopt;
    Configured = true;
  }
  std::string Added = Configured ? "otel-*" : "-*,otel-*";
  if (ChecksArg && !llvm::StringRef(*ChecksArg).trim().empty())
    return *ChecksArg + "," + Added;
  return Added;
}

ClangTidyOptions Configuration::options(llvm::StringRef File) {
  // The sources merged as clang-tidy merges them, with the --checks that the
  // driver passes in place of the one given.
  std::optional<std::string> Checks = checksFlag(File);
  ClangTidyOptions Options;
  unsigned Priority = 0;
  for (ClangTidyOptionsProvider::OptionsSource &Source :
       Provider->getRawOptions(File)) {
    if (Checks &&
        Source.second ==
            ClangTidyOptionsProvider::OptionsSourceTypeCheckCommandLineOption)
      Source.first.Checks = std::exchange(Checks, std::nullopt);
    Options.mergeWith(Source.first, ++Priority);
  }
  if (Checks) {
    ClangTidyOptions Override;
    Override.Checks = std::move(Checks);
    Options.mergeWith(Override, ++Priority);
  }
  return Options;
}

const std::vector<std::string> &
Configuration::enabledChecks(llvm::StringRef File) {
  ClangTidyOptions Options = this->options(File);
  std::string Key = Options.Checks.value_or("");
  auto It = EnabledByChecks.find(Key);
  if (It == EnabledByChecks.end()) {
    std::vector<std::string> Names = compat::checkNames(Options);
    llvm::sort(Names);
    It = EnabledByChecks.try_emplace(Key, std::move(Names)).first;
  }
  return It->second;
}

} // namespace otel_tidy
