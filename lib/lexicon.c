/*
 * lexicon.c - builds and queries the per-language lexicons (see lexicon.h):
 * ICU data harvested once per language, merged with the hand-written
 * tables of lexicon_<lang>.c into a case-folded byte trie.
 */
#include "lexicon.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <unicode/ucurr.h>
#include <unicode/uchar.h>
#include <unicode/uenum.h>
#include <unicode/unum.h>
#include <unicode/udata.h>
#include <unicode/ures.h>
#include <unicode/ustring.h>
#include <unicode/utf8.h>

#include "common.h"
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

/* The folded form of a code point for keys: lower case, spaces and hyphens
 * as ' ', typographic apostrophe as '\''; -1 for characters to ignore. */
static inline int32_t fold_cp(int32_t c)
{
    if (c < 0x80) {
        if (c >= 'A' && c <= 'Z')
            return c + 32;
        if (c == '-' || cc_lexicon__is_space(c))
            return ' ';
        return c;
    }
    if (cc_lexicon__is_space(c) || c == 0x2010 || c == 0x2011)
        return ' ';
    if (c == 0x2019)
        return '\'';
    if (c == 0xAD || c == 0x200B)
        return -1; /* soft hyphen, zero-width space */
    if (c >= 0xC0 && c <= 0xFF)
        return c <= 0xDE && c != 0xD7 ? c + 0x20 : c;
    return u_foldCase(c, U_FOLD_CASE_DEFAULT);
}

static inline int is_lower(int32_t c)
{
    if (c < 0x80)
        return c >= 'a' && c <= 'z';
    if (c >= 0xC0 && c <= 0xFF)
        return c >= 0xDF && c != 0xF7;
    return u_islower(c) ? 1 : 0;
}

/* ------------------------------------------------------------------ */
/* The trie                                                            */
/* ------------------------------------------------------------------ */

typedef struct node {
    uint32_t child;   /* first child, 0 = none */
    uint32_t sibling; /* next sibling, 0 = none */
    int32_t entry;    /* index into entries, -1 = none */
    uint8_t byte;
} node;

#define BLOOM_BITS (1u << 17)

struct cc_lexicon {
    const cc_lex_table *table;
    UNumberFormat *spell;        /* spell-out rules, lenient; used under spell_lock */
    UChar one[16];               /* 1 spelled out ("one"), for "a hundred" */
    int32_t none;
    pthread_mutex_t spell_lock;
    uint32_t decimal, grouping;
    double build_ms;
    node *nodes;
    size_t nnodes, capnodes;
    cc_lex_entry *entries;
    size_t nentries, capentries;
    uint32_t root[256]; /* children of the root by first byte */
    /* the word table: the first words of all keys (open addressing) */
    struct first_word *words;
    size_t wmask;
    size_t wmax;     /* the longest first word in bytes */
    char *wtext;     /* their folded bytes */
    size_t wtlen, wtcap;
    /* first two folded bytes of the parts of spelled numbers (bit set) */
    uint64_t numpre[65536 / 64];
    uint8_t numone[256]; /* one-byte parts ("a"): any word may follow */
    /* the edges of the trie as a hash, (parent << 8 | byte) -> child,
     * for lookups in one probe instead of a walk along siblings */
    uint64_t *edges; /* key + 1 in the high 40 bits, child in the low 24; 0 empty */
    size_t emask;
    /* a Bloom filter of the hashes of the first words (two bits each), small
     * enough to stay in the cache: most words of a text are turned away by it */
    uint64_t bloom[BLOOM_BITS / 64];
    /* the share words bucketed by first byte, ASCII letters folded to
     * lower case (shares.c compares a word only with its bucket) */
    uint8_t share_start[257];  /* bucket b is share_idx[share_start[b] .. share_start[b + 1]) */
    uint8_t share_idx[255];
    uint8_t share_len[255];    /* strlen of each share word, by table index */
};

