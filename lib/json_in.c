/*
 * json_in.c - read a claim set from claims JSON (DESIGN.md "Formats").
 *
 * The top level is walked with the structure scanner of json_locate.c and
 * each source and claim is parsed by jansson on its own, so that the DOM of
 * only one element is alive at a time: memory stays near the size of the
 * input plus the claim set. Positions of errors come from the scanner: the
 * element's offset is known, and a field's offset is found on demand.
 */
#include <jansson.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "claimset.h"
#include "common.h"
#include "json_locate.h"

#define JFLAGS (JSON_REJECT_DUPLICATES | JSON_DECODE_ANY)
#define TOKEN_MAX 64
#define NUM_MAX 64

typedef struct loader {
    const char *buf;
    size_t len;
    const char *name;
    cc_claimset *set;
    cc_error *err;
    size_t cur; /* running position for the claims' line/column */
    int line, column;
    char *scratch; /* reused buffer for the unknown fields' text */
    size_t scratch_len, scratch_cap;
} loader;

static const char *const source_fields[] = {"id", "name", "published", "lang", "url", NULL};
static const char *const claim_fields[] = {
    "id",   "source",   "subject", "measure",         "date", "scope",    "attributed_to",
    "text", "quantity", "lang",    "syndicated_from", "span", "sentence", NULL};

static cc_status fail_at(loader *ld, size_t off, cc_status code, const char *fmt, ...)
    CC_PRINTF(4, 5);

static cc_status fail_at(loader *ld, size_t off, cc_status code, const char *fmt, ...)
{
    char msg[CC_ERROR_MESSAGE_LENGTH];
    int line, column;
    va_list ap;

    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    cc_error__position(ld->buf, ld->len, off, &line, &column);
    return cc_error__set(ld->err, code, ld->name, line, column, (int64_t)off, "%s", msg);
}

/* Point an error already set by the claim model at byte `off`. */
static cc_status relocate(loader *ld, cc_status rc, size_t off)
{
    cc_error *e = ld->err;
    size_t n = strlen(ld->name);

    if (!e || e->code != (int)rc)
        return rc;
    cc_error__position(ld->buf, ld->len, off, &e->line, &e->column);
    e->offset = (int64_t)off;
    if (n >= sizeof e->source)
        n = sizeof e->source - 1;
    memcpy(e->source, ld->name, n);
    e->source[n] = '\0';
    return rc;
}

static const char *tok(char out[TOKEN_MAX], const char *s)
{
    cc_error__token(out, TOKEN_MAX, s, strlen(s));
    return out;
}

/* Advance the running line/column to byte `to` (claims come in order). */
static void advance(loader *ld, size_t to)
{
    for (size_t i = ld->cur; i < to; i++) {
        unsigned char ch = (unsigned char)ld->buf[i];
        if (ch == '\n') {
            ld->line++;
            ld->column = 1;
        } else if ((ch & 0xC0) != 0x80) {
            ld->column++;
        }
    }
    ld->cur = to;
}

/* The raw id of the claim object at `off`, if it is a string without
 * escapes; for naming a claim that jansson could not parse. */
static int raw_id(loader *ld, size_t off, char out[TOKEN_MAX])
{
    int64_t at = cc_json__member(ld->buf, ld->len, off, "id");
    size_t end;

    if (at < 0)
        return 0;
    end = cc_json__skip_string(ld->buf, ld->len, (size_t)at);
    if (end == CC_JSON_BAD || memchr(ld->buf + at, '\\', end - (size_t)at))
        return 0;
    cc_error__token(out, TOKEN_MAX, ld->buf + at + 1, end - (size_t)at - 2);
    return 1;
}

/* Translate a jansson error; `base` is where the parsed text started. */
static cc_status json_fail(loader *ld, size_t base, const json_error_t *je, const char *id)
{
    size_t off = base + (size_t)je->position;
    const char *near = strstr(je->text, " near '");
    cc_status code = CC_ESYNTAX;

    if (json_error_code(je) == json_error_numeric_overflow)
        code = CC_ERANGE;
    else if (json_error_code(je) == json_error_out_of_memory)
        code = CC_ENOMEM;
    if (off > ld->len)
        off = ld->len;
    if (near) {
        /* point at the start of the token jansson names */
        const char *t = near + 7;
        size_t tl = strlen(t);
        if (tl && t[tl - 1] == '\'')
            tl--;
        if (tl <= off - base && memcmp(ld->buf + off - tl, t, tl) == 0)
            off -= tl;
    }
    if (id)
        return fail_at(ld, off, code, "claim '%s': %s", id, je->text);
    return fail_at(ld, off, code, "%s", je->text);
}

