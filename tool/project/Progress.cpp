//===--- Progress.cpp - otel-tidy -------------------------------*- C++ -*-===//

#include "project/Progress.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/raw_ostream.h"

namespace otel_tidy {

Progress::Progress(size_t Total, double Interval)
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

Progress::~Progress() { finish(); }

void Progress::done(llvm::StringRef File) {
  std::lock_guard<std::mutex> Lock(M);
  ++Done;
  if (Bar)
    draw(File);
}

void Progress::finish() {
  {
    std::lock_guard<std::mutex> Lock(M);
    if (Stopped)
      return;
    Stopped = true;
  }
  Wake.notify_all();
  if (Ticker.joinable())
    Ticker.join();
  if (Bar)
    llvm::errs() << "\r" << std::string(Width - 1, ' ') << "\r";
}

void Progress::line() {
  auto Seconds = std::chrono::duration_cast<std::chrono::seconds>(
                     std::chrono::steady_clock::now() - Start)
                     .count();
  llvm::errs() << "otel-tidy: linted " << Done << " of " << Total << " files ("
               << Done * 100 / Total << "%), " << Seconds / 60 << "m"
               << llvm::format("%02d", static_cast<int>(Seconds % 60)) << "s\n";
}

void Progress::draw(llvm::StringRef File) {
  const unsigned BarWidth = 30;
  unsigned Filled = Total ? Done * BarWidth / Total : 0;
  std::string Line = "[" + std::string(Filled, '=') +
                     (Filled < BarWidth ? ">" : "") +
                     std::string(BarWidth - Filled - (Filled < BarWidth), ' ') +
                     "] " + std::to_string(Done) + "/" + std::to_string(Total) +
                     " " + llvm::sys::path::filename(File).str();
  if (Line.size() > Width - 1)
    Line.resize(Width - 1);
  Line.resize(Width - 1, ' ');
  llvm::errs() << "\r" << Line;
  llvm::errs().flush();
}

} // namespace otel_tidy
