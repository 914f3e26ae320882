//===--- Baseline.cpp - otel-tidy -------------------------------*- C++ -*-===//
//
// Format (JSON, sorted, one object per finding, no line numbers):
//   {"version": 1, "tool": "otel-tidy",
//    "findings": [{"check": ..., "file": ..., "statement": ...,
//                  "occurrence": 0, "message": ...}, ...]}
// "message" is for people reading the file; matching ignores it.
//
//===----------------------------------------------------------------------===//

#include "Baseline.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"
#include <tuple>

namespace otel_tidy {

static constexpr int64_t BaselineVersion = 1;

std::string baselineKey(llvm::StringRef Check, llvm::StringRef RelFile,
                        llvm::StringRef Statement) {
  // As the baseline file (JSON) holds them: in UTF-8, whatever the source's
  // encoding, so that what was written matches what is found again.
  return utf8Text(Check) + "\n" + utf8Text(RelFile) + "\n" +
         utf8Text(Statement);
}

bool BaselineRow::operator<(const BaselineRow &O) const {
  return std::tie(File, Check, Statement, Occurrence, Message) <
         std::tie(O.File, O.Check, O.Statement, O.Occurrence, O.Message);
}

bool BaselineRow::operator==(const BaselineRow &O) const {
  return std::tie(File, Check, Statement, Occurrence, Message) ==
         std::tie(O.File, O.Check, O.Statement, O.Occurrence, O.Message);
}

llvm::Expected<std::vector<BaselineRow>>
readBaselineRows(llvm::StringRef Path) {
  auto Buf = llvm::MemoryBuffer::getFile(Path);
  if (!Buf)
    return llvm::createStringError(
        Buf.getError(), "cannot read baseline '%s': %s", Path.str().c_str(),
        Buf.getError().message().c_str());
  auto Err = [&](const llvm::Twine &Why) {
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "baseline '" + Path + "': " + Why);
  };
  llvm::Expected<llvm::json::Value> Doc =
      llvm::json::parse((*Buf)->getBuffer());
  if (!Doc)
    return Err(llvm::toString(Doc.takeError()));
  const llvm::json::Object *Top = Doc->getAsObject();
  if (!Top)
    return Err("not a JSON object");
  std::optional<int64_t> Version = Top->getInteger("version");
  if (!Version || *Version != BaselineVersion)
    return Err("unsupported version (this otel-tidy reads version " +
               llvm::Twine(BaselineVersion) + ")");
  const llvm::json::Array *List = Top->getArray("findings");
  if (!List)
    return Err("no \"findings\" array");
  std::vector<BaselineRow> Rows;
  for (const llvm::json::Value &V : *List) {
    const llvm::json::Object *O = V.getAsObject();
    std::optional<llvm::StringRef> Check, File, Statement;
    if (O) {
      Check = O->getString("check");
      File = O->getString("file");
      Statement = O->getString("statement");
    }
    if (!Check || !File || !Statement)
      return Err("a finding without \"check\", \"file\" or \"statement\"");
    Rows.push_back(
        {File->str(), Check->str(), Statement->str(),
         static_cast<unsigned>(O->getInteger("occurrence").value_or(0)),
         O->getString("message").value_or("").str()});
  }
  return Rows;
}

llvm::Expected<Baseline> Baseline::load(llvm::StringRef Path) {
  llvm::Expected<std::vector<BaselineRow>> Rows = readBaselineRows(Path);
  if (!Rows)
    return Rows.takeError();
  Baseline B;
  for (const BaselineRow &R : *Rows)
    ++B.Counts[baselineKey(R.Check, R.File, R.Statement)];
  return B;
}

void Baseline::apply(std::vector<Finding> &Findings,
                     llvm::StringRef Root) const {
  std::map<std::string, unsigned> Left = Counts;
  for (Finding &F : Findings) {
    auto It = Left.find(
        baselineKey(F.Check, relativePath(F.Loc.File, Root), F.Statement));
    if (It != Left.end() && It->second > 0) {
      --It->second;
      F.InBaseline = true;
    }
  }
}

void Baseline::write(llvm::raw_ostream &OS,
                     const std::vector<Finding> &Findings,
                     llvm::StringRef Root) {
  std::vector<BaselineRow> Rows;
  for (const Finding &F : Findings)
    Rows.push_back({utf8Text(relativePath(F.Loc.File, Root)), utf8Text(F.Check),
                    utf8Text(F.Statement), F.Occurrence, utf8Text(F.Message)});
  llvm::sort(Rows);
  writeBaselineRows(OS, Rows);
}

void writeBaselineRows(llvm::raw_ostream &OS,
                       const std::vector<BaselineRow> &Rows) {
  llvm::json::OStream J(OS, 2);
  J.object([&] {
    J.attribute("version", BaselineVersion);
    J.attribute("tool", "otel-tidy");
    J.attributeArray("findings", [&] {
      for (const BaselineRow &R : Rows)
        J.object([&] {
          J.attribute("check", R.Check);
          J.attribute("file", R.File);
          J.attribute("statement", R.Statement);
          J.attribute("occurrence", R.Occurrence);
          J.attribute("message", R.Message);
        });
    });
  });
  OS << "\n";
}

} // namespace otel_tidy
