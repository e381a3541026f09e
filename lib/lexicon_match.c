/*
 * lexicon_match.c - matching the keys of a lexicon in running text: the
 * word filter (a Bloom filter and a hash table of first words, words read
 * eight bytes at a time, or sixteen with SSE2), the memo of word looks,
 * and the trie walk.
 */
#include <stdlib.h>
#include <string.h>

#if defined(__GNUC__) && defined(__SSE2__) && defined(__x86_64__)
#define SSE2_LOOK 1
#include <emmintrin.h>
#endif

#include "common.h"
#include "lexicon_internal.h"

static const struct first_word *word_find(const cc_lexicon *lx, uint64_t h, const char *w, size_t n)
{
    for (size_t k = h & lx->wmask;; k = (k + 1) & lx->wmask) {
        const struct first_word *fw = &lx->words[k];
        if (fw->hash == 0)
            return NULL;
        if (fw->hash == h && fw->n == n && memcmp(lx->wtext + fw->at, w, n) == 0)
            return fw;
    }
}

enum {
    LOOK_NONE,
    LOOK_WORD,
    LOOK_RAW
};

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

/* What short_read tells of the word at text[pos]. */
struct short_word {
    uint64_t v0, v, mask; /* folded: the first eight bytes if n >= 8, the rest, its mask */
    uint64_t h;           /* the hash of the folded word (word_hash) */
    uint64_t low, digit;  /* nonzero: it has lower case, digits */
    unsigned n;           /* its length in bytes */
};

/* Read the word at text[pos] into *sw if it is fewer than sixteen ASCII
 * letters and digits (n = 0: none) ended by an ASCII byte, in one or two
 * eight-byte loads: 1, else 0 (also when fewer than eight bytes, or
 * sixteen with a word of eight, are left before len). */
static inline int short_read_swar(const char *text, size_t len, size_t pos, struct short_word *sw)
{
    uint64_t x, y, f, letter, digit, stop, h = FNV_OFFSET, low = 0, dig = 0;
    unsigned k, n = 0;

    sw->v0 = 0;
    if (len - pos < 8)
        return 0;
    memcpy(&x, text + pos, 8);
    y = x & ~HIGHS;
    f = y | (0x20 * ONES);
    letter = (f + (0x80 - 'a') * ONES) & ~(f + (0x80 - 'z' - 1) * ONES) & ~x & HIGHS;
    digit = (y + (0x80 - '0') * ONES) & ~(y + (0x80 - '9' - 1) * ONES) & ~x & HIGHS;
    stop = ~(letter | digit) & HIGHS;
    if (stop == 0) {
        /* eight bytes of word: the second load holds the rest */
        if (len - pos < 16)
            return 0;
        sw->v0 = x | (letter >> 2);
        h = hash_chunk(h, sw->v0);
        low = letter & (x << 2);
        dig = digit;
        n = 8;
        memcpy(&x, text + pos + 8, 8);
        y = x & ~HIGHS;
        f = y | (0x20 * ONES);
        letter = (f + (0x80 - 'a') * ONES) & ~(f + (0x80 - 'z' - 1) * ONES) & ~x & HIGHS;
        digit = (y + (0x80 - '0') * ONES) & ~(y + (0x80 - '9' - 1) * ONES) & ~x & HIGHS;
        stop = ~(letter | digit) & HIGHS;
        if (stop == 0)
            return 0; /* sixteen bytes or more */
    }
    k = (unsigned)__builtin_ctzll(stop) / 8;
    if ((unsigned char)text[pos + n + k] >= 0x80)
        return 0;
    if (k) {
        sw->mask = ~0ULL >> (64 - 8 * k);
        sw->v = (x | (letter >> 2)) & sw->mask;
        h = hash_chunk(h, sw->v);
        low |= letter & (x << 2) & sw->mask;
        dig |= digit & sw->mask;
    } else {
        sw->mask = 0;
        sw->v = 0;
    }
    n += k;
    sw->n = n;
    sw->h = hash_done(h + n);
    sw->low = low;
    sw->digit = dig;
    return 1;
}

