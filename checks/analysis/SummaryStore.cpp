//===--- SummaryStore.cpp - otel-tidy ---------------------------*- C++ -*-===//

#include "analysis/SummaryStore.h"
#include "utils/Compat.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Index/USRGeneration.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Support/xxhash.h"

namespace clang::tidy::otel {

namespace json = llvm::json;

namespace {

constexpr llvm::StringLiteral Format = "otel-tidy-summaries";
constexpr int Version = 1;

llvm::Error storeError(llvm::StringRef Path, const llvm::Twine &Why) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                 "summary store '" + Path + "': " + Why);
}

std::string absolute(llvm::StringRef Path) {
  llvm::SmallString<256> P(Path);
  llvm::sys::fs::make_absolute(P);
  llvm::sys::path::remove_dots(P, /*remove_dot_dot=*/true);
  return std::string(P);
}

std::string where(SourceLocation Loc, const SourceManager &SM) {
  PresumedLoc P = SM.getPresumedLoc(SM.getFileLoc(Loc));
  if (P.isInvalid())
    return "";
  return absolute(P.getFilename()) + ":" + std::to_string(P.getLine());
}

json::Object hopJson(const Hop &H, const SourceManager &SM) {
  json::Object O;
  O[H.HopKind == Hop::Call ? "call" : "record"] = H.Function;
  O["where"] = H.Site ? where(H.Site->getBeginLoc(), SM) : H.Where;
  return O;
}

json::Object escapeJson(const RecordedException &E, const SourceManager &SM) {
  json::Object O;
  O["type"] = E.Type.Name;
  json::Array Bases;
  for (const std::string &B : E.Type.Bases)
    Bases.push_back(B);
  O["bases"] = std::move(Bases);
  json::Array Chain;
  for (const Hop &H : E.Chain)
    Chain.push_back(hopJson(H, SM));
  O["chain"] = std::move(Chain);
  return O;
}

/// Reads one escape back; false when it is malformed.
bool readEscape(const json::Value &V, RecordedException &Out) {
  const json::Object *O = V.getAsObject();
  if (!O)
    return false;
  std::optional<llvm::StringRef> Type = O->getString("type");
  const json::Array *Bases = O->getArray("bases");
  const json::Array *Chain = O->getArray("chain");
  if (!Type || !Bases || !Chain || Chain->empty())
    return false;
  Out.Type.Name = Type->str();
  for (const json::Value &B : *Bases) {
    std::optional<llvm::StringRef> S = B.getAsString();
    if (!S)
      return false;
    Out.Type.Bases.push_back(S->str());
  }
  for (const json::Value &HV : *Chain) {
    const json::Object *HO = HV.getAsObject();
    if (!HO)
      return false;
    Hop H;
    if (std::optional<llvm::StringRef> C = HO->getString("call")) {
      H.HopKind = Hop::Call;
      H.Function = C->str();
    } else if (std::optional<llvm::StringRef> R = HO->getString("record")) {
      H.HopKind = Hop::Record;
      H.Function = R->str();
    } else {
      return false;
    }
    std::optional<llvm::StringRef> W = HO->getString("where");
    if (!W)
      return false;
    H.Where = W->str();
    Out.Chain.push_back(std::move(H));
  }
  return Out.Chain.back().HopKind == Hop::Record;
}

const char *behaviourName(unsigned Bit) {
  switch (Bit) {
  case ExceptionSummary::RecordsAndPropagates:
    return "recorded-and-propagated";
  case ExceptionSummary::RecordsAndSwallows:
    return "recorded-and-swallowed";
  case ExceptionSummary::Swallows:
    return "swallowed";
  default:
    return "untouched-and-propagated";
  }
}

bool isSystem(const FunctionDecl &FD, const SourceManager &SM) {
  return SM.isInSystemHeader(FD.getLocation());
}

/// A function of another file: declared here, defined elsewhere.
bool isExternal(const FunctionDecl &FD, const SourceManager &SM) {
  return !FD.getDefinition() && !isSystem(FD, SM) && !FD.getBuiltinID() &&
         !FD.isDependentContext();
}

bool inTryBlock(const Stmt &S, const FunctionDecl &F, FunctionIndex &Index) {
  const ParentMap &PM = Index.parents(F);
  for (const Stmt *Child = &S, *P = PM.getParent(&S); P;
       Child = P, P = PM.getParent(P))
    if (const auto *Try = dyn_cast<CXXTryStmt>(P);
        Try && Try->getTryBlock() == Child)
      return true;
  return false;
}

