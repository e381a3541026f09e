#!/usr/bin/env python3
"""End-to-end tests of `crosscheck verify` and of bad input to `crosscheck run`.

usage: test_verify.py CROSSCHECK ARTICLES_DIR
"""
import glob
import json
import os
import subprocess
import sys
import tempfile
import unittest

CROSSCHECK = None
ARTICLES = None


def run(*args, stdin=None):
    proc = subprocess.run([CROSSCHECK, *args], capture_output=True, input=stdin)
    return proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")


def articles(event):
    return sorted(glob.glob(os.path.join(ARTICLES, event, "*.txt")))


class Verify(unittest.TestCase):
    def verify(self, claim, event="selloff", *options):
        status, out, err = run("verify", "--format", "json", *options, claim, *articles(event))
        self.assertIn(status, (0, 1), err)
        report = json.loads(out)
        return status, {s["source"]: s for s in report["sources"]}, report

    def test_closing_loss_supported_and_the_low_figure_contradicts(self):
        status, by, report = self.verify(
            "Nvidia verlor am 27. Januar 2025 rund 589 Milliarden Dollar an Börsenwert")
        self.assertEqual(status, 1)
        self.assertEqual(report["claim"]["unit"], "USD")
        for source in ("tagesblatt", "the-ledger", "boersenkurier", "market-wire", "wirtschaftsecho"):
            self.assertEqual(by[source]["verdict"], "supports", by[source])
        self.assertEqual(by["wirtschaftsecho"]["text"], "563 Milliarden Euro")
        self.assertEqual(by["stadtanzeiger"]["verdict"], "contradicts")
        self.assertEqual(by["stadtanzeiger"]["text"], "gut 460 Milliarden Dollar")
        self.assertGreater(by["stadtanzeiger"]["gap"], 0.15)
        self.assertLess(by["stadtanzeiger"]["gap"], 0.3)
        self.assertEqual(report["summary"]["contradicts"], 1)

    def test_spans_point_into_the_articles(self):
        _, by, _ = self.verify("Nvidia lost $589 billion in market value on Monday")
        for source, entry in by.items():
            if "span" not in entry:
                continue
            with open(os.path.join(ARTICLES, "selloff", source + ".txt"), "rb") as f:
                data = f.read()
            start, end = entry["span"]
            self.assertEqual(data[start:end].decode("utf-8"), entry["text"])

    def test_training_cost_supported_and_not_found_where_absent(self):
        status, by, _ = self.verify("DeepSeek trained its model for $5.6 million")
        self.assertEqual(status, 0)
        for source in ("boersenkurier", "market-wire", "tagesblatt", "stadtanzeiger"):
            self.assertIn(by[source]["verdict"], ("supports", "supports_lenient"), by[source])
        self.assertEqual(by["finanzblick"]["verdict"], "not_found")
        self.assertNotIn("text", by["finanzblick"])

    def test_police_count_in_the_second_event(self):
        status, by, _ = self.verify("Die Polizei zählte am Samstag 12.000 Teilnehmer", "demo")
        self.assertEqual(status, 1)
        self.assertEqual(by["hafenblatt"]["verdict"], "supports")
        self.assertEqual(by["north-sea-times"]["verdict"], "supports")
        self.assertEqual(by["elbe-rundschau"]["verdict"], "contradicts")

    def test_the_end_of_a_change_is_checked_against_ends(self):
        # every budget article says the deficit falls from 84 (one: 48) to 61
        # million euros; a claim about where it falls to meets the 61s, not
        # the starts of the change
        status, by, report = self.verify(
            "Das Defizit der Stadt Lindenau sinkt auf 61 Millionen Euro", "budget")
        self.assertEqual(status, 0)
        for source in ("lindenauer-anzeiger", "kreisblatt", "lindenau-monitor"):
            self.assertEqual(by[source]["verdict"], "supports", by[source])
        status, by, report = self.verify("Lindenau's deficit was 84 million euros", "budget")
        self.assertEqual(status, 1)
        self.assertEqual(by["kreisblatt"]["verdict"], "contradicts", by["kreisblatt"])
        self.assertEqual(by["lindenau-monitor"]["verdict"], "supports", by["lindenau-monitor"])

    def test_an_english_claim_finds_the_same_figure_in_german_reports(self):
        # the German sentences share a name and a concept with the claim,
        # little wording: the same figure needs fewer shared words
        status, by, report = self.verify("Lindenau approved a budget of 1.2 billion euros", "budget")
        self.assertEqual(status, 0)
        for source in ("lindenauer-anzeiger", "kreisblatt", "lindenau-monitor"):
            self.assertEqual(by[source]["verdict"], "supports", by[source])

    def test_a_bound_meets_claims_on_its_open_side(self):
        # "Tausende" is at least 2,000: a match for 5,000 however far above,
        # and a contradiction for 1,200 (within the usual factor of 2)
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, "blatt.txt")
            with open(path, "w", encoding="utf-8") as f:
                f.write("Am Samstag demonstrierten in Berlin Tausende Menschen gegen die Reform.\n")
            for claim, verdict in (("In Berlin demonstrierten 5.000 Menschen gegen die Reform", "supports"),
                                   ("In Berlin demonstrierten 1.200 Menschen gegen die Reform", "contradicts")):
                status, out, err = run("verify", "--format", "json", "--lang", "de", claim, path)
                self.assertIn(status, (0, 1), err)
                entry = json.loads(out)["sources"][0]
                self.assertEqual(entry["verdict"], verdict, entry)
                self.assertEqual(entry["text"], "Tausende")

    def test_text_format_writes_a_wrapped_figure_on_one_line(self):
        status, out, err = run("verify", "Lindenau's deficit was 84 million euros",
                               *articles("budget"))
        self.assertEqual(status, 1, err)
        line = [l for l in out.splitlines() if "lindenauer-anzeiger" in l]
        self.assertEqual(len(line), 1, out)
        self.assertIn('"84 Millionen Euro"', line[0])

    def test_text_format(self):
        status, out, err = run("verify", "Nvidia verlor 589 Milliarden Dollar an Börsenwert",
                               *articles("selloff"))
        self.assertEqual(status, 1, err)
        self.assertIn("contradicts", out)
        self.assertIn("stadtanzeiger", out)
        # the claim's reading, as `crosscheck parse` shows it
        self.assertIn("read as 589 x 1e9 USD, exact\n", out)
        status, out, err = run("verify", "Laut Polizei kamen rund 12.000 Menschen",
                               *articles("demo"))
        self.assertIn('read as 12000 count, approx "rund"\n', out)

    def test_claim_without_a_figure(self):
        status, out, err = run("verify", "Nvidia verlor an Börsenwert", *articles("selloff"))
        self.assertEqual(status, 2)
        self.assertEqual(out, "")
        self.assertIn("the claim holds no figure", err)

    def test_claim_with_two_figures(self):
        status, out, err = run("verify", "Nvidia verlor 589 Milliarden Dollar und 17 Prozent",
                               *articles("selloff"))
        self.assertEqual(status, 2)
        self.assertIn("the claim holds 2 figures", err)

    def test_usage(self):
        status, out, err = run("verify", "Nvidia verlor 589 Milliarden Dollar")
        self.assertEqual(status, 2)
        self.assertIn("verify needs a claim and at least one article", err)


