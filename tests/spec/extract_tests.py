#!/usr/bin/env python3
"""Run the extraction fixtures of tests/spec/extract_*.txt through `crosscheck extract`.

A fixture file is prose with examples fenced like this:

    ```example de
    Die Aktie verlor zeitweise mehr als 17 Prozent.
    .
    amount 17 % lower_strict "mehr als 17 Prozent" scope=intraday direction=down
    ```

Before the `.` line is the article text; after it one line per mention, in
text order, as `crosscheck extract --format text` prints it without its
position column: kind, value (digits, `..high` for a range, `eN` for the
scale), unit, hedge, the mention as written in quotes, and the context
fields. `(none)` means no mention at all. Lines compare after collapsing
white space.

All examples of one language run in one `crosscheck extract` call (one file
per example), so the whole suite takes a second.

usage: extract_tests.py CROSSCHECK FILE...
Ends with "N passed, N failed, N skipped"; exit 1 if any failed.
"""
import os
import re
import subprocess
import sys
import tempfile

FENCE = "```"


def read_examples(path):
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    i = 0
    while i < len(lines):
        if lines[i].startswith(FENCE + "example"):
            start = i + 1
            lang = lines[i][len(FENCE + "example"):].strip() or "auto"
            body = []
            i += 1
            while i < len(lines) and not lines[i].startswith(FENCE):
                body.append(lines[i])
                i += 1
            if "." not in body:
                raise SystemExit("%s:%d: example without a '.' line" % (path, start))
            dot = body.index(".")
            expected = [l for l in body[dot + 1:] if l.strip()]
            if expected == ["(none)"]:
                expected = []
            yield path, start, lang, "\n".join(body[:dot]), expected
        i += 1


def norm(line):
    return " ".join(line.split())


def run_batch(crosscheck, lang, examples, tmp):
    """Extract every example of one language at once; returns {index: [lines]}."""
    files = []
    for k, ex in examples:
        p = os.path.join(tmp, "ex%05d.txt" % k)
        with open(p, "w", encoding="utf-8") as f:
            f.write(ex[3] + "\n")
        files.append(p)
    proc = subprocess.run([crosscheck, "extract", "--lang", lang, "--format", "text", "--"] + files,
                          capture_output=True)
    if proc.returncode != 0:
        raise SystemExit("crosscheck extract failed (%d): %s" % (proc.returncode, proc.stderr.decode()))
    out = {}
    cur = None
    for line in proc.stdout.decode("utf-8").split("\n"):
        m = re.match(r"# ex(\d+) ", line)
        if m:
            cur = int(m.group(1))
            out[cur] = []
        elif line.strip() and cur is not None:
            out[cur].append(norm(line.split("\t", 1)[1]))
    return out


def main():
    crosscheck = sys.argv[1]
    examples = []
    for path in sys.argv[2:]:
        examples.extend(read_examples(path))
    passed = failed = 0
    by_lang = {}
    for k, ex in enumerate(examples):
        by_lang.setdefault(ex[2], []).append((k, ex))
    with tempfile.TemporaryDirectory() as tmp:
        results = {}
        for lang, exs in by_lang.items():
            results.update(run_batch(crosscheck, lang, exs, tmp))
    for k, (path, line, lang, text, expected) in enumerate(examples):
        got = results.get(k, [])
        want = [norm(l) for l in expected]
        if got == want:
            passed += 1
        else:
            failed += 1
            print("FAIL example %d (%s:%d) [%s] %r" % (k + 1, os.path.basename(path), line, lang, text))
            for w in want:
                print("  want: " + w)
            for g in got:
                print("  got:  " + g)
    print("%d passed, %d failed, 0 skipped" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
