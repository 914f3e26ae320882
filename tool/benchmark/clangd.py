#!/usr/bin/env python3
"""Times otel-clangd's AST builds with and without the otel checks, and
measures the memory of an editor session against a stock clangd.

    tool/benchmark/clangd.py [--reps 7] [--clangd build/bin/otel-clangd]
                             [--stock /usr/lib/llvm-19/bin/clangd]

Translation units: example/src/*.cpp and the benchmark's large generated TU
(gen_tu.py, 200 handlers, seed 1), in a scratch project (compile_flags.txt:
-std=c++17, the mock API headers with -isystem, example/src with -I).

AST build time. Two otel-clangd servers run side by side on two copies of
the project, which differ only in their .clang-tidy: `Checks: '-*'` (base:
no clang-tidy check, so no AST matching at all) and `Checks: '-*,otel-*'`
(otel); both .clangd set FastCheckFilter: Loose. Each TU is opened in both,
then edited R times (a comment appended at the end: the preamble is reused,
the main file's AST is rebuilt, as on every keystroke), alternating which
server goes first. The time of each AST build is clangd's own "BuildAST"
trace span (CLANGD_TRACE), which covers parsing the main file, Sema and the
clang-tidy checks; and the CPU time the server used for the edit (from
/proc, after waiting for the server to be idle), which a busy machine
disturbs less. Ratios are median(otel) / median(base) per TU.

Memory. A session of each server with the five TUs open (the otel server
with the otel checks, stock clangd with its default configuration, both
without background index): resident set size once every file's diagnostics
are published, and its peak (VmHWM), from /proc.
"""

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "test" / "clangd"))
import gen_tu  # noqa: E402
from lsp_client import Session  # noqa: E402


def log(*a):
    print(*a, flush=True)


def make_project(dest, checks, tus):
    dest.mkdir(parents=True)
    (dest / "src").mkdir()
    for name, text in tus.items():
        (dest / "src" / name).write_text(text)
    for header in (ROOT / "example" / "src").glob("*.h"):
        shutil.copy(header, dest / "src")
    (dest / "compile_flags.txt").write_text(
        "-std=c++17\n-isystem\n%s\n-Isrc\n" % (ROOT / "test" / "Inputs" / "include"))
    (dest / ".clangd").write_text(
        "Diagnostics:\n  ClangTidy:\n    FastCheckFilter: Loose\n")
    if checks is not None:
        (dest / ".clang-tidy").write_text("Checks: '%s'\n" % checks)


def build_ast_spans(trace_path):
    """(BuildAST, clang-tidy) durations (s) of each AST build, in the order
    they ended; clang-tidy: the ClangTidyInit and ClangTidyMatch spans within
    it (creating the checks; matching, the checks' callbacks and their end
    of translation unit work)."""
    data = json.loads(Path(trace_path).read_bytes().decode("utf-8", "replace"))
    events = data["traceEvents"] if isinstance(data, dict) else data
    spans = [e for e in events if e.get("name") == "BuildAST" and e.get("ph") == "X"]
    spans.sort(key=lambda e: e["ts"] + e["dur"])
    tidy = [e for e in events if e.get("ph") == "X" and
            e.get("name") in ("ClangTidyInit", "ClangTidyMatch")]
    out = []
    for b in spans:
        inner = sum(t["dur"] for t in tidy if t.get("tid") == b.get("tid") and
                    b["ts"] <= t["ts"] and t["ts"] + t["dur"] <= b["ts"] + b["dur"])
        out.append((b["dur"] / 1e6, inner / 1e6))
    return out


def start(server, project, work, name, extra=()):
    env = dict(os.environ)
    env["XDG_CONFIG_HOME"] = str(work / ("xdg-" + name))
    trace = work / ("trace-%s.json" % name)
    env["CLANGD_TRACE"] = str(trace)
    log_file = open(work / ("log-%s.txt" % name), "w")
    s = Session([server, "--background-index=false", "--log=error"] + list(extra),
                project, log_file, env)
    s.initialize()
    s.trace, s.log_file = trace, log_file
    return s


def stop(session):
    session.close()
    session.log_file.close()


