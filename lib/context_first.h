/*
 * context_first.h - the first words of a language's context keys
 * (context_first.c), kept as the bits of a filter that the context reader
 * (context_words.c) asks at every word before it asks the lexicon. The
 * reading of a word for the filter is inline here. Internal.
 */
#ifndef CC_CONTEXT_FIRST_H
#define CC_CONTEXT_FIRST_H

#include <stddef.h>
#include <stdint.h>

#include "lexicon.h"

#if defined(__GNUC__) && defined(__SSE2__)
#include <emmintrin.h>
#endif

/* Context classes the reader of a sentence passes by as if no key stood
 * there: they matter next to a figure (neighbours.c) or after another
 * context word (name_after), not where the reader finds them. */
static inline int cc_ctxfirst__passed_by(int ctx)
{
    return ctx == CC_CTX_ARTICLE || ctx == CC_CTX_ATTRIB_NAME || ctx == CC_CTX_CHANGE_TO ||
           ctx == CC_CTX_GOV_NEAR || ctx == CC_CTX_GOV_FAR;
}

/* Most words of a sentence begin no context key the reader uses, and the
 * lexicon says so only after a call, a look in its memo or a hash of the
 * word. The first words of those keys (the letters and digits a key
 * begins with, folded to lower case) are kept here, per language, as one
 * bit each of a filter: at a word of ASCII letters and digits whose bit
 * is clear, cc_lexicon__match gives nothing, or a key of a class the
 * reader passes by. Of a word that begins only keys of two words or more
 * ("the previous year") the first two words are kept as well, so that the
 * word is passed by before any other ("the company"). The keys with
 * CC_LEX_CONTEXT are the rows of the language's table (lexicon.c adds no
 * other); a key is folded as lexicon.c folds it (leading white space and
 * hyphens dropped, ASCII letters to lower case). Built once per language
 * and kept for the life of the process, as the lexicons are. */

#define CC_FIRST_BITS (1u << 13)
#define CC_FIRST_MAX 16 /* words of as many bytes or more are always asked for */

struct cc_ctx_first {
    const cc_lex_table *tb;
    int all; /* 1: the filter cannot tell (a key it cannot fold): ask at every word */
    uint64_t bits[CC_FIRST_BITS / 64];
    /* of those first words, the ones a key may go on from with anything
     * but one space and a word (a key of one word, "S&P", "z.B."): the
     * lexicon is asked wherever they stand */
    uint64_t whole[CC_FIRST_BITS / 64];
    /* the first two words of the keys of two words or more ("the
     * previous year", "Euro Stoxx"), as one bit of the pair */
    uint64_t pairs[CC_FIRST_BITS / 64];
    /* the printable ASCII bytes but letters, digits and '-' that keys
     * begin with, one bit each */
    uint64_t punct[2];
};

typedef struct cc_ctx_first cc_ctx_first;

/** The filter of lx's language, built on first use and kept for the life
 *  of the process; NULL if it tells nothing (then every word is asked). */
const cc_ctx_first *cc_ctxfirst__get(const cc_lexicon *lx);

/* ASCII letters and digits */
static inline int cc_ctxfirst__alnum(unsigned char b)
{
    return (unsigned)((b | 0x20) - 'a') < 26 || (unsigned)(b - '0') < 10;
}

/* The hash of the folded word v0, v1 (its first and second eight bytes,
 * zero-padded, as a little-endian load reads them) of n bytes. */
static inline uint64_t cc_ctxfirst__hash(uint64_t v0, uint64_t v1, size_t n)
{
    return (v0 ^ (v1 * 0xC2B2AE3D27D4EB4FULL) ^ n) * 0x9E3779B97F4A7C15ULL;
}

/* The bit of a word (its hash h) in a filter, and of two words. */
static inline unsigned cc_ctxfirst__bit(uint64_t h)
{
    return (unsigned)(h >> (64 - 13));
}

static inline unsigned cc_ctxfirst__pair_bit(uint64_t h1, uint64_t h2)
{
    return cc_ctxfirst__bit((h1 ^ (h2 * 0xC2B2AE3D27D4EB4FULL)) * 0x9E3779B97F4A7C15ULL);
}

static inline void cc_ctxfirst__set_bit(uint64_t *bits, unsigned bit)
{
    bits[bit / 64] |= 1ULL << (bit % 64);
}

static inline int cc_ctxfirst__has_bit(const uint64_t *bits, unsigned bit)
{
    return (int)((bits[bit / 64] >> (bit % 64)) & 1);
}

/* The word of ASCII letters and digits at t[i] (up to `to`; t[0..len)
 * may be read): its end, if it has one to CC_FIRST_MAX - 1 bytes and ends at
 * an ASCII byte or at `to`, with *h its hash (first_hash), else i. */
