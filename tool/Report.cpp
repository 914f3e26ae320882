//===--- Report.cpp - otel-tidy ---------------------------------*- C++ -*-===//

#include "Report.h"
#include "CheckDocs.h"
#include "TextReport.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/Path.h"
#include <map>

namespace otel_tidy {

std::optional<Format> parseFormat(llvm::StringRef Name) {
  if (Name == "text")
    return Format::Text;
  if (Name == "sarif")
    return Format::Sarif;
  if (Name == "github")
    return Format::GitHub;
  if (Name == "gitlab")
    return Format::GitLab;
  return std::nullopt;
}

namespace {

/// Where a CI report puts \p F: its location, else (a diagnostic about the
/// compile command, say) the start of the file whose run reported it, as
/// every result of GitHub's and GitLab's needs a file.
Location reportedAt(const Finding &F) {
  if (!F.Loc.File.empty() || F.TranslationUnit.empty())
    return F.Loc;
  Location L;
  L.File = F.TranslationUnit;
  L.Line = L.Column = L.CharColumn = 1;
  return L;
}

llvm::StringRef levelName(const Finding &F) {
  return F.IsError ? "error" : "warning";
}

//===--- GitHub -----------------------------------------------------------===//

std::string githubData(llvm::StringRef S) {
  std::string Out;
  for (char C : S) {
    if (C == '%')
      Out += "%25";
    else if (C == '\r')
      Out += "%0D";
    else if (C == '\n')
      Out += "%0A";
    else
      Out += C;
  }
  return Out;
}

std::string githubProperty(llvm::StringRef S) {
  std::string Out;
  for (char C : githubData(S)) {
    if (C == ':')
      Out += "%3A";
    else if (C == ',')
      Out += "%2C";
    else
      Out += C;
  }
  return Out;
}

void writeGitHubCommand(llvm::raw_ostream &OS, llvm::StringRef Level,
                        const Location &Loc, llvm::StringRef Title,
                        llvm::StringRef Message, llvm::StringRef Root) {
  OS << "::" << Level << " ";
  if (!Loc.File.empty()) {
    OS << "file=" << githubProperty(relativePath(Loc.File, Root));
    if (Loc.Line)
      OS << ",line=" << Loc.Line << ",col=" << Loc.Column;
    OS << ",";
  }
  OS << "title=" << githubProperty(Title) << "::" << githubData(Message)
     << "\n";
}

void writeGitHub(llvm::raw_ostream &OS, const ReportInput &In) {
  for (const Finding *F : In.Findings) {
    std::string Message = F->Message;
    for (const Note &N : F->Notes) {
      Message += "\nnote: " + N.Message;
      if (!N.Loc.File.empty())
        Message += " (" + relativePath(N.Loc.File, In.SourceRoot) + ":" +
                   std::to_string(N.Loc.Line) + ")";
    }
    writeGitHubCommand(OS, levelName(*F), reportedAt(*F), F->Check, Message,
                       In.SourceRoot);
  }
  for (const Failure &Fail : *In.Failures) {
    Location FileLoc;
    FileLoc.File = Fail.File;
    writeGitHubCommand(OS, "error", FileLoc, "otel-tidy",
                       "could not lint " +
                           relativePath(Fail.File, In.SourceRoot) + ": " +
                           Fail.Reason,
                       In.SourceRoot);
    for (const Finding &E : Fail.Errors)
      writeGitHubCommand(OS, "error", E.Loc, E.Check, E.Message, In.SourceRoot);
  }
  if (In.RunErrors)
    for (const std::string &E : *In.RunErrors)
      writeGitHubCommand(OS, "error", Location(), "otel-tidy", E,
                         In.SourceRoot);
}

//===--- GitLab -----------------------------------------------------------===//

void writeGitLab(llvm::raw_ostream &OS, const ReportInput &In) {
  llvm::json::Array Issues;
  for (const Finding *F : In.Findings) {
    Issues.push_back(llvm::json::Object{
        {"type", "issue"},
        {"check_name", F->Check},
        {"description", utf8Text(F->Message)},
        {"categories", llvm::json::Array{"Bug Risk"}},
        {"fingerprint", F->Fingerprint},
        {"severity", F->IsError ? "critical" : "major"},
        {"location",
         llvm::json::Object{
             {"path",
              utf8Text(relativePath(reportedAt(*F).File, In.SourceRoot))},
             {"lines", llvm::json::Object{{"begin", reportedAt(*F).Line}}}}}});
  }
  OS << llvm::formatv("{0:2}", llvm::json::Value(std::move(Issues))) << "\n";
}

//===--- SARIF ------------------------------------------------------------===//

std::string uriEscape(llvm::StringRef Path) {
  std::string Out;
  for (unsigned char C : Path) {
    if (llvm::isAlnum(C) || llvm::StringRef("-._~/").contains(C))
      Out += C;
    else
      Out += "%" + llvm::utohexstr(C, /*LowerCase=*/false, /*Width=*/2);
  }
  return Out;
}

class SarifWriter {
public:
  SarifWriter(const ReportInput &In, SourceCache &Sources)
      : In(In), Sources(Sources) {}

