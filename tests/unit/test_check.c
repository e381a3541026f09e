/*
 * test_check.c - the check: grouping, normalisation, voices, consensus,
 * statuses, verdicts, links, tallies, options.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check_internal.h"
#include "claimset.h"
#include "common.h"
#include "date.h"
#include "report.h"
#include "testutil.h"

/* ---- building claim sets ---- */

typedef struct claim_spec {
    const char *id, *source;
    const char *text; /* the written text (kept as the claim's text), or NULL */
    const char *value, *high, *scale, *unit;
    cc_hedge hedge;
    const char *date; /* NULL: the source's published date */
    const char *scope, *attributed_to;
    const char *syndicated_from;
    const char *subject, *measure; /* NULL: "Nvidia" / "market value loss" */
} claim_spec;

static cc_claimset *new_set(void)
{
    cc_claimset *set = NULL;
    cc_error err;
    ck_assert_int_eq(cc_claimset_new(&set, &err), CC_OK);
    return set;
}

static void add_source(cc_claimset *set, const char *id, const char *published)
{
    cc_error err;
    ck_assert_msg(cc_claimset_add_source(set, id, NULL, published, "de", NULL, &err) == CC_OK,
                  "source %s: %s", id, err.message);
}

static void add(cc_claimset *set, const claim_spec *s)
{
    cc_claim_fields f = CC_CLAIM_FIELDS_INIT;
    cc_quantity q;
    cc_error err;
    cc_error__clear(&err);
    ck_assert_msg(cc_quantity__init(&q, s->value, s->high, s->scale, s->unit, s->hedge, &err) ==
                      CC_OK,
                  "quantity of %s: %s", s->id, err.message);
    f.id = s->id;
    f.source = s->source;
    f.subject = s->subject ? s->subject : "Nvidia";
    f.measure = s->measure ? s->measure : "market value loss";
    f.date = s->date;
    f.scope = s->scope;
    f.attributed_to = s->attributed_to;
    f.text = s->text;
    f.syndicated_from = s->syndicated_from;
    ck_assert_msg(cc_claimset__add(set, &f, &q, 0, 0, NULL, &err) == CC_OK, "claim %s: %s", s->id,
                  err.message);
}

static void add_all(cc_claimset *set, const claim_spec *specs, size_t n)
{
    cc_error err;
    for (size_t i = 0; i < n; i++)
        add(set, &specs[i]);
    ck_assert_int_eq(cc_claimset__resolve(set, &err), CC_OK);
}

static cc_report *check(const cc_claimset *set, const cc_check_options *opts)
{
    cc_report *r = NULL;
    cc_error err;
    cc_status st = cc_check(&r, set, NULL, opts, &err);
    ck_assert_msg(st == CC_OK, "cc_check: %d %s", st, err.message);
    ck_assert_ptr_nonnull(r);
    return r;
}

/* the checked entry of a claim, and its group */
static const cc_checked_claim *entry(const cc_report *r, const char *id)
{
    int64_t k = cc_claimset__find_claim(r->set, id);
    ck_assert_msg(k >= 0, "no claim %s", id);
    return &r->claims[r->claim_pos[k]];
}

static const cc_group *group_of(const cc_report *r, const char *id)
{
    size_t at = (size_t)(entry(r, id) - r->claims);
    for (size_t g = 0; g < r->ngroups; g++)
        if (at >= r->groups[g].first && at < r->groups[g].first + r->groups[g].count)
            return &r->groups[g];
    ck_abort_msg("claim %s in no group", id);
    return NULL;
}

/* The strict interval of a checked claim, and its conversion (NULL if none). */
static cc_interval strict_of(const cc_checked_claim *c)
{
    cc_interval iv;
    cc_checked__strict(c, &iv);
    return iv;
}

static const cc_fx *fx_of(const cc_report *r, const char *id)
{
    return cc_report__fx(r, entry(r, id));
}

static int status_of(const cc_report *r, const char *id)
{
    return cc_report_claim_status(r, id);
}

static const char *id_at(const cc_report *r, const cc_group *g, uint32_t k)
{
    return cc_claimset__str(r->set, r->set->claims[r->claims[g->first + k].claim].id);
}

#define assert_near(a, b, tol)                                                                     \
    ck_assert_msg(fabs((double)(a) - (double)(b)) <= (tol), "%g is not %g +- %g", (double)(a),     \
                  (double)(b), (double)(tol))

/* ---- the motivating cases ---- */

static const claim_spec nvidia[] = {
    {"c1", "s1", "589 Milliarden US-Dollar", "589", NULL, "1e9", "USD", CC_HEDGE_EXACT,
     "2025-01-27", "close", NULL, NULL, NULL, NULL},
    {"c2", "s2", "fast 600 Milliarden US-Dollar", "600", NULL, "1e9", "USD", CC_HEDGE_APPROX_BELOW,
     "2025-01-27", "close", NULL, NULL, NULL, NULL},
    {"c3", "s3", "umgerechnet 563 Milliarden Euro", "563", NULL, "1e9", "EUR", CC_HEDGE_EXACT,
     "2025-01-27", "close", NULL, NULL, NULL, NULL},
    {"c4", "s4", "gut 460 Milliarden Dollar", "460", NULL, "1e9", "USD", CC_HEDGE_APPROX_ABOVE,
     "2025-01-27", "close", NULL, NULL, NULL, NULL},
};

static cc_claimset *nvidia_set(const char *c4_scope)
{
    cc_claimset *set = new_set();
    claim_spec specs[4];
    memcpy(specs, nvidia, sizeof specs);
    specs[3].scope = c4_scope;
    add_source(set, "s1", "2025-01-28");
    add_source(set, "s2", "2025-01-28");
    add_source(set, "s3", "2025-01-28");
    add_source(set, "s4", "2025-01-28");
    add_all(set, specs, 4);
    return set;
}

START_TEST(test_nvidia_conflict)
{
    cc_claimset *set = nvidia_set("close");
    cc_report *r = check(set, NULL);
    const cc_group *g;
    const cc_checked_claim *c3, *c4;

    ck_assert_uint_eq(cc_report_group_count(r), 1);
    g = &r->groups[0];
    ck_assert_int_eq(g->dimension, CC_DIM_CURRENCY);
    ck_assert_str_eq(g->unit, "USD");
    ck_assert_int_eq(cc_report_group_verdict(r, 0), CC_VERDICT_CONFLICT);
    ck_assert_int_eq(g->has_consensus, 1);
    ck_assert_uint_eq(g->voices, 3);
    ck_assert_uint_eq(g->count, 4);
    /* the consensus: [588.5, 589.5] bn, the exact figure's interval */
    assert_near(g->consensus.low, 588.5e9, 1e3);
    assert_near(g->consensus.high, 589.5e9, 1e3);
    assert_near(g->consensus_point, 589e9, 1e3);
    ck_assert_int_eq(status_of(r, "c1"), CC_STATUS_AGREES);
    ck_assert_int_eq(status_of(r, "c2"), CC_STATUS_AGREES);
    ck_assert_int_eq(status_of(r, "c3"), CC_STATUS_AGREES);
    ck_assert_int_eq(status_of(r, "c4"), CC_STATUS_CONTRADICTS);
    /* 563 bn EUR at the rates of Fri 24, Mon 27, Tue 28 January 2025 */
    c3 = entry(r, "c3");
    ck_assert_ptr_nonnull(fx_of(r, "c3"));
    assert_near(fx_of(r, "c3")->low, 1.0421, 1e-9);
    assert_near(fx_of(r, "c3")->high, 1.053, 1e-9);
    ck_assert_int_eq(fx_of(r, "c3")->first_day, cc_date__from_ymd(2025, 1, 24));
    ck_assert_int_eq(fx_of(r, "c3")->last_day, cc_date__from_ymd(2025, 1, 28));
    assert_near(c3->strict_low, 562.5e9 * 1.0421, 1e3);
    assert_near(c3->strict_high, 563.5e9 * 1.053, 1e3);
    ck_assert(c3->strict_low > 586e9 && c3->strict_high < 594e9);
    ck_assert_int_eq(c3->open, 0);
    ck_assert_ptr_null(fx_of(r, "c1"));
    ck_assert_uint_eq(entry(r, "c1")->fx, CC_NO_FX);
    /* "gut 460": about 22 % below */
    c4 = entry(r, "c4");
    assert_near(c4->gap, (589.0 - 460.0) / 589.0, 1e-9);
    assert_near(c4->gap, 0.219, 0.001);
    ck_assert(isnan(g->consensus_point) == 0);
    /* order: the consensus in input order, then the contradiction */
    ck_assert_str_eq(id_at(r, g, 0), "c1");
    ck_assert_str_eq(id_at(r, g, 1), "c2");
    ck_assert_str_eq(id_at(r, g, 2), "c3");
    ck_assert_str_eq(id_at(r, g, 3), "c4");
    ck_assert_int_eq(r->claims[g->first].in_consensus, 1);
    ck_assert_int_eq(r->claims[g->first + 3].in_consensus, 0);
    ck_assert_uint_eq(cc_report_contradiction_count(r), 1);
    ck_assert_uint_eq(g->contradictions, 1);
    /* tallies */
    ck_assert_uint_eq(r->tallies[3].claims, 1);
    ck_assert_uint_eq(r->tallies[3].contradicts, 1);
    ck_assert_uint_eq(r->tallies[2].agrees, 1);
    ck_assert_uint_eq(r->nlinks, 0);
    ck_assert_int_eq(cc_report_claim_status(r, "nope"), -1);
    cc_report_free(r);
    cc_claimset_free(set);
}
END_TEST

