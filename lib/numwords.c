/*
 * numwords.c - spelled-out numbers in running text: "sechs",
 * "fünfundzwanzig", "twenty-five", "a hundred and two", "zweieinhalb",
 * "three million two hundred thousand", "tausendachthundertzweiundfünfzig",
 * "two thirds", "a dozen".
 *
 * Numbers below 1000 are single lexicon keys (the lexicon spells 0..999
 * with ICU's rule-based spell-out rules when it is built). A word that is
 * no key but splits into number parts ("siebenhunderteinundzwanzigtausendundzwölf")
 * is split longest part first and its parts are read like the words of a
 * run. Words and parts are joined by a small grammar (a part may follow
 * only where the place is still free: "hundred" after 1..99, "two" after
 * "twenty" but not after "six"; units before tens after "und"; a scale
 * word ends a group, a larger one right after it multiplies). A run that
 * joins several groups is read by ICU's lenient spell-out parser as well:
 * where ICU reads it and the two readings disagree the run is refused (a
 * wrong figure is worse than none); where ICU cannot read it (German
 * compounds with "tausend...und", long-scale words, "crore") ours stands.
 * The multiplier "dozen" is left to the caller, which applies it to digits
 * as well ("200 dozens").
 *
 * A decimal point word ("two point two", "zwei Komma fünf") may follow the
 * whole part: single digit words after it are the fraction, and ICU must
 * read the same value. A point followed by anything else that is a number
 * ("two point twenty", "two point 5") refuses the run; followed by no
 * number at all ("one point") it is left to the caller (index points).
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "lexicon.h"
#include "quantity.h"
#include "scan.h"

/* A token of a run. */
enum {
    T_NONE,
    T_NUM,
    T_HUNDRED,
    T_SCALE,
    T_AND,
    T_HALF,
    T_A,
    T_POINT,
    T_MULT,
    T_FRAC
};

#define FRAC_MAX 12

typedef struct token {
    int type;
    int64_t value; /* T_NUM; in halves when half = 1 */
    int half;
    int scale;  /* T_SCALE */
    int approx; /* T_NUM: a vague amount ("a few") */
    int least;  /* T_NUM: a least amount ("Tausende": at least 2000) */
    int vague;  /* T_NUM: a quantifier without value ("several") */
    int form;   /* T_FRAC: CC_FRAC_ONE, _MANY, _ANY; value = denominator */
    int inword; /* a part of a compound word: more parts follow in the word */
    int glued;  /* a part of a compound word after its first part */
    size_t start, end;
} token;

/* Spaces and tabs from i on, and at most one line break among them ("a\n
 * trillion" in wrapped text); a blank line ends the run. */
static size_t skip_blanks(const char *t, size_t len, size_t i)
{
    int lines = 0;
    while (i < len) {
        if (t[i] == ' ' || t[i] == '\t' || (t[i] == '\r' && i + 1 < len && t[i + 1] == '\n'))
            i++;
        else if (t[i] == '\n' && lines++ == 0)
            i++;
        else
            break;
    }
    return i;
}

static size_t skip_gap(const char *t, size_t len, size_t i)
{
    /* spaces and one hyphen between the words of a run */
    i = skip_blanks(t, len, i);
    if (i < len && t[i] == '-' && i + 1 < len && t[i + 1] != '-' && t[i + 1] != ' ')
        i++;
    return i;
}

static inline size_t word_end(const char *t, size_t len, size_t i)
{
    while (i < len) {
        size_t j;
        int32_t c;
        /* ASCII letters and digits eight bytes at a time; an ASCII byte
         * after them ends the word */
        i = cc_lexicon__ascii_alnum_end(t, len, i);
        if (i >= len || (unsigned char)t[i] < 0x80)
            break;
        j = i;
        c = cc_lexicon__next_cp(t, len, &j);
        if (c != 0xAD && !cc_lexicon__is_alnum(c))
            break;
        i = j;
    }
    return i;
}

/* letter_before where a byte beyond ASCII ends just before i (i > 0). */
static int letter_before_wide(const char *t, size_t len, size_t i)
{
    size_t k = i;
    int32_t c;
    do
        k--;
    while (k > 0 && ((unsigned char)t[k] & 0xC0) == 0x80);
    c = cc_lexicon__next_cp(t, len, &k);
    return c == 0xAD || (cc_lexicon__is_alnum(c) && !(c >= '0' && c <= '9'));
}

