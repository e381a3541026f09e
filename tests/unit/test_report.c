/*
 * test_report.c - the report writers (lib/writer.c, json_out.c, text_out.c):
 * reports built by hand, the JSON read back with jansson, the text checked
 * by substrings; the number formatting; and reports made by cc_check().
 */
#include <check.h>
#include <float.h>
#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "claimset.h"
#include "common.h"
#include "date.h"
#include "quantity.h"
#include "report.h"
#include "testutil.h"
#include "writer.h"

/* ------------------------------------------------------------------ */
/* Building claim sets and reports by hand                             */
/* ------------------------------------------------------------------ */

static cc_sref pool(cc_claimset *set, const char *s)
{
    cc_sref r;
    if (!s)
        return 0;
    r = cc_strpool__add(&set->strings, s, strlen(s));
    ck_assert_uint_ne(r, 0);
    return r;
}

static uint32_t key(cc_claimset *set, const char *s)
{
    uint32_t id = s ? cc_intern__add(&set->keys, s, strlen(s)) : 0;
    ck_assert_uint_ne(id, UINT32_MAX);
    return id;
}

static int32_t day(const char *s)
{
    int32_t d;
    ck_assert_int_eq(cc_date__parse(s, strlen(s), &d), 0);
    return d;
}

static void set_init(cc_claimset *set)
{
    memset(set, 0, sizeof *set);
    cc_strpool__init(&set->strings);
    ck_assert_int_eq(cc_intern__init(&set->keys, &set->strings), 0);
}

static void set_free(cc_claimset *set)
{
    cc_intern__free(&set->keys);
    cc_strpool__free(&set->strings);
    free(set->sources);
    free(set->claims);
}

static uint32_t add_source(cc_claimset *set, const char *id, const char *name)
{
    cc_source *s;
    set->sources = realloc(set->sources, (set->nsources + 1) * sizeof *set->sources);
    ck_assert_ptr_nonnull(set->sources);
    s = &set->sources[set->nsources];
    memset(s, 0, sizeof *s);
    s->id = pool(set, id);
    s->name = pool(set, name);
    s->published = CC_NO_DATE;
    return (uint32_t)set->nsources++;
}

/* A quantity from its written parts; value = digits × 10^scale. */
static cc_quantity quantity(const char *digits, int scale, const char *unit, cc_dimension dim,
                            cc_hedge hedge, const char *hedge_word)
{
    cc_quantity q;
    memset(&q, 0, sizeof q);
    q.value = q.value_high = strtod(digits, NULL) * pow(10, scale);
    q.scale = (int16_t)scale;
    q.hedge = (uint8_t)hedge;
    q.dimension = (uint8_t)dim;
    snprintf(q.unit, sizeof q.unit, "%s", unit);
    snprintf(q.digits, sizeof q.digits, "%s", digits);
    snprintf(q.digits_high, sizeof q.digits_high, "%s", digits);
    snprintf(q.hedge_word, sizeof q.hedge_word, "%s", hedge_word ? hedge_word : "");
    return q;
}

typedef struct key_fields {
    const char *subject, *measure, *date, *scope, *attributed_to;
} key_fields;

static uint32_t add_claim(cc_claimset *set, const char *id, uint32_t source, const key_fields *k,
                          const char *text, cc_quantity q)
{
    cc_claim *c;
    /* grown geometrically: json_many_claims adds 20,000 (slow under ASan otherwise) */
    ck_assert_int_eq(
        cc__grow((void **)&set->claims, &set->claims_cap, set->nclaims + 1, sizeof *set->claims),
        0);
    c = &set->claims[set->nclaims];
    memset(c, 0, sizeof *c);
    c->id = pool(set, id);
    c->source = source;
    c->subject = key(set, k->subject);
    c->measure = key(set, k->measure);
    c->scope = key(set, k->scope);
    c->attributed_to = key(set, k->attributed_to);
    c->date = k->date ? day(k->date) : CC_NO_DATE;
    c->text = pool(set, text);
    c->span_start = c->span_end = -1;
    c->q = q;
    return (uint32_t)set->nclaims++;
}

static void report_init(cc_report *r, const cc_claimset *set, size_t ngroups, size_t nclaims,
                        size_t nlinks)
{
    cc_check_options o = CC_CHECK_OPTIONS_INIT;
    memset(r, 0, sizeof *r);
    r->set = set;
    r->opts = o;
    r->groups = calloc(ngroups ? ngroups : 1, sizeof *r->groups);
    r->claims = calloc(nclaims ? nclaims : 1, sizeof *r->claims);
    r->links = calloc(nlinks ? nlinks : 1, sizeof *r->links);
    r->tallies = calloc(set->nsources ? set->nsources : 1, sizeof *r->tallies);
    ck_assert(r->groups && r->claims && r->links && r->tallies);
    r->ngroups = ngroups;
    r->nclaims = nclaims;
    r->nlinks = nlinks;
}

static void report_fini(cc_report *r)
{
    free(r->groups);
    free(r->claims);
    free(r->links);
    free(r->tallies);
    free(r->fx);
}

/* Convert checked claim k with a conversion added to the report's table. */
static void convert_with(cc_report *r, size_t k, double low, double high, const char *first,
                         const char *last)
{
    cc_fx fx;
    uint32_t index;
    memset(&fx, 0, sizeof fx);
    fx.low = low;
    fx.high = high;
    fx.first_day = day(first);
    fx.last_day = day(last);
    ck_assert_int_eq(cc_report__add_fx(r, &fx, &index), CC_OK);
    r->claims[k].fx = index;
}

static cc_interval strict_of(const cc_checked_claim *c)
{
    cc_interval iv;
    cc_checked__strict(c, &iv);
    return iv;
}

static cc_checked_claim checked(uint32_t claim, cc_claim_status status, int in_consensus,
                                double low, double high, double gap)
{
    cc_checked_claim cc;
    memset(&cc, 0, sizeof cc);
    cc.claim = cc.voice = claim;
    cc.status = (uint8_t)status;
    cc.in_consensus = (uint8_t)in_consensus;
    cc.fx = CC_NO_FX;
    cc.strict_low = cc.lenient_low = low;
    cc.strict_high = cc.lenient_high = high;
    cc.point = (low + high) / 2;
    cc.gap = gap;
    return cc;
}

static void group_from(cc_group *g, const cc_claimset *set, uint32_t claim, cc_verdict verdict,
                       uint32_t first, uint32_t count)
{
    const cc_claim *c = &set->claims[claim];
    memset(g, 0, sizeof *g);
    g->subject = c->subject;
    g->measure = c->measure;
    g->scope = c->scope;
    g->attributed_to = c->attributed_to;
    g->date = c->date;
    g->dimension = c->q.dimension;
    g->verdict = (uint8_t)verdict;
    snprintf(g->unit, sizeof g->unit, "%s", c->q.unit);
    g->first = first;
    g->count = count;
}

