#!/usr/bin/env python3
"""Generate tests/spec/extract_de.txt and extract_en.txt.

The expected readings are built from the parts, not from crosscheck: each
part carries what it means (a hedge word and its class, a number as
written and its digits, a scale and unit word and its exponent and code, a
sentence frame and the context it gives). Every phrase here was written for
this project. Hand-written cases (negatives, ranges, changes, kinds) follow
the generated ones in each file.

usage: make_extract_spec.py OUTDIR
"""
import itertools
import os
import sys

# ---------------------------------------------------------------- German
DE_HEDGES = [("", "exact"), ("rund", "approx"), ("etwa", "approx"), ("ungefähr", "approx"),
             ("knapp", "approx_below"), ("fast", "approx_below"), ("beinahe", "approx_below"),
             ("gut", "approx_above"), ("reichlich", "approx_above"),
             ("mehr als", "lower_strict"), ("über", "lower_strict"),
             ("mindestens", "lower_incl"), ("bis zu", "upper_incl"),
             ("höchstens", "upper_incl"), ("weniger als", "upper_strict"),
             ("unter", "upper_strict"), ("circa", "approx"), ("nahezu", "approx_below")]
# written, digits, spelled (a spelled bare number is weak; with a unit it is not)
DE_NUMBERS = [("5,6", "5.6"), ("17", "17"), ("589", "589"), ("0,62", "0.62"), ("124,4", "124.4"),
              ("drei", "3"), ("sechs", "6"), ("fünfundzwanzig", "25"), ("zweieinhalb", "2.5"),
              ("3", "3"), ("12,75", "12.75"), ("zwölf", "12"), ("40", "40")]
# words after the number: scale exponent, unit
DE_UNITS = [("Milliarden US-Dollar", 9, "USD"), ("Mrd. Euro", 9, "EUR"), ("Mio. Euro", 6, "EUR"),
            ("Millionen Dollar", 6, "USD"), ("Prozent", 0, "%"), ("%", 0, "%"),
            ("Prozentpunkte", 0, "pp"), ("Billionen Dollar", 12, "USD"),
            ("Tsd. Euro", 3, "EUR"), ("Millionen Pfund", 6, "GBP"),
            ("Milliarden Franken", 9, "CHF"), ("Millionen Yen", 6, "JPY"),
            ("Milliarden", 9, "count"), ("Euro", 0, "EUR")]
# frame, context fields expected for the figure
DE_FRAMES = [("Der Umsatz lag zuletzt bei {q}.", ""),
             ("Die Aktie verlor {q}.", "direction=down"),
             ("Der Kurs stieg zeitweise um {q}.", "scope=intraday direction=up"),
             ("Laut Reuters waren es {q}.", "attributed_to=Reuters"),
             ("Vorbörslich ergab sich ein Plus von {q}.", "scope=pre-market direction=up"),
             ("Bis zum Handelsschluss fiel der Wert um {q}.", "scope=close direction=down"),
             ("Nach Angaben der Polizei betrug der Schaden {q}.", "attributed_to=police"),
             ("Bislang flossen {q} in das Projekt.", "scope=so far"),
             ("Der Konzern hat dafür nicht {q} bezahlt.", "negated")]

# ---------------------------------------------------------------- English
EN_HEDGES = [("", "exact"), ("about", "approx"), ("around", "approx"), ("roughly", "approx"),
             ("nearly", "approx_below"), ("almost", "approx_below"), ("just under", "approx_below"),
             ("just over", "approx_above"), ("more than", "lower_strict"),
             ("over", "lower_strict"), ("at least", "lower_incl"), ("up to", "upper_incl"),
             ("at most", "upper_incl"), ("less than", "upper_strict"), ("under", "upper_strict"),
             ("approximately", "approx"), ("close to", "approx_below")]
EN_NUMBERS = [("5.6", "5.6"), ("17", "17"), ("589", "589"), ("0.62", "0.62"), ("124.4", "124.4"),
              ("three", "3"), ("six", "6"), ("twenty-five", "25"), ("3", "3"), ("12.75", "12.75"),
              ("twelve", "12"), ("40", "40"), ("forty-two", "42")]
EN_UNITS = [("billion dollars", 9, "USD"), ("billion euros", 9, "EUR"), ("million euros", 6, "EUR"),
            ("million dollars", 6, "USD"), ("percent", 0, "%"), ("%", 0, "%"),
            ("per cent", 0, "%"), ("percentage points", 0, "pp"), ("trillion dollars", 12, "USD"),
            ("million pounds", 6, "GBP"), ("billion yen", 9, "JPY"), ("billion", 9, "count"),
            ("bn euros", 9, "EUR")]
# a currency sign before the number: sign, unit words after, scale, code
EN_PREFIX = [("$", "billion", 9, "USD"), ("$", "million", 6, "USD"), ("€", "bn", 9, "EUR"),
             ("£", "million", 6, "GBP"), ("US$", "billion", 9, "USD"), ("USD ", "bn", 9, "USD")]
EN_FRAMES = [("Revenue came in at {q}.", ""),
             ("The shares lost {q} on Monday.", "direction=down"),
             ("The stock briefly rose {q}.", "scope=intraday direction=up"),
             ("According to Reuters, the deal was worth {q}.", "attributed_to=Reuters"),
             ("In pre-market trading the stock gained {q}.", "scope=pre-market direction=up"),
             ("At the close the index was down {q}.", "scope=close direction=down"),
             ("So far the fund has raised {q}.", "scope=so far"),
             ("The model did not cost {q}.", "negated")]


def value(digits, scale):
    return digits + ("e%d" % scale if scale else "")


def generated(lang, hedges, numbers, units, frames, prefix=None, count=260):
    """Walk the parts with co-prime strides so that every part recurs in varied company."""
    cases = []
    k = 0
    while len(cases) < count:
        h = hedges[(k * 7) % len(hedges)]
        n = numbers[(k * 5) % len(numbers)]
        fr = frames[(k * 3) % len(frames)]
        use_prefix = prefix and k % 4 == 3
        if use_prefix:
            p = prefix[(k * 11) % len(prefix)]
            n = numbers[(k * 5) % 5]  # digits only before a sign
            body = "%s%s %s" % (p[0], n[0], p[1])
            scale, unit = p[2], p[3]
        else:
            u = units[(k * 11) % len(units)]
            body = "%s %s" % (n[0], u[0])
            scale, unit = u[1], u[2]
        k += 1
        mention = (h[0] + " " + body) if h[0] else body
        text = fr[0].format(q=mention)
        if fr[0].startswith("{q}"):
            text = text[0].upper() + text[1:]
        ctx = fr[1]
        exp = 'amount %s %s %s "%s"' % (value(n[1], scale), unit, h[1], mention)
        if ctx:
            exp += " " + ctx
        cases.append((lang, text, [exp]))
    return cases


