"""crosscheck: cross-check numeric claims across conflicting reports.

A ctypes binding of libcrosscheck (standard library only)::

    import crosscheck

    report = crosscheck.check("examples/data/selloff-2025-01-27.claims.json")
    for group in report.conflicts:
        print(group.id, group.key.subject, group.key.measure, group.verdict)
        for claim in group:
            print("   ", claim.status, claim.source, claim.text, claim.gap)
    print(report.text())

    q = crosscheck.parse_quantity("fast 600 Mrd. $", lang="de")
    q.digits, q.scale, q.unit, q.hedge        # ('600', 9, 'USD', 'approx_below')
    q.interval()                              # Interval(low=5.7e11, high=6e11, ...)

    crosscheck.Rates().convert(563e9, "EUR", "USD", "2025-01-27")

    x = crosscheck.extract_file("examples/data/articles/selloff/tagesblatt.txt")
    for m in x.amounts():                     # figures in the text, with context
        print(m.text, m.quantity.value, m.scope, m.direction, m.negated, m.char_span)
    report = crosscheck.check([x, crosscheck.extract("Shares fell about 17 percent ...",
                                                     source="wire", lang="en")])

    paths = sorted(pathlib.Path("examples/data/articles/selloff").glob("*.txt"))
    report = crosscheck.run(paths)            # extract, group and check articles
    for group in report.conflicts:
        print(group.key, group.grouping.shared, group.grouping.confidence)
    report.unmatched                          # figures that fit no group
    v = crosscheck.verify("Nvidia verlor am 27. Januar 2025 rund 589 Milliarden Dollar "
                          "an Börsenwert", paths)
    v.counts, [(r.source, r.status, r.text, r.gap) for r in v]

Public names:

- :func:`check` -> :class:`Report` (of :class:`Group`, :class:`Claim`,
  :class:`Consensus`, :class:`Related`, :class:`SourceTally`, :class:`Summary`);
- :class:`ClaimSet`: claims read from JSON or built in code;
- :func:`parse_quantity`, :class:`Quantity`, :class:`Interval`;
- :class:`Rates`, :class:`Conversion`;
- :func:`extract`, :func:`extract_file` -> :class:`Extraction` (of
  :class:`Mention`, with :class:`ExtractionWarning`), :func:`claims_from`,
  :data:`MENTION_KINDS`;
- :func:`run` -> :class:`Report` (groups with a :class:`Grouping`, and
  ``unmatched``), :func:`verify` -> :class:`Verification` (of
  :class:`SourceResult`, with :class:`ClaimReading`, :class:`VerifyCounts`),
  :class:`Corpus` (articles read once, run and verified many times),
  :class:`Article` (an article in memory), :data:`VERIFY_STATUSES`;
- the exceptions of :mod:`crosscheck.errors` (:class:`CrosscheckError` and subclasses);
- :data:`__version__`, :func:`library_version`, :data:`library_path`.

The shared library is found through ``$CROSSCHECK_LIBRARY``, a meson build
directory of the source checkout, or the installed ``libcrosscheck.so.0``
(see crosscheck._lib).
"""
from __future__ import annotations

from . import _lib
from .claimset import ClaimSet
from .errors import (CrosscheckError, CurrencyError, DateError, FileError, ICUError, InputError,
                     InputSyntaxError, InternalError, InvalidArgumentError, LanguageError,
                     LimitError, NumberRangeError, OutOfMemoryError, QuantityError, SchemaError)
from .extraction import (MENTION_KINDS, Extraction, ExtractionWarning, Mention, claims_from,
                         extract, extract_file, write_claims)
from .quantity import DIMENSIONS, HEDGES, Interval, Quantity, parse_quantity
from .rates import Conversion, Rates
from .report import (STATUSES, VERDICTS, Claim, Consensus, Group, Grouping, Key, Related,
                     Report, SourceTally, Summary, check)
from .corpus import (VERIFY_STATUSES, Article, ClaimReading, Corpus, SourceResult,
                     Verification, VerifyCounts, run, verify)


#: The version of this binding.
__version__ = "0.1.0"

#: The path or name libcrosscheck was loaded from.
library_path = _lib.path


def library_version() -> str:
    """The loaded C library's version, "MAJOR.MINOR.PATCH" (cc_version())."""
    return _lib.lib.cc_version().decode("ascii")


__all__ = [
    "check", "Report", "Group", "Claim", "Key", "Consensus", "Related", "SourceTally", "Summary",
    "ClaimSet", "parse_quantity", "Quantity", "Interval", "Rates", "Conversion",
    "HEDGES", "DIMENSIONS", "VERDICTS", "STATUSES",
    "extract", "extract_file", "Extraction", "Mention", "ExtractionWarning", "claims_from",
    "write_claims",
    "MENTION_KINDS", "run", "verify", "Corpus", "Article", "Grouping", "Verification",
    "SourceResult", "ClaimReading", "VerifyCounts", "VERIFY_STATUSES",
    "CrosscheckError", "OutOfMemoryError", "InvalidArgumentError", "FileError", "InputError",
    "InputSyntaxError", "SchemaError", "QuantityError", "CurrencyError", "DateError",
    "NumberRangeError", "LanguageError", "LimitError", "ICUError", "InternalError",
    "library_version", "library_path", "__version__",
]
