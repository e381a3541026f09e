#!/usr/bin/env python3
"""Speed of checking claims from Python against the crosscheck command line.

usage: bench_binding.py CROSSCHECK_EXE [CLAIMS [GROUPS [RUNS]]]
       (default 100000 claims in 10000 groups, best of 3 runs)

    CROSSCHECK_LIBRARY=build/lib/libcrosscheck.so PYTHONPATH=bindings/python \
        python3 tests/python/bench_binding.py build/examples/crosscheck

Generates a claims file (German and English texts with hedges, structured
quantities, USD/EUR/GBP money, percentages; some groups with an outlier),
then times each of these in turn, RUNS rounds, and keeps the best wall-clock
and CPU (user + system, including the CLI's process) time of each:

- cli:        `crosscheck check --format json FILE > /dev/null`
- py check:   check(path) + report.has_contradictions (no report written)
- py json:    check(path) + report.to_json()       (the same work as the CLI)
- py objects: check(path) + every Group and Claim object built
- py dict:    check(dict) from an already loaded dict + to_json()

and prints each with its ratios to the CLI. A benchmark, not a test: nothing
is asserted.
"""
import gc
import json
import os
import resource
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
                                 "hedge": ("exact", "approx", "approx_below")[n // 3 % 3]}
        elif s % 2 == 0:
            claim["text"] = "%s%d Millionen %s" % (DE[n % 8], base,
                                                  ("US-Dollar", "Euro", "Pfund")[g % 3])
        else:
            claim["text"] = "%s%s%d million" % (EN[n % 8], ("$", "EUR ", "GBP ")[g % 3], base)
        claims.append(claim)
    return {"sources": sources, "claims": claims}


def cpu_seconds():
    """CPU time (user + system) of this process and its waited-for children."""
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def measure(variants, runs):
    """{name: (best wall, best cpu)}; the variants take turns so that load drift hits all."""
    best = {name: (float("inf"), float("inf")) for name, _ in variants}
    for _ in range(runs):
        for name, fn in variants:
            gc.collect()
            wall, cpu = time.perf_counter(), cpu_seconds()
            fn()
            wall, cpu = time.perf_counter() - wall, cpu_seconds() - cpu
            best[name] = (min(best[name][0], wall), min(best[name][1], cpu))
    return best


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

        def py_check():
            report = crosscheck.check(path)
            assert report.has_contradictions

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
        variants = [("cli", cli), ("py check", py_check), ("py json", py_json), ("py objects", py_objects),
                    ("py dict", py_dict)]
        best = measure(variants, runs)
        base_wall, base_cpu = best["cli"]
        print("%-12s %8s %8s   %s" % ("", "wall", "cpu", "ratio to cli (wall, cpu)"))
        for name, _ in variants:
            wall, cpu = best[name]
            print("%-12s %7.3fs %7.3fs   %.2fx %.2fx" % (name, wall, cpu, wall / base_wall,
                                                         cpu / base_cpu))
    return 0


if __name__ == "__main__":
    sys.exit(main())
