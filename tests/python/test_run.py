"""Tests of crosscheck.run(), crosscheck.verify() and Corpus (bindings/python/crosscheck/corpus.py).

The bar of tests/cli/test_run.py on the example articles (every planted
contradiction and nothing else, intraday and close kept apart, the
syndicated copy counted once, the denied figure left out, police and
organisers kept apart), verify on the selloff articles, every way to give
articles, every error path, ownership.

Run by meson (tests/python/meson.build, test "python_run"); by hand:

    CROSSCHECK_LIBRARY=build/lib/libcrosscheck.so PYTHONPATH=bindings/python \
        python3 -m unittest -v tests/python/test_run.py
"""
import gc
import json
import os
import pathlib
import subprocess
import tempfile
import unittest
import weakref

import crosscheck
from crosscheck import corpus as corpus_module

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
EXAMPLES = os.environ.get("CROSSCHECK_EXAMPLES", os.path.join(ROOT, "examples", "data"))
ARTICLES = pathlib.Path(EXAMPLES) / "articles"
CLI = os.environ.get("CROSSCHECK_CLI")
HAVE = corpus_module.AVAILABLE

NVIDIA_DE = "Nvidia verlor am 27. Januar 2025 rund 589 Milliarden Dollar an Börsenwert"


def paths(event):
    return sorted((ARTICLES / event).glob("*.txt"))


class Bar:
    """The checks of tests/cli/test_run.py, on a Report object."""

    def entries(self):
        return [(g, c) for g in self.report for c in g]

    def find(self, source, text):
        hits = [(g, c) for g, c in self.entries() if c.source == source and text in (c.text or "")]
        self.assertTrue(hits, "no claim of %s with text %r: %r" % (
            source, text, [c.text for g, c in self.entries() if c.source == source]))
        return hits[0]

    def assert_same_group(self, *refs):
        groups = {self.find(s, t)[0].id for s, t in refs}
        self.assertEqual(len(groups), 1, "expected one group for %r, got %r" % (refs, groups))

    def assert_status(self, source, text, *statuses):
        group, claim = self.find(source, text)
        self.assertIn(claim.status, statuses, "%s %r in group %s" % (source, text, group.id))

    def contradictions(self):
        return sorted((c.source, c.text) for g, c in self.entries() if c.contradicts)

    def test_has_contradictions(self):
        self.assertTrue(self.report.has_contradictions)
        self.assertEqual(self.report.contradiction_count, len(self.contradictions()))

    def test_groups_say_why(self):
        for group in self.report:
            if len(group) > 1:
                self.assertIsInstance(group.grouping, crosscheck.Grouping)
                self.assertTrue(group.grouping.shared)
                self.assertTrue(all(isinstance(w, str) and w for w in group.grouping.shared))
                self.assertTrue(0 < group.grouping.confidence <= 1, group.grouping)
                self.assertEqual(group.grouping.sources, len({c.source for c in group}))
            else:
                self.assertIsNone(group.grouping)

    def test_unmatched_are_the_single_groups(self):
        singles = [g for g in self.report if len(g) == 1]
        unmatched = self.report.unmatched
        self.assertEqual([c.id for c in unmatched], [g.claims[0].id for g in singles])
        raw = self.report.to_dict()["unmatched"]
        self.assertEqual([(e["id"], e["source"], e.get("text")) for e in raw],
                         [(c.id, c.source, c.text) for c in unmatched])
        for claim in unmatched:
            self.assertIs(claim, self.report.claim(claim.id))
            self.assertEqual(self.report.groups[int(claim.group[1:]) - 1].verdict, "single")

    def test_spans_point_into_the_articles(self):
        for group, claim in self.entries():
            data = (ARTICLES / self.event / (claim.source + ".txt")).read_bytes()
            start, end = claim.span
            self.assertEqual(data[start:end].decode("utf-8"), claim.text)
            self.assertIn(claim.text, claim.sentence)

    @unittest.skipUnless(CLI, "CROSSCHECK_CLI not set")
    def test_same_report_as_the_cli(self):
        files = [str(p) for p in paths(self.event)]
        proc = subprocess.run([CLI, "run", "--format", "json"] + files, capture_output=True)
        self.assertEqual(proc.returncode, 1, proc.stderr)
        self.assertEqual(self.report.to_json(), proc.stdout.decode("utf-8"))