/* Does a letter (or a soft hyphen) end just before i: is i inside a word?
 * Inline for an ASCII byte there, as before most words. */
static inline int letter_before(const char *t, size_t len, size_t i)
{
    unsigned char b;
    if (i == 0)
        return 0;
    b = (unsigned char)t[i - 1];
    if (b < 0x80)
        return (unsigned)((b | 0x20) - 'a') < 26;
    return letter_before_wide(t, len, i);
}

/* Is anything but the end of the clause next: a word or a number, also
 * joined by a hyphen ("a third-quarter loss")? */
static int word_follows(const char *t, size_t len, size_t i)
{
    int32_t c;
    if (i + 1 < len && t[i] == '-')
        i++;
    i = skip_blanks(t, len, i);
    if (i >= len)
        return 0;
    c = cc_lexicon__next_cp(t, len, &i);
    return cc_lexicon__is_alnum(c);
}

/* Read the token at i. A word that is no key but splits completely into
 * number parts ("hunderttausend", "siebenhunderteinundzwanzigtausendundzwölf",
 * "zweieinhalb") is read one part at a time, longest part first, and the
 * grammar of runs below applies to its parts as to words: our own reading,
 * for which ICU is only a cross-check. */
static void read_token(const cc_lexicon *lx, const char *t, size_t len, size_t i, token *tk)
{
    size_t mend = 0, wend, lim = len;
    uint16_t got = 0;
    const cc_lex_entry *m;

    memset(tk, 0, sizeof *tk);
    tk->start = tk->end = i;
    if (i >= len)
        return;
    if (t[i] == '&') {
        tk->type = T_AND; /* "two hundred & forty" */
        tk->end = i + 1;
        return;
    }
    wend = word_end(t, len, i);
    tk->glued = letter_before(t, len, i);
    m = cc_lexicon__match(lx, t, len, i,
                          CC_LEX_NUMBER | CC_LEX_NUMBER_A | CC_LEX_NUMBER_PART | CC_LEX_SCALE |
                              CC_LEX_RANGE_AND,
                          &mend, &got);
    if (tk->glued || ((!m || mend < wend) && wend - i >= 7)) {
        /* a compound, or the rest of one: its first part (a hyphenated
         * key such as "twenty-five" ends past wend and is no compound) */
        size_t pe = cc_lexicon__may_be_number(lx, t, wend, i)
                        ? cc_lexicon__number_part(lx, t, i, wend)
                        : 0; /* no part begins with its first two bytes */
        if (pe > i && pe < wend) {
            lim = pe;
            tk->inword = 1;
            m = cc_lexicon__match(
                lx, t, lim, i, CC_LEX_NUMBER | CC_LEX_NUMBER_A | CC_LEX_NUMBER_PART | CC_LEX_SCALE,
                &mend, &got);
            if (!m || mend != lim)
                return;
        } else if (pe == 0 || tk->glued) {
            if (!(pe == wend && m && mend == wend))
                return;
        }
    }
    if (m && (got & CC_LEX_NUMBER) && mend >= wend && m->alone && !tk->inword && !tk->glued &&
        word_follows(t, len, mend)) {
        /* "eine Frau", "keine Angaben": an article, no number ("eine
         * Milliarde" is read through its NUMBER_A role) */
        got = (uint16_t)(got & ~CC_LEX_NUMBER);
    }
    if (m && (got & CC_LEX_NUMBER) && mend >= (tk->inword ? lim : wend)) {
        tk->type = T_NUM;
        tk->half = m->halves;
        tk->value = m->number;
        if (tk->half && tk->value % 2 == 0) {
            tk->half = 0; /* a whole number of the table ("dreissig") */
            tk->value /= 2;
        }
        tk->approx = m->approx;
        tk->least = m->least;
        tk->vague = m->vague;
    } else if (m && (got & CC_LEX_NUMBER_PART) && m->part == 100) {
        tk->type = T_HUNDRED;
    } else if (m && (got & CC_LEX_NUMBER_PART) && m->part == -1) {
        tk->type = T_HALF;
    } else if (m && (got & CC_LEX_NUMBER_PART) &&
               (m->part == CC_PART_POINT || m->part == CC_PART_POINT_PAIRS)) {
        tk->type = T_POINT;
        tk->value = m->part;
    } else if (m && (got & CC_LEX_NUMBER_PART) && m->part == CC_PART_DOZEN) {
        tk->type = T_MULT;
    } else if (m && (got & CC_LEX_NUMBER_PART) && m->part == CC_PART_FRACTION) {
        tk->type = T_FRAC;
        tk->value = m->number;
        tk->form = m->frac_form;
    } else if (m && (got & CC_LEX_SCALE) && mend - i >= 2 && m->scale >= 3) {
        tk->type = T_SCALE;
        tk->scale = m->scale;
    } else if (m && (got & (CC_LEX_NUMBER_PART | CC_LEX_RANGE_AND))) {
        tk->type = T_AND;
    } else if (m && (got & CC_LEX_NUMBER_A) && tk->inword) {
        tk->type = T_NUM; /* "ein" in "einunddreissig", "eintausend" */
        tk->value = m->number;
    } else if (m && (got & CC_LEX_NUMBER_A)) {
        tk->type = T_A;
    }
    if (tk->type != T_NONE)
        tk->end = mend;
}

