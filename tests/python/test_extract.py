"""Tests of crosscheck.extract() and friends (bindings/python/crosscheck/extraction.py).

Run by meson (tests/python/meson.build, test "python_extract"); by hand:

    CROSSCHECK_LIBRARY=build/lib/libcrosscheck.so PYTHONPATH=bindings/python \
        python3 -m unittest -v tests/python/test_extract.py
"""
import copy
import datetime
import gc
import io
import os
import pathlib
import pickle
import subprocess
import sys
import tempfile
import unittest
import weakref

import crosscheck
from crosscheck import _lib, errors, extraction

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
EXAMPLES = os.environ.get("CROSSCHECK_EXAMPLES", os.path.join(ROOT, "examples", "data"))
SELLOFF = pathlib.Path(EXAMPLES) / "articles" / "selloff"
ARTICLES = sorted(SELLOFF.glob("*.txt"))

HAVE = extraction.AVAILABLE


def article(name):
    return SELLOFF / name


def only(mentions, text):
    """The one mention written as `text`."""
    found = [m for m in mentions if m.text == text]
    assert len(found) == 1, (text, [m.text for m in mentions])
    return found[0]


@unittest.skipUnless(HAVE, "the loaded library has no cc_extract")
class TestExampleArticles(unittest.TestCase):
    def test_articles_are_there(self):
        self.assertGreaterEqual(len(ARTICLES), 8)

    def test_tagesblatt_front_matter(self):
        x = crosscheck.extract_file(article("tagesblatt.txt"))
        self.assertEqual((x.source, x.name, x.lang, x.published, x.url),
                         ("tagesblatt", "Tagesblatt", "de", "2025-01-28",
                          "https://example.org/tagesblatt/nvidia-absturz"))
        self.assertEqual(x.input_name, str(article("tagesblatt.txt")))
        self.assertEqual(x.warnings, [])
        self.assertEqual(x.warning_count, 0)
        with open(article("tagesblatt.txt"), "rb") as f:
            self.assertEqual(x.data, f.read())

    def test_tagesblatt_589_billion_with_scope_and_direction(self):
        x = crosscheck.extract_file(article("tagesblatt.txt"))
        m = only(x, "589 Milliarden US-Dollar")
        self.assertEqual(m.kind, "amount")
        self.assertEqual((m.quantity.digits, m.quantity.scale, m.quantity.unit,
                          m.quantity.dimension, m.quantity.hedge), ("589", 9, "USD", "currency",
                                                                    "exact"))
        self.assertEqual(m.quantity.value, 589e9)
        self.assertEqual(m.scope, "close")
        self.assertEqual(m.direction, "down")
        self.assertFalse(m.negated or m.weak or m.ambiguous)
        self.assertIsNone(m.attributed_to)
        self.assertTrue(m.is_amount)
        # byte span into the UTF-8 text; str span into x.text ("gegründet" before it)
        self.assertEqual(x.data[m.span[0]:m.span[1]].decode("utf-8"), m.text)
        self.assertEqual(x.text[m.char_span[0]:m.char_span[1]], m.text)
        self.assertEqual(m.span[0], x.data.index("589 Milliarden".encode("utf-8")))
        self.assertEqual(m.char_span[0], x.text.index("589 Milliarden"))
        self.assertLess(m.char_span[0], m.span[0])
        self.assertIn(m.text, m.sentence)
        self.assertTrue(m.sentence.startswith("Die Aktie schloss"), m.sentence)
        self.assertEqual(x.text[slice(*m.sentence_char_span)], m.sentence)
        self.assertEqual(x.data[slice(*m.sentence_span)].decode("utf-8"), m.sentence)
        self.assertIn("Börsenwert", m.sentence)

    def test_tagesblatt_years_are_weak_not_amounts(self):
        x = crosscheck.extract_file(article("tagesblatt.txt"))
        years = [m for m in x if m.kind == "year"]
        self.assertIn("2023", [m.text for m in years])
        amounts = x.amounts()
        self.assertTrue(all(m.kind == "amount" and not m.weak for m in amounts))
        self.assertEqual(len(amounts), len([m for m in x if m.is_amount]))
        self.assertNotIn("2023", [m.text for m in amounts])
        hedged = only(x, "weniger als 6 Millionen Dollar")
        self.assertEqual((hedged.quantity.hedge, hedged.quantity.hedge_word),
                         ("upper_strict", "weniger als"))

    def test_market_wire_negated_five_million(self):
        x = crosscheck.extract(article("market-wire.txt"))
        self.assertEqual((x.source, x.lang), ("market-wire", "en"))
        negated = only(x, "$5 million")
        self.assertTrue(negated.negated)
        self.assertEqual((negated.quantity.value, negated.quantity.unit), (5e6, "USD"))
        self.assertIn("not trained for $5 million", negated.sentence)
        stated = only(x, "$5.6 million")
        self.assertFalse(stated.negated)
        claims = {c["mention"]: c for c in x.to_claims()["claims"]}
        self.assertIs(claims["$5 million"].get("negated"), True)
        self.assertNotIn("negated", claims["$5.6 million"])

    def test_every_article_agrees_with_the_claims_json(self):
        """Python's spans, texts and fields are the library's claims JSON, claim by claim."""
        for path in ARTICLES:
            with self.subTest(path.name):
                x = crosscheck.extract_file(path)
                doc = x.to_claims()
                self.assertEqual(doc["sources"][0]["id"], x.source)
                self.assertEqual(doc["sources"][0]["lang"], x.lang)
                claims = doc["claims"]
                amounts = x.amounts()
                self.assertEqual(len(claims), len(amounts))
                for m, c in zip(amounts, claims):
                    self.assertEqual(c["source"], x.source)
                    self.assertEqual(tuple(c["span"]), m.span)
                    self.assertEqual(c["mention"], m.text)
                    self.assertEqual(c["sentence"], m.sentence)
                    self.assertEqual(c.get("scope"), m.scope)
                    self.assertEqual(c.get("attributed_to"), m.attributed_to)
                    self.assertEqual(c.get("direction"), m.direction)
                    self.assertEqual(c.get("negated", False), m.negated)
                    self.assertEqual(c.get("ambiguous", False), m.ambiguous)
                    self.assertEqual(c["quantity"]["unit"], m.quantity.unit)
                    self.assertEqual(c["quantity"].get("hedge", "exact"), m.quantity.hedge)
                for m in x:
                    self.assertEqual(x.data[slice(*m.span)].decode("utf-8"), m.text)
                    self.assertEqual(x.text[slice(*m.char_span)], m.text)
                    self.assertEqual(x.char_offset(m.span[0]), m.char_span[0])
                    self.assertIn(m.kind, crosscheck.MENTION_KINDS)

    def test_write_claims_in_pieces(self):
        """write_claims() hands the library's output to a file piece by piece."""
        text = "Der Umsatz stieg im Quartal um 5,6 Prozent auf 3 Mrd. Euro. " * 3000
        x = crosscheck.extract(text, lang="de", source="quartal")
        pieces = []

        class Sink:
            def write(self, data):
                pieces.append(bytes(data))

        n = crosscheck.write_claims(x, Sink())
        self.assertGreater(len(pieces), 2)
        self.assertEqual(n, sum(map(len, pieces)))
        self.assertEqual(b"".join(pieces).decode("utf-8"), extraction.claims_json(x))
        buf = io.BytesIO()
        crosscheck.write_claims([x], buf, format="text")
        self.assertEqual(buf.getvalue().decode("utf-8"), x.to_text())

        class Full:
            def write(self, data):
                raise OSError(28, "No space left on device")

        with self.assertRaises(OSError):
            crosscheck.write_claims(x, Full())
        with self.assertRaises(ValueError):
            crosscheck.write_claims(x, buf, format="xml")
        with self.assertRaises(crosscheck.SchemaError):  # one source id twice
            crosscheck.write_claims([x, x], io.BytesIO())

    def test_cli_writes_the_same_claims(self):
        cli = os.environ.get("CROSSCHECK_CLI") or os.path.join(
            os.path.dirname(os.path.dirname(_lib.path)), "examples", "crosscheck")
        if not os.path.exists(cli):
            self.skipTest("no crosscheck CLI next to the library")
        paths = [str(p) for p in ARTICLES[:3]]
        out = subprocess.run([cli, "extract"] + paths, capture_output=True, check=True).stdout
        xs = [crosscheck.extract_file(p) for p in paths]
        self.assertEqual(extraction.claims_json(xs), out.decode("utf-8"))
        text = subprocess.run([cli, "extract", "--format", "text", paths[0]],
                              capture_output=True, check=True).stdout
        self.assertEqual(xs[0].to_text(), text.decode("utf-8"))


