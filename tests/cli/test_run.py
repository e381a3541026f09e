#!/usr/bin/env python3
"""End-to-end tests of `crosscheck run` on the example articles.

These encode the bar of the grouping issue: every planted contradiction
found, no false contradiction, intraday and close kept apart, the
syndicated copy counted once, negated figures not taken as claims, and
police and organiser counts kept apart. The second event (a rent protest)
must work with no change made for it.

usage: test_run.py CROSSCHECK ARTICLES_DIR
"""
import glob
import json
import os
import subprocess
import sys
import unittest

CROSSCHECK = None
ARTICLES = None


def run_report(event, *options):
    files = sorted(glob.glob(os.path.join(ARTICLES, event, "*.txt")))
    proc = subprocess.run([CROSSCHECK, "run", "--format", "json", *options, *files],
                          capture_output=True)
    return proc.returncode, json.loads(proc.stdout.decode("utf-8")), proc.stderr.decode("utf-8")


class EventReport(unittest.TestCase):
    event = None

    @classmethod
    def setUpClass(cls):
        if cls.event is None:
            raise unittest.SkipTest("base class")
        cls.status, cls.report, cls.stderr = run_report(cls.event)
        cls.entries = []  # (group, claim)
        for group in cls.report["groups"]:
            for claim in group["claims"]:
                cls.entries.append((group, claim))

    def find(self, source, text):
        """The claims of `source` whose written text contains `text` (line
        breaks of wrapped articles read as spaces)."""
        hits = [(g, c) for g, c in self.entries
                if c["source"] == source and text in " ".join((c.get("text") or "").split())]
        self.assertTrue(hits, "no claim of %s with text %r; claims of %s: %r" % (
            source, text, source, [c.get("text") for g, c in self.entries if c["source"] == source]))
        return hits[0]

    def assert_same_group(self, *refs):
        groups = {self.find(s, t)[0]["id"] for s, t in refs}
        self.assertEqual(len(groups), 1, "expected one group for %r, got %r" % (refs, groups))

    def assert_status(self, source, text, *statuses):
        group, claim = self.find(source, text)
        self.assertIn(claim["status"], statuses, "%s %r in group %s" % (source, text, group["id"]))

    def contradictions(self):
        return sorted((c["source"], " ".join((c.get("text") or "").split()))
                      for g, c in self.entries if c["status"] == "contradicts")

    def test_exit_status_says_contradictions(self):
        self.assertEqual(self.status, 1, self.stderr)

    def test_groups_say_why(self):
        for group in self.report["groups"]:
            if len(group["claims"]) > 1:
                self.assertIn("grouping", group)
                self.assertTrue(group["grouping"].get("shared"), group["grouping"])
                confidence = group["grouping"].get("confidence")
                self.assertTrue(0 < confidence <= 1, confidence)

    def test_spans_point_into_the_articles(self):
        for group, claim in self.entries:
            path = os.path.join(ARTICLES, self.event, claim["source"] + ".txt")
            with open(path, "rb") as f:
                data = f.read()
            start, end = claim["span"]
            self.assertEqual(data[start:end].decode("utf-8"), claim["text"])