/* 10^(trailing zeros of v): the smallest place already taken. */
static int64_t place(int64_t v)
{
    int64_t p = 1;
    if (v == 0)
        return INT64_MAX;
    while (v % 10 == 0) {
        v /= 10;
        p *= 10;
    }
    return p;
}

static int64_t pow10i(int e)
{
    int64_t p = 1;
    while (e-- > 0)
        p *= 10;
    return p;
}

/* Can number token n be added to the group value cur (below limit)? */
static int fits(int64_t cur, int64_t limit, const token *n)
{
    if (n->type != T_NUM || n->half)
        return 0;
    if (n->value >= limit)
        return 0;
    return cur == 0 || n->value < place(cur);
}

/* The fraction after a point word ending at `from`: single digit words
 * into frac (*nfrac of them, *stop past the last). @return 1 if the point
 * is no decimal point (no number follows: the caller keeps it), else 0;
 * *nfrac = 0 then means the run must be refused (*stop past the refused
 * words). */
static int joined_point(const cc_lexicon *lx, const char *t, size_t len, size_t from, int pairs,
                        char *frac, int *nfrac, size_t *stop)
{
    size_t q = skip_gap(t, len, from);
    token nx;
    int n = 0;

    for (;;) {
        read_token(lx, t, len, q, &nx);
        if (nx.type != T_NUM || nx.half || nx.value > 9 || n == FRAC_MAX)
            break;
        frac[n++] = (char)('0' + nx.value);
        *stop = nx.end;
        q = skip_gap(t, len, nx.end);
    }
    if (n == 0 && pairs && nx.type == T_NUM && !nx.half && nx.value >= 10 && nx.value <= 99) {
        /* "Komma fünfzehn": one number word is two digits */
        frac[n++] = (char)('0' + nx.value / 10);
        frac[n++] = (char)('0' + nx.value % 10);
        *stop = nx.end;
        q = skip_gap(t, len, nx.end);
        read_token(lx, t, len, q, &nx);
    }
    *nfrac = n;
    if (n == 0 && !(q < len && t[q] >= '0' && t[q] <= '9') && nx.type != T_NUM &&
        nx.type != T_HUNDRED && nx.type != T_HALF)
        return 1; /* "one point": no number follows */
    if (n > 0 && (nx.type == T_NUM || nx.type == T_HUNDRED || nx.type == T_HALF ||
                  nx.type == T_POINT || (q < len && t[q] >= '0' && t[q] <= '9')))
        n = *nfrac = 0; /* "two point five twenty", "two point five 3" */
    if (n == 0) {
        /* refused: skip the words and digits that follow the point */
        size_t e = nx.type != T_NONE ? nx.end : q;
        while (e < len && ((t[e] >= '0' && t[e] <= '9') || t[e] == '.' || t[e] == ','))
            e++;
        *stop = e > *stop ? e : *stop;
    }
    return 0;
}

/* v in decimal as "%lld" writes it, NUL-terminated in out (at least 21
 * bytes); returns its length. */
static size_t format_int(int64_t v, char *out)
{
    char rev[20];
    uint64_t u = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    size_t n = 0, k = 0;
    do {
        rev[n++] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0)
        out[k++] = '-';
    while (n)
        out[k++] = rev[--n];
    out[k] = '\0';
    return k;
}

