/*
 * numforms.c - number forms written with digits and symbols that are more
 * than a digit run: scientific notation, fractions and money minor units
 * (see numforms.h). Called by the scanner (numparse.c) only where a digit
 * run ends or a vulgar fraction character stands, so plain text costs
 * nothing; nothing here allocates.
 *
 * Fractions. "A/B" is a fraction when both are plain integers of at most
 * three digits without leading zeros, 0 < A < B, and nothing but a word
 * boundary follows B (not "/2024", not ".5", not letters). The value is
 * kept as an exact decimal when A/B terminates ("1/4" -> 0.25, "20/100"
 * -> 0.2) and otherwise cut (not rounded) at 15 significant digits ("1/3" ->
 * 0.333333333333333), the precision of the double `value`; ulp is then
 * the last kept place, so the interval rules see an exact figure. Digits
 * joined by a slash that fail the test (A >= B: "24/7", "50/50", B = 0:
 * "1/0") are no figure but a name, score or idiom; four-digit runs
 * ("2019/20") are left to the year rules of the scanner, and three parts
 * ("1/5/2024") to the date rules. A bare "3/15" is read as a fraction:
 * month/day dates without a year are not recognised (a known limit).
 */
#include "numforms.h"

#include <string.h>

#include "lexicon.h"
#include "scan.h"

#define FRAC_SIG 15 /* significant digits of a non-terminating fraction */

/* A minus or plus sign at i ('-', '+', U+2212): its end, or 0. */
static size_t exp_sign(const char *t, size_t len, size_t i, int *neg)
{
    if (i < len && (t[i] == '-' || t[i] == '+')) {
        *neg = t[i] == '-';
        return i + 1;
    }
    if (i + 2 < len && (unsigned char)t[i] == 0xE2 && (unsigned char)t[i + 1] == 0x88 &&
        (unsigned char)t[i + 2] == 0x92) {
        *neg = 1;
        return i + 3;
    }
    return 0;
}

/* A multiplication sign at i ('x', '*', U+00D7 ×, U+00B7 ·, U+22C5 ⋅):
 * its end, or 0. */
static size_t times_sign(const char *t, size_t len, size_t i)
{
    const unsigned char *u = (const unsigned char *)t;
    if (i < len && (t[i] == 'x' || t[i] == '*'))
        return i + 1;
    if (i + 1 < len && ((u[i] == 0xC3 && u[i + 1] == 0x97) || (u[i] == 0xC2 && u[i + 1] == 0xB7)))
        return i + 2;
    if (i + 2 < len && u[i] == 0xE2 && u[i + 1] == 0x8B && u[i + 2] == 0x85)
        return i + 3;
    return 0;
}

/* The superscript digit at i ("⁸", "²"): its value, with *end; else -1. */
static int superscript_digit(const char *t, size_t len, size_t i, size_t *end)
{
    const unsigned char *u = (const unsigned char *)t;
    if (i + 1 < len && u[i] == 0xC2 && (u[i + 1] == 0xB2 || u[i + 1] == 0xB3 || u[i + 1] == 0xB9)) {
        *end = i + 2;
        return u[i + 1] == 0xB9 ? 1 : u[i + 1] - 0xB0; /* ¹ ² ³ */
    }
    if (i + 2 < len && u[i] == 0xE2 && u[i + 1] == 0x81 &&
        (u[i + 2] == 0xB0 || (u[i + 2] >= 0xB4 && u[i + 2] <= 0xB9))) {
        *end = i + 3;
        return u[i + 2] - 0xB0; /* ⁰ ⁴ ... ⁹ */
    }
    return -1;
}

/* The end of an exponent n at e: no letter or digit glued to it, no
 * decimal part ("1e3.5"), at most 300. @return 1 with *v (signed by neg)
 * and *end. */
static int exponent_end(const char *t, size_t len, size_t e, int n, int neg, int *v, size_t *end)
{
    if (n > 300 || alnum_at(t, len, e) ||
        (e + 1 < len && (t[e] == '.' || t[e] == ',') && is_digit(t[e + 1])))
        return 0;
    *v = neg ? -n : n;
    *end = e;
    return 1;
}

/* One to three ASCII digits at q as an exponent (exponent_end). */
static int exponent_digits(const char *t, size_t len, size_t q, int neg, int *v, size_t *end)
{
    size_t e = digits_end(t, len, q);
    int n = 0;
    if (e == q || e - q > 3)
        return 0;
    for (size_t k = q; k < e; k++)
        n = n * 10 + (t[k] - '0');
    return exponent_end(t, len, e, n, neg, v, end);
}