START_TEST(test_nvidia_intraday_scope)
{
    cc_claimset *set = nvidia_set("intraday");
    cc_report *r = check(set, NULL);
    const cc_group *close, *intraday;
    const cc_group_link *l;

    ck_assert_uint_eq(cc_report_group_count(r), 2);
    close = group_of(r, "c1");
    intraday = group_of(r, "c4");
    ck_assert_ptr_ne(close, intraday);
    /* consistent before single */
    ck_assert_ptr_eq(close, &r->groups[0]);
    ck_assert_int_eq(close->verdict, CC_VERDICT_CONSISTENT);
    ck_assert_int_eq(intraday->verdict, CC_VERDICT_SINGLE);
    ck_assert_int_eq(status_of(r, "c4"), CC_STATUS_AGREES);
    ck_assert_uint_eq(cc_report_contradiction_count(r), 0);
    /* linked both ways, with the gap between the consensus points */
    ck_assert_uint_eq(r->nlinks, 2);
    ck_assert_uint_eq(close->link_count, 1);
    ck_assert_uint_eq(intraday->link_count, 1);
    l = &r->links[close->link_first];
    ck_assert_ptr_eq(&r->groups[l->group], intraday);
    ck_assert_int_eq(l->relation, CC_RELATION_DIFFERENT_SCOPE);
    /* gut 460 alone: u = 10 bn, consensus [460, 470], point 465 */
    assert_near(intraday->consensus_point, 465e9, 1e3);
    assert_near(l->gap, (589.0 - 465.0) / 589.0, 1e-9);
    l = &r->links[intraday->link_first];
    ck_assert_ptr_eq(&r->groups[l->group], close);
    ck_assert_int_eq(l->relation, CC_RELATION_DIFFERENT_SCOPE);
    assert_near(l->gap, (589.0 - 465.0) / 589.0, 1e-9);
    cc_report_free(r);
    cc_claimset_free(set);
}
END_TEST

START_TEST(test_deepseek_less_than_eur)
{
    static const claim_spec specs[] = {
        {"d1", "s1", "5,6 Millionen US-Dollar", "5.6", NULL, "1e6", "USD", CC_HEDGE_EXACT,
         "2025-01-27", NULL, NULL, NULL, "DeepSeek", "training cost"},
        {"d2", "s2", "weniger als umgerechnet 5,7 Millionen Euro", "5.7", NULL, "1e6", "EUR",
         CC_HEDGE_UPPER_STRICT, "2025-01-27", NULL, NULL, NULL, "DeepSeek", "training cost"},
    };
    cc_claimset *set = new_set();
    cc_check_options opts;
    cc_report *r;
    const cc_checked_claim *d2;

    add_source(set, "s1", "2025-01-28");
    add_source(set, "s2", "2025-01-28");
    add_all(set, specs, 2);
    r = check(set, NULL);
    ck_assert_uint_eq(r->ngroups, 1);
    /* one each: the earliest claim's currency */
    ck_assert_str_eq(r->groups[0].unit, "USD");
    ck_assert_int_eq(r->groups[0].verdict, CC_VERDICT_CONSISTENT);
    ck_assert_int_eq(status_of(r, "d1"), CC_STATUS_AGREES);
    ck_assert_int_eq(status_of(r, "d2"), CC_STATUS_AGREES);
    d2 = entry(r, "d2");
    ck_assert_ptr_nonnull(fx_of(r, "d2"));
    ck_assert(strict_of(d2).low == 0 && strict_of(d2).high_open && !strict_of(d2).low_open);
    assert_near(strict_of(d2).high, 5.7e6 * 1.053, 1e-3);
    /* up to 5.7 M EUR: its point is its finite end */
    assert_near(d2->point, 5.7e6 * (1.0421 + 1.053) / 2, 1e-3);
    cc_report_free(r);

    /* the option puts the group in euros */
    ck_assert_int_eq(cc_check_options_init(&opts, CC_CHECK_OPTIONS_VERSION), CC_OK);
    opts.currency = "eur";
    r = check(set, &opts);
    ck_assert_str_eq(r->groups[0].unit, "EUR");
    ck_assert_str_eq(r->currency, "EUR");
    ck_assert_ptr_nonnull(fx_of(r, "d1"));
    ck_assert_ptr_null(fx_of(r, "d2"));
    assert_near(entry(r, "d1")->strict_low, 5.55e6 / 1.053, 1e-3);
    ck_assert_int_eq(r->groups[0].verdict, CC_VERDICT_CONSISTENT);
    cc_report_free(r);
    cc_claimset_free(set);
}
END_TEST

/* Conversions are kept once per currency pair and date, shared by groups. */
START_TEST(test_fx_table_shared)
{
    static const claim_spec specs[] = {
        {"a1", "s1", NULL, "589", NULL, "1e9", "USD", CC_HEDGE_EXACT, "2025-01-27", NULL, NULL,
         NULL, "Nvidia", NULL},
        {"a2", "s2", NULL, "563", NULL, "1e9", "EUR", CC_HEDGE_EXACT, "2025-01-27", NULL, NULL,
         NULL, "Nvidia", NULL},
        {"a3", "s3", NULL, "590", NULL, "1e9", "USD", CC_HEDGE_EXACT, "2025-01-27", NULL, NULL,
         NULL, "Nvidia", NULL},
        {"b1", "s1", NULL, "12", NULL, "1e9", "USD", CC_HEDGE_EXACT, "2025-01-27", NULL, NULL, NULL,
         "Broadcom", NULL},
        {"b2", "s2", NULL, "11", NULL, "1e9", "EUR", CC_HEDGE_EXACT, "2025-01-27", NULL, NULL, NULL,
         "Broadcom", NULL},
        {"b3", "s3", NULL, "12", NULL, "1e9", "USD", CC_HEDGE_EXACT, "2025-01-27", NULL, NULL, NULL,
         "Broadcom", NULL},
        /* another date: another conversion */
        {"c1", "s1", NULL, "7", NULL, "1e9", "USD", CC_HEDGE_EXACT, "2025-01-24", NULL, NULL, NULL,
         "Oracle", NULL},
        {"c2", "s2", NULL, "7", NULL, "1e9", "EUR", CC_HEDGE_EXACT, "2025-01-24", NULL, NULL, NULL,
         "Oracle", NULL},
        {"c3", "s3", NULL, "7", NULL, "1e9", "USD", CC_HEDGE_EXACT, "2025-01-24", NULL, NULL, NULL,
         "Oracle", NULL},
    };
    cc_claimset *set = new_set();
    cc_report *r;

    add_source(set, "s1", NULL);
    add_source(set, "s2", NULL);
    add_source(set, "s3", NULL);
    add_all(set, specs, 9);
    r = check(set, NULL);
    ck_assert_uint_eq(r->ngroups, 3);
    ck_assert_uint_eq(r->nfx, 2);
    ck_assert_uint_eq(entry(r, "a2")->fx, entry(r, "b2")->fx);
    ck_assert_uint_ne(entry(r, "a2")->fx, entry(r, "c2")->fx);
    ck_assert_ptr_eq(fx_of(r, "a2"), fx_of(r, "b2"));
    ck_assert_int_eq(fx_of(r, "a2")->first_day, cc_date__from_ymd(2025, 1, 24));
    ck_assert_int_eq(fx_of(r, "a2")->last_day, cc_date__from_ymd(2025, 1, 28));
    ck_assert(fx_of(r, "c2")->first_day < cc_date__from_ymd(2025, 1, 24));
    ck_assert_ptr_null(fx_of(r, "a1"));
    /* both ends converted with the rate interval */
    assert_near(entry(r, "b2")->strict_low, 10.5e9 * fx_of(r, "b2")->low, 1e-3);
    assert_near(entry(r, "b2")->strict_high, 11.5e9 * fx_of(r, "b2")->high, 1e-3);
    cc_report_free(r);
    cc_claimset_free(set);
}
END_TEST

START_TEST(test_meta_up_to)
{
    static const claim_spec specs[] = {
        {"m1", "s1", "bis zu 65 Milliarden US-Dollar", "65", NULL, "1e9", "USD",
         CC_HEDGE_UPPER_INCL, "2025-01-27", NULL, NULL, NULL, "Meta", "AI spending"},
        {"m2", "s2", "60 Milliarden Dollar", "60", NULL, "1e9", "USD", CC_HEDGE_EXACT, "2025-01-27",
         NULL, NULL, NULL, "Meta", "AI spending"},
    };
    cc_claimset *set = new_set();
    cc_report *r;

    add_source(set, "s1", "2025-01-28");
    add_source(set, "s2", "2025-01-28");
    add_all(set, specs, 2);
    r = check(set, NULL);
    ck_assert_uint_eq(r->ngroups, 1);
    ck_assert_int_eq(r->groups[0].verdict, CC_VERDICT_CONSISTENT);
    ck_assert_int_eq(status_of(r, "m1"), CC_STATUS_AGREES);
    ck_assert_int_eq(status_of(r, "m2"), CC_STATUS_AGREES);
    /* 60 bn: u = 10 bn, h = min(5, 3) bn */
    assert_near(r->groups[0].consensus.low, 57e9, 1e3);
    assert_near(r->groups[0].consensus.high, 63e9, 1e3);
    cc_report_free(r);
    cc_claimset_free(set);
}
END_TEST

START_TEST(test_percent_vs_points)
{
    static const claim_spec specs[] = {
        {"p1", "s1", "um 17 %", "17", NULL, NULL, "%", CC_HEDGE_EXACT, "2025-01-27", NULL, NULL,
         NULL, NULL, "share change"},
        {"p2", "s2", "3 Prozentpunkte", "3", NULL, NULL, "pp", CC_HEDGE_EXACT, "2025-01-27", NULL,
         NULL, NULL, NULL, "share change"},
    };
    cc_claimset *set = new_set();
    cc_report *r;

    add_source(set, "s1", NULL);
    add_source(set, "s2", NULL);
    add_all(set, specs, 2);
    r = check(set, NULL);
    ck_assert_uint_eq(cc_report_group_count(r), 2);
    ck_assert_ptr_ne(group_of(r, "p1"), group_of(r, "p2"));
    ck_assert_int_eq(group_of(r, "p1")->dimension, CC_DIM_PERCENT);
    ck_assert_str_eq(group_of(r, "p1")->unit, "%");
    ck_assert_int_eq(group_of(r, "p2")->dimension, CC_DIM_POINTS);
    ck_assert_int_eq(r->groups[0].verdict, CC_VERDICT_SINGLE);
    ck_assert_int_eq(r->groups[1].verdict, CC_VERDICT_SINGLE);
    ck_assert_int_eq(status_of(r, "p1"), CC_STATUS_AGREES);
    ck_assert_int_eq(status_of(r, "p2"), CC_STATUS_AGREES);
    ck_assert_uint_eq(r->nlinks, 0); /* different dimensions are not even linked */
    cc_report_free(r);
    cc_claimset_free(set);
}
END_TEST

