//===--- SpanStatus.h - otel-tidy -------------------------------*- C++ -*-===//
//
// What a status-setting call means. One place answers, for every check:
//  - is this call a span status set (OpenTelemetry `trace::Span::SetStatus`
//    on any receiver deriving from trace::Span, OpenCensus
//    `trace::Span::SetStatus`, or a wrapper configured with
//    OkStatusFunctions / StatusSetters + OkStatusValues)?
//  - what status does it set: OK, an error, unset, or a conditional whose
//    arms differ? The code argument is evaluated as a constant (enumerators,
//    casts of integers, constexpr variables, aliases); bare names such as
//    `kOk` or `OK` are never trusted, only the enumerator of the parameter's
//    enum type.
//  - which span does it act on (for "OK after Error on the same span")?
//
//===----------------------------------------------------------------------===//

#ifndef OTEL_TIDY_MODEL_SPANSTATUS_H
#define OTEL_TIDY_MODEL_SPANSTATUS_H

#include "model/Options.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ParentMap.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include <optional>

namespace clang::tidy::otel {

enum class StatusApi { OpenTelemetry, OpenCensus, Wrapper };

/// The meaning of one possible status value.
enum class StatusMeaning { Ok, Error, Unset, Unknown };

/// A recognised span status set.
struct StatusSet {
  const CallExpr *Call = nullptr;
  StatusApi Api = StatusApi::OpenTelemetry;
  /// The status argument, or null for OkStatusFunctions (no argument).
  const Expr *CodeArg = nullptr;
  /// Meaning of the argument when it is not a conditional.
  StatusMeaning Meaning = StatusMeaning::Unknown;
  /// `c ? a : b` as the argument: the conditional and each arm's meaning.
  const ConditionalOperator *Conditional = nullptr;
  StatusMeaning TrueArm = StatusMeaning::Unknown;
  StatusMeaning FalseArm = StatusMeaning::Unknown;
  /// The argument (or condition) depends on a template argument: the
  /// written code does not set OK in every instantiation.
  bool DependsOnTemplateArgument = false;
  /// The status enumeration of the argument.
  const EnumDecl *Enum = nullptr;

  bool mayBeOk() const {
    return Meaning == StatusMeaning::Ok || TrueArm == StatusMeaning::Ok ||
           FalseArm == StatusMeaning::Ok;
  }
  bool isError() const { return Meaning == StatusMeaning::Error; }
};

class SpanStatusModel {
public:
  explicit SpanStatusModel(const OtelOptions &Opts) : Opts(Opts) {}

  /// Classifies a call; std::nullopt when it is no span status set.
  std::optional<StatusSet> classify(const CallExpr &Call,
                                    ASTContext &Ctx) const;

  /// What a value of the status argument means, for a value that reached
  /// the argument through a variable or a function (analysis/ValueFlow).
  StatusMeaning meaningOfValue(const Expr *Value, const StatusSet &Set,
                               ASTContext &Ctx) const;

  /// Whether an OK set or assigned at \p S, in \p F, only forwards a
  /// decision another tracing API already made: it is under a branch on
  /// another API's span status (an enumeration with Ok and Unset, as SDKs
  /// and bridges have) or on OpenTracing's error tag, or \p F maps such a
  /// status. A forwarder never produces a finding.
  bool isForwarded(const Stmt &S, const FunctionDecl &F,
                   const ParentMap &PM) const;

  /// The declaration standing for the span a call acts on: the variable or
  /// field holding it, or a shared marker for "the current span". Null when
  /// unknown.
  static const void *spanIdentity(const CallExpr &Call);

  /// Whether an identity is "the current span".
  static bool isCurrentSpan(const void *Identity);

  /// The expression holding the span itself: `span` in `*span`,
  /// `span.get()`, `span->`, `std::move(span)` or a copy of it.
  static const Expr *spanBase(const Expr &Span);

  /// The identity of a span written as an expression (`span`, `*span`,
  /// `span.get()`, `std::move(span)`, `span_` of this object), or null.
  static const void *identityOf(const Expr &Span);

  /// The variable declaration behind a span identity, if it is one.
  static const VarDecl *spanVariable(const void *Identity);

  /// Whether \p Callee takes a span and never sets an attribute on it:
  /// making it active (`Scope`, `WithActiveSpan`), storing it in a context
  /// (`SetSpan`), copying or moving the pointer.
  static bool neverSetsAttributes(const FunctionDecl &Callee);

private:
  StatusMeaning meaningOf(const Expr *Arg, const EnumDecl *Enum, StatusApi Api,
                          ASTContext &Ctx) const;
  bool isOkEnumerator(const EnumConstantDecl &D, StatusApi Api) const;
  std::optional<StatusSet> finishClassification(StatusSet Set,
                                                const EnumDecl *Enum,
                                                ASTContext &Ctx) const;

  const OtelOptions &Opts;
};

} // namespace clang::tidy::otel

#endif // OTEL_TIDY_MODEL_SPANSTATUS_H
