#!/usr/bin/env python3
"""End-to-end tests of the crosscheck command line.

Run by meson: test_cli.py PATH/TO/crosscheck EXAMPLES_DATA_DIR
Standard library only.
"""
import json
import os
import subprocess
import sys
import tempfile
import unittest

CROSSCHECK = None
EXAMPLES = None


def run(*args, stdin=None):
    """Run crosscheck; return (exit status, stdout, stderr) as text."""
    proc = subprocess.run([CROSSCHECK, *args], input=stdin, capture_output=True)
    return proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")


def example(name):
    return os.path.join(EXAMPLES, name)


class TempDirTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.addCleanup(self.tmp.cleanup)

    def write(self, name, data):
        path = os.path.join(self.tmp.name, name)
        mode = "wb" if isinstance(data, bytes) else "w"
        with open(path, mode) as f:
            f.write(data)
        return path


class TestUsage(TempDirTest):
    def test_help_lists_commands(self):
        status, out, err = run("--help")
        self.assertEqual(status, 0)
        self.assertIn("check", out)
        self.assertIn("exit status", out)
        self.assertEqual(err, "")

    def test_check_help(self):
        status, out, _ = run("check", "--help")
        self.assertEqual(status, 0)
        for option in ("--format", "--currency", "--fx-window", "--rates", "--lenient", "-o"):
            self.assertIn(option, out)

    def test_version(self):
        status, out, _ = run("--version")
        self.assertEqual(status, 0)
        self.assertRegex(out, r"^crosscheck \d+\.\d+\.\d+ \(library \d+\.\d+\.\d+\)\n$")

    def test_no_arguments_is_a_usage_error(self):
        status, out, err = run()
        self.assertEqual(status, 2)
        self.assertEqual(out, "")
        self.assertIn("usage:", err)

    def test_unknown_command(self):
        status, out, err = run("frobnicate")
        self.assertEqual((status, out), (2, ""))
        self.assertIn("unknown command 'frobnicate'", err)

    def test_unknown_option(self):
        status, out, err = run("check", "--colour", example("selloff-2025-01-27.claims.json"))
        self.assertEqual((status, out), (2, ""))
        self.assertIn("unknown option '--colour'", err)

    def test_bad_format(self):
        status, out, err = run("check", "--format", "xml", example("selloff-2025-01-27.claims.json"))
        self.assertEqual((status, out), (2, ""))
        self.assertIn("unknown format 'xml'", err)

    def test_bad_window(self):
        status, out, err = run("check", "--fx-window", "-3", example("selloff-2025-01-27.claims.json"))
        self.assertEqual((status, out), (2, ""))
        self.assertIn("--fx-window", err)

    def test_missing_option_value(self):
        status, out, err = run("check", "--currency")
        self.assertEqual((status, out), (2, ""))
        self.assertIn("needs a value", err)

    def test_unknown_currency_option(self):
        status, out, err = run("check", "--currency", "XQZ", example("selloff-2025-01-27.claims.json"))
        self.assertEqual((status, out), (2, ""))
        self.assertIn("XQZ", err)