static inline size_t cc_ctxfirst__word(const char *t, size_t len, size_t to, size_t i, uint64_t *h)
{
    uint64_t v0 = 0, v1 = 0;
    size_t k = 0;
#if defined(__GNUC__) && defined(__SSE2__)
    if (len - i >= CC_FIRST_MAX) {
        /* one sixteen-byte load: per byte, an ASCII letter (its byte | 0x20
         * in 'a'..'z') or digit; non-ASCII bytes are neither */
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(t + i));
        __m128i f = _mm_sub_epi8(_mm_or_si128(x, _mm_set1_epi8(0x20)), _mm_set1_epi8('a'));
        __m128i d = _mm_sub_epi8(x, _mm_set1_epi8('0'));
        __m128i letter = _mm_cmpeq_epi8(_mm_min_epu8(f, _mm_set1_epi8(25)), f);
        __m128i digit = _mm_cmpeq_epi8(_mm_min_epu8(d, _mm_set1_epi8(9)), d);
        unsigned word = (unsigned)_mm_movemask_epi8(_mm_or_si128(letter, digit));
        size_t n = (size_t)__builtin_ctz(~word); /* bit 16 of ~word is set */
        __m128i v;
        if (n >= to - i)
            n = to - i; /* the word ends at `to` */
        else if (n == 16 || (((unsigned)_mm_movemask_epi8(x) >> n) & 1))
            return i; /* too long, or a non-ASCII byte may go on with it */
        if (n >= CC_FIRST_MAX)
            return i;
        v = _mm_or_si128(x, _mm_and_si128(letter, _mm_set1_epi8(0x20))); /* to lower case */
        v0 = (uint64_t)_mm_cvtsi128_si64(v);
        if (n < 8) {
            v0 &= (1ULL << (8 * n)) - 1;
        } else {
            v1 = (uint64_t)_mm_cvtsi128_si64(_mm_unpackhi_epi64(v, v));
            v1 &= (1ULL << (8 * (n - 8))) - 1;
        }
        *h = cc_ctxfirst__hash(v0, v1, n);
        return i + n;
    }
#elif defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    if (len - i >= CC_FIRST_MAX) {
        /* one or two eight-byte loads: per byte, high bit of `word`: an
         * ASCII letter or digit (no carries cross bytes) */
        const uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
        uint64_t x, y, f, letter, word, v;
        size_t base = 0, n;
        for (;;) {
            __builtin_memcpy(&x, t + i + base, 8);
            y = x & ~highs;
            f = y | (0x20 * ones);
            letter = (f + (0x80 - 'a') * ones) & ~(f + (0x80 - 'z' - 1) * ones) & ~x & highs;
            word = (letter | ((y + (0x80 - '0') * ones) & ~(y + (0x80 - '9' - 1) * ones) & ~x)) &
                   highs;
            v = x | (letter >> 2); /* letters to lower case */
            if (word != highs) {
                n = base + (size_t)__builtin_ctzll(~word & highs) / 8;
                break;
            }
            if (base) {
                n = 16;
                break;
            }
            v0 = v;
            base = 8;
        }
        if (n >= to - i)
            n = to - i; /* the word ends at `to` */
        else if (n == 16 || ((x >> (8 * (n - base))) & 0x80))
            return i; /* too long, or a non-ASCII byte may go on with it */
        if (n >= CC_FIRST_MAX)
            return i;
        if (!base)
            v0 = v & ((1ULL << (8 * n)) - 1); /* n < 8 */
        else if (n < 8)
            v0 &= (1ULL << (8 * n)) - 1;
        else
            v1 = v & ((1ULL << (8 * (n - 8))) - 1);
        *h = cc_ctxfirst__hash(v0, v1, n);
        return i + n;
    }
#endif
    for (; i + k < to; k++) {
        unsigned char b = (unsigned char)t[i + k];
        if (!cc_ctxfirst__alnum(b))
            break;
        if (k == CC_FIRST_MAX - 1)
            return i;
        b = (unsigned char)(b >= 'A' && b <= 'Z' ? b + 32 : b);
        if (k < 8)
            v0 |= (uint64_t)b << (8 * k);
        else
            v1 |= (uint64_t)b << (8 * (k - 8));
    }
    if (i + k < to && (unsigned char)t[i + k] >= 0x80)
        return i;
    *h = cc_ctxfirst__hash(v0, v1, k);
    return i + k;
}

/* May the byte b stand where a key has white space (a non-ASCII byte
 * may)? */
static inline int cc_ctxfirst__gap(unsigned char b)
{
    return b >= 0x80 || b == '-' || cc_lexicon__is_space(b);
}

/* Where the word at t[i] ends if no context key begins there, else i:
 * the bit of the word is clear; or it begins only keys of two words or
 * more, and no white space and word follow it that the bit of the two
 * lets through; or it is a sign that begins no key (then it ends after
 * its byte). */
static inline size_t cc_ctxfirst__no_key_at(const cc_ctx_first *f, const char *t, size_t len,
                                            size_t to, size_t i)
{
    uint64_t h1 = 0, h2 = 0;
    size_t we, w2e;
    unsigned bit;
    if (!f)
        return i;
    we = cc_ctxfirst__word(t, len, to, i, &h1);
    if (we == i) {
        /* a sign no key begins with ("$5", "62 %"): past its byte */
        unsigned char b = (unsigned char)t[i];
        return b > ' ' && b < 0x7F && b != '-' && !cc_ctxfirst__alnum(b) &&
                       !cc_ctxfirst__has_bit(f->punct, b)
                   ? i + 1
                   : i;
    }
    bit = cc_ctxfirst__bit(h1);
    if (!cc_ctxfirst__has_bit(f->bits, bit))
        return we;
    if (cc_ctxfirst__has_bit(f->whole, bit))
        return i;
    /* the word begins only keys of two words or more: these go on with
     * white space or a hyphen and a word of letters or digits */
    if (we == to || !cc_ctxfirst__gap((unsigned char)t[we]))
        return we;
    if (t[we] != ' ' || we + 1 >= to)
        return i;
    if (!cc_ctxfirst__alnum((unsigned char)t[we + 1]))
        return cc_ctxfirst__gap((unsigned char)t[we + 1]) ? i : we;
    w2e = cc_ctxfirst__word(t, len, to, we + 1, &h2);
    return w2e > we + 1 && !cc_ctxfirst__has_bit(f->pairs, cc_ctxfirst__pair_bit(h1, h2)) ? we : i;
}

#endif
