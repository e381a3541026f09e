"""From articles to a report: run() and verify() (cc_corpus, cc_run, cc_verify).

::

    paths = sorted(pathlib.Path("examples/data/articles/selloff").glob("*.txt"))
    report = crosscheck.run(paths)                 # extract, group, check
    for group in report.conflicts:
        print(group.key.subject, group.key.measure, group.grouping.shared)
        for claim in group:
            print("   ", claim.status, claim.source, claim.text, claim.span)
    report.unmatched                               # figures that fit no group

    v = crosscheck.verify("Nvidia verlor am 27. Januar 2025 rund 589 Milliarden "
                          "Dollar an Börsenwert", paths)
    v.counts                                       # supports=7, contradicts=1, ...
    for r in v:
        print(r.source, r.status, r.text, r.gap)

What ``articles`` may be (the same rule for run(), verify() and Corpus()):

- a list, tuple or other iterable of articles, each
  - a path: a ``str`` or an ``os.PathLike`` (``pathlib.Path``): a file read
    as the command line reads it: UTF-8 text with an optional front-matter
    block, or (first character ``[``) a JSON array of article objects;
  - an :class:`Article` (text in memory, with optional source, published,
    lang and name), or a ``dict`` with those keys (as in the JSON array);
  - an :class:`Extraction`: its bytes, read again with its source,
    published date and language;
- one such article on its own (a single path, Article, dict or Extraction);
- a JSON array of article objects as text: ``bytes`` (bytearray,
  memoryview), or a ``str`` whose first non-blank character is ``[``;
- a :class:`Corpus` (articles already read).

A ``str`` is a path, as on the command line and in check(); article text in
memory goes in an :class:`Article` (a ``str`` holding a line break is
refused with TypeError, as it cannot be meant as a path).
"""
from __future__ import annotations

import ctypes
import dataclasses
import json
import math
import os
from typing import Any, Dict, Iterable, Iterator, List, NamedTuple, Optional, Tuple

from . import _lib
from ._handle import Handle, Owner, cdate, cfloat, cint, cstr
from .errors import FileError, InputSyntaxError, check_status, error_from
from .extraction import Extraction
from .rates import Rates
from .report import Report

__all__ = ["run", "verify", "Corpus", "Article", "Verification", "SourceResult",
           "ClaimReading", "VerifyCounts", "VERIFY_STATUSES"]

_lib_ = _lib.lib

#: Whether the loaded library has cc_run / cc_verify (added after 0.1.0).
AVAILABLE = all(hasattr(_lib_, name) for name in ("cc_corpus_new", "cc_run", "cc_verify"))

#: The per-source statuses of a verification.
VERIFY_STATUSES = ("supports", "supports_lenient", "minor_discrepancy", "contradicts",
                   "not_found", "unchecked")
_SUPPORTING = frozenset(("supports", "supports_lenient", "minor_discrepancy"))
_HUGE = 1e307  # older libraries wrote an unbounded end as +-1e308; now null


def _require() -> None:
    if not AVAILABLE:
        raise NotImplementedError(
            "the loaded libcrosscheck (%s, version %s) has no run/verify (cc_run, cc_verify); "
            "build a newer one" % (_lib.path, _lib_.cc_version().decode("ascii", "replace")))


# --------------------------------------------------------------------------
# articles


@dataclasses.dataclass(frozen=True)
class Article:
    """One article given in memory, for :func:`run`, :func:`verify` and :class:`Corpus`.

    Attributes:
        text: the article as a str or UTF-8 bytes; it may begin with a
            front-matter block (see :func:`extract`).
        source: the source id of its figures; default the front matter's,
            else derived from ``name``.
        published: "YYYY-MM-DD" or a datetime.date; default the front matter's.
        lang: "de", "en" or None (front matter, else detected).
        name: what the article is called in error messages; its file name
            without extension is the default source id. Default
            ``"article-N"`` (N its 1-based position among the articles).

    Options given win over the front matter. Spans in the report are byte
    offsets into ``text`` encoded as UTF-8.
    """

    text: Any
    source: Optional[str] = None
    published: Any = None
    lang: Optional[str] = None
    name: Optional[str] = None

    def __post_init__(self) -> None:
        if not isinstance(self.text, (str, bytes, bytearray, memoryview)):
            raise TypeError("Article text must be a str or bytes, not %s"
                            % type(self.text).__name__)
        if isinstance(self.text, str):
            try:
                self.text.encode("utf-8")
            except UnicodeEncodeError as e:
                raise ValueError("Article text is not valid Unicode: %s" % e) from None
        for what in ("source", "lang", "name"):
            cstr(getattr(self, what), "Article " + what, optional=True)
        cdate(self.published, "Article published", optional=True)


