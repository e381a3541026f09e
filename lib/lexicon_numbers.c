/*
 * lexicon_numbers.c - the parts of spelled numbers in a lexicon: splitting
 * compound number words ("siebenhunderteinundzwanzigtausend") into parts,
 * and ICU's lenient spell-out parser as a cross-check.
 */
#include <string.h>

#include <unicode/unum.h>

#include "common.h"
#include "lexicon_internal.h"

/* ------------------------------------------------------------------ */
/* Spelled-out numbers                                                 */
/* ------------------------------------------------------------------ */

#define WORD_MAX 96

/* May a trie entry be a part of a compound number word? */
int cc_lexicon__is_part(const cc_lex_entry *e, size_t klen)
{
    uint16_t r = (uint16_t)(e->roles & ~e->upper_roles);
    if ((r & CC_LEX_NUMBER_PART) && (e->part == CC_PART_POINT || e->part == CC_PART_POINT_PAIRS) &&
        !(r & (CC_LEX_NUMBER | CC_LEX_NUMBER_A)))
        return 0; /* "point" stands between words, never inside one */
    if (r & (CC_LEX_NUMBER | CC_LEX_NUMBER_PART | CC_LEX_NUMBER_A))
        return 1;
    return (r & CC_LEX_SCALE) && klen >= 5 && e->scale >= 3 && e->scale <= 12;
}

/* Can w[i..n) be split into number parts? Depth-first over the trie;
 * failed positions are remembered so that it stays linear. */
static int split_from(const cc_lexicon *lx, const char *w, size_t n, size_t i, uint8_t *failed,
                      size_t *last_start, int *last_part)
{
    uint32_t cur;
    size_t k;
    if (i == n)
        return 1;
    if (failed[i])
        return 0;
    cur = lx->root[(uint8_t)w[i]];
    for (k = i + 1; cur; k++) {
        const node *nd = &lx->nodes[cur];
        if (nd->entry >= 0 && cc_lexicon__is_part(&lx->entries[nd->entry], k - i) &&
            (k == n || ((uint8_t)w[k] & 0xC0) != 0x80)) {
            const cc_lex_entry *e = &lx->entries[nd->entry];
            if (split_from(lx, w, n, k, failed, last_start, last_part)) {
                if (k == n) {
                    *last_start = i;
                    *last_part = (e->roles & CC_LEX_NUMBER_PART) ? e->part : 0;
                }
                return 1;
            }
        }
        if (k == n)
            break;
        cur = child_of(lx, cur, (uint8_t)w[k]);
    }
    failed[i] = 1;
    return 0;
}

/* Can w[i..n) be split into number parts, longest part first? (The
 * longest part is what a reader takes: "siebenhundert|einundzwanzig|tausend",
 * never "sieben|hundert|ein|und|zwanzig|tausend", so that each part is a
 * whole number below 1000 or a scale.) *first receives the end of the
 * part at i. */
static int split_longest(const cc_lexicon *lx, const char *w, size_t n, size_t i, uint8_t *failed,
                         size_t *first)
{
    uint8_t ends[WORD_MAX + 4]; /* offsets below WORD_MAX + 4: one byte each */
    size_t ne = 0, sub = 0;
    uint32_t cur;
    if (i == n)
        return 1;
    if (failed[i])
        return 0;
    cur = lx->root[(uint8_t)w[i]];
    for (size_t k = i + 1; cur; k++) {
        const node *nd = &lx->nodes[cur];
        if (nd->entry >= 0 && cc_lexicon__is_part(&lx->entries[nd->entry], k - i) &&
            (k == n || ((uint8_t)w[k] & 0xC0) != 0x80))
            ends[ne++] = (uint8_t)k;
        if (k == n)
            break;
        cur = child_of(lx, cur, (uint8_t)w[k]);
    }
    while (ne > 0) {
        size_t k = ends[--ne];
        if (split_longest(lx, w, n, k, failed, &sub)) {
            *first = k;
            return 1;
        }
    }
    failed[i] = 1;
    return 0;
}

/* Fold the word text[pos..wend) into w (WORD_MAX + 4 bytes) with map[k]
 * the text offset of folded byte k; @return its length, 0 if too long. */
static size_t fold_word(const char *text, size_t pos, size_t wend, char *w, size_t *map)
{
    size_t i = pos, n = 0;
    while (i < wend) {
        size_t at = i, o;
        unsigned char b = (unsigned char)text[i];
        int32_t c;
        if (b < 0x80 && b != '-' && !cc_lexicon__is_space(b)) {
            /* ASCII other than spaces and hyphens: folded in place */
            if (n + 4 > WORD_MAX)
                return 0;
            w[n] = (char)(b >= 'A' && b <= 'Z' ? b + 32 : b);
            map[n++] = i++;
            continue;
        }
        c = fold_cp(cc_lexicon__next_cp(text, wend, &i));
        if (c < 0)
            continue;
        if (c == ' ' || n + 4 > WORD_MAX)
            return 0;
        o = n;
        U8_APPEND_UNSAFE(w, o, c);
        for (size_t k = n; k < o; k++)
            map[k] = at;
        n = o;
    }
    map[n] = wend;
    return n;
}

static inline int ascii_alnum(unsigned b)
{
    return (unsigned)((b | 0x20) - 'a') < 26 || (unsigned)(b - '0') < 10;
}

static inline unsigned fold_ascii(unsigned b)
{
    return b >= 'A' && b <= 'Z' ? b + 32 : b;
}

/* 0 if no part of spelled numbers can begin text[pos..wend), as its first
 * three bytes tell where they are ASCII letters or digits: a part is one
 * byte (numone), two (numtwo), or begins with all three (numpre3); else 1. */
