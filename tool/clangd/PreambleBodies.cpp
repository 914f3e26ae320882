//===--- PreambleBodies.cpp - otel-clangd -----------------------*- C++ -*-===//
//
// clangd parses the #includes at the top of a file once, into a "preamble",
// and skips every function body in them (clangd's Preamble.cpp:
// shouldSkipFunctionBody). The otel checks read the bodies of the functions
// a file calls: a wrapper that records an exception or sets a span status, a
// function that records and rethrows, a function that returns an attribute
// key. Defined in a project header, such a function would look empty in
// clangd, and every finding that depends on it would disappear without a
// word.
//
// This frontend plugin, linked into otel-clangd only, keeps those bodies.
// Clang instantiates every registered plugin of kind AddBeforeMainAction for
// each frontend action, and its MultiplexConsumer skips a body only when
// every consumer agrees. The plugin joins preamble builds only (a PCH being
// compiled with SkipFunctionBodies set), and there it asks to keep the
// bodies of functions written outside system headers. System headers (the
// standard library, the OpenTelemetry API with -isystem) stay skipped, as
// the checks never look into them. --otel-header-bodies=false turns this
// off (clangd's own behaviour: faster preamble builds, and no finding that
// depends on a function defined in a project header).
//
//===----------------------------------------------------------------------===//

#include "clang/AST/ASTConsumer.h"
#include "clang/AST/DeclBase.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendAction.h"
#include "clang/Frontend/FrontendPluginRegistry.h"
#include "llvm/Support/CommandLine.h"
#include <memory>

namespace clang::otel_clangd {
namespace {

// clangd parses the command line with every registered option.
llvm::cl::opt<bool> KeepHeaderBodies(
    "otel-header-bodies",
    llvm::cl::desc("Keep the bodies of functions defined in project (non-"
                   "system) headers in the preamble, for the otel-* checks"),
    llvm::cl::init(true));

class KeepProjectBodies : public ASTConsumer {
public:
  explicit KeepProjectBodies(const SourceManager &SM) : SM(SM) {}

  bool shouldSkipFunctionBody(Decl *D) override {
    SourceLocation Loc = SM.getExpansionLoc(D->getLocation());
    return Loc.isInvalid() || SM.isInSystemHeader(Loc);
  }

private:
  const SourceManager &SM;
};

class KeepProjectBodiesAction : public PluginASTAction {
protected:
  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &CI,
                                                 llvm::StringRef) override {
    return std::make_unique<KeepProjectBodies>(CI.getSourceManager());
  }

  /// Joins only preamble builds: the main file's AST keeps every body anyway,
  /// and the index's own body skipping is none of our business.
  bool ParseArgs(const CompilerInstance &CI,
                 const std::vector<std::string> &) override {
    return KeepHeaderBodies && CI.getLangOpts().CompilingPCH &&
           CI.getFrontendOpts().SkipFunctionBodies;
  }

  ActionType getActionType() override { return AddBeforeMainAction; }
};

} // namespace
} // namespace clang::otel_clangd

static clang::FrontendPluginRegistry::Add<
    clang::otel_clangd::KeepProjectBodiesAction>
    X("otel-clangd-preamble-bodies",
      "keep the bodies of project headers' functions in clangd's preamble");
