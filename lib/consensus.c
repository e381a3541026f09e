/*
 * consensus.c - the consensus of one group (the largest set of voices
 * whose intervals share a point, by a sweep over sorted interval ends),
 * each claim's status and gap against it, and the group's verdict.
 *
 * Sweep states. At a coordinate x, ends are processed in the order
 * open end, closed start | closed end, open start. After the first two
 * kinds the active set is the set of intervals containing x itself
 * (state (x, 0)); after all four it is the set containing the points just
 * above x (state (x, 1)). Every distinct active set is one of these states.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "check_internal.h"
#include "common.h"

int cc_interval__meets(const cc_interval *a, const cc_interval *b)
{
    double lo, hi;
    int lo_open, hi_open;
    if (a->low > b->low) {
        lo = a->low;
        lo_open = a->low_open;
    } else if (b->low > a->low) {
        lo = b->low;
        lo_open = b->low_open;
    } else {
        lo = a->low;
        lo_open = a->low_open || b->low_open;
    }
    if (a->high < b->high) {
        hi = a->high;
        hi_open = a->high_open;
    } else if (b->high < a->high) {
        hi = b->high;
        hi_open = b->high_open;
    } else {
        hi = a->high;
        hi_open = a->high_open || b->high_open;
    }
    return lo < hi || (lo == hi && !lo_open && !hi_open);
}

/* a := a ∩ b (known to be non-empty here) */
static void intersect(cc_interval *a, const cc_interval *b)
{
    if (b->low > a->low) {
        a->low = b->low;
        a->low_open = b->low_open;
    } else if (b->low == a->low) {
        a->low_open = a->low_open || b->low_open;
    }
    if (b->high < a->high) {
        a->high = b->high;
        a->high_open = b->high_open;
    } else if (b->high == a->high) {
        a->high_open = a->high_open || b->high_open;
    }
}

static double midpoint(const cc_interval *iv)
{
    int lo = isfinite(iv->low), hi = isfinite(iv->high);
    if (lo && hi)
        return iv->low / 2 + iv->high / 2;
    if (lo)
        return iv->low;
    if (hi)
        return iv->high;
    return 0;
}

/* 1 if the interval contains sweep state (x, stage) */
static int contains_state(const cc_interval *iv, double x, uint32_t stage)
{
    if (stage == 0)
        return (iv->low < x || (iv->low == x && !iv->low_open)) &&
               (iv->high > x || (iv->high == x && !iv->high_open));
    return iv->low <= x && iv->high > x;
}

static int event_less(const cc_event *a, const cc_event *b)
{
    return a->x < b->x || (a->x == b->x && a->type < b->type);
}

static int event_cmp(const void *pa, const void *pb)
{
    const cc_event *a = pa, *b = pb;
    return event_less(b, a) - event_less(a, b);
}

/* Most groups are small: insertion sort below a few dozen events. */
static void sort_events(cc_event *ev, size_t n)
{
    if (n > 48) {
        qsort(ev, n, sizeof *ev, event_cmp);
        return;
    }
    for (size_t i = 1; i < n; i++) {
        cc_event e = ev[i];
        size_t j = i;
        while (j > 0 && event_less(&e, &ev[j - 1])) {
            ev[j] = ev[j - 1];
            j--;
        }
        ev[j] = e;
    }
}

/* the first state in alt[0..n) at or after (x, stage) in sweep order */
static size_t first_state_from(const cc_event *alt, size_t n, double x, uint32_t stage)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (alt[mid].x < x || (alt[mid].x == x && alt[mid].type < stage))
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

typedef struct sweep {
    cc_event *ev;
    size_t nev;
    uint32_t *cnt; /* per voice */
    const uint32_t *vidx;
    uint8_t *mark;       /* per voice: in the reference set */
    uint32_t voices;     /* distinct active voices */
    uint32_t active;     /* active claims */
    uint32_t ref_active; /* active voices of the reference set */
} sweep;

