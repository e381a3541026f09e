/*
 * claimset.h - the internal layout of sources and claims. A claim is a few
 * fixed-size fields; its strings live in the set's string pool and its key
 * fields are interned so that grouping compares integers. Internal.
 */
#ifndef CC_CLAIMSET_H
#define CC_CLAIMSET_H

#include <stdint.h>

#include "crosscheck.h"
#include "quantity.h"
#include "strpool.h"

typedef struct cc_source {
    cc_sref id;
    cc_sref name;      /* 0 = none */
    cc_sref url;       /* 0 = none */
    cc_sref extra;     /* compact JSON object of unknown fields, 0 = none */
    int32_t published; /* day number (date.h), CC_NO_DATE = none */
    char lang[8];      /* "de", "en", "" = unspecified */
} cc_source;

typedef struct cc_claim {
    cc_sref id;
    uint32_t source;          /* index into set->sources */
    uint32_t subject;         /* intern ids (set->keys); 0 = unspecified */
    uint32_t measure;
    uint32_t scope;
    uint32_t attributed_to;
    int32_t date;             /* day number; the source's published date if not given;
                                 CC_NO_DATE if neither */
    cc_sref text;             /* the quantity as written, 0 = structured */
    cc_sref sentence;         /* extracted claims: the sentence, 0 = none */
    cc_sref extra;            /* compact JSON object of unknown fields, 0 = none */
    uint32_t syndicated_from; /* index+1 of the claim this copies, 0 = none */
    cc_sref syndicated_name;  /* the id as written in the input, 0 = none */
    uint32_t line, column;    /* position of the claim object in the input, 0 = none */
    int64_t span_start;       /* byte span into the article, -1 = none */
    int64_t span_end;
    cc_quantity q;
} cc_claim;

/** Open-addressing map from a pooled string to an index (ids of claims or sources). */
typedef struct cc_idmap {
    uint32_t *slots; /* index+1, 0 = empty */
    size_t nslots;
    size_t count;
} cc_idmap;

struct cc_claimset {
    cc_strpool strings;
    cc_intern keys;   /* subject, measure, scope, attributed_to */
    cc_source *sources;
    size_t nsources, sources_cap;
    cc_claim *claims;
    size_t nclaims, claims_cap;
    cc_idmap source_ids; /* source id -> index */
    cc_idmap claim_ids;  /* claim id -> index */
    cc_sref name;        /* input name for messages ("<string>" if built by hand) */
    cc_sref extra;       /* unknown top-level fields, compact JSON, 0 = none */
};

/** Index of the source / claim with this id, or -1. */
int64_t cc_claimset__find_source(const cc_claimset *set, const char *id);
int64_t cc_claimset__find_claim(const cc_claimset *set, const char *id);

/** Borrowed string of a reference. */
static inline const char *cc_claimset__str(const cc_claimset *set, cc_sref r)
{
    return cc_strpool__get(&set->strings, r);
}

/**
 * Add a claim whose quantity is already built (used by json_in.c and by
 * cc_claimset_add_claim()). `fields->text` is stored as the written text
 * when given; `q` is the parsed or structured quantity; line/column record
 * where the claim stood in the input (0 if built by hand). Validates id
 * uniqueness, source, date and syndicated_from (which may name a claim that
 * comes later: resolved by cc_claimset__resolve()).
 */
cc_status cc_claimset__add(cc_claimset *set, const cc_claim_fields *fields,
                           const cc_quantity *q, uint32_t line, uint32_t column,
                           cc_claim **added, cc_error *err);

/** Resolve syndicated_from references after loading; error names the claim. */
cc_status cc_claimset__resolve(cc_claimset *set, cc_error *err);

#endif
