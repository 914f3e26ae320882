//===--- Attributes.cpp - otel-tidy -----------------------------*- C++ -*-===//

#include "model/Attributes.h"
#include "utils/Expressions.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "llvm/ADT/SmallPtrSet.h"

namespace clang::tidy::otel {

using namespace ast_matchers;

std::optional<AttributeSink> AttributeModel::sinkOf(const FunctionDecl &FD) {
  if (!FD.getDeclName().isIdentifier())
    return std::nullopt;
  llvm::StringRef Name = FD.getName();
  const auto *MD = dyn_cast<CXXMethodDecl>(&FD);
  const CXXRecordDecl *Class = MD ? MD->getParent() : nullptr;
  if (Class) {
    if (isOrDerivesFrom(Class, "::opentelemetry::trace::Span")) {
      if (Name == "SetAttribute")
        return AttributeSink::SpanAttribute;
      if (Name == "AddEvent")
        return AttributeSink::SpanEvent;
      return std::nullopt;
    }
    if (isOrDerivesFrom(Class, "::opentelemetry::trace::Tracer"))
      return Name == "StartSpan" ? std::optional(AttributeSink::SpanStart)
                                 : std::nullopt;
    if (Name == "Add" || Name == "Record" || Name == "Observe") {
      for (llvm::StringRef Instrument :
           {"::opentelemetry::metrics::Counter",
            "::opentelemetry::metrics::UpDownCounter",
            "::opentelemetry::metrics::Histogram",
            "::opentelemetry::metrics::Gauge",
            "::opentelemetry::metrics::ObserverResultT"})
        if (isOrDerivesFrom(Class, Instrument))
          return AttributeSink::Metric;
      return std::nullopt;
    }
    if (isOrDerivesFrom(Class, "::opentelemetry::logs::LogRecord"))
      return Name == "SetAttribute" ? std::optional(AttributeSink::LogAttribute)
                                    : std::nullopt;
    if (qualifiedName(*Class) == "::opencensus::trace::Span") {
      if (Name == "AddAttribute" || Name == "AddAttributes")
        return AttributeSink::SpanAttribute;
      if (Name == "AddAnnotation")
        return AttributeSink::SpanEvent;
    }
    return std::nullopt;
  }
  if (Name == "Record" && qualifiedName(FD) == "::opencensus::stats::Record")
    return AttributeSink::Metric;
  return std::nullopt;
}

namespace {

bool isClass(QualType T, llvm::StringRef Qualified) {
  const CXXRecordDecl *RD = T.getNonReferenceType()->getAsCXXRecordDecl();
  return RD && qualifiedName(*RD) == Qualified;
}

/// Finds the pairs an attribute argument holds.
class PairCollector {
public:
  PairCollector(const CallExpr &Sink, AttributeSink Kind, const Stmt *Body,
                llvm::SmallVectorImpl<AttributePut> &Out)
      : Sink(Sink), Kind(Kind), Body(Body), Out(Out) {}

  void collect(const Expr *E, const Stmt *Anchor, int Depth = 0) {
    E = ignoreWrappers(E);
    if (!E || Depth > 8)
      return;
    if (const auto *FC = dyn_cast<CXXFunctionalCastExpr>(E))
      return collect(FC->getSubExpr(), Anchor, Depth + 1); // View<T>(m)
    if (const auto *IL = dyn_cast<CXXStdInitializerListExpr>(E))
      return collect(IL->getSubExpr(), Anchor, Depth + 1);
    if (const auto *ILE = dyn_cast<InitListExpr>(E)) {
      if (ILE->getNumInits() == 2 && isPairType(ILE->getType()))
        return add(ILE->getInit(0), ILE->getInit(1), Anchor);
      for (const Expr *Init : ILE->inits())
        collect(Init, Anchor, Depth + 1);
      return;
    }
    if (const auto *CE = dyn_cast<CXXConstructExpr>(E)) {
      if (CE->getNumArgs() == 2 && isPairType(CE->getType()))
        return add(CE->getArg(0), CE->getArg(1), Anchor);
      for (const Expr *Arg : CE->arguments())
        collect(Arg, Anchor, Depth + 1);
      return;
    }
    if (const auto *Call = dyn_cast<CallExpr>(E)) {
      const FunctionDecl *FD = Call->getDirectCallee();
      if (!FD || !FD->getDeclName().isIdentifier())
        return;
      if (FD->getName() == "make_pair" && Call->getNumArgs() == 2)
        return add(Call->getArg(0), Call->getArg(1), Anchor);
      if (FD->getName() == "MakeAttributes")
        for (const Expr *Arg : Call->arguments())
          collect(Arg, Anchor, Depth + 1);
      return;
    }
    if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
      if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl()))
        if (VD->hasLocalStorage() && !isa<ParmVarDecl>(VD))
          container(*VD, Depth);
  }

private:
  static bool isPairType(QualType T) {
    return isClass(T, "::std::pair") ||
           isClass(T, "::opentelemetry::nostd::pair");
  }

