//===--- ValueFlow.h - otel-tidy --------------------------------*- C++ -*-===//
//
// "Where can this value come from?" -- for every check that reads a status
// code, an attribute key or value, or a container.
//
// A value written at the call is its own source. Otherwise it is followed:
//  - a local variable (or a parameter assigned in the body): the
//    definitions that reach the use, by reaching definitions on Clang's CFG
//    (a forward dataflow over ForwardDataflowWorklist), so a value
//    overwritten before the use is not a source, and both arms of a branch
//    are;
//  - a conditional operator: both arms;
//  - a call of a function of the translation unit: every value it returns,
//    and through a returned parameter, the argument of this call;
//  - a parameter of the function: a source of its own, which callers
//    resolve (parameter summaries: which parameters reach a status set).
// What a value means (OK, a success sentinel, "error.type") is the models'
// question (model/); this analysis only says where values come from.
//
//===----------------------------------------------------------------------===//

#ifndef OTEL_TIDY_ANALYSIS_VALUEFLOW_H
#define OTEL_TIDY_ANALYSIS_VALUEFLOW_H

#include "analysis/FunctionGraphs.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/STLExtras.h"
#include <map>
#include <string>
#include <vector>

namespace clang::tidy::otel {

/// One place a value may come from.
struct ValueSource {
  /// The expression that gives the value (null: unknown, e.g. the variable
  /// was modified through a reference).
  const Expr *Value = nullptr;
  /// Where the value is given when it is not written at the use: the
  /// declaration or assignment of a local, or a `return` of a function of
  /// the translation unit. Null when written at the use.
  const Stmt *Definition = nullptr;
  /// The function the value is written in.
  const FunctionDecl *In = nullptr;
  /// Set when the value is that of a parameter of the function (the callers
  /// say what it is).
  const ParmVarDecl *Parameter = nullptr;
  /// The call of a function of the translation unit whose return gave it.
  const CallExpr *Through = nullptr;
};

class ValueFlow {
public:
  ValueFlow(FunctionGraphs &Graphs, FunctionIndex &Index);
  ~ValueFlow();

  /// The values \p E, used in \p F, may have.
  std::vector<ValueSource> sourcesOf(const Expr &E, const FunctionDecl &F);

  /// The statements defining \p V that reach \p At in \p F (null for the
  /// value a parameter has on entry; an unknown modification is the
  /// statement that makes it). Empty when \p V is not a variable of \p F.
  std::vector<const Stmt *>
  reachingDefinitions(const VarDecl &V, const Stmt &At, const FunctionDecl &F);

  /// Which parameters of \p G reach a sink argument of a call in \p G
  /// (\p SinkArgument says which argument of a call is a sink, or null):
  /// directly, or through the calls of other functions of the translation
  /// unit that pass them on. \p Kind names the sink for the cache.
  using SinkFn =
      llvm::function_ref<const Expr *(const CallExpr &, const FunctionDecl &)>;
  const std::vector<unsigned> &parametersReaching(const FunctionDecl &G,
                                                  llvm::StringRef Kind,
                                                  SinkFn SinkArgument);

  /// A function of the translation unit that \p Call runs, when its body
  /// says what it does (not a virtual call without a known overrider, not
  /// a system header's).
  static const FunctionDecl *definedCallee(const CallExpr &Call);

  /// The argument of \p Call for parameter \p Param of its callee.
  static const Expr *argumentFor(const CallExpr &Call, unsigned Param);

  /// The value a definition gives (the initializer or the assigned value),
  /// null when unknown.
  static const Expr *valueOf(const Stmt &Definition, const VarDecl &V);

private:
  void collect(const Expr &E, const FunctionDecl &F, int Depth,
               std::vector<ValueSource> &Out);
  struct Definitions;
  Definitions &definitionsOf(const VarDecl &V, const FunctionDecl &F);

  FunctionGraphs &Graphs;
  FunctionIndex &Index;
  std::map<std::pair<const VarDecl *, const FunctionDecl *>,
           std::unique_ptr<Definitions>>
      Cache;
  std::map<std::pair<const FunctionDecl *, std::string>, std::vector<unsigned>>
      Reaching;
};

} // namespace clang::tidy::otel

#endif // OTEL_TIDY_ANALYSIS_VALUEFLOW_H