#define KEY_MAX 128

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
    if (fresh & CC_LEX_POST_HEDGE)
        e->post_hedge = w->value;
    if (fresh & CC_LEX_SCALE) {
        e->scale = w->value;
        e->scale_glue = w->unit_scale; /* CC_LW_SCALE_GLUED */
    }
    if (fresh & CC_LEX_NUMBER) {
        e->number = w->value;
        e->halves = (w->dim & CC_NUM_HALVES) != 0;
        e->alone = (w->dim & CC_NUM_ALONE) != 0;
        e->approx = (w->dim & CC_NUM_APPROX) != 0;
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

static cc_status add_cstr(cc_lexicon *lx, const char *text, const cc_lex_word *w)
{
    cc_status st = add_word(lx, text, strlen(text), w);
    size_t n = strlen(text);
    /* "Mio." also as "Mio": abbreviations are written with and without dot */
    if (st == CC_OK && n > 1 && text[n - 1] == '.')
        st = add_word(lx, text, n - 1, w);
    return st;
}

static int is_part(const cc_lex_entry *e, size_t klen);

/* The child of node cur for byte b, 0 if none. */
static inline uint32_t child_of(const cc_lexicon *lx, uint32_t cur, uint8_t b)
{
    uint64_t key = ((uint64_t)cur << 8 | b) + 1;
    if (!lx->edges) {
        uint32_t next = lx->nodes[cur].child;
        while (next && lx->nodes[next].byte != b)
            next = lx->nodes[next].sibling;
        return next;
    }
    for (size_t k = (size_t)((key * 0x9E3779B97F4A7C15ULL) >> 20) & lx->emask;;
         k = (k + 1) & lx->emask) {
        uint64_t e = lx->edges[k];
        if (e == 0)
            return 0;
        if (e >> 24 == key)
            return (uint32_t)(e & 0xFFFFFF);
    }
}

/* ------------------------------------------------------------------ */
/* The word filter                                                     */
/* ------------------------------------------------------------------ */

/* Most words of a text are no key. A key can match at a word start only
 * if the word (its run of letters and digits, folded) is the key's first
 * word, so the first words of all keys are kept in a hash table with the
 * roles of the keys they begin and, where the word is a key and no longer
 * key begins with it, that key's entry: such words need no trie walk.
 * Anything unusual (characters the trie skips) walks the trie. */

struct first_word {
    uint64_t hash;   /* 0 = empty slot */
    uint32_t at, n;  /* the folded word in wtext */
    int32_t entry;   /* the entry of the key equal to the word, or -1 */
    uint32_t node;   /* the trie node at the end of the word */
    uint16_t roles;  /* roles of all keys beginning with the word */
    uint8_t longer;  /* 1: some key goes on past the word */
};

#define FNV_OFFSET 14695981039346656037ULL

static uint64_t hash_done(uint64_t h)
{
    h ^= h >> 29;
    return h ? h : 1;
}

/* A hash of the folded bytes of a word, eight at a time (the last eight
 * padded with zero bytes as a little-endian load would read them), so that
 * the probe can hash plain ASCII words straight from eight-byte loads. */
static inline uint64_t hash_chunk(uint64_t h, uint64_t v)
{
    h = (h ^ v) * 0x9E3779B97F4A7C15ULL;
    return h ^ (h >> 32);
}

static uint64_t word_hash(const char *w, size_t n)
{
    uint64_t h = FNV_OFFSET;
    size_t k = 0;
    for (; k + 8 <= n; k += 8) {
        uint64_t v = 0;
        for (size_t b = 0; b < 8; b++)
            v |= (uint64_t)(uint8_t)w[k + b] << (8 * b);
        h = hash_chunk(h, v);
    }
    if (k < n) {
        uint64_t v = 0;
        for (size_t b = 0; k + b < n; b++)
            v |= (uint64_t)(uint8_t)w[k + b] << (8 * b);
        h = hash_chunk(h, v);
    }
    return hash_done(h + n);
}

/* Two bits of the Bloom filter of first words (see struct cc_lexicon). */
#define BLOOM_BIT1(h) ((h) & (BLOOM_BITS - 1))
#define BLOOM_BIT2(h) (((h) >> 32) & (BLOOM_BITS - 1))

static inline int bloom_has(const cc_lexicon *lx, uint64_t h)
{
    uint64_t a = BLOOM_BIT1(h), b = BLOOM_BIT2(h);
    return (lx->bloom[a / 64] >> (a % 64)) & (lx->bloom[b / 64] >> (b % 64)) & 1;
}

static const struct first_word *word_find(const cc_lexicon *lx, uint64_t h, const char *w,
                                          size_t n)
{
    for (size_t k = h & lx->wmask;; k = (k + 1) & lx->wmask) {
        const struct first_word *fw = &lx->words[k];
        if (fw->hash == 0)
            return NULL;
        if (fw->hash == h && fw->n == n && memcmp(lx->wtext + fw->at, w, n) == 0)
            return fw;
    }
}

enum { PROBE_NONE, PROBE_DONE, PROBE_WALK };
enum { LOOK_NONE, LOOK_WORD, LOOK_RAW };

/* Look the word at text[pos] up, for all roles at once: LOOK_NONE (it is
 * no first word of a key, or longer than any), LOOK_WORD (*fwp is its
 * record; the word ends at *wend, *lower = 1 if it has lower case) or
 * LOOK_RAW (no plain word here: walk the trie from pos). Most words of a
 * text are no first word: the folding loop hashes as it goes and the Bloom
 * filter turns them away without touching the word table. *reach receives
 * the end of the bytes the answer depends on when the word stops at an
 * ASCII byte before len (the answer is then the same for any len >=
 * *reach), else 0. */
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define SWAR_LOOK 1
#define ONES 0x0101010101010101ULL
#define HIGHS 0x8080808080808080ULL

/* The common case of word_look: a word of ASCII letters and digits ended
 * by an ASCII byte, read eight bytes at a time (one load, a few masks per
 * eight bytes, no loop per byte). Returns 1 with the folded word in w[0..n),
 * its hash, its end *i and *low = 1 if it has lower case, or with
 * *too_long = 1 if it is longer than `max` bytes (then *i = pos + max); 0 if
 * it must be read byte by byte (non-ASCII, or fewer than eight bytes
 * left before len). */
static int look_ascii(const char *text, size_t len, size_t pos, size_t max, char *w, size_t *np,
                      uint64_t *hp, size_t *ip, int *low, int *too_long)
{
    size_t i = pos, n = 0;
    uint64_t h = FNV_OFFSET, lower = 0;

    *too_long = 0;
    while (len - i >= 8) {
        uint64_t x, y, f, letter, digit, stop, v;
        unsigned k;
        memcpy(&x, text + i, 8);
        y = x & ~HIGHS;
        f = y | (0x20 * ONES);
        /* per byte, high bit: 'a' <= f <= 'z', '0' <= y <= '9', and ASCII
         * (no carries cross bytes: every sum stays below 0x100) */
        letter = (f + (0x80 - 'a') * ONES) & ~(f + (0x80 - 'z' - 1) * ONES) & ~x & HIGHS;
        digit = (y + (0x80 - '0') * ONES) & ~(y + (0x80 - '9' - 1) * ONES) & ~x & HIGHS;
        stop = ~(letter | digit) & HIGHS;
        if (stop == 0) {
            if (n + 8 > max) {
                *too_long = 1;
                *ip = pos + max;
                return 1;
            }
            v = x | (letter >> 2);
            memcpy(w + n, &v, 8);
            h = hash_chunk(h, v);
            lower |= letter & (x << 2);
            n += 8;
            i += 8;
            continue;
        }
        k = (unsigned)__builtin_ctzll(stop) / 8;
        if ((unsigned char)text[i + k] >= 0x80)
            return 0;
        if (n + k > max) {
            *too_long = 1;
            *ip = pos + max;
            return 1;
        }
        if (k) {
            uint64_t mask = ~0ULL >> (64 - 8 * k);
            v = (x | (letter >> 2)) & mask;
            memcpy(w + n, &v, 8);
            h = hash_chunk(h, v);
            lower |= letter & (x << 2) & mask;
            n += k;
            i += k;
        }
        *np = n;
        *hp = hash_done(h + n);
        *ip = i;
        *low = lower != 0;
        return 1;
    }
    return 0;
}

/* The commonest case of all, without word_look's buffer: a word of at
 * most fifteen ASCII letters and digits ended by an ASCII byte, read in
 * one or two eight-byte loads and compared with the word table by as many
 * loads of its (zero-padded) text. Same answers as word_look; -1 if the
 * word is not of that kind (then word_look reads it). */
static inline int look_short(const cc_lexicon *lx, const char *text, size_t len, size_t pos,
                             const struct first_word **fwp, size_t *wend, int *lower,
                             size_t *reach)
{
    uint64_t x, y, f, letter, digit, stop, v0 = 0, v, mask, h = FNV_OFFSET, low = 0;
    unsigned k, n = 0;

    if (len - pos < 8)
        return -1;
    memcpy(&x, text + pos, 8);
    y = x & ~HIGHS;
    f = y | (0x20 * ONES);
    letter = (f + (0x80 - 'a') * ONES) & ~(f + (0x80 - 'z' - 1) * ONES) & ~x & HIGHS;
    digit = (y + (0x80 - '0') * ONES) & ~(y + (0x80 - '9' - 1) * ONES) & ~x & HIGHS;
    stop = ~(letter | digit) & HIGHS;
    if (stop == 0) {
        /* eight bytes of word: the second load holds the rest */
        if (len - pos < 16)
            return -1;
        v0 = x | (letter >> 2);
        h = hash_chunk(h, v0);
        low = letter & (x << 2);
        n = 8;
        memcpy(&x, text + pos + 8, 8);
        y = x & ~HIGHS;
        f = y | (0x20 * ONES);
        letter = (f + (0x80 - 'a') * ONES) & ~(f + (0x80 - 'z' - 1) * ONES) & ~x & HIGHS;
        digit = (y + (0x80 - '0') * ONES) & ~(y + (0x80 - '9' - 1) * ONES) & ~x & HIGHS;
        stop = ~(letter | digit) & HIGHS;
        if (stop == 0)
            return -1; /* sixteen bytes or more */
    }
    k = (unsigned)__builtin_ctzll(stop) / 8;
    if (n + k == 0 || n + k > lx->wmax || (unsigned char)text[pos + n + k] >= 0x80)
        return -1;
    if (k) {
        mask = ~0ULL >> (64 - 8 * k);
        v = (x | (letter >> 2)) & mask;
        h = hash_chunk(h, v);
        low |= letter & (x << 2) & mask;
    } else {
        mask = 0;
        v = 0;
    }
    n += k;
    h = hash_done(h + n);
    *reach = pos + n + 1;
    if (!bloom_has(lx, h))
        return LOOK_NONE;
    for (size_t s = h & lx->wmask;; s = (s + 1) & lx->wmask) {
        const struct first_word *fw = &lx->words[s];
        uint64_t z;
        if (fw->hash == 0)
            return LOOK_NONE;
        if (fw->hash != h || fw->n != n)
            continue;
        if (n >= 8) {
            uint64_t z0;
            memcpy(&z0, lx->wtext + fw->at, 8);
            if (z0 != v0)
                continue;
            memcpy(&z, lx->wtext + fw->at + 8, 8);
        } else {
            memcpy(&z, lx->wtext + fw->at, 8);
        }
        if (((z ^ v) & mask) == 0) {
            *fwp = fw;
            *wend = pos + n;
            *lower = low != 0;
            return LOOK_WORD;
        }
    }
}
#endif

/* Look the word at text[pos] up, for all roles at once: LOOK_NONE (it is
 * no first word of a key, or longer than any), LOOK_WORD (*fwp is its
 * record; the word ends at *wend, *lower = 1 if it has lower case) or
 * LOOK_RAW (no plain word here: walk the trie from pos). Most words of a
 * text are no first word: the Bloom filter turns them away without
 * touching the word table. *reach receives the end of the bytes the answer
 * depends on when the word stops at an ASCII byte before len (the answer
 * is then the same for any len >= *reach), else 0. */
static int word_look(const cc_lexicon *lx, const char *text, size_t len, size_t pos,
                     const struct first_word **fwp, size_t *wend, int *lower, size_t *reach)
{
    char w[KEY_MAX + 8];
    size_t i = pos, n = 0, max = lx->wmax;
    size_t lim = len - pos > max ? pos + max : len; /* ASCII bytes: one each */
    const struct first_word *fw;
    uint64_t h;
    unsigned low = 0;

    *reach = 0;
#ifdef SWAR_LOOK
    {
        int lw = 0, too_long = 0;
        if (look_ascii(text, len, pos, max, w, &n, &h, &i, &lw, &too_long)) {
            *reach = i + 1;
            if (too_long)
                return LOOK_NONE;
            if (n == 0)
                return LOOK_RAW; /* no word: "$", "%" */
            low = lw ? 0x20 : 0;
            goto find;
        }
        i = pos;
        n = 0;
    }
#endif
    for (;;) {
        unsigned char b;
        /* plain ASCII letters and digits in a tight loop */
        while (i < lim) {
            unsigned char f;
            b = (unsigned char)text[i];
            f = (unsigned char)(b | 0x20);
            if ((unsigned)(f - 'a') < 26)
                low |= b; /* bit 5 set: lower case */
            else if ((unsigned)(b - '0') < 10)
                f = b;
            else
                break;
            w[n++] = (char)f;
            i++;
        }
        if (i >= len)
            break;
        b = (unsigned char)text[i];
        if (b < 0x80) {
            *reach = i + 1;
            if ((unsigned)((b | 0x20) - 'a') < 26 || (unsigned)(b - '0') < 10)
                return LOOK_NONE; /* longer than any first word */
            break;
        }
        {
            size_t nb = n, j = i;
            int32_t raw = cc_lexicon__decode(text, len, &j), c;
            if (!cc_lexicon__is_alnum(raw)) {
                if (fold_cp(raw) < 0)
                    return LOOK_RAW; /* a soft hyphen: the trie skips it */
                break;
            }
            c = fold_cp(raw);
            if (c < 0)
                return LOOK_RAW;
            if (is_lower(raw))
                low |= 0x20;
            U8_APPEND_UNSAFE(w, nb, c);
            n = nb;
            i = j;
        }
        if (n > max)
            return LOOK_NONE;
        lim = len - i > max - n ? i + (max - n) : len;
    }
    if (n == 0)
        return LOOK_RAW; /* no word: "$", "%", "€" */
    h = word_hash(w, n);
#ifdef SWAR_LOOK
find:
#endif
    if (!bloom_has(lx, h))
        return LOOK_NONE;
    fw = word_find(lx, h, w, n);
    if (!fw)
        return LOOK_NONE;
    *fwp = fw;
    *wend = i;
    *lower = (low & 0x20) != 0;
    return LOOK_WORD;
}

/* ------------------------------------------------------------------ */
/* The memo of word looks                                              */
/* ------------------------------------------------------------------ */

/* An extraction asks for the same word several times: the scanner once,
 * the reading of numbers around it, the context reader of its sentence.
 * While a memo is on (cc_lexicon__memo_begin), the looks at the text it
 * was begun for are kept by position in a small direct-mapped table, so
 * that the later questions skip the folding and hashing. A look is kept
 * only when its answer depends on no byte at or past `reach` (see
 * word_look), and is reused only for calls whose len covers that. */

#define MEMO_SIZE 4096 /* positions: context stretches of a long line overlap by about 1.5 KB */

struct memo_slot {
    size_t pos;
    const struct first_word *fw;
    uint16_t wend, reach; /* minus pos; reach 0: empty */
    uint8_t look, lower;
};

struct cc_lex_memo {
    const char *text;
    const cc_lexicon *lx;
    struct memo_slot slot[MEMO_SIZE];
};

/* The memo of this thread. The initial-exec model makes it one load (the
 * general model costs a call per look); one pointer fits any static TLS
 * reserve, also when the library is loaded by dlopen (Python). */
#if defined(__GNUC__)
static _Thread_local cc_lex_memo *memo_on __attribute__((tls_model("initial-exec")));
#else
static _Thread_local cc_lex_memo *memo_on;
#endif

cc_lex_memo *cc_lexicon__memo_begin(const cc_lexicon *lx, const char *text)
{
    cc_lex_memo *m = cc__calloc(1, sizeof *m);
    if (m) {
        m->text = text;
        m->lx = lx;
        memo_on = m;
    }
    return m;
}

void cc_lexicon__memo_end(cc_lex_memo *m)
{
    if (!m)
        return;
    if (memo_on == m)
        memo_on = NULL;
    free(m);
}

/* word_look through the memo, then the roles: PROBE_NONE (no key can match
 * with these roles), PROBE_DONE (the word is the only key it begins: *fwp,
 * *wend, *lower as in word_look) or PROBE_WALK (walk the trie; if *fwp is
 * set, the walk may start at fw->node, *wend with *lower). */
#ifdef SWAR_LOOK
#define LOOK_SHORT look_short
#else
#define LOOK_SHORT(lx, text, len, pos, fwp, wend, lower, reach) (-1)
#endif

static int word_probe(const cc_lexicon *lx, const char *text, size_t len, size_t pos,
                      uint16_t roles, const struct first_word **fwp, size_t *wend, int *lower)
{
    cc_lex_memo *m = memo_on;
    const struct first_word *fw = NULL;
    int look;

    if (m && m->text == text && m->lx == lx) {
        struct memo_slot *sl = &m->slot[pos % MEMO_SIZE];
        if (sl->reach && sl->pos == pos && len - pos >= sl->reach) {
            look = sl->look;
            fw = sl->fw;
            *wend = pos + sl->wend;
            *lower = sl->lower;
        } else {
            size_t reach;
            look = LOOK_SHORT(lx, text, len, pos, &fw, wend, lower, &reach);
            if (look < 0)
                look = word_look(lx, text, len, pos, &fw, wend, lower, &reach);
            sl->reach = 0;
            if (reach) {
                /* reach - pos <= the longest first word + 1, far below 65536 */
                sl->pos = pos;
                sl->reach = (uint16_t)(reach - pos);
                sl->look = (uint8_t)look;
                sl->fw = look == LOOK_WORD ? fw : NULL;
                sl->wend = look == LOOK_WORD ? (uint16_t)(*wend - pos) : 0;
                sl->lower = look == LOOK_WORD ? (uint8_t)*lower : 0;
            }
        }
    } else {
        size_t reach;
        look = LOOK_SHORT(lx, text, len, pos, &fw, wend, lower, &reach);
        if (look < 0)
            look = word_look(lx, text, len, pos, &fw, wend, lower, &reach);
    }
    if (look == LOOK_RAW)
        return PROBE_WALK;
    if (look == LOOK_NONE || !(fw->roles & roles))
        return PROBE_NONE;
    *fwp = fw;
    return fw->longer ? PROBE_WALK : PROBE_DONE;
}

static cc_status word_add(cc_lexicon *lx, const char *w, size_t n, uint64_t h, int32_t entry,
                          uint16_t roles, int longer)
{
    size_t k = h & lx->wmask;
    struct first_word *fw;
    while (lx->words[k].hash != 0 &&
           !(lx->words[k].hash == h && lx->words[k].n == n &&
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
            const cc_lex_entry *e = &lx->entries[nd->entry];
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
            if (depth == 0 && is_part(e, 1))
                lx->numone[(uint8_t)key[0]] = 1;
            if (depth >= 1 && is_part(e, depth + 1)) {
                unsigned pre = ((unsigned)(uint8_t)key[0] << 8) | (uint8_t)key[1];
                lx->numpre[pre / 64] |= 1ULL << (pre % 64);
            }
        }
        if ((rc = index_keys(lx, nd->child, key, depth + 1)) != CC_OK)
            return rc;
    }
    return CC_OK;
}

/* Build the word table and the edge hash once the trie is complete. */
static cc_status build_filter(cc_lexicon *lx)
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
    }
    return CC_OK;
}

