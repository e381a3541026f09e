/*
 * group.c - grouping claims by key and dimension, voices, the order of
 * claims and groups in the report, and links between related groups.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "check_internal.h"
#include "common.h"
#include "date.h"

/* Most links one group gets; a key with more scopes/attributions than this
 * links each group to the first ones in report order only. */
#define LINKS_MAX 64

static uint64_t mix(uint64_t h, uint64_t v)
{
    h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
    h ^= h >> 31;
    h *= 0xbf58476d1ce4e5b9ULL;
    h ^= h >> 29;
    return h;
}

static uint64_t key_hash(uint32_t subject, uint32_t measure, int32_t date, uint32_t scope,
                         uint32_t attributed_to, uint32_t dimension)
{
    uint64_t h = 0x243f6a8885a308d3ULL;
    h = mix(h, ((uint64_t)subject << 32) | measure);
    h = mix(h, ((uint64_t)(uint32_t)date << 32) | dimension);
    h = mix(h, ((uint64_t)scope << 32) | attributed_to);
    return h;
}

/* What a claim's physical unit measures (masses apart from powers), 0 for
 * the other dimensions: part of the key, as the dimension is. */
static uint8_t quantity_of(const cc_quantity *q)
{
    return q->dimension == CC_DIM_MEASURE ? (uint8_t)cc_unit__quantity(q->unit) : 0;
}

static int same_key(const cc_group *g, const cc_claim *c)
{
    return g->subject == c->subject && g->measure == c->measure && g->date == c->date &&
           g->scope == c->scope && g->attributed_to == c->attributed_to &&
           g->dimension == c->q.dimension && g->quantity == quantity_of(&c->q);
}

static cc_status rehash(uint32_t **slots, size_t *nslots, const cc_group *groups, size_t ngroups)
{
    size_t n = *nslots * 2, mask = n - 1;
    uint32_t *s = cc__calloc(n, sizeof *s);
    if (!s)
        return CC_ENOMEM;
    for (size_t g = 0; g < ngroups; g++) {
        const cc_group *G = &groups[g];
        size_t at = (size_t)key_hash(G->subject, G->measure, G->date, G->scope, G->attributed_to,
                                     G->dimension | (uint32_t)G->quantity << 8) &
                    mask;
        while (s[at])
            at = (at + 1) & mask;
        s[at] = (uint32_t)g + 1;
    }
    free(*slots);
    *slots = s;
    *nslots = n;
    return CC_OK;
}

cc_status cc_group__build(cc_report *r, uint32_t *gid, cc_error *err)
{
    const cc_claimset *set = r->set;
    size_t n = set->nclaims, cap = 0, nslots = 1024;
    cc_group *groups = NULL;
    uint32_t *slots = cc__calloc(nslots, sizeof *slots), *cursor = NULL;
    size_t ngroups = 0;
    cc_status rc = CC_OK;

    if (!slots)
        goto nomem;
    for (size_t i = 0; i < n; i++) {
        const cc_claim *c = &set->claims[i];
        size_t mask = nslots - 1;
        size_t at = (size_t)key_hash(c->subject, c->measure, c->date, c->scope, c->attributed_to,
                                     c->q.dimension | (uint32_t)quantity_of(&c->q) << 8) &
                    mask;
        uint32_t g;
        while ((g = slots[at]) != 0 && !same_key(&groups[g - 1], c))
            at = (at + 1) & mask;
        if (g == 0) {
            cc_group *G;
            if (cc__grow((void **)&groups, &cap, ngroups + 1, sizeof *groups) != 0)
                goto nomem;
            G = &groups[ngroups];
            memset(G, 0, sizeof *G);
            G->subject = c->subject;
            G->measure = c->measure;
            G->date = c->date;
            G->scope = c->scope;
            G->attributed_to = c->attributed_to;
            G->dimension = c->q.dimension;
            G->quantity = quantity_of(&c->q);
            G->consensus_point = NAN;
            slots[at] = (uint32_t)++ngroups;
            g = (uint32_t)ngroups;
            if (ngroups * 2 > nslots && rehash(&slots, &nslots, groups, ngroups) != CC_OK)
                goto nomem;
        }
        gid[i] = g - 1;
        groups[g - 1].count++;
    }
    /* bucket: a stable counting sort of claim indices by group id */
    cursor = cc__malloc((ngroups ? ngroups : 1) * sizeof *cursor);
    if (!cursor)
        goto nomem;
    {
        uint32_t at = 0;
        for (size_t g = 0; g < ngroups; g++) {
            groups[g].first = at;
            cursor[g] = at;
            at += groups[g].count;
        }
    }
    for (size_t i = 0; i < n; i++)
        r->claims[cursor[gid[i]]++].claim = (uint32_t)i;
    r->groups = groups;
    r->ngroups = ngroups;
    groups = NULL;
    goto done;
nomem:
    rc = cc_error__msg(err, CC_ENOMEM, "out of memory grouping claims");
done:
    free(groups);
    free(slots);
    free(cursor);
    return rc;
}

