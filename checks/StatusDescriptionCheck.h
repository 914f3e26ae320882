//===--- StatusDescriptionCheck.h - otel-tidy -------------------*- C++ -*-===//
//
// otel-status-description: a status description goes only with Error, does
// not repeat the status code or the span's error.type, and is the exception's
// message when an exception caused the failure.
// See docs/checks/otel-status-description.md.
//
//===----------------------------------------------------------------------===//

#ifndef OTEL_TIDY_STATUSDESCRIPTIONCHECK_H
#define OTEL_TIDY_STATUSDESCRIPTIONCHECK_H

#include "OtelCheck.h"

namespace clang::tidy::otel {

class StatusDescriptionCheck : public OtelCheck {
public:
  using OtelCheck::OtelCheck;
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;

private:
  void checkFunction(const FunctionDecl &FD, ASTContext &Ctx) override;
  void checkStatus(const StatusSet &Set, const FunctionDecl &FD,
                   ASTContext &Ctx);
  bool checkExceptionMessage(const StatusSet &Set, const Expr *Desc,
                             const FunctionDecl &FD, ASTContext &Ctx,
                             bool Fixable);
  const CallExpr *errorTypeRepeated(const StatusSet &Set, const Expr &Desc,
                                    const FunctionDecl &FD, ASTContext &Ctx);
};

} // namespace clang::tidy::otel

#endif // OTEL_TIDY_STATUSDESCRIPTIONCHECK_H