/* cc_lexicon__may_be_number for words that begin with non-ASCII bytes:
 * out of line, so that the ASCII test needs no registers saved. */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static int may_be_number_wide(const cc_lexicon *lx, const char *text, size_t len, size_t pos)
{
    char buf[8];
    size_t nb = 0, i = pos;
    unsigned pre;

    while (nb < 2 && i < len) {
        unsigned char b = (unsigned char)text[i];
        if (b < 0x80) {
            buf[nb++] = (char)(b >= 'A' && b <= 'Z' ? b + 32 : b);
            i++;
        } else {
            int32_t c = fold_cp(cc_lexicon__next_cp(text, len, &i));
            if (c < 0)
                return 1;
            U8_APPEND_UNSAFE(buf, nb, c);
        }
    }
    if (nb < 2 || !lx->words || lx->numone[(uint8_t)buf[0]])
        return 1;
    pre = ((unsigned)(uint8_t)buf[0] << 8) | (uint8_t)buf[1];
    return (lx->numpre[pre / 64] >> (pre % 64)) & 1;
}

int cc_lexicon__may_be_number(const cc_lexicon *lx, const char *text, size_t len, size_t pos)
{
    if (pos < len && len - pos >= 2 && lx->words) {
        /* two ASCII bytes, the common case: folded in place */
        unsigned b0 = (unsigned char)text[pos], b1 = (unsigned char)text[pos + 1], pre;
        if (b0 < 0x80 && b1 < 0x80) {
            b0 += b0 >= 'A' && b0 <= 'Z' ? 32 : 0;
            b1 += b1 >= 'A' && b1 <= 'Z' ? 32 : 0;
            if (lx->numone[b0])
                return 1;
            pre = b0 << 8 | b1;
            return (lx->numpre[pre / 64] >> (pre % 64)) & 1;
        }
    }
    return may_be_number_wide(lx, text, len, pos);
}

