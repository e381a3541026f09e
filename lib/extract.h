/*
 * extract.h - the layout of an extraction, shared by extract.c (finding
 * mentions and their context) and claims_out.c (writing them). Internal.
 */
#ifndef CC_EXTRACT_H
#define CC_EXTRACT_H

#include <stddef.h>
#include <stdint.h>

#include "crosscheck.h"
#include "quantity.h"
#include "strpool.h"

typedef struct cc_lexicon cc_lexicon; /* lexicon.h */

#define CC_EXTRACT_WARN_MAX 100

/** One mention as kept: its reading and where it stands. */
typedef struct cc_xmention {
    cc_quantity q;
    size_t start, end; /* the mention */
    size_t hs, he;     /* the hedge or range word (hs == he: none) */
    size_t ss, se;     /* its sentence, clipped to about 1 KB around it */
    const char *scope; /* static normalised scope, or NULL */
    cc_sref attrib;    /* attribution in the pool, 0 = none */
    int8_t direction;  /* -1, 0, 1 */
    uint8_t kind;      /* cc_mention_kind */
    uint8_t negated, ambiguous, weak, has_unit;
    uint8_t change;    /* "von A auf B": 1 for A (from), 2 for B (to), 0 none;
                              also 2 alone for a level a change led to ("stieg auf B") */
    size_t link;       /* with change: the index of the other figure, SIZE_MAX none */
    uint8_t sign_word; /* a sign word made it negative ("minus 5") */
    size_t us, ue;     /* kind physical: the unit as written (us == ue: none) */
    uint8_t market;    /* its sentence has market words ("Dax", "shares") */
    uint8_t fraction;  /* a spelled fraction without unit ("einem Drittel") */
    size_t ps, pe;     /* what it is counted per ("Aktie" in "je Aktie"; ps == pe: none) */
    uint8_t period;    /* a rate per a span of time: CC_PERIOD_* (lexicon.h), 0 none */
} cc_xmention;

/* Is m a figure the check compares: an amount, or a physical quantity in a
 * unit of the unit table ("120.000 Tonnen"; not an age, not "light-years",
 * not the one of "ein Liter", which is weak)? */
static inline int cc_extract__checkable(const cc_xmention *m)
{
    return m->kind == CC_MENTION_AMOUNT ||
           (m->kind == CC_MENTION_PHYSICAL && m->q.dimension == CC_DIM_MEASURE && !m->weak);
}

typedef struct cc_xwarning {
    int64_t offset;
    char message[80];
} cc_xwarning;

struct cc_extraction {
    char lang[8];
    cc_strpool pool;
    cc_sref source, name, published, url;
    cc_xmention *m;
    size_t n, cap;
    cc_xwarning warn[CC_EXTRACT_WARN_MAX];
    size_t nwarn; /* all warnings, also those not kept */
};

/**
 * Index points that are percentage points (neighbours.c): a change in
 * points in a sentence that speaks of percentages and not of a market
 * ("fiel um 0,3 Punkte", "down 7.6 points" beside "59.7%") is a change
 * of percentage points, and so is a gap ("eight points ahead of the
 * Conservatives on 33%", "acht Punkte vor der SPD"). Run once over all
 * mentions.
 */
void cc_extract__points_as_pp(cc_extraction *x, const cc_lexicon *lx, const char *t, size_t len);

/**
 * Cents without a currency (elided_unit.c): "17 cents" in English reads as
 * US cents and "17 Cent" in German as euro cents, unless the article's
 * other money is all in one other currency of cents ("€2bn ... 17 cents
 * per kilowatt-hour" are euro cents). Run once over all mentions.
 */
void cc_extract__bare_cents(cc_extraction *x, const char *t);

/* The hooks below run after every mention added; each asks inline first
 * the questions about the last mentions that most fail (of their kind,
 * unit and scale), since a call per mention costs more than its answer,
 * and the rest out of line (the _read functions, "past their inline
 * tests"). */

/**
 * After mention x->m[x->n - 1] was added (neighbours.c): "von A auf B",
 * "from A to B" link the two figures as a change (A lends B's unit where it
 * has none); "nicht A, sondern B" makes A take B's unit; a level after
 * "auf"/"to" with a direction is the "to" figure of a change.
 */
