/*
 * json_out.c - the JSON report (doc/report-format.md).
 *
 * The JSON is written straight into a growable buffer rather than built as
 * a jansson tree: for a million claims a tree costs about 15 s and 3 GB,
 * this writer well under a second (see tests/unit/test_report.c). Strings
 * are escaped here; numbers use the shortest form that reads back exactly
 * (writer.c).
 */
#include <math.h>
#include <string.h>

#include "claimset.h"
#include "common.h"
#include "date.h"
#include "quantity.h"
#include "report.h"
#include "writer.h"

/* ------------------------------------------------------------------ */
/* JSON primitives                                                     */
/* ------------------------------------------------------------------ */

static void put_escaped(cc_wbuf *b, const char *s, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    size_t i = 0, run = 0;
    cc_wbuf__putc(b, '"');
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        const char *esc = NULL;
        char u[6];
        size_t k;
        if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
            i++;
            continue;
        }
        if (c >= 0x80) {
            k = cc_writer__utf8_seq(s + i, n - i);
            if (k) {
                i += k;
                continue;
            }
        }
        cc_wbuf__put(b, s + run, i - run);
        switch (c) {
        case '"': esc = "\\\""; break;
        case '\\': esc = "\\\\"; break;
        case '\n': esc = "\\n"; break;
        case '\r': esc = "\\r"; break;
        case '\t': esc = "\\t"; break;
        case '\b': esc = "\\b"; break;
        case '\f': esc = "\\f"; break;
        default: break;
        }
        if (esc) {
            cc_wbuf__put(b, esc, 2);
        } else if (c < 0x20) {
            memcpy(u, "\\u00", 4);
            u[4] = hex[c >> 4];
            u[5] = hex[c & 15];
            cc_wbuf__put(b, u, 6);
        } else {
            cc_wbuf__put(b, "\xEF\xBF\xBD", 3); /* invalid UTF-8: U+FFFD */
        }
        i++;
        run = i;
    }
    cc_wbuf__put(b, s + run, n - run);
    cc_wbuf__putc(b, '"');
}

static void put_str(cc_wbuf *b, const char *s)
{
    put_escaped(b, s, strlen(s));
}

static void put_str_or_null(cc_wbuf *b, const char *s)
{
    if (s && *s)
        put_str(b, s);
    else
        cc_wbuf__put(b, "null", 4);
}

static void put_num(cc_wbuf *b, double v)
{
    char tmp[40];
    if (!isfinite(v)) {
        cc_wbuf__put(b, "null", 4);
        return;
    }
    cc_wbuf__put(b, tmp, cc_writer__json_number(v, tmp));
}

/* `"name": ` after a separator: ", " inside one-line objects, or a newline
 * and indentation of `indent` spaces (indent >= 0). `*first` tracks the
 * first member. `name` is a string literal (see KEY). */
static void key_n(cc_wbuf *b, int *first, int indent, const char *name, size_t len)
{
    if (indent >= 0) {
        if (!*first)
            cc_wbuf__putc(b, ',');
        cc_wbuf__putc(b, '\n');
        cc_wbuf__fill(b, ' ', (size_t)indent);
    } else if (!*first) {
        cc_wbuf__put(b, ", ", 2);
    }
    *first = 0;
    cc_wbuf__putc(b, '"');
    cc_wbuf__put(b, name, len);
    cc_wbuf__put(b, "\": ", 3);
}

#define key(b, first, indent, name) key_n(b, first, indent, "" name "", sizeof(name) - 1)

static void put_date_or_null(cc_wbuf *b, int32_t day)
{
    char d[11];
    if (day == CC_NO_DATE) {
        cc_wbuf__put(b, "null", 4);
        return;
    }
    cc_date__format(day, d);
    cc_wbuf__putc(b, '"');
    cc_wbuf__put(b, d, 10);
    cc_wbuf__putc(b, '"');
}

/* The exact value as written: digits, then "e<scale>" when scaled. */
static void put_exact(cc_wbuf *b, const char *digits, int scale)
{
    cc_wbuf__putc(b, '"');
    cc_wbuf__puts(b, digits);
    if (scale != 0) {
        cc_wbuf__putc(b, 'e');
        cc_wbuf__int(b, scale);
    }
    cc_wbuf__putc(b, '"');
}

/* ------------------------------------------------------------------ */
/* Unknown fields (`extra`, compact JSON objects) merged back           */
/* ------------------------------------------------------------------ */

