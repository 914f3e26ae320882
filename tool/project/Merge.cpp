//===--- Merge.cpp - otel-tidy ----------------------------------*- C++ -*-===//

#include "project/Merge.h"
#include "Baseline.h"
#include "Findings.h"
#include "OutputFile.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include <map>

namespace otel_tidy {

namespace json = llvm::json;

namespace {

llvm::Error mergeError(const llvm::Twine &Message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), Message);
}

enum class Kind { Sarif, GitLab, Baseline };

llvm::Expected<std::pair<Kind, json::Value>> readReport(llvm::StringRef Path) {
  auto Buf = llvm::MemoryBuffer::getFile(Path);
  if (!Buf)
    return mergeError("cannot read '" + Path +
                      "': " + Buf.getError().message());
  llvm::Expected<json::Value> Doc = json::parse((*Buf)->getBuffer());
  if (!Doc)
    return mergeError("'" + Path +
                      "' is not JSON: " + llvm::toString(Doc.takeError()));
  Kind K = Doc->getAsArray() ? Kind::GitLab
           : Doc->getAsObject() && Doc->getAsObject()->getArray("runs")
               ? Kind::Sarif
           : Doc->getAsObject() && Doc->getAsObject()->getArray("findings")
               ? Kind::Baseline
               : Kind::GitLab;
  if (K == Kind::GitLab && !Doc->getAsArray())
    return mergeError("'" + Path +
                      "' is no SARIF, GitLab or baseline report of otel-tidy");
  return std::make_pair(K, std::move(*Doc));
}

/// The artifact of a location (SARIF), as an absolute URI, to sort by.
std::string absoluteUri(const json::Object *Location, const json::Object &Run) {
  const json::Object *Artifact =
      Location ? Location->getObject("artifactLocation") : nullptr;
  if (!Artifact)
    return "";
  std::string Uri = Artifact->getString("uri").value_or("").str();
  if (std::optional<llvm::StringRef> Base = Artifact->getString("uriBaseId"))
    if (const json::Object *Bases = Run.getObject("originalUriBaseIds"))
      if (const json::Object *B = Bases->getObject(*Base))
        Uri = B->getString("uri").value_or("").str() + Uri;
  return Uri;
}

/// A result's place in the order of an unsharded run: file, line, column,
/// then check and message in clang-tidy's order (samePlaceOrder).
std::tuple<std::string, int64_t, int64_t, std::string, std::string>
resultOrder(const json::Value &V, const json::Object &Run) {
  const json::Object *R = V.getAsObject();
  const json::Object *Physical = nullptr;
  if (const json::Array *Locations = R->getArray("locations"))
    if (!Locations->empty() && Locations->front().getAsObject())
      Physical =
          Locations->front().getAsObject()->getObject("physicalLocation");
  const json::Object *Region =
      Physical ? Physical->getObject("region") : nullptr;
  const json::Object *Message = R->getObject("message");
  std::string Check = R->getString("ruleId").value_or("").str();
  std::string Text =
      Message ? Message->getString("text").value_or("").str() : "";
  auto [First, Second] = samePlaceOrder(Check, Text);
  return {absoluteUri(Physical, Run),
          Region ? Region->getInteger("startLine").value_or(0) : 0,
          Region ? Region->getInteger("startColumn").value_or(0) : 0, First,
          Second};
}

/// The notifications of a run in groups: a file that could not be linted
/// with its compiler errors; then the others.
std::vector<std::pair<std::string, json::Array>>
notificationGroups(json::Array &Notifications, const json::Object &Run) {
  std::vector<std::pair<std::string, json::Array>> Groups;
  for (json::Value &N : Notifications) {
    const json::Object *O = N.getAsObject();
    const json::Object *Msg = O ? O->getObject("message") : nullptr;
    llvm::StringRef Text = Msg ? Msg->getString("text").value_or("") : "";
    const json::Array *Locations = O ? O->getArray("locations") : nullptr;
    bool Starts =
        Text.starts_with("could not lint ") || !Locations || Groups.empty();
    if (Starts) {
      const json::Object *First =
          Locations && !Locations->empty()
              ? Locations->front().getAsObject()->getObject("physicalLocation")
              : nullptr;
      // Problems without a file come after the files, as in a run.
      Groups.push_back({First ? absoluteUri(First, Run) : "\xff" + Text.str(),
                        json::Array()});
    }
    Groups.back().second.push_back(std::move(N));
  }
  return Groups;
}

