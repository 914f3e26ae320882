//===--- Handlers.cpp - otel-tidy -------------------------------*- C++ -*-===//

#include "model/Handlers.h"
#include "model/Names.h"
#include "clang/AST/CXXInheritance.h"
#include "clang/AST/DeclCXX.h"
#include "llvm/ADT/STLExtras.h"

namespace clang::tidy::otel {

QualType plainType(QualType T) {
  if (T.isNull())
    return T;
  return T.getNonReferenceType().getUnqualifiedType().getCanonicalType();
}

ThrownType ThrownType::of(QualType T) {
  ThrownType Result;
  Result.Type = plainType(T);
  if (Result.Type.isNull())
    return Result;
  const CXXRecordDecl *RD = Result.Type->getAsCXXRecordDecl();
  if (!RD) {
    Result.Name = Result.Type.getAsString();
    return Result;
  }
  Result.Name = qualifiedName(*RD);
  if (!RD->hasDefinition())
    return Result;
  CXXBasePaths Paths(/*FindAmbiguities=*/true, /*RecordPaths=*/true,
                     /*DetectVirtual=*/false);
  RD->forallBases([&](const CXXRecordDecl *Base) {
    Paths.clear();
    if (RD->isDerivedFrom(Base, Paths) &&
        !Paths.isAmbiguous(
            Base->getTypeForDecl()->getCanonicalTypeUnqualified()) &&
        Paths.front().Access == AS_public)
      Result.Bases.push_back(qualifiedName(*Base));
    return true;
  });
  return Result;
}

namespace {

/// The class a handler names, by name, for a type known by name only.
Catch catchesByName(QualType Handled, const ThrownType &Thrown) {
  const CXXRecordDecl *C = Handled->getAsCXXRecordDecl();
  std::string HandledName = C ? qualifiedName(*C) : Handled.getAsString();
  if (HandledName == Thrown.Name ||
      llvm::is_contained(Thrown.Bases, HandledName))
    return Catch::Definitely;
  // A handler for a class derived from the thrown type might catch it.
  if (C && C->hasDefinition() && isOrDerivesFrom(C, Thrown.Name))
    return Catch::Maybe;
  return Catch::No;
}

} // namespace

Catch catches(const CXXCatchStmt &H, const ThrownType &Thrown) {
  QualType Handled = plainType(H.getCaughtType());
  if (Handled.isNull())
    return Catch::Definitely; // catch (...)
  if (Thrown.isUnknown())
    return Catch::Maybe;
  if (Thrown.Type.isNull())
    return catchesByName(Handled, Thrown);
  if (Handled == Thrown.Type)
    return Catch::Definitely;
  const CXXRecordDecl *T = Thrown.Type->getAsCXXRecordDecl();
  const CXXRecordDecl *C = Handled->getAsCXXRecordDecl();
  if (T && C && T->hasDefinition() && C->hasDefinition()) {
    CXXBasePaths Paths(/*FindAmbiguities=*/true, /*RecordPaths=*/true,
                       /*DetectVirtual=*/false);
    if (T->isDerivedFrom(C, Paths)) {
      // Only an unambiguous public base catches it.
      if (Paths.isAmbiguous(Handled->getCanonicalTypeUnqualified()) ||
          Paths.front().Access != AS_public)
        return Catch::No;
      return Catch::Definitely;
    }
    if (C->isDerivedFrom(T))
      return Catch::Maybe; // only if the dynamic type is derived enough
  }
  return Catch::No;
}

Catcher catcherIn(const CXXTryStmt &Try, const ThrownType &Thrown) {
  for (unsigned I = 0; I < Try.getNumHandlers(); ++I) {
    Catch C = catches(*Try.getHandler(I), Thrown);
    if (C != Catch::No)
      return {C, Try.getHandler(I)};
  }
  return {};
}

} // namespace clang::tidy::otel
