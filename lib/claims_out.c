/*
 * claims_out.c - extractions written as claims JSON (DESIGN.md "Formats",
 * the input of `crosscheck check`), or as one line per mention for people.
 *
 * Each extraction is one source; each amount mention that is not weak is
 * one claim with its structured quantity (so that `check` reads exactly
 * what extraction read), the mention as written, its span and sentence,
 * and the context fields. Texts are cleaned of invalid UTF-8 and NUL
 * bytes (U+FFFD) before they go into JSON.
 */
#include <jansson.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/utf8.h>

#include "common.h"
#include "extract.h"
#include "lexicon.h"

/* A JSON string of t[a..b), with invalid UTF-8 and NULs as U+FFFD. */
static json_t *text_string(const char *t, size_t a, size_t b)
{
    size_t i = a, o = 0;
    char *buf;
    json_t *j;
    int clean = 1;

    while (i < b) {
        int32_t ii = 0, c;
        size_t n = b - i < 4 ? b - i : 4;
        if ((unsigned char)t[i] < 0x80) {
            if (t[i] == '\0')
                clean = 0;
            i++;
            continue;
        }
        U8_NEXT(t + i, ii, (int32_t)n, c);
        if (c < 0) {
            clean = 0;
            i++;
        } else {
            i += (size_t)ii;
        }
    }
    if (clean)
        return json_stringn(t + a, b - a);
    buf = cc__malloc(3 * (b - a) + 1);
    if (!buf)
        return NULL;
    for (i = a; i < b;) {
        int32_t ii = 0, c;
        size_t n = b - i < 4 ? b - i : 4;
        if ((unsigned char)t[i] < 0x80 && t[i] != '\0') {
            buf[o++] = t[i++];
            continue;
        }
        if (t[i] != '\0') {
            U8_NEXT(t + i, ii, (int32_t)n, c);
        } else {
            c = -1;
        }
        if (c < 0) {
            memcpy(buf + o, "\xEF\xBF\xBD", 3);
            o += 3;
            i++;
        } else {
            memcpy(buf + o, t + i, (size_t)ii);
            o += (size_t)ii;
            i += (size_t)ii;
        }
    }
    j = json_stringn(buf, o);
    free(buf);
    return j;
}

/* A phrase of the text as a JSON string, each run of white space one space
 * ("more\nthan" of a wrapped line is "more than"). */
static json_t *words_string(const char *t, size_t a, size_t b)
{
    char *buf = cc__malloc(b - a + 1);
    size_t o;
    json_t *j;
    if (!buf)
        return NULL;
    o = cc__one_line(t + a, b - a, buf, b - a + 1);
    j = text_string(buf, 0, o);
    free(buf);
    return j;
}

/* A decimal with a negative scale folded in: "25" and -2 -> "25e-2". */
static json_t *value_string(const char *digits, int scale)
{
    char buf[CC_DIGITS_MAX + 16];
    if (scale >= 0)
        return json_string(digits);
    snprintf(buf, sizeof buf, "%se%d", digits, scale);
    return json_string(buf);
}

static json_t *quantity_json(const cc_quantity *q)
{
    json_t *o = json_object();
    int scale = q->scale;
    int bad = 0;
    if (!o)
        return NULL;
    if (q->hedge == CC_HEDGE_RANGE) {
        bad |= json_object_set_new(o, "low", value_string(q->digits, scale));
        bad |= json_object_set_new(o, "high", value_string(q->digits_high, scale));
    } else {
        bad |= json_object_set_new(o, "value", value_string(q->digits, scale));
    }
    if (scale > 0) {
        char sc[16];
        snprintf(sc, sizeof sc, "1e%d", scale);
        bad |= json_object_set_new(o, "scale", json_string(sc));
    }
    bad |= json_object_set_new(o, "unit", json_string(q->unit));
    bad |= json_object_set_new(o, "hedge", json_string(cc_hedge_name((cc_hedge)q->hedge)));
    if (bad) {
        json_decref(o);
        return NULL;
    }
    return o;
}

/* A front-matter value or id as a JSON string; invalid UTF-8 becomes U+FFFD
 * (json_string() would refuse it, and that read as out of memory). */
static json_t *clean_string(const char *v)
{
    return text_string(v, 0, strlen(v));
}

static int set_str(json_t *o, const char *key, const char *v)
{
    return v ? json_object_set_new(o, key, clean_string(v)) : 0;
}