def _read(path: Any) -> Tuple[bytes, str]:
    raw = os.fsencode(path)
    if b"\0" in raw:
        raise ValueError("path contains a NUL character")
    shown = os.fsdecode(raw)
    try:
        with open(raw, "rb") as f:
            return f.read(), shown
    except OSError as e:
        what = "cannot open" if isinstance(e, (FileNotFoundError, PermissionError,
                                               IsADirectoryError)) else "read error"
        raise FileError("%s: %s" % (what, e.strerror or e), -3, shown) from None


def _is_json_array(data: bytes) -> bool:
    """What the command line reads as a JSON array: '[' first, after a BOM and blanks."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    return data.lstrip(b" \t\r\n")[:1] == b"["


class _Pending:
    """One article (or JSON array) prepared for C: checked in Python first."""

    __slots__ = ("data", "name", "json", "meta")

    def __init__(self, data: bytes, name: str, is_json: bool,
                 meta: Optional[Dict[str, str]] = None) -> None:
        self.data = data
        self.name = name
        self.json = is_json
        self.meta = meta


def _path_item(value: Any, what: str) -> _Pending:
    if isinstance(value, str):
        if "\n" in value or "\r" in value:
            raise TypeError("%s is a str holding a line break: a str is a path; give article "
                            "text as crosscheck.Article(text)" % what)
        if "\0" in value:
            raise ValueError("%s contains a NUL character" % what)
    data, shown = _read(value)
    return _Pending(data, shown, _is_json_array(data))


def _article_item(a: Article, index: int) -> _Pending:
    text = a.text
    data = text.encode("utf-8") if isinstance(text, str) else bytes(text)
    name = a.name if a.name is not None else "article-%d" % (index + 1)
    meta = {k: v for k, v in (("source", a.source), ("lang", a.lang),
                              ("published", (cdate(a.published, "published", optional=True)
                                             or b"").decode("ascii") or None))
            if v is not None}
    return _Pending(data, name, False, meta or None)


def _item(value: Any, index: int) -> _Pending:
    what = "article %d" % (index + 1)
    if isinstance(value, Article):
        return _article_item(value, index)
    if isinstance(value, dict):
        unknown = set(value) - {"text", "source", "published", "lang", "name"}
        if unknown:
            raise TypeError("%s: unknown key %r (use text, source, published, lang, name)"
                            % (what, sorted(unknown)[0]))
        if "text" not in value:
            raise TypeError("%s: a dict needs a 'text'" % what)
        return _article_item(Article(**value), index)
    if isinstance(value, Extraction):
        return _article_item(Article(value.data, source=value.source, published=value.published,
                                     lang=value.lang, name=value.input_name), index)
    if isinstance(value, (str, os.PathLike)):
        return _path_item(value, what)
    raise TypeError("%s must be a path (str or os.PathLike), a crosscheck.Article, a dict or "
                    "an Extraction, not %s" % (what, type(value).__name__))


def _items(articles: Any) -> List[_Pending]:
    """The articles as a list of pending inputs; TypeError/ValueError/FileError here."""
    if isinstance(articles, (bytes, bytearray, memoryview)):
        return [_Pending(bytes(articles), "<string>", True)]
    if isinstance(articles, str) and articles.lstrip(" \t\r\n\ufeff")[:1] == "[":
        return [_Pending(articles.encode("utf-8"), "<string>", True)]
    if isinstance(articles, (str, os.PathLike, Article, dict, Extraction)):
        return [_item(articles, 0)]
    if not isinstance(articles, Iterable):
        raise TypeError("articles must be paths, Article objects, dicts, Extractions, a "
                        "JSON array or a Corpus, not %s" % type(articles).__name__)
    out = [_item(a, i) for i, a in enumerate(articles)]
    if not out:
        raise ValueError("articles is empty: give at least one article")
    return out


# --------------------------------------------------------------------------
# the corpus


def _param(value: Any, what: str) -> Optional[float]:
    return None if value is None else cfloat(value, what)


class Corpus(Owner):
    """Articles read and extracted once, to :meth:`run` and :meth:`verify` many times.

    ``Corpus(articles, lang=None, currency=None, fx_window=1, lenient=False,
    rates=None, *, exact_rel=None, approx_rel=None, lenient_factor=None,
    minor_rel=None)``: ``articles`` as described in this module (not
    another Corpus); the options as :func:`run`. Owns a C ``cc_corpus`` and
    keeps its rate table alive; ``close()`` or a with-block frees it (the
    reports and verifications made from it stay readable).

    Attributes:
        lang: the ``lang`` option ("de", "en", "auto") or None.

    Raises:
        as :func:`run`.
    """

    _what = "corpus"

    def __init__(self, articles: Any, lang: Optional[str] = None,
                 currency: Optional[str] = None, fx_window: int = 1, lenient: bool = False,
                 rates: Optional[Rates] = None, *, exact_rel: Optional[float] = None,
                 approx_rel: Optional[float] = None, lenient_factor: Optional[float] = None,
                 minor_rel: Optional[float] = None) -> None:
        Owner.__init__(self, None)
        if isinstance(articles, Corpus):
            raise TypeError("articles is already a Corpus")
        raw_lang = cstr(lang, "lang", optional=True)
        raw_currency = cstr(currency, "currency", optional=True)
        window = cint(fx_window, "fx_window", 0, 366)
        if not isinstance(lenient, (bool, int)):
            raise TypeError("lenient must be a bool, not %s" % type(lenient).__name__)
        if rates is not None and not isinstance(rates, Rates):
            raise TypeError("rates must be a crosscheck.Rates, not %s" % type(rates).__name__)
        params = [(name, _param(value, name)) for name, value in
                  (("exact_rel", exact_rel), ("approx_rel", approx_rel),
                   ("lenient_factor", lenient_factor), ("minor_rel", minor_rel))]
        items = _items(articles)
        _require()
        rates_ptr = rates._ptr() if rates is not None else None
        check = _lib.CcCheckOptions()
        check_status(_lib_.cc_check_options_init(ctypes.byref(check),
                                                 _lib.CC_CHECK_OPTIONS_VERSION))
        check.currency = raw_currency
        check.fx_window_days = window
        check.lenient = 1 if lenient else 0
        for name, value in params:
            if value is not None:
                setattr(check, name, value)
        opts = _lib.CcRunOptions()
        check_status(_lib_.cc_run_options_init(ctypes.byref(opts), 1))
        opts.lang = raw_lang
        opts.check = ctypes.pointer(check)
        opts.rates = rates_ptr
        out = ctypes.c_void_p()
        err = _lib.CcError()
        check_status(_lib_.cc_corpus_new(ctypes.byref(out), ctypes.byref(opts),
                                         ctypes.byref(err)), err)
        keep = (rates._handle,) if rates is not None else ()
        handle = Handle(out.value, _lib_.cc_corpus_free, keep)  # type: ignore[arg-type]
        # the corpus borrows check.currency: it lives as long as this object
        self._currency = raw_currency
        self._check = check
        self.lang = lang
        for item in items:
            self._add(handle.ptr, item, raw_lang, err)
        self._handle = handle

    def _add(self, ptr: int, item: _Pending, raw_lang: Optional[bytes], err: Any) -> None:
        name = item.name.encode("utf-8", "surrogateescape")
        if item.json:
            status = _lib_.cc_corpus_add_json(ptr, item.data, len(item.data), name,
                                              ctypes.byref(err))
        elif item.meta is None:
            status = _lib_.cc_corpus_add_article(ptr, item.data, len(item.data), name,
                                                 ctypes.byref(err))
        else:
            try:
                text = item.data.decode("utf-8")
            except UnicodeDecodeError:
                raise self._utf8_error(item, raw_lang) from None
            if "\0" in text:  # JSON cannot carry it to the library: let it say where
                raise self._utf8_error(item, raw_lang)
            element = dict(item.meta, text=text, name=item.name)
            doc = json.dumps([element], ensure_ascii=False).encode("utf-8")
            status = _lib_.cc_corpus_add_json(ptr, doc, len(doc), name, ctypes.byref(err))
        check_status(status, err)

    @staticmethod
    def _utf8_error(item: _Pending, raw_lang: Optional[bytes]) -> Exception:
        """The library's error for text JSON cannot carry (invalid UTF-8, NUL): read alone."""
        opts = _lib.CcRunOptions()
        check_status(_lib_.cc_run_options_init(ctypes.byref(opts), 1))
        opts.lang = raw_lang
        out = ctypes.c_void_p()
        err = _lib.CcError()
        check_status(_lib_.cc_corpus_new(ctypes.byref(out), ctypes.byref(opts),
                                         ctypes.byref(err)), err)
        try:
            status = _lib_.cc_corpus_add_article(out, item.data, len(item.data),
                                                 item.name.encode("utf-8", "surrogateescape"),
                                                 ctypes.byref(err))
        finally:
            _lib_.cc_corpus_free(out)
        if status != 0:
            return error_from(status, err)
        return InputSyntaxError("article text is not valid UTF-8", -4, item.name)

    def __len__(self) -> int:
        """The number of articles (a JSON array counts each of its elements)."""
        return _lib_.cc_corpus_article_count(self._ptr())

    def run(self) -> Report:
        """Group the figures of all articles into claims and check them: a :class:`Report`."""
        ptr = self._ptr()
        out = ctypes.c_void_p()
        err = _lib.CcError()
        check_status(_lib_.cc_run(ctypes.byref(out), ptr, ctypes.byref(err)), err)
        return Report._adopt(out.value, self._handle.keep)  # type: ignore[union-attr]

    def verify(self, claim: str, lang: Optional[str] = None) -> "Verification":
        """Check one claim against every article: a :class:`Verification` (see :func:`verify`)."""
        raw_claim = cstr(claim, "claim")
        raw_lang = cstr(lang, "lang", optional=True)  # None: the corpus's
        handle = self._handle
        data = _verify(self._ptr(), raw_claim, raw_lang, _lib.CC_FORMAT_JSON)[0]
        return Verification._adopt(data, handle, raw_claim, raw_lang)

    def __repr__(self) -> str:
        if self._handle is None:
            return "<Corpus closed>"
        return "<Corpus %d articles>" % len(self)


