//===--- GitDiff.cpp - otel-tidy --------------------------------*- C++ -*-===//

#include "GitDiff.h"
#include "Findings.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FileUtilities.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Program.h"

namespace otel_tidy {

namespace {

struct Captured {
  int Status = -1;
  std::string Out, Err;
};

/// Runs git with \p Args, capturing its output. Status -1: git is missing or
/// could not run.
Captured runGit(llvm::ArrayRef<llvm::StringRef> Args) {
  Captured R;
  llvm::ErrorOr<std::string> Git = llvm::sys::findProgramByName("git");
  if (!Git) {
    R.Err = "git is not installed (not found on PATH)";
    return R;
  }
  llvm::SmallString<128> OutPath, ErrPath;
  if (llvm::sys::fs::createTemporaryFile("otel-tidy-git", "out", OutPath) ||
      llvm::sys::fs::createTemporaryFile("otel-tidy-git", "err", ErrPath)) {
    R.Err = "cannot create a temporary file";
    return R;
  }
  llvm::FileRemover RemoveOut(OutPath), RemoveErr(ErrPath);
  std::vector<llvm::StringRef> Argv = {"git"};
  Argv.insert(Argv.end(), Args.begin(), Args.end());
  std::optional<llvm::StringRef> Redirects[] = {llvm::StringRef(""),
                                                OutPath.str(), ErrPath.str()};
  std::string Msg;
  R.Status = llvm::sys::ExecuteAndWait(*Git, Argv, std::nullopt, Redirects, 0,
                                       0, &Msg);
  if (auto B = llvm::MemoryBuffer::getFile(OutPath))
    R.Out = (*B)->getBuffer().str();
  if (auto B = llvm::MemoryBuffer::getFile(ErrPath))
    R.Err = (*B)->getBuffer().str();
  if (R.Status < 0 && R.Err.empty())
    R.Err = Msg;
  return R;
}

/// A path from a diff header: `b/path`, or git's C-style quoted form.
std::string diffPath(llvm::StringRef P) {
  P = P.rtrim("\r");
  if (P.size() >= 2 && P.front() == '"' && P.back() == '"') {
    std::string Out;
    P = P.drop_front().drop_back();
    for (size_t I = 0; I < P.size(); ++I) {
      if (P[I] != '\\' || I + 1 == P.size()) {
        Out += P[I];
        continue;
      }
      char C = P[++I];
      if (C >= '0' && C <= '7' && I + 2 < P.size()) { // octal byte
        Out += static_cast<char>(((C - '0') << 6) | ((P[I + 1] - '0') << 3) |
                                 (P[I + 2] - '0'));
        I += 2;
      } else {
        Out += C == 'n' ? '\n' : C == 't' ? '\t' : C;
      }
    }
    return llvm::StringRef(Out).drop_front(2).str(); // "b/"
  }
  if (P.starts_with("b/"))
    P = P.drop_front(2);
  return P.str();
}

} // namespace

llvm::Expected<std::optional<std::string>> gitTopLevel(llvm::StringRef Dir) {
  Captured R = runGit({"-C", Dir, "rev-parse", "--show-toplevel"});
  if (R.Status < 0 || llvm::StringRef(R.Err).contains("not a git repository"))
    return std::nullopt;
  if (R.Status != 0) {
    std::string Message;
    for (llvm::StringRef Line :
         llvm::split(llvm::StringRef(R.Err).trim(), '\n'))
      Message += "\n  " + Line.str();
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "git refuses the work tree of '" + Dir +
                                       "':" + Message);
  }
  llvm::StringRef Top = llvm::StringRef(R.Out).trim();
  if (Top.empty())
    return std::nullopt;
  return canonicalPath(Top, Dir);
}

ChangedLines parseUnifiedDiff(llvm::StringRef Diff, llvm::StringRef Top) {
  ChangedLines Changes;
  std::vector<std::pair<unsigned, unsigned>> *Current = nullptr;
  llvm::SmallVector<llvm::StringRef, 0> Lines;
  Diff.split(Lines, '\n');
  for (llvm::StringRef L : Lines) {
    if (L.consume_front("+++ ")) {
      Current = nullptr;
      if (L.rtrim("\r") == "/dev/null")
        continue;
      Current = &Changes[canonicalPath(diffPath(L), Top)];
      continue;
    }
    if (!Current || !L.consume_front("@@ "))
      continue;
    // @@ -a[,b] +c[,d] @@
    llvm::StringRef New = L.split(' ').second.split(' ').first;
    if (!New.consume_front("+"))
      continue;
    auto [StartText, CountText] = New.split(',');
    unsigned Start = 0, Count = 1;
    if (StartText.getAsInteger(10, Start) ||
        (!CountText.empty() && CountText.getAsInteger(10, Count)))
      continue;
    if (Count > 0)
      Current->push_back({Start, Start + Count - 1});
  }
  return Changes;
}

llvm::Expected<ChangedLines> gitChangedLines(llvm::StringRef Top,
                                             llvm::StringRef Rev) {
  Captured R = runGit({"-C", Top, "-c", "core.quotePath=false", "diff", "-U0",
                       "--no-color", "--no-ext-diff", "--src-prefix=a/",
                       "--dst-prefix=b/", "--end-of-options", Rev, "--"});
  if (R.Status != 0)
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "git diff %s failed in %s: %s",
                                   Rev.str().c_str(), Top.str().c_str(),
                                   llvm::StringRef(R.Err).trim().str().c_str());
  return parseUnifiedDiff(R.Out, Top);
}

bool lineChanged(const ChangedLines &Changes, llvm::StringRef File,
                 unsigned Line) {
  auto It = Changes.find(File);
  if (It == Changes.end())
    return false;
  for (const auto &[First, Last] : It->second)
    if (Line >= First && Line <= Last)
      return true;
  return false;
}

} // namespace otel_tidy
