//===--- TextReport.cpp - otel-tidy -----------------------------*- C++ -*-===//

#include "TextReport.h"
#include "Compat.h"
#include "clang/Basic/FileManager.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Frontend/TextDiagnosticPrinter.h"
#include "llvm/ADT/StringMap.h"

namespace otel_tidy {

struct TextReport::Impl {
  Impl(llvm::raw_ostream &OS, SourceCache &Sources, llvm::StringRef Cwd,
       bool Colors)
      : Sources(Sources), Cwd(Cwd.str()),
        Options(compat::makeDiagnosticOptions()),
        Printer(OS, compat::diagnosticOptions(Options)),
        Diags(new clang::DiagnosticIDs(), compat::diagnosticOptions(Options),
              &Printer, /*ShouldOwnClient=*/false),
        Files(clang::FileSystemOptions()), SM(Diags, Files) {
    Options->ShowColors = Colors;
    Diags.setSourceManager(&SM);
    Printer.BeginSourceFile(LangOpts, nullptr);
  }
  ~Impl() { Printer.EndSourceFile(); }

  /// \p File at \p Offset; invalid when it has no file or cannot be read.
  clang::SourceLocation location(llvm::StringRef File, unsigned Offset) {
    if (File.empty())
      return {};
    auto It = FileIDs.find(File);
    if (It == FileIDs.end()) {
      clang::FileID ID;
      if (std::optional<llvm::StringRef> Text = Sources.text(File))
        ID = SM.createFileID(llvm::MemoryBuffer::getMemBufferCopy(
            *Text, relativePath(File, Cwd)));
      It = FileIDs.try_emplace(File, ID).first;
    }
    if (It->second.isInvalid())
      return {};
    return SM.getLocForStartOfFile(It->second).getLocWithOffset(Offset);
  }

  clang::CharSourceRange range(llvm::StringRef File, unsigned Offset,
                               unsigned Length) {
    clang::SourceLocation Begin = location(File, Offset);
    return clang::CharSourceRange::getCharRange(
        Begin, Begin.isValid() ? Begin.getLocWithOffset(Length) : Begin);
  }

  void report(clang::DiagnosticsEngine::Level Level, const Location &Loc,
              llvm::StringRef Text, const std::vector<ByteRange> &Ranges,
              const std::vector<Edit> &Fix) {
    clang::DiagnosticBuilder D = Diags.Report(
        location(Loc.File, Loc.Offset), Diags.getCustomDiagID(Level, "%0"));
    D << Text;
    for (const ByteRange &R : Ranges)
      D << range(R.File, R.Offset, R.Length);
    for (const Edit &E : Fix)
      if (clang::CharSourceRange R = range(E.File, E.Offset, E.Length);
          R.isValid())
        D << clang::FixItHint::CreateReplacement(R, E.Text);
  }

  SourceCache &Sources;
  std::string Cwd;
  compat::DiagnosticOptionsPtr Options;
  clang::TextDiagnosticPrinter Printer;
  clang::DiagnosticsEngine Diags;
  clang::FileManager Files;
  clang::SourceManager SM;
  clang::LangOptions LangOpts;
  llvm::StringMap<clang::FileID> FileIDs;
};

TextReport::TextReport(llvm::raw_ostream &OS, SourceCache &Sources,
                       llvm::StringRef Cwd, bool Colors)
    : P(std::make_unique<Impl>(OS, Sources, Cwd, Colors)) {}

TextReport::~TextReport() = default;

void TextReport::print(const Finding &F) {
  P->report(F.IsError ? clang::DiagnosticsEngine::Error
                      : clang::DiagnosticsEngine::Warning,
            F.Loc, F.Message + " [" + F.Check + "]", F.Ranges, F.Fix);
  for (const Note &N : F.Notes)
    P->report(clang::DiagnosticsEngine::Note, N.Loc, N.Message, N.Ranges,
              N.Fix);
}

} // namespace otel_tidy
