/*
 * strpool.h - an append-only pool of NUL-terminated strings addressed by
 * 32-bit references, and an interning table on top of it. Keeps a claim to
 * a few fixed-size fields instead of many small heap blocks. Internal.
 */
#ifndef CC_STRPOOL_H
#define CC_STRPOOL_H

#include <stddef.h>
#include <stdint.h>

/** Reference to a pooled string; 0 means "none". */
typedef uint32_t cc_sref;

typedef struct cc_strpool {
    char *data; /* data[0] is a NUL so that ref 0 reads as "" */
    size_t len;
    size_t cap;
} cc_strpool;

void cc_strpool__init(cc_strpool *p);
void cc_strpool__free(cc_strpool *p);

/** Append s[0..n) plus a NUL. Returns the reference, or 0 if out of memory
 *  or the pool would exceed 4 GiB (callers report CC_ENOMEM / CC_ELIMIT). */
cc_sref cc_strpool__add(cc_strpool *p, const char *s, size_t n);

/** The string behind a reference ("" for 0). Valid until the next add. */
static inline const char *cc_strpool__get(const cc_strpool *p, cc_sref r)
{
    return p->data ? p->data + r : "";
}

/**
 * Interning of key fields (subject, measure, scope, attributed_to): equal
 * ids iff the strings are equal after case folding and collapsing runs of
 * white space (leading/trailing space removed). Id 0 is "unspecified" (NULL
 * or empty/blank string). The first spelling seen is kept for display.
 */
typedef struct cc_intern {
    cc_strpool *pool; /* where display strings live (borrowed) */
    uint32_t *slots;  /* open addressing: id+1, 0 = empty */
    size_t nslots;
    cc_sref *display; /* id -> display string ref, display[0] = 0 */
    cc_sref *folded;  /* id -> folded form ref */
    size_t count;     /* ids in use, including 0 */
    size_t cap;
} cc_intern;

int cc_intern__init(cc_intern *t, cc_strpool *pool);
void cc_intern__free(cc_intern *t);

/** Intern s[0..n). Returns 0 for blank, the id (>0) on success, or
 *  UINT32_MAX when out of memory. */
uint32_t cc_intern__add(cc_intern *t, const char *s, size_t n);

/** Display spelling of an id (NULL for 0). */
const char *cc_intern__display(const cc_intern *t, uint32_t id);

#endif