class TestSelloff(EventReport):
    event = "selloff"

    def test_planted_contradictions_and_nothing_else(self):
        self.assertEqual(self.contradictions(), sorted([
            ("stadtanzeiger", "gut 460 Milliarden Dollar"),
            ("stadtanzeiger", "25 Prozent"),
        ]))

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

    def test_syndicated_copy_counted_once(self):
        group, copy = self.find("finanzblick", "fast 600 Milliarden US-Dollar")
        _, original = self.find("boersenkurier", "fast 600 Milliarden US-Dollar")
        self.assertIn(group["id"], {self.find("tagesblatt", "589 Milliarden")[0]["id"]})
        self.assertEqual(copy.get("syndicated_from"), original["id"])
        sources = [c["source"] for c in group["claims"]]
        self.assertEqual(group["consensus"]["voices"], len(set(sources)) - 2)  # copy + the 460

    def test_intraday_kept_apart_and_shown_beside(self):
        group, claim = self.find("rheinpost", "gut 460 Milliarden Dollar")
        self.assertEqual(group["key"]["scope"], "intraday")
        self.assertNotEqual(claim["status"], "contradicts")
        close = self.find("tagesblatt", "589 Milliarden")[0]
        self.assertIn(close["id"], [r["group"] for r in group["related"]
                                     if r["relation"] == "different_scope"])
        group, claim = self.find("rheinpost", "mehr als 17 Prozent")
        self.assertEqual(group["key"]["scope"], "intraday")

    def test_share_drop_at_the_close_agrees(self):
        refs = [("tagesblatt", "17 Prozent"), ("boersenkurier", "knapp 17 Prozent"),
                ("wirtschaftsecho", "rund 17 Prozent"), ("the-ledger", "17%"),
                ("market-wire", "about 17 percent")]
        self.assert_same_group(*refs)
        for ref in refs:
            self.assert_status(*ref, "agrees")

    def test_other_companies_not_mixed_with_nvidia(self):
        nvidia_drop = self.find("the-ledger", "17%")[0]
        for group, claim in self.entries:
            if claim["source"] == "market-wire" and claim.get("text") == "17%":
                self.assertNotEqual(group["id"], nvidia_drop["id"], "Broadcom's 17% grouped with Nvidia")
        belgium = self.find("rheinpost", "620 Milliarden Euro")[0]
        self.assertNotEqual(belgium["id"], self.find("tagesblatt", "589 Milliarden")[0]["id"])
        microsoft = self.find("rheinpost", "80 Milliarden Dollar")[0]
        self.assertNotEqual(microsoft["id"], self.find("wirtschaftsecho", "65 Milliarden")[0]["id"])

    def test_training_cost_agrees_and_the_denial_is_not_a_claim(self):
        refs = [("tagesblatt", "weniger als 6 Millionen Dollar"),
                ("boersenkurier", "5,6 Millionen US-Dollar"),
                ("stadtanzeiger", "weniger als umgerechnet 5,7 Millionen Euro"),
                ("market-wire", "$5.6 million")]
        self.assert_same_group(*refs)
        for ref in refs:
            self.assert_status(*ref, "agrees")
        denied = [c for g, c in self.entries if c["source"] == "market-wire"
                  and (c.get("text") or "").endswith("$5 million")]
        self.assertEqual(denied, [], "a figure quoted to deny it is not the source's claim")

    def test_meta_up_to_65_agrees_with_60(self):
        self.assert_same_group(("wirtschaftsecho", "bis zu 65 Milliarden US-Dollar"),
                               ("the-ledger", "$60 billion"))
        self.assert_status("wirtschaftsecho", "bis zu 65 Milliarden US-Dollar", "agrees")
        self.assert_status("the-ledger", "$60 billion", "agrees")

    def test_tuesday_premarket_and_intraday_are_different_measures(self):
        pre = self.find("rheinpost", "rund 3 Prozent")
        day = self.find("rheinpost", "zwischen 5 und 6 Prozent")
        self.assertNotEqual(pre[0]["id"], day[0]["id"])
        self.assertNotEqual(pre[1]["status"], "contradicts")
        self.assertNotEqual(day[1]["status"], "contradicts")

    def test_years_are_never_compared(self):
        for group, claim in self.entries:
            self.assertNotIn(claim.get("text"), ("2023", "2015", "2026", "2024"))