class TestExampleReport(unittest.TestCase):
    """The statuses the example data must produce (issue: 'Tests check exactly these statuses')."""

    @classmethod
    def setUpClass(cls):
        status, out, err = run("check", "--format", "json", example("selloff-2025-01-27.claims.json"))
        cls.status, cls.err = status, err
        cls.report = json.loads(out)
        cls.claims = {}
        cls.group_of = {}
        for group in cls.report["groups"]:
            for claim in group["claims"]:
                cls.claims[claim["id"]] = claim
                cls.group_of[claim["id"]] = group
        cls.groups = {g["id"]: g for g in cls.report["groups"]}

    def status_of(self, claim_id):
        return self.claims[claim_id]["status"]

    def test_exit_status_reports_contradictions(self):
        self.assertEqual(self.status, 1, self.err)

    def test_every_claim_reported_once(self):
        with open(example("selloff-2025-01-27.claims.json"), encoding="utf-8") as f:
            ids = [c["id"] for c in json.load(f)["claims"]]
        reported = [c["id"] for g in self.report["groups"] for c in g["claims"]]
        self.assertEqual(sorted(ids), sorted(reported))
        self.assertEqual(self.report["summary"]["claims"], len(ids))

    def test_dollar_and_euro_figures_agree(self):
        for cid in ("mv-tagesblatt", "mv-kurier", "mv-rheinpost", "mv-echo", "mv-ledger", "mv-wire"):
            self.assertEqual(self.status_of(cid), "agrees", cid)
        echo = self.claims["mv-echo"]
        self.assertEqual(echo["unit"], "EUR")
        self.assertEqual(echo["fx"]["from"], "EUR")
        self.assertEqual(echo["fx"]["to"], "USD")
        # 563 bn EUR at the rates of 24-28 January 2025 is roughly 586-594 bn USD
        self.assertGreater(echo["low"], 585e9)
        self.assertLess(echo["high"], 595e9)
        self.assertEqual(echo["fx"]["dates"], ["2025-01-24", "2025-01-28"])

    def test_gut_460_without_scope_contradicts_by_about_22_percent(self):
        claim = self.claims["mv-anzeiger"]
        self.assertEqual(claim["status"], "contradicts")
        self.assertAlmostEqual(claim["gap"], 0.22, delta=0.01)
        self.assertEqual(claim["hedge"], "approx_above")
        self.assertEqual(self.group_of["mv-anzeiger"]["verdict"], "conflict")

    def test_syndicated_copy_is_one_voice(self):
        self.assertEqual(self.claims["mv-finanzblick"]["syndicated_from"], "mv-kurier")
        consensus = self.group_of["mv-kurier"]["consensus"]
        self.assertIn("mv-finanzblick", consensus["claims"])

    def test_training_cost_dollars_and_euros_agree(self):
        for cid in ("cost-kurier", "cost-wire", "cost-tagesblatt", "cost-anzeiger"):
            self.assertEqual(self.status_of(cid), "agrees", cid)
        self.assertEqual(self.claims["cost-anzeiger"]["hedge"], "upper_strict")
        self.assertEqual(self.group_of["cost-kurier"]["verdict"], "consistent")

    def test_meta_up_to_65_shows_its_reading(self):
        self.assertEqual(self.status_of("meta-echo"), "agrees")
        self.assertEqual(self.status_of("meta-ledger"), "agrees")
        claim = self.claims["meta-echo"]
        self.assertEqual(claim["hedge"], "upper_incl")
        self.assertEqual(claim["hedge_word"], "bis zu")
        self.assertEqual(claim["low"], 0)

    def test_intraday_figures_sit_apart_marked_different_scope(self):
        intraday = self.group_of["mv-rheinpost-intraday"]
        close = self.group_of["mv-tagesblatt"]
        self.assertIsNot(intraday, close)
        self.assertEqual(intraday["key"]["scope"], "intraday")
        links = [r for r in intraday["related"] if r["group"] == close["id"]]
        self.assertEqual(len(links), 1)
        self.assertEqual(links[0]["relation"], "different_scope")
        self.assertAlmostEqual(links[0]["gap"], 0.22, delta=0.02)
        self.assertEqual(self.status_of("mv-rheinpost-intraday"), "agrees")

    def test_share_drop_at_close_and_intraday_do_not_contradict(self):
        for cid in ("drop-tagesblatt", "drop-kurier", "drop-echo", "drop-ledger", "drop-wire",
                    "drop-rheinpost", "drop-anzeiger"):
            self.assertEqual(self.status_of(cid), "agrees", cid)
        close = self.group_of["drop-kurier"]
        self.assertEqual(close["dimension"], "percent")
        relations = {r["relation"] for r in close["related"]}
        self.assertIn("different_scope", relations)

    def test_premarket_and_intraday_tuesday_are_different_measures(self):
        self.assertNotEqual(self.group_of["tue-kurier"]["id"], self.group_of["tue-rheinpost"]["id"])
        self.assertEqual(self.status_of("tue-rheinpost"), "agrees")
        self.assertEqual(self.claims["tue-rheinpost"]["hedge"], "range")

    def test_german_billion_is_a_trillion(self):
        before = self.claims["cap-before-echo"]
        self.assertAlmostEqual(before["low"] / 3.5e12, 1, delta=0.06)
        self.assertEqual(self.status_of("cap-after-echo"), "agrees")
        self.assertEqual(self.status_of("cap-after-ledger"), "agrees")

    def test_index_level_vendors_differ_slightly(self):
        self.assertEqual(self.group_of["dax-level-kurier"]["verdict"], "minor_discrepancy")
        self.assertEqual(self.group_of["dax-level-kurier"]["dimension"], "count")

    def test_percent_and_counts_never_mixed_with_money(self):
        for group in self.report["groups"]:
            units = {c["unit"] for c in group["claims"]}
            if group["dimension"] == "currency":
                self.assertTrue(all(len(u) == 3 and u.isupper() for u in units), units)
            else:
                self.assertEqual(len(units), 1, units)

    def test_conflicts_come_first(self):
        verdicts = [g["verdict"] for g in self.report["groups"]]
        first_other = next((i for i, v in enumerate(verdicts) if v != "conflict"), len(verdicts))
        self.assertNotIn("conflict", verdicts[first_other:])

    def test_text_report_reads_top_down(self):
        status, out, _ = run("check", "--format", "text", example("selloff-2025-01-27.claims.json"))
        self.assertEqual(status, 1)
        first_group = out.find("Nvidia")
        self.assertGreater(first_group, -1)
        self.assertIn("gut 460 Milliarden Dollar", out)
        self.assertIn("EUR", out)
        self.assertLess(out.find("CONFLICT"), out.find("CONSISTENT"))

    def test_output_file_is_written_whole(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "report.json")
            status, out, _ = run("check", "--format", "json", "-o", path,
                                 example("selloff-2025-01-27.claims.json"))
            self.assertEqual((status, out), (1, ""))
            with open(path, encoding="utf-8") as f:
                self.assertEqual(json.load(f)["summary"]["claims"], 40)
            self.assertEqual(os.listdir(tmp), ["report.json"])

    def test_stdin_input(self):
        with open(example("selloff-2025-01-27.claims.json"), "rb") as f:
            data = f.read()
        status, out, _ = run("check", "--format", "json", "-", stdin=data)
        self.assertEqual(status, 1)
        self.assertEqual(json.loads(out)["summary"]["claims"], 40)

    def test_currency_option_converts_to_euro(self):
        status, out, _ = run("check", "--format", "json", "--currency", "eur",
                             example("selloff-2025-01-27.claims.json"))
        self.assertEqual(status, 1)
        report = json.loads(out)
        self.assertEqual(report["report"]["currency"], "EUR")
        money = [g for g in report["groups"] if g["dimension"] == "currency"]
        self.assertTrue(money)
        self.assertTrue(all(g["unit"] == "EUR" for g in money))