class BadInput(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()

    def tearDown(self):
        self.dir.cleanup()

    def write(self, name, data):
        path = os.path.join(self.dir.name, name)
        with open(path, "wb") as f:
            f.write(data)
        return path

    def test_missing_file(self):
        missing = os.path.join(self.dir.name, "nope.txt")
        status, out, err = run("run", articles("selloff")[0], missing)
        self.assertEqual(status, 2)
        self.assertEqual(out, "")
        self.assertIn("nope.txt: cannot read", err)

    def test_invalid_utf8(self):
        path = self.write("bad.txt", b"Nvidia verlor 589 Milliarden \xff Dollar.\n")
        status, out, err = run("run", path)
        self.assertEqual(status, 2)
        self.assertEqual(out, "")
        self.assertIn("bad.txt:1:30:", err)
        self.assertIn("utf-8", err.lower())

    def test_empty_article(self):
        path = self.write("empty.txt", b"---\nsource: leer\n---\n\n")
        status, out, err = run("run", path)
        self.assertEqual(status, 2)
        self.assertIn("empty.txt: empty article", err)

    def test_unknown_language(self):
        status, out, err = run("run", "--lang", "xx", articles("selloff")[0])
        self.assertEqual(status, 2)
        self.assertIn("unsupported language 'xx'", err)

    def test_duplicate_source(self):
        one = articles("selloff")[0]
        status, out, err = run("run", one, one)
        self.assertEqual(status, 2)
        self.assertIn("already in the corpus", err)

    def test_json_array_of_articles(self):
        data = json.dumps([
            {"source": "a", "published": "2025-01-28", "lang": "de",
             "text": "Nvidia verlor am Montag 589 Milliarden Dollar an Börsenwert."},
            {"source": "b", "published": "2025-01-28", "lang": "en",
             "text": "Nvidia lost $589 billion in market value on Monday."},
            {"source": "c", "published": "2025-01-28", "lang": "de",
             "text": "Nvidia verlor am Montag 420 Milliarden Dollar an Börsenwert."},
        ]).encode("utf-8")
        path = self.write("articles.json", data)
        status, out, err = run("run", "--format", "json", path)
        report = json.loads(out)
        groups = [g for g in report["groups"] if len(g["claims"]) > 1]
        self.assertEqual(len(groups), 1, report)
        self.assertEqual(sorted(c["source"] for c in groups[0]["claims"]), ["a", "b", "c"])
        self.assertEqual(status, 1, err)
        self.assertEqual(report["unmatched"], [])

    def test_bad_json_array(self):
        path = self.write("articles.json", b'[{"source": "a"}]')
        status, out, err = run("run", path)
        self.assertEqual(status, 2)
        self.assertIn("expected an object with a string 'text'", err)


if __name__ == "__main__":
    CROSSCHECK = os.path.abspath(sys.argv.pop(1))
    ARTICLES = os.path.abspath(sys.argv.pop(1))
    unittest.main(verbosity=2)
