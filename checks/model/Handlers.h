//===--- Handlers.h - otel-tidy ---------------------------------*- C++ -*-===//
//
// What a `catch` handler catches, as C++ decides it, and how a thrown type
// is described when it crosses a file (the summary store): by its fully
// qualified name and the names of its unambiguous public bases.
//
//===----------------------------------------------------------------------===//

#ifndef OTEL_TIDY_MODEL_HANDLERS_H
#define OTEL_TIDY_MODEL_HANDLERS_H

#include "clang/AST/StmtCXX.h"
#include "clang/AST/Type.h"
#include <string>
#include <vector>

namespace clang::tidy::otel {

/// The type of a thrown exception, known in this translation unit (Type),
/// by name only (from another translation unit), or not at all.
struct ThrownType {
  QualType Type;                  ///< canonical, unqualified, no reference
  std::string Name;               ///< "::ns::TransportError"; empty: unknown
  std::vector<std::string> Bases; ///< unambiguous public bases, by name

  static ThrownType unknown() { return {}; }
  static ThrownType of(QualType T);
  bool isUnknown() const { return Type.isNull() && Name.empty(); }
};

enum class Catch { Definitely, Maybe, No };

/// Whether handler \p H catches an exception of type \p Thrown: definitely
/// (the same class, an unambiguous public base, `...`), maybe (a derived
/// class: only if the dynamic type is derived enough; any typed handler for
/// an unknown type), or not at all.
Catch catches(const CXXCatchStmt &H, const ThrownType &Thrown);

/// The handler of \p Try that sees an exception of type \p Thrown first,
/// with how surely it catches it (No and null when none does).
struct Catcher {
  Catch Result = Catch::No;
  const CXXCatchStmt *Handler = nullptr;
};
Catcher catcherIn(const CXXTryStmt &Try, const ThrownType &Thrown);

/// The type without reference, qualifiers and sugar.
QualType plainType(QualType T);

} // namespace clang::tidy::otel

#endif // OTEL_TIDY_MODEL_HANDLERS_H