@unittest.skipUnless(HAVE, "the loaded library has no cc_run")
class TestSelloff(Bar, unittest.TestCase):
    event = "selloff"

    @classmethod
    def setUpClass(cls):
        cls.report = crosscheck.run(paths(cls.event))

    def test_planted_contradictions_and_nothing_else(self):
        self.assertEqual(self.contradictions(), sorted([
            ("stadtanzeiger", "gut 460 Milliarden Dollar"),
            ("stadtanzeiger", "25 Prozent"),
        ]))
        self.assertEqual(len(self.report.conflicts), 2)

    def test_market_value_loss_in_dollars_and_euros_agree(self):
        refs = [("tagesblatt", "589 Milliarden US-Dollar"),
                ("boersenkurier", "fast 600 Milliarden US-Dollar"),
                ("rheinpost", "fast 600 Mrd. $"),
                ("wirtschaftsecho", "563 Milliarden Euro"),
                ("the-ledger", "$589 billion"),
                ("market-wire", "nearly $600 billion"),
                ("stadtanzeiger", "gut 460 Milliarden Dollar")]
        self.assert_same_group(*refs)
        for source, text in refs[:-1]:
            self.assert_status(source, text, "agrees")
        group = self.find("tagesblatt", "589 Milliarden")[0]
        self.assertEqual((group.key.subject, group.key.date, group.key.scope, group.unit),
                         ("Nvidia", "2025-01-27", "close", "USD"))
        self.assertIn("Nvidia", group.grouping.shared)
        euro = self.find("wirtschaftsecho", "563 Milliarden Euro")[1]
        self.assertEqual((euro.unit, euro.fx.from_currency, euro.fx.to_currency),
                         ("EUR", "EUR", "USD"))

    def test_syndicated_copy_counted_once(self):
        group, copy = self.find("finanzblick", "fast 600 Milliarden US-Dollar")
        _, original = self.find("boersenkurier", "fast 600 Milliarden US-Dollar")
        self.assertEqual(group.id, self.find("tagesblatt", "589 Milliarden")[0].id)
        self.assertEqual(copy.syndicated_from, original.id)
        self.assertEqual(group.consensus.voices, len({c.source for c in group}) - 2)

    def test_intraday_kept_apart_and_shown_beside(self):
        group, claim = self.find("rheinpost", "gut 460 Milliarden Dollar")
        self.assertEqual(group.key.scope, "intraday")
        self.assertFalse(claim.contradicts)
        close = self.find("tagesblatt", "589 Milliarden")[0]
        self.assertIn(close.id, [r.group for r in group.related if r.relation == "different_scope"])
        group, claim = self.find("rheinpost", "mehr als 17 Prozent")
        self.assertEqual(group.key.scope, "intraday")

    def test_share_drop_at_the_close_agrees(self):
        refs = [("tagesblatt", "17 Prozent"), ("boersenkurier", "knapp 17 Prozent"),
                ("wirtschaftsecho", "rund 17 Prozent"), ("the-ledger", "17%"),
                ("market-wire", "about 17 percent")]
        self.assert_same_group(*refs)
        for ref in refs:
            self.assert_status(*ref, "agrees")

    def test_other_companies_not_mixed_with_nvidia(self):
        nvidia = self.find("tagesblatt", "589 Milliarden")[0]
        self.assertNotEqual(self.find("rheinpost", "620 Milliarden Euro")[0].id, nvidia.id)
        self.assertNotEqual(self.find("rheinpost", "80 Milliarden Dollar")[0].id,
                            self.find("wirtschaftsecho", "65 Milliarden")[0].id)

    def test_training_cost_agrees_and_the_denial_is_not_a_claim(self):
        refs = [("tagesblatt", "weniger als 6 Millionen Dollar"),
                ("boersenkurier", "5,6 Millionen US-Dollar"),
                ("stadtanzeiger", "weniger als umgerechnet 5,7 Millionen Euro"),
                ("market-wire", "$5.6 million")]
        self.assert_same_group(*refs)
        for ref in refs:
            self.assert_status(*ref, "agrees")
        denied = [c for g, c in self.entries() if c.source == "market-wire"
                  and (c.text or "").endswith("$5 million")]
        self.assertEqual(denied, [])

    def test_tuesday_premarket_and_intraday_are_different_measures(self):
        pre = self.find("rheinpost", "rund 3 Prozent")
        day = self.find("rheinpost", "zwischen 5 und 6 Prozent")
        self.assertNotEqual(pre[0].id, day[0].id)
        self.assertFalse(pre[1].contradicts or day[1].contradicts)

    def test_years_are_never_compared(self):
        for group, claim in self.entries():
            self.assertNotIn(claim.text, ("2023", "2015", "2026", "2024"))

    def test_sources_are_the_articles(self):
        self.assertEqual([s.id for s in self.report.sources], [p.stem for p in paths("selloff")])
        tally = {s.id: s for s in self.report.sources}
        self.assertEqual(tally["stadtanzeiger"].contradicts, 2)
        self.assertEqual(tally["tagesblatt"].name, "Tagesblatt")