static char *write_report(const cc_report *r, cc_format format, size_t *len)
{
    cc_error err;
    char *out = NULL;
    cc_status st = cc_report_write(r, format, &out, len, &err);
    ck_assert_msg(st == CC_OK, "cc_report_write: %d %s", st, err.message);
    ck_assert_ptr_nonnull(out);
    ck_assert_uint_eq(strlen(out), *len);
    return out;
}

static json_t *parse(const char *text)
{
    json_error_t jerr;
    json_t *root = json_loads(text, 0, &jerr);
    ck_assert_msg(root != NULL, "invalid JSON at %d:%d: %s\n%s", jerr.line, jerr.column, jerr.text,
                  text);
    return root;
}

/* The keys of a JSON object in order, joined by ','. */
static const char *keys_of(const json_t *obj)
{
    static char buf[1024];
    const char *k;
    json_t *v;
    size_t o = 0;
    buf[0] = '\0';
    ck_assert(json_is_object(obj));
    json_object_foreach((json_t *)obj, k, v)
    {
        o += (size_t)snprintf(buf + o, sizeof buf - o, "%s%s", o ? "," : "", k);
        ck_assert_uint_lt(o, sizeof buf);
    }
    return buf;
}

static const char *str_at(const json_t *obj, const char *field)
{
    const json_t *v = json_object_get(obj, field);
    ck_assert_msg(json_is_string(v), "field '%s' is not a string", field);
    return json_string_value(v);
}

static double real_at(const json_t *obj, const char *field)
{
    const json_t *v = json_object_get(obj, field);
    ck_assert_msg(json_is_real(v), "field '%s' is not a real", field);
    return json_real_value(v);
}

static json_int_t int_at(const json_t *obj, const char *field)
{
    const json_t *v = json_object_get(obj, field);
    ck_assert_msg(json_is_integer(v), "field '%s' is not an integer", field);
    return json_integer_value(v);
}

/* ------------------------------------------------------------------ */
/* The DESIGN.md example: closing figures and an intraday one          */
/* ------------------------------------------------------------------ */

typedef struct nvidia {
    cc_claimset set;
    cc_report r;
} nvidia;

/* g1 (close, conflict): c1 "589 Milliarden US-Dollar" and c4 "563 Milliarden
 * Euro" converted agree; c2 (structured, "gut 460") contradicts.
 * g2 (intraday, single): c3 "mehr als 17 Prozent"... as an amount here:
 * "mehr als 460 Milliarden Dollar", open upper end. */
static void nvidia_build(nvidia *n)
{
    cc_claimset *set = &n->set;
    cc_report *r = &n->r;
    key_fields close = {"Nvidia", "market value loss", "2025-01-27", "close", NULL};
    key_fields intraday = {"Nvidia", "market value loss", "2025-01-27", "intraday", NULL};
    uint32_t forbes, reuters, sz, taz;
    uint32_t c1, c2, c3, c4;
    cc_group *g1, *g2;

    set_init(set);
    forbes = add_source(set, "forbes-de", "Forbes");
    reuters = add_source(set, "reuters-de", NULL);
    sz = add_source(set, "sz",
                    "S\xC3\xBC"
                    "ddeutsche");
    taz = add_source(set, "taz", NULL);
    c1 = add_claim(set, "c1", forbes, &close, "589 Milliarden US-Dollar",
                   quantity("589", 9, "USD", CC_DIM_CURRENCY, CC_HEDGE_EXACT, NULL));
    c2 = add_claim(set, "c2", sz, &close, NULL,
                   quantity("460", 9, "USD", CC_DIM_CURRENCY, CC_HEDGE_APPROX_ABOVE, NULL));
    c3 = add_claim(set, "c3", taz, &intraday, "mehr als 460 Milliarden Dollar",
                   quantity("460", 9, "USD", CC_DIM_CURRENCY, CC_HEDGE_LOWER_STRICT, "mehr als"));
    c4 = add_claim(set, "c4", reuters, &close, "umgerechnet 563 Milliarden Euro",
                   quantity("563", 9, "EUR", CC_DIM_CURRENCY, CC_HEDGE_EXACT, NULL));

    report_init(r, set, 2, 4, 1);
    snprintf(r->currency, sizeof r->currency, "USD");
    r->opts.currency = r->currency;
    g1 = &r->groups[0];
    g2 = &r->groups[1];
    group_from(g1, set, c1, CC_VERDICT_CONFLICT, 0, 3);
    group_from(g2, set, c3, CC_VERDICT_SINGLE, 3, 1);

    r->claims[0] = checked(c1, CC_STATUS_AGREES, 1, 588.5e9, 589.5e9, 0);
    r->claims[1] = checked(c4, CC_STATUS_AGREES, 1, 586.7023e9, 592.8390e9, 0);
    convert_with(r, 1, 1.0421, 1.053, "2025-01-24", "2025-01-28");
    r->claims[2] = checked(c2, CC_STATUS_CONTRADICTS, 0, 460e9, 483e9, 0.219);
    r->claims[2].point = 460e9;
    r->claims[3] = checked(c3, CC_STATUS_AGREES, 1, 460e9, INFINITY, 0);
    r->claims[3].open = CC_CHECKED_STRICT_LOW_OPEN;
    r->claims[3].point = 460e9;

    g1->has_consensus = 1;
    g1->consensus.low = 588.5e9;
    g1->consensus.high = 589.5e9;
    g1->consensus_point = 589e9;
    g1->voices = 2;
    g1->link_first = 0;
    g1->link_count = 1;
    g1->contradictions = 1;
    g2->has_consensus = 1;
    g2->consensus = strict_of(&r->claims[3]);
    g2->consensus_point = 460e9;
    g2->voices = 1;

    r->links[0].group = 1;
    r->links[0].relation = CC_RELATION_DIFFERENT_SCOPE;
    r->links[0].gap = (589e9 - 460e9) / 589e9;

    r->tallies[forbes] = (cc_source_tally){1, 1, 0, 0, 0};
    r->tallies[reuters] = (cc_source_tally){1, 1, 0, 0, 0};
    r->tallies[sz] = (cc_source_tally){1, 0, 1, 0, 0};
    r->tallies[taz] = (cc_source_tally){1, 1, 0, 0, 0};
    r->contradictions = 1;
}

static void nvidia_free(nvidia *n)
{
    report_fini(&n->r);
    set_free(&n->set);
}

