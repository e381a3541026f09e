/*
 * lexicon.c - builds the per-language lexicons (see lexicon.h): ICU data
 * harvested once per language (lexicon_icu.c), merged with the hand-written
 * tables of lexicon_<lang>.c into a case-folded byte trie with a table of
 * first words; the cache of built lexicons. Matching is lexicon_match.c,
 * the parts of spelled numbers lexicon_numbers.c.
 */
#include "lexicon.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <unicode/uchar.h>
#include <unicode/unum.h>
#include <unicode/utf8.h>

#include "common.h"
#include "lexicon_internal.h"
#include "quantity.h"

/* ------------------------------------------------------------------ */
/* The registry: one line per language                                 */
/* ------------------------------------------------------------------ */

static const cc_lex_table *const registry[] = {
    &cc_lexicon__de_table,
    &cc_lexicon__en_table,
};

#define NLANG (sizeof registry / sizeof registry[0])

/* ------------------------------------------------------------------ */
/* Characters                                                          */
/* ------------------------------------------------------------------ */

int32_t cc_lexicon__decode(const char *s, size_t len, size_t *i)
{
    int32_t c, ii = 0, n = len - *i < 4 ? (int32_t)(len - *i) : 4;
    U8_NEXT(s + *i, ii, n, c);
    *i += (size_t)ii;
    return c < 0 ? 0xFFFD : c;
}

/* Latin-1 letters (U+00C0..U+00FF: "ä", "ß", "é") are the common non-ASCII
 * characters of our texts: their properties are answered here without a
 * call into ICU (the same answers as ICU's: all are letters but U+00D7 and
 * U+00F7, lower case from U+00DF on, U+00C0..U+00DE fold by +0x20). */
#define LATIN1_LETTER(c) ((c) >= 0xC0 && (c) <= 0xFF && (c) != 0xD7 && (c) != 0xF7)

int cc_lexicon__alnum_wide(int32_t c)
{
    if (c >= 0xC0 && c <= 0xFF)
        return LATIN1_LETTER(c);
    return u_isalnum(c) ? 1 : 0;
}

/* Fold a UTF-8 key into out (size KEY_MAX): spaces collapsed and trimmed.
 * Returns the length, or 0 if empty or too long. */
static size_t fold_key(const char *s, size_t len, char *out)
{
    size_t i = 0, o = 0;
    int space = 0;
    while (i < len) {
        int32_t c = fold_cp(cc_lexicon__next_cp(s, len, &i));
        if (c < 0)
            continue;
        if (c == ' ') {
            space = o > 0;
            continue;
        }
        if (space) {
            if (o + 1 >= KEY_MAX)
                return 0;
            out[o++] = ' ';
            space = 0;
        }
        if (o + 4 >= KEY_MAX)
            return 0;
        U8_APPEND_UNSAFE(out, o, c);
    }
    return o;
}

static uint32_t new_node(cc_lexicon *lx, uint8_t byte)
{
    node *n;
    if (cc__grow((void **)&lx->nodes, &lx->capnodes, lx->nnodes + 1, sizeof *lx->nodes) != 0)
        return 0;
    n = &lx->nodes[lx->nnodes];
    n->child = n->sibling = 0;
    n->entry = -1;
    n->byte = byte;
    return (uint32_t)lx->nnodes++;
}

/* The entry of a folded key, created empty if new; NULL when out of memory. */
static cc_lex_entry *entry_for(cc_lexicon *lx, const char *key, size_t klen)
{
    uint32_t cur = 0;
    for (size_t k = 0; k < klen; k++) {
        uint8_t b = (uint8_t)key[k];
        uint32_t next;
        if (k == 0) {
            next = lx->root[b];
            if (!next) {
                if (!(next = new_node(lx, b)))
                    return NULL;
                lx->root[b] = next;
            }
        } else {
            uint32_t prev = 0;
            next = lx->nodes[cur].child;
            while (next && lx->nodes[next].byte != b) {
                prev = next;
                next = lx->nodes[next].sibling;
            }
            if (!next) {
                /* new_node may move the array: link by index afterwards */
                if (!(next = new_node(lx, b)))
                    return NULL;
                if (prev)
                    lx->nodes[prev].sibling = next;
                else
                    lx->nodes[cur].child = next;
            }
        }
        cur = next;
    }
    if (lx->nodes[cur].entry < 0) {
        cc_lex_entry *e;
        if (cc__grow((void **)&lx->entries, &lx->capentries, lx->nentries + 1,
                     sizeof *lx->entries) != 0)
            return NULL;
        e = &lx->entries[lx->nentries];
        memset(e, 0, sizeof *e);
        lx->nodes[cur].entry = (int32_t)lx->nentries++;
    }
    return &lx->entries[lx->nodes[cur].entry];
}

