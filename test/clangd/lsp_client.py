#!/usr/bin/env python3
"""A small LSP client for clangd over stdio, for tests and measurements.

    lsp_client.py --server BIN [--server-arg ARG]... --root DIR FILE...
        [--fixes] [--apply-fixes-to DIR] [--fix-checks REGEX] [--timeout S]

Starts the server in DIR, sends `initialize` and `initialized`, opens every
FILE (`textDocument/didOpen`), waits for the `publishDiagnostics` of the
AST built for it, and prints one line per diagnostic, sorted by position:

    FILE:LINE:COL: SEVERITY: MESSAGE [CODE]

(1-based line and column, as compilers print them). With --fixes it then
asks for the code actions of each diagnostic (`textDocument/codeAction`) and
prints every quick fix under its diagnostic:

      quickfix 'TITLE': LINE:COL-LINE:COL 'NEW TEXT'

With --apply-fixes-to DIR it applies the quick fixes of every diagnostic
whose code matches --fix-checks (default `^otel-`) to the opened text and
writes the result to DIR/<basename of FILE>. Overlapping edits are an error:
clang-tidy --fix would have to pick one.

Diagnostics the server published for files that were not opened (clangd
reports problems of a .clangd file on that file) follow, in the same form.

The server runs with an empty user configuration (XDG_CONFIG_HOME set to a
fresh directory) unless --user-config names one. The session ends with
`shutdown` and `exit`; the exit status is 0, or 1 with
a message on stderr when the server broke the protocol, crashed or did not
answer within --timeout seconds. The server's own log (stderr) goes to
--server-log, or is dropped.

As a module, Session offers the same steps to other scripts (the editor
benchmark: tool/benchmark/clangd.py).
"""

import argparse
import json
import os
import re
import subprocess
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path


class LspError(Exception):
    pass


def uri_of(path):
    return Path(path).resolve().as_uri()


