//===--- Metrics.h - otel-tidy ----------------------------------*- C++ -*-===//
//
// What a metric call means: which instrument it records on, of what kind,
// and what amount. Used by the checks that compare a span with its metric
// and the records on two outcomes of one test.
//
//===----------------------------------------------------------------------===//

#ifndef OTEL_TIDY_MODEL_METRICS_H
#define OTEL_TIDY_MODEL_METRICS_H

#include "clang/AST/Expr.h"
#include <optional>

namespace clang::tidy::otel {

enum class InstrumentKind { Counter, UpDownCounter, Histogram, Gauge };

/// One synchronous record: `counter->Add(1, attrs)`,
/// `histogram->Record(ms, attrs, context)`, `gauge->Record(v)`.
struct MetricRecord {
  const CallExpr *Call = nullptr;
  /// The variable or field holding the instrument (canonical); null when it
  /// is not one (a call's result).
  const Decl *Instrument = nullptr;
  InstrumentKind Kind = InstrumentKind::Counter;
  /// The value recorded: the first argument.
  const Expr *Amount = nullptr;
};

class MetricModel {
public:
  /// The record \p Call makes, if it is one of OpenTelemetry's synchronous
  /// instruments (ABI v1 and v2, with or without attributes and context).
  static std::optional<MetricRecord> record(const CallExpr &Call);

  /// Whether two recorded amounts are the same: equal integer or floating
  /// constants, the same variable, or the same expression.
  static bool sameAmount(const Expr *A, const Expr *B, ASTContext &Ctx);

  /// How an instrument is named in messages: the variable or field.
  static std::string nameOf(const Decl *Instrument);
};

} // namespace clang::tidy::otel

#endif // OTEL_TIDY_MODEL_METRICS_H
