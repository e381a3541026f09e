/*
 * lang_detect.c - pick the language of a text among those with tables.
 */
#include <string.h>

#include "common.h"
#include "scan.h"

/* Votes of one word: +1 if only German knows it, -1 if only English
 * (as a key of the tables, else as a common word). */
static int word_vote(const cc_lexicon *de, const cc_lexicon *en, const char *t, size_t len,
                     size_t i, size_t *next)
{
    size_t e1 = 0, e2 = 0;
    uint16_t g1 = 0, g2 = 0;
    const uint16_t roles = (uint16_t)(CC_LEX_ALL & ~CC_LEX_MONTH);
    const cc_lex_entry *a = cc_lexicon__match(de, t, len, i, roles, &e1, &g1);
    const cc_lex_entry *b = cc_lexicon__match(en, t, len, i, roles, &e2, &g2);
    *next = skip_alnum(t, len, i);
    if (!a && !b) {
        /* no key of either table: a frequent word may still tell ("und",
         * "the") */
        char w[16];
        size_t n = *next - i;
        if (n == 0 || n >= sizeof w)
            return 0;
        for (size_t k = 0; k < n; k++)
            w[k] = (char)(t[i + k] >= 'A' && t[i + k] <= 'Z' ? t[i + k] + 32 : t[i + k]);
        return cc_lexicon__common_word(de, w, n) - cc_lexicon__common_word(en, w, n);
    }
    if (a && (!b || e2 < e1)) {
        *next = e1 > *next ? e1 : *next;
        return 1;
    }
    if (b && (!a || e1 < e2)) {
        *next = e2 > *next ? e2 : *next;
        return -1;
    }
    return 0;
}

/* Does t[i..e) have an umlaut or sharp s (ä ö ü ß Ä Ö Ü)? */
static int umlauts(const char *t, size_t i, size_t e)
{
    for (size_t k = i; k + 1 < e; k++) {
        unsigned char u = (unsigned char)t[k + 1];
        if ((unsigned char)t[k] == 0xC3 && (u == 0xA4 || u == 0xB6 || u == 0xBC || u == 0x9F ||
                                            u == 0x84 || u == 0x96 || u == 0x9C))
            return 1;
    }
    return 0;
}

const char *cc_numparse__detect_lang(const char *t, size_t len)
{
    cc_status st;
    const cc_lexicon *de = cc_lexicon__get("de", &st);
    const cc_lexicon *en = cc_lexicon__get("en", &st);
    int score = 0;
    size_t i = 0;

    if (!de || !en)
        return "en";
    while (i < len) {
        unsigned char b = (unsigned char)t[i];
        size_t next = i + 1;
        if (is_digit((char)b)) {
            /* "5,6" or "5.60 " read as a decimal point: the separator tells */
            size_t p = i, g;
            while (p < len && is_digit(t[p]))
                p++;
            next = p;
            if (p + 1 < len && (t[p] == ',' || t[p] == '.') && is_digit(t[p + 1])) {
                g = p + 1;
                while (g < len && is_digit(t[g]))
                    g++;
                if (g - p - 1 != 3)
                    score += t[p] == ',' ? 2 : -2;
                else if (t[p + 1] == '0' && t[p + 2] == '0' && t[p + 3] == '0')
                    score += t[p] == '.' ? 1 : -1; /* "50.000" groups like German */
                next = g;
            }
        } else if (b >= 0x80 || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || b == '$' ||
                   b == '~' || b == '%') {
            int32_t p = cp_before(t, i);
            if (p < 0 || !cc_lexicon__is_alnum(p)) {
                score += word_vote(de, en, t, len, i, &next);
            } else {
                next = i;
                cc_lexicon__next_cp(t, len, &next);
            }
            if (next <= i)
                next = i + 1;
            score += umlauts(t, i, next);
        }
        i = next;
    }
    return score > 0 ? "de" : "en";
}
