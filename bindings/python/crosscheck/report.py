"""The check and its report: groups, claims, consensus, verdicts and tallies.

The objects mirror the JSON report of doc/report-format.md field by field;
absent members are None (or "" / False / {} as noted), and infinite
interval bounds (JSON ``null``) are ``-inf`` / ``inf``.
"""
from __future__ import annotations

import copy
import ctypes
import dataclasses
import gc
import json
import math
from typing import Any, Callable, Dict, Iterator, Optional, Tuple

from . import _lib
from ._handle import Handle, Owner, cfloat, cint, cstr
from .claimset import load_claims
from .errors import check_status
from .rates import Conversion, Rates

__all__ = ["check", "Report", "Group", "Claim", "Key", "Consensus", "Related", "Grouping",
           "SourceTally", "Summary", "VERDICTS", "STATUSES"]

_lib_ = _lib.lib

#: Group verdict names, indexed by cc_verdict value.
VERDICTS = tuple(_lib_.cc_verdict_name(i).decode("ascii") for i in range(5))
#: Claim status names, indexed by cc_claim_status value.
STATUSES = tuple(_lib_.cc_claim_status_name(i).decode("ascii") for i in range(5))
_CONTRADICTING = frozenset(("conflict", "split"))
_INF = math.inf


def _without_gc(build: Callable[[], Any]) -> Any:
    """Run build() with the cyclic garbage collector paused.

    Building a large report makes millions of containers and none of them
    cycles; without the pause the collector would walk them again and again
    (it doubles the time to build the objects of 100,000 claims).
    """
    if not gc.isenabled():
        return build()
    gc.disable()
    try:
        return build()
    finally:
        gc.enable()


def _make(cls, fields: Dict[str, Any]):
    """Build a frozen dataclass instance without the cost of its __init__."""
    obj = object.__new__(cls)
    obj.__dict__.update(fields)
    return obj


def _low(v: Any) -> Optional[float]:
    return -_INF if v is None else float(v)


def _high(v: Any) -> Optional[float]:
    return _INF if v is None else float(v)


@dataclasses.dataclass(frozen=True)
class Key:
    """What a group's claims are about; None = unspecified."""

    subject: Optional[str]
    measure: Optional[str]
    date: Optional[str]
    scope: Optional[str]
    attributed_to: Optional[str]


@dataclasses.dataclass(frozen=True)
class Consensus:
    """The largest set of claims whose strict intervals share a point.

    ``low``/``high`` are the intersection in the group's unit (``-inf``/``inf``
    for an infinite end); ``value`` is the point gaps are measured against;
    ``voices`` counts independent sources (syndicated copies once);
    ``claims`` holds the member claim ids.
    """

    low: float
    high: float
    low_open: bool
    high_open: bool
    value: float
    voices: int
    claims: Tuple[str, ...]


@dataclasses.dataclass(frozen=True)
class Related:
    """A group with the same subject, measure and date but another scope or attribution.

    ``relation`` is "different_scope" or "different_attribution"; ``gap`` the
    difference of the two consensus values as a fraction of the larger (None
    when either has no consensus).
    """

    group: str
    relation: str
    gap: Optional[float]


@dataclasses.dataclass(frozen=True)
class Grouping:
    """Why a group of :func:`run` holds its figures (``None`` for check() and single groups).

    ``shared``: the words the figures' contexts share, most telling first
    (the entity, the measure: "Nvidia", "market value"); ``confidence``: how
    sure the grouping is, in (0, 1]; ``sources``: the number of sources in it.
    """

    shared: Tuple[str, ...]
    confidence: float
    sources: int


# the members of a claim in the JSON report; any other member is an unknown input field
_CLAIM_KEYS = frozenset((
    "id", "source", "text", "hedge", "hedge_word", "value", "value_high", "unit", "low", "high",
    "low_open", "high_open", "lenient_low", "lenient_high", "fx", "status", "gap", "reason",
    "syndicated_from", "span", "sentence"))
_ABSENT = object()


def _bound(c: Dict[str, Any], name: str, infinity: float) -> Optional[float]:
    v = c.get(name, _ABSENT)
    if v is _ABSENT:
        return None
    return infinity if v is None else float(v)


def _field(name: str, doc: str, default: Any = _ABSENT) -> property:
    if default is _ABSENT:
        return property(lambda self: self._c[name], doc=doc)
    return property(lambda self: self._c.get(name, default), doc=doc)


