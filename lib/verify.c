/*
 * verify.c - one claim against the articles of a corpus: the claim's figure
 * and words are read like an article's; in each source the mention with
 * the same dimension, a figure within a factor of 2 (or on the open side
 * of a bound: "more than $60bn" for $500bn), the same day, the same
 * state of a change (the start or the end, cc_cluster__phase) and the
 * most similar words (TF-IDF over the corpus; the same figure needs fewer
 * of them) is its match; the match
 * supports the claim when their intervals meet (currencies converted with
 * the rates of the days around the claim's date), else contradicts it by
 * the gap.
 */
#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cluster.h"
#include "common.h"
#include "date.h"
#include "extract.h"
#include "quantity.h"
#include "run.h"

#define MATCH_MIN 0.08 /* least word similarity for a match */
#define SAME_MIN 0.05  /* least for a match of the same figure (within 2 %) */
#define MAG_MAX 2.0    /* largest factor between the claim's figure and a match */

typedef struct verdict {
    int64_t m; /* mention index in the corpus context, -1 = not found */
    double sim;
    const char *what; /* "supports", "supports_lenient", "minor_discrepancy", "contradicts",
                         "not_found", "unchecked" */
    double gap;       /* NAN if none */
    double low, high; /* the match's strict interval in the claim's unit */
} verdict;

static int meets(const cc_interval *a, const cc_interval *b)
{
    double lo = a->low > b->low ? a->low : b->low;
    double hi = a->high < b->high ? a->high : b->high;
    if (lo < hi)
        return 1;
    if (lo > hi)
        return 0;
    /* touching: both ends at that point must be included */
    return !((a->low == lo && a->low_open) || (b->low == lo && b->low_open) ||
             (a->high == hi && a->high_open) || (b->high == hi && b->high_open));
}

/* Compare the match q (of a source) with the claim cq. */
static void compare(verdict *v, const cc_quantity *cq, const cc_quantity *q, const cc_corpus *c,
                    const cc_rates *rates, int32_t date)
{
    cc_interval_params ip = {c->check.exact_rel, c->check.approx_rel, c->check.lenient_factor};
    cc_interval cs, cl, ms, ml;
    double flo = 1, fhi = 1, pc, pm, f = 1;
    cc_quantity__interval(cq, &ip, 0, &cs);
    cc_quantity__interval(cq, &ip, 1, &cl);
    cc_quantity__interval(q, &ip, 0, &ms);
    cc_quantity__interval(q, &ip, 1, &ml);
    if (strcmp(cq->unit, q->unit) != 0 && cq->dimension == CC_DIM_MEASURE) {
        /* "0.15 GW" for a claim in MW: a factor within one quantity (the
         * matches are of the claim's quantity) */
        cc_unit__convert_interval(&ms, q->unit, cq->unit);
        cc_unit__convert_interval(&ml, q->unit, cq->unit);
    } else if (strcmp(cq->unit, q->unit) != 0) {
        char d[11];
        if (cq->dimension != CC_DIM_CURRENCY || date == CC_NO_DATE) {
            v->what = "unchecked";
            return;
        }
        cc_date__format(date, d);
        if (cc_rates_convert(rates, 1.0, q->unit, cq->unit, d, c->check.fx_window_days, &flo, &fhi,
                             NULL, NULL, NULL) != CC_OK) {
            v->what = "unchecked";
            return;
        }
        ms.low *= ms.low < 0 ? fhi : flo;
        ms.high *= ms.high < 0 ? flo : fhi;
        ml.low *= ml.low < 0 ? fhi : flo;
        ml.high *= ml.high < 0 ? flo : fhi;
        f = (flo + fhi) / 2;
    }
    v->low = ms.low;
    v->high = ms.high;
    /* the gap between the figures as written ("bis zu 130 km/h": 130, not
     * the middle of 0-130), as check measures it */
    pc = cc_quantity__point(cq);
    pm = cq->dimension == CC_DIM_MEASURE
             ? cc_unit__convert(cc_quantity__point(q), q->unit, cq->unit)
             : cc_quantity__point(q) * f;
    v->gap = pc != 0 ? fabs(pm - pc) / fabs(pc) : (pm == 0 ? 0 : INFINITY);
    if (meets(&cs, &ms))
        v->what = "supports";
    else if (meets(&cl, &ml))
        v->what = "supports_lenient";
    else if (fabs(pm - pc) <= c->check.minor_rel * fmax(fabs(pm), fabs(pc)))
        v->what = "minor_discrepancy";
    else
        v->what = "contradicts";
}