@unittest.skipUnless(HAVE, "the loaded library has no cc_extract")
class TestPipelines(unittest.TestCase):
    def setUp(self):
        self.xs = [crosscheck.extract_file(p) for p in ARTICLES]
        self.total = sum(len(x.amounts()) for x in self.xs)

    def assert_report_of_all(self, report):
        self.assertIsInstance(report, crosscheck.Report)
        self.assertEqual(len(report.claims), self.total)
        self.assertEqual([s.id for s in report.sources], [x.source for x in self.xs])
        self.assertEqual([s.claims for s in report.sources], [len(x.amounts()) for x in self.xs])

    def test_check_a_list_of_extractions(self):
        self.assert_report_of_all(crosscheck.check(self.xs))

    def test_check_a_tuple_a_generator_and_a_claim_set(self):
        first = crosscheck.check(self.xs).to_dict()
        for claims in (tuple(self.xs), (x for x in self.xs),
                       crosscheck.claims_from(self.xs), crosscheck.claims_from(iter(self.xs))):
            report = crosscheck.check(claims)
            self.assertEqual(report.to_dict(), first)

    def test_check_one_extraction(self):
        x = crosscheck.extract_file(article("tagesblatt.txt"))
        report = crosscheck.check(x)
        self.assertEqual(len(report.claims), len(x.amounts()))
        self.assertEqual(x.check().to_dict(), report.to_dict())
        claim = report.claim("tagesblatt-3")  # the third amount
        self.assertEqual(claim.extra["mention"], x.amounts()[2].text)
        self.assertEqual(claim.span, x.amounts()[2].span)

    def test_claims_from_is_a_claim_set(self):
        claims = crosscheck.claims_from(self.xs)
        self.assertIsInstance(claims, crosscheck.ClaimSet)
        self.assertEqual((claims.source_count, claims.claim_count), (len(self.xs), self.total))
        # the set is a copy: the extractions may go
        for x in self.xs:
            x.close()
        del self.xs
        gc.collect()
        self.assertEqual(len(crosscheck.check(claims).claims), self.total)

    def test_report_claims_point_back_into_the_articles(self):
        report = crosscheck.check(self.xs)
        by_source = {x.source: x for x in self.xs}
        for claim in report.claims:
            x = by_source[claim.source]
            start, end = claim.span
            self.assertEqual(x.data[start:end].decode("utf-8"), claim.extra["mention"])
            self.assertIn(claim.span, [m.span for m in x.amounts()])

    def test_no_extractions_no_claims(self):
        self.assertEqual(len(crosscheck.check([]).claims), 0)
        self.assertEqual(crosscheck.claims_from([]).claim_count, 0)

    def test_to_claims_is_what_check_reads(self):
        x = self.xs[0]
        self.assertEqual(crosscheck.check(x.to_claims()).to_dict(), crosscheck.check(x).to_dict())