class Claim:
    """One claim in a group, with its normalised interval and status.

    A read-only view of the claim's object in the JSON report, converted on
    access so that reports of many claims are quick to build. Two claims
    are equal when all their fields are.

    Attributes:
        id, source: the claim and source ids.
        group: the id of the group it is in ("g1").
        text: the figure as written; None for a structured quantity.
        hedge: the hedge class; hedge_word the hedge word as written ("" if none).
        value: the exact value as written, "589e9" (a range's lower end);
            value_high: a range's upper end, else None.
        unit: the claim's own unit, before conversion.
        low, high: the strict interval in the group's unit (-inf/inf for an
            infinite bound); None for an unchecked claim.
        low_open, high_open: True if that bound is excluded.
        lenient_low, lenient_high: the lenient interval, when the report is
            lenient or the claim agrees only leniently; else None.
        fx: the :class:`Conversion` used (rates of one unit), or None.
        status: "agrees", "agrees_lenient", "minor_discrepancy",
            "contradicts" or "unchecked".
        gap: distance to the consensus value as a fraction of it, for claims
            outside the consensus; else None.
        reason: why an unchecked claim was not checked ("no_rate", ...), else None.
        syndicated_from: the id of the claim it copies, or None.
        span, sentence: where an extracted claim came from, or None.
        extra: the claim's unknown input fields, as written in the input.
    """

    __slots__ = ("_c", "group")
    #: The attribute names, in report order.
    FIELDS = ("id", "source", "group", "text", "hedge", "hedge_word", "value", "value_high",
              "unit", "low", "high", "low_open", "high_open", "lenient_low", "lenient_high", "fx",
              "status", "gap", "reason", "syndicated_from", "span", "sentence", "extra")

    id = _field("id", "The claim id.")
    source = _field("source", "The source id.")
    text = _field("text", "The figure as written; None for a structured quantity.", None)
    hedge = _field("hedge", "The hedge class.")
    hedge_word = _field("hedge_word", 'The hedge word as written, "" if none.', "")
    value = _field("value", 'The exact value as written, "589e9" (a range\'s lower end).')
    value_high = _field("value_high", "A range's upper end as written, else None.", None)
    unit = _field("unit", "The claim's own unit, before conversion.")
    low_open = _field("low_open", "True if the low bound is excluded.", False)
    high_open = _field("high_open", "True if the high bound is excluded.", False)
    status = _field("status", "The claim's status against its group's consensus.")
    gap = _field("gap", "Distance to the consensus value as a fraction of it, or None.", None)
    reason = _field("reason", "Why an unchecked claim was not checked, or None.", None)
    syndicated_from = _field("syndicated_from", "The id of the claim this one copies, or None.",
                             None)
    sentence = _field("sentence", "The sentence an extracted claim came from, or None.", None)

    def __init__(self, data: Dict[str, Any], group: str) -> None:
        """Wrap ``data``, a claim object of the JSON report, found in group ``group``."""
        self._c = data
        self.group = group

    @property
    def low(self) -> Optional[float]:
        """The strict interval's low end in the group's unit (-inf if none); None if unchecked."""
        return _bound(self._c, "low", -_INF)

    @property
    def high(self) -> Optional[float]:
        """The strict interval's high end in the group's unit (inf if none); None if unchecked."""
        return _bound(self._c, "high", _INF)

    @property
    def lenient_low(self) -> Optional[float]:
        """The lenient interval's low end, or None."""
        return _bound(self._c, "lenient_low", -_INF)

    @property
    def lenient_high(self) -> Optional[float]:
        """The lenient interval's high end, or None."""
        return _bound(self._c, "lenient_high", _INF)

    @property
    def span(self) -> Optional[Tuple[int, int]]:
        """Byte offsets (start, end) of an extracted claim in its article, or None."""
        span = self._c.get("span")
        return None if span is None else (span[0], span[1])

    @property
    def fx(self) -> Optional[Conversion]:
        """The conversion used (the lowest and highest rate of the window), or None."""
        fx = self._c.get("fx")
        if fx is None:
            return None
        dates = fx.get("dates") or ("", "")
        return Conversion(fx["low"], fx["high"], dates[0], dates[1], fx["from"], fx["to"],
                          bool(fx.get("after_table", False)))

    @property
    def extra(self) -> Dict[str, Any]:
        """The claim's unknown input fields, as written in the input (a new dict)."""
        c = self._c
        if not c.keys() - _CLAIM_KEYS:
            return {}
        return {k: copy.deepcopy(v) for k, v in c.items() if k not in _CLAIM_KEYS}

    @property
    def contradicts(self) -> bool:
        """True if the claim's status is "contradicts"."""
        return self._c["status"] == "contradicts"

    def to_dict(self) -> Dict[str, Any]:
        """The claim's object in the JSON report (a deep copy)."""
        return copy.deepcopy(self._c)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Claim):
            return NotImplemented
        return self.group == other.group and self._c == other._c

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return "Claim(%s)" % ", ".join("%s=%r" % (name, getattr(self, name))
                                       for name in self.FIELDS)

    def __getstate__(self) -> Tuple[Dict[str, Any], str]:
        return (self._c, self.group)

    def __setstate__(self, state: Tuple[Dict[str, Any], str]) -> None:
        self._c, self.group = state