/* Add one word; roles already present keep their first value (earlier
 * sources win: hand tables, then preferred currencies, then the rest). */
static cc_status add_word(cc_lexicon *lx, const char *text, size_t len, const cc_lex_word *w)
{
    char key[KEY_MAX];
    size_t klen = fold_key(text, len, key);
    cc_lex_entry *e;
    uint16_t fresh;
    if (klen == 0)
        return CC_OK;
    e = entry_for(lx, key, klen);
    if (!e)
        return CC_ENOMEM;
    fresh = (uint16_t)(w->roles & ~e->roles);
    if (fresh & CC_LEX_HEDGE) {
        e->hedge = w->value;
        e->hedge_gov = w->dim;
    }
    if (fresh & CC_LEX_POST_HEDGE) {
        e->post_hedge = w->value;
        e->post_hyphen = w->dim == 1;
    }
    if (fresh & CC_LEX_SCALE) {
        e->scale = w->value;
        e->scale_glue = w->unit_scale; /* CC_LW_SCALE_GLUED */
    }
    if (fresh & CC_LEX_NUMBER) {
        e->number = w->value;
        e->halves = (w->dim & CC_NUM_HALVES) != 0;
        e->alone = (w->dim & CC_NUM_ALONE) != 0;
        e->approx = (w->dim & CC_NUM_APPROX) != 0;
        e->least = (w->dim & CC_NUM_LEAST) != 0;
        e->vague = (w->dim & CC_NUM_VAGUE) != 0;
    } else if (fresh & CC_LEX_NUMBER_A) {
        e->number = w->value;
    }
    if ((fresh & CC_LEX_NUMBER_PART) && w->dim > 0) {
        e->part = CC_PART_FRACTION; /* CC_LW_FRAC: denominator, form */
        e->number = w->value;
        e->frac_form = (uint8_t)w->dim;
    } else if (fresh & CC_LEX_NUMBER_PART) {
        e->part = (int8_t)w->value;
    }
    if ((fresh & CC_LEX_RANGE_FROM) && w->dim == 1)
        e->from_floor = 1;
    if (fresh & CC_LEX_CONTEXT) {
        e->ctx = (int8_t)w->value;
        e->norm = w->norm;
    }
    if (fresh & CC_LEX_KIND) {
        e->kind = (int8_t)w->value;
        e->kind_post = w->dim;
        e->a_one = (uint8_t)w->unit_scale; /* CC_LW_MEASURE */
        e->measure = w->code;
        e->kind_topic = w->topic;
    } else if ((w->roles & CC_LEX_KIND) && !e->kind_post != !w->dim && !e->after_post) {
        /* the same key on the other side of the number: the reading before
         * it stays in kind, the one after it goes to after_kind */
        if (e->kind_post) {
            e->after_kind = e->kind;
            e->after_post = e->kind_post;
            e->after_a_one = e->a_one;
            e->after_measure = e->measure;
            e->kind = (int8_t)w->value;
            e->kind_post = 0;
            e->a_one = (uint8_t)w->unit_scale;
            e->measure = w->code;
        } else {
            e->after_kind = (int8_t)w->value;
            e->after_post = w->dim;
            e->after_a_one = (uint8_t)w->unit_scale;
            e->after_measure = w->code;
        }
    }
    if ((fresh & CC_LEX_UNIT) && !(w->roles & CC_LEX_KIND)) {
        e->dim = w->dim;
        e->unit_scale = w->unit_scale;
    }
    if ((fresh & CC_LEX_CURRENCY) && w->code)
        memcpy(e->code, w->code, 3);
    else if ((fresh & CC_LEX_UNIT) && w->dim == CC_DIM_CURRENCY && w->code && !e->code[0])
        memcpy(e->code, w->code, 3); /* CC_LW_MINOR_OF */
    if (w->upper == 2)
        e->lower_roles |= fresh;
    else if (w->upper)
        e->upper_roles |= fresh;
    else
        e->upper_roles &= (uint16_t)~w->roles; /* a lower-case form makes it general */
    e->roles |= w->roles;
    return CC_OK;
}

cc_status cc_lexicon__add_cstr(cc_lexicon *lx, const char *text, const cc_lex_word *w)
{
    cc_status st = add_word(lx, text, strlen(text), w);
    size_t n = strlen(text);
    /* "Mio." also as "Mio": abbreviations are written with and without dot */
    if (st == CC_OK && n > 1 && text[n - 1] == '.')
        st = add_word(lx, text, n - 1, w);
    return st;
}

