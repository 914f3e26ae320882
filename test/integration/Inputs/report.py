#!/usr/bin/env python3
"""Reads otel-tidy's reports back for the integration tests.

  report.py summary ERR                 the summary line of standard error, as
                                        `files=N findings=M` and one
                                        `check NAME=K` per check; fails unless
                                        the per-check counts add up to M
  report.py consistent FORMAT OUT ERR   fails unless OUT (text, sarif, github
                                        or gitlab) holds as many findings as
                                        the summary in ERR says
  report.py sarif FILE                  one line per rule and per result
  report.py gitlab FILE                 checks GitLab Code Quality fields, one
                                        line per issue
  report.py baseline FILE               checks the baseline format, one line
                                        per finding
  report.py fingerprints FORMAT FILE    the sorted fingerprints of a sarif or
                                        gitlab report
"""
import json
import re
import sys

SUMMARY = re.compile(
    r"^otel-tidy: (\d+) files?, (\d+) findings?(?: \(([^)]*)\))?(.*), [0-9.]+s$")


def fail(message):
    print(f"report.py: {message}", file=sys.stderr)
    sys.exit(1)


def summary(err_path):
    lines = [l for l in open(err_path, encoding="utf-8").read().splitlines()
             if SUMMARY.match(l)]
    if len(lines) != 1:
        fail(f"expected one summary line in {err_path}, found {len(lines)}")
    m = SUMMARY.match(lines[0])
    files, findings = int(m.group(1)), int(m.group(2))
    per_check = {}
    if m.group(3):
        for part in m.group(3).split(", "):
            name, count = part.rsplit(": ", 1)
            per_check[name] = int(count)
    if sum(per_check.values()) != findings:
        fail(f"per-check counts {per_check} do not add up to {findings}")
    return files, findings, per_check, m.group(4)


def count_findings(fmt, out_path):
    text = open(out_path, encoding="utf-8").read()
    if fmt == "text":
        return len(re.findall(r"^\S.*:\d+:\d+: (?:warning|error): .* \[[^\]]+\]$",
                              text, re.M))
    if fmt == "github":
        return len(re.findall(r"^::(?:warning|error) file=.*,title=(?!otel-tidy::)",
                              text, re.M))
    if fmt == "gitlab":
        return len(json.loads(text))
    if fmt == "sarif":
        return len(json.loads(text)["runs"][0]["results"])
    fail(f"unknown format {fmt}")


def sarif(path):
    log = json.load(open(path, encoding="utf-8"))
    run = log["runs"][0]
    print(f"version {log['version']} schema {log['$schema']}")
    driver = run["tool"]["driver"]
    print(f"driver {driver['name']} {driver['version']}")
    print(f"srcroot {run['originalUriBaseIds']['SRCROOT']['uri']}")
    for rule in driver["rules"]:
        help_text = rule.get("help", {}).get("markdown", "")
        print(f"rule {rule['id']} short={rule['shortDescription']['text']!r} "
              f"help={help_text.splitlines()[0] if help_text else ''!r}")
    for inv in run.get("invocations", []):
        print(f"invocation successful={inv['executionSuccessful']} "
              f"exit={inv.get('exitCode')}")
        for n in inv.get("toolExecutionNotifications", []):
            print(f"notification {n['level']} {n['message']['text']}")
    for r in run["results"]:
        loc = r["locations"][0]["physicalLocation"]
        art = loc["artifactLocation"]
        if driver["rules"][r["ruleIndex"]]["id"] != r["ruleId"]:
            fail(f"ruleIndex of {r['ruleId']} points elsewhere")
        line = (f"result {r['ruleId']} {art.get('uriBaseId', '-')}:{art['uri']}:"
                f"{loc['region']['startLine']}:{loc['region']['startColumn']} "
                f"{r['level']} fixes={len(r.get('fixes', []))}")
        for rel in r.get("relatedLocations", []):
            p = rel["physicalLocation"]
            line += (f" related={p['artifactLocation']['uri']}:"
                     f"{p['region']['startLine']}")
        print(line)
        for fix in r.get("fixes", []):
            for change in fix["artifactChanges"]:
                for rep in change["replacements"]:
                    d = rep["deletedRegion"]
                    print(f"  fix {change['artifactLocation']['uri']} "
                          f"offset={d['charOffset']} length={d['charLength']} "
                          f"text={rep['insertedContent']['text']!r}")


def gitlab(path):
    issues = json.load(open(path, encoding="utf-8"))
    if not isinstance(issues, list):
        fail("a GitLab Code Quality report is a JSON array")
    fingerprints = set()
    for i in issues:
        for key in ("description", "check_name", "fingerprint", "severity",
                    "location"):
            if key not in i:
                fail(f"issue without {key}: {i}")
        if i["severity"] not in ("info", "minor", "major", "critical",
                                 "blocker"):
            fail(f"bad severity {i['severity']}")
        if i["fingerprint"] in fingerprints:
            fail(f"duplicate fingerprint {i['fingerprint']}")
        fingerprints.add(i["fingerprint"])
        path_ = i["location"]["path"]
        begin = i["location"]["lines"]["begin"]
        if path_.startswith("/") or not isinstance(begin, int) or begin < 1:
            fail(f"bad location {i['location']}")
        print(f"issue {i['check_name']} {path_}:{begin} {i['severity']} "
              f"{i['description']}")


def baseline(path):
    text = open(path, encoding="utf-8").read()
    doc = json.loads(text)
    if doc.get("version") != 1:
        fail("baseline version is not 1")
    rows = doc["findings"]
    keys = [(r["file"], r["check"], r["statement"], r["occurrence"]) for r in rows]
    if keys != sorted(keys):
        fail("baseline findings are not sorted")
    for r in rows:
        if set(r) != {"check", "file", "statement", "occurrence", "message"}:
            fail(f"unexpected keys {sorted(r)} (no line numbers allowed)")
        print(f"finding {r['check']} {r['file']} #{r['occurrence']} {r['statement']}")


def main():
    cmd = sys.argv[1]
    if cmd == "summary":
        files, findings, per_check, rest = summary(sys.argv[2])
        print(f"files={files} findings={findings}{rest}")
        for name, count in sorted(per_check.items()):
            print(f"check {name}={count}")
    elif cmd == "consistent":
        fmt, out, err = sys.argv[2:5]
        _, findings, _, _ = summary(err)
        n = count_findings(fmt, out)
        if n != findings:
            fail(f"{out} holds {n} findings, the summary says {findings}")
        print(f"consistent: {n} findings")
    elif cmd == "sarif":
        sarif(sys.argv[2])
    elif cmd == "gitlab":
        gitlab(sys.argv[2])
    elif cmd == "baseline":
        baseline(sys.argv[2])
    elif cmd == "fingerprints":
        fmt, path = sys.argv[2:4]
        doc = json.load(open(path, encoding="utf-8"))
        if fmt == "gitlab":
            prints = [i["fingerprint"] for i in doc]
        else:
            prints = [r["partialFingerprints"]["otelTidyFingerprint/v1"]
                      for r in doc["runs"][0]["results"]]
        for p in sorted(prints):
            print(p)
    else:
        fail(f"unknown command {cmd}")


if __name__ == "__main__":
    main()
