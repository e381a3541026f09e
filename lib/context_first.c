/*
 * context_first.c - the filter of the first words of a language's context
 * keys (context_first.h), built from the rows of its table.
 */
#include "context_first.h"

#include <pthread.h>
#include <stdatomic.h>
#include <string.h>

#include <unicode/uchar.h>

#define CC_FIRST_LANGS 8 /* languages with a filter */

static cc_ctx_first firsts[CC_FIRST_LANGS];
static _Atomic(const cc_ctx_first *) firsts_ready[CC_FIRST_LANGS];
static pthread_mutex_t firsts_lock = PTHREAD_MUTEX_INITIALIZER;

/* Is the key character at text[i] one that folds to ' ' (white space and
 * hyphens)? *next receives the index after it. */
static int key_space(const char *text, size_t len, size_t i, size_t *next)
{
    int32_t c;
    *next = i;
    c = cc_lexicon__next_cp(text, len, next);
    return c == '-' || c == 0x2010 || c == 0x2011 || cc_lexicon__is_space(c);
}

/* Read the word of ASCII letters and digits at text[*i] of a key, folded,
 * into its hash *h: its length (0 if none, or one longer than CC_FIRST_MAX
 * - 1 bytes, then *i is not moved past it), with *i past it; -1 if the
 * filter cannot tell what the lexicon makes of the character after the
 * letters (f->all set). *stop receives that character, -1 at the end. */
static int key_word(cc_ctx_first *f, const char *text, size_t len, size_t *i, uint64_t *h,
                    int32_t *stop)
{
    uint64_t v[2] = {0, 0};
    size_t n = 0, k = *i;
    *stop = -1;
    while (k < len) {
        unsigned char b = (unsigned char)text[k];
        if (b >= 0x80) {
            size_t j = k;
            int32_t c = cc_lexicon__next_cp(text, len, &j), fc = u_foldCase(c, U_FOLD_CASE_DEFAULT);
            if (c == 0xAD || c == 0x200B || (fc < 0x80 && cc_ctxfirst__alnum((unsigned char)fc))) {
                /* dropped (a soft hyphen), or folded to an ASCII letter or
                 * digit (the Kelvin sign): nothing is told */
                f->all = 1;
                return -1;
            }
            *stop = c;
            break;
        }
        if (!cc_ctxfirst__alnum(b)) {
            *stop = b;
            break;
        }
        if (n + 1 >= CC_FIRST_MAX)
            return 0; /* no word the filter reads in text */
        v[n / 8] |= (uint64_t)(b >= 'A' && b <= 'Z' ? b + 32 : b) << (8 * (n % 8));
        n++;
        k++;
    }
    *i = k;
    *h = cc_ctxfirst__hash(v[0], v[1], n);
    return (int)n;
}

/* Mark the first word (and the second) of the key written as `text`. */
static void first_add(cc_ctx_first *f, const char *text)
{
    size_t len = strlen(text), i = 0, next;
    uint64_t h1, h2;
    int32_t stop;
    int n;
    /* leading white space and hyphens, which a key drops */
    while (i < len && key_space(text, len, i, &next))
        i = next;
    if (i < len) {
        /* a key that begins with a sign ("$", "%"), or with a character
         * that folds to one (U+2019 to '\'') */
        size_t j = i;
        int32_t c = cc_lexicon__next_cp(text, len, &j);
        c = c < 0x80 ? c : c == 0x2019 ? '\'' : u_foldCase(c, U_FOLD_CASE_DEFAULT);
        if (c >= 0 && c < 0x80 && !cc_ctxfirst__alnum((unsigned char)c))
            cc_ctxfirst__set_bit(f->punct, (unsigned)c);
    }
    n = key_word(f, text, len, &i, &h1, &stop);
    if (n <= 0)
        return; /* the key begins with no word the filter reads in text */
    cc_ctxfirst__set_bit(f->bits, cc_ctxfirst__bit(h1));
    if (stop < 0 || stop >= 0x80 || !key_space(text, len, i, &next)) {
        /* one word, or one that goes on with a character that is no
         * space (or one the filter does not read): ask always */
        cc_ctxfirst__set_bit(f->whole, cc_ctxfirst__bit(h1));
        return;
    }
    i = next;
    while (i < len && key_space(text, len, i, &next))
        i = next;
    n = key_word(f, text, len, &i, &h2, &stop);
    if (n < 0)
        return;
    if (n == 0) {
        cc_ctxfirst__set_bit(f->whole, cc_ctxfirst__bit(h1)); /* "than €", or a long word */
        return;
    }
    /* a second word that goes on with a character the filter does not
     * read ("über", "Mio€") is marked by its letters so far: in text,
     * those are followed by an ASCII byte, which cannot go on as the key
     * does, or by one that makes the filter ask */
    cc_ctxfirst__set_bit(f->pairs, cc_ctxfirst__pair_bit(h1, h2));
}

/* The filter of lx's language, built on first use; NULL if there is no
 * room for it. */
static const cc_ctx_first *first_words(const cc_lexicon *lx)
{
    const cc_lex_table *tb = cc_lexicon__table(lx);
    const cc_ctx_first *f = NULL;
    int k;
    for (k = 0; k < CC_FIRST_LANGS; k++) {
        f = atomic_load_explicit(&firsts_ready[k], memory_order_acquire);
        if (!f || f->tb == tb)
            break;
    }
    if (f && f->tb == tb)
        return f;
    pthread_mutex_lock(&firsts_lock);
    for (k = 0; k < CC_FIRST_LANGS; k++) {
        f = atomic_load_explicit(&firsts_ready[k], memory_order_acquire);
        if (f && f->tb == tb)
            break;
        if (!f) {
            cc_ctx_first *nf = &firsts[k];
            memset(nf, 0, sizeof *nf);
            nf->tb = tb;
            for (size_t w = 0; w < tb->nwords; w++)
                if ((tb->words[w].roles & CC_LEX_CONTEXT) &&
                    !cc_ctxfirst__passed_by(tb->words[w].value))
                    first_add(nf, tb->words[w].text);
            atomic_store_explicit(&firsts_ready[k], nf, memory_order_release);
            f = nf;
            break;
        }
        f = NULL;
    }
    pthread_mutex_unlock(&firsts_lock);
    return f;
}

const cc_ctx_first *cc_ctxfirst__get(const cc_lexicon *lx)
{
    const cc_ctx_first *f = first_words(lx);
    return f && !f->all ? f : NULL;
}