def _verify(ptr: int, claim: bytes, lang: Optional[bytes], fmt: int) -> Tuple[str, int]:
    out = ctypes.c_void_p()
    length = ctypes.c_size_t()
    count = ctypes.c_size_t()
    err = _lib.CcError()
    try:
        check_status(_lib_.cc_verify(ctypes.byref(out), ctypes.byref(length), ptr, claim,
                                     len(claim), lang, fmt, ctypes.byref(count),
                                     ctypes.byref(err)), err)
        return ctypes.string_at(out.value, length.value).decode("utf-8"), count.value
    finally:
        _lib_.cc_free(out)


# --------------------------------------------------------------------------
# verification


def _end(v: Any, infinity: float) -> float:
    if v is None:
        return infinity
    v = float(v)
    return infinity if abs(v) >= _HUGE else v


@dataclasses.dataclass(frozen=True)
class ClaimReading:
    """How the library read the claim of :func:`verify`.

    ``digits`` the figure's digits as written (``"589"``; the scale word is
    in ``low``/``high``), ``unit`` ("USD"), ``hedge`` ("approx"),
    ``low``/``high`` its strict interval (``-inf``/``inf`` for an open end).
    """

    text: str
    digits: str
    unit: str
    hedge: str
    low: float
    high: float


@dataclasses.dataclass(frozen=True)
class SourceResult:
    """What one source says about the claim of :func:`verify`.

    Attributes:
        source: the source id.
        status: "supports", "supports_lenient", "minor_discrepancy",
            "contradicts", "not_found" or "unchecked" (a match in a currency
            without a rate for the day).
        text: the matching figure as written, None if not found.
        span: its byte offsets (start, end) into the article, or None.
        sentence: the sentence it stands in, or None.
        similarity: how alike the words around it are to the claim's (0..1), or None.
        low, high: its strict interval in the claim's unit, or None.
        gap: the distance of its value from the claim's as a fraction of the
            claim's, or None.
    """

    source: str
    status: str
    text: Optional[str]
    span: Optional[Tuple[int, int]]
    sentence: Optional[str]
    similarity: Optional[float]
    low: Optional[float]
    high: Optional[float]
    gap: Optional[float]

    @property
    def verdict(self) -> str:
        """The same as ``status`` (its name in the JSON output)."""
        return self.status

    @property
    def found(self) -> bool:
        """True if a matching figure was found."""
        return self.status != "not_found"

    @property
    def supports(self) -> bool:
        """True for "supports", "supports_lenient" and "minor_discrepancy"."""
        return self.status in _SUPPORTING

    @property
    def contradicts(self) -> bool:
        """True for "contradicts"."""
        return self.status == "contradicts"


