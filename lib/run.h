/*
 * run.h - the corpus of articles shared by run.c (cc_run) and verify.c
 * (cc_verify). Internal.
 */
#ifndef CC_RUN_H
#define CC_RUN_H

#include <stddef.h>
#include <stdint.h>

#include "cluster.h"
#include "context.h"
#include "crosscheck.h"

typedef struct cc_run_article {
    char *text; /* owned copy, NUL-terminated */
    size_t len;
    size_t body; /* where the text begins after the front matter */
    cc_extraction *x;
} cc_run_article;

struct cc_corpus {
    char lang[8];
    cc_check_options check;
    const cc_rates *rates;
    cc_run_article *a;
    size_t n, cap;
    uint32_t *src_slots; /* open addressing on the source ids: article index + 1 */
    size_t nslots;
};

/** Which extraction mention a clustered mention is. */
typedef struct cc_mref {
    uint32_t article, mention;
} cc_mref;

/**
 * The contexts of every amount mention of the corpus (negated ones left
 * out), finished, with the clustering's view of each.
 * @return CC_OK or CC_ENOMEM; the caller frees the three outputs.
 */
cc_status cc_run__context(const cc_corpus *c, cc_context **ctx, cc_cmention **ms, cc_mref **refs,
                          size_t *n);

#endif