static json_t *claim_json(const cc_extraction *x, const cc_xmention *m, const char *t,
                          const char *src, size_t k, size_t link_k)
{
    json_t *o = json_object(), *span = json_array();
    char id[300];
    int bad = !o || !span;
    if (!bad) {
        snprintf(id, sizeof id, "%s-%zu", src, k);
        bad |= json_object_set_new(o, "id", clean_string(id));
        bad |= json_object_set_new(o, "source", clean_string(src));
        bad |= json_object_set_new(o, "quantity", quantity_json(&m->q));
        bad |= json_object_set_new(o, "mention", text_string(t, m->start, m->end));
        bad |= json_array_append_new(span, json_integer((json_int_t)m->start));
        bad |= json_array_append_new(span, json_integer((json_int_t)m->end));
        bad |= json_object_set_new(o, "span", span);
        span = NULL;
        bad |= json_object_set_new(o, "sentence", text_string(t, m->ss, m->se));
        bad |= set_str(o, "scope", m->scope);
        bad |= set_str(o, "attributed_to", m->attrib ? cc_strpool__get(&x->pool, m->attrib) : NULL);
        if (m->direction)
            bad |= set_str(o, "direction", m->direction > 0 ? "up" : "down");
        if (m->negated)
            bad |= json_object_set_new(o, "negated", json_true());
        if (m->he > m->hs)
            bad |= json_object_set_new(o, "hedge_word", words_string(t, m->hs, m->he));
        if (m->pe > m->ps)
            bad |= json_object_set_new(o, "per", words_string(t, m->ps, m->pe));
        bad |= set_str(o, "period", cc_lexicon__period_name(m->period));
        bad |= set_str(o, "kind", cc_mention_kind_name((cc_mention_kind)m->kind));
        if (m->ambiguous)
            bad |= json_object_set_new(o, "ambiguous", json_true());
        if (m->change)
            bad |= set_str(o, "change", m->change == 1 ? "from" : "to");
        if (m->change && link_k) {
            snprintf(id, sizeof id, "%s-%zu", src, link_k);
            bad |= json_object_set_new(o, "linked_to", clean_string(id));
        }
    }
    json_decref(span);
    if (bad) {
        json_decref(o);
        return NULL;
    }
    return o;
}

static const char *sref(const cc_extraction *x, cc_sref r)
{
    return r ? cc_strpool__get(&x->pool, r) : NULL;
}

/* The output: in memory whole, or handed to a sink in pieces of about
 * SINK_CHUNK bytes. A failure (out of memory, or the sink's) stops all
 * further output. */
#define SINK_CHUNK 65536

typedef struct buf {
    char *p;
    size_t n, cap;
    cc_status failed; /* CC_OK, CC_ENOMEM or CC_EIO */
    cc_write_fn sink; /* NULL: keep the whole output in p */
    void *ctx;
} buf;

static void flush(buf *b)
{
    if (!b->sink)
        return;
    if (b->n && !b->failed && b->sink(b->p, b->n, b->ctx) != 0)
        b->failed = CC_EIO;
    b->n = 0;
}

static void put(buf *b, const char *s, size_t n)
{
    if (b->failed)
        return;
    if (cc__grow((void **)&b->p, &b->cap, b->n + n + 1, 1) != 0) {
        b->failed = CC_ENOMEM;
        return;
    }
    memcpy(b->p + b->n, s, n);
    b->n += n;
    b->p[b->n] = '\0';
    if (b->sink && b->n >= SINK_CHUNK)
        flush(b);
}

static void put_str(buf *b, const char *s)
{
    put(b, s, strlen(s));
}

static void putf(buf *b, const char *fmt, ...) CC_PRINTF(2, 3);
static void putf(buf *b, const char *fmt, ...)
{
    char tmp[512];
    va_list ap;
    int n;
    va_start(ap, fmt);
    n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n > 0)
        put(b, tmp, (size_t)n < sizeof tmp ? (size_t)n : sizeof tmp - 1);
}

/* Object o as jansson writes it at depth 2 of the document ("    {" ...),
 * each line indented by four spaces more; then o is released. JSON strings
 * hold no raw line breaks, so every '\n' of the dump starts a line. */
static void put_nested(buf *b, json_t *o)
{
    char *s = o ? json_dumps(o, JSON_INDENT(2) | JSON_PRESERVE_ORDER) : NULL;
    json_decref(o);
    if (!s) {
        if (!b->failed)
            b->failed = CC_ENOMEM;
        return;
    }
    put(b, "    ", 4);
    for (const char *p = s, *nl; *p; p = nl + 1) {
        nl = strchr(p, '\n');
        if (!nl) {
            put(b, p, strlen(p));
            break;
        }
        put(b, p, (size_t)(nl - p) + 1);
        put(b, "    ", 4);
    }
    free(s);
}

