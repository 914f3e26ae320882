#!/usr/bin/env python3
"""Validates a SARIF file with Microsoft's SARIF validator, with the SARIF
rules and GitHub's (what GitHub code scanning requires of an upload).

  validate_sarif.py VALIDATOR_DIR FILE

VALIDATOR_DIR holds node_modules/@microsoft/sarif-multitool (installed by the
`sarif-validator` build target from test/integration/package-lock.json).
Runs `node .../bin.js validate FILE` and fails when the validator reports any
error, cannot run, or is not installed. Warnings are printed, not fatal.
"""
import json
import os
import subprocess
import sys
import tempfile


def main():
    validator_dir, sarif = sys.argv[1], sys.argv[2]
    bin_js = os.path.join(validator_dir, "node_modules", "@microsoft",
                          "sarif-multitool", "bin.js")
    if not os.path.exists(bin_js):
        sys.exit(f"validate_sarif.py: the SARIF validator is not installed at "
                 f"{bin_js}; build the sarif-validator target "
                 f"(ninja -C BUILD sarif-validator), which runs npm ci")
    env = dict(os.environ)
    # .NET needs no ICU for validation.
    env.setdefault("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT", "1")
    with tempfile.TemporaryDirectory() as tmp:
        log_path = os.path.join(tmp, "validation.sarif")
        proc = subprocess.run(
            # bin.js hands its arguments to a shell: quote the ';'.
            ["node", bin_js, "validate", os.path.abspath(sarif),
             "--rule-kind", '"Gh;Sarif"',
             "--output", log_path, "--log", "ForceOverwrite"],
            capture_output=True, text=True, env=env)
        console = proc.stdout + proc.stderr
        if proc.returncode != 0 or not os.path.exists(log_path):
            sys.exit(f"validate_sarif.py: the validator failed (exit "
                     f"{proc.returncode}):\n{console}")
        log = json.load(open(log_path, encoding="utf-8"))
    errors, warnings = [], []
    for run in log.get("runs", []):
        for inv in run.get("invocations", []):
            if not inv.get("executionSuccessful", True):
                sys.exit(f"validate_sarif.py: validation did not complete:\n{console}")
        for r in run.get("results", []):
            (errors if r.get("level") == "error" else warnings).append(r["ruleId"])
    for line in console.splitlines():
        if ": error " in line or ": warning " in line:
            print(line)
    if errors or ": error " in console:
        sys.exit(f"validate_sarif.py: {sarif}: {len(errors)} errors")
    print(f"SARIF valid: 0 errors, {len(warnings)} warnings")


if __name__ == "__main__":
    main()