  void add(const Expr *Key, const Expr *Value, const Stmt *Anchor) {
    AttributePut Put;
    Put.Key = Key;
    Put.Value = Value;
    Put.Anchor = Anchor;
    Put.Sink = &Sink;
    Put.Kind = Kind;
    Out.push_back(Put);
  }

  /// A local container recorded by the call: its initializer and every
  /// insertion into it in the function.
  void container(const VarDecl &VD, int Depth) {
    if (!Seen.insert(&VD).second)
      return;
    if (const Expr *Init = VD.getInit())
      collect(Init, Init, Depth + 1);
    if (Body)
      findInsertions(Body, VD, Depth);
  }

  static bool refersTo(const Expr *E, const VarDecl &VD) {
    const auto *DRE = dyn_cast_or_null<DeclRefExpr>(ignoreWrappers(E));
    return DRE && DRE->getDecl() == &VD;
  }

  void findInsertions(const Stmt *S, const VarDecl &VD, int Depth) {
    if (!S)
      return;
    // m[k] = v
    if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(S);
        Op && Op->getOperator() == OO_Equal && Op->getNumArgs() == 2) {
      if (const auto *Sub =
              dyn_cast<CXXOperatorCallExpr>(ignoreWrappers(Op->getArg(0)));
          Sub && Sub->getOperator() == OO_Subscript && Sub->getNumArgs() == 2 &&
          refersTo(Sub->getArg(0), VD)) {
        add(Sub->getArg(1), Op->getArg(1), Op);
        return;
      }
    }
    if (const auto *MC = dyn_cast<CXXMemberCallExpr>(S);
        MC && refersTo(MC->getImplicitObjectArgument(), VD) &&
        MC->getMethodDecl() &&
        MC->getMethodDecl()->getDeclName().isIdentifier()) {
      llvm::StringRef M = MC->getMethodDecl()->getName();
      if ((M == "emplace" || M == "try_emplace" || M == "insert_or_assign" ||
           M == "emplace_back") &&
          MC->getNumArgs() >= 2) {
        add(MC->getArg(0), MC->getArg(1), MC);
        return;
      }
      if (M == "insert" || M == "push_back" ||
          (M == "emplace_back" && MC->getNumArgs() == 1)) {
        for (const Expr *Arg : MC->arguments())
          collect(Arg, MC, Depth + 1);
        return;
      }
    }
    for (const Stmt *Child : S->children())
      findInsertions(Child, VD, Depth);
  }

  const CallExpr &Sink;
  AttributeSink Kind;
  const Stmt *Body;
  llvm::SmallVectorImpl<AttributePut> &Out;
  llvm::SmallPtrSet<const VarDecl *, 4> Seen;
};

/// `TagKey::Register("error.type")`, a variable holding one, or a function
/// returning one (the `static const TagKey key = ...; return key;` idiom).
std::optional<std::string> tagKeyName(const Expr *E, ASTContext &Ctx,
                                      int Depth) {
  E = ignoreWrappers(E);
  if (!E || Depth > 4)
    return std::nullopt;
  if (const auto *CE = dyn_cast<CXXConstructExpr>(E))
    return CE->getNumArgs() == 1 ? tagKeyName(CE->getArg(0), Ctx, Depth + 1)
                                 : std::nullopt;
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
    if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl()))
      if (const Expr *Init = VD->getAnyInitializer())
        return tagKeyName(Init, Ctx, Depth + 1);
    return std::nullopt;
  }
  const auto *Call = dyn_cast<CallExpr>(E);
  const FunctionDecl *FD = Call ? Call->getDirectCallee() : nullptr;
  if (!FD)
    return std::nullopt;
  if (FD->getDeclName().isIdentifier() && FD->getName() == "Register" &&
      Call->getNumArgs() >= 1) {
    if (const auto *MD = dyn_cast<CXXMethodDecl>(FD);
        MD && qualifiedName(*MD->getParent()) == "::opencensus::tags::TagKey")
      return AttributeModel::stringValue(Call->getArg(0), Ctx);
    return std::nullopt;
  }
  // A function of this translation unit returning the key.
  const FunctionDecl *Def = FD->getDefinition();
  const auto *Body =
      Def ? dyn_cast_or_null<CompoundStmt>(Def->getBody()) : nullptr;
  if (!Body || Body->size() == 0)
    return std::nullopt;
  if (const auto *Ret = dyn_cast<ReturnStmt>(Body->body_back()))
    return tagKeyName(Ret->getRetValue(), Ctx, Depth + 1);
  return std::nullopt;
}

} // namespace

