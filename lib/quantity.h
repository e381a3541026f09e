/*
 * quantity.h - the internal layout of a quantity and its interval
 * semantics (DESIGN.md "Quantities as intervals"). Internal.
 *
 * Parsing text into a quantity lives in numparse.c (with the per-language
 * tables of lexicon/); this header is what the rest of the library needs.
 */
#ifndef CC_QUANTITY_H
#define CC_QUANTITY_H

#include <stddef.h>
#include <stdint.h>

#include "crosscheck.h"

/**
 * Longest exact decimal kept (digits, at most one '.', optional '-'): 20
 * holds any 64-bit integer and more digits than a double keeps; a longer
 * number is refused with CC_ERANGE, never cut. (Small: a million claims are
 * alive at once, each with two of these.)
 */
#define CC_DIGITS_MAX 20

struct cc_quantity {
    double value;                        /* X: digits × 10^scale (for a range: A) */
    double value_high;                   /* B for a range; else == value */
    int16_t scale;                       /* power of ten of the scale word, 0 = none */
    int16_t ulp;                         /* exponent of u, the place value of the last significant
                           digit of `value`, scale included (589 Mrd -> 9,
                           600 Mrd -> 11, 2,9 Billionen -> 11, 5.6 -> -1) */
    int16_t ulp_high;                    /* the same for value_high */
    uint8_t hedge;                       /* cc_hedge */
    uint8_t dimension;                   /* cc_dimension */
    char unit[8];                        /* "USD", "%", "pp", "count", "ratio" */
    char digits[CC_DIGITS_MAX + 1];      /* "589", "5.6" (normalised: '.' point, no grouping) */
    char digits_high[CC_DIGITS_MAX + 1]; /* for ranges; else same as digits */
    char hedge_word[22];                 /* "fast", "mehr als"; "" if none (cut to fit at a
                                            code point; the longest hedge phrase of the
                                            lexicons, "deutlich weniger als", has 20 bytes) */
};

/** The numbers of the interval table; defaults from cc_check_options. */
typedef struct cc_interval_params {
    double exact_rel;      /* 0.05 */
    double approx_rel;     /* 0.05 */
    double lenient_factor; /* 2.0 */
} cc_interval_params;

#define CC_INTERVAL_PARAMS_DEFAULT                                                                 \
    {                                                                                              \
        0.05, 0.05, 2.0                                                                            \
    }

/** An interval; bounds may be -INFINITY / INFINITY. */
typedef struct cc_interval {
    double low, high;
    uint8_t low_open, high_open; /* 1 = bound excluded */
} cc_interval;

/** The figure q names, scale applied: its value, or a range's midpoint. */
double cc_quantity__point(const cc_quantity *q);

/**
 * The strict (lenient = 0) or lenient (lenient = 1) interval of q, in q's
 * unit with the scale applied. Upper-bound hedges on a non-negative X give
 * low = 0 (magnitudes). See DESIGN.md for the table.
 */
void cc_quantity__interval(const cc_quantity *q, const cc_interval_params *p, int lenient,
                           cc_interval *out);

/**
 * Fill q from structured fields (the claims format's "quantity" object).
 * Same contract as cc_quantity_new() but into caller storage; `where` names
 * the claim for messages (may be NULL).
 */
cc_status cc_quantity__init(cc_quantity *q, const char *value, const char *high, const char *scale,
                            const char *unit, cc_hedge hedge, cc_error *err);

/**
 * Parse a quantity text into q (same contract as cc_quantity_parse()).
 * Error columns/offsets are relative to text[0]; the caller shifts them.
 */
cc_status cc_quantity__parse(cc_quantity *q, const char *text, size_t len, const char *lang,
                             cc_error *err);

/**
 * An exact decimal as written: value = (neg ? -1 : 1) * d * 10^exp, where
 * d[0..n) are ASCII digits without a point (leading zeros removed, at least
 * one digit). `point` is 1 when the text had a fractional part, so that its
 * trailing zeros are significant ("5,60"); trailing zeros of an integer are not.
 */
typedef struct cc_decimal {
    char d[CC_DIGITS_MAX + 1];
    int n;
    int exp;
    int neg;
    int point;
} cc_decimal;

/**
 * Read a plain decimal "[-+]digits[.digits][e[+-]digits]" (C locale, no
 * grouping) from s[0..len).
 * @return CC_OK; CC_EQUANTITY if malformed; CC_ERANGE for more than
 *         CC_DIGITS_MAX digits or an absurd exponent.
 */
cc_status cc_decimal__parse(cc_decimal *dec, const char *s, size_t len);

/**
 * Append one digit to a decimal being built by a scanner (`frac` = 1 for a
 * digit after the point). @return 0, or -1 if it would exceed CC_DIGITS_MAX.
 * Inline: the readers of figures push every digit.
 */
