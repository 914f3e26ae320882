//===--- Database.h - otel-tidy ---------------------------------*- C++ -*-===//
//
// The compilation database of -p, found as clang-tidy finds it (the
// directory, then the ones above it), with the mistakes clang-tidy reports
// vaguely or not at all named in the headline: a -p that does not exist, a
// compile_commands.json that is not JSON (with its line), an entry without
// "file" (with its number).
//
//===----------------------------------------------------------------------===//

#ifndef OTEL_TIDY_TOOL_DATABASE_H
#define OTEL_TIDY_TOOL_DATABASE_H

#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/Support/Error.h"
#include <memory>

namespace otel_tidy {

llvm::Expected<std::unique_ptr<clang::tooling::CompilationDatabase>>
loadDatabase(llvm::StringRef Dir);

} // namespace otel_tidy

#endif