def claims_doc(claims, sources=None):
    if sources is None:
        sources = [{"id": "a", "published": "2025-01-28", "lang": "de"},
                   {"id": "b", "published": "2025-01-28", "lang": "en"}]
    return json.dumps({"sources": sources, "claims": claims}, indent=1)


class TestBadInput(TempDirTest):
    """Each kind of bad input: exit 2, nothing on stdout, FILE:LINE:COLUMN: message on stderr."""

    def check_error(self, data, *needles, line=None):
        path = self.write("input.json", data)
        status, out, err = run("check", "--format", "json", path)
        self.assertEqual(status, 2, err)
        self.assertEqual(out, "")
        self.assertEqual(err.count("\n"), 1, err)
        self.assertTrue(err.startswith("crosscheck: " + path + ":"), err)
        if line is not None:
            self.assertRegex(err, r"^crosscheck: [^:]+:%d:\d+: " % line)
        for needle in needles:
            self.assertIn(needle, err)
        return err

    def test_malformed_json(self):
        self.check_error('{"claims": [\n  {"id": "x",,}\n]}', line=2)

    def test_empty_file(self):
        self.check_error("", line=1)

    def test_unknown_source(self):
        doc = claims_doc([{"id": "c1", "source": "a", "text": "5 Prozent"},
                          {"id": "c7", "source": "sz", "text": "6 Prozent"}])
        self.check_error(doc, "c7", "sz")

    def test_duplicate_claim_id(self):
        doc = claims_doc([{"id": "c1", "source": "a", "text": "5 Prozent"},
                          {"id": "c1", "source": "b", "text": "5 percent"}])
        self.check_error(doc, "c1", "duplicate")

    def test_unparseable_quantity_text(self):
        doc = claims_doc([{"id": "c1", "source": "a", "text": "ziemlich viel Geld"}])
        self.check_error(doc, "c1")

    def test_unknown_currency(self):
        doc = claims_doc([{"id": "c1", "source": "a",
                           "quantity": {"value": "5", "unit": "QQQ"}}])
        self.check_error(doc, "c1", "QQQ")

    def test_impossible_date(self):
        doc = claims_doc([{"id": "c1", "source": "a", "date": "2025-02-30", "text": "5 Prozent"}])
        self.check_error(doc, "c1", "2025-02-30")

    def test_huge_number(self):
        self.check_error('{"claims": [{"id": "c1", "source": "a",\n "quantity": {"value": 1e400, "unit": "USD"}}]}',
                         line=2)

    def test_nan_value(self):
        doc = claims_doc([{"id": "c1", "source": "a", "quantity": {"value": "NaN", "unit": "USD"}}])
        self.check_error(doc, "c1")

    def test_negative_scale(self):
        doc = claims_doc([{"id": "c1", "source": "a",
                           "quantity": {"value": "5", "scale": "1e-3", "unit": "USD"}}])
        self.check_error(doc, "c1", "scale")

    def test_missing_file(self):
        path = os.path.join(self.tmp.name, "nope.json")
        status, out, err = run("check", path)
        self.assertEqual((status, out), (2, ""))
        self.assertIn(path, err)

    def test_bad_rates_file(self):
        rates = self.write("rates.csv", "Date,USD,\n2025-01-27,abc,\n")
        status, out, err = run("check", "--rates", rates, example("selloff-2025-01-27.claims.json"))
        self.assertEqual((status, out), (2, ""))
        self.assertRegex(err, r"rates\.csv:2:\d+: ")

    def test_failed_output_leaves_no_file(self):
        bad = claims_doc([{"id": "c1", "source": "nobody", "text": "5 Prozent"}])
        path = self.write("input.json", bad)
        target = os.path.join(self.tmp.name, "report.json")
        status, _, _ = run("check", "-o", target, path)
        self.assertEqual(status, 2)
        self.assertFalse(os.path.exists(target))


if __name__ == "__main__":
    CROSSCHECK = os.path.abspath(sys.argv.pop(1))
    EXAMPLES = os.path.abspath(sys.argv.pop(1))
    unittest.main(verbosity=2)
