/*
 * test_extract.c - extraction of mentions from running text: spans,
 * sentences, kinds, context (scope, attribution, direction, negation),
 * linked changes, front matter, warnings, errors, and the claims JSON
 * written from it loading back as a claim set.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "context_words.h"
#include "extract.h"
#include "lexicon.h"
#include "linewrap.h"
#include "sentence.h"
#include "testutil.h"

static cc_extraction *extract(const char *text, const char *lang)
{
    cc_extract_options o = CC_EXTRACT_OPTIONS_INIT;
    cc_extraction *x = NULL;
    cc_error err;
    o.lang = lang;
    ck_assert_int_eq(cc_extract(&x, text, strlen(text), &o, &err), CC_OK);
    ck_assert_ptr_nonnull(x);
    return x;
}

/* The index of the first mention whose text is `s`, or -1. */
static long find(const cc_extraction *x, const char *text, const char *s)
{
    for (size_t i = 0; i < cc_extraction_count(x); i++) {
        size_t a, b;
        cc_extraction_span(x, i, &a, &b);
        if (b - a == strlen(s) && memcmp(text + a, s, b - a) == 0)
            return (long)i;
    }
    return -1;
}

/* What stands before a figure's sentence never decides what reaches it:
 * a line above with digits and no full stop ("Ausblick 2027") once kept
 * the forecast from the second figure, a URL without them did not. */
START_TEST(test_context_stays_in_its_sentence)
{
    const char *const heads[] = {"Outlook for 2027\n", "Outlook for next year\n"};
    for (size_t k = 0; k < 2; k++) {
        char t[256];
        cc_extraction *x;
        long a;
        snprintf(t, sizeof t,
                 "%sStaff economists forecast inflation of 2.1%% next year, broadly "
                 "at target, and 1.7%% in 2026.",
                 heads[k]);
        x = extract(t, "en");
        a = find(x, t, "1.7%");
        ck_assert_int_ge(a, 0);
        ck_assert_ptr_nonnull(cc_extraction_scope(x, (size_t)a));
        ck_assert_str_eq(cc_extraction_scope(x, (size_t)a), "forecast");
        cc_extraction_free(x);
    }
}
END_TEST

START_TEST(test_design_sentence)
{
    const char *t = "Nvidia verlor am Montag fast 600 Mrd. Dollar. Die Aktie fiel zeitweise um "
                    "mehr als 17 Prozent. Laut Reuters waren es 563 Milliarden Euro.";
    cc_extraction *x = extract(t, "de");
    long a = find(x, t, "fast 600 Mrd. Dollar"), b = find(x, t, "mehr als 17 Prozent"),
         c = find(x, t, "563 Milliarden Euro");
    const cc_quantity *q;
    size_t s, e;

    ck_assert_int_ge(a, 0);
    ck_assert_int_ge(b, 0);
    ck_assert_int_ge(c, 0);
    ck_assert_uint_eq(cc_extraction_count(x), 3);
    q = cc_extraction_quantity(x, (size_t)a);
    ck_assert_str_eq(cc_quantity_digits(q), "600");
    ck_assert_int_eq(cc_quantity_scale(q), 9);
    ck_assert_str_eq(cc_quantity_unit(q), "USD");
    ck_assert_int_eq(cc_quantity_hedge(q), CC_HEDGE_APPROX_BELOW);
    ck_assert_int_eq(cc_extraction_direction(x, (size_t)a), -1);
    ck_assert_ptr_null(cc_extraction_scope(x, (size_t)a));
    cc_extraction_sentence(x, (size_t)a, &s, &e);
    ck_assert_uint_eq(s, 0);
    ck_assert_uint_eq(e, strlen("Nvidia verlor am Montag fast 600 Mrd. Dollar."));
    ck_assert_str_eq(cc_extraction_scope(x, (size_t)b), "intraday");
    ck_assert_int_eq(cc_extraction_direction(x, (size_t)b), -1);
    ck_assert_str_eq(cc_extraction_attribution(x, (size_t)c), "Reuters");
    ck_assert_ptr_null(cc_extraction_attribution(x, (size_t)a));
    ck_assert_str_eq(cc_extraction_lang(x), "de");
    cc_extraction_free(x);
}
END_TEST

START_TEST(test_short_words_end_sentences)
{
    /* a short word before a point ends its sentence unless it is an
     * abbreviation ("Mrd.", "ca.", "Vj.") or an initial ("J.") */
    const char *t = "Fast zwei Drittel der Frauen taten es auch. Ca. 61 Prozent kamen, "
                    "J. Berg nannte 2 Mrd. Euro (Vj. 3 Mrd. Euro). Sie zogen in die USA. "
                    "Dort leben 4 Millionen.";
    cc_extraction *x = extract(t, "de");
    long a = find(x, t, "Ca. 61 Prozent"), b = find(x, t, "2 Mrd. Euro"),
         c = find(x, t, "4 Millionen");
    size_t s, e;
    const char *second = strstr(t, "Ca. 61"), *third = strstr(t, "Dort");

    ck_assert_int_ge(a, 0);
    ck_assert_int_ge(b, 0);
    ck_assert_int_ge(c, 0);
    cc_extraction_sentence(x, (size_t)a, &s, &e);
    ck_assert_uint_eq(s, (size_t)(second - t));
    ck_assert_uint_eq(e,
                      (size_t)(strstr(t, "(Vj. 3 Mrd. Euro).") - t) + strlen("(Vj. 3 Mrd. Euro)."));
    cc_extraction_sentence(x, (size_t)b, &s, &e);
    ck_assert_uint_eq(s, (size_t)(second - t));
    cc_extraction_sentence(x, (size_t)c, &s, &e);
    ck_assert_uint_eq(s, (size_t)(third - t));
    cc_extraction_free(x);
}
END_TEST

/* Is the line break before the first line of `t` that starts with
 * `line` soft? */
static int soft_before(const char *t, const char *line)
{
    const char *p = strstr(t, line);
    ck_assert_ptr_nonnull(p);
    return cc_linewrap__soft(t, strlen(t), (size_t)(p - t));
}