/* Parse buf[start, end) with jansson. */
static json_t *parse_range(loader *ld, size_t start, size_t end, int claim, cc_status *rc)
{
    json_error_t je;
    json_t *v = json_loadb(ld->buf + start, end - start, JFLAGS, &je);
    char id[TOKEN_MAX];

    if (!v && json_error_code(&je) == json_error_numeric_overflow)
        /* an integer beyond 64 bits: as a double (values keep their digits
         * from the raw text anyway) */
        v = json_loadb(ld->buf + start, end - start, JFLAGS | JSON_DECODE_INT_AS_REAL, &je);
    if (!v)
        *rc = json_fail(ld, start, &je, claim && raw_id(ld, start, id) ? id : NULL);
    return v;
}

/* A structural error the scanner found at `off`: let jansson parse the
 * whole input for its exact message; if it accepts it, report ours. */
static cc_status whole_fail(loader *ld, size_t off, cc_status code, const char *what)
{
    json_error_t je;
    json_t *v = json_loadb(ld->buf, ld->len, JFLAGS | JSON_DECODE_INT_AS_REAL, &je);

    if (!v)
        return json_fail(ld, 0, &je, NULL);
    json_decref(v);
    return fail_at(ld, off, code, "%s", what);
}

/* Offset of a field's value in the object at `obj`, or `obj` if absent. */
static size_t field_at(loader *ld, size_t obj, const char *field)
{
    int64_t at = field ? cc_json__member(ld->buf, ld->len, obj, field) : -1;
    return at >= 0 ? (size_t)at : obj;
}

/* Who an error is about: "claim 'c1'" once the id is known, else "claims[3]". */
typedef struct who {
    const char *kind; /* "claim" or "source" */
    const char *id;   /* already a token (cc_error__token), or NULL */
    size_t index;
} who;

/* Read an optional string member: NULL for absent or null. */
static cc_status get_string(loader *ld, json_t *obj, size_t off, const char *field, const who *w,
                            const char **out)
{
    json_t *v = json_object_get(obj, field);

    *out = NULL;
    if (!v || json_is_null(v))
        return CC_OK;
    if (!json_is_string(v)) {
        if (w->id)
            return fail_at(ld, field_at(ld, off, field), CC_ESCHEMA,
                           "%s '%s': field '%s' must be a string", w->kind, w->id, field);
        return fail_at(ld, field_at(ld, off, field), CC_ESCHEMA,
                       "%ss[%zu]: field '%s' must be a string", w->kind, w->index, field);
    }
    *out = json_string_value(v);
    return CC_OK;
}

/* 1 if obj has a member whose name is not in `known`. */
static int has_unknown(json_t *obj, const char *const *known)
{
    const char *key;
    json_t *v;
    json_object_foreach(obj, key, v)
    {
        const char *const *n = known;
        while (*n && strcmp(*n, key) != 0)
            n++;
        if (!*n)
            return 1;
    }
    return 0;
}

/* Append raw JSON text to the scratch buffer without the white space
 * between tokens (the text was validated by jansson). */
static int append_compact(loader *ld, size_t from, size_t to)
{
    size_t need = ld->scratch_len + (to - from) + 2;
    if (cc__grow((void **)&ld->scratch, &ld->scratch_cap, need, 1) != 0)
        return -1;
    while (from < to) {
        char c = ld->buf[from];
        if (c == '"') {
            size_t e = cc_json__skip_string(ld->buf, to, from);
            if (e == CC_JSON_BAD)
                e = to;
            memcpy(ld->scratch + ld->scratch_len, ld->buf + from, e - from);
            ld->scratch_len += e - from;
            from = e;
            continue;
        }
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            ld->scratch[ld->scratch_len++] = c;
        from++;
    }
    return 0;
}

