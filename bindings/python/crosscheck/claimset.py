"""Claim sets: sources and the claims they make, the input of a check."""
from __future__ import annotations

import ctypes
import json
import os
from typing import Any, Mapping, Optional

from . import _lib
from ._handle import Handle, Owner, cbuffer, cdate, cpath, cstr
from .errors import check_status
from .quantity import Quantity

__all__ = ["ClaimSet"]

_lib_ = _lib.lib


def _claims_json(data: Any) -> bytes:
    """Claims given as a dict, JSON text or bytes, as bytes for cc_claimset_load_json."""
    if isinstance(data, Mapping):
        # allow_nan=False: NaN and infinities are not JSON (ValueError here)
        return json.dumps(data, ensure_ascii=False, allow_nan=False).encode("utf-8")
    return cbuffer(data, "claims")


class ClaimSet(Owner):
    """Sources and their claims: read from claims JSON, or built in code.

    Owns a C ``cc_claimset``. ``close()`` or a with-block releases it; a
    report made from the set keeps it alive as long as the report lives, and
    while a report lives the set cannot be added to (ValueError): the report
    reads it.

    Example::

        claims = crosscheck.ClaimSet()
        claims.add_source("a", published="2025-01-28", lang="de")
        claims.add_source("b", published="2025-01-28", lang="en")
        claims.add_claim("c1", "a", "fast 600 Milliarden US-Dollar", subject="Nvidia")
        claims.add_claim("c2", "b", quantity={"value": "589", "scale": "1e9", "unit": "USD"},
                         subject="Nvidia")
        report = crosscheck.check(claims)
    """

    _what = "claim set"

    def __init__(self) -> None:
        """An empty claim set."""
        out = ctypes.c_void_p()
        err = _lib.CcError()
        check_status(_lib_.cc_claimset_new(ctypes.byref(out), ctypes.byref(err)), err)
        super().__init__(Handle(out.value, _lib_.cc_claimset_free))

    @classmethod
    def _adopt(cls, ptr: int) -> "ClaimSet":
        self = cls.__new__(cls)
        Owner.__init__(self, Handle(ptr, _lib_.cc_claimset_free))
        return self

    @classmethod
    def from_json(cls, data: Any, name: Optional[str] = None) -> "ClaimSet":
        """Read claims JSON: a dict (as json.load gives), a str or bytes of JSON text.

        ``name`` names the input in errors (default "<string>").

        Raises:
            InputSyntaxError: malformed JSON (line and column from the parser).
            SchemaError: a missing or wrongly typed field, an unknown source, a
                duplicate id.
            QuantityError, CurrencyError, NumberRangeError, DateError,
            LanguageError: a claim whose figure, unit, value, date or language
                cannot be used (the message names the claim id).
            TypeError, ValueError: data of another type; a dict holding NaN or
                values json cannot write; a str holding NUL.
        """
        buf = _claims_json(data)
        raw_name = cstr(name, "name", optional=True)
        out = ctypes.c_void_p()
        err = _lib.CcError()
        check_status(_lib_.cc_claimset_load_json(ctypes.byref(out), buf, len(buf), raw_name,
                                                 ctypes.byref(err)), err)
        return cls._adopt(out.value)

    @classmethod
    def from_file(cls, path: Any) -> "ClaimSet":
        """Read a claims JSON file. Errors as :meth:`from_json`, plus FileError."""
        raw = cpath(path)
        out = ctypes.c_void_p()
        err = _lib.CcError()
        check_status(_lib_.cc_claimset_load_file(ctypes.byref(out), raw, ctypes.byref(err)), err)
        return cls._adopt(out.value)

    def _writable(self) -> int:
        ptr = self._ptr()
        if self._handle.readers:  # type: ignore[union-attr]
            raise ValueError("claim set is read by a report; close the report (or build a new "
                             "set) before adding to it")
        return ptr

    def add_source(self, id: str, name: Optional[str] = None, published: Any = None,
                   lang: Optional[str] = None, url: Optional[str] = None) -> None:
        """Add a source.

        Args:
            id: unique, non-empty source id; claims refer to it.
            name: display name ("Forbes").
            published: "YYYY-MM-DD" or a datetime.date; the default date of the
                source's claims.
            lang: "de" or "en": the language its claims' texts are read in.
            url: where the report came from.

        Raises:
            SchemaError: a duplicate or empty id. DateError, LanguageError.
        """
        args = (cstr(id, "id"), cstr(name, "name", True), cdate(published, "published", True),
                cstr(lang, "lang", True), cstr(url, "url", True))
        err = _lib.CcError()
        check_status(_lib_.cc_claimset_add_source(self._writable(), *args, ctypes.byref(err)),
                     err)

    def add_claim(self, id: str, source: str, text: Optional[str] = None, *,
                  quantity: Any = None, subject: Optional[str] = None,
                  measure: Optional[str] = None, date: Any = None, scope: Optional[str] = None,
                  attributed_to: Optional[str] = None, lang: Optional[str] = None,
                  syndicated_from: Optional[str] = None) -> None:
        """Add a claim. Exactly one of ``text`` and ``quantity`` must be given.

        Args:
            id: unique claim id.
            source: the id of an added source.
            text: the figure as written ("fast 600 Milliarden US-Dollar"), read
                in ``lang`` (default: the source's language).
            quantity: the figure as a :class:`Quantity`, or a dict like the
                claims format's quantity object ({"value": "460", "scale":
                "1e9", "unit": "USD", "hedge": "approx_above"}; a range gives
                "low" and "high"). It is copied.
            subject, measure, scope, attributed_to: the claim's key fields;
                None = unspecified.
            date: "YYYY-MM-DD" or a datetime.date; None = the source's date.
            syndicated_from: the id of the claim this one copies.

        Raises:
            SchemaError: a missing or duplicate id, an unknown source, both or
                neither of text and quantity. The errors of parse_quantity()
                for the text; DateError.
        """
        fields = _lib.CcClaimFields()
        fields.version = _lib.CC_CLAIM_FIELDS_VERSION
        fields.id = cstr(id, "id")
        fields.source = cstr(source, "source")
        fields.subject = cstr(subject, "subject", True)
        fields.measure = cstr(measure, "measure", True)
        fields.date = cdate(date, "date", True)
        fields.scope = cstr(scope, "scope", True)
        fields.attributed_to = cstr(attributed_to, "attributed_to", True)
        fields.text = cstr(text, "text", True)
        fields.lang = cstr(lang, "lang", True)
        fields.syndicated_from = cstr(syndicated_from, "syndicated_from", True)
        made = None
        if quantity is None:
            q = None
        elif isinstance(quantity, Quantity):
            q = quantity
        elif isinstance(quantity, Mapping):
            q = made = _quantity_from_mapping(quantity)
        else:
            raise TypeError("quantity must be a Quantity or a dict, not %s"
                            % type(quantity).__name__)
        try:
            fields.quantity = q._ptr() if q is not None else None
            err = _lib.CcError()
            check_status(_lib_.cc_claimset_add_claim(self._writable(), ctypes.byref(fields),
                                                     ctypes.byref(err)), err)
        finally:
            if made is not None:
                made.close()

    @property
    def source_count(self) -> int:
        """The number of sources."""
        return _lib_.cc_claimset_source_count(self._ptr())

    @property
    def claim_count(self) -> int:
        """The number of claims."""
        return _lib_.cc_claimset_claim_count(self._ptr())

    def __len__(self) -> int:
        """The number of claims."""
        return self.claim_count

    def check(self, **options: Any):
        """Check these claims: the same as ``crosscheck.check(self, **options)``."""
        from .report import check
        return check(self, **options)

    def __repr__(self) -> str:
        if self.closed:
            return "<ClaimSet closed>"
        return "<ClaimSet %d sources, %d claims>" % (self.source_count, self.claim_count)


