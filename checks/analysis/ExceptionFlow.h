//===--- ExceptionFlow.h - otel-tidy ----------------------------*- C++ -*-===//
//
// "Where does this exception go, and who recorded it on the way?"
//
// One exception is one thrown object. Entering a handler starts a new one;
// `throw;`, `throw e;` and `std::rethrow_exception` send the same object on.
// For every function of the translation unit (and every lambda) a summary
// says what happens to an exception that reaches it:
//  - recorded and propagated: a handler records it and rethrows it, or a
//    callee did and nothing here catches it (a caller that does not catch
//    inherits what its callees do, to any depth);
//  - recorded and swallowed: a handler records it and completes;
//  - swallowed: a handler completes without recording it;
//  - untouched and propagated: a call or throw outside any `catch (...)`.
// Summaries are computed on demand over the call graph, to a fixed point
// through recursion. Calls count through member calls, constructors,
// template instantiations, lambdas and a `std::function` initialised with a
// lambda in the same function; a virtual call only when its final overrider
// is known. Functions defined in other translation units come from the
// summary store, when one is given (analysis/SummaryStore.h).
//
// Within a function, each recorded exception that escapes a call, or an
// inner handler's rethrow, is followed outwards through the enclosing `try`
// statements (model/Handlers.h decides which handler catches it): it
// arrives at the first handler that definitely catches it, stops at one that
// might, or leaves the function.
//
//===----------------------------------------------------------------------===//

#ifndef OTEL_TIDY_ANALYSIS_EXCEPTIONFLOW_H
#define OTEL_TIDY_ANALYSIS_EXCEPTIONFLOW_H

#include "analysis/FailurePaths.h"
#include "model/ExceptionRecords.h"
#include "model/Handlers.h"
#include "utils/FunctionIndex.h"
#include "clang/AST/StmtCXX.h"
#include "llvm/ADT/DenseMap.h"
#include <map>
#include <string>
#include <vector>

namespace clang::tidy::otel {

/// One step of a recorded exception's way: the record itself, or a call it
/// escaped from. Steps in this translation unit have a site; steps from the
/// summary store have a written location ("src/client.cpp:42") instead.
struct Hop {
  enum Kind { Record, Call } HopKind = Record;
  const Stmt *Site = nullptr;
  /// Call: the called function; Record: the function that records.
  std::string Function;
  std::string Where; ///< for steps in other files
  /// Record: the record call and its kind, when in this translation unit.
  const ExceptionRecord *First = nullptr;
};

/// An exception that was recorded and then propagated.
struct RecordedException {
  ThrownType Type;
  /// The outermost call first, the record last.
  std::vector<Hop> Chain;

  /// What identifies it: its type and where it was first recorded.
  std::string key() const;
};

struct ExceptionSummary {
  enum : unsigned {
    RecordsAndPropagates = 1,
    RecordsAndSwallows = 2,
    Swallows = 4,
    Propagates = 8, ///< untouched
  };
  unsigned Behaviour = 0;
  /// The recorded exceptions that leave the function.
  std::vector<RecordedException> Escapes;
};

/// Summaries of functions defined in other translation units.
class ExternalSummaries {
public:
  virtual ~ExternalSummaries();
  /// The recorded exceptions that leave \p Callee (null: unknown).
  virtual const std::vector<RecordedException> *
  escapesOf(const FunctionDecl &Callee) const = 0;
};

class ExceptionFlow {
public:
  ExceptionFlow(ExceptionModel &Exceptions, FailurePaths &Paths,
                FunctionIndex &Index);
  ~ExceptionFlow();

  void setExternal(const ExternalSummaries *E) { External = E; }

  /// The records of handler \p H's own exception: not in nested handlers
  /// (they have their own) nor in lambdas written there.
  const std::vector<ExceptionRecord> &recordsIn(const CXXCatchStmt &H,
                                                ASTContext &Ctx);

  /// The already recorded exceptions that handler \p H, in \p F, definitely
  /// catches: from calls in its `try` block, or rethrown by inner handlers.
  const std::vector<RecordedException> &
  arrivalsAt(const CXXCatchStmt &H, const FunctionDecl &F, ASTContext &Ctx);

  /// What happens to an exception that reaches \p F.
  const ExceptionSummary &summaryOf(const FunctionDecl &F, ASTContext &Ctx);

  /// The function a call runs, when it is known: a direct callee, a method
  /// whose final overrider is known, a constructor, the lambda a local
  /// std::function was initialised with. Null otherwise.
  static const FunctionDecl *calleeOf(const Stmt &Site,
                                      const FunctionDecl &Caller);

private:
  struct FunctionFlow;
  FunctionFlow &compute(const FunctionDecl &F, ASTContext &Ctx);
  void analyze(const FunctionDecl &F, FunctionFlow &Flow, ASTContext &Ctx);
  void propagate(const RecordedException &E, const Stmt &From,
                 const FunctionDecl &F, FunctionFlow &Flow, ASTContext &Ctx,
                 int Depth);
  std::vector<RecordedException>
  escapesOfCall(const Stmt &Site, const FunctionDecl &Caller, ASTContext &Ctx);

  ExceptionModel &Exceptions;
  FailurePaths &Paths;
  FunctionIndex &Index;
  const ExternalSummaries *External = nullptr;
  std::map<const CXXCatchStmt *, std::vector<ExceptionRecord>> Records;
  llvm::DenseMap<const FunctionDecl *, std::unique_ptr<FunctionFlow>> Flows;
  int Depth = 0;
  bool SawCycle = false;
  std::vector<const FunctionDecl *> Computed;
};

} // namespace clang::tidy::otel

#endif // OTEL_TIDY_ANALYSIS_EXCEPTIONFLOW_H