@unittest.skipUnless(HAVE, "the loaded library has no cc_extract")
class TestTextAndOffsets(unittest.TestCase):
    def test_non_ascii_before_a_figure(self):
        text = "Über 🚀 die Straße: Der Umsatz stieg auf 5,2 Millionen Euro."
        x = crosscheck.extract(text, lang="de")
        self.assertIs(x.text, text)
        m = only(x, "5,2 Millionen Euro")
        start = text.index("5,2")
        self.assertEqual(m.char_span, (start, start + len("5,2 Millionen Euro")))
        bstart = text.encode("utf-8").index(b"5,2")
        self.assertEqual(m.span, (bstart, bstart + len("5,2 Millionen Euro")))
        self.assertEqual(m.span[0] - m.char_span[0], 1 + 3 + 1)  # Ü, the rocket, ß
        self.assertEqual(m.direction, "up")
        self.assertEqual(m.quantity.digits, "5.2")
        self.assertEqual(x.char_offset(len(x.data)), len(text))
        self.assertEqual(x.char_offset(0), 0)

    def test_non_ascii_inside_a_mention_and_sentence(self):
        text = "Die Börse meldete ein Plus von 3 Prozent für Müller – so früh wie nie."
        x = crosscheck.extract(text, lang="de")
        m = only(x, "3 Prozent")
        self.assertEqual(x.text[slice(*m.sentence_char_span)], m.sentence)
        self.assertIn("Müller –", m.sentence)
        self.assertEqual(len(m.sentence.encode("utf-8")), m.sentence_span[1] - m.sentence_span[0])

    def test_bytes_bytearray_memoryview_and_str_agree(self):
        text = "Der Gewinn lag bei 12 Millionen Euro, rund 4 Prozent mehr."
        raw = text.encode("utf-8")
        results = [crosscheck.extract(v, lang="de") for v in
                   (text, raw, bytearray(raw), memoryview(raw))]
        for x in results:
            self.assertEqual(x.text, text)
            self.assertEqual(x.data, raw)
            self.assertEqual([m.to_dict() for m in x], [m.to_dict() for m in results[0]])

    def test_invalid_utf8_is_warned_with_offsets(self):
        raw = "Preis: ".encode() + b"\xff" + " 5 Millionen Euro, für ".encode() + \
            b"\xe2\x82" + b" 7 Prozent."
        x = crosscheck.extract(raw, lang="de")
        bad = [raw.index(b"\xff"), raw.index(b"\xe2\x82"), raw.index(b"\xe2\x82") + 1]
        self.assertEqual([w.offset for w in x.warnings], bad)
        self.assertEqual(x.warning_count, 3)
        self.assertIn("0xFF", x.warnings[0].message)
        message, offset = x.warnings[0]  # a (message, offset) tuple
        self.assertEqual((message, offset), (x.warnings[0].message, bad[0]))
        # one U+FFFD per invalid byte, as the claims JSON shows them
        self.assertEqual(x.text, "Preis: \ufffd 5 Millionen Euro, für \ufffd\ufffd 7 Prozent.")
        pair = x.text.index("\ufffd\ufffd")
        self.assertEqual([x.char_offset(b) for b in bad], [7, pair, pair + 1])
        self.assertEqual(bad[1] - pair, 1)  # "ü" before it: two bytes, one character
        for m, written in zip(x.amounts(), ("5 Millionen Euro", "7 Prozent")):
            self.assertEqual(m.text, written)
            self.assertEqual(x.text[slice(*m.char_span)], written)
            self.assertEqual(raw[slice(*m.span)].decode("utf-8"), written)
        claims = x.to_claims()["claims"]
        self.assertEqual([c["sentence"] for c in claims], [m.sentence for m in x.amounts()])
        self.assertIn("\ufffd", claims[1]["sentence"])

    def test_nul_characters_are_warnings_not_errors(self):
        x = crosscheck.extract("Es waren 8 Prozent\0 mehr.", lang="de")
        self.assertEqual(x.warnings, [crosscheck.ExtractionWarning("NUL byte (ignored)", 18)])
        self.assertEqual(only(x, "8 Prozent").char_span, (9, 18))

    def test_at_most_100_warnings_are_kept(self):
        x = crosscheck.extract(b"\xff" * 150 + b" 5 Prozent", lang="de")
        self.assertEqual(x.warning_count, 150)
        self.assertEqual(len(x.warnings), 100)
        self.assertEqual([w.offset for w in x.warnings], list(range(100)))
        self.assertEqual(only(x, "5 Prozent").char_span, (151, 160))

    def test_empty_text(self):
        x = crosscheck.extract("", lang="de")
        self.assertEqual((len(x), x.amounts(), x.warnings), (0, [], []))
        self.assertEqual(x.to_claims()["claims"], [])

    def test_char_offset_arguments(self):
        x = crosscheck.extract("ä 5 Prozent", lang="de")
        self.assertEqual(x.char_offset(2), 1)
        for bad in (-1, len(x.data) + 1):
            with self.assertRaises(ValueError):
                x.char_offset(bad)
        for bad in (None, 1.0, True, "2"):
            with self.assertRaises(TypeError):
                x.char_offset(bad)

    def test_text_format(self):
        x = crosscheck.extract("---\nsource: blatt\n---\nDas kostet 9 Euro.", lang="de")
        text = x.to_text()
        self.assertIn("blatt", text)
        self.assertIn('"9 Euro"', text)