_QUANTITY_KEYS = {"value", "low", "high", "scale", "unit", "hedge"}


def _quantity_from_mapping(q: Mapping) -> Quantity:
    unknown = set(q) - _QUANTITY_KEYS
    if unknown:
        raise ValueError("unknown quantity field(s): %s" % ", ".join(sorted(map(str, unknown))))
    if "value" in q:
        if "low" in q or "high" in q:
            raise ValueError("a quantity has either value or low and high")
        value, high = q["value"], None
    elif "low" in q and "high" in q:
        value, high = q["low"], q["high"]
    else:
        raise ValueError("a quantity needs value, or low and high")
    return Quantity.new(value, q.get("unit", "count"), scale=q.get("scale"),
                        hedge=q.get("hedge"), high=high)


def load_claims(claims: Any) -> ClaimSet:
    """A ClaimSet from what check() accepts (internal)."""
    if isinstance(claims, ClaimSet):
        claims._ptr()
        return claims
    from .extraction import Extraction, claims_from
    if isinstance(claims, Extraction):
        return claims_from(claims)
    if isinstance(claims, (list, tuple)) or _is_iterator(claims):
        items = list(claims)
        if all(isinstance(x, Extraction) for x in items):  # [] too: no claims
            return claims_from(items)
        raise TypeError("a list given as claims must hold crosscheck.Extraction objects, "
                        "not %s" % ", ".join(sorted({type(x).__name__ for x in items
                                                     if not isinstance(x, Extraction)})))
    if isinstance(claims, (str, os.PathLike)) and not _looks_like_json(claims):
        return ClaimSet.from_file(claims)
    if isinstance(claims, (Mapping, str, bytes, bytearray, memoryview)):
        return ClaimSet.from_json(claims)
    raise TypeError("claims must be a dict, JSON text (str or bytes), a path, a ClaimSet, "
                    "or Extraction objects, not %s" % type(claims).__name__)


def _is_iterator(value: Any) -> bool:
    return hasattr(value, "__next__") and hasattr(value, "__iter__")


def _looks_like_json(value: Any) -> bool:
    if not isinstance(value, str):
        return False
    head = value.lstrip()[:1]
    return head in ("{", "[", "") or "\n" in value
