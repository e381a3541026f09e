"""Extraction: the figures of an article, found in its text (cc_extract).

::

    x = crosscheck.extract_file("examples/data/articles/selloff/tagesblatt.txt")
    x.source, x.lang, x.published          # 'tagesblatt', 'de', '2025-01-28'
    for m in x.amounts():                  # amount mentions that are not weak
        print(m.text, m.quantity.value, m.scope, m.direction, m.negated)
    report = crosscheck.check([x, crosscheck.extract_file("market-wire.txt")])
    report = crosscheck.check(crosscheck.claims_from(extractions))   # the same

Spans in C are byte offsets into the UTF-8 text; each :class:`Mention` has
them as ``span`` and, converted to indices into ``Extraction.text`` (a str),
as ``char_span``, so that ``x.text[slice(*m.char_span)] == m.text``.
"""
from __future__ import annotations

import ctypes
import json
import os
import re
from typing import Any, Dict, Iterable, Iterator, List, NamedTuple, Optional, Tuple

from . import _lib
from ._handle import Handle, Owner, cdate, cpath, cstr
from ._handle import text as _str
from .claimset import ClaimSet
from .errors import FileError, check_status
from .quantity import Quantity

__all__ = ["Extraction", "Mention", "ExtractionWarning", "extract", "extract_file",
           "claims_from", "MENTION_KINDS"]

_lib_ = _lib.lib

#: Whether the loaded library has extraction (cc_extract, added after 0.1.0).
AVAILABLE = hasattr(_lib_, "cc_extract")

_KIND_COUNT = 9
#: Mention kind names, indexed by cc_mention_kind value: "amount", "year", ...
MENTION_KINDS: Tuple[str, ...] = (
    tuple(_lib_.cc_mention_kind_name(i).decode("ascii") for i in range(_KIND_COUNT))
    if AVAILABLE else
    ("amount", "year", "date", "time", "ordinal", "identifier", "phone", "list",
     "physical"))

_DIRECTIONS = {1: "up", -1: "down"}
_ESCAPED = re.compile("[\udc80-\udcff]")


def _require() -> None:
    if not AVAILABLE:
        raise NotImplementedError(
            "the loaded libcrosscheck (%s, version %s) has no extraction (cc_extract); "
            "build a newer one" % (_lib.path, _lib_.cc_version().decode("ascii", "replace")))


def _decode(data: bytes) -> str:
    """UTF-8 as str with one U+FFFD per invalid byte, as the library reads it.

    surrogateescape maps each invalid byte to one lone surrogate, so indices
    agree byte for byte with the library's reading; the surrogates are then
    shown as U+FFFD (what the claims JSON holds).
    """
    text = data.decode("utf-8", "surrogateescape")
    return _ESCAPED.sub("\ufffd", text)


class ExtractionWarning(NamedTuple):
    """A warning of an extraction: invalid UTF-8 or a NUL byte, read past.

    ``offset`` is the byte offset into the text (see :meth:`Extraction.char_offset`).
    """

    message: str
    offset: int