@unittest.skipUnless(HAVE, "the loaded library has no cc_run")
class TestRentProtest(Bar, unittest.TestCase):
    event = "demo"

    @classmethod
    def setUpClass(cls):
        cls.report = crosscheck.run([str(p) for p in paths(cls.event)])  # str paths

    def test_planted_contradictions_and_nothing_else(self):
        found = self.contradictions()
        self.assertEqual(len(found), 2, found)
        self.assertTrue(all(source == "elbe-rundschau" for source, _ in found), found)
        texts = sorted(text for _, text in found)
        self.assertIn("12", texts[0])
        self.assertNotIn("12.000", texts[0])
        self.assertIn("20.000", texts[1])

    def test_police_and_organisers_kept_apart(self):
        police = self.find("hafenblatt", "12.000")[0]
        organisers = self.find("hafenblatt", "35.000")[0]
        self.assertNotEqual(police.id, organisers.id)
        self.assertNotEqual(police.key.attributed_to, organisers.key.attributed_to)
        self.assertIn(organisers.id, [r.group for r in police.related
                                      if r.relation == "different_attribution"])
        self.assert_same_group(("hafenblatt", "12.000"), ("nordkurier-online", "12.000"),
                               ("north-sea-times", "12,000"), ("elbe-rundschau", "20.000"))
        self.assert_same_group(("hafenblatt", "35.000"), ("nordkurier-online", "35.000"),
                               ("north-sea-times", "35,000"), ("elbe-rundschau", "30.000"))
        self.assert_status("elbe-rundschau", "30.000", "agrees")

    def test_officers_agree(self):
        self.assert_same_group(("hafenblatt", "1.200"), ("nordkurier-online", "1.200"),
                               ("north-sea-times", "1,200"))


