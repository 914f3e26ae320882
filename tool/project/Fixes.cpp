//===--- Fixes.cpp - otel-tidy ----------------------------------*- C++ -*-===//
//
// Step 7: --fix. The fixes of the reported findings are applied once every
// file is linted (a child per file must not edit shared files), as
// clang-tidy applies them.
//
//===----------------------------------------------------------------------===//

#include "project/Project.h"
#include "clang/Format/Format.h"
#include "clang/Tooling/Core/Replacement.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"

namespace otel_tidy {

namespace {

struct FixOptions {
  bool Notes = false;  ///< --fix-notes
  bool Errors = false; ///< --fix-errors
};

/// Applies the fixes of \p Findings (their own, or with --fix-notes the
/// first note's), as clang-tidy does: not those of files that do not compile
/// (unless --fix-errors), cleaned up and formatted in the FormatStyle of each
/// file (--format-style). Fixes that overlap one already taken are skipped.
/// Returns the findings left unfixed; \p NotCompiled counts those of files
/// that do not compile.
std::vector<const Finding *>
fixAll(const std::vector<const Finding *> &Findings, FixOptions Opts,
       Configuration &Config, unsigned &Applied, unsigned &NotCompiled,
       std::string &Error) {
  std::map<std::string, clang::tooling::Replacements> ByFile;
  std::vector<const Finding *> Unfixed;
  Applied = NotCompiled = 0;
  for (const Finding *F : Findings) {
    if (!F->FromCompiledFile && !Opts.Errors) {
      NotCompiled += !F->Fix.empty() || Opts.Notes;
      Unfixed.push_back(F);
      continue;
    }
    const std::vector<Edit> *Edits = &F->Fix;
    if (Edits->empty() && Opts.Notes)
      for (const Note &N : F->Notes)
        if (!N.Fix.empty()) {
          Edits = &N.Fix;
          break;
        }
    std::map<std::string, clang::tooling::Replacements> Trial;
    bool Ok = !Edits->empty();
    for (const Edit &E : *Edits) {
      auto [It, New] = Trial.try_emplace(E.File);
      if (New)
        It->second = ByFile[E.File];
      if (llvm::Error Err = It->second.add(clang::tooling::Replacement(
              E.File, E.Offset, E.Length, E.Text))) {
        llvm::consumeError(std::move(Err));
        Ok = false;
        break;
      }
    }
    if (!Ok) {
      Unfixed.push_back(F);
      continue;
    }
    for (auto &[File, Replaces] : Trial)
      ByFile[File] = std::move(Replaces);
    ++Applied;
  }
  for (auto &[File, Replaces] : ByFile) {
    if (Replaces.empty())
      continue;
    auto Buf = llvm::MemoryBuffer::getFile(File, false, false);
    if (!Buf) {
      Error += "cannot read " + File + " to fix it\n";
      continue;
    }
    llvm::StringRef Text = (*Buf)->getBuffer();
    llvm::Expected<clang::format::FormatStyle> Style = clang::format::getStyle(
        *Config.options(File).FormatStyle, File, "none");
    llvm::Expected<clang::tooling::Replacements> Cleaned =
        Style ? clang::format::cleanupAroundReplacements(Text, Replaces, *Style)
              : Style.takeError();
    if (Cleaned) {
      if (auto Formatted =
              clang::format::formatReplacements(Text, *Cleaned, *Style))
        Cleaned = std::move(Formatted);
      else
        llvm::errs() << "otel-tidy: warning: cannot format the fixes of "
                     << File << ": " << llvm::toString(Formatted.takeError())
                     << "\n";
    }
    llvm::Expected<std::string> Code =
        Cleaned ? clang::tooling::applyAllReplacements(Text, *Cleaned)
                : Cleaned.takeError();
    if (!Code) {
      Error +=
          "cannot fix " + File + ": " + llvm::toString(Code.takeError()) + "\n";
      continue;
    }
    if (llvm::Error E = llvm::writeToOutput(
            File, [&](llvm::raw_ostream &OS) -> llvm::Error {
              OS << *Code;
              return llvm::Error::success();
            }))
      Error +=
          "cannot write " + File + ": " + llvm::toString(std::move(E)) + "\n";
  }
  return Unfixed;
}

} // namespace

llvm::Error applyFixes(Project &P) {
  if (!P.Fix)
    return llvm::Error::success();
  std::string Error;
  unsigned NotCompiled = 0;
  std::vector<const Finding *> Unfixed =
      fixAll(P.Reported, {P.FixNotes, P.FixErrors}, *P.Config, P.Fixed,
             NotCompiled, Error);
  if (NotCompiled)
    llvm::errs() << "otel-tidy: note: " << NotCompiled
                 << (NotCompiled == 1 ? " fix was" : " fixes were")
                 << " not applied: the files they come from do not compile "
                    "(--fix-errors applies them anyway)\n";
  if (!Error.empty()) {
    llvm::errs() << "otel-tidy: error: " << Error;
    P.Exit = 2;
  }
  // Fixed: what is left is what has no fix.
  if (P.Exit == 1 && Unfixed.empty())
    P.Exit = 0;
  return llvm::Error::success();
}

} // namespace otel_tidy