/* Keep the members of the object at `obj` whose names are not in `known`
 * as compact JSON in the pool, exactly as written (numbers, escapes). */
static cc_status keep_extra(loader *ld, size_t obj, const char *const *known, cc_sref *ref)
{
    cc_json_iter it;
    size_t k, ke, v, ve;

    *ref = 0;
    ld->scratch_len = 0;
    cc_json__iter_init(&it, ld->buf, ld->len, obj);
    while (cc_json__iter_next(&it, &k, &ke, &v, &ve) == 1) {
        const char *const *n = known;
        while (*n && !cc_json__key_eq(ld->buf, k, ke, *n))
            n++;
        if (*n)
            continue;
        if (cc__grow((void **)&ld->scratch, &ld->scratch_cap, ld->scratch_len + 2, 1) != 0)
            goto nomem;
        ld->scratch[ld->scratch_len] = ld->scratch_len ? ',' : '{';
        ld->scratch_len++;
        if (append_compact(ld, k, ke) != 0)
            goto nomem;
        ld->scratch[ld->scratch_len++] = ':';
        if (append_compact(ld, v, ve) != 0)
            goto nomem;
    }
    if (!ld->scratch_len)
        return CC_OK;
    ld->scratch[ld->scratch_len++] = '}';
    *ref = cc_strpool__add(&ld->set->strings, ld->scratch, ld->scratch_len);
    if (*ref)
        return CC_OK;
nomem:
    return cc_error__set(ld->err, CC_ENOMEM, ld->name, 0, 0, -1, "out of memory");
}

/* ------------------------------------------------------------------ */
/* Sources                                                             */
/* ------------------------------------------------------------------ */

static cc_status load_source(loader *ld, json_t *o, size_t off, size_t index)
{
    char t[TOKEN_MAX];
    const char *id, *name, *published, *lang, *url, *field = NULL;
    who w = {"source", NULL, index};
    cc_status rc;

    if (!json_is_object(o))
        return fail_at(ld, off, CC_ESCHEMA, "sources[%zu] must be an object", index);
    if ((rc = get_string(ld, o, off, "id", &w, &id)) != CC_OK)
        return rc;
    if (!id)
        return fail_at(ld, off, CC_ESCHEMA, "sources[%zu]: missing field 'id'", index);
    w.id = tok(t, id);
    if ((rc = get_string(ld, o, off, "name", &w, &name)) != CC_OK ||
        (rc = get_string(ld, o, off, "published", &w, &published)) != CC_OK ||
        (rc = get_string(ld, o, off, "lang", &w, &lang)) != CC_OK ||
        (rc = get_string(ld, o, off, "url", &w, &url)) != CC_OK)
        return rc;
    rc = cc_claimset__add_source(ld->set, id, name, published, lang, url, &field, ld->err);
    if (rc != CC_OK)
        return relocate(ld, rc, field_at(ld, off, field));
    if (!has_unknown(o, source_fields))
        return CC_OK;
    return keep_extra(ld, off, source_fields, &ld->set->sources[ld->set->nsources - 1].extra);
}

/* ------------------------------------------------------------------ */
/* Structured quantities                                               */
/* ------------------------------------------------------------------ */

typedef struct qctx {
    loader *ld;
    json_t *obj;
    size_t claim; /* the claim object */
    size_t off;   /* the quantity object, SIZE_MAX until needed */
    const char *id;
} qctx;

/* Offset of the quantity object (found on first use: errors, numbers). */
static size_t q_at(qctx *qc)
{
    if (qc->off == SIZE_MAX)
        qc->off = field_at(qc->ld, qc->claim, "quantity");
    return qc->off;
}

static int not_finite_word(const char *s)
{
    if (*s == '+' || *s == '-')
        s++;
    return cc__ascii_casecmp(s, "nan") == 0 || cc__ascii_casecmp(s, "inf") == 0 ||
           cc__ascii_casecmp(s, "infinity") == 0;
}

/* A numeric member as decimal text: a string as is, a number as written in
 * the input. *out is NULL when absent. */