/// The call sites of a body, lambdas excluded.
std::vector<const Stmt *> callSites(const FunctionDecl &F) {
  std::vector<const Stmt *> Out;
  FunctionIndex::forEachStmt(F, [&](const Stmt *S) {
    if (isa<CallExpr, CXXConstructExpr>(S))
      Out.push_back(S);
  });
  return Out;
}

/// Writes \p Root to \p Path next to it, then renames it over: a reader
/// never sees half a store.
llvm::Error writeAtomically(llvm::StringRef Path, json::Value Root) {
  llvm::SmallString<256> Temp;
  int FD;
  if (std::error_code EC =
          llvm::sys::fs::createUniqueFile(Path + ".tmp-%%%%%%%%", FD, Temp))
    return storeError(Path, "cannot write it: " + EC.message());
  {
    llvm::raw_fd_ostream OS(FD, /*shouldClose=*/true);
    OS << Root;
    OS.close();
    if (OS.has_error()) {
      std::error_code EC = OS.error();
      OS.clear_error();
      llvm::sys::fs::remove(Temp);
      return storeError(Path, "cannot write it: " + EC.message());
    }
  }
  if (std::error_code EC = llvm::sys::fs::rename(Temp, Path)) {
    llvm::sys::fs::remove(Temp);
    return storeError(Path, "cannot write it: " + EC.message());
  }
  return llvm::Error::success();
}

} // namespace

std::string usrOf(const Decl &D) {
  llvm::SmallString<128> Buf;
  if (index::generateUSRForDecl(&D, Buf))
    return "";
  return std::string(Buf);
}

std::string contentHash(llvm::StringRef Path) {
  auto Buf = llvm::MemoryBuffer::getFile(Path);
  if (!Buf)
    return "";
  return llvm::utohexstr(llvm::xxHash64((*Buf)->getBuffer()),
                         /*LowerCase=*/true);
}

llvm::Expected<std::shared_ptr<const SummaryStore>>
SummaryStore::load(llvm::StringRef Path) {
  auto Buf = llvm::MemoryBuffer::getFile(Path);
  if (!Buf)
    return storeError(Path, "cannot read it: " + Buf.getError().message());
  llvm::Expected<json::Value> Parsed = json::parse((*Buf)->getBuffer());
  if (!Parsed)
    return storeError(Path,
                      "not valid JSON: " + llvm::toString(Parsed.takeError()));
  const json::Object *Root = Parsed->getAsObject();
  if (!Root || Root->getString("format") != Format)
    return storeError(Path, "not an otel-tidy summary store");
  if (Root->getInteger("version") != Version)
    return storeError(Path, "written by another version of otel-tidy; "
                            "write it again");
  const json::Object *Units = Root->getObject("units");
  if (!Units)
    return storeError(Path, "it has no \"units\"");
  auto Store = std::make_shared<SummaryStore>();
  for (const auto &[UnitName, UnitValue] : *Units) {
    const json::Object *U = UnitValue.getAsObject();
    const json::Object *Inputs = U ? U->getObject("inputs") : nullptr;
    const json::Object *Functions = U ? U->getObject("functions") : nullptr;
    if (!Inputs || !Functions)
      return storeError(Path, "unit '" + UnitName.str() + "' is malformed");
    Unit &Into = Store->Units[UnitName.str()];
    for (const auto &[File, Hash] : *Inputs) {
      std::optional<llvm::StringRef> H = Hash.getAsString();
      if (!H)
        return storeError(Path, "unit '" + UnitName.str() + "': the hash of '" +
                                    File.str() + "' is not a string");
      Into.Inputs.emplace_back(File.str(), H->str());
    }
    for (const auto &[Usr, FV] : *Functions) {
      const json::Object *F = FV.getAsObject();
      const json::Array *Escapes = F ? F->getArray("escapes") : nullptr;
      const json::Array *Passes = F ? F->getArray("passes") : nullptr;
      if (!F || !Escapes || !Passes || !F->getString("name"))
        return storeError(Path, "function '" + Usr.str() + "' of unit '" +
                                    UnitName.str() + "' is malformed");
      Function &Fn = Store->Functions[Usr.str()];
      Fn.Unit = UnitName.str();
      Fn.Name = F->getString("name")->str();
      Fn.Where = F->getString("where").value_or("").str();
      for (const json::Value &E : *Escapes) {
        RecordedException R;
        if (!readEscape(E, R))
          return storeError(Path,
                            "an escape of '" + Fn.Name + "' is malformed");
        Fn.Own.push_back(std::move(R));
      }
      for (const json::Value &PV : *Passes) {
        const json::Object *P = PV.getAsObject();
        if (!P || !P->getString("usr") || !P->getString("name"))
          return storeError(Path, "a call of '" + Fn.Name + "' is malformed");
        Fn.Passes.push_back({P->getString("usr")->str(),
                             P->getString("name")->str(),
                             P->getString("where").value_or("").str()});
      }
    }
  }
  return Store;
}