class Mention:
    """A number found in the text: an amount, or a year, date, time, ... left out of claims.

    Attributes:
        index: the mention's position among all mentions of its extraction.
        kind: "amount", "year", "date", "time", "ordinal", "identifier",
            "phone", "list" or "physical" (a figure with a unit of measure, such
            as "4,5 Kilometer"; compared where the unit is in the unit table,
            its quantity's dimension then "measure" and its unit the symbol,
            "km"; see :data:`MENTION_KINDS`).
        quantity: the figure read, a :class:`Quantity` (for other kinds the
            first number, unit "count"); it keeps the extraction's C object
            alive.
        text: the mention as written, from its hedge or range word to its
            unit: exactly ``extraction.text[char_span[0]:char_span[1]]``.
        span: its byte offsets (start, end) into the UTF-8 text.
        char_span: its str indices (start, end) into ``extraction.text``.
        sentence: the sentence it stands in (at most about 1 KB around it).
        sentence_span, sentence_char_span: the sentence's offsets, in bytes
            and in str indices.
        scope: the time scope from the sentence ("close", "intraday",
            "pre-market", "forecast", ...) or None.
        attributed_to: who the figure is attributed to ("police", "Reuters")
            or None.
        direction: "up", "down", or None.
        negated: a negation stands just before it ("not trained for $5 million").
        ambiguous: its digits read two ways; the language's reading was taken
            (German "1.971" as 1971).
        weak: likely no figure (a spelled-out number without unit); weak
            mentions are not written as claims.
        unit_text: for a physical quantity, its unit as written ("km",
            "Jährige"), else None.
    """

    __slots__ = ("index", "kind", "quantity", "text", "span", "char_span", "sentence",
                 "sentence_span", "sentence_char_span", "scope", "attributed_to", "direction",
                 "negated", "ambiguous", "weak", "unit_text")

    index: int
    kind: str
    quantity: Quantity
    text: str
    span: Tuple[int, int]
    char_span: Tuple[int, int]
    sentence: str
    sentence_span: Tuple[int, int]
    sentence_char_span: Tuple[int, int]
    scope: Optional[str]
    attributed_to: Optional[str]
    direction: Optional[str]
    negated: bool
    ambiguous: bool
    weak: bool
    unit_text: Optional[str]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        raise TypeError("mentions come from crosscheck.extract()")

    @property
    def is_amount(self) -> bool:
        """True for an amount (kind "amount") that is not weak."""
        return self.kind == "amount" and not self.weak

    @property
    def is_claim(self) -> bool:
        """True for what becomes a claim: an amount that is not weak, or a physical
        quantity in a unit of the unit table (dimension "measure": "120.000 Tonnen";
        not the weak one of "ein Liter")."""
        return self.is_amount or (self.kind == "physical" and not self.weak and
                                  self.quantity.dimension == "measure")

    def to_dict(self) -> Dict[str, Any]:
        """The fields as a dict (the quantity as :meth:`Quantity.to_dict`)."""
        out = {name: getattr(self, name) for name in self.__slots__}
        out["quantity"] = self.quantity.to_dict()
        return out

    def __repr__(self) -> str:
        flags = [name for name in ("negated", "ambiguous", "weak") if getattr(self, name)]
        extra = "".join(" %s=%s" % (name, getattr(self, name))
                        for name in ("scope", "attributed_to", "direction")
                        if getattr(self, name) is not None)
        return "<Mention %d %s %r %s-%s%s%s>" % (
            self.index, self.kind, self.text, self.span[0], self.span[1], extra,
            "".join(" " + f for f in flags))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Mention):
            return NotImplemented
        return self.to_dict() == other.to_dict()

    __hash__ = None  # type: ignore[assignment]


