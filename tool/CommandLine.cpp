//===--- CommandLine.cpp - otel-tidy ----------------------------*- C++ -*-===//

#include "CommandLine.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/CommandLine.h"

namespace otel_tidy {

namespace {

/// Options (clang-tidy's and otel-tidy's) that may take their value as the
/// next argument: those llvm::cl knows to require one (clang-tidy's common
/// options are registered only once its parser has run).
bool takesSeparateValue(llvm::StringRef Name) {
  const auto &Registered = llvm::cl::getRegisteredOptions();
  auto It = Registered.find(Name);
  if (It != Registered.end())
    return It->second->getValueExpectedFlag() == llvm::cl::ValueRequired;
  return llvm::is_contained(
      llvm::ArrayRef<llvm::StringRef>({"p", "extra-arg", "extra-arg-before"}),
      Name);
}

} // namespace

const Flag *CommandLine::find(llvm::StringRef Name) const {
  for (auto It = Flags.rbegin(); It != Flags.rend(); ++It)
    if (It->Name == Name)
      return &*It;
  return nullptr;
}

CommandLine parseCommandLine(llvm::ArrayRef<const char *> Args) {
  CommandLine CL;
  for (size_t I = 1; I < Args.size(); ++I) {
    llvm::StringRef A(Args[I]);
    if (A == "--") {
      CL.DashDash = I;
      break;
    }
    if (!A.starts_with("-") || A == "-") {
      CL.Files.push_back({A.str(), I});
      continue;
    }
    Flag F;
    F.Index = I;
    llvm::StringRef Body = A.drop_front(A.starts_with("--") ? 2 : 1);
    auto [Name, Value] = Body.split('=');
    F.Name = Name.str();
    if (Body.contains('=')) {
      F.Value = Value.str();
    } else if (Name.size() > 1 && Name.front() == 'j' &&
               llvm::all_of(Name.drop_front(), llvm::isDigit)) {
      F.Name = "j"; // -j4
      F.Value = Name.drop_front().str();
    } else if (takesSeparateValue(Name) && I + 1 < Args.size()) {
      F.Value = Args[++I];
      F.Count = 2;
    }
    CL.Flags.push_back(std::move(F));
  }
  return CL;
}

bool flagIsOn(const Flag &F) {
  if (!F.Value)
    return true;
  return !llvm::is_contained(
      llvm::ArrayRef<llvm::StringRef>({"false", "FALSE", "False", "0"}),
      *F.Value);
}

} // namespace otel_tidy