START_TEST(json_layout)
{
    nvidia n;
    size_t len;
    char *out;
    json_t *root, *rep, *groups, *g, *claims, *c, *fx, *s;

    nvidia_build(&n);
    out = write_report(&n.r, CC_FORMAT_JSON, &len);
    if (getenv("CC_TEST_DUMP")) /* to look at the layout */
        fputs(out, stdout);
    root = parse(out);
    ck_assert_str_eq(keys_of(root), "report,groups,sources,summary");

    rep = json_object_get(root, "report");
    ck_assert_str_eq(keys_of(rep), "version,currency,fx_window_days,lenient,parameters");
    ck_assert_int_eq(int_at(rep, "version"), 1);
    ck_assert_str_eq(str_at(rep, "currency"), "USD");
    ck_assert_int_eq(int_at(rep, "fx_window_days"), 1);
    ck_assert(json_is_false(json_object_get(rep, "lenient")));
    ck_assert_str_eq(keys_of(json_object_get(rep, "parameters")),
                     "exact_rel,approx_rel,lenient_factor,minor_rel");
    ck_assert_double_eq(real_at(json_object_get(rep, "parameters"), "lenient_factor"), 2.0);
    ck_assert_double_eq(real_at(json_object_get(rep, "parameters"), "minor_rel"), 0.02);

    groups = json_object_get(root, "groups");
    ck_assert_uint_eq(json_array_size(groups), 2);
    g = json_array_get(groups, 0);
    ck_assert_str_eq(keys_of(g), "id,key,dimension,unit,verdict,consensus,related,claims");
    ck_assert_str_eq(str_at(g, "id"), "g1");
    ck_assert_str_eq(keys_of(json_object_get(g, "key")),
                     "subject,measure,date,scope,attributed_to");
    ck_assert_str_eq(str_at(json_object_get(g, "key"), "subject"), "Nvidia");
    ck_assert_str_eq(str_at(json_object_get(g, "key"), "date"), "2025-01-27");
    ck_assert_str_eq(str_at(json_object_get(g, "key"), "scope"), "close");
    ck_assert(json_is_null(json_object_get(json_object_get(g, "key"), "attributed_to")));
    ck_assert_str_eq(str_at(g, "dimension"), "currency");
    ck_assert_str_eq(str_at(g, "unit"), "USD");
    ck_assert_str_eq(str_at(g, "verdict"), "conflict");

    s = json_object_get(g, "consensus");
    ck_assert_str_eq(keys_of(s), "low,high,value,voices,claims");
    ck_assert_double_eq(real_at(s, "low"), 588.5e9);
    ck_assert_double_eq(real_at(s, "high"), 589.5e9);
    ck_assert_double_eq(real_at(s, "value"), 589e9);
    ck_assert_int_eq(int_at(s, "voices"), 2);
    ck_assert_uint_eq(json_array_size(json_object_get(s, "claims")), 2);
    ck_assert_str_eq(json_string_value(json_array_get(json_object_get(s, "claims"), 0)), "c1");
    ck_assert_str_eq(json_string_value(json_array_get(json_object_get(s, "claims"), 1)), "c4");

    s = json_array_get(json_object_get(g, "related"), 0);
    ck_assert_str_eq(keys_of(s), "group,relation,gap");
    ck_assert_str_eq(str_at(s, "group"), "g2");
    ck_assert_str_eq(str_at(s, "relation"), "different_scope");
    ck_assert_double_eq(real_at(s, "gap"), (589e9 - 460e9) / 589e9);

    claims = json_object_get(g, "claims");
    ck_assert_uint_eq(json_array_size(claims), 3);
    c = json_array_get(claims, 0);
    ck_assert_str_eq(keys_of(c), "id,source,text,hedge,value,unit,low,high,status");
    ck_assert_str_eq(str_at(c, "text"), "589 Milliarden US-Dollar");
    ck_assert_str_eq(str_at(c, "value"), "589e9");
    ck_assert_str_eq(str_at(c, "status"), "agrees");

    c = json_array_get(claims, 1);
    ck_assert_str_eq(keys_of(c), "id,source,text,hedge,value,unit,low,high,fx,status");
    ck_assert_str_eq(str_at(c, "source"), "reuters-de");
    ck_assert_str_eq(str_at(c, "unit"), "EUR");
    ck_assert_double_eq(real_at(c, "low"), 586.7023e9);
    fx = json_object_get(c, "fx");
    ck_assert_str_eq(keys_of(fx), "from,to,low,high,dates");
    ck_assert_str_eq(str_at(fx, "from"), "EUR");
    ck_assert_str_eq(str_at(fx, "to"), "USD");
    ck_assert_double_eq(real_at(fx, "low"), 1.0421);
    ck_assert_double_eq(real_at(fx, "high"), 1.053);
    ck_assert_str_eq(json_string_value(json_array_get(json_object_get(fx, "dates"), 0)),
                     "2025-01-24");
    ck_assert_str_eq(json_string_value(json_array_get(json_object_get(fx, "dates"), 1)),
                     "2025-01-28");

    c = json_array_get(claims, 2);
    ck_assert_str_eq(keys_of(c), "id,source,text,hedge,value,unit,low,high,status,gap");
    ck_assert(json_is_null(json_object_get(c, "text")));
    ck_assert_str_eq(str_at(c, "hedge"), "approx_above");
    ck_assert_str_eq(str_at(c, "status"), "contradicts");
    ck_assert_double_eq(real_at(c, "gap"), 0.219);

    /* the open-ended interval: null for infinity, low_open only when true */
    g = json_array_get(groups, 1);
    ck_assert_str_eq(str_at(g, "verdict"), "single");
    ck_assert_uint_eq(json_array_size(json_object_get(g, "related")), 0);
    c = json_array_get(json_object_get(g, "claims"), 0);
    ck_assert_str_eq(keys_of(c),
                     "id,source,text,hedge,hedge_word,value,unit,low,low_open,high,status");
    ck_assert_str_eq(str_at(c, "hedge_word"), "mehr als");
    ck_assert(json_is_true(json_object_get(c, "low_open")));
    ck_assert(json_is_null(json_object_get(c, "high")));
    s = json_object_get(g, "consensus");
    ck_assert_str_eq(keys_of(s), "low,low_open,high,value,voices,claims");
    ck_assert(json_is_null(json_object_get(s, "high")));

    s = json_object_get(root, "sources");
    ck_assert_uint_eq(json_array_size(s), 4);
    ck_assert_str_eq(keys_of(json_array_get(s, 0)),
                     "id,name,claims,agrees,contradicts,minor_discrepancies,unchecked");
    ck_assert_str_eq(str_at(json_array_get(s, 0), "name"), "Forbes");
    ck_assert(json_is_null(json_object_get(json_array_get(s, 1), "name")));
    ck_assert_str_eq(str_at(json_array_get(s, 2), "name"), "S\xC3\xBC"
                                                           "ddeutsche");
    ck_assert_int_eq(int_at(json_array_get(s, 2), "contradicts"), 1);

    s = json_object_get(root, "summary");
    ck_assert_str_eq(keys_of(s), "claims,sources,groups,conflicts,splits,contradictions,"
                                 "minor_discrepancies,unchecked");
    ck_assert_int_eq(int_at(s, "claims"), 4);
    ck_assert_int_eq(int_at(s, "sources"), 4);
    ck_assert_int_eq(int_at(s, "groups"), 2);
    ck_assert_int_eq(int_at(s, "conflicts"), 1);
    ck_assert_int_eq(int_at(s, "splits"), 0);
    ck_assert_int_eq(int_at(s, "contradictions"), 1);

    /* never a bare NaN or infinity in the text */
    ck_assert_ptr_null(strstr(out, "nan"));
    ck_assert_ptr_null(strstr(out, "inf"));
    json_decref(root);
    cc_free(out);
    nvidia_free(&n);
}
END_TEST

