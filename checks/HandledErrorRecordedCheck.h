//===--- HandledErrorRecordedCheck.h - otel-tidy ----------------*- C++ -*-===//
//
// otel-handled-error-recorded: an error that was retried or handled is
// recorded on the operation's span or metric (Error status, error.type, an
// exception event): in an attempt of a retry loop that can go on to another
// attempt, or in a handler that completes while another handler of the same
// try records and rethrows.
// See docs/checks/otel-handled-error-recorded.md.
//
//===----------------------------------------------------------------------===//

#ifndef OTEL_TIDY_HANDLEDERRORRECORDEDCHECK_H
#define OTEL_TIDY_HANDLEDERRORRECORDEDCHECK_H

#include "OtelCheck.h"

namespace clang::tidy::otel {

class HandledErrorRecordedCheck : public OtelCheck {
public:
  using OtelCheck::OtelCheck;
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;

  /// A record of an error on a span or a metric.
  struct Record {
    const CallExpr *Call = nullptr;
    /// The span or instrument (a variable or field); null when unknown.
    const Decl *Target = nullptr;
    bool Metric = false;
  };

private:
  void checkFunction(const FunctionDecl &FD, ASTContext &Ctx) override;
  void collect(const FunctionDecl &FD, ASTContext &Ctx,
               llvm::SmallVectorImpl<Record> &Out);
  /// The loop (or the `goto` back to a label) after which \p R can be
  /// followed by another attempt of the operation; null when none.
  const Stmt *retryAfter(const Record &R, const FunctionDecl &FD,
                         ASTContext &Ctx);
  void checkHandlers(const CXXTryStmt &Try, llvm::ArrayRef<Record> All,
                     const FunctionDecl &FD, ASTContext &Ctx);

  llvm::SmallVector<Record, 8> Instruments;
};

} // namespace clang::tidy::otel

#endif // OTEL_TIDY_HANDLEDERRORRECORDEDCHECK_H
