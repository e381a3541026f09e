/*
 * check.c - cc_check(): options, normalisation of each group to one unit
 * (currency conversion with the rate interval of the claim's date), and
 * the steps of check_internal.h in order.
 */
#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "check_internal.h"
#include "common.h"
#include "date.h"

cc_status cc_check_options_init(cc_check_options *opts, unsigned int version)
{
    static const cc_check_options defaults = CC_CHECK_OPTIONS_INIT;
    if (!opts || version != CC_CHECK_OPTIONS_VERSION)
        return CC_EINVAL;
    *opts = defaults;
    return CC_OK;
}

cc_status cc_scratch__init(cc_scratch *s, size_t cap)
{
    size_t c = cap ? cap : 1;
    memset(s, 0, sizeof *s);
    s->cap = c;
    s->parent = cc__malloc(c * sizeof *s->parent);
    s->aux = cc__malloc(c * sizeof *s->aux);
    s->vidx = cc__malloc(c * sizeof *s->vidx);
    s->cnt = cc__malloc(c * sizeof *s->cnt);
    s->mark = cc__malloc(c);
    /* 2 events per claim; at least 64 bytes' worth for the voices' hash slots */
    s->events = cc__malloc((2 * c + 8) * sizeof *s->events);
    if (!s->parent || !s->aux || !s->vidx || !s->cnt || !s->mark || !s->events) {
        cc_scratch__free(s);
        return CC_ENOMEM;
    }
    return CC_OK;
}

void cc_scratch__free(cc_scratch *s)
{
    free(s->parent);
    free(s->aux);
    free(s->vidx);
    free(s->cnt);
    free(s->mark);
    free(s->events);
    memset(s, 0, sizeof *s);
}

/* ---- options ---- */

static int bad_number(double v, double max)
{
    return !(v >= 0 && v <= max); /* also catches NaN */
}

static cc_status check_options(cc_report *r, const cc_check_options *opts, const cc_rates *rates,
                               cc_error *err)
{
    if (opts->version != CC_CHECK_OPTIONS_VERSION)
        return cc_error__msg(err, CC_EINVAL, "unsupported check options version %u",
                             opts->version);
    if (opts->fx_window_days < 0 || opts->fx_window_days > 366)
        return cc_error__msg(err, CC_EINVAL, "fx window of %d days is out of range 0..366",
                             opts->fx_window_days);
    if (bad_number(opts->exact_rel, 1) || bad_number(opts->approx_rel, 1) ||
        bad_number(opts->minor_rel, 1) || !(opts->lenient_factor >= 1 && opts->lenient_factor <= 100))
        return cc_error__msg(err, CC_EINVAL, "interval option out of range");
    r->opts = *opts;
    r->opts.currency = NULL;
    r->currency[0] = '\0';
    if (opts->currency) {
        const char *c = opts->currency;
        char tok[32];
        int ok = strlen(c) == 3;
        for (int i = 0; ok && i < 3; i++)
            ok = isalpha((unsigned char)c[i]) != 0;
        if (ok) {
            for (int i = 0; i < 3; i++)
                r->currency[i] = (char)toupper((unsigned char)c[i]);
            r->currency[3] = '\0';
            ok = cc_rates_has_currency(rates, r->currency);
        }
        if (!ok) {
            r->currency[0] = '\0';
            cc_error__token(tok, sizeof tok, c, strlen(c));
            return cc_error__msg(err, CC_EINVAL, "unknown currency '%s'", tok);
        }
        r->opts.currency = r->currency;
    }
    return CC_OK;
}

/* ---- normalisation ---- */

typedef struct fx_entry {
    char code[8];
    uint8_t reason; /* cc_unchecked_reason; NONE = fx valid */
    cc_fx fx;
} fx_entry;

typedef struct ctx {
    cc_report *r;
    const cc_rates *rates;
    cc_interval_params params;
    fx_entry *cache; /* per group: one entry per foreign currency seen */
    size_t ncache, cache_cap;
    struct unit_count {
        char code[8];
        uint32_t count, first;
    } *units;
    size_t nunits, units_cap;
} ctx;

