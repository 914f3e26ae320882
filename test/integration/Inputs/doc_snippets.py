#!/usr/bin/env python3
"""The code blocks of docs/integration.md, for the tests that run them.

Every fenced code block of the page is preceded by a marker line
`<!-- snippet: ID -->`.

  doc_snippets.py DOC extract ID     prints the block ID, as written
  doc_snippets.py DOC check TESTDIR  fails unless every block has a marker,
                                     the IDs are unique, and every ID is run
                                     by a test (`%snippet ID` in a
                                     TESTDIR/*.test file)
"""
import glob
import os
import re
import sys

MARKER = re.compile(r"^<!-- snippet: ([a-z0-9-]+) -->$")
FENCE = re.compile(r"^(```|~~~)")


def blocks(doc):
    """Yields (id or None, language, text, line) for every fenced block."""
    lines = open(doc, encoding="utf-8").read().split("\n")
    i = 0
    pending = None
    while i < len(lines):
        m = MARKER.match(lines[i])
        if m:
            pending = m.group(1)
            i += 1
            continue
        f = FENCE.match(lines[i])
        if f:
            start = i
            lang = lines[i][3:].strip()
            body = []
            i += 1
            while i < len(lines) and not lines[i].startswith(f.group(1)):
                body.append(lines[i])
                i += 1
            yield pending, lang, "\n".join(body) + "\n", start + 1
            pending = None
        elif lines[i].strip():
            pending = None  # a marker applies to the very next block only
        i += 1


def main():
    doc, cmd = sys.argv[1], sys.argv[2]
    if cmd == "extract":
        wanted = sys.argv[3]
        for sid, _, text, _ in blocks(doc):
            if sid == wanted:
                sys.stdout.write(text)
                return
        sys.exit(f"doc_snippets.py: no snippet '{wanted}' in {doc}")
    if cmd == "check":
        test_dir = sys.argv[3]
        used = set()
        for test in glob.glob(os.path.join(test_dir, "*.test")):
            used.update(re.findall(r"%snippet ([a-z0-9-]+)",
                                   open(test, encoding="utf-8").read()))
        problems, seen = [], set()
        for sid, _, _, line in blocks(doc):
            if sid is None:
                problems.append(f"{doc}:{line}: a code block without a "
                                f"'<!-- snippet: ID -->' marker")
                continue
            if sid in seen:
                problems.append(f"{doc}:{line}: snippet '{sid}' twice")
            seen.add(sid)
            if sid not in used:
                problems.append(f"{doc}:{line}: snippet '{sid}' is run by no "
                                f"test in {test_dir}")
            print(f"snippet {sid}")
        for missing in sorted(used - seen):
            problems.append(f"a test runs snippet '{missing}', which {doc} "
                            f"does not have")
        if problems:
            sys.exit("\n".join(problems))
        return
    sys.exit(f"doc_snippets.py: unknown command {cmd}")


if __name__ == "__main__":
    main()
