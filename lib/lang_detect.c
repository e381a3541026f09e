/*
 * lang_detect.c - pick the language of a text among those with tables.
 *
 * Every language with tables votes on the same evidence, all of it from
 * its tables and from ICU, so that a language added as tables takes part
 * without a line here: a word that only one language's tables hold (the
 * longest key wins; else one of its common words, "und", "the"), a word
 * with a letter only that language writes ("ä", "ß"), and a number's
 * separator (a decimal "5,6" votes for the languages whose decimal sign is
 * the comma, a group "50.000" for those that group with a point). The
 * highest score wins; a tie, or no evidence, gives DEFAULT_LANG.
 */
#include <string.h>

#include "common.h"
#include "scan.h"

#define LANG_MAX 16
#define DEFAULT_LANG "en"

typedef struct langs {
    const cc_lexicon *lx[LANG_MAX];
    int score[LANG_MAX];
    size_t n;
} langs;

/* The one language whose tables hold the longest key at i, else the one
 * whose common words hold the word (-1: none or several). *next receives
 * the end of what was read. */
static int word_vote(const langs *L, const char *t, size_t len, size_t i, size_t *next)
{
    const uint16_t roles = (uint16_t)(CC_LEX_ALL & ~CC_LEX_MONTH);
    size_t best = 0, wend = skip_alnum(t, len, i);
    int winner = -1, ties = 0;

    *next = wend;
    for (size_t k = 0; k < L->n; k++) {
        size_t e = 0;
        uint16_t g = 0;
        if (!cc_lexicon__match(L->lx[k], t, len, i, roles, &e, &g))
            continue;
        if (e > best) {
            best = e;
            winner = (int)k;
            ties = 0;
        } else if (e == best) {
            ties++;
        }
    }
    if (winner >= 0) {
        if (ties)
            return -1;
        *next = best > wend ? best : wend;
        return winner;
    }
    /* no key of any table: a frequent word may still tell */
    for (size_t k = 0; wend > i && k < L->n; k++) {
        if (!cc_lexicon__common_word(L->lx[k], t + i, wend - i))
            continue;
        if (winner >= 0)
            return -1;
        winner = (int)k;
    }
    return winner;
}

/* One vote for each language with a letter of its own in t[i..e). */
static void letter_votes(langs *L, const char *t, size_t i, size_t e)
{
    for (size_t k = 0; k < L->n; k++) {
        const char *own = cc_lexicon__own_letters(L->lx[k]);
        for (size_t p = i; own && p < e; p++) {
            size_t q = p;
            int32_t c;
            if ((unsigned char)t[p] < 0x80)
                continue;
            c = cc_lexicon__next_cp(t, e, &q);
            if (c > 0 && cc_lexicon__has_cp(own, c)) {
                L->score[k]++;
                break;
            }
        }
    }
}

/* Votes of the separator after the digits at t[i..p) ("5,6", "50.000"). */
static void separator_votes(langs *L, const char *t, size_t len, size_t p, size_t *next)
{
    size_t g = p + 1;
    int sep = t[p];
    int decimal;

    while (g < len && is_digit(t[g]))
        g++;
    *next = g;
    if (g - p - 1 != 3)
        decimal = 1; /* "5,6", "5.60": a decimal sign */
    else if (t[p + 1] == '0' && t[p + 2] == '0' && t[p + 3] == '0')
        decimal = 0; /* "50.000": a group */
    else
        return; /* "1.971": either */
    for (size_t k = 0; k < L->n; k++) {
        uint32_t own = decimal ? cc_lexicon__decimal(L->lx[k]) : cc_lexicon__grouping(L->lx[k]);
        if (own == (uint32_t)sep)
            L->score[k] += decimal ? 2 : 1;
    }
}

const char *cc_numparse__detect_lang(const char *t, size_t len)
{
    langs L;
    size_t i = 0, top = 0;
    int tie = 0;

    memset(&L, 0, sizeof L);
    L.n = cc_lexicon__count();
    if (L.n > LANG_MAX)
        L.n = LANG_MAX;
    for (size_t k = 0; k < L.n; k++) {
        cc_status st;
        if (!(L.lx[k] = cc_lexicon__get(cc_lexicon__lang_at(k), &st)))
            return DEFAULT_LANG;
    }
    while (i < len) {
        unsigned char b = (unsigned char)t[i];
        size_t next = i + 1;
        if (is_digit((char)b)) {
            size_t p = i;
            while (p < len && is_digit(t[p]))
                p++;
            next = p;
            if (p + 1 < len && (t[p] == ',' || t[p] == '.') && is_digit(t[p + 1]))
                separator_votes(&L, t, len, p, &next);
        } else if (b >= 0x80 || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || b == '$' ||
                   b == '~' || b == '%') {
            int32_t c = cp_before(t, i);
            if (c < 0 || !cc_lexicon__is_alnum(c)) {
                int w = word_vote(&L, t, len, i, &next);
                if (w >= 0)
                    L.score[w]++;
            } else {
                next = i;
                cc_lexicon__next_cp(t, len, &next);
            }
            if (next <= i)
                next = i + 1;
            letter_votes(&L, t, i, next);
        }
        i = next;
    }
    for (size_t k = 1; k < L.n; k++) {
        if (L.score[k] > L.score[top]) {
            top = k;
            tie = 0;
        } else if (L.score[k] == L.score[top]) {
            tie = 1;
        }
    }
    return L.n == 0 || tie ? DEFAULT_LANG : cc_lexicon__lang_at(top);
}