llvm::Expected<json::Value> mergeSarif(std::vector<json::Value> &Logs,
                                       int &Exit) {
  json::Object &First = *Logs.front().getAsObject();
  json::Array *FirstRuns = First.getArray("runs");
  if (!FirstRuns || FirstRuns->empty() || !FirstRuns->front().getAsObject())
    return mergeError("a SARIF report without runs");
  json::Object Run = *FirstRuns->front().getAsObject(); // a copy
  std::map<std::string, json::Value> Rules;
  std::vector<json::Value> Results;
  std::vector<std::pair<std::string, json::Array>> Groups;
  bool Successful = true;
  llvm::StringSet<> Seen;
  for (json::Value &Log : Logs) {
    json::Array *Runs = Log.getAsObject()->getArray("runs");
    if (!Runs || Runs->size() != 1 || !Runs->front().getAsObject())
      return mergeError("a SARIF report with other than one run");
    json::Object &R = *Runs->front().getAsObject();
    json::Object *Tool = R.getObject("tool");
    json::Object *Driver = Tool ? Tool->getObject("driver") : nullptr;
    if (!Driver || !R.getArray("results") || !R.getArray("invocations"))
      return mergeError("a SARIF report that is not otel-tidy's");
    if (json::Array *Rs = Driver->getArray("rules"))
      for (json::Value &Rule : *Rs)
        Rules.emplace(Rule.getAsObject()->getString("id").value_or("").str(),
                      std::move(Rule));
    for (json::Value &Result : *R.getArray("results")) {
      Result.getAsObject()->erase("ruleIndex");
      if (Seen.insert(llvm::formatv("{0}", Result).str()).second)
        Results.push_back(std::move(Result));
    }
    for (json::Value &Inv : *R.getArray("invocations")) {
      json::Object &I = *Inv.getAsObject();
      Successful =
          Successful && I.getBoolean("executionSuccessful").value_or(true);
      Exit = std::max<int>(Exit, I.getInteger("exitCode").value_or(0));
      if (json::Array *N = I.getArray("toolExecutionNotifications"))
        for (auto &G : notificationGroups(*N, R))
          Groups.push_back(std::move(G));
    }
  }
  llvm::sort(Results, [&](const json::Value &A, const json::Value &B) {
    return resultOrder(A, Run) < resultOrder(B, Run);
  });
  std::stable_sort(
      Groups.begin(), Groups.end(),
      [](const auto &A, const auto &B) { return A.first < B.first; });
  json::Array RuleList, Notifications;
  std::map<std::string, int64_t> RuleIndex;
  for (auto &[Id, Rule] : Rules) {
    RuleIndex[Id] = RuleList.size();
    RuleList.push_back(std::move(Rule));
  }
  for (json::Value &Result : Results) {
    json::Object &O = *Result.getAsObject();
    O["ruleIndex"] = RuleIndex[O.getString("ruleId").value_or("").str()];
  }
  llvm::StringSet<> SeenNotes;
  for (auto &G : Groups)
    if (SeenNotes
            .insert(
                llvm::formatv("{0}", json::Value(json::Array(G.second))).str())
            .second)
      for (json::Value &N : G.second)
        Notifications.push_back(std::move(N));
  (*Run.getObject("tool")->getObject("driver"))["rules"] = std::move(RuleList);
  Run["results"] = json::Array(std::move(Results));
  json::Object Inv{{"executionSuccessful", Successful}, {"exitCode", Exit}};
  if (!Notifications.empty())
    Inv["toolExecutionNotifications"] = std::move(Notifications);
  Run["invocations"] = json::Array{std::move(Inv)};
  First["runs"] = json::Array{std::move(Run)};
  return std::move(Logs.front());
}