DE_HAND = [
    ("Der ICE 4 fährt auf der Bundesstraße 96 mit 250 km/h.",
     ['identifier "4"', 'identifier "96"', 'physical 250 count exact "250 km/h" unit_text="km/h"']),
    ("Eine halbe Million Menschen kam; die Bank senkte den Zins um einen halben Prozentpunkt auf 2 Prozent.",
     ['amount 0.5e6 count exact "Eine halbe Million"',
      'amount 0.5 pp exact "einen halben Prozentpunkt" direction=down',
      'amount 2 % exact "2 Prozent" direction=down change=to']),
    ("Sie aß eine halbe Pizza und ein halbes Prozent mehr.", ['amount 0.5 % exact "ein halbes Prozent" direction=up']),
    ("Der Rauch war in 20 Kilometern Entfernung zu sehen; ein Mitarbeiter hatte die 112 gewählt.",
     ['physical 20 count exact "20 Kilometern" unit_text="Kilometern"', 'phone "112 gewählt"']),
    # a change by a part is a share of what changed; "um die 50" stays a hedge
    ("Der Absatz sank um die Hälfte, der Preis um ein Drittel, Kaffee wurde um gut ein Fünftel teurer.",
     ['amount 50 % exact "Hälfte" direction=down', 'amount 33.3333333333 % exact "ein Drittel"',
      'amount 20 % approx_above "gut ein Fünftel" direction=up']),
    ("Es kamen um die 50 Menschen.", ['amount 50 count approx "um die 50"']),
    ("Die Inflation sinkt auf 2,2 Prozent, die Löhne wachsen um 3 Prozent.",
     ['amount 2.2 % exact "2,2 Prozent" direction=down change=to', 'amount 3 % exact "3 Prozent" direction=up']),
    ("Die Polizei sprach von „mehr als“ 5.000 Menschen, die Veranstalter von »rund« 9.000.",
     ['amount 5000 count lower_strict "mehr als“ 5.000" attributed_to=police',
      'amount 9000 count approx "rund« 9.000" attributed_to=organisers']),
    # ranges
    ("Erwartet wird ein Anstieg zwischen fünf und sechs Prozent.", ['amount 5..6 % range "zwischen fünf und sechs Prozent" scope=forecast direction=up']),
    ("Die Spanne liegt bei 5–6 %.", ['amount 5..6 % range "5–6 %"']),
    ("Geplant sind 5 bis 7 Milliarden Euro.", ['amount 5..7e9 EUR range "5 bis 7 Milliarden Euro"']),
    ("Die Preise lagen zwischen 3 und 4 Euro.", ['amount 3..4 EUR range "zwischen 3 und 4 Euro"']),
    ("Die Kosten betragen von 2 bis 3 Mio. Euro.", ['amount 2..3e6 EUR range "von 2 bis 3 Mio. Euro"']),
    ("Die Firmen verloren zwischen sieben und fast 20 Prozent.", ['amount 7..20 % range "zwischen sieben und fast 20 Prozent" direction=down']),
    # changes: from A to B
    ("Die Bewertung sank von 3,5 Billionen auf 2,9 Billionen US-Dollar.", ['amount 3.5e12 USD exact "3,5 Billionen" direction=down change=from', 'amount 2.9e12 USD exact "2,9 Billionen US-Dollar" direction=down change=to']),
    ("Sein Vermögen schrumpfte von 124,4 Milliarden Dollar auf 103,1 Milliarden Dollar.", ['amount 124.4e9 USD exact "124,4 Milliarden Dollar" direction=down change=from', 'amount 103.1e9 USD exact "103,1 Milliarden Dollar" direction=down change=to']),
    ("Der Leitzins stieg von 3 auf 3,25 Prozent.", ['amount 3 % exact "3" direction=up change=from', 'amount 3.25 % exact "3,25 Prozent" direction=up change=to']),
    # separators, scales, currencies
    ("Der Index schloss bei 21.414,25 Punkten.", ['amount 21414.25 count exact "21.414,25 Punkten" scope=close']),
    ("Es wurden 50.000 Chipsysteme bestellt.", ['amount 50000 count exact "50.000"']),
    ("Der Umsatz betrug 1.971 Fahrzeuge.", ['amount 1971 count exact "1.971" ambiguous']),
    ("Der Umsatz lag bei 2,31 Mrd. Euro (Vj.: 2,05 Mrd. Euro), ein Plus von 12,7 Prozent.",
     ['amount 2.31e9 EUR exact "2,31 Mrd. Euro"', 'amount 2.05e9 EUR exact "2,05 Mrd. Euro" scope=prior_period',
      'amount 12.7 % exact "12,7 Prozent" direction=up']),
    ("In der ersten Hälfte des Jahres verlor die Hälfte der Firmen Geld.",
     ['amount 50 % exact "die Hälfte" direction=down']),
    ("Das Ticket kostet seit Januar 58 statt 49 Euro, sagt eine Umfrage unter 1.004 Erwachsenen.",
     ['amount 58 EUR exact "58"', 'amount 49 EUR exact "49 Euro"', 'amount 1004 count exact "1.004" ambiguous']),
    ("Die Union liegt mit 30 Prozent acht Punkte vor der SPD.",
     ['amount 30 % exact "30 Prozent"', 'amount 8 pp exact "acht Punkte"']),
    ("Der Dax schloss 120 Punkte vor dem Tief, 2 Prozent höher.",
     ['amount 120 count exact "120 Punkte" scope=close', 'amount 2 % exact "2 Prozent" scope=close direction=up']),
    ("Die Aktie legte im frühen Handel um bis zu 4,5 Prozent zu; im Handel mit China stieg der Umsatz um 5 Prozent.",
     ['amount 4.5 % upper_incl "bis zu 4,5 Prozent" scope=intraday direction=up',
      'amount 5 % exact "5 Prozent" direction=up']),
    # a scale or unit split at the end of a line (text copied from a PDF)
    ("Der Konzern verlor fast 600 Milliar-\nden Dollar, die Strecke misst 20 Kilo-\nmeter.",
     ['amount 600e9 USD approx_below "fast 600 Milliar- den Dollar" direction=down',
      'physical 20 count exact "20 Kilo- meter" unit_text="Kilo- meter"']),
    ("Rund ein Dutzend Festnahmen, zwei Dutzend Anzeigen und Dutzende Verletzte.",
     ['amount 12 count approx "Rund ein Dutzend"', 'amount 24 count exact "zwei Dutzend" weak',
      'amount 24 count lower_incl "Dutzende"']),
    # money has no third decimal; with a scale it may ("1.971 Mio. Euro")
    ("Ein Heimplatz kostet 2.984 Euro, der Umbau 1.971 Mio. Euro.",
     ['amount 2984 EUR exact "2.984 Euro"', 'amount 1971e6 EUR exact "1.971 Mio. Euro" ambiguous']),
    # round hundreds are thousands: a decimal would not be written "1.200"
    ("Etwa 1.200 Polizisten und 2.500 Helfer waren im Einsatz.",
     ['amount 1200 count approx "Etwa 1.200"', 'amount 2500 count exact "2.500"']),
    ("Die Stadt hat 1.234.567 Einwohner.", ['amount 1234567 count exact "1.234.567"']),
    ("Das Budget beträgt 5 MUSD.", ['amount 5e6 USD exact "5 MUSD"']),
    ("Das Budget beträgt 3 MEUR.", ['amount 3e6 EUR exact "3 MEUR"']),
    ("Man zahlte 40 Tsd. Euro.", ['amount 40e3 EUR exact "40 Tsd. Euro"']),
    ("Sie verdient 80 Tausend Euro im Jahr.", ['amount 80e3 EUR exact "80 Tausend Euro"']),
    ("Das kostet 2 Bio. Euro.", ['amount 2e12 EUR exact "2 Bio. Euro"']),
    ("Man bot 563 Mrd. € dafür.", ['amount 563e9 EUR exact "563 Mrd. €"']),
    ("Der Preis: 12 $ pro Stück.", ['amount 12 USD exact "12 $" per="Stück"']),
    ("Das kostet US$ 4,7 Milliarden.", ['amount 4.7e9 USD exact "US$ 4,7 Milliarden"']),
    ("Die Zinsen stiegen um 25 Basispunkte.", ['amount 25e-2 pp exact "25 Basispunkte" direction=up']),
    ("Die Quote fiel um 3 Prozentpunkte.", ['amount 3 pp exact "3 Prozentpunkte" direction=down']),
    ("Die Quote fiel um 3 Prozent.", ['amount 3 % exact "3 Prozent" direction=down']),
    ("Das ist der 60fache Wert.", ['amount 60 ratio exact "60fache"']),
    ("Das 500-Milliarden-Dollar-Projekt startet.", ['amount 500e9 USD exact "500-Milliarden-Dollar"']),
    ("Ein 17-prozentiger Einbruch folgte.", ['amount 17 % exact "17-prozentiger" direction=down']),
    ("Ein Minus von 2,5 Prozent wurde gemeldet.", ['amount 2.5 % exact "2,5 Prozent" direction=down']),
    ("Das Paket umfasst eine Milliarde Euro.", ['amount 1e9 EUR exact "eine Milliarde Euro"']),
    ("Es geht um zwei Millionen Menschen.", ['amount 2e6 count exact "zwei Millionen"']),
    ("Sie zahlte siebenhunderteinundzwanzigtausend Euro.", ['amount 721000 EUR exact "siebenhunderteinundzwanzigtausend Euro"']),
    ("Das sind zweihunderttausend Euro.", ['amount 200000 EUR exact "zweihunderttausend Euro"']),
    ("Der Konzern hat 5 Millionen Aktien.", ['amount 5e6 count exact "5 Millionen"']),
    ("Ein Rückgang auf −3 % wurde erwartet.", ['amount -3 % exact "−3 %" scope=forecast direction=down change=to']),
    ("Ein Kurs von 5.6 Prozent ist möglich.", ['amount 5.6 % exact "5.6 Prozent"']),
    ("Das sind 21\u202f414,25 Punkte.", ['amount 21414.25 count exact "21\u202f414,25 Punkte"']),
    # context words
    ("Meta will bis zu 65 Milliarden US-Dollar investieren.", ['amount 65e9 USD upper_incl "bis zu 65 Milliarden US-Dollar"']),
    ("Laut Polizei kamen 20.000 Menschen, die Veranstalter sprachen von 50.000.", ['amount 20000 count exact "20.000" attributed_to=police', 'amount 50000 count exact "50.000" attributed_to=organisers']),
    ("Der Polizei zufolge waren es 3000 Teilnehmer.", ['amount 3000 count exact "3000" attributed_to=police']),
    ("Nach Angaben des Statistischen Bundesamtes stiegen die Preise um 2,2 Prozent.", ['amount 2.2 % exact "2,2 Prozent" attributed_to=Statistisches Bundesamt direction=up']),
    ("Im vorbörslichen Handel legte die Aktie 3 Prozent zu.", ['amount 3 % exact "3 Prozent" scope=pre-market direction=up']),
    ("Nachbörslich fiel die Aktie um 4 %.", ['amount 4 % exact "4 %" scope=after-hours direction=down']),
    ("Seit Jahresbeginn gewann der Dax 12 Prozent.", ['amount 12 % exact "12 Prozent" scope=year to date direction=up']),
    ("Das Modell wurde nicht für fünf Millionen Dollar trainiert.", ['amount 5e6 USD exact "fünf Millionen Dollar" negated']),
    ("Er hat keine 100 Euro dabei.", ['amount 100 EUR upper_strict "keine 100 Euro"']),
    # "keine" before a figure bounds it, unless a correction denies it
    ("Es kamen keine 2.000 Menschen; es waren keine 5, sondern 7 Milliarden Euro.",
     ['amount 2000 count upper_strict "keine 2.000"', 'amount 5e9 EUR exact "5" negated',
      'amount 7e9 EUR exact "7 Milliarden Euro"']),
    ("Die Prognose liegt bei 1,8 Prozent Wachstum.", ['amount 1.8 % exact "1,8 Prozent" scope=forecast direction=up']),
    ("Der Wert wurde auf 2,1 Prozent revidiert.", ['amount 2.1 % exact "2,1 Prozent" scope=revised']),
    # not amounts
    ("Im Jahr 2023 war alles anders.", ['year "2023"']),
    ("Sie wurde 1989 geboren.", ['year "1989"']),
    ("Die Saison 2013-14 lief gut.", ['year "2013-14"']),
    # Jahrzehnte sind Jahre, nie Beträge; zwei Ziffern nur mit dem Nomen
    ("In den 1980er-Jahren stieg die Miete um 9 Prozent.", ['year "1980er-Jahren"', 'amount 9 % exact "9 Prozent" direction=up']),
    ("Seit den 70er Jahren und in den 2010ern wuchs die Stadt.", ['year "70er Jahren"', 'year "2010ern"']),
    ("Die Musik der 1960er lebt.", ['year "1960er"']),
    ("Sie zahlte mit einem 50er, er zahlte 5 er.", ['amount 5 count exact "5"']),
    ("Am 27.01.2025 begann der Ausverkauf.", ['date "27.01.2025"']),
    ("Am 27. Januar begann der Ausverkauf.", ['date "27. Januar"']),
    ("Das Treffen ist am 2025-01-27.", ['date "2025-01-27"']),
    ("Der Handel beginnt um 9 Uhr.", ['time "9 Uhr"']),
    ("Die Sitzung endet um 14:30.", ['time "14:30"']),
    ("Im 3. Quartal lief es besser.", ['ordinal "3."']),
    ("Er landete auf Platz 2.", ['ordinal "2"']),
    ("Der S&P 500 ist ein Index.", ['identifier "500"']),
    ("Das neue iPhone 15 kommt.", ['identifier "15"']),
    ("Siehe Seite 12.", ['identifier "12"']),
    ("Gemeint ist Artikel 5 des Vertrags.", ['identifier "5"']),
    ("Die Chips H100 und A100 sind gefragt.", []),
    ("Nach Covid-19 kam die Erholung.", []),
    ("Das Galaxy S24 ist neu.", []),
    ("Rufen Sie +49 30 1234567 an.", ['phone "+49 30 1234567"']),
    ("Telefon: 030 12345678", ['phone "030 12345678"']),
    ("1. Erster Punkt\n2. Zweiter Punkt", ['list "1."', 'list "2."']),
    ("Die Firma hat keine Angaben gemacht.", []),
    ("Es ging fast nichts mehr.", []),
    ("Zwei Firmen reagierten.", ['amount 2 count exact "Zwei" weak']),
    # currencies named without their country; a fraction without its zero
    ("Das Ticket kostet 300 Rupien.", ['amount 300 INR exact "300 Rupien"']),
    ("Er zahlte 80 Ringgit.", ['amount 80 MYR exact "80 Ringgit"']),
    ("Der Anteil betrug ,5 Prozent.", ['amount 0.5 % exact ",5 Prozent"']),
    # spelled decimals: "Komma" between the whole part and single digit words
    ("Der Umsatz lag bei zwei Komma fünf Millionen Euro.", ['amount 2.5e6 EUR exact "zwei Komma fünf Millionen Euro"']),
    ("Die Quote stieg auf drei Komma null sieben Prozent.", ['amount 3.07 % exact "drei Komma null sieben Prozent" direction=up change=to']),
    ("Der Wert sank um 1 Komma 5 Prozent.", ['amount 1.5 % exact "1 Komma 5 Prozent" direction=down']),
    # German speaks decimals in pairs too: "Komma zwanzig" is ,20
    ("Es waren am Ende zwei Komma zwanzig.", ['amount 2.20 count exact "zwei Komma zwanzig" weak']),
    ("Es waren 1 Komma 5 von ihnen.", []),
    ("Der Wert lag am Ende bei 1 Komma 1.", ['amount 1.1 count exact "1 Komma 1"']),
    ("Der Index lag bei tausendvierhundertsechzehn Komma fünfzehn.", ['amount 1416.15 count exact "tausendvierhundertsechzehn Komma fünfzehn"']),
    # compound numerals read by our grammar (ICU refuses these)
    ("Es gab hundertzwei Anrufe.", ['amount 102 count exact "hundertzwei" weak']),
    ("Gezählt wurden hunderttausend Stimmen.", ['amount 100000 count exact "hunderttausend"']),
    ("Im Saal saßen tausendachthundertzweiundfünfzig Gäste.", ['amount 1852 count exact "tausendachthundertzweiundfünfzig"']),
    ("Gemeldet wurden siebenhunderteinundzwanzigtausendundzwölf Stimmen.", ['amount 721012 count exact "siebenhunderteinundzwanzigtausendundzwölf"']),
    ("Es kamen dreiunddreissig Gäste.", ['amount 33 count exact "dreiunddreissig" weak']),
    ("Gezählt wurden vier Millionen dreihundertzwölftausendundachtzehn Stimmen.", ['amount 4312018 count exact "vier Millionen dreihundertzwölftausendundachtzehn"']),
    ("Die Schuld wuchs auf zwei Billiarden dreihundert Billionen Euro.", ['amount 2300000000000000 EUR exact "zwei Billiarden dreihundert Billionen Euro" direction=up change=to']),
    ("Achtung, Dreiecke und Einhörner!", []),
    # pronouns are numbers, articles are not; "keine" stays a negation
    ("Gekommen ist am Ende keiner.", ['amount 0 count exact "keiner" weak']),
    ("Übrig blieb nur eine.", ['amount 1 count exact "eine" weak']),
    ("Keine Angaben zum Umsatz.", []),
    ("Eine Frau kam herein.", []),
    # spelled fractions (weak without a unit, as other spelled numbers)
    # ... and a share of something, in percent (shares.c)
    ("Ein Drittel der Stimmen ging an ihn.", ['amount 33.3333333333 % exact "Ein Drittel"']),
    ("Drei Viertel der Firmen sparen.", ['amount 75 % exact "Drei Viertel"']),
    ("Der Anteil stieg um zwei Drittel Prozent.", ['amount 0.666666666667 % exact "zwei Drittel Prozent" direction=up']),
    ("Das Stadtviertel wächst.", []),
    # "über" after a word that governs it is no hedge
    ("Der Konzern verfügt über 50.000 Chips.", ['amount 50000 count exact "50.000"']),
    ("Der Konzern verfügt nach eigenen Angaben über 50.000 Chips.", ['amount 50000 count exact "50.000"']),
    ("Siemens erhielt einen Auftrag über 240 Millionen Euro.", ['amount 240e6 EUR exact "240 Millionen Euro"']),
    ("Es gab einen Auftrag über mehr als 240 Millionen Euro.", ['amount 240e6 EUR lower_strict "mehr als 240 Millionen Euro"']),
    ("Bei dem Unglück starben über 100 Menschen.", ['amount 100 count lower_strict "über 100"']),
    ("Der Vertrag hat über 50 Seiten.", ['amount 50 count lower_strict "über 50"']),
    ("Der Verband verfügt, so heißt es, über 700 Mitglieder.", ['amount 700 count lower_strict "über 700"']),
    # scope words bind to the figure's clause, not to a "weil" clause
    ("Die Aktie stürzte um 19 Prozent ab, weil Anleger weniger Umsatz erwarten.", ['amount 19 % exact "19 Prozent" direction=down']),
    ("Weil Anleger weniger erwarten, fiel die Aktie um 19 Prozent.", ['amount 19 % exact "19 Prozent" direction=down']),
    ("Die Aktie fiel, weil Analysten nur 5 Milliarden Euro Umsatz erwarten.", ['amount 5e9 EUR exact "5 Milliarden Euro" scope=forecast']),
    ("Analysten erwarten einen Gewinn von 5 Milliarden Euro.", ['amount 5e9 EUR exact "5 Milliarden Euro" scope=forecast']),
    # "vorübergehend" and "am Ende des Tages" are a scope only with market words
    ("Die Polizei nahm 3 Personen vorübergehend fest.", ['amount 3 count exact "3" attributed_to=police']),
    ("Die Aktie fiel vorübergehend um 5 Prozent.", ['amount 5 % exact "5 Prozent" scope=intraday direction=down']),
    ("Am Ende des Tages stand der Index 2 Prozent tiefer.", ['amount 2 % exact "2 Prozent" scope=close direction=down']),
    ("Am Ende des Tages waren 300 Menschen gekommen.", ['amount 300 count exact "300"']),
    ("Der Kurs ist um 5 Prozent eingebrochen.", ['amount 5 % exact "5 Prozent" direction=down']),
    # attribution in a normal form
    ("Nach Angaben eines Sprechers kamen 500 Menschen.", ['amount 500 count exact "500" attributed_to=spokesperson']),
    ("Laut einer Sprecherin kamen 500 Menschen.", ['amount 500 count exact "500" attributed_to=spokesperson']),
    # "um A auf B", "A Punkte auf B": a change and the level it led to, no
    # range and no change from A; a change of a percentage is in points
    ("Der Index fiel um 1 Punkt auf 500.", ['amount 1 count exact "1 Punkt" direction=down', 'amount 500 count exact "500" direction=down change=to']),
    ("Der Kurs fiel 2 Punkte auf 44.000.", ['amount 2 count exact "2 Punkte" direction=down', 'amount 44000 count exact "44.000" direction=down change=to']),
    ("Die Quote stieg um 2 auf 5 Prozent.", ['amount 2 pp exact "2" direction=up', 'amount 5 % exact "5 Prozent" direction=up change=to']),
    ("Der Umsatz stieg um 5 auf 20 Millionen Euro.", ['amount 5e6 EUR exact "5" direction=up', 'amount 20e6 EUR exact "20 Millionen Euro" direction=up change=to']),
    ("Der Dax stieg von 18.000 auf 19.000 Punkte.", ['amount 18000 count exact "18.000" direction=up change=from', 'amount 19000 count exact "19.000 Punkte" direction=up change=to']),
    ("Die Aktie stieg um 2 bis 3 Prozent.", ['amount 2..3 % range "2 bis 3 Prozent" direction=up']),
    ("Die Kosten steigen von 2 bis 3 Mio. Euro.", ['amount 2..3e6 EUR range "von 2 bis 3 Mio. Euro" direction=up']),
    # times and physical units are no counts
    ("Die Busse wurden zwischen 14 und 19 Uhr umgeleitet.", ['time "zwischen 14 und 19 Uhr"']),
    ("Die 4,5 Kilometer lange Route führte durch die Stadt.", ['physical 4.5 count exact "4,5 Kilometer" unit_text="Kilometer"']),
    ("Es wurden 5 Millionen Tonnen Stahl produziert.", ['physical 5e6 count exact "5 Millionen Tonnen" unit_text="Tonnen"']),
    ("Die Strecke ist 3 bis 5 Kilometer lang.", ['physical 3..5 count range "3 bis 5 Kilometer" unit_text="Kilometer"']),
    ("Der Streik dauerte 36 Stunden, 200 Menschen nahmen teil.", ['physical 36 count exact "36 Stunden" unit_text="Stunden"', 'amount 200 count exact "200"']),
    # physical quantities: read in full, unit as written
    ("Die Wanderung dauerte sechs Wochen.", ['physical 6 count exact "sechs Wochen" unit_text="Wochen"']),
    ("Der Koffer wog fast 23 kg.", ['physical 23 count approx_below "fast 23 kg" unit_text="kg"']),
    ("Nachts sank die Temperatur auf -12 °C.", ['physical -12 count exact "-12 °C" unit_text="°C"']),
    ("Gemessen wurden zwischen -5 °C und -15 °C.", ['physical -15..-5 count range "zwischen -5 °C und -15 °C" unit_text="°C"']),
    ("Man kaufte 5 l Milch.", ['physical 5 count exact "5 l" unit_text="l"']),
    ("Die Brücke ist 2 Kilometer lang und kostete 40 Euro pro Meter.", ['physical 2 count exact "2 Kilometer" unit_text="Kilometer"', 'amount 40 EUR exact "40 Euro" per="Meter"']),
    # signs: a sign word or a spaced hyphen where it cannot be a dash
    ("Der Saldo betrug minus 1.200.000.", ['amount -1200000 count exact "minus 1.200.000"']),
    ("Der Saldo war negativ 450 Millionen Euro.", ['amount -450e6 EUR exact "negativ 450 Millionen Euro"']),
    ("Der Saldo (- 7.000) steht im Bericht.", ['amount -7000 count exact "- 7.000"']),
    ("Saldo = - 12", ['amount -12 count exact "- 12"']),
    ("- 3.400.000", ['amount -3400000 count exact "- 3.400.000"']),
    ("- 30 neue Mitarbeiter kamen dazu.", ['amount 30 count exact "30"']),
    ("Der Umsatz - 40 Millionen Euro - blieb stabil.", ['amount 40e6 EUR exact "40 Millionen Euro"']),
    ("Der Dax schloss minus 1,5 Prozent.", ['amount 1.5 % exact "1,5 Prozent" scope=close direction=down']),
    ("Der Index lag minus 120 Punkte unter dem Vortag.", ['amount 120 count exact "120 Punkte" direction=down']),
    ("Nachts lagen die Werte zwischen minus 5 und minus 3 Grad.", ['physical -5..-3 count range "zwischen minus 5 und minus 3 Grad" unit_text="Grad"']),
    ("Der Dax fiel zwischen minus 2 und minus 3 Prozent.", ['amount 2..3 % range "zwischen minus 2 und minus 3 Prozent" direction=down']),
    ("Die Firma meldete minus drei Millionen Euro.", ['amount -3e6 EUR exact "minus drei Millionen Euro"']),
    # glued scales and fractions without a leading zero
    ("Das Netz hat 4M Nutzer.", ['amount 4e6 count exact "4M"']),
    ("Die Anlage hat 1,5M Nutzer.", ['amount 1.5e6 count exact "1,5M"']),
    ("Die Rate lag bei ,25G.", ['amount 0.25e9 count exact ",25G"']),
    ("Der Wert war -,5M.", ['amount -0.5e6 count exact "-,5M"']),
    ("Das 5G-Netz startet im Mai.", []),
    ("Er stand im Raum 4 M.", ['amount 4 count exact "4"']),
    # scientific notation
    ("Die Konstante ist 6,02e23.", ['amount 6.02e23 count exact "6,02e23"']),
    ("Der Fehler betrug 3,1×10−4.", ['amount 3.1e-4 count exact "3,1×10−4"']),
    ("Das Format 3x10 passt.", []),
    ("Beim Euro-Gipfel ging es um einen Dollar-Kredit, nicht um einen Euro.", ['amount 1 EUR exact "einen Euro" negated']),
    ("Der Liter Diesel kostet einen Cent mehr, die Cent-Münze bleibt.", ['amount 1e-2 EUR exact "einen Cent" direction=up']),
    ("Die Union kommt auf 31 Prozent (-1), die SPD auf 16 Prozent (+2); Fehlertoleranz plus minus 3 Prozentpunkte.",
     ['amount 31 % exact "31 Prozent"', 'amount 1 pp exact "-1" direction=down', 'amount 16 % exact "16 Prozent"',
      'amount 2 pp exact "+2" direction=up', 'amount 3 pp exact "3 Prozentpunkte"']),
    ("Bern zahlt SFr. 200 Mio., Ottawa C$ 5 Mrd.", ['amount 200e6 CHF exact "SFr. 200 Mio."', 'amount 5e9 CAD exact "C$ 5 Mrd."']),
    ("Die Preise lagen 3 Prozent höher als im Vorjahr, die Quote ist höher als 5 Prozent.",
     ['amount 3 % exact "3 Prozent" direction=up', 'amount 5 % lower_strict "höher als 5 Prozent"']),
    ("Fast jeder Zweite ist dafür, knapp ein Drittel dagegen; die Kosten stiegen um das Dreifache.",
     ['amount 50 % approx_below "Fast jeder Zweite"', 'amount 33.3333333333 % approx_below "knapp ein Drittel"',
      'amount 3 ratio exact "das Dreifache" direction=up']),
    ("Die Stadt zahlte 500.000,- Euro und 49,- € Gebühr; der Zins stieg auf 2 ½ Prozent.",
     ['amount 500000 EUR exact "500.000,- Euro"', 'amount 49 EUR exact "49,- €"',
      'amount 2.5 % exact "2 ½ Prozent" direction=up change=to']),
    ("In Bremen fiel bei rund 16.000 Haushalten der Strom aus, der Anstieg fiel mit 3 Prozent moderat aus.",
     ['amount 16000 count approx "rund 16.000"', 'amount 3 % exact "3 Prozent" direction=up']),
    ("Der Fonds stieg mit 5 Prozent bei der Bank ein; die Aktie stieg um 4 Prozent an.",
     ['amount 5 % exact "5 Prozent"', 'amount 4 % exact "4 Prozent" direction=up']),
    ("Die Zahl der Toten stieg bis Montag auf 30. Die Behörden warnten vor weiteren Opfern.",
     ['amount 30 count exact "30" direction=up change=to']),
    ("Im Landtag hat die SPD 32 Sitze, die Union 30. Ministerpräsident bleibt Woidke.",
     ['amount 32 count exact "32"', 'amount 30 count exact "30"']),
    ("Zum 5. Mal feierte sie im 2. und 3. Quartal ihren 80. Geburtstag.",
     ['ordinal "5."', 'ordinal "2."', 'ordinal "3."', 'ordinal "80."']),
    ("Die Neuverschuldung liegt bei 81,8 Milliarden Euro, davon 51,3 Milliarden im Kernhaushalt.",
     ['amount 81.8e9 EUR exact "81,8 Milliarden Euro"', 'amount 51.3e9 EUR exact "51,3 Milliarden"']),
    ("Der Umsatz lag bei 5 Milliarden Euro, der Gewinn bei 800 Millionen; die App hat 2 Milliarden Nutzer.",
     ['amount 5e9 EUR exact "5 Milliarden Euro"', 'amount 800e6 EUR exact "800 Millionen"',
      'amount 2e9 count exact "2 Milliarden"']),
    ("Die Polizei zählte 5,84 Millionen Fälle, 1,7 Prozent weniger als 2023.",
     ['amount 5.84e6 count exact "5,84 Millionen" attributed_to=police', 'amount 1.7 % exact "1,7 Prozent" attributed_to=police direction=down', 'year "2023"']),
    ("Die Exporte stiegen um 4 Prozent, mehr als 1999, und es kamen mehr als 2000 Besucher.",
     ['amount 4 % exact "4 Prozent" direction=up', 'year "1999"', 'amount 2000 count lower_strict "mehr als 2000"']),
    ("Der Umsatz überstieg 5 Milliarden Euro und übertraf 2019 deutlich; der Dax knackte 20.000 Punkte.",
     ['amount 5e9 EUR lower_strict "überstieg 5 Milliarden Euro"', 'year "2019"', 'amount 20000 count lower_strict "knackte 20.000 Punkte"']),
    ("Die Miete liegt bei 13 Euro pro Quadratmeter, der Lohn bei 15 Euro pro Stunde.", ['amount 13 EUR exact "13 Euro" per="Quadratmeter"', 'amount 15 EUR exact "15 Euro"']),
    ("Bis zum Ufer ist es ein Kilometer.", ['physical 1 count exact "ein Kilometer" unit_text="Kilometer"']),
    ("Der Hof erntet eine Tonne Äpfel, das Lager fasst 40 Tonnen.", ['physical 1 count exact "eine Tonne" unit_text="Tonne"', 'physical 40 count exact "40 Tonnen" unit_text="Tonnen"']),
    ("Die Probe enthielt 2,5·10^9 Zellen.", ['amount 2.5e9 count exact "2,5·10^9"']),
    ("Man schätzt 7 × 10⁶ Besucher.", ['amount 7e6 count exact "7 × 10⁶"']),
    # fractions written with digits
    ("Gut 1/4 der Befragten stimmte zu.", ['amount 0.25 count approx_above "Gut 1/4"']),
    ("Das Rohr misst 2 1/2 Zentimeter.", ['physical 2.5 count exact "2 1/2 Zentimeter" unit_text="Zentimeter"']),
    ("Man nehme ½ Liter Milch.", ['physical 0.5 count exact "½ Liter" unit_text="Liter"']),
    ("Ein ⅓ der Stimmen fehlte.", ['amount 0.333333333333333 count exact "⅓"']),
    ("Der Service läuft 24/7.", ['identifier "24/7"']),
    ("Das Spiel endete 3/1 für Bayern.", ['identifier "3/1"']),
    ("Am 1/5/2024 begann es.", ['date "1/5/2024"']),
    # money minor units joined to the amount
    ("Das Ticket kostet 20 Euro 50.", ['amount 20.50 EUR exact "20 Euro 50"']),
    ("Das Ticket kostet 3 Euro und 5 Cent.", ['amount 3.05 EUR exact "3 Euro und 5 Cent"']),
    ("Der Kaffee kostet 4 Franken 20 Rappen.", ['amount 4.20 CHF exact "4 Franken 20 Rappen"']),
    ("Er zahlte 20 Euro und 43 Leute kamen.", ['amount 20 EUR exact "20 Euro"', 'amount 43 count exact "43"']),
    ("Er zahlte 2,50 Euro und 43 Cent.", ['amount 2.50 EUR exact "2,50 Euro"', 'amount 43e-2 EUR exact "43 Cent"']),
    ("Das Haus kostete 450 000 Euro.", ['amount 450000 EUR exact "450 000 Euro"']),
    ("Er zahlte 20 Euro und 43 Euro.", ['amount 20 EUR exact "20 Euro"', 'amount 43 EUR exact "43 Euro"']),
    # ages and durations used as adjectives: a duration in years, physical
    ("Die 19-Jährige gewann das Rennen.", ['physical 19 count exact "19-Jährige" unit_text="Jährige"']),
    ("Ein 52-jähriger Radfahrer stürzte.", ['physical 52 count exact "52-jähriger" unit_text="jähriger"']),
    ("Befragt wurden die 16- bis 24-Jährigen.", ['physical 16..24 count range "16- bis 24-Jährigen" unit_text="Jährigen"']),
    ("Knapp ein Drittel der über 70-Jährigen lebt allein.", ['amount 33.3333333333 % approx_below "Knapp ein Drittel"', 'physical 70 count lower_strict "über 70-Jährigen" unit_text="Jährigen"']),
    ("Die Rendite der 30-jährigen Anleihe fiel auf 3,1 Prozent.", ['physical 30 count exact "30-jährigen" unit_text="jährigen"', 'amount 3.1 % exact "3,1 Prozent" direction=down change=to']),
    ("Er starb im Alter von 81 Jahren.", ['physical 81 count exact "81 Jahren" unit_text="Jahren"']),
    ("Sie starb im Alter von 77.", ['physical 77 count exact "im Alter von 77" unit_text="im Alter von"']),
    ("Der Fahrer, 58, blieb unverletzt.", ['physical 58 count exact "58"']),
    ("Es gab 12, 45 und 30 Stimmen.", ['amount 12 count exact "12"', 'amount 45 count exact "45"', 'amount 30 count exact "30"']),
    ("Es kamen 19 Jugendliche.", ['amount 19 count exact "19"']),
    # scores and tallies: no clock time, no range
    ("Leipzig siegte 4:2 in Bremen.", ['identifier "4:2"']),
    ("Die Partie endete 0:0.", ['identifier "0:0"']),
    ("Der Zug fährt um 7:45 ab.", ['time "7:45"']),
    ("Die Mannschaft gewann 3-0.", ['identifier "3-0"']),
    ("Die Mieten stiegen um 4-6 Prozent.", ['amount 4..6 % range "4-6 Prozent" direction=up']),
    ("Gebaut werden 8-10 Häuser.", ['amount 8..10 count range "8-10"']),
    # spans of years after a year word
    ("Im Geschäftsjahr 2022/23 sank der Gewinn.", ['year "2022/23"']),
    ("Das Wirtschaftsjahr läuft, im Jahr 2021/22 war es anders.", ['year "2021/22"']),
    # grades, levels, roads, limits, numbers one dials
    ("Ein Hurrikan der Kategorie 4 zieht auf.", ['identifier "4"']),
    ("Es gilt Warnstufe 3.", ['identifier "3"']),
    ("Auf der A 3 staute sich der Verkehr.", ['identifier "3"']),
    ("Die S 8 fährt zum Flughafen, er fuhr 5 er Runden.", ['identifier "8"', 'amount 5 count exact "5"']),
    ("Die B 96 bleibt gesperrt.", ['identifier "96"']),
    ("Im Ort gilt Tempo 30.", ['identifier "30"']),
    ("Wählen Sie den Notruf 110.", ['phone "110"']),
    ("Die Regel steht in Paragraf 219a.", []),
    # days of one month
    ("Die Messe läuft vom 12. bis 15. März.", ['date "12. bis 15. März"']),
    ("Die Messe läuft 12.-15. März.", ['date "12.-15. März"']),
    ("Am 12. März kamen 15 Besucher.", ['date "12. März"', 'amount 15 count exact "15"']),
    # physical units
    ("Die Konzentration lag bei 419,3 ppm.", ['physical 419.3 count exact "419,3 ppm" unit_text="ppm"']),
    ("Der Stern ist 120 Lichtjahre entfernt.", ['physical 120 count exact "120 Lichtjahre" unit_text="Lichtjahre"']),
    # sources after the figure (speech verbs) where two sources stand
    # against each other; a single "wie ... mitteilte" gives no attribution
    ("Rund 800 Menschen kamen, teilte die Polizei mit, die Veranstalter zählten 2.000.", ['amount 800 count approx "Rund 800" attributed_to=police', 'amount 2000 count exact "2.000" attributed_to=organisers']),
    ("Die Schäden lägen bei 12 Millionen Euro, sagte ein Sprecher der Stadtwerke, laut Gutachtern sind es 15 Millionen Euro.", ['amount 12e6 EUR exact "12 Millionen Euro" attributed_to=Stadtwerke', 'amount 15e6 EUR exact "15 Millionen Euro" attributed_to=Gutachtern']),
    ("Die Zahl der Fälle lag bei 700, wie das Landesamt mitteilte.", ['amount 700 count exact "700"']),
    ("Ein Drittel sagt, die Lage sei gut.", ['amount 33.3333333333 % exact "Ein Drittel" weak']),
    # German names in one form whatever their case
    ("Nach Angaben des Umweltministeriums sanken die Emissionen um 3 Prozent.", ['amount 3 % exact "3 Prozent" attributed_to=Umweltministerium direction=down']),
    ("Nach Angaben der Europäischen Zentralbank lag die Quote bei 4 Prozent.", ['amount 4 % exact "4 Prozent" attributed_to=Europäische Zentralbank']),
    ("Laut des Statistischen Bundesamts stieg die Zahl um 2 Prozent.", ['amount 2 % exact "2 Prozent" attributed_to=Statistisches Bundesamt direction=up']),
    # scope stays in its clause; market scopes only for prices and changes
    ("Die Aktie stieg um 4 Prozent; seit Jahresbeginn liegt sie 20 Prozent im Plus.", ['amount 4 % exact "4 Prozent" direction=up', 'amount 20 % exact "20 Prozent" scope=year to date direction=up']),
    ("Zeitweise waren 3.000 Haushalte ohne Heizung.", ['amount 3000 count exact "3.000"']),
    # expectations and earlier periods
    ("Experten hatten mit 2,1 Prozent gerechnet.", ['amount 2.1 % exact "2,1 Prozent" scope=forecast']),
    ("Bisher waren 30 Millionen Euro angepeilt.", ['amount 30e6 EUR exact "30 Millionen Euro" scope=forecast']),
    ("Der Gewinn lag bei 1,2 Mrd. Euro (Vorjahr: 1,5 Mrd. Euro).", ['amount 1.2e9 EUR exact "1,2 Mrd. Euro"', 'amount 1.5e9 EUR exact "1,5 Mrd. Euro" scope=prior_period']),
    ("Die Quote lag bei 3,1 Prozent, nach 2,9 Prozent im August.", ['amount 3.1 % exact "3,1 Prozent"', 'amount 2.9 % exact "2,9 Prozent" scope=prior_period']),
    ("Der Umsatz stieg gegenüber dem Vorjahr um 6 Prozent.", ['amount 6 % exact "6 Prozent" direction=up']),
    # direction: in its own clause only; levels reached by a change
    ("Heizöl war 4 Prozent billiger.", ['amount 4 % exact "4 Prozent" direction=down']),
    ("Die Zahl ging um 5 Prozent zurück.", ['amount 5 % exact "5 Prozent" direction=down']),
    ("Der Zins stieg auf 3 Prozent.", ['amount 3 % exact "3 Prozent" direction=up change=to']),
    ("Der Schaden belief sich auf 3 Millionen Euro.", ['amount 3e6 EUR exact "3 Millionen Euro"']),
    ("Die Partei kommt auf 25 Prozent, die Grünen auf 12 Prozent, ein Plus von zwei Punkten.", ['amount 25 % exact "25 Prozent"', 'amount 12 % exact "12 Prozent"', 'amount 2 pp exact "zwei Punkten" direction=up']),
    # a subordinate clause runs past the decimal comma of its figure
    ("Der Kurs fiel, weil er zuvor 3,5 Prozent verloren hatte.", ['amount 3.5 % exact "3,5 Prozent" direction=down']),
    ("Die Marge lag bei 6,1 Prozent (Vj. 5,8 Prozent).", ['amount 6.1 % exact "6,1 Prozent"', 'amount 5.8 % exact "5,8 Prozent" scope=prior_period']),
]

