//===--- Children.cpp - otel-tidy -------------------------------*- C++ -*-===//
//
// The signal handler may only use async-signal-safe calls (kill, waitpid,
// unlink, rmdir, raise): what it needs lives in fixed arrays of atomics and
// characters, filled before a child starts.
//
//===----------------------------------------------------------------------===//

#include "project/Children.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/Signals.h"
#include "llvm/Support/raw_ostream.h"
#include <atomic>
#include <csignal>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <mutex>
#include <sys/syscall.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

namespace otel_tidy {

namespace {

constexpr size_t MaxPath = 4096;

struct Slot {
  std::atomic<bool> Used{false};
  std::atomic<bool> Spawning{false}; ///< started, its pid not known yet
  std::atomic<pid_t> Pid{0};
  char Files[3][MaxPath] = {};
};
Slot Slots[512];
/// Set first by the handler: no child starts after it.
std::atomic<bool> Interrupted{false};
char TempDbFile[MaxPath], TempDbDir[MaxPath], WorkDir[MaxPath];

/// Empties and removes \p Dir with system calls only (getdents64, unlinkat):
/// safe in a signal handler, where opendir's allocation is not.
void removeFlatDirectory(const char *Dir) {
  int FD = open(Dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (FD < 0)
    return;
  alignas(8) static char Buf[8192];
  for (;;) {
    long N = syscall(SYS_getdents64, FD, Buf, sizeof(Buf));
    if (N <= 0)
      break;
    for (long At = 0; At < N;) {
      struct Entry {
        uint64_t Ino;
        int64_t Off;
        unsigned short RecLen;
        unsigned char Type;
        char Name[1];
      };
      const auto *E = reinterpret_cast<const Entry *>(Buf + At);
      if (std::strcmp(E->Name, ".") != 0 && std::strcmp(E->Name, "..") != 0)
        unlinkat(FD, E->Name, 0);
      At += E->RecLen;
    }
  }
  close(FD);
  rmdir(Dir);
}

void cleanUp() {
  for (Slot &S : Slots) {
    if (!S.Used.load())
      continue;
    // A child being started: its pid comes in microseconds (unless this is
    // the thread starting it).
    for (long Spin = 0; S.Spawning.load() && Spin < 100000000; ++Spin)
      ;
    if (pid_t Pid = S.Pid.load(); Pid > 0) {
      kill(Pid, SIGKILL);
      waitpid(Pid, nullptr, 0);
    }
    for (const char *F : S.Files)
      if (F[0])
        unlink(F);
  }
  if (TempDbFile[0]) {
    unlink(TempDbFile);
    rmdir(TempDbDir);
  }
  if (WorkDir[0])
    removeFlatDirectory(WorkDir);
}

void onSignal(int Sig) {
  Interrupted = true;
  cleanUp();
  llvm::sys::RunInterruptHandlers(); // LLVM's RemoveFileOnSignal files
  signal(Sig, SIG_DFL);
  raise(Sig);
}

} // namespace

/// Installs the handler once. LLVM's own handler, installed later or
/// earlier, either runs first and hands the signal on to this one, or is
/// replaced by it and its files removed by RunInterruptHandlers.
void installInterruptHandler() {
  static std::once_flag Once;
  std::call_once(Once, [] {
    struct sigaction SA = {};
    SA.sa_handler = onSignal;
    sigemptyset(&SA.sa_mask);
    for (int Sig : {SIGINT, SIGTERM, SIGHUP})
      sigaction(Sig, &SA, nullptr);
  });
}

namespace {

void copyPath(char *To, llvm::StringRef From) {
  size_t N = std::min(From.size(), MaxPath - 1);
  std::memcpy(To, From.data(), N);
  To[N] = 0;
}

Slot *takeSlot() {
  for (Slot &S : Slots) {
    bool Free = false;
    if (S.Used.compare_exchange_strong(Free, true))
      return &S;
  }
  return nullptr;
}

/// A new private directory under the system's temporary one, named
/// \p Prefix and a unique suffix, with handlers installed that remove what
/// the caller registers in it on interruption.
llvm::Expected<llvm::SmallString<256>>
uniqueTemporaryDirectory(llvm::StringRef Prefix) {
  installInterruptHandler();
  llvm::SmallString<256> Dir;
  if (std::error_code EC = llvm::sys::fs::createUniqueDirectory(Prefix, Dir))
    return llvm::createStringError(EC, "cannot create a temporary directory: " +
                                           EC.message());
  return Dir;
}

} // namespace

int runChild(llvm::StringRef Program, llvm::ArrayRef<llvm::StringRef> Argv,
             llvm::StringRef Err, llvm::ArrayRef<std::string> Files,
             std::string &ExecError) {
  installInterruptHandler();
  Slot *S = takeSlot(); // more than 512 at a time: no cleanup for the rest
  if (S) {
    copyPath(S->Files[0], Err);
    copyPath(S->Files[1], Files.size() < 1 ? "" : Files[0]);
    copyPath(S->Files[2], Files.size() < 2 ? "" : Files[1]);
    S->Spawning = true;
    // The handler has set Interrupted before it looks at the slots: it saw
    // this one Spawning, or it is too late to start.
    if (Interrupted) {
      S->Spawning = false;
      S->Used = false;
      ExecError = "interrupted";
      return -1;
    }
  }
  std::optional<llvm::StringRef> Redirects[] = {llvm::StringRef(""),
                                                llvm::StringRef(""), Err};
  bool Failed = false;
  llvm::sys::ProcessInfo PI = llvm::sys::ExecuteNoWait(
      Program, Argv, std::nullopt, Redirects, 0, &ExecError, &Failed);
  if (S) {
    S->Pid = PI.Pid;
    S->Spawning = false;
  }
  int Status = -1;
  if (!Failed && PI.Pid > 0)
    Status = llvm::sys::Wait(PI, std::nullopt, &ExecError).ReturnCode;
  if (S) {
    S->Pid = 0;
    S->Files[0][0] = S->Files[1][0] = S->Files[2][0] = 0;
    S->Used = false;
  }
  return Status;
}

llvm::Expected<std::string> writeTemporaryDatabase(llvm::StringRef Json) {
  llvm::Expected<llvm::SmallString<256>> Dir =
      uniqueTemporaryDirectory("otel-tidy-db");
  if (!Dir)
    return Dir.takeError();
  llvm::SmallString<256> File(*Dir);
  llvm::sys::path::append(File, "compile_commands.json");
  copyPath(TempDbDir, *Dir);
  copyPath(TempDbFile, File);
  std::atexit(removeTemporaryDatabase);
  std::error_code EC;
  llvm::raw_fd_ostream OS(File, EC);
  if (EC)
    return llvm::createStringError(EC, "cannot write '" + File +
                                           "': " + EC.message());
  OS << Json;
  return std::string(*Dir);
}

void removeTemporaryDatabase() {
  if (!TempDbFile[0])
    return;
  unlink(TempDbFile);
  rmdir(TempDbDir);
  TempDbFile[0] = 0;
}

llvm::Expected<std::string> temporaryWorkDirectory() {
  if (WorkDir[0])
    return std::string(WorkDir);
  llvm::Expected<llvm::SmallString<256>> Dir =
      uniqueTemporaryDirectory("otel-tidy-work");
  if (!Dir)
    return Dir.takeError();
  copyPath(WorkDir, *Dir);
  std::atexit(removeTemporaryWorkDirectory);
  return std::string(*Dir);
}

void removeTemporaryWorkDirectory() {
  if (!WorkDir[0])
    return;
  removeFlatDirectory(WorkDir);
  WorkDir[0] = 0;
}

} // namespace otel_tidy