void cc_extract__link_change_read(cc_extraction *x, const cc_lexicon *lx, const char *t);
void cc_extract__link_correction_read(cc_extraction *x, const cc_lexicon *lx, const char *t);
void cc_extract__mark_level(cc_extraction *x, const cc_lexicon *lx, const char *t);

/* "von A auf B": only two amounts, no range, A not linked yet; and A a
 * count or of B's dimension (the _read function asks for B's unit) */
static inline void cc_extract__link_change(cc_extraction *x, const cc_lexicon *lx, const char *t)
{
    const cc_xmention *a = &x->m[x->n - 2], *b = &x->m[x->n - 1];
    if (a->kind == CC_MENTION_AMOUNT && b->kind == CC_MENTION_AMOUNT && !a->change &&
        a->q.hedge != CC_HEDGE_RANGE && b->q.hedge != CC_HEDGE_RANGE &&
        (a->q.dimension == CC_DIM_COUNT || a->q.dimension == b->q.dimension))
        cc_extract__link_change_read(x, lx, t);
}

/* "nicht A, sondern B": only a bare count A (no range) before B with a unit */
static inline void cc_extract__link_correction(cc_extraction *x, const cc_lexicon *lx,
                                               const char *t)
{
    const cc_xmention *a = &x->m[x->n - 2], *b = &x->m[x->n - 1];
    if (a->kind == CC_MENTION_AMOUNT && b->kind == CC_MENTION_AMOUNT && !a->has_unit &&
        b->has_unit && a->q.dimension == CC_DIM_COUNT && a->q.hedge != CC_HEDGE_RANGE)
        cc_extract__link_correction_read(x, lx, t);
}

/**
 * "(Q3 2024: $3.75 billion)", "(2024: 5,8 Prozent)" in an article of a
 * later year: the figure after a year and a colon in parentheses is an
 * earlier period's, scope "prior_period" (neighbours.c). pub_year 0: not
 * known, nothing is marked.
 */
void cc_extract__year_label(cc_extraction *x, const char *t, int pub_year);

/**
 * "between 3 and 5 March", "3-5 March", "3 to 5 March": a day before a
 * date, joined by a range word or dash, is a date too (neighbours.c).
 */
void cc_extract__date_range_read(cc_extraction *x, const cc_lexicon *lx, const char *t);
static inline void cc_extract__date_range(cc_extraction *x, const cc_lexicon *lx, const char *t)
{
    if (x->n >= 2 && x->m[x->n - 1].kind == CC_MENTION_DATE)
        cc_extract__date_range_read(x, lx, t);
}

/**
 * "aged 22 and 25,": a bare number joined to a physical quantity whose unit
 * stands before it takes that unit where the clause ends after it
 * (neighbours.c).
 */
void cc_extract__kind_list_read(cc_extraction *x, const cc_lexicon *lx, const char *t, size_t len);
static inline void cc_extract__kind_list(cc_extraction *x, const cc_lexicon *lx, const char *t,
                                         size_t len)
{
    if (x->n >= 2 && x->m[x->n - 2].kind == CC_MENTION_PHYSICAL)
        cc_extract__kind_list_read(x, lx, t, len);
}

/**
 * "81,8 Milliarden Euro, davon 51,3 Milliarden im Kernhaushalt": a count
 * with a scale word and no unit, right after money with a scale in its
 * sentence and ending its phrase (no noun it counts follows), is money of
 * that currency (elided_unit.c).
 */
void cc_extract__elided_currency_read(cc_extraction *x, const cc_lexicon *lx, const char *t,
                                      size_t len);
static inline void cc_extract__elided_currency(cc_extraction *x, const cc_lexicon *lx,
                                               const char *t, size_t len)
{
    const cc_xmention *b = &x->m[x->n - 1];
    if (x->n >= 2 && b->kind == CC_MENTION_AMOUNT && !b->fraction && !b->change &&
        b->q.dimension == CC_DIM_COUNT && b->q.scale >= 3)
        cc_extract__elided_currency_read(x, lx, t, len);
}

