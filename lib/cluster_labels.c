/*
 * cluster_labels.c - the words that name a group: subject and measure
 * chosen from the context terms its sources share, made unique among
 * groups ("value", "value (2)", ...).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cluster_labels.h"
#include "common.h"

#define SHARED_MAX 5

typedef struct tsrc {
    uint32_t term, source;
    float w;
} tsrc;

static int cmp_tsrc(const void *x, const void *y)
{
    const tsrc *a = x, *b = y;
    if (a->term != b->term)
        return a->term < b->term ? -1 : 1;
    if (a->source != b->source)
        return a->source < b->source ? -1 : 1;
    return a->w > b->w ? -1 : a->w < b->w;
}

typedef struct scored {
    uint32_t term;
    uint32_t sources;
    double score;
} scored;

static int cmp_scored(const void *x, const void *y)
{
    const scored *a = x, *b = y;
    if (a->score != b->score)
        return a->score > b->score ? -1 : 1;
    return a->term < b->term ? -1 : a->term > b->term;
}

static void json_append(char *buf, size_t size, const char *s, int *first)
{
    size_t n = strlen(buf);
    if (n + strlen(s) + 5 >= size)
        return;
    snprintf(buf + n, size - n, "%s\"%s\"", *first ? "" : ", ", s);
    *first = 0;
}

cc_status cc_cluster__topic_labels(const cc_context *ctx, const cc_cmention *m, const uint32_t *mem,
                                   size_t nm, cc_clabels *out)
{
    tsrc *ts = NULL;
    scored *sc = NULL;
    size_t nts = 0, cap = 0, nsc = 0, nsrc = 0;
    int first = 1;
    cc_status st = CC_ENOMEM;
    uint32_t prev_src = UINT32_MAX;
    strcpy(out->subject, "");
    strcpy(out->measure, "");
    strcpy(out->shared, "[");
    for (size_t i = 0; i < nm; i++) {
        size_t tn;
        const cc_cterm *tv = cc_context__terms(ctx, mem[i], &tn);
        if (cc__grow((void **)&ts, &cap, nts + tn + 1, sizeof *ts) != 0)
            goto done;
        for (size_t k = 0; k < tn; k++) {
            int kind = cc_context__term_kind(ctx, tv[k].term);
            if (kind == CC_TERM_DAY || kind == CC_TERM_KEY)
                continue;
            ts[nts].term = tv[k].term;
            ts[nts].source = m[mem[i]].source;
            ts[nts].w = tv[k].w;
            nts++;
        }
        if (m[mem[i]].source != prev_src)
            nsrc++; /* an upper bound is enough: mem is grouped by source often */
        prev_src = m[mem[i]].source;
    }
    qsort(ts, nts, sizeof *ts, cmp_tsrc);
    sc = cc__calloc(nts + 1, sizeof *sc);
    if (!sc)
        goto done;
    for (size_t s = 0; s < nts;) {
        size_t e = s;
        scored x = {ts[s].term, 0, 0};
        while (e < nts && ts[e].term == ts[s].term) {
            if (e == s || ts[e].source != ts[e - 1].source) {
                x.sources++;
                x.score += ts[e].w;
            }
            e++;
        }
        if (nsrc < 2 || x.sources >= 2)
            sc[nsc++] = x;
        s = e;
    }
    for (size_t i = 0; i < nsc; i++)
        sc[i].score *= sc[i].sources;
    qsort(sc, nsc, sizeof *sc, cmp_scored);
    for (size_t i = 0; i < nsc && i < SHARED_MAX; i++)
        json_append(out->shared, sizeof out->shared, cc_context__term_name(ctx, sc[i].term),
                    &first);
    strcat(out->shared, "]");
    {
        /* the subject is the name that stands nearest the figures: a
         * score without the rarity weighting, which favours the name
         * mentioned least ("Nordpharm" of the headline over "Rheinchem",
         * the subject of the sentence on Rheinchem's revenue) */
        double best = 0;
        for (size_t i = 0; i < nsc; i++) {
            double idf = cc_context__term_idf(ctx, sc[i].term);
            double near = idf > 0 ? sc[i].score / idf : sc[i].score;
            if (cc_context__term_is_name(ctx, sc[i].term) && near > best) {
                best = near;
                snprintf(out->subject, sizeof out->subject, "%s",
                         cc_context__term_name(ctx, sc[i].term));
            }
        }
    }
    for (size_t i = 0; i < nsc && !out->measure[0]; i++)
        if (cc_context__term_kind(ctx, sc[i].term) == CC_TERM_CONCEPT)
            snprintf(out->measure, sizeof out->measure, "%s",
                     cc_context__term_name(ctx, sc[i].term));
    for (size_t i = 0; i < nsc && (!out->subject[0] || !out->measure[0]); i++) {
        const char *w = cc_context__term_name(ctx, sc[i].term);
        if (strcmp(w, out->subject) == 0 || strcmp(w, out->measure) == 0 ||
            cc_context__term_is_time(ctx, sc[i].term))
            continue;
        if (!out->subject[0])
            snprintf(out->subject, sizeof out->subject, "%s", w);
        else
            snprintf(out->measure, sizeof out->measure, "%s", w);
    }
    if (!out->subject[0])
        strcpy(out->subject, "figure");
    if (!out->measure[0])
        strcpy(out->measure, "value");
    st = CC_OK;
