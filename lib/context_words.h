/*
 * context_words.h - the words around a figure that change what it
 * measures (context_words.c): time scope, attribution, direction,
 * negation, read once per stretch of a sentence and applied to each
 * mention in it. Internal.
 */
#ifndef CC_CONTEXT_WORDS_H
#define CC_CONTEXT_WORDS_H

#include <stddef.h>
#include <stdint.h>

#include "attrib_name.h"
#include "context_first.h"
#include "extract.h"
#include "lexicon.h"

#define CC_CTX_MAX_HITS 64
#define CC_CTX_MAX_BREAKS 256

typedef struct cc_ctx_hit {
    size_t s, e;
    int ctx;
    const char *norm;
    size_t ns, ne; /* attribution name as written, when no norm */
    uint8_t art;   /* CC_ATTRIB_*: the German article before that name */
    uint8_t fwd;   /* a speech verb in a relative clause: names the source of
                      the figures after it only */
} cc_ctx_hit;

typedef struct cc_ctx_words {
    size_t from, to; /* the part of the sentence read */
    cc_ctx_hit h[CC_CTX_MAX_HITS];
    int n;
    /* the clause breaks (", ", "; ") in from..to, in text order, so that
     * asking whether one stands between two points does not read the text
     * again for every hit and figure; brk_full: more than fit */
    size_t brk[CC_CTX_MAX_BREAKS];
    int nbrk, brk_full;
    const cc_lexicon *lx;      /* the language read with */
    cc_attrib_lists lists;     /* its closed word classes for the names of sources */
    const cc_ctx_first *first; /* its first words of context keys, or NULL */
    /* an earlier figure of the article named its source: a speech verb in
     * a sentence with a word of contrast then sets a second one against it
     * ("Nach Angaben des Unternehmens wurden 1.140 Flüge gestrichen. Die
     * Gewerkschaft sprach dagegen von rund 1.300."), as two sources in one
     * sentence do; the caller sets it */
    int named_before;
} cc_ctx_words;

/** Make cx a reader of language lx, with nothing read yet. */
void cc_ctxwords__init(cc_ctx_words *cx, const cc_lexicon *lx);

/**
 * 0 if no context key that the reader uses begins at t[i] (a word of ASCII
 * letters and digits that begins none, read up to `to`; t has len bytes),
 * so that cc_lexicon__match(lx, t, to, i, CC_LEX_CONTEXT, ...) gives
 * nothing there, or a key the reader passes by (an article, a source
 * name, "auf", a governing word); else 1. The reader asks this before it
 * asks the lexicon.
 */
int cc_ctxwords__may_begin(const cc_ctx_words *cx, const char *t, size_t len, size_t to, size_t i);

/** Read t[from..to) once for context words into cx (t has len bytes). */
void cc_ctxwords__scan(cc_ctx_words *cx, const char *t, size_t len, size_t from, size_t to);

/** 1 if a word of context class ctx (CC_CTX_DATA: "packet", "Pakete") is one
 *  of the two words after the figure xm in t, as read into cx: the thing it
 *  measures ("the 1500b packet", "512b große Pakete", "1500b of data");
 *  else 0 ("3b users on its network"). A clause break ends the search. */
int cc_ctxwords__measures(const cc_ctx_words *cx, const char *t, const cc_xmention *xm, int ctx);

/** Give mention xm the scope, attribution, direction and negation the words
 *  of cx say of it. @return CC_OK or CC_ENOMEM. */
cc_status cc_ctxwords__apply(cc_extraction *x, const char *t, const cc_ctx_words *cx,
                             cc_xmention *xm);

#endif