/* Printable ASCII other than letters, digits and '-' (0x21..0x7F): one
 * bit per byte, 0x00..0x3F in the first word. */
static inline int is_punct(unsigned char b)
{
    static const uint64_t punct[2] = {0xfc00dffe00000000ULL, 0xf8000001f8000001ULL};
    return b < 0x80 && ((punct[b >> 6] >> (b & 63)) & 1);
}

const cc_lex_entry *cc_lexicon__match(const cc_lexicon *lx, const char *text, size_t len,
                                      size_t pos, uint16_t roles, size_t *end, uint16_t *got)
{
    const cc_lex_entry *best = NULL;
    uint16_t best_roles = 0;
    size_t best_end = pos;
    size_t i = pos;
    uint32_t cur = 0;
    int lower = 0, first = 1;

    if (lx->words && pos < len && is_punct((unsigned char)text[pos])) {
        /* punctuation and symbols ("%", "$", ","): no word, so the probe
         * would only send us to the walk; most begin no key at all */
        if (!lx->root[(unsigned char)text[pos]]) {
            if (got)
                *got = 0;
            return NULL;
        }
    } else if (lx->words && pos < len) {
        const struct first_word *fw = NULL;
        size_t wend = pos;
        int wl, pr;
        wl = 0;
        pr = word_probe(lx, text, len, pos, roles, &fw, &wend, &wl);
        if (pr == PROBE_NONE || (pr == PROBE_DONE && fw->entry < 0)) {
            if (got)
                *got = 0;
            return NULL;
        }
        if (pr == PROBE_DONE) {
            /* the word is the only key it begins: no walk needed */
            best = &lx->entries[fw->entry];
            best_roles = best->roles;
            if (wl)
                best_roles &= (uint16_t)~best->upper_roles;
            else
                best_roles &= (uint16_t)~best->lower_roles;
            best_end = wend;
            goto out;
        }
        if (fw && fw->node) {
            /* longer keys begin with the word: walk on from its end, as
             * the walk from pos would have got there (the word's last
             * character is a letter or digit at a word boundary) */
            cur = fw->node;
            first = 0;
            lower = wl;
            i = wend;
            if (fw->entry >= 0) {
                const cc_lex_entry *e = &lx->entries[fw->entry];
                uint16_t r = e->roles;
                if (lower)
                    r &= (uint16_t)~e->upper_roles;
                else
                    r &= (uint16_t)~e->lower_roles;
                if (r) {
                    best = e;
                    best_roles = r;
                    best_end = wend;
                }
            }
        }
    }
    while (i < len) {
        char buf[4];
        size_t nb = 0;
        unsigned char b0 = (unsigned char)text[i];
        int32_t raw, c;
        if (b0 == ' ' && (i + 1 >= len || ((unsigned char)text[i + 1] > ' ' &&
                                           (unsigned char)text[i + 1] < 0x80 && text[i + 1] != '-'))) {
            /* one plain space between words, the common case of keys of
             * several words: no run of spaces to fold */
            uint32_t next;
            i++;
            if (first) {
                next = lx->root[' '];
                first = 0;
            } else {
                next = child_of(lx, cur, ' ');
            }
            if (!next)
                goto out;
            cur = next;
            continue;
        }
        if (b0 >= 0x80 || b0 <= ' ' || b0 == '-') {
            raw = cc_lexicon__next_cp(text, len, &i);
            c = fold_cp(raw);
            if (c < 0)
                continue;
        } else {
            /* printable ASCII other than '-': fold inline, one byte */
            uint32_t next;
            i++;
            lower |= b0 >= 'a' && b0 <= 'z';
            c = b0 >= 'A' && b0 <= 'Z' ? b0 + 32 : b0;
            if (first) {
                next = lx->root[c];
                first = 0;
            } else {
                next = child_of(lx, cur, (uint8_t)c);
            }
            if (!next)
                goto out;
            cur = next;
            goto accept;
        }
        if (c == ' ') {
            /* a run of spaces and hyphens is one space */
            size_t j = i;
            while (j < len) {
                size_t k = j;
                if (fold_cp(cc_lexicon__next_cp(text, len, &k)) != ' ')
                    break;
                j = k;
            }
            i = j;
        }
        lower |= is_lower(raw);
        U8_APPEND_UNSAFE(buf, nb, c);
        for (size_t k = 0; k < nb; k++) {
            uint8_t b = (uint8_t)buf[k];
            uint32_t next;
            if (first) {
                next = lx->root[b];
                first = 0;
            } else {
                next = child_of(lx, cur, b);
            }
            if (!next)
                goto out;
            cur = next;
        }
    accept:
        if (lx->nodes[cur].entry >= 0 && c != ' ') {
            const cc_lex_entry *e = &lx->entries[lx->nodes[cur].entry];
            uint16_t r = e->roles;
            if (lower)
                r &= (uint16_t)~e->upper_roles;
            else
                r &= (uint16_t)~e->lower_roles;
            if (r) {
                int boundary = 1;
                if (cc_lexicon__is_alnum(c) && i < len) {
                    size_t k = i;
                    boundary = !cc_lexicon__is_alnum(cc_lexicon__next_cp(text, len, &k));
                }
                if (boundary) {
                    best = e;
                    best_roles = r;
                    best_end = i;
                }
            }
        }
    }
out:
    /* the longest key wins; only then are its roles filtered, so that
     * "bis zu" (a hedge) is never read as "bis" (a range word) */
    best_roles &= roles;
    if (!best_roles)
        best = NULL;
    if (best)
        *end = best_end;
    if (got)
        *got = best_roles;
    return best;
}

