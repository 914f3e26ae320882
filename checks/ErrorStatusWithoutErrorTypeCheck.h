//===--- ErrorStatusWithoutErrorTypeCheck.h - otel-tidy ---------*- C++ -*-===//
//
// otel-error-status-without-error-type: an OpenTelemetry span's status set
// to Error with no `error.type` on the same span on any path through the
// status set. See docs/checks/otel-error-status-without-error-type.md.
//
//===----------------------------------------------------------------------===//

#ifndef OTEL_TIDY_ERRORSTATUSWITHOUTERRORTYPECHECK_H
#define OTEL_TIDY_ERRORSTATUSWITHOUTERRORTYPECHECK_H

#include "OtelCheck.h"
#include <optional>
#include <string>

namespace clang::tidy::otel {

class ErrorStatusWithoutErrorTypeCheck : public OtelCheck {
public:
  using OtelCheck::OtelCheck;
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;

private:
  void checkFunction(const FunctionDecl &FD, ASTContext &Ctx) override;
  std::vector<FixItHint> fix(const StatusSet &Set, const FunctionDecl &F,
                             ASTContext &Ctx);
  std::string errorTypeKey(ASTContext &Ctx);

  std::optional<std::string> KeySpelling;
};

} // namespace clang::tidy::otel

#endif // OTEL_TIDY_ERRORSTATUSWITHOUTERRORTYPECHECK_H