@dataclasses.dataclass(frozen=True)
class Group:
    """Claims with one key and dimension, their consensus and verdict.

    Iterating a group gives its claims, consensus members first.

    Attributes:
        id: "g1", "g2", ...: the 1-based position in the report.
        key: a :class:`Key`.
        dimension: "currency", "percent", "points", "count" or "ratio".
        unit: the unit all intervals of the group are in.
        verdict: "consistent", "minor_discrepancy", "conflict", "split" or "single".
        consensus: a :class:`Consensus`, or None when there is none.
        related: :class:`Related` groups that differ only in scope or attribution.
        claims: the :class:`Claim` objects.
        grouping: a :class:`Grouping` for a group of several figures made by
            :func:`run`; None otherwise.
    """

    id: str
    key: Key
    dimension: str
    unit: str
    verdict: str
    consensus: Optional[Consensus]
    related: Tuple[Related, ...]
    claims: Tuple[Claim, ...]
    grouping: Optional[Grouping] = None

    def __iter__(self) -> Iterator[Claim]:
        return iter(self.claims)

    def __len__(self) -> int:
        return len(self.claims)

    @property
    def has_contradictions(self) -> bool:
        """True for a group in conflict or split."""
        return self.verdict in _CONTRADICTING


@dataclasses.dataclass(frozen=True)
class SourceTally:
    """A source's claims and how they fared; ``extra`` holds its unknown input fields."""

    id: str
    name: Optional[str]
    claims: int
    agrees: int
    contradicts: int
    minor_discrepancies: int
    unchecked: int
    extra: Dict[str, Any] = dataclasses.field(default_factory=dict, compare=False)


_SOURCE_KEYS = frozenset(("id", "name", "claims", "agrees", "contradicts", "minor_discrepancies",
                          "unchecked"))


@dataclasses.dataclass(frozen=True)
class Summary:
    """Counts over the whole report."""

    claims: int
    sources: int
    groups: int
    conflicts: int
    splits: int
    contradictions: int
    minor_discrepancies: int
    unchecked: int


def _group(g: Dict[str, Any]) -> Group:
    gid = g["id"]
    cons = g.get("consensus")
    if cons is not None:
        cons = _make(Consensus, {
            "low": _low(cons.get("low")), "high": _high(cons.get("high")),
            "low_open": cons.get("low_open", False), "high_open": cons.get("high_open", False),
            "value": float(cons["value"]), "voices": cons["voices"],
            "claims": tuple(cons["claims"])})
    return _make(Group, {
        "id": gid, "key": _make(Key, g["key"]), "dimension": g["dimension"], "unit": g["unit"],
        "verdict": g["verdict"], "consensus": cons,
        "related": tuple(_make(Related, {"group": r["group"], "relation": r["relation"],
                                         "gap": r.get("gap")}) for r in g["related"]),
        "claims": tuple([Claim(c, gid) for c in g["claims"]]),
        "grouping": _grouping(g.get("grouping")),
    })


def _grouping(g: Optional[Dict[str, Any]]) -> Optional[Grouping]:
    if g is None:
        return None
    return _make(Grouping, {"shared": tuple(g.get("shared", ())),
                            "confidence": float(g.get("confidence", 0.0)),
                            "sources": int(g.get("sources", 0))})


def _source(s: Dict[str, Any]) -> SourceTally:
    fields = {k: s.get(k) for k in ("id", "name", "claims", "agrees", "contradicts",
                                    "minor_discrepancies", "unchecked")}
    fields["extra"] = {k: v for k, v in s.items() if k not in _SOURCE_KEYS}
    return _make(SourceTally, fields)


