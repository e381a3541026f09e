#!/usr/bin/env python3
"""List the figures of articles with their context, then check them against each other.

usage: extract.py [--lang de|en|auto] ARTICLE...

From a source checkout, with the library built in build/:

    PYTHONPATH=bindings/python python3 examples/python/extract.py \
        examples/data/articles/selloff/*.txt

Each article (UTF-8 text, optionally with a front-matter block) is one
source. Without grouping (`crosscheck run`) the claims have no subject or
measure, so the check compares figures by scope, date and dimension only:
read its verdicts as leads, not findings. Exit status 0, or 2 when an
article cannot be read.
"""
import argparse
import sys

import crosscheck


def context(m):
    """The words around a figure that change what it measures."""
    parts = [m.quantity.hedge if m.quantity.hedge != "exact" else ""]
    parts += [m.scope or "", m.direction or "", m.attributed_to and "per " + m.attributed_to]
    parts += ["NEGATED" if m.negated else "", "ambiguous" if m.ambiguous else ""]
    return ", ".join(p for p in parts if p)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("articles", nargs="+", help="article text files")
    parser.add_argument("--lang", help="de, en or auto (default: front matter, else detected)")
    args = parser.parse_args(argv)

    extractions = []
    try:
        for path in args.articles:
            extractions.append(crosscheck.extract_file(path, lang=args.lang))
    except crosscheck.CrosscheckError as e:
        print("extract.py: %s" % e, file=sys.stderr)
        return 2

    for x in extractions:
        print("%s (%s, %s): %d figures" % (x.name or x.source, x.lang, x.published or "no date",
                                          len(x.amounts())))
        for message, offset in x.warnings:
            print("    warning at byte %d: %s" % (offset, message))
        for m in x.amounts():
            line = x.text.count("\n", 0, m.char_span[0]) + 1
            print("    %4d  %-34r %s" % (line, m.text, context(m)))

    try:
        report = crosscheck.check(extractions)
    except crosscheck.CrosscheckError as e:  # e.g. two articles with one source id
        print("extract.py: %s" % e, file=sys.stderr)
        return 2
    with report:
        s = report.summary
        print("\n%d claims from %d sources in %d groups, %d groups in conflict"
              % (s.claims, s.sources, s.groups, len(report.conflicts)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
