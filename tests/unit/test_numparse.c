/*
 * test_numparse.c - reading quantity texts in German and English, the
 * mention scanner, language choice and the lexicons.
 *
 * Each parse case gives the text and what it must yield: digits, scale,
 * unit, hedge, hedge word and the strict interval, worked out by hand from
 * DESIGN.md's table (u = place value of the last significant digit; exact
 * h = min(u/2, 5 % of X); hedged w = min(u, 5 % of X)).
 */
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lexicon.h"
#include "quantity.h"
#include "testutil.h"

#define INF INFINITY

typedef struct pcase {
    const char *lang;
    const char *text;
    const char *digits;
    const char *high; /* NULL: same as digits */
    int scale;
    const char *unit;
    cc_hedge hedge;
    const char *word;
    double lo, hi; /* strict interval */
} pcase;

/* clang-format off */
static const pcase cases[] = {
    /* spelled decimals, governed "über", "a" before a sign */
    {"en", "two point two million", "2.2", NULL, 6, "count", CC_HEDGE_EXACT, "", 2.15e6, 2.25e6},
    {"en", "1 point 5 percent", "1.5", NULL, 0, "%", CC_HEDGE_EXACT, "", 1.45, 1.55},
    {"de", "zwei Komma fünf Millionen Euro", "2.5", NULL, 6, "EUR", CC_HEDGE_EXACT, "", 2.45e6, 2.55e6},
    {"de", "ein Auftrag über 240 Millionen Euro", "240", NULL, 6, "EUR", CC_HEDGE_EXACT, "", 235e6, 245e6},
    {"en", "a $250 million order", "250", NULL, 6, "USD", CC_HEDGE_EXACT, "", 245e6, 255e6},
    /* German: the DESIGN.md figures */
    {"de", "589 Milliarden US-Dollar", "589", NULL, 9, "USD", CC_HEDGE_EXACT, "", 588.5e9, 589.5e9},
    {"de", "fast 600 Mrd. $", "600", NULL, 9, "USD", CC_HEDGE_APPROX_BELOW, "fast", 570e9, 600e9},
    {"de", "fast 600 Milliarden US-Dollar", "600", NULL, 9, "USD", CC_HEDGE_APPROX_BELOW, "fast", 570e9, 600e9},
    {"de", "gut 460 Milliarden Dollar", "460", NULL, 9, "USD", CC_HEDGE_APPROX_ABOVE, "gut", 460e9, 470e9},
    {"de", "umgerechnet 563 Milliarden Euro", "563", NULL, 9, "EUR", CC_HEDGE_EXACT, "", 562.5e9, 563.5e9},
    {"de", "563 Mrd. Euro", "563", NULL, 9, "EUR", CC_HEDGE_EXACT, "", 562.5e9, 563.5e9},
    {"de", "knapp 17 Prozent", "17", NULL, 0, "%", CC_HEDGE_APPROX_BELOW, "knapp", 16.15, 17},
    {"de", "rund 17 Prozent", "17", NULL, 0, "%", CC_HEDGE_APPROX, "rund", 16.15, 17.85},
    {"de", "um 17 %", "17", NULL, 0, "%", CC_HEDGE_EXACT, "", 16.5, 17.5},
    {"de", "mehr als 17 Prozent", "17", NULL, 0, "%", CC_HEDGE_LOWER_STRICT, "mehr als", 17, INF},
    {"de", "weniger als 5,7 Millionen Euro", "5.7", NULL, 6, "EUR", CC_HEDGE_UPPER_STRICT, "weniger als", 0, 5.7e6},
    {"de", "weniger als umgerechnet 5,7 Millionen Euro", "5.7", NULL, 6, "EUR", CC_HEDGE_UPPER_STRICT, "weniger als", 0, 5.7e6},
    {"de", "2,9 Billionen US-Dollar", "2.9", NULL, 12, "USD", CC_HEDGE_EXACT, "", 2.85e12, 2.95e12},
    {"de", "3,5 Billionen US-Dollar", "3.5", NULL, 12, "USD", CC_HEDGE_EXACT, "", 3.45e12, 3.55e12},
    {"de", "3 Prozentpunkte", "3", NULL, 0, "pp", CC_HEDGE_EXACT, "", 2.85, 3.15},
    {"de", "bis zu 65 Milliarden US-Dollar", "65", NULL, 9, "USD", CC_HEDGE_UPPER_INCL, "bis zu", 0, 65e9},
    {"de", "60 Milliarden Dollar", "60", NULL, 9, "USD", CC_HEDGE_EXACT, "", 57e9, 63e9},
    {"de", "weniger als sechs Millionen Dollar", "6", NULL, 6, "USD", CC_HEDGE_UPPER_STRICT, "weniger als", 0, 6e6},
    {"de", "nicht für fünf Millionen Dollar trainiert", "5", NULL, 6, "USD", CC_HEDGE_EXACT, "", 4.75e6, 5.25e6},
    {"de", "ein Plus von rund drei Prozent", "3", NULL, 0, "%", CC_HEDGE_APPROX, "rund", 2.85, 3.15},
    {"de", "satten 18 Prozent", "18", NULL, 0, "%", CC_HEDGE_EXACT, "", 17.5, 18.5},
    {"de", "minus 19 Prozent", "19", NULL, 0, "%", CC_HEDGE_EXACT, "", 18.5, 19.5},
    {"de", "um 0,62 Prozent", "0.62", NULL, 0, "%", CC_HEDGE_EXACT, "", 0.615, 0.625},
    {"de", "auf 21.414,25 Punkte", "21414.25", NULL, 0, "count", CC_HEDGE_EXACT, "", 21414.245, 21414.255},
    {"de", "500 Milliarden Dollar", "500", NULL, 9, "USD", CC_HEDGE_EXACT, "", 475e9, 525e9},
    {"de", "das 500-Milliarden-Dollar-Projekt", "500", NULL, 9, "USD", CC_HEDGE_EXACT, "", 475e9, 525e9},
    {"de", "50.000 H100-Chipsysteme", "50000", NULL, 0, "count", CC_HEDGE_EXACT, "", 47500, 52500},
    {"de", "zum fast 60fachen Wert", "60", NULL, 0, "ratio", CC_HEDGE_APPROX_BELOW, "fast", 57, 60},
    {"de", "um 21 Milliarden Dollar ärmer", "21", NULL, 9, "USD", CC_HEDGE_EXACT, "", 20.5e9, 21.5e9},
    {"de", "124,4 Milliarden Dollar", "124.4", NULL, 9, "USD", CC_HEDGE_EXACT, "", 124.35e9, 124.45e9},
    /* German: ranges */
    {"de", "zwischen 5 und 6 Prozent", "5", "6", 0, "%", CC_HEDGE_RANGE, "zwischen", 4.75, 6.3},
    {"de", "zwischen fünf und sechs Prozent", "5", "6", 0, "%", CC_HEDGE_RANGE, "zwischen", 4.75, 6.3},
    {"de", "5 bis 6 Prozent", "5", "6", 0, "%", CC_HEDGE_RANGE, "bis", 4.75, 6.3},
    {"de", "von 5 bis 6 Prozent", "5", "6", 0, "%", CC_HEDGE_RANGE, "von", 4.75, 6.3},
    {"de", "5\xe2\x80\x93" "6 %", "5", "6", 0, "%", CC_HEDGE_RANGE, "\xe2\x80\x93", 4.75, 6.3},
    {"de", "5-6 %", "5", "6", 0, "%", CC_HEDGE_RANGE, "-", 4.75, 6.3},
    {"de", "zwischen sieben und fast 20 Prozent", "7", "20", 0, "%", CC_HEDGE_RANGE, "zwischen", 6.65, 21},
    {"de", "5 Mrd. bis 6 Mrd. Euro", "5", "6", 9, "EUR", CC_HEDGE_RANGE, "bis", 4.75e9, 6.3e9},
    {"de", "900 Millionen bis 1,2 Milliarden Euro", "900", "1200", 6, "EUR", CC_HEDGE_RANGE, "bis", 855e6, 1.25e9},
    /* German: every hedge word */
    {"de", "etwa 5 %", "5", NULL, 0, "%", CC_HEDGE_APPROX, "etwa", 4.75, 5.25},
    {"de", "ca. 5 %", "5", NULL, 0, "%", CC_HEDGE_APPROX, "ca.", 4.75, 5.25},
    {"de", "circa 5 %", "5", NULL, 0, "%", CC_HEDGE_APPROX, "circa", 4.75, 5.25},
    {"de", "ungefähr 5 %", "5", NULL, 0, "%", CC_HEDGE_APPROX, "ungefähr", 4.75, 5.25},
    {"de", "Ungefähr 5 %", "5", NULL, 0, "%", CC_HEDGE_APPROX, "Ungefähr", 4.75, 5.25},
    {"de", "gegen 5 %", "5", NULL, 0, "%", CC_HEDGE_APPROX, "gegen", 4.75, 5.25},
    {"de", "um die 600 Milliarden", "600", NULL, 9, "count", CC_HEDGE_APPROX, "um die", 570e9, 630e9},
    {"de", "beinahe 5 %", "5", NULL, 0, "%", CC_HEDGE_APPROX_BELOW, "beinahe", 4.75, 5},
    {"de", "nahezu 5 %", "5", NULL, 0, "%", CC_HEDGE_APPROX_BELOW, "nahezu", 4.75, 5},
    {"de", "annähernd 5 %", "5", NULL, 0, "%", CC_HEDGE_APPROX_BELOW, "annähernd", 4.75, 5},
    {"de", "reichlich 5 %", "5", NULL, 0, "%", CC_HEDGE_APPROX_ABOVE, "reichlich", 5, 5.25},
    {"de", "etwas mehr als 460 Milliarden", "460", NULL, 9, "count", CC_HEDGE_APPROX_ABOVE, "etwas mehr als", 460e9, 470e9},
    {"de", "über 5 %", "5", NULL, 0, "%", CC_HEDGE_LOWER_STRICT, "über", 5, INF},
    {"de", "ÜBER 5 %", "5", NULL, 0, "%", CC_HEDGE_LOWER_STRICT, "ÜBER", 5, INF},
    {"de", "mindestens 5 Mio. Euro", "5", NULL, 6, "EUR", CC_HEDGE_LOWER_INCL, "mindestens", 5e6, INF},
    {"de", "wenigstens 5 %", "5", NULL, 0, "%", CC_HEDGE_LOWER_INCL, "wenigstens", 5, INF},
    {"de", "höchstens 3 %", "3", NULL, 0, "%", CC_HEDGE_UPPER_INCL, "höchstens", 0, 3},
    {"de", "maximal 3 %", "3", NULL, 0, "%", CC_HEDGE_UPPER_INCL, "maximal", 0, 3},
    {"de", "unter 5 %", "5", NULL, 0, "%", CC_HEDGE_UPPER_STRICT, "unter", 0, 5},
    /* German: scales, currencies, units, separators */
    {"de", "5,6 Mio. $", "5.6", NULL, 6, "USD", CC_HEDGE_EXACT, "", 5.55e6, 5.65e6},
    {"de", "600 Mrd $", "600", NULL, 9, "USD", CC_HEDGE_EXACT, "", 570e9, 630e9},
    {"de", "1,5 Mrd. Franken", "1.5", NULL, 9, "CHF", CC_HEDGE_EXACT, "", 1.45e9, 1.55e9},
    {"de", "3 Mrd. Pfund", "3", NULL, 9, "GBP", CC_HEDGE_EXACT, "", 2.85e9, 3.15e9},
    {"de", "100 Millionen Yen", "100", NULL, 6, "JPY", CC_HEDGE_EXACT, "", 95e6, 105e6},
    {"de", "5 Mrd. CHF", "5", NULL, 9, "CHF", CC_HEDGE_EXACT, "", 4.75e9, 5.25e9},
    {"de", "5 Milliarden Schweizer Franken", "5", NULL, 9, "CHF", CC_HEDGE_EXACT, "", 4.75e9, 5.25e9},
    {"de", "5 MUSD", "5", NULL, 6, "USD", CC_HEDGE_EXACT, "", 4.75e6, 5.25e6},
    {"de", "2 Tsd. Euro", "2", NULL, 3, "EUR", CC_HEDGE_EXACT, "", 1900, 2100},
    {"de", "eine Milliarde Euro", "1", NULL, 9, "EUR", CC_HEDGE_EXACT, "", 0.95e9, 1.05e9},
    {"de", "1 Billiarde", "1", NULL, 15, "count", CC_HEDGE_EXACT, "", 0.95e15, 1.05e15},
    {"de", "25 Basispunkte", "25", NULL, -2, "pp", CC_HEDGE_EXACT, "", 0.245, 0.255},
    {"de", "3 %-Punkte", "3", NULL, 0, "pp", CC_HEDGE_EXACT, "", 2.85, 3.15},
    {"de", "2,5 vH", "2.5", NULL, 0, "%", CC_HEDGE_EXACT, "", 2.45, 2.55},
    {"de", "5 Punkte", "5", NULL, 0, "count", CC_HEDGE_EXACT, "", 4.75, 5.25},
    {"de", "1.971", "1971", NULL, 0, "count", CC_HEDGE_EXACT, "", 1970.5, 1971.5},
    {"de", "1.234.567 Euro", "1234567", NULL, 0, "EUR", CC_HEDGE_EXACT, "", 1234566.5, 1234567.5},
    {"de", "5.6 Prozent", "5.6", NULL, 0, "%", CC_HEDGE_EXACT, "", 5.55, 5.65},
    {"de", "\xe2\x88\x92" "3 %", "-3", NULL, 0, "%", CC_HEDGE_EXACT, "", -3.15, -2.85},
    {"de", "21\xe2\x80\xaf" "414,25 Punkte", "21414.25", NULL, 0, "count", CC_HEDGE_EXACT, "", 21414.245, 21414.255},
    /* German: words around the figure */
    {"de", "Nvidia verlor am 27. Januar 589 Milliarden US-Dollar", "589", NULL, 9, "USD", CC_HEDGE_EXACT, "", 588.5e9, 589.5e9},
    {"de", "im Jahr 2025 rund 17 Prozent", "17", NULL, 0, "%", CC_HEDGE_APPROX, "rund", 16.15, 17.85},
    {"de", "Meta will 2025 bis zu 65 Milliarden Dollar investieren", "65", NULL, 9, "USD", CC_HEDGE_UPPER_INCL, "bis zu", 0, 65e9},
    {"de", "am 27.01.2025 fast 600 Mrd. $", "600", NULL, 9, "USD", CC_HEDGE_APPROX_BELOW, "fast", 570e9, 600e9},
    {"de", "zwei Firmen verloren 589 Milliarden", "589", NULL, 9, "count", CC_HEDGE_EXACT, "", 588.5e9, 589.5e9},

    /* English */
    {"en", "$5.6 million", "5.6", NULL, 6, "USD", CC_HEDGE_EXACT, "", 5.55e6, 5.65e6},
    {"en", "\xe2\x82\xac" "563bn", "563", NULL, 9, "EUR", CC_HEDGE_EXACT, "", 562.5e9, 563.5e9},
    {"en", "US$4.7 billion", "4.7", NULL, 9, "USD", CC_HEDGE_EXACT, "", 4.65e9, 4.75e9},
    {"en", "USD 5.6 bn", "5.6", NULL, 9, "USD", CC_HEDGE_EXACT, "", 5.55e9, 5.65e9},
    {"en", "$2.9 trillion", "2.9", NULL, 12, "USD", CC_HEDGE_EXACT, "", 2.85e12, 2.95e12},
    {"en", "2.9 billion", "2.9", NULL, 9, "count", CC_HEDGE_EXACT, "", 2.85e9, 2.95e9},
    {"en", "a billion dollars", "1", NULL, 9, "USD", CC_HEDGE_EXACT, "", 0.95e9, 1.05e9},
    {"en", "five million dollars", "5", NULL, 6, "USD", CC_HEDGE_EXACT, "", 4.75e6, 5.25e6},
    {"en", "GBP 3bn", "3", NULL, 9, "GBP", CC_HEDGE_EXACT, "", 2.85e9, 3.15e9},
    {"en", "\xc2\xa3" "3bn", "3", NULL, 9, "GBP", CC_HEDGE_EXACT, "", 2.85e9, 3.15e9},
    {"en", "3 billion pounds", "3", NULL, 9, "GBP", CC_HEDGE_EXACT, "", 2.85e9, 3.15e9},
    {"en", "100 yen", "100", NULL, 0, "JPY", CC_HEDGE_EXACT, "", 95, 105},
    {"en", "5 Swiss francs", "5", NULL, 0, "CHF", CC_HEDGE_EXACT, "", 4.75, 5.25},
    {"en", "CA$5 million", "5", NULL, 6, "CAD", CC_HEDGE_EXACT, "", 4.75e6, 5.25e6},
    {"en", "2.5k", "2.5", NULL, 3, "count", CC_HEDGE_EXACT, "", 2450, 2550},
    {"en", "1,234,567", "1234567", NULL, 0, "count", CC_HEDGE_EXACT, "", 1234566.5, 1234567.5},
    {"en", "21,414.25 points", "21414.25", NULL, 0, "count", CC_HEDGE_EXACT, "", 21414.245, 21414.255},
    {"en", "3.50 percent", "3.50", NULL, 0, "%", CC_HEDGE_EXACT, "", 3.495, 3.505},
    {"en", "-3%", "-3", NULL, 0, "%", CC_HEDGE_EXACT, "", -3.15, -2.85},
    {"en", "3 percentage points", "3", NULL, 0, "pp", CC_HEDGE_EXACT, "", 2.85, 3.15},
    {"en", "3 pp", "3", NULL, 0, "pp", CC_HEDGE_EXACT, "", 2.85, 3.15},
    {"en", "25 basis points", "25", NULL, -2, "pp", CC_HEDGE_EXACT, "", 0.245, 0.255},
    {"en", "60-fold", "60", NULL, 0, "ratio", CC_HEDGE_EXACT, "", 57, 63},
    {"en", "17 per cent", "17", NULL, 0, "%", CC_HEDGE_EXACT, "", 16.5, 17.5},
    /* English: ranges */
    {"en", "between 5 and 6 percent", "5", "6", 0, "%", CC_HEDGE_RANGE, "between", 4.75, 6.3},
    {"en", "from 5 to 6 percent", "5", "6", 0, "%", CC_HEDGE_RANGE, "from", 4.75, 6.3},
    {"en", "5 to 6 percent", "5", "6", 0, "%", CC_HEDGE_RANGE, "to", 4.75, 6.3},
    {"en", "5\xe2\x80\x93" "6%", "5", "6", 0, "%", CC_HEDGE_RANGE, "\xe2\x80\x93", 4.75, 6.3},
    {"en", "$5bn-$6bn", "5", "6", 9, "USD", CC_HEDGE_RANGE, "-", 4.75e9, 6.3e9},
    {"en", "between $5bn and $6bn", "5", "6", 9, "USD", CC_HEDGE_RANGE, "between", 4.75e9, 6.3e9},
    /* English: every hedge word */
    {"en", "about 17%", "17", NULL, 0, "%", CC_HEDGE_APPROX, "about", 16.15, 17.85},
    {"en", "around 17 per cent", "17", NULL, 0, "%", CC_HEDGE_APPROX, "around", 16.15, 17.85},
    {"en", "roughly 17 pct", "17", NULL, 0, "%", CC_HEDGE_APPROX, "roughly", 16.15, 17.85},
    {"en", "some 500 people", "500", NULL, 0, "count", CC_HEDGE_APPROX, "some", 475, 525},
    {"en", "approximately 5%", "5", NULL, 0, "%", CC_HEDGE_APPROX, "approximately", 4.75, 5.25},
    {"en", "~5%", "5", NULL, 0, "%", CC_HEDGE_APPROX, "~", 4.75, 5.25},
    {"en", "nearly $600bn", "600", NULL, 9, "USD", CC_HEDGE_APPROX_BELOW, "nearly", 570e9, 600e9},
    {"en", "almost 600 billion dollars", "600", NULL, 9, "USD", CC_HEDGE_APPROX_BELOW, "almost", 570e9, 600e9},
    {"en", "just under $600bn", "600", NULL, 9, "USD", CC_HEDGE_APPROX_BELOW, "just under", 570e9, 600e9},
    {"en", "close to 600 billion US dollars", "600", NULL, 9, "USD", CC_HEDGE_APPROX_BELOW, "close to", 570e9, 600e9},
    {"en", "just over $460bn", "460", NULL, 9, "USD", CC_HEDGE_APPROX_ABOVE, "just over", 460e9, 470e9},
    {"en", "a little more than 460 billion", "460", NULL, 9, "count", CC_HEDGE_APPROX_ABOVE, "a little more than", 460e9, 470e9},
    {"en", "more than 17%", "17", NULL, 0, "%", CC_HEDGE_LOWER_STRICT, "more than", 17, INF},
    {"en", "over 1,000", "1000", NULL, 0, "count", CC_HEDGE_LOWER_STRICT, "over", 1000, INF},
    {"en", "above 17%", "17", NULL, 0, "%", CC_HEDGE_LOWER_STRICT, "above", 17, INF},
    {"en", "exceeding 17%", "17", NULL, 0, "%", CC_HEDGE_LOWER_STRICT, "exceeding", 17, INF},
    {"en", "at least 5%", "5", NULL, 0, "%", CC_HEDGE_LOWER_INCL, "at least", 5, INF},
    {"en", "5% or more", "5", NULL, 0, "%", CC_HEDGE_LOWER_INCL, "or more", 5, INF},
    {"en", "up to $65 billion", "65", NULL, 9, "USD", CC_HEDGE_UPPER_INCL, "up to", 0, 65e9},
    {"en", "at most 3%", "3", NULL, 0, "%", CC_HEDGE_UPPER_INCL, "at most", 0, 3},
    {"en", "as much as 65bn", "65", NULL, 9, "count", CC_HEDGE_UPPER_INCL, "as much as", 0, 65e9},
    {"en", "less than $6 million", "6", NULL, 6, "USD", CC_HEDGE_UPPER_STRICT, "less than", 0, 6e6},
    {"en", "under $6m", "6", NULL, 6, "USD", CC_HEDGE_UPPER_STRICT, "under", 0, 6e6},
    {"en", "below 5%", "5", NULL, 0, "%", CC_HEDGE_UPPER_STRICT, "below", 0, 5},
    {"en", "Jan. 27, 2025: $5bn", "5", NULL, 9, "USD", CC_HEDGE_EXACT, "", 4.75e9, 5.25e9},

    /* language chosen from the text */
    {NULL, "589 Milliarden Dollar", "589", NULL, 9, "USD", CC_HEDGE_EXACT, "", 588.5e9, 589.5e9},
    {NULL, "5,6 Prozent", "5.6", NULL, 0, "%", CC_HEDGE_EXACT, "", 5.55, 5.65},
    {NULL, "knapp 17 %", "17", NULL, 0, "%", CC_HEDGE_APPROX_BELOW, "knapp", 16.15, 17},
    {NULL, "50.000", "50000", NULL, 0, "count", CC_HEDGE_EXACT, "", 47500, 52500},
    {"auto", "$5.6 million", "5.6", NULL, 6, "USD", CC_HEDGE_EXACT, "", 5.55e6, 5.65e6},
    {"auto", "nearly 17%", "17", NULL, 0, "%", CC_HEDGE_APPROX_BELOW, "nearly", 16.15, 17},
    {"AUTO", "1.971", "1.971", NULL, 0, "count", CC_HEDGE_EXACT, "", 1.9705, 1.9715},
    {"de-DE", "5,6 Prozent", "5.6", NULL, 0, "%", CC_HEDGE_EXACT, "", 5.55, 5.65},
};
/* clang-format on */