  llvm::json::Value log() {
    llvm::json::Object Driver = driver(); // numbers the rules
    llvm::json::Array Results;
    for (const Finding *F : In.Findings)
      Results.push_back(result(*F));
    llvm::json::Object Run{
        {"tool", llvm::json::Object{{"driver", std::move(Driver)}}},
        {"originalUriBaseIds",
         llvm::json::Object{
             {"SRCROOT",
              llvm::json::Object{
                  {"uri", "file://" + uriEscape(In.SourceRoot) + "/"}}}}},
        {"columnKind", "unicodeCodePoints"},
        {"invocations", llvm::json::Array{invocation()}},
        {"results", std::move(Results)}};
    return llvm::json::Object{
        {"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
        {"version", "2.1.0"},
        {"runs", llvm::json::Array{std::move(Run)}}};
  }

private:
  const ReportInput &In;
  SourceCache &Sources;
  std::map<std::string, unsigned> RuleIndex;

  llvm::json::Object driver() {
    // The documented checks, and any other check that reported something.
    std::vector<std::string> Ids;
    for (const CheckDoc &D : checkDocs())
      Ids.push_back(D.Name.str());
    for (const Finding *F : In.Findings)
      Ids.push_back(F->Check);
    llvm::sort(Ids);
    Ids.erase(std::unique(Ids.begin(), Ids.end()), Ids.end());
    llvm::json::Array Rules;
    for (const std::string &Id : Ids) {
      RuleIndex[Id] = Rules.size();
      Rules.push_back(rule(Id));
    }
    return llvm::json::Object{{"name", "otel-tidy"},
                              {"version", OTEL_TIDY_VERSION},
                              {"semanticVersion", OTEL_TIDY_VERSION},
                              {"rules", std::move(Rules)}};
  }

  static llvm::json::Object rule(llvm::StringRef Id) {
    // A PascalCase name: otel-status-ok-on-success -> OtelStatusOkOnSuccess.
    std::string Name;
    bool Upper = true;
    for (char C : Id) {
      if (!llvm::isAlnum(C)) {
        Upper = true;
        continue;
      }
      Name += Upper ? llvm::toUpper(C) : C;
      Upper = false;
    }
    llvm::json::Object R{
        {"id", Id.str()},
        {"name", Name},
        {"defaultConfiguration", llvm::json::Object{{"level", "warning"}}}};
    if (const CheckDoc *Doc = findCheckDoc(Id)) {
      R["shortDescription"] = llvm::json::Object{{"text", docSummary(*Doc)}};
      R["fullDescription"] =
          llvm::json::Object{{"text", docIntroduction(*Doc)}};
      R["help"] = llvm::json::Object{{"text", Doc->Markdown},
                                     {"markdown", Doc->Markdown}};
    } else {
      // Any other check: where its documentation is (GitHub requires a full
      // description and help for every rule).
      auto [Text, Uri] = otherCheck(Id);
      std::string Help = Text + " See " + Uri;
      R["shortDescription"] = llvm::json::Object{{"text", Text}};
      R["fullDescription"] = llvm::json::Object{{"text", Text}};
      R["help"] = llvm::json::Object{
          {"text", Help},
          {"markdown", Text + " See [its documentation](" + Uri + ")."}};
      R["helpUri"] = Uri;
    }
    return R;
  }

  /// A description and the documentation of a check otel-tidy does not
  /// document: a clang diagnostic, a static analyzer checker, a clang-tidy
  /// check (`module-name`, documented at checks/module/name.html).
  static std::pair<std::string, std::string> otherCheck(llvm::StringRef Id) {
    llvm::StringRef Name = Id;
    if (Name.consume_front("clang-diagnostic-"))
      return {"Clang compiler diagnostic -W" + Name.str() + ".",
              "https://clang.llvm.org/docs/DiagnosticsReference.html#w" +
                  Name.lower()};
    if (Name.consume_front("clang-analyzer-"))
      return {"Clang Static Analyzer checker " + Name.str() + ".",
              "https://clang.llvm.org/docs/analyzer/checkers.html"};
    auto [Module, Check] = Id.split('-');
    return {"clang-tidy check " + Id.str() + ".",
            "https://clang.llvm.org/extra/clang-tidy/checks/" + Module.str() +
                "/" + Check.str() + ".html"};
  }

  llvm::json::Object artifact(llvm::StringRef File) {
    std::string Rel = relativePath(File, In.SourceRoot);
    if (Rel == File) // outside the source root
      return llvm::json::Object{{"uri", "file://" + uriEscape(File)}};
    return llvm::json::Object{{"uri", uriEscape(Rel)},
                              {"uriBaseId", "SRCROOT"}};
  }

  llvm::json::Object physical(const Location &Loc) {
    llvm::json::Object Region{{"startLine", Loc.Line},
                              {"startColumn", Loc.CharColumn}};
    llvm::StringRef Line = Sources.line(Loc.File, Loc.Line);
    if (!Line.empty())
      Region["snippet"] = llvm::json::Object{{"text", utf8Text(Line)}};
    return llvm::json::Object{{"artifactLocation", artifact(Loc.File)},
                              {"region", std::move(Region)}};
  }

  llvm::json::Object fix(llvm::StringRef Description,
                         const std::vector<Edit> &Edits) {
    std::map<std::string, llvm::json::Array> ByFile;
    for (const Edit &E : Edits) {
      ByFile[E.File].push_back(llvm::json::Object{
          {"deletedRegion", llvm::json::Object{{"charOffset", E.CharOffset},
                                               {"charLength", E.CharLength}}},
          {"insertedContent", llvm::json::Object{{"text", utf8Text(E.Text)}}}});
    }
    llvm::json::Array Changes;
    for (auto &[File, Replacements] : ByFile)
      Changes.push_back(
          llvm::json::Object{{"artifactLocation", artifact(File)},
                             {"replacements", std::move(Replacements)}});
    return llvm::json::Object{
        {"description", llvm::json::Object{{"text", utf8Text(Description)}}},
        {"artifactChanges", std::move(Changes)}};
  }

  llvm::json::Object result(const Finding &F) {
    llvm::json::Object R{
        {"ruleId", F.Check},
        {"ruleIndex", RuleIndex[F.Check]},
        {"level", levelName(F)},
        {"message", llvm::json::Object{{"text", utf8Text(F.Message)}}},
        {"partialFingerprints",
         llvm::json::Object{{"otelTidyFingerprint/v1", F.Fingerprint}}}};
    R["locations"] = llvm::json::Array{
        llvm::json::Object{{"physicalLocation", physical(reportedAt(F))}}};
    llvm::json::Array Related;
    llvm::json::Array Fixes;
    if (!F.Fix.empty())
      Fixes.push_back(fix(F.Message, F.Fix));
    for (const Note &N : F.Notes) {
      if (!N.Loc.File.empty())
        Related.push_back(llvm::json::Object{
            {"id", Related.size() + 1},
            {"message", llvm::json::Object{{"text", utf8Text(N.Message)}}},
            {"physicalLocation", physical(N.Loc)}});
      if (!N.Fix.empty())
        Fixes.push_back(fix(N.Message, N.Fix));
    }
    if (!Related.empty())
      R["relatedLocations"] = std::move(Related);
    if (!Fixes.empty())
      R["fixes"] = std::move(Fixes);
    return R;
  }

  llvm::json::Object invocation() {
    llvm::json::Array Notifications;
    for (const Failure &Fail : *In.Failures) {
      auto Notification = [&](const Location &Loc, llvm::StringRef Text) {
        llvm::json::Object N{
            {"level", "error"},
            {"message", llvm::json::Object{{"text", utf8Text(Text)}}}};
        if (!Loc.File.empty()) {
          llvm::json::Object Physical{{"artifactLocation", artifact(Loc.File)}};
          if (Loc.Line)
            Physical = physical(Loc);
          N["locations"] = llvm::json::Array{
              llvm::json::Object{{"physicalLocation", std::move(Physical)}}};
        }
        Notifications.push_back(std::move(N));
      };
      Location FileLoc;
      FileLoc.File = Fail.File;
      Notification(FileLoc, "could not lint " +
                                relativePath(Fail.File, In.SourceRoot) + ": " +
                                Fail.Reason);
      for (const Finding &E : Fail.Errors)
        Notification(E.Loc, E.Message + " [" + E.Check + "]");
    }
    if (In.RunErrors)
      for (const std::string &E : *In.RunErrors)
        Notifications.push_back(llvm::json::Object{
            {"level", "error"},
            {"message", llvm::json::Object{{"text", utf8Text(E)}}}});
    llvm::json::Object Inv{
        {"executionSuccessful",
         In.Failures->empty() && (!In.RunErrors || In.RunErrors->empty())},
        {"exitCode", In.ExitCode}};
    if (!Notifications.empty())
      Inv["toolExecutionNotifications"] = std::move(Notifications);
    return Inv;
  }
};

} // namespace

void writeReport(Format F, llvm::raw_ostream &OS, const ReportInput &In,
                 SourceCache &Sources) {
  switch (F) {
  case Format::Text: {
    TextReport Text(OS, Sources, In.Cwd, In.Colors);
    for (const Finding *Finding : In.Findings)
      Text.print(*Finding);
    return;
  }
  case Format::GitHub:
    writeGitHub(OS, In);
    return;
  case Format::GitLab:
    writeGitLab(OS, In);
    return;
  case Format::Sarif:
    OS << llvm::formatv("{0:2}", SarifWriter(In, Sources).log()) << "\n";
    return;
  }
}

} // namespace otel_tidy