static inline int cc_decimal__push(cc_decimal *dec, char digit, int frac)
{
    if (frac) {
        dec->point = 1;
        dec->exp--;
    }
    if (dec->n == 1 && dec->d[0] == '0') {
        /* a leading zero is replaced, not kept */
        dec->d[0] = digit;
        return 0;
    }
    if (dec->n >= CC_DIGITS_MAX)
        return -1;
    dec->d[dec->n++] = digit;
    dec->d[dec->n] = '\0';
    return 0;
}

/**
 * Set the low (high = 0) or high (high = 1) end of q from a decimal and a
 * scale exponent (negative only for units such as basis points): digits
 * string, ulp and double value. For high = 0 the
 * high end is set to the same values. @return CC_OK or CC_ERANGE (value not
 * finite, too many digits); no message is written (the caller names the token).
 */
cc_status cc_quantity__set_end(cc_quantity *q, int high, const cc_decimal *dec, int scale);

/**
 * Set q's unit and dimension from a unit string as in cc_quantity_new()
 * (ISO code in any case, "%", "pp", "count", "ratio").
 * @return CC_OK or CC_ECURRENCY (no message written).
 */
cc_status cc_quantity__set_unit(cc_quantity *q, const char *unit);

/**
 * Negate q in place ("fell 7.3%" as -7.3 % beside "rose 7.3%"), its hedge
 * mirrored: nearly becomes just over, a range swaps its ends.
 * @return 1, or 0 (q unchanged) for a bound ("more than", "up to"), whose
 *         mirror would lose its floor at zero.
 */
int cc_quantity__negate(cc_quantity *q);

/**
 * The canonical form of a unit string ("usd" -> "USD") written into out
 * (at least 8 bytes), and its dimension; -1 if unknown.
 */
int cc_unit__canonical(const char *unit, char *out);

/** The dimension of a unit string ("USD" -> currency, "%" -> percent, ...),
 *  or -1 if the unit is unknown. Currency codes must be known to ICU. */
int cc_unit__dimension(const char *unit);

/**
 * What the physical unit `unit` of the unit table measures ("t", "MW", "°C";
 * exact symbol, case matters: "MW" is no "mW"): a quantity number, the
 * same for units that convert into each other ("t" and "kg" are masses,
 * "°C" and "°F" temperatures); 0 if unit is no physical unit.
 */
int cc_unit__quantity(const char *unit);

/** A figure x in the physical unit `unit` in its quantity's base unit
 *  (120 t: 120000 kg; 71 °F: 21.7 °C); x itself if unit is none. */
double cc_unit__to_base(double x, const char *unit);

/** A figure x in unit `from` in unit `to`, two physical units of one
 *  quantity (0.12 Mt: 120000 t; 71 °F: 21.7 °C); to NULL: the base unit. */
double cc_unit__convert(double x, const char *from, const char *to);

/**
 * The unit symbol `sym` of a data amount as `written` (n bytes) says by its
 * case: "Mb" and "Gb/s" for the "MB" and "GB/s" of the lexicon are "Mbit"
 * and "Gbit/s". Other symbols, "mb" (milli, as in millibars) and units
 * written out ("megabytes") return sym itself.
 */
const char *cc_unit__data_by_case(const char *sym, const char *written, size_t n);
/** Both ends of iv by cc_unit__convert(). */
void cc_unit__convert_interval(cc_interval *iv, const char *from, const char *to);

/** 1 if `lang` is a language with tables ("de", "en"), else 0. */
int cc_lang__supported(const char *lang);

/* ------------------------------------------------------------------ */
/* The scanner (numparse.c)                                            */
/* ------------------------------------------------------------------ */

typedef struct cc_lexicon cc_lexicon; /* lexicon.h */

/** One quantity mention found in running text. Byte offsets into the text. */
typedef struct cc_mention {
    cc_quantity q;                 /* value, unit, hedge, hedge_word */
    size_t start, end;             /* the whole mention: hedge .. unit */
    size_t num_start, num_end;     /* the (first) number as written */
    size_t hedge_start, hedge_end; /* the hedge word or range opener; equal if none */
    uint8_t weak;                  /* 1: a bare year, day of a date or spelled-out
                                      number without unit: likely not a figure */
    /* additions for extraction */
    uint8_t kind;                /* CC_KIND_* (lexicon.h): 0 = an amount */
    uint8_t ambiguous;           /* 1: "1.971" in German, read as 1971 but 1.971
                                      makes sense as well */
    uint8_t spelled;             /* 1: the number is spelled out ("sechs") */
    uint8_t has_unit;            /* 1: a unit, currency or scale word was written */
    size_t high_start, high_end; /* a range's second number; equal to end if none */
    uint8_t sign_word;           /* 1: a sign word or spaced hyphen made it negative
                                      ("minus 5"): no direction from that word */
    size_t unit_start, unit_end; /* kind physical: the unit as written ("mg");
                                      equal if none */
    uint8_t fraction;            /* 1: a spelled fraction without unit ("ein Drittel"):
                                      next to a percentage it is a share (extract.c) */
    size_t per_start, per_end;   /* what the figure is counted per ("Aktie" in "2,10
                                    Euro je Aktie"); equal if none */
    uint8_t period;              /* a rate per a span of time ("a week"): CC_PERIOD_*
                                    (lexicon.h), 0 none */
    uint8_t topic;               /* kind physical: the CC_CTX_* class of a word that
                                    must be one of the two after it ("1500b packet":
                                    CC_CTX_DATA); 0 none. Without it, no mention */
} cc_mention;

