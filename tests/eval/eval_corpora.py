#!/usr/bin/env python3
"""Measure extraction against public corpora (not shipped with crosscheck).

Looks for the corpora in $CROSSCHECK_CORPORA, else ../shared/corpora beside
the repository; when they are absent it says so and exits 77 (a skip for
meson). Runs every phrase through `crosscheck extract --format text` and
prints the pass rate per corpus file:

- Duckling Numeral/DE and Numeral/EN: the phrase must yield a mention whose
  value (scale applied) is the expected number.
- Duckling AmountOfMoney/EN: the value and the currency must match ("Unnamed",
  "Dinar", "Riyal", "Rial" accept any currency; "Cent" counts in cents);
  ranges must match both ends; "under"/"above" need an upper/lower hedge.
  Negative phrases must yield no money.
- quantulum3 quantities*.json: every expected quantity of a sentence must be
  found by value (the midpoint for a range); physical quantities are read
  with their value (kind physical, unit as written), but quantulum3's unit
  names are not compared, only the number; an empty list means no amount.
  A year or decade (kind year) counts with the number it starts with
  ("1960s" -> 1960), which is the quantity the API gives it.
  Units that crosscheck represents otherwise by design are converted into
  its representation before the comparison, for every phrase alike (the
  unconverted number is still accepted): minor units of money are
  hundredths of the currency ("cent", "penny", "pence": 100 cents = 1
  USD), counting units are counts ("dozen" x 12, "baker's dozen" x 13,
  "gross" x 144), and a dimensionless number matches a percentage of
  100 times it (a share: "two thirds" = 66.67 %). Rates per file are
  printed with and without these conversions (REPRESENTATION below).

usage: eval_corpora.py CROSSCHECK [REPO_ROOT]
Ends with "N passed, N failed" (phrases) after the per-file rates.
"""
import json
import math
import os
import re
import subprocess
import sys
import tempfile

CURRENCY = {"Dollar": "USD", "Pound": "GBP", "EUR": "EUR", "USD": "USD", "GBP": "GBP"}
ANY_CURRENCY = {"Unnamed", "Dinar", "Riyal", "Rial"}


def locate(root):
    env = os.environ.get("CROSSCHECK_CORPORA")
    cands = [env] if env else []
    cands.append(os.path.join(root, "..", "shared", "corpora"))
    for c in cands:
        if c and os.path.isdir(os.path.join(c, "duckling")):
            return c
    return None


def parse_value(tok, scale_tok=None):
    """'5..6e9' -> (5e9, 6e9); '600e9' -> (600e9, 600e9)."""
    m = re.match(r"^(-?\d+(?:\.\d+)?)(?:\.\.(-?\d+(?:\.\d+)?))?(?:e(-?\d+))?$", tok)
    if not m:
        return None
    e = int(m.group(3) or 0)
    lo = float(m.group(1)) * 10 ** e
    hi = float(m.group(2)) * 10 ** e if m.group(2) else lo
    return lo, hi


def extract(crosscheck, lang, phrases, tmp):
    """{index: [mention dicts]} for a list of phrases, in one call."""
    files = []
    for k, p in enumerate(phrases):
        path = os.path.join(tmp, "p%05d.txt" % k)
        with open(path, "w", encoding="utf-8") as f:
            f.write(p + "\n")
        files.append(path)
    out = {}
    for start in range(0, len(files), 2000):
        proc = subprocess.run([crosscheck, "extract", "--lang", lang, "--format", "text", "--"]
                              + files[start:start + 2000], capture_output=True)
        cur = None
        for line in proc.stdout.decode("utf-8", "replace").split("\n"):
            m = re.match(r"# p(\d+) ", line)
            if m:
                cur = int(m.group(1))
                out[cur] = []
                continue
            if not line.strip() or cur is None:
                continue
            parts = line.split("\t")
            kind = parts[1]
            men = {"kind": kind, "text": parts[-1].split('"')[1] if '"' in parts[-1] else ""}
            if kind in ("amount", "physical") and parts[2].strip():
                # a physical quantity is read like an amount; its unit as
                # written follows as unit_text= (quantulum3 scores the number)
                f = parts[2].split()
                v = parse_value(f[0])
                men.update(low=v[0], high=v[1], unit=f[1], hedge=f[2], weak=" weak" in parts[-1])
                u = re.search(r' unit_text="([^"]*)"', parts[-1])
                if u:
                    men["unit_text"] = u.group(1)
            elif re.match(r"^\d+$", men["text"]):
                men.update(low=float(men["text"]), high=float(men["text"]), unit="count", hedge="exact")
            elif kind == "year" and re.match(r"^\d+", men["text"]):
                # a year is read as the number it starts with, as the API's
                # quantity holds it: "1960s" -> 1960, "2013-14" -> 2013
                y = float(re.match(r"^\d+", men["text"]).group(0))
                men.update(low=y, high=y, unit="count", hedge="exact")
            out[cur].append(men)
    return out


def close(a, b):
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


def duckling_rows(corpora, file_part):
    with open(os.path.join(corpora, "duckling", "duckling_cases.tsv"), encoding="utf-8") as f:
        next(f)
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) == 4 and cols[0].endswith(file_part):
                yield cols[1], cols[2], cols[3]