class TestRentProtest(EventReport):
    event = "demo"

    def test_planted_contradictions_and_nothing_else(self):
        found = self.contradictions()
        self.assertEqual(len(found), 2, found)
        self.assertTrue(all(source == "elbe-rundschau" for source, _ in found), found)
        texts = sorted(text for _, text in found)
        self.assertIn("12", texts[0])          # "12 Personen": arrests
        self.assertNotIn("12.000", texts[0])
        self.assertIn("20.000", texts[1])      # police count

    def test_police_and_organisers_kept_apart(self):
        police = self.find("hafenblatt", "12.000")[0]
        organisers = self.find("hafenblatt", "35.000")[0]
        self.assertNotEqual(police["id"], organisers["id"])
        self.assertIn(organisers["id"], [r["group"] for r in police["related"]
                                          if r["relation"] == "different_attribution"])
        self.assert_same_group(("hafenblatt", "12.000"), ("nordkurier-online", "12.000"),
                               ("north-sea-times", "12,000"), ("elbe-rundschau", "20.000"))
        self.assert_same_group(("hafenblatt", "35.000"), ("nordkurier-online", "35.000"),
                               ("north-sea-times", "35,000"), ("elbe-rundschau", "30.000"))
        self.assert_status("elbe-rundschau", "30.000", "agrees")

    def test_officers_agree(self):
        self.assert_same_group(("hafenblatt", "1.200"), ("nordkurier-online", "1.200"),
                               ("north-sea-times", "1,200"))


class TestQuarterlyResults(EventReport):
    """A third event, written after grouping was built: a company's quarterly
    figures in euros, dollars and pounds. First run held out, it flagged the
    planted wrong figure ($712 million profit, where the others say 512
    million euros) and nothing else, but missed groups; grouping recall was then
    improved in general ways and these tests keep what it finds now."""
    event = "results"

    def test_planted_contradictions_and_nothing_else(self):
        found = self.contradictions()
        self.assertEqual(found, [("wire-continental", "$712 million")])

    def test_dollar_pound_and_euro_revenue_agree(self):
        self.assert_same_group(("rheinwirtschaft", "4,2 Milliarden Euro"),
                               ("wire-continental", "$4.9 billion"),
                               ("city-ledger", "£3.7 billion"))
        self.assert_status("wire-continental", "$4.9 billion", "agrees")
        self.assert_status("city-ledger", "£3.7 billion", "agrees")

    def test_wrong_profit_is_a_conflict_not_a_split(self):
        group, claim = self.find("wire-continental", "$712 million")
        self.assertEqual(group["verdict"], "conflict")
        self.assert_same_group(("wire-continental", "$712 million"),
                               ("rheinwirtschaft", "512 Millionen Euro"),
                               ("city-ledger", "£445 million"))

    def test_job_cuts_in_two_languages_agree(self):
        self.assert_same_group(("rheinwirtschaft", "1.200"), ("handelsbote", "1.200"),
                               ("city-ledger", "1,200"), ("wire-continental", "1,200"))

    def test_forecast_ranges_do_not_contradict(self):
        for source, text in (("city-ledger", "between 16 and 17 billion euros"),
                             ("rheinwirtschaft", "16 bis 17 Milliarden Euro"),
                             ("handelsbote", "16 bis 17 Milliarden Euro")):
            self.assertNotEqual(self.find(source, text)[1]["status"], "contradicts")


class TestStormSurge(EventReport):
    """A fourth event, written last and first run held out: a storm surge with
    evacuation counts, insured damage and rescue workers. The planted wrong
    figure (5.000 evacuated, where the county's figure elsewhere is about
    2,500) is found and nothing else is. The English damage in dollars and
    the English count of rescue workers joined the German figures only later,
    with measure words and attribution names added with the event in view."""
    event = "storm"

    def test_planted_contradictions_and_nothing_else(self):
        self.assertEqual(self.contradictions(), [("marschblatt", "5.000")])

    def test_evacuations_grouped_across_languages(self):
        self.assert_same_group(("kuestenbote", "2.500"), ("north-atlantic-post", "2,500"),
                               ("marschblatt", "5.000"))

    def test_damage_and_rescue_workers_agree(self):
        self.assert_same_group(("kuestenbote", "300 Millionen Euro"),
                               ("marschblatt", "300 Millionen Euro"),
                               ("nordsee-echo", "300 Millionen Euro"))
        self.assert_same_group(("kuestenbote", "1.800"), ("marschblatt", "1.800"),
                               ("nordsee-echo", "1.800"))
        self.assert_status("nordsee-echo", "300 Millionen Euro", "agrees")

    def test_english_damage_and_workers_join_the_german_figures(self):
        # "$350 million" is about 300 million euros at the day's rate;
        # "according to the fire service" = "laut Feuerwehr"
        self.assert_same_group(("kuestenbote", "300 Millionen Euro"),
                               ("north-atlantic-post", "$350 million"))
        self.assert_status("north-atlantic-post", "$350 million", "agrees")
        self.assert_same_group(("kuestenbote", "1.800"), ("north-atlantic-post", "1,800"))


