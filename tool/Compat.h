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
#include <memory>

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

} // namespace otel_tidy::compat

#endif