void cc_group__roots(const cc_claimset *set, uint32_t *root)
{
    const uint32_t unset = CC_NONE32, visiting = CC_NONE32 - 1;
    size_t n = set->nclaims;

    for (size_t i = 0; i < n; i++)
        root[i] = unset;
    for (size_t i = 0; i < n; i++) {
        uint32_t j = (uint32_t)i, r, s;
        if (root[i] != unset)
            continue;
        for (;;) {
            if (root[j] == visiting) { /* a cycle: its first revisited claim stands for it */
                r = j;
                break;
            }
            if (root[j] != unset) {
                r = root[j];
                break;
            }
            root[j] = visiting;
            s = set->claims[j].syndicated_from;
            if (s == 0 || s > n) {
                r = j;
                break;
            }
            j = s - 1;
        }
        j = (uint32_t)i;
        while (root[j] == visiting) {
            root[j] = r;
            s = set->claims[j].syndicated_from;
            if (s == 0 || s > n)
                break;
            j = s - 1;
        }
    }
}

/* ---- voices ---- */

static uint32_t uf_find(uint32_t *parent, uint32_t i)
{
    uint32_t r = i;
    while (parent[r] != r)
        r = parent[r];
    while (parent[i] != r) {
        uint32_t next = parent[i];
        parent[i] = r;
        i = next;
    }
    return r;
}

static void uf_union(uint32_t *parent, uint32_t a, uint32_t b)
{
    a = uf_find(parent, a);
    b = uf_find(parent, b);
    if (a == b)
        return;
    /* the earlier claim stands for the voice */
    if (a < b)
        parent[b] = a;
    else
        parent[a] = b;
}

