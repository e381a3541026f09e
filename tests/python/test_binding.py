"""Tests of the Python binding (bindings/python/crosscheck), standard library only.

Run by meson (tests/python/meson.build) with CROSSCHECK_LIBRARY set to the
built library and PYTHONPATH to bindings/python; by hand:

    CROSSCHECK_LIBRARY=build/lib/libcrosscheck.so PYTHONPATH=bindings/python \
        python3 -m unittest discover -s tests/python -v
"""
import ctypes
import datetime
import gc
import json
import math
import os
import pathlib
import pickle
import re
import tempfile
import unittest
import weakref

import crosscheck
from crosscheck import _lib, errors

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
EXAMPLES = os.environ.get("CROSSCHECK_EXAMPLES", os.path.join(ROOT, "examples", "data"))
DATA = os.environ.get("CROSSCHECK_TEST_DATA", os.path.join(ROOT, "tests", "data"))
HEADER = os.path.join(ROOT, "include", "crosscheck.h")
SELLOFF = os.path.join(EXAMPLES, "selloff-2025-01-27.claims.json")


def data(name):
    return os.path.join(DATA, name)


def small_doc():
    """Two outlets, one figure each, that agree; a third that does not."""
    return {
        "sources": [{"id": "a", "published": "2025-01-28", "lang": "de"},
                    {"id": "b", "published": "2025-01-28", "lang": "en"},
                    {"id": "c", "published": "2025-01-28", "lang": "de"}],
        "claims": [
            {"id": "x1", "source": "a", "subject": "Acme", "measure": "revenue",
             "text": "rund 12 Millionen Euro"},
            {"id": "x2", "source": "b", "subject": "acme", "measure": "Revenue",
             "text": "about EUR 12 million"},
            {"id": "x3", "source": "c", "subject": "Acme", "measure": "revenue",
             "text": "knapp 9 Millionen Euro"},
        ],
    }


class TestLibrary(unittest.TestCase):
    def test_function_table_follows_the_header(self):
        with open(HEADER, encoding="utf-8") as f:
            header = f.read()
        declared = re.findall(r"CC_API\s[^;(]*?\b(cc_\w+)\s*\(", header)
        self.assertGreater(len(declared), 40)
        self.assertEqual([name for name, _, _ in _lib.FUNCTIONS], declared)

    def test_every_function_is_declared(self):
        for name, restype, argtypes in _lib.FUNCTIONS:
            if name in _lib.OPTIONAL and not hasattr(_lib.lib, name):
                continue
            fn = getattr(_lib.lib, name)
            self.assertEqual(fn.argtypes, argtypes, name)
            self.assertIs(fn.restype, restype, name)

    def test_owned_strings_are_kept_as_pointers(self):
        argtypes = dict((n, a) for n, _, a in _lib.FUNCTIONS)["cc_report_write"]
        self.assertIs(argtypes[2], ctypes.POINTER(ctypes.c_void_p))

    def test_error_struct_mirrors_c(self):
        # int, int, int, int64_t, char[256], char[256]
        self.assertEqual(_lib.CcError.offset.offset, 16)
        self.assertEqual(_lib.CcError.source.offset, 24)
        self.assertEqual(_lib.CcError.message.offset, 24 + 256)
        self.assertEqual(ctypes.sizeof(_lib.CcError), 24 + 512)

    def test_version(self):
        version = crosscheck.library_version()
        self.assertRegex(version, r"^\d+\.\d+\.\d+$")
        major, minor, patch = map(int, version.split("."))
        self.assertEqual(_lib.lib.cc_version_number(), (major << 16) | (minor << 8) | patch)
        self.assertEqual(major, _lib.BINDING_MAJOR)

    def test_loaded_from_environment(self):
        if "CROSSCHECK_LIBRARY" in os.environ:
            self.assertEqual(crosscheck.library_path, os.environ["CROSSCHECK_LIBRARY"])

    def test_names(self):
        self.assertEqual(crosscheck.HEDGES[0], "exact")
        self.assertEqual(crosscheck.HEDGES[-1], "range")
        self.assertEqual(crosscheck.DIMENSIONS,
                         ("currency", "percent", "points", "count", "ratio", "measure"))
        self.assertEqual(crosscheck.VERDICTS[2], "conflict")
        self.assertEqual(crosscheck.STATUSES[3], "contradicts")

    def test_public_names_have_docstrings(self):
        for name in crosscheck.__all__:
            obj = getattr(crosscheck, name)
            if callable(obj) and not isinstance(obj, str):
                self.assertTrue(obj.__doc__ and obj.__doc__.strip(), name)
        for cls in (crosscheck.Report, crosscheck.ClaimSet, crosscheck.Rates, crosscheck.Quantity):
            for attr, value in vars(cls).items():
                if not attr.startswith("_") and (callable(value) or isinstance(value, property)):
                    self.assertTrue(value.__doc__, "%s.%s" % (cls.__name__, attr))


class TestLoading(unittest.TestCase):
    """Where the package finds the library: environment, build tree, install."""

    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.addCleanup(self.tmp.cleanup)
        self.real = os.path.realpath(_lib.path)

    def copy_package(self, root):
        import shutil
        target = os.path.join(root, "bindings", "python", "crosscheck")
        shutil.copytree(os.path.dirname(crosscheck.__file__), target,
                        ignore=shutil.ignore_patterns("__pycache__", "_install_config.py"))
        return os.path.dirname(target)

    def import_from(self, pythonpath, **env_changes):
        import subprocess
        import sys
        env = dict(os.environ, PYTHONPATH=pythonpath, PYTHONDONTWRITEBYTECODE="1")
        env.pop("CROSSCHECK_LIBRARY", None)
        env.update(env_changes)
        return subprocess.run([sys.executable, "-c",
                               "import crosscheck; print(crosscheck.library_path)"],
                              env=env, capture_output=True, text=True, cwd=self.tmp.name)

    def test_bad_path_is_a_clear_import_error(self):
        root = self.tmp.name
        proc = self.import_from(self.copy_package(root),
                                CROSSCHECK_LIBRARY="/nonexistent/libcrosscheck.so")
        self.assertNotEqual(proc.returncode, 0)
        self.assertIn("ImportError", proc.stderr)
        self.assertIn("/nonexistent/libcrosscheck.so", proc.stderr)
        self.assertIn("CROSSCHECK_LIBRARY", proc.stderr)

    def test_meson_build_dir_of_the_checkout(self):
        root = self.tmp.name
        for name in ("include/crosscheck.h", "meson.build"):
            os.makedirs(os.path.dirname(os.path.join(root, name)), exist_ok=True)
            open(os.path.join(root, name), "w").close()
        for build in ("build", "build-other"):
            os.makedirs(os.path.join(root, build, "meson-private"))
            os.makedirs(os.path.join(root, build, "lib"))
            os.symlink(self.real, os.path.join(root, build, "lib", "libcrosscheck.so"))
        pythonpath = self.copy_package(root)
        proc = self.import_from(pythonpath)
        self.assertEqual(proc.returncode, 0, proc.stderr)
        self.assertEqual(proc.stdout.strip(), os.path.join(root, "build", "lib", "libcrosscheck.so"))
        # build/ first, then the other build directories
        self.assertEqual(_lib._build_tree_candidates(os.path.join(pythonpath, "crosscheck")),
                         [os.path.join(root, b, "lib", "libcrosscheck.so")
                          for b in ("build", "build-other")])

    def test_installed_package_loads_the_installed_library(self):
        root = self.tmp.name
        pythonpath = self.copy_package(root)
        libdir = os.path.join(root, "prefix", "lib")
        os.makedirs(libdir)
        os.symlink(self.real, os.path.join(libdir, "libcrosscheck.so.0"))
        with open(os.path.join(pythonpath, "crosscheck", "_install_config.py"), "w") as f:
            f.write("LIBDIR = %r\nVERSION = '0'\n" % libdir)
        proc = self.import_from(pythonpath)
        self.assertEqual(proc.returncode, 0, proc.stderr)
        self.assertEqual(proc.stdout.strip(), os.path.join(libdir, "libcrosscheck.so.0"))

    def test_nothing_found_names_every_place_tried(self):
        root = self.tmp.name
        pythonpath = self.copy_package(root)
        with open(os.path.join(pythonpath, "crosscheck", "_install_config.py"), "w") as f:
            f.write("LIBDIR = '/nonexistent/lib'\n")
        proc = self.import_from(pythonpath, LD_LIBRARY_PATH="")
        if proc.returncode == 0:
            self.skipTest("libcrosscheck.so.0 is installed on this system")
        self.assertIn("/nonexistent/lib/libcrosscheck.so.0 (no such file)", proc.stderr)
        self.assertIn("soname: libcrosscheck.so.0", proc.stderr)


