/*
 * claimset.c - the claim model: sources and claims in flat arrays, their
 * strings in one pool, key fields interned, ids in open-addressing maps.
 * No per-claim heap blocks.
 */
#include "claimset.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "date.h"

#define TOKEN_MAX 64

/* The set's name for messages, copied: the string pool may move while a
 * claim or source is being added (an error after a failed allocation
 * must not read the old storage). */
static const char *set_name(const cc_claimset *set, char out[CC_ERROR_SOURCE_LENGTH])
{
    snprintf(out, CC_ERROR_SOURCE_LENGTH, "%s", cc_claimset__str(set, set->name));
    return out;
}

static const char *tok(char out[TOKEN_MAX], const char *s)
{
    cc_error__token(out, TOKEN_MAX, s, strlen(s));
    return out;
}

/* ------------------------------------------------------------------ */
/* Id maps                                                             */
/* ------------------------------------------------------------------ */

static int idmap_init(cc_idmap *m)
{
    m->nslots = 16;
    m->count = 0;
    m->slots = cc__calloc(m->nslots, sizeof *m->slots);
    return m->slots ? 0 : -1;
}

static void idmap_free(cc_idmap *m)
{
    free(m->slots);
    memset(m, 0, sizeof *m);
}

static cc_sref key_of(const cc_claimset *set, const cc_idmap *m, uint32_t idx)
{
    return m == &set->source_ids ? set->sources[idx].id : set->claims[idx].id;
}

/* The slot holding id s[0..n), or the empty slot where it would go;
 * *found receives the index or -1. */
static size_t idmap_slot(const cc_claimset *set, const cc_idmap *m, const char *s, size_t n,
                         int64_t *found)
{
    size_t mask = m->nslots - 1;
    size_t h = (size_t)cc__hash(s, n) & mask;

    while (m->slots[h]) {
        uint32_t idx = m->slots[h] - 1;
        const char *k = cc_claimset__str(set, key_of(set, m, idx));
        if (strncmp(k, s, n) == 0 && k[n] == '\0') {
            *found = idx;
            return h;
        }
        h = (h + 1) & mask;
    }
    *found = -1;
    return h;
}

/* Make room for one more entry (load factor at most 1/2). */
static int idmap_reserve(const cc_claimset *set, cc_idmap *m)
{
    size_t nslots, mask;
    uint32_t *slots;

    if ((m->count + 1) * 2 <= m->nslots)
        return 0;
    if (m->nslots > SIZE_MAX / 2 / sizeof *slots)
        return -1;
    nslots = m->nslots * 2;
    mask = nslots - 1;
    slots = cc__calloc(nslots, sizeof *slots);
    if (!slots)
        return -1;
    for (size_t i = 0; i < m->nslots; i++) {
        const char *k;
        size_t h;
        if (!m->slots[i])
            continue;
        k = cc_claimset__str(set, key_of(set, m, m->slots[i] - 1));
        h = (size_t)cc__hash(k, strlen(k)) & mask;
        while (slots[h])
            h = (h + 1) & mask;
        slots[h] = m->slots[i];
    }
    free(m->slots);
    m->slots = slots;
    m->nslots = nslots;
    return 0;
}

static int64_t idmap_find(const cc_claimset *set, const cc_idmap *m, const char *id)
{
    int64_t found;
    if (!id)
        return -1;
    idmap_slot(set, m, id, strlen(id), &found);
    return found;
}

int64_t cc_claimset__find_source(const cc_claimset *set, const char *id)
{
    return set ? idmap_find(set, &set->source_ids, id) : -1;
}

int64_t cc_claimset__find_claim(const cc_claimset *set, const char *id)
{
    return set ? idmap_find(set, &set->claim_ids, id) : -1;
}

/* ------------------------------------------------------------------ */
/* Sets                                                                */
/* ------------------------------------------------------------------ */

