//===--- Names.cpp - otel-tidy ----------------------------------*- C++ -*-===//

#include "model/Names.h"
#include "clang-tidy/utils/OptionsUtils.h"
#include "clang/AST/DeclCXX.h"
#include "clang/Basic/CharInfo.h"
#include "llvm/ADT/StringExtras.h"

namespace clang::tidy::otel {

std::string qualifiedName(const NamedDecl &D) {
  llvm::SmallVector<const NamedDecl *, 8> Chain;
  for (const DeclContext *DC = D.getDeclContext(); DC; DC = DC->getParent()) {
    if (const auto *NS = dyn_cast<NamespaceDecl>(DC)) {
      if (NS->isInline() || NS->isAnonymousNamespace())
        continue;
      Chain.push_back(NS);
    } else if (const auto *RD = dyn_cast<RecordDecl>(DC)) {
      Chain.push_back(RD);
    } else if (const auto *ED = dyn_cast<EnumDecl>(DC)) {
      // Enumerators of an unscoped enum belong to the enclosing scope, as in
      // C++: ::opencensus::trace::OK, not ::opencensus::trace::StatusCode::OK.
      if (ED->isScoped())
        Chain.push_back(ED);
    } else if (isa<FunctionDecl>(DC) || isa<TranslationUnitDecl>(DC)) {
      if (isa<FunctionDecl>(DC))
        Chain.push_back(cast<FunctionDecl>(DC));
    }
  }
  std::string Result;
  for (auto It = Chain.rbegin(); It != Chain.rend(); ++It) {
    Result += "::";
    Result += (*It)->getName();
  }
  Result += "::";
  Result += D.getName();
  return Result;
}

bool isOrDerivesFrom(const CXXRecordDecl *RD, llvm::StringRef Qualified) {
  if (!RD)
    return false;
  if (qualifiedName(*RD) == Qualified)
    return true;
  if (!RD->hasDefinition())
    return false;
  bool Found = false;
  RD->forallBases([&](const CXXRecordDecl *Base) {
    Found = Found || qualifiedName(*Base) == Qualified;
    return !Found;
  });
  return Found;
}

NameList::NameList(llvm::StringRef SemicolonSeparated) {
  for (llvm::StringRef Entry :
       utils::options::parseStringList(SemicolonSeparated)) {
    Entry = Entry.trim();
    if (!Entry.empty())
      Names.push_back(Entry.str());
  }
}

bool NameList::contains(const NamedDecl &D) const {
  if (Names.empty() || !D.getDeclName().isIdentifier())
    return false;
  llvm::StringRef Plain = D.getName();
  std::string Qualified;
  // An enumerator of an unscoped enum may be named either way:
  // ::ns::Ok or ::ns::Enum::Ok.
  std::string ThroughEnum;
  if (const auto *EC = dyn_cast<EnumConstantDecl>(&D))
    if (const auto *ED = dyn_cast<EnumDecl>(EC->getDeclContext());
        ED && !ED->isScoped() && ED->getDeclName().isIdentifier())
      ThroughEnum = qualifiedName(*ED) + "::" + Plain.str();
  for (const std::string &Entry : Names) {
    if (llvm::StringRef(Entry).starts_with("::")) {
      if (!llvm::StringRef(Entry).ends_with(Plain))
        continue;
      if (Qualified.empty())
        Qualified = qualifiedName(D);
      if (Qualified == Entry || (!ThroughEnum.empty() && ThroughEnum == Entry))
        return true;
    } else if (Entry == Plain) {
      return true;
    }
  }
  return false;
}

llvm::SmallVector<std::string, 4> identifierWords(llvm::StringRef Name) {
  llvm::SmallVector<std::string, 4> Words;
  std::string Current;
  auto Flush = [&] {
    if (!Current.empty())
      Words.push_back(llvm::StringRef(Current).lower());
    Current.clear();
  };
  for (size_t I = 0; I < Name.size(); ++I) {
    char C = Name[I];
    if (!isAlphanumeric(C)) {
      Flush();
      continue;
    }
    if (isUppercase(C) && !Current.empty()) {
      char Prev = Name[I - 1];
      bool NextLower = I + 1 < Name.size() && isLowercase(Name[I + 1]);
      // "hasError" -> has|Error ; "HTTPStatus" -> HTTP|Status.
      if (isLowercase(Prev) || isDigit(Prev) ||
          (isUppercase(Prev) && NextLower))
        Flush();
    }
    Current.push_back(C);
  }
  Flush();
  return Words;
}

} // namespace clang::tidy::otel
