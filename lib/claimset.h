/*
 * claimset.h - the internal layout of sources and claims. A claim is a few
 * fixed-size fields; its strings live in the set's string pool and its key
 * fields are interned so that grouping compares integers. Internal.
 */
#ifndef CC_CLAIMSET_H
#define CC_CLAIMSET_H

#include <stddef.h>
#include <stdint.h>

#include "crosscheck.h"
#include "quantity.h"
#include "strpool.h"

typedef struct cc_source {
    cc_sref id;
    cc_sref name;      /* 0 = none */
    cc_sref url;       /* 0 = none */
    cc_sref extra;     /* compact JSON object of unknown fields, 0 = none (json_in
                          keeps each value's text as written: numbers, escapes) */
    int32_t published; /* day number (date.h), CC_NO_DATE = none */
    char lang[8];      /* "de", "en", "" = unspecified */
} cc_source;

typedef struct cc_claim {
    cc_sref id;
    uint32_t source;  /* index into set->sources */
    uint32_t subject; /* intern ids (set->keys); 0 = unspecified */
    uint32_t measure;
    uint32_t scope;
    uint32_t attributed_to;
    int32_t date;             /* day number; the source's published date if not given;
                                 CC_NO_DATE if neither */
    cc_sref text;             /* the quantity as written, 0 = structured */
    cc_sref sentence;         /* extracted claims: the sentence, 0 = none */
    cc_sref extra;            /* compact JSON object of unknown fields, 0 = none */
    uint32_t syndicated_from; /* index+1 of the claim this copies, 0 = none (or not
                                 yet resolved: see cc_claimset__resolve()) */
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
    cc_intern keys; /* subject, measure, scope, attributed_to */
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
cc_status cc_claimset__add(cc_claimset *set, const cc_claim_fields *fields, const cc_quantity *q,
                           uint32_t line, uint32_t column, cc_claim **added, cc_error *err);

/** Resolve syndicated_from references after loading; error names the claim. */
cc_status cc_claimset__resolve(cc_claimset *set, cc_error *err);

/* ---- additions (claims module): used by json_in.c ---- */

/**
 * Add a claim as cc_claimset_add_claim() does (exactly one of fields->text
 * and fields->quantity; the text is parsed in fields->lang, else the
 * source's lang, else auto), but without clearing err, recording the claim's
 * position (line/column, 0 if none), and allowing syndicated_from to name a
 * claim that comes later (see cc_claimset__resolve()).
 *
 * Checks, in this order: id (present, unique), source (present, known),
 * lang, date, syndicated_from (not the claim itself), text/quantity.
 *
 * Errors carry set->name as source and the claim's line/column with offset
 * -1; except errors of the text's parser, whose line/column/offset are
 * relative to the text (the caller shifts them). *field (may be NULL)
 * receives the name of the field an error concerns ("id", "source", "lang",
 * "date", "syndicated_from", "text", "quantity") or NULL for the whole claim.
 * *added (may be NULL) receives the new claim, valid until the next add.
 */
cc_status cc_claimset__add_fields(cc_claimset *set, const cc_claim_fields *fields, uint32_t line,
                                  uint32_t column, const char **field, cc_claim **added,
                                  cc_error *err);

/**
 * Only the checks of cc_claimset__add_fields() that come before the
 * quantity (id, source, lang, date, syndicated_from), with the same errors;
 * adds nothing. For loaders that build a structured quantity after them.
 */
cc_status cc_claimset__check(cc_claimset *set, const cc_claim_fields *fields, uint32_t line,
                             uint32_t column, const char **field, cc_error *err);

/**
 * Add a source as cc_claimset_add_source() does, without clearing err.
 * *field as for cc_claimset__add_fields() ("id", "published", "lang").
 */
cc_status cc_claimset__add_source(cc_claimset *set, const char *id, const char *name,
                                  const char *published, const char *lang, const char *url,
                                  const char **field, cc_error *err);

/** As cc_claimset__resolve(); *bad (may be NULL) receives the index of the
 *  claim whose syndicated_from names no claim. */
cc_status cc_claimset__resolve_at(cc_claimset *set, size_t *bad, cc_error *err);

/** Give back the unused capacity of the arrays and the string pool (after loading). */
void cc_claimset__shrink(cc_claimset *set);

/**
 * Normalise a language tag for the claim model: NULL, "" and "auto" give ""
 * (unspecified); "de", "de-AT", "DE_de" give "de". Returns 0, or -1 if the
 * primary language has no tables (cc_lang__supported()).
 */
int cc_claimset__lang(const char *tag, char out[8]);

#endif