class Session:
    """One server process and the messages it sent."""

    def __init__(self, command, root, log=None, env=None):
        self.root = Path(root).resolve()
        self.proc = subprocess.Popen(
            command, cwd=self.root, stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, stderr=log or subprocess.DEVNULL, env=env)
        self.next_id = 0
        self.cond = threading.Condition()
        self.responses = {}
        self.notifications = []  # (arrival time, message), in order
        self.reader_error = None
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()
        self.versions = {}

    # --- transport -------------------------------------------------------

    def _send(self, message):
        body = json.dumps(message).encode()
        try:
            self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
            self.proc.stdin.flush()
        except BrokenPipeError:
            raise LspError("the server exited (status %s)" % self.proc.wait())

    def _read(self):
        out = self.proc.stdout
        try:
            while True:
                length = None
                while True:
                    line = out.readline()
                    if not line:
                        raise EOFError
                    line = line.strip()
                    if not line:
                        break
                    name, _, value = line.partition(b":")
                    if name.lower() == b"content-length":
                        length = int(value)
                if length is None:
                    raise LspError("a message without Content-Length")
                message = json.loads(out.read(length))
                self._dispatch(message)
        except EOFError:
            pass
        except Exception as e:  # noqa: BLE001 - reported to the waiting side
            self.reader_error = e
        with self.cond:
            self.cond.notify_all()

    def _dispatch(self, message):
        if "id" in message and "method" in message:
            # A request from the server (progress, configuration): accept it.
            self._send({"jsonrpc": "2.0", "id": message["id"], "result": None})
            return
        with self.cond:
            if "id" in message:
                self.responses[message["id"]] = message
            else:
                self.notifications.append((time.perf_counter(), message))
            self.cond.notify_all()

    def _wait(self, predicate, timeout, what):
        deadline = time.monotonic() + timeout
        with self.cond:
            while True:
                result = predicate()
                if result is not None:
                    return result
                if self.reader_error:
                    raise LspError("reading the server's output: %s" % self.reader_error)
                if self.proc.poll() is not None and not self.reader.is_alive():
                    raise LspError("the server exited (status %s) while waiting for %s"
                                   % (self.proc.returncode, what))
                left = deadline - time.monotonic()
                if left <= 0:
                    raise LspError("no %s within %g s" % (what, timeout))
                self.cond.wait(left)

    def request(self, method, params, timeout=60):
        self.next_id += 1
        rid = self.next_id
        self._send({"jsonrpc": "2.0", "id": rid, "method": method, "params": params})
        response = self._wait(lambda: self.responses.pop(rid, None), timeout,
                              "answer to " + method)
        if "error" in response:
            raise LspError("%s failed: %s" % (method, response["error"]))
        return response.get("result")

    def notify(self, method, params):
        self._send({"jsonrpc": "2.0", "method": method, "params": params})

    # --- LSP steps ---------------------------------------------------------

    def initialize(self, timeout=60):
        result = self.request("initialize", {
            "processId": os.getpid(),
            "rootUri": self.root.as_uri(),
            "capabilities": {
                "textDocument": {
                    "publishDiagnostics": {"relatedInformation": True,
                                           "versionSupport": True},
                    "codeAction": {"codeActionLiteralSupport": {
                        "codeActionKind": {"valueSet": ["quickfix", "refactor"]}}},
                },
            },
        }, timeout)
        self.notify("initialized", {})
        return result

    def open(self, path, text=None):
        path = Path(path).resolve()
        text = path.read_text() if text is None else text
        self.versions[str(path)] = 1
        self.notify("textDocument/didOpen", {"textDocument": {
            "uri": path.as_uri(), "languageId": "cpp", "version": 1, "text": text}})
        return text

    def change(self, path, text):
        """Replaces the whole text; returns the new version."""
        path = Path(path).resolve()
        self.versions[str(path)] += 1
        version = self.versions[str(path)]
        self.notify("textDocument/didChange", {
            "textDocument": {"uri": path.as_uri(), "version": version},
            "contentChanges": [{"text": text}]})
        return version

    def diagnostics(self, path, since=0.0, timeout=120):
        """The diagnostics of the AST built for the current version of \\p path
        (published after \\p since): (arrival time, diagnostics)."""
        uri = uri_of(path)
        version = self.versions[str(Path(path).resolve())]
        # clangd publishes once per AST build of a version; a read request
        # queued after the update runs once that AST is built, so the last
        # publish for the version before its answer is the complete one.
        self.request("textDocument/documentSymbol",
                     {"textDocument": {"uri": uri}}, timeout)

        def published():
            for at, m in reversed(self.notifications):
                p = m.get("params", {})
                if (m.get("method") == "textDocument/publishDiagnostics" and
                        p.get("uri") == uri and at >= since and
                        p.get("version", version) == version):
                    return at, p["diagnostics"]
            return None
        return self._wait(published, timeout, "diagnostics of " + str(path))

    def code_actions(self, path, diagnostic, timeout=60):
        return self.request("textDocument/codeAction", {
            "textDocument": {"uri": uri_of(path)},
            "range": diagnostic["range"],
            "context": {"diagnostics": [diagnostic], "only": ["quickfix"]},
        }, timeout) or []

    def memory_kb(self):
        """Resident set size of the server now and at its peak (kB)."""
        status = Path("/proc/%d/status" % self.proc.pid).read_text()
        fields = dict(re.findall(r"^(VmRSS|VmHWM):\s+(\d+) kB", status, re.M))
        return int(fields["VmRSS"]), int(fields["VmHWM"])

    def cpu_seconds(self):
        """User+system CPU time the server has used so far (s)."""
        stat = Path("/proc/%d/stat" % self.proc.pid).read_text()
        fields = stat[stat.rindex(")") + 2:].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def wait_idle(self, quiet=0.02, interval=0.5, timeout=120):
        """Waits until the server uses (almost) no CPU: background work such
        as indexing the standard library is over."""
        deadline = time.monotonic() + timeout
        before = self.cpu_seconds()
        while time.monotonic() < deadline:
            time.sleep(interval)
            now = self.cpu_seconds()
            if now - before <= quiet:
                return
            before = now

    def close(self, timeout=30):
        try:
            if self.proc.poll() is None:
                self.request("shutdown", None, timeout)
                self.notify("exit", None)
            status = self.proc.wait(timeout)
        finally:
            if self.proc.poll() is None:
                self.proc.kill()
                self.proc.wait()
        if status != 0:
            raise LspError("the server exited with status %d" % status)


# --- edits ---------------------------------------------------------------

def offset_of(text, position):
    """LSP position (0-based line, UTF-16 character) -> index into text."""
    lines = text.split("\n")
    line = position["line"]
    if line >= len(lines):
        return len(text)
    start = sum(len(l) + 1 for l in lines[:line])
    units = 0
    for i, ch in enumerate(lines[line]):
        if units >= position["character"]:
            return start + i
        units += 2 if ord(ch) > 0xFFFF else 1
    return start + len(lines[line])


