# lit configuration for the otel-tidy test suite.
import os
import lit.formats

config.name = "otel-tidy"
config.test_format = lit.formats.ShTest(execute_external=True)
config.suffixes = [".cpp", ".test"]
config.excludes = ["Inputs", "CMakeLists.txt", "check_otel_tidy.py"]
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