class Report(Owner):
    """The outcome of :func:`check` or :func:`run`: groups, statuses, verdicts, per-source tallies.

    Iterating a report gives its groups, in report order (conflicts first).
    The Python objects are built from the library's JSON report the first time
    they are needed. Owns a C ``cc_report`` (and keeps its claim set and rate
    table alive): ``close()`` or a with-block frees it early; what was read
    before stays readable, :meth:`text` needs the open report.

    Example::

        report = crosscheck.check("claims.json")
        for group in report.conflicts:
            for claim in group:
                if claim.contradicts:
                    print(group.key.subject, claim.id, claim.text, claim.gap)
    """

    _what = "report"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        raise TypeError("reports are made by crosscheck.check() or crosscheck.run()")

    @classmethod
    def _adopt(cls, ptr: int, keep: Tuple[Handle, ...]) -> "Report":
        self = cls.__new__(cls)
        Owner.__init__(self, Handle(ptr, _lib_.cc_report_free, keep))
        self._json: Optional[str] = None
        self._data: Optional[Dict[str, Any]] = None
        self._groups: Optional[Tuple[Group, ...]] = None
        self._by_id: Optional[Dict[str, Claim]] = None
        return self

    # --- written forms -------------------------------------------------

    def _write(self, fmt: int) -> str:
        ptr = self._ptr()
        out = ctypes.c_void_p()
        length = ctypes.c_size_t()
        err = _lib.CcError()
        try:
            check_status(_lib_.cc_report_write(ptr, fmt, ctypes.byref(out), ctypes.byref(length),
                                               ctypes.byref(err)), err)
            return ctypes.string_at(out.value, length.value).decode("utf-8")
        finally:
            _lib_.cc_free(out)

    def to_json(self) -> str:
        """The JSON report (doc/report-format.md) as the library writes it."""
        if self._json is None:
            self._json = self._write(_lib.CC_FORMAT_JSON)
        return self._json

    def to_dict(self) -> Dict[str, Any]:
        """The JSON report as a new dict (json.loads of :meth:`to_json`)."""
        return json.loads(self.to_json())

    def text(self) -> str:
        """The text report for people: conflicts first, one line per claim."""
        return self._write(_lib.CC_FORMAT_TEXT)

    # --- the objects ---------------------------------------------------

    def _doc(self) -> Dict[str, Any]:
        if self._data is None:
            text = self.to_json()
            self._data = _without_gc(lambda: json.loads(text))
        return self._data

    @property
    def groups(self) -> Tuple[Group, ...]:
        """The groups, in report order: conflicts, splits, minor discrepancies, consistent, single."""
        if self._groups is None:
            groups = self._doc()["groups"]
            self._groups = _without_gc(lambda: tuple([_group(g) for g in groups]))
        return self._groups

    def __iter__(self) -> Iterator[Group]:
        return iter(self.groups)

    def __len__(self) -> int:
        """The number of groups."""
        if self._groups is None and self._handle is not None:
            return _lib_.cc_report_group_count(self._handle.ptr)
        return len(self.groups)

    @property
    def conflicts(self) -> Tuple[Group, ...]:
        """The groups with contradicting claims: verdict "conflict" or "split"."""
        return tuple(g for g in self.groups if g.verdict in _CONTRADICTING)

    @property
    def has_contradictions(self) -> bool:
        """True if a group is in conflict or split (the CLI's exit status 1)."""
        if self._handle is not None:
            ptr = self._handle.ptr
            return any(_lib_.cc_report_group_verdict(ptr, i) in (2, 3)
                       for i in range(_lib_.cc_report_group_count(ptr)))
        return bool(self.conflicts)

    @property
    def contradiction_count(self) -> int:
        """The number of claims with status "contradicts"."""
        if self._handle is not None:
            return _lib_.cc_report_contradiction_count(self._handle.ptr)
        return self.summary.contradictions

    @property
    def claims(self) -> Tuple[Claim, ...]:
        """Every claim of the report, group by group."""
        return tuple(c for g in self.groups for c in g.claims)

    def claim(self, claim_id: str) -> Claim:
        """The claim with this id; KeyError if the report has none."""
        if self._by_id is None:
            self._by_id = {c.id: c for g in self.groups for c in g.claims}
        if not isinstance(claim_id, str):
            raise TypeError("claim id must be a str, not %s" % type(claim_id).__name__)
        return self._by_id[claim_id]

    def claim_status(self, claim_id: str) -> Optional[str]:
        """The status of the claim with this id, None if the report has none (no JSON needed)."""
        raw = cstr(claim_id, "claim_id")
        status = _lib_.cc_report_claim_status(self._ptr(), raw)
        return STATUSES[status] if 0 <= status < len(STATUSES) else None

    @property
    def unmatched(self) -> Tuple[Claim, ...]:
        """The figures :func:`run` could not group with any other (each is also a group
        of its own, verdict "single"), in report order; () for a report of :func:`check`."""
        entries = self._doc().get("unmatched") or ()
        if not entries:
            return ()
        self.claim(entries[0]["id"])  # builds the index
        by_id = self._by_id or {}
        return tuple(by_id[e["id"]] for e in entries if e["id"] in by_id)

    @property
    def sources(self) -> Tuple[SourceTally, ...]:
        """One :class:`SourceTally` per source of the input, in input order."""
        return tuple(_source(s) for s in self._doc()["sources"])

    @property
    def summary(self) -> Summary:
        """Counts over the whole report."""
        return _make(Summary, dict(self._doc()["summary"]))

    @property
    def currency(self) -> Optional[str]:
        """The currency all money was converted to; None = each group's most frequent."""
        return self._doc()["report"]["currency"]

    @property
    def fx_window_days(self) -> int:
        """The exchange-rate window in days."""
        return self._doc()["report"]["fx_window_days"]

    @property
    def lenient(self) -> bool:
        """True if claims were compared by their lenient intervals."""
        return self._doc()["report"]["lenient"]

    @property
    def parameters(self) -> Dict[str, float]:
        """The interval parameters used: exact_rel, approx_rel, lenient_factor, minor_rel."""
        return dict(self._doc()["report"]["parameters"])

    def __repr__(self) -> str:
        if self._handle is None and self._groups is None:
            return "<Report closed>"
        return "<Report %d groups, %d with contradictions>" % (
            len(self), sum(1 for g in self.groups if g.verdict in _CONTRADICTING))