@unittest.skipUnless(HAVE, "the loaded library has no cc_run")
class TestVerify(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.v = crosscheck.verify(NVIDIA_DE, paths("selloff"))

    def test_seven_support_one_contradicts(self):
        v = self.v
        self.assertEqual(v.counts, (7, 1, 0, 0))
        self.assertEqual((v.counts.supports, v.counts.contradicts, v.counts.not_found,
                          v.counts.unchecked), (7, 1, 0, 0))
        self.assertEqual(v.contradictions, 1)
        self.assertTrue(v.has_contradictions)
        self.assertEqual(sorted(r.source for r in v if r.supports),
                         sorted(p.stem for p in paths("selloff") if p.stem != "stadtanzeiger"))
        for source in ("tagesblatt", "the-ledger", "boersenkurier", "market-wire",
                       "wirtschaftsecho"):
            self.assertEqual(v[source].status, "supports", v[source])

    def test_the_contradiction_and_its_gap(self):
        r = self.v["stadtanzeiger"]
        self.assertEqual((r.status, r.verdict, r.text), ("contradicts", "contradicts",
                                                         "gut 460 Milliarden Dollar"))
        self.assertTrue(r.contradicts and r.found and not r.supports)
        self.assertTrue(0.15 < r.gap < 0.3, r.gap)
        self.assertLess(r.high, self.v.claim.low)
        self.assertIn(r.text, r.sentence)
        self.assertTrue(0 < r.similarity <= 1)

    def test_euro_figure_supports_in_dollars(self):
        r = self.v["wirtschaftsecho"]
        self.assertEqual(r.text, "563 Milliarden Euro")
        self.assertTrue(r.low < 589e9 < r.high * 1.01, (r.low, r.high))

    def test_claim_reading(self):
        c = self.v.claim
        self.assertEqual((c.text, c.digits, c.unit, c.hedge), (NVIDIA_DE, "589", "USD", "approx"))
        self.assertTrue(c.low < 589e9 < c.high)

    def test_spans_point_into_the_articles(self):
        for r in self.v:
            data = (ARTICLES / "selloff" / (r.source + ".txt")).read_bytes()
            self.assertEqual(data[r.span[0]:r.span[1]].decode("utf-8"), r.text)

    def test_order_len_and_lookup(self):
        self.assertEqual([r.source for r in self.v], [p.stem for p in paths("selloff")])
        self.assertEqual(len(self.v), 8)
        self.assertEqual(self.v.by_source()["tagesblatt"], self.v["tagesblatt"])
        with self.assertRaises(KeyError):
            self.v["nobody"]
        with self.assertRaises(TypeError):
            self.v[0]

    def test_json_and_dict(self):
        d = self.v.to_dict()
        self.assertEqual(d, json.loads(self.v.to_json()))
        self.assertEqual([s["verdict"] for s in d["sources"]], [r.status for r in self.v])
        self.assertEqual(d["summary"]["contradicts"], 1)
        d["sources"].clear()
        self.assertEqual(len(self.v.to_dict()["sources"]), 8)  # a new dict each time

    def test_text(self):
        text = self.v.text()
        self.assertIn("stadtanzeiger", text)
        self.assertIn("contradicts", text)
        self.assertIn("7 support, 1 contradict, 0 not found", text)

    @unittest.skipUnless(CLI, "CROSSCHECK_CLI not set")
    def test_same_as_the_cli(self):
        for fmt, ours in (("json", self.v.to_json()), ("text", self.v.text())):
            proc = subprocess.run([CLI, "verify", "--format", fmt, NVIDIA_DE] +
                                  [str(p) for p in paths("selloff")], capture_output=True)
            self.assertEqual(proc.returncode, 1, proc.stderr)
            self.assertEqual(proc.stdout.decode("utf-8"), ours)

    def test_not_found(self):
        v = crosscheck.verify("DeepSeek trained its model for $5.6 million", paths("selloff"))
        self.assertFalse(v.has_contradictions)
        r = v["finanzblick"]
        self.assertEqual((r.status, r.found, r.text, r.span, r.gap), ("not_found", False, None,
                                                                      None, None))
        for source in ("boersenkurier", "market-wire", "tagesblatt", "stadtanzeiger"):
            self.assertTrue(v[source].supports, v[source])
        self.assertEqual(v.counts.not_found, sum(1 for r in v if not r.found))

    def test_police_count_in_the_second_event(self):
        v = crosscheck.verify("Die Polizei zählte am Samstag 12.000 Teilnehmer", paths("demo"))
        self.assertEqual(v["hafenblatt"].status, "supports")
        self.assertEqual(v["north-sea-times"].status, "supports")
        self.assertEqual(v["elbe-rundschau"].status, "contradicts")

    def test_open_ended_claim_reads_as_infinite(self):
        v = crosscheck.verify("Nvidia verlor über 589 Milliarden Dollar an Börsenwert",
                              paths("selloff"))
        self.assertEqual(v.claim.hedge, "lower_strict")
        self.assertEqual((v.claim.low, v.claim.high), (589e9, float("inf")))


def article_texts(event):
    return [crosscheck.Article(p.read_text("utf-8"), name=str(p)) for p in paths(event)]


@unittest.skipUnless(HAVE, "the loaded library has no cc_run")
class TestArticleForms(unittest.TestCase):
    """Every way to give articles gives the same report as the paths."""

    @classmethod
    def setUpClass(cls):
        cls.expected = crosscheck.run(paths("demo")).to_json()

    def test_articles_in_memory(self):
        self.assertEqual(crosscheck.run(article_texts("demo")).to_json(), self.expected)

    def test_bytes_article_and_generator(self):
        arts = (crosscheck.Article(p.read_bytes(), name=p.name) for p in paths("demo"))
        self.assertEqual(crosscheck.run(arts).to_json(), self.expected)

    def test_dicts(self):
        arts = [{"text": p.read_text("utf-8"), "name": str(p)} for p in paths("demo")]
        self.assertEqual(crosscheck.run(arts).to_json(), self.expected)

    def test_extractions(self):
        xs = [crosscheck.extract_file(p) for p in paths("demo")]
        self.assertEqual(crosscheck.run(xs).to_json(), self.expected)

    def test_mixed(self):
        ps = paths("demo")
        mixed = [ps[0], str(ps[1]), crosscheck.Article(ps[2].read_text("utf-8")),
                 crosscheck.extract_file(ps[3])] + ps[4:]
        self.assertEqual(crosscheck.run(mixed).to_json(), self.expected)

    def test_json_array_text_bytes_and_file(self):
        arts = []
        for p in paths("demo"):
            x = crosscheck.extract_file(p)
            arts.append({"source": x.source, "published": x.published, "lang": x.lang,
                         "text": x.text})
        text = "\n  " + json.dumps(arts, ensure_ascii=False)
        by_text = crosscheck.run(text)
        by_bytes = crosscheck.run(text.encode("utf-8"))
        with tempfile.TemporaryDirectory() as d:
            path = pathlib.Path(d) / "articles.json"
            path.write_text(text, "utf-8")
            by_file = crosscheck.run(path)
            by_file_in_list = crosscheck.run([str(path)])
        for r in (by_text, by_bytes, by_file, by_file_in_list):
            self.assertEqual(r.to_dict()["groups"], by_text.to_dict()["groups"])
        # the same claims as from the files (spans into the same text)
        self.assertEqual(sorted((c.id, c.status, c.span) for c in by_text.claims),
                         sorted((c.id, c.status, c.span) for c in
                                crosscheck.run(paths("demo")).claims))

    def test_single_article(self):
        p = paths("selloff")[0]
        for one in (p, str(p), crosscheck.Article(p.read_text("utf-8")),
                    {"text": p.read_text("utf-8")}, crosscheck.extract_file(p)):
            report = crosscheck.run(one)
            self.assertEqual([s.id for s in report.sources], [p.stem])
            self.assertFalse(report.has_contradictions)

    def test_metadata_wins_over_front_matter_and_spans_are_into_the_text(self):
        text = ("---\nsource: ignored\n---\nNvidia verlor am Montag 589 Milliarden Dollar "
                "an Börsenwert.\n")
        other = "Nvidia verlor am Montag 420 Milliarden Dollar an Börsenwert.\n"
        report = crosscheck.run([
            crosscheck.Article(text, source="eins", published="2025-01-28", lang="de"),
            crosscheck.Article(other, source="zwei", published="2025-01-28", lang="de")])
        self.assertEqual([s.id for s in report.sources], ["eins", "zwei"])
        claim = [c for c in report.claims if c.source == "eins"][0]
        data = text.encode("utf-8")
        self.assertEqual(data[claim.span[0]:claim.span[1]].decode("utf-8"), claim.text)
        self.assertTrue(report.has_contradictions)
        group = report.groups[0]
        self.assertEqual(group.key.date, "2025-01-27")  # "am Montag" before publication
        self.assertEqual(sorted(c.source for c in group), ["eins", "zwei"])

    def test_default_names_give_distinct_sources(self):
        report = crosscheck.run([crosscheck.Article("Nvidia verlor 589 Milliarden Dollar."),
                                 crosscheck.Article("Nvidia verlor 590 Milliarden Dollar.")])
        self.assertEqual([s.id for s in report.sources], ["article-1", "article-2"])

    def test_options(self):
        report = crosscheck.run(paths("selloff"), currency="eur", fx_window=3)
        self.assertEqual((report.currency, report.fx_window_days), ("EUR", 3))
        nvidia = [g for g in report if g.key.subject == "Nvidia" and g.key.scope == "close"
                  and g.dimension == "currency"][0]
        self.assertEqual(nvidia.unit, "EUR")
        self.assertTrue(crosscheck.run(paths("demo"), lenient=True, lang="de").lenient)
        report = crosscheck.run(paths("demo"), minor_rel=0.5)
        self.assertEqual(report.parameters["minor_rel"], 0.5)

    def test_rates_table(self):
        rates = crosscheck.Rates()
        report = crosscheck.run(paths("selloff"), rates=rates, currency="USD")
        rates.close()  # the report keeps it
        self.assertIn("563 Milliarden Euro", report.text())


@unittest.skipUnless(HAVE, "the loaded library has no cc_run")
class TestCorpus(unittest.TestCase):
    def test_run_and_verify_many_times(self):
        with crosscheck.Corpus(paths("selloff")) as corpus:
            self.assertEqual(len(corpus), 8)
            self.assertEqual(corpus.run().to_json(), corpus.run().to_json())
            v1 = corpus.verify(NVIDIA_DE)
            v2 = crosscheck.verify(NVIDIA_DE, corpus)
            self.assertEqual(v1.to_json(), v2.to_json())
            report = crosscheck.run(corpus)
            self.assertEqual(report.contradiction_count, 2)
            self.assertIn("Corpus 8 articles", repr(corpus))
        self.assertTrue(corpus.closed)
        self.assertEqual(repr(corpus), "<Corpus closed>")
        with self.assertRaisesRegex(ValueError, "corpus is closed"):
            len(corpus)
        with self.assertRaisesRegex(ValueError, "corpus is closed"):
            corpus.run()
        with self.assertRaisesRegex(ValueError, "corpus is closed"):
            corpus.verify(NVIDIA_DE)
        # made before close: still usable, the verification keeps the C corpus
        self.assertEqual(report.contradiction_count, 2)
        self.assertIn("stadtanzeiger", v1.text())

    def test_json_array_counts_each_article(self):
        doc = json.dumps([{"source": "a", "text": "Nvidia verlor 5 Dollar."},
                          {"source": "b", "text": "Nvidia verlor 6 Dollar."}])
        self.assertEqual(len(crosscheck.Corpus(doc)), 2)

    def test_options_go_to_the_corpus(self):
        corpus = crosscheck.Corpus(paths("demo"))
        with self.assertRaisesRegex(ValueError, "currency"):
            crosscheck.run(corpus, currency="EUR")
        with self.assertRaisesRegex(ValueError, "fx_window"):
            crosscheck.verify("12.000 Teilnehmer", corpus, fx_window=2)
        with self.assertRaises(TypeError):
            crosscheck.Corpus(corpus)

    def test_lang_of_the_corpus_and_of_the_claim(self):
        corpus = crosscheck.Corpus(paths("selloff"), lang="de")
        self.assertEqual(corpus.lang, "de")
        v = corpus.verify("Nvidia lost $589 billion in market value on Monday", lang="en")
        self.assertEqual(v.claim.unit, "USD")
        with self.assertRaises(crosscheck.LanguageError):
            corpus.verify("Nvidia lost $589 billion", lang="xx")


@unittest.skipUnless(HAVE, "the loaded library has no cc_run")
class TestErrors(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.addCleanup(self.dir.cleanup)

    def write(self, name, data):
        path = pathlib.Path(self.dir.name) / name
        path.write_bytes(data)
        return path

    def assert_error(self, cls, fn, message, source=None, line=0, column=0, offset=-1):
        with self.assertRaises(cls) as cm:
            fn()
        e = cm.exception
        self.assertIsInstance(e, crosscheck.CrosscheckError)
        self.assertIn(message, e.message)
        self.assertEqual(e.code, cls.code)
        if source is not None:
            self.assertEqual(e.source, source)
        self.assertEqual((e.line, e.column, e.offset), (line, column, offset))
        return e

    def test_missing_file(self):
        missing = os.path.join(self.dir.name, "nope.txt")
        e = self.assert_error(crosscheck.FileError,
                              lambda: crosscheck.run([paths("selloff")[0], missing]),
                              "cannot open", missing)
        self.assertIsInstance(e, OSError)
        self.assert_error(crosscheck.FileError, lambda: crosscheck.verify(NVIDIA_DE, [missing]),
                          "cannot open", missing)
        self.assert_error(crosscheck.FileError, lambda: crosscheck.run(self.dir.name),
                          "cannot open", self.dir.name)

    def test_invalid_utf8(self):
        data = b"Nvidia verlor 589 Milliarden \xff Dollar.\n"
        path = self.write("bad.txt", data)
        e = self.assert_error(crosscheck.InputSyntaxError, lambda: crosscheck.run([path]),
                              "invalid UTF-8 byte 0xFF", str(path), 1, 30, 29)
        self.assertEqual(str(e), "%s:1:30: invalid UTF-8 byte 0xFF (read as U+FFFD)" % path)
        self.assert_error(crosscheck.InputSyntaxError,
                          lambda: crosscheck.run([crosscheck.Article(data, name="m")]),
                          "invalid UTF-8 byte 0xFF", "m", 1, 30, 29)
        # with metadata (read through JSON, which cannot carry it): the same error
        self.assert_error(crosscheck.InputSyntaxError,
                          lambda: crosscheck.run([crosscheck.Article(b"x\n" + data, source="s")]),
                          "invalid UTF-8 byte 0xFF", "article-1", 2, 30, 31)

    def test_nul_character(self):
        for art in (crosscheck.Article("Nvidia\n589 Milliarden \0 Dollar.", name="n"),
                    crosscheck.Article("Nvidia\n589 Milliarden \0 Dollar.", name="n",
                                       lang="de")):
            self.assert_error(crosscheck.InputSyntaxError, lambda: crosscheck.run(art),
                              "NUL byte", "n", 2, 16, 22)

    def test_empty_article(self):
        path = self.write("empty.txt", b"---\nsource: leer\n---\n\n")
        self.assert_error(crosscheck.InputSyntaxError, lambda: crosscheck.run([path]),
                          "empty article", str(path))
        self.assert_error(crosscheck.InputSyntaxError,
                          lambda: crosscheck.run([crosscheck.Article("  \n", source="x")]),
                          "empty article", "article-1")

    def test_malformed_front_matter(self):
        art = crosscheck.Article("---\nsourc: a\n---\nNvidia verlor 5 Dollar.\n", name="fm")
        self.assert_error(crosscheck.InputSyntaxError, lambda: crosscheck.run(art),
                          "unknown front matter key 'sourc'", "fm", 2, 1, 4)

    def test_unknown_language(self):
        self.assert_error(crosscheck.LanguageError,
                          lambda: crosscheck.run(paths("selloff")[:1], lang="xx"),
                          "unsupported language 'xx'")
        self.assert_error(crosscheck.LanguageError,
                          lambda: crosscheck.run(crosscheck.Article("5 Dollar", lang="xx")),
                          "unsupported language 'xx'", "article-1")
        self.assert_error(crosscheck.LanguageError,
                          lambda: crosscheck.verify(NVIDIA_DE, paths("selloff")[:1], lang="xx"),
                          "unsupported language 'xx'")

    def test_bad_published_date(self):
        art = crosscheck.Article("Nvidia verlor 5 Dollar.", published="2025-13-01")
        self.assert_error(crosscheck.DateError, lambda: crosscheck.run(art),
                          "published date '2025-13-01'", "article-1")

    def test_duplicate_source(self):
        one = paths("selloff")[0]
        self.assert_error(crosscheck.SchemaError, lambda: crosscheck.run([one, one]),
                          "source 'boersenkurier' is already in the corpus", str(one))

    def test_bad_json_array(self):
        self.assert_error(crosscheck.SchemaError, lambda: crosscheck.run('[{"source": "a"}]'),
                          "article 1: expected an object with a string 'text'", "<string>")
        path = self.write("articles.json", b'[{"text": "x"}, 7]')
        self.assert_error(crosscheck.SchemaError, lambda: crosscheck.run(path),
                          "article 2: expected an object", str(path))
        self.assert_error(crosscheck.InputSyntaxError, lambda: crosscheck.run(b'[{"text": 1,]'),
                          "expected", "<string>", 1, 13, 13)

    def test_unknown_currency(self):
        self.assert_error(crosscheck.InvalidArgumentError,
                          lambda: crosscheck.run(paths("demo"), currency="XXX"),
                          "unknown currency 'XXX'")

    def test_claim_without_a_figure_or_with_two(self):
        self.assert_error(crosscheck.QuantityError,
                          lambda: crosscheck.verify("Nvidia verlor an Börsenwert",
                                                    paths("selloff")),
                          "the claim holds no figure", "<claim>")
        self.assert_error(crosscheck.QuantityError,
                          lambda: crosscheck.verify("Nvidia verlor 589 Milliarden Dollar und "
                                                    "17 Prozent", paths("selloff")),
                          "the claim holds 2 figures", "<claim>")

    def test_wrong_types_before_c(self):
        p = paths("demo")
        missing = os.path.join(self.dir.name, "nope.txt")
        cases = [
            lambda: crosscheck.run(42),
            lambda: crosscheck.run(None),
            lambda: crosscheck.run([42]),
            lambda: crosscheck.run([b"Nvidia 5 Dollar"]),
            lambda: crosscheck.run(["Nvidia verlor\nfast 600 Milliarden"]),
            lambda: crosscheck.run("Nvidia verlor\nfast 600 Milliarden"),
            lambda: crosscheck.run(p, lang=5),
            lambda: crosscheck.run(p, currency=b"EUR"),
            lambda: crosscheck.run(p, fx_window="1"),
            lambda: crosscheck.run(p, fx_window=True),
            lambda: crosscheck.run(p, lenient="yes"),
            lambda: crosscheck.run(p, rates="ecb.csv"),
            lambda: crosscheck.run(p, minor_rel="0.1"),
            lambda: crosscheck.run([{"text": "x", "url": "u"}]),
            lambda: crosscheck.run([{"source": "x"}]),
            lambda: crosscheck.run([missing], lang=5),   # before any file is read
            lambda: crosscheck.verify(None, p),
            lambda: crosscheck.verify(b"589 Dollar", p),
            lambda: crosscheck.verify(None, [missing]),  # before any file is read
            lambda: crosscheck.Article(5),
            lambda: crosscheck.Article("x", source=5),
            lambda: crosscheck.Article("x", published=20250127),
            lambda: crosscheck.Verification(),
            lambda: crosscheck.Report(),
        ]
        for i, fn in enumerate(cases):
            with self.subTest(case=i), self.assertRaises(TypeError):
                fn()

    def test_wrong_values_before_c(self):
        p = paths("demo")
        cases = [
            lambda: crosscheck.run([]),
            lambda: crosscheck.run(iter(())),
            lambda: crosscheck.run(p, fx_window=400),
            lambda: crosscheck.run(p, currency="E\0UR"),
            lambda: crosscheck.run(["a\0b"]),
            lambda: crosscheck.verify("589\0 Dollar", p),
            lambda: crosscheck.Article("lone \udc80 surrogate"),
        ]
        for i, fn in enumerate(cases):
            with self.subTest(case=i), self.assertRaises(ValueError) as cm:
                fn()
            self.assertNotIsInstance(cm.exception, crosscheck.CrosscheckError)

    def test_errors_leave_nothing_behind(self):
        # a failing corpus frees what it had read
        one = paths("selloff")[0]
        for _ in range(3):
            with self.assertRaises(crosscheck.SchemaError):
                crosscheck.Corpus([one, one])
        gc.collect()


@unittest.skipUnless(HAVE, "the loaded library has no cc_run")
class TestOwnership(unittest.TestCase):
    def test_report_outlives_everything(self):
        rates = crosscheck.Rates()
        corpus = crosscheck.Corpus(paths("selloff"), rates=rates)
        report = corpus.run()
        corpus.close()
        rates.close()
        del corpus, rates
        gc.collect()
        self.assertEqual(report.contradiction_count, 2)
        self.assertIn("stadtanzeiger", report.text())

    def test_closed_report_keeps_what_was_read(self):
        with crosscheck.run(paths("demo")) as report:
            groups = report.groups
            unmatched = report.unmatched
        self.assertTrue(report.closed)
        self.assertEqual(report.groups, groups)
        self.assertEqual(report.unmatched, unmatched)
        with self.assertRaisesRegex(ValueError, "report is closed"):
            report.text()

    def test_closed_verification_keeps_its_results(self):
        with crosscheck.verify(NVIDIA_DE, paths("selloff")) as v:
            text = v.text()
        self.assertTrue(v.closed)
        self.assertIn("stadtanzeiger", text)
        self.assertEqual(v.counts.contradicts, 1)
        self.assertEqual(v["stadtanzeiger"].status, "contradicts")
        self.assertEqual(v.to_dict()["summary"]["supports"], 7)
        with self.assertRaisesRegex(ValueError, "verification is closed"):
            v.text()

    def test_freed_when_unreferenced(self):
        corpus = crosscheck.Corpus(paths("demo"))
        v = corpus.verify("Die Polizei zählte am Samstag 12.000 Teilnehmer")
        handle = weakref.ref(corpus._handle)
        ref = weakref.ref(corpus)
        del corpus
        gc.collect()
        self.assertIsNone(ref())
        self.assertIsNotNone(handle())  # the verification still holds the C corpus
        v.close()
        gc.collect()
        self.assertIsNone(handle())

    def test_handles_are_not_picklable(self):
        import pickle
        corpus = crosscheck.Corpus(paths("demo"))
        with self.assertRaises(TypeError):
            pickle.dumps(corpus._handle)


@unittest.skipUnless(HAVE, "the loaded library has no cc_run")
class TestExampleScript(unittest.TestCase):
    """examples/python/run.py prints the conflicts, or a verification."""

    def run_example(self, *args):
        import sys
        script = os.path.join(ROOT, "examples", "python", "run.py")
        return subprocess.run([sys.executable, script, *args], capture_output=True, text=True)

    def test_report(self):
        proc = self.run_example(*[str(p) for p in paths("selloff")])
        self.assertEqual(proc.returncode, 1, proc.stderr)
        self.assertIn("g1  Nvidia / market value / 2025-01-27 / close  [conflict]", proc.stdout)
        self.assertIn("'gut 460 Milliarden Dollar'      bytes 236-261 (22 % off)", proc.stdout)
        self.assertIn("grouped by market value, Nvidia", proc.stdout)
        self.assertEqual(proc.stderr, "")

    def test_verify(self):
        proc = self.run_example("--verify", NVIDIA_DE, *[str(p) for p in paths("selloff")])
        self.assertEqual(proc.returncode, 1, proc.stderr)
        self.assertIn("stadtanzeiger        contradicts        'gut 460 Milliarden Dollar'  "
                      "gap 21.9 %", proc.stdout)
        self.assertIn("7 support, 1 contradict, 0 not found", proc.stdout)

    def test_bad_input(self):
        missing = os.path.join(HERE, "no-such-article.txt")
        proc = self.run_example(missing)
        self.assertEqual((proc.returncode, proc.stdout), (2, ""))
        self.assertIn(missing + ": cannot open", proc.stderr)


if __name__ == "__main__":
    unittest.main(verbosity=2)
