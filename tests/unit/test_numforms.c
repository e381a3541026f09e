/*
 * test_numforms.c - number forms written with digits and symbols
 * (numforms.c): powers of ten, fractions, money minor units, and what the
 * scanner makes of them and of signs (spans, sign words, physical units).
 */
#include <stdio.h>
#include <string.h>

#include "lexicon.h"
#include "numforms.h"
#include "quantity.h"
#include "testutil.h"

static const cc_lexicon *lexicon(const char *lang)
{
    cc_status st = CC_EINTERNAL;
    const cc_lexicon *lx = cc_lexicon__get(lang, &st);
    ck_assert_int_eq(st, CC_OK);
    ck_assert_ptr_nonnull(lx);
    return lx;
}

/* The decimal as text: digits with the point set by exp. */
static void dec_text(const cc_decimal *d, char *out, size_t size)
{
    cc_quantity q;
    memset(&q, 0, sizeof q);
    ck_assert_int_eq(cc_quantity__set_end(&q, 0, d, 0), CC_OK);
    snprintf(out, size, "%s", q.digits);
}

START_TEST(test_exponent)
{
    static const struct {
        const char *text; /* the number's digits end at offset `at` */
        size_t at;
        int ok, exp10;
        size_t end;
    } cases[] = {
        {"4e14 s", 1, 1, 14, 4},
        {"1e-3", 1, 1, -3, 4},
        {"9.83E+2,", 4, 1, 2, 7},
        {"2.48\xC3\x97"
         "10\xE2\x88\x92"
         "5 x",
         4, 1, -5, 12},
        {"5.5x10-3 kg", 3, 1, -3, 8},
        {"3x10^8", 1, 1, 8, 6},
        {"3x10 m", 1, 0, 0, 0}, /* no sign or caret: a product, dimensions */
        {"4e14a", 1, 0, 0, 0},  /* letters after it: a name */
        {"4e", 1, 0, 0, 0},
        {"1e999", 1, 0, 0, 0}, /* beyond a double */
        {"2e3.5", 1, 0, 0, 0},
        {"6.02 x 10^23 atoms", 4, 1, 23, 12}, /* a space on both sides */
        {"6.02 x10^23", 4, 0, 0, 0},          /* ... or on neither */
        {"1,5\xC2\xB7"
         "10^6",
         3, 1, 6, 9}, /* middle dot */
        {"3\xC3\x97"
         "10\xE2\x81\xB8 m",
         1, 1, 8, 8},                              /* superscript eight */
        {"4x10\xE2\x81\xBB\xC2\xB3", 1, 1, -3, 9}, /* superscript minus three */
        {"8x2^10", 1, 0, 0, 0},                    /* a power of two is no scale */
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        int e10 = 99;
        size_t end = 0;
        const char *t = cases[k].text;
        int ok = cc_numforms__exponent(t, strlen(t), cases[k].at, &e10, &end);
        ck_assert_msg(ok == cases[k].ok, "%s", t);
        if (ok) {
            ck_assert_int_eq(e10, cases[k].exp10);
            ck_assert_int_eq(end, cases[k].end);
        }
    }
}
END_TEST

START_TEST(test_power)
{
    static const struct {
        const char *text; /* the number's digits end at offset 1 */
        int ok, base, exp;
        size_t end;
    } cases[] = {
        {"8x2^10 bits", 1, 2, 10, 6}, {"8 x 2^10", 1, 2, 10, 8},
        {"5x3\xC2\xB2", 1, 3, 2, 5},                         /* superscript two */
        {"3x10^8", 1, 10, 8, 6},      {"3x2-1", 0, 0, 0, 0}, /* arithmetic: only ten takes a sign */
        {"5x2^-3", 0, 0, 0, 0},                              /* no negative power of another base */
        {"2x4 board", 0, 0, 0, 0},    {"3x1^5", 0, 0, 0, 0}, /* base 1 */
        {"3x02^5", 0, 0, 0, 0},                              /* leading zero */
        {"3x2^10a", 0, 0, 0, 0},                             /* letters after it: a name */
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        int base = 0, exp = 0;
        size_t end = 0;
        const char *t = cases[k].text;
        int ok = cc_numforms__power(t, strlen(t), 1, &base, &exp, &end);
        ck_assert_msg(ok == cases[k].ok, "%s", t);
        if (ok) {
            ck_assert_int_eq(base, cases[k].base);
            ck_assert_int_eq(exp, cases[k].exp);
            ck_assert_int_eq(end, cases[k].end);
        }
    }
}
END_TEST