class VerifyCounts(NamedTuple):
    """How many sources support the claim (strictly, leniently or with a minor
    discrepancy), contradict it, have no matching figure, or could not be compared."""

    supports: int
    contradicts: int
    not_found: int
    unchecked: int


def _result(o: Dict[str, Any]) -> SourceResult:
    span = o.get("span")
    low, high = o.get("low"), o.get("high")
    return SourceResult(
        source=o["source"], status=o["verdict"], text=o.get("text"),
        span=None if span is None else (span[0], span[1]), sentence=o.get("sentence"),
        similarity=o.get("similarity"),
        low=None if low is None else _end(low, -math.inf),
        high=None if high is None else _end(high, math.inf), gap=o.get("gap"))


class Verification(Owner):
    """The outcome of :func:`verify`: the claim's reading and one result per source.

    Iterating gives the :class:`SourceResult` objects in article order;
    ``len()`` counts them; ``v["tagesblatt"]`` is one source's result
    (KeyError if none). Keeps the corpus alive for :meth:`text`;
    ``close()`` or a with-block releases it (everything else stays readable).

    Attributes:
        claim: a :class:`ClaimReading`.
        results: the :class:`SourceResult` objects.
        counts: :class:`VerifyCounts` (supports, contradicts, not_found, unchecked).
    """

    _what = "verification"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        raise TypeError("verifications are made by crosscheck.verify()")

    @classmethod
    def _adopt(cls, data: str, handle: Optional[Handle], claim: bytes,
               lang: Optional[bytes]) -> "Verification":
        self = cls.__new__(cls)
        Owner.__init__(self, handle)
        self._json = data
        self._args = (claim, lang)
        doc = json.loads(data)
        c = doc["claim"]
        self.claim = ClaimReading(c["text"], c.get("digits", c["value"]), c["unit"], c["hedge"],
                                  _end(c.get("low"), -math.inf), _end(c.get("high"), math.inf))
        self.results: Tuple[SourceResult, ...] = tuple(_result(o) for o in doc["sources"])
        s = doc["summary"]
        self.counts = VerifyCounts(s["supports"], s["contradicts"], s["not_found"],
                                   s["unchecked"])
        return self

    def __iter__(self) -> Iterator[SourceResult]:
        return iter(self.results)

    def __len__(self) -> int:
        return len(self.results)

    def __getitem__(self, source: str) -> SourceResult:
        if not isinstance(source, str):
            raise TypeError("a source id must be a str, not %s" % type(source).__name__)
        for r in self.results:
            if r.source == source:
                return r
        raise KeyError(source)

    def by_source(self) -> Dict[str, SourceResult]:
        """The results as a dict keyed by source id (a new dict)."""
        return {r.source: r for r in self.results}

    @property
    def contradictions(self) -> int:
        """The number of sources that contradict the claim."""
        return self.counts.contradicts

    @property
    def has_contradictions(self) -> bool:
        """True if a source contradicts the claim (the CLI's exit status 1)."""
        return self.counts.contradicts > 0

    def to_json(self) -> str:
        """The JSON of `crosscheck verify --format json`, as the library wrote it."""
        return self._json

    def to_dict(self) -> Dict[str, Any]:
        """The JSON as a new dict: {"claim", "sources" (with "verdict"), "summary"}."""
        return json.loads(self._json)

    def text(self) -> str:
        """The text of `crosscheck verify` (needs the open verification: it asks the library)."""
        claim, lang = self._args
        return _verify(self._ptr(), claim, lang, _lib.CC_FORMAT_TEXT)[0]

    def __repr__(self) -> str:
        return "<Verification %r: %d support, %d contradict, %d not found>" % (
            self.claim.text, self.counts.supports, self.counts.contradicts,
            self.counts.not_found)