#ifdef SSE2_LOOK
/* short_read's end: *sw from the folded bytes lo, hi (the first eight,
 * the next) of a word of n < 16 bytes, with the bit sets low (lower case)
 * and dig (digits) by byte. */
static inline void short_fill(struct short_word *sw, uint64_t lo, uint64_t hi, unsigned low,
                              unsigned dig, unsigned n)
{
    uint64_t h = FNV_OFFSET;

    sw->low = low & ((1u << n) - 1);
    sw->digit = dig & ((1u << n) - 1);
    sw->n = n;
    sw->v0 = 0;
    sw->mask = 0;
    sw->v = 0;
    if (n >= 8) {
        sw->v0 = lo;
        h = hash_chunk(h, lo);
        n -= 8;
        lo = hi;
    }
    if (n) {
        sw->mask = ~0ULL >> (64 - 8 * n);
        sw->v = lo & sw->mask;
        h = hash_chunk(h, sw->v);
    }
    sw->h = hash_done(h + sw->n);
}

/* The ASCII letters and digits among the sixteen bytes x, as byte masks;
 * returns x | 0x20. A range by one signed compare: the sum moves 'a'..'z'
 * (and '0'..'9') to -128..-103 (-119), which no other byte reaches. */
static inline __m128i letters_digits(__m128i x, __m128i *letter, __m128i *digit)
{
    __m128i f = _mm_or_si128(x, _mm_set1_epi8(0x20));
    *letter = _mm_cmpgt_epi8(_mm_set1_epi8(-128 + 26),
                             _mm_add_epi8(f, _mm_set1_epi8((char)(0x80 - 'a'))));
    *digit = _mm_cmpgt_epi8(_mm_set1_epi8(-128 + 10),
                            _mm_add_epi8(x, _mm_set1_epi8((char)(0x80 - '0'))));
    return f;
}

/* short_read of a word with Latin-1 letters ("für", "Größe": U+00C0..
 * U+00FF, the lead byte 0xC3 and a continuation byte, but U+00D7 and
 * U+00F7, which end a word) in the sixteen bytes at text[pos]: read and
 * folded as word_look reads them (U+00C0..U+00DE + 0x20, lower case from
 * U+00DF on), 1; else 0. Out of line: most words are ASCII, and only
 * cc_lexicon__match_word asks (the memo keeps its answer for the others). */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static int
short_read_latin1(const char *text, size_t pos, struct short_word *sw)
{
    __m128i x, f, letter, digit, cont, upper;
    unsigned word, n;

    x = _mm_loadu_si128((const __m128i *)(const void *)(text + pos));
    f = letters_digits(x, &letter, &digit);
    /* continuation bytes (0x80..0xBF: signed below -64) after a lead byte
     * 0xC3, but 0x97 and 0xB7 (0x97 with bit 5: U+00D7, U+00F7) */
    cont = _mm_and_si128(_mm_cmpgt_epi8(_mm_set1_epi8(-64), x),
                         _mm_slli_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8((char)0xC3)), 1));
    cont = _mm_andnot_si128(
        _mm_cmpeq_epi8(_mm_and_si128(x, _mm_set1_epi8((char)0xDF)), _mm_set1_epi8((char)0x97)),
        cont);
    /* upper case: continuation bytes 0x80..0x9E (signed below -97) */
    upper = _mm_and_si128(cont, _mm_cmpgt_epi8(_mm_set1_epi8(-97), x));
    /* a lead byte counts where its continuation byte does */
    word = (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(letter, digit), cont));
    word |= (unsigned)_mm_movemask_epi8(cont) >> 1;
    if (word == 0xFFFF)
        return 0; /* sixteen bytes or more */
    n = (unsigned)__builtin_ctz(~word);
    if ((unsigned char)text[pos + n] >= 0x80)
        return 0;
    /* the folded bytes: ASCII letters and the continuation bytes of upper
     * case | 0x20, the others as they are */
    f = _mm_or_si128(x, _mm_and_si128(_mm_or_si128(letter, upper), _mm_set1_epi8(0x20)));
    short_fill(
        sw, (uint64_t)_mm_cvtsi128_si64(f), (uint64_t)_mm_cvtsi128_si64(_mm_unpackhi_epi64(f, f)),
        (unsigned)_mm_movemask_epi8(_mm_and_si128(letter, _mm_cmpgt_epi8(x, _mm_set1_epi8(0x60)))) |
            (unsigned)_mm_movemask_epi8(_mm_andnot_si128(upper, cont)),
        (unsigned)_mm_movemask_epi8(digit), n);
    return 1;
}