done:
    free(ts);
    free(sc);
    return st;
}

/* Make (subject, measure) unique among topics: open-addressing maps keyed
 * by hashes of the folded pairs, one of the cc_clabels taken, one of the next
 * number to try for a label already taken ("value (7)"), so that a label
 * shared by many topics costs one probe each, not one per earlier topic. */
/* The slot of h (not 0) in s, or the empty slot where it belongs. */
static size_t label_slot(const cc_clabelset *s, uint64_t h)
{
    size_t i;
    for (i = (size_t)h & (s->cap - 1); s->h[i] && s->h[i] != h; i = (i + 1) & (s->cap - 1))
        ;
    return i;
}

/* Find or add key h: *slot receives its slot, *taken 1 if it was there. */
static int label_add(cc_clabelset *s, uint64_t h, size_t *slot, int *taken)
{
    if (!h)
        h = 1;
    if ((s->n + 1) * 2 > s->cap) {
        cc_clabelset ns = {NULL, NULL, s->n, s->cap ? s->cap * 2 : 256};
        ns.h = cc__calloc(ns.cap, sizeof *ns.h);
        ns.v = cc__calloc(ns.cap, sizeof *ns.v);
        if (!ns.h || !ns.v) {
            free(ns.h);
            free(ns.v);
            return -1;
        }
        for (size_t k = 0; k < s->cap; k++)
            if (s->h[k]) {
                size_t j = label_slot(&ns, s->h[k]);
                ns.h[j] = s->h[k];
                ns.v[j] = s->v[k];
            }
        free(s->h);
        free(s->v);
        *s = ns;
    }
    *slot = label_slot(s, h);
    *taken = s->h[*slot] != 0;
    if (!*taken) {
        s->h[*slot] = h;
        s->v[*slot] = 0;
        s->n++;
    }
    return 0;
}

static uint64_t label_hash(const cc_clabels *l)
{
    char buf[200];
    size_t n = cc_context__fold(l->subject, strlen(l->subject), buf, 100);
    buf[n++] = '\x1f';
    n += cc_context__fold(l->measure, strlen(l->measure), buf + n, 100);
    return cc__hash(buf, n);
}

/* The first of "measure", "measure (2)", "measure (3)", ... not taken with
 * this subject. `next` remembers per label where the search ended: every
 * number below it is taken, and cc_clabels are never given back. */
int cc_cluster__unique_labels(cc_clabelset *taken_set, cc_clabelset *next, cc_clabels *l,
                              size_t *tries)
{
    char base[96];
    int taken = 0, known = 0, k;
    size_t slot, nslot;
    uint64_t bh = label_hash(l);
    (*tries)++;
    snprintf(base, sizeof base, "%s", l->measure);
    if (label_add(taken_set, bh, &slot, &taken) != 0)
        return -1;
    if (!taken)
        return 0;
    if (label_add(next, bh, &nslot, &known) != 0)
        return -1;
    for (k = known ? (int)next->v[nslot] : 2; taken; k++) {
        snprintf(l->measure, sizeof l->measure, "%.80s (%d)", base, k);
        (*tries)++;
        if (label_add(taken_set, label_hash(l), &slot, &taken) != 0)
            return -1;
    }
    next->v[nslot] = (uint32_t)k;
    return 0;
}

void cc_cluster__labelset_free(cc_clabelset *s)
{
    free(s->h);
    free(s->v);
    s->h = NULL;
    s->v = NULL;
    s->n = s->cap = 0;
}