START_TEST(test_fraction)
{
    static const struct {
        const char *text;
        int kind;
        const char *digits;
        size_t end;
    } cases[] = {
        {"1/5", CC_FRAC_VALUE, "0.2", 3},
        {"20/100 of", CC_FRAC_VALUE, "0.2", 6},
        {"3/8 inch", CC_FRAC_VALUE, "0.375", 3},
        {"2 1/2 in", CC_FRAC_VALUE, "2.5", 5},
        {"1/3", CC_FRAC_VALUE, "0.333333333333333", 3},
        {"12 2/3.", CC_FRAC_VALUE, "12.6666666666666", 6},
        {"\xC2\xBD tbsp", CC_FRAC_VALUE, "0.5", 2},                  /* ½ */
        {"2\xC2\xBD'", CC_FRAC_VALUE, "2.5", 3},                     /* 2½ */
        {"\xE2\x85\x93 cup", CC_FRAC_VALUE, "0.333333333333333", 3}, /* ⅓ */
        {"1\xE2\x81\x84"
         "4",
         CC_FRAC_VALUE, "0.25", 5}, /* fraction slash */
        {"24/7", CC_FRAC_IDENT, NULL, 4},
        {"50/50", CC_FRAC_IDENT, NULL, 5},
        {"1/0", CC_FRAC_IDENT, NULL, 3},
        {"1/5/2024", CC_FRAC_NONE, NULL, 0},
        {"2019/20", CC_FRAC_NONE, NULL, 0},
        {"01/02", CC_FRAC_NONE, NULL, 0},
        {"1/2.5", CC_FRAC_NONE, NULL, 0},
        {"1/4inch", CC_FRAC_NONE, NULL, 0},
        {"17", CC_FRAC_NONE, NULL, 0},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        cc_decimal d;
        size_t end = 0;
        char got[CC_DIGITS_MAX + 1];
        const char *t = cases[k].text;
        int kind = cc_numforms__fraction(t, strlen(t), 0, &d, &end);
        ck_assert_msg(kind == cases[k].kind, "%s: %d", t, kind);
        if (kind != CC_FRAC_NONE)
            ck_assert_int_eq(end, cases[k].end);
        if (kind == CC_FRAC_VALUE) {
            dec_text(&d, got, sizeof got);
            ck_assert_str_eq(got, cases[k].digits);
        }
    }
    /* inside a longer run of slashes: not a fraction */
    ck_assert_int_eq(cc_numforms__fraction("3/1/5", 5, 2, NULL, &(size_t){0}), CC_FRAC_NONE);
}
END_TEST

START_TEST(test_minor)
{
    static const struct {
        const char *lang, *text; /* after an amount ending at offset 0 */
        int ok, minor;
        const char *rest; /* what stands after the join */
    } cases[] = {
        {"en", " and 43c", 1, 43, ""},
        {"en", " 43 cents now", 1, 43, " now"},
        {"en", " 1 pence", 1, 1, ""},
        {"en", " and forty-two cents", 1, 42, ""},
        {"en", " 43", 1, 43, ""},
        {"en", " and fourteen.", 1, 14, "."},
        {"en", " and 43 people", 0, 0, NULL},
        {"en", " 430", 0, 0, NULL},
        {"en", " 43.5", 0, 0, NULL},
        {"en", "43", 0, 0, NULL},
        {"de", " und 50 Cent", 1, 50, ""},
        {"de", " 20 Rappen", 1, 20, ""},
        {"de", " 50, dann", 1, 50, ", dann"},
        {"de", " und 43 Leute", 0, 0, NULL},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        int minor = -1;
        size_t end = 0;
        const char *t = cases[k].text;
        int ok = cc_numforms__minor(lexicon(cases[k].lang), t, strlen(t), 0, &minor, &end);
        ck_assert_msg(ok == cases[k].ok, "%s", t);
        if (ok) {
            ck_assert_int_eq(minor, cases[k].minor);
            ck_assert_str_eq(t + end, cases[k].rest);
        }
    }
}
END_TEST