START_TEST(test_linewrap)
{
    /* wrapped at 40: the next word would not have fitted */
    const char *w = "Der Bund will den Haushalt um knapp 12\n"
                    "Milliarden Euro entlasten, sagte der\r\n"
                    "Minister am Dienstag in Berlin.\n";
    /* a heading, a list, a colon, a blank line, a terminator */
    const char *h = "Bund spart Milliarden\n"
                    "Der Bund will den Haushalt um knapp 12 Milliarden Euro entlasten.\n"
                    "Die Zahlen im Überblick und im Vergleich:\n"
                    "- Verteidigung: 62 Milliarden Euro\n"
                    "1. Soziales: 180 Milliarden Euro im Jahr\n"
                    "\n"
                    "Ein Absatz mit einer langen Zeile ohne Punkt am Ende\n"
                    "Zweiter Satz.\n";
    ck_assert(soft_before(w, "Milliarden Euro entlasten"));
    ck_assert(soft_before(w, "Minister am")); /* CRLF */
    ck_assert(!soft_before(h, "Der Bund"));   /* room left after the heading */
    ck_assert(!soft_before(h, "Die Zahlen")); /* after a terminator */
    ck_assert(!soft_before(h, "- Verteidigung"));
    ck_assert(!soft_before(h, "1. Soziales"));
    ck_assert(!soft_before(h, "\nEin Absatz"));
    ck_assert(!soft_before(h, "Ein Absatz"));                    /* after a blank line */
    ck_assert(soft_before(h, "Zweiter Satz"));                   /* a paragraph of two lines */
    ck_assert(!soft_before("Umsatz 12\nGewinn 14\n", "Gewinn")); /* a column */
    ck_assert(!cc_linewrap__soft(w, strlen(w), 0));
    ck_assert(!cc_linewrap__soft(w, strlen(w), strlen(w)));
}
END_TEST

/* A figure whose sentence runs over a wrapped line keeps its hedge, unit,
 * direction and sentence; a heading stays a sentence of its own. */
START_TEST(test_wrapped_sentence)
{
    const char *t = "Haushalt 2027\n"
                    "Die Neuverschuldung soll von 89,3 Milliarden auf rund\n"
                    "81 Milliarden Euro sinken, die Ausgaben steigen um 7,5\n"
                    "Prozent. The debt is nearly a\n"
                    "trillion euros.\n";
    cc_extraction *x = extract(t, "de");
    long a = find(x, t, "89,3 Milliarden"), b = find(x, t, "rund\n81 Milliarden Euro"),
         c = find(x, t, "7,5\nProzent");
    size_t s, e;
    ck_assert_int_ge(a, 0);
    ck_assert_int_ge(b, 0);
    ck_assert_int_ge(c, 0);
    ck_assert_int_eq(cc_extraction_quantity(x, (size_t)b)->hedge, CC_HEDGE_APPROX);
    ck_assert_int_eq(cc_extraction_direction(x, (size_t)c), 1);
    cc_extraction_sentence(x, (size_t)a, &s, &e);
    ck_assert_uint_eq(s, (size_t)(strstr(t, "Die Neu") - t));
    ck_assert_uint_eq(e, (size_t)(strstr(t, "Prozent.") - t) + strlen("Prozent."));
    cc_extraction_free(x);
    x = extract(strstr(t, "The debt"), "en");
    ck_assert_int_ge(find(x, strstr(t, "The debt"), "nearly a\ntrillion euros"), 0);
    cc_extraction_free(x);
}
END_TEST

/* "(Q3 2024: $3.75 billion)" in an article of 2025 is an earlier period's
 * figure; a later year, a year outside parentheses or an article without a
 * date marks nothing. */
START_TEST(test_year_label)
{
    const char *t = "Revenue was $4.2 billion (Q3 2024: $3.75 billion), profit 2025: $1 billion "
                    "(2026: $2 billion).";
    cc_extract_options o = CC_EXTRACT_OPTIONS_INIT;
    cc_extraction *x = NULL;
    cc_error err;
    long a, b, c, d;
    o.lang = "en";
    o.published = "2025-10-30";
    ck_assert_int_eq(cc_extract(&x, t, strlen(t), &o, &err), CC_OK);
    a = find(x, t, "$4.2 billion");
    b = find(x, t, "$3.75 billion");
    c = find(x, t, "$1 billion");
    d = find(x, t, "$2 billion");
    ck_assert(a >= 0 && b >= 0 && c >= 0 && d >= 0);
    ck_assert_ptr_null(cc_extraction_scope(x, (size_t)a));
    ck_assert_str_eq(cc_extraction_scope(x, (size_t)b), "prior_period");
    ck_assert_ptr_null(cc_extraction_scope(x, (size_t)c));
    ck_assert_ptr_null(cc_extraction_scope(x, (size_t)d));
    cc_extraction_free(x);
    x = extract(t, "en"); /* no publication date */
    ck_assert_ptr_null(cc_extraction_scope(x, (size_t)find(x, t, "$3.75 billion")));
    cc_extraction_free(x);
}
END_TEST

