//===--- CheckDocs.cpp - otel-tidy ------------------------------*- C++ -*-===//

#include "CheckDocs.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"

namespace otel_tidy {

namespace {
const CheckDoc Docs[] = {
#include "CheckDocs.inc"
};
} // namespace

llvm::ArrayRef<CheckDoc> checkDocs() { return Docs; }

const CheckDoc *findCheckDoc(llvm::StringRef Check) {
  for (const CheckDoc &D : Docs)
    if (D.Name == Check)
      return &D;
  return nullptr;
}

std::string docSummary(const CheckDoc &Doc) {
  llvm::SmallVector<llvm::StringRef, 0> Lines;
  Doc.Markdown.split(Lines, '\n');
  std::string Out;
  bool Started = false;
  for (llvm::StringRef L : Lines) {
    L = L.trim();
    if (L.starts_with("#")) { // the title, or a section: stop after text
      if (Started)
        break;
      continue;
    }
    if (L.empty()) {
      if (Started)
        break;
      continue;
    }
    Started = true;
    if (!Out.empty())
      Out += ' ';
    Out += L;
  }
  // Plain text: drop Markdown's code and emphasis markers.
  llvm::erase_if(Out, [](char C) { return C == '`' || C == '*'; });
  return Out;
}

std::string docIntroduction(const CheckDoc &Doc) {
  llvm::StringRef Text = Doc.Markdown;
  size_t Title = Text.starts_with("# ") ? Text.find('\n') : 0;
  if (Title == llvm::StringRef::npos)
    return "";
  Text = Text.drop_front(Title);
  size_t Section = Text.find("\n## ");
  return Text.take_front(Section).trim().str();
}

} // namespace otel_tidy
