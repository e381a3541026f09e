"""Quantities: figures as written, read into exact decimals, units and hedge classes."""
from __future__ import annotations

import ctypes
import decimal
from typing import Any, NamedTuple, Optional

from . import _lib
from ._handle import Handle, Owner, cbuffer, cstr
from ._handle import text as _str
from .errors import check_status

__all__ = ["Quantity", "Interval", "parse_quantity", "HEDGES", "DIMENSIONS"]

_lib_ = _lib.lib


def _names(fn, count: int):
    return tuple(fn(i).decode("ascii") for i in range(count))


#: Hedge class names, indexed by cc_hedge value: "exact", "approx", ... "range".
HEDGES = _names(_lib_.cc_hedge_name, 9)
#: Dimension names, indexed by cc_dimension value: "currency", "percent", ...
DIMENSIONS = _names(_lib_.cc_dimension_name, 6)


class Interval(NamedTuple):
    """The interval a figure stands for; either bound may be infinite."""

    low: float
    high: float
    low_open: bool
    high_open: bool


def hedge_value(name: Any) -> int:
    """The cc_hedge value of a hedge class name ("approx_below")."""
    raw = cstr(name, "hedge")
    out = ctypes.c_int()
    if _lib_.cc_hedge_from_name(ctypes.byref(out), raw) != 0:
        raise ValueError("unknown hedge class %r (one of %s)" % (name, ", ".join(HEDGES)))
    return out.value


def _decimal_text(value: Any, what: str, optional: bool = False) -> Optional[bytes]:
    """A decimal given as str, int, float or Decimal, as the string C reads."""
    if value is None and optional:
        return None
    if isinstance(value, bool):
        raise TypeError("%s must be a str or a number, not bool" % what)
    if isinstance(value, (int, float, decimal.Decimal)):
        value = str(value)
    return cstr(value, what)


def _no_free(ptr: int) -> None:
    """The free function of a borrowed quantity: its owner frees it."""