static cc_status write_json(char **out, size_t *len, const cc_corpus *c, const char *claim,
                            size_t claim_len, const cc_quantity *cq, const verdict *v,
                            const cc_mref *refs, size_t *counts, cc_error *err)
{
    json_t *root = json_object(), *res = json_array(), *sum = json_object(), *cj;
    cc_interval iv;
    char *s = NULL;
    cc_status st = CC_ENOMEM;
    char value[CC_DIGITS_MAX + 16];
    cc_quantity__interval(cq, NULL, 0, &iv);
    /* the exact value as in the report format: "589e9" */
    if (cq->scale)
        snprintf(value, sizeof value, "%se%d", cq->digits, cq->scale);
    else
        snprintf(value, sizeof value, "%s", cq->digits);
    /* an unbounded end is null, as in the report */
    cj = json_pack("{s:s%, s:s, s:s, s:s, s:s, s:s, s:o, s:o}", "text", claim, claim_len, "value",
                   value, "digits", cq->digits, "unit", cq->unit, "hedge",
                   cc_hedge_name((cc_hedge)cq->hedge), "hedge_word", cq->hedge_word, "low",
                   isfinite(iv.low) ? json_real(iv.low) : json_null(), "high",
                   isfinite(iv.high) ? json_real(iv.high) : json_null());
    if (!root || !res || !sum || !cj)
        goto done;
    json_object_set_new(root, "claim", cj);
    for (size_t i = 0; i < c->n; i++) {
        const cc_extraction *x = c->a[i].x;
        json_t *o =
            json_pack("{s:s, s:s}", "source", cc_extraction_source(x), "verdict", v[i].what);
        if (!o || json_array_append_new(res, o) != 0)
            goto done;
        if (v[i].m >= 0) {
            const cc_run_article *a = &c->a[refs[v[i].m].article];
            const cc_xmention *xm = &a->x->m[refs[v[i].m].mention];
            json_object_set_new(o, "text", json_stringn(a->text + xm->start, xm->end - xm->start));
            json_object_set_new(o, "span",
                                json_pack("[I, I]", (json_int_t)xm->start, (json_int_t)xm->end));
            json_object_set_new(o, "sentence", json_stringn(a->text + xm->ss, xm->se - xm->ss));
            json_object_set_new(o, "similarity", json_real(v[i].sim));
            if (isfinite(v[i].low) && isfinite(v[i].high)) {
                json_object_set_new(o, "low", json_real(v[i].low));
                json_object_set_new(o, "high", json_real(v[i].high));
            }
            if (isfinite(v[i].gap))
                json_object_set_new(o, "gap", json_real(v[i].gap));
        }
    }
    json_object_set_new(root, "sources", res);
    res = NULL;
    json_object_set_new(sum, "supports", json_integer((json_int_t)counts[0]));
    json_object_set_new(sum, "contradicts", json_integer((json_int_t)counts[1]));
    json_object_set_new(sum, "not_found", json_integer((json_int_t)counts[2]));
    json_object_set_new(sum, "unchecked", json_integer((json_int_t)counts[3]));
    json_object_set_new(root, "summary", sum);
    sum = NULL;
    if (!(s = json_dumps(root, JSON_INDENT(2))))
        goto done;
    *len = strlen(s);
    if (!(*out = cc__malloc(*len + 2)))
        goto done;
    memcpy(*out, s, *len);
    (*out)[(*len)++] = '\n';
    (*out)[*len] = '\0';
    st = CC_OK;
done:
    free(s);
    json_decref(root);
    json_decref(res);
    json_decref(sum);
    return st == CC_OK ? st : cc_error__msg(err, st, "out of memory");
}

