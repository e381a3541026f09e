"""Ownership of C handles and conversion of arguments (internal).

Each C object is owned by one :class:`Handle`. A handle frees its pointer
exactly once: when the last Python reference to it goes (a ``weakref.finalize``
callback, which also runs at interpreter exit, newest first). A public
object (ClaimSet, Report, ...) holds its handle; its ``close()`` drops that
reference. A handle can keep other handles alive (``keep``): a report's
handle keeps the claim set's handle, so closing the ClaimSet while a report
still reads it only frees the set once the report is gone too.

The argument helpers turn Python values into what C accepts, raising
TypeError or ValueError first for anything C must not see (None where a
string is needed, embedded NUL characters, numbers beyond a C int).
"""
from __future__ import annotations

import datetime
import os
import weakref
from typing import Any, Callable, Optional, Tuple

_INT_MAX = 2 ** 31 - 1


class Handle:
    """One owned C pointer and the handles it needs alive.

    ``readers`` counts the live handles that keep this one (a claim set's
    reports): while it is not 0 the C object must not change.
    """

    __slots__ = ("ptr", "keep", "readers", "_finalizer", "__weakref__")

    def __init__(self, ptr: int, free: Callable[[int], None], keep: Tuple["Handle", ...] = ()):
        if not ptr:
            raise ValueError("NULL handle")
        self.ptr = ptr
        self.keep = keep
        self.readers = 0
        for parent in keep:
            parent.readers += 1
        self._finalizer = weakref.finalize(self, _release, free, ptr, keep)

    # A handle is shared, never duplicated: a copy owning the same pointer
    # would free it twice or outlive it.
    def __copy__(self) -> "Handle":
        return self

    def __deepcopy__(self, memo: Any) -> "Handle":
        return self

    def __reduce__(self) -> Any:
        raise TypeError("crosscheck objects backed by C cannot be pickled")


def _release(free: Callable[[int], None], ptr: int, keep: Tuple[Handle, ...]) -> None:
    free(ptr)
    for parent in keep:
        parent.readers -= 1


class Owner:
    """Base of public objects that own a C handle: close(), with-blocks, GC fallback."""

    __slots__ = ("_handle", "__weakref__")
    _what = "object"

    def __init__(self, handle: Optional[Handle]) -> None:
        self._handle = handle

    def _ptr(self) -> int:
        handle = self._handle
        if handle is None:
            raise ValueError("%s is closed" % self._what)
        return handle.ptr

    @property
    def closed(self) -> bool:
        """True after close()."""
        return self._handle is None

    def close(self) -> None:
        """Release the C object. Idempotent; objects that still need it keep it alive."""
        self._handle = None

    def __enter__(self):
        self._ptr()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


def cstr(value: Any, what: str, optional: bool = False) -> Optional[bytes]:
    """A str (or None when optional) as UTF-8 bytes for a ``const char *``."""
    if value is None:
        if optional:
            return None
        raise TypeError("%s must be a str, not None" % what)
    if not isinstance(value, str):
        raise TypeError("%s must be a str, not %s" % (what, type(value).__name__))
    if "\0" in value:
        raise ValueError("%s contains a NUL character" % what)
    return value.encode("utf-8")


def cdate(value: Any, what: str, optional: bool = False) -> Optional[bytes]:
    """A date given as "YYYY-MM-DD" or a datetime.date."""
    if isinstance(value, datetime.datetime):
        value = value.date()
    if isinstance(value, datetime.date):
        value = value.isoformat()
    return cstr(value, what, optional)


def cpath(value: Any, what: str = "path") -> bytes:
    """A file path (str, bytes or os.PathLike) for C."""
    if value is None:
        raise TypeError("%s must be a path, not None" % what)
    try:
        value = os.fspath(value)
    except TypeError:
        raise TypeError("%s must be a str, bytes or os.PathLike, not %s"
                        % (what, type(value).__name__)) from None
    if isinstance(value, str):
        value = os.fsencode(value)
    if b"\0" in value:
        raise ValueError("%s contains a NUL character" % what)
    return value


def cbuffer(value: Any, what: str) -> bytes:
    """Text given as str (UTF-8 encoded) or bytes-like, for a (buffer, length) pair."""
    if isinstance(value, str):
        if "\0" in value:
            raise ValueError("%s contains a NUL character" % what)
        return value.encode("utf-8")
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value)
    raise TypeError("%s must be a str or bytes, not %s" % (what, type(value).__name__))


def cint(value: Any, what: str, low: int = -_INT_MAX - 1, high: int = _INT_MAX) -> int:
    """An int (not bool) within [low, high]."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError("%s must be an int, not %s" % (what, type(value).__name__))
    if not low <= value <= high:
        raise ValueError("%s must be in %d..%d, got %d" % (what, low, high, value))
    return value


def cfloat(value: Any, what: str) -> float:
    """A real number (int or float, not bool)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError("%s must be a number, not %s" % (what, type(value).__name__))
    try:
        return float(value)
    except OverflowError:
        raise ValueError("%s is too large: %r" % (what, value)) from None


def text(raw: Optional[bytes]) -> Optional[str]:
    """A borrowed C string as str (None stays None)."""
    return None if raw is None else raw.decode("utf-8", "replace")
