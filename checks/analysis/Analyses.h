//===--- Analyses.h - otel-tidy ---------------------------------*- C++ -*-===//
//
// Everything the otel checks ask about one translation unit, built once and
// shared by every otel check that runs with the same options: the options,
// the models of what calls and values mean (model/), the function index,
// and the analyses with their caches (failure paths, exception flow,
// value flow, retry loops, error.type coverage).
//
// Eight checks cost about what one does: the function definitions are
// collected by one matcher, each CFG is built once, each summary computed
// once. A check whose check-local options differ from the others' gets a
// set of its own.
//
//===----------------------------------------------------------------------===//

#ifndef OTEL_TIDY_ANALYSIS_ANALYSES_H
#define OTEL_TIDY_ANALYSIS_ANALYSES_H

#include "analysis/ErrorTypeCoverage.h"
#include "analysis/ExceptionFlow.h"
#include "analysis/FailurePaths.h"
#include "analysis/RetryLoops.h"
#include "analysis/SummaryStore.h"
#include "analysis/ValueFlow.h"
#include "model/Attributes.h"
#include "model/ExceptionRecords.h"
#include "model/Options.h"
#include "model/Outcomes.h"
#include "model/SpanStatus.h"
#include "utils/FunctionIndex.h"
#include <memory>

namespace clang::tidy::otel {

class Analyses {
public:
  /// The set for the translation unit that \p Finder runs on and options
  /// \p Opts: the same object for every check that asks with equal options.
  static std::shared_ptr<Analyses> acquire(const void *Finder,
                                           const OtelOptions &Opts);

  explicit Analyses(const OtelOptions &Opts);
  Analyses(const Analyses &) = delete;
  Analyses &operator=(const Analyses &) = delete;

  const OtelOptions Opts;
  FunctionIndex Index;
  FunctionGraphs Graphs{Index};
  const OutcomeModel Outcomes;
  const SpanStatusModel Status;
  const AttributeModel Attributes;
  ExceptionModel Exceptions;
  FailurePaths Paths;
  ExceptionFlow Flow;
  ValueFlow Values{Graphs, Index};
  RetryLoops Retries{Index, Graphs, Paths, Outcomes};
  ErrorTypeCoverage ErrorTypes{Opts, Index, Paths, Attributes, Values};

  /// Collecting function definitions: the first check to ask collects for
  /// all (it registers the matcher); the others only visit.
  bool claimCollection();
  /// The summary store of option SummaryStore (null without one, or when
  /// it could not be read: then storeError() says why).
  const SummaryStore *store() const { return Store.get(); }
  const std::string &storeError() const { return StoreError; }

  /// Remembers the translation unit's context (from any match).
  void noteContext(ASTContext &Ctx) { Context = &Ctx; }
  /// Called by each check at the end of the translation unit: finishes the
  /// index once.
  void finishCollection(ASTContext &Ctx);
  ASTContext *context() const { return Context; }

private:
  std::shared_ptr<const SummaryStore> Store;
  std::string StoreError;
  bool Collecting = false;
  bool Finished = false;
  ASTContext *Context = nullptr;
};

} // namespace clang::tidy::otel

#endif // OTEL_TIDY_ANALYSIS_ANALYSES_H