/* Physical units of one quantity convert into the group's most frequent
 * unit by their factor; a unit of another quantity is a group of its own. */
START_TEST(test_measures_convert)
{
    static const claim_spec specs[] = {
        {"t1", "s1", NULL, "120", NULL, "1e3", "t", CC_HEDGE_EXACT, NULL, NULL, NULL, NULL, NULL,
         "CO2 savings"},
        {"t2", "s2", NULL, "0.12", NULL, NULL, "Mt", CC_HEDGE_EXACT, NULL, NULL, NULL, NULL, NULL,
         "CO2 savings"},
        {"t3", "s3", NULL, "210", NULL, "1e3", "t", CC_HEDGE_EXACT, NULL, NULL, NULL, NULL, NULL,
         "CO2 savings"},
        {"t4", "s4", NULL, "150", NULL, NULL, "MW", CC_HEDGE_EXACT, NULL, NULL, NULL, NULL, NULL,
         "CO2 savings"},
    };
    cc_claimset *set = new_set();
    cc_report *r;
    const cc_checked_claim *c;

    add_source(set, "s1", "2025-11-15");
    add_source(set, "s2", "2025-11-15");
    add_source(set, "s3", "2025-11-15");
    add_source(set, "s4", "2025-11-15");
    add_all(set, specs, 4);
    r = check(set, NULL);
    ck_assert_uint_eq(r->ngroups, 2);
    ck_assert_ptr_ne(group_of(r, "t1"), group_of(r, "t4")); /* a power among masses */
    ck_assert_int_eq(group_of(r, "t1")->dimension, CC_DIM_MEASURE);
    ck_assert_str_eq(group_of(r, "t1")->unit, "t"); /* two of three */
    c = entry(r, "t2");
    ck_assert_double_eq_tol(c->point, 120000.0, 1e-6); /* 0.12 Mt in t */
    ck_assert_int_eq(status_of(r, "t1"), CC_STATUS_AGREES);
    ck_assert_int_eq(status_of(r, "t2"), CC_STATUS_AGREES);
    ck_assert_int_eq(status_of(r, "t3"), CC_STATUS_CONTRADICTS);
    ck_assert_int_eq(status_of(r, "t4"), CC_STATUS_AGREES);
    ck_assert_str_eq(group_of(r, "t4")->unit, "MW");
    cc_report_free(r);
    cc_claimset_free(set);
}
END_TEST

/* 15 people and 16 people are two counts, though their rounding
 * intervals touch at 15.5; 18 % and 19 % may both round 18.5 %. */
START_TEST(test_whole_counts_do_not_touch)
{
    static const claim_spec specs[] = {
        {"a", "s1", NULL, "15", NULL, NULL, "count", CC_HEDGE_EXACT, NULL, NULL, NULL, NULL, NULL,
         "injured"},
        {"b", "s2", NULL, "16", NULL, NULL, "count", CC_HEDGE_EXACT, NULL, NULL, NULL, NULL, NULL,
         "injured"},
        {"c", "s1", NULL, "18", NULL, NULL, "%", CC_HEDGE_EXACT, NULL, NULL, NULL, NULL, NULL,
         "drop"},
        {"d", "s2", NULL, "19", NULL, NULL, "%", CC_HEDGE_EXACT, NULL, NULL, NULL, NULL, NULL,
         "drop"},
    };
    cc_claimset *set = new_set();
    cc_report *r;

    add_source(set, "s1", "2025-11-15");
    add_source(set, "s2", "2025-11-15");
    add_all(set, specs, 4);
    r = check(set, NULL);
    ck_assert_int_eq(status_of(r, "a"), CC_STATUS_CONTRADICTS);
    ck_assert_int_eq(status_of(r, "b"), CC_STATUS_CONTRADICTS);
    ck_assert_int_eq(status_of(r, "c"), CC_STATUS_AGREES);
    ck_assert_int_eq(status_of(r, "d"), CC_STATUS_AGREES);
    cc_report_free(r);
    cc_claimset_free(set);
}
END_TEST

START_TEST(test_split_one_against_one)
{
    static const claim_spec specs[] = {
        {"a", "s1", NULL, "589", NULL, "1e9", "USD", CC_HEDGE_EXACT, NULL, NULL, NULL, NULL, NULL,
         NULL},
        {"b", "s2", NULL, "460", NULL, "1e9", "USD", CC_HEDGE_EXACT, NULL, NULL, NULL, NULL, NULL,
         NULL},
    };
    cc_claimset *set = new_set();
    cc_report *r;
    const cc_group *g;

    add_source(set, "s1", "2025-01-27");
    add_source(set, "s2", "2025-01-27");
    add_all(set, specs, 2);
    r = check(set, NULL);
    ck_assert_uint_eq(r->ngroups, 1);
    g = &r->groups[0];
    ck_assert_int_eq(cc_report_group_verdict(r, 0), CC_VERDICT_SPLIT);
    ck_assert_int_eq(g->has_consensus, 0);
    ck_assert_int_eq(g->tied, 1);
    ck_assert_uint_eq(g->voices, 1);
    /* no winner: both readings are disputed, neither has a gap, and each
     * source counts one contradiction; the lower one is listed first */
    ck_assert_int_eq(status_of(r, "b"), CC_STATUS_CONTRADICTS);
    ck_assert_int_eq(status_of(r, "a"), CC_STATUS_CONTRADICTS);
    ck_assert_str_eq(id_at(r, g, 0), "b");
    ck_assert(isnan(entry(r, "a")->gap));
    ck_assert(isnan(entry(r, "b")->gap));
    ck_assert_uint_eq(g->contradictions, 2);
    ck_assert_uint_eq(r->tallies[0].contradicts, 1);
    ck_assert_uint_eq(r->tallies[1].contradicts, 1);
    cc_report_free(r);
    cc_claimset_free(set);
}
END_TEST

/* The minor rule weighs the figures' own gap, not the gap between their
 * rounding intervals: "6.5%" is 3.1 % above "6.3%" (their intervals miss
 * by only 1.5 %), a contradiction; "598" against "589" (1.5 %) is minor. */
START_TEST(test_minor_is_the_figures_gap)
{
    static const claim_spec specs[] = {
        {"a", "s1", NULL, "6.3", NULL, NULL, "%", CC_HEDGE_EXACT, NULL, NULL, NULL, NULL, NULL,
         NULL},
        {"b", "s2", NULL, "6.3", NULL, NULL, "%", CC_HEDGE_EXACT, NULL, NULL, NULL, NULL, NULL,
         NULL},
        {"c", "s3", NULL, "6.5", NULL, NULL, "%", CC_HEDGE_EXACT, NULL, NULL, NULL, NULL, NULL,
         NULL},
    };
    cc_claimset *set = new_set();
    cc_report *r;

    add_source(set, "s1", "2025-11-28");
    add_source(set, "s2", "2025-11-28");
    add_source(set, "s3", "2025-11-28");
    add_all(set, specs, 3);
    r = check(set, NULL);
    ck_assert_uint_eq(r->ngroups, 1);
    ck_assert_int_eq(r->groups[0].verdict, CC_VERDICT_CONFLICT);
    ck_assert_int_eq(status_of(r, "c"), CC_STATUS_CONTRADICTS);
    assert_near(entry(r, "c")->gap, 0.2 / 6.3, 1e-9);
    cc_report_free(r);
    {
        cc_check_options opts = CC_CHECK_OPTIONS_INIT;
        opts.minor_rel = 0.035;
        r = check(set, &opts);
        ck_assert_int_eq(status_of(r, "c"), CC_STATUS_MINOR_DISCREPANCY);
        cc_report_free(r);
    }
    cc_claimset_free(set);
}
END_TEST

START_TEST(test_minor_discrepancy)
{
    static const claim_spec specs[] = {
        {"a", "s1", NULL, "589", NULL, "1e9", "USD", CC_HEDGE_EXACT, NULL, NULL, NULL, NULL, NULL,
         NULL},
        {"b", "s2", NULL, "598", NULL, "1e9", "USD", CC_HEDGE_EXACT, NULL, NULL, NULL, NULL, NULL,
         NULL},
    };
    cc_claimset *set = new_set();
    cc_report *r;
    const cc_checked_claim *b;

    add_source(set, "s1", "2025-01-27");
    add_source(set, "s2", "2025-01-27");
    add_all(set, specs, 2);
    r = check(set, NULL);
    ck_assert_uint_eq(r->ngroups, 1);
    /* tied, but the two readings differ by a minor discrepancy only */
    ck_assert_int_eq(r->groups[0].tied, 1);
    ck_assert_int_eq(r->groups[0].has_consensus, 1);
    ck_assert_int_eq(r->groups[0].verdict, CC_VERDICT_MINOR_DISCREPANCY);
    ck_assert_int_eq(status_of(r, "a"), CC_STATUS_AGREES);
    ck_assert_int_eq(status_of(r, "b"), CC_STATUS_MINOR_DISCREPANCY);
    b = entry(r, "b");
    assert_near(b->gap, 9.0 / 589.0, 1e-9);
    ck_assert_uint_eq(r->minor, 1);
    ck_assert_uint_eq(r->tallies[1].minor, 1);
    ck_assert_uint_eq(cc_report_contradiction_count(r), 0);
    cc_report_free(r);

    /* a smaller minor_rel turns it into a split */
    {
        cc_check_options opts = CC_CHECK_OPTIONS_INIT;
        opts.minor_rel = 0.01;
        r = check(set, &opts);
        ck_assert_int_eq(r->groups[0].verdict, CC_VERDICT_SPLIT);
        ck_assert_int_eq(status_of(r, "b"), CC_STATUS_CONTRADICTS);
        cc_report_free(r);
    }
    cc_claimset_free(set);
}
END_TEST