static void apply(sweep *w, const cc_event *e)
{
    uint32_t v = w->vidx[e->i];
    if (e->type == CC_EV_CLOSED_START || e->type == CC_EV_OPEN_START) {
        w->active++;
        if (w->cnt[v]++ == 0) {
            w->voices++;
            w->ref_active += w->mark[v];
        }
    } else {
        w->active--;
        if (--w->cnt[v] == 0) {
            w->voices--;
            w->ref_active -= w->mark[v];
        }
    }
}

typedef struct state {
    double x;
    uint32_t stage;
} state;

/*
 * Pass 1 (find == 0): returns the largest voice count M.
 * Pass 2: the reference state (first reaching M), the best state (the one
 * with the most claims among those with the reference voices), and the
 * other states reaching M with other voices, written over already processed
 * events: returns their number.
 */
static size_t run(sweep *w, uint32_t nvoices, uint32_t M, int find, state *best)
{
    size_t k = 0, nalt = 0;
    int have_ref = 0;
    uint32_t best_active = 0;

    memset(w->cnt, 0, nvoices * sizeof *w->cnt);
    w->voices = w->active = w->ref_active = 0;
    while (k < w->nev) {
        double x = w->ev[k].x;
        for (uint32_t stage = 0; stage < 2; stage++) {
            int had = 0;
            while (k < w->nev && w->ev[k].x == x && w->ev[k].type <= 2 * stage + 1) {
                apply(w, &w->ev[k++]);
                had = 1;
            }
            if (!had)
                continue;
            if (!find) {
                if (w->voices > M)
                    M = w->voices;
            } else if (w->voices == M) {
                if (!have_ref) {
                    have_ref = 1;
                    for (uint32_t v = 0; v < nvoices; v++)
                        w->mark[v] = w->cnt[v] > 0;
                    w->ref_active = M;
                    best->x = x;
                    best->stage = stage;
                    best_active = w->active;
                } else if (w->ref_active == M) {
                    if (w->active > best_active) {
                        best->x = x;
                        best->stage = stage;
                        best_active = w->active;
                    }
                } else {
                    /* nalt < k: every state consumed at least one event */
                    w->ev[nalt].x = x;
                    w->ev[nalt].type = stage;
                    nalt++;
                }
            }
        }
    }
    return find ? nalt : M;
}

/* The interval compared: strict or lenient per the options. */
static void cmp_interval(const cc_report *r, const cc_checked_claim *c, cc_interval *out)
{
    cc_checked__interval(c, r->opts.lenient, out);
}

/* A split names no winner: a claim that holds every tied reading (the
 * best state and the nalt other states, which run() wrote to the front of
 * s->events) agrees; any other claim contradicts, without a gap, as there
 * is no consensus to measure it against. */
static void dispute(cc_report *r, cc_group *g, const cc_scratch *s, const state *best, size_t nalt)
{
    cc_checked_claim *C = r->claims + g->first;
    g->contradictions = 0;
    for (uint32_t i = 0; i < g->count; i++) {
        cc_interval iv;
        int all;
        if (s->vidx[i] == CC_NONE32)
            continue;
        cmp_interval(r, &C[i], &iv);
        all = contains_state(&iv, best->x, best->stage);
        for (size_t a = 0; all && a < nalt; a++)
            all = contains_state(&iv, s->events[a].x, s->events[a].type);
        C[i].gap = NAN;
        if (all) {
            C[i].status = CC_STATUS_AGREES;
        } else {
            C[i].status = CC_STATUS_CONTRADICTS;
            g->contradictions++;
        }
    }
}