START_TEST(test_unit_span)
{
    /* the unit of a physical quantity as written; none for amounts and for
     * an age written without a unit */
    const char *t = "Die Strecke misst 4,5 km, der 20-Jährige lief sie für 12 Euro. "
                    "Der Fahrer, 58, blieb stehen.";
    cc_extraction *x = extract(t, "de");
    long a = find(x, t, "4,5 km"), b = find(x, t, "20-Jährige"), c = find(x, t, "12 Euro"),
         d = find(x, t, "58");
    size_t s, e;

    ck_assert_int_ge(a, 0);
    ck_assert_int_ge(b, 0);
    ck_assert_int_ge(c, 0);
    ck_assert_int_ge(d, 0);
    ck_assert_int_eq(cc_extraction_kind(x, (size_t)a), CC_MENTION_PHYSICAL);
    cc_extraction_unit_span(x, (size_t)a, &s, &e);
    ck_assert_uint_eq(e - s, 2);
    ck_assert(memcmp(t + s, "km", 2) == 0);
    cc_extraction_unit_span(x, (size_t)b, &s, &e);
    ck_assert_uint_eq(e - s, strlen("Jährige"));
    ck_assert(memcmp(t + s, "Jährige", e - s) == 0);
    cc_extraction_unit_span(x, (size_t)c, &s, &e);
    ck_assert_uint_eq(s, e);
    ck_assert_int_eq(cc_extraction_kind(x, (size_t)d), CC_MENTION_PHYSICAL);
    cc_extraction_unit_span(x, (size_t)d, &s, &e);
    ck_assert_uint_eq(s, e);
    cc_extraction_unit_span(x, cc_extraction_count(x), &s, &e); /* out of range */
    ck_assert_uint_eq(s, 0);
    ck_assert_uint_eq(e, 0);
    cc_extraction_free(x);
}
END_TEST

START_TEST(test_kinds)
{
    const char *t = "Im Jahr 2023 kamen am 27.01.2025 um 14:30 Uhr laut Polizei 20.000 Menschen; "
                    "das S&P 500 und das iPhone 15 nicht. Tel. +49 30 1234567.\n1. Punkt\n";
    cc_extraction *x = extract(t, "de");
    ck_assert_int_eq(cc_extraction_kind(x, (size_t)find(x, t, "2023")), CC_MENTION_YEAR);
    ck_assert_int_eq(cc_extraction_kind(x, (size_t)find(x, t, "27.01.2025")), CC_MENTION_DATE);
    ck_assert_int_eq(cc_extraction_kind(x, (size_t)find(x, t, "14:30")), CC_MENTION_TIME);
    ck_assert_int_eq(cc_extraction_kind(x, (size_t)find(x, t, "500")), CC_MENTION_IDENTIFIER);
    ck_assert_int_eq(cc_extraction_kind(x, (size_t)find(x, t, "15")), CC_MENTION_IDENTIFIER);
    ck_assert_int_eq(cc_extraction_kind(x, (size_t)find(x, t, "+49 30 1234567")), CC_MENTION_PHONE);
    ck_assert_int_eq(cc_extraction_kind(x, (size_t)find(x, t, "1.")), CC_MENTION_LIST);
    ck_assert_int_eq(cc_extraction_kind(x, (size_t)find(x, t, "20.000")), CC_MENTION_AMOUNT);
    ck_assert_str_eq(cc_extraction_attribution(x, (size_t)find(x, t, "20.000")), "police");
    ck_assert_str_eq(cc_mention_kind_name(CC_MENTION_IDENTIFIER), "identifier");
    ck_assert_ptr_null(cc_mention_kind_name((cc_mention_kind)99));
    cc_extraction_free(x);
}
END_TEST

START_TEST(test_english_context)
{
    const char *t = "Shares rose as much as 9 percent in pre-market trading, according to "
                    "Bloomberg. The deal did not cost $6 million. At the close the index was "
                    "down 2.5%.";
    cc_extraction *x = extract(t, "en");
    long a = find(x, t, "as much as 9 percent"), b = find(x, t, "$6 million"),
         c = find(x, t, "2.5%");
    ck_assert_int_ge(a, 0);
    ck_assert_int_eq(cc_quantity_hedge(cc_extraction_quantity(x, (size_t)a)), CC_HEDGE_UPPER_INCL);
    ck_assert_str_eq(cc_extraction_scope(x, (size_t)a), "pre-market");
    ck_assert_int_eq(cc_extraction_direction(x, (size_t)a), 1);
    ck_assert_str_eq(cc_extraction_attribution(x, (size_t)a), "Bloomberg");
    ck_assert_int_eq(cc_extraction_negated(x, (size_t)b), 1);
    ck_assert_int_eq(cc_extraction_negated(x, (size_t)a), 0);
    ck_assert_str_eq(cc_extraction_scope(x, (size_t)c), "close");
    ck_assert_int_eq(cc_extraction_direction(x, (size_t)c), -1);
    cc_extraction_free(x);
}
END_TEST

START_TEST(test_spelled_and_ranges)
{
    const char *t = "Ein Anstieg zwischen fünf und sechs Prozent, dann zweieinhalb Millionen "
                    "Euro und fünfundzwanzig Prozent.";
    cc_extraction *x = extract(t, "de");
    const cc_quantity *q =
        cc_extraction_quantity(x, (size_t)find(x, t, "zwischen fünf und sechs Prozent"));
    ck_assert_int_eq(cc_quantity_hedge(q), CC_HEDGE_RANGE);
    ck_assert_str_eq(cc_quantity_digits(q), "5");
    ck_assert_str_eq(cc_quantity_digits_high(q), "6");
    q = cc_extraction_quantity(x, (size_t)find(x, t, "zweieinhalb Millionen Euro"));
    ck_assert_str_eq(cc_quantity_digits(q), "2.5");
    ck_assert_int_eq(cc_quantity_scale(q), 6);
    q = cc_extraction_quantity(x, (size_t)find(x, t, "fünfundzwanzig Prozent"));
    ck_assert_str_eq(cc_quantity_digits(q), "25");
    cc_extraction_free(x);
}
END_TEST

START_TEST(test_english_spelled)
{
    /* the reading that once gave "20 count" */
    const char *t = "It grew twenty-five percent to a hundred and two dollars.";
    cc_extraction *x = extract(t, "en");
    const cc_quantity *q = cc_extraction_quantity(x, (size_t)find(x, t, "twenty-five percent"));
    ck_assert_ptr_nonnull(q);
    ck_assert_str_eq(cc_quantity_digits(q), "25");
    ck_assert_str_eq(cc_quantity_unit(q), "%");
    q = cc_extraction_quantity(x, (size_t)find(x, t, "a hundred and two dollars"));
    ck_assert_ptr_nonnull(q);
    ck_assert_str_eq(cc_quantity_digits(q), "102");
    ck_assert_str_eq(cc_quantity_unit(q), "USD");
    cc_extraction_free(x);
}
END_TEST