/* ------------------------------------------------------------------ */
/* The word table, built once the trie is complete                     */
/* ------------------------------------------------------------------ */

/* The end of the ASCII letters from w[i] on. */
static size_t ascii_letters_end(const char *w, size_t n, size_t i)
{
    while (i < n && (unsigned)(((unsigned char)w[i] | 0x20) - 'a') < 26)
        i++;
    return i;
}

/* The slot in share_first of the ASCII letters w[0..n) (n >= 1), folded:
 * their first two, their last and their number, mixed by one multiply
 * (the top ten bits of the product). */
static unsigned share_first_slot(const char *w, size_t n)
{
    uint32_t f0 = (unsigned char)w[0] | 0x20, f1 = n > 1 ? (unsigned char)w[1] | 0x20 : 0,
             fl = (unsigned char)w[n - 1] | 0x20;
    uint32_t key = f0 << 24 | f1 << 16 | fl << 8 | (uint32_t)(n & 0xFF);
    return (unsigned)((key * 0x9E3779B1u) >> 22);
}

static cc_status word_add(cc_lexicon *lx, const char *w, size_t n, uint64_t h, int32_t entry,
                          uint16_t roles, int longer)
{
    size_t k = h & lx->wmask;
    struct first_word *fw;
    while (lx->words[k].hash != 0 && !(lx->words[k].hash == h && lx->words[k].n == n &&
                                       memcmp(lx->wtext + lx->words[k].at, w, n) == 0))
        k = (k + 1) & lx->wmask;
    fw = &lx->words[k];
    if (fw->hash == 0) {
        if (cc__grow((void **)&lx->wtext, &lx->wtcap, lx->wtlen + n, 1) != 0)
            return CC_ENOMEM;
        memcpy(lx->wtext + lx->wtlen, w, n);
        fw->hash = h;
        fw->at = (uint32_t)lx->wtlen;
        fw->n = (uint32_t)n;
        fw->entry = -1;
        lx->wtlen += n;
    }
    if (entry >= 0)
        fw->entry = entry;
    lx->bloom[BLOOM_BIT1(h) / 64] |= 1ULL << (BLOOM_BIT1(h) % 64);
    lx->bloom[BLOOM_BIT2(h) / 64] |= 1ULL << (BLOOM_BIT2(h) % 64);
    fw->roles |= roles;
    fw->longer |= (uint8_t)longer;
    return CC_OK;
}

/* e->letters and e->opens of the (folded) key[0..n) of e. */
static void key_letters(const cc_lexicon *lx, const char *key, size_t n, cc_lex_entry *e)
{
    if (n > 255 || ascii_letters_end(key, n, 0) != n)
        return;
    e->letters = (uint8_t)n;
    e->opens = lx->share_first[share_first_slot(key, n)];
}

/* Visit every key of the trie below node `cur` (path in key[0..depth)). */
static cc_status index_keys(cc_lexicon *lx, uint32_t cur, char *key, size_t depth)
{
    for (; cur; cur = lx->nodes[cur].sibling) {
        const node *nd = &lx->nodes[cur];
        cc_status rc;
        if (depth >= KEY_MAX)
            return CC_OK;
        key[depth] = (char)nd->byte;
        if (nd->entry >= 0) {
            cc_lex_entry *e = &lx->entries[nd->entry];
            size_t i = 0, n = 0;
            /* the first word of the key */
            while (i < depth + 1) {
                size_t j = i;
                int32_t c = cc_lexicon__next_cp(key, depth + 1, &j);
                if (!cc_lexicon__is_alnum(c))
                    break;
                n += j - i;
                i = j;
            }
            if (n > 0) {
                rc = word_add(lx, key, n, word_hash(key, n), n == depth + 1 ? nd->entry : -1,
                              e->roles, n < depth + 1);
                if (rc != CC_OK)
                    return rc;
                if (n > lx->wmax)
                    lx->wmax = n;
            }
            key_letters(lx, key, depth + 1, e);
            if (depth == 0 && cc_lexicon__is_part(e, 1))
                lx->numone[(uint8_t)key[0]] = 1;
            if (depth >= 1 && cc_lexicon__is_part(e, depth + 1)) {
                unsigned pre = ((unsigned)(uint8_t)key[0] << 8) | (uint8_t)key[1];
                lx->numpre[pre / 64] |= 1ULL << (pre % 64);
                if (depth == 1) {
                    lx->numtwo[pre / 64] |= 1ULL << (pre % 64);
                } else {
                    uint32_t b3 = NUMPRE3_BIT((uint8_t)key[0], (uint8_t)key[1], (uint8_t)key[2]);
                    lx->numpre3[b3 / 64] |= 1ULL << (b3 % 64);
                }
            }
        }
        if ((rc = index_keys(lx, nd->child, key, depth + 1)) != CC_OK)
            return rc;
    }
    return CC_OK;
}

