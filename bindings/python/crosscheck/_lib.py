"""Loading libcrosscheck and declaring its functions (internal).

The shared library is looked for, in this order:

1. the path in the environment variable ``CROSSCHECK_LIBRARY``;
2. when the package is used from a source checkout (not installed): a meson
   build directory of that checkout (``build/lib/libcrosscheck.so``, or any
   other directory holding ``meson-private/`` and ``lib/libcrosscheck.so``);
3. when the package was installed by ``meson install``: the library installed
   with it (its path is recorded in ``_install_config.py`` at install time);
4. the installed library by its soname ``libcrosscheck.so.0`` (the dynamic
   loader's search path) and ``ctypes.util.find_library("crosscheck")``.

If none loads, ImportError names every place tried and why it failed.

Every function of include/crosscheck.h is declared in :data:`FUNCTIONS`, in
header order (STYLE.md section 9). Owned strings come back through
``char **`` out parameters declared as ``POINTER(c_void_p)`` so that the
pointer is kept and can be given to ``cc_free``.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import os
from ctypes import (POINTER, Structure, c_char, c_char_p, c_double, c_int, c_int64, c_size_t,
                    c_uint, c_void_p)
from typing import List, Optional, Sequence, Tuple

#: The major version of the C library this binding is written for.
BINDING_MAJOR = 0
SONAME = "libcrosscheck.so.0"

CC_ERROR_SOURCE_LENGTH = 256
CC_ERROR_MESSAGE_LENGTH = 256
CC_CLAIM_FIELDS_VERSION = 1
CC_CHECK_OPTIONS_VERSION = 1
CC_EXTRACT_OPTIONS_VERSION = 1
CC_FORMAT_JSON = 0
CC_FORMAT_TEXT = 1


class CcError(Structure):
    """Mirror of ``struct cc_error``."""

    _fields_ = [
        ("code", c_int),
        ("line", c_int),
        ("column", c_int),
        ("offset", c_int64),
        ("source", c_char * CC_ERROR_SOURCE_LENGTH),
        ("message", c_char * CC_ERROR_MESSAGE_LENGTH),
    ]


class CcClaimFields(Structure):
    """Mirror of ``struct cc_claim_fields`` (version 1)."""

    _fields_ = [
        ("version", c_uint),
        ("id", c_char_p),
        ("source", c_char_p),
        ("subject", c_char_p),
        ("measure", c_char_p),
        ("date", c_char_p),
        ("scope", c_char_p),
        ("attributed_to", c_char_p),
        ("text", c_char_p),
        ("lang", c_char_p),
        ("quantity", c_void_p),
        ("syndicated_from", c_char_p),
    ]


class CcCheckOptions(Structure):
    """Mirror of ``struct cc_check_options`` (version 1)."""

    _fields_ = [
        ("version", c_uint),
        ("currency", c_char_p),
        ("fx_window_days", c_int),
        ("lenient", c_int),
        ("exact_rel", c_double),
        ("approx_rel", c_double),
        ("lenient_factor", c_double),
        ("minor_rel", c_double),
    ]


class CcExtractOptions(Structure):
    """Mirror of ``struct cc_extract_options`` (version 1)."""

    _fields_ = [
        ("version", c_uint),
        ("lang", c_char_p),
        ("source", c_char_p),
        ("published", c_char_p),
        ("name", c_char_p),
    ]


class CcRunOptions(Structure):
    """Mirror of ``struct cc_run_options`` (version 1)."""

    _fields_ = [
        ("version", c_uint),
        ("lang", c_char_p),
        ("check", POINTER(CcCheckOptions)),
        ("rates", c_void_p),
    ]


_err = POINTER(CcError)
_out = POINTER(c_void_p)  # cc_x **out, and owned char **out
# cc_write_fn: int (*)(const char *data, size_t len, void *ctx)
WRITE_FN = ctypes.CFUNCTYPE(c_int, POINTER(c_char), c_size_t, c_void_p)

# (name, restype, argtypes), in the order of include/crosscheck.h.
# Opaque handles (cc_quantity *, cc_rates *, cc_claimset *, cc_report *) are c_void_p;
# enums are c_int.
FUNCTIONS: Sequence[Tuple[str, object, list]] = (
    # version, status codes, errors, memory
    ("cc_version", c_char_p, []),
    ("cc_version_number", c_int, []),
    ("cc_strerror", c_char_p, [c_int]),
    ("cc_free", None, [c_void_p]),
    # quantities
    ("cc_hedge_name", c_char_p, [c_int]),
    ("cc_hedge_from_name", c_int, [POINTER(c_int), c_char_p]),
    ("cc_dimension_name", c_char_p, [c_int]),
    ("cc_quantity_parse", c_int, [_out, c_char_p, c_size_t, c_char_p, _err]),
    ("cc_quantity_new", c_int, [_out, c_char_p, c_char_p, c_char_p, c_char_p, c_int, _err]),
    ("cc_quantity_free", None, [c_void_p]),
    ("cc_quantity_digits", c_char_p, [c_void_p]),
    ("cc_quantity_digits_high", c_char_p, [c_void_p]),
    ("cc_quantity_scale", c_int, [c_void_p]),
    ("cc_quantity_value", c_double, [c_void_p]),
    ("cc_quantity_value_high", c_double, [c_void_p]),
    ("cc_quantity_unit", c_char_p, [c_void_p]),
    ("cc_quantity_dimension", c_int, [c_void_p]),
    ("cc_quantity_hedge", c_int, [c_void_p]),
    ("cc_quantity_hedge_word", c_char_p, [c_void_p]),
    ("cc_quantity_interval", None,
     [c_void_p, c_int, POINTER(c_double), POINTER(c_double), POINTER(c_int), POINTER(c_int)]),
    # exchange rates
    ("cc_rates_new", c_int, [_out, _err]),
    ("cc_rates_load_file", c_int, [c_void_p, c_char_p, _err]),
    ("cc_rates_load_buffer", c_int, [c_void_p, c_char_p, c_size_t, c_char_p, _err]),
    ("cc_rates_free", None, [c_void_p]),
    ("cc_rates_has_currency", c_int, [c_void_p, c_char_p]),
    ("cc_rates_first_date", c_char_p, [c_void_p]),
    ("cc_rates_last_date", c_char_p, [c_void_p]),
    ("cc_rates_convert", c_int,
     [c_void_p, c_double, c_char_p, c_char_p, c_char_p, c_int, POINTER(c_double),
      POINTER(c_double), POINTER(c_char), POINTER(c_char), _err]),
    # claim sets
    ("cc_claimset_new", c_int, [_out, _err]),
    ("cc_claimset_load_json", c_int, [_out, c_char_p, c_size_t, c_char_p, _err]),
    ("cc_claimset_load_file", c_int, [_out, c_char_p, _err]),
    ("cc_claimset_free", None, [c_void_p]),
    ("cc_claimset_add_source", c_int,
     [c_void_p, c_char_p, c_char_p, c_char_p, c_char_p, c_char_p, _err]),
    ("cc_claim_fields_init", c_int, [POINTER(CcClaimFields), c_uint]),
    ("cc_claimset_add_claim", c_int, [c_void_p, POINTER(CcClaimFields), _err]),
    ("cc_claimset_source_count", c_size_t, [c_void_p]),
    ("cc_claimset_claim_count", c_size_t, [c_void_p]),
    # the check
    ("cc_check_options_init", c_int, [POINTER(CcCheckOptions), c_uint]),
    ("cc_check", c_int, [_out, c_void_p, c_void_p, POINTER(CcCheckOptions), _err]),
    ("cc_report_free", None, [c_void_p]),
    ("cc_verdict_name", c_char_p, [c_int]),
    ("cc_claim_status_name", c_char_p, [c_int]),
    ("cc_report_group_count", c_size_t, [c_void_p]),
    ("cc_report_group_verdict", c_int, [c_void_p, c_size_t]),
    ("cc_report_contradiction_count", c_size_t, [c_void_p]),
    ("cc_report_claim_status", c_int, [c_void_p, c_char_p]),
    ("cc_report_write", c_int, [c_void_p, c_int, _out, POINTER(c_size_t), _err]),
    # extraction (newer than 0.1.0: optional, see OPTIONAL)
    ("cc_extract_options_init", c_int, [POINTER(CcExtractOptions), c_uint]),
    ("cc_mention_kind_name", c_char_p, [c_int]),
    ("cc_extract", c_int, [_out, c_char_p, c_size_t, POINTER(CcExtractOptions), _err]),
    ("cc_extraction_free", None, [c_void_p]),
    ("cc_extraction_lang", c_char_p, [c_void_p]),
    ("cc_extraction_source", c_char_p, [c_void_p]),
    ("cc_extraction_name", c_char_p, [c_void_p]),
    ("cc_extraction_published", c_char_p, [c_void_p]),
    ("cc_extraction_url", c_char_p, [c_void_p]),
    ("cc_extraction_count", c_size_t, [c_void_p]),
    ("cc_extraction_quantity", c_void_p, [c_void_p, c_size_t]),
    ("cc_extraction_kind", c_int, [c_void_p, c_size_t]),
    ("cc_extraction_span", None, [c_void_p, c_size_t, POINTER(c_size_t), POINTER(c_size_t)]),
    ("cc_extraction_sentence", None,
     [c_void_p, c_size_t, POINTER(c_size_t), POINTER(c_size_t)]),
    ("cc_extraction_unit_span", None,
     [c_void_p, c_size_t, POINTER(c_size_t), POINTER(c_size_t)]),
    ("cc_extraction_scope", c_char_p, [c_void_p, c_size_t]),
    ("cc_extraction_attribution", c_char_p, [c_void_p, c_size_t]),
    ("cc_extraction_direction", c_int, [c_void_p, c_size_t]),
    ("cc_extraction_negated", c_int, [c_void_p, c_size_t]),
    ("cc_extraction_ambiguous", c_int, [c_void_p, c_size_t]),
    ("cc_extraction_weak", c_int, [c_void_p, c_size_t]),
    ("cc_extraction_warning_count", c_size_t, [c_void_p]),
    ("cc_extraction_warning", c_char_p, [c_void_p, c_size_t, POINTER(c_int64)]),
    ("cc_extraction_write", c_int,
     [POINTER(c_void_p), POINTER(c_char_p), POINTER(c_size_t), c_size_t, c_int, _out,
      POINTER(c_size_t), _err]),
    ("cc_extraction_write_to", c_int,
     [POINTER(c_void_p), POINTER(c_char_p), POINTER(c_size_t), c_size_t, c_int, WRITE_FN,
      c_void_p, _err]),
    # articles to report (newer than 0.1.0: optional, see OPTIONAL)
    ("cc_run_options_init", c_int, [POINTER(CcRunOptions), c_uint]),
    ("cc_corpus_new", c_int, [_out, POINTER(CcRunOptions), _err]),
    ("cc_corpus_free", None, [c_void_p]),
    ("cc_corpus_add_article", c_int, [c_void_p, c_char_p, c_size_t, c_char_p, _err]),
    ("cc_corpus_add_json", c_int, [c_void_p, c_char_p, c_size_t, c_char_p, _err]),
    ("cc_corpus_article_count", c_size_t, [c_void_p]),
    ("cc_run", c_int, [_out, c_void_p, _err]),
    ("cc_verify", c_int,
     [_out, POINTER(c_size_t), c_void_p, c_char_p, c_size_t, c_char_p, c_int, POINTER(c_size_t),
      _err]),
)

#: Functions a library may lack (added after 0.1.0): declared when present.
#: Without them crosscheck.extract() raises NotImplementedError (extraction.py);
#: without cc_corpus_*, cc_run and cc_verify, run() and verify() do (corpus.py).
OPTIONAL = frozenset(name for name, _, _ in FUNCTIONS
                     if name.startswith(("cc_extract", "cc_mention_", "cc_run", "cc_corpus_",
                                         "cc_verify")))


def _is_meson_build_dir(path: str) -> bool:
    return os.path.isdir(os.path.join(path, "meson-private"))


def _build_tree_candidates(package_dir: str) -> List[str]:
    """Libraries in meson build directories of the source checkout holding this package.

    Walks up from the package to the checkout root (the directory holding
    include/crosscheck.h and meson.build); prefers ``build/``, then the other
    build directories inside the root, in name order.
    """
    found: List[str] = []
    here = os.path.abspath(package_dir)
    for _ in range(6):
        parent = os.path.dirname(here)
        if parent == here:
            break
        here = parent
        if _is_meson_build_dir(here):
            found.append(os.path.join(here, "lib", "libcrosscheck.so"))
        if os.path.isfile(os.path.join(here, "include", "crosscheck.h")) and \
                os.path.isfile(os.path.join(here, "meson.build")):
            try:
                names = sorted(os.listdir(here), key=lambda n: (n != "build", n))
            except OSError:
                names = []
            for name in names:
                sub = os.path.join(here, name)
                lib = os.path.join(sub, "lib", "libcrosscheck.so")
                if _is_meson_build_dir(sub) and os.path.exists(lib):
                    found.append(lib)
            break
    return found


def _installed_candidates() -> Tuple[bool, List[str]]:
    """(installed?, libraries recorded at install time)."""
    try:
        from . import _install_config  # written by meson install
    except ImportError:
        return False, []
    libdir = getattr(_install_config, "LIBDIR", "")
    return True, [os.path.join(libdir, SONAME)] if libdir else []


def _candidates() -> List[Tuple[str, str]]:
    """(how, what to dlopen) in search order."""
    env = os.environ.get("CROSSCHECK_LIBRARY")
    if env:
        return [("$CROSSCHECK_LIBRARY", env)]
    out: List[Tuple[str, str]] = []
    installed, recorded = _installed_candidates()
    if not installed:
        out += [("build tree", p) for p in _build_tree_candidates(os.path.dirname(__file__))]
    out += [("install", p) for p in recorded]
    out.append(("soname", SONAME))
    found = ctypes.util.find_library("crosscheck")
    if found:
        out.append(("find_library", found))
    return out


def _load() -> ctypes.CDLL:
    tried: List[str] = []
    for how, path in _candidates():
        if os.sep in path and not os.path.exists(path):
            tried.append("%s: %s (no such file)" % (how, path))
            continue
        try:
            lib = ctypes.CDLL(path)
        except OSError as e:
            tried.append("%s: %s (%s)" % (how, path, e))
            continue
        missing = [name for name, _, _ in FUNCTIONS
                   if name not in OPTIONAL and not hasattr(lib, name)]
        if missing:
            tried.append("%s: %s (lacks %s)" % (how, path, ", ".join(missing[:5])))
            continue
        return _declare(lib, path)
    raise ImportError("crosscheck: cannot load libcrosscheck; tried:\n  " + "\n  ".join(tried) +
                      "\nSet CROSSCHECK_LIBRARY to the path of libcrosscheck.so, build the "
                      "library with meson, or install it.")


def _declare(lib: ctypes.CDLL, path: str) -> ctypes.CDLL:
    for name, restype, argtypes in FUNCTIONS:
        if name in OPTIONAL and not hasattr(lib, name):
            continue
        fn = getattr(lib, name)
        fn.restype = restype
        fn.argtypes = argtypes
    number = lib.cc_version_number()
    if number >> 16 != BINDING_MAJOR:
        raise ImportError("crosscheck: %s is version %s; this binding needs major version %d"
                          % (path, lib.cc_version().decode("ascii", "replace"), BINDING_MAJOR))
    lib.crosscheck_path = path
    return lib


#: The loaded library, functions declared.
lib = _load()
#: The file or name it was loaded from.
path: Optional[str] = lib.crosscheck_path