cc_status cc_claimset_new(cc_claimset **out, cc_error *err)
{
    cc_claimset *set;

    cc_error__clear(err);
    if (!out)
        return cc_error__msg(err, CC_EINVAL, "null argument");
    *out = NULL;
    set = cc__calloc(1, sizeof *set);
    if (!set)
        return cc_error__msg(err, CC_ENOMEM, "out of memory");
    cc_strpool__init(&set->strings);
    if (cc_intern__init(&set->keys, &set->strings) != 0 || idmap_init(&set->source_ids) != 0 ||
        idmap_init(&set->claim_ids) != 0 ||
        !(set->name = cc_strpool__add(&set->strings, "<string>", 8))) {
        cc_claimset_free(set);
        return cc_error__msg(err, CC_ENOMEM, "out of memory");
    }
    *out = set;
    return CC_OK;
}

void cc_claimset_free(cc_claimset *set)
{
    if (!set)
        return;
    cc_intern__free(&set->keys);
    cc_strpool__free(&set->strings);
    idmap_free(&set->source_ids);
    idmap_free(&set->claim_ids);
    free(set->sources);
    free(set->claims);
    free(set);
}

size_t cc_claimset_source_count(const cc_claimset *set)
{
    return set ? set->nsources : 0;
}

size_t cc_claimset_claim_count(const cc_claimset *set)
{
    return set ? set->nclaims : 0;
}

void cc_claimset__shrink(cc_claimset *set)
{
    void *p;
    if (set->nclaims && set->nclaims < set->claims_cap &&
        (p = cc__realloc(set->claims, set->nclaims * sizeof *set->claims)) != NULL) {
        set->claims = p;
        set->claims_cap = set->nclaims;
    }
    if (set->nsources && set->nsources < set->sources_cap &&
        (p = cc__realloc(set->sources, set->nsources * sizeof *set->sources)) != NULL) {
        set->sources = p;
        set->sources_cap = set->nsources;
    }
    if (set->strings.len && set->strings.len < set->strings.cap &&
        (p = cc__realloc(set->strings.data, set->strings.len)) != NULL) {
        set->strings.data = p;
        set->strings.cap = set->strings.len;
    }
}