#define NCASES (sizeof cases / sizeof cases[0])

static void assert_near(double got, double want, const char *what, const char *text)
{
    if (isinf(want)) {
        ck_assert_msg(isinf(got) && (got > 0) == (want > 0), "%s of '%s': %g, expected %g", what,
                      text, got, want);
        return;
    }
    ck_assert_msg(fabs(got - want) <= 1e-9 * fmax(1.0, fmax(fabs(got), fabs(want))),
                  "%s of '%s': %.17g, expected %.17g", what, text, got, want);
}

START_TEST(test_parse_case)
{
    const pcase *c = &cases[_i];
    cc_quantity *q = NULL;
    cc_error err;
    double lo, hi;
    cc_status st = cc_quantity_parse(&q, c->text, strlen(c->text), c->lang, &err);

    ck_assert_msg(st == CC_OK, "'%s': %s", c->text, err.message);
    ck_assert_str_eq(cc_quantity_digits(q), c->digits);
    ck_assert_str_eq(cc_quantity_digits_high(q), c->high ? c->high : c->digits);
    ck_assert_int_eq(cc_quantity_scale(q), c->scale);
    ck_assert_str_eq(cc_quantity_unit(q), c->unit);
    ck_assert_int_eq((int)cc_quantity_dimension(q), cc_unit__dimension(c->unit));
    ck_assert_msg(cc_quantity_hedge(q) == c->hedge, "'%s': hedge %s, expected %s", c->text,
                  cc_hedge_name(cc_quantity_hedge(q)), cc_hedge_name(c->hedge));
    ck_assert_str_eq(cc_quantity_hedge_word(q), c->word);
    cc_quantity_interval(q, 0, &lo, &hi, NULL, NULL);
    assert_near(lo, c->lo, "low", c->text);
    assert_near(hi, c->hi, "high", c->text);
    cc_quantity_free(q);
}
END_TEST