static json_t *source_json(const cc_extraction *x)
{
    json_t *so = json_object();
    if (!so || json_object_set_new(so, "id", clean_string(sref(x, x->source))) ||
        set_str(so, "name", sref(x, x->name)) || set_str(so, "published", sref(x, x->published)) ||
        set_str(so, "lang", x->lang) || set_str(so, "url", sref(x, x->url))) {
        json_decref(so);
        return NULL;
    }
    return so;
}

/* The claims document, written one object at a time: a tree of the whole
 * document would take some kilobytes per claim, and a large article has
 * millions (the layout is json_dumps()'s, with an indent of 2). */
static void write_json(const cc_extraction *const *xs, const char *const *texts, size_t n, buf *out)
{
    buf b = *out;
    size_t claims = 0;

    put_str(&b, "{\n  \"sources\": [");
    for (size_t f = 0; f < n; f++) {
        put_str(&b, f ? ",\n" : "\n");
        put_nested(&b, source_json(xs[f]));
    }
    put_str(&b, n ? "\n  ],\n  \"claims\": [" : "],\n  \"claims\": [");
    for (size_t f = 0; f < n && !b.failed; f++) {
        const cc_extraction *x = xs[f];
        size_t k = 0;
        for (size_t i = 0; i < x->n && !b.failed; i++) {
            const cc_xmention *m = &x->m[i];
            size_t link_k = 0;
            if (!cc_extract__checkable(m) || (m->weak && m->kind == CC_MENTION_AMOUNT))
                continue;
            ++k;
            /* the linked figure stands next to it and is never weak; a
             * level without a start ("stieg auf 2,5 Prozent") has no link */
            if (m->change && m->link != SIZE_MAX)
                link_k = m->link > i ? k + 1 : k - 1;
            put_str(&b, claims++ ? ",\n" : "\n");
            put_nested(&b, claim_json(x, m, texts[f], sref(x, x->source), k, link_k));
        }
    }
    put_str(&b, claims ? "\n  ]\n}\n" : "]\n}\n");
    *out = b;
}

/* ------------------------------------------------------------------ */
/* Text: one line per mention                                          */
/* ------------------------------------------------------------------ */

/* The text of a span on one line: controls and invalid bytes as '?'. */
static void put_clean(buf *b, const char *t, size_t a, size_t e)
{
    for (size_t i = a; i < e;) {
        unsigned char c = (unsigned char)t[i];
        if (c < 0x20 || c == 0x7F) {
            put(b, c == '\n' || c == '\t' || c == '\r' ? " " : "?", 1);
            i++;
        } else if (c < 0x80) {
            put(b, t + i, 1);
            i++;
        } else {
            int32_t ii = 0, cp;
            size_t n = e - i < 4 ? e - i : 4;
            U8_NEXT(t + i, ii, (int32_t)n, cp);
            if (cp < 0) {
                put(b, "?", 1);
                i++;
            } else {
                put(b, t + i, (size_t)ii);
                i += (size_t)ii;
            }
        }
    }
}