class Extraction(Owner):
    """The mentions of one article, from :func:`extract` or :func:`extract_file`.

    Iterate for its :class:`Mention` objects (every kind, in text order);
    ``len()`` counts them; :meth:`amounts` gives those that become claims.

    Owns a C ``cc_extraction`` and a copy of the text's bytes (the library's
    spans refer to them, and :meth:`to_claims` reads them). ``close()`` or a
    with-block releases it: the metadata, warnings and text stay readable,
    while iterating and :meth:`to_claims` raise ValueError. Mention objects
    taken before stay usable: each one's quantity keeps the C object alive
    until the last of them is gone.

    Attributes:
        lang: the language the text was read in ("de", "en").
        source: the source id (the ``source`` argument, else the front
            matter's, else the file name without extension, else "article").
        name: the display name from the front matter ("Tagesblatt") or None.
        published: the publication date "YYYY-MM-DD" or None.
        url: the front matter's url or None.
        input_name: the name the input goes by in messages (a path, "<string>").
        warnings: up to 100 :class:`ExtractionWarning` (message, byte offset).
        warning_count: the number of warnings, including those not kept.
        data: the text as bytes, as the library read it.
    """

    _what = "extraction"

    lang: str
    source: str
    name: Optional[str]
    published: Optional[str]
    url: Optional[str]
    input_name: str
    warnings: List[ExtractionWarning]
    warning_count: int
    data: bytes

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        raise TypeError("use crosscheck.extract() or crosscheck.extract_file()")

    @classmethod
    def _adopt(cls, ptr: int, data: bytes, text: Optional[str], input_name: str) -> "Extraction":
        self = cls.__new__(cls)
        Owner.__init__(self, Handle(ptr, _lib_.cc_extraction_free))
        self.data = data
        self._text = text
        self._mentions: Optional[List[Mention]] = None
        self.input_name = input_name
        self.lang = _str(_lib_.cc_extraction_lang(ptr)) or ""
        self.source = _str(_lib_.cc_extraction_source(ptr)) or ""
        self.name = _str(_lib_.cc_extraction_name(ptr))
        self.published = _str(_lib_.cc_extraction_published(ptr))
        self.url = _str(_lib_.cc_extraction_url(ptr))
        self.warning_count = _lib_.cc_extraction_warning_count(ptr)
        self.warnings = []
        offset = ctypes.c_int64()
        for i in range(self.warning_count):
            message = _lib_.cc_extraction_warning(ptr, i, ctypes.byref(offset))
            if message is None:  # beyond the ones kept
                break
            self.warnings.append(ExtractionWarning(_str(message) or "", offset.value))
        return self

    @property
    def text(self) -> str:
        """The text as str: what ``char_span`` indexes (invalid bytes as U+FFFD, one each)."""
        if self._text is None:
            self._text = _decode(self.data)
        return self._text

    def close(self) -> None:
        """Release the C object (and the mentions read, which hold it). Idempotent."""
        self._mentions = None
        self._handle = None

    def char_offset(self, byte_offset: int) -> int:
        """The str index into :attr:`text` of a byte offset into :attr:`data`."""
        if isinstance(byte_offset, bool) or not isinstance(byte_offset, int):
            raise TypeError("byte_offset must be an int, not %s" % type(byte_offset).__name__)
        if not 0 <= byte_offset <= len(self.data):
            raise ValueError("byte_offset must be in 0..%d, got %d"
                             % (len(self.data), byte_offset))
        if len(self.data) == len(self.text):  # one byte per character
            return byte_offset
        return len(self.data[:byte_offset].decode("utf-8", "surrogateescape"))

    def _char_offsets(self, offsets: Iterable[int]) -> Dict[int, int]:
        """Str indices of many byte offsets, in one pass over the text."""
        if len(self.data) == len(self.text):
            return {b: b for b in offsets}
        out: Dict[int, int] = {}
        prev = chars = 0
        for b in sorted(set(offsets)):
            chars += len(self.data[prev:b].decode("utf-8", "surrogateescape"))
            out[b] = chars
            prev = b
        return out

    @property
    def mentions(self) -> List[Mention]:
        """Every mention, in text order (a new list; the mentions are shared)."""
        return list(self._read())

    def _read(self) -> List[Mention]:
        if self._mentions is not None:
            return self._mentions
        ptr = self._ptr()
        handle = self._handle
        n = _lib_.cc_extraction_count(ptr)
        size = len(self.data)
        start, end = ctypes.c_size_t(), ctypes.c_size_t()
        raw = []
        for i in range(n):
            _lib_.cc_extraction_span(ptr, i, ctypes.byref(start), ctypes.byref(end))
            span = (min(start.value, size), min(end.value, size))
            _lib_.cc_extraction_sentence(ptr, i, ctypes.byref(start), ctypes.byref(end))
            sentence = (min(start.value, size), min(end.value, size))
            _lib_.cc_extraction_unit_span(ptr, i, ctypes.byref(start), ctypes.byref(end))
            raw.append((span, sentence, (min(start.value, size), min(end.value, size))))
        chars = self._char_offsets(b for spans in raw for span in spans for b in span)
        text = self.text
        mentions = []
        for i, (span, sentence, unit) in enumerate(raw):
            m = Mention.__new__(Mention)
            m.index = i
            kind = _lib_.cc_extraction_kind(ptr, i)
            m.kind = MENTION_KINDS[kind] if 0 <= kind < len(MENTION_KINDS) else str(kind)
            m.quantity = Quantity._borrow(_lib_.cc_extraction_quantity(ptr, i), handle)
            m.span = span
            m.char_span = (chars[span[0]], chars[span[1]])
            m.text = text[m.char_span[0]:m.char_span[1]]
            m.sentence_span = sentence
            m.sentence_char_span = (chars[sentence[0]], chars[sentence[1]])
            m.sentence = text[m.sentence_char_span[0]:m.sentence_char_span[1]]
            m.scope = _str(_lib_.cc_extraction_scope(ptr, i))
            m.attributed_to = _str(_lib_.cc_extraction_attribution(ptr, i))
            m.direction = _DIRECTIONS.get(_lib_.cc_extraction_direction(ptr, i))
            m.negated = bool(_lib_.cc_extraction_negated(ptr, i))
            m.ambiguous = bool(_lib_.cc_extraction_ambiguous(ptr, i))
            m.weak = bool(_lib_.cc_extraction_weak(ptr, i))
            m.unit_text = text[chars[unit[0]]:chars[unit[1]]] if unit[1] > unit[0] else None
            mentions.append(m)
        self._mentions = mentions
        return mentions

    def __iter__(self) -> Iterator[Mention]:
        return iter(self._read())

    def __len__(self) -> int:
        """The number of mentions, every kind."""
        return len(self._read())

    def __getitem__(self, index: int) -> Mention:
        return self._read()[index]

    def amounts(self) -> List[Mention]:
        """The amount mentions that are not weak."""
        return [m for m in self._read() if m.is_amount]

    def claims(self) -> List[Mention]:
        """The mentions that become claims, one each in :meth:`to_claims`: the
        amounts, and physical quantities in units of the unit table."""
        return [m for m in self._read() if m.is_claim]

    def to_json(self) -> str:
        """The claims JSON of this article (DESIGN.md "Formats"), as `crosscheck extract` writes."""
        return _write([self], _lib.CC_FORMAT_JSON)

    def to_claims(self) -> Dict[str, Any]:
        """The claims of this article as a dict {"sources": [...], "claims": [...]}.

        One source; one claim per mention of :meth:`claims`, with its
        structured quantity, "mention", "span", "sentence" and context fields
        (subject and measure unset). ``crosscheck.check()`` reads it.
        """
        return json.loads(self.to_json())

    def to_text(self) -> str:
        """One line per mention, every kind, for people (`crosscheck extract --format text`)."""
        return _write([self], _lib.CC_FORMAT_TEXT)

    def check(self, **options: Any):
        """Check this article's claims: ``crosscheck.check(self, **options)``."""
        from .report import check
        return check(self, **options)

    def __repr__(self) -> str:
        if self.closed:
            return "<Extraction %r closed>" % self.source
        return "<Extraction %r %s, %d mentions%s>" % (
            self.source, self.lang, _lib_.cc_extraction_count(self._ptr()),
            ", %d warnings" % self.warning_count if self.warning_count else "")


