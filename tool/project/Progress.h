//===--- Progress.h - otel-tidy ---------------------------------*- C++ -*-===//
//
// Progress on standard error: a bar when it is a terminal; else (a CI log) a
// line every few seconds, from a thread of its own so that a long file still
// shows the run is alive.
//
//===----------------------------------------------------------------------===//

#ifndef OTEL_TIDY_TOOL_PROJECT_PROGRESS_H
#define OTEL_TIDY_TOOL_PROJECT_PROGRESS_H

#include "llvm/ADT/StringRef.h"
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace otel_tidy {

class Progress {
public:
  /// \p Total files; a line every \p Interval seconds (0: none) when standard
  /// error is not a terminal.
  Progress(size_t Total, double Interval);
  ~Progress();
  void done(llvm::StringRef File);
  void finish();

private:
  void line();
  void draw(llvm::StringRef File);
  bool Bar;
  size_t Total, Done = 0;
  unsigned Width;
  std::chrono::steady_clock::time_point Start;
  std::mutex M;
  std::condition_variable Wake;
  bool Stopped = false;
  std::thread Ticker;
};

} // namespace otel_tidy

#endif