/* A power's exponent at q, after its base: "^8", "^-3", "-3", "−5", "⁸",
 * "⁻³"; a sign or caret is needed ("3x10" is a product). @return 1 with
 * *v (at most 300, signed) and *end. */
static int power_exponent(const char *t, size_t len, size_t q, int *v, size_t *end)
{
    const unsigned char *u = (const unsigned char *)t;
    size_t s, e, se = 0;
    int neg = 0, n = 0, mark = 0, sup = 0, d;

    if (q + 2 < len && u[q] == 0xE2 && u[q + 1] == 0x81 && (u[q + 2] == 0xBA || u[q + 2] == 0xBB)) {
        neg = u[q + 2] == 0xBB; /* superscript plus or minus */
        q += 3;
        sup = 1;
    }
    if (!sup && (d = superscript_digit(t, len, q, &se)) >= 0)
        sup = 1;
    if (sup) {
        e = q;
        while (n <= 300 && (d = superscript_digit(t, len, e, &se)) >= 0) {
            n = n * 10 + d;
            e = se;
        }
        return e != q && exponent_end(t, len, e, n, neg, v, end);
    }
    if (q < len && t[q] == '^') {
        q++;
        mark = 1;
    }
    if ((s = exp_sign(t, len, q, &neg)) != 0) {
        q = s;
        mark = 1;
    }
    return mark && exponent_digits(t, len, q, neg, v, end);
}

int cc_numforms__exponent(const char *t, size_t len, size_t p, int *exp10, size_t *end)
{
    int neg = 0, v = 0;

    if (p >= len)
        return 0;
    if (t[p] == 'e' || t[p] == 'E') {
        /* "4e14", "1e-3" */
        size_t q = p + 1, s;
        if ((s = exp_sign(t, len, q, &neg)) != 0)
            q = s;
        return exponent_digits(t, len, q, neg, exp10, end);
    }
    /* "2.48×10−5", "5.5x10-3", "3×10^8", "6.02 x 10^23", "1,5·10⁶": the
     * power needs a sign, a caret or superscript digits, so that "3x10"
     * (dimensions, a product) stays two numbers */
    if (!cc_numforms__power(t, len, p, &v, exp10, end) || v != 10)
        return 0;
    return 1;
}

int cc_numforms__power(const char *t, size_t len, size_t p, int *base, int *exp, size_t *end)
{
    size_t q = p, r, b;
    int n = 0;

    if (q < len && t[q] == ' ')
        q++;
    if ((r = times_sign(t, len, q)) == 0)
        return 0;
    if (r < len && t[r] == ' ')
        r++;
    else if (q != p)
        return 0; /* a space on both sides of the sign or on neither */
    b = digits_end(t, len, r);
    if (b == r || b - r > 2 || t[r] == '0')
        return 0;
    for (size_t k = r; k < b; k++)
        n = n * 10 + (t[k] - '0');
    if (n < 2 || !power_exponent(t, len, b, exp, end))
        return 0;
    /* a base other than ten only with a caret or superscript and a
     * positive exponent ("8x2^10"; "3x2-1" is arithmetic) */
    if (n != 10 &&
        (*exp < 0 || b + 1 >= len ||
         !((t[b] == '^' && is_digit(t[b + 1])) || superscript_digit(t, len, b, &r) >= 0)))
        return 0;
    *base = n;
    return 1;
}

/* ------------------------------------------------------------------ */
/* Fractions                                                           */
/* ------------------------------------------------------------------ */

/* The vulgar fraction at i: its numerator and denominator, and its end. */
static int vulgar(const char *t, size_t len, size_t i, unsigned *num, unsigned *den, size_t *end)
{
    static const unsigned char tab[][2] = {{1, 7}, {1, 9}, {1, 10}, {1, 3}, {2, 3}, {1, 5},
                                           {2, 5}, {3, 5}, {4, 5},  {1, 6}, {5, 6}, {1, 8},
                                           {3, 8}, {5, 8}, {7, 8}}; /* U+2150 .. U+215E */
    unsigned char b0 = i < len ? (unsigned char)t[i] : 0;
    if (b0 == 0xC2 && i + 1 < len && (unsigned char)t[i + 1] >= 0xBC &&
        (unsigned char)t[i + 1] <= 0xBE) {
        unsigned k = (unsigned char)t[i + 1] - 0xBC; /* ¼ ½ ¾ */
        *num = k == 2 ? 3 : 1;
        *den = k == 1 ? 2 : 4;
        *end = i + 2;
        return 1;
    }
    if (b0 == 0xE2 && i + 2 < len && (unsigned char)t[i + 1] == 0x85 &&
        (unsigned char)t[i + 2] >= 0x90 && (unsigned char)t[i + 2] <= 0x9E) {
        unsigned k = (unsigned char)t[i + 2] - 0x90;
        *num = tab[k][0];
        *den = tab[k][1];
        *end = i + 3;
        return 1;
    }
    return 0;
}

