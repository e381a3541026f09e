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
        return cc_error__msg(err, CC_EINVAL, "unsupported check options version %u", opts->version);
    if (opts->fx_window_days < 0 || opts->fx_window_days > 366)
        return cc_error__msg(err, CC_EINVAL, "fx window of %d days is out of range 0..366",
                             opts->fx_window_days);
    if (bad_number(opts->exact_rel, 1) || bad_number(opts->approx_rel, 1) ||
        bad_number(opts->minor_rel, 1) ||
        !(opts->lenient_factor >= 1 && opts->lenient_factor <= 100))
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

/*
 * Conversions looked up so far, keyed by (from, to, date): the window is the
 * same for the whole report, so equal keys give equal rates, and groups of
 * the same date share one entry of report->fx.
 */
typedef struct fx_entry {
    char key[20];   /* from[8], to[8] (NUL-padded), date */
    uint8_t reason; /* cc_unchecked_reason; NONE = index valid */
    uint32_t index; /* into report->fx */
} fx_entry;

typedef struct ctx {
    cc_report *r;
    const cc_rates *rates;
    cc_interval_params params;
    fx_entry *cache;
    size_t ncache, cache_cap;
    uint32_t *slots; /* open addressing over cache: index+1, 0 = empty */
    size_t nslots;
    struct unit_count {
        char code[8];
        uint32_t count, first;
    } * units;
    size_t nunits, units_cap;
} ctx;

/* The group's currency (the option, else the most frequent; ties: the
 * earliest) or physical unit (the most frequent). */