START_TEST(test_change_link)
{
    const char *t = "Der Wert sank von 3,5 Billionen auf 2,9 Billionen US-Dollar.";
    cc_extraction *x = extract(t, "de");
    long a = find(x, t, "3,5 Billionen"), b = find(x, t, "2,9 Billionen US-Dollar");
    ck_assert_int_ge(a, 0);
    ck_assert_int_ge(b, 0);
    ck_assert_str_eq(cc_quantity_unit(cc_extraction_quantity(x, (size_t)a)), "USD");
    ck_assert_int_eq(cc_quantity_scale(cc_extraction_quantity(x, (size_t)a)), 12);
    ck_assert_int_eq(x->m[a].change, 1);
    ck_assert_int_eq(x->m[b].change, 2);
    ck_assert_uint_eq(x->m[a].link, (size_t)b);
    cc_extraction_free(x);
}
END_TEST

/* "A to B" after a direction word: a change and a level, or a change from
 * A to B; never a range. Real ranges stay ranges. */
static void expect_pair(const char *t, const char *lang, const char *sa, const char *ua,
                        const char *sb, const char *ub, int change)
{
    cc_extraction *x = extract(t, lang);
    long a = find(x, t, sa), b = find(x, t, sb);
    ck_assert_msg(cc_extraction_count(x) == 2, "%s: %zu mentions", t, cc_extraction_count(x));
    ck_assert_msg(a >= 0 && b == a + 1, "%s", t);
    ck_assert_int_ne(cc_quantity_hedge(cc_extraction_quantity(x, (size_t)a)), CC_HEDGE_RANGE);
    ck_assert_str_eq(cc_quantity_unit(cc_extraction_quantity(x, (size_t)a)), ua);
    ck_assert_str_eq(cc_quantity_unit(cc_extraction_quantity(x, (size_t)b)), ub);
    ck_assert_int_eq(x->m[a].change, change ? 1 : 0);
    if (change)
        ck_assert_uint_eq(x->m[a].link, (size_t)b);
    /* without a change from A, B is at most a level with no link ("to 500") */
    if (change)
        ck_assert_int_eq(x->m[b].change, 2);
    else
        ck_assert(x->m[b].change == 0 || (x->m[b].change == 2 && x->m[b].link == SIZE_MAX));
    cc_extraction_free(x);
}

static void expect_range(const char *t, const char *lang, const char *s, double lo, double hi)
{
    cc_extraction *x = extract(t, lang);
    long a = find(x, t, s);
    ck_assert_msg(cc_extraction_count(x) == 1 && a == 0, "%s", t);
    ck_assert_int_eq(cc_quantity_hedge(cc_extraction_quantity(x, 0)), CC_HEDGE_RANGE);
    ck_assert_double_eq_tol(cc_quantity_value(cc_extraction_quantity(x, 0)), lo, lo * 1e-9);
    ck_assert_double_eq_tol(cc_quantity_value_high(cc_extraction_quantity(x, 0)), hi, hi * 1e-9);
    ck_assert_int_eq(x->m[0].change, 0);
    cc_extraction_free(x);
}

START_TEST(test_change_not_range)
{
    /* a change (with its own unit, or far smaller) and the level it led to */
    expect_pair("The index fell 1 point to 500.", "en", "1 point", "count", "500", "count", 0);
    expect_pair("The Dow rose 2 points to 44,000.", "en", "2 points", "count", "44,000", "count",
                0);
    expect_pair("The index fell by 1 to 500.", "en", "1", "count", "500", "count", 0);
    expect_pair("Unemployment rose 0.2 to 4.1 percent.", "en", "0.2", "pp", "4.1 percent", "%", 0);
    expect_pair("Der Index fiel um 1 Punkt auf 500.", "de", "1 Punkt", "count", "500", "count", 0);
    expect_pair("Der Kurs fiel 2 Punkte auf 44.000.", "de", "2 Punkte", "count", "44.000", "count",
                0);
    expect_pair("Die Quote stieg um 2 auf 5 Prozent.", "de", "2", "pp", "5 Prozent", "%", 0);
    expect_pair("Der Umsatz stieg um 5 auf 20 Millionen Euro.", "de", "5", "EUR",
                "20 Millionen Euro", "EUR", 0);
    /* a change from A to B */
    expect_pair("The rate rose from 3 to 3.25 percent.", "en", "3", "%", "3.25 percent", "%", 1);
    expect_pair("The index fell from 20,000 points to 19,500.", "en", "20,000 points", "count",
                "19,500", "count", 1);
    expect_pair("Der Leitzins stieg von 3 auf 3,25 Prozent.", "de", "3", "%", "3,25 Prozent", "%",
                1);
    /* two different units are no change of one thing */
    expect_pair("Shares fell from 5 percent to $20.", "en", "5 percent", "%", "$20", "USD", 0);
    /* real ranges */
    expect_range("Growth will be 5 to 6 percent.", "en", "5 to 6 percent", 5, 6);
    expect_range("Growth will be from 5 to 6 percent.", "en", "from 5 to 6 percent", 5, 6);
    expect_range("It costs $10 to $20 million.", "en", "$10 to $20 million", 10e6, 20e6);
    expect_range("Growth will be between 5 and 6 percent.", "en", "between 5 and 6 percent", 5, 6);
    expect_range("Prices rose 10 to 12 percent.", "en", "10 to 12 percent", 10, 12);
    expect_range("Die Aktie stieg um 2 bis 3 Prozent.", "de", "2 bis 3 Prozent", 2, 3);
    expect_range("Die Kosten steigen von 2 bis 3 Mio. Euro.", "de", "von 2 bis 3 Mio. Euro", 2e6,
                 3e6);
}
END_TEST