bool SummaryStore::isFresh(llvm::StringRef UnitName) const {
  auto Cached = Fresh.find(UnitName);
  if (Cached != Fresh.end())
    return Cached->second;
  bool Result = false;
  auto It = Units.find(UnitName);
  if (It != Units.end()) {
    Result = true;
    for (const auto &[File, Hash] : It->second.Inputs)
      Result = Result && contentHash(File) == Hash;
  }
  Fresh[UnitName] = Result;
  return Result;
}

const std::vector<RecordedException> *SummaryStore::resolve(llvm::StringRef Usr,
                                                            int Depth) const {
  auto Done = Resolved.find(Usr);
  if (Done != Resolved.end())
    return &Done->second;
  auto It = Functions.find(Usr);
  if (It == Functions.end() || Depth > 32 || InProgress.lookup(Usr) ||
      !isFresh(It->second.Unit))
    return nullptr;
  InProgress[Usr] = true;
  const Function &F = It->second;
  std::vector<RecordedException> Out = F.Own;
  for (const Pass &P : F.Passes) {
    const std::vector<RecordedException> *Through = resolve(P.Usr, Depth + 1);
    if (!Through)
      continue;
    for (const RecordedException &E : *Through) {
      RecordedException Next = E;
      Hop Call;
      Call.HopKind = Hop::Call;
      Call.Function = P.Name;
      Call.Where = P.Where;
      Next.Chain.insert(Next.Chain.begin(), std::move(Call));
      bool Known = llvm::any_of(Out, [&](const RecordedException &X) {
        return X.key() == Next.key();
      });
      if (!Known && Next.Chain.size() <= 16)
        Out.push_back(std::move(Next));
    }
  }
  InProgress[Usr] = false;
  return &(Resolved[Usr] = std::move(Out));
}

const std::vector<RecordedException> *
SummaryStore::escapesOf(llvm::StringRef Usr) const {
  std::lock_guard<std::mutex> Guard(Lock);
  const std::vector<RecordedException> *R = resolve(Usr, 0);
  return R && !R->empty() ? R : nullptr;
}

const std::vector<RecordedException> *
SummaryStore::escapesOf(const FunctionDecl &Callee) const {
  std::string Usr = usrOf(*Callee.getCanonicalDecl());
  return Usr.empty() ? nullptr : escapesOf(Usr);
}

llvm::Error SummaryStore::merge(llvm::ArrayRef<std::string> UnitFiles,
                                llvm::StringRef Out) {
  json::Object Units;
  for (const std::string &File : UnitFiles) {
    auto Buf = llvm::MemoryBuffer::getFile(File);
    if (!Buf)
      return storeError(File, "cannot read it: " + Buf.getError().message());
    llvm::Expected<json::Value> Parsed = json::parse((*Buf)->getBuffer());
    if (!Parsed)
      return storeError(File, "not valid JSON: " +
                                  llvm::toString(Parsed.takeError()));
    json::Object *Root = Parsed->getAsObject();
    json::Object *U = Root ? Root->getObject("units") : nullptr;
    if (!U || Root->getString("format") != Format)
      return storeError(File, "not an otel-tidy summary file");
    for (auto &[Name, Value] : *U)
      Units[Name] = std::move(Value);
  }
  json::Object Root{{"format", Format}, {"version", Version}};
  Root["units"] = std::move(Units);
  return writeAtomically(Out, std::move(Root));
}

/// The files the unit read, but the system's, with their content hashes.
static json::Object unitInputs(const SourceManager &SM) {
  json::Object Inputs;
  compat::forEachFile(SM, [&](llvm::StringRef Name, bool System) {
    if (System)
      return;
    std::string File = absolute(Name);
    if (!Inputs.get(File))
      Inputs[File] = contentHash(File);
  });
  return Inputs;
}