/**
 * Find the next quantity mention in text[*pos..len) for a language's
 * lexicon (see lexicon.h), in a single pass without allocation.
 *
 * @param pos  where to start; advanced past the mention (or to len).
 * @return 1 if a mention was found (out filled), 0 at the end of the text,
 *         or a negative cc_status: CC_ERANGE for a number with more than
 *         CC_DIGITS_MAX digits or beyond a double (err names it, with its
 *         line, column and offset relative to text[0]).
 */
int cc_numparse__next(const cc_lexicon *lx, const char *text, size_t len, size_t *pos,
                      cc_mention *out, cc_error *err);

/**
 * Read a spelled-out number at text[pos] ("sechs", "fünfundzwanzig",
 * "twenty-five", "a hundred and two", "zweieinhalb", "three million two
 * hundred thousand"). Words of the lexicon give numbers below 1000 (their
 * keys come from ICU's spell-out rules); longer compounds are split into
 * such parts and read, like runs of words, by our word grammar; a run is
 * refused when ICU's lenient parser reads it and disagrees. Fractions
 * ("two thirds") end the run. A trailing scale word that ends the run is
 * left for the caller ("zwei Millionen": 2, end before "Millionen"), as is
 * a multiplier ("two dozen": 2, end before "dozen").
 * @param end  receives the offset after the number; on a refusal (return 0)
 *             how far the words reached, so that the caller skips them.
 * @param flags receives CC_NUMWORDS_APPROX for a vague amount of the table
 *             ("a few": 3), which the caller reads with the approx hedge,
 *             CC_NUMWORDS_FRACTION for a fraction ("two thirds"),
 *             CC_NUMWORDS_LEAST for a least amount ("Tausende": at least
 *             2000, read with the lower_incl hedge), else 0.
 * @return 1 with *dec filled, 0 if there is no number (or it was refused).
 */
int cc_numwords__read(const cc_lexicon *lx, const char *text, size_t len, size_t pos,
                      cc_decimal *dec, size_t *end, int *flags);

/* The last reading of cc_numwords__read_kept: the share reader reads the
 * spelled number at a word first, and where it is no share the figure
 * reader reads the same words again. One caller keeps it for one lexicon;
 * text = NULL: none yet. */
typedef struct cc_spelled {
    const char *text;
    size_t len, pos;
    int ok, flags;
    size_t end;
    cc_decimal dec;
} cc_spelled;

/**
 * cc_numwords__read, answered from `kept` where it was read at the same
 * text, len and pos, else read and kept there. kept may be NULL (a plain
 * read).
 */
int cc_numwords__read_kept(const cc_lexicon *lx, const char *text, size_t len, size_t pos,
                           cc_spelled *kept, cc_decimal *dec, size_t *end, int *flags);

/**
 * For a word at text[pos] that begins no key of the lexicon: 0 if no
 * spelled number can begin there (cc_numwords__read would return 0 with
 * *end = pos), 1 if one may (its first number part ends inside the word).
 */
int cc_numwords__may_compound(const cc_lexicon *lx, const char *text, size_t len, size_t pos);

#define CC_NUMWORDS_APPROX 1   /* a vague amount of the table ("a few": 3) */
#define CC_NUMWORDS_FRACTION 2 /* a spelled fraction ("two thirds") */
#define CC_NUMWORDS_LEAST 4    /* a least amount of the table ("Tausende": at least 2000) */

/**
 * Multiply a decimal by a small positive factor in place ("2 dozens":
 * 2 x 12), exactly. @return 0, or -1 if the product would exceed
 * CC_DIGITS_MAX digits (dec is then unchanged).
 */
int cc_numwords__multiply(cc_decimal *dec, int factor);

/** num/den as a decimal: exact where it terminates, else 12 significant
 *  digits (as for "two thirds"). @return 1, or 0 if it does not fit. */
int cc_numwords__fraction(int64_t num, int64_t den, cc_decimal *dec);

/**
 * Pick the language of a text: "de" if it has German-only words or
 * separators ("Milliarden", "knapp", "5,6", "ü"), else "en".
 */
const char *cc_numparse__detect_lang(const char *text, size_t len);

#endif