START_TEST(test_ambiguous)
{
    const char *t = "Es waren 1.971 Fahrzeuge und 50.000 Besucher.";
    cc_extraction *x = extract(t, "de");
    ck_assert_int_eq(cc_extraction_ambiguous(x, (size_t)find(x, t, "1.971")), 1);
    ck_assert_int_eq(cc_extraction_ambiguous(x, (size_t)find(x, t, "50.000")), 0);
    ck_assert_str_eq(cc_quantity_digits(cc_extraction_quantity(x, (size_t)find(x, t, "1.971"))),
                     "1971");
    cc_extraction_free(x);
}
END_TEST

START_TEST(test_front_matter)
{
    const char *t = "---\nsource: tagesblatt\npublished: 2025-01-28\nlang: de\n---\n"
                    "Der Umsatz stieg um 5 Prozent.\n";
    cc_extraction *x = extract(t, NULL);
    ck_assert_str_eq(cc_extraction_source(x), "tagesblatt");
    ck_assert_str_eq(cc_extraction_published(x), "2025-01-28");
    ck_assert_str_eq(cc_extraction_lang(x), "de");
    ck_assert_uint_eq(cc_extraction_count(x), 1);
    ck_assert_int_ge(find(x, t, "5 Prozent"), 0);
    cc_extraction_free(x);
}
END_TEST

START_TEST(test_errors)
{
    cc_extract_options o = CC_EXTRACT_OPTIONS_INIT;
    cc_extraction *x = NULL;
    cc_error err;
    const char *bad_fm = "---\nsource: a\nwrong line\n---\ntext";
    const char *open_fm = "---\nsource: a\n";

    o.lang = "fr";
    ck_assert_int_eq(cc_extract(&x, "5 %", 3, &o, &err), CC_ELANG);
    cc_assert_error(err, CC_ELANG, 0, 0, -1, "unsupported language 'fr'");
    ck_assert_ptr_null(x);
    o.lang = NULL;
    o.name = "a.txt";
    ck_assert_int_eq(cc_extract(&x, bad_fm, strlen(bad_fm), &o, &err), CC_ESYNTAX);
    cc_assert_error(err, CC_ESYNTAX, 3, 1, 14, "front matter line 'wrong line'");
    ck_assert_str_eq(err.source, "a.txt");
    ck_assert_int_eq(cc_extract(&x, open_fm, strlen(open_fm), &o, &err), CC_ESYNTAX);
    cc_assert_error(err, CC_ESYNTAX, 2, 10, 13, "without its closing");
    o.published = "2025-02-30";
    ck_assert_int_eq(cc_extract(&x, "5 %", 3, &o, &err), CC_EDATE);
    cc_assert_error(err, CC_EDATE, 0, 0, -1, "published date '2025-02-30'");
    ck_assert_int_eq(cc_extract(NULL, "5 %", 3, NULL, &err), CC_EINVAL);
    o.published = NULL;
    o.version = 99;
    ck_assert_int_eq(cc_extract(&x, "5 %", 3, &o, &err), CC_EINVAL);
    ck_assert_int_eq(cc_extract_options_init(&o, 99), CC_EINVAL);
    ck_assert_int_eq(cc_extract_options_init(&o, CC_EXTRACT_OPTIONS_VERSION), CC_OK);
    ck_assert_int_eq(cc_extract(&x, NULL, 0, &o, &err), CC_OK);
    ck_assert_uint_eq(cc_extraction_count(x), 0);
    cc_extraction_free(x);
    cc_extraction_free(NULL);
}
END_TEST

START_TEST(test_bad_bytes)
{
    /* an invalid byte and a NUL: warned with offsets, the rest still read */
    const char t[] = "Es waren 5 Prozent \xff und \0 dann 7 Prozent.";
    cc_extraction *x = NULL;
    cc_error err;
    int64_t off = -1;
    ck_assert_int_eq(cc_extract(&x, t, sizeof t - 1, NULL, &err), CC_OK);
    ck_assert_uint_eq(cc_extraction_warning_count(x), 2);
    ck_assert_ptr_nonnull(strstr(cc_extraction_warning(x, 0, &off), "invalid UTF-8 byte 0xFF"));
    ck_assert_int_eq(off, 19);
    ck_assert_ptr_nonnull(strstr(cc_extraction_warning(x, 1, &off), "NUL"));
    ck_assert_int_eq(off, 25);
    ck_assert_ptr_null(cc_extraction_warning(x, 2, &off));
    ck_assert_uint_eq(cc_extraction_count(x), 2);
    cc_extraction_free(x);
}
END_TEST

START_TEST(test_claims_roundtrip)
{
    const char *t = "Nvidia verlor fast 600 Mrd. Dollar, zeitweise mehr als 17 Prozent. "
                    "Der Zins stieg um 25 Basispunkte. Es waren zwei Firmen.";
    cc_extraction *x = extract(t, "de");
    const cc_extraction *xs[1];
    const char *texts[1] = {t};
    size_t lens[1] = {strlen(t)}, len = 0;
    char *out = NULL;
    cc_claimset *set = NULL;
    cc_error err;

    xs[0] = x;
    ck_assert_int_eq(cc_extraction_write(xs, texts, lens, 1, CC_FORMAT_JSON, &out, &len, &err),
                     CC_OK);
    ck_assert_ptr_nonnull(strstr(out, "\"mention\": \"fast 600 Mrd. Dollar\""));
    ck_assert_ptr_nonnull(strstr(out, "\"scope\": \"intraday\""));
    ck_assert_ptr_nonnull(strstr(out, "\"value\": \"25e-2\""));
    ck_assert_ptr_null(strstr(out, "zwei Firmen\"")); /* weak: no claim */
    ck_assert_int_eq(cc_claimset_load_json(&set, out, len, "<extract>", &err), CC_OK);
    ck_assert_uint_eq(cc_claimset_claim_count(set), 3);
    ck_assert_uint_eq(cc_claimset_source_count(set), 1);
    cc_claimset_free(set);
    cc_free(out);
    ck_assert_int_eq(cc_extraction_write(xs, texts, lens, 1, CC_FORMAT_TEXT, &out, &len, &err),
                     CC_OK);
    ck_assert_ptr_nonnull(strstr(out, "600e9 USD approx_below"));
    cc_free(out);
    ck_assert_int_eq(cc_extraction_write(xs, texts, lens, 1, (cc_format)7, &out, &len, &err),
                     CC_EINVAL);
    cc_extraction_free(x);
}
END_TEST