/* The group's currency: the option, else the most frequent (ties: earliest). */
static cc_status pick_unit(ctx *x, cc_group *g)
{
    const cc_claimset *set = x->r->set;
    const cc_checked_claim *C = x->r->claims + g->first;
    size_t best = 0;

    if (g->dimension != CC_DIM_CURRENCY || x->r->opts.currency) {
        const char *u = g->dimension == CC_DIM_CURRENCY ? x->r->currency
                                                        : set->claims[C[0].claim].q.unit;
        memcpy(g->unit, u, sizeof g->unit);
        g->unit[sizeof g->unit - 1] = '\0';
        return CC_OK;
    }
    x->nunits = 0;
    for (uint32_t i = 0; i < g->count; i++) {
        const char *u = set->claims[C[i].claim].q.unit;
        size_t k = 0;
        while (k < x->nunits && strcmp(x->units[k].code, u) != 0)
            k++;
        if (k == x->nunits) {
            if (cc__grow((void **)&x->units, &x->units_cap, k + 1, sizeof *x->units) != 0)
                return CC_ENOMEM;
            memcpy(x->units[k].code, u, sizeof x->units[k].code);
            x->units[k].code[sizeof x->units[k].code - 1] = '\0';
            x->units[k].count = 0;
            x->units[k].first = i;
            x->nunits++;
        }
        x->units[k].count++;
    }
    /* entries are in order of first claim, so the first maximum is the earliest */
    for (size_t k = 1; k < x->nunits; k++)
        if (x->units[k].count > x->units[best].count)
            best = k;
    memcpy(g->unit, x->units[best].code, sizeof g->unit);
    return CC_OK;
}

static cc_status lookup_fx(ctx *x, const cc_group *g, const char *from, fx_entry **out)
{
    fx_entry *e;
    cc_status st;
    for (size_t k = 0; k < x->ncache; k++)
        if (strcmp(x->cache[k].code, from) == 0) {
            *out = &x->cache[k];
            return CC_OK;
        }
    if (cc__grow((void **)&x->cache, &x->cache_cap, x->ncache + 1, sizeof *x->cache) != 0)
        return CC_ENOMEM;
    e = &x->cache[x->ncache++];
    memset(e, 0, sizeof *e);
    memcpy(e->code, from, sizeof e->code);
    e->code[sizeof e->code - 1] = '\0';
    if (g->date == CC_NO_DATE) {
        e->reason = CC_UNCHECKED_NO_DATE;
    } else {
        st = cc_rates__fx(x->rates, from, g->unit, g->date, x->r->opts.fx_window_days, &e->fx,
                          NULL);
        if (st == CC_ENOMEM)
            return st;
        if (st == CC_ECURRENCY && (!cc_rates_has_currency(x->rates, from) ||
                                   !cc_rates_has_currency(x->rates, g->unit)))
            e->reason = CC_UNCHECKED_UNKNOWN_CURRENCY;
        else if (st != CC_OK)
            e->reason = CC_UNCHECKED_NO_RATE; /* no rate near the date, or before the table */
    }
    *out = e;
    return CC_OK;
}

static double scale_low(double v, const cc_fx *fx)
{
    return v < 0 ? v * fx->high : v * fx->low;
}

static double scale_high(double v, const cc_fx *fx)
{
    return v < 0 ? v * fx->low : v * fx->high;
}

static void convert(cc_interval *iv, const cc_fx *fx)
{
    iv->low = scale_low(iv->low, fx);
    iv->high = scale_high(iv->high, fx);
}

static cc_status normalise(ctx *x, cc_group *g)
{
    const cc_claimset *set = x->r->set;
    cc_checked_claim *C = x->r->claims + g->first;
    cc_status st = pick_unit(x, g);

    if (st != CC_OK)
        return st;
    x->ncache = 0;
    for (uint32_t i = 0; i < g->count; i++) {
        cc_checked_claim *c = &C[i];
        const cc_quantity *q = &set->claims[c->claim].q;
        uint32_t claim = c->claim;
        memset(c, 0, sizeof *c);
        c->claim = claim;
        c->voice = claim;
        c->status = CC_STATUS_AGREES;
        c->gap = NAN;
        cc_quantity__interval(q, &x->params, 0, &c->strict);
        cc_quantity__interval(q, &x->params, 1, &c->lenient);
        c->point = q->hedge == CC_HEDGE_RANGE ? q->value / 2 + q->value_high / 2 : q->value;
        if (isnan(c->strict.low) || isnan(c->strict.high) || isnan(c->lenient.low) ||
            isnan(c->lenient.high) || isnan(c->point)) {
            c->status = CC_STATUS_UNCHECKED; /* cannot happen for a valid quantity */
            c->reason = CC_UNCHECKED_NONE;
            continue;
        }
        if (g->dimension == CC_DIM_CURRENCY && strcmp(q->unit, g->unit) != 0) {
            fx_entry *e;
            st = lookup_fx(x, g, q->unit, &e);
            if (st != CC_OK)
                return st;
            if (e->reason != CC_UNCHECKED_NONE) {
                c->status = CC_STATUS_UNCHECKED;
                c->reason = e->reason;
                continue;
            }
            c->fx = e->fx;
            c->converted = 1;
            convert(&c->strict, &e->fx);
            convert(&c->lenient, &e->fx);
            c->point *= (e->fx.low + e->fx.high) / 2;
        }
    }
    return CC_OK;
}