/* The decimal of num/den ("two thirds"): exact where it terminates
 * (1/8 = 0.125), else FRAC_SIG significant digits, rounded (2/3 =
 * 0.666666666667). Proposal for the representation of values that do not
 * terminate: `digits` keeps FRAC_SIG significant digits and `ulp` is the
 * place of the last, far below the tolerance of any hedge, so the figure
 * compares like an exact one and `value` (from the digits) is within
 * 1e-12 of the true ratio. @return 1, or 0 if it does not fit. */
#define FRAC_SIG 12
static int fraction(int64_t num, int64_t den, cc_decimal *dec)
{
    char d[CC_DIGITS_MAX + 2];
    int n = 0, nint, sig = 0, k;
    int64_t q = num / den, r = num % den;
    char ibuf[24];

    nint = (int)format_int(q, ibuf);
    if (nint <= 0 || nint > CC_DIGITS_MAX)
        return 0;
    memcpy(d, ibuf, (size_t)nint);
    n = nint;
    sig = q > 0 ? nint : 0;
    while (r != 0 && sig < FRAC_SIG && n < CC_DIGITS_MAX) {
        r *= 10;
        d[n++] = (char)('0' + r / den);
        r %= den;
        if (sig > 0 || d[n - 1] != '0')
            sig++;
    }
    if (r != 0 && (r * 10) / den >= 5) {
        /* round up the last digit, carrying */
        for (k = n - 1; k >= 0; k--) {
            if (d[k] != '9') {
                d[k]++;
                break;
            }
            d[k] = '0';
        }
        if (k < 0)
            return 0; /* 0.99...95 rounding to a new digit: not for fractions of words */
    }
    memset(dec, 0, sizeof *dec);
    for (k = 0; k < n; k++)
        if (cc_decimal__push(dec, d[k], k >= nint) != 0)
            return 0;
    return 1;
}

/* A word that is no key can only begin a compound ("siebenundzwanzig"):
 * read_token gives it a type only where its first number part ends inside
 * the word, so that a reading of the whole figure elsewhere would find no
 * first token. This asks that alone, without the reading. */
int cc_numwords__may_compound(const cc_lexicon *lx, const char *t, size_t len, size_t pos)
{
    return cc_lexicon__compound_begins(lx, t, pos, word_end(t, len, pos));
}

/* The T_A case of cc_numwords__read at its first token (m, mend, got:
 * cc_lexicon__match at pos with all roles; read_token gets the same entry
 * with its roles). The article is read as "one" only before a hundred,
 * scale, multiplier or fraction token (read_token) or a unit, kind or
 * currency word (cc_lexicon__match). The longest key wins before its roles
 * are filtered, so one look at the next word with all roles answers both;
 * read_token finds no such token there unless it reads the word in parts
 * (glued to a letter before it, or a long word whose first number part
 * ends inside it): then ask cc_numwords__read. */
int cc_numwords__a_refused(const cc_lexicon *lx, const char *t, size_t len, size_t pos,
                           const cc_lex_entry *m, size_t mend, uint16_t got)
{
    size_t q, qe = 0, wend = word_end(t, len, pos);
    uint16_t g = 0;

    /* read_token at pos gives T_A: no part of a compound (not glued, not
     * long), no role that comes first there, and a number of the table
     * only where it ends inside the word or stands before a word ("ein
     * Grund") */
    if (!m || !(got & CC_LEX_NUMBER_A) || wend - pos >= 7 ||
        (got & (CC_LEX_NUMBER_PART | CC_LEX_RANGE_AND | CC_LEX_SCALE)) ||
        letter_before(t, len, pos))
        return 0;
    if ((got & CC_LEX_NUMBER) && mend >= wend && !(m->alone && word_follows(t, len, mend)))
        return 0;
    q = skip_gap(t, len, mend);
    if (q < len) {
        size_t qend = word_end(t, len, q), pe;
        if (letter_before(t, len, q))
            return 0;
        /* a long word is read in parts where its first part ends inside
         * it, as read_token asks */
        if (qend - q >= 7 && cc_lexicon__may_be_number(lx, t, qend, q) &&
            (pe = cc_lexicon__number_part(lx, t, q, qend)) > q && pe < qend)
            return 0;
    }
    /* T_HUNDRED, T_SCALE, T_MULT and T_FRAC need a NUMBER_PART or SCALE
     * role; any other token goes on to the unit, kind and currency roles */
    cc_lexicon__match(lx, t, len, q, CC_LEX_ALL, &qe, &g);
    return !(g & (CC_LEX_NUMBER_PART | CC_LEX_SCALE | CC_LEX_UNIT | CC_LEX_KIND | CC_LEX_CURRENCY));
}

