# lit configuration for the otel-tidy test suite.
import os
import lit.formats

config.name = "otel-tidy"
config.test_format = lit.formats.ShTest(execute_external=True)
config.suffixes = [".cpp", ".test"]
config.excludes = ["Inputs", "CMakeLists.txt", "check_otel_tidy.py",
                   "lsp_client.py"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.otel_obj_root, "test")

inputs = os.path.join(config.test_source_root, "Inputs")
helper = os.path.join(config.test_source_root, "check_otel_tidy.py")

config.environment["PATH"] = os.pathsep.join(
    [config.llvm_tools_dir, config.environment.get("PATH", os.environ["PATH"])])
config.environment["HOME"] = os.environ.get("HOME", "/tmp")

config.substitutions.append(
    ("%check_otel_tidy",
     f"{config.python} {helper} --clang-tidy={config.clang_tidy} "
     f"--plugin={config.plugin} --inputs={inputs}"))
config.substitutions.append(("%clang_tidy_plugin",
                             f"{config.clang_tidy} --load={config.plugin}"))
config.substitutions.append(("%clang_tidy", config.clang_tidy))
config.substitutions.append(("%plugin", config.plugin))
config.substitutions.append(("%otel_tidy", config.otel_tidy))
config.substitutions.append(("%inputs", inputs))
config.substitutions.append(("%python", config.python))
config.substitutions.append(("%src_root", config.otel_src_root))
config.substitutions.append(("%llvm_major", config.llvm_version_major))

# Integration tests (test/integration/): the driver's directory on PATH (the
# snippets of docs/integration.md call `otel-tidy`), and their helpers.
integration_inputs = os.path.join(config.test_source_root, "integration",
                                  "Inputs")
config.environment["PATH"] = os.pathsep.join(
    [os.path.dirname(config.otel_tidy), config.environment["PATH"]])
config.substitutions.append(
    ("%setup_example",
     f"sh {integration_inputs}/setup-example.sh {config.otel_src_root}"))
config.substitutions.append(
    ("%report", f"{config.python} {integration_inputs}/report.py"))
config.substitutions.append(
    ("%validate_sarif",
     f"{config.python} {integration_inputs}/validate_sarif.py "
     f"{os.path.join(config.otel_obj_root, 'test', 'sarif-validator')}"))
config.substitutions.append(
    ("%snippet",
     f"{config.python} {integration_inputs}/doc_snippets.py "
     f"{config.otel_src_root}/docs/integration.md extract"))
config.substitutions.append(
    ("%ci_job", f"{config.python} {integration_inputs}/ci_jobs.py"))
config.substitutions.append(("%integration_inputs", integration_inputs))
config.substitutions.append(("%obj_root", config.otel_obj_root))

# Other installed clang-tidy versions: the plugin loaded into them must stop
# with a clear error (test/tool/version-guard-llvm*.test).
for other in (16, 17, 18, 19, 20, 21, 22, 23):
    binary = f"/usr/lib/llvm-{other}/bin/clang-tidy"
    if str(other) != config.llvm_version_major and os.path.exists(binary):
        config.available_features.add(f"other-clang-tidy-{other}")
        config.substitutions.insert(0, (f"%other_clang_tidy_{other}", binary))

# Tests that need to own files as another user (chown) run as root.
if hasattr(os, "geteuid") and os.geteuid() == 0:
    config.available_features.add("root")

# The LLVM major under test, for tests that depend on a tool's version.
config.available_features.add("llvm-" + config.llvm_version_major)

# Packaging tests need dpkg-deb (Debian) and the project's version.
import shutil
if shutil.which("dpkg-deb"):
    config.available_features.add("dpkg-deb")
config.substitutions.append(("%otel_version", config.otel_version))
config.substitutions.append(("%obj_root", config.otel_obj_root))

# otel-clangd (test/clangd/): built where the LLVM in use ships clangd's
# libraries; elsewhere its tests are UNSUPPORTED. lsp_client.py gives every
# session an empty user configuration (a ~/.config/clangd/config.yaml of the
# machine cannot change what the tests see).
if config.have_otel_clangd:
    config.available_features.add("otel-clangd")
config.substitutions.append(("%otel_clangd", config.otel_clangd))
config.substitutions.append(
    ("%lsp_client",
     f"{config.python} "
     f"{os.path.join(config.test_source_root, 'clangd', 'lsp_client.py')} "
     f"--server={config.otel_clangd} --server-arg=--background-index=false"))