const Expr *AttributeModel::writtenValue(const Expr *E) {
  while (true) {
    E = ignoreWrappers(E);
    if (const auto *FC = dyn_cast_or_null<CXXFunctionalCastExpr>(E)) {
      E = FC->getSubExpr(); // std::string("error.type")
      continue;
    }
    // std::string -> std::string_view through its conversion operator.
    if (const auto *MC = dyn_cast_or_null<CXXMemberCallExpr>(E);
        MC && isa_and_nonnull<CXXConversionDecl>(MC->getMethodDecl())) {
      E = MC->getImplicitObjectArgument();
      continue;
    }
    const auto *CE = dyn_cast_or_null<CXXConstructExpr>(E);
    if (!CE || CE->getNumArgs() == 0 || isa<CXXTemporaryObjectExpr>(CE))
      return E;
    if (CE->getNumArgs() > 1 &&
        !isa<CXXDefaultArgExpr>(CE->getArg(1)->IgnoreImplicit()))
      return E;
    E = CE->getArg(0);
  }
}

std::optional<std::string> AttributeModel::stringValue(const Expr *E,
                                                       ASTContext &Ctx) {
  E = writtenValue(E);
  if (!E)
    return std::nullopt;
  if (const auto *SL = dyn_cast<StringLiteral>(E))
    if (SL->getCharByteWidth() == 1)
      return SL->getString().str();
  if (const auto *CE = dyn_cast<CXXConstructExpr>(E);
      CE && CE->getNumArgs() == 0 &&
      (isClass(CE->getType(), "::std::basic_string") ||
       isClass(CE->getType(), "::std::basic_string_view") ||
       isClass(CE->getType(), "::opentelemetry::nostd::string_view")))
    return std::string(); // std::string(), string_view{}
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
    const auto *VD = dyn_cast<VarDecl>(DRE->getDecl());
    if (!VD)
      return std::nullopt;
    // Constants: constexpr, const, or a static `const char *` set once.
    QualType T = VD->getType();
    bool Constant = VD->isConstexpr() || T.isConstQualified() ||
                    (VD->isStaticDataMember() || VD->hasGlobalStorage());
    const Expr *Init = VD->getAnyInitializer();
    if (Constant && Init)
      return stringValue(Init, Ctx);
  }
  return std::nullopt;
}

bool AttributeModel::isErrorTypeKey(const Expr *Key, ASTContext &Ctx) const {
  std::optional<std::string> Name = stringValue(Key, Ctx);
  if (!Name)
    Name = tagKeyName(Key, Ctx, 0);
  if (!Name)
    return false;
  if (*Name == "error.type")
    return true;
  for (const std::string &Extra : Opts.ErrorTypeKeys.entries())
    if (*Name == Extra)
      return true;
  return false;
}

void AttributeModel::collectArgument(
    const Expr *Arg, const CallExpr &Call, AttributeSink Kind, const Stmt *Body,
    ASTContext &Ctx, llvm::SmallVectorImpl<AttributePut> &Out) const {
  PairCollector(Call, Kind, Body, Out).collect(Arg, &Call);
}

namespace {

/// The parameter an attribute argument is, through View<T>(p) and the like.
const ParmVarDecl *parameterOf(const Expr *E) {
  for (int Depth = 0; E && Depth < 6; ++Depth) {
    E = ignoreWrappers(E);
    if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
      return dyn_cast<ParmVarDecl>(DRE->getDecl());
    if (const auto *FC = dyn_cast<CXXFunctionalCastExpr>(E))
      E = FC->getSubExpr();
    else if (const auto *CE = dyn_cast<CXXConstructExpr>(E);
             CE && CE->getNumArgs() == 1)
      E = CE->getArg(0);
    else
      return nullptr;
  }
  return nullptr;
}

} // namespace