int cc_numforms__vulgar_at(const char *t, size_t len, size_t i)
{
    unsigned n, d;
    size_t e;
    return vulgar(t, len, i, &n, &d, &e);
}

/* A slash ('/' or the fraction slash U+2044) at i: its end, or 0. */
static size_t slash_at(const char *t, size_t len, size_t i)
{
    if (i < len && t[i] == '/')
        return i + 1;
    if (i + 2 < len && (unsigned char)t[i] == 0xE2 && (unsigned char)t[i + 1] == 0x81 &&
        (unsigned char)t[i + 2] == 0x84)
        return i + 3;
    return 0;
}

/* Nothing but a word boundary after a fraction at e: no digits, letters
 * or a further slash, point or comma with digits ("1/5/2024", "1/2.5"). */
static int fraction_ends(const char *t, size_t len, size_t e)
{
    size_t s;
    if (e >= len)
        return 1;
    if (is_digit(t[e]) || alnum_at(t, len, e))
        return 0;
    if ((s = slash_at(t, len, e)) != 0 && s < len && is_digit(t[s]))
        return 0;
    if ((t[e] == '.' || t[e] == ',') && e + 1 < len && is_digit(t[e + 1]))
        return 0;
    return 1;
}

/* A small integer of 1..3 digits at [s, e) without a leading zero. */
static int small_int(const char *t, size_t s, size_t e, unsigned *v)
{
    if (e <= s || e - s > 3 || (t[s] == '0' && e - s > 1))
        return 0;
    *v = 0;
    for (size_t k = s; k < e; k++)
        *v = *v * 10 + (unsigned)(t[k] - '0');
    return 1;
}

/* "A/B" at i: CC_FRAC_VALUE, _IDENT or _NONE; end after B. */
static int slash_pair(const char *t, size_t len, size_t i, unsigned *num, unsigned *den,
                      size_t *end)
{
    size_t a = digits_end(t, len, i), s, b;
    if ((s = slash_at(t, len, a)) == 0)
        return CC_FRAC_NONE;
    b = digits_end(t, len, s);
    if (!small_int(t, i, a, num) || !small_int(t, s, b, den) || !fraction_ends(t, len, b))
        return CC_FRAC_NONE;
    *end = b;
    return *num<*den && * num> 0 ? CC_FRAC_VALUE : CC_FRAC_IDENT;
}

/* whole (digits t[ws..we), may be empty) + num/den as a decimal */
static int frac_decimal(cc_decimal *dec, const char *t, size_t ws, size_t we, unsigned num,
                        unsigned den)
{
    int sig = 0;
    unsigned long r = num;
    memset(dec, 0, sizeof *dec);
    if (we == ws && cc_decimal__push(dec, '0', 0) != 0)
        return -1;
    for (size_t k = ws; k < we; k++) {
        if (cc_decimal__push(dec, t[k], 0) != 0)
            return -1;
        if (sig > 0 || t[k] != '0')
            sig++;
    }
    while (r != 0 && sig < FRAC_SIG) {
        unsigned long d;
        r *= 10;
        d = r / den;
        r %= den;
        if (cc_decimal__push(dec, (char)('0' + d), 1) != 0)
            return -1;
        if (sig > 0 || d != 0)
            sig++;
    }
    return 0;
}