/* ------------------------------------------------------------------ */
/* Spelled-out numbers                                                 */
/* ------------------------------------------------------------------ */

#define WORD_MAX 96

/* May a trie entry be a part of a compound number word? */
static int is_part(const cc_lex_entry *e, size_t klen)
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
        if (nd->entry >= 0 && is_part(&lx->entries[nd->entry], k - i) &&
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
static int split_longest(const cc_lexicon *lx, const char *w, size_t n, size_t i,
                         uint8_t *failed, size_t *first)
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
        if (nd->entry >= 0 && is_part(&lx->entries[nd->entry], k - i) &&
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

/* 0 if no part of spelled numbers is a prefix of the word text[pos..wend),
 * so that it splits into none: most words asked about ("Unternehmen",
 * "Analysten") are told so by a short walk of the trie along their ASCII
 * letters, before any folding. 1 if some part is, or the word has other
 * characters (then the full reading decides). */
static int part_prefix(const cc_lexicon *lx, const char *text, size_t pos, size_t wend)
{
    uint32_t cur = 0;
    for (size_t k = pos; k < wend; k++) {
        unsigned char b = (unsigned char)text[k];
        if (!((unsigned)((b | 0x20) - 'a') < 26 || (unsigned)(b - '0') < 10))
            return 1;
        b = (unsigned char)(b >= 'A' && b <= 'Z' ? b + 32 : b);
        cur = k == pos ? lx->root[b] : child_of(lx, cur, b);
        if (!cur)
            return 0;
        if (lx->nodes[cur].entry >= 0 &&
            is_part(&lx->entries[lx->nodes[cur].entry], k + 1 - pos))
            return 1;
    }
    return 0;
}

size_t cc_lexicon__number_part(const cc_lexicon *lx, const char *text, size_t pos, size_t wend)
{
    char w[WORD_MAX + 4];
    size_t map[WORD_MAX + 5];
    uint8_t failed[WORD_MAX + 4];
    size_t n, first = 0;

    if (!part_prefix(lx, text, pos, wend))
        return 0;
    n = fold_word(text, pos, wend, w, map);
    if (n < 2)
        return 0;
    memset(failed, 0, n + 1);
    if (!split_longest(lx, w, n, 0, failed, &first))
        return 0;
    return map[first];
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

int cc_lexicon__dot_ordinals(const cc_lexicon *lx)
{
    return lx->table->dot_ordinals;
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

size_t cc_lexicon__count(void)
{
    return NLANG;
}

const char *cc_lexicon__lang_at(size_t i)
{
    return i < NLANG ? registry[i]->lang : NULL;
}

const cc_lex_entry *cc_lexicon__lookup(const cc_lexicon *lx, const char *key)
{
    size_t end = 0, n = strlen(key);
    const cc_lex_entry *e = cc_lexicon__match(lx, key, n, 0, CC_LEX_ALL, &end, NULL);
    return e && end == n ? e : NULL;
}

/* ------------------------------------------------------------------ */
/* ICU harvest                                                         */
/* ------------------------------------------------------------------ */

/* UTF-16 to UTF-8 into out (size outsize); 0 on failure. */
static size_t to_utf8(const UChar *s, int32_t n, char *out, size_t outsize)
{
    UErrorCode st = U_ZERO_ERROR;
    int32_t len = 0;
    u_strToUTF8(out, (int32_t)outsize - 1, &len, s, n, &st);
    if (U_FAILURE(st) || st == U_STRING_NOT_TERMINATED_WARNING || len <= 0)
        return 0;
    out[len] = '\0';
    return (size_t)len;
}

/* The first code point of NumberElements/latn/symbols/<key>, or dflt. */
static uint32_t symbol_cp(UResourceBundle *symbols, const char *key, uint32_t dflt)
{
    UErrorCode st = U_ZERO_ERROR;
    int32_t n = 0, i = 0;
    const UChar *s = ures_getStringByKey(symbols, key, &n, &st);
    UChar32 c;
    if (U_FAILURE(st) || !s || n <= 0)
        return dflt;
    U16_NEXT(s, i, n, c);
    return (uint32_t)c;
}

/* Currency names with digits or brackets are historical variants. */
static int usable_name(const char *s)
{
    if (!*s)
        return 0;
    for (; *s; s++)
        if ((*s >= '0' && *s <= '9') || *s == '(' || *s == ')')
            return 0;
    return 1;
}

static cc_status add_currency(cc_lexicon *lx, const char *code, UResourceBundle *plurals)
{
    const char *loc = lx->table->icu_locale;
    UChar ucode[4];
    cc_lex_word w = {NULL, CC_LEX_CURRENCY, 0, 0, 0, 1, code, NULL};
    char name[KEY_MAX];
    const UChar *s;
    int32_t n = 0;
    UBool choice = 0;
    UErrorCode st = U_ZERO_ERROR;
    UResourceBundle *forms = NULL;
    cc_status rc;
    static const UCurrNameStyle styles[] = {UCURR_SYMBOL_NAME, UCURR_LONG_NAME};

    u_charsToUChars(code, ucode, 4);
    rc = add_cstr(lx, code, &w); /* the ISO code itself: upper case only */
    if (rc != CC_OK)
        return rc;
    for (size_t k = 0; k < 2; k++) {
        st = U_ZERO_ERROR;
        s = ucurr_getName(ucode, loc, styles[k], &choice, &n, &st);
        if (U_FAILURE(st) || !s || !to_utf8(s, n, name, sizeof name) ||
            strcmp(name, code) == 0 || !usable_name(name))
            continue;
        /* a symbol of ASCII capitals ("CA$") stays upper-case only */
        w.upper = k == 0;
        if ((rc = add_cstr(lx, name, &w)) != CC_OK)
            return rc;
    }
    /* every plural form CLDR has for it ("US-Dollar", "US dollars") */
    w.upper = 0;
    st = U_ZERO_ERROR;
    forms = plurals ? ures_getByKey(plurals, code, NULL, &st) : NULL;
    while (U_SUCCESS(st) && forms && ures_hasNext(forms) && rc == CC_OK) {
        s = ures_getNextString(forms, &n, NULL, &st);
        if (U_SUCCESS(st) && s && to_utf8(s, n, name, sizeof name) && usable_name(name))
            rc = add_cstr(lx, name, &w);
    }
    ures_close(forms);
    return rc;
}

static cc_status harvest_currencies(cc_lexicon *lx)
{
    UErrorCode st = U_ZERO_ERROR, st2 = U_ZERO_ERROR;
    UResourceBundle *curr = NULL, *plurals = NULL;
    UEnumeration *codes = NULL;
    const char *code;
    cc_status rc = CC_OK;

    curr = ures_open(U_ICUDATA_NAME U_TREE_SEPARATOR_STRING "curr", lx->table->icu_locale, &st2);
    if (U_SUCCESS(st2))
        plurals = ures_getByKey(curr, "CurrencyPlurals", NULL, &st2);
    codes = ucurr_openISOCurrencies(UCURR_ALL, &st);
    if (U_FAILURE(st)) {
        rc = CC_EICU;
        goto done;
    }
    for (size_t k = 0; k < lx->table->npreferred && rc == CC_OK; k++)
        rc = add_currency(lx, lx->table->preferred_codes[k], U_SUCCESS(st2) ? plurals : NULL);
    while (rc == CC_OK && (code = uenum_next(codes, NULL, &st)) != NULL) {
        if (U_FAILURE(st) || strlen(code) != 3 || code[0] == 'X')
            continue; /* X..: metals, funds, test codes */
        rc = add_currency(lx, code, U_SUCCESS(st2) ? plurals : NULL);
    }
done:
    uenum_close(codes);
    ures_close(plurals);
    ures_close(curr);
    return rc;
}

/* The words of a compact-number pattern ("0 Mrd'.'" -> "Mrd."): without
 * digits, spaces and pattern quotes. */
static cc_status add_compact(cc_lexicon *lx, const UChar *pat, int32_t n, int exponent)
{
    UChar word[64];
    char utf8[KEY_MAX];
    int32_t o = 0;
    cc_lex_word w = {NULL, CC_LEX_SCALE, exponent, 0, 0, 0, NULL, NULL};
    for (int32_t i = 0; i < n && o < 63; i++) {
        UChar c = pat[i];
        if (c == '\'' && i + 1 < n && pat[i + 1] == '\'') {
            word[o++] = c; /* '' is a literal quote */
            i++;
            continue;
        }
        if (c == '\'' || c == '0' || u_isspace(c) || c == 0xA0 || c == 0x202F)
            continue;
        word[o++] = c;
    }
    if (o == 0 || !to_utf8(word, o, utf8, sizeof utf8))
        return CC_OK;
    w.upper = strlen(utf8) == 1; /* single ASCII letters ("K", "B") only in capitals */
    return add_cstr(lx, utf8, &w);
}

/* Scale words from CLDR's compact decimal patterns, long and short, every
 * plural form: NumberElements/latn/patternsLong/decimalFormat/1000000000. */
static cc_status harvest_scales(cc_lexicon *lx)
{
    static const char *const styles[] = {"patternsLong", "patternsShort"};
    static const char *const powers[] = {"1000", "1000000", "1000000000", "1000000000000"};
    UErrorCode st = U_ZERO_ERROR;
    UResourceBundle *root = ures_open(NULL, lx->table->icu_locale, &st);
    UResourceBundle *ne = ures_getByKey(root, "NumberElements", NULL, &st);
    UResourceBundle *latn = ures_getByKey(ne, "latn", NULL, &st);
    cc_status rc = U_SUCCESS(st) ? CC_OK : CC_EICU;

    for (size_t k = 0; k < 2 && rc == CC_OK; k++) {
        UErrorCode s2 = U_ZERO_ERROR;
        UResourceBundle *sty = ures_getByKey(latn, styles[k], NULL, &s2);
        UResourceBundle *df = ures_getByKey(sty, "decimalFormat", NULL, &s2);
        for (size_t e = 0; e < 4 && U_SUCCESS(s2) && rc == CC_OK; e++) {
            UErrorCode s3 = U_ZERO_ERROR;
            UResourceBundle *forms = ures_getByKey(df, powers[e], NULL, &s3);
            while (U_SUCCESS(s3) && ures_hasNext(forms) && rc == CC_OK) {
                int32_t n = 0;
                const UChar *pat = ures_getNextString(forms, &n, NULL, &s3);
                if (U_SUCCESS(s3) && pat)
                    rc = add_compact(lx, pat, n, 3 * ((int)e + 1));
            }
            ures_close(forms);
        }
        ures_close(df);
        ures_close(sty);
    }
    ures_close(latn);
    ures_close(ne);
    ures_close(root);
    return rc;
}

/* Strings of a nested resource (path of keys) added with one role. */
static cc_status add_bundle_strings(cc_lexicon *lx, UResourceBundle *top,
                                    const char *const *path, size_t depth, const cc_lex_word *w)
{
    UResourceBundle *res[6] = {NULL};
    UErrorCode st = U_ZERO_ERROR;
    cc_status rc = CC_OK;
    UResourceBundle *cur = top;
    for (size_t k = 0; k < depth && k < 6 && U_SUCCESS(st); k++)
        cur = res[k] = ures_getByKey(cur, path[k], NULL, &st);
    while (U_SUCCESS(st) && ures_hasNext(cur) && rc == CC_OK) {
        char utf8[KEY_MAX];
        int32_t n = 0;
        const UChar *s = ures_getNextString(cur, &n, NULL, &st);
        if (U_SUCCESS(st) && s && to_utf8(s, n, utf8, sizeof utf8))
            rc = add_cstr(lx, utf8, w);
    }
    for (size_t k = depth; k > 0; k--)
        ures_close(res[k - 1]);
    return rc;
}

/* Month names (for telling dates from figures) and small spelled numbers. */
static cc_status harvest_words(cc_lexicon *lx)
{
    static const char *const wide[] = {"calendar", "gregorian", "monthNames", "format", "wide"};
    static const char *const abbr[] = {"calendar", "gregorian", "monthNames", "format",
                                       "abbreviated"};
    static const cc_lex_word month = {NULL, CC_LEX_MONTH, 0, 0, 0, 0, NULL, NULL};
    UErrorCode st = U_ZERO_ERROR;
    UResourceBundle *root = ures_open(NULL, lx->table->icu_locale, &st);
    UNumberFormat *sp;
    cc_status rc = U_SUCCESS(st) ? CC_OK : CC_EICU;

    if (rc == CC_OK)
        rc = add_bundle_strings(lx, root, wide, 5, &month);
    if (rc == CC_OK)
        rc = add_bundle_strings(lx, root, abbr, 5, &month);
    ures_close(root);
    if (rc != CC_OK)
        return rc;

    sp = unum_open(UNUM_SPELLOUT, NULL, 0, lx->table->icu_locale, NULL, &st);
    /* every number below 1000 as ICU spells it ("fünfundzwanzig",
     * "one hundred twenty-three"), so that common spelled numbers are one
     * trie match; longer compounds go to cc_lexicon__spellout_parse() */
    for (int v = 0; v <= 999 && U_SUCCESS(st) && rc == CC_OK; v++) {
        UChar buf[64];
        char utf8[KEY_MAX];
        UErrorCode st2 = U_ZERO_ERROR;
        int32_t n = unum_format(sp, v, buf, 64, NULL, &st2);
        cc_lex_word w = {NULL, CC_LEX_NUMBER, v, 0, 0, 0, NULL, NULL};
        if (U_SUCCESS(st2) && n > 0 && n < 64 && to_utf8(buf, n, utf8, sizeof utf8))
            rc = add_cstr(lx, utf8, &w);
        if (v == 1 && U_SUCCESS(st2) && n > 0 && n < 15) {
            memcpy(lx->one, buf, (size_t)n * sizeof(UChar));
            lx->one[n] = ' ';
            lx->none = n + 1;
        }
    }
    if (U_SUCCESS(st) && rc == CC_OK) {
        unum_setAttribute(sp, UNUM_LENIENT_PARSE, 1);
        lx->spell = sp;
        return CC_OK;
    }
    unum_close(sp);
    return U_FAILURE(st) ? CC_EICU : rc;
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
    UErrorCode st = U_ZERO_ERROR;
    UResourceBundle *root, *ne, *latn, *symbols;
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
    root = ures_open(NULL, t->icu_locale, &st);
    ne = ures_getByKey(root, "NumberElements", NULL, &st);
    latn = ures_getByKey(ne, "latn", NULL, &st);
    symbols = ures_getByKey(latn, "symbols", NULL, &st);
    if (U_SUCCESS(st)) {
        lx->decimal = symbol_cp(symbols, "decimal", '.');
        lx->grouping = symbol_cp(symbols, "group", ',');
    }
    ures_close(symbols);
    ures_close(latn);
    ures_close(ne);
    ures_close(root);
    if (U_FAILURE(st)) {
        rc = CC_EICU;
        goto done;
    }

    /* hand-written words first: they win conflicts with ICU names */
    for (size_t k = 0; k < t->nwords && rc == CC_OK; k++)
        rc = add_cstr(lx, t->words[k].text, &t->words[k]);
    if (rc == CC_OK)
        rc = harvest_scales(lx);
    if (rc == CC_OK)
        rc = harvest_currencies(lx);
    if (rc == CC_OK)
        rc = harvest_words(lx);
    if (rc == CC_OK)
        rc = build_filter(lx);
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