class Quantity(Owner):
    """A figure: exact digits as written, scale, unit, dimension and hedge class.

    Made by :func:`parse_quantity` (from text) or :meth:`Quantity.new` (from
    fields). Owns a C ``cc_quantity``; ``close()`` or a with-block frees it
    early, else it is freed with the object. The attributes stay readable
    after close(); :meth:`interval` needs the C object.

    Attributes:
        digits: the value as written, an exact decimal string without the
            scale ("589", "5.6"); for a range its lower end.
        digits_high: a range's upper end; else the same as ``digits``.
        scale: the power of ten of the scale word (9 for "Milliarden").
        value, value_high: the value (range ends) including the scale, as floats.
        unit: an ISO 4217 code, "%", "pp", "count" or "ratio".
        dimension: "currency", "percent", "points", "count" or "ratio".
        hedge: the hedge class ("exact", "approx_below", ... "range").
        hedge_word: the hedge word found in the text ("fast"), "" if none.
    """

    _what = "quantity"
    digits: str
    digits_high: str
    scale: int
    value: float
    value_high: float
    unit: str
    dimension: str
    hedge: str
    hedge_word: str

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        raise TypeError("use crosscheck.parse_quantity() or Quantity.new()")

    @classmethod
    def _adopt(cls, ptr: int, handle: Optional[Handle] = None) -> "Quantity":
        self = cls.__new__(cls)
        Owner.__init__(self, handle or Handle(ptr, _lib_.cc_quantity_free))
        self.digits = _str(_lib_.cc_quantity_digits(ptr)) or ""
        self.digits_high = _str(_lib_.cc_quantity_digits_high(ptr)) or ""
        self.scale = _lib_.cc_quantity_scale(ptr)
        self.value = _lib_.cc_quantity_value(ptr)
        self.value_high = _lib_.cc_quantity_value_high(ptr)
        self.unit = _str(_lib_.cc_quantity_unit(ptr)) or ""
        dim = _lib_.cc_quantity_dimension(ptr)
        self.dimension = DIMENSIONS[dim] if 0 <= dim < len(DIMENSIONS) else str(dim)
        hedge = _lib_.cc_quantity_hedge(ptr)
        self.hedge = HEDGES[hedge] if 0 <= hedge < len(HEDGES) else str(hedge)
        self.hedge_word = _str(_lib_.cc_quantity_hedge_word(ptr)) or ""
        return self

    @classmethod
    def _borrow(cls, ptr: int, owner: Handle) -> "Quantity":
        """A view of a quantity owned by another C object, which it keeps alive."""
        return cls._adopt(ptr, Handle(ptr, _no_free, (owner,)))

    @classmethod
    def new(cls, value: Any, unit: str = "count", *, scale: Any = None, hedge: Optional[str] = None,
            high: Any = None) -> "Quantity":
        """A quantity from structured fields, as the claims format's "quantity" object.

        Args:
            value: the decimal as written: "460", "5.6", "-3", "4.6e2" (str,
                int, float or decimal.Decimal); for a range its lower end.
            unit: an ISO 4217 code, "%", "pp", "count" or "ratio".
            scale: the multiplier, a power of ten: "1e9", "1000000" or the int
                1000000000; None for none.
            hedge: the hedge class name; default "range" when ``high`` is
                given, else "exact".
            high: for a range, its upper end.

        Raises:
            QuantityError: a malformed value.
            NumberRangeError: a value not finite or too large; a bad scale.
            CurrencyError: an unknown unit.
        """
        if hedge is None:
            hedge = "range" if high is not None else "exact"
        out = ctypes.c_void_p()
        err = _lib.CcError()
        check_status(_lib_.cc_quantity_new(
            ctypes.byref(out), _decimal_text(value, "value"),
            _decimal_text(high, "high", optional=True),
            _decimal_text(scale, "scale", optional=True), cstr(unit, "unit"),
            hedge_value(hedge), ctypes.byref(err)), err)
        return cls._adopt(out.value)

    def interval(self, lenient: bool = False) -> Interval:
        """The interval the figure stands for, with the default interval parameters.

        Returns (low, high, low_open, high_open) in the quantity's unit with the
        scale applied; ``low_open`` / ``high_open`` are True when that bound is
        excluded. "mehr als 17 Prozent" gives (17.0, inf, True, True).
        """
        low, high = ctypes.c_double(), ctypes.c_double()
        low_open, high_open = ctypes.c_int(), ctypes.c_int()
        _lib_.cc_quantity_interval(self._ptr(), 1 if lenient else 0, ctypes.byref(low),
                                   ctypes.byref(high), ctypes.byref(low_open),
                                   ctypes.byref(high_open))
        return Interval(low.value, high.value, bool(low_open.value), bool(high_open.value))

    def to_dict(self) -> dict:
        """The fields as a dict (the claims format's quantity fields plus the reading)."""
        return {"digits": self.digits, "digits_high": self.digits_high, "scale": self.scale,
                "value": self.value, "value_high": self.value_high, "unit": self.unit,
                "dimension": self.dimension, "hedge": self.hedge, "hedge_word": self.hedge_word}

    def __repr__(self) -> str:
        body = self.digits
        if self.hedge == "range":
            body += "-" + self.digits_high
        if self.scale:
            body += "e%d" % self.scale
        word = " %r" % self.hedge_word if self.hedge_word else ""
        return "<Quantity %s %s %s%s>" % (self.hedge, body, self.unit, word)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Quantity):
            return NotImplemented
        return self.to_dict() == other.to_dict()

    __hash__ = None  # type: ignore[assignment]


def parse_quantity(text: Any, lang: Optional[str] = None) -> Quantity:
    """Read a figure as written: "fast 600 Mrd. $", "$5.6 million", "knapp 17 Prozent".

    Args:
        text: the text (str, or UTF-8 bytes); it must hold exactly one figure
            or one range. Words around it that carry no number are ignored.
        lang: "de", "en", or None / "auto" to pick from the text.

    Returns:
        a :class:`Quantity`.

    Raises:
        QuantityError: no figure, or more than one (``column`` points at it).
        CurrencyError, NumberRangeError, LanguageError: as their names say.
        TypeError, ValueError: text or lang of a wrong type, or a str with NUL.
    """
    buf = cbuffer(text, "text")
    out = ctypes.c_void_p()
    err = _lib.CcError()
    check_status(_lib_.cc_quantity_parse(ctypes.byref(out), buf, len(buf),
                                         cstr(lang, "lang", optional=True), ctypes.byref(err)),
                 err)
    return Quantity._adopt(out.value)