START_TEST(test_syndicated_copies_count_once)
{
    /* two independent right figures; one wrong figure copied three times
     * (twice by syndication, in a chain, once verbatim by another outlet) */
    static const claim_spec specs[] = {
        {"w1", "s3", "460 Milliarden Dollar", "460", NULL, "1e9", "USD", CC_HEDGE_EXACT, NULL, NULL,
         NULL, NULL, NULL, NULL},
        {"w2", "s4", "460 Milliarden Dollar", "460", NULL, "1e9", "USD", CC_HEDGE_EXACT, NULL, NULL,
         NULL, "w1", NULL, NULL},
        {"r1", "s1", "589 Milliarden US-Dollar", "589", NULL, "1e9", "USD", CC_HEDGE_EXACT, NULL,
         NULL, NULL, NULL, NULL, NULL},
        {"w3", "s5", "460 Mrd. Dollar", "460", NULL, "1e9", "USD", CC_HEDGE_EXACT, NULL, NULL, NULL,
         "w2", NULL, NULL},
        {"w4", "s6", "  460 Milliarden Dollar ", "460", NULL, "1e9", "USD", CC_HEDGE_EXACT, NULL,
         NULL, NULL, NULL, NULL, NULL},
        {"r2", "s2", "rund 590 Milliarden Dollar", "590", NULL, "1e9", "USD", CC_HEDGE_APPROX, NULL,
         NULL, NULL, NULL, NULL, NULL},
    };
    cc_claimset *set = new_set();
    cc_report *r;
    const cc_group *g;
    const char *src[] = {"s1", "s2", "s3", "s4", "s5", "s6"};

    for (int i = 0; i < 6; i++)
        add_source(set, src[i], "2025-01-27");
    add_all(set, specs, 6);
    r = check(set, NULL);
    ck_assert_uint_eq(r->ngroups, 1);
    g = &r->groups[0];
    ck_assert_uint_eq(g->nvoices, 3);
    ck_assert_uint_eq(g->voices, 2);
    ck_assert_int_eq(g->verdict, CC_VERDICT_CONFLICT);
    ck_assert_int_eq(g->has_consensus, 1);
    ck_assert_int_eq(status_of(r, "r1"), CC_STATUS_AGREES);
    ck_assert_int_eq(status_of(r, "r2"), CC_STATUS_AGREES);
    ck_assert_int_eq(status_of(r, "w1"), CC_STATUS_CONTRADICTS);
    ck_assert_int_eq(status_of(r, "w2"), CC_STATUS_CONTRADICTS);
    ck_assert_int_eq(status_of(r, "w3"), CC_STATUS_CONTRADICTS);
    ck_assert_int_eq(status_of(r, "w4"), CC_STATUS_CONTRADICTS);
    ck_assert_uint_eq(entry(r, "w2")->voice, entry(r, "w1")->voice);
    ck_assert_uint_eq(entry(r, "w3")->voice, entry(r, "w1")->voice);
    ck_assert_uint_eq(entry(r, "w4")->voice, entry(r, "w1")->voice);
    ck_assert_uint_ne(entry(r, "r1")->voice, entry(r, "r2")->voice);
    /* consensus first, then the contradictions in input order */
    ck_assert_str_eq(id_at(r, g, 0), "r1");
    ck_assert_str_eq(id_at(r, g, 1), "r2");
    ck_assert_str_eq(id_at(r, g, 2), "w1");
    ck_assert_str_eq(id_at(r, g, 5), "w4");
    ck_assert_uint_eq(cc_report_contradiction_count(r), 4);
    cc_report_free(r);
    cc_claimset_free(set);
}
END_TEST

START_TEST(test_verbatim_text_rules)
{
    /* case differs: two voices against two: a split. Same source twice: not merged. */
    static const claim_spec specs[] = {
        {"r1", "s1", "589 Milliarden", "589", NULL, "1e9", "USD", CC_HEDGE_EXACT, NULL, NULL, NULL,
         NULL, NULL, NULL},
        {"r2", "s2", "589,0 Milliarden", "589", NULL, "1e9", "USD", CC_HEDGE_EXACT, NULL, NULL,
         NULL, NULL, NULL, NULL},
        {"w1", "s3", "460 Milliarden", "460", NULL, "1e9", "USD", CC_HEDGE_EXACT, NULL, NULL, NULL,
         NULL, NULL, NULL},
        {"w2", "s4", "460 milliarden", "460", NULL, "1e9", "USD", CC_HEDGE_EXACT, NULL, NULL, NULL,
         NULL, NULL, NULL},
    };
    cc_claimset *set = new_set();
    cc_report *r;
    const char *src[] = {"s1", "s2", "s3", "s4"};

    for (int i = 0; i < 4; i++)
        add_source(set, src[i], "2025-01-27");
    add_all(set, specs, 4);
    r = check(set, NULL);
    ck_assert_uint_eq(r->groups[0].nvoices, 4);
    ck_assert_int_eq(r->groups[0].verdict, CC_VERDICT_SPLIT);
    ck_assert_uint_ne(entry(r, "w1")->voice, entry(r, "w2")->voice);
    cc_report_free(r);
    cc_claimset_free(set);

    /* the same text twice from one source, once from another: one voice */
    {
        static const claim_spec same[] = {
            {"a1", "s1", "589 Milliarden", "589", NULL, "1e9", "USD", CC_HEDGE_EXACT, NULL, NULL,
             NULL, NULL, NULL, NULL},
            {"a2", "s1", "589 Milliarden", "589", NULL, "1e9", "USD", CC_HEDGE_EXACT, NULL, NULL,
             NULL, NULL, NULL, NULL},
            {"b1", "s3", "460 Milliarden", "460", NULL, "1e9", "USD", CC_HEDGE_EXACT, NULL, NULL,
             NULL, NULL, NULL, NULL},
            {"b2", "s3", "460 Milliarden", "460", NULL, "1e9", "USD", CC_HEDGE_EXACT, NULL, NULL,
             NULL, NULL, NULL, NULL},
            {"b3", "s4", "460 Milliarden", "460", NULL, "1e9", "USD", CC_HEDGE_EXACT, NULL, NULL,
             NULL, NULL, NULL, NULL},
        };
        set = new_set();
        for (int i = 0; i < 4; i++)
            add_source(set, src[i], "2025-01-27");
        add_all(set, same, 5);
        r = check(set, NULL);
        /* a1/a2: one source, two voices; b1/b2/b3: one voice */
        ck_assert_uint_eq(r->groups[0].nvoices, 3);
        ck_assert_uint_ne(entry(r, "a1")->voice, entry(r, "a2")->voice);
        ck_assert_uint_eq(entry(r, "b1")->voice, entry(r, "b3")->voice);
        ck_assert_uint_eq(entry(r, "b2")->voice, entry(r, "b3")->voice);
        ck_assert_int_eq(r->groups[0].verdict, CC_VERDICT_CONFLICT);
        ck_assert_int_eq(status_of(r, "a2"), CC_STATUS_AGREES);
        ck_assert_int_eq(status_of(r, "b2"), CC_STATUS_CONTRADICTS);
        cc_report_free(r);
        cc_claimset_free(set);
    }
}
END_TEST

START_TEST(test_syndication_cycle)
{
    static const claim_spec specs[] = {
        {"x", "s1", NULL, "460", NULL, "1e9", "USD", CC_HEDGE_EXACT, NULL, NULL, NULL, "y", NULL,
         NULL},
        {"y", "s2", NULL, "461", NULL, "1e9", "USD", CC_HEDGE_EXACT, NULL, NULL, NULL, "z", NULL,
         NULL},
        {"z", "s3", NULL, "462", NULL, "1e9", "USD", CC_HEDGE_EXACT, NULL, NULL, NULL, NULL, NULL,
         NULL},
        {"r1", "s1", NULL, "589", NULL, "1e9", "USD", CC_HEDGE_EXACT, NULL, NULL, NULL, NULL, NULL,
         NULL},
        {"r2", "s2", NULL, "589.2", NULL, "1e9", "USD", CC_HEDGE_APPROX, NULL, NULL, NULL, NULL,
         NULL, NULL},
    };
    cc_claimset *set = new_set();
    cc_report *r;

    add_source(set, "s1", "2025-01-27");
    add_source(set, "s2", "2025-01-27");
    add_source(set, "s3", "2025-01-27");
    add_all(set, specs, 5);
    /* close the chain into a cycle z -> x by hand (the loader refuses none) */
    set->claims[2].syndicated_from = 1;
    r = check(set, NULL);
    ck_assert_uint_eq(entry(r, "x")->voice, entry(r, "y")->voice);
    ck_assert_uint_eq(entry(r, "x")->voice, entry(r, "z")->voice);
    ck_assert_uint_eq(r->groups[0].nvoices, 3);
    ck_assert_uint_eq(r->groups[0].voices, 2);
    ck_assert_int_eq(status_of(r, "z"), CC_STATUS_CONTRADICTS);
    ck_assert_int_eq(status_of(r, "r2"), CC_STATUS_AGREES);
    cc_report_free(r);
    cc_claimset_free(set);
}
END_TEST