class TestExampleScript(unittest.TestCase):
    """examples/python/conflicts.py prints the example data's conflict."""

    def run_example(self, *args):
        import subprocess
        import sys
        script = os.path.join(ROOT, "examples", "python", "conflicts.py")
        return subprocess.run([sys.executable, script, *args], capture_output=True, text=True)

    def test_prints_the_conflict(self):
        proc = self.run_example(SELLOFF)
        self.assertEqual(proc.returncode, 1, proc.stderr)
        self.assertIn("g1  Nvidia · market value loss", proc.stdout)
        self.assertIn("'gut 460 Milliarden Dollar' (-21.9 % vs consensus)", proc.stdout)
        self.assertEqual(proc.stderr, "")

    def test_bad_input(self):
        path = data("claims_bad_syntax.json")
        proc = self.run_example(path)
        self.assertEqual((proc.returncode, proc.stdout), (2, ""))
        self.assertIn(path + ":5:5: ", proc.stderr)


class TestExampleReport(unittest.TestCase):
    """The statuses of tests/cli/test_cli.py TestExampleReport, through the binding."""

    @classmethod
    def setUpClass(cls):
        cls.report = crosscheck.check(SELLOFF)

    def status_of(self, claim_id):
        return self.report.claim(claim_id).status

    def group_of(self, claim_id):
        gid = self.report.claim(claim_id).group
        return next(g for g in self.report if g.id == gid)

    def test_reports_contradictions(self):
        self.assertTrue(self.report.has_contradictions)
        self.assertEqual(self.report.contradiction_count, 1)
        self.assertEqual([g.id for g in self.report.conflicts], ["g1"])

    def test_every_claim_reported_once(self):
        with open(SELLOFF, encoding="utf-8") as f:
            ids = [c["id"] for c in json.load(f)["claims"]]
        self.assertEqual(sorted(ids), sorted(c.id for g in self.report for c in g))
        self.assertEqual(self.report.summary.claims, len(ids))
        self.assertEqual(len(self.report.claims), len(ids))

    def test_dollar_and_euro_figures_agree(self):
        for cid in ("mv-tagesblatt", "mv-kurier", "mv-rheinpost", "mv-echo", "mv-ledger", "mv-wire"):
            self.assertEqual(self.status_of(cid), "agrees", cid)
        echo = self.report.claim("mv-echo")
        self.assertEqual(echo.unit, "EUR")
        self.assertEqual((echo.fx.from_currency, echo.fx.to_currency), ("EUR", "USD"))
        self.assertGreater(echo.low, 585e9)
        self.assertLess(echo.high, 595e9)
        self.assertEqual((echo.fx.first_day, echo.fx.last_day), ("2025-01-24", "2025-01-28"))
        self.assertLess(echo.fx.low, echo.fx.high)
        self.assertFalse(echo.fx.after_table)

    def test_gut_460_without_scope_contradicts_by_about_22_percent(self):
        claim = self.report.claim("mv-anzeiger")
        self.assertEqual(claim.status, "contradicts")
        self.assertTrue(claim.contradicts)
        self.assertAlmostEqual(claim.gap, 0.22, delta=0.01)
        self.assertEqual((claim.hedge, claim.hedge_word), ("approx_above", "gut"))
        self.assertEqual(claim.value, "460e9")
        group = self.group_of("mv-anzeiger")
        self.assertEqual(group.verdict, "conflict")
        self.assertTrue(group.has_contradictions)
        self.assertEqual(group.consensus.voices, 6)
        self.assertNotIn("mv-anzeiger", group.consensus.claims)

    def test_syndicated_copy_is_one_voice(self):
        self.assertEqual(self.report.claim("mv-finanzblick").syndicated_from, "mv-kurier")
        self.assertIn("mv-finanzblick", self.group_of("mv-kurier").consensus.claims)

    def test_training_cost_dollars_and_euros_agree(self):
        for cid in ("cost-kurier", "cost-wire", "cost-tagesblatt", "cost-anzeiger"):
            self.assertEqual(self.status_of(cid), "agrees", cid)
        anzeiger = self.report.claim("cost-anzeiger")
        self.assertEqual(anzeiger.hedge, "upper_strict")
        self.assertTrue(anzeiger.high_open)
        self.assertFalse(anzeiger.low_open)
        self.assertEqual(self.group_of("cost-kurier").verdict, "consistent")

    def test_meta_up_to_65_shows_its_reading(self):
        self.assertEqual(self.status_of("meta-echo"), "agrees")
        self.assertEqual(self.status_of("meta-ledger"), "agrees")
        claim = self.report.claim("meta-echo")
        self.assertEqual((claim.hedge, claim.hedge_word), ("upper_incl", "bis zu"))
        self.assertEqual(claim.low, 0)

    def test_intraday_figures_sit_apart_marked_different_scope(self):
        intraday = self.group_of("mv-rheinpost-intraday")
        close = self.group_of("mv-tagesblatt")
        self.assertNotEqual(intraday.id, close.id)
        self.assertEqual(intraday.key.scope, "intraday")
        links = [r for r in intraday.related if r.group == close.id]
        self.assertEqual(len(links), 1)
        self.assertEqual(links[0].relation, "different_scope")
        self.assertAlmostEqual(links[0].gap, 0.22, delta=0.02)
        self.assertEqual(self.status_of("mv-rheinpost-intraday"), "agrees")

    def test_share_drop_at_close_and_intraday_do_not_contradict(self):
        for cid in ("drop-tagesblatt", "drop-kurier", "drop-echo", "drop-ledger", "drop-wire",
                    "drop-rheinpost", "drop-anzeiger"):
            self.assertEqual(self.status_of(cid), "agrees", cid)
        close = self.group_of("drop-kurier")
        self.assertEqual(close.dimension, "percent")
        self.assertIn("different_scope", {r.relation for r in close.related})
        # unknown input fields come back in extra
        self.assertEqual(self.report.claim("drop-kurier").extra, {"direction": "down"})

    def test_open_ended_interval_is_infinite(self):
        claim = self.report.claim("drop-rheinpost")
        self.assertEqual(claim.hedge, "lower_strict")
        self.assertEqual(claim.high, math.inf)
        self.assertTrue(claim.low_open)
        consensus = self.group_of("drop-rheinpost").consensus
        self.assertEqual(consensus.high, math.inf)
        self.assertEqual(consensus.low, 17.0)

    def test_premarket_and_intraday_tuesday_are_different_measures(self):
        self.assertNotEqual(self.group_of("tue-kurier").id, self.group_of("tue-rheinpost").id)
        self.assertEqual(self.status_of("tue-rheinpost"), "agrees")
        claim = self.report.claim("tue-rheinpost")
        self.assertEqual(claim.hedge, "range")
        self.assertIsNotNone(claim.value_high)

    def test_german_billion_is_a_trillion(self):
        self.assertAlmostEqual(self.report.claim("cap-before-echo").low / 3.5e12, 1, delta=0.06)
        self.assertEqual(self.status_of("cap-after-echo"), "agrees")
        self.assertEqual(self.status_of("cap-after-ledger"), "agrees")

    def test_index_level_vendors_differ_slightly(self):
        group = self.group_of("dax-level-kurier")
        self.assertEqual((group.verdict, group.dimension), ("minor_discrepancy", "count"))
        self.assertEqual(self.status_of("dax-level-kurier"), "minor_discrepancy")

    def test_percent_and_counts_never_mixed_with_money(self):
        for group in self.report:
            units = {c.unit for c in group}
            if group.dimension == "currency":
                self.assertTrue(all(len(u) == 3 and u.isupper() for u in units), units)
            else:
                self.assertEqual(len(units), 1, units)

    def test_conflicts_come_first(self):
        verdicts = [g.verdict for g in self.report]
        first_other = next((i for i, v in enumerate(verdicts) if v != "conflict"), len(verdicts))
        self.assertNotIn("conflict", verdicts[first_other:])

    def test_group_ids_are_positions(self):
        self.assertEqual([g.id for g in self.report],
                         ["g%d" % (i + 1) for i in range(len(self.report))])
        self.assertEqual(len(self.report), self.report.summary.groups)

    def test_claim_status_from_c_matches_objects(self):
        for claim in self.report.claims:
            self.assertEqual(self.report.claim_status(claim.id), claim.status)
        self.assertIsNone(self.report.claim_status("no-such-claim"))
        with self.assertRaises(KeyError):
            self.report.claim("no-such-claim")

    def test_sources_and_summary(self):
        tallies = {s.id: s for s in self.report.sources}
        self.assertEqual(len(tallies), self.report.summary.sources)
        self.assertEqual(sum(s.claims for s in tallies.values()), self.report.summary.claims)
        self.assertEqual(tallies["stadtanzeiger"].contradicts, 1)
        self.assertEqual(self.report.summary.conflicts, 1)

    def test_report_options(self):
        self.assertIsNone(self.report.currency)
        self.assertEqual(self.report.fx_window_days, 1)
        self.assertFalse(self.report.lenient)
        self.assertEqual(self.report.parameters["minor_rel"], 0.02)

    def test_to_dict_and_to_json_agree(self):
        d = self.report.to_dict()
        self.assertEqual(d, json.loads(self.report.to_json()))
        self.assertEqual(list(d), ["report", "groups", "sources", "summary"])
        d["groups"].clear()  # a copy: the report is unchanged
        self.assertEqual(len(self.report.to_dict()["groups"]), len(self.report))

    def test_text_report_reads_top_down(self):
        out = self.report.text()
        self.assertTrue(out.startswith("crosscheck report: "))
        self.assertIn("gut 460 Milliarden Dollar", out)
        self.assertLess(out.find("CONFLICT"), out.find("CONSISTENT"))

    def test_currency_option_converts_to_euro(self):
        report = crosscheck.check(SELLOFF, currency="eur")
        self.assertEqual(report.currency, "EUR")
        money = [g for g in report if g.dimension == "currency"]
        self.assertTrue(money)
        self.assertTrue(all(g.unit == "EUR" for g in money))

    def test_window_and_lenient_options_reach_the_report(self):
        report = crosscheck.check(SELLOFF, fx_window=3, lenient=True, minor_rel=0.01)
        self.assertEqual(report.fx_window_days, 3)
        self.assertTrue(report.lenient)
        self.assertEqual(report.parameters["minor_rel"], 0.01)
        echo = report.claim("mv-echo")
        self.assertIsNotNone(echo.lenient_low)
        self.assertLessEqual(echo.fx.first_day, "2025-01-24")