/* The whole number a decimal holds, if it holds one below 10^18. */
static int whole_value(const cc_decimal *dec, int64_t *v)
{
    if (dec->neg || dec->exp < 0 || dec->n + dec->exp > 18)
        return 0;
    *v = 0;
    for (int k = 0; k < dec->n; k++)
        *v = *v * 10 + (dec->d[k] - '0');
    *v *= pow10i(dec->exp);
    return 1;
}

/* The group after a comma that belongs to the scale word before it, ending
 * at `from`: "three million, two hundred thousand", "two thousand, three
 * hundred and forty", as numbers are written out on cheques. It must be a
 * whole number of at least a hundred and below the scale, and end the
 * number: a smaller one after the comma is a new clause ("two thousand,
 * twenty of them"), a scale after it a list ("three million, five million").
 * @return 1 with its value and end, else 0. */
static int comma_group(const cc_lexicon *lx, const char *t, size_t len, size_t from, int scale,
                       int64_t *value, size_t *gend)
{
    size_t q = from;
    cc_decimal d;
    token nx;
    int flags = 0;

    if (q + 1 >= len || t[q] != ',' || t[q + 1] != ' ')
        return 0;
    q = skip_blanks(t, len, q + 1);
    read_token(lx, t, len, q, &nx);
    if (nx.type != T_NUM || nx.vague || nx.least || nx.approx || nx.half)
        return 0;
    if (!cc_numwords__read(lx, t, len, q, &d, gend, &flags) || flags != 0 ||
        !whole_value(&d, value))
        return 0;
    read_token(lx, t, len, skip_gap(t, len, *gend), &nx);
    if (nx.type == T_SCALE && nx.scale < scale && *value < 1000) {
        /* the run leaves a last scale to its caller: "two hundred thousand" */
        *value *= pow10i(nx.scale);
        *gend = nx.end;
        read_token(lx, t, len, skip_gap(t, len, *gend), &nx);
    }
    return *value >= 100 && *value < pow10i(scale) && nx.type != T_SCALE && nx.type != T_HUNDRED &&
           nx.type != T_NUM;
}

