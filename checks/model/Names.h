//===--- Names.h - otel-tidy ------------------------------------*- C++ -*-===//
//
// Matching declarations against user-supplied name lists. An entry that
// starts with "::" is a fully qualified name (inline namespaces such as
// opentelemetry's ABI namespace "v1"/"v2" are skipped); any other entry
// matches the unqualified name.
//
//===----------------------------------------------------------------------===//

#ifndef OTEL_TIDY_MODEL_NAMES_H
#define OTEL_TIDY_MODEL_NAMES_H

#include "clang/AST/Decl.h"
#include "clang/AST/DeclCXX.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include <string>
#include <vector>

namespace clang::tidy::otel {

/// The "::a::b::c" spelling of a declaration, without inline namespaces and
/// anonymous namespaces.
std::string qualifiedName(const NamedDecl &D);

/// Whether \p RD is, or derives from, the class named \p Qualified
/// ("::opentelemetry::trace::Span"); false for an incomplete class.
bool isOrDerivesFrom(const CXXRecordDecl *RD, llvm::StringRef Qualified);

/// A list of qualified or plain names, as given in a check option.
class NameList {
public:
  NameList() = default;
  explicit NameList(llvm::StringRef SemicolonSeparated);

  bool empty() const { return Names.empty(); }
  bool contains(const NamedDecl &D) const;
  /// Every entry, with a leading "::" where it was qualified.
  const std::vector<std::string> &entries() const { return Names; }

private:
  std::vector<std::string> Names;
};

/// Splits an identifier into lower-case words: "HasError" -> {has, error},
/// "is_ok" -> {is, ok}, "HTTPStatus" -> {http, status}.
llvm::SmallVector<std::string, 4> identifierWords(llvm::StringRef Name);

} // namespace clang::tidy::otel

#endif // OTEL_TIDY_MODEL_NAMES_H