static void write_text(const cc_extraction *const *xs, const char *const *texts, const size_t *lens,
                       size_t n, buf *out)
{
    buf b = *out;
    for (size_t f = 0; f < n; f++) {
        const cc_extraction *x = xs[f];
        const char *t = texts[f];
        size_t line = 1, col = 1, at = 0;
        putf(&b, "# %s (%s): %zu mention%s\n", sref(x, x->source), x->lang, x->n,
             x->n == 1 ? "" : "s");
        for (size_t i = 0; i < x->n; i++) {
            const cc_xmention *m = &x->m[i];
            const cc_quantity *q = &m->q;
            /* line and column, counted on from the previous mention */
            for (; at < m->start && at < lens[f]; at++) {
                if (t[at] == '\n') {
                    line++;
                    col = 1;
                } else if (((unsigned char)t[at] & 0xC0) != 0x80) {
                    col++;
                }
            }
            putf(&b, "%zu:%zu\t%s\t", line, col, cc_mention_kind_name((cc_mention_kind)m->kind));
            if (m->kind == CC_MENTION_AMOUNT || m->kind == CC_MENTION_PHYSICAL) {
                /* a physical quantity is read like an amount (its unit,
                 * "count" here, is written as unit_text= below) */
                putf(&b, "%s", q->digits);
                if (q->hedge == CC_HEDGE_RANGE)
                    putf(&b, "..%s", q->digits_high);
                if (q->scale)
                    putf(&b, "e%d", q->scale);
                putf(&b, " %s %s", q->unit, cc_hedge_name((cc_hedge)q->hedge));
            }
            put(&b, "\t\"", 2);
            put_clean(&b, t, m->start, m->end);
            put(&b, "\"", 1);
            if (m->kind == CC_MENTION_PHYSICAL && m->ue > m->us) {
                put(&b, " unit_text=\"", 12);
                put_clean(&b, t, m->us, m->ue);
                put(&b, "\"", 1);
            }
            if (m->pe > m->ps) {
                put(&b, " per=\"", 6);
                put_clean(&b, t, m->ps, m->pe);
                put(&b, "\"", 1);
            }
            if (m->period) {
                const char *pn = cc_lexicon__period_name(m->period);
                put(&b, " period=", 8);
                put(&b, pn, strlen(pn));
            }
            if (!cc_extract__checkable(m)) {
                put(&b, "\n", 1);
                continue; /* no claim: its context is not shown */
            }
            if (m->scope)
                putf(&b, " scope=%s", m->scope);
            if (m->attrib)
                putf(&b, " attributed_to=%s", cc_strpool__get(&x->pool, m->attrib));
            if (m->direction)
                putf(&b, " direction=%s", m->direction > 0 ? "up" : "down");
            if (m->negated)
                put(&b, " negated", 8);
            if (m->ambiguous)
                put(&b, " ambiguous", 10);
            if (m->weak && m->kind == CC_MENTION_AMOUNT)
                put(&b, " weak", 5);
            if (m->change)
                put(&b, m->change == 1 ? " change=from" : " change=to", m->change == 1 ? 12 : 10);
            put(&b, "\n", 1);
        }
    }
    *out = b;
}

/* Checks the arguments and writes into b; b->failed on failure. */
static cc_status write_any(const cc_extraction *const *xs, const char *const *texts,
                           const size_t *lens, size_t n, cc_format format, buf *b, cc_error *err)
{
    if (n && (!xs || !texts || !lens))
        return cc_error__msg(err, CC_EINVAL, "extractions or texts are null");
    for (size_t i = 0; i < n; i++)
        if (!xs[i] || !texts[i])
            return cc_error__msg(err, CC_EINVAL, "extraction %zu is null", i);
    for (size_t f = 0; format == CC_FORMAT_JSON && f < n; f++)
        for (size_t g = 0; g < f; g++)
            if (strcmp(sref(xs[g], xs[g]->source), sref(xs[f], xs[f]->source)) == 0)
                return cc_error__msg(err, CC_ESCHEMA, "two articles have the source id '%s'",
                                     sref(xs[f], xs[f]->source));
    if (format == CC_FORMAT_JSON)
        write_json(xs, texts, n, b);
    else if (format == CC_FORMAT_TEXT)
        write_text(xs, texts, lens, n, b);
    else
        return cc_error__msg(err, CC_EINVAL, "unknown format %d", (int)format);
    flush(b);
    if (b->failed == CC_ENOMEM)
        return cc_error__msg(err, CC_ENOMEM, "out of memory");
    if (b->failed)
        return cc_error__msg(err, b->failed, "the output could not be written");
    return CC_OK;
}

cc_status cc_extraction_write(const cc_extraction *const *xs, const char *const *texts,
                              const size_t *lens, size_t n, cc_format format, char **out,
                              size_t *len, cc_error *err)
{
    buf b = {NULL, 0, 0, CC_OK, NULL, NULL};
    cc_status rc;
    size_t dummy;
    cc_error__clear(err);
    if (!out)
        return cc_error__msg(err, CC_EINVAL, "out is null");
    *out = NULL;
    if (!len)
        len = &dummy;
    *len = 0;
    put(&b, "", 0); /* no mention and no source: an empty string, not NULL */
    if ((rc = write_any(xs, texts, lens, n, format, &b, err)) != CC_OK) {
        free(b.p);
        return rc;
    }
    *out = b.p;
    *len = b.n;
    return CC_OK;
}

cc_status cc_extraction_write_to(const cc_extraction *const *xs, const char *const *texts,
                                 const size_t *lens, size_t n, cc_format format, cc_write_fn write,
                                 void *ctx, cc_error *err)
{
    buf b = {NULL, 0, 0, CC_OK, write, ctx};
    cc_status rc;
    cc_error__clear(err);
    if (!write)
        return cc_error__msg(err, CC_EINVAL, "write is null");
    rc = write_any(xs, texts, lens, n, format, &b, err);
    free(b.p);
    return rc;
}