EN_HAND = [
    ("Growth will be between 5 and 6 percent.", ['amount 5..6 % range "between 5 and 6 percent"']),
    ("Growth will be from 5 to 6 percent.", ['amount 5..6 % range "from 5 to 6 percent"']),
    ("The margin was 5–6 %.", ['amount 5..6 % range "5–6 %"']),
    ("It costs $10-$20.", ['amount 10..20 USD range "$10-$20"']),
    ("Prices ranged between $3 and $4.", ['amount 3..4 USD range "between $3 and $4"']),
    ("Analysts see 7 to 9 billion dollars.", ['amount 7..9e9 USD range "7 to 9 billion dollars"']),
    ("The deal is worth US$4.7 billion.", ['amount 4.7e9 USD exact "US$4.7 billion"']),
    ("They raised USD 5.6 bn.", ['amount 5.6e9 USD exact "USD 5.6 bn"']),
    ("Market value fell by €563B.", ['amount 563e9 EUR exact "€563B" direction=down']),
    ("The budget is 5 MUSD.", ['amount 5e6 USD exact "5 MUSD"']),
    ("The firm earned $2.5k.", ['amount 2.5e3 USD exact "$2.5k"']),
    ("The firm earned $3m last year.", ['amount 3e6 USD exact "$3m"']),
    ("Debt reached $1.2tn.", ['amount 1.2e12 USD exact "$1.2tn"']),
    ("The index closed at 21,414.25 points.", ['amount 21414.25 count exact "21,414.25 points" scope=close']),
    ("The city has 1,234,567 people.", ['amount 1234567 count exact "1,234,567"']),
    ("Rates rose 25 basis points.", ['amount 25e-2 pp exact "25 basis points" direction=up']),
    ("Unemployment fell 0.3 percentage points.", ['amount 0.3 pp exact "0.3 percentage points" direction=down']),
    ("It grew twenty-five percent.", ['amount 25 % exact "twenty-five percent" direction=up']),
    ("It cost a hundred and two dollars.", ['amount 102 USD exact "a hundred and two dollars"']),
    ("It cost a million dollars.", ['amount 1e6 USD exact "a million dollars"']),
    ("Two and a half million people voted.", ['amount 2.5e6 count exact "Two and a half million"']),
    ("Three million two hundred thousand people voted.", ['amount 3200000 count exact "Three million two hundred thousand"']),
    ("Sales were 60-fold higher.", ['amount 60 ratio exact "60-fold" direction=up']),
    ("The loss was -3%.", ['amount -3 % exact "-3%" direction=down']),
    ("The fund holds £3bn.", ['amount 3e9 GBP exact "£3bn"']),
    ("It paid 100 yen.", ['amount 100 JPY exact "100 yen"']),
    ("It paid 5 Swiss francs.", ['amount 5 CHF exact "5 Swiss francs"']),
    ("It paid CA$5 million.", ['amount 5e6 CAD exact "CA$5 million"']),
    ("It has 5 million or more users.", ['amount 5e6 count lower_incl "5 million or more"']),
    ("Police said 12,000 people marched; organizers put it at 30,000.", ['amount 12000 count exact "12,000" attributed_to=police', 'amount 30000 count exact "30,000" attributed_to=organisers']),
    ("According to the police, 800 people came.", ['amount 800 count exact "800" attributed_to=police']),
    ("Shares rose as much as 9 percent in intraday trading.", ['amount 9 % upper_incl "as much as 9 percent" scope=intraday direction=up']),
    ("After hours the stock fell 4%.", ['amount 4 % exact "4%" scope=after-hours direction=down']),
    ("Year to date the index gained 12 percent.", ['amount 12 % exact "12 percent" scope=year to date direction=up']),
    ("Revenue is expected to reach $7 billion.", ['amount 7e9 USD exact "$7 billion" scope=forecast']),
    ("It never cost $5 million.", ['amount 5e6 USD exact "$5 million" negated']),
    ("The total was revised to 3.1 percent.", ['amount 3.1 % exact "3.1 percent" scope=revised']),
    ("In 1999 everything changed.", ['year "1999"']),
    ("Fiscal 2024 was strong.", ['year "2024"']),
    ("The plan runs until 2030.", ['year "2030"']),
    # decades are years, never amounts; two digits only after an apostrophe
    ("Rents rose in the 1970s and fell in the '80s.", ['year "1970s"', "year \"'80s\""]),
    ("The 2020s began badly for the 1990's hits.", ['year "2020s"', "year \"1990's\""]),
    ("Voters in their 40s and 1000s of fans were there.", []),
    ("The 1975s are no decade.", []),
    ("Rents there sit in the $2000s.", []),
    ("She took the S 7 train.", ['identifier "7"']),
    ("On January 27, 2025 the selloff began.", ['date "27"', 'year "2025"']),
    ("The deadline is 1/31/2025.", ['date "1/31/2025"']),
    ("Trading starts at 9:30.", ['time "9:30"']),
    ("We meet at 3 pm.", ['time "3 pm"']),
    ("The S&P 500 fell.", ['identifier "500"']),
    ("The new iPhone 15 is out.", ['identifier "15"']),
    ("See page 12.", ['identifier "12"']),
    ("The H100 and the R1 model are new.", []),
    ("After Covid-19 things changed.", []),
    ("He finished 1st and she 2nd.", []),
    ("Call +1 212 555 0100 now.", ['phone "+1 212 555 0100"']),
    ("1. First point\n2. Second point", ['list "1."', 'list "2."']),
    ("Nobody knows anything.", []),
    ("Two companies reacted.", ['amount 2 count exact "Two" weak']),
    # Indian scale words, currencies named without their country
    ("The farmer sold the land for 12 lakh rupees.", ['amount 12e5 INR exact "12 lakh rupees"']),
    ("Flats in the suburb now sell for 45 lkh rupees.", ['amount 45e5 INR exact "45 lkh rupees"']),
    ("The ministry set aside 450 crore for roads.", ['amount 450e7 count exact "450 crore"']),
    ("Tickets cost Rs. 250 each.", ['amount 250 INR exact "Rs. 250"']),
    ("A meal costs about 35 ringgit in the city.", ['amount 35 MYR approx "about 35 ringgit"']),
    ("A fee of RM 15 applies.", ['amount 15 MYR exact "RM 15"']),
    ("Rent rose to 4,000 riyals.", ['amount 4000 SAR exact "4,000 riyals" direction=up change=to']),
    ("The fine was 900 shekels.", ['amount 900 ILS exact "900 shekels"']),
    # "rial" and "dinar" name several currencies: no code is guessed (XXX
    # with a number, nothing without)
    ("Prices in rials rose 40 percent.", ['amount 40 % exact "40 percent" direction=up']),
    ("Dinars and rials were traded.", []),
    # a fraction without its leading zero
    ("The coin weighs .25 ounces.", ['amount 0.25 count exact ".25"']),
    # spelled decimals: "point" between the whole part and single digit words
    ("Sales rose to two point two million units.", ['amount 2.2e6 count exact "two point two million" direction=up change=to']),
    ("Shares rose 1 point 5 percent.", ['amount 1.5 % exact "1 point 5 percent" direction=up']),
    ("Inflation was zero point seven percent.", ['amount 0.7 % exact "zero point seven percent"']),
    ("The score was two point twenty.", []),
    ("The score was two point 5 in the end.", []),
    ("It won by 1 point 5 minutes later.", []),
    ("The ratio ended at 1 point 1.", ['amount 1.1 count exact "1 point 1"']),
    # declined: "point 77" as 0.77 and "one twenty two" as 122 (doc/number-words.md)
    ("At one point 77 people were inside.", ['amount 77 count exact "77"']),
    ("At that point 77 guests had left.", ['amount 77 count exact "77"']),
    ("The bus was the one twenty two.", ['amount 1 count exact "one" weak', 'amount 22 count exact "twenty two" weak']),
    # long runs: stacked scales, the Indian scale words
    ("The trust holds three thousand millions in bonds.", ['amount 3e9 count exact "three thousand millions"']),
    ("The budget is three crore twelve lakh rupees.", ['amount 31200000 INR exact "three crore twelve lakh rupees"']),
    ("Tickets earned Rs 5 cr.", ['amount 5e7 INR exact "Rs 5 cr"']),
    ("The fund has 4 lac members.", ['amount 4e5 count exact "4 lac"']),
    ("The state spent 12 krores on the bridge.", ['amount 12e7 count exact "12 krores"']),
    ("The festival cost one koti rupees.", ['amount 1e7 INR exact "one koti rupees"']),
    ("A room there costs 900 kr a night.", ['amount 900 count exact "900"']),
    # dozens multiply; vague amounts are approx and weak
    ("They sold 200 dozens of eggs.", ['amount 2400 count exact "200 dozens"']),
    ("She baked two dozen rolls.", ['amount 24 count exact "two dozen" weak']),
    ("He bought a dozen eggs.", ['amount 12 count exact "a dozen" weak']),
    ("We spoke a few words.", ['amount 3 count approx "a few" weak']),
    ("It took a couple of days.", ['amount 2 count approx "a couple" weak']),
    ("He owns a pair of boots.", ['amount 2 count exact "a pair" weak']),
    ("Few expect a cut.", []),
    ("The final score was nil.", ['amount 0 count exact "nil" weak']),
    ("The single market grew.", []),
    ("They spoke to one of them.", ['amount 1 count exact "one" weak']),
    # spelled fractions; English tells them from ordinals by number
    ("Two thirds of voters agreed.", ['amount 66.6666666667 % exact "Two thirds"']),
    ("The odds are one sixth.", ['amount 16.6666666667 % exact "one sixth" weak']),
    ("It is three halves of that.", ['amount 1.5 count exact "three halves" weak']),
    ("He won a third of the vote.", ['amount 33.3333333333 % exact "a third"']),
    ("She seeks a third term.", []),
    # currency words
    ("Tickets cost Rs20 each.", ['amount 20 INR exact "Rs20"']),
    ("The Audi RS6 is fast.", []),
    ("A cab costs 42 LE here.", ['amount 42 EGP exact "42 LE"']),
    ("A tea costs 8 l.e. and le menu is long.", ['amount 8 EGP exact "8 l.e."']),
    ("The fee is ten tugriks.", ['amount 10 MNT exact "ten tugriks"']),
    ("The fare is 10 dinars.", ['amount 10 XXX exact "10 dinars"']),
    ("Bread now costs 15 geneh at the bakery.", ['amount 15 EGP exact "15 geneh"']),
    ("The fine rose to 200 genihat.", ['amount 200 EGP exact "200 genihat" direction=up change=to']),
    # "a" before a currency sign is no figure of its own
    ("The firm won a $250 million order.", ['amount 250e6 USD exact "$250 million"']),
    ("They signed an €80 million deal.", ['amount 80e6 EUR exact "€80 million"']),
    ("It cost a dollar.", ['amount 1 USD exact "a dollar"']),
    ("Labour 41% (+1), Conservatives 24% (−2); margin of error plus or minus 3 points.",
     ['amount 41 % exact "41%"', 'amount 1 pp exact "+1" direction=up', 'amount 24 % exact "24%"',
      'amount 2 pp exact "−2" direction=down', 'amount 3 count exact "3 points"']),
    ("Ottawa pledged C$500m and Singapore S$2bn.", ['amount 500e6 CAD exact "C$500m"', 'amount 2e9 SGD exact "S$2bn"']),
    ("Renewables rose by a third to 42%, and costs rose fourfold.",
     ['amount 33.3333333333 % exact "a third" direction=up', 'amount 42 % exact "42%" direction=up change=to',
      'amount 4 ratio exact "fourfold" direction=up']),
    ("The flight took 2 ½ hours.", ['physical 2.5 count exact "2 ½ hours" unit_text="hours"']),
    ("The jobless rate rose to 4.3 per cent in the three months to September, from 4.0 per cent.",
     ['amount 4.3 % exact "4.3 per cent" direction=up change=to', 'physical 3 count exact "three months" unit_text="months"',
      'amount 4.0 % exact "4.0 per cent" change=from']),
    ("Vacancies dropped for a third month, by 35,000 to 831,000; prices rose by 5 to 7 percent.",
     ['amount 35000 count exact "35,000"', 'amount 831000 count exact "831,000"',
      'amount 5..7 % range "5 to 7 percent" direction=up']),
    ("The project cost $5bn, 2 billion more than planned; the fund holds $5bn, and 2 billion shares trade.",
     ['amount 5e9 USD exact "$5bn"', 'amount 2e9 USD exact "2 billion" direction=up', 'amount 5e9 USD exact "$5bn"',
      'amount 2e9 count exact "2 billion"']),
    ("Storm damage topped $180bn, and sales exceeded 2019 levels.",
     ['amount 180e9 USD lower_strict "topped $180bn"', 'year "2019"']),
    ("Exports surpassed 2,000 tonnes a week.", ['physical 2000 count lower_strict "surpassed 2,000 tonnes" unit_text="tonnes"']),
    ("The fee is €103m plus add-ons; the index was plus 1.2% by noon.",
     ['amount 103e6 EUR exact "€103m"', 'amount 1.2 % exact "1.2%" direction=up']),
    ("Sales were 3% lower than 2022, and costs 5% higher than 2019.",
     ['amount 3 % exact "3%" direction=down', 'year "2022"', 'amount 5 % exact "5%" direction=up', 'year "2019"']),
    ("A study of 12,000 adults found a 23% lower risk; prices stood 3.7% higher than a year ago.",
     ['amount 12000 count exact "12,000"', 'amount 23 % exact "23%" direction=down',
      'amount 3.7 % exact "3.7%" direction=up']),
    ("Petrol went up by a penny a litre, and the card fee is a cent; a penny-pinching council.",
     ['amount 1e-2 GBP exact "a penny" per="litre" direction=up', 'amount 1e-2 USD exact "a cent"']),
    # ... but a currency word joined by a hyphen is a compound, no amount
    ("The state sold a dollar-denominated bond and a euro-area note.", []),
    # "over" after a word that governs it is no hedge
    ("A dispute over 500 jobs began.", ['amount 500 count exact "500"']),
    ("Over 500 people came.", ['amount 500 count lower_strict "Over 500"']),
    # scope words bind to the figure's clause
    ("Shares fell 19 percent because investors expected weaker demand.", ['amount 19 % exact "19 percent" direction=down']),
    ("The stock briefly rose 3 percent.", ['amount 3 % exact "3 percent" scope=intraday direction=up']),
    ("Police said 3 people were briefly detained.", ['amount 3 count exact "3" attributed_to=police']),
    ("At the end of the day the index was 2 percent lower.", ['amount 2 % exact "2 percent" scope=close direction=down']),
    ("At the end of the day 300 people came.", ['amount 300 count exact "300"']),
    # attribution in a normal form
    ("According to a spokesman, 500 people came.", ['amount 500 count exact "500" attributed_to=spokesperson']),
    # "fell A to B" with a unit on A alone, or with B far above A: a change
    # and the level it led to, never a range; "rose from A to B": a change
    ("The index fell 1 point to 500.", ['amount 1 count exact "1 point" direction=down', 'amount 500 count exact "500" direction=down change=to']),
    ("The Dow rose 2 points to 44,000.", ['amount 2 count exact "2 points" direction=up', 'amount 44000 count exact "44,000" direction=up change=to']),
    ("The index fell by 1 to 500.", ['amount 1 count exact "1" direction=down', 'amount 500 count exact "500" direction=down change=to']),
    ("Sales fell by about 1 point to 500.", ['amount 1 count approx "about 1 point" direction=down', 'amount 500 count exact "500" direction=down change=to']),
    ("Unemployment rose 0.2 to 4.1 percent.", ['amount 0.2 pp exact "0.2" direction=up', 'amount 4.1 % exact "4.1 percent" direction=up change=to']),
    ("Shares rose $2 to $40.", ['amount 2 USD exact "$2" direction=up', 'amount 40 USD exact "$40" direction=up change=to']),
    ("Revenue rose 5 percent to 6 billion.", ['amount 5 % exact "5 percent" direction=up', 'amount 6e9 count exact "6 billion" direction=up change=to']),
    ("The rate rose from 3 to 3.25 percent.", ['amount 3 % exact "3" direction=up change=from', 'amount 3.25 % exact "3.25 percent" direction=up change=to']),
    ("The index fell from 20,000 points to 19,500.", ['amount 20000 count exact "20,000 points" direction=down change=from', 'amount 19500 count exact "19,500" direction=down change=to']),
    ("Shares fell from 5 percent to $20.", ['amount 5 % exact "5 percent" direction=down', 'amount 20 USD exact "$20" direction=down change=to']),
    # ... while ranges stay ranges
    ("Growth will be 5 to 6 percent.", ['amount 5..6 % range "5 to 6 percent"']),
    ("The cost is $10 to $20 million.", ['amount 10..20e6 USD range "$10 to $20 million"']),
    ("Prices rose 10 to 12 percent.", ['amount 10..12 % range "10 to 12 percent" direction=up']),
    ("Shares rose $2 to $3.", ['amount 2..3 USD range "$2 to $3" direction=up']),
    ("The fund posted a gain of 2 to 3 percent.", ['amount 2..3 % range "2 to 3 percent" direction=up']),
    # times and physical units are no counts
    ("Buses were diverted between 2 and 7 pm.", ['time "between 2 and 7 pm"']),
    ("The route is 4.5 kilometers long.", ['physical 4.5 count exact "4.5 kilometers" unit_text="kilometers"']),
    ("The strike lasted 36 hours and 200 people joined.", ['physical 36 count exact "36 hours" unit_text="hours"', 'amount 200 count exact "200"']),
    # physical quantities: read in full, unit as written
    ("The hike took six weeks.", ['physical 6 count exact "six weeks" unit_text="weeks"']),
    ("The parcel weighed 12kg.", ['physical 12 count exact "12kg" unit_text="kg"']),
    ("Patients got 20 mg to 40 mg daily.", ['physical 20..40 count range "20 mg to 40 mg" unit_text="mg"']),
    ("Patients got between 20 and 40 mg daily.", ['physical 20..40 count range "between 20 and 40 mg" unit_text="mg"']),
    ("Nights ranged from -7 °C to -21 °C.", ['physical -21..-7 count range "from -7 °C to -21 °C" unit_text="°C"']),
    ("A 6- to 9-meter wall was built.", ['physical 6..9 count range "6- to 9-meter" unit_text="meter"']),
    ("They drank 3 to 4 L of water.", ['physical 3..4 count range "3 to 4 L" unit_text="L"']),
    ("They walked 5 miles to 10 km of road.", ['physical 5 count exact "5 miles" unit_text="miles"', 'physical 10 count exact "10 km" unit_text="km"']),
    # signs
    ("The balance was minus 2,500,000.", ['amount -2500000 count exact "minus 2,500,000"']),
    ("The balance was negative 40 million dollars.", ['amount -40e6 USD exact "negative 40 million dollars"']),
    ("The reading was negative seven hundred and two.", ['amount -702 count exact "negative seven hundred and two" weak']),
    ("Balance (- 3,100) after fees.", ['amount -3100 count exact "- 3,100"']),
    ("- 8,500", ['amount -8500 count exact "- 8,500"']),
    ("- 12 new hires joined.", ['amount 12 count exact "12"']),
    ("Revenue - 40 million dollars - was reported.", ['amount 40e6 USD exact "40 million dollars"']),
    ("The account held between negative 5 and negative 3 dollars.", ['amount -5..-3 USD range "between negative 5 and negative 3 dollars"']),
    ("The index closed minus 2 percent.", ['amount 2 % exact "2 percent" scope=close direction=down']),
    ("The test came back negative, 5 people were sent home.", ['amount 5 count exact "5"']),
    # glued scales, leading decimal separator
    ("The app has 7M users.", ['amount 7e6 count exact "7M"']),
    ("Throughput hit .25G today.", ['amount 0.25e9 count exact ".25G"']),
    ("The delta was -.5M overall.", ['amount -0.5e6 count exact "-.5M"']),
    ("The 5G rollout starts.", []),
    ("Version 1.2.5G shipped.", []),
    # scientific notation
    ("The rate is 4e14 per second.", ['amount 4e14 count exact "4e14"']),
    ("Set it to -2e-3 now.", ['amount -2e-3 count exact "-2e-3"']),
    ("The drift was 7.1×10−6 in total.", ['amount 7.1e-6 count exact "7.1×10−6"']),
    ("The error is 5.5x10-3 only.", ['amount 5.5e-3 count exact "5.5x10-3"']),
    ("The panel is 3x10 in size.", []),
    # an article before a unit of measure is one of it, except after a
    # figure (a price per unit) and for units of rates and idioms
    ("The depot lies a kilometre north of town.", ['physical 1 count exact "a kilometre" unit_text="kilometre"']),
    ("Diesel sold for $5 a gallon.", ['amount 5 USD exact "$5" per="gallon"']),
    ("Net income was €2.1bn, or €2.56 a share; staff earn £350,000 a week and $10 an hour.",
     ['amount 2.1e9 EUR exact "€2.1bn"', 'amount 2.56 EUR exact "€2.56" per="share"',
      'amount 350000 GBP exact "£350,000"', 'amount 10 USD exact "$10"']),
    ("Staff met twice a day and spent a ton of effort.", []),
    ("The old disk held a megabyte.", ['physical 1 count exact "a megabyte" unit_text="megabyte"']),
    ("The sample held 4.2 x 10^9 cells.", ['amount 4.2e9 count exact "4.2 x 10^9"']),
    ("The dish held 1.1·10⁻³ of it.", ['amount 1.1e-3 count exact "1.1·10⁻³"']),
    ("The chip stores 4x2^20 words.", ['amount 4194304 count exact "4x2^20"']),
    ("Solve 3x2-1 first.", ['amount 1 count exact "1"']),
    ("Model F4e5 is new.", []),
    # fractions written with digits
    ("About 2/5 of voters agreed.", ['amount 0.4 count approx "About 2/5"']),
    ("A 3/8 inch bolt is needed.", ['physical 0.375 count exact "3/8 inch" unit_text="inch"']),
    ("The board is 1 3/4 inch thick.", ['physical 1.75 count exact "1 3/4 inch" unit_text="inch"']),
    ("Add ¾ cup and 2½ spoons.", ['amount 0.75 count exact "¾"', 'amount 2.5 count exact "2½"']),
    ("Only 1/6 of them stayed.", ['amount 0.166666666666666 count exact "1/6"']),
    ("Open 24/7 all year.", ['identifier "24/7"']),
    ("The ratio 1/0 is undefined.", ['identifier "1/0"']),
    ("It started on 3/15/2024.", ['date "3/15/2024"']),
    # money minor units joined to the amount
    ("It cost $12 and 75c.", ['amount 12.75 USD exact "$12 and 75c"']),
    ("It cost 12 dollars 5 cents.", ['amount 12.05 USD exact "12 dollars 5 cents"']),
    ("It cost 4 GBP 60 pence.", ['amount 4.60 GBP exact "4 GBP 60 pence"']),
    ("A ticket is $7 25.", ['amount 7.25 USD exact "$7 25"']),
    ("A ticket is US$9 and sixty.", ['amount 9.60 USD exact "US$9 and sixty"']),
    ("It sold for more than 2 dollars and ten cents.", ['amount 2.10 USD lower_strict "more than 2 dollars and ten cents"']),
    ("We paid $20 and 43 people came.", ['amount 20 USD exact "$20"', 'amount 43 count exact "43"']),
    ("We paid $20 and $43.", ['amount 20 USD exact "$20"', 'amount 43 USD exact "$43"']),
    ("We paid $20 in 2019.", ['amount 20 USD exact "$20"', 'year "2019"']),
    ("It was $5 million and 40 cents.", ['amount 5e6 USD exact "$5 million"', 'amount 40e-2 USD exact "40 cents"']),
    ("Prices were between $20 and 43.", ['amount 20..43 USD range "between $20 and 43"']),
    # glued currency abbreviations, spaces as thousands separators before money
    ("The fare was Rs40 per trip.", ['amount 40 INR exact "Rs40" per="trip"']),
    ("Model Gx40 and the ab12 plan.", []),
    ("It was valued at 12 000 dollars.", ['amount 12000 USD exact "12 000 dollars"']),
    ("In 2019 500 dollars were raised.", ['year "2019"', 'amount 500 USD exact "500 dollars"']),
    ("The codes 245 23 were sent.", ['amount 245 count exact "245"', 'amount 23 count exact "23"']),
    # clock times need two-digit minutes
    ("The grid is 2.125 pm wide.", ['amount 2.125 count exact "2.125"']),
    ("We met at 2.30 pm.", ['time "2.30 pm"']),
    # ages and durations used as adjectives: a duration in years, physical
    ("The 19-year-old won the race.", ['physical 19 count exact "19-year-old" unit_text="year-old"']),
    ("A 52-year-old cyclist fell.", ['physical 52 count exact "52-year-old" unit_text="year-old"']),
    ("Most 16- to 24-year-olds agreed.", ['physical 16..24 count range "16- to 24-year-olds" unit_text="year-olds"']),
    ("A woman aged 77 died.", ['physical 77 count exact "aged 77" unit_text="aged"']),
    ("People aged between 18 and 24 agreed.", ['physical 18..24 count range "aged between 18 and 24" unit_text="aged"']),
    ("The driver, 58, was unhurt.", ['physical 58 count exact "58"']),
    ("The votes were 12, 45, 30 and 9.", ['amount 12 count exact "12"', 'amount 45 count exact "45"', 'amount 30 count exact "30"', 'amount 9 count exact "9"']),
    ("The 2-year Treasury yield fell to 4.1%.", ['physical 2 count exact "2-year" unit_text="year"', 'amount 4.1 % exact "4.1%" direction=down change=to']),
    ("They unveiled a ten-year plan.", ['physical 10 count exact "ten-year" unit_text="year"']),
    ("Rates hit a six-month high.", ['physical 6 count exact "six-month" unit_text="month"']),
    ("The 2023 year-end figures were late.", ['year "2023"']),
    ("They hired 19 teenagers.", ['amount 19 count exact "19"']),
    # scores and tallies: a descending dash pair is no range
    ("Leeds won 4-2 at home.", ['identifier "4-2"']),
    ("The teams drew 1-1.", ['identifier "1-1"']),
    ("The court split 6-3 on the case.", ['identifier "6-3"']),
    ("The ratio was 2:1.", ['identifier "2:1"']),
    ("We met at 7:45.", ['time "7:45"']),
    ("Rents rose 4-6 percent.", ['amount 4..6 % range "4-6 percent" direction=up']),
    ("They built 8-10 homes.", ['amount 8..10 count range "8-10"']),
    # spans of years after a year word
    ("Sales fell in fiscal 2022/23.", ['year "2022/23"']),
    ("FY2022/23 was weak.", ['year "2022/23"']),
    # grades, levels, numbers one dials
    ("A Category 4 hurricane is coming.", ['identifier "4"']),
    ("The alert stands at Level 3.", ['identifier "3"']),
    ("Patients in Stage 2 improved.", ['identifier "2"']),
    ("Emergency calls to 999 rose.", ['phone "999"']),
    ("A 20 percent rise came.", ['amount 20 % exact "20 percent" direction=up']),
    # days of one month
    ("The fair runs March 12-15.", ['date "12-15"']),
    ("The fair runs from March 12 to 15.", ['date "12 to 15"']),
    ("The fair runs 12-15 March.", ['date "12-15 March"']),
    # physical units written the British way or abbreviated; "c" is cents
    ("Highs of 38C are forecast.", ['physical 38 count exact "38C" unit_text="C"']),
    ("Warming of 1.5C is the limit.", ['physical 1.5 count exact "1.5C" unit_text="C"']),
    ("It cost $2 and 43c.", ['amount 2.43 USD exact "$2 and 43c"']),
    ("CO2 hit 419.3ppm.", ['physical 419.3 count exact "419.3ppm" unit_text="ppm"']),
    ("CO2 hit 419.3 parts per million.", ['physical 419.3 count exact "419.3 parts per million" unit_text="parts per million"']),
    ("The star is 120 light-years away.", ['physical 120 count exact "120 light-years" unit_text="light-years"']),
    # sources after the figure where two sources stand against each other;
    # one "officials said" alone gives no attribution
    ("Turnout was 61%, the council said, though campaigners put the figure at 55%.", ['amount 61 % exact "61%" attributed_to=council', 'amount 55 % exact "55%" attributed_to=campaigners']),
    ("Fewer than 500 homes were affected, officials said.", ['amount 500 count upper_strict "Fewer than 500"']),
    ("He said 400 staff would go, and the union said 600 would.", ['amount 400 count exact "400"', 'amount 600 count exact "600"']),
    ("Police counted 900 marchers, while the organisers claimed 3,000.", ['amount 900 count exact "900" attributed_to=police', 'amount 3000 count exact "3,000" attributed_to=organisers']),
    ("The survey found 2,000 cases, according to the Office for Rail and Road.", ['amount 2000 count exact "2,000" attributed_to=Office for Rail and Road']),
    # scope stays with the figure it follows; market scopes need a market
    ("The index rose 0.8% to 7,300 points and the Dow gained as much as 1.9% intraday.", ['amount 0.8 % exact "0.8%" direction=up', 'amount 7300 count exact "7,300 points" direction=up change=to', 'amount 1.9 % upper_incl "as much as 1.9%" scope=intraday direction=up']),
    ("At times 900 people were waiting.", ['amount 900 count exact "900"']),
    # expectations and earlier periods
    ("Profit was $2.1bn, missing expectations of $2.4bn.", ['amount 2.1e9 USD exact "$2.1bn"', 'amount 2.4e9 USD exact "$2.4bn" scope=forecast']),
    ("Inflation was 2.4%, compared with 3.1% a year earlier.", ['amount 2.4 % exact "2.4%"', 'amount 3.1 % exact "3.1%" scope=prior_period']),
    ("Sales rose 4% from a year earlier.", ['amount 4 % exact "4%" direction=up']),
    # direction in its own clause; levels and their start
    ("The party is at 25%, the Greens at 12%, up two points.", ['amount 25 % exact "25%"', 'amount 12 % exact "12%"', 'amount 2 pp exact "two points" direction=up']),
    ("Analysts cut the target to $50 from $70.", ['amount 50 USD exact "$50" direction=down change=to', 'amount 70 USD exact "$70" direction=down change=from']),
    ("The deal valued the firm at $4bn after shares fell 3%.", ['amount 4e9 USD exact "$4bn"', 'amount 3 % exact "3%" direction=down']),
    ("The rate was 4.4%, compared with 4.1% a year earlier, the agency said, while economists had expected 4.3%.", ['amount 4.4 % exact "4.4%"', 'amount 4.1 % exact "4.1%" scope=prior_period', 'amount 4.3 % exact "4.3%" scope=forecast']),
]