void cc_consensus__group(cc_report *r, cc_group *g, cc_scratch *s)
{
    cc_checked_claim *C = r->claims + g->first;
    uint32_t n = g->count, M;
    size_t nev = 0, nalt;
    sweep w;
    state best = {0, 0};
    int any_minor = 0, any_contra = 0, split = 0;

    g->nvoices = s->nvoices;
    g->has_consensus = 0;
    g->voices = 0;
    g->contradictions = 0;
    g->consensus_point = NAN;
    for (uint32_t i = 0; i < n; i++) {
        C[i].in_consensus = 0;
        C[i].gap = NAN;
    }
    if (s->nvoices == 0) {
        g->verdict = CC_VERDICT_SINGLE;
        return;
    }
    for (uint32_t i = 0; i < n; i++) {
        cc_interval iv;
        if (s->vidx[i] == CC_NONE32)
            continue;
        cmp_interval(r, &C[i], &iv);
        s->events[nev].x = iv.low;
        s->events[nev].i = i;
        s->events[nev++].type = iv.low_open ? CC_EV_OPEN_START : CC_EV_CLOSED_START;
        s->events[nev].x = iv.high;
        s->events[nev].i = i;
        s->events[nev++].type = iv.high_open ? CC_EV_OPEN_END : CC_EV_CLOSED_END;
    }
    sort_events(s->events, nev);
    w.ev = s->events;
    w.nev = nev;
    w.cnt = s->cnt;
    w.vidx = s->vidx;
    w.mark = s->mark;
    memset(w.mark, 0, s->nvoices);
    M = (uint32_t)run(&w, s->nvoices, 0, 0, &best);
    nalt = run(&w, s->nvoices, M, 1, &best);

    /* the consensus: claims containing the best state */
    g->voices = M;
    g->tied = nalt > 0;
    {
        int first = 1;
        for (uint32_t i = 0; i < n; i++) {
            cc_interval iv, len;
            if (s->vidx[i] == CC_NONE32)
                continue;
            cmp_interval(r, &C[i], &iv);
            if (!contains_state(&iv, best.x, best.stage))
                continue;
            C[i].in_consensus = 1;
            cc_checked__lenient(&C[i], &len);
            if (first) {
                g->consensus = iv;
                g->lenient_hull = len;
                first = 0;
            } else {
                intersect(&g->consensus, &iv);
                intersect(&g->lenient_hull, &len);
            }
        }
    }
    g->consensus_point = midpoint(&g->consensus);

    /* statuses and gaps */
    for (uint32_t i = 0; i < n; i++) {
        cc_checked_claim *c = &C[i];
        cc_interval iv, len;
        double cp = g->consensus_point;
        if (s->vidx[i] == CC_NONE32)
            continue;
        cmp_interval(r, c, &iv);
        cc_checked__lenient(c, &len);
        if (cp == 0)
            c->gap = c->point == 0 ? 0 : INFINITY;
        else
            c->gap = fabs(c->point - cp) / fabs(cp);
        if (c->in_consensus || cc_interval__meets(&iv, &g->consensus)) {
            c->status = CC_STATUS_AGREES;
        } else if (cc_interval__meets(&len, &g->lenient_hull)) {
            c->status = CC_STATUS_AGREES_LENIENT;
        } else if (fabs(c->point - cp) <= r->opts.minor_rel * fmax(fabs(c->point), fabs(cp))) {
            /* the figures' own gap, as `verify` and the report give it:
             * "6.5%" against "6.3%" is 3.1 % apart, though their rounding
             * intervals miss by only 1.5 % */
            c->status = CC_STATUS_MINOR_DISCREPANCY;
            any_minor = 1;
        } else {
            c->status = CC_STATUS_CONTRADICTS;
            any_contra = 1;
            g->contradictions++;
            /* split: the claim belongs to another set of M voices */
            if (nalt && !split) {
                uint32_t st = iv.low_open ? 1 : 0;
                size_t a = first_state_from(s->events, nalt, iv.low, st);
                if (a < nalt && contains_state(&iv, s->events[a].x, s->events[a].type))
                    split = 1;
            }
        }
    }
    if (split)
        dispute(r, g, s, &best, nalt);
    if (s->nvoices <= 1)
        g->verdict = CC_VERDICT_SINGLE;
    else if (split)
        g->verdict = CC_VERDICT_SPLIT;
    else if (any_contra)
        g->verdict = CC_VERDICT_CONFLICT;
    else if (any_minor)
        g->verdict = CC_VERDICT_MINOR_DISCREPANCY;
    else
        g->verdict = CC_VERDICT_CONSISTENT;
    g->has_consensus = !split;
}