int cc_numforms__fraction_at(const char *t, size_t len, size_t i, cc_decimal *dec, size_t *end)
{
    unsigned num = 0, den = 1;
    size_t a, e = 0, ws = i, we = i;
    int kind;
    cc_decimal tmp;

    if (!dec)
        dec = &tmp;
    if (i > 0 && (slash_at(t, len, i - 1) || t[i - 1] == '.' || t[i - 1] == ','))
        return CC_FRAC_NONE; /* inside "1/2/3" or "1.1/2" */
    if (i < len && (unsigned char)t[i] >= 0x80 && vulgar(t, len, i, &num, &den, &e)) {
        /* "½" */
    } else {
        a = digits_end(t, len, i);
        if (a == i)
            return CC_FRAC_NONE;
        if (a - i <= 6 && vulgar(t, len, a, &num, &den, &e)) {
            we = a; /* "2½" */
        } else if (a - i <= 4 && a + 1 < len && t[a] == ' ' && (unsigned char)t[a + 1] >= 0x80 &&
                   vulgar(t, len, a + 1, &num, &den, &e)) {
            we = a; /* "2 ½" */
        } else if (a - i <= 4 && a + 1 < len && t[a] == ' ' && is_digit(t[a + 1]) &&
                   slash_pair(t, len, a + 1, &num, &den, &e) == CC_FRAC_VALUE) {
            we = a; /* "2 1/2" */
        } else {
            kind = slash_pair(t, len, i, &num, &den, &e);
            if (kind != CC_FRAC_VALUE) {
                *end = e;
                return kind;
            }
        }
    }
    if (!fraction_ends(t, len, e) && !(e < len && alnum_at(t, len, e) && !is_digit(t[e])))
        return CC_FRAC_NONE;
    if (frac_decimal(dec, t, ws, we, num, den) != 0)
        return CC_FRAC_NONE;
    *end = e;
    return CC_FRAC_VALUE;
}

/* ------------------------------------------------------------------ */
/* Money minor units                                                   */
/* ------------------------------------------------------------------ */

/* A minor-unit word ("cents", "c", "Rappen") at i: its end, or 0. */
static size_t minor_word(const cc_lexicon *lx, const char *t, size_t len, size_t i)
{
    size_t mend = 0;
    uint16_t got = 0;
    const cc_lex_entry *m = cc_lexicon__match(lx, t, len, i, CC_LEX_UNIT, &mend, &got);
    return m && m->dim == CC_DIM_CURRENCY ? mend : 0;
}

int cc_numforms__minor(const cc_lexicon *lx, const char *t, size_t len, size_t from, int *minor,
                       size_t *end)
{
    size_t p = from, q, r, w, mend = 0;
    uint16_t got = 0;
    int v = 0;

    while (p < len && (t[p] == ' ' || t[p] == '\t'))
        p++;
    if (p == from)
        return 0; /* "$20" glued to something */
    if (cc_lexicon__match(lx, t, len, p, CC_LEX_RANGE_AND, &mend, &got)) {
        p = mend;
        while (p < len && (t[p] == ' ' || t[p] == '\t'))
            p++;
    }
    if (p < len && is_digit(t[p])) {
        q = digits_end(t, len, p);
        if (q - p > 2 || (q < len && (t[q] == '.' || t[q] == ',' || t[q] == '/') && q + 1 < len &&
                          is_digit(t[q + 1])))
            return 0;
        for (size_t k = p; k < q; k++)
            v = v * 10 + (t[k] - '0');
        if ((w = minor_word(lx, t, len, q)) != 0) {
            /* "43c" */
            *minor = v;
            *end = w;
            return 1;
        }
        if (alnum_at(t, len, q))
            return 0;
    } else {
        cc_decimal d;
        int flags = 0;
        /* a vague word or a fraction ("a few", "a half") is no number of cents */
        if (!cc_numwords__read(lx, t, len, p, &d, &q, &flags) || flags || d.point || d.neg ||
            d.exp != 0 || d.n > 2)
            return 0;
        for (int k = 0; k < d.n; k++)
            v = v * 10 + (d.d[k] - '0');
    }
    r = q;
    while (r < len && (t[r] == ' ' || t[r] == '\t'))
        r++;
    if ((w = minor_word(lx, t, len, r)) != 0) {
        *minor = v;
        *end = w;
        return 1;
    }
    /* no minor-unit word: the number must end the phrase ("$20 43."), so
     * that "$20 and 43 people" stays two figures */
    if (r < len && !strchr(".,;:!?)\n\r", t[r]))
        return 0;
    if (r < len && (t[r] == '.' || t[r] == ',') && r + 1 < len &&
        (is_digit(t[r + 1]) || (t[r] == ',' && t[r + 1] == '-')))
        return 0; /* "und 49,- €": an amount of its own */
    *minor = v;
    *end = q;
    return 1;
}