static int is_space(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

static const char *trimmed(const char *s, size_t *len)
{
    size_t n = strlen(s);
    while (n && is_space((unsigned char)*s)) {
        s++;
        n--;
    }
    while (n && is_space((unsigned char)s[n - 1]))
        n--;
    *len = n;
    return s;
}

/* The words that show a claim was copied: its sentence when it was found in
 * running text (the figure alone, "2,9 Prozent", is written alike by
 * independent outlets), else its text as written. 0 = none. */
static cc_sref voice_words(const cc_claim *c)
{
    return c->sentence ? c->sentence : c->text;
}

static uint64_t text_hash(const cc_claimset *set, const cc_claim *c)
{
    size_t len;
    const char *t = trimmed(cc_claimset__str(set, voice_words(c)), &len);
    uint64_t h = cc__hash(t, len);
    h = mix(h, cc__hash(c->q.digits, strlen(c->q.digits)));
    h = mix(h, cc__hash(c->q.digits_high, strlen(c->q.digits_high)));
    h = mix(h, cc__hash(c->q.unit, strlen(c->q.unit)));
    h = mix(h, ((uint64_t)(uint16_t)c->q.scale << 8) | c->q.hedge);
    return h;
}

static int same_text(const cc_claimset *set, const cc_claim *a, const cc_claim *b)
{
    size_t la, lb;
    const char *ta = trimmed(cc_claimset__str(set, voice_words(a)), &la);
    const char *tb = trimmed(cc_claimset__str(set, voice_words(b)), &lb);
    return la == lb && memcmp(ta, tb, la) == 0 && strcmp(a->q.digits, b->q.digits) == 0 &&
           strcmp(a->q.digits_high, b->q.digits_high) == 0 && strcmp(a->q.unit, b->q.unit) == 0 &&
           a->q.scale == b->q.scale && a->q.hedge == b->q.hedge;
}

void cc_group__voices(cc_report *r, const cc_group *g, const uint32_t *root, cc_scratch *s)
{
    const cc_claimset *set = r->set;
    cc_checked_claim *C = r->claims + g->first;
    uint32_t n = g->count, *slots = (uint32_t *)(void *)s->events;
    size_t nslots = 16, mask;
    int copies = 0, texts = 0;

    while (nslots < 2 * (size_t)n)
        nslots *= 2;
    mask = nslots - 1;
    for (uint32_t i = 0; i < n; i++) {
        s->parent[i] = i;
        if (root[C[i].claim] != C[i].claim)
            copies = 1;
        if (voice_words(&set->claims[C[i].claim]))
            texts++;
    }
    /* copies: claims with the same root share a voice */
    if (copies) {
        memset(slots, 0, nslots * sizeof *slots);
        for (uint32_t i = 0; i < n; i++) {
            uint32_t key = root[C[i].claim], j;
            size_t at = (size_t)mix(0, key) & mask;
            while ((j = slots[at]) != 0 && root[C[j - 1].claim] != key)
                at = (at + 1) & mask;
            if (j)
                uf_union(s->parent, i, j - 1);
            else
                slots[at] = i + 1;
        }
    }
    /* the same words from different sources: one voice per class that has
     * at least two sources (aux = the class's first claim, mark = several sources) */
    if (texts > 1) {
        memset(slots, 0, nslots * sizeof *slots);
        for (uint32_t i = 0; i < n; i++) {
            const cc_claim *c = &set->claims[C[i].claim];
            s->aux[i] = CC_NONE32;
            s->mark[i] = 0;
            if (!voice_words(c))
                continue;
            size_t at = (size_t)text_hash(set, c) & mask;
            uint32_t j;
            while ((j = slots[at]) != 0 && !same_text(set, &set->claims[C[j - 1].claim], c))
                at = (at + 1) & mask;
            if (!j) {
                slots[at] = i + 1;
                s->aux[i] = i;
            } else {
                s->aux[i] = j - 1;
                if (set->claims[C[j - 1].claim].source != c->source)
                    s->mark[j - 1] = 1;
            }
        }
        for (uint32_t i = 0; i < n; i++)
            if (s->aux[i] != CC_NONE32 && s->mark[s->aux[i]])
                uf_union(s->parent, i, s->aux[i]);
    }
    /* voice ids and dense numbers of the checked claims' voices */
    for (uint32_t i = 0; i < n; i++)
        s->aux[i] = CC_NONE32;
    s->nvoices = 0;
    for (uint32_t i = 0; i < n; i++) {
        uint32_t rep = uf_find(s->parent, i);
        C[i].voice = root[C[rep].claim];
        if (C[i].status == CC_STATUS_UNCHECKED) {
            s->vidx[i] = CC_NONE32;
            continue;
        }
        if (s->aux[rep] == CC_NONE32)
            s->aux[rep] = s->nvoices++;
        s->vidx[i] = s->aux[rep];
    }
}

/* ---- order ---- */

static unsigned claim_rank(const cc_checked_claim *c)
{
    if (c->in_consensus)
        return 0;
    switch (c->status) {
    case CC_STATUS_CONTRADICTS: return 1;
    case CC_STATUS_MINOR_DISCREPANCY: return 2;
    case CC_STATUS_AGREES_LENIENT: return 3;
    case CC_STATUS_AGREES: return 4;
    default: return 5;
    }
}

void cc_group__sort_claims(cc_report *r, const cc_group *g, cc_scratch *s)
{
    cc_checked_claim *C = r->claims + g->first;
    uint32_t n = g->count, start[7] = {0};
    uint32_t *perm = s->parent;

    for (uint32_t i = 0; i < n; i++)
        start[claim_rank(&C[i]) + 1]++;
    for (int k = 1; k < 7; k++)
        start[k] += start[k - 1];
    /* perm[k] = the old position of the claim that goes to position k */
    for (uint32_t i = 0; i < n; i++)
        perm[start[claim_rank(&C[i])]++] = i;
    for (uint32_t i = 0; i < n; i++)
        s->mark[i] = 0;
    for (uint32_t k = 0; k < n; k++) {
        cc_checked_claim tmp;
        uint32_t j = k;
        if (s->mark[k] || perm[k] == k)
            continue;
        tmp = C[k];
        for (;;) {
            uint32_t from = perm[j];
            s->mark[j] = 1;
            if (from == k) {
                C[j] = tmp;
                break;
            }
            C[j] = C[from];
            j = from;
        }
    }
}

static unsigned verdict_rank(unsigned v)
{
    switch (v) {
    case CC_VERDICT_CONFLICT: return 0;
    case CC_VERDICT_SPLIT: return 1;
    case CC_VERDICT_MINOR_DISCREPANCY: return 2;
    case CC_VERDICT_CONSISTENT: return 3;
    default: return 4;
    }
}

cc_status cc_group__order(cc_report *r, cc_error *err)
{
    size_t start[6] = {0};
    cc_group *out;

    if (r->ngroups == 0)
        return CC_OK;
    out = cc__malloc(r->ngroups * sizeof *out);
    if (!out)
        return cc_error__msg(err, CC_ENOMEM, "out of memory ordering groups");
    for (size_t g = 0; g < r->ngroups; g++)
        start[verdict_rank(r->groups[g].verdict) + 1]++;
    for (int k = 1; k < 6; k++)
        start[k] += start[k - 1];
    for (size_t g = 0; g < r->ngroups; g++)
        out[start[verdict_rank(r->groups[g].verdict)]++] = r->groups[g];
    free(r->groups);
    r->groups = out;
    return CC_OK;
}

/* ---- links ---- */

static uint64_t link_hash(const cc_group *g)
{
    uint64_t h = 0x13198a2e03707344ULL;
    h = mix(h, ((uint64_t)g->subject << 32) | g->measure);
    h = mix(h, ((uint64_t)(uint32_t)g->date << 32) | g->dimension | (uint32_t)g->quantity << 8);
    return h;
}

static int same_link_key(const cc_group *a, const cc_group *b)
{
    return a->subject == b->subject && a->measure == b->measure && a->date == b->date &&
           a->dimension == b->dimension && a->quantity == b->quantity;
}

static double link_gap(const cc_report *r, const cc_rates *rates, const cc_group *a,
                       const cc_group *b)
{
    double p1 = a->consensus_point, p2 = b->consensus_point, m;
    if (!a->has_consensus || !b->has_consensus || isnan(p1) || isnan(p2))
        return NAN;
    if (a->dimension == CC_DIM_CURRENCY && strcmp(a->unit, b->unit) != 0) {
        cc_fx fx;
        if (a->date == CC_NO_DATE || cc_rates__fx(rates, b->unit, a->unit, a->date,
                                                  r->opts.fx_window_days, &fx, NULL) != CC_OK)
            return NAN;
        p2 *= (fx.low + fx.high) / 2;
    } else if (a->dimension == CC_DIM_MEASURE) {
        p2 = cc_unit__convert(p2, b->unit, a->unit); /* "0.15 GW" beside "MW": one quantity */
    }
    m = fmax(fabs(p1), fabs(p2));
    return m == 0 ? 0 : fabs(p1 - p2) / m;
}

cc_status cc_group__links(cc_report *r, const cc_rates *rates, cc_error *err)
{
    size_t ng = r->ngroups, nslots = 16, mask, nb = 0, nlinks = 0;
    uint32_t *slots = NULL, *bucket = NULL, *bstart = NULL, *members = NULL, *cursor = NULL;
    cc_status rc = CC_OK;

    r->links = NULL;
    r->nlinks = 0;
    if (ng < 2)
        return CC_OK;
    while (nslots < 2 * ng)
        nslots *= 2;
    mask = nslots - 1;
    slots = cc__calloc(nslots, sizeof *slots);
    bucket = cc__malloc(ng * sizeof *bucket);
    members = cc__malloc(ng * sizeof *members);
    if (!slots || !bucket || !members)
        goto nomem;
    /* bucket id per group: (subject, measure, date, dimension) */
    for (size_t g = 0; g < ng; g++) {
        size_t at = (size_t)link_hash(&r->groups[g]) & mask;
        uint32_t j;
        while ((j = slots[at]) != 0 && !same_link_key(&r->groups[j - 1], &r->groups[g]))
            at = (at + 1) & mask;
        if (!j) {
            slots[at] = (uint32_t)g + 1;
            bucket[g] = (uint32_t)nb++;
        } else {
            bucket[g] = bucket[j - 1];
        }
    }
    bstart = cc__calloc(nb + 1, sizeof *bstart);
    cursor = cc__malloc(nb * sizeof *cursor);
    if (!bstart || !cursor)
        goto nomem;
    for (size_t g = 0; g < ng; g++)
        bstart[bucket[g] + 1]++;
    for (size_t b = 0; b < nb; b++) {
        bstart[b + 1] += bstart[b];
        cursor[b] = bstart[b];
    }
    for (size_t g = 0; g < ng; g++)
        members[cursor[bucket[g]]++] = (uint32_t)g;
    /* count, allocate, fill: each group's links in report order of the other group */
    for (size_t g = 0; g < ng; g++) {
        size_t k = bstart[bucket[g] + 1] - bstart[bucket[g]] - 1;
        nlinks += k < LINKS_MAX ? k : LINKS_MAX;
    }
    if (nlinks == 0)
        goto done;
    r->links = cc__malloc(nlinks * sizeof *r->links);
    if (!r->links)
        goto nomem;
    for (size_t g = 0; g < ng; g++) {
        cc_group *G = &r->groups[g];
        uint32_t b = bucket[g];
        G->link_first = (uint32_t)r->nlinks;
        G->link_count = 0;
        for (uint32_t m = bstart[b]; m < bstart[b + 1] && G->link_count < LINKS_MAX; m++) {
            const cc_group *H = &r->groups[members[m]];
            cc_group_link *L;
            if (members[m] == g)
                continue;
            L = &r->links[r->nlinks++];
            L->group = members[m];
            L->relation = G->scope != H->scope ? CC_RELATION_DIFFERENT_SCOPE
                                               : CC_RELATION_DIFFERENT_ATTRIBUTION;
            L->gap = link_gap(r, rates, G, H);
            G->link_count++;
        }
    }
    goto done;
nomem:
    rc = cc_error__msg(err, CC_ENOMEM, "out of memory linking groups");
done:
    free(slots);
    free(bucket);
    free(bstart);
    free(members);
    free(cursor);
    return rc;
}
