//===--- CheckDocs.h - otel-tidy --------------------------------*- C++ -*-===//
//
// The check pages (docs/checks/<check>.md), embedded at build time, for the
// rule descriptions and help of the SARIF report.
//
//===----------------------------------------------------------------------===//

#ifndef OTEL_TIDY_TOOL_CHECKDOCS_H
#define OTEL_TIDY_TOOL_CHECKDOCS_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include <string>

namespace otel_tidy {

struct CheckDoc {
  llvm::StringRef Name;     ///< the check, e.g. otel-status-ok-on-success
  llvm::StringRef Markdown; ///< the whole page
};

/// Every embedded page, sorted by name.
llvm::ArrayRef<CheckDoc> checkDocs();

/// The page of \p Check, or null.
const CheckDoc *findCheckDoc(llvm::StringRef Check);

/// The first paragraph under the title, as plain text on one line.
std::string docSummary(const CheckDoc &Doc);

/// The page's introduction: everything before its first `##` section.
std::string docIntroduction(const CheckDoc &Doc);

} // namespace otel_tidy

#endif
