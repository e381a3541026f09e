/*
 * scan.h - what the files of the scanner share (numparse.c: mentions;
 * figure.c: one end of a figure; kinds.c: numbers that are no amounts;
 * numforms.c: powers, fractions and minor units): character tests on
 * UTF-8 text, a figure's end as read, and the words pending before a
 * figure. Internal.
 */
#ifndef CC_SCAN_H
#define CC_SCAN_H

#include <stddef.h>
#include <stdint.h>

#include <unicode/utf8.h>

#include "lexicon.h"
#include "quantity.h"

/* ------------------------------------------------------------------ */
/* Characters                                                          */
/* ------------------------------------------------------------------ */

static inline int is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* ASCII white space between words: a space, a tab or a line break (LF,
 * CR of CRLF); wrapped text has line breaks where others have spaces. */
static inline int is_gap(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Only white space (is_gap) in t[a, b), and a <= b: the two places touch. */
static inline int only_gaps(const char *t, size_t a, size_t b)
{
    if (a > b)
        return 0;
    for (size_t k = a; k < b; k++)
        if (!is_gap(t[k]))
            return 0;
    return 1;
}

/* Back from i over white space (is_gap), not past from: where it starts. */
static inline size_t gaps_back(const char *t, size_t from, size_t i)
{
    while (i > from && is_gap(t[i - 1]))
        i--;
    return i;
}

/* The code point before byte offset i, or -1 at the start. */
static inline int32_t cp_before(const char *t, size_t i)
{
    int32_t c, k = (int32_t)i;
    if (i == 0)
        return -1;
    if ((unsigned char)t[i - 1] < 0x80)
        return (unsigned char)t[i - 1];
    U8_PREV(t, 0, k, c);
    return c < 0 ? 0xFFFD : c;
}

static inline int32_t cp_at(const char *t, size_t len, size_t i)
{
    return i < len ? cc_lexicon__next_cp(t, len, &i) : -1;
}

static inline int is_letter(int32_t c)
{
    return c >= 0 && cc_lexicon__is_alnum(c) && !(c >= '0' && c <= '9');
}

static inline size_t skip_spaces(const char *t, size_t len, size_t i)
{
    while (i < len) {
        size_t j = i;
        unsigned char b = (unsigned char)t[i];
        if (b == ' ') {
            i++;
            continue;
        }
        if (b > ' ' && b < 0x80)
            break; /* ASCII past the space: no white space, as at most words */
        if (!cc_lexicon__is_space(cc_lexicon__next_cp(t, len, &j)))
            break;
        i = j;
    }
    return i;
}

static inline size_t skip_alnum(const char *t, size_t len, size_t i)
{
    i = cc_lexicon__ascii_alnum_end(t, len, i);
    while (i < len) {
        size_t j = i;
        unsigned char b = (unsigned char)t[i];
        if (b < 0x80) {
            if (!((b | 0x20) >= 'a' && (b | 0x20) <= 'z') && !(b >= '0' && b <= '9'))
                break;
            i++;
            continue;
        }
        if (!cc_lexicon__is_alnum(cc_lexicon__next_cp(t, len, &j)))
            break;
        i = j;
    }
    return i;
}

/* Dashes between the ends of a range: '-', en dash, em dash. */
static inline size_t dash_at(const char *t, size_t len, size_t i)
{
    size_t j = i;
    int32_t c = cp_at(t, len, i);
    if (c == '-' || c == 0x2013 || c == 0x2014 || c == 0x2012) {
        cc_lexicon__next_cp(t, len, &j);
        return j;
    }
    return 0;
}

/* A sign at i ('-', '+', U+2212) directly before a digit (or a decimal
 * separator and a digit: "-,0012G"), not after a word. */
static inline size_t sign_at(const char *t, size_t len, size_t i, int *neg)
{
    size_t j = i;
    int32_t c = cp_at(t, len, i), p;
    if (c != '-' && c != '+' && c != 0x2212)
        return 0; /* as at most starts: the character before is not asked */
    p = cp_before(t, i);
    cc_lexicon__next_cp(t, len, &j);
    if (j >= len || (p >= 0 && cc_lexicon__is_alnum(p)))
        return 0;
    if (!is_digit(t[j]) && !((t[j] == '.' || t[j] == ',') && j + 1 < len && is_digit(t[j + 1])))
        return 0;
    *neg = c != '+';
    return j;
}

/* Digits glued to a word before them ("H100", "Covid-19") are a name. */
static inline int glued_before(const char *t, size_t i)
{
    int32_t p = cp_before(t, i);
    if (p < 0 || p == ' ')
        return 0; /* the start of the text, or a space, as before most */
    if (cc_lexicon__is_alnum(p))
        return 1;
    if (p == '-' || p == '/' || p == '_')
        return is_letter(cp_before(t, i - 1));
    return 0;
}

static inline size_t digits_end(const char *t, size_t len, size_t i)
{
    while (i < len && is_digit(t[i]))
        i++;
    return i;
}

static inline int alnum_at(const char *t, size_t len, size_t i)
{
    return i < len && cc_lexicon__is_alnum(cp_at(t, len, i));
}

/* ------------------------------------------------------------------ */
/* One end of a figure (figure.c)                                      */
/* ------------------------------------------------------------------ */

/* The roles asked of the key after a figure: its tail (scale, unit,
 * currency, post-hedge; figure.c), a range word after it (numparse.c)
 * and what it is counted per (figure_words.c). */
#define CC_FIGURE_LOOK_ROLES                                                                       \
    (CC_LEX_SCALE | CC_LEX_CURRENCY | CC_LEX_UNIT | CC_LEX_POST_HEDGE | CC_LEX_MONTH |             \
     CC_LEX_KIND | CC_LEX_NUMBER_PART | CC_LEX_RANGE_TO | CC_LEX_RANGE_AND | CC_LEX_CONTEXT)

/* The last key the reader of a figure looked up after it, for
 * CC_FIGURE_LOOK_ROLES at q in t[0..len): the match, or m = NULL.
 * valid = 0: none. */
typedef struct cc_figure_look {
    int valid;
    const char *t;
    size_t len, q, mend;
    const cc_lex_entry *m;
    uint16_t got;
} cc_figure_look;

typedef struct cc_figure_end {
    cc_decimal dec;
    size_t num_start, num_end, end;
    int scale, have_scale;
    int dim;        /* from a unit word, -1 none */
    int unit_scale; /* basis points: -2 */
    char code[4];   /* currency after the number, "" none */
    int post_hedge; /* -1 none */
    size_t post_start;
    int spelled, plain, date;
    int kind;              /* CC_KIND_* */
    int ambiguous;         /* "1.971": grouping and decimal point both make sense */
    int had_unit;          /* a scale, unit or currency word followed */
    int approx;            /* a vague number word ("a few"): approx, weak */
    int least;             /* a least number word ("Tausende"): lower_incl */
    int fraction;          /* a spelled fraction ("two thirds") */
    int sign_word;         /* the sign is a word ("minus 5") or a spaced hyphen ("- 5") */
    size_t bare_start;     /* with sign_word: where the number itself starts */
    size_t unit_s, unit_e; /* a physical unit as written ("mg"); equal if none */
    const char *measure;   /* its symbol in the unit table ("mg"), NULL if none */
    int topic;             /* with measure: CC_CTX_* of a word that must follow
                              ("1500b packet": CC_CTX_DATA), 0 none */
    cc_figure_look look;   /* the last key looked up after the number (last:
                              cc_figure__read_end clears the members before it) */
} cc_figure_end;

/* cc_lexicon__match(lx, t, len, q, roles, end, got) for roles among
 * CC_FIGURE_LOOK_ROLES, taken from the look of e where it was made at q:
 * the longest key wins before the roles are filtered, so the look's
 * entry with its roles limited to these is the answer. */
static inline const cc_lex_entry *cc_figure__key_at(const cc_lexicon *lx, const char *t, size_t len,
                                                    size_t q, uint16_t roles,
                                                    const cc_figure_end *e, size_t *end,
                                                    uint16_t *got)
{
    if (e->look.valid && e->look.q == q && e->look.t == t && e->look.len == len &&
        !(roles & ~CC_FIGURE_LOOK_ROLES)) {
        *got = (uint16_t)(e->look.got & roles);
        if (!*got)
            return NULL;
        *end = e->look.mend;
        return e->look.m;
    }
    return cc_lexicon__match(lx, t, len, q, roles, end, got);
}

/**
 * Read one end of a figure at text[i]: the number (digits or words) and
 * what follows it (scale, unit, currency, post-hedge). `prefix_unit`: a
 * currency stood before the number. `kept`: a reading of spelled-out
 * words to take over where it was made at i (cc_numwords__read_kept), or
 * NULL.
 * @return 1 with *e filled, 0 if there is no figure at i, or CC_ERANGE.
 */
int cc_figure__read_end(const cc_lexicon *lx, const char *t, size_t len, size_t i, int prefix_unit,
                        cc_spelled *kept, cc_figure_end *e);

/** 1 if digit groups with spaces at i name money ("3 500 000 dollars"): no phone number. */
int cc_figure__money_groups(const cc_lexicon *lx, const char *t, size_t len, size_t i);

/**
 * 1 if a figure ends just before i, commas and spaces skipped: a digit, a
 * percent sign, or a scale, unit or currency word ("to $320 from $480",
 * "$4 a gallon").
 */
int cc_figure__before(const cc_lexicon *lx, const char *t, size_t i);

/** 1 if a currency code or abbreviation is glued to the digits at i ("USD3", "Rs20"). */
int cc_figure__glued_code(const cc_lexicon *lx, const char *t, size_t len, size_t i);

/* ------------------------------------------------------------------ */
/* Words pending before a figure (numparse.c)                          */
/* ------------------------------------------------------------------ */

typedef struct cc_pending {
    int hedge;
    int hedge_time; /* the hedge word is a preposition before a year ("ab 2026") */
    size_t hs, he;
    int opener; /* CC_LEX_RANGE_BETWEEN / _FROM, 0 none */
    int floor;  /* the opener alone before money names the least ("from €19.99") */
    size_t os, oe;
    char code[4]; /* currency before the number */
    size_t cs;
    size_t month_end;
    int kind; /* a word that makes the next bare number no amount ("Nr.") */
    size_t kind_s, kind_end;
    size_t sign_s, sign_e; /* a sign word or spaced hyphen; sign_e = 0 none */
    int sign_line;         /* a hyphen at the start of a line: a sign only if
                              the figure ends the line (else a list bullet) */
} cc_pending;

/* ------------------------------------------------------------------ */
/* Shares written in words (shares.c)                                  */
/* ------------------------------------------------------------------ */

typedef struct cc_share {
    cc_decimal dec;
    int dim; /* CC_DIM_PERCENT for a share; POINTS, or -1 with a scale */
    int scale, have_scale;
    size_t end;
    size_t by_at; /* a change by a part: where its "um"/"by" stands, else SIZE_MAX */
} cc_share;

/**
 * A share at i ("jeder Dritte", "one in three", "die Hälfte der", "two
 * thirds of") or a fraction of a unit or scale ("a quarter of a
 * percentage point", "half a million"). `words`: a number word may start
 * at i. Only where shares_may_start is 1, or at digits where
 * cc_shares__digits_may_share is 1 (the caller asks it first).
 * `kept`: where the spelled number at i is read, its reading is kept there
 * (cc_numwords__read_kept; may be NULL).
 * @return 1 with *sh filled, else 0.
 */
int cc_shares__read(const cc_lexicon *lx, const char *t, size_t len, size_t i, int words,
                    cc_spelled *kept, cc_share *sh);

/**
 * Can a share start with the digits at i? Only where an opening share word
 * may begin there, or where they are a small whole number (at most four
 * digits, no decimals) followed by a share word that may come after a
 * first number ("1 in 5", "3 von 10", "3 quarters of"): most numbers have
 * neither.
 */
int cc_shares__digits_may_share(const cc_lexicon *lx, const char *t, size_t len, size_t i);

/**
 * Does the preposition of a change by a part ("by", "um") stand before i,
 * maybe past a hedge or an article ("by about 35,000", "um gut ein
 * Drittel")?
 */
int cc_shares__by_before(const cc_lexicon *lx, const char *t, size_t len, size_t i);

/**
 * Does a verb of change and its preposition of a change by a part stand
 * before i, maybe past a hedge or an article ("fell by a fifth", "sank um
 * gut ein Drittel")? Then a fraction at i is a share of what changed, not
 * an ordinal ("fell by a fifth last year" is no fifth year; "bought by a
 * third party" has no verb of change).
 */
int cc_shares__change_by_before(const cc_lexicon *lx, const char *t, size_t len, size_t i);

/**
 * For an article at text[pos] that may be "one" ("a", "ein", "einem"): 1 if
 * cc_numwords__read surely refuses it at once (returns 0 with *end = pos),
 * as the word after it is no hundred, scale, multiplier, fraction, unit,
 * kind or currency word ("a company", "ein Grund"), else 0 (then it may read a number: "a hundred", "ein Euro").
 * m, mend, got: cc_lexicon__match at pos with CC_LEX_ALL.
 */
int cc_numwords__a_refused(const cc_lexicon *lx, const char *text, size_t len, size_t pos,
                           const cc_lex_entry *m, size_t mend, uint16_t got);

/* Whether a share may start at the letter t[i] at all (cc_shares__read is
 * 0 where this is 0): a number word, or a first word that may open a share
 * (cc_lexicon__share_may_open, its first question inline; `open` is
 * cc_lexicon__share_open_set; m, mend: the key the scanner matched at i,
 * or m = NULL). Most words open none; the scanner asks this inline before
 * the call (digits never: it reads them before). */
static inline int shares_may_start(const cc_lexicon *lx, const uint64_t *open, const char *t,
                                   size_t len, size_t i, int words, const cc_lex_entry *m,
                                   size_t mend)
{
    return words || i + 1 >= len ||
           (cc_lexicon__share_open_bit(open, (unsigned char)t[i], (unsigned char)t[i + 1]) &&
            cc_lexicon__share_may_open_key(lx, t, len, i, m, mend));
}

/* ------------------------------------------------------------------ */
/* Numbers that are no amounts (kinds.c)                               */
/* ------------------------------------------------------------------ */

/** cc_kinds__date_time_at and cc_kinds__phone_at past their inline tests (kinds.c). */
size_t cc_kinds__date_time_read(const char *t, size_t len, size_t i, int *kind);
size_t cc_kinds__phone_read(const char *t, size_t len, size_t i);

/**
 * A date or a clock time at i ("27.01.2025", "14:30"): its end (*kind
 * set), or 0. Inline: none unless the digits at i are followed by a
 * colon, point, slash or hyphen and a digit, as after most they are not.
 */
static inline size_t cc_kinds__date_time_at(const char *t, size_t len, size_t i, int *kind)
{
    size_t a = digits_end(t, len, i);
    if (a + 1 >= len || !is_digit(t[a + 1]) ||
        (t[a] != ':' && t[a] != '.' && t[a] != '/' && t[a] != '-'))
        return 0;
    return cc_kinds__date_time_read(t, len, i, kind);
}

/**
 * A phone number at i: its end, or 0. Inline: none unless the digits at
 * i (after a '+') are followed by a space, slash or hyphen and a digit:
 * a number has two groups at least.
 */
static inline size_t cc_kinds__phone_at(const char *t, size_t len, size_t i)
{
    size_t p = t[i] == '+' ? i + 1 : i, q = digits_end(t, len, p);
    if (q == p || q + 1 >= len || (t[q] != ' ' && t[q] != '/' && t[q] != '-') ||
        !is_digit(t[q + 1]))
        return 0;
    return cc_kinds__phone_read(t, len, i);
}

/** The word before offset i (skipping spaces): its start, or i if none; *wend its end. */
size_t cc_kinds__word_before(const char *t, size_t i, size_t *wend);

/** 1 if a name with '&' or an inner capital stands before i ("S&P 500", "iPhone 15"). */
int cc_kinds__name_before(const char *t, size_t i);

/** 1 if only white space stands between the start of the line and i. */
int cc_kinds__line_start(const char *t, size_t i);

/**
 * 1 if a figure ending at n ends its phrase: the end of the text, a mark
 * (not digits), a common word of the language ("AV 412 and LH 400 were",
 * "51,3 Milliarden im Kernhaushalt") or, where nouns are capitalised, a
 * word in lower case ("der RE 4417 entgleiste"); not a noun it counts
 * ("US 500 troops", "2 Milliarden Nutzer").
 */
int cc_kinds__phrase_ends(const cc_lexicon *lx, const char *t, size_t len, size_t n);

/** A bare number: no unit, scale, currency, post-hedge or sign, and no
 *  hedge word before it but one of time ("ab 2026"). */
static inline int cc_kinds__bare(const cc_pending *pd, const cc_figure_end *a)
{
    return !a->had_unit && !a->have_scale && a->dim < 0 && !a->code[0] && !pd->code[0] &&
           (pd->hedge < 0 || pd->hedge_time) && a->post_hedge < 0 && !a->dec.neg;
}

/** cc_kinds__classify past its inline tests (kinds.c). */
void cc_kinds__classify_read(const cc_lexicon *lx, const char *t, size_t len, const cc_pending *pd,
                             cc_figure_end *a);

/**
 * Decide whether a bare number is a year, an ordinal, a list number, a
 * name or an age; sets a->kind (and may extend a->end over "2013-14").
 * Inline: most figures are no bare number and stand after no word that
 * names a kind of their own (an age) or compares them with a year.
 */
static inline void cc_kinds__classify(const cc_lexicon *lx, const char *t, size_t len,
                                      const cc_pending *pd, cc_figure_end *a)
{
    if (a->kind) {
        if (a->topic && pd->kind == CC_KIND_IDENT &&
            skip_spaces(t, len, pd->kind_end) == a->num_start)
            a->kind = CC_KIND_IDENT; /* "Table 2b": a label's letter, no bits */
        return;
    }
    if (a->date) {
        a->kind = CC_KIND_DATE;
        return;
    }
    if (pd->kind == CC_KIND_PHYSICAL || pd->hedge == CC_HEDGE_LOWER_STRICT ||
        pd->hedge == CC_HEDGE_UPPER_STRICT || cc_kinds__bare(pd, a))
        cc_kinds__classify_read(lx, t, len, pd, a);
}

/**
 * A decade suffix t[q..mend) (a CC_KIND_AFTER_DECADE key) glued to the
 * number of e: 1 if e is the round year or two digits the suffix makes a
 * decade of ("1960s", "'90s", "60er-Jahre"), with *start at the decade as
 * written (its apostrophe included), else 0.
 */
int cc_kinds__decade(const char *t, size_t len, const cc_figure_end *e, size_t q, size_t mend,
                     size_t *start);

/** "FY2024/25": a year word t[s..d) glued to a year at d: the end of the year (span), or 0. */
size_t cc_kinds__glued_year(const cc_lexicon *lx, const char *t, size_t len, size_t s, size_t d);

/**
 * Two ends a, b read as a range (joined by t[mid_s..mid_e)) that are no
 * range of amounts: CC_KIND_DATE for days of one month ("February 4-6"),
 * CC_KIND_IDENT for a score ("won 3-1"), else 0.
 */
int cc_kinds__pair(const cc_figure_end *a, const cc_figure_end *b, size_t mid_s, size_t mid_e);

/**
 * "4.-6. Februar", "4. bis 6. Februar": after the point of a day (p), a
 * dash or range word, a later day with its point and a month: the end of
 * the month, or 0.
 */
size_t cc_kinds__day_span(const cc_lexicon *lx, const char *t, size_t len, const cc_decimal *day,
                          size_t p);

/* ------------------------------------------------------------------ */
/* Words next to a figure (figure_words.c)                             */
/* ------------------------------------------------------------------ */

/** A "to" and a figure after e ("from €84m to €61m")? */
int cc_figwords__to_figure_after(const cc_lexicon *lx, const char *t, size_t len, size_t e);

/** A verb of change in the three words before i (fillers passed over)? */
int cc_figwords__direction_before(const cc_lexicon *lx, const char *t, size_t i);

/** cc_figwords__per_unit past its inline test: p, the word after out. */
void cc_figwords__per_unit_read(const cc_lexicon *lx, const char *t, size_t len, size_t p,
                                const cc_figure_end *last, cc_mention *out);

/** What the mention out is counted per ("je Aktie"): out->per_start/end.
 *  `last`: the end of the figure that out ends with (its look is used).
 *  Inline: nothing where no space follows the mention, as where most end
 *  a sentence or clause ("17 Prozent."). */
static inline void cc_figwords__per_unit(const cc_lexicon *lx, const char *t, size_t len,
                                         const cc_figure_end *last, cc_mention *out)
{
    size_t p = skip_spaces(t, len, out->end);
    if (p != out->end)
        cc_figwords__per_unit_read(lx, t, len, p, last, out);
}

/** Is the hedge word at i governed by a noun before it ("Auftrag über") or
 *  a verb up to four words before it ("verfügt nach eigenen Angaben über")? */
int cc_figwords__governed(const cc_lexicon *lx, const char *t, size_t i);

#endif
