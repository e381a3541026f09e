#!/usr/bin/env python3
"""Speed of checking claims from Python against the crosscheck command line.

usage: bench_binding.py CROSSCHECK_EXE [CLAIMS [GROUPS [RUNS]]]
       (default 100000 claims in 10000 groups, best of 3 runs)

    CROSSCHECK_LIBRARY=build/lib/libcrosscheck.so PYTHONPATH=bindings/python \
        python3 tests/python/bench_binding.py build/examples/crosscheck

Generates a claims file (German and English texts with hedges, structured
quantities, USD/EUR/GBP money, percentages; some groups with an outlier),
then times, best of RUNS:

- cli:        `crosscheck check --format json FILE > /dev/null`
- py json:    check(path) + report.to_json()       (the same work as the CLI)
- py objects: check(path) + every Group and Claim object built
- py dict:    check(dict) from an already loaded dict + to_json()

and prints each with its ratio to the CLI. A benchmark, not a test: nothing
is asserted.
"""
import json
import os
import subprocess
import sys
import tempfile
import time

import crosscheck

DE = ["", "rund ", "fast ", "gut ", "knapp ", "etwa ", "mehr als ", "bis zu "]
EN = ["", "about ", "nearly ", "just over ", "almost ", "around ", "more than ", "up to "]


def generate(nclaims, ngroups):
    sources = [{"id": "s%d" % s, "name": "Outlet %d" % s, "published": "2025-01-%02d" % (2 + s % 27),
                "lang": "en" if s % 2 else "de"} for s in range(40)]
    claims = []
    per_group = max(1, nclaims // ngroups)
    for n in range(nclaims):
        g = n // per_group
        s = n % 40
        base = 100 + g % 700
        if n % per_group == per_group - 1 and g % 3 == 0:
            base = base * 3 // 4  # an outlier in every third group
        claim = {"id": "c%d" % n, "source": "s%d" % s, "subject": "Company %d" % g,
                 "measure": "revenue" if g % 4 else "share change",
                 "date": "2025-01-%02d" % (2 + g % 27)}
        if g % 4 == 0:
            claim["text"] = ("%s%d Prozent" % (DE[n % 6], base // 10) if s % 2 == 0
                             else "%s%d percent" % (EN[n % 6], base // 10))
        elif n % 3 == 0:
            claim["quantity"] = {"value": str(base), "scale": "1e6",
                                 "unit": ("USD", "EUR", "GBP")[g % 3],
                                 "hedge": ("exact", "approx", "approx_below")[n % 3 // 1 % 3]}
        elif s % 2 == 0:
            claim["text"] = "%s%d Millionen %s" % (DE[n % 8], base,
                                                  ("US-Dollar", "Euro", "Pfund")[g % 3])
        else:
            claim["text"] = "%s%s%d million" % (EN[n % 8], ("$", "EUR ", "GBP ")[g % 3], base)
        claims.append(claim)
    return {"sources": sources, "claims": claims}


def best(fn, runs):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main():
    if len(sys.argv) < 2:
        print(__doc__.strip().split("\n")[2], file=sys.stderr)
        return 2
    exe = sys.argv[1]
    nclaims = int(sys.argv[2]) if len(sys.argv) > 2 else 100000
    ngroups = int(sys.argv[3]) if len(sys.argv) > 3 else nclaims // 10
    runs = int(sys.argv[4]) if len(sys.argv) > 4 else 3
    doc = generate(nclaims, ngroups)
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "claims.json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False)
        size = os.path.getsize(path)

        def cli():
            with open(os.devnull, "wb") as null:
                status = subprocess.run([exe, "check", "--format", "json", path],
                                        stdout=null).returncode
            if status not in (0, 1):
                raise SystemExit("crosscheck exited %d" % status)

        def py_json():
            crosscheck.check(path).to_json()

        def py_objects():
            report = crosscheck.check(path)
            assert sum(len(g) for g in report) == nclaims
            report.sources

        def py_dict():
            crosscheck.check(doc).to_json()

        report = crosscheck.check(path)
        print("claims: %d in %d groups, %.1f MB JSON; %d contradicting claims; library %s"
              % (nclaims, len(report), size / 1e6, report.contradiction_count,
                 crosscheck.library_path))
        report.close()
        base = best(cli, runs)
        print("%-12s %7.3f s" % ("cli", base))
        for name, fn in (("py json", py_json), ("py objects", py_objects), ("py dict", py_dict)):
            t = best(fn, runs)
            print("%-12s %7.3f s  %.2fx cli" % (name, t, t / base))
    return 0


if __name__ == "__main__":
    sys.exit(main())
