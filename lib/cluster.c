/*
 * cluster.c - which mentions speak of the same thing.
 *
 * 1. Blocking: each mention's strongest context terms index it; only
 *    mentions that share such a term, have the same dimension and lie
 *    within a factor 5 of each other are compared (terms indexing more
 *    than BLOCK_CAP mentions say too little to be worth their pairs).
 * 2. Linking: a pair of mentions from different sources is linked when its
 *    TF-IDF context similarity clears a threshold that grows with the gap
 *    between the figures (the same figure needs little context; figures a
 *    factor 2 apart need much; a factor 4 only where the articles
 *    themselves say why they differ: police vs organisers, intraday vs
 *    close; counts and money up to a factor 5 where the words agree
 *    strongly, "a net loss of €412m" and "of €1.2bn", or a factor 10, a
 *    slipped decimal point; but never percentages, whose sentences share
 *    their words with every other rate of the release). Days named in
 *    both sentences must agree; the start and the end
 *    of a change ("von 89,3 auf 81") never link, nor do reports published
 *    more than a week apart. The context includes the
 *    other figures of the sentence, which read alike in every language.
 * 3. Topics are the linked components. Each is split into the keys the
 *    check compares: day, time scope, attribution (a mention that names
 *    none takes the one most members name; never "forecast" or
 *    "prior_period", which say the figure is not the actual one). Within a key a source speaks
 *    once: a repeat of the same figure is a copy, a different figure from
 *    the same source leaves the group, and such leftovers of several
 *    sources that agree form a key of their own (with any voice that
 *    disagrees with all the others but agrees with a leftover);
 *    near-identical sentences of two sources are one voice (syndicated
 *    copy).
 *
 * Names are compared across languages by their spelling ("iPhone" has a
 * German and an English stem, and one canon: context.c), and a wide range
 * is no "same figure" for any value inside it.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cluster.h"
#include "cluster_labels.h"
#include "common.h"
#include "date.h"

#define BLOCK_TERMS 6
#define BLOCK_CAP 256
#define MAG_SPAN 5.0
/* a slip of the decimal point or the scale word: "2,5 Millionen Euro pro
 * Streiktag" against "25 Mio. Euro pro Tag", a factor 10 */
#define SLIP_LO 9.5
#define SLIP_HI 10.5
#define PUBLISHED_SPAN 7 /* days between reports of one event */

typedef struct post {
    uint32_t term, m;
} post;

typedef struct link {
    uint32_t a, b;
    float sim;
} link;

static int cmp_post(const void *x, const void *y)
{
    const post *a = x, *b = y;
    if (a->term != b->term)
        return a->term < b->term ? -1 : 1;
    return a->m < b->m ? -1 : a->m > b->m;
}

static _Thread_local const cc_cmention *sort_m; /* qsort has no context argument */

static int cmp_mag(const void *x, const void *y)
{
    const post *a = x, *b = y;
    const cc_cmention *ma = &sort_m[a->m], *mb = &sort_m[b->m];
    if (ma->dimension != mb->dimension)
        return ma->dimension < mb->dimension ? -1 : 1;
    if (ma->mag != mb->mag)
        return ma->mag < mb->mag ? -1 : 1;
    return a->m < b->m ? -1 : a->m > b->m;
}

static int cmp_link(const void *x, const void *y)
{
    const link *a = x, *b = y;
    if (a->a != b->a)
        return a->a < b->a ? -1 : 1;
    return a->b < b->b ? -1 : a->b > b->b;
}