START_TEST(test_unchecked)
{
    static const claim_spec specs[] = {
        {"u1", "s1", NULL, "589", NULL, "1e9", "USD", CC_HEDGE_EXACT, "2025-01-27", NULL, NULL,
         NULL, NULL, NULL},
        {"u2", "s2", NULL, "589", NULL, "1e9", "USD", CC_HEDGE_EXACT, "2025-01-27", NULL, NULL,
         NULL, NULL, NULL},
        {"u3", "s3", NULL, "900", NULL, "1e9", "NGN", CC_HEDGE_EXACT, "2025-01-27", NULL, NULL,
         NULL, NULL, NULL},
        /* before the euro */
        {"o1", "s1", NULL, "10", NULL, "1e6", "USD", CC_HEDGE_EXACT, "1998-06-02", NULL, NULL, NULL,
         NULL, NULL},
        {"o2", "s2", NULL, "10", NULL, "1e6", "USD", CC_HEDGE_EXACT, "1998-06-02", NULL, NULL, NULL,
         NULL, NULL},
        {"o3", "s3", NULL, "9", NULL, "1e6", "EUR", CC_HEDGE_EXACT, "1998-06-02", NULL, NULL, NULL,
         NULL, NULL},
        /* no date at all (source s4 has no published date) */
        {"n1", "s4", NULL, "7", NULL, "1e6", "EUR", CC_HEDGE_EXACT, NULL, NULL, NULL, NULL, NULL,
         NULL},
        {"n2", "s4", NULL, "9", NULL, "1e6", "USD", CC_HEDGE_EXACT, NULL, NULL, NULL, NULL, NULL,
         NULL},
    };
    cc_claimset *set = new_set();
    cc_report *r;
    const cc_checked_claim *u3;

    add_source(set, "s1", NULL);
    add_source(set, "s2", NULL);
    add_source(set, "s3", NULL);
    add_source(set, "s4", NULL);
    add_all(set, specs, 8);
    r = check(set, NULL);
    ck_assert_uint_eq(r->ngroups, 3);
    u3 = entry(r, "u3");
    ck_assert_int_eq(u3->status, CC_STATUS_UNCHECKED);
    ck_assert_int_eq(u3->reason, CC_UNCHECKED_UNKNOWN_CURRENCY);
    ck_assert(isnan(u3->gap));
    /* an unchecked claim keeps its interval in its own unit, unconverted */
    ck_assert_uint_eq(u3->fx, CC_NO_FX);
    {
        cc_interval_params p = CC_INTERVAL_PARAMS_DEFAULT;
        cc_interval own;
        cc_quantity__interval(&set->claims[u3->claim].q, &p, 0, &own);
        ck_assert(own.low < 900e9 && own.high > 900e9);
        ck_assert(u3->strict_low == own.low && u3->strict_high == own.high);
    }
    ck_assert_int_eq(status_of(r, "u1"), CC_STATUS_AGREES);
    ck_assert_int_eq(group_of(r, "u1")->verdict, CC_VERDICT_CONSISTENT);
    /* unchecked claims come last */
    ck_assert_str_eq(id_at(r, group_of(r, "u1"), 2), "u3");
    ck_assert_int_eq(status_of(r, "o3"), CC_STATUS_UNCHECKED);
    ck_assert_int_eq(entry(r, "o3")->reason, CC_UNCHECKED_NO_RATE);
    ck_assert_int_eq(group_of(r, "o1")->verdict, CC_VERDICT_CONSISTENT);
    /* no date: the first currency wins the tie; the other cannot be converted */
    ck_assert_str_eq(group_of(r, "n1")->unit, "EUR");
    ck_assert_int_eq(status_of(r, "n1"), CC_STATUS_AGREES);
    ck_assert_int_eq(status_of(r, "n2"), CC_STATUS_UNCHECKED);
    ck_assert_int_eq(entry(r, "n2")->reason, CC_UNCHECKED_NO_DATE);
    ck_assert_int_eq(group_of(r, "n1")->verdict, CC_VERDICT_SINGLE);
    ck_assert_uint_eq(r->unchecked, 3);
    ck_assert_uint_eq(r->tallies[2].unchecked, 2);
    ck_assert_uint_eq(r->tallies[3].unchecked, 1);
    ck_assert_uint_eq(r->tallies[3].agrees, 1);
    cc_report_free(r);
    cc_claimset_free(set);
}
END_TEST

START_TEST(test_single)
{
    static const claim_spec specs[] = {
        {"only", "s1", NULL, "50000", NULL, NULL, "count", CC_HEDGE_EXACT, NULL, NULL, NULL, NULL,
         "Nvidia", "H100 systems"},
    };
    cc_claimset *set = new_set();
    cc_report *r;

    add_source(set, "s1", "2025-01-28");
    add_all(set, specs, 1);
    r = check(set, NULL);
    ck_assert_uint_eq(cc_report_group_count(r), 1);
    ck_assert_int_eq(cc_report_group_verdict(r, 0), CC_VERDICT_SINGLE);
    ck_assert_int_eq(r->groups[0].has_consensus, 1);
    ck_assert_int_eq(status_of(r, "only"), CC_STATUS_AGREES);
    assert_near(entry(r, "only")->gap, 0, 0);
    ck_assert_int_eq((int)cc_report_group_verdict(r, 1), -1);
    cc_report_free(r);
    cc_claimset_free(set);
}
END_TEST

static cc_report *pair(const char *v1, cc_hedge h1, const char *v2, cc_hedge h2,
                       const cc_check_options *opts, cc_claimset **setp)
{
    claim_spec specs[2] = {
        {"a", "s1", NULL, v1, NULL, NULL, "%", h1, NULL, NULL, NULL, NULL, NULL, NULL},
        {"b", "s2", NULL, v2, NULL, NULL, "%", h2, NULL, NULL, NULL, NULL, NULL, NULL},
    };
    cc_claimset *set = new_set();
    add_source(set, "s1", "2025-01-27");
    add_source(set, "s2", "2025-01-27");
    add_all(set, specs, 2);
    *setp = set;
    return check(set, opts);
}

START_TEST(test_open_interval_edges)
{
    cc_check_options opts = CC_CHECK_OPTIONS_INIT;
    cc_claimset *set;
    cc_report *r;

    /* exact figures as points, to test the ends themselves */
    opts.exact_rel = 0;
    /* more than 17 vs exactly 17: (17, inf) and [17, 17] share no point */
    r = pair("17", CC_HEDGE_LOWER_STRICT, "17", CC_HEDGE_EXACT, &opts, &set);
    ck_assert_int_eq(status_of(r, "b"), CC_STATUS_AGREES);
    ck_assert_int_ne(status_of(r, "a"), CC_STATUS_AGREES);
    ck_assert_int_ne(r->groups[0].verdict, CC_VERDICT_CONSISTENT);
    ck_assert_uint_eq(r->groups[0].voices, 1);
    cc_report_free(r);
    cc_claimset_free(set);
    /* at least 17 vs 17: [17, inf) and [17, 17] meet at 17 */
    r = pair("17", CC_HEDGE_LOWER_INCL, "17", CC_HEDGE_EXACT, &opts, &set);
    ck_assert_int_eq(status_of(r, "a"), CC_STATUS_AGREES);
    ck_assert_int_eq(status_of(r, "b"), CC_STATUS_AGREES);
    ck_assert_uint_eq(r->groups[0].voices, 2);
    ck_assert_int_eq(r->groups[0].verdict, CC_VERDICT_CONSISTENT);
    assert_near(r->groups[0].consensus_point, 17, 0);
    cc_report_free(r);
    cc_claimset_free(set);
    /* up to 17 vs more than 17: [0, 17] and (17, inf) */
    r = pair("17", CC_HEDGE_UPPER_INCL, "17", CC_HEDGE_LOWER_STRICT, &opts, &set);
    ck_assert_uint_eq(r->groups[0].voices, 1);
    ck_assert_int_ne(r->groups[0].verdict, CC_VERDICT_CONSISTENT);
    cc_report_free(r);
    cc_claimset_free(set);
    /* less than 17 vs at least 17: [0, 17) and [17, inf) */
    r = pair("17", CC_HEDGE_UPPER_STRICT, "17", CC_HEDGE_LOWER_INCL, &opts, &set);
    ck_assert_uint_eq(r->groups[0].voices, 1);
    cc_report_free(r);
    cc_claimset_free(set);
    /* up to 17 vs at least 17: meet at 17 */
    r = pair("17", CC_HEDGE_UPPER_INCL, "17", CC_HEDGE_LOWER_INCL, &opts, &set);
    ck_assert_uint_eq(r->groups[0].voices, 2);
    ck_assert_int_eq(r->groups[0].verdict, CC_VERDICT_CONSISTENT);
    assert_near(r->groups[0].consensus.low, 17, 0);
    assert_near(r->groups[0].consensus.high, 17, 0);
    cc_report_free(r);
    cc_claimset_free(set);
    /* with the default widths, exact 17 is [16.5, 17.5] and meets "more than 17" */
    r = pair("17", CC_HEDGE_LOWER_STRICT, "17", CC_HEDGE_EXACT, NULL, &set);
    ck_assert_int_eq(status_of(r, "a"), CC_STATUS_AGREES);
    ck_assert_int_eq(r->groups[0].consensus.low_open, 1);
    assert_near(r->groups[0].consensus.high, 17.5, 0);
    cc_report_free(r);
    cc_claimset_free(set);
}
END_TEST