static cc_status num_text(qctx *qc, const char *field, char buf[NUM_MAX], const char **out)
{
    loader *ld = qc->ld;
    json_t *v = json_object_get(qc->obj, field);
    size_t at;

    *out = NULL;
    if (!v || json_is_null(v))
        return CC_OK;
    at = field_at(ld, q_at(qc), field);
    if (json_is_string(v)) {
        *out = json_string_value(v);
    } else if (json_is_number(v)) {
        size_t end = cc_json__skip_value(ld->buf, ld->len, at);
        if (at != q_at(qc) && end != CC_JSON_BAD && end - at < NUM_MAX) {
            memcpy(buf, ld->buf + at, end - at);
            buf[end - at] = '\0';
        } else {
            snprintf(buf, NUM_MAX, "%.17g", json_number_value(v));
        }
        *out = buf;
    } else {
        return fail_at(ld, at, CC_ESCHEMA,
                       "claim '%s': field 'quantity.%s' must be a string or a number", qc->id,
                       field);
    }
    if (not_finite_word(*out)) {
        char t[TOKEN_MAX];
        return fail_at(ld, at, CC_ERANGE, "claim '%s': %s '%s' is not a finite number", qc->id,
                       field, tok(t, *out));
    }
    return CC_OK;
}

static cc_status load_quantity(loader *ld, json_t *obj, size_t claim_off, const char *id,
                               cc_quantity *q)
{
    char vbuf[NUM_MAX], lbuf[NUM_MAX], hbuf[NUM_MAX], sbuf[NUM_MAX], t[TOKEN_MAX];
    who w = {"claim", id, 0};
    const char *value, *low, *high, *scale, *unit, *hedge_name, *bad;
    qctx qc = {ld, obj, claim_off, SIZE_MAX, id};
    cc_hedge hedge = CC_HEDGE_EXACT;
    cc_error tmp;
    cc_status rc;

    if ((rc = num_text(&qc, "value", vbuf, &value)) != CC_OK ||
        (rc = num_text(&qc, "low", lbuf, &low)) != CC_OK ||
        (rc = num_text(&qc, "high", hbuf, &high)) != CC_OK ||
        (rc = num_text(&qc, "scale", sbuf, &scale)) != CC_OK)
        return rc;
    if ((rc = get_string(ld, obj, q_at(&qc), "unit", &w, &unit)) != CC_OK ||
        (rc = get_string(ld, obj, q_at(&qc), "hedge", &w, &hedge_name)) != CC_OK)
        return rc;
    if (value && (low || high))
        return fail_at(ld, field_at(ld, q_at(&qc), low ? "low" : "high"), CC_ESCHEMA,
                       "claim '%s': quantity has both 'value' and 'low'/'high'", id);
    if (!value && !low && !high)
        return fail_at(ld, q_at(&qc), CC_ESCHEMA, "claim '%s': quantity lacks 'value'", id);
    if (!value && (!low || !high))
        return fail_at(ld, field_at(ld, q_at(&qc), low ? "low" : "high"), CC_ESCHEMA,
                       "claim '%s': quantity lacks '%s'", id, low ? "high" : "low");
    if (hedge_name && cc_hedge_from_name(&hedge, hedge_name) != CC_OK)
        return fail_at(ld, field_at(ld, q_at(&qc), "hedge"), CC_ESCHEMA,
                       "claim '%s': unknown hedge '%s'", id, tok(t, hedge_name));
    if (!value) {
        if (hedge_name && hedge != CC_HEDGE_RANGE)
            return fail_at(ld, field_at(ld, q_at(&qc), "hedge"), CC_ESCHEMA,
                           "claim '%s': 'low'/'high' need hedge 'range', not '%s'", id,
                           tok(t, hedge_name));
        hedge = CC_HEDGE_RANGE;
        value = low;
    } else if (hedge == CC_HEDGE_RANGE) {
        return fail_at(ld, field_at(ld, q_at(&qc), "hedge"), CC_ESCHEMA,
                       "claim '%s': hedge 'range' needs 'low' and 'high'", id);
    }
    if (scale && *scale == '-')
        return fail_at(ld, field_at(ld, q_at(&qc), "scale"), CC_ERANGE,
                       "claim '%s': negative scale '%s'", id, tok(t, scale));
    if (!unit)
        unit = "count";
    if (cc_unit__dimension(unit) < 0)
        return fail_at(ld, field_at(ld, q_at(&qc), "unit"), CC_ECURRENCY,
                       "claim '%s': unknown unit '%s'", id, tok(t, unit));
    cc_error__clear(&tmp);
    memset(q, 0, sizeof *q);
    rc = cc_quantity__init(q, value, hedge == CC_HEDGE_RANGE ? high : NULL, scale, unit, hedge,
                           &tmp);
    if (rc == CC_OK)
        return CC_OK;
    /* point at the field the message is about */
    if (rc == CC_ECURRENCY)
        bad = "unit";
    else if (strstr(tmp.message, "scale"))
        bad = "scale";
    else if (low && high && strstr(tmp.message, high))
        bad = "high";
    else
        bad = low ? "low" : "value";
    return fail_at(ld, field_at(ld, q_at(&qc), bad), rc, "claim '%s': %s", id,
                   tmp.code ? tmp.message : cc_strerror(rc));
}