/**
 * Read q's digits again, times 10^shift, without their sign if unsigned_,
 * at the power of ten `scale` (neighbours.c): "1.3m" read as a million
 * becomes 1.3, "ein Drittel" 33.3, "(-1)" 1. @return 1, or 0 with q
 * unchanged if the digits cannot be set.
 */
int cc_extract__revalue(cc_quantity *q, int shift, int unsigned_, int scale);

/**
 * "The river peaked at 8.4 metres, 1.3m above the record": a figure with a
 * glued "m" read as a million, right after metres in its sentence, is
 * metres (elided_unit.c).
 */
void cc_extract__metres_after_metres_read(cc_extraction *x, const char *t);
static inline void cc_extract__metres_after_metres(cc_extraction *x, const char *t)
{
    const cc_xmention *b = &x->m[x->n - 1];
    if (x->n >= 2 && b->kind == CC_MENTION_AMOUNT && b->q.dimension == CC_DIM_COUNT &&
        b->q.scale == 6)
        cc_extract__metres_after_metres_read(x, t);
}

/**
 * "300 °C (572 °F, 573.15K)": a figure with a capital "K" read as a
 * thousand, next to a temperature in its sentence (before or after it) and
 * ending its phrase, is kelvin (elided_unit.c). Elsewhere "K" stays a
 * thousand ("a $50K salary").
 */
void cc_extract__kelvin_beside_temperature_read(cc_extraction *x, const cc_lexicon *lx,
                                                const char *t, size_t len);
static inline void cc_extract__kelvin_beside_temperature(cc_extraction *x, const cc_lexicon *lx,
                                                         const char *t, size_t len)
{
    if (x->n >= 2 && (x->m[x->n - 1].kind == CC_MENTION_PHYSICAL || x->m[x->n - 1].q.scale == 3))
        cc_extract__kelvin_beside_temperature_read(x, lx, t, len);
}

/**
 * "nineteen eighty-four", "one twenty-two": two spelled groups of digits
 * one after another are one number, 1984 (a year) and 122
 * (spoken_pairs.c). The second mention is dropped.
 */
void cc_extract__spoken_pair_read(cc_extraction *x, const char *t, size_t len);
static inline void cc_extract__spoken_pair(cc_extraction *x, const char *t, size_t len)
{
    if (x->n >= 2 && x->m[x->n - 1].weak && x->m[x->n - 2].weak &&
        x->m[x->n - 1].start == x->m[x->n - 2].end + 1)
        cc_extract__spoken_pair_read(x, t, len);
}

/**
 * "Union 31 Prozent (-1), SPD 16 Prozent (+2)": a signed bare number in
 * brackets right after a figure is its change (poll and results tables):
 * the unit of the figure (percentage points after a percentage), the
 * value without its sign, and the sign as the direction (neighbours.c).
 * The sign may be a word: "(minus 9,3)", "(plus 2,1)".
 */
void cc_extract__bracketed_change_read(cc_extraction *x, const char *t, size_t len);
static inline void cc_extract__bracketed_change(cc_extraction *x, const char *t, size_t len)
{
    const cc_xmention *b = &x->m[x->n - 1];
    if (x->n >= 2 && b->kind == CC_MENTION_AMOUNT && b->q.dimension == CC_DIM_COUNT &&
        !b->has_unit && b->q.hedge == CC_HEDGE_EXACT && b->start > 0 &&
        (t[b->start - 1] == '(' || (b->direction > 0 && t[b->start - 1] == ' ')))
        cc_extract__bracketed_change_read(x, t, len);
}

/**
 * "knapp ein Drittel war dagegen", "cut by a third to a half": a spelled
 * fraction below one that no neighbour gave a unit is a share, in percent
 * (33.3 %), as the shares of shares.c are (neighbours.c). Run once over
 * all mentions, after the links.
 */
void cc_extract__fractions_as_shares(cc_extraction *x);

/**
 * A figure that restates its neighbour's change in another unit ("fell 12
 * points, or 0.2 percent") takes its direction (neighbours.c). Run once
 * over all mentions, after the context is read.
 */
void cc_extract__restated_directions(cc_extraction *x, const cc_lexicon *lx, const char *text);

#endif