def _option(value: Any, what: str) -> Optional[float]:
    return None if value is None else cfloat(value, what)


def check(claims: Any, currency: Optional[str] = None, fx_window: int = 1, lenient: bool = False,
          rates: Optional[Rates] = None, *, exact_rel: Optional[float] = None,
          approx_rel: Optional[float] = None, lenient_factor: Optional[float] = None,
          minor_rel: Optional[float] = None) -> Report:
    """Check claims: group them, normalise units and hedges, find each group's consensus.

    Args:
        claims: claims JSON as a dict, as JSON text (a str starting with "{"
            or "[", or bytes), a path (any other str, or a pathlib.Path), a
            :class:`ClaimSet`, or an :class:`Extraction` or a list (tuple,
            iterator) of them: their claims, one source per extraction
            (see :func:`claims_from`).
        currency: convert money to this ISO 4217 code (any case); None = each
            group's most frequent currency.
        fx_window: use the rates of all days within this many days of a
            claim's date (0..366; widened over weekends and holidays).
        lenient: compare the lenient intervals of hedged figures.
        rates: a :class:`Rates` table; None = the built-in ECB history.
        exact_rel, approx_rel, lenient_factor, minor_rel: the interval
            parameters (see cc_check_options); None = the defaults.

    Returns:
        a :class:`Report`; it keeps the claim set and the rate table alive.

    Raises:
        InputError subclasses: claims that cannot be read (see ClaimSet.from_json);
            SchemaError for two extractions with the same source id.
        FileError: a path that cannot be read.
        InvalidArgumentError: an unknown currency, an option out of range.
        TypeError, ValueError: arguments of a wrong type or value (before C).
    """
    raw_currency = cstr(currency, "currency", optional=True)
    window = cint(fx_window, "fx_window", 0, 366)
    if not isinstance(lenient, (bool, int)):
        raise TypeError("lenient must be a bool, not %s" % type(lenient).__name__)
    if rates is not None and not isinstance(rates, Rates):
        raise TypeError("rates must be a crosscheck.Rates, not %s" % type(rates).__name__)
    params = [(name, _option(value, name)) for name, value in
              (("exact_rel", exact_rel), ("approx_rel", approx_rel),
               ("lenient_factor", lenient_factor), ("minor_rel", minor_rel))]
    rates_ptr = rates._ptr() if rates is not None else None
    claim_set = load_claims(claims)
    opts = _lib.CcCheckOptions()
    check_status(_lib_.cc_check_options_init(ctypes.byref(opts), _lib.CC_CHECK_OPTIONS_VERSION))
    opts.currency = raw_currency
    opts.fx_window_days = window
    opts.lenient = 1 if lenient else 0
    for name, value in params:
        if value is not None:
            setattr(opts, name, value)
    out = ctypes.c_void_p()
    err = _lib.CcError()
    check_status(_lib_.cc_check(ctypes.byref(out), claim_set._ptr(), rates_ptr,
                                ctypes.byref(opts), ctypes.byref(err)), err)
    keep: Tuple[Handle, ...] = (claim_set._handle,)  # type: ignore[assignment]
    if rates is not None:
        keep += (rates._handle,)  # type: ignore[operator]
    return Report._adopt(out.value, keep)