class TestCheckInputs(unittest.TestCase):
    """check() takes a dict, JSON text, bytes, a path, a pathlib.Path or a ClaimSet."""

    def expect_small(self, report):
        self.assertEqual(report.claim("x1").status, "agrees")
        self.assertEqual(report.claim("x2").status, "agrees")
        self.assertEqual(report.claim("x3").status, "contradicts")
        self.assertTrue(report.has_contradictions)

    def test_dict(self):
        self.expect_small(crosscheck.check(small_doc()))

    def test_json_text(self):
        self.expect_small(crosscheck.check(json.dumps(small_doc(), indent=2)))

    def test_bytes(self):
        raw = json.dumps(small_doc()).encode("utf-8")
        self.expect_small(crosscheck.check(raw))
        self.expect_small(crosscheck.check(bytearray(raw)))

    def test_paths(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "claims.json")
            with open(path, "w", encoding="utf-8") as f:
                json.dump(small_doc(), f)
            self.expect_small(crosscheck.check(path))
            self.expect_small(crosscheck.check(pathlib.Path(path)))
            self.expect_small(crosscheck.check(crosscheck.ClaimSet.from_file(os.fsencode(path))))

    def test_claim_set(self):
        claims = crosscheck.ClaimSet.from_json(small_doc())
        self.expect_small(crosscheck.check(claims))
        self.expect_small(claims.check())

    def test_unknown_fields_are_kept(self):
        report = crosscheck.check(data("claims_valid.json"))
        self.assertEqual(report.claim("m1").extra, {"reviewer": {"initials": "kb", "ok": True}})
        m2 = report.claim("m2")
        self.assertEqual(m2.span, (120, 141))
        self.assertEqual(m2.sentence, "At one point it had shed over $460bn.")
        self.assertIsNone(m2.text)
        self.assertEqual(report.claim("m3").syndicated_from, "m4")
        desk = {s.id: s for s in report.sources}["boersenblatt"]
        self.assertEqual(desk.extra, {"url": "https://example.org/b", "desk": "markets"}
                         if "url" in desk.extra else {"desk": "markets"})

    def test_empty_claims(self):
        report = crosscheck.check({"claims": []})
        self.assertEqual(len(report), 0)
        self.assertFalse(report.has_contradictions)
        self.assertEqual(report.groups, ())
        self.assertEqual(report.summary.claims, 0)

    def test_unchecked_claim_has_a_reason(self):
        doc = {"sources": [{"id": "a", "published": "1990-01-02"}, {"id": "b", "published": "1990-01-02"}],
               "claims": [{"id": "u1", "source": "a", "subject": "S",
                           "quantity": {"value": "5", "unit": "USD"}},
                          {"id": "u2", "source": "b", "subject": "S",
                           "quantity": {"value": "5", "unit": "USD"}},
                          {"id": "u3", "source": "b", "subject": "S",
                           "quantity": {"value": "4", "unit": "EUR"}}]}
        report = crosscheck.check(doc)
        claim = report.claim("u3")
        self.assertEqual(claim.status, "unchecked")
        self.assertIsNotNone(claim.reason)
        self.assertIsNone(claim.low)
        self.assertEqual(report.summary.unchecked, 1)