/* Build the word table and the edge hash once the trie is complete. */
cc_status cc_lexicon__build_filter(cc_lexicon *lx)
{
    char key[KEY_MAX + 1];
    size_t size = 64;
    while (size < 4 * lx->nentries)
        size *= 2;
    lx->words = cc__calloc(size, sizeof *lx->words);
    if (!lx->words)
        return CC_ENOMEM;
    lx->wmask = size - 1;
    for (unsigned b = 0; b < 256; b++) {
        cc_status rc = index_keys(lx, lx->root[b], key, 0);
        if (rc != CC_OK)
            return rc;
    }
    /* eight zero bytes after the last word: the short-word look compares
     * a word with one eight-byte load (look_short) */
    if (cc__grow((void **)&lx->wtext, &lx->wtcap, lx->wtlen + 8, 1) != 0)
        return CC_ENOMEM;
    memset(lx->wtext + lx->wtlen, 0, 8);
    cc_lexicon__index_no_key(lx);
    if (lx->nnodes >= (1u << 24))
        return CC_OK; /* too many nodes for the edge hash: walk siblings */
    size = 64;
    while (size < 2 * lx->nnodes)
        size *= 2;
    {
        uint64_t *edges = cc__calloc(size, sizeof *edges);
        if (!edges)
            return CC_ENOMEM;
        for (size_t p = 1; p < lx->nnodes; p++)
            for (uint32_t c = lx->nodes[p].child; c; c = lx->nodes[c].sibling) {
                uint64_t k0 = ((uint64_t)p << 8 | lx->nodes[c].byte) + 1;
                size_t k = (size_t)((k0 * 0x9E3779B97F4A7C15ULL) >> 20) & (size - 1);
                while (edges[k] != 0)
                    k = (k + 1) & (size - 1);
                edges[k] = k0 << 24 | c;
            }
        lx->edges = edges;
        lx->emask = size - 1;
    }
    /* the node where each first word ends, for walks that go on past it */
    for (size_t k = 0; k <= lx->wmask; k++) {
        struct first_word *fw = &lx->words[k];
        uint32_t cur;
        if (fw->hash == 0)
            continue;
        cur = lx->root[(uint8_t)lx->wtext[fw->at]];
        for (uint32_t b = 1; b < fw->n && cur; b++)
            cur = child_of(lx, cur, (uint8_t)lx->wtext[fw->at + b]);
        fw->node = cur;
        fw->space = cur ? child_of(lx, cur, ' ') : 0;
        fw->space_az = 0;
        for (uint32_t b = 0; fw->space && b < 26; b++)
            if (child_of(lx, fw->space, (uint8_t)('a' + b)))
                fw->space_az |= 1u << b;
    }
    return CC_OK;
}

int cc_lexicon__verb_second(const cc_lexicon *lx)
{
    return lx->table->verb_second;
}

int cc_lexicon__name_cases(const cc_lexicon *lx)
{
    return lx->table->name_cases;
}

int cc_lexicon__nouns_capitalized(const cc_lexicon *lx)
{
    return lx->table->nouns_capitalized;
}

static unsigned char fold_byte(unsigned char b)
{
    return b >= 'A' && b <= 'Z' ? (unsigned char)(b + 32) : b;
}