static size_t skip_ws(const char *s, size_t i)
{
    while (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')
        i++;
    return i;
}

/* s[i] == '"': index after the closing quote, or 0. */
static size_t skip_string(const char *s, size_t n, size_t i)
{
    for (i++; i < n; i++) {
        if (s[i] == '\\')
            i++;
        else if (s[i] == '"')
            return i + 1;
    }
    return 0;
}

/* One JSON value from s[i]: index after it, or 0 if malformed. */
static size_t skip_value(const char *s, size_t n, size_t i)
{
    size_t depth = 0, start = i;
    while (i < n) {
        char c = s[i];
        if (c == '"') {
            i = skip_string(s, n, i);
            if (!i)
                return 0;
            if (depth == 0)
                return i;
        } else if (c == '{' || c == '[') {
            depth++;
            i++;
        } else if (c == '}' || c == ']') {
            if (depth == 0)
                return i > start ? i : 0;
            i++;
            if (--depth == 0)
                return i;
        } else if (depth == 0 && (c == ',' || c == ' ' || c == '\n' || c == '\t' || c == '\r')) {
            return i > start ? i : 0;
        } else {
            i++;
        }
    }
    return depth == 0 && i > start ? i : 0;
}

static int is_reserved(const char *key, size_t len, const char *const *reserved)
{
    for (; *reserved; reserved++)
        if (strlen(*reserved) == len && memcmp(*reserved, key, len) == 0)
            return 1;
    return 0;
}

/* Append the members of the object `s` to a one-line object being
 * written, each after ", ", skipping names in `reserved`. */
static cc_status put_extra(cc_wbuf *b, const char *s, const char *const *reserved,
                           const char *owner, cc_error *err)
{
    size_t n = strlen(s), i = skip_ws(s, 0);
    if (s[i] != '{')
        goto bad;
    i = skip_ws(s, i + 1);
    if (s[i] == '}')
        return CC_OK;
    for (;;) {
        size_t ks = i, ke, vs, ve;
        if (s[i] != '"')
            goto bad;
        ke = skip_string(s, n, i);
        if (!ke)
            goto bad;
        i = skip_ws(s, ke);
        if (s[i] != ':')
            goto bad;
        vs = skip_ws(s, i + 1);
        ve = skip_value(s, n, vs);
        if (!ve)
            goto bad;
        if (!is_reserved(s + ks + 1, ke - ks - 2, reserved)) {
            cc_wbuf__put(b, ", ", 2);
            cc_wbuf__put(b, s + ks, ke - ks);
            cc_wbuf__put(b, ": ", 2);
            cc_wbuf__put(b, s + vs, ve - vs);
        }
        i = skip_ws(s, ve);
        if (s[i] == '}')
            return CC_OK;
        if (s[i] != ',')
            goto bad;
        i = skip_ws(s, i + 1);
    }
bad:
    return cc_error__msg(err, CC_EINTERNAL, "malformed unknown fields of '%s'", owner);
}

/* ------------------------------------------------------------------ */
/* The report                                                          */
/* ------------------------------------------------------------------ */

/* Field names a claim object of the report uses; unknown input fields with
 * these names are not merged back. */
static const char *const claim_fields[] = {
    "id",   "source", "text",     "hedge",  "hedge_word",      "value",       "value_high",
    "unit", "low",    "low_open", "high",   "high_open",       "lenient_low", "lenient_high",
    "fx",   "status", "gap",      "reason", "syndicated_from", "span",        "sentence",
    NULL};

static const char *const source_fields[] = {
    "id", "name", "claims", "agrees", "contradicts", "minor_discrepancies", "unchecked", NULL};

static void put_group_id(cc_wbuf *b, size_t index)
{
    cc_wbuf__put(b, "\"g", 2);
    cc_wbuf__uint(b, (uint64_t)index + 1);
    cc_wbuf__putc(b, '"');
}

static void put_interval(cc_wbuf *b, int *first, const cc_interval *iv)
{
    key(b, first, -1, "low");
    put_num(b, iv->low);
    if (iv->low_open) {
        key(b, first, -1, "low_open");
        cc_wbuf__put(b, "true", 4);
    }
    key(b, first, -1, "high");
    put_num(b, iv->high);
    if (iv->high_open) {
        key(b, first, -1, "high_open");
        cc_wbuf__put(b, "true", 4);
    }
}

static void put_fx(cc_wbuf *b, const cc_claim *c, const cc_group *g, const cc_fx *fx)
{
    int first = 1;
    char d[11];
    cc_wbuf__putc(b, '{');
    key(b, &first, -1, "from");
    put_str(b, c->q.unit);
    key(b, &first, -1, "to");
    put_str(b, g->unit);
    key(b, &first, -1, "low");
    put_num(b, fx->low);
    key(b, &first, -1, "high");
    put_num(b, fx->high);
    key(b, &first, -1, "dates");
    cc_wbuf__put(b, "[\"", 2);
    cc_date__format(fx->first_day, d);
    cc_wbuf__put(b, d, 10);
    cc_wbuf__put(b, "\", \"", 4);
    cc_date__format(fx->last_day, d);
    cc_wbuf__put(b, d, 10);
    cc_wbuf__put(b, "\"]", 2);
    if (fx->after_table) {
        key(b, &first, -1, "after_table");
        cc_wbuf__put(b, "true", 4);
    }
    cc_wbuf__putc(b, '}');
}

static cc_status put_claim(cc_wbuf *b, const cc_report *r, const cc_group *g,
                           const cc_checked_claim *cc, cc_error *err)
{
    const cc_claimset *set = r->set;
    const cc_claim *c = &set->claims[cc->claim];
    const cc_quantity *q = &c->q;
    const char *hedge = cc_hedge_name((cc_hedge)q->hedge);
    const char *status = cc_claim_status_name((cc_claim_status)cc->status);
    int first = 1;

    cc_wbuf__putc(b, '{');
    key(b, &first, -1, "id");
    put_str(b, cc_claimset__str(set, c->id));
    key(b, &first, -1, "source");
    put_str(b, cc_claimset__str(set, set->sources[c->source].id));
    key(b, &first, -1, "text");
    put_str_or_null(b, c->text ? cc_claimset__str(set, c->text) : NULL);
    key(b, &first, -1, "hedge");
    put_str_or_null(b, hedge);
    if (q->hedge_word[0]) {
        key(b, &first, -1, "hedge_word");
        put_str(b, q->hedge_word);
    }
    key(b, &first, -1, "value");
    put_exact(b, q->digits, q->scale);
    if (q->hedge == CC_HEDGE_RANGE) {
        key(b, &first, -1, "value_high");
        put_exact(b, q->digits_high, q->scale);
    }
    key(b, &first, -1, "unit");
    put_str(b, q->unit);
    if (cc->status != CC_STATUS_UNCHECKED) {
        const cc_fx *fx = cc_report__fx(r, cc);
        cc_interval strict;
        cc_checked__strict(cc, &strict);
        put_interval(b, &first, &strict);
        if (r->opts.lenient || cc->status == CC_STATUS_AGREES_LENIENT) {
            key(b, &first, -1, "lenient_low");
            put_num(b, cc->lenient_low);
            key(b, &first, -1, "lenient_high");
            put_num(b, cc->lenient_high);
        }
        if (fx) {
            key(b, &first, -1, "fx");
            put_fx(b, c, g, fx);
        }
    }
    key(b, &first, -1, "status");
    put_str_or_null(b, status);
    if (!cc->in_consensus && isfinite(cc->gap)) {
        key(b, &first, -1, "gap");
        put_num(b, cc->gap);
    }
    if (cc->status == CC_STATUS_UNCHECKED) {
        key(b, &first, -1, "reason");
        put_str_or_null(b, cc_writer__reason_name(cc->reason));
    }
    if (c->syndicated_name || c->syndicated_from) {
        key(b, &first, -1, "syndicated_from");
        if (c->syndicated_name)
            put_str(b, cc_claimset__str(set, c->syndicated_name));
        else
            put_str(b, cc_claimset__str(set, set->claims[c->syndicated_from - 1].id));
    }
    if (c->span_start >= 0) {
        key(b, &first, -1, "span");
        cc_wbuf__putc(b, '[');
        cc_wbuf__int(b, c->span_start);
        cc_wbuf__put(b, ", ", 2);
        cc_wbuf__int(b, c->span_end);
        cc_wbuf__putc(b, ']');
    }
    if (c->sentence) {
        key(b, &first, -1, "sentence");
        put_str(b, cc_claimset__str(set, c->sentence));
    }
    if (c->extra) {
        cc_status st = put_extra(b, cc_claimset__str(set, c->extra), claim_fields,
                                 cc_claimset__str(set, c->id), err);
        if (st != CC_OK)
            return st;
    }
    cc_wbuf__putc(b, '}');
    return CC_OK;
}

static void put_key(cc_wbuf *b, const cc_claimset *set, const cc_group *g)
{
    int first = 1;
    cc_wbuf__putc(b, '{');
    key(b, &first, -1, "subject");
    put_str_or_null(b, cc_intern__display(&set->keys, g->subject));
    key(b, &first, -1, "measure");
    put_str_or_null(b, cc_intern__display(&set->keys, g->measure));
    key(b, &first, -1, "date");
    put_date_or_null(b, g->date);
    key(b, &first, -1, "scope");
    put_str_or_null(b, cc_intern__display(&set->keys, g->scope));
    key(b, &first, -1, "attributed_to");
    put_str_or_null(b, cc_intern__display(&set->keys, g->attributed_to));
    cc_wbuf__putc(b, '}');
}

static void put_consensus(cc_wbuf *b, const cc_report *r, const cc_group *g)
{
    int first = 1, first_id = 1;
    if (!g->has_consensus) {
        cc_wbuf__put(b, "null", 4);
        return;
    }
    cc_wbuf__putc(b, '{');
    put_interval(b, &first, &g->consensus);
    key(b, &first, -1, "value");
    put_num(b, g->consensus_point);
    key(b, &first, -1, "voices");
    cc_wbuf__uint(b, g->voices);
    key(b, &first, -1, "claims");
    cc_wbuf__putc(b, '[');
    for (uint32_t i = 0; i < g->count; i++) {
        const cc_checked_claim *cc = &r->claims[g->first + i];
        if (!cc->in_consensus)
            continue;
        if (!first_id)
            cc_wbuf__put(b, ", ", 2);
        first_id = 0;
        put_str(b, cc_claimset__str(r->set, r->set->claims[cc->claim].id));
    }
    cc_wbuf__put(b, "]}", 2);
}

static void put_related(cc_wbuf *b, const cc_report *r, const cc_group *g)
{
    cc_wbuf__putc(b, '[');
    for (uint32_t i = 0; i < g->link_count; i++) {
        const cc_group_link *l = &r->links[g->link_first + i];
        int first = 1;
        if (i)
            cc_wbuf__put(b, ", ", 2);
        cc_wbuf__putc(b, '{');
        key(b, &first, -1, "group");
        put_group_id(b, l->group);
        key(b, &first, -1, "relation");
        put_str_or_null(b, cc_writer__relation_name(l->relation));
        if (isfinite(l->gap)) {
            key(b, &first, -1, "gap");
            put_num(b, l->gap);
        }
        cc_wbuf__putc(b, '}');
    }
    cc_wbuf__putc(b, ']');
}

static cc_status put_group(cc_wbuf *b, const cc_report *r, size_t gi, cc_error *err)
{
    const cc_group *g = &r->groups[gi];
    int first = 1;
    cc_wbuf__put(b, "    {", 5);
    key(b, &first, 6, "id");
    put_group_id(b, gi);
    key(b, &first, 6, "key");
    put_key(b, r->set, g);
    key(b, &first, 6, "dimension");
    put_str_or_null(b, cc_dimension_name((cc_dimension)g->dimension));
    key(b, &first, 6, "unit");
    put_str(b, g->unit);
    key(b, &first, 6, "verdict");
    put_str_or_null(b, cc_verdict_name((cc_verdict)g->verdict));
    key(b, &first, 6, "consensus");
    put_consensus(b, r, g);
    key(b, &first, 6, "related");
    put_related(b, r, g);
    if (r->grouping && r->grouping[gi]) {
        key(b, &first, 6, "grouping");
        cc_wbuf__puts(b, r->grouping[gi]);
    }
    key(b, &first, 6, "claims");
    if (g->count == 0) {
        cc_wbuf__put(b, "[]", 2);
    } else {
        cc_wbuf__putc(b, '[');
        for (uint32_t i = 0; i < g->count; i++) {
            cc_status st;
            cc_wbuf__put(b, i ? ",\n        " : "\n        ", i ? 10 : 9);
            st = put_claim(b, r, g, &r->claims[g->first + i], err);
            if (st != CC_OK)
                return st;
        }
        cc_wbuf__put(b, "\n      ]", 8);
    }
    cc_wbuf__put(b, "\n    }", 6);
    return CC_OK;
}

static cc_status put_sources(cc_wbuf *b, const cc_report *r, cc_error *err)
{
    const cc_claimset *set = r->set;
    if (set->nsources == 0) {
        cc_wbuf__put(b, "[]", 2);
        return CC_OK;
    }
    cc_wbuf__putc(b, '[');
    for (size_t i = 0; i < set->nsources; i++) {
        const cc_source *s = &set->sources[i];
        cc_source_tally t = {0, 0, 0, 0, 0};
        int first = 1;
        if (r->tallies)
            t = r->tallies[i];
        cc_wbuf__put(b, i ? ",\n    {" : "\n    {", i ? 7 : 6);
        key(b, &first, -1, "id");
        put_str(b, cc_claimset__str(set, s->id));
        key(b, &first, -1, "name");
        put_str_or_null(b, s->name ? cc_claimset__str(set, s->name) : NULL);
        key(b, &first, -1, "claims");
        cc_wbuf__uint(b, t.claims);
        key(b, &first, -1, "agrees");
        cc_wbuf__uint(b, t.agrees);
        key(b, &first, -1, "contradicts");
        cc_wbuf__uint(b, t.contradicts);
        key(b, &first, -1, "minor_discrepancies");
        cc_wbuf__uint(b, t.minor);
        key(b, &first, -1, "unchecked");
        cc_wbuf__uint(b, t.unchecked);
        if (s->extra) {
            cc_status st = put_extra(b, cc_claimset__str(set, s->extra), source_fields,
                                     cc_claimset__str(set, s->id), err);
            if (st != CC_OK)
                return st;
        }
        cc_wbuf__putc(b, '}');
    }
    cc_wbuf__put(b, "\n  ]", 4);
    return CC_OK;
}

static void put_header(cc_wbuf *b, const cc_report *r)
{
    int first = 1, pfirst = 1;
    cc_wbuf__putc(b, '{');
    key(b, &first, 4, "version");
    cc_wbuf__putc(b, '1');
    key(b, &first, 4, "currency");
    put_str_or_null(b, r->currency);
    key(b, &first, 4, "fx_window_days");
    cc_wbuf__int(b, r->opts.fx_window_days);
    key(b, &first, 4, "lenient");
    cc_wbuf__puts(b, r->opts.lenient ? "true" : "false");
    key(b, &first, 4, "parameters");
    cc_wbuf__putc(b, '{');
    key(b, &pfirst, -1, "exact_rel");
    put_num(b, r->opts.exact_rel);
    key(b, &pfirst, -1, "approx_rel");
    put_num(b, r->opts.approx_rel);
    key(b, &pfirst, -1, "lenient_factor");
    put_num(b, r->opts.lenient_factor);
    key(b, &pfirst, -1, "minor_rel");
    put_num(b, r->opts.minor_rel);
    cc_wbuf__put(b, "}\n  }", 5);
}

static void put_summary(cc_wbuf *b, const cc_report *r)
{
    int first = 1;
    cc_wbuf__putc(b, '{');
    key(b, &first, 4, "claims");
    cc_wbuf__uint(b, r->nclaims);
    key(b, &first, 4, "sources");
    cc_wbuf__uint(b, r->set->nsources);
    key(b, &first, 4, "groups");
    cc_wbuf__uint(b, r->ngroups);
    key(b, &first, 4, "conflicts");
    cc_wbuf__uint(b, cc_writer__count_verdict(r, CC_VERDICT_CONFLICT));
    key(b, &first, 4, "splits");
    cc_wbuf__uint(b, cc_writer__count_verdict(r, CC_VERDICT_SPLIT));
    key(b, &first, 4, "contradictions");
    cc_wbuf__uint(b, r->contradictions);
    key(b, &first, 4, "minor_discrepancies");
    cc_wbuf__uint(b, r->minor);
    key(b, &first, 4, "unchecked");
    cc_wbuf__uint(b, r->unchecked);
    cc_wbuf__put(b, "\n  }", 4);
}

cc_status cc_writer__json(const cc_report *r, cc_wbuf *b, cc_error *err)
{
    cc_status st = CC_OK;
    cc_wbuf__put(b, "{\n  \"report\": ", 14);
    put_header(b, r);
    cc_wbuf__put(b, ",\n  \"groups\": ", 14);
    if (r->ngroups == 0) {
        cc_wbuf__put(b, "[]", 2);
    } else {
        cc_wbuf__putc(b, '[');
        for (size_t i = 0; i < r->ngroups; i++) {
            cc_wbuf__put(b, i ? ",\n" : "\n", i ? 2 : 1);
            st = put_group(b, r, i, err);
            if (st != CC_OK)
                goto done;
        }
        cc_wbuf__put(b, "\n  ]", 4);
    }
    cc_wbuf__put(b, ",\n  \"sources\": ", 15);
    st = put_sources(b, r, err);
    if (st != CC_OK)
        goto done;
    if (r->unmatched) {
        cc_wbuf__put(b, ",\n  \"unmatched\": ", 17);
        cc_wbuf__puts(b, r->unmatched);
    }
    cc_wbuf__put(b, ",\n  \"summary\": ", 15);
    put_summary(b, r);
    cc_wbuf__put(b, "\n}\n", 3);
done:
    return st;
}