/* short_read with one sixteen-byte load where sixteen bytes are left
 * before len (SSE2: the compares of all bytes at once), else as
 * short_read_swar. The same answers. */
static inline int short_read(const char *text, size_t len, size_t pos, struct short_word *sw)
{
    __m128i x, f, letter, digit;
    unsigned word, n;

    if (len - pos < 16)
        return short_read_swar(text, len, pos, sw);
    x = _mm_loadu_si128((const __m128i *)(const void *)(text + pos));
    f = letters_digits(x, &letter, &digit);
    word = (unsigned)_mm_movemask_epi8(_mm_or_si128(letter, digit));
    if (word == 0xFFFF)
        return 0; /* sixteen bytes or more */
    n = (unsigned)__builtin_ctz(~word);
    if ((unsigned char)text[pos + n] >= 0x80)
        return 0;
    /* the folded bytes: letters in lower case (| 0x20), digits as they are */
    short_fill(
        sw, (uint64_t)_mm_cvtsi128_si64(f), (uint64_t)_mm_cvtsi128_si64(_mm_unpackhi_epi64(f, f)),
        (unsigned)_mm_movemask_epi8(_mm_and_si128(letter, _mm_cmpgt_epi8(x, _mm_set1_epi8(0x60)))),
        (unsigned)_mm_movemask_epi8(digit), n);
    return 1;
}
#else
#define short_read short_read_swar
#endif

/* The record of the word sw (short_read) in the word table, or NULL: a
 * match costs as many loads of the table's (zero-padded) text as the word
 * has eight bytes. No Bloom filter first: in news text more than half of
 * the short words are first words (articles, prepositions), and the table
 * (at most a quarter full) turns the others away at an empty slot about
 * as cheaply as the filter would. */
static inline const struct first_word *short_find(const cc_lexicon *lx, const struct short_word *sw)
{
    for (size_t s = sw->h & lx->wmask;; s = (s + 1) & lx->wmask) {
        const struct first_word *fw = &lx->words[s];
        uint64_t z;
        if (fw->hash == 0)
            return NULL;
        if (fw->hash != sw->h || fw->n != sw->n)
            continue;
        if (sw->n >= 8) {
            uint64_t z0;
            memcpy(&z0, lx->wtext + fw->at, 8);
            if (z0 != sw->v0)
                continue;
            memcpy(&z, lx->wtext + fw->at + 8, 8);
        } else {
            memcpy(&z, lx->wtext + fw->at, 8);
        }
        if (((z ^ sw->v) & sw->mask) == 0)
            return fw;
    }
}

/* The commonest case of all, without word_look's buffer: a word of at
 * most fifteen ASCII letters and digits ended by an ASCII byte (short_read,
 * short_find). Same answers as word_look; -1 if the word is not of that
 * kind (then word_look reads it). */