/* Bucket the share words by folded first byte (a counting sort). */
static void share_buckets(cc_lexicon *lx, const cc_lex_table *t)
{
    size_t count[257] = {0}, n = t->nshares < 255 ? t->nshares : 255;
    for (size_t k = 0; k < n; k++) {
        size_t l = strlen(t->shares[k].text);
        lx->share_len[k] = (uint8_t)(l < 255 ? l : 255);
        count[fold_byte((unsigned char)t->shares[k].text[0]) + 1]++;
    }
    for (size_t b = 1; b <= 256; b++)
        count[b] += count[b - 1];
    for (size_t b = 0; b <= 256; b++)
        lx->share_start[b] = (uint8_t)count[b];
    for (size_t k = 0; k < n; k++)
        lx->share_idx[count[fold_byte((unsigned char)t->shares[k].text[0])]++] = (uint8_t)k;
    for (size_t k = 0; k < n; k++) {
        const char *w = t->shares[k].text;
        int ty = t->shares[k].type;
        unsigned pre = (unsigned)((unsigned char)w[0] | 0x20) << 8 | ((unsigned char)w[1] | 0x20);
        size_t r = ascii_letters_end(w, strlen(w), 0);
        if (ty == CC_SHARE_WHOLE)
            lx->share_whole[pre / 64] |= 1ULL << (pre % 64);
        if (ty == CC_SHARE_IN || ty == CC_SHARE_PART || ty == CC_SHARE_ADJ)
            lx->share_follow[pre / 64] |= 1ULL << (pre % 64);
        if (ty == CC_SHARE_THE || ty == CC_SHARE_TIMES || ty == CC_SHARE_EACH ||
            ty == CC_SHARE_WHOLE) {
            lx->share_open[pre / 64] |= 1ULL << (pre % 64);
            /* an article of letters alone is asked about its noun; an
             * opener of words ("das doppelte", "twice as") about its second
             * word; any other opens with its leading letters (a word that
             * begins beyond ASCII is let through by
             * cc_lexicon__share_may_open_word) */
            if (r == 0)
                continue;
            if (ty == CC_SHARE_THE && w[r] == '\0') {
                lx->share_first[share_first_slot(w, r)] |= SHARE_FIRST_ARTICLE;
            } else if (w[r] == ' ' && w[r + 1] != '\0' && w[r + 2] != '\0') {
                unsigned second = (unsigned)((unsigned char)w[r + 1] | 0x20) << 8 |
                                  ((unsigned char)w[r + 2] | 0x20);
                lx->share_first[share_first_slot(w, r)] |= SHARE_FIRST_PHRASE;
                lx->share_second[second / 64] |= 1ULL << (second % 64);
            } else {
                lx->share_first[share_first_slot(w, r)] |= SHARE_FIRST_OPENS;
            }
        }
    }
}

/* Bit (b0 | 0x20, b1 | 0x20) of a set of share word prefixes: a byte that
 * matches as shares.c compares (ASCII letters in either case) has the bit
 * of the word's byte. */
static int share_bit(const uint64_t *set, unsigned char b0, unsigned char b1)
{
    unsigned pre = (unsigned)(b0 | 0x20) << 8 | (b1 | 0x20);
    return (int)((set[pre / 64] >> (pre % 64)) & 1);
}

/* cc_lexicon__share_may_open_word past a word of ASCII letters that ends
 * at k before an ASCII byte, with `first`, its share_first. */
static int share_may_open_letters(const cc_lexicon *lx, const char *t, size_t len, size_t k,
                                  unsigned first)
{
    if (first & SHARE_FIRST_OPENS)
        return 1;
    /* "das doppelte", "twice as": share_word wants one space before the
     * second word */
    if ((first & SHARE_FIRST_PHRASE) &&
        (k + 2 >= len || (t[k] == ' ' && share_bit(lx->share_second, (unsigned char)t[k + 1],
                                                   (unsigned char)t[k + 2]))))
        return 1;
    if (!(first & SHARE_FIRST_ARTICLE))
        return 0;
    /* "die Hälfte", "the half": the noun after the article (skip_spaces
     * stops at a letter as this does) */
    while (k < len && t[k] == ' ')
        k++;
    if (k + 1 >= len || (unsigned)(((unsigned char)t[k] | 0x20) - 'a') >= 26)
        return 1;
    return share_bit(lx->share_whole, (unsigned char)t[k], (unsigned char)t[k + 1]);
}

/* cc_lexicon__share_may_open_word; nouns = 0: an article counts as
 * opening one before any word (cc_lexicon__share_opener_may_match). */
static int share_may_open_at(const cc_lexicon *lx, const char *t, size_t len, size_t i, int nouns)
{
    size_t k = ascii_letters_end(t, len, i);
    unsigned first;

    if (k == i || (k < len && (unsigned char)t[k] >= 0x80))
        return 1;
    first = lx->share_first[share_first_slot(t + i, k - i)];
    if (!nouns && (first & SHARE_FIRST_ARTICLE))
        return 1;
    return share_may_open_letters(lx, t, len, k, first);
}

/* cc_lexicon__share_may_open with share_may_open_at's nouns. */
static int share_may_open_from(const cc_lexicon *lx, const char *t, size_t len, size_t i, int nouns)
{
    if (i + 1 >= len)
        return 1;
    if (!cc_lexicon__share_open_bit(lx->share_open, (unsigned char)t[i], (unsigned char)t[i + 1]))
        return 0;
    return share_may_open_at(lx, t, len, i, nouns);
}

int cc_lexicon__share_may_open_word(const cc_lexicon *lx, const char *t, size_t len, size_t i)
{
    return share_may_open_at(lx, t, len, i, 1);
}