# values, units and hedges of figures in news text (vague quantities, minor
# units of money, shares, partner ends, hedges, multipliers, points)
DE_VALUES = [
    # vague quantities of hundreds and thousands are no figure; plurals of
    # round numbers are at least two of them
    ("Der Schaden liegt bei einigen hundert Millionen Euro.", []),
    ("Es kostet mehrere hundert Millionen Euro.", []),
    ("Ein paar tausend Euro fehlen, 5 Euro nicht.", ['amount 5 EUR exact "5 Euro"']),
    ("Hunderte Menschen kamen, Tausende blieben fern.",
     ['amount 200 count lower_incl "Hunderte"', 'amount 2000 count lower_incl "Tausende"']),
    ("Zehntausende demonstrierten, Hunderte Millionen Euro fehlen.",
     ['amount 20000 count lower_incl "Zehntausende"', 'amount 200e6 EUR lower_incl "Hunderte Millionen Euro"']),
    ("Einige Experten nennen 4 Prozent.", ['amount 4 % exact "4 Prozent"']),
    ("Es kostet hundert Millionen Euro.", ['amount 100e6 EUR exact "hundert Millionen Euro"']),
    # minor units alone are money of the currency they name
    ("Die Kugel Eis kostet 32 Cent.", ['amount 32e-2 EUR exact "32 Cent"']),
    ("In Zürich kostet die Semmel 99 Rappen.", ['amount 99e-2 CHF exact "99 Rappen"']),
    ("Der Preis lag zwischen 20 und 30 Cent.", ['amount 20..30e-2 EUR range "zwischen 20 und 30 Cent"']),
    # the partner end lends scale and unit
    # prices and rates per unit name the unit (per=); a time is no such unit
    ("Strom kostete 45 Euro pro Megawattstunde, die Dividende 2,10 Euro je Aktie.", ['amount 45 EUR exact "45 Euro" per="Megawattstunde"', 'amount 2.10 EUR exact "2,10 Euro" per="Aktie"']),
    ("Die Mieten steigen um 3 Prozent pro Jahr.", ['amount 3 % exact "3 Prozent" direction=up']),
    # alternatives are a range; of different units, two figures
    ("Die Mieten stiegen um 3 oder 4 Prozent.", ['amount 3..4 % range "3 oder 4 Prozent" direction=up']),
    # a figure that restates its neighbour in another unit shares its direction
    ("Die Aktie fiel um 4 Euro (3 Prozent).", ['amount 4 EUR exact "4 Euro" direction=down', 'amount 3 % exact "3 Prozent" direction=down']),
    ("Die Ausgaben steigen um 1,3 Milliarden auf 53,25 Milliarden Euro.",
     ['amount 1.3e9 EUR exact "1,3 Milliarden" direction=up', 'amount 53.25e9 EUR exact "53,25 Milliarden Euro" direction=up change=to']),
    ("Nicht 5, sondern 7 Milliarden Euro fehlen.",
     ['amount 5e9 EUR exact "5" negated', 'amount 7e9 EUR exact "7 Milliarden Euro"']),
    ("Die Zahl der Nutzer stieg von 3 auf 4 Millionen.",
     ['amount 3e6 count exact "3" direction=up change=from',
      'amount 4e6 count exact "4 Millionen" direction=up change=to']),
    ("Die Zahl stieg um 120.000 auf drei Millionen.",
     ['amount 120000 count exact "120.000" direction=up', 'amount 3e6 count exact "drei Millionen" direction=up change=to']),
    ("Es kamen nicht 5, sondern 7 Gäste.", ['amount 5 count exact "5" negated', 'amount 7 count exact "7"']),
    # points of a percentage are percentage points; index points stay
    ("Die Inflationsrate sank um 0,3 Punkte auf 2,2 Prozent.",
     ['amount 0.3 pp exact "0,3 Punkte" direction=down', 'amount 2.2 % exact "2,2 Prozent" direction=down change=to']),
    ("Die SPD verbessert sich um einen Punkt auf 16 Prozent.",
     ['amount 1 pp exact "einen Punkt"', 'amount 16 % exact "16 Prozent"']),
    ("Die Union kommt auf 30 Prozent, ein Plus von 2 Punkten.",
     ['amount 30 % exact "30 Prozent"', 'amount 2 pp exact "2 Punkten" direction=up']),
    ("Der Dax verlor 120 Punkte oder 0,5 Prozent.",
     ['amount 120 count exact "120 Punkte" direction=down', 'amount 0.5 % exact "0,5 Prozent" direction=down']),
    ("Der Dax verlor 12 Punkte oder 0,1 Prozent.",
     ['amount 12 count exact "12 Punkte" direction=down', 'amount 0.1 % exact "0,1 Prozent" direction=down']),
    ("Das ist ein Punkt der Kritik.", []),
    # hedges
    ("Tickets gibt es ab 19,99 Euro.", ['amount 19.99 EUR lower_incl "ab 19,99 Euro"']),
    ("Ab 2026 gilt das Gesetz.", ['year "2026"']),
    ("Wer jünger als 21 ist, zahlt nichts.", ['amount 21 count upper_strict "jünger als 21"']),
    ("Ab 60 Jahren sinkt der Beitrag.", ['physical 60 count lower_incl "Ab 60 Jahren" unit_text="Jahren"']),
    ("Der Preis liegt von 10 bis 20 Euro.", ['amount 10..20 EUR range "von 10 bis 20 Euro"']),
    # shares in words are percentages
    ("Der Anteil stieg von einem Drittel auf 40 Prozent.",
     ['amount 33.3333333333 % exact "einem Drittel" direction=up change=from',
      'amount 40 % exact "40 Prozent" direction=up change=to']),
    ("Etwa zwei Drittel der Befragten sind dafür, jeder Fünfte ist dagegen.",
     ['amount 66.6666666667 % approx "Etwa zwei Drittel"', 'amount 20 % exact "jeder Fünfte"']),
    ("Knapp jeder vierte Mann und jede zehnte Frau rauchen.",
     ['amount 25 % approx_below "Knapp jeder vierte"', 'amount 10 % exact "jede zehnte"']),
    ("Mehr als die Hälfte der Mitglieder stimmte zu.", ['amount 50 % lower_strict "Mehr als die Hälfte"']),
    ("Vier von zehn Kindern lernen ein Instrument.", ['amount 40 % exact "Vier von zehn"']),
    ("Nur 5 von 20 Passagieren überlebten.", ['amount 5 count exact "5"', 'amount 20 count exact "20"']),
    ("Zwei Drittel.", ['amount 66.6666666667 % exact "Zwei Drittel" weak']),
    # "jeder" without an ordinal is no share; "die Hälfte" with its article is
    ("Jeder muss zahlen, die Hälfte zahlt.", ['amount 50 % exact "die Hälfte"']),
    ("Gut die Hälfte war dagegen, nicht einmal 5 Prozent enthielten sich, die andere Hälfte blieb.",
     ['amount 50 % approx_above "Gut die Hälfte"', 'amount 5 % upper_strict "nicht einmal 5 Prozent"']),
    ("Sie lesen Seite 4 von 10.", ['identifier "4"', 'amount 10 count exact "10"']),
    # multiples are ratios
    ("Der Gewinn hat sich auf 1,4 Milliarden Euro mehr als verdoppelt.",
     ['amount 1.4e9 EUR exact "1,4 Milliarden Euro" direction=up change=to', 'amount 2 ratio lower_strict "mehr als verdoppelt" direction=up']),
    ("Die Zahl der Fälle hat sich verdreifacht.", ['amount 3 ratio exact "verdreifacht" direction=up']),
    ("Es kamen doppelt so viele Gäste wie im Vorjahr.", ['amount 2 ratio exact "doppelt so"']),
    ("Die Kosten wurden halbiert.", ['amount 0.5 ratio exact "halbiert" direction=down']),
    ("Das Doppelzimmer ist frei.", []),
]