static cc_status write_text(char **out, size_t *len, const cc_corpus *c, const char *claim,
                            size_t claim_len, const cc_quantity *cq, const verdict *v,
                            const cc_mref *refs, const size_t *counts, cc_error *err)
{
    size_t cap = 512 + claim_len, n = 0;
    char *b;
    for (size_t i = 0; i < c->n; i++)
        cap += 600;
    if (!(b = cc__malloc(cap)))
        return cc_error__msg(err, CC_ENOMEM, "out of memory");
    /* the reading as `crosscheck parse` shows it: "589 x 1e9 USD, approx "rund"" */
    n += (size_t)snprintf(b + n, cap - n, "claim: %.*s\n  read as %s%s%s",
                          (int)(claim_len > 300 ? 300 : claim_len), claim, cq->digits,
                          cq->hedge == CC_HEDGE_RANGE ? ".." : "",
                          cq->hedge == CC_HEDGE_RANGE ? cq->digits_high : "");
    if (cq->scale)
        n += (size_t)snprintf(b + n, cap - n, " x 1e%d", cq->scale);
    n += (size_t)snprintf(b + n, cap - n, " %s, %s", cq->unit, cc_hedge_name((cc_hedge)cq->hedge));
    if (cq->hedge_word[0])
        n += (size_t)snprintf(b + n, cap - n, " \"%s\"", cq->hedge_word);
    n += (size_t)snprintf(b + n, cap - n, "\n\n");
    for (size_t i = 0; i < c->n; i++) {
        const char *src = cc_extraction_source(c->a[i].x);
        if (v[i].m < 0) {
            n += (size_t)snprintf(b + n, cap - n, "  ?  %-20.40s not found\n", src);
            continue;
        }
        {
            const cc_run_article *a = &c->a[refs[v[i].m].article];
            const cc_xmention *xm = &a->x->m[refs[v[i].m].mention];
            char shown[124];
            int k =
                (int)cc__one_line(a->text + xm->start, xm->end - xm->start, shown, sizeof shown);
            const char *mark = strcmp(v[i].what, "contradicts") == 0    ? "✗"
                               : strncmp(v[i].what, "supports", 8) == 0 ? "✓"
                                                                        : "~";
            n += (size_t)snprintf(b + n, cap - n, "  %s  %-20.40s %-18s \"%.*s\"", mark, src,
                                  v[i].what, k, shown);
            if (isfinite(v[i].gap) && strcmp(v[i].what, "supports") != 0)
                n += (size_t)snprintf(b + n, cap - n, "  gap %.1f %%", v[i].gap * 100);
            n += (size_t)snprintf(b + n, cap - n, "\n");
        }
    }
    n += (size_t)snprintf(b + n, cap - n, "\n%zu support, %zu contradict, %zu not found\n",
                          counts[0], counts[1], counts[2]);
    *out = b;
    *len = n < cap ? n : cap - 1;
    return CC_OK;
}