def edits_of(action, uri):
    edit = action.get("edit") or {}
    edits = list((edit.get("changes") or {}).get(uri, []))
    for change in edit.get("documentChanges") or []:
        if change.get("textDocument", {}).get("uri") == uri:
            edits += change.get("edits", [])
    return edits


def apply_edits(text, edits):
    spans = sorted(((offset_of(text, e["range"]["start"]),
                     offset_of(text, e["range"]["end"]), e["newText"]) for e in edits),
                   key=lambda s: (s[0], s[1]))
    for (s1, e1, _), (s2, _, _) in zip(spans, spans[1:]):
        if s2 < e1:
            raise LspError("quick fixes overlap at offset %d" % s2)
    for start, end, new in reversed(spans):
        text = text[:start] + new + text[end:]
    return text


def position(p):
    return "%d:%d" % (p["line"] + 1, p["character"] + 1)


SEVERITY = {1: "error", 2: "warning", 3: "info", 4: "hint"}


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                formatter_class=argparse.RawDescriptionHelpFormatter,
                                epilog=__doc__.split("\n\n", 1)[1])
    p.add_argument("--server", required=True)
    p.add_argument("--server-arg", action="append", default=[])
    p.add_argument("--server-log")
    p.add_argument("--root", required=True)
    p.add_argument("--user-config", help="XDG_CONFIG_HOME of the server")
    p.add_argument("--fixes", action="store_true")
    p.add_argument("--apply-fixes-to")
    p.add_argument("--fix-checks", default="^otel-")
    p.add_argument("--timeout", type=float, default=120)
    p.add_argument("files", nargs="+")
    args = p.parse_args(argv)

    log = open(args.server_log, "w") if args.server_log else None
    env = dict(os.environ)
    user_config = args.user_config or tempfile.mkdtemp(prefix="lsp-client-xdg-")
    env["XDG_CONFIG_HOME"] = user_config
    session = Session([args.server] + args.server_arg, args.root, log, env)
    status = 0
    try:
        info = session.initialize(args.timeout).get("serverInfo", {})
        print("server: %s %s" % (info.get("name"), info.get("version")))
        for name in args.files:
            path = Path(args.root, name)
            text = session.open(path)
            _, diags = session.diagnostics(path, timeout=args.timeout)
            diags.sort(key=lambda d: (d["range"]["start"]["line"],
                                      d["range"]["start"]["character"]))
            fix_edits = []
            for d in diags:
                print("%s:%s: %s: %s [%s]" % (
                    name, position(d["range"]["start"]),
                    SEVERITY.get(d.get("severity"), "?"),
                    d["message"].split("\n")[0], d.get("code", "")))
                if not (args.fixes or args.apply_fixes_to):
                    continue
                for action in session.code_actions(path, d, args.timeout):
                    if action.get("kind") != "quickfix":
                        continue
                    edits = edits_of(action, uri_of(path))
                    if args.fixes:
                        for e in edits:
                            print("  quickfix %r: %s-%s %r" % (
                                action["title"], position(e["range"]["start"]),
                                position(e["range"]["end"]), e["newText"]))
                    if re.search(args.fix_checks, str(d.get("code", ""))):
                        fix_edits += edits
            if args.apply_fixes_to:
                out = Path(args.apply_fixes_to, Path(name).name)
                out.write_text(apply_edits(text, fix_edits))
        opened = {uri_of(Path(args.root, name)) for name in args.files}
        others = {}
        for _, m in session.notifications:
            p = m.get("params", {})
            if (m.get("method") == "textDocument/publishDiagnostics" and
                    p.get("uri") not in opened):
                others[p["uri"]] = p["diagnostics"]
        root_uri = session.root.as_uri() + "/"
        for uri, diags in sorted(others.items()):
            name = uri[len(root_uri):] if uri.startswith(root_uri) else uri
            for d in diags:
                print("%s:%s: %s: %s" % (name, position(d["range"]["start"]),
                                         SEVERITY.get(d.get("severity"), "?"),
                                         d["message"].split("\n")[0]))
        session.close(args.timeout)
    except LspError as e:
        print("lsp_client: error: %s" % e, file=sys.stderr)
        status = 1
    finally:
        if session.proc.poll() is None:
            session.proc.kill()
        if log:
            log.close()
        if not args.user_config:
            shutil.rmtree(user_config, ignore_errors=True)
    return status


if __name__ == "__main__":
    sys.exit(main())