/* One mention of a text, the first. */
static cc_mention first(const char *lang, const char *t)
{
    cc_mention m;
    cc_error err;
    size_t pos = 0;
    memset(&m, 0, sizeof m);
    ck_assert_int_eq(cc_numparse__next(lexicon(lang), t, strlen(t), &pos, &m, &err), 1);
    return m;
}

START_TEST(test_scanner_signs)
{
    cc_mention m = first("de", "Saldo: minus 1.200.000 Euro.");
    ck_assert_str_eq(m.q.digits, "-1200000");
    ck_assert_int_eq(m.sign_word, 1);
    ck_assert_int_eq(m.start, 7);
    ck_assert_int_eq(m.num_start, 7);
    m = first("de", "Der Dax schloss minus 3 Prozent.");
    ck_assert_str_eq(m.q.digits, "3");
    ck_assert_int_eq(m.sign_word, 0);
    m = first("en", "x = - 5");
    ck_assert_str_eq(m.q.digits, "-5");
    ck_assert_int_eq(m.start, 4);
    m = first("en", "Sales - 5 dollars - held.");
    ck_assert_str_eq(m.q.digits, "5");
    m = first("en", "-3 dollars");
    ck_assert_str_eq(m.q.digits, "-3");
    ck_assert_int_eq(m.sign_word, 0);
}
END_TEST

START_TEST(test_scanner_physical)
{
    const char *t = "They got 44 mg to 50 mg daily.";
    cc_mention m = first("en", t);
    ck_assert_int_eq(m.kind, CC_KIND_PHYSICAL);
    ck_assert_int_eq(m.q.hedge, CC_HEDGE_RANGE);
    ck_assert_str_eq(m.q.digits, "44");
    ck_assert_str_eq(m.q.digits_high, "50");
    ck_assert_int_eq(m.unit_start, (size_t)(strstr(t, "mg daily") - t));
    ck_assert_int_eq(m.unit_end, m.unit_start + 2);
    /* a unit of the unit table: a measure, compared */
    ck_assert_int_eq(m.weak, 0);
    ck_assert_int_eq(m.q.dimension, CC_DIM_MEASURE);
    ck_assert_str_eq(m.q.unit, "mg");
    /* a unit outside it: kept, not compared */
    m = first("en", "The star is 120 light-years away.");
    ck_assert_int_eq(m.kind, CC_KIND_PHYSICAL);
    ck_assert_int_eq(m.weak, 1);
    ck_assert_int_eq(m.q.dimension, CC_DIM_COUNT);
    m = first("en", "It was 5 miles to 10 km.");
    ck_assert_int_eq(m.kind, CC_KIND_PHYSICAL);
    ck_assert_int_eq(m.q.hedge, CC_HEDGE_EXACT); /* two units: two figures */
    m = first("de", "Es waren -5 °C bis -15 °C.");
    ck_assert_double_eq(m.q.value, -15.0);
    ck_assert_double_eq(m.q.value_high, -5.0);
}
END_TEST

static Suite *numforms_suite(void)
{
    Suite *s = suite_create("numforms");
    TCase *tc = tcase_create("forms");
    tcase_add_test(tc, test_exponent);
    tcase_add_test(tc, test_power);
    tcase_add_test(tc, test_fraction);
    tcase_add_test(tc, test_minor);
    tcase_add_test(tc, test_scanner_signs);
    tcase_add_test(tc, test_scanner_physical);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return cc_test_run(numforms_suite());
}
