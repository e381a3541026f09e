/*
 * numforms.h - number forms written with digits and symbols beyond plain
 * digit runs, read by the scanner of numparse.c (numforms.c). Internal.
 *
 *  - scientific notation: "4e14", "9.83e-3", "2.48×10−5", "5.5x10-3",
 *    "6.02 x 10^23", "1,5·10⁶", and other powers as factors: "8x2^10";
 *  - fractions: "1/5", "2 1/2", "½", "2½";
 *  - money minor units joined to an amount: "$20 and 43c",
 *    "20 dollars 43 cents", "US$3 and fourteen".
 */
#ifndef CC_NUMFORMS_H
#define CC_NUMFORMS_H

#include <stddef.h>

#include "quantity.h"

typedef struct cc_lexicon cc_lexicon;

/**
 * An exponent written after the digits that end at p: "e14", "E-3",
 * "×10−5", "x10^-3", "×10^5". @return 1 with *exp10 and *end (past the
 * exponent), else 0. Exponents beyond ±300 are refused.
 */
int cc_numforms__exponent(const char *t, size_t len, size_t p, int *exp10, size_t *end);

/**
 * A power as a factor after the digits that end at p: a multiplication
 * sign (x, *, ×, ·, ⋅; a space on both sides of it or on neither), a base
 * of 2..99 and its exponent: "×10−5", " x 10^23", "·10⁶", "x2^10". The
 * exponent needs a caret, a sign or superscript digits ("3x10" is a
 * product); a base other than ten only a caret or superscript digits and
 * no negative exponent. @return 1 with *base, *exp and *end, else 0.
 */
int cc_numforms__power(const char *t, size_t len, size_t p, int *base, int *exp, size_t *end);

/**
 * 0 if neither cc_numforms__exponent nor cc_numforms__power can find
 * anything at p: no 'e' there, and no multiplication sign ('x', '*') or
 * byte beyond ASCII there or after one space. Most numbers are followed
 * by none: a test before the calls.
 */
static inline int cc_numforms__may_power(const char *t, size_t len, size_t p)
{
    unsigned char c;
    if (p >= len)
        return 0;
    c = (unsigned char)t[p];
    if (c == 'e' || c == 'E')
        return 1;
    if (c == ' ' && p + 1 < len)
        c = (unsigned char)t[p + 1];
    return c == 'x' || c == '*' || c >= 0x80;
}

/** What cc_numforms__fraction found. */
enum {
    CC_FRAC_NONE = 0,
    CC_FRAC_VALUE = 1, /* a fraction: dec holds its value */
    CC_FRAC_IDENT = 2  /* digits joined by a slash that are no fraction: "24/7", "1/0" */
};

/** cc_numforms__fraction past its inline tests (numforms.c). */
int cc_numforms__fraction_at(const char *t, size_t len, size_t i, cc_decimal *dec, size_t *end);

/**
 * A fraction at i: "A/B" (also with U+2044), a whole number and a fraction
 * "2 1/2", a vulgar fraction "½", "2½" or "2 ½". dec receives the value (may be
 * NULL): exact when the fraction terminates, else cut at 15 significant
 * digits. *end receives the offset after it.
 *
 * Inline, the answers for most starts, as cc_numforms__fraction_at gives
 * them: no digit and no byte beyond ASCII at i, none (*end untouched);
 * digits followed by no slash, vulgar fraction, or space and digit or
 * vulgar fraction, none (*end = 0).
 */
static inline int cc_numforms__fraction(const char *t, size_t len, size_t i, cc_decimal *dec,
                                        size_t *end)
{
    if (i >= len || ((unsigned char)t[i] < 0x80 && !(t[i] >= '0' && t[i] <= '9')))
        return CC_FRAC_NONE;
    if (t[i] >= '0' && t[i] <= '9' &&
        !(i > 0 && (t[i - 1] == '/' || t[i - 1] == '.' || t[i - 1] == ','))) {
        size_t a = i + 1;
        while (a < len && t[a] >= '0' && t[a] <= '9')
            a++;
        if (a >= len ||
            (t[a] != '/' && (unsigned char)t[a] < 0x80 &&
             !(t[a] == ' ' && a + 1 < len &&
               ((t[a + 1] >= '0' && t[a + 1] <= '9') || (unsigned char)t[a + 1] >= 0x80)))) {
            *end = 0;
            return CC_FRAC_NONE;
        }
    }
    return cc_numforms__fraction_at(t, len, i, dec, end);
}

/** 1 if a vulgar fraction character ("½", "⅓") starts at i. */
int cc_numforms__vulgar_at(const char *t, size_t len, size_t i);

/**
 * After a money amount ending at `from`: the minor units joined to it,
 * "and 43c", "43 cents", "und 50 Cent", or a bare number below 100 that
 * ends the phrase ("$20 43", "US$3 and fourteen"). @return 1 with *minor
 * (0..99) and *end, else 0.
 */
int cc_numforms__minor(const cc_lexicon *lx, const char *t, size_t len, size_t from, int *minor,
                       size_t *end);

#endif
