#!/usr/bin/env python3
"""Cross-check articles (`crosscheck run`), or check one claim against them (`verify`).

usage: run.py [--lang de|en|auto] [--currency CODE] ARTICLE...
       run.py --verify "CLAIM" ARTICLE...

From a source checkout, with the library built in build/:

    PYTHONPATH=bindings/python python3 examples/python/run.py \
        examples/data/articles/selloff/*.txt
    PYTHONPATH=bindings/python python3 examples/python/run.py --verify \
        "Nvidia verlor am 27. Januar 2025 rund 589 Milliarden Dollar an Börsenwert" \
        examples/data/articles/selloff/*.txt

The articles are read once into a Corpus. Prints each group with
contradictions, why its figures were grouped and where each figure stands
(byte span); or, with --verify, what each source says about the claim.
Exit status 0, 1 when something contradicts, 2 when an input cannot be read.
"""
import argparse
import sys

import crosscheck


def show_report(report):
    for group in report.conflicts:
        k = group.key
        print("%s  %s / %s / %s%s  [%s]" % (
            group.id, k.subject, k.measure, k.date,
            " / " + k.scope if k.scope else "", group.verdict))
        if group.grouping:
            print("    grouped by %s (confidence %.2f, %d sources)" % (
                ", ".join(group.grouping.shared), group.grouping.confidence,
                group.grouping.sources))
        for claim in group:
            gap = " (%.0f %% off)" % (claim.gap * 100) if claim.gap is not None else ""
            print("    %-12s %-20s %-32r bytes %d-%d%s" % (
                claim.status, claim.source, claim.text, claim.span[0], claim.span[1], gap))
        for rel in group.related:
            print("    beside %s (%s)" % (rel.group, rel.relation.replace("_", " ")))
    s = report.summary
    print("%d claims in %d groups from %d sources; %d contradict; %d figures fit no group"
          % (s.claims, s.groups, s.sources, s.contradictions, len(report.unmatched)))
    return 1 if report.has_contradictions else 0


def show_verification(v):
    c = v.claim
    print("claim: %s\n  read as %s %s %s (%g .. %g)\n" % (c.text, c.hedge, c.digits, c.unit,
                                                       c.low, c.high))
    for r in v:
        if not r.found:
            print("  %-20s not found" % r.source)
            continue
        gap = "  gap %.1f %%" % (r.gap * 100) if r.gap is not None and r.status != "supports" \
            else ""
        print("  %-20s %-18s %r%s" % (r.source, r.status, r.text, gap))
    n = v.counts
    print("\n%d support, %d contradict, %d not found" % (n.supports, n.contradicts, n.not_found))
    return 1 if v.has_contradictions else 0


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("articles", nargs="+", help="article files (text or JSON array)")
    parser.add_argument("--lang", help="de, en or auto (default: front matter, else detected)")
    parser.add_argument("--currency", help="convert money to this ISO 4217 code")
    parser.add_argument("--verify", metavar="CLAIM", help="check this claim instead")
    args = parser.parse_args(argv)
    try:
        with crosscheck.Corpus(args.articles, lang=args.lang,
                               currency=args.currency) as corpus:
            if args.verify:
                return show_verification(corpus.verify(args.verify))
            return show_report(corpus.run())
    except crosscheck.CrosscheckError as e:
        print("run.py: %s" % e, file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