# --------------------------------------------------------------------------
# the entry points


def _corpus(articles: Any, options: Dict[str, Any]) -> Tuple[Corpus, bool]:
    if isinstance(articles, Corpus):
        given = {k: v for k, v in options.items() if v != _DEFAULTS[k]}
        if given:
            raise ValueError("options (%s) go to Corpus(), not with a Corpus"
                             % ", ".join(sorted(given)))
        return articles, False
    return Corpus(articles, **options), True


_DEFAULTS: Dict[str, Any] = {"lang": None, "currency": None, "fx_window": 1, "lenient": False,
                             "rates": None, "exact_rel": None, "approx_rel": None,
                             "lenient_factor": None, "minor_rel": None}


def run(articles: Any, lang: Optional[str] = None, currency: Optional[str] = None,
        fx_window: int = 1, lenient: bool = False, rates: Optional[Rates] = None, *,
        exact_rel: Optional[float] = None, approx_rel: Optional[float] = None,
        lenient_factor: Optional[float] = None, minor_rel: Optional[float] = None) -> Report:
    """Cross-check articles: extract their figures, group them into claims, check them.

    The report of ``crosscheck run``: groups (each with ``grouping``, the
    words its figures share and how confident the grouping is), claims with
    spans into their article, and ``unmatched``, the figures that fit no
    group (each also a group of its own).

    Args:
        articles: paths, :class:`Article` objects, dicts, Extractions, a
            JSON array, or a :class:`Corpus` (see the module docstring).
        lang: "de", "en" or None / "auto": each article's front matter, else
            detected. An article's own language (Article.lang) wins.
        currency: convert money to this ISO 4217 code; None = each group's
            most frequent currency.
        fx_window: use the rates of all days within this many days (0..366).
        lenient: compare the lenient intervals of hedged figures.
        rates: a :class:`Rates` table; None = the built-in ECB history.
        exact_rel, approx_rel, lenient_factor, minor_rel: the interval
            parameters; None = the defaults.

    Returns:
        a :class:`Report` (it owns its claims, and keeps ``rates`` alive).

    Raises:
        FileError: a path that cannot be read (``source`` is the path).
        InputSyntaxError: an empty article, invalid UTF-8 or a NUL character
            (line, column, offset), malformed front matter or JSON.
        SchemaError: two articles with the same source id; a JSON array
            element that is not an article object.
        LanguageError: an unknown ``lang`` (option, Article or front matter).
        DateError: a published date that is not YYYY-MM-DD.
        InvalidArgumentError: an unknown currency.
        TypeError, ValueError: wrong types or values, found before C; an
            empty ``articles``; options given together with a Corpus.
        NotImplementedError: the loaded library has no cc_run.
    """
    corpus, own = _corpus(articles, {
        "lang": lang, "currency": currency, "fx_window": fx_window, "lenient": lenient,
        "rates": rates, "exact_rel": exact_rel, "approx_rel": approx_rel,
        "lenient_factor": lenient_factor, "minor_rel": minor_rel})
    try:
        return corpus.run()
    finally:
        if own:
            corpus.close()


