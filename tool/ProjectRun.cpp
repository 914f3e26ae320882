//===--- ProjectRun.cpp - otel-tidy -----------------------------*- C++ -*-===//
//
// One child `otel-tidy <flags> --export-fixes=<tmp>.yaml <file>` per file,
// -j at a time. Each child is the single-file driver (clang-tidy itself), so
// the project mode lints exactly what a single-file run lints; the parent
// reads the exported diagnostics back, dedupes those of shared headers,
// tells files that could not be linted from files with findings, filters
// (--diff, --baseline) and reports.
//
//===----------------------------------------------------------------------===//

#include "ProjectRun.h"
#include "Baseline.h"
#include "Compat.h"
#include "Configuration.h"
#include "Database.h"
#include "Findings.h"
#include "GitDiff.h"
#include "OutputFile.h"
#include "TextReport.h"
#include "project/Dependencies.h"
#include "clang/Format/Format.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "clang/Tooling/Core/Replacement.h"
#include "clang/Tooling/DiagnosticsYaml.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FileUtilities.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/Threading.h"
#include "llvm/Support/YAMLTraits.h"
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <map>
#include <mutex>
#include <set>
#include <thread>

namespace otel_tidy {

bool readProjectOptions(const CommandLine &CL, ProjectOptions &Opts, bool &Seen,
                        std::vector<size_t> &Indexes, std::string &Error) {
  Seen = false;
  for (const Flag &F : CL.Flags) {
    std::string *Target = F.Name == "output"           ? &Opts.Output
                          : F.Name == "baseline"       ? &Opts.Baseline
                          : F.Name == "write-baseline" ? &Opts.WriteBaseline
                          : F.Name == "diff"           ? &Opts.DiffRev
                          : F.Name == "source-root"    ? &Opts.SourceRoot
                                                       : nullptr;
    bool Known = Target || F.Name == "format" || F.Name == "j" ||
                 F.Name == "database-files-only" ||
                 F.Name == "progress-interval";
    if (!Known)
      continue;
    Seen = true;
    for (size_t I = 0; I < F.Count; ++I)
      Indexes.push_back(F.Index + I);
    if (F.Name == "database-files-only") {
      Opts.DatabaseFilesOnly = flagIsOn(F);
      continue;
    }
    if (!F.Value || F.Value->empty()) {
      Error = "--" + F.Name + " needs a value";
      return false;
    }
    if (Target) {
      *Target = *F.Value;
    } else if (F.Name == "format") {
      std::optional<Format> Fmt = parseFormat(*F.Value);
      if (!Fmt) {
        Error = "unknown --format '" + *F.Value +
                "' (expected text, sarif, github or gitlab)";
        return false;
      }
      Opts.OutputFormat = *Fmt;
    } else if (F.Name == "progress-interval") {
      if (llvm::StringRef(*F.Value).getAsDouble(Opts.ProgressInterval) ||
          Opts.ProgressInterval < 0) {
        Error = "--progress-interval needs a number of seconds, not '" +
                *F.Value + "'";
        return false;
      }
    } else if (llvm::StringRef(*F.Value).getAsInteger(10, Opts.Jobs)) {
      Error = "-j needs a number of jobs, not '" + *F.Value + "'";
      return false;
    }
  }
  return true;
}

namespace {

/// One file of the project and what its child run produced.
struct FileRun {
  std::string Arg;       ///< the path handed to the child
  std::string Canonical; ///< for comparisons and reports
  int Status = 0;        ///< the child's exit code; < 0: did not run/crashed
  std::string ExecError;
  bool Missing = false; ///< the file does not exist: not run
  clang::tooling::TranslationUnitDiagnostics Diagnostics;
  std::string YamlError;
  std::string Stderr;
};

unsigned jobs(const ProjectOptions &Opts) {
  return Opts.Jobs ? Opts.Jobs
                   : llvm::hardware_concurrency().compute_thread_count();
}

/// A --header-filter that also lets through \p Headers (canonical paths),
/// whichever way clang names them (`/abs/dir/a.h`, `../dir/a.h`, `a.h`).
std::string headerFilterWith(const std::string &Configured,
                             const std::vector<std::string> &Headers) {
  std::string Regex = Configured.empty() ? "" : "(" + Configured + ")";
  for (llvm::StringRef H : Headers) {
    std::string Base = llvm::Regex::escape(llvm::sys::path::filename(H));
    std::string Dir = llvm::Regex::escape(
        llvm::sys::path::filename(llvm::sys::path::parent_path(H)));
    Regex += (Regex.empty() ? "" : "|") +
             ("(^|/)" + Dir + "/" + Base + "$|^(\\./)?" + Base + "$");
  }
  return Regex;
}

bool isHeader(llvm::StringRef Path) {
  llvm::StringRef Ext = llvm::sys::path::extension(Path);
  return llvm::is_contained(
      llvm::ArrayRef<llvm::StringRef>({".h", ".hh", ".hpp", ".hxx", ".h++",
                                       ".inc", ".inl", ".ipp", ".tcc", ".tpp"}),
      Ext.lower());
}

/// Progress on standard error: a bar when it is a terminal; else (a CI log)
/// a line every \p Interval seconds, from a thread of its own so that a
/// long file still shows the run is alive.
class Progress {
public:
  Progress(size_t Total, double Interval)
      : Bar(llvm::sys::Process::StandardErrIsDisplayed() && Total > 0),
        Total(Total), Start(std::chrono::steady_clock::now()) {
    unsigned Columns = llvm::sys::Process::StandardErrColumns();
    Width = Columns ? Columns : 80;
    if (Bar)
      draw("");
    else if (Interval > 0 && Total > 0)
      Ticker = std::thread([this, Interval] {
        std::unique_lock<std::mutex> Lock(M);
        while (!Stopped) {
          Wake.wait_for(Lock, std::chrono::duration<double>(Interval));
          if (!Stopped)
            line();
        }
      });
  }
  void done(llvm::StringRef File) {
    std::lock_guard<std::mutex> Lock(M);
    ++Done;
    if (Bar)
      draw(File);
  }
  void finish() {
    {
      std::lock_guard<std::mutex> Lock(M);
      Stopped = true;
    }
    Wake.notify_all();
    if (Ticker.joinable())
      Ticker.join();
    if (Bar)
      llvm::errs() << "\r" << std::string(Width - 1, ' ') << "\r";
  }
  ~Progress() { finish(); }

private:
  void line() {
    auto Seconds = std::chrono::duration_cast<std::chrono::seconds>(
                       std::chrono::steady_clock::now() - Start)
                       .count();
    llvm::errs() << "otel-tidy: linted " << Done << " of " << Total
                 << " files (" << Done * 100 / Total << "%), " << Seconds / 60
                 << "m" << llvm::format("%02d", Seconds % 60) << "s\n";
  }
  void draw(llvm::StringRef File) {
    const unsigned BarWidth = 30;
    unsigned Filled = Total ? Done * BarWidth / Total : 0;
    std::string Line =
        "[" + std::string(Filled, '=') + (Filled < BarWidth ? ">" : "") +
        std::string(BarWidth - Filled - (Filled < BarWidth), ' ') + "] " +
        std::to_string(Done) + "/" + std::to_string(Total) + " " +
        llvm::sys::path::filename(File).str();
    if (Line.size() > Width - 1)
      Line.resize(Width - 1);
    Line.resize(Width - 1, ' ');
    llvm::errs() << "\r" << Line;
    llvm::errs().flush();
  }
  bool Bar;
  size_t Total, Done = 0;
  unsigned Width;
  std::chrono::steady_clock::time_point Start;
  std::mutex M;
  std::condition_variable Wake;
  bool Stopped = false;
  std::thread Ticker;
};

void runChild(FileRun &Run, llvm::StringRef Self,
              const std::vector<std::string> &Flags,
              const std::vector<std::string> &Tail) {
  llvm::SmallString<128> Yaml, Err;
  llvm::sys::fs::createUniquePath("otel-tidy-%%%%%%%%%%%%.yaml", Yaml, true);
  llvm::sys::fs::createUniquePath("otel-tidy-%%%%%%%%%%%%.err", Err, true);
  llvm::FileRemover RemoveYaml(Yaml), RemoveErr(Err);
  std::string ExportFlag = ("--export-fixes=" + Yaml).str();
  std::vector<llvm::StringRef> Argv = {Self};
  Argv.insert(Argv.end(), Flags.begin(), Flags.end());
  Argv.push_back(ExportFlag);
  Argv.push_back(Run.Arg);
  Argv.insert(Argv.end(), Tail.begin(), Tail.end());
  std::optional<llvm::StringRef> Redirects[] = {llvm::StringRef(""),
                                                llvm::StringRef(""), Err.str()};
  bool ExecFailed = false;
  Run.Status = llvm::sys::ExecuteAndWait(Self, Argv, std::nullopt, Redirects, 0,
                                         0, &Run.ExecError, &ExecFailed);
  if (ExecFailed && Run.Status >= 0)
    Run.Status = -1;
  if (auto B = llvm::MemoryBuffer::getFile(Err))
    Run.Stderr = (*B)->getBuffer().str();
  // clang-tidy writes the file only when there is a diagnostic.
  auto B = llvm::MemoryBuffer::getFile(Yaml);
  if (!B || (*B)->getBufferSize() == 0)
    return;
  llvm::yaml::Input In((*B)->getBuffer());
  In >> Run.Diagnostics;
  if (In.error())
    Run.YamlError = In.error().message();
}

/// The lines of a child's standard error that are not clang-tidy's routine
/// chatter (counts of warnings, hints about header filters).
std::string unusualOutput(llvm::StringRef Stderr) {
  std::string Out;
  llvm::SmallVector<llvm::StringRef, 0> Lines;
  Stderr.split(Lines, '\n', -1, /*KeepEmpty=*/false);
  for (llvm::StringRef L : Lines) {
    llvm::StringRef T = L.trim();
    if (T.ends_with(" warning generated.") ||
        T.ends_with(" warnings generated.") || T.starts_with("Suppressed ") ||
        T.starts_with("Use -header-filter=") ||
        T == "Found compiler error(s)." ||
        T.starts_with("Error while processing "))
      continue;
    Out += L;
    Out += '\n';
  }
  return Out;
}

bool isCompilerError(const clang::tooling::Diagnostic &D) {
  return D.DiagLevel == clang::tooling::Diagnostic::Error &&
         llvm::StringRef(D.DiagnosticName).starts_with("clang-diagnostic-");
}

class Collector {
public:
  explicit Collector(std::string Cwd) : Cwd(std::move(Cwd)) {}

