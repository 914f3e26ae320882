//===--- Compat.h - otel-tidy -----------------------------------*- C++ -*-===//
//
// The differences between the Clang versions otel-tidy builds against
// (LLVM 16, 19 and 22) live here, and nowhere else.
//
//===----------------------------------------------------------------------===//

#ifndef OTEL_TIDY_UTILS_COMPAT_H
#define OTEL_TIDY_UTILS_COMPAT_H

#include "clang/AST/Expr.h"
#include "clang/AST/NestedNameSpecifier.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Basic/Version.h"
#include "llvm/ADT/STLExtras.h"

namespace clang::tidy::otel::compat {

/// The type a name is qualified by (`T` in `T::kOk`), or null.
inline const Type *qualifierType(const DeclRefExpr &DRE) {
#if CLANG_VERSION_MAJOR >= 22
  // LLVM 22: NestedNameSpecifier is a value type with a kind.
  NestedNameSpecifier NNS = DRE.getQualifier();
  return NNS.getKind() == NestedNameSpecifier::Kind::Type ? NNS.getAsType()
                                                          : nullptr;
#else
  const NestedNameSpecifier *NNS = DRE.getQualifier();
  return NNS ? NNS->getAsType() : nullptr;
#endif
}

/// Calls \p Fn with the name of every file the translation unit read (each
/// time it was entered) and whether it is a system header.
inline void
forEachFile(const SourceManager &SM,
            llvm::function_ref<void(llvm::StringRef Name, bool System)> Fn) {
  for (unsigned I = 0, N = SM.local_sloc_entry_size(); I < N; ++I) {
    const SrcMgr::SLocEntry &E = SM.getLocalSLocEntry(I);
    if (!E.isFile())
      continue;
    // LLVM 16: OptionalFileEntryRefDegradesToFileEntryPtr; later:
    // OptionalFileEntryRef. Both give a FileEntryRef through ->.
    auto Entry = E.getFile().getContentCache().OrigEntry;
    if (Entry)
      Fn(Entry->getName(),
         SrcMgr::isSystem(E.getFile().getFileCharacteristic()));
  }
}

} // namespace clang::tidy::otel::compat

#endif // OTEL_TIDY_UTILS_COMPAT_H
