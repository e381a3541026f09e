/*
 * lexicon_internal.h - the layout of a lexicon, shared by the files that
 * build it (lexicon.c, lexicon_icu.c) and query it (lexicon_match.c,
 * lexicon_numbers.c). Internal to the lexicon.
 */
#ifndef CC_LEXICON_INTERNAL_H
#define CC_LEXICON_INTERNAL_H

#include <pthread.h>
#include <stddef.h>
#include <stdint.h>

#include <unicode/uchar.h>
#include <unicode/unum.h>
#include <unicode/utf8.h>

#include "lexicon.h"

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

/* A hash of three folded bytes to a bit of numpre3 (see struct cc_lexicon). */
#define NUMPRE3_BITS (1u << 15)
#define NUMPRE3_BIT(b0, b1, b2)                                                                    \
    ((((uint32_t)(b0) << 16 | (uint32_t)(b1) << 8 | (uint32_t)(b2)) * 0x9E3779B1u) >> 17)

struct cc_lexicon {
    const cc_lex_table *table;
    UNumberFormat *spell; /* spell-out rules, lenient; used under spell_lock */
    UChar one[16];        /* 1 spelled out ("one"), for "a hundred" */
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
    size_t wmax; /* the longest first word in bytes */
    char *wtext; /* their folded bytes */
    size_t wtlen, wtcap;
    /* first two folded bytes of the parts of spelled numbers (bit set) */
    uint64_t numpre[65536 / 64];
    uint8_t numone[256]; /* one-byte parts ("a"): any word may follow */
    /* punctuation that begins no key, by byte (cc_lexicon__no_key_set) */
    uint8_t no_key[256];
    /* the parts of two bytes (bit set by both), and the first three bytes
     * of the longer parts (bit NUMPRE3_BIT): lexicon_numbers.c turns most
     * words away by these before a walk of the trie */
    uint64_t numtwo[65536 / 64];
    uint64_t numpre3[NUMPRE3_BITS / 64];
    /* the edges of the trie as a hash, (parent << 8 | byte) -> child,
     * for lookups in one probe instead of a walk along siblings */
    uint64_t *edges; /* key + 1 in the high 40 bits, child in the low 24; 0 empty */
    size_t emask;
    /* a Bloom filter of the hashes of the first words (two bits each), small
     * enough to stay in the cache: most words of a text are turned away by it */
    uint64_t bloom[BLOOM_BITS / 64];
    /* the share words bucketed by first byte, ASCII letters folded to
     * lower case (shares.c compares a word only with its bucket) */
    uint8_t share_start[257]; /* bucket b is share_idx[share_start[b] .. share_start[b + 1]) */
    uint8_t share_idx[255];
    uint8_t share_len[255]; /* strlen of each share word, by table index */
    /* the first two bytes (| 0x20) of the share words that can open a
     * share (bit set): shares.c asks at every word */
    uint64_t share_open[65536 / 64];
    /* the same of the share nouns (CC_SHARE_WHOLE), asked after an article */
    uint64_t share_whole[65536 / 64];
    /* the same of the share words after a first number (CC_SHARE_IN, _PART,
     * _ADJ: "in", "quarters", "halbe") */
    uint64_t share_follow[65536 / 64];
    /* the leading ASCII letters of the share words that open a share, by
     * share_first_slot, a set of: SHARE_FIRST_OPENS; SHARE_FIRST_ARTICLE
     * for an article alone (CC_SHARE_THE of ASCII letters), which opens a
     * share only before a share noun; SHARE_FIRST_PHRASE for the first
     * word of an opener of words ("das doppelte"), which opens one only
     * before one of their second words */
    uint8_t share_first[1024];
    /* the first two bytes (| 0x20) of those second words */
    uint64_t share_second[65536 / 64];
};

#define SHARE_FIRST_OPENS 1
#define SHARE_FIRST_ARTICLE 2
#define SHARE_FIRST_PHRASE 4

#define KEY_MAX 128

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
    uint64_t hash;     /* 0 = empty slot */
    uint32_t at, n;    /* the folded word in wtext */
    int32_t entry;     /* the entry of the key equal to the word, or -1 */
    uint32_t node;     /* the trie node at the end of the word */
    uint32_t space;    /* its child for ' ' (keys of several words), 0 if none */
    uint32_t space_az; /* the letters 'a'..'z' with a child of space (bit 0: 'a') */
    uint16_t roles;    /* roles of all keys beginning with the word */
    uint8_t longer;    /* 1: some key goes on past the word */
};

#define FNV_OFFSET 14695981039346656037ULL

/* The end of a word's hash: hash_chunk has mixed the high bits into the
 * low ones already; the top bit makes it nonzero (0 marks an empty slot of
 * the word table) and leaves the bits the table and the Bloom filter use. */
static inline uint64_t hash_done(uint64_t h)
{
    return h | 1ULL << 63;
}

/* A hash of the folded bytes of a word, eight at a time (the last eight
 * padded with zero bytes as a little-endian load would read them), so that
 * the probe can hash plain ASCII words straight from eight-byte loads. */
static inline uint64_t hash_chunk(uint64_t h, uint64_t v)
{
    h = (h ^ v) * 0x9E3779B97F4A7C15ULL;
    return h ^ (h >> 32);
}

static inline uint64_t word_hash(const char *w, size_t n)
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

/* The child of node cur for byte b in the edge hash (edges, emask: see
 * struct cc_lexicon), 0 if none. */
static inline uint32_t child_in(const uint64_t *edges, size_t emask, uint32_t cur, uint8_t b)
{
    uint64_t key = ((uint64_t)cur << 8 | b) + 1;
    for (size_t k = (size_t)((key * 0x9E3779B97F4A7C15ULL) >> 20) & emask;; k = (k + 1) & emask) {
        uint64_t e = edges[k];
        if (e == 0)
            return 0;
        if (e >> 24 == key)
            return (uint32_t)(e & 0xFFFFFF);
    }
}

/* The child of node cur for byte b, 0 if none. */
static inline uint32_t child_of(const cc_lexicon *lx, uint32_t cur, uint8_t b)
{
    if (!lx->edges) {
        uint32_t next = lx->nodes[cur].child;
        while (next && lx->nodes[next].byte != b)
            next = lx->nodes[next].sibling;
        return next;
    }
    return child_in(lx->edges, lx->emask, cur, b);
}

/* lexicon.c */
cc_status cc_lexicon__add_cstr(cc_lexicon *lx, const char *text, const cc_lex_word *w);
cc_status cc_lexicon__build_filter(cc_lexicon *lx);

/* lexicon_match.c: fill no_key once the keys are in the trie */
void cc_lexicon__index_no_key(cc_lexicon *lx);

/* lexicon_numbers.c: may a trie entry be a part of a compound number word? */
int cc_lexicon__is_part(const cc_lex_entry *e, size_t klen);

/* lexicon_icu.c: what ICU knows of the language */
cc_status cc_lexicon__harvest_separators(cc_lexicon *lx);
cc_status cc_lexicon__harvest_currencies(cc_lexicon *lx);
cc_status cc_lexicon__harvest_scales(cc_lexicon *lx);
cc_status cc_lexicon__harvest_words(cc_lexicon *lx);

#endif
