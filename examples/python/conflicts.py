#!/usr/bin/env python3
"""Check a claims file and print the conflicting figures, one block per group.

usage: conflicts.py [--currency CODE] [--lenient] CLAIMS.json

From a source checkout, with the library built in build/:

    PYTHONPATH=bindings/python python3 examples/python/conflicts.py \
        examples/data/selloff-2025-01-27.claims.json

Exit status like `crosscheck check`: 0 no contradiction, 1 contradictions
found, 2 the input could not be read.
"""
import argparse
import sys

import crosscheck


def amount(x):
    """A bound for people: 5.885e11 -> "588.5 bn"."""
    for scale, word in ((1e12, " tn"), (1e9, " bn"), (1e6, " m")):
        if abs(x) >= scale and x == x and abs(x) != float("inf"):
            return "%.4g%s" % (x / scale, word)
    return "%.6g" % x


def signed_gap(claim, consensus):
    """"−21.9 % vs consensus" for a claim below the consensus, "+" above."""
    if claim.gap is None or consensus is None or claim.low is None:
        return ""
    sign = "-" if claim.low < consensus.value else "+"
    return " (%s%.1f %% vs consensus)" % (sign, claim.gap * 100)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("claims", help="claims JSON file")
    parser.add_argument("--currency", help="convert money to this ISO 4217 code")
    parser.add_argument("--lenient", action="store_true", help="compare lenient intervals")
    args = parser.parse_args(argv)

    try:
        report = crosscheck.check(args.claims, currency=args.currency, lenient=args.lenient)
    except crosscheck.CrosscheckError as e:
        print("conflicts.py: %s" % e, file=sys.stderr)
        return 2

    with report:
        summary = report.summary
        conflicts = report.conflicts
        print("%d claims from %d sources in %d groups: %d in conflict, %d contradicting claims"
              % (summary.claims, summary.sources, summary.groups, len(conflicts),
                 summary.contradictions))
        for group in conflicts:
            key = group.key
            what = " · ".join(x for x in (key.subject, key.measure, key.date, key.scope) if x)
            print("\n%s  %s  [%s]" % (group.id, what, group.verdict))
            consensus = group.consensus
            if consensus is not None:
                print("    consensus %s–%s %s from %d sources" % (
                    amount(consensus.low), amount(consensus.high), group.unit, consensus.voices))
            for claim in group:
                if claim.status in ("agrees", "agrees_lenient"):
                    continue
                figure = claim.text or "%s %s" % (claim.value, claim.unit)
                print("    %-18s %-14s %r%s" % (claim.status, claim.source, figure,
                                                 signed_gap(claim, consensus)))
            for rel in group.related:
                print("    related: %s, group %s" % (rel.relation.replace("_", " "), rel.group))
        return 1 if conflicts else 0

if __name__ == "__main__":
    sys.exit(main())
