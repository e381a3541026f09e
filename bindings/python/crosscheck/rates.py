"""Exchange rates: the ECB euro reference rates built into the library, plus CSV files."""
from __future__ import annotations

import ctypes
import dataclasses
from typing import Any, Optional

from . import _lib
from ._handle import Handle, Owner, cbuffer, cdate, cfloat, cint, cpath, cstr
from ._handle import text as _str
from .errors import check_status

__all__ = ["Rates", "Conversion"]

_lib_ = _lib.lib


@dataclasses.dataclass(frozen=True)
class Conversion:
    """A currency conversion over a window of days.

    From :meth:`Rates.convert`: ``low`` and ``high`` are the amount converted
    at the lowest and the highest rate of the window. As a claim's ``fx`` in a
    report: the lowest and highest rate themselves (units of ``to_currency``
    per unit of ``from_currency``), i.e. the conversion of 1.

    Attributes:
        low, high: the smaller and the larger result.
        first_day, last_day: the first and last day ("YYYY-MM-DD") whose
            rates were used.
        from_currency, to_currency: the ISO codes converted from and to.
        after_table: True if the date lies after the rate table's last day,
            so that the last rates known were used.
    """

    low: float
    high: float
    first_day: str
    last_day: str
    from_currency: str = ""
    to_currency: str = ""
    after_table: bool = False


class Rates(Owner):
    """A table of daily euro reference rates, usable as ``check(..., rates=)``.

    A new table holds the ECB history built into the library (no file
    needed). :meth:`load` and :meth:`load_csv` add days and currencies or
    override rates from CSV in the ECB layout ("Date,USD,JPY,..." then one
    row a day). Owns a C ``cc_rates``: ``close()`` or a with-block frees it
    early; reports made with it keep it alive as long as they need it.

    Do not load into a table while another thread checks with it.

    Example::

        rates = crosscheck.Rates()
        conv = rates.convert(563e9, "EUR", "USD", "2025-01-27")
        print(conv.low, conv.high, conv.first_day, conv.last_day)
    """

    _what = "rate table"

    def __init__(self, path: Any = None) -> None:
        """The built-in table; with ``path``, plus the rates of that CSV file."""
        out = ctypes.c_void_p()
        err = _lib.CcError()
        check_status(_lib_.cc_rates_new(ctypes.byref(out), ctypes.byref(err)), err)
        super().__init__(Handle(out.value, _lib_.cc_rates_free))
        if path is not None:
            self.load(path)

    def load(self, path: Any) -> "Rates":
        """Add or override rates from a CSV file in the ECB layout; returns self.

        Raises:
            FileError: the file cannot be read.
            InputSyntaxError: an empty file, a malformed row, date or number, a
                duplicate date (with line and column).
            CurrencyError: a header cell that is not a three-letter code, a
                duplicate code or "EUR".
            LimitError: more than 512 currencies.
        On error the table is unchanged.
        """
        raw = cpath(path)
        err = _lib.CcError()
        check_status(_lib_.cc_rates_load_file(self._ptr(), raw, ctypes.byref(err)), err)
        return self

    def load_csv(self, data: Any, name: Optional[str] = None) -> "Rates":
        """The same as :meth:`load` for CSV text (str or bytes); ``name`` appears in errors."""
        buf = cbuffer(data, "data")
        raw_name = cstr(name, "name", optional=True)
        err = _lib.CcError()
        check_status(_lib_.cc_rates_load_buffer(self._ptr(), buf, len(buf), raw_name,
                                                ctypes.byref(err)), err)
        return self

    def has_currency(self, code: str) -> bool:
        """True if the table has at least one rate for this ISO code (EUR always)."""
        return bool(_lib_.cc_rates_has_currency(self._ptr(), cstr(code, "code")))

    def __contains__(self, code: object) -> bool:
        return isinstance(code, str) and "\0" not in code and self.has_currency(code)

    @property
    def first_date(self) -> str:
        """The first day of the table, "YYYY-MM-DD"."""
        return _str(_lib_.cc_rates_first_date(self._ptr())) or ""

    @property
    def last_date(self) -> str:
        """The last day of the table, "YYYY-MM-DD"."""
        return _str(_lib_.cc_rates_last_date(self._ptr())) or ""

    def convert(self, amount: float, from_: str, to: str, date: Any,
                window: int = 1) -> Conversion:
        """Convert an amount between currencies with the rates of the days around a date.

        Uses every day with rates within ``window`` days of ``date``, each end
        of the window moved outward over weekends and holidays to the nearest
        day with rates; cross rates go through EUR.

        Args:
            amount: the amount in ``from_``.
            from_, to: ISO 4217 codes.
            date: "YYYY-MM-DD" or a datetime.date.
            window: days on each side of the date, 0..366.

        Returns:
            a :class:`Conversion` with the amount at the lowest and highest rate.

        Raises:
            CurrencyError: a currency is unknown or has no rate near that date.
            DateError: a malformed date, or one before the table.
        """
        amount_ = cfloat(amount, "amount")
        raw_from, raw_to = cstr(from_, "from_"), cstr(to, "to")
        raw_date = cdate(date, "date")
        days = cint(window, "window", 0, 366)
        low, high = ctypes.c_double(), ctypes.c_double()
        first, last = ctypes.create_string_buffer(16), ctypes.create_string_buffer(16)
        err = _lib.CcError()
        check_status(_lib_.cc_rates_convert(self._ptr(), amount_, raw_from, raw_to, raw_date,
                                            days, ctypes.byref(low), ctypes.byref(high), first,
                                            last, ctypes.byref(err)), err)
        last_date = self.last_date
        date_text = raw_date.decode("utf-8") if raw_date else ""
        return Conversion(low.value, high.value, first.value.decode("ascii"),
                          last.value.decode("ascii"), from_.upper(), to.upper(),
                          date_text > last_date)

    def __repr__(self) -> str:
        if self.closed:
            return "<Rates closed>"
        return "<Rates %s..%s>" % (self.first_date, self.last_date)
