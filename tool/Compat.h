//===--- Compat.h - otel-tidy -----------------------------------*- C++ -*-===//
//
// The differences between the LLVM versions the driver builds against
// (16, 19 and 22) live here, and nowhere else in tool/ (the checks have their
// own, checks/utils/Compat.h).
//
//===----------------------------------------------------------------------===//

#ifndef OTEL_TIDY_TOOL_COMPAT_H
#define OTEL_TIDY_TOOL_COMPAT_H

#include "clang-tidy/ClangTidy.h"
#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "clang/Basic/Diagnostic.h"
#include "clang/Basic/DiagnosticOptions.h"
#include "clang/Basic/Version.h"
#include "llvm/Config/llvm-config.h"
#include "llvm/Support/ThreadPool.h"
#include <memory>
#if CLANG_VERSION_MAJOR >= 22
#include "clang/Frontend/TextDiagnosticPrinter.h"
#include "clang/Options/OptionUtils.h"
#include "clang/Tooling/DependencyScanningTool.h"
#else
#include "clang/Frontend/CompilerInvocation.h"
#include "clang/Tooling/DependencyScanning/DependencyScanningTool.h"
#endif

namespace otel_tidy::compat {

/// The checks \p Options enable (clang-tidy's own list, as --list-checks).
inline std::vector<std::string>
checkNames(const clang::tidy::ClangTidyOptions &Options) {
#if CLANG_VERSION_MAJOR >= 22
  return clang::tidy::getCheckNames(Options, false, false);
#else
  return clang::tidy::getCheckNames(Options, false);
#endif
}

/// clang's DiagnosticOptions, as DiagnosticsEngine and TextDiagnosticPrinter
/// take them: reference-counted before LLVM 21, a plain value since.
#if CLANG_VERSION_MAJOR >= 21
using DiagnosticOptionsPtr = std::unique_ptr<clang::DiagnosticOptions>;
inline DiagnosticOptionsPtr makeDiagnosticOptions() {
  return std::make_unique<clang::DiagnosticOptions>();
}
inline clang::DiagnosticOptions &diagnosticOptions(DiagnosticOptionsPtr &P) {
  return *P;
}
#else
using DiagnosticOptionsPtr = llvm::IntrusiveRefCntPtr<clang::DiagnosticOptions>;
inline DiagnosticOptionsPtr makeDiagnosticOptions() {
  return new clang::DiagnosticOptions();
}
inline clang::DiagnosticOptions *diagnosticOptions(DiagnosticOptionsPtr &P) {
  return P.get();
}
#endif

/// The options of the checks \p Options enable, with their values (as
/// --dump-config shows them).
inline clang::tidy::ClangTidyOptions::OptionMap
checkOptions(const clang::tidy::ClangTidyOptions &Options) {
#if CLANG_VERSION_MAJOR >= 22
  return clang::tidy::getCheckOptions(Options, false, false);
#else
  return clang::tidy::getCheckOptions(Options, false);
#endif
}

/// A DiagnosticsEngine that reports to a consumer, installed as the engine of
/// a ClangTidyContext (LLVM 21 made DiagnosticOptions a plain value that the
/// context owns).
class ContextDiagnostics {
public:
  ContextDiagnostics(clang::tidy::ClangTidyContext &Context,
                     clang::DiagnosticConsumer &Consumer) {
    llvm::IntrusiveRefCntPtr<clang::DiagnosticIDs> IDs(
        new clang::DiagnosticIDs());
#if CLANG_VERSION_MAJOR >= 21
    auto Options = std::make_unique<clang::DiagnosticOptions>();
    Engine = std::make_unique<clang::DiagnosticsEngine>(IDs, *Options,
                                                        &Consumer, false);
    Context.setDiagnosticsEngine(std::move(Options), Engine.get());
#else
    Engine = std::make_unique<clang::DiagnosticsEngine>(
        IDs, new clang::DiagnosticOptions(), &Consumer, false);
    Context.setDiagnosticsEngine(Engine.get());
#endif
  }

private:
  std::unique_ptr<clang::DiagnosticsEngine> Engine;
};

/// LLVM's thread pool (renamed DefaultThreadPool in LLVM 18).
#if LLVM_VERSION_MAJOR >= 18
using ThreadPool = llvm::DefaultThreadPool;
#else
using ThreadPool = llvm::ThreadPool;
#endif

/// The directory of clang's builtin headers, as clang-tidy computes it for
/// the tool at \p Argv0 (Clang moved the function in LLVM 22).
inline std::string resourceDir(const char *Argv0, void *MainAddr) {
#if CLANG_VERSION_MAJOR >= 22
  return clang::GetResourcesPath(Argv0, MainAddr);
#else
  return clang::CompilerInvocation::GetResourcesPath(Argv0, MainAddr);
#endif
}

/// Clang's dependency scanner (clang-scan-deps), which moved out of
/// clang::tooling in LLVM 22.
#if CLANG_VERSION_MAJOR >= 22
namespace deps = clang::dependencies;
using DependencyScanningTool = clang::tooling::DependencyScanningTool;
#else
namespace deps = clang::tooling::dependencies;
using DependencyScanningTool = deps::DependencyScanningTool;
#endif

/// The Makefile-style dependencies (`out: main.cpp a.h ...`) of a compile
/// command; an error with clang's diagnostics when it cannot be scanned.
inline llvm::Expected<std::string>
makeDependencies(DependencyScanningTool &Tool,
                 const std::vector<std::string> &CommandLine,
                 llvm::StringRef Directory) {
#if CLANG_VERSION_MAJOR >= 22
  std::string Errors;
  llvm::raw_string_ostream OS(Errors);
  auto Options = makeDiagnosticOptions();
  clang::TextDiagnosticPrinter Printer(OS, *Options);
  std::optional<std::string> Deps =
      Tool.getDependencyFile(CommandLine, Directory, Printer);
  if (!Deps)
    return llvm::createStringError(llvm::inconvertibleErrorCode(), Errors);
  return std::move(*Deps);
#else
  return Tool.getDependencyFile(CommandLine, Directory);
#endif
}

} // namespace otel_tidy::compat

#endif