/// The functions of the main file with something to tell, by USR: what
/// escapes them, how they treat an exception, and the calls through which
/// they pass one on to other files.
static json::Object unitFunctions(ExceptionFlow &Flow, FunctionIndex &Index,
                                  ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  json::Object Functions;
  for (const FunctionDecl *F : Index.functions()) {
    if (!SM.isInMainFile(SM.getExpansionLoc(F->getLocation())) ||
        !F->isExternallyVisible() ||
        F->getTemplatedKind() != FunctionDecl::TK_NonTemplate ||
        isa<CXXMethodDecl>(F) &&
            cast<CXXMethodDecl>(F)->getParent()->isLambda())
      continue;
    const ExceptionSummary &S = Flow.summaryOf(*F, Ctx);
    json::Array Passes;
    for (const Stmt *Site : callSites(*F)) {
      const FunctionDecl *Callee = ExceptionFlow::calleeOf(*Site, *F);
      if (!Callee || !isExternal(*Callee, SM) || inTryBlock(*Site, *F, Index))
        continue;
      Passes.push_back(json::Object{{"usr", usrOf(*Callee->getCanonicalDecl())},
                                    {"name", Callee->getNameAsString()},
                                    {"where", where(Site->getBeginLoc(), SM)}});
    }
    if (S.Escapes.empty() && Passes.empty())
      continue;
    std::string Usr = usrOf(*F->getCanonicalDecl());
    if (Usr.empty())
      continue;
    json::Array Escapes, Behaviour;
    for (const RecordedException &E : S.Escapes)
      Escapes.push_back(escapeJson(E, SM));
    for (unsigned Bit = 1; Bit <= ExceptionSummary::Propagates; Bit <<= 1)
      if (S.Behaviour & Bit)
        Behaviour.push_back(behaviourName(Bit));
    Functions[Usr] = json::Object{{"name", F->getNameAsString()},
                                  {"where", where(F->getLocation(), SM)},
                                  {"behaviour", std::move(Behaviour)},
                                  {"escapes", std::move(Escapes)},
                                  {"passes", std::move(Passes)}};
  }
  return Functions;
}

/// The USRs, sorted, of the other files' functions whose summaries matter
/// here: those called in a try block, directly or through functions of
/// this unit.
static json::Array unitQueries(FunctionIndex &Index, const SourceManager &SM) {
  llvm::StringSet<> Queries;
  llvm::SmallPtrSet<const FunctionDecl *, 16> Seen;
  std::function<void(const FunctionDecl &)> Gather;
  auto Visit = [&](const Stmt &Site, const FunctionDecl &F) {
    const FunctionDecl *Callee = ExceptionFlow::calleeOf(Site, F);
    if (!Callee)
      return;
    if (isExternal(*Callee, SM))
      Queries.insert(usrOf(*Callee->getCanonicalDecl()));
    else if (const FunctionDecl *Def = Callee->getDefinition();
             Def && Def->hasBody() && !isSystem(*Def, SM))
      Gather(*Def);
  };
  Gather = [&](const FunctionDecl &F) {
    if (Seen.insert(&F).second)
      for (const Stmt *Site : callSites(F))
        Visit(*Site, F);
  };
  for (const FunctionDecl *F : Index.functions())
    for (const Stmt *Site : callSites(*F))
      if (inTryBlock(*Site, *F, Index))
        Visit(*Site, *F);
  std::vector<std::string> Sorted;
  for (const auto &Q : Queries)
    if (!Q.getKey().empty())
      Sorted.push_back(Q.getKey().str());
  llvm::sort(Sorted);
  json::Array QueryList;
  for (std::string &Q : Sorted)
    QueryList.push_back(std::move(Q));
  return QueryList;
}

llvm::Error writeUnitSummaries(llvm::StringRef Path, ExceptionFlow &Flow,
                               FunctionIndex &Index, ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  OptionalFileEntryRef Main = SM.getFileEntryRefForID(SM.getMainFileID());
  if (!Main)
    return llvm::Error::success();
  json::Object Unit{{"inputs", unitInputs(SM)},
                    {"functions", unitFunctions(Flow, Index, Ctx)},
                    {"queries", unitQueries(Index, SM)}};
  json::Object Units;
  Units[absolute(Main->getName())] = std::move(Unit);
  json::Object Root{{"format", Format}, {"version", Version}};
  Root["units"] = std::move(Units);
  return writeAtomically(Path, std::move(Root));
}

} // namespace clang::tidy::otel