class TestCityBudget(EventReport):
    """A fifth event, written on 2026-12-06 while the grouping of changes and
    of wrapped text was improved (so not held out): a city budget in three
    hard-wrapped articles (one in English with CRLF line ends). The deficit
    falls from 84 to 61 million euros; one outlet writes 48 for 84."""
    event = "budget"

    def test_planted_contradictions_and_nothing_else(self):
        self.assertEqual(self.contradictions(), [("kreisblatt", "48 Millionen Euro")])

    def test_the_ends_of_the_change_stay_apart(self):
        self.assert_same_group(("lindenauer-anzeiger", "84 Millionen Euro"),
                               ("lindenau-monitor", "EUR 84m"),
                               ("kreisblatt", "48 Millionen Euro"))
        self.assert_same_group(("lindenauer-anzeiger", "61 Millionen Euro"),
                               ("lindenau-monitor", "EUR 61m"),
                               ("kreisblatt", "61 Millionen Euro"))
        start = self.find("lindenauer-anzeiger", "84 Millionen Euro")[0]["id"]
        end = self.find("lindenauer-anzeiger", "61 Millionen Euro")[0]["id"]
        self.assertNotEqual(start, end)

    def test_english_figures_join_across_the_wrapped_lines(self):
        self.assert_same_group(("lindenauer-anzeiger", "210 Millionen Euro"),
                               ("lindenau-monitor", "EUR 210m"), ("kreisblatt", "210 Millionen Euro"))
        self.assert_same_group(("lindenauer-anzeiger", "320"), ("lindenau-monitor", "320"))
        self.assert_same_group(("lindenauer-anzeiger", "bis zu 8 Prozent"),
                               ("lindenau-monitor", "as much as 8%"))
        # "on Wednesday" in the English sentence, "am Mittwochabend" in the
        # German sentence before the figure
        self.assert_same_group(("lindenauer-anzeiger", "rund 1,2 Milliarden Euro"),
                               ("lindenau-monitor", "about EUR 1.2bn"))


class TestAllEventsTogether(unittest.TestCase):
    """All example events in one run, as a fact-checker might feed a folder:
    no group mixes two events (reports months apart speak of different
    things: a protest's 1,200 police officers are no storm's 1,800 rescue
    workers) and the contradictions are exactly each event's own."""

    def test_events_stay_apart(self):
        files = sorted(glob.glob(os.path.join(ARTICLES, "*", "*.txt")))
        event_of = {os.path.basename(f)[:-4]: os.path.basename(os.path.dirname(f)) for f in files}
        proc = subprocess.run([CROSSCHECK, "run", "--format", "json", *files], capture_output=True)
        report = json.loads(proc.stdout.decode("utf-8"))
        for group in report["groups"]:
            events = {event_of[c["source"]] for c in group["claims"]}
            self.assertEqual(len(events), 1, (group["id"], [c["text"] for c in group["claims"]]))
        together = sorted((c["source"], " ".join(c["text"].split())) for g in report["groups"]
                          for c in g["claims"] if c["status"] == "contradicts")
        alone = []
        for event in sorted({e for e in event_of.values()}):
            alone += [(c["source"], " ".join(c["text"].split()))
                      for g in run_report(event)[1]["groups"] for c in g["claims"]
                      if c["status"] == "contradicts"]
        self.assertEqual(together, sorted(alone))


if __name__ == "__main__":
    CROSSCHECK = os.path.abspath(sys.argv.pop(1))
    ARTICLES = os.path.abspath(sys.argv.pop(1))
    unittest.main(verbosity=2)
