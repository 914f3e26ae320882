//===--- Findings.cpp - otel-tidy -------------------------------*- C++ -*-===//

#include "Findings.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SHA256.h"
#include <algorithm>

namespace otel_tidy {

namespace {
bool isContinuationByte(char C) { return (C & 0xC0) == 0x80; }

unsigned codePoints(llvm::StringRef Text) {
  return llvm::count_if(Text, [](char C) { return !isContinuationByte(C); });
}
} // namespace

SourceCache::Entry *SourceCache::get(llvm::StringRef File) {
  auto It = Files.find(File);
  if (It == Files.end()) {
    Entry E;
    if (auto Buf =
            llvm::MemoryBuffer::getFile(File, /*IsText=*/false,
                                        /*RequiresNullTerminator=*/false)) {
      E.Buffer = std::move(*Buf);
      llvm::StringRef Text = E.Buffer->getBuffer();
      E.LineStarts.push_back(0);
      for (size_t I = 0; I < Text.size(); ++I)
        if (Text[I] == '\n')
          E.LineStarts.push_back(I + 1);
    }
    It = Files.try_emplace(File, std::move(E)).first;
  }
  return It->second.Buffer ? &It->second : nullptr;
}

void SourceCache::locate(Location &Loc) {
  Entry *E = Loc.File.empty() ? nullptr : get(Loc.File);
  if (!E)
    return;
  llvm::StringRef Text = E->Buffer->getBuffer();
  unsigned Offset = std::min<unsigned>(Loc.Offset, Text.size());
  auto It =
      std::upper_bound(E->LineStarts.begin(), E->LineStarts.end(), Offset);
  unsigned Line = It - E->LineStarts.begin();
  unsigned Start = E->LineStarts[Line - 1];
  Loc.Line = Line;
  Loc.Column = Offset - Start + 1;
  Loc.CharColumn = codePoints(Text.slice(Start, Offset)) + 1;
}

std::optional<llvm::StringRef> SourceCache::text(llvm::StringRef File) {
  if (Entry *E = get(File))
    return E->Buffer->getBuffer();
  return std::nullopt;
}

llvm::StringRef SourceCache::line(llvm::StringRef File, unsigned Line) {
  Entry *E = get(File);
  if (!E || Line == 0 || Line > E->LineStarts.size())
    return "";
  llvm::StringRef Text = E->Buffer->getBuffer();
  unsigned Start = E->LineStarts[Line - 1];
  unsigned End =
      Line < E->LineStarts.size() ? E->LineStarts[Line] - 1 : Text.size();
  return Text.slice(Start, End).rtrim("\r");
}

std::string SourceCache::statement(llvm::StringRef File, unsigned Offset) {
  Location Loc;
  Loc.File = File.str();
  Loc.Offset = Offset;
  locate(Loc);
  if (Loc.Line == 0)
    return "";
  std::string Joined;
  // The flagged line, and the following ones while the statement goes on.
  for (unsigned L = Loc.Line, Last = Loc.Line + 10; L <= Last; ++L) {
    llvm::StringRef Text = line(File, L);
    Joined += Text;
    Joined += ' ';
    if (Text.find_first_of(";{}") != llvm::StringRef::npos ||
        (L == Loc.Line && Text.empty()))
      break;
  }
  std::string Out;
  for (char C : Joined) {
    if (llvm::isSpace(C)) {
      if (!Out.empty() && Out.back() != ' ')
        Out += ' ';
    } else {
      Out += C;
    }
  }
  while (!Out.empty() && Out.back() == ' ')
    Out.pop_back();
  return Out;
}

void SourceCache::locate(Edit &E) {
  E.CharOffset = charOffset(E.File, E.Offset);
  E.CharLength = charOffset(E.File, E.Offset + E.Length) - E.CharOffset;
}

unsigned SourceCache::charOffset(llvm::StringRef File, unsigned Offset) {
  Entry *E = get(File);
  if (!E)
    return Offset;
  llvm::StringRef Text = E->Buffer->getBuffer();
  return codePoints(Text.take_front(Offset));
}

std::string canonicalPath(llvm::StringRef Path, llvm::StringRef Base) {
  llvm::SmallString<256> Abs(Path);
  if (!llvm::sys::path::is_absolute(Abs)) {
    Abs = Base;
    llvm::sys::path::append(Abs, Path);
  }
  llvm::sys::path::remove_dots(Abs, /*remove_dot_dot=*/true);
  llvm::SmallString<256> Real;
  if (!llvm::sys::fs::real_path(Abs, Real))
    return std::string(Real);
  return std::string(Abs);
}

std::string relativePath(llvm::StringRef Path, llvm::StringRef Root) {
  llvm::SmallString<256> Prefix(Root);
  if (!Prefix.empty() && !llvm::sys::path::is_separator(Prefix.back()))
    Prefix += llvm::sys::path::get_separator();
  if (Prefix.size() > 1 && Path.starts_with(Prefix)) {
    llvm::SmallString<256> Rel(Path.drop_front(Prefix.size()));
    llvm::sys::path::native(Rel, llvm::sys::path::Style::posix);
    return std::string(Rel);
  }
  return Path.str();
}

std::string utf8Text(llvm::StringRef S) {
  return llvm::json::isUTF8(S) ? S.str() : llvm::json::fixUTF8(S);
}

std::string sha256Hex(llvm::StringRef Data) {
  auto Hash = llvm::SHA256::hash(llvm::arrayRefFromStringRef(Data));
  return llvm::toHex(Hash, /*LowerCase=*/true);
}

} // namespace otel_tidy