cc_status cc_verify(char **out, size_t *len, const cc_corpus *c, const char *claim,
                    size_t claim_len, const char *lang, cc_format format, size_t *contradictions,
                    cc_error *err)
{
    cc_extract_options xo = CC_EXTRACT_OPTIONS_INIT;
    cc_extraction *cx = NULL;
    cc_context *ctx = NULL;
    cc_cmention *ms = NULL;
    cc_mref *refs = NULL;
    cc_cterm *qv = NULL;
    cc_rates *own_rates = NULL;
    const cc_rates *rates;
    verdict *v = NULL;
    size_t n = 0, nq = 0, counts[4] = {0, 0, 0, 0}, found = 0, olen = 0;
    const cc_quantity *cq = NULL;
    const cc_xmention *cxm = NULL;
    int32_t published = CC_NO_DATE, date = CC_NO_DATE;
    cc_status st;
    cc_error__clear(err);
    if (!out || !c || !claim)
        return cc_error__msg(err, CC_EINVAL, "null argument");
    *out = NULL;
    if (format != CC_FORMAT_JSON && format != CC_FORMAT_TEXT)
        return cc_error__msg(err, CC_EINVAL, "unknown format %d", (int)format);
    for (size_t i = 0; i < c->n; i++) {
        const char *p = cc_extraction_published(c->a[i].x);
        int32_t d;
        if (p && cc_date__parse(p, strlen(p), &d) == 0 &&
            (published == CC_NO_DATE || d > published))
            published = d;
    }
    xo.lang = lang ? lang : (c->lang[0] ? c->lang : NULL);
    xo.source = "claim";
    xo.name = "<claim>";
    if ((st = cc_extract(&cx, claim, claim_len, &xo, err)) != CC_OK)
        goto done;
    for (size_t i = 0; i < cx->n; i++)
        if (cc_extract__checkable(&cx->m[i])) {
            found++;
            if (!cxm)
                cxm = &cx->m[i];
        }
    if (found != 1) {
        if (found)
            st = cc_error__set(err, CC_EQUANTITY, "<claim>", 0, 0, -1,
                               "the claim holds %zu figures; give exactly one", found);
        else
            st = cc_error__set(err, CC_EQUANTITY, "<claim>", 0, 0, -1, "the claim holds no figure");
        goto done;
    }
    cq = &cxm->q;
    if ((st = cc_run__context(c, &ctx, &ms, &refs, &n)) != CC_OK ||
        (st = cc_context__query(ctx, claim, claim_len, cc_extraction_lang(cx), published, &qv, &nq,
                                &date)) != CC_OK) {
        cc_error__msg(err, st, "out of memory");
        goto done;
    }
    rates = c->rates;
    if (!rates) {
        if ((st = cc_rates_new(&own_rates, err)) != CC_OK)
            goto done;
        rates = own_rates;
    }
    if (!(v = cc__calloc(c->n ? c->n : 1, sizeof *v))) {
        st = cc_error__msg(err, CC_ENOMEM, "out of memory");
        goto done;
    }
    for (size_t i = 0; i < c->n; i++) {
        v[i].m = -1;
        v[i].gap = NAN;
        v[i].low = v[i].high = NAN;
        v[i].what = "not_found";
    }
    {
        /* in the base unit of a physical claim, as the mentions' are */
        double cmag = fabs(cc_unit__to_base(cc_quantity__point(cq), cq->unit));
        int cphase = cc_cluster__phase(cxm->change, cxm->scope);
        int quantity = cq->dimension == CC_DIM_MEASURE ? cc_unit__quantity(cq->unit) : 0;
        for (size_t k = 0; k < n; k++) {
            const cc_cmention *m = &ms[k];
            double r, sim;
            verdict *vv = &v[m->source];
            int mphase = cc_cluster__phase(m->change, m->scope);
            if (m->dimension != cq->dimension || m->quantity != quantity || m->weak)
                continue;
            /* "sinkt auf 61" is the end of a change: not the start of one */
            if (cphase && mphase && mphase != cphase)
                continue;
            /* a forecast or an earlier period's figure is no evidence about
             * a claim that is neither ("Vorhergesagt waren bis zu 130 km/h"
             * against a gust of 148 km/h measured) */
            if (m->scope && !(cxm->scope && strcmp(m->scope, cxm->scope) == 0) &&
                (strcmp(m->scope, "forecast") == 0 || strcmp(m->scope, "prior_period") == 0))
                continue;
            r = m->mag > cmag ? m->mag / cmag : cmag / m->mag;
            /* a bound reaches every figure on its open side: "Tausende"
             * (at least 2,000) is a match for 5,000 */
            if (((m->hedge == CC_HEDGE_LOWER_INCL || m->hedge == CC_HEDGE_LOWER_STRICT) &&
                 cmag >= m->mag) ||
                ((m->hedge == CC_HEDGE_UPPER_INCL || m->hedge == CC_HEDGE_UPPER_STRICT) &&
                 cmag <= m->mag))
                r = 1;
            if (!(r <= MAG_MAX))
                continue;
            if (date != CC_NO_DATE && m->date != CC_NO_DATE && m->date != date)
                continue;
            sim = cc_context__query_similarity(ctx, qv, nq, k);
            /* the same figure needs fewer shared words: a German report of an
             * English claim shares names and concepts, rarely wording */
            if ((sim < MATCH_MIN && !(sim >= SAME_MIN && r <= 1.02)) ||
                (vv->m >= 0 && sim <= vv->sim))
                continue;
            vv->m = (int64_t)k;
            vv->sim = sim;
        }
    }
    for (size_t i = 0; i < c->n; i++) {
        if (v[i].m >= 0) {
            const cc_xmention *xm = &c->a[refs[v[i].m].article].x->m[refs[v[i].m].mention];
            compare(&v[i], cq, &xm->q, c, rates, date != CC_NO_DATE ? date : ms[v[i].m].published);
        }
        if (strncmp(v[i].what, "supports", 8) == 0 || strcmp(v[i].what, "minor_discrepancy") == 0)
            counts[0]++;
        else if (strcmp(v[i].what, "contradicts") == 0)
            counts[1]++;
        else if (strcmp(v[i].what, "not_found") == 0)
            counts[2]++;
        else
            counts[3]++;
    }
    if (contradictions)
        *contradictions = counts[1];
    st = format == CC_FORMAT_JSON
             ? write_json(out, &olen, c, claim, claim_len, cq, v, refs, counts, err)
             : write_text(out, &olen, c, claim, claim_len, cq, v, refs, counts, err);
    if (len)
        *len = olen;
done:
    free(v);
    free(qv);
    free(ms);
    free(refs);
    cc_context__free(ctx);
    cc_extraction_free(cx);
    cc_rates_free(own_rates);
    return st;
}