/* A cc_write_fn that collects the pieces, and fails from piece fail_at on. */
typedef struct collected {
    char *p;
    size_t n, pieces, fail_at;
} collected;

static int collect(const char *data, size_t len, void *ctx)
{
    collected *c = ctx;
    if (c->pieces++ >= c->fail_at)
        return -1;
    ck_assert_uint_gt(len, 0);
    c->p = realloc(c->p, c->n + len);
    ck_assert_ptr_nonnull(c->p);
    memcpy(c->p + c->n, data, len);
    c->n += len;
    return 0;
}

START_TEST(test_write_to)
{
    const char *line = "Der Umsatz stieg im Quartal um 5,6 Prozent auf 3 Mrd. Euro. ";
    size_t reps = 2000, n = strlen(line) * reps, len = 0;
    char *t = malloc(n + 1), *out = NULL;
    cc_extraction *x;
    const cc_extraction *xs[2];
    const char *texts[2];
    size_t lens[2] = {n, n};
    cc_error err;
    ck_assert_ptr_nonnull(t);
    for (size_t i = 0; i < reps; i++)
        memcpy(t + i * strlen(line), line, strlen(line));
    t[n] = '\0';
    x = extract(t, "de");
    xs[0] = xs[1] = x;
    texts[0] = texts[1] = t;
    for (int f = 0; f < 2; f++) {
        cc_format format = f ? CC_FORMAT_TEXT : CC_FORMAT_JSON;
        collected c = {NULL, 0, 0, SIZE_MAX};
        ck_assert_int_eq(cc_extraction_write(xs, texts, lens, 1, format, &out, &len, &err), CC_OK);
        ck_assert_uint_gt(len, 65536 * 2); /* enough for several pieces */
        ck_assert_int_eq(cc_extraction_write_to(xs, texts, lens, 1, format, collect, &c, &err),
                         CC_OK);
        ck_assert_uint_gt(c.pieces, 2);
        ck_assert_uint_eq(c.n, len); /* the same bytes, in pieces */
        ck_assert_int_eq(memcmp(c.p, out, len), 0);
        free(c.p);
        cc_free(out);
    }
    {
        /* a sink that fails stops the writer: CC_EIO, no more pieces */
        collected c = {NULL, 0, 0, 1};
        ck_assert_int_eq(
            cc_extraction_write_to(xs, texts, lens, 1, CC_FORMAT_JSON, collect, &c, &err), CC_EIO);
        ck_assert_uint_eq(c.pieces, 2);
        free(c.p);
    }
    {
        /* two articles of one source: refused before any output */
        collected c = {NULL, 0, 0, SIZE_MAX};
        ck_assert_int_eq(
            cc_extraction_write_to(xs, texts, lens, 2, CC_FORMAT_JSON, collect, &c, &err),
            CC_ESCHEMA);
        ck_assert_uint_eq(c.pieces, 0);
    }
    ck_assert_int_eq(cc_extraction_write_to(xs, texts, lens, 1, CC_FORMAT_JSON, NULL, NULL, &err),
                     CC_EINVAL);
    cc_extraction_free(x);
    free(t);
}
END_TEST

/* Pieces of text around sentence ends, plain and tricky (our own). */
static const char *const pieces[] = {
    "Der Kurs fiel um 5,6 Prozent. ",
    "Es waren ca. 40 Leute da. ",
    "Der Wert lag bei 3 Mrd. Euro. ",
    "Im 3. Quartal stieg er. ",
    "U.S. officials said so. ",
    "It rose, e.g. in May. ",
    "Wirklich? nein, sagte er. ",
    "Er sagte: \xE2\x80\x9EN"
    "ein.\xE2\x80\x9C Dann ging er. ",
    "(Das war so.) Danach kam mehr. ",
    "Ende... Neu ist das. ",
    "Was?! Niemals. ",
    "Zeile eins\r\nZeile zwei. ",
    "Absatz\n\nNeuer Absatz. ",
    "Mil\xC2\xAD"
    "liarden gingen. ",
    "Es kostet 5\xC2\xA0"
    "Euro. ",
    "Er kam. 5 Leute folgten. ",
    "Er kam. 5 leute folgten. ",
    "Punkt.Danach ohne Raum. ",
    "Wert 5.X unklar. ",
    "Sie ging\xE2\x80\xA6 Und kam. ",
    "Satz\xE3\x80\x82Mehr. ",
    "Tab\tnach dem Punkt.\tDann. ",
    "Frage? \"Antwort\" kam. ",
    "Er sagte \"Nein.\" Dann nichts. ",
    "a.b und A.B stehen da. ",
    "Nr. 5 gewann. ",
    "It fell 2.5% to $3.1bn. ",
    "Mr. Smith left! Then? Nobody. ",
    "(a) First. (b) Second. ",
    "Ende.\n",
    "Ende.) Anfang. ",
    "Ende. - Weiter. ",
    "Ende. ; weiter. ",
    "Ende.' Sie ging. ",
};