def _extraction_list(extractions: Any) -> List[Extraction]:
    if isinstance(extractions, Extraction):
        return [extractions]
    if isinstance(extractions, (str, bytes, bytearray, memoryview, dict)) or \
            not isinstance(extractions, Iterable):
        raise TypeError("extractions must be an Extraction or an iterable of them, not %s"
                        % type(extractions).__name__)
    out = list(extractions)
    for x in out:
        if not isinstance(x, Extraction):
            raise TypeError("extractions must hold Extraction objects, not %s"
                            % type(x).__name__)
    return out


def _c_arrays(extractions: List[Extraction]) -> Tuple[int, Any, Any, Any]:
    """n, and the C arrays of the extractions, their texts and lengths."""
    _require()
    n = len(extractions)
    xs = (ctypes.c_void_p * max(n, 1))(*[x._ptr() for x in extractions])
    texts = (ctypes.c_char_p * max(n, 1))(*[x.data for x in extractions])
    lens = (ctypes.c_size_t * max(n, 1))(*[len(x.data) for x in extractions])
    return n, xs, texts, lens


def _write(extractions: List[Extraction], fmt: int) -> str:
    n, xs, texts, lens = _c_arrays(extractions)
    out = ctypes.c_void_p()
    length = ctypes.c_size_t()
    err = _lib.CcError()
    try:
        check_status(_lib_.cc_extraction_write(xs, texts, lens, n, fmt, ctypes.byref(out),
                                               ctypes.byref(length), ctypes.byref(err)), err)
        return ctypes.string_at(out.value, length.value).decode("utf-8")
    finally:
        _lib_.cc_free(out)


def write_claims(extractions: Any, file: Any, format: str = "json") -> int:
    """Write the claims JSON (or, with format="text", the mention lines) of
    one or more extractions to `file`, a binary file object, in pieces of
    about 64 KiB, without making the whole document in memory first (for
    the millions of mentions of a large file).

    Returns the number of bytes written. An exception of file.write()
    stops the writer and is raised again; the file may then hold a part.
    """
    if format not in ("json", "text"):
        raise ValueError("format must be 'json' or 'text', not %r" % (format,))
    n, xs, texts, lens = _c_arrays(_extraction_list(extractions))
    err = _lib.CcError()
    written = [0]
    failure: List[BaseException] = []

    def piece(data: Any, length: int, _ctx: Any) -> int:
        try:
            file.write(ctypes.string_at(data, length))
        except BaseException as e:  # handed back after the C writer returns
            failure.append(e)
            return 1
        written[0] += length
        return 0

    sink = _lib.WRITE_FN(piece)
    fmt = _lib.CC_FORMAT_JSON if format == "json" else _lib.CC_FORMAT_TEXT
    rc = _lib_.cc_extraction_write_to(xs, texts, lens, n, fmt, sink, None, ctypes.byref(err))
    if failure:
        raise failure[0]
    check_status(rc, err)
    return written[0]


def claims_json(extractions: Any) -> str:
    """The claims JSON of several articles: one source each (as `crosscheck extract A B`)."""
    return _write(_extraction_list(extractions), _lib.CC_FORMAT_JSON)


