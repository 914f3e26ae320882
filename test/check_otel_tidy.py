#!/usr/bin/env python3
"""Runs one otel-tidy check on a test file and verifies what it reports.

Usage (from a lit RUN line, through the %check_otel_tidy substitution):

  %check_otel_tidy [options] FILE CHECK-NAME TEMP [-- EXTRA-CLANG-ARGS]

For every header configuration (ABI v1, ABI v2, the STL build; --configs
narrows the list) it

 1. copies FILE to TEMP.<config>.cpp with every `// CHECK-...:` comment
    blanked (so FileCheck never matches its own directives);
 2. runs clang-tidy with the plugin and `--fix` (plus `--fix-notes` with
    --fix-notes) and checks its diagnostics against the CHECK-MESSAGES lines
    of FILE; every warning and error must be matched (and every note, with
    --check-notes);
 3. checks the fixed file against the CHECK-FIXES lines;
 4. runs clang-tidy again on the fixed file: it must compile without error,
    and the check may report only the findings that had no fix-it.

Directive prefixes take the suffix given with --check-suffix, e.g.
CHECK-MESSAGES-OPT and CHECK-FIXES-OPT for --check-suffix=OPT.
"""

import argparse
import os
import re
import shlex
import shutil
import subprocess
import sys

CONFIGS = {
    "v1": [],
    "v2": ["-DOPENTELEMETRY_ABI_VERSION_NO=2"],
    "stl": ["-DOPENTELEMETRY_STL_VERSION=2017"],
}


def fail(message, output=None):
    sys.stderr.write("check_otel_tidy: " + message + "\n")
    if output:
        sys.stderr.write("------ output ------\n" + output + "\n--------------------\n")
    sys.exit(1)


def run(cmd, **kwargs):
    sys.stderr.write("RUN: " + " ".join(shlex.quote(c) for c in cmd) + "\n")
    return subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          text=True, **kwargs)


def count_warnings(output, check):
    return len(re.findall(r": warning: .*\[" + re.escape(check) + r"[,\]]", output))


def export_has_fix(yaml_path):
    """Counts diagnostics with and without replacements in --export-fixes."""
    with_fix = without_fix = 0
    if not os.path.exists(yaml_path):
        return 0, 0
    text = open(yaml_path).read()
    for block in re.split(r"\n  - DiagnosticName:", text)[1:]:
        # Replacements of the diagnostic itself and of its notes.
        if re.search(r"Replacements:\s*\n\s+- FilePath:", block):
            with_fix += 1
        else:
            without_fix += 1
    return with_fix, without_fix


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--clang-tidy", required=True)
    parser.add_argument("--plugin", required=True)
    parser.add_argument("--inputs", required=True)
    parser.add_argument("--configs", default="v1,v2,stl")
    parser.add_argument("--check-suffix", "--check-suffixes", default="",
                        help="comma-separated directive suffixes")
    parser.add_argument("--fix-notes", action="store_true")
    parser.add_argument("--check-notes", action="store_true",
                        help="notes must be matched by CHECK-MESSAGES too")
    parser.add_argument("--tidy-config", default=None,
                        help="a --config string for clang-tidy")
    parser.add_argument("--std", default="c++17")
    parser.add_argument("input")
    parser.add_argument("check")
    parser.add_argument("temp")
    parser.add_argument("extra", nargs=argparse.REMAINDER)
    args = parser.parse_args()

    filecheck = shutil.which("FileCheck") or os.path.join(
        os.path.dirname(os.path.realpath(args.clang_tidy)), "FileCheck")
    extra = args.extra
    if extra and extra[0] == "--":
        extra = extra[1:]
    suffixes = ["-" + s for s in args.check_suffix.split(",")] if args.check_suffix else [""]
    msg_prefix = ",".join("CHECK-MESSAGES" + s for s in suffixes)
    fix_prefix = ",".join("CHECK-FIXES" + s for s in suffixes)

    source = open(args.input).read()

    def uses(prefixes):
        return any(re.search(r"//\s*" + re.escape(p) + r"(-NEXT|-SAME|-NOT|-DAG)?:", source)
                   for p in prefixes.split(","))

    has_messages = uses(msg_prefix)
    has_fixes = uses(fix_prefix)
    cleaned = re.sub(r"//\s*CHECK-[A-Z0-9-]*:[^\r\n]*", "//", source)

    for config in args.configs.split(","):
        if config not in CONFIGS:
            fail("unknown configuration " + config)
        temp = "%s.%s.cpp" % (args.temp, config)
        os.makedirs(os.path.dirname(os.path.abspath(temp)), exist_ok=True)
        with open(temp, "w") as f:
            f.write(cleaned)
        clang_args = (["-std=" + args.std, "-isystem", os.path.join(args.inputs, "include")]
                      + CONFIGS[config] + extra)
        tidy = [args.clang_tidy, "--load=" + args.plugin,
                "--checks=-*," + args.check, "--header-filter=.*",
                "--system-headers=0"]
        if args.tidy_config:
            tidy.append("--config=" + args.tidy_config)
        fixes_yaml = temp + ".fixes.yaml"
        first = run(tidy + ["--fix", "--export-fixes=" + fixes_yaml]
                    + (["--fix-notes"] if args.fix_notes else [])
                    + [temp, "--"] + clang_args)
        output = first.stdout
        if first.returncode != 0 or re.search(r"^[^ ].*: error: ", output, re.M):
            fail("[%s] clang-tidy failed (exit %d)" % (config, first.returncode), output)
        # Without the source excerpts (indented lines): a line of code such
        # as `semconv::error::kErrorType` must not look like a diagnostic.
        msg_file = temp + ".msg"
        # Nor clang-tidy's own notes about applying fixes.
        with open(msg_file, "w") as f:
            f.write("".join(l for l in output.splitlines(True)
                            if not l[:1].isspace()
                            and "note: FIX-IT applied suggested code changes" not in l))

        # 2. diagnostics
        implicit = "{{warning|error}}:" if not args.check_notes else "{{warning|error|note}}:"
        if has_messages:
            fc = run([filecheck, "--allow-empty", "-input-file=" + msg_file, args.input,
                      "-check-prefixes=" + msg_prefix,
                      "-implicit-check-not=" + implicit])
            if fc.returncode != 0:
                fail("[%s] CHECK-MESSAGES failed" % config, fc.stdout)
        elif count_warnings(output, args.check) or re.search(r": warning: ", output):
            fail("[%s] the file has no %s lines but clang-tidy warned" %
                 (config, msg_prefix), output)

        # 3. fixes
        fixed = open(temp).read()
        if has_fixes:
            fc = run([filecheck, "-input-file=" + temp, args.input,
                      "-check-prefixes=" + fix_prefix, "-strict-whitespace"])
            if fc.returncode != 0:
                fail("[%s] CHECK-FIXES failed" % config, fc.stdout)
        elif fixed != cleaned:
            fail("[%s] fixes were applied but the file has no %s lines" %
                 (config, fix_prefix), fixed)

        # 4. the fixed file compiles and is clean but for unfixable findings
        if fixed != cleaned:
            with_fix, without_fix = export_has_fix(fixes_yaml)
            second = run(tidy + [temp, "--"] + clang_args)
            if second.returncode != 0 or re.search(r"^[^ ].*: error: ", second.stdout, re.M):
                fail("[%s] the fixed file does not compile" % config, second.stdout)
            left = count_warnings(second.stdout, args.check)
            if left > without_fix:
                fail("[%s] the fixed file still has %d finding(s); only %d had no fix"
                     % (config, left, without_fix), second.stdout + "\n" + fixed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