START_TEST(test_lenient)
{
    static const claim_spec specs[] = {
        {"a", "s1", NULL, "560", NULL, "1e9", "USD", CC_HEDGE_EXACT, NULL, NULL, NULL, NULL, NULL,
         NULL},
        {"b", "s2", NULL, "560", NULL, "1e9", "USD", CC_HEDGE_EXACT, NULL, NULL, NULL, NULL, NULL,
         NULL},
        {"c", "s3", "fast 600 Milliarden", "600", NULL, "1e9", "USD", CC_HEDGE_APPROX_BELOW, NULL,
         NULL, NULL, NULL, NULL, NULL},
    };
    cc_claimset *set = new_set();
    cc_check_options opts = CC_CHECK_OPTIONS_INIT;
    cc_report *r;

    add_source(set, "s1", "2025-01-27");
    add_source(set, "s2", "2025-01-27");
    add_source(set, "s3", "2025-01-27");
    add_all(set, specs, 3);
    /* strict [570, 600] misses [559.5, 560.5]; lenient [540, 600] meets it */
    r = check(set, NULL);
    ck_assert_int_eq(status_of(r, "c"), CC_STATUS_AGREES_LENIENT);
    ck_assert_int_eq(r->groups[0].verdict, CC_VERDICT_CONSISTENT);
    ck_assert_uint_eq(r->tallies[2].agrees, 1);
    ck_assert_str_eq(id_at(r, &r->groups[0], 2), "c");
    cc_report_free(r);
    opts.lenient = 1;
    r = check(set, &opts);
    ck_assert_int_eq(status_of(r, "c"), CC_STATUS_AGREES);
    ck_assert_uint_eq(r->groups[0].voices, 3);
    cc_report_free(r);
    cc_claimset_free(set);
}
END_TEST

START_TEST(test_group_order_and_attribution)
{
    static const claim_spec specs[] = {
        /* single */
        {"one", "s1", NULL, "3.5", NULL, "1e12", "USD", CC_HEDGE_EXACT, NULL, NULL, NULL, NULL,
         NULL, "valuation"},
        /* consistent, police */
        {"p1", "s1", NULL, "10000", NULL, NULL, "count", CC_HEDGE_APPROX, NULL, NULL, "police",
         NULL, "demo", "people"},
        {"p2", "s2", NULL, "10000", NULL, NULL, "count", CC_HEDGE_EXACT, NULL, NULL, "Police ",
         NULL, "demo", "people"},
        /* conflict, organisers */
        {"o1", "s1", NULL, "50000", NULL, NULL, "count", CC_HEDGE_EXACT, NULL, NULL, "organisers",
         NULL, "demo", "people"},
        {"o2", "s2", NULL, "50000", NULL, NULL, "count", CC_HEDGE_EXACT, NULL, NULL, "organisers",
         NULL, "demo", "people"},
        {"o3", "s3", NULL, "20000", NULL, NULL, "count", CC_HEDGE_EXACT, NULL, NULL, "organisers",
         NULL, "demo", "people"},
    };
    cc_claimset *set = new_set();
    cc_report *r;
    const cc_group *police, *org;

    add_source(set, "s1", "2025-01-27");
    add_source(set, "s2", "2025-01-27");
    add_source(set, "s3", "2025-01-27");
    add_all(set, specs, 6);
    r = check(set, NULL);
    ck_assert_uint_eq(r->ngroups, 3);
    ck_assert_int_eq(cc_report_group_verdict(r, 0), CC_VERDICT_CONFLICT);
    ck_assert_int_eq(cc_report_group_verdict(r, 1), CC_VERDICT_CONSISTENT);
    ck_assert_int_eq(cc_report_group_verdict(r, 2), CC_VERDICT_SINGLE);
    org = &r->groups[0];
    police = &r->groups[1];
    ck_assert_ptr_eq(group_of(r, "o3"), org);
    ck_assert_ptr_eq(group_of(r, "p2"), police); /* attribution compared case-insensitively */
    ck_assert_uint_eq(org->link_count, 1);
    ck_assert_uint_eq(r->links[org->link_first].group, 1);
    ck_assert_int_eq(r->links[org->link_first].relation, CC_RELATION_DIFFERENT_ATTRIBUTION);
    assert_near(r->links[org->link_first].gap, 40000.0 / 50000.0, 1e-9);
    ck_assert_uint_eq(r->links[police->link_first].group, 0);
    ck_assert_uint_eq(r->groups[2].link_count, 0);
    cc_report_free(r);
    cc_claimset_free(set);
}
END_TEST

START_TEST(test_link_converts_currency)
{
    static const claim_spec specs[] = {
        {"a", "s1", NULL, "563", NULL, "1e9", "EUR", CC_HEDGE_EXACT, "2025-01-27", "close", NULL,
         NULL, NULL, NULL},
        {"b", "s1", NULL, "460", NULL, "1e9", "USD", CC_HEDGE_EXACT, "2025-01-27", "intraday", NULL,
         NULL, NULL, NULL},
    };
    cc_claimset *set = new_set();
    cc_report *r;
    double mid, p2;

    add_source(set, "s1", NULL);
    add_all(set, specs, 2);
    r = check(set, NULL);
    ck_assert_uint_eq(r->nlinks, 2);
    ck_assert_str_eq(r->groups[0].unit, "EUR");
    /* USD -> EUR: the inverse rates, mid of [1/1.053, 1/1.0421] */
    mid = (1 / 1.053 + 1 / 1.0421) / 2;
    p2 = 460e9 * mid;
    assert_near(r->links[r->groups[0].link_first].gap, (563e9 - p2) / 563e9, 1e-6);
    cc_report_free(r);
    cc_claimset_free(set);
}
END_TEST

/* ---- the sweep against brute force ---- */

static unsigned next_rand(unsigned *s)
{
    *s = *s * 1103515245u + 12345u;
    return (*s >> 16) & 0x7fff;
}