START_TEST(test_sentences_direct)
{
    /* the direct reading of sentence breaks gives what ICU gives */
    uint64_t rng = 12345;
    char text[1200];
    for (int round = 0; round < 300; round++) {
        cc_sentences *a = NULL, *b = NULL;
        size_t n = 0;
        while (n < 700) {
            const char *p;
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            p = pieces[rng % (sizeof pieces / sizeof pieces[0])];
            memcpy(text + n, p, strlen(p));
            n += strlen(p);
        }
        ck_assert_int_eq(cc_sentences__new(&a, round % 2 ? "de" : "en"), CC_OK);
        ck_assert_int_eq(cc_sentences__new(&b, round % 2 ? "de" : "en"), CC_OK);
        cc_sentences__set_direct(b, 0);
        cc_sentences__reset(a, text, n);
        cc_sentences__reset(b, text, n);
        for (size_t i = 0; i < n; i++) {
            size_t s1, e1, s2, e2, j = i;
            if (((unsigned char)text[i] & 0xC0) == 0x80)
                continue;
            if (!cc_lexicon__is_alnum(cc_lexicon__next_cp(text, n, &j)))
                continue; /* mentions begin at words */
            ck_assert_int_eq(cc_sentences__find(a, i, j, &s1, &e1), 0);
            ck_assert_int_eq(cc_sentences__find(b, i, j, &s2, &e2), 0);
            if (s1 != s2 || e1 != e2)
                ck_abort_msg("at %zu: direct [%zu, %zu) '%.*s', icu [%zu, %zu) '%.*s'", i, s1, e1,
                             (int)(e1 - s1), text + s1, s2, e2, (int)(e2 - s2), text + s2);
        }
        cc_sentences__free(a);
        cc_sentences__free(b);
    }
}
END_TEST

/* Figures that must not be read at all, or not as they look. */
START_TEST(test_false_readings)
{
    const char *en = "Sales rose to two point two million units. The firm won a $250 million "
                     "order. Police said 3 people were briefly detained. Shares fell 19 percent "
                     "because investors expected less.";
    const char *de =
        "Der Umsatz lag bei zwei Komma fünf Millionen Euro. Die Firma verfügt über "
        "50.000 Chips. Es gab über 100 Tote. Die Aktie stürzte um 19 Prozent ab, weil "
        "Anleger weniger erwarten. Die Polizei nahm 3 Personen vorübergehend fest. "
        "Nach Angaben eines Sprechers kamen 500 Menschen. Die Busse fuhren zwischen 14 "
        "und 19 Uhr nicht. Die 4,5 Kilometer lange Route war voll.";
    cc_extraction *x = extract(en, "en");
    long a = find(x, en, "two point two million"), b = find(x, en, "$250 million"),
         c = find(x, en, "3"), d = find(x, en, "19 percent");
    ck_assert_uint_eq(cc_extraction_count(x), 4);
    ck_assert_int_ge(a, 0);
    ck_assert_int_ge(b, 0);
    ck_assert_int_ge(c, 0);
    ck_assert_int_ge(d, 0);
    ck_assert_str_eq(cc_quantity_digits(cc_extraction_quantity(x, (size_t)a)), "2.2");
    ck_assert_int_eq(cc_quantity_scale(cc_extraction_quantity(x, (size_t)a)), 6);
    ck_assert_str_eq(cc_quantity_unit(cc_extraction_quantity(x, (size_t)b)), "USD");
    ck_assert_int_eq(cc_quantity_scale(cc_extraction_quantity(x, (size_t)b)), 6);
    ck_assert_ptr_null(cc_extraction_scope(x, (size_t)c));
    ck_assert_str_eq(cc_extraction_attribution(x, (size_t)c), "police");
    ck_assert_ptr_null(cc_extraction_scope(x, (size_t)d));
    ck_assert_int_eq(cc_extraction_direction(x, (size_t)d), -1);
    cc_extraction_free(x);

    x = extract(de, "de");
    a = find(x, de, "zwei Komma fünf Millionen Euro");
    b = find(x, de, "50.000");
    c = find(x, de, "über 100");
    d = find(x, de, "19 Prozent");
    ck_assert_int_ge(a, 0);
    ck_assert_int_ge(b, 0);
    ck_assert_int_ge(c, 0);
    ck_assert_int_ge(d, 0);
    ck_assert_str_eq(cc_quantity_digits(cc_extraction_quantity(x, (size_t)a)), "2.5");
    ck_assert_int_eq(cc_quantity_hedge(cc_extraction_quantity(x, (size_t)b)), CC_HEDGE_EXACT);
    ck_assert_int_eq(cc_quantity_hedge(cc_extraction_quantity(x, (size_t)c)),
                     CC_HEDGE_LOWER_STRICT);
    ck_assert_ptr_null(cc_extraction_scope(x, (size_t)d));
    ck_assert_int_eq(cc_extraction_direction(x, (size_t)d), -1);
    a = find(x, de, "3");
    ck_assert_int_ge(a, 0);
    ck_assert_ptr_null(cc_extraction_scope(x, (size_t)a));
    a = find(x, de, "500");
    ck_assert_int_ge(a, 0);
    ck_assert_str_eq(cc_extraction_attribution(x, (size_t)a), "spokesperson");
    a = find(x, de, "zwischen 14 und 19 Uhr");
    ck_assert_int_ge(a, 0);
    ck_assert_int_eq(cc_extraction_kind(x, (size_t)a), CC_MENTION_TIME);
    a = find(x, de, "4,5 Kilometer");
    ck_assert_int_ge(a, 0);
    ck_assert_int_eq(cc_extraction_kind(x, (size_t)a), CC_MENTION_PHYSICAL);
    ck_assert_str_eq(cc_mention_kind_name(CC_MENTION_PHYSICAL), "physical");
    ck_assert_ptr_null(cc_mention_kind_name((cc_mention_kind)(CC_MENTION_PHYSICAL + 1)));
    ck_assert_int_lt(find(x, de, "fünf Millionen Euro"), 0);
    cc_extraction_free(x);
}
END_TEST

