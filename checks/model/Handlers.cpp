//===--- Handlers.cpp - otel-tidy -------------------------------*- C++ -*-===//

#include "model/Handlers.h"
#include "model/Names.h"
#include "clang/AST/CXXInheritance.h"
#include "clang/AST/DeclCXX.h"
#include "llvm/ADT/STLExtras.h"
#include <functional>
#include <map>

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
  // Every base by name, with how many distinct subobjects it is (more than
  // one: ambiguous) and whether a path to it is all public.
  struct Seen {
    unsigned NonVirtual = 0;
    bool Virtual = false, Public = false;
  };
  std::map<std::string, Seen> Bases;
  std::function<void(const CXXRecordDecl &, bool)> Walk =
      [&](const CXXRecordDecl &C, bool PublicSoFar) {
        for (const CXXBaseSpecifier &B : C.bases()) {
          const CXXRecordDecl *Base = B.getType()->getAsCXXRecordDecl();
          if (!Base || !Base->hasDefinition())
            continue;
          Seen &S = Bases[qualifiedName(*Base)];
          bool Public = PublicSoFar && B.getAccessSpecifier() == AS_public;
          if (B.isVirtual()) {
            if (S.Virtual && (S.Public || !Public))
              continue; // that virtual subobject was walked already
            S.Virtual = true;
          } else {
            ++S.NonVirtual;
          }
          S.Public = S.Public || Public;
          Walk(*Base, Public);
        }
      };
  Walk(*RD, true);
  for (const auto &[Name, S] : Bases)
    if (S.Public && S.NonVirtual + (S.Virtual ? 1 : 0) == 1)
      Result.Bases.push_back(Name);
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