static int dcmp(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static int contains(const cc_interval *iv, double x)
{
    return (iv->low < x || (iv->low == x && !iv->low_open)) &&
           (iv->high > x || (iv->high == x && !iv->high_open));
}

START_TEST(test_sweep_brute_force)
{
    unsigned seed = 12345;
    for (int round = 0; round < 200; round++) {
        cc_claimset *set = new_set();
        cc_report *r;
        int n = 1 + (int)(next_rand(&seed) % 12);
        char ids[12][8], srcs[3][4] = {"s0", "s1", "s2"}, val[16], hi[16];
        const cc_group *g;

        for (int k = 0; k < 3; k++)
            add_source(set, srcs[k], "2025-01-27");
        for (int i = 0; i < n; i++) {
            claim_spec s;
            int v = 10 + (int)(next_rand(&seed) % 10);
            memset(&s, 0, sizeof s);
            snprintf(ids[i], sizeof ids[i], "c%d", i);
            snprintf(val, sizeof val, "%d", v);
            snprintf(hi, sizeof hi, "%d", v + 1 + (int)(next_rand(&seed) % 3));
            s.id = ids[i];
            s.source = srcs[next_rand(&seed) % 3];
            s.value = val;
            s.unit = "%";
            s.hedge = (cc_hedge)(next_rand(&seed) % 9);
            s.high = s.hedge == CC_HEDGE_RANGE ? hi : NULL;
            if (i > 0 && next_rand(&seed) % 4 == 0)
                s.syndicated_from = ids[next_rand(&seed) % (unsigned)i];
            add(set, &s);
        }
        {
            cc_error err;
            ck_assert_int_eq(cc_claimset__resolve(set, &err), CC_OK);
        }
        {
            cc_check_options opts = CC_CHECK_OPTIONS_INIT;
            opts.exact_rel = (round % 2) ? 0 : 0.05;
            r = check(set, &opts);
        }
        ck_assert_uint_eq(r->ngroups, 1);
        g = &r->groups[0];
        /* brute force: the most voices containing any candidate point (every
         * end, every midpoint between neighbouring ends, beyond both extremes) */
        {
            double ends[24], cand[64];
            int ne = 0, nc = 0;
            uint32_t best = 0;
            for (uint32_t a = 0; a < g->count; a++) {
                cc_interval ia = strict_of(&r->claims[g->first + a]);
                if (isfinite(ia.low))
                    ends[ne++] = ia.low;
                if (isfinite(ia.high))
                    ends[ne++] = ia.high;
            }
            qsort(ends, (size_t)ne, sizeof ends[0], dcmp);
            for (int k = 0; k < ne; k++) {
                cand[nc++] = ends[k];
                if (k + 1 < ne)
                    cand[nc++] = ends[k] / 2 + ends[k + 1] / 2;
            }
            if (ne) {
                cand[nc++] = ends[0] - 1;
                cand[nc++] = ends[ne - 1] + 1;
            }
            for (int k = 0; k < nc; k++) {
                uint32_t voices[12], nv = 0;
                for (uint32_t c = 0; c < g->count; c++) {
                    const cc_checked_claim *cc = &r->claims[g->first + c];
                    cc_interval ic = strict_of(cc);
                    uint32_t m = 0;
                    if (!contains(&ic, cand[k]))
                        continue;
                    while (m < nv && voices[m] != cc->voice)
                        m++;
                    if (m == nv)
                        voices[nv++] = cc->voice;
                }
                if (nv > best)
                    best = nv;
            }
            ck_assert_msg(g->voices == best, "round %d: sweep %u, brute force %u", round, g->voices,
                          best);
        }
        /* the consensus claims share the consensus interval, which is not empty */
        ck_assert(g->consensus.low < g->consensus.high ||
                  (g->consensus.low == g->consensus.high && !g->consensus.low_open &&
                   !g->consensus.high_open));
        for (uint32_t c = 0; c < g->count; c++) {
            const cc_checked_claim *cc = &r->claims[g->first + c];
            if (cc->in_consensus) {
                cc_interval ic = strict_of(cc);
                ck_assert(cc_interval__meets(&ic, &g->consensus));
                /* in a split only a claim holding every tied reading agrees */
                if (g->verdict != CC_VERDICT_SPLIT)
                    ck_assert_int_eq(cc->status, CC_STATUS_AGREES);
            }
            if (g->verdict == CC_VERDICT_SPLIT)
                ck_assert(isnan(cc->gap));
            if (c > 0)
                ck_assert(!(cc->in_consensus && !r->claims[g->first + c - 1].in_consensus));
        }
        cc_report_free(r);
        cc_claimset_free(set);
    }
}
END_TEST

/* ---- through the claims JSON loader ---- */

START_TEST(test_json_claims)
{
    static const char json[] = "{\"sources\": ["
                               " {\"id\": \"fx\", \"published\": \"2025-01-28\"},"
                               " {\"id\": \"hb\", \"published\": \"2025-01-28\"},"
                               " {\"id\": \"rt\", \"published\": \"2025-01-28\"},"
                               " {\"id\": \"sz\", \"published\": \"2025-01-28\"},"
                               " {\"id\": \"sy\", \"published\": \"2025-01-28\"}],"
                               " \"claims\": ["
                               " {\"id\": \"k1\", \"source\": \"fx\", \"subject\": \"Nvidia\", "
                               "\"measure\": \"market value loss\","
                               "  \"date\": \"2025-01-27\", \"quantity\": {\"value\": \"589\", "
                               "\"scale\": \"1e9\", \"unit\": \"USD\"}},"
                               " {\"id\": \"k2\", \"source\": \"hb\", \"subject\": \"NVIDIA\", "
                               "\"measure\": \"market  value loss\","
                               "  \"date\": \"2025-01-27\", \"quantity\": {\"value\": 600, "
                               "\"scale\": \"1e9\", \"unit\": \"USD\","
                               "  \"hedge\": \"approx_below\"}},"
                               " {\"id\": \"k3\", \"source\": \"rt\", \"subject\": \"Nvidia\", "
                               "\"measure\": \"market value loss\","
                               "  \"date\": \"2025-01-27\", \"quantity\": {\"value\": \"563\", "
                               "\"scale\": \"1e9\", \"unit\": \"EUR\"}},"
                               " {\"id\": \"k4\", \"source\": \"sz\", \"subject\": \"Nvidia\", "
                               "\"measure\": \"market value loss\","
                               "  \"quantity\": {\"value\": \"460\", \"scale\": \"1e9\", \"unit\": "
                               "\"USD\", \"hedge\": \"approx_above\"},"
                               "  \"date\": \"2025-01-27\", \"scope\": \"intraday\"},"
                               " {\"id\": \"k5\", \"source\": \"sy\", \"subject\": \"Nvidia\", "
                               "\"measure\": \"market value loss\","
                               "  \"quantity\": {\"value\": \"460\", \"scale\": \"1e9\", \"unit\": "
                               "\"USD\", \"hedge\": \"approx_above\"},"
                               "  \"date\": \"2025-01-27\", \"syndicated_from\": \"k6\"},"
                               " {\"id\": \"k6\", \"source\": \"sz\", \"subject\": \"Nvidia\", "
                               "\"measure\": \"market value loss\","
                               "  \"quantity\": {\"value\": \"460\", \"scale\": \"1e9\", \"unit\": "
                               "\"USD\", \"hedge\": \"approx_above\"},"
                               "  \"date\": \"2025-01-27\"}"
                               "]}";
    cc_claimset *set = NULL;
    cc_report *r;
    cc_error err;
    const cc_group *g;

    ck_assert_msg(cc_claimset_load_json(&set, json, strlen(json), NULL, &err) == CC_OK, "%s",
                  err.message);
    r = check(set, NULL);
    ck_assert_uint_eq(cc_report_group_count(r), 2);
    /* keys compare case- and space-insensitively: k1..k3, k5, k6 together */
    g = group_of(r, "k1");
    ck_assert_ptr_eq(group_of(r, "k2"), g);
    ck_assert_ptr_eq(group_of(r, "k6"), g);
    ck_assert_ptr_ne(group_of(r, "k4"), g);
    /* the copied wrong figure (k5 of k6) counts once: 3 voices against 1 */
    ck_assert_uint_eq(g->nvoices, 4);
    ck_assert_uint_eq(g->voices, 3);
    ck_assert_int_eq(g->verdict, CC_VERDICT_CONFLICT);
    ck_assert_int_eq(cc_report_claim_status(r, "k3"), CC_STATUS_AGREES);
    ck_assert_int_eq(cc_report_claim_status(r, "k5"), CC_STATUS_CONTRADICTS);
    ck_assert_int_eq(cc_report_claim_status(r, "k6"), CC_STATUS_CONTRADICTS);
    ck_assert_int_eq(cc_report_claim_status(r, "k4"), CC_STATUS_AGREES);
    ck_assert_uint_eq(cc_report_contradiction_count(r), 2);
    ck_assert_int_eq(cc_report_group_verdict(r, 0), CC_VERDICT_CONFLICT);
    ck_assert_int_eq(cc_report_group_verdict(r, 1), CC_VERDICT_SINGLE);
    ck_assert_uint_eq(g->link_count, 1);
    ck_assert_int_eq(r->links[g->link_first].relation, CC_RELATION_DIFFERENT_SCOPE);
    /* tallies: sz made k4 (agrees) and k6 (contradicts) */
    ck_assert_uint_eq(r->tallies[3].claims, 2);
    ck_assert_uint_eq(r->tallies[3].agrees, 1);
    ck_assert_uint_eq(r->tallies[3].contradicts, 1);
    cc_report_free(r);
    cc_claimset_free(set);
}
END_TEST

START_TEST(test_json_texts)
{
    /* the figures as written, read by the German parser */
    static const char json[] =
        "{\"sources\": ["
        " {\"id\": \"a\", \"published\": \"2025-01-28\", \"lang\": \"de\"},"
        " {\"id\": \"b\", \"published\": \"2025-01-28\", \"lang\": \"de\"},"
        " {\"id\": \"c\", \"published\": \"2025-01-28\", \"lang\": \"de\"},"
        " {\"id\": \"d\", \"published\": \"2025-01-28\", \"lang\": \"de\"}],"
        " \"claims\": ["
        " {\"id\": \"n1\", \"source\": \"a\", \"subject\": \"Nvidia\", \"measure\": \"loss\","
        "  \"date\": \"2025-01-27\", \"text\": \"589 Milliarden US-Dollar\"},"
        " {\"id\": \"n2\", \"source\": \"b\", \"subject\": \"Nvidia\", \"measure\": \"loss\","
        "  \"date\": \"2025-01-27\", \"text\": \"fast 600 Milliarden US-Dollar\"},"
        " {\"id\": \"n3\", \"source\": \"c\", \"subject\": \"Nvidia\", \"measure\": \"loss\","
        "  \"date\": \"2025-01-27\", \"text\": \"umgerechnet 563 Milliarden Euro\"},"
        " {\"id\": \"n4\", \"source\": \"d\", \"subject\": \"Nvidia\", \"measure\": \"loss\","
        "  \"date\": \"2025-01-27\", \"text\": \"gut 460 Milliarden Dollar\"},"
        " {\"id\": \"n5\", \"source\": \"c\", \"subject\": \"Nvidia\", \"measure\": \"loss\","
        "  \"date\": \"2025-01-27\", \"text\": \"gut 460 Milliarden Dollar \"},"
        " {\"id\": \"t1\", \"source\": \"a\", \"subject\": \"DeepSeek\", \"measure\": \"cost\","
        "  \"text\": \"5,6 Millionen US-Dollar\"},"
        " {\"id\": \"t2\", \"source\": \"b\", \"subject\": \"DeepSeek\", \"measure\": \"cost\","
        "  \"text\": \"weniger als umgerechnet 5,7 Millionen Euro\"},"
        " {\"id\": \"m1\", \"source\": \"a\", \"subject\": \"Meta\", \"measure\": \"capex\","
        "  \"text\": \"bis zu 65 Milliarden US-Dollar\"},"
        " {\"id\": \"m2\", \"source\": \"b\", \"subject\": \"Meta\", \"measure\": \"capex\","
        "  \"text\": \"60 Milliarden Dollar\"}"
        "]}";
    cc_claimset *set = NULL;
    cc_report *r;
    cc_error err;
    const cc_group *g;

    ck_assert_msg(cc_claimset_load_json(&set, json, strlen(json), NULL, &err) == CC_OK, "%s",
                  err.message);
    r = check(set, NULL);
    ck_assert_uint_eq(cc_report_group_count(r), 3);
    g = group_of(r, "n1");
    ck_assert_str_eq(g->unit, "USD");
    /* n4 and n5 write the same words (n5 with a trailing space): one voice */
    ck_assert_uint_eq(entry(r, "n4")->voice, entry(r, "n5")->voice);
    ck_assert_uint_eq(g->nvoices, 4);
    ck_assert_uint_eq(g->voices, 3);
    ck_assert_int_eq(g->verdict, CC_VERDICT_CONFLICT);
    ck_assert_int_eq(cc_report_claim_status(r, "n2"), CC_STATUS_AGREES);
    ck_assert_int_eq(cc_report_claim_status(r, "n3"), CC_STATUS_AGREES);
    ck_assert_int_eq(cc_report_claim_status(r, "n4"), CC_STATUS_CONTRADICTS);
    assert_near(entry(r, "n4")->gap, 0.219, 0.001);
    ck_assert(entry(r, "n3")->strict_low > 586e9 && entry(r, "n3")->strict_high < 594e9);
    ck_assert_int_eq(group_of(r, "t1")->verdict, CC_VERDICT_CONSISTENT);
    ck_assert_int_eq(cc_report_claim_status(r, "t2"), CC_STATUS_AGREES);
    ck_assert_ptr_nonnull(fx_of(r, "t2"));
    ck_assert_int_eq(group_of(r, "m1")->verdict, CC_VERDICT_CONSISTENT);
    ck_assert_int_eq(cc_report_claim_status(r, "m1"), CC_STATUS_AGREES);
    ck_assert_int_eq(cc_report_claim_status(r, "m2"), CC_STATUS_AGREES);
    ck_assert_uint_eq(cc_report_contradiction_count(r), 2);
    cc_report_free(r);
    cc_claimset_free(set);
}
END_TEST

START_TEST(test_same_figure_in_other_sentences)
{
    /* claims found in running text: independent outlets write the figure
     * alike ("2,9 Prozent") in their own sentences, so each is a voice; the
     * same sentence from two outlets is one voice (a copied paragraph) */
    static const char json[] =
        "{\"sources\": ["
        " {\"id\": \"a\", \"published\": \"2024-10-30\", \"lang\": \"de\"},"
        " {\"id\": \"b\", \"published\": \"2024-10-30\", \"lang\": \"de\"},"
        " {\"id\": \"c\", \"published\": \"2024-10-30\", \"lang\": \"de\"},"
        " {\"id\": \"d\", \"published\": \"2024-10-30\", \"lang\": \"de\"},"
        " {\"id\": \"e\", \"published\": \"2024-10-30\", \"lang\": \"de\"}],"
        " \"claims\": ["
        " {\"id\": \"a1\", \"source\": \"a\", \"subject\": \"Kerninflation\","
        "  \"measure\": \"rate\", \"text\": \"2,9 Prozent\","
        "  \"sentence\": \"Die Kernrate lag im Oktober bei 2,9 Prozent.\"},"
        " {\"id\": \"b1\", \"source\": \"b\", \"subject\": \"Kerninflation\","
        "  \"measure\": \"rate\", \"text\": \"2,9 Prozent\","
        "  \"sentence\": \"Ohne Energie und Nahrung stiegen die Preise um 2,9 Prozent.\"},"
        " {\"id\": \"c1\", \"source\": \"c\", \"subject\": \"Kerninflation\","
        "  \"measure\": \"rate\", \"text\": \"3,1 Prozent\","
        "  \"sentence\": \"Die Kernrate erreichte 3,1 Prozent.\"},"
        " {\"id\": \"d1\", \"source\": \"d\", \"subject\": \"Kerninflation\","
        "  \"measure\": \"rate\", \"text\": \"3,1 Prozent\","
        "  \"sentence\": \"Die Kernrate erreichte 3,1 Prozent.\"},"
        " {\"id\": \"e1\", \"source\": \"e\", \"subject\": \"Kerninflation\","
        "  \"measure\": \"rate\", \"text\": \"2,9 Prozent\","
        "  \"sentence\": \"Bei der Kernrate meldete das Amt 2,9 Prozent.\"}"
        "]}";
    cc_claimset *set = NULL;
    cc_report *r;
    cc_error err;
    const cc_group *g;

    ck_assert_msg(cc_claimset_load_json(&set, json, strlen(json), NULL, &err) == CC_OK, "%s",
                  err.message);
    r = check(set, NULL);
    ck_assert_uint_eq(cc_report_group_count(r), 1);
    g = group_of(r, "a1");
    ck_assert_uint_ne(entry(r, "a1")->voice, entry(r, "b1")->voice);
    ck_assert_uint_ne(entry(r, "a1")->voice, entry(r, "e1")->voice);
    ck_assert_uint_eq(entry(r, "c1")->voice, entry(r, "d1")->voice);
    ck_assert_uint_eq(g->nvoices, 4);
    ck_assert_uint_eq(g->voices, 3);
    ck_assert_int_eq(g->verdict, CC_VERDICT_CONFLICT);
    ck_assert_int_eq(cc_report_claim_status(r, "b1"), CC_STATUS_AGREES);
    ck_assert_int_eq(cc_report_claim_status(r, "c1"), CC_STATUS_CONTRADICTS);
    ck_assert_int_eq(cc_report_claim_status(r, "d1"), CC_STATUS_CONTRADICTS);
    cc_report_free(r);
    cc_claimset_free(set);
}
END_TEST

/* ---- options and names ---- */

START_TEST(test_options)
{
    cc_claimset *set = nvidia_set("close");
    cc_check_options opts;
    cc_report *r = (cc_report *)1;
    cc_error err;

    ck_assert_int_eq(cc_check_options_init(&opts, 99), CC_EINVAL);
    ck_assert_int_eq(cc_check_options_init(NULL, CC_CHECK_OPTIONS_VERSION), CC_EINVAL);
    ck_assert_int_eq(cc_check_options_init(&opts, CC_CHECK_OPTIONS_VERSION), CC_OK);
    ck_assert_int_eq(opts.fx_window_days, 1);
    assert_near(opts.minor_rel, 0.02, 0);
    ck_assert_ptr_null(opts.currency);

    opts.fx_window_days = -1;
    ck_assert_int_eq(cc_check(&r, set, NULL, &opts, &err), CC_EINVAL);
    cc_assert_error(err, CC_EINVAL, 0, 0, -1, "fx window of -1 days");
    ck_assert_ptr_null(r);
    opts.fx_window_days = 367;
    ck_assert_int_eq(cc_check(&r, set, NULL, &opts, &err), CC_EINVAL);
    cc_assert_error(err, CC_EINVAL, 0, 0, -1, "fx window of 367 days");
    opts.fx_window_days = 366;
    opts.currency = "XYZ";
    ck_assert_int_eq(cc_check(&r, set, NULL, &opts, &err), CC_EINVAL);
    cc_assert_error(err, CC_EINVAL, 0, 0, -1, "unknown currency 'XYZ'");
    opts.currency = "US";
    ck_assert_int_eq(cc_check(&r, set, NULL, &opts, &err), CC_EINVAL);
    cc_assert_error(err, CC_EINVAL, 0, 0, -1, "unknown currency 'US'");
    opts.currency = NULL;
    opts.version = 2;
    ck_assert_int_eq(cc_check(&r, set, NULL, &opts, &err), CC_EINVAL);
    cc_assert_error(err, CC_EINVAL, 0, 0, -1, "options version 2");
    opts.version = CC_CHECK_OPTIONS_VERSION;
    opts.minor_rel = NAN;
    ck_assert_int_eq(cc_check(&r, set, NULL, &opts, &err), CC_EINVAL);
    cc_assert_error(err, CC_EINVAL, 0, 0, -1, "out of range");
    ck_assert_int_eq(cc_check(&r, NULL, NULL, NULL, &err), CC_EINVAL);
    ck_assert_int_eq(cc_check(NULL, set, NULL, NULL, NULL), CC_EINVAL);

    /* a window of a whole year is allowed; the caller's rates are used */
    opts.minor_rel = 0.02;
    {
        cc_rates *rates = NULL;
        ck_assert_int_eq(cc_rates_new(&rates, &err), CC_OK);
        ck_assert_int_eq(cc_check(&r, set, rates, &opts, &err), CC_OK);
        ck_assert_int_eq(r->opts.fx_window_days, 366);
        ck_assert(fx_of(r, "c3")->low < 1.0421);
        cc_report_free(r);
        cc_rates_free(rates);
    }
    cc_claimset_free(set);
}
END_TEST

START_TEST(test_names_and_null)
{
    cc_claimset *set = new_set();
    cc_report *r;

    ck_assert_str_eq(cc_verdict_name(CC_VERDICT_CONSISTENT), "consistent");
    ck_assert_str_eq(cc_verdict_name(CC_VERDICT_MINOR_DISCREPANCY), "minor_discrepancy");
    ck_assert_str_eq(cc_verdict_name(CC_VERDICT_CONFLICT), "conflict");
    ck_assert_str_eq(cc_verdict_name(CC_VERDICT_SPLIT), "split");
    ck_assert_str_eq(cc_verdict_name(CC_VERDICT_SINGLE), "single");
    ck_assert_ptr_null(cc_verdict_name((cc_verdict)5));
    ck_assert_str_eq(cc_claim_status_name(CC_STATUS_AGREES), "agrees");
    ck_assert_str_eq(cc_claim_status_name(CC_STATUS_AGREES_LENIENT), "agrees_lenient");
    ck_assert_str_eq(cc_claim_status_name(CC_STATUS_MINOR_DISCREPANCY), "minor_discrepancy");
    ck_assert_str_eq(cc_claim_status_name(CC_STATUS_CONTRADICTS), "contradicts");
    ck_assert_str_eq(cc_claim_status_name(CC_STATUS_UNCHECKED), "unchecked");
    ck_assert_ptr_null(cc_claim_status_name((cc_claim_status)-1));
    cc_report_free(NULL);
    ck_assert_uint_eq(cc_report_group_count(NULL), 0);
    ck_assert_uint_eq(cc_report_contradiction_count(NULL), 0);
    ck_assert_int_eq(cc_report_claim_status(NULL, "x"), -1);
    /* an empty set gives an empty report */
    r = check(set, NULL);
    ck_assert_uint_eq(cc_report_group_count(r), 0);
    ck_assert_uint_eq(cc_report_contradiction_count(r), 0);
    ck_assert_int_eq(cc_report_claim_status(r, NULL), -1);
    cc_report_free(r);
    cc_claimset_free(set);
}
END_TEST

static Suite *check_suite(void)
{
    Suite *s = suite_create("check");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_nvidia_conflict);
    tcase_add_test(tc, test_nvidia_intraday_scope);
    tcase_add_test(tc, test_deepseek_less_than_eur);
    tcase_add_test(tc, test_fx_table_shared);
    tcase_add_test(tc, test_meta_up_to);
    tcase_add_test(tc, test_percent_vs_points);
    tcase_add_test(tc, test_measures_convert);
    tcase_add_test(tc, test_whole_counts_do_not_touch);
    tcase_add_test(tc, test_split_one_against_one);
    tcase_add_test(tc, test_minor_discrepancy);
    tcase_add_test(tc, test_minor_is_the_figures_gap);
    tcase_add_test(tc, test_syndicated_copies_count_once);
    tcase_add_test(tc, test_verbatim_text_rules);
    tcase_add_test(tc, test_syndication_cycle);
    tcase_add_test(tc, test_unchecked);
    tcase_add_test(tc, test_single);
    tcase_add_test(tc, test_open_interval_edges);
    tcase_add_test(tc, test_lenient);
    tcase_add_test(tc, test_group_order_and_attribution);
    tcase_add_test(tc, test_link_converts_currency);
    tcase_add_test(tc, test_sweep_brute_force);
    tcase_add_test(tc, test_json_claims);
    tcase_add_test(tc, test_json_texts);
    tcase_add_test(tc, test_same_figure_in_other_sentences);
    tcase_add_test(tc, test_options);
    tcase_add_test(tc, test_names_and_null);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return cc_test_run(check_suite());
}