EN_VALUES = [
    ("The repairs cost a few hundred million euros.",
     ['amount 300e6 EUR approx "a few hundred million euros" weak']),
    ("The scheme cost several hundred million dollars.", []),
    ("Several thousand people and many hundreds of firms took part.",
     ['amount 200 count lower_incl "hundreds"']),
    ("Tens of thousands marched; thousands of euros and dozens of homes were lost.",
     ['amount 20000 count lower_incl "Tens of thousands"', 'amount 24 count lower_incl "dozens" direction=down']),
    ("Hundreds of millions of dollars were lost.", []),
    ("Many of the 300 staff left.", ['amount 300 count exact "300"']),
    ("A stamp now costs 85p.", ['amount 85e-2 GBP exact "85p"']),
    ("The shares closed at 27.03p.", ['amount 27.03e-2 GBP exact "27.03p" scope=close']),
    ("A gallon costs 32 cents more.", ['physical 1 count exact "A gallon" unit_text="gallon"', 'amount 32e-2 USD exact "32 cents" direction=up']),
    ("Sales rose 14pc last year.", ['amount 14 % exact "14pc" direction=up']),
    ("The tickets went from 50p to £1.", ['amount 50..100e-2 GBP range "from 50p to £1"']),
    ("The 50 p values were small.", ['amount 50 count exact "50"']),
    ("Temperatures hit 40C.", ['physical 40 count exact "40C" unit_text="C"']),
    # the partner end lends scale and unit
    ("It was not 5 but 7 million.", ['amount 5e6 count exact "5" negated', 'amount 7e6 count exact "7 million"']),
    ("Users rose from 3 to 4 million.",
     ['amount 3e6 count exact "3" direction=up change=from',
      'amount 4e6 count exact "4 million" direction=up change=to']),
    # points of a percentage are percentage points; index points stay
    ("Turnout was 59.7%, down 7.6 points from the last vote.",
     ['amount 59.7 % exact "59.7%"', 'amount 7.6 pp exact "7.6 points" direction=down']),
    ("Labour was up one point at 34%.",
     ['amount 1 pp exact "one point" direction=up', 'amount 34 % exact "34%" direction=up']),
    ("Some 1,800 firefighters were deployed, according to the fire brigade.", ['amount 1800 count approx "Some 1,800" attributed_to=fire service']),
    ("Brent cost $71.04 per barrel, and rents rose 3% per year.", ['amount 71.04 USD exact "$71.04" per="barrel"', 'amount 3 % exact "3%" direction=up']),
    ("Power cost 30 cents per kWh.", ['amount 30e-2 USD exact "30 cents" per="kWh"']),
    ("Gold sold for $680 per kilogram and cleaners earned $15 per hour.", ['amount 680 USD exact "$680" per="kilogram"', 'amount 15 USD exact "$15"']),
    ("Rents rose 3 or 4 percent, and one or two buyers left.", ['amount 3..4 % range "3 or 4 percent" direction=up', 'amount 1..2 count range "one or two"']),
    ("The FTSE fell 12 points, or 0.2 percent.",
     ['amount 12 count exact "12 points" direction=down', 'amount 0.2 % exact "0.2 percent" direction=down']),
    ("The Dow lost 300 points.", ['amount 300 count exact "300 points" direction=down']),
    ("Rates rose by a percentage point.", ['amount 1 pp exact "a percentage point" direction=up']),
    ("She made a point.", []),
    # hedges
    ("The deal is worth north of $1bn.", ['amount 1e9 USD lower_strict "north of $1bn"']),
    ("Ticket prices start at $29.99.", ['amount 29.99 USD lower_incl "start at $29.99"']),
    ("Rooms are available starting at $99.", ['amount 99 USD lower_incl "starting at $99"']),
    ("Tickets cost from €19.99.", ['amount 19.99 EUR lower_incl "from €19.99"']),
    ("Tickets cost from €19.99 to €29.99.", ['amount 19.99..29.99 EUR range "from €19.99 to €29.99"']),
    ("The fare is up from $5.", ['amount 5 USD exact "$5" scope=prior_period']),
    ("They cut the target to $320 from $480.",
     ['amount 320 USD exact "$320" direction=down change=to', 'amount 480 USD exact "$480" direction=down change=from']),
    ("Players younger than 21 pay less.", ['amount 21 count upper_strict "younger than 21"']),
    # shares in words are percentages
    ("More than half of members backed the plan; almost two-thirds of women did.",
     ['amount 50 % lower_strict "More than half"', 'amount 66.6666666667 % approx_below "almost two-thirds"']),
    ("One in three voters, 1 in 5 officers and about 4 in 10 adults agree.",
     ['amount 33.3333333333 % exact "One in three"', 'amount 20 % exact "1 in 5"',
      'amount 40 % approx "about 4 in 10"']),
    ("A quarter of firms and three quarters of banks agree.",
     ['amount 25 % exact "A quarter"', 'amount 75 % exact "three quarters"']),
    ("The bank cut rates by a quarter of a percentage point.",
     ['amount 0.25 pp exact "a quarter of a percentage point" direction=down']),
    ("Half a million people signed.", ['amount 0.5e6 count exact "Half a million"']),
    ("Sales fell in the second quarter.", []),
    ("The odds are 1 in 5 million.", ['amount 1 count exact "1"', 'amount 5e6 count exact "5 million"']),
    ("Officials put the damage at \"well over\" €1bn, not 'about' €2bn.",
     ['amount 1e9 EUR lower_strict "well over\" €1bn"', 'amount 2e9 EUR exact "€2bn" negated']),
    ("Sales fell by half; prices fell by a third, margins by more than a quarter.",
     ['amount 50 % exact "half" direction=down', 'amount 33.3333333333 % exact "a third" direction=down',
      'amount 25 % lower_strict "more than a quarter"']),
    ("Inflation eases to 2.2%, economists had predicted 2.4%.",
     ['amount 2.2 % exact "2.2%" direction=down change=to', 'amount 2.4 % exact "2.4%" scope=forecast']),
    ("The group lifted its target to between €20bn and €22bn, from €17bn previously.",
     ['amount 20..22e9 EUR range "between €20bn and €22bn" direction=up change=to',
      'amount 17e9 EUR exact "€17bn" scope=prior_period change=from']),
    ("It raised its outlook to $16.1 billion to $16.4 billion, from $15.8 billion to $16.2 billion previously.",
     ['amount 16.1..16.4e9 USD range "$16.1 billion to $16.4 billion" change=to',
      'amount 15.8..16.2e9 USD range "from $15.8 billion to $16.2 billion" scope=prior_period change=from']),
    ("Prices were cut to $320, from $480; tickets are available from €19.99.",
     ['amount 320 USD exact "$320" direction=down change=to', 'amount 480 USD exact "$480" change=from',
      'amount 19.99 EUR lower_incl "from €19.99"']),
    ("The flood covered 12 square miles; residents should dial 999.",
     ['physical 12 count exact "12 square miles" unit_text="square miles"', 'phone "999"']),
    ("The central bank made a quarter-point cut to 3.5%, not a half-point cut.",
     ['amount 0.25 pp exact "a quarter-point" direction=down', 'amount 3.5 % exact "3.5%" direction=down change=to',
      'amount 0.5 pp exact "a half-point" direction=down negated']),
    ("Admissions fell by a fifth last winter; the firm was bought by a third party.",
     ['amount 20 % exact "a fifth" direction=down']),
    ("The deficit is set to shrink from EUR 84m to EUR 61m; seats cost from €19.99.",
     ['amount 84e6 EUR exact "EUR 84m" direction=down change=from',
      'amount 61e6 EUR exact "EUR 61m" direction=down change=to',
      'amount 19.99 EUR lower_incl "from €19.99"']),
    ("Prices rose 2.2%, the statistics office said, while Reuters had put the figure at 2.1%.",
     ['amount 2.2 % exact "2.2%" attributed_to=statistics office direction=up',
      'amount 2.1 % exact "2.1%" attributed_to=Reuters']),
    ("Loans cost as little as 2%, and as few as 12 firms qualify.",
     ['amount 2 % lower_incl "as little as 2%"', 'amount 12 count lower_incl "as few as 12"']),
    ("Two accomplices, aged 22 and 25, were jailed; a man aged 40 and 3 dogs were found.",
     ['amount 2 count exact "Two" weak', 'physical 22 count exact "aged 22" unit_text="aged"',
      'physical 25 count exact "25" unit_text="aged"', 'physical 40 count exact "aged 40" unit_text="aged"',
      'amount 3 count exact "3"']),
    ("Half the county's schools stayed closed; shares closed down 2%.",
     ['amount 50 % exact "Half"', 'amount 2 % exact "2%" scope=close direction=down']),
    ("Not even 5% agreed; the half-time score was 1-0.",
     ['amount 5 % upper_strict "Not even 5%"', 'identifier "1-0"']),
    ("Organisers put the number of coaches at 300, the Department for Transport at 180.",
     ['amount 300 count exact "300" attributed_to=organisers',
      'amount 180 count exact "180" attributed_to=Department for Transport']),
    ("Police say inflation is at 3%, France at 1.5%, Germany at 2.1%.",
     ['amount 3 % exact "3%" attributed_to=police', 'amount 1.5 % exact "1.5%" attributed_to=police',
      'amount 2.1 % exact "2.1%" attributed_to=police']),
    ("It delivered 384,122 cars, down from 443,956 a year earlier and below analysts' estimates of about 387,000.",
     ['amount 384122 count exact "384,122"', 'amount 443956 count exact "443,956" scope=prior_period',
      'amount 387000 count approx "about 387,000" scope=forecast']),
    ("Take bus 42 or Highway 101; the bus carried 40 people.",
     ['identifier "42"', 'identifier "101"', 'amount 40 count exact "40"']),
    ("It earned $1.83 per diluted share and paid €40 per person per night.",
     ['amount 1.83 USD exact "$1.83" per="diluted share"', 'amount 40 EUR exact "€40" per="person"']),
    ("A 1.9m tall man in a town 300m above sea level; 1.2m long-term unemployed.",
     ['physical 1.9 count exact "1.9m tall" unit_text="m tall"',
      'physical 300 count exact "300m above sea level" unit_text="m above sea level"',
      'amount 1.2e6 count exact "1.2m"']),
    ("The fund holds 250 million lira, 3 billion pesos and 50,000 shekels.",
     ['amount 250e6 TRY exact "250 million lira"', 'amount 3e9 XXX exact "3 billion pesos"',
      'amount 50000 ILS exact "50,000 shekels"']),
    ("Half of the staff left in the second half of 2024.",
     ['amount 50 % exact "Half"', 'year "2024"']),
    ("The ticket now costs 58 instead of 49 euros; on January 27 it was 45.",
     ['amount 58 EUR exact "58"', 'amount 49 EUR exact "49 euros"', 'date "27"', 'amount 45 count exact "45"']),
    ("The poll was conducted between 3 and 5 March among 2,045 adults.",
     ['date "3"', 'date "5 March"', 'amount 2045 count exact "2,045"']),
    ("Labour leads with 41%, eight points ahead of the Conservatives on 33%.",
     ['amount 41 % exact "41%"', 'amount 8 pp exact "eight points"', 'amount 33 % exact "33%"']),
    ("Two pounds of butter cost £3.",
     ['physical 2 count exact "Two pounds of" unit_text="pounds of"', 'amount 3 GBP exact "£3"']),
    ("One in five euros goes on welfare, one in ten dollars on defence.",
     ['amount 20 % exact "One in five"', 'amount 10 % exact "one in ten"']),
    ("Debt is nearly a\ntrillion euros, up 3% on\nlast year.",
     ['amount 1e12 EUR approx_below "nearly a trillion euros"', 'amount 3 % exact "3%" direction=up']),
    ("It is three halves of that.", ['amount 1.5 count exact "three halves" weak']),
    # multiples are ratios
    ("Profit more than doubled to $3bn.",
     ['amount 2 ratio lower_strict "more than doubled" direction=up', 'amount 3e9 USD exact "$3bn" direction=up change=to']),
    ("The firm's value tripled.", ['amount 3 ratio exact "tripled" direction=up']),
    ("Twice as many people came.", ['amount 2 ratio exact "Twice as"']),
    ("The double act was a hit.", []),
]


def write(path, title, cases):
    with open(path, "w", encoding="utf-8") as f:
        f.write("# %s\n\n" % title)
        f.write("Generated by tests/spec/make_extract_spec.py (do not edit by hand): each\n"
                "example is an article text, a `.` line, and the mentions\n"
                "`crosscheck extract --format text` must print for it (see extract_tests.py).\n\n")
        for lang, text, exp in cases:
            f.write("```example %s\n%s\n.\n%s\n```\n\n" % (lang, text, "\n".join(exp) if exp else "(none)"))


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    de = generated("de", DE_HEDGES, DE_NUMBERS, DE_UNITS, DE_FRAMES) + [("de", t, e) for t, e in DE_HAND + DE_VALUES]
    en = generated("en", EN_HEDGES, EN_NUMBERS, EN_UNITS, EN_FRAMES, EN_PREFIX) + [("en", t, e) for t, e in EN_HAND + EN_VALUES]
    write(os.path.join(out, "extract_de.txt"), "Extraction from German text", de)
    write(os.path.join(out, "extract_en.txt"), "Extraction from English text", en)
    print("de %d, en %d examples" % (len(de), len(en)))


if __name__ == "__main__":
    main()