static uint32_t find(uint32_t *parent, uint32_t i)
{
    while (parent[i] != i) {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    return i;
}

static int streq(const char *a, const char *b)
{
    if (!a || !b)
        return a == b;
    return cc__ascii_casecmp(a, b) == 0;
}

static double ratio(const cc_cmention *a, const cc_cmention *b)
{
    double x = a->mag, y = b->mag;
    if (x == y)
        return 1.0;
    if (x <= 0 || y <= 0)
        return INFINITY;
    return x > y ? x / y : y / x;
}

/* 1 if the strict interval of m spans no more than a factor 1.25: one
 * figure, hedged ("gut 500 Millionen"), not a range of them ("zwischen 45
 * und 120 Pfund") or an open bound. */
static int narrow(const cc_cmention *m)
{
    double lo = fabs(m->strict.low), hi = fabs(m->strict.high);
    if (lo > hi) {
        double t = lo;
        lo = hi;
        hi = t;
    }
    return lo > 0 && hi <= lo * 1.25;
}

/* 1 if the strict intervals of a and b, on the magnitude scale (money in
 * euros), share a point: the same figure written with other hedges or in
 * another currency ("gut 500 Millionen" and "512 Millionen"). A wide
 * range shares a point with many figures and says none is its own. */
static int same_span(const cc_cmention *a, const cc_cmention *b)
{
    double sa = a->scale > 0 ? a->scale : 1, sb = b->scale > 0 ? b->scale : 1;
    double al = fabs(a->strict.low) * sa, ah = fabs(a->strict.high) * sa;
    double bl = fabs(b->strict.low) * sb, bh = fabs(b->strict.high) * sb;
    double t;
    if (isnan(al) || isnan(ah) || isnan(bl) || isnan(bh) || !narrow(a) || !narrow(b))
        return 0;
    if ((a->strict.low < 0) != (a->strict.high < 0) || (b->strict.low < 0) != (b->strict.high < 0))
        return 0;
    if (al > ah) {
        t = al;
        al = ah;
        ah = t;
    }
    if (bl > bh) {
        t = bl;
        bl = bh;
        bh = t;
    }
    return (al > bl ? al : bl) <= (ah < bh ? ah : bh);
}

int cc_cluster__compatible(const cc_cmention *a, const cc_cmention *b)
{
    double lo, hi;
    if (strcmp(a->unit, b->unit) != 0)
        return ratio(a, b) <= 1.1;
    lo = a->strict.low > b->strict.low ? a->strict.low : b->strict.low;
    hi = a->strict.high < b->strict.high ? a->strict.high : b->strict.high;
    return lo <= hi;
}

/* The entity of each mention, looked up once: in its clause (region 3) and
 * anywhere near it (region 0); NO_ENTITY if none. */
#define NO_ENTITY UINT32_MAX

typedef struct entities {
    const cc_context *ctx;
    uint32_t *clause, *near;
} entities;

static int entities_init(entities *e, const cc_context *ctx, size_t n)
{
    e->ctx = ctx;
    e->clause = cc__calloc(n ? n : 1, sizeof *e->clause);
    e->near = cc__calloc(n ? n : 1, sizeof *e->near);
    if (!e->clause || !e->near)
        return -1;
    for (size_t i = 0; i < n; i++) {
        uint32_t t;
        e->clause[i] = cc_context__entity(ctx, i, 3, &t) ? t : NO_ENTITY;
        e->near[i] = cc_context__entity(ctx, i, 0, &t) ? t : NO_ENTITY;
    }
    return 0;
}

static void entities_free(entities *e)
{
    free(e->clause);
    free(e->near);
}

/* 1 if mention x's clause names an entity that y is not about: y's own
 * entity is not in x's clause and x's is not in y's sentence. */
static int clause_conflict(const entities *e, size_t x, size_t y)
{
    uint32_t cx = e->clause[x], ey = e->near[y];
    if (cx == NO_ENTITY || ey == NO_ENTITY || cx == ey)
        return 0;
    /* one body by its name and by its acronym ("Robert Koch-Institut", "RKI") */
    if (cc_context__spells(e->ctx, x, ey) || cc_context__spells(e->ctx, y, cx))
        return 0;
    /* y's clause names nobody and its article names x's entity before it
     * (the sentence before, the headline): y speaks of it too */
    if (e->clause[y] == NO_ENTITY && cc_context__names_near(e->ctx, y, cx, 0))
        return 0;
    /* a name only x's article uses (a spokesman, an officer) says nothing
     * against y's entity when x's article names that one before */
    if (!cc_context__term_multi_source(e->ctx, cx) && cc_context__names_near(e->ctx, x, ey, 0))
        return 0;
    return !cc_context__names_near(e->ctx, x, ey, 3) && !cc_context__names_near(e->ctx, y, cx, 2);
}

static int same_entity(const entities *e, size_t i, size_t j)
{
    return e->near[i] != NO_ENTITY && e->near[i] == e->near[j];
}

static int other_entity(const entities *e, size_t i, size_t j)
{
    return clause_conflict(e, i, j) || clause_conflict(e, j, i);
}

int cc_cluster__phase(int change, const char *scope)
{
    if (change)
        return change;
    return scope && strcmp(scope, "prior_period") == 0 ? 1 : 0;
}

static int phase(const cc_cmention *m)
{
    return cc_cluster__phase(m->change, m->scope);
}

/* Reports published more than PUBLISHED_SPAN days apart, of figures that
 * name no common day, speak of different events or different times (a
 * rent protest's 1,200 police officers are not a storm's 1,800 rescue
 * workers half a year later). */
static int far_apart(const cc_cmention *a, const cc_cmention *b)
{
    if (a->published == CC_NO_DATE || b->published == CC_NO_DATE)
        return 0;
    if (a->date != CC_NO_DATE && a->date == b->date)
        return 0;
    return abs(a->published - b->published) > PUBLISHED_SPAN;
}

static int slip(double r)
{
    return r >= SLIP_LO && r <= SLIP_HI;
}

/* Whether mentions a and b (different sources) are linked. */
static int linked(const cc_cmention *a, const cc_cmention *b, double sim, int same_entity,
                  const cc_cluster_params *p)
{
    double r = ratio(a, b);
    /* the same figure: within 2 %, or within 25 % and the intervals meet */
    int same = r <= 1.02 || (r <= 1.25 && same_span(a, b));
    int differ = (a->attrib && b->attrib && !streq(a->attrib, b->attrib)) ||
                 (a->scope && b->scope && strcmp(a->scope, b->scope) != 0);
    if (a->dimension != b->dimension || a->quantity != b->quantity)
        return 0; /* "120.000 Tonnen" and "150 MW": a mass and a power */
    /* "£250,000 a week" and "£250,000 a year" are two measures */
    if (a->period && b->period && a->period != b->period)
        return 0;
    if (a->date != CC_NO_DATE && b->date != CC_NO_DATE && a->date != b->date)
        return 0;
    /* the start and the end of a change ("von 89,3 auf 81 Milliarden") are
     * two states of one thing, never one figure; a figure of the period
     * before is a start */
    if (phase(a) && phase(b) && phase(a) != phase(b))
        return 0;
    /* a figure of another year, or of a year against one of none */
    if (a->year != b->year && (a->year && b->year ? 1 : r > 1.02))
        return 0;
    /* spelled-out numbers ("fünf Jahre") join only on the same figure or strong words */
    if ((a->weak || b->weak) && r > 1.02 && sim < p->strong)
        return 0;
    if (same && sim >= p->same_figure)
        return 1;
    /* the same figure about the same entity on the same named day */
    if (same && same_entity && a->date != CC_NO_DATE && a->date == b->date)
        return 1;
    if (r <= 1.25 && sim >= p->same_value)
        return 1;
    if (r <= 2.0 && sim >= p->link)
        return 1;
    if (r <= 4.0 && sim >= p->link && differ)
        return 1;
    /* up to a factor 5, or 10 (one figure with a slipped decimal point or
     * scale word, the error to show), in sentences that agree strongly */
    return (r <= MAG_SPAN || slip(r)) && sim >= p->strong && a->dimension != CC_DIM_PERCENT;
}

/* ---- candidate pairs ---- */

static int cmp_w_desc(const void *x, const void *y)
{
    const cc_cterm *a = x, *b = y;
    return a->w > b->w ? -1 : a->w < b->w;
}

/* Whether a pair of mentions that share a block (same dimension, within a
 * factor MAG_SPAN) is linked: a repeat of the same figure in one source, or
 * a link between sources. The checks that need no similarity come first. */
static int pair_linked(const cc_context *ctx, const entities *ent, const cc_cmention *m, uint32_t x,
                       uint32_t y, const cc_cluster_params *p, double *sim)
{
    const cc_cmention *a = &m[x], *b = &m[y];
    if (a->source == b->source) {
        /* a repeat in one article (headline and text): the same figure */
        if (!(fabs(a->mag - b->mag) <= 0.001 * a->mag + 1e-12 && strcmp(a->unit, b->unit) == 0 &&
              a->hedge == b->hedge && a->change == b->change))
            return 0;
        if (other_entity(ent, x, y))
            return 0;
        *sim = cc_context__similarity(ctx, x, y);
        return *sim >= p->same_value;
    }
    /* what linked() refuses whatever the words say */
    if (a->date != CC_NO_DATE && b->date != CC_NO_DATE && a->date != b->date)
        return 0;
    if (far_apart(a, b))
        return 0;
    if (a->year != b->year && (a->year && b->year ? 1 : ratio(a, b) > 1.02))
        return 0;
    /* two sources quoting the same body ("laut Feuerwehr", "according to the
     * fire service") name it in their own language: no entity against it */
    if (!(a->attrib && b->attrib && strcmp(a->attrib, b->attrib) == 0) && other_entity(ent, x, y))
        return 0;
    /* "Einsparungen von 1,5 Milliarden" and "Kosten von rund 1,8 Mrd.":
     * the clauses name different measures; only one figure may join them */
    if (ratio(a, b) > 1.02 && cc_context__other_measure(ctx, x, y))
        return 0;
    *sim = cc_context__similarity(ctx, x, y);
    return linked(a, b, *sim, same_entity(ent, x, y), p);
}

/*
 * Candidate pairs: each mention is posted under its BLOCK_TERMS strongest
 * context terms and two magnitude buckets; within a block of 2..BLOCK_CAP
 * mentions sorted by (dimension, magnitude), a mention meets the ones after
 * it up to a factor MAG_SPAN. A block holds at most BLOCK_CAP mentions and
 * a mention is in at most BLOCK_TERMS + 2 blocks, so the pairs are at most
 * n (BLOCK_TERMS + 2) BLOCK_CAP: linear in the mentions. A pair met in
 * several blocks is compared once (the mention that comes first in the
 * blocks' order stamps the ones it has met).
 */
static cc_status candidate_links(const cc_context *ctx, const cc_cmention *m, size_t n,
                                 const cc_cluster_params *p, link **out, size_t *nout,
                                 size_t *pairs)
{
    post *ps = NULL;
    link *ls = NULL;
    uint32_t *end = NULL, *first = NULL, *at = NULL, *stamp = NULL;
    entities ent = {NULL, NULL, NULL};
    size_t np = 0, nl = 0, lcap = 0;
    cc_status st = CC_ENOMEM;
    ps = cc__calloc(n * (BLOCK_TERMS + 2) + 1, sizeof *ps);
    if (!ps || entities_init(&ent, ctx, n) != 0)
        goto done;
    for (size_t i = 0; i < n; i++) {
        size_t tn, k = 0;
        const cc_cterm *tv = cc_context__terms(ctx, i, &tn);
        cc_cterm top[64];
        size_t nt = 0;
        for (size_t j = 0; j < tn && nt < 64; j++)
            if (cc_context__term_kind(ctx, tv[j].term) != CC_TERM_DAY)
                top[nt++] = tv[j];
        qsort(top, nt, sizeof top[0], cmp_w_desc);
        for (k = 0; k < nt && k < BLOCK_TERMS; k++) {
            ps[np].term = top[k].term;
            ps[np].m = (uint32_t)i;
            np++;
        }
        /* and by magnitude: buckets of a factor 10^(1/3), each mention in two */
        {
            int bucket = m[i].mag > 0 ? (int)floor(log10(m[i].mag) * 3.0) : -600;
            for (int d = 0; d < 2; d++) {
                ps[np].term = 0x80000000u | ((uint32_t)m[i].dimension << 24) |
                              ((uint32_t)(bucket + d + 1024) & 0xFFFFu);
                ps[np].m = (uint32_t)i;
                np++;
            }
        }
    }
    qsort(ps, np, sizeof *ps, cmp_post);
    /* blocks sorted by magnitude; end[k]: the end of post k's block, 0 when
     * the block is too small or too large to be compared */
    end = cc__calloc(np + 1, sizeof *end);
    first = cc__calloc(n + 1, sizeof *first);
    at = cc__calloc(np + 1, sizeof *at);
    stamp = cc__calloc(n ? n : 1, sizeof *stamp);
    if (!end || !first || !at || !stamp)
        goto done;
    sort_m = m;
    for (size_t s = 0; s < np;) {
        size_t e = s;
        while (e < np && ps[e].term == ps[s].term)
            e++;
        if (e - s >= 2 && e - s <= BLOCK_CAP) {
            qsort(ps + s, e - s, sizeof *ps, cmp_mag);
            for (size_t k = s; k < e; k++)
                end[k] = (uint32_t)e;
        }
        s = e;
    }
    /* the posts of each mention (counting sort) */
    for (size_t k = 0; k < np; k++)
        if (end[k])
            first[ps[k].m + 1]++;
    for (size_t i = 0; i < n; i++)
        first[i + 1] += first[i];
    for (size_t k = 0; k < np; k++)
        if (end[k])
            at[first[ps[k].m]++] = (uint32_t)k;
    for (size_t i = n; i > 0; i--)
        first[i] = first[i - 1];
    first[0] = 0;
    for (size_t i = 0; i < n; i++) {
        const cc_cmention *a = &m[i];
        for (uint32_t f = first[i]; f < first[i + 1]; f++) {
            size_t k = at[f];
            for (size_t j = k + 1; j < end[k]; j++) {
                uint32_t y = ps[j].m;
                const cc_cmention *b = &m[y];
                double sim = 0;
                if (b->dimension != a->dimension || b->mag > a->mag * SLIP_HI + 1e-12)
                    break;
                if (b->mag > a->mag * MAG_SPAN + 1e-12 && b->mag < a->mag * SLIP_LO)
                    continue;
                if (stamp[y] == i + 1)
                    continue;
                stamp[y] = (uint32_t)i + 1;
                (*pairs)++;
                if (!pair_linked(ctx, &ent, m, (uint32_t)i, y, p, &sim))
                    continue;
                if (cc__grow((void **)&ls, &lcap, nl + 1, sizeof *ls) != 0)
                    goto done;
                ls[nl].a = (uint32_t)i < y ? (uint32_t)i : y;
                ls[nl].b = (uint32_t)i < y ? y : (uint32_t)i;
                ls[nl].sim = (float)sim;
                nl++;
            }
        }
    }
    if (nl)
        qsort(ls, nl, sizeof *ls, cmp_link);
    *out = ls;
    *nout = nl;
    ls = NULL;
    st = CC_OK;
done:
    entities_free(&ent);
    free(ps);
    free(ls);
    free(end);
    free(first);
    free(at);
    free(stamp);
    return st;
}

/* ---- topics into keys ---- */

typedef struct run {
    const cc_context *ctx;
    const cc_cmention *m;
    cc_clustering *out;
    size_t gcap;
    cc_clabelset labels, next_label;
} run;

typedef struct member {
    uint32_t m;
    int32_t date;
    const char *scope, *attrib;
} member;

static int cmp_str_ci(const void *x, const void *y)
{
    return cc__ascii_casecmp(*(const char *const *)x, *(const char *const *)y);
}

/* The most frequent non-NULL string (case-insensitive), NULL if none. */
static const char *mode_str(const char **v, size_t n)
{
    const char *best = NULL;
    size_t bestn = 0;
    qsort(v, n, sizeof *v, cmp_str_ci);
    for (size_t s = 0; s < n;) {
        size_t e = s;
        while (e < n && cc__ascii_casecmp(v[e], v[s]) == 0)
            e++;
        if (e - s > bestn) {
            best = v[s];
            bestn = e - s;
        }
        s = e;
    }
    return best;
}

static int cmp_i32(const void *x, const void *y)
{
    int32_t a = *(const int32_t *)x, b = *(const int32_t *)y;
    return a < b ? -1 : a > b;
}

static int cmp_double(const void *x, const void *y)
{
    double a = *(const double *)x, b = *(const double *)y;
    return a < b ? -1 : a > b;
}

static _Thread_local const cc_cmention *cmp_members_m;

static int cmp_nullstr(const char *a, const char *b)
{
    if (!a || !b)
        return a ? 1 : b ? -1 : 0;
    return cc__ascii_casecmp(a, b);
}

static int cmp_member(const void *x, const void *y)
{
    const member *a = x, *b = y;
    const cc_cmention *ma = &cmp_members_m[a->m], *mb = &cmp_members_m[b->m];
    int c;
    if (a->date != b->date)
        return a->date < b->date ? -1 : 1;
    if ((c = cmp_nullstr(a->scope, b->scope)) != 0)
        return c;
    if ((c = cmp_nullstr(a->attrib, b->attrib)) != 0)
        return c;
    if (ma->order != mb->order)
        return ma->order < mb->order ? -1 : 1;
    return a->m < b->m ? -1 : a->m > b->m;
}

static cc_cgroup *new_group(run *r, const cc_clabels *l, int32_t date, const char *scope,
                            const char *attrib)
{
    cc_cgroup *g;
    if (cc__grow((void **)&r->out->groups, &r->gcap, r->out->ngroups + 1, sizeof *g) != 0)
        return NULL;
    g = &r->out->groups[r->out->ngroups++];
    memset(g, 0, sizeof *g);
    memcpy(g->subject, l->subject, sizeof g->subject);
    memcpy(g->measure, l->measure, sizeof g->measure);
    memcpy(g->shared, l->shared, sizeof g->shared);
    g->date = date;
    g->scope = scope;
    g->attrib = attrib;
    g->confidence = 1.0;
    return g;
}

/* A mention on its own: its own key (unique labels), or dropped if weak. */
static cc_status single(run *r, uint32_t i)
{
    const cc_cmention *m = &r->m[i];
    cc_clabels l;
    cc_cgroup *g;
    cc_status st;
    if (m->weak) {
        r->out->result[i].group = -1;
        return CC_OK;
    }
    if ((st = cc_cluster__topic_labels(r->ctx, r->m, &i, 1, &l)) != CC_OK)
        return st;
    if (cc_cluster__unique_labels(&r->labels, &r->next_label, &l, &r->out->label_tries) != 0)
        return CC_ENOMEM;
    if (!(g = new_group(r, &l, m->date != CC_NO_DATE ? m->date : m->published, m->scope,
                        m->attrib)))
        return CC_ENOMEM;
    g->members = 1;
    g->sources = 1;
    r->out->result[i].group = (int64_t)r->out->ngroups - 1;
    return CC_OK;
}

static double confidence(const run *r, const member *p, size_t n, const uint8_t *out_of)
{
    double sum = 0;
    size_t cnt = 0;
    for (size_t i = 0; i < n; i++) {
        double best = 0;
        size_t tried = 0;
        if (out_of[i])
            continue;
        for (size_t j = 0; j < n && tried < 32; j++) {
            double s;
            if (j == i || out_of[j] || r->m[p[j].m].source == r->m[p[i].m].source)
                continue;
            tried++;
            s = cc_context__similarity(r->ctx, p[i].m, p[j].m);
            if (s > best)
                best = s;
        }
        sum += best;
        cnt++;
    }
    sum = cnt ? sum / (double)cnt : 0;
    if (sum > 1)
        sum = 1;
    return sum < 0.01 ? 0.01 : sum;
}

/* Of several figures one source gives for the key (members p[s..e), in
 * text order), move to the front the one whose words are most like the
 * other sources' members: it is that source's voice. "Die Gewerkschaft
 * hatte 40 Prozent verlangt, Boeing bot 25 Prozent" gives the offer's key
 * its 25, not the 40 that comes first in the sentence. A member that
 * agrees with another source's counts that likeness twice: the same
 * figure is itself a sign of the same thing (the US rate of 2.4 % beside
 * the euro area's 1.7 % in one report, 2.4 % alone in another). */
static void best_voice_first(const run *r, member *p, size_t n, size_t s, size_t e)
{
    size_t best = s;
    double best_score = -1;
    for (size_t i = s; i < e; i++) {
        double score = 0;
        for (size_t j = 0; j < n; j++)
            if (j < s || j >= e)
                score += cc_context__similarity(r->ctx, p[i].m, p[j].m) *
                         (cc_cluster__compatible(&r->m[p[i].m], &r->m[p[j].m]) ? 2 : 1);
        if (score > best_score) {
            best_score = score;
            best = i;
        }
    }
    if (best != s) {
        member m = p[best];
        memmove(p + s + 1, p + s, (best - s) * sizeof *p);
        p[s] = m;
    }
}

static cc_status regroup(run *r, const member *p, size_t n, const uint8_t *out_of);

/* A voice that disagrees with every other source's voice of the key but
 * agrees with a figure another source left out of it speaks of that
 * figure's thing: "offered a 25% pay rise" beside two reports whose voices
 * are the union's 40 % and whose offer of 25 % left the key. It leaves
 * too, and regroup() pairs it with its like. */
static void follow_agreeing_leftovers(const run *r, const member *p, size_t n, uint8_t *out_of)
{
    for (size_t i = 0; i < n; i++) {
        const cc_cmention *a = &r->m[p[i].m];
        int others = 0, agree = 0, leftover = 0;
        if (out_of[i])
            continue;
        for (size_t j = 0; j < n; j++) {
            const cc_cmention *b = &r->m[p[j].m];
            if (b->source == a->source)
                continue;
            if (out_of[j] == 1) {
                leftover |= cc_cluster__compatible(a, b);
            } else if (!out_of[j]) {
                others++;
                agree += cc_cluster__compatible(a, b);
            }
        }
        if (others > 0 && agree == 0 && leftover)
            out_of[i] = 2; /* left now: no leftover for the members after it */
    }
    for (size_t i = 0; i < n; i++)
        out_of[i] = out_of[i] != 0;
}

/* One key of a topic: copies, one voice per source, the magnitude check. */
static cc_status partition(run *r, member *p, size_t n, const cc_clabels *l, uint8_t *out_of)
{
    cc_clustering *o = r->out;
    cc_cgroup *g;
    size_t gi, kept = 0, nsrc = 0;
    double *mags = NULL;
    memset(out_of, 0, n);
    for (size_t s = 0; s < n;) {
        size_t e = s + 1;
        while (e < n && r->m[p[e].m].source == r->m[p[s].m].source)
            e++;
        if (e - s > 1)
            best_voice_first(r, p, n, s, e);
        s = e;
    }
    for (size_t i = 0; i < n; i++) {
        const cc_cmention *a = &r->m[p[i].m];
        uint64_t ha = cc_context__sentence_hash(r->ctx, p[i].m);
        for (size_t j = 0; j < i; j++) {
            const cc_cmention *b = &r->m[p[j].m];
            if (out_of[j])
                continue;
            if (b->source == a->source) {
                if (cc_cluster__compatible(a, b) && o->result[p[j].m].copy_of < 0)
                    o->result[p[i].m].copy_of = p[j].m;
                else if (o->result[p[i].m].copy_of < 0)
                    out_of[i] = 1;
                break;
            }
            /* another source's sentence word for word, with the figure as
             * written there ("up to 1,000" and "up to 1,500" are two
             * readings, however alike their sentences) */
            if (ha == cc_context__sentence_hash(r->ctx, p[j].m) && cc_cluster__compatible(a, b) &&
                ratio(a, b) <= 1.02) {
                o->result[p[i].m].copy_of = p[j].m;
                break;
            }
        }
    }
    /* a figure far from the key's median is no reading of the same thing */
    mags = cc__calloc(n, sizeof *mags);
    if (!mags)
        return CC_ENOMEM;
    for (size_t i = 0; i < n; i++)
        if (!out_of[i])
            mags[kept++] = r->m[p[i].m].mag;
    if (kept) {
        double med;
        qsort(mags, kept, sizeof *mags, cmp_double);
        med = mags[kept / 2];
        for (size_t i = 0; i < n; i++) {
            double x = r->m[p[i].m].mag;
            if (!out_of[i] && med > 0 && (x > med * MAG_SPAN || x * MAG_SPAN < med) &&
                !slip(x > med ? x / med : med / x))
                out_of[i] = 1;
        }
    }
    free(mags);
    follow_agreeing_leftovers(r, p, n, out_of);
    for (size_t i = 0; i < n; i++) {
        int seen = 0;
        if (out_of[i])
            continue;
        for (size_t j = 0; j < i && !seen; j++)
            seen = !out_of[j] && r->m[p[j].m].source == r->m[p[i].m].source;
        nsrc += !seen;
    }
    if (!(g = new_group(r, l, p[0].date, p[0].scope, p[0].attrib)))
        return CC_ENOMEM;
    gi = o->ngroups - 1;
    g->sources = (uint32_t)nsrc;
    for (size_t i = 0; i < n; i++) {
        if (out_of[i])
            continue;
        if (nsrc < 2 && r->m[p[i].m].weak) {
            o->result[p[i].m].group = -1;
            continue;
        }
        o->result[p[i].m].group = (int64_t)gi;
        g->members++;
    }
    g->confidence = nsrc >= 2 ? confidence(r, p, n, out_of) : 1.0;
    return regroup(r, p, n, out_of);
}

/* The members that left a key's group (a source's second figure) may agree
 * with other sources' leftovers: "$1,099" and "ab 1099 Dollar" once both
 * reports' ticket prices took the key. A leftover and the leftovers of
 * other sources that agree with it form a key of their own, named anew;
 * the rest stand alone. Only agreeing figures join: leftovers paired by
 * their order could set one role's figure against another's. */
static cc_status regroup(run *r, const member *p, size_t n, const uint8_t *out_of)
{
    member *q;
    uint32_t *ids;
    uint8_t *used, *sub_out;
    cc_status st;
    if (!memchr(out_of, 1, n))
        return CC_OK; /* every member stayed: most keys */
    q = cc__calloc(n, sizeof *q);
    ids = cc__calloc(n, sizeof *ids);
    used = cc__calloc(n, 1);
    sub_out = cc__calloc(n, 1);
    st = q && ids && used && sub_out ? CC_OK : CC_ENOMEM;
    for (size_t i = 0; i < n && st == CC_OK; i++) {
        size_t nq = 0;
        cc_clabels l;
        if (!out_of[i] || used[i])
            continue;
        for (size_t j = i; j < n; j++) {
            const cc_cmention *b = &r->m[p[j].m];
            int source_in = 0;
            for (size_t k = 0; k < nq; k++)
                source_in |= r->m[q[k].m].source == b->source;
            if (!out_of[j] || used[j] || source_in ||
                (j > i && !cc_cluster__compatible(&r->m[p[i].m], b)))
                continue;
            used[j] = 1;
            ids[nq] = p[j].m;
            q[nq++] = p[j];
            r->out->result[p[j].m].copy_of = -1;
        }
        if (nq < 2) {
            st = single(r, p[i].m);
            continue;
        }
        if ((st = cc_cluster__topic_labels(r->ctx, r->m, ids, nq, &l)) != CC_OK)
            break;
        if (cc_cluster__unique_labels(&r->labels, &r->next_label, &l, &r->out->label_tries) != 0)
            st = CC_ENOMEM;
        else
            st = partition(r, q, nq, &l, sub_out);
    }
    free(q);
    free(ids);
    free(used);
    free(sub_out);
    return st;
}

typedef struct scoped_fig {
    uint32_t source;
    uint8_t scoped; /* 1: of the scope, 0: of none */
    double mag;
} scoped_fig;

static int cmp_scoped_fig(const void *x, const void *y)
{
    const scoped_fig *a = x, *b = y;
    return a->source != b->source ? (a->source > b->source ? 1 : -1) : 0;
}

/* Does a source of the topic give one figure with the scope and another,
 * different one without it ("2,3 Prozent im November", "2,2 Prozent seit
 * Jahresbeginn")? Then its figure without a scope is not of that scope,
 * and no figure without one takes it. Sorted by source, each source's
 * extremes of both sets tell (the figures differ by more than 2 %).
 * @return 1 if so, 0 if not, -1 out of memory. */
static int scope_sets_apart(const run *r, const uint32_t *mem, size_t nm, const char *scope)
{
    scoped_fig *f = cc__calloc(nm, sizeof *f);
    size_t n = 0;
    int apart = 0;
    if (!f)
        return -1;
    for (size_t i = 0; i < nm; i++) {
        const cc_cmention *m = &r->m[mem[i]];
        if (!m->scope || strcmp(m->scope, scope) == 0)
            f[n++] = (scoped_fig){m->source, m->scope != NULL, m->mag};
    }
    qsort(f, n, sizeof *f, cmp_scoped_fig);
    for (size_t s = 0; s < n && !apart;) {
        double lo[2] = {INFINITY, INFINITY}, hi[2] = {-INFINITY, -INFINITY};
        size_t e = s;
        for (; e < n && f[e].source == f[s].source; e++) {
            lo[f[e].scoped] = fmin(lo[f[e].scoped], f[e].mag);
            hi[f[e].scoped] = fmax(hi[f[e].scoped], f[e].mag);
        }
        if (isfinite(lo[0]) && isfinite(lo[1]))
            apart = hi[1] > lo[0] * 1.02 || hi[0] > lo[1] * 1.02;
        s = e;
    }
    free(f);
    return apart;
}

static cc_status topic(run *r, const uint32_t *mem, size_t nm)
{
    member *p = NULL;
    const char **strs = NULL;
    int32_t *dates = NULL, tdate = CC_NO_DATE;
    const char *tscope, *tattrib;
    uint8_t *out_of = NULL;
    size_t nd = 0, ns = 0;
    cc_clabels l;
    cc_status st = CC_ENOMEM;
    p = cc__calloc(nm, sizeof *p);
    strs = cc__calloc(nm, sizeof *strs);
    dates = cc__calloc(nm, sizeof *dates);
    out_of = cc__calloc(nm, 1);
    if (!p || !strs || !dates || !out_of)
        goto done;
    /* the day: the one most members name, else the earliest publication */
    for (size_t i = 0; i < nm; i++)
        if (r->m[mem[i]].date != CC_NO_DATE)
            dates[nd++] = r->m[mem[i]].date;
    if (nd) {
        size_t bestn = 0;
        qsort(dates, nd, sizeof *dates, cmp_i32);
        for (size_t s = 0; s < nd;) {
            size_t e = s;
            while (e < nd && dates[e] == dates[s])
                e++;
            if (e - s > bestn) {
                bestn = e - s;
                tdate = dates[s];
            }
            s = e;
        }
    } else {
        for (size_t i = 0; i < nm; i++) {
            int32_t d = r->m[mem[i]].published;
            if (d != CC_NO_DATE && (tdate == CC_NO_DATE || d < tdate))
                tdate = d;
        }
    }
    /* a figure that names no scope is an actual one: it never takes a
     * forecast or an earlier period's figure from its neighbours ("2,0
     * Prozent, nach 1,6 Prozent im September") */
    for (size_t i = 0; i < nm; i++)
        if (r->m[mem[i]].scope && strcmp(r->m[mem[i]].scope, "forecast") != 0 &&
            strcmp(r->m[mem[i]].scope, "prior_period") != 0)
            strs[ns++] = r->m[mem[i]].scope;
    tscope = mode_str(strs, ns);
    if (tscope) {
        int apart = scope_sets_apart(r, mem, nm, tscope);
        if (apart < 0)
            goto done;
        if (apart)
            tscope = NULL;
    }
    ns = 0;
    for (size_t i = 0; i < nm; i++)
        if (r->m[mem[i]].attrib)
            strs[ns++] = r->m[mem[i]].attrib;
    tattrib = mode_str(strs, ns);
    for (size_t i = 0; i < nm; i++) {
        const cc_cmention *m = &r->m[mem[i]];
        p[i].m = mem[i];
        p[i].date = m->date != CC_NO_DATE ? m->date : tdate;
        p[i].scope = m->scope ? m->scope : tscope;
        p[i].attrib = m->attrib ? m->attrib : tattrib;
    }
    if ((st = cc_cluster__topic_labels(r->ctx, r->m, mem, nm, &l)) != CC_OK)
        goto done;
    st = CC_ENOMEM;
    if (cc_cluster__unique_labels(&r->labels, &r->next_label, &l, &r->out->label_tries) != 0)
        goto done;
    cmp_members_m = r->m;
    qsort(p, nm, sizeof *p, cmp_member);
    st = CC_OK;
    for (size_t s = 0; s < nm && st == CC_OK;) {
        size_t e = s + 1;
        while (e < nm && p[e].date == p[s].date && cmp_nullstr(p[e].scope, p[s].scope) == 0 &&
               cmp_nullstr(p[e].attrib, p[s].attrib) == 0)
            e++;
        st = partition(r, p + s, e - s, &l, out_of + s);
        s = e;
    }
done:
    free(p);
    free(strs);
    free(dates);
    free(out_of);
    return st;
}

cc_status cc_cluster__run(cc_clustering *out, const cc_context *ctx, const cc_cmention *m, size_t n,
                          const cc_cluster_params *p)
{
    static const cc_cluster_params defaults = CC_CLUSTER_PARAMS_DEFAULT;
    run r;
    link *ls = NULL;
    size_t nl = 0;
    uint32_t *parent = NULL, *order = NULL, *root = NULL;
    cc_status st = CC_ENOMEM;
    memset(out, 0, sizeof *out);
    memset(&r, 0, sizeof r);
    if (!p)
        p = &defaults;
    r.ctx = ctx;
    r.m = m;
    r.out = out;
    out->result = cc__calloc(n ? n : 1, sizeof *out->result);
    parent = cc__calloc(n ? n : 1, sizeof *parent);
    order = cc__calloc(n ? n : 1, sizeof *order);
    root = cc__calloc(n ? n : 1, sizeof *root);
    if (!out->result || !parent || !order || !root)
        goto done;
    for (size_t i = 0; i < n; i++) {
        parent[i] = (uint32_t)i;
        out->result[i].group = -1;
        out->result[i].copy_of = -1;
    }
    if ((st = candidate_links(ctx, m, n, p, &ls, &nl, &out->pairs)) != CC_OK)
        goto done;
    for (size_t i = 0; i < nl; i++) {
        uint32_t a = find(parent, ls[i].a), b = find(parent, ls[i].b);
        if (a != b)
            parent[a < b ? b : a] = a < b ? a : b;
    }
    /* mentions ordered by topic (counting sort on the root) */
    {
        uint32_t *cnt = cc__calloc(n + 1, sizeof *cnt);
        if (!cnt) {
            st = CC_ENOMEM;
            goto done;
        }
        for (size_t i = 0; i < n; i++) {
            root[i] = find(parent, (uint32_t)i);
            cnt[root[i] + 1]++;
        }
        for (size_t i = 0; i < n; i++)
            cnt[i + 1] += cnt[i];
        for (size_t i = 0; i < n; i++)
            order[cnt[root[i]]++] = (uint32_t)i;
        free(cnt);
    }
    st = CC_OK;
    for (size_t s = 0; s < n && st == CC_OK;) {
        size_t e = s + 1;
        while (e < n && root[order[e]] == root[order[s]])
            e++;
        st = e - s == 1 ? single(&r, order[s]) : topic(&r, order + s, e - s);
        s = e;
    }
done:
    if (st != CC_OK)
        cc_cluster__free(out);
    cc_cluster__labelset_free(&r.labels);
    cc_cluster__labelset_free(&r.next_label);
    free(ls);
    free(parent);
    free(order);
    free(root);
    return st;
}

void cc_cluster__free(cc_clustering *c)
{
    if (!c)
        return;
    free(c->result);
    free(c->groups);
    c->result = NULL;
    c->groups = NULL;
    c->ngroups = 0;
}
