"""The exceptions crosscheck raises, one class per C status code.

::

    CrosscheckError                       any failure reported by libcrosscheck
    ├── OutOfMemoryError    (MemoryError) CC_ENOMEM
    ├── InvalidArgumentError (ValueError) CC_EINVAL: a bad option (unknown --currency ...)
    ├── FileError           (OSError)     CC_EIO: a file could not be read or written
    ├── InputError          (ValueError)  bad input data (claims JSON, rates CSV, texts):
    │   ├── InputSyntaxError              CC_ESYNTAX: malformed JSON, CSV or date
    │   ├── SchemaError                   CC_ESCHEMA: missing or wrongly typed field,
    │   │                                 unknown source, duplicate id
    │   ├── QuantityError                 CC_EQUANTITY: no figure, or more than one
    │   ├── CurrencyError                 CC_ECURRENCY: unknown currency, no rate
    │   ├── DateError                     CC_EDATE: impossible or unsupported date
    │   ├── NumberRangeError              CC_ERANGE: 1e400, NaN, negative scale
    │   ├── LanguageError                 CC_ELANG: a language without tables
    │   └── LimitError                    CC_ELIMIT: input beyond a documented limit
    ├── ICUError                          CC_EICU: ICU reported a failure
    └── InternalError                     CC_EINTERNAL: a bug in crosscheck

No name shadows a builtin (``SyntaxError``, ``MemoryError``, ``RangeError``...);
the builtin bases make ``except ValueError`` / ``except OSError`` /
``except MemoryError`` work as expected.

Mistakes caught in Python before reaching C (a wrong type, an embedded NUL
character, a number that does not fit a C int) raise plain TypeError or
ValueError.
"""
from __future__ import annotations

from typing import Dict, Optional, Type

from . import _lib

__all__ = [
    "CrosscheckError", "OutOfMemoryError", "InvalidArgumentError", "FileError", "InputError",
    "InputSyntaxError", "SchemaError", "QuantityError", "CurrencyError", "DateError",
    "NumberRangeError", "LanguageError", "LimitError", "ICUError", "InternalError",
]


class CrosscheckError(Exception):
    """A failure reported by libcrosscheck.

    Attributes (those of ``struct cc_error``):

    - ``code``: the negative ``cc_status`` (``-4`` for CC_ESYNTAX ...);
    - ``message``: lower-case English naming the offending token or claim id;
    - ``source``: the input's name (a path, ``"<string>"``), ``""`` if none;
    - ``line``, ``column``: 1-based position (column in code points), 0 if none;
    - ``offset``: byte offset from the start of the input, -1 if none.

    ``str(error)`` reads ``source:line:column: message`` like the command line
    (leaving out what is unknown).
    """

    code: int = 0

    def __init__(self, message: str, code: Optional[int] = None, source: str = "",
                 line: int = 0, column: int = 0, offset: int = -1) -> None:
        if code is not None:
            self.code = code
        self.message = message
        self.source = source
        self.line = line
        self.column = column
        self.offset = offset
        super().__init__(message)

    def __str__(self) -> str:
        where = self.source
        if self.line > 0:
            where = "%s%d:%d" % (where + ":" if where else "", self.line, self.column)
        return "%s: %s" % (where, self.message) if where else self.message

    def __repr__(self) -> str:
        return "%s(%r, code=%d, source=%r, line=%d, column=%d, offset=%d)" % (
            type(self).__name__, self.message, self.code, self.source, self.line,
            self.column, self.offset)

    def __reduce__(self):  # picklable despite the keyword arguments
        return (type(self), (self.message, self.code, self.source, self.line, self.column,
                             self.offset))


class OutOfMemoryError(CrosscheckError, MemoryError):
    """CC_ENOMEM: the library ran out of memory."""
    code = -1


class InvalidArgumentError(CrosscheckError, ValueError):
    """CC_EINVAL: an invalid argument or option, e.g. an unknown ``currency``."""
    code = -2


class FileError(CrosscheckError, OSError):
    """CC_EIO: a file could not be read or written (``source`` is its path)."""
    code = -3


class InputError(CrosscheckError, ValueError):
    """Input data that crosscheck cannot use; base of the classes below."""


class InputSyntaxError(InputError):
    """CC_ESYNTAX: malformed input (JSON, rates CSV, a date); line and column from the parser."""
    code = -4


class SchemaError(InputError):
    """CC_ESCHEMA: well-formed input with wrong content (missing field, unknown source, duplicate id)."""
    code = -5


class QuantityError(InputError):
    """CC_EQUANTITY: a quantity text or value that cannot be read."""
    code = -6


class CurrencyError(InputError):
    """CC_ECURRENCY: an unknown currency code or name, or no rate for it."""
    code = -7


class DateError(InputError):
    """CC_EDATE: an impossible or unsupported date."""
    code = -8


class NumberRangeError(InputError):
    """CC_ERANGE: a number out of range (1e400, NaN, a negative scale)."""
    code = -9


class LanguageError(InputError):
    """CC_ELANG: a language crosscheck has no tables for."""
    code = -10


class LimitError(InputError):
    """CC_ELIMIT: input larger than a documented limit."""
    code = -12


class ICUError(CrosscheckError):
    """CC_EICU: ICU reported a failure."""
    code = -11


class InternalError(CrosscheckError):
    """CC_EINTERNAL: a bug in crosscheck; please report it."""
    code = -13


#: The exception class of each status code.
ERROR_CLASSES: Dict[int, Type[CrosscheckError]] = {
    cls.code: cls for cls in (OutOfMemoryError, InvalidArgumentError, FileError,
                              InputSyntaxError, SchemaError, QuantityError, CurrencyError,
                              DateError, NumberRangeError, LanguageError, LimitError, ICUError,
                              InternalError)
}


def _text(raw: bytes) -> str:
    return raw.decode("utf-8", "replace")


def error_from(status: int, err: Optional[_lib.CcError] = None) -> CrosscheckError:
    """The exception for a failed call: its status and (if filled in) its cc_error."""
    if err is not None and err.code == status:
        message = _text(err.message) or _text(_lib.lib.cc_strerror(status))
        source, line, column, offset = _text(err.source), err.line, err.column, err.offset
    else:
        message = _text(_lib.lib.cc_strerror(status) or b"unknown error")
        source, line, column, offset = "", 0, 0, -1
    cls = ERROR_CLASSES.get(status, CrosscheckError)
    return cls(message, status, source, line, column, offset)


def check_status(status: int, err: Optional[_lib.CcError] = None) -> None:
    """Raise the matching CrosscheckError unless ``status`` is CC_OK."""
    if status != 0:
        raise error_from(status, err)
