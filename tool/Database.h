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
#include <string>
#include <vector>

namespace otel_tidy {

/// With \p Unusable, the entries that cannot be used are left out, each
/// described there, instead of failing; \p UsableJson then gets the JSON of
/// the others (a database the children can read).
llvm::Expected<std::unique_ptr<clang::tooling::CompilationDatabase>>
loadDatabase(llvm::StringRef Dir, std::vector<std::string> *Unusable = nullptr,
             std::string *UsableJson = nullptr);

} // namespace otel_tidy

#endif