static inline int look_short(const cc_lexicon *lx, const char *text, size_t len, size_t pos,
                             const struct first_word **fwp, size_t *wend, int *lower, size_t *reach)
{
    struct short_word sw;
    const struct first_word *fw;

    if (!short_read(text, len, pos, &sw) || sw.n == 0 || sw.n > lx->wmax)
        return -1;
    *reach = pos + sw.n + 1;
    if ((fw = short_find(lx, &sw)) == NULL)
        return LOOK_NONE;
    *fwp = fw;
    *wend = pos + sw.n;
    *lower = sw.low != 0;
    return LOOK_WORD;
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
        if (b == 0xC3 && i + 1 < len && ((unsigned char)text[i + 1] & 0xC0) == 0x80) {
            /* a Latin-1 character (U+00C0..U+00FF: "ä", "ß"), read as
             * below without the calls: all letters but U+00D7 and U+00F7
             * (which end the word), lower case from U+00DF on,
             * U+00C0..U+00DE folded by +0x20 */
            unsigned c = 0xC0 | ((unsigned char)text[i + 1] & 0x3F);
            if (c == 0xD7 || c == 0xF7)
                break;
            if (c <= 0xDE)
                c += 0x20;
            else
                low |= 0x20;
            w[n++] = (char)0xC3;
            w[n++] = (char)(0x80 | (c & 0x3F));
            i += 2;
        } else {
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

/* The memo's slot for pos if a memo of text is on, else NULL. */
static inline struct memo_slot *memo_slot(const cc_lexicon *lx, const char *text, size_t pos)
{
    cc_lex_memo *m = memo_on;
    if (m && m->text == text && m->lx == lx)
        return &m->slot[pos % MEMO_SIZE];
    return NULL;
}

/* Keep the look at pos (as word_look answers it) in its slot sl; reach 0:
 * the answer depends on len, nothing is kept. */
static inline void memo_keep(struct memo_slot *sl, size_t pos, size_t reach, int look,
                             const struct first_word *fw, size_t wend, int lower)
{
    sl->reach = 0;
    if (reach) {
        /* reach - pos <= the longest first word + 1, far below 65536 */
        sl->pos = pos;
        sl->reach = (uint16_t)(reach - pos);
        sl->look = (uint8_t)look;
        sl->fw = look == LOOK_WORD ? fw : NULL;
        sl->wend = look == LOOK_WORD ? (uint16_t)(wend - pos) : 0;
        sl->lower = look == LOOK_WORD ? (uint8_t)lower : 0;
    }
}

/* memo_keep of a first word of n bytes read whole before len (LOOK_WORD,
 * reach pos + n + 1), without its tests. */
static inline void memo_keep_word(struct memo_slot *sl, size_t pos, unsigned n,
                                  const struct first_word *fw, int lower)
{
    sl->pos = pos;
    sl->fw = fw;
    sl->reach = (uint16_t)(n + 1);
    sl->wend = (uint16_t)n;
    sl->look = LOOK_WORD;
    sl->lower = (uint8_t)lower;
}

/* Does the slot sl answer the look at pos with this len? It does for any
 * len >= its reach, and also when len cuts the text right at the end of
 * the word (the byte at reach - 1 ends it, no letter or digit of a word
 * too long for the table): the same word, the same answer. Readers of
 * the word before a figure cut the text there. */
static inline int memo_hit(const struct memo_slot *sl, const char *text, size_t len, size_t pos)
{
    size_t r = sl->reach;
    unsigned char b;
    if (!r || sl->pos != pos)
        return 0;
    if (len - pos >= r)
        return 1;
    /* past this len, but read by the look that the slot keeps */
    b = (unsigned char)text[pos + r - 1];
    return len - pos == r - 1 && !((unsigned)((b | 0x20) - 'a') < 26 || (unsigned)(b - '0') < 10);
}

/* word_look through the memo: the same answers. */
static inline int memo_look(const cc_lexicon *lx, const char *text, size_t len, size_t pos,
                            const struct first_word **fwp, size_t *wend, int *lower)
{
    struct memo_slot *sl = memo_slot(lx, text, pos);
    size_t reach;
    int look = -1;

    if (sl && memo_hit(sl, text, len, pos)) {
        *fwp = sl->fw;
        *wend = pos + sl->wend;
        *lower = sl->lower;
        return sl->look;
    }
#ifdef SWAR_LOOK
    look = look_short(lx, text, len, pos, fwp, wend, lower, &reach);
#endif
    if (look < 0)
        look = word_look(lx, text, len, pos, fwp, wend, lower, &reach);
    if (sl)
        memo_keep(sl, pos, reach, look, *fwp, *wend, *lower);
    return look;
}

/* cc_lexicon__may_be_number for words that begin with non-ASCII bytes:
 * out of line, so that the ASCII test needs no registers saved. */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static int
may_be_number_wide(const cc_lexicon *lx, const char *text, size_t len, size_t pos)
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

/* Printable ASCII other than letters, digits and '-' (0x21..0x7F), by
 * byte: one load. */
static inline int is_punct(unsigned char b)
{
    static const uint8_t punct[256] = {
        ['!'] = 1, ['"'] = 1, ['#'] = 1, ['$'] = 1, ['%'] = 1, ['&'] = 1, ['\''] = 1, ['('] = 1,
        [')'] = 1, ['*'] = 1, ['+'] = 1, [','] = 1, ['.'] = 1, ['/'] = 1, [':'] = 1,  [';'] = 1,
        ['<'] = 1, ['='] = 1, ['>'] = 1, ['?'] = 1, ['@'] = 1, ['['] = 1, ['\\'] = 1, [']'] = 1,
        ['^'] = 1, ['_'] = 1, ['`'] = 1, ['{'] = 1, ['|'] = 1, ['}'] = 1, ['~'] = 1,  [0x7F] = 1};
    return punct[b];
}

/* The roles of an entry that hold for text with (lower = 1) or without
 * lower-case letters ("RS6" is no rupee amount, "MUSD" only upper case). */
static inline uint16_t case_roles(const cc_lex_entry *e, int lower)
{
    return (uint16_t)(e->roles & ~(lower ? e->upper_roles : e->lower_roles));
}

/* A child in match_walk, by its copies of the edge hash (child_of). */
#define WALK_CHILD(cur, b) (edges ? child_in(edges, emask, cur, b) : child_of(lx, cur, b))

/* The trie walk of cc_lexicon__match from text[pos]: from the root, or,
 * with fw (the record of the word at pos, which longer keys begin), on
 * from the word's end wend (wl = 1: the word has lower case). Out of line
 * with its large frame: most words need no walk. */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static const cc_lex_entry *
match_walk(const cc_lexicon *lx, const char *text, size_t len, size_t pos,
           const struct first_word *fw, size_t wend, int wl, uint16_t roles, size_t *end,
           uint16_t *got)
{
    const cc_lex_entry *best = NULL;
    uint16_t best_roles = 0;
    size_t best_end = pos;
    size_t i = pos;
    uint32_t cur = 0; /* 0: the root, before the first step (every step lands past node 0) */
    int lower = 0;
    /* kept in registers: the byte stores below (buf) may alias anything */
    const uint64_t *edges = lx->edges;
    size_t emask = lx->emask;

    if (fw && fw->node) {
        /* longer keys begin with the word: walk on from its end, as
         * the walk from pos would have got there (the word's last
         * character is a letter or digit at a word boundary) */
        cur = fw->node;
        lower = wl;
        i = wend;
        if (fw->entry >= 0) {
            const cc_lex_entry *e = &lx->entries[fw->entry];
            uint16_t r = case_roles(e, lower);
            if (r) {
                best = e;
                best_roles = r;
                best_end = wend;
            }
        }
        /* one plain space after the word, as the loop takes it below: its
         * child is kept with the word */
        if (i < len && text[i] == ' ' &&
            (i + 1 >= len || ((unsigned char)text[i + 1] > ' ' &&
                              (unsigned char)text[i + 1] < 0x80 && text[i + 1] != '-'))) {
            if ((cur = fw->space) == 0)
                goto out;
            i++;
        }
    }
    while (i < len) {
        char buf[4];
        size_t nb = 0;
        unsigned char b0 = (unsigned char)text[i];
        int32_t raw, c;
        if (b0 == ' ' &&
            (i + 1 >= len || ((unsigned char)text[i + 1] > ' ' &&
                              (unsigned char)text[i + 1] < 0x80 && text[i + 1] != '-'))) {
            /* one plain space between words, the common case of keys of
             * several words: no run of spaces to fold */
            uint32_t next;
            i++;
            next = cur ? WALK_CHILD(cur, ' ') : lx->root[' '];
            if (!next)
                goto out;
            cur = next;
            continue;
        }
        if (b0 >= 0x80 || b0 <= ' ' || b0 == '-') {
            /* through a copy: i itself stays in a register */
            size_t j = i;
            raw = cc_lexicon__next_cp(text, len, &j);
            i = j;
            c = fold_cp(raw);
            if (c < 0)
                continue;
        } else {
            /* printable ASCII other than '-': fold inline, one byte */
            uint32_t next;
            i++;
            lower |= b0 >= 'a' && b0 <= 'z';
            c = b0 >= 'A' && b0 <= 'Z' ? b0 + 32 : b0;
            next = cur ? WALK_CHILD(cur, (uint8_t)c) : lx->root[c];
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
            next = cur ? WALK_CHILD(cur, b) : lx->root[b];
            if (!next)
                goto out;
            cur = next;
        }
    accept:
        if (lx->nodes[cur].entry >= 0 && c != ' ') {
            const cc_lex_entry *e = &lx->entries[lx->nodes[cur].entry];
            uint16_t r = case_roles(e, lower);
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

#undef WALK_CHILD

/* May the walk at node cur go on past text[k]? 0 only where it surely
 * stops there: at the end, or at a printable ASCII byte (not a hyphen)
 * that has no child. */
static inline int byte_goes_on(const cc_lexicon *lx, uint32_t cur, const char *text, size_t len,
                               size_t k)
{
    unsigned char b;
    if (k >= len)
        return 0;
    b = (unsigned char)text[k];
    if (b <= ' ' || b >= 0x80 || b == '-')
        return 1;
    return child_of(lx, cur, (uint8_t)(b >= 'A' && b <= 'Z' ? b + 32 : b)) != 0;
}

/* May the walk from fw->node at text[i] (just past the first word fw) get
 * past the first character of what follows? The first steps of match_walk
 * for the commonest cases: one space and a printable ASCII byte, one space
 * and a Latin-1 letter (which folds to the lead byte 0xC3 and another:
 * "nicht äußern"), or a printable ASCII byte (not a hyphen); for anything
 * else 1. Most walks after a word stop at the first letter of the next
 * word ("the company"). */
static inline int walk_goes_on(const cc_lexicon *lx, const char *text, size_t len,
                               const struct first_word *fw, size_t i)
{
    unsigned char b;
    uint32_t cur;
    if (i + 1 >= len || text[i] != ' ')
        return byte_goes_on(lx, fw->node, text, len, i);
    b = (unsigned char)text[i + 1];
    if (b == 0xC3 && i + 2 < len && ((unsigned char)text[i + 2] & 0xC0) == 0x80)
        return fw->space && child_of(lx, fw->space, 0xC3);
    if (b <= ' ' || b >= 0x80 || b == '-')
        return 1;
    if ((cur = fw->space) == 0) /* child_of(lx, fw->node, ' ') */
        return 0;
    if ((unsigned)((b | 0x20) - 'a') >= 26)
        return byte_goes_on(lx, cur, text, len, i + 1);
    /* a letter: child_of(lx, cur, b | 0x20), else the walk stops */
    if (!((fw->space_az >> ((b | 0x20) - 'a')) & 1))
        return 0;
    return 1;
}

/* cc_lexicon__match once the word at pos is looked up (look, fw, wend, wl
 * as word_look answers): no key with these roles, the word as the only key
 * it begins (also when the walk on would stop at once), or the walk. */
static inline const cc_lex_entry *match_looked(const cc_lexicon *lx, const char *text, size_t len,
                                               size_t pos, int look, const struct first_word *fw,
                                               size_t wend, int wl, uint16_t roles, size_t *end,
                                               uint16_t *got)
{
    if (look == LOOK_RAW)
        return match_walk(lx, text, len, pos, NULL, pos, 0, roles, end, got);
    if (look == LOOK_WORD && (fw->roles & roles)) {
        if (fw->longer && (!fw->node || walk_goes_on(lx, text, len, fw, wend)))
            return match_walk(lx, text, len, pos, fw, wend, wl, roles, end, got);
        if (fw->entry >= 0) {
            /* the word is the only key it begins: no walk needed; its
             * roles are filtered last, as at the end of the walk */
            const cc_lex_entry *e = &lx->entries[fw->entry];
            uint16_t r = (uint16_t)(case_roles(e, wl) & roles);
            if (got)
                *got = r;
            if (!r)
                return NULL;
            *end = wend;
            return e;
        }
    }
    if (got)
        *got = 0;
    return NULL;
}

void cc_lexicon__index_no_key(cc_lexicon *lx)
{
    for (unsigned b = 0; b < 256; b++)
        lx->no_key[b] = (uint8_t)(is_punct((unsigned char)b) && !lx->root[b]);
}

const uint8_t *cc_lexicon__no_key_set(const cc_lexicon *lx)
{
    return lx->no_key;
}

const cc_lex_entry *cc_lexicon__match(const cc_lexicon *lx, const char *text, size_t len,
                                      size_t pos, uint16_t roles, size_t *end, uint16_t *got)
{
    const struct first_word *fw = NULL;
    size_t wend = pos;
    int wl = 0, look;

    if (!lx->words || pos >= len)
        return match_walk(lx, text, len, pos, NULL, pos, 0, roles, end, got);
    if (is_punct((unsigned char)text[pos])) {
        /* punctuation and symbols ("%", "$", ","): no word, so the probe
         * would only send us to the walk; most begin no key at all */
        if (lx->root[(unsigned char)text[pos]])
            return match_walk(lx, text, len, pos, NULL, pos, 0, roles, end, got);
        if (got)
            *got = 0;
        return NULL;
    }
    look = memo_look(lx, text, len, pos, &fw, &wend, &wl);
    return match_looked(lx, text, len, pos, look, fw, wend, wl, roles, end, got);
}

#ifdef SWAR_LOOK
/* For cc_lexicon__match_word: the end of the word sw at text[pos], where no
 * key matches, if the scanner may pass it by (no digits, so letters only;
 * see lexicon.h), else 0. Its first two bytes are folded by | 0x20 as
 * cc_lexicon__share_open_bit folds them (the second may be the byte after
 * a word of one letter), and as cc_lexicon__may_be_number folds the first
 * two bytes of a word of seven or more: ASCII letters | 0x20, a Latin-1
 * letter as fold_cp folds it (its lead byte 0xC3 as it is, the next | 0x20
 * for upper case, 0x80..0x9E). Where those bytes let a share or a
 * compound begin, the scanner's own questions follow, so that it passes
 * by "traders" ("tr" as in "treble") and "afternoon" ("a" as in "a
 * hundred") as well; the word ends at pos + sw->n, before an ASCII byte. */
static inline size_t word_plain(const cc_lexicon *lx, const char *text, size_t len, size_t pos,
                                const struct short_word *sw)
{
    unsigned r0 = (unsigned char)text[pos], r1 = (unsigned char)text[pos + 1];
    unsigned b0 = r0 | 0x20, pre = b0 << 8 | (r1 | 0x20), n0, npre;

    if (sw->digit || (((lx->share_open[pre / 64] >> (pre % 64)) & 1) &&
                      cc_lexicon__share_may_open_word(lx, text, len, pos)))
        return 0;
    if (sw->n >= 7) {
        if (r0 < 0x80) {
            n0 = b0;
            npre = r1 < 0x80 ? pre : b0 << 8 | r1;
        } else {
            n0 = r0;
            npre = r0 << 8 | (r1 <= 0x9E ? r1 | 0x20 : r1);
        }
        if ((lx->numone[n0] || ((lx->numpre[npre / 64] >> (npre % 64)) & 1)) &&
            cc_lexicon__compound_begins(lx, text, pos, pos + sw->n))
            return 0;
    }
    return pos + sw->n;
}

/* cc_lexicon__match_word for the word sw at pos, a first word of keys
 * (fw): its match, or where none matches ("in" before "the afternoon"),
 * *end as for a word that begins no key (word_plain). */
static inline const cc_lex_entry *match_first_word(const cc_lexicon *lx, const char *text,
                                                   size_t len, size_t pos,
                                                   const struct short_word *sw,
                                                   const struct first_word *fw, size_t *end,
                                                   uint16_t *got)
{
    const cc_lex_entry *m = match_looked(lx, text, len, pos, LOOK_WORD, fw, pos + sw->n,
                                         sw->low != 0, CC_LEX_ALL, end, got);
    if (!m)
        *end = word_plain(lx, text, len, pos, sw);
    return m;
}
#endif

#ifdef SSE2_LOOK
/* cc_lexicon__match_word where short_read reads no word: one with Latin-1
 * letters (short_read_latin1), kept in the memo only where keys begin it,
 * as an ASCII word (the readers after the scanner ask for few others);
 * else cc_lexicon__match. Out of line: most words are ASCII. */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static const cc_lex_entry *
match_word_wide(const cc_lexicon *lx, const char *text, size_t len, size_t pos, size_t *end,
                uint16_t *got)
{
    struct short_word sw;
    const struct first_word *fw;
    struct memo_slot *sl;

    if (!lx->words || len - pos < 16 || !short_read_latin1(text, pos, &sw) || sw.n == 0)
        return cc_lexicon__match(lx, text, len, pos, CC_LEX_ALL, end, got);
    if (sw.n <= lx->wmax && (fw = short_find(lx, &sw)) != NULL) {
        if ((sl = memo_slot(lx, text, pos)) != NULL)
            memo_keep_word(sl, pos, sw.n, fw, sw.low != 0);
        return match_first_word(lx, text, len, pos, &sw, fw, end, got);
    }
    *got = 0;
    *end = word_plain(lx, text, len, pos, &sw);
    return NULL;
}
#else
#define match_word_wide(lx, text, len, pos, end, got)                                              \
    cc_lexicon__match(lx, text, len, pos, CC_LEX_ALL, end, got)
#endif

/* cc_lexicon__match_word: short_read and short_find as look_short, in
 * one pass that also keeps what the scanner asks of a word where no key
 * matches (its end, its digits); words that no key begins are not kept in
 * the memo, as the readers after the scanner ask for few of them. */
const cc_lex_entry *cc_lexicon__match_word(const cc_lexicon *lx, const char *text, size_t len,
                                           size_t pos, size_t *end, uint16_t *got)
{
#ifdef SWAR_LOOK
    struct short_word sw;
    const struct first_word *fw;
    struct memo_slot *sl;

    /* no test of sw.n == 0: pos is at an ASCII letter (n >= 1) or at
     * 0xC3, where short_read returns 0 (see lexicon.h) */
    if (!lx->words || !short_read(text, len, pos, &sw)) {
        *end = 0; /* cc_lexicon__match leaves it where no key matches */
        return match_word_wide(lx, text, len, pos, end, got);
    }
    /* no test of lx->wmax: the table holds no word as long as one past it */
    if ((fw = short_find(lx, &sw)) != NULL) {
        if ((sl = memo_slot(lx, text, pos)) != NULL)
            memo_keep_word(sl, pos, sw.n, fw, sw.low != 0);
        *end = 0; /* as above */
        return match_first_word(lx, text, len, pos, &sw, fw, end, got);
    }
    *got = 0;
    *end = word_plain(lx, text, len, pos, &sw);
    return NULL;
#else
    *end = 0; /* cc_lexicon__match leaves it where no key matches */
    return cc_lexicon__match(lx, text, len, pos, CC_LEX_ALL, end, got);
#endif
}
