//===--- Children.h - otel-tidy ---------------------------------*- C++ -*-===//
//
// The child processes of the project mode and their temporary files. SIGINT,
// SIGTERM or SIGHUP in the middle of a run leaves nothing behind: the
// children that run are killed, their files and the driver's own temporary
// files (OutputFile, registered with llvm::sys::RemoveFileOnSignal) are
// removed, and the signal then ends the process as it would have.
//
//===----------------------------------------------------------------------===//

#ifndef OTEL_TIDY_TOOL_PROJECT_CHILDREN_H
#define OTEL_TIDY_TOOL_PROJECT_CHILDREN_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include <string>

namespace otel_tidy {

/// Installs the handler of SIGINT, SIGTERM and SIGHUP (once).
void installInterruptHandler();

/// Runs \p Program with \p Argv, its standard error to the file \p Err;
/// \p Err and \p Files (at most two, which it writes; none need exist yet)
/// are removed
/// should the run be interrupted.
/// Returns its exit code; < 0 when it could not run or did not finish
/// (\p ExecError says why).
int runChild(llvm::StringRef Program, llvm::ArrayRef<llvm::StringRef> Argv,
             llvm::StringRef Err, llvm::ArrayRef<std::string> Files,
             std::string &ExecError);

/// A private directory holding \p Json as compile_commands.json, for the
/// children; removed at exit and on interrupt. Returns the directory.
llvm::Expected<std::string> writeTemporaryDatabase(llvm::StringRef Json);

/// Removes what writeTemporaryDatabase wrote.
void removeTemporaryDatabase();

/// A private directory for the run's own files (the units' exception
/// summaries), flat; it and what it holds are removed at exit, on
/// interrupt, and by removeTemporaryWorkDirectory.
llvm::Expected<std::string> temporaryWorkDirectory();
void removeTemporaryWorkDirectory();

} // namespace otel_tidy

#endif