/* ---- the check ---- */

static void tally(cc_report *r)
{
    for (size_t k = 0; k < r->nclaims; k++) {
        const cc_checked_claim *c = &r->claims[k];
        cc_source_tally *t = &r->tallies[r->set->claims[c->claim].source];
        t->claims++;
        switch (c->status) {
        case CC_STATUS_AGREES:
        case CC_STATUS_AGREES_LENIENT:
            t->agrees++;
            break;
        case CC_STATUS_CONTRADICTS:
            t->contradicts++;
            r->contradictions++;
            break;
        case CC_STATUS_MINOR_DISCREPANCY:
            t->minor++;
            r->minor++;
            break;
        default:
            t->unchecked++;
            r->unchecked++;
            break;
        }
        r->claim_pos[c->claim] = (uint32_t)k;
    }
}

cc_status cc_check(cc_report **out, const cc_claimset *set, const cc_rates *rates,
                   const cc_check_options *opts, cc_error *err)
{
    static const cc_check_options defaults = CC_CHECK_OPTIONS_INIT;
    cc_rates *own = NULL;
    cc_report *r = NULL;
    uint32_t *work = NULL;
    cc_scratch s;
    ctx x;
    size_t n, maxcount = 0;
    cc_status rc = CC_OK;

    cc_error__clear(err);
    memset(&s, 0, sizeof s);
    memset(&x, 0, sizeof x);
    if (!out || !set)
        return cc_error__msg(err, CC_EINVAL, "cc_check needs an output pointer and a claim set");
    *out = NULL;
    n = set->nclaims;
    if (n >= UINT32_MAX - 1 || set->nsources >= UINT32_MAX)
        return cc_error__msg(err, CC_ELIMIT, "too many claims to check (%zu)", n);
    if (!opts)
        opts = &defaults;
    if (!rates) {
        if ((rc = cc_rates_new(&own, err)) != CC_OK)
            goto done;
        rates = own;
    }
    r = cc__calloc(1, sizeof *r);
    if (!r)
        goto nomem;
    r->set = set;
    if ((rc = check_options(r, opts, rates, err)) != CC_OK)
        goto done;
    r->nclaims = n;
    r->claims = cc__malloc((n ? n : 1) * sizeof *r->claims); /* normalise() fills each */
    r->claim_pos = cc__malloc((n ? n : 1) * sizeof *r->claim_pos);
    r->tallies = cc__calloc(set->nsources ? set->nsources : 1, sizeof *r->tallies);
    work = cc__malloc((n ? n : 1) * sizeof *work);
    if (!r->claims || !r->claim_pos || !r->tallies || !work)
        goto nomem;

    if ((rc = cc_group__build(r, work, err)) != CC_OK)
        goto done;
    cc_group__roots(set, work); /* the group ids are no longer needed */
    for (size_t g = 0; g < r->ngroups; g++)
        if (r->groups[g].count > maxcount)
            maxcount = r->groups[g].count;
    if (cc_scratch__init(&s, maxcount) != CC_OK)
        goto nomem;
    x.r = r;
    x.rates = rates;
    x.params.exact_rel = r->opts.exact_rel;
    x.params.approx_rel = r->opts.approx_rel;
    x.params.lenient_factor = r->opts.lenient_factor;
    for (size_t g = 0; g < r->ngroups; g++) {
        cc_group *G = &r->groups[g];
        if (normalise(&x, G) != CC_OK)
            goto nomem;
        cc_group__voices(r, G, work, &s);
        cc_consensus__group(r, G, &s);
        cc_group__sort_claims(r, G, &s);
    }
    tally(r);
    if ((rc = cc_group__order(r, err)) != CC_OK)
        goto done;
    if ((rc = cc_group__links(r, rates, err)) != CC_OK)
        goto done;
    *out = r;
    r = NULL;
    goto done;
nomem:
    rc = cc_error__msg(err, CC_ENOMEM, "out of memory checking claims");
done:
    cc_report_free(r);
    cc_rates_free(own);
    cc_scratch__free(&s);
    free(x.cache);
    free(x.units);
    free(work);
    return rc;
}