def numeral_value(expected):
    m = re.match(r"NumeralValue \(?(-?[\d.e]+)\)?", expected)
    return float(m.group(1)) if m else None


def judge_numeral(expected, mentions):
    v = numeral_value(expected)
    return any("low" in m and close(m["low"], v) and close(m["high"], v) for m in mentions)


def judge_money(kind, expected, mentions):
    money = [m for m in mentions if m.get("unit") not in (None, "count", "%", "pp", "ratio")]
    if kind == "negative":
        return not money
    m = re.match(r"(simple|between|under|above) (\w+) \(?([^)]*)\)?", expected)
    what, cur, vals = m.group(1), m.group(2), [float(x) for x in m.group(3).split(",")]
    if cur == "Cent":
        cands = [x for x in mentions if "low" in x]
        return any(close(x["low"] * 100, vals[0]) or close(x["low"], vals[0]) for x in cands)
    code = CURRENCY.get(cur, cur)
    for x in money:
        if cur not in ANY_CURRENCY and x["unit"] != code:
            continue
        if what == "between":
            if len(vals) == 2 and close(x["low"], vals[0]) and close(x["high"], vals[1]):
                return True
        elif close(x["low"], vals[0]) and close(x["high"], vals[0]):
            if what == "under" and x["hedge"] not in ("upper_incl", "upper_strict"):
                continue
            if what == "above" and x["hedge"] not in ("lower_incl", "lower_strict"):
                continue
            return True
    return False


# quantulum3's units that crosscheck writes in another representation:
# the factor that turns quantulum3's number into crosscheck's
REPRESENTATION = {"cent": 0.01, "penny": 0.01, "pence": 0.01,
                  "dozen": 12, "baker's dozen": 13, "gross": 144}


def expected_values(r, convert):
    """(value, unit or None) pairs a quantulum3 quantity may be found as."""
    v = float(r["value"])
    out = [(v, None)]
    unit = r.get("unit")
    if convert and unit in REPRESENTATION:
        out.append((v * REPRESENTATION[unit], None))
    if convert and unit == "dimensionless":
        out.append((v * 100, "%"))
    return out


def judge_quantulum(res, mentions, convert=True):
    found = [m for m in mentions if "low" in m]
    if not res:
        return not [m for m in found if m["kind"] == "amount" and not m.get("weak")]
    for r in res:
        if not any((unit is None or m.get("unit") == unit) and
                   (close(m["low"], v) or close((m["low"] + m["high"]) / 2, v))
                   for v, unit in expected_values(r, convert) for m in found):
            return False
    return True


def main():
    crosscheck = sys.argv[1]
    root = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(__file__), "..", "..")
    corpora = locate(root)
    if not corpora:
        print("corpora not found (set CROSSCHECK_CORPORA or put them in ../shared/corpora): skipped")
        return 77
    total_pass = total_fail = 0
    report = []
    unconverted = []
    show_failures = "-v" in sys.argv
    with tempfile.TemporaryDirectory() as tmp:
        suites = [("Duckling/Numeral/DE/Corpus.hs", "de", "numeral"),
                  ("Duckling/Numeral/EN/Corpus.hs", "en", "numeral"),
                  ("Duckling/AmountOfMoney/EN/Corpus.hs", "en", "money")]
        for file_part, lang, how in suites:
            rows = [r for r in duckling_rows(corpora, file_part) if r[0] in ("positive", "negative")]
            got = extract(crosscheck, lang, [r[2] for r in rows], tmp)
            ok = 0
            for k, (kind, expected, phrase) in enumerate(rows):
                good = judge_numeral(expected, got.get(k, [])) if how == "numeral" else \
                    judge_money(kind, expected, got.get(k, []))
                ok += good
                if not good and show_failures:
                    print("  FAIL %s: %r (%s) -> %s" % (file_part, phrase, expected, got.get(k)))
            report.append((file_part, ok, len(rows)))
        for name in ("quantities.json", "quantities.ambiguity.json"):
            with open(os.path.join(corpora, "quantulum3", name), encoding="utf-8") as f:
                cases = json.load(f)
            got = extract(crosscheck, "en", [c["req"] for c in cases], tmp)
            ok = plain = 0
            for k, c in enumerate(cases):
                good = judge_quantulum(c["res"], got.get(k, []))
                plain += judge_quantulum(c["res"], got.get(k, []), convert=False)
                ok += good
                if not good and show_failures:
                    print("  FAIL quantulum3/%s: %r -> %s" % (name, c["req"], got.get(k)))
            report.append(("quantulum3/" + name, ok, len(cases)))
            unconverted.append(("quantulum3/" + name, plain, len(cases)))
    for name, ok, n in report:
        print("%-40s %4d / %4d  %5.1f %%" % (name, ok, n, 100.0 * ok / n if n else 0))
        total_pass += ok
        total_fail += n - ok
    for name, ok, n in unconverted:
        print("%-40s %4d / %4d  %5.1f %%  (without REPRESENTATION)" %
              (name, ok, n, 100.0 * ok / n if n else 0))
    print("%d passed, %d failed" % (total_pass, total_fail))
    return 0


if __name__ == "__main__":
    sys.exit(main())