/* ------------------------------------------------------------------ */
/* Claims                                                              */
/* ------------------------------------------------------------------ */

static cc_status get_span(loader *ld, json_t *o, size_t off, const char *id, int64_t span[2])
{
    json_t *v = json_object_get(o, "span");

    span[0] = span[1] = -1;
    if (!v || json_is_null(v))
        return CC_OK;
    if (json_is_array(v) && json_array_size(v) == 2) {
        double a = json_number_value(json_array_get(v, 0));
        double b = json_number_value(json_array_get(v, 1));
        if (json_is_number(json_array_get(v, 0)) && json_is_number(json_array_get(v, 1)) &&
            a >= 0 && b >= a && b < 9.0e15 && a == (double)(int64_t)a && b == (double)(int64_t)b) {
            span[0] = (int64_t)a;
            span[1] = (int64_t)b;
            return CC_OK;
        }
    }
    return fail_at(ld, field_at(ld, off, "span"), CC_ESCHEMA,
                   "claim '%s': field 'span' must be [start, end] byte offsets", id);
}

static cc_status load_claim(loader *ld, json_t *o, size_t off, size_t index)
{
    static const char *const str_fields[] = {"source",          "subject",       "measure", "date",
                                             "scope",           "attributed_to", "text",    "lang",
                                             "syndicated_from", "sentence"};
    const char *strs[10], *id, *field = NULL;
    char t[TOKEN_MAX];
    who w = {"claim", NULL, index};
    cc_claim_fields f = CC_CLAIM_FIELDS_INIT;
    cc_quantity q;
    cc_claim *added = NULL;
    json_t *qv;
    int64_t span[2];
    cc_sref sentence = 0;
    cc_status rc;

    if (!json_is_object(o))
        return fail_at(ld, off, CC_ESCHEMA, "claims[%zu] must be an object", index);
    if ((rc = get_string(ld, o, off, "id", &w, &id)) != CC_OK)
        return rc;
    if (!id)
        return fail_at(ld, off, CC_ESCHEMA, "claims[%zu]: missing field 'id'", index);
    w.id = tok(t, id);
    for (int i = 0; i < 10; i++)
        if ((rc = get_string(ld, o, off, str_fields[i], &w, &strs[i])) != CC_OK)
            return rc;
    if ((rc = get_span(ld, o, off, t, span)) != CC_OK)
        return rc;
    f.id = id;
    f.source = strs[0];
    f.subject = strs[1];
    f.measure = strs[2];
    f.date = strs[3];
    f.scope = strs[4];
    f.attributed_to = strs[5];
    f.text = strs[6];
    f.lang = strs[7];
    f.syndicated_from = strs[8];
    qv = json_object_get(o, "quantity");
    memset(&q, 0, sizeof q);
    if (qv && !json_is_null(qv)) {
        if (!json_is_object(qv))
            return fail_at(ld, field_at(ld, off, "quantity"), CC_ESCHEMA,
                           "claim '%s': field 'quantity' must be an object", t);
        f.quantity = &q;
        /* with text as well, cc_claimset__add_fields() reports both */
        if (!f.text) {
            /* the claim's own fields are checked before its quantity */
            rc = cc_claimset__check(ld->set, &f, (uint32_t)ld->line, (uint32_t)ld->column, &field,
                                    ld->err);
            if (rc != CC_OK)
                return relocate(ld, rc, field_at(ld, off, field));
            if ((rc = load_quantity(ld, qv, off, t, &q)) != CC_OK)
                return rc;
        }
    }
    rc = cc_claimset__add_fields(ld->set, &f, (uint32_t)ld->line, (uint32_t)ld->column, &field,
                                 &added, ld->err);
    if (rc != CC_OK) {
        size_t at = field_at(ld, off, field);
        if (field && strcmp(field, "text") == 0 && ld->err && ld->err->offset >= 0)
            at = cc_json__string_offset(ld->buf, ld->len, at, (size_t)ld->err->offset);
        return relocate(ld, rc, at);
    }
    if (strs[9] && !(sentence = cc_strpool__add(&ld->set->strings, strs[9], strlen(strs[9]))))
        return cc_error__set(ld->err, CC_ENOMEM, ld->name, 0, 0, -1, "out of memory");
    added = &ld->set->claims[ld->set->nclaims - 1];
    added->sentence = sentence;
    added->span_start = span[0];
    added->span_end = span[1];
    if (!has_unknown(o, claim_fields))
        return CC_OK;
    return keep_extra(ld, off, claim_fields, &added->extra);
}

