//===--- Prefilter.cpp - otel-tidy ------------------------------*- C++ -*-===//

#include "project/Prefilter.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

namespace otel_tidy {

bool prefilterApplies(llvm::ArrayRef<std::string> Checks) {
  return llvm::all_of(Checks,
                      [](llvm::StringRef C) { return C.starts_with("otel-"); });
}

std::vector<std::string>
wrapperNames(const clang::tidy::ClangTidyOptions &Options) {
  std::vector<std::string> Names;
  for (const auto &Entry : Options.CheckOptions) {
    llvm::StringRef Key = Entry.getKey();
    llvm::StringRef Option = Key.contains('.') ? Key.rsplit('.').second : Key;
    if (!llvm::is_contained(
            llvm::ArrayRef<llvm::StringRef>(
                {"OkStatusFunctions", "StatusSetters", "OkStatusValues",
                 "ErrorStatusValues", "ExceptionRecorders", "ErrorTypeKeys",
                 "ErrorTypeSetters"}),
            Option) ||
        (Key.contains('.') && !Key.starts_with("otel-")))
      continue;
    llvm::SmallVector<llvm::StringRef, 8> Items;
    llvm::SplitString(Entry.getValue().Value, Items, ";, \t\n");
    for (llvm::StringRef Item : Items) {
      llvm::StringRef Last = Item.rsplit("::").second;
      Last = Last.empty() ? Item : Last;
      Last = Last.trim("\"'");
      if (!Last.empty())
        Names.push_back(Last.str());
    }
  }
  llvm::sort(Names);
  Names.erase(std::unique(Names.begin(), Names.end()), Names.end());
  return Names;
}

bool mayHaveOtelFinding(
    llvm::ArrayRef<std::string> Files, llvm::ArrayRef<std::string> Names,
    llvm::function_ref<bool(llvm::StringRef File)> Mentions) {
  for (llvm::StringRef F : Files)
    for (auto It = llvm::sys::path::begin(F), End = llvm::sys::path::end(F);
         It != End; ++It)
      if (*It == "opentelemetry" || *It == "opencensus")
        return true;
  return !Names.empty() && llvm::any_of(Files, Mentions);
}

bool fileMentions(llvm::StringRef File, llvm::ArrayRef<std::string> Names) {
  auto Buf = llvm::MemoryBuffer::getFile(File, false, false);
  if (!Buf)
    return true; // cannot tell: lint it
  llvm::StringRef Text = (*Buf)->getBuffer();
  auto IsWord = [](char C) { return llvm::isAlnum(C) || C == '_'; };
  for (llvm::StringRef Name : Names)
    for (size_t At = Text.find(Name); At != llvm::StringRef::npos;
         At = Text.find(Name, At + 1))
      if ((At == 0 || !IsWord(Text[At - 1])) &&
          (At + Name.size() == Text.size() || !IsWord(Text[At + Name.size()])))
        return true;
  return false;
}

} // namespace otel_tidy
