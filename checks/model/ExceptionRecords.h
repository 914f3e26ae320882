//===--- ExceptionRecords.h - otel-tidy -------------------------*- C++ -*-===//
//
// What records a caught exception:
//  - `Span::AddEvent` named "exception" (or semconv::exception::kException),
//    named by the exception (`AddEvent(e.what())`), or carrying
//    `exception.*` attributes;
//  - OpenTelemetry log calls (`Logger::EmitLogRecord`, `Trace`...`Fatal`,
//    `Log`) and `LogRecord::SetAttribute` that mention the caught exception
//    or carry `exception.*` attributes;
//  - OpenCensus `Span::AddAnnotation` mentioning the exception or carrying
//    `exception.*` attributes;
//  - calls of ExceptionRecorders (any call in a handler);
//  - calls of functions defined in the translation unit whose body records
//    one of their exception parameters (`recordException(const
//    std::exception &e)`), found automatically, when the argument mentions
//    the caught exception.
// Setting the status description to e.what() or setting error.type is not
// an exception record. "Mentions the caught exception" means: refers to the
// handler's variable, calls std::current_exception(), or uses a
// std::exception_ptr.
//
//===----------------------------------------------------------------------===//

#ifndef OTEL_TIDY_MODEL_EXCEPTIONRECORDS_H
#define OTEL_TIDY_MODEL_EXCEPTIONRECORDS_H

#include "model/Attributes.h"
#include "model/Options.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/DenseMap.h"
#include <optional>

namespace clang::tidy::otel {

enum class RecordKind { SpanEvent, LogRecord, Annotation, Recorder, Wrapper };

/// One record of a caught exception.
struct ExceptionRecord {
  const CallExpr *Call = nullptr;
  RecordKind Kind = RecordKind::SpanEvent;
  /// Records on one LogRecord object (its body and its exception.*
  /// attributes) are one record: they share a group.
  const void *Group = nullptr;
};

/// A statement that sends a handler's exception on: `throw;`, `throw e;`
/// (the handler's own variable) or `std::rethrow_exception(p)`.
struct Rethrow {
  const Expr *Site = nullptr;
  /// `throw e;` copies the static type of `e`; `std::rethrow_exception`
  /// hides the type.
  bool Copies = false;
  bool HidesType = false;
};

class ExceptionModel {
public:
  ExceptionModel(const OtelOptions &Opts, const AttributeModel &Attributes)
      : Opts(Opts), Attributes(Attributes) {}

  /// Whether \p Call records the exception held by \p Caught (the handler's
  /// variable; null for `catch (...)`).
  std::optional<RecordKind> recordOf(const CallExpr &Call,
                                     const VarDecl *Caught, ASTContext &Ctx);

  /// The record \p Call is, with its group, if it records \p Caught.
  std::optional<ExceptionRecord> record(const CallExpr &Call,
                                        const VarDecl *Caught, ASTContext &Ctx);

  /// Whether \p S rethrows the exception of a handler whose variable is
  /// \p Caught (null for `catch (...)`).
  static std::optional<Rethrow> rethrowOf(const Stmt &S, const VarDecl *Caught);

  /// Whether \p E mentions the exception held by \p Caught.
  static bool mentionsException(const Stmt *E, const VarDecl *Caught);

private:
  /// The index of the parameter a function of this translation unit
  /// records, or -1. Memoised; recursion guarded.
  int recordedParameter(const FunctionDecl &FD, ASTContext &Ctx);
  bool hasExceptionKey(const CallExpr &Call, unsigned FirstArg,
                       ASTContext &Ctx) const;

  const OtelOptions &Opts;
  const AttributeModel &Attributes;
  llvm::DenseMap<const FunctionDecl *, int> WrapperParam;
};

/// Whether a class is std::exception_ptr (in any standard library's spelling).
bool isExceptionPtr(const CXXRecordDecl *RD);

/// Whether a type is (a reference to) std::exception or a class derived from
/// it, or std::exception_ptr.
bool isExceptionType(QualType T);

} // namespace clang::tidy::otel

#endif // OTEL_TIDY_MODEL_EXCEPTIONRECORDS_H