int cc_numwords__read(const cc_lexicon *lx, const char *t, size_t len, size_t pos, cc_decimal *dec,
                      size_t *end, int *flags)
{
    token tk, nx, nx2;
    int64_t total = 0, cur = 0, limit = INT64_MAX;
    int tokens = 0, groups = 0, joined = 0, half = 0, last_scale = 99, have = 0;
    size_t p = pos, stop = pos, icu_from = pos;
    int icu_one = 0, nfrac = 0, pointed = 0, zero = 0, inword_groups = 0;
    int64_t fden = 0;
    size_t frac_end = pos;
    char buf[32 + FRAC_MAX], frac[FRAC_MAX + 1];

    *end = pos;
    *flags = 0;
    for (;;) {
        read_token(lx, t, len, p, &tk);
        if (tk.type == T_NONE || (zero && tk.type != T_POINT))
            break;
        if (tk.type == T_NUM && tk.vague) {
            /* "several hundred million", "einige tausend": a vague number
             * of hundreds or thousands is no figure; the words are skipped
             * as a whole so that "hundred million" is not read on its own.
             * Alone the quantifier is no number. */
            if (tokens > 0)
                break;
            stop = tk.end;
            for (;;) {
                read_token(lx, t, len, skip_gap(t, len, stop), &nx);
                if (nx.type != T_HUNDRED && nx.type != T_SCALE)
                    break;
                stop = nx.end;
            }
            *end = stop > tk.end ? stop : pos;
            return 0;
        }
        if (tk.type == T_NUM && tk.least) {
            /* "Tausende", "tens of thousands": at least twice the round
             * number, alone (a scale after it is the caller's) */
            size_t q = skip_gap(t, len, tk.end), qe = 0;
            uint16_t g = 0;
            if (tokens > 0)
                break;
            if (cc_lexicon__match(lx, t, len, q, CC_LEX_FILLER | CC_LEX_RANGE_FROM, &qe, &g) &&
                cc_lexicon__match(lx, t, len, skip_gap(t, len, qe), CC_LEX_SCALE | CC_LEX_CURRENCY,
                                  &qe, &g)) {
                /* "hundreds of millions of dollars", "thousands of euros":
                 * no least count; the amount they name is not read */
                *end = qe;
                return 0;
            }
            cur = tk.value;
            have = 1;
            *flags = CC_NUMWORDS_LEAST;
            stop = tk.end;
            tokens++;
            break;
        }
        if (tk.type == T_NUM && tk.approx) {
            /* "a few", "a couple": stands alone, or counts hundreds ("a
             * few hundred": about 300; a scale after it is the caller's) */
            if (tokens > 0)
                break;
            cur = tk.value;
            have = 1;
            *flags = CC_NUMWORDS_APPROX;
            stop = tk.end;
            tokens++;
            read_token(lx, t, len, skip_gap(t, len, tk.end), &nx);
            if (nx.type == T_HUNDRED) {
                cur *= 100;
                stop = nx.end;
            }
            break;
        }
        if (tk.type == T_NUM) {
            if (tk.half) {
                /* "anderthalb", "zweieinhalb": ends the run */
                if (tokens > 0)
                    break;
                cur = tk.value / 2;
                half = (int)(tk.value % 2);
                have = 1;
                stop = tk.end;
                tokens++;
                break;
            }
            if (tk.value == 0) {
                /* "null", "zero" stand alone (or before a point) */
                if (tokens > 0)
                    break;
                have = zero = 1;
                tokens++;
                stop = tk.end;
                p = skip_gap(t, len, tk.end);
                continue;
            }
            if (!fits(cur, limit, &tk))
                break;
            cur += tk.value;
            have = 1;
        } else if (tk.type == T_HUNDRED) {
            if (cur >= 100 || (cur == 0 && total == 0 && tokens > 0) ||
                (cur ? cur : 1) * 100 >= limit)
                break;
            cur = (cur ? cur : 1) * 100;
            have = 1;
        } else if (tk.type == T_A) {
            if (tokens > 0)
                break;
            read_token(lx, t, len, skip_gap(t, len, tk.end), &nx);
            if (nx.type != T_HUNDRED && nx.type != T_SCALE && nx.type != T_MULT &&
                nx.type != T_FRAC) {
                /* "a dollar": one, before a currency word; never before a
                 * sign and its digits ("a $250 million order") */
                size_t q = skip_gap(t, len, tk.end), qe = 0, r;
                uint16_t g = 0;
                /* one look for the three questions below: the longest key
                 * wins before the roles are filtered, so each answer is
                 * the entry with its roles limited to that question's */
                const cc_lex_entry *w = cc_lexicon__match(
                    lx, t, len, q, CC_LEX_UNIT | CC_LEX_KIND | CC_LEX_CURRENCY, &qe, &g);
                const cc_lex_entry *u = g & CC_LEX_UNIT ? w : NULL;
                /* "a penny", "einen Cent": a minor unit that names its
                 * currency is money, as "a dollar" */
                int minor_of = u && u->dim == CC_DIM_CURRENCY && u->code[0];
                if (u && is_letter(cp_at(t, len, q)) &&
                    (u->dim == CC_DIM_PERCENT || u->dim == CC_DIM_POINTS ||
                     (u->dim == CC_DIM_COUNT && tk.end - tk.start >= 5))) {
                    /* "ein Prozent", "a percentage point", "um einen
                     * Punkt": one of the unit; index points only after
                     * "einen"/"einem" ("ein Punkt", "a point" are mostly
                     * nouns: "ein Punkt der Kritik", "make a point") */
                    cur = 1;
                    have = 1;
                    stop = tk.end;
                    tokens++;
                    break;
                }
                u = g & CC_LEX_KIND ? w : NULL;
                if (u && u->a_one && u->kind == CC_KIND_PHYSICAL && is_letter(cp_at(t, len, q)) &&
                    !cc_figure__before(lx, t, tk.start)) {
                    /* "a gallon of", "ein Kilometer": one of a unit of
                     * measure; after a figure the article is "per" ("$4 a
                     * gallon"), no quantity of its own */
                    cur = 1;
                    have = 1;
                    stop = tk.end;
                    tokens++;
                    break;
                }
                if ((!(g & CC_LEX_CURRENCY) && !minor_of) || !is_letter(cp_at(t, len, q)))
                    break;
                r = qe;
                if (r + 1 < len && t[r] == '-' && is_letter(cp_at(t, len, r + 1)))
                    break; /* a compound: "a dollar-denominated bond", "ein Euro-Gipfel" */
                while (r < len && (t[r] == ' ' || t[r] == '\t'))
                    r++;
                if (r < len && t[r] >= '0' && t[r] <= '9')
                    break;
            }
            cur = 1;
            have = 1;
            icu_from = skip_gap(t, len, tk.end);
            icu_one = 1;
        } else if (tk.type == T_POINT) {
            if (!have || groups > inword_groups ||
                joined_point(lx, t, len, tk.end, tk.value == CC_PART_POINT_PAIRS, frac, &nfrac,
                             &stop))
                break;
            if (nfrac == 0) {
                *end = stop; /* "two point twenty", "two point 5": refused */
                return 0;
            }
            pointed = 1;
            tokens++;
            break;
        } else if (tk.type == T_HALF) {
            if (!have || cur == 0)
                break;
            half = 1;
            stop = tk.end;
            tokens++;
            break;
        } else if (tk.type == T_AND) {
            /* "one hundred and two", "einhundertundzwei": only where the
             * next number fits and does not start a group of its own */
            if (!have)
                break;
            read_token(lx, t, len, skip_gap(t, len, tk.end), &nx);
            if (nx.type == T_HALF) {
                p = skip_gap(t, len, tk.end);
                continue;
            }
            if (nx.type == T_NUM && !nx.half && nx.value >= 20 && nx.value <= 90 &&
                nx.value % 10 == 0 && cur % 100 >= 1 && cur % 100 <= 9 &&
                cur - cur % 100 + nx.value + cur % 100 < limit) {
                /* units before tens: "dreiunddreissig" (no key has the
                 * "ss" spelling), "hundertdreiundvierzig" */
                cur += nx.value;
                joined = 1;
                tokens += 2;
                stop = nx.end;
                p = skip_gap(t, len, nx.end);
                continue;
            }
            if (!fits(cur, limit, &nx))
                break;
            read_token(lx, t, len, skip_gap(t, len, nx.end), &nx2);
            if (nx2.type == T_HUNDRED || nx2.type == T_SCALE)
                break;
            joined = 1;
        } else if (tk.type == T_FRAC) {
            /* "two thirds", "one-half", "ein Drittel": the run so far is
             * the numerator (below 1000); English tells the fraction from
             * the ordinal by number ("twenty third" is no 20/3) */
            int64_t num = total + cur;
            size_t after = skip_gap(t, len, tk.end), fe = 0;
            uint16_t fg = 0;
            if (!have || groups > 0 || half || num <= 0 || num > 999 ||
                (tk.form == CC_FRAC_ONE && num != 1) || (tk.form == CC_FRAC_MANY && num < 2) ||
                (icu_one && tk.form == CC_FRAC_ONE && word_follows(t, len, tk.end) &&
                 !cc_lexicon__match(lx, t, len, after, CC_LEX_FILLER, &fe, &fg) &&
                 !cc_shares__change_by_before(lx, t, len, pos))) {
                /* "a third term": an ordinal, and "a" no number; "a
                 * third of", "a half.", "fell by a fifth last year" are
                 * fractions */
                if (icu_one && tokens == 1)
                    return 0;
                break;
            }
            fden = tk.value;
            frac_end = tk.end;
            tokens++;
            break;
        } else if (tk.type == T_MULT) {
            break; /* "two dozen": the reader of the tail multiplies */
        } else {   /* T_SCALE */
            if (!have && tokens == 0 && tk.inword) {
                /* "tausendachthundert": a compound may begin with its scale */
                cur = have = 1;
            }
            if (!have || cur == 0 || tk.scale >= last_scale)
                break;
            read_token(lx, t, len, skip_gap(t, len, tk.end), &nx);
            if (tk.glued || tk.inword) {
                /* "dreitausend", "hunderttausend": a scale inside a word
                 * belongs to the number, also where it ends the word */
                total += cur * pow10i(tk.scale);
                cur = 0;
                limit = pow10i(tk.scale);
                last_scale = tk.scale;
                groups++;
                inword_groups++;
                tokens++;
                stop = tk.end;
                p = skip_gap(t, len, tk.end);
                continue;
            }
            if (nx.type == T_NONE) {
                int64_t g = 0;
                size_t gend = 0;
                if (comma_group(lx, t, len, tk.end, tk.scale, &g, &gend)) {
                    total += cur * pow10i(tk.scale) + g;
                    cur = 0;
                    stop = gend;
                    tokens += 2;
                    break;
                }
            }
            if (nx.type != T_NUM && nx.type != T_HUNDRED && nx.type != T_AND && nx.type != T_A) {
                /* a scale that ends the run belongs to the caller, except
                 * after earlier groups ("three million two hundred thousand") */
                if (groups == 0)
                    break;
                total += cur * pow10i(tk.scale);
                cur = 0;
                stop = tk.end;
                tokens++;
                break;
            }
            if (nx.type == T_A)
                break;
            total += cur * pow10i(tk.scale);
            cur = 0;
            limit = pow10i(tk.scale);
            last_scale = tk.scale;
            groups++;
        }
        tokens++;
        if (tk.type != T_AND)
            stop = tk.end;
        p = skip_gap(t, len, tk.end);
    }
    if (!have)
        return 0;
    *end = stop;
    total += cur;
    frac[nfrac] = '\0';
    /* "%lld.%s" without the printf machinery, which cost more than all of
     * the reading: most numbers end here */
    {
        size_t nb = format_int(total, buf);
        buf[nb++] = '.';
        memcpy(buf + nb, frac, (size_t)nfrac + 1);
    }
    if (groups > 0 || joined || pointed) {
        /* the grammar joined several parts: where ICU reads the same
         * words it must agree (its decimals come as binary fractions:
         * compare within 1e-9); where it cannot read them (compounds
         * with "tausend...und", long-scale words, "crore") ours stands */
        double v = 0, want = strtod(buf, NULL);
        if (cc_lexicon__spellout_parse(lx, t + icu_from, stop - icu_from, icu_one, &v) &&
            fabs(v - want) > 1e-9 * (want > 1 ? want : 1))
            return 0;
    }
    if (fden > 0) {
        *end = frac_end;
        *flags = CC_NUMWORDS_FRACTION;
        return fraction(total, fden, dec);
    }
    memset(dec, 0, sizeof *dec);
    for (const char *c = buf; *c && *c != '.'; c++)
        if (cc_decimal__push(dec, *c, 0) != 0)
            return 0;
    for (int k = 0; k < nfrac; k++)
        if (cc_decimal__push(dec, frac[k], 1) != 0)
            return 0;
    if (half && cc_decimal__push(dec, '5', 1) != 0)
        return 0;
    return 1;
}

