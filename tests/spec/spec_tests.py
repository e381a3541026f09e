#!/usr/bin/env python3
"""Run the spec fixtures of tests/spec/*.txt through `crosscheck parse`.

A fixture file is prose with examples fenced like this:

    ```example de
    fast 600 Mrd. $
    .
    {"digits": "600", "scale": 9, "unit": "USD", "hedge": "approx_below"}
    ```

The line after the fence names the language. Before the `.` line is the
input text; after it either a JSON object whose fields must all match the
reading (numbers to a relative 1e-9; null = infinite bound), or
`error LINE COLUMN message-part` for an input that must be refused.

usage: spec_tests.py CROSSCHECK FILE...
Ends with "N passed, N failed, N skipped"; exit 1 if any failed.
"""
import json
import math
import subprocess
import sys

FENCE = "```"


def read_examples(path):
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith(FENCE + "example"):
            start = i + 1
            lang = line[len(FENCE + "example"):].strip() or "auto"
            body = []
            i += 1
            while i < len(lines) and not lines[i].startswith(FENCE):
                body.append(lines[i])
                i += 1
            if "." not in body:
                raise SystemExit("%s:%d: example without a '.' line" % (path, start))
            dot = body.index(".")
            yield start, lang, "\n".join(body[:dot]), "\n".join(body[dot + 1:]).strip()
        i += 1


def same(expected, actual):
    if expected is None:
        return actual is None
    if isinstance(expected, (int, float)) and not isinstance(expected, bool):
        if not isinstance(actual, (int, float)) or isinstance(actual, bool):
            return False
        if expected == 0:
            return abs(actual) < 1e-12
        return math.isclose(expected, actual, rel_tol=1e-9)
    return expected == actual


def run_example(crosscheck, lang, text, expected):
    proc = subprocess.run([crosscheck, "parse", "--lang", lang, "--format", "json", "--", text],
                          capture_output=True)
    out = proc.stdout.decode("utf-8")
    err = proc.stderr.decode("utf-8")
    if expected.startswith("error "):
        parts = expected.split(" ", 3)
        want_line, want_col, want_msg = int(parts[1]), int(parts[2]), parts[3] if len(parts) > 3 else ""
        if proc.returncode != 2 or out:
            return "expected an error, got status %d and %r" % (proc.returncode, out)
        prefix = "crosscheck: <text 1>:%d:%d: " % (want_line, want_col)
        if not err.startswith(prefix) or want_msg not in err:
            return "expected %r ... %r, got %r" % (prefix, want_msg, err.strip())
        return None
    if proc.returncode != 0:
        return "status %d: %s" % (proc.returncode, err.strip())
    actual = json.loads(out)
    want = json.loads(expected)
    diffs = ["%s: expected %r, got %r" % (k, v, actual.get(k)) for k, v in want.items()
             if not same(v, actual.get(k))]
    return "; ".join(diffs) or None


def main():
    crosscheck = sys.argv[1]
    passed = failed = skipped = 0
    number = 0
    for path in sys.argv[2:]:
        for line, lang, text, expected in read_examples(path):
            number += 1
            if expected == "skip":
                skipped += 1
                continue
            problem = run_example(crosscheck, lang, text, expected)
            if problem:
                failed += 1
                print("FAIL example %d (%s:%d) [%s] %r\n  %s" % (number, path, line, lang, text, problem))
            else:
                passed += 1
    print("%d passed, %d failed, %d skipped" % (passed, failed, skipped))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
