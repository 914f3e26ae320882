//===--- Dependencies.cpp - otel-tidy ---------------------------*- C++ -*-===//

#include "Dependencies.h"
#include "Compat.h"
#include "Findings.h"
#include "clang/Tooling/ArgumentsAdjusters.h"
#include "llvm/Support/Program.h"

namespace otel_tidy {

struct DependencyScanner::Impl {
  explicit Impl(std::string ResourceDir)
      : ResourceDir(std::move(ResourceDir)),
        Service(compat::deps::ScanningMode::DependencyDirectivesScan,
                compat::deps::ScanningOutputFormat::Make) {}
  std::string ResourceDir;
  /// Shared by every scan: it caches what the files hold.
  compat::deps::DependencyScanningService Service;
};

DependencyScanner::DependencyScanner(std::string ResourceDir)
    : P(std::make_unique<Impl>(std::move(ResourceDir))) {}

DependencyScanner::~DependencyScanner() = default;

llvm::Expected<std::vector<std::string>>
DependencyScanner::scan(const clang::tooling::CompileCommand &Command) {
  // The command as clang-tidy adjusts it: no output file, no dependency file
  // of the build's own, clang's builtin headers.
  clang::tooling::CommandLineArguments Args = Command.CommandLine;
  Args = clang::tooling::getClangStripOutputAdjuster()(Args, Command.Filename);
  Args = clang::tooling::getClangStripDependencyFileAdjuster()(
      Args, Command.Filename);
  // The compiler by its path, as clang-scan-deps does: the driver finds the
  // standard library's headers relative to it.
  if (!Args.empty() && !llvm::StringRef(Args[0]).contains('/'))
    if (llvm::ErrorOr<std::string> Path = llvm::sys::findProgramByName(Args[0]))
      Args[0] = *Path;
  if (!P->ResourceDir.empty() && llvm::none_of(Args, [](llvm::StringRef A) {
        return A.starts_with("-resource-dir");
      }))
    Args.push_back("-resource-dir=" + P->ResourceDir);
  compat::DependencyScanningTool Tool(P->Service);
  llvm::Expected<std::string> Make =
      compat::makeDependencies(Tool, Args, Command.Directory);
  if (!Make)
    return Make.takeError();
  std::vector<std::string> Files;
  for (const std::string &F : parseMakeDependencies(*Make))
    Files.push_back(canonicalPath(F, Command.Directory));
  llvm::sort(Files);
  Files.erase(std::unique(Files.begin(), Files.end()), Files.end());
  return Files;
}

llvm::Expected<std::vector<std::string>> DependencyScanner::scan(
    llvm::ArrayRef<clang::tooling::CompileCommand> Commands) {
  std::vector<std::string> Files;
  for (const clang::tooling::CompileCommand &C : Commands) {
    llvm::Expected<std::vector<std::string>> One = scan(C);
    if (!One)
      return One.takeError();
    Files.insert(Files.end(), One->begin(), One->end());
  }
  llvm::sort(Files);
  Files.erase(std::unique(Files.begin(), Files.end()), Files.end());
  return Files;
}

std::map<std::string, std::vector<std::string>>
includersOf(const clang::tooling::CompilationDatabase &Db,
            const std::set<std::string> &Headers, DependencyScanner &Scanner,
            unsigned Jobs, std::map<std::string, std::string> &Unscanned) {
  std::vector<clang::tooling::CompileCommand> Commands =
      Db.getAllCompileCommands();
  struct Result {
    std::vector<std::string> Files;
    std::string Error;
  };
  std::vector<Result> Scanned(Commands.size());
  {
    compat::ThreadPool Pool(llvm::hardware_concurrency(Jobs));
    for (size_t I = 0; I < Commands.size(); ++I)
      Pool.async([&, I] {
        if (auto Files = Scanner.scan(Commands[I]))
          Scanned[I].Files = std::move(*Files);
        else
          Scanned[I].Error = llvm::toString(Files.takeError());
      });
    Pool.wait();
  }
  std::map<std::string, std::vector<std::string>> Includers;
  for (size_t I = 0; I < Commands.size(); ++I) {
    std::string File =
        canonicalPath(Commands[I].Filename, Commands[I].Directory);
    if (!Scanned[I].Error.empty()) {
      Unscanned[File] = Scanned[I].Error;
      continue;
    }
    for (const std::string &Dep : Scanned[I].Files)
      if (Headers.count(Dep))
        Includers[Dep].push_back(File);
  }
  for (auto &[Header, Files] : Includers) {
    llvm::sort(Files);
    Files.erase(std::unique(Files.begin(), Files.end()), Files.end());
  }
  return Includers;
}

std::vector<std::string> parseMakeDependencies(llvm::StringRef Text) {
  std::vector<std::string> Files;
  std::string Current;
  bool AfterTarget = false;
  auto Flush = [&] {
    if (!Current.empty() && AfterTarget)
      Files.push_back(Current);
    Current.clear();
  };
  for (size_t I = 0; I < Text.size(); ++I) {
    char C = Text[I];
    if (C == '\\' && I + 1 < Text.size()) {
      char N = Text[I + 1];
      if (N == '\n' || (N == '\r' && I + 2 < Text.size())) { // continuation
        Flush();
        I += N == '\r' ? 2 : 1;
        continue;
      }
      if (N == ' ' || N == '#' || N == '\\') { // escaped character
        Current += N;
        ++I;
        continue;
      }
    }
    if (C == '$' && I + 1 < Text.size() && Text[I + 1] == '$') {
      Current += '$';
      ++I;
      continue;
    }
    if (!AfterTarget && C == ':' &&
        (I + 1 == Text.size() || llvm::isSpace(Text[I + 1]))) {
      Current.clear(); // the target
      AfterTarget = true;
      continue;
    }
    if (llvm::isSpace(C)) {
      Flush();
      continue;
    }
    Current += C;
  }
  Flush();
  return Files;
}

} // namespace otel_tidy