START_TEST(test_parse_lenient)
{
    cc_quantity *q = NULL;
    cc_error err;
    double lo, hi;
    int lo_open, hi_open;

    /* knapp 17 %: w = min(1, 0.85) doubled */
    ck_assert_int_eq(cc_quantity_parse(&q, "knapp 17 Prozent", 16, "de", &err), CC_OK);
    cc_quantity_interval(q, 1, &lo, &hi, &lo_open, &hi_open);
    assert_near(lo, 15.3, "low", "knapp 17 Prozent");
    assert_near(hi, 17, "high", "knapp 17 Prozent");
    ck_assert_int_eq(lo_open, 0);
    ck_assert_int_eq(hi_open, 0);
    cc_quantity_free(q);
    /* mehr als 17 %: open at 17 */
    ck_assert_int_eq(cc_quantity_parse(&q, "mehr als 17 %", 13, "de", &err), CC_OK);
    cc_quantity_interval(q, 0, &lo, &hi, &lo_open, &hi_open);
    ck_assert_int_eq(lo_open, 1);
    cc_quantity_free(q);
    /* zwischen 5 und 6 %: ends widened by w = 0.25 and 0.3, doubled */
    ck_assert_int_eq(cc_quantity_parse(&q, "zwischen 5 und 6 %", 18, "de", &err), CC_OK);
    cc_quantity_interval(q, 1, &lo, &hi, NULL, NULL);
    assert_near(lo, 4.5, "low", "zwischen 5 und 6 %");
    assert_near(hi, 6.6, "high", "zwischen 5 und 6 %");
    assert_near(cc_quantity_value_high(q), 6, "value_high", "zwischen 5 und 6 %");
    cc_quantity_free(q);
    /* the text need not be NUL-terminated: only len bytes are read */
    ck_assert_int_eq(cc_quantity_parse(&q, "17 Prozent und 18", 10, "de", &err), CC_OK);
    ck_assert_str_eq(cc_quantity_unit(q), "%");
    cc_quantity_free(q);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Errors                                                              */
/* ------------------------------------------------------------------ */

static cc_status parse_err(const char *text, const char *lang, cc_error *err)
{
    cc_quantity *q = (cc_quantity *)&q;
    cc_status st = cc_quantity_parse(&q, text, strlen(text), lang, err);
    ck_assert_ptr_null(q);
    return st;
}

START_TEST(test_errors)
{
    cc_error err;

    ck_assert_int_eq(parse_err("abc", "de", &err), CC_EQUANTITY);
    cc_assert_error(err, CC_EQUANTITY, 1, 1, 0, "no figure in 'abc'");
    ck_assert_int_eq(parse_err("", "en", &err), CC_EQUANTITY);
    cc_assert_error(err, CC_EQUANTITY, 1, 1, 0, "no figure in ''");
    ck_assert_int_eq(parse_err("Covid-19", "en", &err), CC_EQUANTITY);
    cc_assert_error(err, CC_EQUANTITY, 1, 1, 0, "no figure in 'Covid-19'");
    ck_assert_int_eq(parse_err("5G network", "en", &err), CC_EQUANTITY);
    cc_assert_error(err, CC_EQUANTITY, 1, 1, 0, "no figure in '5G network'");
    ck_assert_int_eq(parse_err("am 27.01.2025", "de", &err), CC_EQUANTITY);
    cc_assert_error(err, CC_EQUANTITY, 1, 1, 0, "no figure");

    ck_assert_int_eq(parse_err("589 und 600", "de", &err), CC_EQUANTITY);
    cc_assert_error(err, CC_EQUANTITY, 1, 9, 8, "more than one figure: the second is '600'");
    ck_assert_int_eq(parse_err("rund 17 Prozent oder gut 460 Milliarden Dollar", "de", &err),
                     CC_EQUANTITY);
    cc_assert_error(err, CC_EQUANTITY, 1, 22, 21, "the second is 'gut 460 Milliarden Dollar'");
    /* columns count code points: "über 5 % und " is 13 of them, 14 bytes */
    ck_assert_int_eq(parse_err("über 5 % und über 6 %", "de", &err), CC_EQUANTITY);
    cc_assert_error(err, CC_EQUANTITY, 1, 14, 14, "the second is 'über 6 %'");
    ck_assert_int_eq(parse_err("5 %\n6 %", "de", &err), CC_EQUANTITY);
    cc_assert_error(err, CC_EQUANTITY, 2, 1, 4, "the second is '6 %'");
    ck_assert_int_eq(
        parse_err("von 3,5 Billionen US-Dollar auf 2,9 Billionen US-Dollar", "de", &err),
        CC_EQUANTITY);
    cc_assert_error(err, CC_EQUANTITY, 1, 33, 32, "'2,9 Billionen US-Dollar'");
    /* a falling "range" is two figures */
    ck_assert_int_eq(parse_err("6-5 Prozent", "de", &err), CC_EQUANTITY);
    cc_assert_error(err, CC_EQUANTITY, 1, 3, 2, "the second is '5 Prozent'");
    /* two different units do not make a range */
    ck_assert_int_eq(parse_err("5 Euro bis 6 Dollar", "de", &err), CC_EQUANTITY);
    cc_assert_error(err, CC_EQUANTITY, 1, 12, 11, "the second is '6 Dollar'");
    /* two weak figures (years) */
    ck_assert_int_eq(parse_err("2024 und 2025", "de", &err), CC_EQUANTITY);
    cc_assert_error(err, CC_EQUANTITY, 1, 10, 9, "the second is '2025'");

    ck_assert_int_eq(parse_err("5 %", "fr", &err), CC_ELANG);
    cc_assert_error(err, CC_ELANG, 0, 0, -1, "unsupported language 'fr'");
    ck_assert_int_eq(parse_err("5 %", "", &err), CC_ELANG);
    cc_assert_error(err, CC_ELANG, 0, 0, -1, "unsupported language ''");

    ck_assert_int_eq(parse_err("1234567890123456789012345678901234 Euro", "de", &err), CC_ERANGE);
    cc_assert_error(err, CC_ERANGE, 1, 1, 0,
                    "number '1234567890123456789012345678901234' out of range");
    ck_assert_int_eq(
        parse_err("über 9.999.999.999.999.999.999.999.999.999.999.999 Euro", "de", &err),
        CC_ERANGE);
    cc_assert_error(err, CC_ERANGE, 1, 6, 6, "out of range");

    ck_assert_int_eq(cc_quantity_parse(NULL, "5", 1, "de", &err), CC_EINVAL);
}
END_TEST

/* ------------------------------------------------------------------ */
/* The scanner                                                         */
/* ------------------------------------------------------------------ */

static const cc_lexicon *lexicon(const char *lang)
{
    cc_status st = CC_EINTERNAL;
    const cc_lexicon *lx = cc_lexicon__get(lang, &st);
    ck_assert_int_eq(st, CC_OK);
    ck_assert_ptr_nonnull(lx);
    return lx;
}

START_TEST(test_scanner)
{
    const char *t = "Am 27. Januar 2025 verlor Nvidia fast 600 Mrd. $ (rund 17 %), "
                    "der DAX schloss bei 21.414,25 Punkten.";
    const cc_lexicon *lx = lexicon("de");
    size_t len = strlen(t), pos = 0;
    cc_mention m[8];
    cc_error err;
    int n = 0, rc;

    while (n < 8 && (rc = cc_numparse__next(lx, t, len, &pos, &m[n], &err)) == 1)
        n++;
    ck_assert_int_eq(rc, 0);
    ck_assert_int_eq(pos, len);
    ck_assert_int_eq(n, 5);
    /* 27. Januar: the day of a date */
    ck_assert_int_eq(m[0].weak, 1);
    ck_assert_int_eq(m[0].num_start, 3);
    ck_assert_int_eq(m[0].end, 13);
    /* 2025: a bare year */
    ck_assert_int_eq(m[1].weak, 1);
    ck_assert_str_eq(m[1].q.digits, "2025");
    /* fast 600 Mrd. $ */
    ck_assert_int_eq(m[2].weak, 0);
    ck_assert_int_eq(m[2].start, (size_t)(strstr(t, "fast") - t));
    ck_assert_int_eq(m[2].end, (size_t)(strstr(t, " (") - t));
    ck_assert_int_eq(m[2].hedge_start, m[2].start);
    ck_assert_int_eq(m[2].hedge_end, m[2].start + 4);
    ck_assert_int_eq(m[2].num_start, m[2].start + 5);
    ck_assert_int_eq(m[2].num_end, m[2].start + 8);
    ck_assert_str_eq(m[2].q.unit, "USD");
    /* rund 17 % */
    ck_assert_int_eq(m[3].start, (size_t)(strstr(t, "rund") - t));
    ck_assert_int_eq(m[3].end, m[3].start + 9);
    ck_assert_int_eq(m[3].q.hedge, CC_HEDGE_APPROX);
    /* 21.414,25 Punkten */
    ck_assert_str_eq(m[4].q.digits, "21414.25");
    ck_assert_int_eq(m[4].end, len - 1);
}
END_TEST

/* Runs refused whole, and numbers that are times or measures. */
START_TEST(test_scanner_refusals)
{
    const char *en = "It was two point twenty, then two point 5, then 1 point 5 minutes.";
    const char *de = "Die Busse fuhren zwischen 14 und 19 Uhr, 3 bis 5 Kilometer weit.";
    const cc_lexicon *lx = lexicon("en");
    size_t pos = 0;
    cc_mention m;
    cc_error err;
    ck_assert_int_eq(cc_numparse__next(lx, en, strlen(en), &pos, &m, &err), 0);
    lx = lexicon("de");
    pos = 0;
    ck_assert_int_eq(cc_numparse__next(lx, de, strlen(de), &pos, &m, &err), 1);
    ck_assert_int_eq(m.kind, CC_KIND_TIME);
    ck_assert_int_eq(m.start, (size_t)(strstr(de, "zwischen") - de));
    ck_assert_int_eq(m.end, (size_t)(strstr(de, ",") - de));
    ck_assert_int_eq(cc_numparse__next(lx, de, strlen(de), &pos, &m, &err), 1);
    ck_assert_int_eq(m.kind, CC_KIND_PHYSICAL);
    ck_assert_int_eq(m.start, (size_t)(strstr(de, "3 bis") - de));
    ck_assert_int_eq(m.end, (size_t)(strstr(de, " weit") - de));
    ck_assert_int_eq(cc_numparse__next(lx, de, strlen(de), &pos, &m, &err), 0);
}
END_TEST

/* "A to B" after a direction word, or with a unit on A alone, is a change
 * and a level; real ranges stay ranges. */
typedef struct scan_case {
    const char *lang, *text;
    int n;             /* mentions */
    const char *first; /* the first mention as written */
    const char *unit;  /* the first mention's unit */
    int range;         /* 1: the first mention is a range */
} scan_case;

static const scan_case scan_cases[] = {
    /* refused: two figures */
    {"en", "The index fell 1 point to 500.", 2, "1 point", "count", 0},
    {"en", "The Dow rose 2 points to 44,000.", 2, "2 points", "count", 0},
    {"en", "The index fell by 1 to 500.", 2, "1", "count", 0},
    {"en", "Sales fell by about 1 point to 500.", 2, "about 1 point", "count", 0},
    {"en", "Unemployment rose 0.2 to 4.1 percent.", 2, "0.2", "pp", 0},
    {"en", "Shares rose $2 to $40.", 2, "$2", "USD", 0},
    {"en", "Revenue rose 5 percent to 6 billion.", 2, "5 percent", "%", 0},
    {"en", "The rate rose from 3 to 3.25 percent.", 2, "3", "count", 0},
    {"de", "Der Kurs fiel 2 Punkte bis 44.000.", 2, "2 Punkte", "count", 0},
    /* kept: ranges */
    {"en", "Growth will be 5 to 6 percent.", 1, "5 to 6 percent", "%", 1},
    {"en", "Growth will be from 5 to 6 percent.", 1, "from 5 to 6 percent", "%", 1},
    {"en", "It costs $10 to $20 million.", 1, "$10 to $20 million", "USD", 1},
    {"en", "Growth will be between 5 and 6 percent.", 1, "between 5 and 6 percent", "%", 1},
    {"en", "Prices rose 10 to 12 percent.", 1, "10 to 12 percent", "%", 1},
    {"en", "Shares rose $2 to $3.", 1, "$2 to $3", "USD", 1},
    {"en", "Analysts expect a gain of 2 to 3 percent.", 1, "2 to 3 percent", "%", 1},
    {"de", "Die Aktie stieg um 2 bis 3 Prozent.", 1, "2 bis 3 Prozent", "%", 1},
    {"de", "Die Kosten steigen von 2 bis 3 Mio. Euro.", 1, "von 2 bis 3 Mio. Euro", "EUR", 1},
};

START_TEST(test_scanner_changes)
{
    const scan_case *c = &scan_cases[_i];
    const cc_lexicon *lx = lexicon(c->lang);
    size_t len = strlen(c->text), pos = 0;
    cc_mention m[4];
    cc_error err;
    int n = 0, rc;

    while (n < 4 && (rc = cc_numparse__next(lx, c->text, len, &pos, &m[n], &err)) == 1)
        n++;
    ck_assert_int_eq(rc, 0);
    ck_assert_msg(n == c->n, "%s: %d mentions", c->text, n);
    ck_assert_int_eq(m[0].end - m[0].start, strlen(c->first));
    ck_assert_msg(memcmp(c->text + m[0].start, c->first, strlen(c->first)) == 0, "%s", c->text);
    ck_assert_str_eq(m[0].q.unit, c->unit);
    ck_assert_int_eq(m[0].q.hedge == CC_HEDGE_RANGE, c->range);
    if (!c->range) {
        /* B is read on its own, after the word between */
        ck_assert_int_gt(m[1].start, m[0].end);
        ck_assert_int_ne(m[1].q.hedge, CC_HEDGE_RANGE);
    }
}
END_TEST

START_TEST(test_scanner_names)
{
    /* digits inside names are not figures; "S&P 500" is a count */
    const char *t = "H100 und Covid-19 und G7, 3D und 5G; der S&P 500 fiel.";
    const cc_lexicon *lx = lexicon("de");
    size_t pos = 0;
    cc_mention m;
    cc_error err;
    ck_assert_int_eq(cc_numparse__next(lx, t, strlen(t), &pos, &m, &err), 1);
    ck_assert_str_eq(m.q.digits, "500");
    ck_assert_int_eq(m.num_start, (size_t)(strstr(t, "500") - t));
    ck_assert_int_eq(cc_numparse__next(lx, t, strlen(t), &pos, &m, &err), 0);
}
END_TEST

START_TEST(test_detect_lang)
{
    ck_assert_str_eq(cc_numparse__detect_lang("589 Milliarden", 14), "de");
    ck_assert_str_eq(cc_numparse__detect_lang("5,6 %", 5), "de");
    ck_assert_str_eq(cc_numparse__detect_lang("über 5", 7), "de");
    ck_assert_str_eq(cc_numparse__detect_lang("$5.6 million", 12), "en");
    ck_assert_str_eq(cc_numparse__detect_lang("nearly 17%", 10), "en");
    ck_assert_str_eq(cc_numparse__detect_lang("5.6", 3), "en");
    ck_assert_str_eq(cc_numparse__detect_lang("", 0), "en");
}
END_TEST

/* A short sentence with no key of either table but frequent words or
 * umlauts inside its words still tells its language. */
START_TEST(test_detect_lang_short)
{
    static const struct {
        const char *text, *lang;
    } short_texts[] = {
        {"Jeder fünfte Euro fließt in Sozialausgaben.", "de"},
        {"Die Zahl der Toten ist gestiegen.", "de"},
        {"Es waren 12 und nicht 15.", "de"},
        {"The number of dead has risen.", "en"},
        {"It was 12 and not 15.", "en"},
        {"The Müller family paid 5 euros.", "en"},
    };
    for (size_t k = 0; k < sizeof short_texts / sizeof short_texts[0]; k++)
        ck_assert_msg(
            strcmp(cc_numparse__detect_lang(short_texts[k].text, strlen(short_texts[k].text)),
                   short_texts[k].lang) == 0,
            "%s: expected %s", short_texts[k].text, short_texts[k].lang);
}
END_TEST

/* Every language with tables is detected from its own tables' evidence:
 * a text of its common words, and a word with its own letters. */
START_TEST(test_detect_lang_tables)
{
    for (size_t k = 0; k < cc_lexicon__count(); k++) {
        const char *lang = cc_lexicon__lang_at(k);
        cc_status st;
        const cc_lexicon *lx = cc_lexicon__get(lang, &st);
        const cc_lex_table *t = cc_lexicon__table_at(k);
        char text[256] = "";
        ck_assert_ptr_nonnull(lx);
        ck_assert_str_eq(t->lang, lang);
        for (size_t w = 0; w < t->ncommon && w < 8; w++) {
            strcat(text, t->common[w]);
            strcat(text, " ");
        }
        ck_assert_msg(strcmp(cc_numparse__detect_lang(text, strlen(text)), lang) == 0, "%s: %s",
                      lang, text);
        if (t->own_letters) {
            /* one word with an own letter and nothing else */
            snprintf(text, sizeof text, "x%.4sx 5", t->own_letters);
            ck_assert_str_eq(cc_numparse__detect_lang(text, strlen(text)), lang);
            {
                size_t at = 0;
                int32_t c = cc_lexicon__decode(t->own_letters, strlen(t->own_letters), &at);
                ck_assert(cc_lexicon__has_cp(t->own_letters, c));
            }
        }
    }
    ck_assert(!cc_lexicon__has_cp("äö", 'a'));
}
END_TEST

/* Every table brings the closed word classes for source names, in lower
 * case, and its clause openers are among its name stops. */
START_TEST(test_name_word_tables)
{
    for (size_t k = 0; k < cc_lexicon__count(); k++) {
        const cc_lex_table *t = cc_lexicon__table_at(k);
        ck_assert_uint_gt(t->nname_stops, 5);
        ck_assert_uint_gt(t->nclause_openers, 0);
        ck_assert_uint_gt(t->nname_joiners, 0);
        ck_assert_uint_gt(t->nauxiliaries, 0);
        for (size_t i = 0; i < t->nname_stops; i++)
            for (const char *c = t->name_stops[i]; *c; c++)
                ck_assert_msg(!(*c >= 'A' && *c <= 'Z'), "%s: %s", t->lang, t->name_stops[i]);
        for (size_t i = 0; i < t->nclause_openers; i++) {
            int found = 0;
            for (size_t j = 0; j < t->nname_stops; j++)
                found |= strcmp(t->clause_openers[i], t->name_stops[j]) == 0;
            ck_assert_msg(found, "%s: opener %s is no name stop", t->lang, t->clause_openers[i]);
        }
    }
}
END_TEST

/* Every unit of measure of the tables whose figures are compared names a
 * symbol of the unit table (units.c), and the symbols' own table names each
 * one: "Tonnen" is "t", "kbps" "kbit/s". */
static void assert_measures(const char *lang, const cc_lex_word *w, size_t n, int all)
{
    size_t named = 0;
    for (size_t i = 0; i < n; i++) {
        if (!(w[i].roles & CC_LEX_KIND) || w[i].value != CC_KIND_PHYSICAL || !w[i].code)
            continue;
        ck_assert_msg(cc_unit__dimension(w[i].code) == CC_DIM_MEASURE, "%s: %s -> %s", lang,
                      w[i].text, w[i].code);
        named++;
    }
    ck_assert_uint_gt(named, 20);
    if (all)
        ck_assert_uint_eq(named, n);
}

START_TEST(test_measure_symbols)
{
    for (size_t k = 0; k < cc_lexicon__count(); k++) {
        const cc_lex_table *t = cc_lexicon__table_at(k);
        assert_measures(t->lang, t->words, t->nwords, 0);
    }
    assert_measures("symbols", cc_lexicon__unit_symbols, cc_lexicon__nunit_symbols, 1);
}
END_TEST

/* The word lists searched by bisection (ordinal openers, particle verbs,
 * per articles, conjunctions) are sorted and lower case, and match whole entries only. */
START_TEST(test_sorted_lists)
{
    const cc_lex_table *tables[] = {&cc_lexicon__de_table, &cc_lexicon__en_table};
    for (size_t a = 0; a < 2; a++) {
        const cc_lex_table *t = tables[a];
        cc_status st;
        const cc_lexicon *lx = cc_lexicon__get(t->lang, &st);
        const char *const *lists[] = {t->ordinal_openers, t->particle_verbs, t->per_articles,
                                      t->conjunctions};
        size_t counts[] = {t->nordinal_openers, t->nparticle_verbs, t->nper_articles,
                           t->nconjunctions};
        ck_assert_ptr_nonnull(lx);
        for (size_t l = 0; l < 4; l++) {
            for (size_t k = 0; k < counts[l]; k++) {
                const char *w = lists[l][k], *sp = strchr(w, ' ');
                size_t n = strlen(w);
                char longer[64];
                int found, longer_found;
                if (k > 0)
                    ck_assert_msg(strcmp(lists[l][k - 1], w) < 0, "%s: %s before %s", t->lang,
                                  lists[l][k - 1], w);
                for (const char *c = w; *c; c++)
                    ck_assert_msg(!(*c >= 'A' && *c <= 'Z'), "%s: %s", t->lang, w);
                ck_assert_uint_lt(n + 1, sizeof longer);
                memcpy(longer, w, n);
                longer[n] = 'q';
                if (l == 0) {
                    found = cc_lexicon__ordinal_opener(lx, w, 0, n);
                    longer_found = cc_lexicon__ordinal_opener(lx, longer, 0, n + 1);
                } else if (l == 1) {
                    ck_assert_ptr_nonnull(sp);
                    found =
                        cc_lexicon__particle_verb(lx, w, (size_t)(sp - w), sp + 1, strlen(sp + 1));
                    longer_found = cc_lexicon__particle_verb(lx, w, (size_t)(sp - w), "q", 1);
                } else if (l == 2) {
                    found = cc_lexicon__per_article(lx, w, 0, n);
                    longer_found = cc_lexicon__per_article(lx, longer, 0, n + 1);
                } else {
                    found = cc_lexicon__conjunction(lx, w, 0, n);
                    longer_found = cc_lexicon__conjunction(lx, longer, 0, n + 1);
                }
                ck_assert_msg(found, "%s: %s", t->lang, w);
                ck_assert_msg(!longer_found, "%s: %s with more", t->lang, w);
            }
        }
    }
    ck_assert_uint_gt(cc_lexicon__de_table.nordinal_openers, 10);
    ck_assert_uint_eq(cc_lexicon__en_table.nordinal_openers, 0);
    ck_assert_uint_gt(cc_lexicon__de_table.nparticle_verbs, 0);
    ck_assert_uint_gt(cc_lexicon__en_table.nper_articles, 0);
}
END_TEST

/* The common words of each table are sorted (they are searched by
 * bisection), lower case, and no other table has them. */
START_TEST(test_common_words)
{
    const cc_lex_table *tables[] = {&cc_lexicon__de_table, &cc_lexicon__en_table};
    for (size_t a = 0; a < 2; a++) {
        const cc_lex_table *t = tables[a];
        cc_status st;
        const cc_lexicon *lx = cc_lexicon__get(t->lang, &st), *other;
        ck_assert_ptr_nonnull(lx);
        other = cc_lexicon__get(tables[1 - a]->lang, &st);
        ck_assert_uint_gt(t->ncommon, 10);
        for (size_t k = 0; k < t->ncommon; k++) {
            const char *w = t->common[k];
            if (k > 0)
                ck_assert_msg(strcmp(t->common[k - 1], w) < 0, "%s: %s before %s", t->lang,
                              t->common[k - 1], w);
            for (const char *c = w; *c; c++)
                ck_assert_msg(!(*c >= 'A' && *c <= 'Z'), "%s: %s", t->lang, w);
            ck_assert(cc_lexicon__common_word(lx, w, strlen(w)));
            ck_assert_msg(!cc_lexicon__common_word(other, w, strlen(w)), "%s in both", w);
            {
                /* in any ASCII case, and not as a prefix of a longer word */
                char up[32];
                size_t n = strlen(w);
                ck_assert_uint_lt(n + 1, sizeof up);
                for (size_t c = 0; c <= n; c++)
                    up[c] = (char)(w[c] >= 'a' && w[c] <= 'z' ? w[c] - 32 : w[c]);
                ck_assert_msg(cc_lexicon__common_word(lx, up, n), "%s: %s", t->lang, up);
                up[n] = 'q';
                ck_assert_msg(!cc_lexicon__common_word(lx, up, n + 1), "%s: %sq", t->lang, w);
                ck_assert_msg(!cc_lexicon__common_word(lx, "\0\0\0\0\0\0\0", n), "%s: NUL bytes",
                              t->lang);
            }
        }
        ck_assert(!cc_lexicon__common_word(lx, "zzz", 3));
        ck_assert(!cc_lexicon__common_word(lx, "", 0));
    }
}
END_TEST

/* ------------------------------------------------------------------ */
/* Lexicons                                                            */
/* ------------------------------------------------------------------ */

START_TEST(test_lexicon_scales)
{
    const cc_lexicon *de = lexicon("de"), *en = lexicon("en");
    const cc_lex_entry *e;

    /* the long and the short scale never mix */
    ck_assert_ptr_nonnull(e = cc_lexicon__lookup(de, "Billion"));
    ck_assert_int_eq(e->scale, 12);
    ck_assert_ptr_nonnull(e = cc_lexicon__lookup(en, "billion"));
    ck_assert_int_eq(e->scale, 9);
    ck_assert_ptr_nonnull(e = cc_lexicon__lookup(de, "Milliarde"));
    ck_assert_int_eq(e->scale, 9);
    ck_assert_ptr_null(cc_lexicon__lookup(en, "Milliarden"));
    ck_assert_ptr_null(cc_lexicon__lookup(de, "bn"));
    /* CLDR compact forms */
    ck_assert_ptr_nonnull(e = cc_lexicon__lookup(de, "Mrd."));
    ck_assert_int_eq(e->scale, 9);
    ck_assert_ptr_nonnull(e = cc_lexicon__lookup(de, "Bio."));
    ck_assert_int_eq(e->scale, 12);
    ck_assert_ptr_nonnull(e = cc_lexicon__lookup(en, "B"));
    ck_assert_int_eq(e->scale, 9);
    ck_assert_ptr_nonnull(e = cc_lexicon__lookup(en, "T"));
    ck_assert_int_eq(e->scale, 12);
    /* single capitals only as capitals; "b" is a scale of money ("$1.5b") */
    ck_assert_ptr_null(cc_lexicon__lookup(en, "t"));
    ck_assert_ptr_nonnull(e = cc_lexicon__lookup(en, "b"));
    ck_assert_int_eq(e->scale_glue, CC_GLUE_MONEY);
    /* separators from ICU */
    ck_assert_uint_eq(cc_lexicon__decimal(de), ',');
    ck_assert_uint_eq(cc_lexicon__grouping(de), '.');
    ck_assert_uint_eq(cc_lexicon__decimal(en), '.');
    ck_assert_uint_eq(cc_lexicon__grouping(en), ',');
    ck_assert_str_eq(cc_lexicon__lang(de), "de");
    ck_assert(cc_lexicon__build_ms(de) > 0.0);
    ck_assert(cc_lexicon__size(en) > 500);
}
END_TEST

START_TEST(test_lexicon_currencies)
{
    const cc_lexicon *de = lexicon("de"), *en = lexicon("en");
    const cc_lex_entry *e;

    ck_assert_ptr_nonnull(e = cc_lexicon__lookup(de, "US-Dollar"));
    ck_assert_str_eq(e->code, "USD");
    /* hyphen and space are the same inside keys */
    ck_assert_ptr_nonnull(e = cc_lexicon__lookup(de, "US Dollar"));
    ck_assert_str_eq(e->code, "USD");
    ck_assert_ptr_nonnull(e = cc_lexicon__lookup(de, "japanischer yen"));
    ck_assert_str_eq(e->code, "JPY");
    ck_assert_ptr_nonnull(e = cc_lexicon__lookup(en, "US dollars"));
    ck_assert_str_eq(e->code, "USD");
    ck_assert_ptr_nonnull(e = cc_lexicon__lookup(en, "Swiss francs"));
    ck_assert_str_eq(e->code, "CHF");
    ck_assert_ptr_nonnull(e = cc_lexicon__lookup(en, "$"));
    ck_assert_str_eq(e->code, "USD");
    ck_assert_ptr_nonnull(e = cc_lexicon__lookup(en, "A$"));
    ck_assert_str_eq(e->code, "AUD");
    /* ISO codes only in capitals: "all" is a word, "ALL" the lek */
    ck_assert_ptr_nonnull(e = cc_lexicon__lookup(en, "ALL"));
    ck_assert_str_eq(e->code, "ALL");
    ck_assert_ptr_null(cc_lexicon__lookup(en, "all"));
    ck_assert_ptr_null(cc_lexicon__lookup(de, "eur"));
    /* spelled numbers (RBNF) and months */
    ck_assert_ptr_nonnull(e = cc_lexicon__lookup(de, "zwölf"));
    ck_assert_int_eq(e->number, 12);
    ck_assert_ptr_nonnull(e = cc_lexicon__lookup(en, "twenty"));
    ck_assert_int_eq(e->number, 20);
    ck_assert_ptr_nonnull(e = cc_lexicon__lookup(de, "März"));
    ck_assert(e->roles & CC_LEX_MONTH);
}
END_TEST

START_TEST(test_lexicon_langs)
{
    cc_status st = CC_OK;
    ck_assert_ptr_null(cc_lexicon__get("fr", &st));
    ck_assert_int_eq(st, CC_ELANG);
    ck_assert_ptr_null(cc_lexicon__get(NULL, &st));
    ck_assert_int_eq(st, CC_ELANG);
    ck_assert_ptr_eq(cc_lexicon__get("DE", &st), cc_lexicon__get("de_AT", &st));
    ck_assert_int_eq(cc_lang__supported("de"), 1);
    ck_assert_int_eq(cc_lang__supported("en-GB"), 1);
    ck_assert_int_eq(cc_lang__supported("fr"), 0);
    ck_assert_int_eq(cc_lang__supported("deu"), 0);
    ck_assert_int_eq(cc_lang__supported(NULL), 0);
}
END_TEST

static void *get_en(void *arg)
{
    cc_status st;
    (void)arg;
    return (void *)cc_lexicon__get("en", &st);
}

START_TEST(test_lexicon_threads)
{
    pthread_t th[4];
    void *res[4];
    for (int k = 0; k < 4; k++)
        ck_assert_int_eq(pthread_create(&th[k], NULL, get_en, NULL), 0);
    for (int k = 0; k < 4; k++)
        ck_assert_int_eq(pthread_join(th[k], &res[k]), 0);
    for (int k = 1; k < 4; k++)
        ck_assert_ptr_eq(res[k], res[0]);
    ck_assert_ptr_nonnull(res[0]);
}
END_TEST

/* The word grammar: compounds split longest part first, fractions,
 * multipliers, and the flags the reader reports. */
typedef struct words_case {
    const char *lang, *text;
    const char *digits; /* NULL: no number */
    size_t end;         /* bytes read */
    int flags;
} words_case;

static const words_case words_cases[] = {
    {"de", "hundertzwei", "102", 11, 0},
    {"de", "hunderttausend", "100000", 14, 0},
    {"de", "tausendachthundertzweiundfünfzig", "1852", 33, 0},
    {"de", "siebenhunderteinundzwanzigtausendundzwölf", "721012", 42, 0},
    {"de", "dreiunddreissig", "33", 15, 0},
    {"de", "zwei Millionen dreitausend", "2003000", 26, 0},
    {"de", "ein Drittel", "0.333333333333", 11, CC_NUMWORDS_FRACTION},
    {"de", "dreiviertel", "0.75", 11, CC_NUMWORDS_FRACTION},
    {"de", "zwei Komma fünfzehn", "2.15", 20, 0},
    {"de", "keine Angaben", NULL, 0, 0},
    {"de", "Dreiecke", NULL, 0, 0},
    {"en", "three crore twelve lakh", "31200000", 23, 0},
    {"en", "two thirds", "0.666666666667", 10, CC_NUMWORDS_FRACTION},
    {"en", "one eighth", "0.125", 10, CC_NUMWORDS_FRACTION},
    {"en", "a few", "3", 5, CC_NUMWORDS_APPROX},
    {"en", "twenty third", "20", 6, 0},
    {"en", "a third term", NULL, 0, 0},
    {"en", "single market", NULL, 0, 0},
};

START_TEST(test_words)
{
    const words_case *c = &words_cases[_i];
    const cc_lexicon *lx = lexicon(c->lang);
    cc_decimal dec;
    size_t end = 0;
    int flags = -1;
    int rc = cc_numwords__read(lx, c->text, strlen(c->text), 0, &dec, &end, &flags);
    char got[CC_DIGITS_MAX + 2];

    ck_assert_msg(rc == (c->digits != NULL), "%s: rc %d", c->text, rc);
    if (!c->digits)
        return;
    ck_assert_int_eq(end, c->end);
    ck_assert_int_eq(flags, c->flags);
    /* the digits as written: integer part, '.', fraction */
    {
        int nint = dec.n + dec.exp, o = 0;
        for (int k = 0; k < nint; k++)
            got[o++] = k < dec.n ? dec.d[k] : '0';
        if (nint <= 0)
            got[o++] = '0';
        if (dec.exp < 0) {
            got[o++] = '.';
            for (int k = nint; k < dec.n; k++)
                got[o++] = k < 0 ? '0' : dec.d[k];
        }
        got[o] = '\0';
    }
    ck_assert_msg(strcmp(got, c->digits) == 0, "%s: got %s, want %s", c->text, got, c->digits);
}
END_TEST

START_TEST(test_words_multiply)
{
    cc_decimal d;
    ck_assert_int_eq(cc_decimal__parse(&d, "200", 3), CC_OK);
    ck_assert_int_eq(cc_numwords__multiply(&d, 12), 0);
    ck_assert_int_eq(d.n, 4);
    ck_assert_int_eq(memcmp(d.d, "2400", 4), 0);
    ck_assert_int_eq(d.exp, 0);
    ck_assert_int_eq(cc_decimal__parse(&d, "99999999999999999999", 20), CC_OK);
    ck_assert_int_eq(cc_numwords__multiply(&d, 12), -1);
    ck_assert_int_eq(d.n, 20); /* unchanged */
}
END_TEST

START_TEST(test_share_tables_fit_their_index)
{
    /* the lexicon indexes share words in bytes (lexicon.c share_buckets):
     * a table may hold at most 254 */
    ck_assert_uint_lt(cc_lexicon__de_table.nshares, 255);
    ck_assert_uint_lt(cc_lexicon__en_table.nshares, 255);
    ck_assert_uint_gt(cc_lexicon__de_table.nshares, 0);
}
END_TEST

START_TEST(test_words_rupee_case)
{
    /* "Rs" is rupees only as written with lower case: "RS6" is a name */
    const cc_lexicon *lx = lexicon("en");
    size_t end = 0;
    uint16_t got = 0;
    ck_assert_ptr_nonnull(cc_lexicon__match(lx, "Rs 5", 4, 0, CC_LEX_CURRENCY, &end, &got));
    ck_assert_ptr_null(cc_lexicon__match(lx, "RS 5", 4, 0, CC_LEX_CURRENCY, &end, &got));
}
END_TEST

static Suite *numparse_suite(void)
{
    Suite *s = suite_create("numparse");
    TCase *tc = tcase_create("parse");
    TCase *tl = tcase_create("lexicon");
    tcase_add_loop_test(tc, test_parse_case, 0, (int)NCASES);
    tcase_add_test(tc, test_parse_lenient);
    tcase_add_test(tc, test_errors);
    tcase_add_test(tc, test_scanner);
    tcase_add_test(tc, test_scanner_names);
    tcase_add_test(tc, test_scanner_refusals);
    tcase_add_loop_test(tc, test_scanner_changes, 0,
                        (int)(sizeof scan_cases / sizeof scan_cases[0]));
    tcase_add_test(tc, test_detect_lang);
    tcase_add_test(tc, test_detect_lang_short);
    tcase_add_test(tc, test_common_words);
    tcase_add_test(tc, test_sorted_lists);
    tcase_add_test(tc, test_detect_lang_tables);
    tcase_add_test(tc, test_name_word_tables);
    tcase_add_test(tc, test_measure_symbols);
    tcase_add_loop_test(tc, test_words, 0, (int)(sizeof words_cases / sizeof words_cases[0]));
    tcase_add_test(tc, test_words_multiply);
    tcase_add_test(tc, test_words_rupee_case);
    tcase_add_test(tc, test_share_tables_fit_their_index);
    tcase_add_test(tl, test_lexicon_threads); /* first, so that threads race to build */
    tcase_add_test(tl, test_lexicon_scales);
    tcase_add_test(tl, test_lexicon_currencies);
    tcase_add_test(tl, test_lexicon_langs);
    suite_add_tcase(s, tc);
    suite_add_tcase(s, tl);
    return s;
}

int main(void)
{
    return cc_test_run(numparse_suite());
}