def verify(claim: str, articles: Any, lang: Optional[str] = None, fx_window: int = 1,
           rates: Optional[Rates] = None, *, exact_rel: Optional[float] = None,
           approx_rel: Optional[float] = None, lenient_factor: Optional[float] = None,
           minor_rel: Optional[float] = None) -> Verification:
    """Check one claim against articles, as ``crosscheck verify``.

    In each source, the figure of the same dimension, within a factor of 2,
    of the same day and with the most similar words is compared with the
    claim: it supports it (strictly, leniently, or with a minor
    discrepancy), contradicts it (with the gap), or nothing is found.

    Args:
        claim: words and exactly one figure, e.g. "Nvidia verlor am 27. Januar
            2025 rund 589 Milliarden Dollar an Börsenwert".
        articles: as for :func:`run`.
        lang: the language of the claim and the articles; None = detected.
        fx_window, rates, exact_rel, approx_rel, lenient_factor, minor_rel:
            as for :func:`run` (money is compared in the claim's currency).

    Returns:
        a :class:`Verification`.

    Raises:
        QuantityError: a claim with no figure or more than one.
        the errors of :func:`run` for the articles and options.
    """
    cstr(claim, "claim")  # TypeError before reading any article
    corpus, own = _corpus(articles, {
        "lang": lang, "currency": None, "fx_window": fx_window, "lenient": False,
        "rates": rates, "exact_rel": exact_rel, "approx_rel": approx_rel,
        "lenient_factor": lenient_factor, "minor_rel": minor_rel})
    try:
        v = corpus.verify(claim)
    finally:
        if own:
            corpus.close()
    return v
