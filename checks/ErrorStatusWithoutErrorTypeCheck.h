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
#include "llvm/ADT/DenseMap.h"
#include <optional>
#include <string>

namespace clang::tidy::otel {

class ErrorStatusWithoutErrorTypeCheck : public OtelCheck {
public:
  using OtelCheck::OtelCheck;
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;

private:
  void checkFunction(const FunctionDecl &FD, ASTContext &Ctx) override;
  /// What happens to the span \p Span, in \p F, on the paths through
  /// \p Through: error.type is set on it, or it escapes into code that is
  /// not understood (and may set it).
  bool handledOnPath(const void *Span, const Stmt &Through,
                     const FunctionDecl &F, ASTContext &Ctx);
  bool handledByCallers(const ParmVarDecl &Span, const FunctionDecl &F,
                        ASTContext &Ctx, unsigned Depth = 0);
  bool handledByCallersUncached(const ParmVarDecl &Span, const FunctionDecl &F,
                                ASTContext &Ctx, unsigned Depth);
  bool setAnywhereInUnit(const void *Member, ASTContext &Ctx);
  /// Where \p F sets error.type, on which span: computed once per function.
  struct ErrorTypeSite {
    const CallExpr *Sink;
    const void *Target;
    bool AtStart; // in the attributes the span started with
  };
  const llvm::SmallVector<ErrorTypeSite, 2> &
  errorTypeSites(const FunctionDecl &F, ASTContext &Ctx);
  std::vector<FixItHint> fix(const StatusSet &Set, const FunctionDecl &F,
                             ASTContext &Ctx);
  std::string errorTypeKey(ASTContext &Ctx);

  std::optional<std::string> KeySpelling;
  // Per translation unit (clang-tidy makes the checks anew for each).
  llvm::DenseMap<const void *, bool> MemberSet;
  llvm::DenseMap<const ParmVarDecl *, bool> CallersHandle;
  llvm::DenseMap<const FunctionDecl *, llvm::SmallVector<ErrorTypeSite, 2>>
      Sites;
};

} // namespace clang::tidy::otel

#endif // OTEL_TIDY_ERRORSTATUSWITHOUTERRORTYPECHECK_H
