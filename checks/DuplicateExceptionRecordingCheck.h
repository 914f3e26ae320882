//===--- DuplicateExceptionRecordingCheck.h - otel-tidy ---------*- C++ -*-===//
//
// otel-duplicate-exception-recording: flags the second (and later) record of
// one caught exception: twice on one path of a handler; recorded, rethrown
// and recorded again by an enclosing handler of the same function; or
// recorded and rethrown by a function of the translation unit and recorded
// again by the caller's handler. See
// docs/checks/otel-duplicate-exception-recording.md.
//
//===----------------------------------------------------------------------===//

#ifndef OTEL_TIDY_DUPLICATEEXCEPTIONRECORDINGCHECK_H
#define OTEL_TIDY_DUPLICATEEXCEPTIONRECORDINGCHECK_H

#include "analysis/FailurePaths.h"
#include "clang-tidy/ClangTidyCheck.h"
#include "model/Attributes.h"
#include "model/ExceptionRecords.h"
#include "model/Options.h"
#include "model/SpanStatus.h"
#include "utils/FunctionVisitingCheck.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include <map>

namespace clang::tidy::otel {

class DuplicateExceptionRecordingCheck : public FunctionVisitingCheck {
public:
  DuplicateExceptionRecordingCheck(StringRef Name, ClangTidyContext *Context);
  bool isLanguageVersionSupported(const LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus && LangOpts.CXXExceptions;
  }
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;

  /// One exception record in a handler.
  struct Record {
    const CallExpr *Call;
    RecordKind Kind;
    const void *Group; // records on one LogRecord object are one record
  };
  /// A handler that records the exception and rethrows it.
  struct Escape {
    const Record *First; // the record before the rethrow
    const Expr *Rethrow;
    QualType Thrown; // null when unknown (catch (...) + throw;)
  };

private:
  void checkFunction(const FunctionDecl &FD, ASTContext &Ctx) override;
  void resetTranslationUnit() override;
  const std::vector<Record> &recordsIn(const CXXCatchStmt &H, ASTContext &Ctx);
  std::vector<Escape> escapesOf(const CXXCatchStmt &H, const FunctionDecl &FD,
                                ASTContext &Ctx);
  const std::vector<Escape> &escapingFrom(const FunctionDecl &FD,
                                          ASTContext &Ctx);
  void checkHandler(const CXXCatchStmt &H, const FunctionDecl &FD,
                    ASTContext &Ctx);
  void checkCalls(const CXXTryStmt &Try, const FunctionDecl &FD,
                  ASTContext &Ctx);
  void report(const Record &Later, const Record &First, unsigned Case,
              const std::string &Function, const FunctionDecl &FD,
              ASTContext &Ctx);

  OtelOptions Opts;
  SpanStatusModel Status;
  AttributeModel Attributes;
  ExceptionModel Exceptions;
  FailurePaths Paths;
  std::map<const CXXCatchStmt *, std::vector<Record>> Records;
  std::map<const FunctionDecl *, std::vector<Escape>> Escapes;
  llvm::DenseSet<unsigned> Reported;
};

} // namespace clang::tidy::otel

#endif // OTEL_TIDY_DUPLICATEEXCEPTIONRECORDINGCHECK_H