/* ------------------------------------------------------------------ */
/* The top level                                                       */
/* ------------------------------------------------------------------ */

/* Parse each element of the array at `at` with `each`. */
static cc_status load_array(loader *ld, size_t at, int claims)
{
    cc_json_iter it;
    size_t k, ke, v, ve;
    int r;
    cc_status rc = CC_OK;

    cc_json__iter_init(&it, ld->buf, ld->len, at);
    while ((r = cc_json__iter_next(&it, &k, &ke, &v, &ve)) == 1) {
        json_t *o = parse_range(ld, v, ve, claims, &rc);
        if (!o)
            return rc;
        if (claims) {
            advance(ld, v);
            rc = load_claim(ld, o, v, it.count - 1);
        } else {
            rc = load_source(ld, o, v, it.count - 1);
        }
        json_decref(o);
        if (rc != CC_OK)
            return rc;
    }
    if (r < 0)
        return whole_fail(ld, it.pos, CC_ESYNTAX, "malformed array");
    return CC_OK;
}

/* "claims" or "sources" must be an array (null for sources means none). */
static cc_status check_array(loader *ld, size_t v, size_t ve, const char *field, int *present)
{
    cc_status rc = CC_OK;
    json_t *j;

    *present = 1;
    if (ld->buf[v] == '[')
        return CC_OK;
    j = parse_range(ld, v, ve, 0, &rc);
    if (!j)
        return rc;
    if (json_is_null(j) && strcmp(field, "sources") == 0) {
        *present = 0;
        json_decref(j);
        return CC_OK;
    }
    json_decref(j);
    return fail_at(ld, v, CC_ESCHEMA, "field '%s' must be an array", field);
}

