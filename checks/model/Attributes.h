//===--- Attributes.h - otel-tidy -------------------------------*- C++ -*-===//
//
// What a call puts on telemetry, as key/value pairs:
//  - OpenTelemetry `Span::SetAttribute(key, value)`, the attributes of
//    `Tracer::StartSpan`, `Span::AddEvent`, and of metric
//    `Counter/UpDownCounter::Add`, `Histogram/Gauge::Record`,
//    `ObserverResultT::Observe`;
//  - OpenCensus `Span::AddAttribute(s)`, `AddAnnotation` attributes, and the
//    tags of `stats::Record` (a TagKey registered as the key's name);
//  - attribute arguments written as braced lists, `common::MakeAttributes`,
//    `KeyValueIterableView`, or a local map/vector filled before the call, in
//    which case each insertion (`m[k] = v`, `emplace`, `insert`,
//    `push_back`, the initializer) is a pair of its own, judged where it is
//    written.
// Keys resolve by value: string literals, constexpr/static/const variables
// initialised with one (the semconv constants), string_view/std::string
// construction, OpenCensus `TagKey::Register("...")`.
//
//===----------------------------------------------------------------------===//

#ifndef OTEL_TIDY_MODEL_ATTRIBUTES_H
#define OTEL_TIDY_MODEL_ATTRIBUTES_H

#include "model/Options.h"
#include "clang/AST/Expr.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"
#include <memory>
#include <vector>
#include <optional>
#include <string>

namespace clang::tidy::otel {

enum class AttributeSink {
  SpanAttribute, // Span::SetAttribute, OpenCensus Span::AddAttribute(s)
  SpanStart,     // Tracer::StartSpan attributes
  SpanEvent,     // Span::AddEvent / OpenCensus AddAnnotation attributes
  Metric,        // Add / Record / Observe attributes, OpenCensus tags
  LogAttribute,  // logs::LogRecord::SetAttribute
};

/// One key/value pair a call records.
struct AttributePut {
  const Expr *Key = nullptr;
  const Expr *Value = nullptr; // null when not known
  /// Where the pair is written: the call itself, or the insertion into a
  /// container (or the container's declaration) that the call records.
  const Stmt *Anchor = nullptr;
  /// The API call that records it.
  const CallExpr *Sink = nullptr;
  AttributeSink Kind = AttributeSink::SpanAttribute;
  /// For `SetAttribute(k, v)`-like calls: the argument holding the value
  /// (the call can then be edited as a statement).
  const Expr *ValueArgument = nullptr;
};

class AttributeModel {
public:
  explicit AttributeModel(const OtelOptions &Opts) : Opts(Opts) {}

  /// Every pair \p Call records (nothing when it is not an attribute sink).
  /// \p Body is the function body the call is in: a container recorded by
  /// the call is filled there.
  void collect(const CallExpr &Call, const Stmt *Body, ASTContext &Ctx,
               llvm::SmallVectorImpl<AttributePut> &Out) const;

  /// The pairs one argument of \p Call holds (braced lists, MakeAttributes,
  /// KeyValueIterableView, local containers), whatever \p Call is.
  void collectArgument(const Expr *Arg, const CallExpr &Call,
                       AttributeSink Kind, const Stmt *Body, ASTContext &Ctx,
                       llvm::SmallVectorImpl<AttributePut> &Out) const;

  /// The parameters of a function of the translation unit that it records
  /// as attributes (`void Count(Counter &c, const Attrs &attrs) {
  /// c.Add(1, attrs); }`): a container passed there is recorded by the call.
  struct RecordedParameter {
    unsigned Index;
    AttributeSink Kind;
  };
  const std::vector<RecordedParameter> &
  recordedParameters(const FunctionDecl &F) const;

  /// The string an expression stands for, if it is a constant one.
  static std::optional<std::string> stringValue(const Expr *E, ASTContext &Ctx);

  /// Whether a key resolves to "error.type" (or one of ErrorTypeKeys).
  bool isErrorTypeKey(const Expr *Key, ASTContext &Ctx) const;

  /// Looks through implicit conversions and value-wrapping construction
  /// (AttributeValue, string_view, std::string) to what was written.
  static const Expr *writtenValue(const Expr *E);

private:
  const OtelOptions &Opts;
  mutable llvm::DenseMap<const FunctionDecl *,
                         std::unique_ptr<std::vector<RecordedParameter>>>
      Recorded;
};

} // namespace clang::tidy::otel

#endif // OTEL_TIDY_MODEL_ATTRIBUTES_H