json::Value mergeGitLab(std::vector<json::Value> &Reports, int &Exit) {
  json::Array Issues;
  llvm::StringSet<> Seen;
  for (json::Value &Report : Reports)
    for (json::Value &Issue : *Report.getAsArray())
      if (Seen.insert(
                  Issue.getAsObject()->getString("fingerprint").value_or(""))
              .second)
        Issues.push_back(std::move(Issue));
  auto Place = [](const json::Value &V) {
    const json::Object *L = V.getAsObject()->getObject("location");
    const json::Object *Lines = L ? L->getObject("lines") : nullptr;
    return std::make_pair(L ? L->getString("path").value_or("").str() : "",
                          Lines ? Lines->getInteger("begin").value_or(0) : 0);
  };
  std::stable_sort(Issues.begin(), Issues.end(),
                   [&](const json::Value &A, const json::Value &B) {
                     return Place(A) < Place(B);
                   });
  Exit = Issues.empty() ? 0 : 1;
  return json::Value(std::move(Issues));
}

} // namespace

int runMerge(llvm::ArrayRef<const char *> Args) {
  std::string Output;
  std::vector<std::string> Inputs;
  for (llvm::StringRef A : Args.drop_front()) {
    if (A.consume_front("--output=") || A.consume_front("-output="))
      Output = A.str();
    else
      Inputs.push_back(A.str());
  }
  auto Fail = [](const llvm::Twine &Message) {
    llvm::errs() << "otel-tidy merge: error: " << Message << "\n";
    return 2;
  };
  if (Inputs.empty())
    return Fail("usage: otel-tidy merge [--output=FILE] REPORT... (the SARIF, "
                "GitLab or baseline files of the shards of a run)");
  std::vector<json::Value> Docs;
  std::optional<Kind> K;
  for (const std::string &In : Inputs) {
    auto R = readReport(In);
    if (!R)
      return Fail(llvm::toString(R.takeError()));
    if (K && *K != R->first)
      return Fail("'" + In + "' is not of the same kind as '" + Inputs[0] +
                  "'");
    K = R->first;
    Docs.push_back(std::move(R->second));
  }
  std::optional<OutputFile> File;
  if (!Output.empty()) {
    llvm::Expected<OutputFile> F = OutputFile::open(Output, "--output");
    if (!F)
      return Fail(llvm::toString(F.takeError()));
    File.emplace(std::move(*F));
  }
  llvm::raw_ostream &OS = File ? File->os() : llvm::outs();
  int Exit = 0;
  if (*K == Kind::Baseline) {
    std::vector<BaselineRow> Rows;
    for (const std::string &In : Inputs) {
      auto R = readBaselineRows(In);
      if (!R)
        return Fail(llvm::toString(R.takeError()));
      Rows.insert(Rows.end(), R->begin(), R->end());
    }
    llvm::sort(Rows);
    Rows.erase(std::unique(Rows.begin(), Rows.end()), Rows.end());
    writeBaselineRows(OS, Rows);
  } else if (*K == Kind::GitLab) {
    OS << llvm::formatv("{0:2}", mergeGitLab(Docs, Exit)) << "\n";
  } else {
    llvm::Expected<json::Value> Merged = mergeSarif(Docs, Exit);
    if (!Merged)
      return Fail(llvm::toString(Merged.takeError()));
    OS << llvm::formatv("{0:2}", *Merged) << "\n";
  }
  if (File)
    if (llvm::Error E = File->commit())
      return Fail(llvm::toString(std::move(E)));
  return Exit;
}

} // namespace otel_tidy