def time_asts(args, tus, work):
    projects = {}
    for name, checks in (("base", "-*"), ("otel", "-*,otel-*")):
        make_project(work / name, checks, tus)
        projects[name] = work / name
    servers = {n: start(args.clangd, projects[n], work, n) for n in projects}
    findings = {}
    cpu = {}
    expected = {n: 0 for n in servers}
    for tu in tus:
        texts = {}
        for n, s in servers.items():
            path = projects[n] / "src" / tu
            texts[n] = s.open(path)
            _, diags = s.diagnostics(path, timeout=600)
            expected[n] += 1
            findings[(tu, n)] = sum(1 for d in diags
                                    if str(d.get("code", "")).startswith("otel-"))
            s.wait_idle()
        for rep in range(args.reps):
            order = list(servers) if rep % 2 == 0 else list(reversed(list(servers)))
            for n in order:
                s = servers[n]
                path = projects[n] / "src" / tu
                texts[n] += "\n// edit %d\n" % rep
                before = s.cpu_seconds()
                s.change(path, texts[n])
                s.diagnostics(path, timeout=600)
                s.wait_idle()
                cpu.setdefault((tu, n), []).append(s.cpu_seconds() - before)
                expected[n] += 1
        log("timed %s (%d edits each; otel findings %d, base %d)" % (
            tu, args.reps, findings[(tu, "otel")], findings[(tu, "base")]))
    for s in servers.values():
        stop(s)
    results = {}
    for n in servers:
        spans = build_ast_spans(servers[n].trace)
        if len(spans) != expected[n]:
            sys.exit("benchmark: %s: %d BuildAST spans, expected %d" %
                     (n, len(spans), expected[n]))
        i = 0
        for tu in tus:
            results[(tu, n)] = spans[i + 1:i + 1 + args.reps]  # skip the open
            i += 1 + args.reps
    return results, cpu, findings


def memory(args, tus, work):
    out = {}
    configs = [("otel-clangd, otel checks", args.clangd, "-*,otel-*"),
               ("otel-clangd, no checks", args.clangd, "-*"),
               ("stock clangd", args.stock, None)]
    for label, server, checks in configs:
        if not Path(server).exists():
            log("memory %-28s skipped: %s is missing (Debian package clangd-19)"
                % (label, server))
            continue
        name = "mem-%d" % len(out)
        make_project(work / name, checks, tus)
        s = start(server, work / name, work, name)
        for tu in tus:
            s.open(work / name / "src" / tu)
        for tu in tus:
            s.diagnostics(work / name / "src" / tu, timeout=600)
        time.sleep(2)  # let the stdlib index settle
        rss, hwm = s.memory_kb()
        out[label] = (rss, hwm)
        stop(s)
        log("memory %-28s RSS %6.0f MB, peak %6.0f MB" % (label, rss / 1024, hwm / 1024))
    return out


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                formatter_class=argparse.RawDescriptionHelpFormatter,
                                epilog=__doc__.split("\n\n", 1)[1])
    p.add_argument("-r", "--reps", type=int, default=7)
    p.add_argument("--clangd", default=str(ROOT / "build" / "bin" / "otel-clangd"))
    p.add_argument("--stock", default="/usr/lib/llvm-19/bin/clangd")
    p.add_argument("--handlers", type=int, default=200,
                   help="size of the generated TU (default 200, run.py's 'large')")
    p.add_argument("--no-memory", action="store_true")
    p.add_argument("--no-timing", action="store_true")
    p.add_argument("--keep", type=Path, help="keep the projects, traces and logs here")
    args = p.parse_args(argv)
    if not Path(args.clangd).exists():
        sys.exit("benchmark: %s is missing (tool/build.sh builds it)" % args.clangd)

    tus = {f.name: f.read_text() for f in sorted((ROOT / "example" / "src").glob("*.cpp"))}
    text, _ = gen_tu.generate(args.handlers, 1, 0.15, 0.6, 12)
    tus["gen_large.cpp"] = text
    work = args.keep or Path(tempfile.mkdtemp(prefix="otel-clangd-bench-"))
    if args.keep and work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True, exist_ok=True)
    log("otel-clangd: %s; %d reps; load average %.2f; %d CPUs" % (
        args.clangd, args.reps, os.getloadavg()[0], os.cpu_count()))

    if not args.no_timing:
        report_times(args, tus, work)
    if not args.no_memory:
        log("")
        memory(args, tus, work)
    log("load average at the end %.2f" % os.getloadavg()[0])
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


def report_times(args, tus, work):
    results, cpu, findings = time_asts(args, tus, work)
    med = statistics.median
    log("")
    log("Per edit, medians over %d edits; ratio = otel / base" % args.reps)
    log("%-22s %9s %9s %7s   %8s %8s %7s   %9s %7s  %s" % (
        "TU", "AST base", "AST otel", "ratio", "CPU base", "CPU otel", "ratio",
        "otel tidy", "share", "AST spread base | otel"))
    for tu in tus:
        b = [a for a, _ in results[(tu, "base")]]
        o = [a for a, _ in results[(tu, "otel")]]
        t = [c for _, c in results[(tu, "otel")]]
        cb, co = cpu[(tu, "base")], cpu[(tu, "otel")]
        log("%-22s %9.3f %9.3f %7.3f   %8.3f %8.3f %7.3f   %9.3f %6.1f%%  "
            "%.3f..%.3f | %.3f..%.3f  (%d otel findings)" % (
                tu, med(b), med(o), med(o) / med(b), med(cb), med(co), med(co) / med(cb),
                med(t), 100 * med(t) / med(b), min(b), max(b), min(o), max(o),
                findings[(tu, "otel")]))
    log("otel tidy: the clang-tidy spans (ClangTidyInit + ClangTidyMatch) inside the "
        "otel server's BuildAST; share: of the base AST build")


if __name__ == "__main__":
    sys.exit(main())
