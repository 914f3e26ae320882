//===--- Database.cpp - otel-tidy -------------------------------*- C++ -*-===//

#include "Database.h"
#include "clang/Tooling/JSONCompilationDatabase.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

namespace otel_tidy {

namespace {

llvm::Error error(const llvm::Twine &Message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), Message);
}

/// What is wrong with entry \p I of \p Entries, if anything.
std::optional<std::string> entryProblem(const llvm::json::Array &Entries,
                                        size_t I) {
  const llvm::json::Object *E = Entries[I].getAsObject();
  std::string Entry = "entry " + std::to_string(I + 1) + " of " +
                      std::to_string(Entries.size());
  if (!E)
    return Entry + " is not a JSON object";
  for (llvm::StringRef Key : {"directory", "file"})
    if (!E->getString(Key))
      return Entry + " has no \"" + Key.str() + "\"" +
             (Key == "file" && E->getString("directory")
                  ? " (directory " + E->getString("directory")->str() + ")"
                  : "");
  if (!E->getString("command") && !E->getArray("arguments"))
    return Entry + " (file " + E->getString("file")->str() +
           ") has neither \"command\" nor \"arguments\"";
  return std::nullopt;
}

/// Checks the JSON compilation database \p Path: the first unusable entry is
/// an error, or with \p Unusable each is left out of \p UsableJson.
llvm::Error checkJson(llvm::StringRef Path, std::vector<std::string> *Unusable,
                      std::string *UsableJson) {
  auto Buf = llvm::MemoryBuffer::getFile(Path);
  if (!Buf)
    return error("cannot read the compilation database '" + Path +
                 "': " + Buf.getError().message());
  std::string Headline =
      ("invalid compilation database '" + Path + "': ").str();
  llvm::Expected<llvm::json::Value> Doc =
      llvm::json::parse((*Buf)->getBuffer());
  if (!Doc)
    return error(Headline + llvm::toString(Doc.takeError()));
  const llvm::json::Array *Entries = Doc->getAsArray();
  if (!Entries)
    return error(Headline + "not a JSON array of compile commands");
  llvm::json::Array Usable;
  for (size_t I = 0; I < Entries->size(); ++I) {
    std::optional<std::string> Problem = entryProblem(*Entries, I);
    if (Problem && !Unusable)
      return error(Headline + *Problem);
    if (Problem)
      Unusable->push_back(Headline + *Problem);
    else
      Usable.push_back((*Entries)[I]);
  }
  if (Unusable && !Unusable->empty() && UsableJson)
    *UsableJson =
        llvm::formatv("{0}", llvm::json::Value(std::move(Usable))).str();
  return llvm::Error::success();
}

} // namespace

llvm::Expected<std::unique_ptr<clang::tooling::CompilationDatabase>>
loadDatabase(llvm::StringRef Dir, std::vector<std::string> *Unusable,
             std::string *UsableJson) {
  if (!llvm::sys::fs::exists(Dir))
    return error("-p '" + Dir + "': no such directory");
  if (!llvm::sys::fs::is_directory(Dir))
    return error("-p '" + Dir +
                 "' is not a directory (give the directory that holds "
                 "compile_commands.json)");
  // The JSON database clang-tidy would load: in Dir or a directory above.
  llvm::SmallString<256> Search(Dir);
  llvm::sys::fs::make_absolute(Search);
  llvm::sys::path::remove_dots(Search, /*remove_dot_dot=*/true);
  for (llvm::StringRef D = Search; !D.empty();
       D = llvm::sys::path::parent_path(D)) {
    llvm::SmallString<256> Json(D);
    llvm::sys::path::append(Json, "compile_commands.json");
    if (llvm::sys::fs::exists(Json)) {
      std::string Usable;
      if (llvm::Error E = checkJson(Json, Unusable, &Usable))
        return std::move(E);
      if (!Usable.empty()) {
        std::string Why;
        std::unique_ptr<clang::tooling::CompilationDatabase> Db =
            clang::tooling::JSONCompilationDatabase::loadFromBuffer(
                Usable, Why, clang::tooling::JSONCommandLineSyntax::AutoDetect);
        if (!Db)
          return error("invalid compilation database '" + Json + "': " + Why);
        if (UsableJson)
          *UsableJson = std::move(Usable);
        return std::move(Db);
      }
      break;
    }
  }
  std::string Why;
  std::unique_ptr<clang::tooling::CompilationDatabase> Db =
      clang::tooling::CompilationDatabase::autoDetectFromDirectory(Dir, Why);
  if (!Db)
    return error("no compilation database (compile_commands.json) found in '" +
                 Dir + "' or any parent directory\n  " +
                 llvm::StringRef(Why).trim() +
                 "\n  Configure the build with "
                 "-DCMAKE_EXPORT_COMPILE_COMMANDS=ON, or pass compiler flags "
                 "after '--'.");
  return std::move(Db);
}

} // namespace otel_tidy
