/*
 * cluster_labels.h - naming groups of mentions (cluster_labels.c): the
 * subject and measure words of a group's key, and the shared words of its
 * `grouping` record. Internal.
 */
#ifndef CC_CLUSTER_LABELS_H
#define CC_CLUSTER_LABELS_H

#include <stddef.h>
#include <stdint.h>

#include "cluster.h"

/** A group's labels: the key's subject and measure, and a compact JSON
 *  array of up to five shared words. */
typedef struct cc_clabels {
    char subject[96], measure[96], shared[256];
} cc_clabels;

/**
 * Labels taken so far: an open-addressing map keyed by hashes of the
 * folded (subject, measure) pairs. Zero-initialise; free with
 * cc_cluster__labelset_free().
 */
typedef struct cc_clabelset {
    uint64_t *h; /* 0 = empty */
    uint32_t *v; /* the value of each key */
    size_t n, cap;
} cc_clabelset;

/**
 * The labels of the mentions mem[0..nm): the context terms most of their
 * sources share, a name as subject and a concept as measure ("figure" and
 * "value" when none). @return CC_OK or CC_ENOMEM.
 */
cc_status cc_cluster__topic_labels(const cc_context *ctx, const cc_cmention *m, const uint32_t *mem,
                                   size_t nm, cc_clabels *out);

/**
 * Make l's (subject, measure) unique among the labels already taken,
 * numbering the measure ("value (2)") when needed, and take it. `next`
 * remembers the next number to try per label; *tries counts the probes.
 * @return 0, or -1 when out of memory.
 */
int cc_cluster__unique_labels(cc_clabelset *taken, cc_clabelset *next, cc_clabels *l,
                              size_t *tries);

void cc_cluster__labelset_free(cc_clabelset *s);

#endif
