/*
 * numwords.c - spelled-out numbers in running text: "sechs",
 * "fünfundzwanzig", "twenty-five", "a hundred and two", "zweieinhalb",
 * "three million two hundred thousand".
 *
 * Numbers below 1000 are single lexicon keys (the lexicon spells 0..999
 * with ICU's rule-based spell-out rules when it is built). A word that is
 * no key but splits into number parts ("siebenhunderteinundzwanzigtausend")
 * is read by ICU's lenient spell-out parser. Words are joined into runs by
 * a small grammar (a part may follow only where the place is still free:
 * "hundred" after 1..99, "two" after "twenty" but not after "six"), and a
 * run that joins several groups is read by ICU as well: when the two
 * readings disagree the run is refused. A wrong figure is worse than none.
 *
 * A decimal point word ("two point two", "zwei Komma fünf") may follow the
 * whole part: single digit words after it are the fraction, and ICU must
 * read the same value. A point followed by anything else that is a number
 * ("two point twenty", "two point 5") refuses the run; followed by no
 * number at all ("one point") it is left to the caller (index points).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "lexicon.h"
#include "quantity.h"

/* A token of a run. */
enum { T_NONE, T_NUM, T_HUNDRED, T_SCALE, T_AND, T_HALF, T_A, T_POINT };

#define FRAC_MAX 12

typedef struct token {
    int type;
    int64_t value; /* T_NUM; in halves when half = 1 */
    int half;
    int scale;     /* T_SCALE */
    size_t start, end;
} token;

static size_t skip_gap(const char *t, size_t len, size_t i)
{
    /* spaces and one hyphen between the words of a run */
    while (i < len && (t[i] == ' ' || t[i] == '\t'))
        i++;
    if (i < len && t[i] == '-' && i + 1 < len && t[i + 1] != '-' && t[i + 1] != ' ')
        i++;
    return i;
}

static size_t word_end(const char *t, size_t len, size_t i)
{
    while (i < len) {
        size_t j = i;
        int32_t c = cc_lexicon__next_cp(t, len, &j);
        if (c != 0xAD && !cc_lexicon__is_alnum(c))
            break;
        i = j;
    }
    return i;
}

/* Read the token at i. */
static void read_token(const cc_lexicon *lx, const char *t, size_t len, size_t i, token *tk)
{
    size_t mend = 0, wend;
    uint16_t got = 0;
    const cc_lex_entry *m;
    int half = 0;
    size_t half_at = 0;
    double v = 0;

    memset(tk, 0, sizeof *tk);
    tk->start = tk->end = i;
    if (i >= len)
        return;
    m = cc_lexicon__match(lx, t, len, i,
                          CC_LEX_NUMBER | CC_LEX_NUMBER_A | CC_LEX_NUMBER_PART | CC_LEX_SCALE |
                              CC_LEX_RANGE_AND,
                          &mend, &got);
    wend = word_end(t, len, i);
    if (m && (got & CC_LEX_NUMBER) && mend >= wend) {
        tk->type = T_NUM;
        tk->half = m->halves;
        tk->value = m->number;
    } else if (m && (got & CC_LEX_NUMBER_PART) && m->part == 100) {
        tk->type = T_HUNDRED;
    } else if (m && (got & CC_LEX_NUMBER_PART) && m->part == -1) {
        tk->type = T_HALF;
    } else if (m && (got & CC_LEX_NUMBER_PART) && m->part == CC_PART_POINT) {
        tk->type = T_POINT;
    } else if (m && (got & CC_LEX_SCALE) && mend - i >= 3 && m->scale >= 3) {
        tk->type = T_SCALE;
        tk->scale = m->scale;
    } else if (m && (got & (CC_LEX_NUMBER_PART | CC_LEX_RANGE_AND))) {
        tk->type = T_AND;
    } else if (m && (got & CC_LEX_NUMBER_A)) {
        tk->type = T_A;
    } else if (wend - i >= 7 && cc_lexicon__number_word(lx, t, i, wend, &half, &half_at)) {
        /* a compound no key holds: ICU reads it ("zweieinhalb" = zwei + 1/2) */
        size_t stop = half ? half_at : wend;
        if (stop > i && cc_lexicon__spellout_parse(lx, t + i, stop - i, 0, &v) && v == (double)(int64_t)v) {
            tk->type = T_NUM;
            tk->value = (int64_t)v;
            if (half) {
                tk->value = tk->value * 2 + 1;
                tk->half = 1;
            }
            mend = wend;
        }
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

static int is_letter_at(const char *t, size_t len, size_t i)
{
    int32_t c;
    if (i >= len)
        return 0;
    c = cc_lexicon__next_cp(t, len, &i);
    return cc_lexicon__is_alnum(c) && !(c >= '0' && c <= '9');
}

/* The fraction after a point word ending at `from`: single digit words
 * into frac (*nfrac of them, *stop past the last). @return 1 if the point
 * is no decimal point (no number follows: the caller keeps it), else 0;
 * *nfrac = 0 then means the run must be refused (*stop past the refused
 * words). */
static int joined_point(const cc_lexicon *lx, const char *t, size_t len, size_t from, char *frac,
                        int *nfrac, size_t *stop)
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

int cc_numwords__read(const cc_lexicon *lx, const char *t, size_t len, size_t pos,
                      cc_decimal *dec, size_t *end)
{
    token tk, nx, nx2;
    int64_t total = 0, cur = 0, limit = INT64_MAX;
    int tokens = 0, groups = 0, joined = 0, half = 0, last_scale = 99, have = 0;
    size_t p = pos, stop = pos, icu_from = pos;
    int icu_one = 0, nfrac = 0, pointed = 0, zero = 0;
    char buf[32 + FRAC_MAX], frac[FRAC_MAX + 1];

    *end = pos;
    for (;;) {
        read_token(lx, t, len, p, &tk);
        if (tk.type == T_NONE || (zero && tk.type != T_POINT))
            break;
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
            if (nx.type != T_HUNDRED && nx.type != T_SCALE) {
                /* "a dollar": one, before a currency word; never before a
                 * sign and its digits ("a $250 million order") */
                size_t q = skip_gap(t, len, tk.end), qe = 0, r;
                uint16_t g = 0;
                if (!cc_lexicon__match(lx, t, len, q, CC_LEX_CURRENCY, &qe, &g) ||
                    !is_letter_at(t, len, q))
                    break;
                r = qe;
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
            if (!have || groups > 0 || joined_point(lx, t, len, tk.end, frac, &nfrac, &stop))
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
            if (!fits(cur, limit, &nx))
                break;
            read_token(lx, t, len, skip_gap(t, len, nx.end), &nx2);
            if (nx2.type == T_HUNDRED || nx2.type == T_SCALE)
                break;
            joined = 1;
        } else { /* T_SCALE */
            if (!have || cur == 0 || tk.scale >= last_scale)
                break;
            read_token(lx, t, len, skip_gap(t, len, tk.end), &nx);
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
    snprintf(buf, sizeof buf, "%lld.%s", (long long)total, frac);
    if (groups > 0 || joined || pointed) {
        /* the grammar joined several parts: ICU must read the same (its
         * decimals come as binary fractions: compare within 1e-9) */
        double v = 0, want = strtod(buf, NULL);
        if (!cc_lexicon__spellout_parse(lx, t + icu_from, stop - icu_from, icu_one, &v) ||
            fabs(v - want) > 1e-9 * (want > 1 ? want : 1))
            return 0;
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
