#!/usr/bin/env python3
"""Hard-wrapped text reads as the same text unwrapped.

Articles in e-mail, press releases or `fmt` output carry a line break every
60 to 80 characters. Every example article is wrapped here at several widths
(Python's textwrap, a greedy wrapper that, like fmt, breaks lines only at
spaces) and extracted again: each claim must come out with the same value,
unit, hedge, kind, direction, change, scope, attribution, negation and the
same sentence (line breaks read as spaces) as from the unwrapped article
(articles written wrapped are left out: the budget event is checked by
test_run.py). Headings and blank lines are kept as they are; one round uses
CRLF line ends. Then each event, wrapped at 72 columns, must give
`crosscheck run` the same groups with the same verdicts.

usage: test_wrapped.py CROSSCHECK ARTICLES_DIR
"""
import glob
import json
import os
import subprocess
import sys
import tempfile
import textwrap

KEYS = ("quantity", "kind", "direction", "change", "scope", "attributed_to", "negated",
        "hedge_word", "per")


def extract(exe, path):
    out = subprocess.run([exe, "extract", "--format", "json", path], capture_output=True,
                         text=True, check=True).stdout
    claims = json.loads(out)["claims"]
    # the verbatim fields keep the text's line breaks: compare their words
    # (hedge_word and per are written with single spaces: compared as they are)
    words = ("mention", "sentence")
    return [dict({k: c.get(k) for k in KEYS if k not in words},
                 **{k: " ".join(c[k].split()) for k in words if k in c}) for c in claims]


def already_wrapped(text):
    """An article written hard-wrapped (examples/data/articles/budget): no
    line of it is longer than wrapped text has."""
    return max(len(line) for line in text.split("\n")) <= 100


def wrap_article(text, width):
    """Wrap each long line of the body; front matter and short lines stay."""
    lines = text.split("\n")
    out, in_front = [], lines and lines[0] == "---"
    for k, line in enumerate(lines):
        if in_front:
            out.append(line)
            if k > 0 and line == "---":
                in_front = False
            continue
        out.append(textwrap.fill(line, width, break_on_hyphens=False) if len(line) > width else line)
    return "\n".join(out)


def groups(exe, paths):
    out = subprocess.run([exe, "run", "--format", "json"] + paths, capture_output=True,
                         text=True).stdout
    return sorted((g["verdict"], tuple(sorted(c["id"] for c in g["claims"])))
                  for g in json.loads(out)["groups"])


def main():
    exe, root = sys.argv[1], sys.argv[2]
    paths = sorted(glob.glob(os.path.join(root, "*", "*.txt")))
    assert paths, "no example articles under %s" % root
    failures = checked = 0
    with tempfile.TemporaryDirectory() as tmp:
        for path in paths:
            with open(path, encoding="utf-8") as f:
                text = f.read()
            if already_wrapped(text):
                continue
            want = extract(exe, path)
            for width, newline in ((60, "\n"), (72, "\n"), (79, "\n"), (72, "\r\n")):
                wrapped = os.path.join(tmp, os.path.basename(path))
                with open(wrapped, "w", encoding="utf-8", newline="") as f:
                    f.write(wrap_article(text, width).replace("\n", newline))
                got = extract(exe, wrapped)
                checked += 1
                if got != want:
                    failures += 1
                    print("FAIL %s wrapped at %d (%r):" % (path, width, newline))
                    for a, b in zip(want, got):
                        if a != b:
                            print("  unwrapped: %s\n  wrapped:   %s" % (a, b))
                            break
                    if len(want) != len(got):
                        print("  %d claims unwrapped, %d wrapped" % (len(want), len(got)))
        for event in sorted(glob.glob(os.path.join(root, "*", ""))):
            paths = sorted(glob.glob(os.path.join(event, "*.txt")))
            if any(already_wrapped(open(p, encoding="utf-8").read()) for p in paths):
                continue
            wrapped = []
            for path in paths:
                with open(path, encoding="utf-8") as f:
                    text = f.read()
                w = os.path.join(tmp, os.path.basename(path))
                with open(w, "w", encoding="utf-8") as f:
                    f.write(wrap_article(text, 72))
                wrapped.append(w)
            want, got = groups(exe, paths), groups(exe, wrapped)
            checked += 1
            if want != got:
                failures += 1
                print("FAIL run on %s wrapped at 72:" % event)
                print("  unwrapped: %s\n  wrapped:   %s" % (
                    [g for g in want if g not in got], [g for g in got if g not in want]))
    print("%d wrapped articles and events, %d differ" % (checked, failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