START_TEST(json_deterministic)
{
    nvidia n;
    size_t len1, len2;
    char *a, *b;
    nvidia_build(&n);
    a = write_report(&n.r, CC_FORMAT_JSON, &len1);
    b = write_report(&n.r, CC_FORMAT_JSON, &len2);
    ck_assert_uint_eq(len1, len2);
    ck_assert_str_eq(a, b);
    cc_free(a);
    cc_free(b);
    a = write_report(&n.r, CC_FORMAT_TEXT, &len1);
    b = write_report(&n.r, CC_FORMAT_TEXT, &len2);
    ck_assert_str_eq(a, b);
    cc_free(a);
    cc_free(b);
    nvidia_free(&n);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Escaping, unknown fields, optional claim fields                      */
/* ------------------------------------------------------------------ */

START_TEST(json_escaping)
{
    cc_claimset set;
    cc_report r;
    key_fields k = {"Meta \"AI\"\tcapex", "spending\n2025", NULL, NULL, NULL};
    const char *text = "bis zu \"65\" Mrd.\n\xE2\x82\xAC \xC3\xBC\x01 \\ end";
    char *out;
    size_t len;
    json_t *root, *g, *c;
    uint32_t src, c1, c2;

    set_init(&set);
    src = add_source(&set, "src/\xF0\x9F\x93\xB0", NULL);
    c1 = add_claim(&set, "c\"1\"", src, &k, text,
                   quantity("65", 9, "EUR", CC_DIM_CURRENCY, CC_HEDGE_UPPER_INCL, "bis zu"));
    /* an invalid byte (a lone continuation byte, a truncated sequence) */
    c2 = add_claim(&set, "c2", src, &k, "x\x80y\xE2\x82",
                   quantity("60", 9, "EUR", CC_DIM_CURRENCY, CC_HEDGE_EXACT, NULL));
    report_init(&r, &set, 1, 2, 0);
    group_from(&r.groups[0], &set, c1, CC_VERDICT_CONSISTENT, 0, 2);
    r.claims[0] = checked(c1, CC_STATUS_AGREES, 1, 0, 65e9, 0);
    r.claims[1] = checked(c2, CC_STATUS_AGREES, 1, 59.5e9, 60.5e9, 0);

    out = write_report(&r, CC_FORMAT_JSON, &len);
    ck_assert_ptr_nonnull(strstr(out, "\\\"65\\\" Mrd.\\n\xE2\x82\xAC \xC3\xBC\\u0001 \\\\ end"));
    root = parse(out);
    g = json_array_get(json_object_get(root, "groups"), 0);
    ck_assert_str_eq(str_at(json_object_get(g, "key"), "subject"), "Meta \"AI\"\tcapex");
    ck_assert_str_eq(str_at(json_object_get(g, "key"), "measure"), "spending\n2025");
    ck_assert(json_is_null(json_object_get(json_object_get(g, "key"), "date")));
    ck_assert(json_is_null(json_object_get(json_object_get(g, "key"), "scope")));
    c = json_array_get(json_object_get(g, "claims"), 0);
    ck_assert_str_eq(str_at(c, "id"), "c\"1\"");
    ck_assert_str_eq(str_at(c, "source"), "src/\xF0\x9F\x93\xB0");
    ck_assert_str_eq(str_at(c, "text"), text);
    ck_assert_str_eq(str_at(c, "hedge"), "upper_incl");
    ck_assert_double_eq(real_at(c, "low"), 0.0);
    c = json_array_get(json_object_get(g, "claims"), 1);
    ck_assert_str_eq(str_at(c, "text"), "x\xEF\xBF\xBDy\xEF\xBF\xBD\xEF\xBF\xBD");
    json_decref(root);
    cc_free(out);
    report_fini(&r);
    set_free(&set);
}
END_TEST

START_TEST(json_extra_fields)
{
    cc_claimset set;
    cc_report r;
    key_fields k = {"DeepSeek", "training cost", "2025-01-27", NULL, NULL};
    char *out;
    size_t len;
    json_t *root, *c, *v, *s;
    uint32_t src, c1, c2;
    cc_quantity range = quantity("5", 6, "USD", CC_DIM_CURRENCY, CC_HEDGE_RANGE, "zwischen");

    snprintf(range.digits_high, sizeof range.digits_high, "6");
    range.value_high = 6e6;
    set_init(&set);
    src = add_source(&set, "wire", "Wire");
    set.sources[src].extra = pool(&set, "{\"country\":\"DE\",\"claims\":99}");
    c1 = add_claim(&set, "c1", src, &k, "5,6 Millionen US-Dollar",
                   quantity("5.6", 6, "USD", CC_DIM_CURRENCY, CC_HEDGE_EXACT, NULL));
    set.claims[c1].extra = pool(&set, "{\"note\":\"a \\\"quoted\\\" }{ note\",\"tags\":[1,{\"a\":"
                                      "null,\"b\":[true,false]}],\"status\":\"bogus\","
                                      "\"weight\":-1.5e-3,\"empty\":{}}");
    set.claims[c1].span_start = 120;
    set.claims[c1].span_end = 143;
    set.claims[c1].sentence = pool(&set, "Das Modell kostete 5,6 Millionen US-Dollar.");
    c2 = add_claim(&set, "c2", src, &k, NULL, range);
    set.claims[c2].syndicated_from = c1 + 1;
    set.claims[c2].syndicated_name = pool(&set, "c1");

    report_init(&r, &set, 1, 2, 0);
    r.opts.lenient = 1;
    group_from(&r.groups[0], &set, c1, CC_VERDICT_CONSISTENT, 0, 2);
    r.claims[0] = checked(c1, CC_STATUS_AGREES, 1, 5.55e6, 5.65e6, 0);
    r.claims[0].lenient_low = 5.5e6;
    r.claims[0].lenient_high = 5.7e6;
    r.claims[1] = checked(c2, CC_STATUS_AGREES, 1, 4.95e6, 6.05e6, 0);
    r.groups[0].has_consensus = 1;
    r.groups[0].consensus = strict_of(&r.claims[0]);
    r.groups[0].consensus_point = 5.6e6;
    r.groups[0].voices = 1;

    out = write_report(&r, CC_FORMAT_JSON, &len);
    root = parse(out);
    ck_assert(json_is_true(json_object_get(json_object_get(root, "report"), "lenient")));
    ck_assert(json_is_null(json_object_get(json_object_get(root, "report"), "currency")));
    c = json_array_get(
        json_object_get(json_array_get(json_object_get(root, "groups"), 0), "claims"), 0);
    ck_assert_str_eq(keys_of(c), "id,source,text,hedge,value,unit,low,high,lenient_low,"
                                 "lenient_high,status,span,sentence,note,tags,weight,empty");
    ck_assert_str_eq(str_at(c, "value"), "5.6e6");
    ck_assert_str_eq(str_at(c, "status"), "agrees"); /* ours wins over the input's */
    ck_assert_double_eq(real_at(c, "lenient_low"), 5.5e6);
    ck_assert_str_eq(str_at(c, "note"), "a \"quoted\" }{ note");
    v = json_object_get(c, "tags");
    ck_assert_uint_eq(json_array_size(v), 2);
    ck_assert(json_is_true(json_array_get(json_object_get(json_array_get(v, 1), "b"), 0)));
    ck_assert_double_eq(real_at(c, "weight"), -1.5e-3);
    ck_assert_uint_eq(json_object_size(json_object_get(c, "empty")), 0);
    ck_assert_int_eq(json_integer_value(json_array_get(json_object_get(c, "span"), 0)), 120);
    ck_assert_int_eq(json_integer_value(json_array_get(json_object_get(c, "span"), 1)), 143);
    ck_assert_str_eq(str_at(c, "sentence"), "Das Modell kostete 5,6 Millionen US-Dollar.");

    c = json_array_get(
        json_object_get(json_array_get(json_object_get(root, "groups"), 0), "claims"), 1);
    ck_assert_str_eq(keys_of(c), "id,source,text,hedge,hedge_word,value,value_high,unit,low,high,"
                                 "lenient_low,lenient_high,status,syndicated_from");
    ck_assert_str_eq(str_at(c, "value"), "5e6");
    ck_assert_str_eq(str_at(c, "value_high"), "6e6");
    ck_assert_str_eq(str_at(c, "syndicated_from"), "c1");

    s = json_array_get(json_object_get(root, "sources"), 0);
    ck_assert_str_eq(keys_of(s), "id,name,claims,agrees,contradicts,minor_discrepancies,"
                                 "unchecked,country");
    ck_assert_int_eq(int_at(s, "claims"), 0); /* the tally, not the input's field */
    json_decref(root);
    cc_free(out);
    report_fini(&r);
    set_free(&set);
}
END_TEST

START_TEST(json_unchecked_and_nan)
{
    cc_claimset set;
    cc_report r;
    key_fields k = {"X", "cost", "2025-01-27", NULL, NULL};
    char *out;
    size_t len;
    json_t *root, *g, *c;
    uint32_t src, c1, c2;

    set_init(&set);
    src = add_source(&set, "s", NULL);
    c1 = add_claim(&set, "c1", src, &k, "5 Mio. Franken",
                   quantity("5", 6, "CHF", CC_DIM_CURRENCY, CC_HEDGE_EXACT, NULL));
    c2 = add_claim(&set, "c2", src, &k, "7 Mio. Rand",
                   quantity("7", 6, "ZAR", CC_DIM_CURRENCY, CC_HEDGE_EXACT, NULL));
    report_init(&r, &set, 1, 2, 0);
    group_from(&r.groups[0], &set, c1, CC_VERDICT_SPLIT, 0, 2);
    r.groups[0].has_consensus = 0;
    r.claims[0] = checked(c1, CC_STATUS_UNCHECKED, 0, NAN, NAN, NAN);
    r.claims[0].reason = CC_UNCHECKED_NO_RATE;
    r.claims[1] = checked(c2, CC_STATUS_UNCHECKED, 0, NAN, NAN, NAN);
    r.claims[1].reason = CC_UNCHECKED_UNKNOWN_CURRENCY;
    r.unchecked = 2;
    r.tallies[src].claims = 2;
    r.tallies[src].unchecked = 2;

    out = write_report(&r, CC_FORMAT_JSON, &len);
    ck_assert_ptr_null(strstr(out, "nan"));
    root = parse(out);
    g = json_array_get(json_object_get(root, "groups"), 0);
    ck_assert(json_is_null(json_object_get(g, "consensus")));
    ck_assert_str_eq(str_at(g, "verdict"), "split");
    c = json_array_get(json_object_get(g, "claims"), 0);
    ck_assert_str_eq(keys_of(c), "id,source,text,hedge,value,unit,status,reason");
    ck_assert_str_eq(str_at(c, "reason"), "no_rate");
    c = json_array_get(json_object_get(g, "claims"), 1);
    ck_assert_str_eq(str_at(c, "reason"), "unknown_currency");
    ck_assert_int_eq(int_at(json_object_get(root, "summary"), "unchecked"), 2);
    ck_assert_int_eq(int_at(json_object_get(root, "summary"), "splits"), 1);
    json_decref(root);
    cc_free(out);

    out = write_report(&r, CC_FORMAT_TEXT, &len);
    ck_assert_ptr_nonnull(strstr(out, "SPLIT \xE2\x80\x94 no majority"));
    ck_assert_ptr_nonnull(strstr(out, "? s  \"5 Mio. Franken\"  unchecked: no CHF rate near "
                                      "2025-01-27  [c1]\n"));
    ck_assert_ptr_nonnull(strstr(out, "unchecked: no exchange rates for ZAR  [c2]\n"));
    ck_assert_ptr_null(strstr(out, "nan"));
    cc_free(out);
    report_fini(&r);
    set_free(&set);
}
END_TEST

START_TEST(json_empty_report)
{
    cc_claimset set;
    cc_report r;
    char *out;
    size_t len;
    json_t *root;
    set_init(&set);
    report_init(&r, &set, 0, 0, 0);
    out = write_report(&r, CC_FORMAT_JSON, &len);
    root = parse(out);
    ck_assert_uint_eq(json_array_size(json_object_get(root, "groups")), 0);
    ck_assert_uint_eq(json_array_size(json_object_get(root, "sources")), 0);
    ck_assert_int_eq(int_at(json_object_get(root, "summary"), "claims"), 0);
    json_decref(root);
    cc_free(out);
    out = write_report(&r, CC_FORMAT_TEXT, &len);
    ck_assert_ptr_nonnull(strstr(out, "0 groups, 0 conflicts, 0 splits, 0 claims from 0 sources"));
    cc_free(out);
    report_fini(&r);
    set_free(&set);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Numbers                                                             */
/* ------------------------------------------------------------------ */

static const char *num(double v)
{
    static char buf[40];
    size_t n = cc_writer__json_number(v, buf);
    ck_assert_uint_eq(n, strlen(buf));
    return buf;
}

START_TEST(number_forms)
{
    ck_assert_str_eq(num(0.219), "0.219");
    ck_assert_str_eq(num(2), "2.0");
    ck_assert_str_eq(num(0), "0.0");
    ck_assert_str_eq(num(-3.5), "-3.5");
    ck_assert_str_eq(num(5.885e11), "5.885e11");
    ck_assert_str_eq(num(1e9), "1e9");
    ck_assert_str_eq(num(123456789), "123456789.0");
    ck_assert_str_eq(num(21414.25), "21414.25");
    ck_assert_str_eq(num(1.0421), "1.0421");
    ck_assert_str_eq(num(0.00001), "0.00001");
    ck_assert_str_eq(num(1.5e-7), "1.5e-7");
    ck_assert_str_eq(num(0.1 + 0.2), "0.30000000000000004");
    ck_assert_str_eq(num(-5.63e11 * 1.0421), "-5.867023e11");
    ck_assert_str_eq(num(1e300), "1e300");
    ck_assert_str_eq(num(5e-324), "5e-324");
    ck_assert_str_eq(num(DBL_MAX), "1.7976931348623157e308");
}
END_TEST

/* Every number reads back exactly and is no longer than %.17g's. */
START_TEST(number_round_trip)
{
    uint64_t x = 0x9E3779B97F4A7C15u;
    for (int i = 0; i < 200000; i++) {
        double v;
        char ref[40];
        const char *s;
        x ^= x << 13, x ^= x >> 7, x ^= x << 17;
        switch (i % 4) {
        case 0: /* any bit pattern */ memcpy(&v, &x, sizeof v); break;
        case 1: /* amounts with a few digits, scaled */
            v = (double)(x % 100000) * pow(10, (int)(x >> 40) % 16 - 4);
            break;
        case 2: /* converted amounts */
            v = (double)(x % 1000) * 1e9 * (1 + (double)((x >> 20) % 10000) / 1e5);
            break;
        default: /* small fractions */ v = (double)(x % 1000000) / 997.0; break;
        }
        if (!isfinite(v))
            continue;
        s = num(v);
        ck_assert_msg(strtod(s, NULL) == v, "%s does not read back as %.17g", s, v);
        ck_assert_msg(strchr(s, '.') || strchr(s, 'e'), "%s reads as an integer", s);
        snprintf(ref, sizeof ref, "%.17g", v);
        if (v != 0) {
            char d[24];
            int e, n = cc_writer__shortest(v, d, &e);
            ck_assert_int_le(n, 17);
            /* no shorter %.*g form reads back */
            if (n > 1) {
                snprintf(ref, sizeof ref, "%.*g", n - 1, v);
                ck_assert_msg(strtod(ref, NULL) != v, "%s is shorter than %s", ref, s);
            }
        }
    }
}
END_TEST

/* ------------------------------------------------------------------ */
/* Text                                                                */
/* ------------------------------------------------------------------ */

static void assert_has(const char *out, const char *needle)
{
    ck_assert_msg(strstr(out, needle) != NULL, "text lacks '%s' in:\n%s", needle, out);
}

START_TEST(text_layout)
{
    nvidia n;
    size_t len;
    char *out;
    const char *g1, *g2, *src;

    nvidia_build(&n);
    out = write_report(&n.r, CC_FORMAT_TEXT, &len);
    assert_has(out, "crosscheck report: 2 groups, 1 conflict, 0 splits, 4 claims from 4 sources\n");
    assert_has(out, "1 contradicting claim, 0 minor discrepancies, 0 unchecked \xC2\xB7 currency "
                    "USD \xC2\xB7 rates \xC2\xB1"
                    "1 day \xC2\xB7 strict intervals\n");
    g1 = strstr(out, "g1  Nvidia \xC2\xB7 market value loss \xC2\xB7 2025-01-27 \xC2\xB7 scope: "
                     "close\n");
    g2 = strstr(out, "g2  Nvidia \xC2\xB7 market value loss \xC2\xB7 2025-01-27 \xC2\xB7 scope: "
                     "intraday\n");
    ck_assert_ptr_nonnull(g1);
    ck_assert_ptr_nonnull(g2);
    ck_assert(g1 < g2);
    assert_has(out, "    CONFLICT \xE2\x80\x94 consensus 588.5\xE2\x80\x93"
                    "589.5 bn USD from "
                    "2 sources\n");
    /* columns: source padded to reuters-de, text to the longest text */
    assert_has(out, "    \xE2\x9C\x93 forbes-de   \"589 Milliarden US-Dollar\"         "
                    "588.5\xE2\x80\x93"
                    "589.5 bn USD  [c1]\n");
    assert_has(out, "    \xE2\x9C\x93 reuters-de  \"umgerechnet 563 Milliarden Euro\"  "
                    "586.7\xE2\x80\x93"
                    "592.8 bn USD  [c4]\n");
    assert_has(out, "\n                  EUR\xE2\x86\x92USD 1.0421\xE2\x80\x93"
                    "1.0530, "
                    "2025-01-24..2025-01-28\n");
    assert_has(out, "    \xE2\x9C\x97 sz          (approx_above 460e9 USD)           "
                    "460\xE2\x80\x93"
                    "483 bn USD (just above)  \xE2\x88\x92"
                    "22 % vs consensus  [c2]\n");
    assert_has(out, "    related \xE2\x80\x94 different scope: intraday group g2, its consensus "
                    "22 % lower\n");
    assert_has(out, "    SINGLE \xE2\x80\x94 one source, nothing to compare\n");
    assert_has(out, "\"mehr als 460 Milliarden Dollar\"  > 460 bn USD  [c3]\n");

    assert_has(out, "source              claims  agrees  minor  contradicts  unchecked\n");
    src = strstr(out, "source              claims  agrees  minor  contradicts  unchecked\n");
    ck_assert_ptr_nonnull(src);
    ck_assert(g2 < src);
    assert_has(src, "\nforbes-de (Forbes)       1       1      0            0          0\n");
    assert_has(src, "\nsz (S\xC3\xBC"
                    "ddeutsche)         1       0      0            1"
                    "          0\n");
    cc_free(out);
    nvidia_free(&n);
}
END_TEST

START_TEST(text_scales_and_signs)
{
    cc_claimset set;
    cc_report r;
    key_fields k = {"Nvidia", "share change", "2025-01-28", "pre-market", "Reuters"};
    char *out;
    size_t len;
    uint32_t src, c1, c2, c3;

    set_init(&set);
    src = add_source(&set, "a", NULL);
    c1 = add_claim(&set, "p1", src, &k, "rund drei Prozent",
                   quantity("3", 0, "%", CC_DIM_PERCENT, CC_HEDGE_APPROX, "rund"));
    c2 = add_claim(&set, "p2", src, &k, "minus 2 Prozent\nnach Handelsschluss",
                   quantity("-2", 0, "%", CC_DIM_PERCENT, CC_HEDGE_EXACT, NULL));
    c3 = add_claim(&set, "p3", src, &k, "bis zu 4 Prozent",
                   quantity("4", 0, "%", CC_DIM_PERCENT, CC_HEDGE_UPPER_INCL, "bis zu"));
    report_init(&r, &set, 1, 3, 0);
    group_from(&r.groups[0], &set, c1, CC_VERDICT_MINOR_DISCREPANCY, 0, 3);
    r.groups[0].has_consensus = 1;
    r.groups[0].consensus.low = 2.85;
    r.groups[0].consensus.high = 3.15;
    r.groups[0].consensus_point = 3;
    r.groups[0].voices = 1;
    r.claims[0] = checked(c1, CC_STATUS_AGREES, 1, 2.85, 3.15, 0);
    r.claims[1] = checked(c2, CC_STATUS_MINOR_DISCREPANCY, 0, -2.05, -1.95, 1.6667);
    r.claims[2] = checked(c3, CC_STATUS_AGREES_LENIENT, 0, -INFINITY, 4, 0.05);
    r.claims[2].point = 3.15;
    r.claims[2].lenient_low = -INFINITY;
    r.claims[2].lenient_high = 4.4;

    out = write_report(&r, CC_FORMAT_TEXT, &len);
    assert_has(out, "g1  Nvidia \xC2\xB7 share change \xC2\xB7 2025-01-28 \xC2\xB7 scope: "
                    "pre-market \xC2\xB7 according to: Reuters\n");
    assert_has(out, "MINOR DISCREPANCY \xE2\x80\x94 consensus 2.85\xE2\x80\x93"
                    "3.15 % from "
                    "1 source\n");
    /* the newline of the text does not break the line */
    assert_has(out, "~ a  \"minus 2 Prozent nach Handelsschluss\"  \xE2\x88\x92"
                    "2.05\xE2\x80\x93"
                    "\xE2\x88\x92"
                    "1.95 %        \xE2\x88\x92"
                    "167 % vs consensus  [p2]\n");
    assert_has(out, "\xE2\x89\x88 a  \"bis zu 4 Prozent\"                     \xE2\x89\xA4 4 %"
                    " (lenient \xE2\x89\xA4 4.4 %)  +5 % vs consensus  [p3]\n");
    cc_free(out);
    report_fini(&r);
    set_free(&set);
}
END_TEST

START_TEST(fx_after_table)
{
    nvidia n;
    size_t len;
    char *out;
    json_t *root, *fx;
    nvidia_build(&n);
    n.r.fx[n.r.claims[1].fx].after_table = 1;
    n.r.fx[n.r.claims[1].fx].first_day = n.r.fx[n.r.claims[1].fx].last_day = day("2025-01-24");
    out = write_report(&n.r, CC_FORMAT_JSON, &len);
    root = parse(out);
    fx = json_object_get(
        json_array_get(
            json_object_get(json_array_get(json_object_get(root, "groups"), 0), "claims"), 1),
        "fx");
    ck_assert_str_eq(keys_of(fx), "from,to,low,high,dates,after_table");
    ck_assert(json_is_true(json_object_get(fx, "after_table")));
    ck_assert_str_eq(json_string_value(json_array_get(json_object_get(fx, "dates"), 1)),
                     "2025-01-24");
    json_decref(root);
    cc_free(out);
    out = write_report(&n.r, CC_FORMAT_TEXT, &len);
    assert_has(out, "EUR\xE2\x86\x92USD 1.0421\xE2\x80\x93"
                    "1.0530, 2025-01-24 (claim dated after "
                    "the last day of the rate table)\n");
    cc_free(out);
    nvidia_free(&n);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Errors and scale                                                    */
/* ------------------------------------------------------------------ */

START_TEST(write_errors)
{
    nvidia n;
    cc_error err;
    char *out = (char *)"untouched";
    size_t len = 7;
    nvidia_build(&n);
    ck_assert_int_eq(cc_report_write(&n.r, (cc_format)7, &out, &len, &err), CC_EINVAL);
    cc_assert_error(err, CC_EINVAL, 0, 0, -1, "unknown report format 7");
    ck_assert_ptr_null(out);
    ck_assert_uint_eq(len, 0);
    ck_assert_int_eq(cc_report_write(NULL, CC_FORMAT_JSON, &out, &len, &err), CC_EINVAL);
    cc_assert_error(err, CC_EINVAL, 0, 0, -1, "needs a report");
    ck_assert_int_eq(cc_report_write(&n.r, CC_FORMAT_JSON, NULL, &len, NULL), CC_EINVAL);

    /* a malformed unknown-fields blob is a bug, reported with the claim id */
    n.set.claims[0].extra = pool(&n.set, "{\"a\":1,");
    ck_assert_int_eq(cc_report_write(&n.r, CC_FORMAT_JSON, &out, NULL, &err), CC_EINTERNAL);
    cc_assert_error(err, CC_EINTERNAL, 0, 0, -1, "malformed unknown fields of 'c1'");
    ck_assert_ptr_null(out);
    nvidia_free(&n);
}
END_TEST

/* Many groups and claims: the JSON stays valid and complete. */
START_TEST(json_many_claims)
{
    enum {
        NGROUPS = 2000,
        PER = 10
    };
    cc_claimset set;
    cc_report r;
    char id[32], subject[32];
    char *out;
    size_t len, total = 0;
    json_t *root, *groups;
    uint32_t src;

    set_init(&set);
    src = add_source(&set, "s", NULL);
    report_init(&r, &set, NGROUPS, NGROUPS * PER, 0);
    for (uint32_t g = 0; g < NGROUPS; g++) {
        key_fields k = {subject, "count", "2024-02-29", NULL, NULL};
        snprintf(subject, sizeof subject, "thing %u", g);
        for (uint32_t i = 0; i < PER; i++) {
            uint32_t c;
            double v = (double)(g * PER + i) * 1.0421e3;
            snprintf(id, sizeof id, "c%u", g * PER + i);
            c = add_claim(&set, id, src, &k, NULL,
                          quantity("1", 3, "count", CC_DIM_COUNT, CC_HEDGE_EXACT, NULL));
            r.claims[c] = checked(c, CC_STATUS_AGREES, i == 0, v, v * 1.01, i ? 0.01 * i : 0);
        }
        group_from(&r.groups[g], &set, g * PER, CC_VERDICT_CONSISTENT, g * PER, PER);
    }
    out = write_report(&r, CC_FORMAT_JSON, &len);
    root = parse(out);
    groups = json_object_get(root, "groups");
    ck_assert_uint_eq(json_array_size(groups), NGROUPS);
    for (size_t g = 0; g < NGROUPS; g++)
        total += json_array_size(json_object_get(json_array_get(groups, g), "claims"));
    ck_assert_uint_eq(total, NGROUPS * PER);
    ck_assert_str_eq(str_at(json_object_get(json_array_get(groups, 1999), "key"), "subject"),
                     "thing 1999");
    ck_assert_str_eq(str_at(json_object_get(json_array_get(groups, 1999), "key"), "date"),
                     "2024-02-29");
    json_decref(root);
    cc_free(out);
    report_fini(&r);
    set_free(&set);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Reports made by cc_check()                                          */
/* ------------------------------------------------------------------ */

#define NV "\"subject\": \"Nvidia\", \"measure\": \"market value loss\", \"date\": \"2025-01-27\""

static const char checked_claims[] =
    "{\"sources\": ["
    " {\"id\": \"wire\", \"name\": \"Wire\", \"published\": \"2025-01-28\", \"lang\": \"de\"},"
    " {\"id\": \"daily\", \"published\": \"2025-01-28\", \"lang\": \"de\", \"desk\": \"money\"},"
    " {\"id\": \"weekly\", \"published\": \"2025-01-28\", \"lang\": \"de\"},"
    " {\"id\": \"euro\", \"published\": \"2025-01-28\", \"lang\": \"de\"}],"
    "\"claims\": ["
    " {\"id\": \"a1\", \"source\": \"wire\", " NV ", \"scope\": \"close\","
    "  \"text\": \"589 Milliarden US-Dollar\"},"
    " {\"id\": \"a2\", \"source\": \"daily\", " NV ", \"scope\": \"close\","
    "  \"quantity\": {\"value\": \"460\", \"scale\": \"1e9\", \"unit\": \"USD\","
    "   \"hedge\": \"approx_above\"}, \"note\": \"a \\\"quoted\\\" remark\", \"rank\": 2.50},"
    " {\"id\": \"a3\", \"source\": \"weekly\", " NV ", \"scope\": \"close\","
    "  \"text\": \"fast 600 Milliarden US-Dollar\"},"
    " {\"id\": \"a4\", \"source\": \"euro\", " NV ", \"scope\": \"close\","
    "  \"text\": \"umgerechnet 563 Milliarden Euro\"},"
    " {\"id\": \"a5\", \"source\": \"weekly\", " NV ", \"scope\": \"intraday\","
    "  \"text\": \"gut 460 Milliarden Dollar\"},"
    " {\"id\": \"b1\", \"source\": \"daily\", \"subject\": \"Meta\", \"measure\": \"AI budget\","
    "  \"text\": \"bis zu 65 Milliarden US-Dollar\"},"
    " {\"id\": \"b2\", \"source\": \"wire\", \"subject\": \"Meta\", \"measure\": \"AI budget\","
    "  \"text\": \"60 Milliarden Dollar\"}"
    "]}";

/* Whatever the check decides, the JSON says the same as the accessors. */
START_TEST(check_report_json)
{
    cc_error err;
    cc_claimset *set = NULL;
    cc_report *rep = NULL;
    char *out;
    size_t len, seen = 0, contradictions = 0;
    json_t *root, *groups, *c, *fx = NULL;

    ck_assert_int_eq(
        cc_claimset_load_json(&set, checked_claims, strlen(checked_claims), NULL, &err), CC_OK);
    ck_assert_int_eq(cc_check(&rep, set, NULL, NULL, &err), CC_OK);
    out = write_report(rep, CC_FORMAT_JSON, &len);
    root = parse(out);
    groups = json_object_get(root, "groups");
    ck_assert_uint_eq(json_array_size(groups), cc_report_group_count(rep));
    for (size_t g = 0; g < json_array_size(groups); g++) {
        json_t *grp = json_array_get(groups, g), *claims = json_object_get(grp, "claims");
        char gid[32];
        snprintf(gid, sizeof gid, "g%zu", g + 1);
        ck_assert_str_eq(str_at(grp, "id"), gid);
        ck_assert_str_eq(str_at(grp, "verdict"), cc_verdict_name(cc_report_group_verdict(rep, g)));
        for (size_t i = 0; i < json_array_size(claims); i++) {
            const char *id;
            c = json_array_get(claims, i);
            id = str_at(c, "id");
            ck_assert_str_eq(
                str_at(c, "status"),
                cc_claim_status_name((cc_claim_status)cc_report_claim_status(rep, id)));
            contradictions += strcmp(str_at(c, "status"), "contradicts") == 0;
            if (strcmp(id, "a2") == 0) {
                /* unknown fields come back as written, after the known ones */
                ck_assert_str_eq(str_at(c, "note"), "a \"quoted\" remark");
                ck_assert_double_eq(real_at(c, "rank"), 2.5);
                ck_assert_ptr_nonnull(strstr(out, "\"rank\": 2.50}"));
                ck_assert(json_is_null(json_object_get(c, "text")));
                ck_assert_str_eq(str_at(c, "value"), "460e9");
            }
            if (strcmp(id, "a4") == 0)
                fx = json_object_get(c, "fx");
            if (strcmp(id, "b1") == 0) {
                ck_assert_str_eq(str_at(c, "hedge"), "upper_incl");
                ck_assert_str_eq(str_at(c, "hedge_word"), "bis zu");
                ck_assert_str_eq(str_at(c, "value"), "65e9");
            }
            seen++;
        }
    }
    ck_assert_uint_eq(seen, cc_claimset_claim_count(set));
    ck_assert_uint_eq(contradictions, cc_report_contradiction_count(rep));
    ck_assert_int_eq(int_at(json_object_get(root, "summary"), "contradictions"),
                     (json_int_t)contradictions);
    /* the euro figure was converted with the rates around its date */
    ck_assert_ptr_nonnull(fx);
    ck_assert_str_eq(str_at(fx, "from"), "EUR");
    ck_assert_str_eq(str_at(fx, "to"), "USD");
    ck_assert(real_at(fx, "low") <= real_at(fx, "high"));
    ck_assert_str_le(json_string_value(json_array_get(json_object_get(fx, "dates"), 0)),
                     "2025-01-27");
    ck_assert_str_ge(json_string_value(json_array_get(json_object_get(fx, "dates"), 1)),
                     "2025-01-27");
    ck_assert_str_eq(str_at(json_array_get(json_object_get(root, "sources"), 1), "desk"), "money");
    json_decref(root);
    cc_free(out);

    out = write_report(rep, CC_FORMAT_TEXT, &len);
    assert_has(out, "crosscheck report: ");
    assert_has(out, "\"umgerechnet 563 Milliarden Euro\"");
    assert_has(out, "EUR\xE2\x86\x92USD ");
    assert_has(out, "\"bis zu 65 Milliarden US-Dollar\"");
    assert_has(out, "Meta \xC2\xB7 AI budget \xC2\xB7 2025-01-28\n");
    cc_free(out);
    cc_report_free(rep);
    cc_claimset_free(set);
}
END_TEST

static Suite *report_suite(void)
{
    Suite *s = suite_create("report");
    TCase *tc = tcase_create("writers");
    tcase_add_test(tc, json_layout);
    tcase_add_test(tc, json_deterministic);
    tcase_add_test(tc, json_escaping);
    tcase_add_test(tc, json_extra_fields);
    tcase_add_test(tc, json_unchecked_and_nan);
    tcase_add_test(tc, json_empty_report);
    tcase_add_test(tc, number_forms);
    tcase_add_test(tc, number_round_trip);
    tcase_add_test(tc, text_layout);
    tcase_add_test(tc, text_scales_and_signs);
    tcase_add_test(tc, fx_after_table);
    tcase_add_test(tc, write_errors);
    tcase_add_test(tc, json_many_claims);
    tcase_add_test(tc, check_report_json);
    tcase_set_timeout(tc, 60);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return cc_test_run(report_suite());
}