static inline int three_may_begin(const cc_lexicon *lx, const char *text, size_t pos, size_t wend)
{
    unsigned b0, b1, b2, pre;
    uint32_t b3;

    if (wend - pos < 3)
        return 1;
    b0 = (unsigned char)text[pos];
    b1 = (unsigned char)text[pos + 1];
    b2 = (unsigned char)text[pos + 2];
    if (!ascii_alnum(b0) || !ascii_alnum(b1) || !ascii_alnum(b2))
        return 1;
    b0 = fold_ascii(b0);
    b1 = fold_ascii(b1);
    b2 = fold_ascii(b2);
    pre = b0 << 8 | b1;
    b3 = NUMPRE3_BIT(b0, b1, b2);
    return lx->numone[b0] || ((lx->numtwo[pre / 64] >> (pre % 64)) & 1) ||
           ((lx->numpre3[b3 / 64] >> (b3 % 64)) & 1);
}

/* 0 if the word text[pos..wend) cannot split into parts of spelled
 * numbers, as a first part and the first three bytes after it tell: most
 * words asked about ("Unternehmen", "Analysten") are told so by their
 * first three bytes (three_may_begin) or a short walk of the trie along
 * their ASCII letters, before any folding, and a word after a short part
 * ("afternoon" after "a") by the bytes after it. 1 if it may, or the word
 * has other characters (then the full reading decides). */
static int part_prefix(const cc_lexicon *lx, const char *text, size_t pos, size_t wend)
{
    uint32_t cur = 0;
    if (!three_may_begin(lx, text, pos, wend))
        return 0;
    for (size_t k = pos; k < wend; k++) {
        unsigned char b = (unsigned char)text[k];
        if (!((unsigned)((b | 0x20) - 'a') < 26 || (unsigned)(b - '0') < 10))
            return 1;
        b = (unsigned char)(b >= 'A' && b <= 'Z' ? b + 32 : b);
        cur = k == pos ? lx->root[b] : child_of(lx, cur, b);
        if (!cur)
            return 0;
        /* a part, and the rest is no word or may begin a part itself */
        if (lx->nodes[cur].entry >= 0 &&
            cc_lexicon__is_part(&lx->entries[lx->nodes[cur].entry], k + 1 - pos) &&
            three_may_begin(lx, text, k + 1, wend))
            return 1;
    }
    return 0;
}

/* cc_lexicon__number_part past part_prefix: the folding and the split.
 * Out of line with its large frame: most words are turned away before. */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static size_t
split_first_part(const cc_lexicon *lx, const char *text, size_t pos, size_t wend)
{
    char w[WORD_MAX + 4];
    size_t map[WORD_MAX + 5];
    uint8_t failed[WORD_MAX + 4];
    size_t n, first = 0;

    n = fold_word(text, pos, wend, w, map);
    if (n < 2)
        return 0;
    memset(failed, 0, n + 1);
    if (!split_longest(lx, w, n, 0, failed, &first))
        return 0;
    return map[first];
}

size_t cc_lexicon__number_part(const cc_lexicon *lx, const char *text, size_t pos, size_t wend)
{
    return part_prefix(lx, text, pos, wend) ? split_first_part(lx, text, pos, wend) : 0;
}

int cc_lexicon__compound_begins(const cc_lexicon *lx, const char *text, size_t pos, size_t wend)
{
    size_t pe = cc_lexicon__number_part(lx, text, pos, wend);
    return pe > pos && pe < wend;
}

int cc_lexicon__number_word(const cc_lexicon *lx, const char *text, size_t pos, size_t wend,
                            int *half, size_t *half_at)
{
    char w[WORD_MAX + 4];
    size_t map[WORD_MAX + 4];
    uint8_t failed[WORD_MAX + 4];
    size_t i = pos, n = 0, last_start = 0;
    int last_part = 0;

    *half = 0;
    *half_at = wend;
    while (i < wend) {
        size_t at = i;
        int32_t c = fold_cp(cc_lexicon__next_cp(text, wend, &i));
        if (c < 0)
            continue;
        if (c == ' ' || n + 4 > WORD_MAX)
            return 0;
        map[n] = at;
        {
            size_t o = n;
            U8_APPEND_UNSAFE(w, o, c);
            for (size_t k = n + 1; k < o; k++)
                map[k] = at;
            n = o;
        }
    }
    if (n < 3)
        return 0;
    memset(failed, 0, n + 1);
    if (!split_from(lx, w, n, 0, failed, &last_start, &last_part))
        return 0;
    if (last_part == -1) {
        *half = 1;
        *half_at = map[last_start];
    }
    return 1;
}

int cc_lexicon__spellout_parse(const cc_lexicon *lx, const char *text, size_t len, int one,
                               double *value)
{
    UChar u[WORD_MAX * 3];
    int32_t n = 0, pos = 0, pre = one ? lx->none : 0;
    UErrorCode st = U_ZERO_ERROR;
    double v;
    cc_lexicon *m = (cc_lexicon *)lx; /* the lock only */

    if (!lx->spell || len > WORD_MAX * 2)
        return 0;
    memcpy(u, lx->one, (size_t)pre * sizeof(UChar));
    u_strFromUTF8(u + pre, (int32_t)(sizeof u / sizeof u[0]) - pre, &n, text, (int32_t)len, &st);
    n += pre;
    if (U_FAILURE(st) || n <= 0)
        return 0;
    pthread_mutex_lock(&m->spell_lock);
    v = unum_parseDouble(lx->spell, u, n, &pos, &st);
    pthread_mutex_unlock(&m->spell_lock);
    if (U_FAILURE(st) || pos != n || !(v >= 0) || v > 1e18)
        return 0;
    *value = v;
    return 1;
}