START_TEST(test_pathological)
{
    /* a million digits, a long run of hedge words, one very long line */
    size_t n = 1000000;
    char *t = malloc(n + 1);
    cc_extraction *x = NULL;
    cc_error err;
    cc_extract_options o = CC_EXTRACT_OPTIONS_INIT;
    o.lang = "de";
    ck_assert_ptr_nonnull(t);
    memset(t, '7', n);
    t[n] = '\0';
    ck_assert_int_eq(cc_extract(&x, t, n, &o, &err), CC_OK);
    ck_assert_uint_eq(cc_extraction_count(x), 0);
    cc_extraction_free(x);
    for (size_t i = 0; i + 5 <= n; i += 5)
        memcpy(t + i, "fast ", 5);
    ck_assert_int_eq(cc_extract(&x, t, n, &o, &err), CC_OK);
    ck_assert_uint_eq(cc_extraction_count(x), 0);
    cc_extraction_free(x);
    for (size_t i = 0; i + 4 <= n; i += 4)
        memcpy(t + i, "5 % ", 4);
    ck_assert_int_eq(cc_extract(&x, t, n, &o, &err), CC_OK);
    ck_assert_uint_eq(cc_extraction_count(x), n / 4);
    cc_extraction_free(x);
    free(t);
}
END_TEST

/* Every word the context reader passes by without asking the lexicon
 * (cc_ctxwords__may_begin) begins no context key it uses (none, or an
 * article, a source name, a change word or a governing word): checked at
 * each word of every table row, as written, in lower, upper and title
 * case. */
static void check_no_key(const cc_ctx_words *cx, const char *t, size_t n, long *passed)
{
    for (size_t i = 0; i < n; i++) {
        size_t mend = 0;
        uint16_t got = 0;
        const cc_lex_entry *m;
        if (i > 0 && cc_lexicon__is_alnum((unsigned char)t[i - 1]))
            continue;
        for (size_t to = i + 1; to <= n; to++) {
            if (cc_ctxwords__may_begin(cx, t, n, to, i))
                continue;
            if (to == n)
                (*passed)++;
            m = cc_lexicon__match(cx->lx, t, to, i, CC_LEX_CONTEXT, &mend, &got);
            if (m && m->ctx != CC_CTX_ARTICLE && m->ctx != CC_CTX_ATTRIB_NAME &&
                m->ctx != CC_CTX_CHANGE_TO && m->ctx != CC_CTX_GOV_NEAR && m->ctx != CC_CTX_GOV_FAR)
                ck_abort_msg("'%.*s' begins a context key in '%s'", (int)(to - i), t + i, t);
        }
    }
}

START_TEST(test_context_first_words)
{
    static const char *const langs[] = {"de", "en"};
    static const char *const plain[] = {
        "Der Konzern verlor fast 600 Milliarden, 5 % und $5 & 62%; als $ 7 - als - x",
        "Analysts were surprised by the speed, than $5.7bn & 62% or 3 % than - x % ' than"};
    for (size_t l = 0; l < 2; l++) {
        cc_status st;
        const cc_lexicon *lx = cc_lexicon__get(langs[l], &st);
        const cc_lex_table *tb;
        cc_ctx_words *cx = malloc(sizeof *cx);
        long passed = 0;
        ck_assert_ptr_nonnull(lx);
        ck_assert_ptr_nonnull(cx);
        cc_ctxwords__init(cx, lx);
        tb = cc_lexicon__table(lx);
        check_no_key(cx, plain[l], strlen(plain[l]), &passed);
        ck_assert_int_gt(passed, 0); /* the filter turns words away */
        for (size_t k = 0; k < tb->nwords; k++) {
            char t[300];
            size_t n = strlen(tb->words[k].text);
            if (n + 40 > sizeof t)
                continue;
            for (int form = 0; form < 4; form++) {
                size_t m = (size_t)snprintf(t, sizeof t, "x %s, und so weiter und so fort",
                                            tb->words[k].text);
                for (size_t j = 2; j < 2 + n; j++) {
                    unsigned char b = (unsigned char)t[j];
                    if (form == 1 && b >= 'A' && b <= 'Z')
                        t[j] = (char)(b + 32);
                    else if ((form == 2 || (form == 3 && (j == 2 || t[j - 1] == ' '))) &&
                             b >= 'a' && b <= 'z')
                        t[j] = (char)(b - 32);
                }
                check_no_key(cx, t, m, &passed);
                check_no_key(cx, t + 2, n, &passed); /* the row alone */
            }
            if (k + 1 < tb->nwords && n + strlen(tb->words[k + 1].text) + 40 < sizeof t) {
                /* the row before the next one; its first word before
                 * another word, and before the next row */
                size_t w = strcspn(tb->words[k].text, " -"), m;
                m = (size_t)snprintf(t, sizeof t, "x %s %s. weiter", tb->words[k].text,
                                     tb->words[k + 1].text);
                check_no_key(cx, t, m, &passed);
                m = (size_t)snprintf(t, sizeof t, "%.*s und %.*s %s", (int)w, tb->words[k].text,
                                     (int)w, tb->words[k].text, tb->words[k + 1].text);
                check_no_key(cx, t, m, &passed);
            }
        }
        free(cx);
    }
}
END_TEST

int main(void)
{
    Suite *s = suite_create("extract");
    TCase *tc = tcase_create("extract");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_design_sentence);
    tcase_add_test(tc, test_short_words_end_sentences);
    tcase_add_test(tc, test_unit_span);
    tcase_add_test(tc, test_kinds);
    tcase_add_test(tc, test_english_context);
    tcase_add_test(tc, test_spelled_and_ranges);
    tcase_add_test(tc, test_english_spelled);
    tcase_add_test(tc, test_change_link);
    tcase_add_test(tc, test_change_not_range);
    tcase_add_test(tc, test_ambiguous);
    tcase_add_test(tc, test_front_matter);
    tcase_add_test(tc, test_errors);
    tcase_add_test(tc, test_bad_bytes);
    tcase_add_test(tc, test_claims_roundtrip);
    tcase_add_test(tc, test_write_to);
    tcase_add_test(tc, test_pathological);
    tcase_add_test(tc, test_false_readings);
    tcase_add_test(tc, test_sentences_direct);
    tcase_add_test(tc, test_linewrap);
    tcase_add_test(tc, test_wrapped_sentence);
    tcase_add_test(tc, test_year_label);
    tcase_add_test(tc, test_context_first_words);
    tcase_add_test(tc, test_context_stays_in_its_sentence);
    suite_add_tcase(s, tc);
    return cc_test_run(s);
}
