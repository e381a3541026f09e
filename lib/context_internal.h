/*
 * context_internal.h - the layout of a context (context.c: vocabulary,
 * tokenising, compounds and IDF; context_compare.c: similarity and names).
 * Internal to the context.
 */
#ifndef CC_CONTEXT_INTERNAL_H
#define CC_CONTEXT_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

#include "context.h"
#include "strpool.h"

#define WORD_MAX 64
#define LOCAL_MAX 256

/* Weights of where a word stands relative to the mention. */
#define W_CLAUSE 1.0f
#define W_SENTENCE 0.4f
#define W_PREVIOUS 0.25f
#define W_HEADLINE 0.2f
#define W_PART 0.7f /* parts of a split compound */

typedef struct cc_cname {
    uint32_t term;
    uint8_t region; /* 0 headline, 1 sentence before, 2 sentence, 3 clause */
} cc_cname;

#define NAMES_MAX 24
#define CLAUSE_MEASURES 3 /* measure concepts kept of a mention's clause */

typedef struct vterm {
    cc_sref key;     /* folded stem (kind prefix for concepts/days) */
    cc_sref display; /* first spelling */
    cc_sref full;    /* first folded full word (for compound splitting) */
    uint32_t df;
    uint32_t first_source;
    uint8_t kind;
    uint8_t multi_source;
    uint8_t german;
    int32_t caps; /* capitalised inside sentences minus lower-case uses */
    uint8_t f_lower, f_cap_en, f_cap_en_init, f_cap_de, f_det, f_inner, f_day, is_name;
    uint8_t concept_done;
    const char *concept; /* the measure concept of the word (static), or NULL */
    float idf;
    uint32_t part1, part2; /* compound split: term ids + 1, 0 = none */
    uint32_t canon;        /* the term of the same name in the other language + 1, 0 = itself */
} vterm;

struct cc_context {
    cc_strpool pool;
    vterm *terms;
    size_t nterms, terms_cap;
    uint32_t *slots; /* term id + 1 */
    size_t nslots;
    cc_cterm *v; /* all mentions' terms */
    size_t nv, v_cap;
    uint32_t *first, *count; /* per mention */
    cc_cname *names;         /* name candidates of all mentions */
    size_t nnames, names_cap;
    uint32_t *nfirst; /* per mention: first candidate; count in ncount */
    uint8_t *ncount;
    uint32_t (*measures)[CLAUSE_MEASURES]; /* per mention: its clause's concepts (local) */
    uint64_t *hash;
    size_t n, m_cap;
};

/** The id of a term by its kind-prefixed key; with create, a new one if
 *  unknown. @return the id, or -1 (unknown, or out of memory). */
int64_t cc_context__term_id(cc_context *c, const char *key, size_t n, int create);

#endif