int cc_lexicon__share_may_open_key(const cc_lexicon *lx, const char *t, size_t len, size_t i,
                                   const cc_lex_entry *m, size_t mend)
{
    /* the text of a key of n ASCII letters that takes n bytes is those
     * letters (any other character, a soft hyphen skipped, takes more),
     * and no letter follows a key: its letters end at mend */
    if (!m || m->letters != mend - i)
        return cc_lexicon__share_may_open_word(lx, t, len, i);
    if (mend < len && (unsigned char)t[mend] >= 0x80)
        return 1;
    return share_may_open_letters(lx, t, len, mend, m->opens);
}

/* Three questions, each cheaper than what it spares: do the first two
 * bytes begin an opening share word (share_open)? Are the word's ASCII
 * letters, folded, the leading letters of one (share_first)? For an
 * article, does a share noun begin after it (share_whole), for the first
 * word of an opener of words, its second word (share_second)? A word with a
 * byte beyond ASCII right after its letters may be anything: 1. */
int cc_lexicon__share_may_open(const cc_lexicon *lx, const char *t, size_t len, size_t i)
{
    return share_may_open_from(lx, t, len, i, 1);
}

int cc_lexicon__share_opener_may_match(const cc_lexicon *lx, const char *t, size_t len, size_t i)
{
    return share_may_open_from(lx, t, len, i, 0);
}

const uint64_t *cc_lexicon__share_open_set(const cc_lexicon *lx)
{
    return lx->share_open;
}

int cc_lexicon__share_may_follow(const cc_lexicon *lx, unsigned char b0, unsigned char b1)
{
    return share_bit(lx->share_follow, b0, b1);
}

size_t cc_lexicon__share_bucket(const cc_lexicon *lx, unsigned char first, const uint8_t **idx,
                                const uint8_t **lens)
{
    unsigned char b = fold_byte(first);
    *idx = lx->share_idx + lx->share_start[b];
    *lens = lx->share_len;
    return (size_t)(lx->share_start[b + 1] - lx->share_start[b]);
}

const cc_share_word *cc_lexicon__shares(const cc_lexicon *lx, size_t *n)
{
    *n = lx->table->nshares;
    return lx->table->shares;
}

const char *cc_lexicon__icu_locale(const cc_lexicon *lx)
{
    return lx->table->icu_locale;
}

const cc_lex_table *cc_lexicon__table(const cc_lexicon *lx)
{
    return lx->table;
}

const char *cc_lexicon__own_letters(const cc_lexicon *lx)
{
    return lx->table->own_letters;
}

int cc_lexicon__has_cp(const char *s, int32_t c)
{
    size_t n = strlen(s), i = 0;
    while (i < n)
        if (cc_lexicon__decode(s, n, &i) == c)
            return 1;
    return 0;
}

/* cmp_folded of c's first n bytes alone: 2 where they equal w[0..n)
 * folded (c goes on), else cmp_folded's -1 or 1. */
static int cmp_folded_run(const char *c, const char *w, size_t n)
{
    for (size_t k = 0; k < n; k++) {
        unsigned char a = (unsigned char)c[k], b = fold_byte((unsigned char)w[k]);
        if (a != b)
            return a < b ? -1 : 1;
        if (!a)
            return -1; /* w holds a NUL: no word, and no reading past c */
    }
    return 2;
}

/* strcmp of the list word c with w[0..n) folded (fold_byte): the order
 * of the sorted lower-case lists. */
static int cmp_folded(const char *c, const char *w, size_t n)
{
    int d = cmp_folded_run(c, w, n);
    return d == 2 ? c[n] != '\0' : d;
}

/* What the sorted lists are searched for: a word, or a verb and the
 * particle after it (part NULL: any particle). */
typedef struct list_key {
    const char *w, *part;
    size_t n, pn;
} list_key;

/* The order of the list entry e against a word key. */
static int cmp_word(const char *e, const list_key *k)
{
    return cmp_folded(e, k->w, k->n);
}

/* The order of the entry e ("fiel aus") against a verb and its particle;
 * without a particle every entry of the verb compares equal. */
static int cmp_particle_verb(const char *e, const list_key *k)
{
    int d = cmp_folded_run(e, k->w, k->n);
    if (d != 2)
        return d;
    if (e[k->n] != ' ')
        return (unsigned char)e[k->n] < ' ' ? -1 : 1;
    return k->part ? cmp_folded(e + k->n + 1, k->part, k->pn) : 0;
}