static cc_status pick_unit(ctx *x, cc_group *g)
{
    const cc_claimset *set = x->r->set;
    const cc_checked_claim *C = x->r->claims + g->first;
    size_t best = 0;

    if ((g->dimension != CC_DIM_CURRENCY && g->dimension != CC_DIM_MEASURE) ||
        (g->dimension == CC_DIM_CURRENCY && x->r->opts.currency)) {
        const char *u =
            g->dimension == CC_DIM_CURRENCY ? x->r->currency : set->claims[C[0].claim].q.unit;
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

static size_t fx_slot(const ctx *x, const char key[20])
{
    size_t mask = x->nslots - 1, at = (size_t)cc__hash(key, 20) & mask;
    uint32_t j;
    while ((j = x->slots[at]) != 0 && memcmp(x->cache[j - 1].key, key, 20) != 0)
        at = (at + 1) & mask;
    return at;
}

/* Keep the load factor of the slots at most 1/2. */
static cc_status fx_reserve(ctx *x)
{
    size_t n = x->nslots ? x->nslots : 16;
    uint32_t *old = x->slots;
    if ((x->ncache + 1) * 2 <= x->nslots)
        return CC_OK;
    while ((x->ncache + 1) * 2 > n)
        n *= 2;
    x->slots = cc__calloc(n, sizeof *x->slots);
    if (!x->slots) {
        x->slots = old;
        return CC_ENOMEM;
    }
    x->nslots = n;
    for (size_t k = 0; k < x->ncache; k++)
        x->slots[fx_slot(x, x->cache[k].key)] = (uint32_t)k + 1;
    free(old);
    return CC_OK;
}

/* The conversion from `from` to the group's unit at its date: *reason
 * receives why there is none, else *index its entry of report->fx. */
static cc_status lookup_fx(ctx *x, const cc_group *g, const char *from, uint8_t *reason,
                           uint32_t *index)
{
    char key[20];
    fx_entry *e;
    size_t at;
    cc_fx fx;
    cc_status st;

    if (g->date == CC_NO_DATE) {
        *reason = CC_UNCHECKED_NO_DATE;
        return CC_OK;
    }
    memset(key, 0, sizeof key);
    memcpy(key, from, strnlen(from, 7));
    memcpy(key + 8, g->unit, strnlen(g->unit, 7));
    memcpy(key + 16, &g->date, 4);
    if (fx_reserve(x) != CC_OK ||
        cc__grow((void **)&x->cache, &x->cache_cap, x->ncache + 1, sizeof *x->cache) != 0)
        return CC_ENOMEM;
    at = fx_slot(x, key);
    if (x->slots[at]) {
        e = &x->cache[x->slots[at] - 1];
        *reason = e->reason;
        *index = e->index;
        return CC_OK;
    }
    e = &x->cache[x->ncache];
    memset(e, 0, sizeof *e);
    memcpy(e->key, key, sizeof key);
    st = cc_rates__fx(x->rates, from, g->unit, g->date, x->r->opts.fx_window_days, &fx, NULL);
    if (st == CC_ENOMEM)
        return st;
    if (st == CC_ECURRENCY &&
        (!cc_rates_has_currency(x->rates, from) || !cc_rates_has_currency(x->rates, g->unit)))
        e->reason = CC_UNCHECKED_UNKNOWN_CURRENCY;
    else if (st != CC_OK)
        e->reason = CC_UNCHECKED_NO_RATE; /* no rate near the date, or before the table */
    else if (cc_report__add_fx(x->r, &fx, &e->index) != CC_OK)
        return CC_ENOMEM;
    x->slots[at] = (uint32_t)++x->ncache;
    *reason = e->reason;
    *index = e->index;
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
    for (uint32_t i = 0; i < g->count; i++) {
        cc_checked_claim *c = &C[i];
        const cc_quantity *q = &set->claims[c->claim].q;
        uint32_t claim = c->claim;
        cc_interval strict, lenient;
        memset(c, 0, sizeof *c);
        c->claim = claim;
        c->voice = claim;
        c->fx = CC_NO_FX;
        c->status = CC_STATUS_AGREES;
        c->gap = NAN;
        cc_quantity__interval(q, &x->params, 0, &strict);
        cc_quantity__interval(q, &x->params, 1, &lenient);
        c->point = q->hedge == CC_HEDGE_RANGE ? q->value / 2 + q->value_high / 2 : q->value;
        if (isnan(strict.low) || isnan(strict.high) || isnan(lenient.low) || isnan(lenient.high) ||
            isnan(c->point)) {
            c->status = CC_STATUS_UNCHECKED; /* cannot happen for a valid quantity */
            c->reason = CC_UNCHECKED_NONE;
        } else if (g->dimension == CC_DIM_CURRENCY && strcmp(q->unit, g->unit) != 0) {
            uint8_t reason = CC_UNCHECKED_NONE;
            uint32_t index = CC_NO_FX;
            st = lookup_fx(x, g, q->unit, &reason, &index);
            if (st != CC_OK)
                return st;
            if (reason != CC_UNCHECKED_NONE) {
                c->status = CC_STATUS_UNCHECKED;
                c->reason = reason;
            } else {
                const cc_fx *fx = &x->r->fx[index];
                c->fx = index;
                convert(&strict, fx);
                convert(&lenient, fx);
                c->point *= (fx->low + fx->high) / 2;
            }
        } else if (g->dimension == CC_DIM_MEASURE && strcmp(q->unit, g->unit) != 0) {
            /* "0.12 Mt" among "t", "71 °F" among "°C": exact (a group holds
             * units of one quantity, group.c; conversions only increase) */
            cc_unit__convert_interval(&strict, q->unit, g->unit);
            cc_unit__convert_interval(&lenient, q->unit, g->unit);
            c->point = cc_unit__convert(c->point, q->unit, g->unit);
        }
        cc_checked__set_strict(c, &strict);
        cc_checked__set_lenient(c, &lenient);
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
        case CC_STATUS_AGREES_LENIENT: t->agrees++; break;
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
    if (r->nfx < r->fx_cap) { /* give back the slack of the table's growth */
        void *p = cc__realloc(r->fx, (r->nfx ? r->nfx : 1) * sizeof *r->fx);
        if (p) {
            r->fx = p;
            r->fx_cap = r->nfx ? r->nfx : 1;
        }
    }
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
    free(x.slots);
    free(x.units);
    free(work);
    return rc;
}