class TestErrors(unittest.TestCase):
    """Each bad input raises its class with code, position and message together."""

    def assert_error(self, call, cls, line, column, *needles, source=None):
        with self.assertRaises(cls) as ctx:
            call()
        e = ctx.exception
        self.assertIsInstance(e, crosscheck.CrosscheckError)
        self.assertEqual(e.code, cls.code)
        self.assertEqual((e.line, e.column), (line, column), repr(e))
        for needle in needles:
            self.assertIn(needle, e.message)
        if source is not None:
            self.assertEqual(e.source, source)
        if line:
            self.assertGreaterEqual(e.offset, 0)
            where = e.source + ":" if e.source else ""
            self.assertTrue(str(e).startswith("%s%d:%d: " % (where, line, column)), str(e))
        return e

    def bad_file(self, name, cls, line, column, *needles):
        path = data(name)
        e = self.assert_error(lambda: crosscheck.check(path), cls, line, column, *needles,
                              source=path)
        # the same from the file's text: same code and position, source "<string>"
        with open(path, "rb") as f:
            raw = f.read()
        e2 = self.assert_error(lambda: crosscheck.check(raw), cls, line, column, *needles,
                               source="<string>")
        self.assertEqual(e.offset, e2.offset)
        return e

    def test_syntax(self):
        e = self.bad_file("claims_bad_syntax.json", crosscheck.InputSyntaxError, 5, 5, "expected")
        self.assertIsInstance(e, crosscheck.InputError)
        self.assertIsInstance(e, ValueError)

    def test_empty(self):
        self.bad_file("claims_empty.json", crosscheck.InputSyntaxError, 1, 1, "empty")

    def test_duplicate_key(self):
        self.bad_file("claims_bad_duplicate_key.json", crosscheck.InputSyntaxError, 4, 96, "k1",
                      "duplicate")

    def test_schema(self):
        for name, line, column, needles in (
                ("claims_bad_top_level.json", 1, 1, ("top level",)),
                ("claims_bad_missing_claims.json", 1, 1, ("claims",)),
                ("claims_bad_type.json", 5, 49, ("c2", "subject")),
                ("claims_bad_unknown_source.json", 5, 28, ("c7", "sz")),
                ("claims_bad_duplicate_claim.json", 7, 32, ("c3", "duplicate")),
                ("claims_bad_duplicate_source.json", 4, 36, ("ledger", "duplicate")),
                ("claims_bad_syndicated.json", 5, 57, ("a2", "a9"))):
            with self.subTest(name=name):
                self.bad_file(name, crosscheck.SchemaError, line, column, *needles)

    def test_quantity(self):
        self.bad_file("claims_bad_quantity_text.json", crosscheck.QuantityError, 4, 46, "q1",
                      "no figure")

    def test_currency(self):
        self.bad_file("claims_bad_currency.json", crosscheck.CurrencyError, 4, 91, "u1", "QQQ")

    def test_date(self):
        self.bad_file("claims_bad_date.json", crosscheck.DateError, 5, 46, "d2", "2025-02-30")

    def test_range(self):
        self.bad_file("claims_bad_nan.json", crosscheck.NumberRangeError, 4, 60, "n1", "NaN")
        self.bad_file("claims_bad_overflow.json", crosscheck.NumberRangeError, 4, 61, "big",
                      "1e400")
        self.bad_file("claims_bad_negative_scale.json", crosscheck.NumberRangeError, 4, 74, "s1",
                      "scale")

    def test_language(self):
        self.bad_file("claims_bad_lang.json", crosscheck.LanguageError, 2, 41, "journal", "fr")

    def test_missing_file(self):
        path = os.path.join(DATA, "no-such-file.json")
        e = self.assert_error(lambda: crosscheck.check(path), crosscheck.FileError, 0, 0,
                              source=path)
        self.assertIsInstance(e, OSError)
        self.assertEqual(e.offset, -1)
        self.assertTrue(str(e).startswith(path + ": "))

    def test_unknown_currency_option(self):
        e = self.assert_error(lambda: crosscheck.check(small_doc(), currency="XQZ"),
                              crosscheck.InvalidArgumentError, 0, 0, "XQZ")
        self.assertIsInstance(e, ValueError)

    def test_bad_interval_option(self):
        self.assert_error(lambda: crosscheck.check(small_doc(), exact_rel=2.0),
                          crosscheck.InvalidArgumentError, 0, 0, "option")

    def test_rates_file_errors(self):
        rates = crosscheck.Rates()
        path = data("rates_bad_number.csv")
        self.assert_error(lambda: rates.load(path), crosscheck.InputSyntaxError, 4, 17, "0.84o",
                          "GBP", source=path)
        self.assert_error(lambda: rates.load(data("nope.csv")), crosscheck.FileError, 0, 0)
        self.assert_error(lambda: rates.load_csv("Date,US1,\n2025-01-27,1.0,\n", name="mine"),
                          crosscheck.CurrencyError, 1, 6, "US1", source="mine")
        self.assert_error(lambda: rates.load_csv(""), crosscheck.InputSyntaxError, 1, 1)
        codes = ["%c%c%c" % (65 + i // 676, 65 + i // 26 % 26, 65 + i % 26) for i in range(600)]
        self.assertNotIn("EUR", codes)
        with self.assertRaises(crosscheck.LimitError) as ctx:
            rates.load_csv("Date," + ",".join(codes) + "\n2025-01-27," + ",".join(["1"] * 600))
        self.assertEqual(ctx.exception.code, -12)
        # the table is unchanged after errors
        self.assertEqual(rates.convert(1, "EUR", "GBP", "2025-01-27").first_day, "2025-01-24")

    def test_conversion_errors(self):
        rates = crosscheck.Rates()
        self.assert_error(lambda: rates.convert(1, "EUR", "QQQ", "2025-01-27"),
                          crosscheck.CurrencyError, 0, 0, "QQQ")
        self.assert_error(lambda: rates.convert(1, "EUR", "USD", "1980-01-01"),
                          crosscheck.DateError, 0, 0)
        self.assert_error(lambda: rates.convert(1, "EUR", "USD", "2025-13-01"),
                          crosscheck.DateError, 0, 0)

    def test_quantity_errors(self):
        self.assert_error(lambda: crosscheck.parse_quantity("Der Kurs fiel deutlich", "de"),
                          crosscheck.QuantityError, 1, 1, "no figure")
        self.assert_error(lambda: crosscheck.parse_quantity("5 und 6 Prozent und 7", "de"),
                          crosscheck.QuantityError, 1, 7, "more than one")
        self.assert_error(lambda: crosscheck.parse_quantity("5 Prozent", "fr"),
                          crosscheck.LanguageError, 0, 0, "fr")
        self.assert_error(lambda: crosscheck.Quantity.new("5", "QQQ"),
                          crosscheck.CurrencyError, 0, 0, "QQQ")
        self.assert_error(lambda: crosscheck.Quantity.new("1e400", "USD"),
                          crosscheck.NumberRangeError, 0, 0)
        self.assert_error(lambda: crosscheck.Quantity.new("5", "USD", scale="1e-3"),
                          crosscheck.NumberRangeError, 0, 0, "scale")
        self.assert_error(lambda: crosscheck.Quantity.new("five", "USD"),
                          crosscheck.QuantityError, 0, 0, "five")

    def test_builder_errors(self):
        claims = crosscheck.ClaimSet()
        claims.add_source("a", lang="de")
        self.assert_error(lambda: claims.add_source("a"), crosscheck.SchemaError, 0, 0, "a")
        self.assert_error(lambda: claims.add_source("z", lang="fr"), crosscheck.LanguageError,
                          0, 0, "fr")
        self.assert_error(lambda: claims.add_source("y", published="2025-02-30"),
                          crosscheck.DateError, 0, 0, "2025-02-30")
        self.assert_error(lambda: claims.add_claim("c1", "nobody", "5 Prozent"),
                          crosscheck.SchemaError, 0, 0, "nobody")
        self.assert_error(lambda: claims.add_claim("c1", "a"), crosscheck.SchemaError, 0, 0)
        self.assert_error(lambda: claims.add_claim("c1", "a", "5 Prozent",
                                                   quantity={"value": 5, "unit": "%"}),
                          crosscheck.SchemaError, 0, 0)
        e = self.assert_error(lambda: claims.add_claim("c1", "a", "ohne Zahl"),
                              crosscheck.QuantityError, 1, 1)
        self.assertIn("no figure", e.message)
        self.assertEqual(len(claims), 0)

    def test_every_status_code_has_its_class(self):
        expected = {-1: crosscheck.OutOfMemoryError, -2: crosscheck.InvalidArgumentError,
                    -3: crosscheck.FileError, -4: crosscheck.InputSyntaxError,
                    -5: crosscheck.SchemaError, -6: crosscheck.QuantityError,
                    -7: crosscheck.CurrencyError, -8: crosscheck.DateError,
                    -9: crosscheck.NumberRangeError, -10: crosscheck.LanguageError,
                    -11: crosscheck.ICUError, -12: crosscheck.LimitError,
                    -13: crosscheck.InternalError}
        for code, cls in expected.items():
            err = _lib.CcError()
            err.code, err.line, err.column, err.offset = code, 3, 4, 17
            err.source, err.message = b"in.json", "bad \xe9".encode("utf-8")
            e = errors.error_from(code, err)
            self.assertIs(type(e), cls)
            self.assertEqual((e.code, e.source, e.line, e.column, e.offset, e.message),
                             (code, "in.json", 3, 4, 17, "bad \xe9"))
            self.assertEqual(str(e), "in.json:3:4: bad \xe9")
            # without details: the library's description of the code
            bare = errors.error_from(code)
            self.assertIs(type(bare), cls)
            self.assertEqual(bare.message, _lib.lib.cc_strerror(code).decode())
            copy = pickle.loads(pickle.dumps(e))
            self.assertEqual((type(copy), copy.line, copy.message), (cls, 3, "bad \xe9"))
        self.assertIsInstance(errors.error_from(-1), MemoryError)
        unknown = errors.error_from(-99)
        self.assertIs(type(unknown), crosscheck.CrosscheckError)
        self.assertEqual(unknown.message, "unknown error")

    def test_no_builtin_is_shadowed(self):
        import builtins
        for name in errors.__all__:
            self.assertFalse(hasattr(builtins, name), name)


class TestBadArguments(unittest.TestCase):
    """Wrong types and values stop in Python with TypeError / ValueError."""

    def test_check_claims_types(self):
        for bad in (None, 42, 4.2, ["claims"], object(), {"x"}):
            with self.assertRaises(TypeError, msg=repr(bad)):
                crosscheck.check(bad)

    def test_check_option_types(self):
        doc = small_doc()
        with self.assertRaises(TypeError):
            crosscheck.check(doc, currency=840)
        with self.assertRaises(TypeError):
            crosscheck.check(doc, fx_window="1")
        with self.assertRaises(TypeError):
            crosscheck.check(doc, fx_window=True)
        with self.assertRaises(ValueError):
            crosscheck.check(doc, fx_window=-1)
        with self.assertRaises(ValueError):
            crosscheck.check(doc, fx_window=2 ** 40)
        with self.assertRaises(TypeError):
            crosscheck.check(doc, lenient="yes")
        with self.assertRaises(TypeError):
            crosscheck.check(doc, rates="ecb")
        with self.assertRaises(TypeError):
            crosscheck.check(doc, exact_rel="0.1")

    def test_nul_characters(self):
        with self.assertRaises(ValueError):
            crosscheck.check('{"claims": []}\0')
        with self.assertRaises(ValueError):
            crosscheck.check("claims\0.json")
        with self.assertRaises(ValueError):
            crosscheck.check(pathlib.Path("claims\0.json"))
        with self.assertRaises(ValueError):
            crosscheck.check(small_doc(), currency="US\0D")
        with self.assertRaises(ValueError):
            crosscheck.parse_quantity("5\0 Prozent")
        with self.assertRaises(ValueError):
            crosscheck.Rates().convert(1, "EUR\0", "USD", "2025-01-27")
        claims = crosscheck.ClaimSet()
        with self.assertRaises(ValueError):
            claims.add_source("a\0b")

    def test_nul_bytes_reach_c_safely(self):
        with self.assertRaises(crosscheck.InputError):
            crosscheck.check(b'{"claims": [\0]}')
        with self.assertRaises(crosscheck.InputError):
            crosscheck.check(b'{"claims": [{"id": "a\\u0000b"}]}')
        try:  # C reads the NUL as it likes; it must not crash
            crosscheck.parse_quantity(b"5\0 Prozent", "de")
        except crosscheck.CrosscheckError:
            pass

    def test_dict_that_is_not_json(self):
        with self.assertRaises(ValueError):
            crosscheck.check({"claims": [], "x": math.nan})
        with self.assertRaises(TypeError):
            crosscheck.check({"claims": [], "x": object()})

    def test_surrogates_and_invalid_utf8(self):
        with self.assertRaises(ValueError):
            crosscheck.parse_quantity("5 \udc80 Prozent")
        with self.assertRaises(crosscheck.CrosscheckError):
            crosscheck.check(b'{"claims": [{"id": "\xff\xfe"}]}')
        try:
            crosscheck.parse_quantity(b"5 \xff Prozent", "de")
        except crosscheck.CrosscheckError:
            pass

    def test_huge_strings(self):
        big = "9" * 5_000_000
        with self.assertRaises(crosscheck.CrosscheckError):
            crosscheck.parse_quantity(big + " Prozent", "de")
        with self.assertRaises(crosscheck.CrosscheckError):
            crosscheck.parse_quantity("x" * 5_000_000, "de")
        with self.assertRaises(crosscheck.InputError):
            crosscheck.check("[" * 1_000_000)
        claims = crosscheck.ClaimSet()
        claims.add_source("s" * 1_000_000)
        claims.add_claim("c" * 1_000_000, "s" * 1_000_000, "5 Prozent", subject="x" * 1_000_000)
        report = crosscheck.check(claims)
        self.assertEqual(report.claims[0].id, "c" * 1_000_000)
        with self.assertRaises(crosscheck.CrosscheckError):
            crosscheck.Rates().convert(1, "E" * 1_000_000, "USD", "2025-01-27")

    def test_quantity_argument_types(self):
        for bad in (None, 5, ["5"]):
            with self.assertRaises(TypeError, msg=repr(bad)):
                crosscheck.parse_quantity(bad)
        with self.assertRaises(TypeError):
            crosscheck.parse_quantity("5 Prozent", lang=1)
        with self.assertRaises(TypeError):
            crosscheck.Quantity.new(True, "%")
        with self.assertRaises(TypeError):
            crosscheck.Quantity.new(None, "%")
        with self.assertRaises(ValueError):
            crosscheck.Quantity.new("5", "%", hedge="vaguely")
        with self.assertRaises(TypeError):
            crosscheck.Quantity()

    def test_rates_argument_types(self):
        rates = crosscheck.Rates()
        with self.assertRaises(TypeError):
            rates.convert("1", "EUR", "USD", "2025-01-27")
        with self.assertRaises(TypeError):
            rates.convert(1, None, "USD", "2025-01-27")
        with self.assertRaises(TypeError):
            rates.convert(1, "EUR", "USD", 20250127)
        with self.assertRaises(ValueError):
            rates.convert(1, "EUR", "USD", "2025-01-27", window=-1)
        with self.assertRaises(ValueError):
            rates.convert(10 ** 400, "EUR", "USD", "2025-01-27")
        with self.assertRaises(TypeError):
            rates.load(None)
        with self.assertRaises(TypeError):
            rates.load_csv(None)
        with self.assertRaises(TypeError):
            rates.has_currency(None)
        self.assertNotIn(None, rates)
        self.assertNotIn("US\0D", rates)

    def test_builder_argument_types(self):
        claims = crosscheck.ClaimSet()
        with self.assertRaises(TypeError):
            claims.add_source(None)
        with self.assertRaises(TypeError):
            claims.add_source("a", lang=5)
        claims.add_source("a", lang="en")
        with self.assertRaises(TypeError):
            claims.add_claim("c1", "a", quantity=5)
        with self.assertRaises(ValueError):
            claims.add_claim("c1", "a", quantity={"value": "5", "colour": "red"})
        with self.assertRaises(ValueError):
            claims.add_claim("c1", "a", quantity={"unit": "%"})
        with self.assertRaises(TypeError):
            claims.add_claim("c1", "a", "5 percent", date=20250127)
        self.assertEqual(len(claims), 0)

    def test_report_is_not_constructible(self):
        with self.assertRaises(TypeError):
            crosscheck.Report()


class TestRandomInput(unittest.TestCase):
    """Mangled inputs give a result or a CrosscheckError, never a crash (seeded)."""

    def test_mangled_claims(self):
        import random
        rng = random.Random(20250127)
        with open(SELLOFF, "rb") as f:
            original = f.read()
        pieces = [b"{", b"}", b"[", b"]", b",", b":", b'"', b"\\", b"\0", b"\xff", b"1e400",
                  b"null", b"-", b"Milliarden", b"\xc3"]
        for _ in range(150):
            raw = bytearray(original)
            for _ in range(rng.randint(1, 4)):
                pos = rng.randrange(len(raw))
                if rng.random() < 0.5:
                    raw[pos:pos + rng.randint(0, 8)] = rng.choice(pieces)
                else:
                    raw[pos] = rng.randrange(256)
            try:
                report = crosscheck.check(bytes(raw))
            except crosscheck.CrosscheckError:
                continue
            report.text()
            self.assertEqual(len(report.groups), report.summary.groups)

    def test_mangled_figures(self):
        import random
        rng = random.Random(17)
        words = ["fast", "rund", "mehr als", "bis zu", "zwischen", "und", "600", "5,6", "1.971",
                 "Mrd.", "Milliarden", "Billionen", "$", "€", "Euro", "Prozent", "percent",
                 "about", "-", "–", "1e400", "9" * 400, ".", ",", "\u00a0", "\ud7ff", "\x01"]
        for _ in range(400):
            text = " ".join(rng.choice(words) for _ in range(rng.randint(0, 6)))
            for lang in ("de", "en", None):
                try:
                    q = crosscheck.parse_quantity(text, lang)
                except crosscheck.CrosscheckError:
                    continue
                low, high, _, _ = q.interval()
                self.assertLessEqual(low, high, text)

    def test_mangled_rates(self):
        import random
        rng = random.Random(3)
        cells = ["Date", "USD", "GBP", "EUR", "2025-01-27", "2025-02-30", "1.05", "N/A", "",
                 "-1", "1e400", "abc", "\r", "\ufeff", "  "]
        for _ in range(200):
            lines = [",".join(rng.choice(cells) for _ in range(rng.randint(1, 4)))
                     for _ in range(rng.randint(0, 4))]
            try:
                crosscheck.Rates().load_csv("\n".join(lines))
            except crosscheck.CrosscheckError:
                pass


class TestQuantity(unittest.TestCase):
    def test_parse_german(self):
        q = crosscheck.parse_quantity("fast 600 Mrd. $", "de")
        self.assertEqual((q.digits, q.scale, q.unit, q.dimension, q.hedge, q.hedge_word),
                         ("600", 9, "USD", "currency", "approx_below", "fast"))
        self.assertEqual(q.value, 600e9)
        self.assertEqual(q.value_high, 600e9)
        low, high, low_open, high_open = q.interval()
        self.assertEqual((high, low_open, high_open), (600e9, False, False))
        self.assertLess(low, high)
        lenient = q.interval(lenient=True)
        self.assertLess(lenient.low, low)
        self.assertEqual(lenient.high, high)

    def test_parse_english_and_auto(self):
        q = crosscheck.parse_quantity("$5.6 million")
        self.assertEqual((q.digits, q.scale, q.unit, q.hedge), ("5.6", 6, "USD", "exact"))
        self.assertAlmostEqual(q.value, 5.6e6)
        q = crosscheck.parse_quantity(b"nearly 17 percent", lang="en")
        self.assertEqual((q.digits, q.unit, q.hedge, q.hedge_word),
                         ("17", "%", "approx_below", "nearly"))

    def test_german_billion(self):
        q = crosscheck.parse_quantity("2,9 Billionen US-Dollar", "de")
        self.assertEqual((q.digits, q.scale), ("2.9", 12))

    def test_range_and_open_intervals(self):
        q = crosscheck.parse_quantity("zwischen 5 und 6 Prozent", "de")
        self.assertEqual((q.hedge, q.digits, q.digits_high), ("range", "5", "6"))
        self.assertEqual((q.value, q.value_high), (5.0, 6.0))
        q = crosscheck.parse_quantity("mehr als 17 Prozent", "de")
        self.assertEqual(q.interval(), (17.0, math.inf, True, True))
        q = crosscheck.parse_quantity("bis zu 65 Milliarden Dollar", "de")
        self.assertEqual(q.interval()[:2], (0.0, 65e9))

    def test_points_and_ratio(self):
        self.assertEqual(crosscheck.parse_quantity("3 Prozentpunkte", "de").dimension, "points")

    def test_new(self):
        q = crosscheck.Quantity.new("460", "USD", scale="1e9", hedge="approx_above")
        self.assertEqual((q.digits, q.scale, q.unit, q.hedge, q.hedge_word),
                         ("460", 9, "USD", "approx_above", ""))
        self.assertEqual(q.interval().low, 460e9)
        self.assertEqual(crosscheck.Quantity.new(5, "%", high=6).hedge, "range")
        self.assertEqual(crosscheck.Quantity.new(1.5, "%").digits, "1.5")
        self.assertEqual(crosscheck.Quantity.new("5", "USD", scale=1000000).scale, 6)
        self.assertEqual(q, crosscheck.Quantity.new("460", "USD", scale="1e9",
                                                    hedge="approx_above"))
        self.assertIn("approx_above", repr(q))
        self.assertEqual(q.to_dict()["unit"], "USD")

    def test_close(self):
        q = crosscheck.parse_quantity("5 Prozent", "de")
        with q:
            self.assertFalse(q.closed)
        self.assertTrue(q.closed)
        q.close()
        self.assertEqual(q.digits, "5")  # attributes stay readable
        with self.assertRaises(ValueError):
            q.interval()
        claims = crosscheck.ClaimSet()
        claims.add_source("a")
        with self.assertRaises(ValueError):
            claims.add_claim("c1", "a", quantity=q)


class TestRates(unittest.TestCase):
    def test_builtin_table(self):
        rates = crosscheck.Rates()
        self.assertEqual(rates.first_date, "1999-01-04")
        self.assertRegex(rates.last_date, r"^\d{4}-\d\d-\d\d$")
        self.assertIn("USD", rates)
        self.assertIn("EUR", rates)
        self.assertNotIn("QQQ", rates)

    def test_convert_over_a_weekend(self):
        conv = crosscheck.Rates().convert(563e9, "EUR", "USD", "2025-01-27")
        self.assertEqual((conv.first_day, conv.last_day), ("2025-01-24", "2025-01-28"))
        self.assertLess(conv.low, conv.high)
        self.assertGreater(conv.low, 585e9)
        self.assertLess(conv.high, 595e9)
        self.assertEqual((conv.from_currency, conv.to_currency, conv.after_table),
                         ("EUR", "USD", False))
        same = crosscheck.Rates().convert(563e9, "EUR", "USD", datetime.date(2025, 1, 27))
        self.assertEqual(conv, same)
        narrow = crosscheck.Rates().convert(563e9, "EUR", "USD", "2025-01-27", window=0)
        self.assertEqual((narrow.first_day, narrow.last_day), ("2025-01-27", "2025-01-27"))

    def test_after_the_table(self):
        rates = crosscheck.Rates()
        conv = rates.convert(1, "EUR", "USD", "2099-01-01")
        self.assertTrue(conv.after_table)
        self.assertEqual(conv.last_day, rates.last_date)

    def test_load_files_and_text(self):
        rates = crosscheck.Rates().load(data("rates_new_currency.csv"))
        self.assertIn("ABC", rates)
        conv = rates.convert(2, "EUR", "ABC", "2025-01-27", window=0)
        self.assertEqual((conv.low, conv.high), (5.0, 5.0))
        self.assertEqual(rates.last_date, "2026-03-10")
        over = crosscheck.Rates(pathlib.Path(data("rates_override.csv")))
        conv = over.convert(1, "EUR", "USD", "2025-01-27", window=0)
        self.assertEqual(conv.low, 1.06)
        text = crosscheck.Rates().load_csv(b"Date,USD\n2025-01-27,2.0\n", name="mine.csv")
        self.assertEqual(text.convert(1, "EUR", "USD", "2025-01-27", window=0).low, 2.0)

    def test_rates_in_check(self):
        rates = crosscheck.Rates().load_csv("Date,USD\n2025-01-24,2.0\n2025-01-27,2.0\n"
                                            "2025-01-28,2.0\n")
        report = crosscheck.check(SELLOFF, rates=rates)
        echo = report.claim("mv-echo")
        self.assertEqual((echo.fx.low, echo.fx.high), (2.0, 2.0))
        self.assertEqual(echo.status, "contradicts")


class TestClaimSet(unittest.TestCase):
    def build(self):
        claims = crosscheck.ClaimSet()
        claims.add_source("a", name="Blatt A", published="2025-01-28", lang="de",
                          url="https://example.org/a")
        claims.add_source("b", published=datetime.date(2025, 1, 28), lang="en")
        claims.add_source("c", published="2025-01-28")
        claims.add_claim("x1", "a", "rund 12 Millionen Euro", subject="Acme", measure="revenue")
        claims.add_claim("x2", "b", "about EUR 12 million", subject="Acme", measure="revenue")
        claims.add_claim("x3", "c", subject="Acme", measure="revenue",
                         quantity={"value": "9", "scale": "1e6", "unit": "EUR",
                                   "hedge": "approx_below"})
        claims.add_claim("x4", "c", subject="Acme", measure="revenue", scope="forecast",
                         quantity=crosscheck.Quantity.new("15", "EUR", scale="1e6"))
        claims.add_claim("x5", "a", "fast 9 Millionen Euro", subject="Acme", measure="revenue",
                         syndicated_from="x3", date="2025-01-28")
        claims.add_claim("r1", "b", subject="Acme", measure="share change",
                         attributed_to="analysts", quantity={"low": 5, "high": "6", "unit": "%"})
        claims.add_claim("t1", "c", "5 percent", lang="en", subject="Acme", measure="margin")
        return claims

    def test_builder_matches_json(self):
        claims = self.build()
        self.assertEqual((claims.source_count, claims.claim_count, len(claims)), (3, 7, 7))
        report = crosscheck.check(claims)
        self.assertEqual(report.claim("x1").status, "agrees")
        self.assertEqual(report.claim("x3").status, "contradicts")
        self.assertEqual(report.claim("x5").syndicated_from, "x3")
        self.assertEqual(report.claim("r1").hedge, "range")
        self.assertEqual(report.claim("t1").unit, "%")
        forecast = next(g for g in report if g.key.scope == "forecast")
        self.assertEqual(forecast.verdict, "single")
        self.assertEqual(next(g for g in report if g.key.measure == "share change").key
                         .attributed_to, "analysts")
        self.assertIn("<ClaimSet 3 sources, 7 claims>", repr(claims))

    def test_from_json_names_its_source(self):
        with self.assertRaises(crosscheck.SchemaError) as ctx:
            crosscheck.ClaimSet.from_json('{"claim": []}', name="feed.json")
        self.assertEqual(ctx.exception.source, "feed.json")


class TestOwnership(unittest.TestCase):
    def test_close_is_idempotent_everywhere(self):
        for obj in (crosscheck.ClaimSet(), crosscheck.Rates(),
                    crosscheck.parse_quantity("5 Prozent", "de"), crosscheck.check(small_doc())):
            obj.close()
            obj.close()
            self.assertTrue(obj.closed)
            if not isinstance(obj, crosscheck.Quantity):
                self.assertIn("closed", repr(obj))

    def test_closed_objects_refuse_work(self):
        claims = crosscheck.ClaimSet()
        claims.close()
        with self.assertRaises(ValueError):
            claims.add_source("a")
        with self.assertRaises(ValueError):
            crosscheck.check(claims)
        with self.assertRaises(ValueError):
            len(claims)
        rates = crosscheck.Rates()
        rates.close()
        with self.assertRaises(ValueError):
            rates.convert(1, "EUR", "USD", "2025-01-27")
        with self.assertRaises(ValueError):
            crosscheck.check(small_doc(), rates=rates)
        with self.assertRaises(ValueError):
            with rates:
                pass

    def test_report_keeps_claim_set_and_rates_alive(self):
        claims = crosscheck.ClaimSet.from_json(small_doc())
        rates = crosscheck.Rates()
        report = crosscheck.check(claims, rates=rates)
        set_handle = weakref.ref(claims._handle)
        rates_handle = weakref.ref(rates._handle)
        claims.close()
        rates.close()
        del claims, rates
        gc.collect()
        self.assertIsNotNone(set_handle())  # the report still reads the set
        self.assertIn("x3", report.text())
        self.assertEqual(report.claim("x3").status, "contradicts")
        report.close()
        gc.collect()
        self.assertIsNone(set_handle())
        self.assertIsNone(rates_handle())

    def test_every_handle_freed_exactly_once(self):
        freed = []
        real_free = _lib.lib.cc_claimset_free

        def counting_free(ptr):
            freed.append(ptr)
            real_free(ptr)

        from crosscheck import _handle
        claims = crosscheck.ClaimSet.from_json(small_doc())
        ptr = claims._handle.ptr
        claims._handle._finalizer.detach()
        claims._handle._finalizer = weakref.finalize(claims._handle, counting_free, ptr)
        report = crosscheck.check(claims)
        claims.close()
        claims.close()
        self.assertEqual(freed, [])
        with report:
            pass
        report.close()
        gc.collect()
        self.assertEqual(freed, [ptr])
        del claims
        gc.collect()
        self.assertEqual(freed, [ptr])
        self.assertTrue(_handle.Handle)

    def test_claim_set_read_by_a_report_cannot_change(self):
        claims = crosscheck.ClaimSet()
        claims.add_source("a")
        claims.add_claim("c0", "a", "5 Prozent", subject="x")
        report = crosscheck.check(claims)
        second = crosscheck.check(claims)
        with self.assertRaises(ValueError):
            claims.add_source("b")
        with self.assertRaises(ValueError):
            claims.add_claim("c1", "a", "6 Prozent", subject="x")
        report.close()
        with self.assertRaises(ValueError):  # the second report still reads it
            claims.add_source("b")
        self.assertIn("c0", second.text())
        del second
        gc.collect()
        claims.add_source("b")
        claims.add_claim("c1", "b", "6 Prozent", subject="x")
        self.assertEqual(len(crosscheck.check(claims)), 1)

    def test_copies_share_the_c_object(self):
        import copy
        report = crosscheck.check(small_doc())
        rates = crosscheck.Rates()
        for dup in (copy.copy(report), copy.deepcopy(report)):
            self.assertIs(dup._handle, report._handle)
        twin = copy.deepcopy(report)
        report.close()
        del report
        gc.collect()
        self.assertIn("x3", twin.text())  # still alive through the copy
        self.assertIs(copy.deepcopy(rates)._handle, rates._handle)
        with self.assertRaises(TypeError):
            pickle.dumps(rates)
        with self.assertRaises(TypeError):
            pickle.dumps(crosscheck.parse_quantity("5 Prozent", "de"))

    def test_with_blocks(self):
        with crosscheck.ClaimSet.from_json(small_doc()) as claims:
            with crosscheck.check(claims) as report:
                groups = report.groups
                self.assertTrue(report.has_contradictions)
        self.assertTrue(claims.closed and report.closed)
        # what was read stays readable; what needs C refuses
        self.assertEqual(report.groups, groups)
        self.assertTrue(report.has_contradictions)
        with self.assertRaises(ValueError):
            report.text()
        with self.assertRaises(ValueError):
            crosscheck.check(claims)

    def test_closed_report_without_objects_refuses(self):
        report = crosscheck.check(small_doc())
        report.close()
        with self.assertRaises(ValueError):
            report.groups
        with self.assertRaises(ValueError):
            report.claim_status("x1")
        self.assertEqual(repr(report), "<Report closed>")


if __name__ == "__main__":
    unittest.main()
