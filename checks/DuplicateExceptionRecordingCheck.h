//===--- DuplicateExceptionRecordingCheck.h - otel-tidy ---------*- C++ -*-===//
//
// otel-duplicate-exception-recording: flags the second (and later) record of
// one caught exception: twice on one path of one run of a handler; or
// recorded and rethrown (by an inner handler, or by a callee to any depth,
// or in another file through the summary store) and recorded again by the
// handler that catches it. See
// docs/checks/otel-duplicate-exception-recording.md.
//
//===----------------------------------------------------------------------===//

#ifndef OTEL_TIDY_DUPLICATEEXCEPTIONRECORDINGCHECK_H
#define OTEL_TIDY_DUPLICATEEXCEPTIONRECORDINGCHECK_H

#include "OtelCheck.h"

namespace clang::tidy::otel {

class DuplicateExceptionRecordingCheck : public OtelCheck {
public:
  using OtelCheck::OtelCheck;
  bool isLanguageVersionSupported(const LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus && LangOpts.CXXExceptions;
  }
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;

private:
  void checkFunction(const FunctionDecl &FD, ASTContext &Ctx) override;
  void checkHandler(const CXXCatchStmt &H, const FunctionDecl &FD,
                    ASTContext &Ctx);
  void reportTwiceInRun(const ExceptionRecord &Later,
                        const ExceptionRecord &First, const FunctionDecl &FD,
                        ASTContext &Ctx);
  void reportArrival(const ExceptionRecord &Again, const RecordedException &E,
                     const FunctionDecl &FD, ASTContext &Ctx);
  void attachFix(DiagnosticBuilder &Note, const ExceptionRecord &Drop,
                 const FunctionDecl &FD, ASTContext &Ctx);
};

} // namespace clang::tidy::otel

#endif // OTEL_TIDY_DUPLICATEEXCEPTIONRECORDINGCHECK_H