def claims_from(extractions: Any) -> ClaimSet:
    """A :class:`ClaimSet` of the claims of one or more extractions.

    Args:
        extractions: an :class:`Extraction` or an iterable of them; each is
            one source, so their source ids must differ.

    Raises:
        SchemaError: two extractions with the same source id.
        ValueError: a closed extraction.
        TypeError: anything else.
    """
    items = _extraction_list(extractions)
    return ClaimSet.from_json(_write(items, _lib.CC_FORMAT_JSON).encode("utf-8"),
                              name="<extraction>")


def _options(lang: Any, source: Any, published: Any, name: Any) -> Tuple[Optional[bytes], ...]:
    """The options as C strings: TypeError / ValueError here, before C."""
    return (cstr(lang, "lang", optional=True), cstr(source, "source", optional=True),
            cdate(published, "published", optional=True), cstr(name, "name", optional=True))


def _run(data: bytes, text: Optional[str], raw: Tuple[Optional[bytes], ...],
         input_name: str) -> Extraction:
    opts = _lib.CcExtractOptions()
    check_status(_lib_.cc_extract_options_init(ctypes.byref(opts),
                                               _lib.CC_EXTRACT_OPTIONS_VERSION))
    opts.lang, opts.source, opts.published, opts.name = raw
    out = ctypes.c_void_p()
    err = _lib.CcError()
    check_status(_lib_.cc_extract(ctypes.byref(out), data, len(data), ctypes.byref(opts),
                                  ctypes.byref(err)), err)
    return Extraction._adopt(out.value, data, text, input_name)


def extract(text: Any, lang: Optional[str] = None, source: Optional[str] = None,
            published: Any = None, name: Optional[str] = None) -> Extraction:
    """Find every figure in an article's text.

    Args:
        text: the article as a str, or as UTF-8 bytes (bytes, bytearray,
            memoryview). It may begin with a front-matter block ("---", then
            "source:", "name:", "published:", "lang:", "url:" lines, then
            "---"). Invalid UTF-8 and NUL characters do not stop extraction:
            they become :attr:`Extraction.warnings`. A ``pathlib.Path`` (any
            os.PathLike) is read as a file, as :func:`extract_file`; a str is
            always text, never a path.
        lang: "de", "en", or None / "auto": the front matter's, else detected.
        source: the source id of its claims; default the front matter's, else
            derived from ``name``, else "article".
        published: "YYYY-MM-DD" or a datetime.date; default the front matter's.
        name: what the input is called in error messages (default
            "<string>"); a path's file name without extension is the default
            source id.

    Returns:
        an :class:`Extraction`.

    Raises:
        LanguageError: an unsupported language.
        InputSyntaxError: a malformed front-matter block (line, column).
        DateError: a published date that is not YYYY-MM-DD.
        TypeError, ValueError: arguments of a wrong type; a str that is not
            valid Unicode (lone surrogates); NUL in an option.
        NotImplementedError: the loaded library has no extraction.
    """
    if isinstance(text, os.PathLike):
        return extract_file(text, lang=lang, source=source, published=published, name=name)
    if isinstance(text, str):
        data = text.encode("utf-8")  # lone surrogates: UnicodeEncodeError (a ValueError)
        keep: Optional[str] = text
    elif isinstance(text, (bytes, bytearray, memoryview)):
        data = bytes(text)
        keep = None
    else:
        raise TypeError("text must be a str, bytes or os.PathLike, not %s"
                        % type(text).__name__)
    opts = _options(lang, source, published, name)
    _require()
    return _run(data, keep, opts, name if name is not None else "<string>")


def extract_file(path: Any, lang: Optional[str] = None, source: Optional[str] = None,
                 published: Any = None, name: Optional[str] = None) -> Extraction:
    """Find every figure in an article file (UTF-8 text), as `crosscheck extract FILE`.

    The source id defaults to the front matter's, else the file name
    without extension; ``name`` (messages) defaults to the path. Other
    arguments and errors as :func:`extract`, plus FileError (an OSError)
    for a file that cannot be read.
    """
    raw_path = cpath(path)
    shown = os.fsdecode(raw_path)
    opts = _options(lang, source, published, shown if name is None else name)
    _require()
    try:
        with open(raw_path, "rb") as f:
            data = f.read()
    except OSError as e:
        what = "cannot open" if isinstance(e, (FileNotFoundError, PermissionError)) \
            else "read error"
        raise FileError("%s: %s" % (what, e.strerror or e), -3, shown) from None
    return _run(data, None, opts, shown if name is None else name)