  Finding convert(const clang::tooling::Diagnostic &D) {
    std::string Base = D.BuildDirectory.empty() ? Cwd : D.BuildDirectory;
    Finding F;
    F.Check = D.DiagnosticName;
    F.Message = D.Message.Message;
    F.IsError = D.DiagLevel == clang::tooling::Diagnostic::Error;
    F.Loc = location(D.Message, Base);
    F.Fix = edits(D.Message.Fix, Base);
    F.Ranges = ranges(D.Message, Base);
    for (const clang::tooling::DiagnosticMessage &N : D.Notes)
      F.Notes.push_back(
          {N.Message, location(N, Base), edits(N.Fix, Base), ranges(N, Base)});
    F.Original = D;
    return F;
  }

private:
  std::string path(llvm::StringRef P, llvm::StringRef Base) {
    if (P.empty())
      return "";
    std::string Key = (Base + "\n" + P).str();
    auto It = Paths.find(Key);
    if (It == Paths.end())
      It = Paths.try_emplace(Key, canonicalPath(P, Base)).first;
    return It->second;
  }
  Location location(const clang::tooling::DiagnosticMessage &M,
                    llvm::StringRef Base) {
    Location L;
    L.File = path(M.FilePath, Base);
    L.Offset = M.FileOffset;
    return L;
  }
  std::vector<ByteRange> ranges(const clang::tooling::DiagnosticMessage &M,
                                llvm::StringRef Base) {
    std::vector<ByteRange> Out;
    for (const clang::tooling::FileByteRange &R : M.Ranges)
      Out.push_back({path(R.FilePath, Base), R.FileOffset, R.Length});
    return Out;
  }
  std::vector<Edit>
  edits(const llvm::StringMap<clang::tooling::Replacements> &Fix,
        llvm::StringRef Base) {
    std::vector<Edit> Out;
    for (const auto &Entry : Fix)
      for (const clang::tooling::Replacement &R : Entry.second)
        Out.push_back({path(R.getFilePath(), Base), R.getOffset(),
                       R.getLength(), R.getReplacementText().str()});
    llvm::sort(Out, [](const Edit &A, const Edit &B) {
      return std::tie(A.File, A.Offset) < std::tie(B.File, B.Offset);
    });
    return Out;
  }
  std::string Cwd;
  std::map<std::string, std::string> Paths;
};

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
applyFixes(const std::vector<const Finding *> &Findings, FixOptions Opts,
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

int fail(const llvm::Twine &Message) {
  llvm::errs() << "otel-tidy: error: " << Message << "\n";
  return 2;
}

} // namespace

int runProject(const char *Argv0, llvm::ArrayRef<const char *> Args,
               const ProjectOptions &Opts) {
  auto Start = std::chrono::steady_clock::now();
  CommandLine CL = parseCommandLine(Args);
  llvm::SmallString<256> CwdBuf;
  llvm::sys::fs::current_path(CwdBuf);
  std::string Cwd = canonicalPath(CwdBuf, "");

  // The flags of clang-tidy that the parent takes over; the children get the
  // rest.
  std::optional<std::string> BuildPath;
  std::string ExportFixes;
  bool Fix = false;
  FixOptions Fixing;
  std::optional<bool> UseColor; // --use-color, as clang-tidy reads it
  std::optional<std::string> HeaderFilter;
  std::vector<bool> Keep(CL.DashDash ? *CL.DashDash : Args.size(), true);
  for (const Flag &F : CL.Flags) {
    if (F.Name == "p")
      BuildPath = F.Value.value_or("");
    else if (F.Name == "export-fixes")
      ExportFixes = F.Value.value_or("");
    else if (F.Name == "fix")
      Fix = Fix || flagIsOn(F);
    else if (F.Name == "fix-errors")
      Fixing.Errors = flagIsOn(F);
    else if (F.Name == "fix-notes")
      Fixing.Notes = flagIsOn(F);
    else if (F.Name == "header-filter")
      HeaderFilter = F.Value.value_or("");
    else if (F.Name == "use-color") {
      UseColor = flagIsOn(F);
      continue; // the children get it too
    } else
      continue;
    for (size_t I = 0; I < F.Count; ++I)
      Keep[F.Index + I] = false;
  }
  // As in clang-tidy, --fix-notes and --fix-errors imply --fix.
  Fix = Fix || Fixing.Notes || Fixing.Errors;
  for (const Positional &P : CL.Files)
    Keep[P.Index] = false;
  std::vector<std::string> ChildFlags, Tail;
  for (size_t I = 1; I < Keep.size(); ++I)
    if (Keep[I])
      ChildFlags.push_back(Args[I]);
  if (CL.DashDash)
    Tail.assign(Args.begin() + *CL.DashDash, Args.end());

  // The compilation database: -p, else ./compile_commands.json, else
  // ./build/compile_commands.json (unless `--` gives the flags).
  std::string DbDir;
  std::unique_ptr<clang::tooling::CompilationDatabase> Db;
  if (BuildPath) {
    DbDir = *BuildPath;
  } else if (!CL.DashDash) {
    for (llvm::StringRef Candidate :
         {llvm::StringRef("."), llvm::StringRef("build")}) {
      llvm::SmallString<256> File(Candidate);
      llvm::sys::path::append(File, "compile_commands.json");
      if (llvm::sys::fs::exists(File)) {
        DbDir = Candidate.str();
        break;
      }
    }
  }
  if (!DbDir.empty()) {
    auto Loaded = loadDatabase(DbDir);
    if (!Loaded)
      return fail(llvm::toString(Loaded.takeError()));
    Db = std::move(*Loaded);
    ChildFlags.push_back("-p");
    ChildFlags.push_back(DbDir);
  } else if (!CL.DashDash) {
    return fail(
        "no compilation database: pass -p BUILD_DIR (a directory with "
        "compile_commands.json; CMake writes one with "
        "-DCMAKE_EXPORT_COMPILE_COMMANDS=ON), run from a directory "
        "that has compile_commands.json or build/compile_commands.json, "
        "or give files and compiler flags after '--'");
  }
  if (Opts.DatabaseFilesOnly && !Db)
    return fail("--database-files-only needs a compilation database (-p)");
  if (!Opts.WriteBaseline.empty() && !Opts.DiffRev.empty())
    return fail("--write-baseline records every finding of the project; it "
                "cannot be combined with --diff");

  // The files.
  std::vector<FileRun> Runs;
  std::vector<std::string> ThroughIncluders; // headers linted via includers
  if (!CL.Files.empty()) {
    llvm::StringSet<> Known;
    if (Opts.DatabaseFilesOnly)
      for (const std::string &F : Db->getAllFiles())
        Known.insert(canonicalPath(F, canonicalPath(DbDir, Cwd)));
    std::map<std::string, std::string> NotListed; // canonical -> as given
    for (const Positional &P : CL.Files) {
      std::string Canonical = canonicalPath(P.Text, Cwd);
      if (Opts.DatabaseFilesOnly && !Known.contains(Canonical))
        NotListed.try_emplace(Canonical, P.Text);
      else
        Runs.push_back({P.Text, Canonical});
    }
    // Files the database does not list (headers, mostly) are linted through
    // the files of the database that include them.
    if (!NotListed.empty()) {
      std::set<std::string> Headers;
      for (const auto &Entry : NotListed)
        Headers.insert(Entry.first);
      std::map<std::string, std::string> Unscanned;
      DependencyScanner Scanner(
          compat::resourceDir(Argv0, reinterpret_cast<void *>(&runProject)));
      std::map<std::string, std::vector<std::string>> Includers =
          includersOf(*Db, Headers, Scanner, jobs(Opts), Unscanned);
      for (const auto &[Canonical, Given] : NotListed) {
        const std::vector<std::string> &By = Includers[Canonical];
        if (By.empty()) {
          llvm::errs() << "otel-tidy: skipped " << Given
                       << ": not in the compilation database (" << DbDir
                       << "/compile_commands.json), and none of its files "
                          "includes it\n";
          continue;
        }
        llvm::errs() << "otel-tidy: " << Given << " is linted through the "
                     << By.size()
                     << (By.size() == 1 ? " file that includes it: "
                                        : " files that include it: ");
        for (size_t I = 0; I < By.size(); ++I) {
          if (I == 3) {
            llvm::errs() << ", and " << By.size() - I << " more";
            break;
          }
          llvm::errs() << (I ? ", " : "") << relativePath(By[I], Cwd);
          Runs.push_back({By[I], By[I]});
        }
        for (size_t I = 3; I < By.size(); ++I)
          Runs.push_back({By[I], By[I]});
        llvm::errs() << "\n";
        ThroughIncluders.push_back(Canonical);
      }
      if (!Unscanned.empty())
        llvm::errs() << "otel-tidy: note: " << Unscanned.size()
                     << (Unscanned.size() == 1 ? " file" : " files")
                     << " of the compilation database could not be scanned "
                        "for the headers it includes, and may include "
                        "those given (the first, "
                     << relativePath(Unscanned.begin()->first, Cwd) << ": "
                     << llvm::StringRef(Unscanned.begin()->second).trim()
                     << ")\n";
    }
  } else if (Db) {
    for (const std::string &F : Db->getAllFiles())
      Runs.push_back({F, canonicalPath(F, canonicalPath(DbDir, Cwd))});
    if (Runs.empty())
      return fail("the compilation database in '" + DbDir +
                  "' lists no files: is the build configured?");
  } else {
    return fail("no files to lint: give files, or a compilation database "
                "with -p");
  }
  llvm::sort(Runs, [](const FileRun &A, const FileRun &B) {
    return A.Canonical < B.Canonical;
  });
  Runs.erase(std::unique(Runs.begin(), Runs.end(),
                         [](const FileRun &A, const FileRun &B) {
                           return A.Canonical == B.Canonical;
                         }),
             Runs.end());

  // Where paths in reports are relative to.
  std::optional<std::string> Top;
  std::string GitRefusal;
  if (llvm::Expected<std::optional<std::string>> T = gitTopLevel(Cwd))
    Top = std::move(*T);
  else
    GitRefusal = llvm::toString(T.takeError());
  if (!GitRefusal.empty() && !Opts.DiffRev.empty())
    return fail("--diff needs git, and " + GitRefusal);
  if (!GitRefusal.empty() && Opts.SourceRoot.empty())
    llvm::errs() << "otel-tidy: note: paths are relative to the current "
                    "directory (no --source-root), as "
                 << GitRefusal << "\n";
  std::string Root = Opts.SourceRoot.empty()
                         ? Top.value_or(Cwd)
                         : canonicalPath(Opts.SourceRoot, Cwd);

  std::optional<Baseline> Base;
  if (!Opts.Baseline.empty()) {
    llvm::Expected<Baseline> B = Baseline::load(Opts.Baseline);
    if (!B)
      return fail(llvm::toString(B.takeError()));
    Base = std::move(*B);
  }

  // The outputs, opened now: one that cannot be written stops the run before
  // anything is linted.
  std::optional<OutputFile> ReportFile, BaselineFile, FixesFile;
  auto Open = [](const std::string &Path, llvm::StringRef What,
                 std::optional<OutputFile> &File) -> llvm::Error {
    if (Path.empty())
      return llvm::Error::success();
    llvm::Expected<OutputFile> F = OutputFile::open(Path, What);
    if (!F)
      return F.takeError();
    File.emplace(std::move(*F));
    return llvm::Error::success();
  };
  if (llvm::Error E = llvm::joinErrors(
          llvm::joinErrors(
              Open(Opts.Output, "--output", ReportFile),
              Open(Opts.WriteBaseline, "--write-baseline", BaselineFile)),
          Open(ExportFixes, "--export-fixes", FixesFile)))
    return fail(llvm::toString(std::move(E)));

  // --diff: only files with changed lines, unless a header changed (then
  // every file, as any may include it).
  std::optional<ChangedLines> Changes;
  if (!Opts.DiffRev.empty()) {
    if (!Top)
      return fail("--diff needs git and a git work tree; '" + Cwd +
                  "' is not in one");
    llvm::Expected<ChangedLines> C = gitChangedLines(*Top, Opts.DiffRev);
    if (!C)
      return fail(llvm::toString(C.takeError()));
    Changes = std::move(*C);
    llvm::StringSet<> Linted;
    for (const FileRun &R : Runs)
      Linted.insert(R.Canonical);
    bool HeaderChanged = llvm::any_of(*Changes, [&](const auto &Entry) {
      return !Linted.contains(Entry.first()) && isHeader(Entry.first()) &&
             !Entry.second.empty();
    });
    if (!HeaderChanged)
      llvm::erase_if(Runs, [&](const FileRun &R) {
        auto It = Changes->find(R.Canonical);
        return It == Changes->end() || It->second.empty();
      });
  }

  // The checks that run (the children configure themselves the same way),
  // and configuration mistakes, which stop the run before anything is linted.
  llvm::Expected<Configuration> Config = Configuration::read(CL);
  if (!Config)
    return fail(llvm::toString(Config.takeError()));
  std::set<std::string> Checks, ConfigErrors;
  for (const FileRun &R : Runs) {
    for (const std::string &Name : Config->enabledChecks(R.Canonical))
      Checks.insert(Name);
    for (const std::string &E : Config->errors(R.Canonical))
      ConfigErrors.insert(E);
  }
  for (const std::string &E : ConfigErrors)
    llvm::errs() << "otel-tidy: error: " << E << "\n";
  if (!ConfigErrors.empty())
    return 2;

  // Headers linted through the files that include them: their findings are
  // reported too.
  if (!ThroughIncluders.empty())
    HeaderFilter = headerFilterWith(
        Config->options(Runs.front().Canonical).HeaderFilterRegex.value_or(""),
        ThroughIncluders);
  if (HeaderFilter)
    ChildFlags.push_back("--header-filter=" + *HeaderFilter);
  size_t OtelChecks = llvm::count_if(Checks, [](const std::string &Name) {
    return llvm::StringRef(Name).starts_with("otel-");
  });

  // Lint, -j files at a time.
  std::string Self = llvm::sys::fs::getMainExecutable(
      Argv0, reinterpret_cast<void *>(&runProject));
  unsigned Jobs = jobs(Opts);
  Jobs = std::max(1u, std::min<unsigned>(Jobs, Runs.size()));
  {
    Progress Bar(Runs.size(), Opts.ProgressInterval);
    std::atomic<size_t> Next{0};
    std::vector<std::thread> Workers;
    for (unsigned J = 0; J < Jobs; ++J)
      Workers.emplace_back([&] {
        for (size_t I; (I = Next++) < Runs.size();) {
          if (llvm::sys::fs::exists(Runs[I].Canonical))
            runChild(Runs[I], Self, ChildFlags, Tail);
          else
            Runs[I].Missing = true;
          Bar.done(Runs[I].Arg);
        }
      });
    for (std::thread &W : Workers)
      W.join();
    Bar.finish();
  }

  // Findings (deduplicated: a header's findings come with every file that
  // includes it) and failures.
  Collector Collect(Cwd);
  std::vector<Finding> Findings;
  std::vector<Failure> Failures;
  llvm::StringMap<size_t> Seen; // finding key -> index in Findings
  std::map<std::string, std::string> Notices; // unusual stderr -> first file
  for (FileRun &R : Runs) {
    Failure Fail;
    Fail.File = R.Canonical;
    bool CheckErrors = false; // errors from --warnings-as-errors
    bool Compiled = llvm::none_of(R.Diagnostics.Diagnostics, isCompilerError);
    for (const clang::tooling::Diagnostic &D : R.Diagnostics.Diagnostics) {
      Finding F = Collect.convert(D);
      if (isCompilerError(D)) {
        Fail.Errors.push_back(std::move(F));
        continue;
      }
      CheckErrors = CheckErrors || F.IsError;
      std::string Key = F.Check + "\n" + F.Loc.File + "\n" +
                        std::to_string(F.Loc.Offset) + "\n" + F.Message;
      auto [It, New] = Seen.try_emplace(Key, Findings.size());
      if (New) {
        F.FromCompiledFile = Compiled;
        F.TranslationUnit = R.Canonical;
        Findings.push_back(std::move(F));
      } else {
        Findings[It->second].FromCompiledFile |= Compiled;
      }
    }
    std::string Unusual = unusualOutput(R.Stderr);
    if (R.Missing)
      Fail.Reason = "the file does not exist";
    else if (R.Status < 0)
      Fail.Reason = R.ExecError.empty() ? "otel-tidy crashed"
                                        : "otel-tidy failed: " + R.ExecError;
    else if (!R.YamlError.empty())
      Fail.Reason = "cannot read its diagnostics: " + R.YamlError;
    else if (!Fail.Errors.empty())
      Fail.Reason = "it does not compile";
    else if (R.Status != 0 && !CheckErrors)
      Fail.Reason = "clang-tidy exited with status " + std::to_string(R.Status);
    else if (llvm::StringRef(Unusual).contains("-load request ignored"))
      // clang-tidy goes on without the plugin's checks and exits 0.
      Fail.Reason = "a plugin given with --load could not be loaded";
    else {
      if (!Unusual.empty())
        Notices.try_emplace(Unusual, R.Canonical);
      continue;
    }
    if (Fail.Errors.empty())
      Fail.Output = Unusual.empty() ? R.Stderr : Unusual;
    Failures.push_back(std::move(Fail));
  }

  // Locate, key and filter.
  SourceCache Sources;
  llvm::sort(Findings, [](const Finding &A, const Finding &B) {
    return std::tie(A.Loc.File, A.Loc.Offset, A.Check, A.Message) <
           std::tie(B.Loc.File, B.Loc.Offset, B.Check, B.Message);
  });
  std::map<std::string, unsigned> Occurrences;
  // Everything the report reads of the sources, before --fix changes them.
  for (Finding &F : Findings) {
    Sources.locate(F.Loc);
    for (Edit &E : F.Fix)
      Sources.locate(E);
    for (Note &N : F.Notes) {
      Sources.locate(N.Loc);
      for (Edit &E : N.Fix)
        Sources.locate(E);
    }
    F.Statement = Sources.statement(F.Loc.File, F.Loc.Offset);
    std::string Key =
        baselineKey(F.Check, relativePath(F.Loc.File, Root), F.Statement);
    F.Occurrence = Occurrences[Key]++;
    F.Fingerprint = sha256Hex(Key + "\n" + std::to_string(F.Occurrence));
    if (Changes)
      F.OutsideDiff = !lineChanged(*Changes, F.Loc.File, F.Loc.Line);
  }
  for (Failure &Fail : Failures)
    for (Finding &E : Fail.Errors)
      Sources.locate(E.Loc);
  if (Base)
    Base->apply(Findings, Root);

  std::vector<const Finding *> Reported;
  std::map<std::string, unsigned> PerCheck;
  unsigned InBaseline = 0, OutsideDiff = 0;
  for (const Finding &F : Findings) {
    if (F.reported()) {
      Reported.push_back(&F);
      ++PerCheck[F.Check];
    } else if (F.InBaseline) {
      ++InBaseline;
    } else {
      ++OutsideDiff;
    }
  }

  // Failures first, on standard error, whatever the format.
  std::map<std::string, std::string> OutputShown; // child stderr -> file
  TextReport ErrorText(
      llvm::errs(), Sources, Cwd,
      UseColor.value_or(llvm::sys::Process::StandardErrHasColors()));
  for (const Failure &Fail : Failures) {
    llvm::errs() << "otel-tidy: error: could not lint "
                 << relativePath(Fail.File, Cwd) << ": " << Fail.Reason << "\n";
    for (const Finding &E : Fail.Errors)
      ErrorText.print(E);
    if (Fail.Output.empty())
      continue;
    auto [It, New] = OutputShown.try_emplace(Fail.Output, Fail.File);
    if (New)
      llvm::errs() << Fail.Output
                   << (llvm::StringRef(Fail.Output).ends_with("\n") ? ""
                                                                    : "\n");
    else
      llvm::errs() << "  (the same output as for "
                   << relativePath(It->second, Cwd) << ")\n";
  }

  for (const auto &[Text, File] : Notices)
    llvm::errs() << "otel-tidy: note: linting " << relativePath(File, Cwd)
                 << " printed:\n"
                 << Text;

  int Exit = !Failures.empty() ? 2 : !Reported.empty() ? 1 : 0;
  if (!Opts.WriteBaseline.empty() && Failures.empty())
    Exit = 0;

  if (BaselineFile) {
    Baseline::write(BaselineFile->os(), Findings, Root);
    if (llvm::Error E = BaselineFile->commit())
      return fail(llvm::toString(std::move(E)));
    llvm::errs() << "otel-tidy: wrote " << Findings.size()
                 << (Findings.size() == 1 ? " finding" : " findings") << " to "
                 << Opts.WriteBaseline << "\n";
  }

  if (FixesFile) {
    clang::tooling::TranslationUnitDiagnostics Merged;
    for (const Finding *F : Reported)
      Merged.Diagnostics.push_back(F->Original);
    llvm::yaml::Output YOut(FixesFile->os());
    YOut << Merged;
    if (llvm::Error E = FixesFile->commit())
      return fail(llvm::toString(std::move(E)));
  }

  unsigned Applied = 0;
  if (Fix) {
    std::string FixError;
    unsigned NotCompiled = 0;
    std::vector<const Finding *> Unfixed =
        applyFixes(Reported, Fixing, *Config, Applied, NotCompiled, FixError);
    if (NotCompiled)
      llvm::errs() << "otel-tidy: note: " << NotCompiled
                   << (NotCompiled == 1 ? " fix was" : " fixes were")
                   << " not applied: the files they come from do not "
                      "compile (--fix-errors applies them anyway)\n";
    if (!FixError.empty()) {
      llvm::errs() << "otel-tidy: error: " << FixError;
      Exit = 2;
    }
    if (Exit == 1 && Unfixed.empty())
      Exit = 0;
  }

  if (Opts.WriteBaseline.empty()) { // the baseline replaces the report
    ReportInput In;
    In.Findings = Reported;
    In.Failures = &Failures;
    In.SourceRoot = Root;
    In.Cwd = Cwd;
    In.ExitCode = Exit;
    In.Colors = !ReportFile &&
                UseColor.value_or(llvm::sys::Process::StandardOutHasColors());
    if (!ReportFile) {
      writeReport(Opts.OutputFormat, llvm::outs(), In, Sources);
      llvm::outs().flush();
    } else {
      writeReport(Opts.OutputFormat, ReportFile->os(), In, Sources);
      if (llvm::Error E = ReportFile->commit())
        return fail(llvm::toString(std::move(E)));
    }
  }

  // The summary: files, findings per check, time.
  double Seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - Start)
          .count();
  llvm::raw_ostream &OS = llvm::errs();
  OS << "otel-tidy: " << Runs.size()
     << (Runs.size() == 1 ? " file, " : " files, ") << Reported.size()
     << (Reported.size() == 1 ? " finding" : " findings");
  if (!PerCheck.empty()) {
    OS << " (";
    bool First = true;
    for (const auto &[Check, Count] : PerCheck) {
      OS << (First ? "" : ", ") << Check << ": " << Count;
      First = false;
    }
    OS << ")";
  }
  if (Base)
    OS << ", " << InBaseline << " in the baseline";
  if (Changes)
    OS << ", " << OutsideDiff << " outside the diff";
  if (Fix)
    OS << ", " << Applied << " fixed";
  if (!Failures.empty())
    OS << ", " << Failures.size() << (Failures.size() == 1 ? " file" : " files")
       << " not linted";
  OS << ", " << Checks.size() << (Checks.size() == 1 ? " check" : " checks")
     << " (" << OtelChecks << " otel)";
  OS << ", " << llvm::format("%.1fs", Seconds) << "\n";
  if (!Runs.empty() && OtelChecks == 0)
    OS << "otel-tidy: note: no otel check ran: the configuration turns them "
          "off (see --list-checks)\n";
  return Exit;
}

} // namespace otel_tidy