const std::vector<AttributeModel::RecordedParameter> &
AttributeModel::recordedParameters(const FunctionDecl &Decl) const {
  static const std::vector<RecordedParameter> None;
  const FunctionDecl *F = Decl.getDefinition();
  if (!F || !F->getBody() || F->isDependentContext() ||
      F->getASTContext().getSourceManager().isInSystemHeader(F->getLocation()))
    return None;
  std::unique_ptr<std::vector<RecordedParameter>> &Slot = Recorded[F];
  if (Slot)
    return *Slot;
  Slot = std::make_unique<std::vector<RecordedParameter>>();
  // The vector, not the map's slot: the recursion below inserts into the map,
  // which may move its slots.
  std::vector<RecordedParameter> *Result = Slot.get();
  std::vector<RecordedParameter> Found;
  auto Add = [&](const ParmVarDecl *P, AttributeSink Kind) {
    if (P && P->getDeclContext() == F &&
        llvm::none_of(Found, [&](const RecordedParameter &R) {
          return R.Index == P->getFunctionScopeIndex();
        }))
      Found.push_back({P->getFunctionScopeIndex(), Kind});
  };
  llvm::SmallVector<const Stmt *, 32> Work{F->getBody()};
  while (!Work.empty()) {
    const Stmt *S = Work.pop_back_val();
    if (!S || isa<LambdaExpr>(S))
      continue;
    for (const Stmt *Child : S->children())
      Work.push_back(Child);
    const auto *Call = dyn_cast<CallExpr>(S);
    const FunctionDecl *Callee = Call ? Call->getDirectCallee() : nullptr;
    if (!Callee)
      continue;
    unsigned First = isa<CXXOperatorCallExpr>(Call) ? 1 : 0;
    if (std::optional<AttributeSink> Kind = sinkOf(*Callee)) {
      if (Callee->getName() == "SetAttribute" ||
          Callee->getName() == "AddAttribute")
        continue;
      for (unsigned I = First; I < Call->getNumArgs(); ++I)
        if (!Call->getArg(I)->getType()->isScalarType())
          Add(parameterOf(Call->getArg(I)), *Kind);
      continue;
    }
    // Passed on to another function of the translation unit that records it.
    if (Callee->getDefinition() != F)
      for (const RecordedParameter &R : recordedParameters(*Callee))
        if (R.Index + First < Call->getNumArgs())
          Add(parameterOf(Call->getArg(R.Index + First)), R.Kind);
  }
  *Result = std::move(Found);
  return *Result;
}

void AttributeModel::collect(const CallExpr &Call, const Stmt *Body,
                             ASTContext &Ctx,
                             llvm::SmallVectorImpl<AttributePut> &Out) const {
  const FunctionDecl *FD = Call.getDirectCallee();
  std::optional<AttributeSink> Kind = FD ? sinkOf(*FD) : std::nullopt;
  if (!Kind) {
    // A function of this translation unit that records a container it is
    // given: the pairs are those of the argument.
    if (FD)
      for (const RecordedParameter &R : recordedParameters(*FD)) {
        unsigned First =
            isa<CXXOperatorCallExpr>(Call) && isa<CXXMethodDecl>(FD) ? 1 : 0;
        if (R.Index + First < Call.getNumArgs())
          PairCollector(Call, R.Kind, Body, Out)
              .collect(Call.getArg(R.Index + First), &Call);
      }
    return;
  }
  unsigned First = isa<CXXOperatorCallExpr>(Call) ? 1 : 0;
  llvm::StringRef Name = FD->getName();
  if ((Name == "SetAttribute" || Name == "AddAttribute") &&
      Call.getNumArgs() >= First + 2) {
    AttributePut Put;
    Put.Key = Call.getArg(First);
    Put.Value = Call.getArg(First + 1);
    Put.ValueArgument = Put.Value;
    Put.Anchor = &Call;
    Put.Sink = &Call;
    Put.Kind = *Kind;
    Out.push_back(Put);
    return;
  }
  PairCollector Pairs(Call, *Kind, Body, Out);
  for (unsigned I = First; I < Call.getNumArgs(); ++I) {
    const Expr *Arg = Call.getArg(I);
    QualType T = Arg->getType();
    if (T->isScalarType() || isa<CXXDefaultArgExpr>(Arg))
      continue;
    Pairs.collect(Arg, &Call);
  }
}

} // namespace clang::tidy::otel