int cc_numwords__read_kept(const cc_lexicon *lx, const char *t, size_t len, size_t pos,
                           cc_spelled *kept, cc_decimal *dec, size_t *end, int *flags)
{
    if (!kept)
        return cc_numwords__read(lx, t, len, pos, dec, end, flags);
    if (kept->text != t || kept->len != len || kept->pos != pos) {
        kept->ok = cc_numwords__read(lx, t, len, pos, &kept->dec, &kept->end, &kept->flags);
        kept->text = t;
        kept->len = len;
        kept->pos = pos;
    }
    /* a refusal leaves dec to the caller's: no caller reads it then */
    if (kept->ok)
        *dec = kept->dec;
    *end = kept->end;
    *flags = kept->flags;
    return kept->ok;
}

int cc_numwords__fraction(int64_t num, int64_t den, cc_decimal *dec)
{
    return den > 0 && num >= 0 && fraction(num, den, dec);
}

int cc_numwords__multiply(cc_decimal *dec, int factor)
{
    char out[CC_DIGITS_MAX + 8];
    int n = 0, carry = 0, k;

    if (factor <= 0)
        return -1;
    /* digits from the last, into out reversed */
    for (k = dec->n - 1; k >= 0; k--) {
        int v = (dec->d[k] - '0') * factor + carry;
        out[n++] = (char)('0' + v % 10);
        carry = v / 10;
    }
    while (carry > 0 && n < (int)sizeof out) {
        out[n++] = (char)('0' + carry % 10);
        carry /= 10;
    }
    while (n > 1 && out[n - 1] == '0')
        n--;
    if (n > CC_DIGITS_MAX)
        return -1;
    for (k = 0; k < n; k++)
        dec->d[k] = out[n - 1 - k];
    dec->d[n] = '\0';
    dec->n = n;
    return 0;
}
