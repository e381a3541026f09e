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

static cc_status write_json(const cc_extraction *const *xs, const char *const *texts, size_t n,
                            char **out, size_t *len, cc_error *err)
{
    json_t *root = json_object(), *sources = json_array(), *claims = json_array();
    cc_status rc = CC_OK;
    char *s = NULL;

    if (!root || !sources || !claims)
        goto oom;
    for (size_t f = 0; f < n; f++) {
        const cc_extraction *x = xs[f];
        const char *src = sref(x, x->source);
        json_t *so = json_object();
        size_t k = 0;
        for (size_t g = 0; g < f; g++) {
            if (strcmp(sref(xs[g], xs[g]->source), src) == 0) {
                json_decref(so);
                rc = cc_error__msg(err, CC_ESCHEMA, "two articles have the source id '%s'", src);
                goto done;
            }
        }
        if (!so || json_array_append_new(sources, so) != 0)
            goto oom;
        if (json_object_set_new(so, "id", clean_string(src)) ||
            set_str(so, "name", sref(x, x->name)) ||
            set_str(so, "published", sref(x, x->published)) || set_str(so, "lang", x->lang) ||
            set_str(so, "url", sref(x, x->url)))
            goto oom;
        for (size_t i = 0; i < x->n; i++) {
            const cc_xmention *m = &x->m[i];
            json_t *c;
            size_t link_k = 0;
            if (!cc_extract__checkable(m) || (m->weak && m->kind == CC_MENTION_AMOUNT))
                continue;
            ++k;
            /* the linked figure stands next to it and is never weak; a
             * level without a start ("stieg auf 2,5 Prozent") has no link */
            if (m->change && m->link != SIZE_MAX)
                link_k = m->link > i ? k + 1 : k - 1;
            c = claim_json(x, m, texts[f], src, k, link_k);
            if (!c || json_array_append_new(claims, c) != 0)
                goto oom;
        }
    }
    if (json_object_set_new(root, "sources", sources) != 0) {
        sources = NULL;
        goto oom;
    }
    sources = NULL;
    if (json_object_set_new(root, "claims", claims) != 0) {
        claims = NULL;
        goto oom;
    }
    claims = NULL;
    s = json_dumps(root, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
    if (!s)
        goto oom;
    *len = strlen(s);
    *out = cc__malloc(*len + 2);
    if (!*out)
        goto oom;
    memcpy(*out, s, *len);
    (*out)[(*len)++] = '\n';
    (*out)[*len] = '\0';
    goto done;
oom:
    rc = cc_error__msg(err, CC_ENOMEM, "out of memory");
done:
    free(s);
    json_decref(root);
    json_decref(sources);
    json_decref(claims);
    return rc;
}

/* ------------------------------------------------------------------ */
/* Text: one line per mention                                          */
/* ------------------------------------------------------------------ */

typedef struct buf {
    char *p;
    size_t n, cap;
    int oom;
} buf;

static void put(buf *b, const char *s, size_t n)
{
    if (b->oom)
        return;
    if (cc__grow((void **)&b->p, &b->cap, b->n + n + 1, 1) != 0) {
        b->oom = 1;
        return;
    }
    memcpy(b->p + b->n, s, n);
    b->n += n;
    b->p[b->n] = '\0';
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

static cc_status write_text(const cc_extraction *const *xs, const char *const *texts,
                            const size_t *lens, size_t n, char **out, size_t *len, cc_error *err)
{
    buf b = {NULL, 0, 0, 0};
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
    if (b.oom || !b.p) {
        free(b.p);
        if (!b.oom) {
            *out = cc__calloc(1, 1);
            *len = 0;
            return *out ? CC_OK : cc_error__msg(err, CC_ENOMEM, "out of memory");
        }
        return cc_error__msg(err, CC_ENOMEM, "out of memory");
    }
    *out = b.p;
    *len = b.n;
    return CC_OK;
}

cc_status cc_extraction_write(const cc_extraction *const *xs, const char *const *texts,
                              const size_t *lens, size_t n, cc_format format, char **out,
                              size_t *len, cc_error *err)
{
    size_t dummy;
    cc_error__clear(err);
    if (!out || (n && (!xs || !texts || !lens)))
        return cc_error__msg(err, CC_EINVAL, "out, extractions or texts are null");
    *out = NULL;
    if (!len)
        len = &dummy;
    for (size_t i = 0; i < n; i++)
        if (!xs[i] || !texts[i])
            return cc_error__msg(err, CC_EINVAL, "extraction %zu is null", i);
    if (format == CC_FORMAT_JSON)
        return write_json(xs, texts, n, out, len, err);
    if (format == CC_FORMAT_TEXT)
        return write_text(xs, texts, lens, n, out, len, err);
    return cc_error__msg(err, CC_EINVAL, "unknown format %d", (int)format);
}