@unittest.skipUnless(HAVE, "the loaded library has no cc_extract")
class TestRandomInput(unittest.TestCase):
    def test_mangled_articles_keep_spans_consistent(self):
        import random
        rng = random.Random(20250127)
        sources = [p.read_bytes() for p in ARTICLES]
        for round_ in range(150):
            raw = bytearray(rng.choice(sources))
            body = raw.index(b"\n---\n") + 5  # the front matter stays intact
            for _ in range(rng.randrange(1, 40)):
                at = rng.randrange(body, len(raw))
                op = rng.randrange(3)
                if op == 0:
                    raw[at] = rng.randrange(256)
                elif op == 1:
                    del raw[at:at + rng.randrange(1, 8)]
                else:
                    raw[at:at] = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 5)))
            x = crosscheck.extract(bytes(raw))
            with self.subTest(round=round_):
                self.assertEqual(len(x.text), len(bytes(raw).decode("utf-8", "surrogateescape")))
                for m in x:
                    self.assertEqual(x.text[slice(*m.char_span)],
                                     extraction._decode(x.data[slice(*m.span)]))
                    self.assertIn(m.text, m.sentence)
                for w in x.warnings:
                    self.assertEqual(x.text[x.char_offset(w.offset)],
                                     "\0" if raw[w.offset] == 0 else "\ufffd")
                doc = x.to_claims()
                self.assertEqual(len(doc["claims"]), len(x.claims()))