static cc_status load(loader *ld)
{
    static const char *const top_fields[] = {"claims", "sources", NULL};
    size_t pos = cc_json__skip_ws(ld->buf, ld->len, 0), k, ke, v, ve;
    size_t claims_at = 0, sources_at = 0, top;
    int seen_claims = 0, seen_sources = 0, have_sources = 0, r;
    json_t *keys = NULL; /* names of the unknown top-level members */
    cc_json_iter it;
    cc_status rc = CC_OK;

    if (pos >= ld->len)
        return fail_at(ld, pos, CC_ESYNTAX, "empty input");
    if (ld->buf[pos] != '{')
        return whole_fail(ld, pos, CC_ESCHEMA, "the top level must be an object");
    top = pos;
    cc_json__iter_init(&it, ld->buf, ld->len, pos);
    while ((r = cc_json__iter_next(&it, &k, &ke, &v, &ve)) == 1) {
        int is_claims = cc_json__key_eq(ld->buf, k, ke, "claims");
        int is_sources = !is_claims && cc_json__key_eq(ld->buf, k, ke, "sources");
        json_t *key = NULL, *val = NULL;
        if ((is_claims && seen_claims) || (is_sources && seen_sources)) {
            rc = whole_fail(ld, k, CC_ESYNTAX, "duplicate object key");
            goto done;
        }
        if (is_claims) {
            int present;
            if ((rc = check_array(ld, v, ve, "claims", &present)) != CC_OK)
                goto done;
            claims_at = v;
            seen_claims = 1;
            continue;
        }
        if (is_sources) {
            if ((rc = check_array(ld, v, ve, "sources", &have_sources)) != CC_OK)
                goto done;
            sources_at = v;
            seen_sources = 1;
            continue;
        }
        /* an unknown member: check its syntax now, keep its text later */
        if (!(key = parse_range(ld, k, ke, 0, &rc)) || !(val = parse_range(ld, v, ve, 0, &rc))) {
            json_decref(key);
            goto done;
        }
        json_decref(val);
        if (!keys && !(keys = json_object()))
            rc = cc_error__set(ld->err, CC_ENOMEM, ld->name, 0, 0, -1, "out of memory");
        else if (json_object_get(keys, json_string_value(key)))
            rc = whole_fail(ld, k, CC_ESYNTAX, "duplicate object key");
        else if (json_object_set_new(keys, json_string_value(key), json_null()) != 0)
            rc = cc_error__set(ld->err, CC_ENOMEM, ld->name, 0, 0, -1, "out of memory");
        json_decref(key);
        if (rc != CC_OK)
            goto done;
    }
    if (r < 0) {
        rc = whole_fail(ld, it.pos, CC_ESYNTAX, "malformed object");
        goto done;
    }
    pos = cc_json__skip_ws(ld->buf, ld->len, it.pos);
    if (pos < ld->len) {
        rc = whole_fail(ld, pos, CC_ESYNTAX, "end of file expected");
        goto done;
    }
    if (!seen_claims) {
        rc = fail_at(ld, top, CC_ESCHEMA, "missing field 'claims'");
        goto done;
    }
    if ((have_sources && (rc = load_array(ld, sources_at, 0)) != CC_OK) ||
        (rc = load_array(ld, claims_at, 1)) != CC_OK)
        goto done;
    if (keys && (rc = keep_extra(ld, top, top_fields, &ld->set->extra)) != CC_OK)
        goto done;
    {
        size_t bad = 0;
        rc = cc_claimset__resolve_at(ld->set, &bad, ld->err);
        if (rc != CC_OK) {
            int64_t at = cc_json__element(ld->buf, ld->len, claims_at, bad);
            rc = relocate(ld, rc, at < 0 ? claims_at : field_at(ld, (size_t)at, "syndicated_from"));
        }
    }
done:
    json_decref(keys);
    return rc;
}

cc_status cc_claimset_load_json(cc_claimset **out, const char *buf, size_t len, const char *name,
                                cc_error *err)
{
    cc_claimset *set = NULL;
    loader ld;
    cc_status rc;

    cc_error__clear(err);
    if (!out || (!buf && len))
        return cc_error__msg(err, CC_EINVAL, "null argument");
    *out = NULL;
    if (!name)
        name = "<string>";
    if ((rc = cc_claimset_new(&set, err)) != CC_OK)
        return rc;
    if (!(set->name = cc_strpool__add(&set->strings, name, strlen(name)))) {
        rc = cc_error__set(err, CC_ENOMEM, name, 0, 0, -1, "out of memory");
        goto done;
    }
    memset(&ld, 0, sizeof ld);
    ld.buf = buf ? buf : "";
    ld.len = len;
    ld.name = name;
    ld.set = set;
    ld.err = err;
    ld.line = 1;
    ld.column = 1;
    rc = load(&ld);
    free(ld.scratch);
    if (rc == CC_OK) {
        cc_claimset__shrink(set);
        *out = set;
        set = NULL;
    }
done:
    cc_claimset_free(set);
    return rc;
}

cc_status cc_claimset_load_file(cc_claimset **out, const char *path, cc_error *err)
{
    char *buf = NULL;
    size_t len = 0;
    cc_status rc;

    cc_error__clear(err);
    if (!out || !path)
        return cc_error__msg(err, CC_EINVAL, "null argument");
    *out = NULL;
    rc = cc__read_file(path, &buf, &len, err);
    if (rc == CC_OK)
        rc = cc_claimset_load_json(out, buf, len, strcmp(path, "-") == 0 ? "<stdin>" : path, err);
    free(buf);
    return rc;
}
