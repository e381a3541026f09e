#!/usr/bin/env python3
"""Run Python binding test modules with unittest; exit 77 (skip) where they cannot run.

usage: run_tests.py MODULE...      e.g. run_tests.py test_binding

Meson runs this with CROSSCHECK_LIBRARY set to the built libcrosscheck.so and
PYTHONPATH to bindings/python. A library built with AddressSanitizer can only
be loaded into Python when the ASan runtime is preloaded (tests/python/
meson.build sets LD_PRELOAD for b_sanitize=address builds); without it the
process would abort, so the tests are skipped instead.
"""
import os
import sys
import unittest

SKIP = 77


def is_asan_build(path):
    try:
        with open(path, "rb") as f:
            return b"__asan_init" in f.read()
    except OSError:
        return False


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    sys.path.insert(0, here)
    binding = os.path.join(os.path.dirname(os.path.dirname(here)), "bindings", "python")
    if binding not in sys.path:
        sys.path.insert(1, binding)
    library = os.environ.get("CROSSCHECK_LIBRARY", "")
    if library and is_asan_build(library) and "asan" not in os.environ.get("LD_PRELOAD", ""):
        print("skipped: %s is an AddressSanitizer build; set LD_PRELOAD to libasan.so "
              "(and ASAN_OPTIONS=detect_leaks=0) to load it from Python" % library)
        return SKIP
    modules = sys.argv[1:] or ["test_binding"]
    program = unittest.main(module=None, argv=[sys.argv[0]] + modules, verbosity=2, exit=False)
    result = program.result
    if not result.wasSuccessful():
        return 1
    if result.testsRun and len(result.skipped) == result.testsRun:
        return SKIP  # nothing ran: tell meson
    return 0


if __name__ == "__main__":
    sys.exit(main())