@unittest.skipUnless(HAVE, "the loaded library has no cc_extract")
class TestOptions(unittest.TestCase):
    FRONT = "---\nsource: blatt\nname: Das Blatt\npublished: 2025-01-28\nlang: de\n---\n"

    def test_defaults_without_front_matter(self):
        x = crosscheck.extract("Shares fell 3 percent.")
        self.assertEqual((x.source, x.name, x.published, x.url, x.lang, x.input_name),
                         ("article", None, None, None, "en", "<string>"))

    def test_front_matter(self):
        x = crosscheck.extract(self.FRONT + "Der Kurs fiel um 3 Prozent.")
        self.assertEqual((x.source, x.name, x.published, x.lang),
                         ("blatt", "Das Blatt", "2025-01-28", "de"))
        m = only(x, "3 Prozent")
        self.assertEqual(x.text[slice(*m.char_span)], "3 Prozent")
        self.assertGreater(m.span[0], len(self.FRONT))

    def test_options_win_over_front_matter(self):
        x = crosscheck.extract(self.FRONT + "Der Kurs fiel um 3 Prozent.", source="andere",
                               published=datetime.date(2025, 2, 1), lang="de")
        self.assertEqual((x.source, x.published, x.name), ("andere", "2025-02-01", "Das Blatt"))
        self.assertEqual(crosscheck.extract("Es sind 3 Prozent.", published="2025-01-27",
                                            lang="auto").published, "2025-01-27")

    def test_language_option(self):
        text = "Es sind 1.971 Stück."
        de = only(crosscheck.extract(text, lang="de"), "1.971")
        self.assertEqual(de.quantity.value, 1971)
        self.assertTrue(de.ambiguous)
        self.assertEqual(crosscheck.extract(text, lang="en").lang, "en")

    def test_name_gives_the_default_source(self):
        x = crosscheck.extract("Es sind 3 Prozent.", name="texte/wochenblatt.txt")
        self.assertEqual((x.source, x.input_name), ("wochenblatt", "texte/wochenblatt.txt"))

    def test_file_name_is_the_default_source(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = pathlib.Path(tmp) / "kurier-ost.txt"
            path.write_text("Der Umsatz stieg um 4 Prozent.", encoding="utf-8")
            for x in (crosscheck.extract(path), crosscheck.extract_file(str(path)),
                      crosscheck.extract_file(os.fsencode(str(path)))):
                self.assertEqual(x.source, "kurier-ost")
                self.assertEqual(x.input_name, str(path))
            x = crosscheck.extract_file(path, source="ko", name="<feed>")
            self.assertEqual((x.source, x.input_name), ("ko", "<feed>"))


@unittest.skipUnless(HAVE, "the loaded library has no cc_extract")
class TestErrors(unittest.TestCase):
    def assert_error(self, call, cls, line, column, *needles, source="<string>"):
        with self.assertRaises(cls) as ctx:
            call()
        e = ctx.exception
        self.assertIsInstance(e, crosscheck.CrosscheckError)
        self.assertEqual(e.code, cls.code)
        self.assertEqual((e.line, e.column), (line, column), repr(e))
        self.assertEqual(e.source, source)
        for needle in needles:
            self.assertIn(needle, e.message)
        return e

    def test_unknown_language_option(self):
        e = self.assert_error(lambda: crosscheck.extract("Es sind 3 Prozent.", lang="fr"),
                              crosscheck.LanguageError, 0, 0, "unsupported language 'fr'")
        self.assertIsInstance(e, crosscheck.InputError)
        self.assertIsInstance(e, ValueError)

    def test_unknown_language_in_front_matter(self):
        self.assert_error(lambda: crosscheck.extract("---\nlang: xx\n---\n3 Prozent", name="a.txt"),
                          crosscheck.LanguageError, 0, 0, "'xx'", source="a.txt")

    def test_malformed_front_matter(self):
        e = self.assert_error(lambda: crosscheck.extract("---\nsource: a\nkein schluessel\n---\n"),
                              crosscheck.InputSyntaxError, 3, 1, "not 'key: value'")
        self.assertEqual(e.offset, len("---\nsource: a\n"))
        self.assertTrue(str(e).startswith("<string>:3:1: "), str(e))
        self.assert_error(lambda: crosscheck.extract("---\nautor: x\n---\n"),
                          crosscheck.InputSyntaxError, 2, 1, "unknown front matter key 'autor'")
        e = self.assert_error(lambda: crosscheck.extract(b"---\nsource: a\n"),
                              crosscheck.InputSyntaxError, 2, 10, "without its closing")
        self.assertEqual(e.offset, len("---\nsource: a"))  # the last byte

    def test_malformed_published_date(self):
        self.assert_error(lambda: crosscheck.extract("3 Prozent", published="28.01.2025"),
                          crosscheck.DateError, 0, 0, "'28.01.2025'")
        self.assert_error(lambda: crosscheck.extract("---\npublished: 2025-02-30\n---\n3 Prozent"),
                          crosscheck.DateError, 0, 0, "'2025-02-30'")

    def test_missing_file_and_directory(self):
        with tempfile.TemporaryDirectory() as tmp:
            missing = os.path.join(tmp, "nichts.txt")
            e = self.assert_error(lambda: crosscheck.extract_file(missing), crosscheck.FileError,
                                  0, 0, "cannot open", source=missing)
            self.assertIsInstance(e, OSError)
            self.assertTrue(str(e).startswith(missing + ": "))
            self.assert_error(lambda: crosscheck.extract(pathlib.Path(tmp)), crosscheck.FileError,
                              0, 0, "read error", source=tmp)

    def test_two_extractions_with_one_source(self):
        a = crosscheck.extract("Es sind 3 Prozent.", lang="de")
        b = crosscheck.extract("Es sind 4 Prozent.", lang="de")
        for call in (lambda: crosscheck.check([a, b]), lambda: crosscheck.claims_from([a, b]),
                     lambda: crosscheck.check([a, a])):
            self.assert_error(call, crosscheck.SchemaError, 0, 0, "'article'", source="")
        b2 = crosscheck.extract("Es sind 4 Prozent.", lang="de", source="zwei")
        self.assertEqual(len(crosscheck.check([a, b2]).claims), 2)

    def test_invalid_argument_from_c_maps_to_its_class(self):
        # Not reachable through extract(): the options' version is the binding's.
        opts = _lib.CcExtractOptions()
        self.assertEqual(_lib.lib.cc_extract_options_init(opts, 99), -2)
        opts.version = 99
        out = _lib.ctypes.c_void_p()
        err = _lib.CcError()
        status = _lib.lib.cc_extract(_lib.ctypes.byref(out), b"x", 1, _lib.ctypes.byref(opts),
                                     _lib.ctypes.byref(err))
        e = errors.error_from(status, err)
        self.assertIs(type(e), crosscheck.InvalidArgumentError)
        self.assertIn("version", e.message)
        self.assertIsNone(out.value)

    def test_library_without_extraction(self):
        saved = extraction.AVAILABLE
        extraction.AVAILABLE = False
        try:
            with self.assertRaises(NotImplementedError) as ctx:
                crosscheck.extract("3 Prozent")
            self.assertIn("cc_extract", str(ctx.exception))
            with self.assertRaises(TypeError):  # types are checked first all the same
                crosscheck.extract(None)
        finally:
            extraction.AVAILABLE = saved


@unittest.skipUnless(HAVE, "the loaded library has no cc_extract")
class TestBadArguments(unittest.TestCase):
    def test_text_types(self):
        for bad in (None, 42, 4.2, ["Es sind 3 Prozent."], object(), {"text": "x"}):
            with self.assertRaises(TypeError, msg=repr(bad)):
                crosscheck.extract(bad)

    def test_option_types(self):
        for kw in ({"lang": 5}, {"lang": b"de"}, {"source": 1}, {"source": b"x"},
                   {"published": 20250128}, {"name": pathlib.Path("a.txt")}):
            with self.assertRaises(TypeError, msg=repr(kw)):
                crosscheck.extract("3 Prozent", **kw)
            with self.assertRaises(TypeError, msg=repr(kw)):
                crosscheck.extract_file(article("tagesblatt.txt"), **kw)

    def test_nul_in_options_and_surrogates_in_text(self):
        for kw in ({"lang": "d\0e"}, {"source": "a\0b"}, {"published": "2025\0"},
                   {"name": "a\0"}):
            with self.assertRaises(ValueError, msg=repr(kw)):
                crosscheck.extract("3 Prozent", **kw)
        with self.assertRaises(ValueError):
            crosscheck.extract("3 Prozent \udc80")
        with self.assertRaises(ValueError):
            crosscheck.extract_file("a\0b.txt")

    def test_path_types(self):
        for bad in (None, 42, ["a.txt"]):
            with self.assertRaises(TypeError, msg=repr(bad)):
                crosscheck.extract_file(bad)

    def test_claims_from_types(self):
        x = crosscheck.extract("3 Prozent", lang="de")
        for bad in (None, 42, "text", b"text", {"sources": []}, [x, "text"], [x.to_claims()],
                    x.amounts()):
            with self.assertRaises(TypeError, msg=repr(bad)):
                crosscheck.claims_from(bad)
        for bad in ([x, "text"], [x, None], iter([x, 1])):
            with self.assertRaises(TypeError, msg=repr(bad)):
                crosscheck.check(bad)

    def test_not_constructible(self):
        with self.assertRaises(TypeError):
            crosscheck.Extraction()
        with self.assertRaises(TypeError):
            crosscheck.Mention()


@unittest.skipUnless(HAVE, "the loaded library has no cc_extract")
class TestOwnership(unittest.TestCase):
    def test_close_and_with_block(self):
        with crosscheck.extract_file(article("market-wire.txt")) as x:
            mentions = x.mentions
        self.assertTrue(x.closed)
        x.close()  # idempotent
        # the metadata stays; the mentions taken stay usable
        self.assertEqual((x.source, x.lang, x.warnings), ("market-wire", "en", []))
        self.assertEqual(repr(x), "<Extraction 'market-wire' closed>")
        negated = only(mentions, "$5 million")
        self.assertTrue(negated.negated)
        self.assertEqual(negated.quantity.interval(),
                         crosscheck.parse_quantity("$5 million", "en").interval())
        # what needs C refuses
        for call in (x.to_claims, x.to_json, x.to_text, lambda: crosscheck.check(x),
                     lambda: crosscheck.claims_from([x]), lambda: list(x), x.amounts,
                     lambda: len(x), lambda: x[0]):
            with self.assertRaises(ValueError):
                call()
        with self.assertRaises(ValueError):
            with x:
                pass

    def test_closed_before_reading(self):
        x = crosscheck.extract("Es sind 3 Prozent.", lang="de")
        x.close()
        self.assertIn("closed", repr(x))
        with self.assertRaises(ValueError):
            list(x)
        with self.assertRaises(ValueError):
            len(x)
        self.assertEqual(x.text, "Es sind 3 Prozent.")  # the text is Python's

    def test_quantity_keeps_the_extraction_alive(self):
        x = crosscheck.extract_file(article("tagesblatt.txt"))
        q = only(x, "589 Milliarden US-Dollar").quantity
        handle = weakref.ref(x._handle)
        x.close()
        del x
        gc.collect()
        self.assertIsNotNone(handle())
        self.assertEqual(q.interval().low, 588.5e9)
        q.close()  # a view: closing it frees nothing
        del q
        gc.collect()
        self.assertIsNone(handle())

    def test_freed_exactly_once(self):
        freed = []
        real_free = _lib.lib.cc_extraction_free

        def counting_free(ptr):
            freed.append(ptr)
            real_free(ptr)

        x = crosscheck.extract_file(article("tagesblatt.txt"))
        ptr = x._handle.ptr
        x._handle._finalizer.detach()
        x._handle._finalizer = weakref.finalize(x._handle, counting_free, ptr)
        mentions = x.mentions
        x.close()
        x.close()
        gc.collect()
        self.assertEqual(freed, [])  # the mentions' quantities hold it
        self.assertEqual(mentions[1].quantity.unit, "USD")
        del mentions
        gc.collect()
        self.assertEqual(freed, [ptr])
        del x
        gc.collect()
        self.assertEqual(freed, [ptr])
        # without mentions taken, close() frees at once
        y = crosscheck.extract("Es sind 3 Prozent.", lang="de")
        ptr = y._handle.ptr
        y._handle._finalizer.detach()
        y._handle._finalizer = weakref.finalize(y._handle, counting_free, ptr)
        self.assertEqual(len(y.amounts()), 1)
        y.close()
        self.assertEqual(freed[-1], ptr)

    def test_copies_share_the_c_object(self):
        x = crosscheck.extract("Es sind 3 Prozent.", lang="de")
        for dup in (copy.copy(x), copy.deepcopy(x)):
            self.assertIs(dup._handle, x._handle)
        with self.assertRaises(TypeError):
            pickle.dumps(x)

    def test_many_extractions_do_not_leak_handles(self):
        before = len(gc.get_objects())
        for _ in range(200):
            x = crosscheck.extract("Der Kurs fiel um 3 Prozent auf 5 Euro.", lang="de")
            list(x)
            crosscheck.check(x)
        gc.collect()
        self.assertLess(len(gc.get_objects()) - before, 200)


@unittest.skipUnless(HAVE, "the loaded library has no cc_extract")
class TestDocs(unittest.TestCase):
    def test_public_methods_have_docstrings(self):
        for cls in (crosscheck.Extraction, crosscheck.Mention, crosscheck.ExtractionWarning):
            self.assertTrue(cls.__doc__)
            for attr, value in vars(cls).items():
                if not attr.startswith("_") and (callable(value) or isinstance(value, property)):
                    self.assertTrue(value.__doc__, "%s.%s" % (cls.__name__, attr))
        for fn in (crosscheck.extract, crosscheck.claims_from):
            self.assertIn("Raises:", fn.__doc__)
        self.assertIn("FileError", crosscheck.extract_file.__doc__)

    def test_unit_text_of_physical_quantities(self):
        x = crosscheck.extract("Der 20-Jährige lief 4,5 km für 12 Euro.", lang="de")
        by_text = {m.text: m for m in x}
        self.assertEqual(by_text["20-Jährige"].kind, "physical")
        self.assertEqual(by_text["20-Jährige"].unit_text, "Jährige")
        self.assertEqual(by_text["4,5 km"].unit_text, "km")
        self.assertEqual(by_text["4,5 km"].quantity.value, 4.5)
        self.assertIsNone(by_text["12 Euro"].unit_text)
        self.assertEqual(by_text["4,5 km"].to_dict()["unit_text"], "km")

    def test_mention_kinds_follow_the_library(self):
        self.assertEqual(crosscheck.MENTION_KINDS[0], "amount")
        self.assertEqual(crosscheck.MENTION_KINDS[-1], "physical")
        self.assertEqual(len(crosscheck.MENTION_KINDS), 9)
        self.assertIsNone(_lib.lib.cc_mention_kind_name(9))

    def test_example_script(self):
        script = os.path.join(ROOT, "examples", "python", "extract.py")
        env = dict(os.environ)
        out = subprocess.run([sys.executable, script] + [str(p) for p in ARTICLES[:2]],
                             capture_output=True, text=True, env=env)
        self.assertEqual(out.returncode, 0, out.stderr)
        first = crosscheck.extract_file(ARTICLES[0])
        self.assertIn("%s (%s, %s): %d figures" % (first.name or first.source, first.lang,
                                                   first.published or "no date",
                                                   len(first.amounts())), out.stdout)
        self.assertIn(repr(first.amounts()[0].text), out.stdout)


if __name__ == "__main__":
    unittest.main()