/* Is an entry of the sorted list equal to the key under cmp? */
static int bisect(const char *const *list, size_t count, int (*cmp)(const char *, const list_key *),
                  const list_key *key)
{
    size_t lo = 0, hi = count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int d = cmp(list[mid], key);
        if (d == 0)
            return 1;
        if (d < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return 0;
}

/* Is w[0..n), folded, in the sorted lower-case list? */
static int in_sorted(const char *const *list, size_t count, const char *w, size_t n)
{
    list_key k = {w, NULL, n, 0};
    return bisect(list, count, cmp_word, &k);
}

int cc_lexicon__common_word(const cc_lexicon *lx, const char *w, size_t n)
{
    return in_sorted(lx->table->common, lx->table->ncommon, w, n);
}

int cc_lexicon__particle_verb(const cc_lexicon *lx, const char *verb, size_t vn, const char *part,
                              size_t pn)
{
    list_key k = {verb, part, vn, pn};
    if (!vn || (part && !pn))
        return 0;
    return bisect(lx->table->particle_verbs, lx->table->nparticle_verbs, cmp_particle_verb, &k);
}

int cc_lexicon__conjunction(const cc_lexicon *lx, const char *t, size_t s, size_t e)
{
    return e > s && in_sorted(lx->table->conjunctions, lx->table->nconjunctions, t + s, e - s);
}

int cc_lexicon__per_article(const cc_lexicon *lx, const char *t, size_t s, size_t e)
{
    return e > s && in_sorted(lx->table->per_articles, lx->table->nper_articles, t + s, e - s);
}

int cc_lexicon__ordinal_opener(const cc_lexicon *lx, const char *t, size_t s, size_t e)
{
    return e > s &&
           in_sorted(lx->table->ordinal_openers, lx->table->nordinal_openers, t + s, e - s);
}

static int word_byte(unsigned char c)
{
    return c >= 0x80 || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

int cc_lexicon__period_at(const cc_lexicon *lx, const char *t, size_t len, size_t p)
{
    const cc_lex_table *tb = lx->table;
    unsigned char first;
    if (p >= len)
        return CC_PERIOD_NONE;
    first = (unsigned char)t[p];
    first = first >= 'A' && first <= 'Z' ? first | 0x20 : first;
    for (size_t k = 0; k < tb->nperiods; k++) {
        const char *w = tb->periods[k].text;
        size_t n, q, e;
        if ((unsigned char)w[0] != first)
            continue; /* most words: no strlen */
        n = strlen(w);
        if (n > len - p || cc__ascii_ncasecmp(t + p, w, n) != 0 ||
            (p + n < len && word_byte((unsigned char)t[p + n])))
            continue;
        for (q = p + n; q < len && t[q] == ' ';)
            q++;
        for (e = q; e < len && word_byte((unsigned char)t[e]);)
            e++;
        if (q == p + n + 1 && e > q &&
            ((t[q] >= '0' && t[q] <= '9') ||
             in_sorted(tb->period_stops, tb->nperiod_stops, t + q, e - q)))
            return CC_PERIOD_NONE; /* "im Jahr 2023", "a year ago" */
        return tb->periods[k].period;
    }
    return CC_PERIOD_NONE;
}

const char *cc_lexicon__period_name(int period)
{
    static const char *const names[] = {NULL, "hour", "day", "week", "month", "year"};
    return period > 0 && period <= CC_PERIOD_YEAR ? names[period] : NULL;
}

int cc_lexicon__street_name(const cc_lexicon *lx, const char *t, size_t s, size_t e)
{
    const cc_lex_table *tb = lx->table;
    if (e <= s || !(t[s] >= 'A' && t[s] <= 'Z'))
        return 0;
    for (size_t k = 0; k < tb->nstreet_endings; k++) {
        size_t n = strlen(tb->street_endings[k]);
        if (e - s > n && memcmp(t + e - n, tb->street_endings[k], n) == 0)
            return 1;
    }
    return 0;
}

size_t cc_lexicon__count(void)
{
    return NLANG;
}

const char *cc_lexicon__lang_at(size_t i)
{
    return i < NLANG ? registry[i]->lang : NULL;
}

const cc_lex_table *cc_lexicon__table_at(size_t i)
{
    return i < NLANG ? registry[i] : NULL;
}

const cc_lex_entry *cc_lexicon__lookup(const cc_lexicon *lx, const char *key)
{
    size_t end = 0, n = strlen(key);
    const cc_lex_entry *e = cc_lexicon__match(lx, key, n, 0, CC_LEX_ALL, &end, NULL);
    return e && end == n ? e : NULL;
}

/* ------------------------------------------------------------------ */
/* Building and the cache                                              */
/* ------------------------------------------------------------------ */

static void lexicon_free(cc_lexicon *lx)
{
    if (!lx)
        return;
    if (lx->spell)
        unum_close(lx->spell);
    pthread_mutex_destroy(&lx->spell_lock);
    free(lx->nodes);
    free(lx->entries);
    free(lx->words);
    free(lx->wtext);
    free(lx->edges);
    free(lx);
}

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static cc_status build(const cc_lex_table *t, cc_lexicon **out)
{
    double t0 = now_ms();
    cc_lexicon *lx = cc__calloc(1, sizeof *lx);
    cc_status rc = CC_OK;

    if (!lx)
        return CC_ENOMEM;
    lx->table = t;
    pthread_mutex_init(&lx->spell_lock, NULL);
    share_buckets(lx, t);
    /* node 0 is the root, so that index 0 can mean "none" */
    if (cc__grow((void **)&lx->nodes, &lx->capnodes, 1, sizeof *lx->nodes) != 0) {
        rc = CC_ENOMEM;
        goto done;
    }
    memset(&lx->nodes[0], 0, sizeof lx->nodes[0]);
    lx->nodes[0].entry = -1;
    lx->nnodes = 1;
    if ((rc = cc_lexicon__harvest_separators(lx)) != CC_OK)
        goto done;

    /* hand-written words first: they win conflicts with ICU names */
    for (size_t k = 0; k < t->nwords && rc == CC_OK; k++)
        rc = cc_lexicon__add_cstr(lx, t->words[k].text, &t->words[k]);
    for (size_t k = 0; k < cc_lexicon__nunit_symbols && rc == CC_OK; k++)
        rc = cc_lexicon__add_cstr(lx, cc_lexicon__unit_symbols[k].text,
                                  &cc_lexicon__unit_symbols[k]);
    if (rc == CC_OK)
        rc = cc_lexicon__harvest_scales(lx);
    if (rc == CC_OK)
        rc = cc_lexicon__harvest_currencies(lx);
    if (rc == CC_OK)
        rc = cc_lexicon__harvest_words(lx);
    if (rc == CC_OK)
        rc = cc_lexicon__build_filter(lx);
done:
    if (rc != CC_OK) {
        lexicon_free(lx);
        return rc;
    }
    lx->build_ms = now_ms() - t0;
    *out = lx;
    return CC_OK;
}

static pthread_mutex_t build_lock = PTHREAD_MUTEX_INITIALIZER;
static _Atomic(cc_lexicon *) built[NLANG];

/* The registry index of a language tag ("de", "DE", "de-AT", "en_GB"), or -1. */
static int lang_index(const char *lang)
{
    size_t n = 0;
    if (!lang)
        return -1;
    while (lang[n] && lang[n] != '-' && lang[n] != '_')
        n++;
    for (size_t k = 0; k < NLANG; k++)
        if (strlen(registry[k]->lang) == n && cc__ascii_ncasecmp(lang, registry[k]->lang, n) == 0)
            return (int)k;
    return -1;
}

#if defined(__GNUC__)
/* Free the cached lexicons (and the ICU objects they hold) when the
 * library is unloaded or the process ends, so that leak checkers see none. */
__attribute__((destructor)) static void free_cache(void)
{
    for (size_t k = 0; k < NLANG; k++) {
        cc_lexicon *lx = atomic_exchange(&built[k], NULL);
        lexicon_free(lx);
    }
}
#endif

int cc_lang__supported(const char *lang)
{
    return lang_index(lang) >= 0;
}

const cc_lexicon *cc_lexicon__get(const char *lang, cc_status *st)
{
    int k = lang_index(lang);
    cc_lexicon *lx;
    cc_status rc = CC_OK;

    if (k < 0) {
        *st = CC_ELANG;
        return NULL;
    }
    lx = atomic_load_explicit(&built[k], memory_order_acquire);
    if (lx) {
        *st = CC_OK;
        return lx;
    }
    pthread_mutex_lock(&build_lock);
    lx = atomic_load_explicit(&built[k], memory_order_acquire);
    if (!lx) {
        rc = build(registry[k], &lx);
        if (rc == CC_OK)
            atomic_store_explicit(&built[k], lx, memory_order_release);
    }
    pthread_mutex_unlock(&build_lock);
    *st = rc;
    return rc == CC_OK ? lx : NULL;
}

const char *cc_lexicon__lang(const cc_lexicon *lx)
{
    return lx->table->lang;
}

uint32_t cc_lexicon__decimal(const cc_lexicon *lx)
{
    return lx->decimal;
}

uint32_t cc_lexicon__grouping(const cc_lexicon *lx)
{
    return lx->grouping;
}

double cc_lexicon__build_ms(const cc_lexicon *lx)
{
    return lx->build_ms;
}

size_t cc_lexicon__size(const cc_lexicon *lx)
{
    return lx->nentries;
}