int cc_claimset__lang(const char *tag, char out[8])
{
    size_t n = 0;

    out[0] = '\0';
    if (!tag || !*tag || cc__ascii_casecmp(tag, "auto") == 0)
        return 0;
    while (tag[n] && tag[n] != '-' && tag[n] != '_') {
        char c = tag[n];
        if (n >= 7 || !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')))
            return -1;
        out[n] = (char)((c >= 'A' && c <= 'Z') ? c + 32 : c);
        n++;
    }
    out[n] = '\0';
    if (n == 0 || !cc_lang__supported(out)) {
        out[0] = '\0';
        return -1;
    }
    return 0;
}

/* Pool a string that may be NULL (0 = none); -1 when out of memory. */
static int pool(cc_claimset *set, const char *s, cc_sref *ref)
{
    *ref = 0;
    if (!s)
        return 0;
    *ref = cc_strpool__add(&set->strings, s, strlen(s));
    return *ref ? 0 : -1;
}

cc_status cc_claimset__add_source(cc_claimset *set, const char *id, const char *name,
                                  const char *published, const char *lang, const char *url,
                                  const char **field, cc_error *err)
{
    char t1[TOKEN_MAX], t2[TOKEN_MAX];
    char srcbuf[CC_ERROR_SOURCE_LENGTH];
    const char *src = set_name(set, srcbuf), *dummy;
    cc_source s;
    int64_t found;
    size_t slot;

    if (!field)
        field = &dummy;
    *field = "id";
    if (!id || !*id)
        return cc_error__set(err, CC_ESCHEMA, src, 0, 0, -1, "source without id");
    slot = idmap_slot(set, &set->source_ids, id, strlen(id), &found);
    if (found >= 0)
        return cc_error__set(err, CC_ESCHEMA, src, 0, 0, -1, "duplicate source id '%s'",
                             tok(t1, id));
    memset(&s, 0, sizeof s);
    s.published = CC_NO_DATE;
    if (published && cc_date__parse(published, strlen(published), &s.published) != 0) {
        *field = "published";
        return cc_error__set(err, CC_EDATE, src, 0, 0, -1, "source '%s': invalid date '%s'",
                             tok(t1, id), tok(t2, published));
    }
    if (cc_claimset__lang(lang, s.lang) != 0) {
        *field = "lang";
        return cc_error__set(err, CC_ELANG, src, 0, 0, -1, "source '%s': unsupported language '%s'",
                             tok(t1, id), tok(t2, lang));
    }
    *field = NULL;
    if (set->nsources >= UINT32_MAX - 1)
        return cc_error__set(err, CC_ELIMIT, src, 0, 0, -1, "too many sources");
    if (pool(set, id, &s.id) || pool(set, name, &s.name) || pool(set, url, &s.url) ||
        cc__grow((void **)&set->sources, &set->sources_cap, set->nsources + 1,
                 sizeof *set->sources) != 0)
        return cc_error__set(err, CC_ENOMEM, src, 0, 0, -1, "out of memory");
    if (set->source_ids.count + 1 > set->source_ids.nslots / 2) {
        if (idmap_reserve(set, &set->source_ids) != 0)
            return cc_error__set(err, CC_ENOMEM, src, 0, 0, -1, "out of memory");
        slot = idmap_slot(set, &set->source_ids, id, strlen(id), &found);
    }
    set->sources[set->nsources] = s;
    set->source_ids.slots[slot] = (uint32_t)set->nsources + 1;
    set->source_ids.count++;
    set->nsources++;
    return CC_OK;
}

cc_status cc_claimset_add_source(cc_claimset *set, const char *id, const char *name,
                                 const char *published, const char *lang, const char *url,
                                 cc_error *err)
{
    cc_error__clear(err);
    if (!set)
        return cc_error__msg(err, CC_EINVAL, "null argument");
    return cc_claimset__add_source(set, id, name, published, lang, url, NULL, err);
}

/* ------------------------------------------------------------------ */
/* Claims                                                              */
/* ------------------------------------------------------------------ */

/* Everything but the quantity: checked before the text is parsed, so
 * that the parser gets the right language. */
typedef struct claim_check {
    uint32_t source;
    int32_t date;
    char lang[8];
    uint32_t syndicated; /* index+1 if already known */
} claim_check;

static cc_status check_fields(cc_claimset *set, const cc_claim_fields *f, uint32_t line,
                              uint32_t column, int forward_ok, const char **field, claim_check *out,
                              cc_error *err)
{
    char t1[TOKEN_MAX], t2[TOKEN_MAX];
    char srcbuf[CC_ERROR_SOURCE_LENGTH];
    const char *src = set_name(set, srcbuf);
    int l = (int)line, c = (int)column;
    int64_t found;

    *field = "id";
    if (!f->id || !*f->id)
        return cc_error__set(err, CC_ESCHEMA, src, l, c, -1, "claim without id");
    found = cc_claimset__find_claim(set, f->id);
    if (found >= 0) {
        const cc_claim *first = &set->claims[found];
        if (first->line)
            return cc_error__set(err, CC_ESCHEMA, src, l, c, -1,
                                 "duplicate claim id '%s' (first at line %u)", tok(t1, f->id),
                                 (unsigned)first->line);
        return cc_error__set(err, CC_ESCHEMA, src, l, c, -1, "duplicate claim id '%s'",
                             tok(t1, f->id));
    }
    *field = "source";
    if (!f->source || !*f->source)
        return cc_error__set(err, CC_ESCHEMA, src, l, c, -1, "claim '%s': missing source",
                             tok(t1, f->id));
    found = cc_claimset__find_source(set, f->source);
    if (found < 0)
        return cc_error__set(err, CC_ESCHEMA, src, l, c, -1, "claim '%s': unknown source '%s'",
                             tok(t1, f->id), tok(t2, f->source));
    out->source = (uint32_t)found;
    *field = "lang";
    if (cc_claimset__lang(f->lang, out->lang) != 0)
        return cc_error__set(err, CC_ELANG, src, l, c, -1, "claim '%s': unsupported language '%s'",
                             tok(t1, f->id), tok(t2, f->lang));
    if (!out->lang[0])
        memcpy(out->lang, set->sources[found].lang, sizeof out->lang);
    *field = "date";
    out->date = set->sources[found].published;
    if (f->date && cc_date__parse(f->date, strlen(f->date), &out->date) != 0)
        return cc_error__set(err, CC_EDATE, src, l, c, -1, "claim '%s': invalid date '%s'",
                             tok(t1, f->id), tok(t2, f->date));
    *field = "syndicated_from";
    out->syndicated = 0;
    if (f->syndicated_from && *f->syndicated_from) {
        if (strcmp(f->syndicated_from, f->id) == 0)
            return cc_error__set(err, CC_ESCHEMA, src, l, c, -1,
                                 "claim '%s': syndicated_from names the claim itself",
                                 tok(t1, f->id));
        found = cc_claimset__find_claim(set, f->syndicated_from);
        if (found < 0 && !forward_ok)
            return cc_error__set(err, CC_ESCHEMA, src, l, c, -1,
                                 "claim '%s': syndicated_from names no claim '%s'", tok(t1, f->id),
                                 tok(t2, f->syndicated_from));
        out->syndicated = found >= 0 ? (uint32_t)found + 1 : 0;
    }
    *field = NULL;
    return CC_OK;
}

/* Store a checked claim with its quantity. */
static cc_status store(cc_claimset *set, const cc_claim_fields *f, const claim_check *chk,
                       const cc_quantity *q, uint32_t line, uint32_t column, cc_claim **added,
                       cc_error *err)
{
    char srcbuf[CC_ERROR_SOURCE_LENGTH];
    const char *src = set_name(set, srcbuf);
    cc_claim c;
    const char *keys[4] = {f->subject, f->measure, f->scope, f->attributed_to};
    uint32_t ids[4];
    int64_t found;
    size_t slot;

    if (set->nclaims >= UINT32_MAX - 1)
        return cc_error__set(err, CC_ELIMIT, src, (int)line, (int)column, -1, "too many claims");
    for (int i = 0; i < 4; i++) {
        ids[i] = keys[i] ? cc_intern__add(&set->keys, keys[i], strlen(keys[i])) : 0;
        if (ids[i] == UINT32_MAX)
            goto nomem;
    }
    memset(&c, 0, sizeof c);
    if (pool(set, f->id, &c.id) || pool(set, f->text, &c.text) ||
        pool(set, f->syndicated_from && *f->syndicated_from ? f->syndicated_from : NULL,
             &c.syndicated_name))
        goto nomem;
    c.source = chk->source;
    c.subject = ids[0];
    c.measure = ids[1];
    c.scope = ids[2];
    c.attributed_to = ids[3];
    c.date = chk->date;
    c.syndicated_from = chk->syndicated;
    c.line = line;
    c.column = column;
    c.span_start = -1;
    c.span_end = -1;
    c.q = *q;
    if (cc__grow((void **)&set->claims, &set->claims_cap, set->nclaims + 1, sizeof *set->claims) !=
            0 ||
        idmap_reserve(set, &set->claim_ids) != 0)
        goto nomem;
    set->claims[set->nclaims] = c;
    set->nclaims++; /* key_of() may read the new claim from here on */
    slot = idmap_slot(set, &set->claim_ids, f->id, strlen(f->id), &found);
    set->claim_ids.slots[slot] = (uint32_t)set->nclaims;
    set->claim_ids.count++;
    if (added)
        *added = &set->claims[set->nclaims - 1];
    return CC_OK;
nomem:
    return cc_error__set(err, CC_ENOMEM, src, (int)line, (int)column, -1, "out of memory");
}

static cc_status add_claim(cc_claimset *set, const cc_claim_fields *f, const cc_quantity *q,
                           uint32_t line, uint32_t column, int forward_ok, const char **field,
                           cc_claim **added, cc_error *err)
{
    char t1[TOKEN_MAX];
    char srcbuf[CC_ERROR_SOURCE_LENGTH];
    const char *src = set_name(set, srcbuf), *dummy;
    claim_check chk;
    cc_quantity parsed;
    cc_status rc;

    if (!field)
        field = &dummy;
    rc = check_fields(set, f, line, column, forward_ok, field, &chk, err);
    if (rc != CC_OK)
        return rc;
    if (!q) {
        if (f->text && f->quantity) {
            *field = "quantity";
            return cc_error__set(err, CC_ESCHEMA, src, (int)line, (int)column, -1,
                                 "claim '%s': both 'text' and 'quantity' given", tok(t1, f->id));
        }
        if (!f->text && !f->quantity)
            return cc_error__set(err, CC_ESCHEMA, src, (int)line, (int)column, -1,
                                 "claim '%s': neither 'text' nor 'quantity' given", tok(t1, f->id));
        if (f->quantity) {
            parsed = *f->quantity;
        } else {
            cc_error tmp;
            cc_error__clear(&tmp);
            memset(&parsed, 0, sizeof parsed);
            rc = cc_quantity__parse(&parsed, f->text, strlen(f->text),
                                    chk.lang[0] ? chk.lang : NULL, &tmp);
            if (rc != CC_OK) {
                *field = "text";
                return cc_error__set(err, rc, src, tmp.code ? tmp.line : 0,
                                     tmp.code ? tmp.column : 0, tmp.code ? tmp.offset : -1,
                                     "claim '%s': %s", tok(t1, f->id),
                                     tmp.code ? tmp.message : cc_strerror(rc));
            }
        }
        q = &parsed;
    }
    return store(set, f, &chk, q, line, column, added, err);
}

cc_status cc_claimset__check(cc_claimset *set, const cc_claim_fields *fields, uint32_t line,
                             uint32_t column, const char **field, cc_error *err)
{
    claim_check chk;
    const char *dummy;
    return check_fields(set, fields, line, column, 1, field ? field : &dummy, &chk, err);
}

cc_status cc_claimset__add_fields(cc_claimset *set, const cc_claim_fields *fields, uint32_t line,
                                  uint32_t column, const char **field, cc_claim **added,
                                  cc_error *err)
{
    return add_claim(set, fields, NULL, line, column, 1, field, added, err);
}

cc_status cc_claimset__add(cc_claimset *set, const cc_claim_fields *fields, const cc_quantity *q,
                           uint32_t line, uint32_t column, cc_claim **added, cc_error *err)
{
    if (!q)
        return cc_error__msg(err, CC_EINVAL, "null quantity");
    return add_claim(set, fields, q, line, column, 1, NULL, added, err);
}

cc_status cc_claim_fields_init(cc_claim_fields *fields, unsigned int version)
{
    static const cc_claim_fields init = CC_CLAIM_FIELDS_INIT;
    if (!fields || version != CC_CLAIM_FIELDS_VERSION)
        return CC_EINVAL;
    *fields = init;
    return CC_OK;
}

cc_status cc_claimset_add_claim(cc_claimset *set, const cc_claim_fields *fields, cc_error *err)
{
    cc_error__clear(err);
    if (!set || !fields)
        return cc_error__msg(err, CC_EINVAL, "null argument");
    if (fields->version != CC_CLAIM_FIELDS_VERSION)
        return cc_error__msg(err, CC_EINVAL, "unknown cc_claim_fields version %u", fields->version);
    return add_claim(set, fields, NULL, 0, 0, 0, NULL, NULL, err);
}

cc_status cc_claimset__resolve_at(cc_claimset *set, size_t *bad, cc_error *err)
{
    char t1[TOKEN_MAX], t2[TOKEN_MAX], srcbuf[CC_ERROR_SOURCE_LENGTH];

    for (size_t i = 0; i < set->nclaims; i++) {
        cc_claim *c = &set->claims[i];
        int64_t found;
        if (!c->syndicated_name || c->syndicated_from)
            continue;
        found = cc_claimset__find_claim(set, cc_claimset__str(set, c->syndicated_name));
        if (found < 0) {
            if (bad)
                *bad = i;
            return cc_error__set(err, CC_ESCHEMA, set_name(set, srcbuf), (int)c->line,
                                 (int)c->column, -1,
                                 "claim '%s': syndicated_from names no claim '%s'",
                                 tok(t1, cc_claimset__str(set, c->id)),
                                 tok(t2, cc_claimset__str(set, c->syndicated_name)));
        }
        c->syndicated_from = (uint32_t)found + 1;
    }
    return CC_OK;
}

cc_status cc_claimset__resolve(cc_claimset *set, cc_error *err)
{
    return cc_claimset__resolve_at(set, NULL, err);
}
