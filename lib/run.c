/*
 * run.c - from articles to a cross-source report: a corpus of extracted
 * articles, cc_run() (context, clustering, claim set, check) and the report
 * additions (grouping explanations, unmatched figures). cc_verify() is in
 * verify.c.
 */
#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "claimset.h"
#include "cluster.h"
#include "common.h"
#include "context.h"
#include "date.h"
#include "extract.h"
#include "linewrap.h"
#include "rates.h"
#include "report.h"
#include "run.h"

cc_status cc_run_options_init(cc_run_options *opts, unsigned int version)
{
    static const cc_run_options init = CC_RUN_OPTIONS_INIT;
    if (!opts || version != CC_RUN_OPTIONS_VERSION)
        return CC_EINVAL;
    *opts = init;
    return CC_OK;
}

cc_status cc_corpus_new(cc_corpus **out, const cc_run_options *opts, cc_error *err)
{
    cc_corpus *c;
    char tag[8];
    cc_error__clear(err);
    if (!out)
        return cc_error__msg(err, CC_EINVAL, "null argument");
    *out = NULL;
    if (opts && opts->version != CC_RUN_OPTIONS_VERSION)
        return cc_error__msg(err, CC_EINVAL, "unknown cc_run_options version %u", opts->version);
    if (opts && opts->lang && cc_claimset__lang(opts->lang, tag) != 0)
        return cc_error__msg(err, CC_ELANG, "unsupported language '%s'", opts->lang);
    if (!(c = cc__calloc(1, sizeof *c)))
        return cc_error__msg(err, CC_ENOMEM, "out of memory");
    if (cc_check_options_init(&c->check, CC_CHECK_OPTIONS_VERSION) != CC_OK) {
        free(c);
        return cc_error__msg(err, CC_EINTERNAL, "check options");
    }
    if (opts) {
        if (opts->lang && strcmp(opts->lang, "auto") != 0)
            snprintf(c->lang, sizeof c->lang, "%s", tag);
        if (opts->check)
            c->check = *opts->check;
        c->rates = opts->rates;
    }
    *out = c;
    return CC_OK;
}

void cc_corpus_free(cc_corpus *c)
{
    if (!c)
        return;
    for (size_t i = 0; i < c->n; i++) {
        cc_extraction_free(c->a[i].x);
        free(c->a[i].text);
    }
    free(c->a);
    free(c->src_slots);
    free(c);
}

size_t cc_corpus_article_count(const cc_corpus *c)
{
    return c ? c->n : 0;
}

/* The slot of source id `src` in the corpus's source set: the slot holding
 * it, or the empty slot where it belongs. The set must have room. */
static size_t source_slot(const cc_corpus *c, const char *src)
{
    size_t h = (size_t)cc__hash(src, strlen(src)) & (c->nslots - 1);
    while (c->src_slots[h] && strcmp(cc_extraction_source(c->a[c->src_slots[h] - 1].x), src) != 0)
        h = (h + 1) & (c->nslots - 1);
    return h;
}

/* Room in the source set for one more article: rehash at half full. */
static int source_room(cc_corpus *c)
{
    size_t ns;
    uint32_t *old = c->src_slots;
    size_t nold = c->nslots;
    if ((c->n + 1) * 2 <= c->nslots)
        return 0;
    ns = c->nslots ? c->nslots * 2 : 64;
    if (!(c->src_slots = cc__calloc(ns, sizeof *c->src_slots))) {
        c->src_slots = old;
        return -1;
    }
    c->nslots = ns;
    for (size_t i = 0; i < nold; i++)
        if (old[i])
            c->src_slots[source_slot(c, cc_extraction_source(c->a[old[i] - 1].x))] = old[i];
    free(old);
    return 0;
}

/* Add an article with metadata given outside the text (JSON input). */
static cc_status add_article(cc_corpus *c, const char *text, size_t len, const char *name,
                             const char *source, const char *published, const char *lang,
                             cc_error *err)
{
    cc_extract_options xo = CC_EXTRACT_OPTIONS_INIT;
    cc_run_article *a;
    cc_status st;
    size_t body = 0, slot;
    cc_article_meta meta;
    if (!name)
        name = "<string>";
    if (cc__grow((void **)&c->a, &c->cap, c->n + 1, sizeof *c->a) != 0 || source_room(c) != 0)
        return cc_error__msg(err, CC_ENOMEM, "out of memory");
    a = &c->a[c->n];
    memset(a, 0, sizeof *a);
    if (!(a->text = cc__malloc(len + 1)))
        return cc_error__msg(err, CC_ENOMEM, "out of memory");
    memcpy(a->text, text, len);
    a->text[len] = '\0';
    a->len = len;
    xo.lang = lang ? lang : (c->lang[0] ? c->lang : NULL);
    xo.source = source;
    xo.published = published;
    xo.name = name;
    if ((st = cc_article__front_matter(a->text, len, &meta, &body, name, err)) != CC_OK)
        goto fail;
    a->body = body;
    {
        size_t i = body;
        while (i < len && (a->text[i] == ' ' || a->text[i] == '\t' || a->text[i] == '\n' ||
                           a->text[i] == '\r'))
            i++;
        if (i == len) {
            st = cc_error__set(err, CC_ESYNTAX, name, 0, 0, -1, "empty article");
            goto fail;
        }
    }
    if ((st = cc_extract(&a->x, a->text, len, &xo, err)) != CC_OK)
        goto fail;
    if (cc_extraction_warning_count(a->x) > 0) {
        int64_t off = 0;
        int line = 0, col = 0;
        const char *msg = cc_extraction_warning(a->x, 0, &off);
        cc_error__position(a->text, len, (size_t)off, &line, &col);
        st = cc_error__set(err, CC_ESYNTAX, name, line, col, off, "%s", msg);
        goto fail;
    }
    slot = source_slot(c, cc_extraction_source(a->x));
    if (c->src_slots[slot]) {
        st = cc_error__set(err, CC_ESCHEMA, name, 0, 0, -1,
                           "source '%s' is already in the corpus (from another article)",
                           cc_extraction_source(a->x));
        goto fail;
    }
    c->src_slots[slot] = (uint32_t)c->n + 1;
    c->n++;
    return CC_OK;
fail:
    cc_extraction_free(a->x);
    free(a->text);
    memset(a, 0, sizeof *a);
    return st;
}

cc_status cc_corpus_add_article(cc_corpus *c, const char *text, size_t len, const char *name,
                                cc_error *err)
{
    cc_error__clear(err);
    if (!c || (!text && len))
        return cc_error__msg(err, CC_EINVAL, "null argument");
    return add_article(c, text ? text : "", len, name, NULL, NULL, NULL, err);
}

static const char *jstr(json_t *o, const char *k)
{
    json_t *v = json_object_get(o, k);
    return json_is_string(v) ? json_string_value(v) : NULL;
}

cc_status cc_corpus_add_json(cc_corpus *c, const char *buf, size_t len, const char *name,
                             cc_error *err)
{
    json_error_t je;
    json_t *root = NULL, *item;
    size_t i;
    cc_status st = CC_OK;
    cc_error__clear(err);
    if (!c || !buf)
        return cc_error__msg(err, CC_EINVAL, "null argument");
    if (!name)
        name = "<string>";
    root = json_loadb(buf, len, JSON_REJECT_DUPLICATES, &je);
    if (!root)
        return cc_error__set(err, CC_ESYNTAX, name, je.line, je.column, je.position, "%s", je.text);
    if (!json_is_array(root)) {
        st = cc_error__set(err, CC_ESCHEMA, name, 1, 1, 0, "expected an array of articles");
        goto done;
    }
    json_array_foreach(root, i, item)
    {
        json_t *t = json_object_get(item, "text");
        char where[300];
        if (!json_is_object(item) || !json_is_string(t)) {
            st = cc_error__set(err, CC_ESCHEMA, name, 0, 0, -1,
                               "article %zu: expected an object with a string 'text'", i + 1);
            goto done;
        }
        snprintf(where, sizeof where, "%s[%zu]", name, i + 1);
        st = add_article(c, json_string_value(t), json_string_length(t),
                         jstr(item, "name") ? jstr(item, "name") : where, jstr(item, "source"),
                         jstr(item, "published"), jstr(item, "lang"), err);
        if (st != CC_OK)
            goto done;
    }
done:
    json_decref(root);
    return st;
}

/* ---- where a mention stands ---- */

/* The headline: the first non-blank line of the body. */
static void headline(const cc_run_article *a, size_t *hs, size_t *he)
{
    size_t i = a->body;
    while (i < a->len && (a->text[i] == '\n' || a->text[i] == '\r' || a->text[i] == ' '))
        i++;
    *hs = i;
    /* the first line, or lines when a long headline was wrapped */
    while (i < a->len && (a->text[i] != '\n' || cc_linewrap__soft(a->text, a->len, i + 1)))
        i++;
    *he = i - *hs > 300 ? *hs : i;
}

/* The start of the sentence before [ss..): back over white space to the
 * previous sentence end, within the paragraph and at most 400 bytes. */
static size_t previous_sentence(const cc_run_article *a, size_t ss)
{
    size_t i = ss, lim = ss > 400 ? ss - 400 : a->body;
    if (lim < a->body)
        lim = a->body;
    while (i > lim && (a->text[i - 1] == ' ' || a->text[i - 1] == '\t'))
        i--;
    while (i > lim && (a->text[i - 1] == '\n' || a->text[i - 1] == '\r') &&
           !cc_linewrap__soft(a->text, a->len, i))
        i--; /* a paragraph start: the last sentence of the paragraph before */
    if (i == lim)
        return ss;
    i--; /* the end mark of the previous sentence */
    while (i > lim) {
        char ch = a->text[i - 1];
        if (ch == '\n' && !cc_linewrap__soft(a->text, a->len, i))
            return i; /* a paragraph's start (not a wrapped line's) */
        if ((ch == '.' || ch == '!' || ch == '?') && i < ss && a->text[i] == ' ')
            return i + 1;
        i--;
    }
    return lim;
}

#define FIGURES_MAX 6

/* A figure as every language writes it, for the context of the others in
 * its sentence: "81 bn EUR", "7.5 %" (the midpoint of a range), "year
 * 2027". */
static void figure_key(const cc_xmention *m, char out[40])
{
    double v;
    if (m->kind == CC_MENTION_YEAR) {
        snprintf(out, 40, "year %.0f", m->q.value);
        return;
    }
    if (m->kind == CC_MENTION_PHYSICAL) {
        /* its unit is written in each language's words ("60 Jahren", "aged
         * 60", "12.000 Hektar", "12,000 hectares"): the value alone */
        snprintf(out, 40, "%.6g physical", cc_quantity__point(&m->q));
        return;
    }
    v = cc_quantity__point(&m->q);
    double a = fabs(v);
    const char *w = a >= 1e12 ? " tn" : a >= 1e9 ? " bn" : a >= 1e6 ? " m" : "";
    double d = a >= 1e12 ? 1e12 : a >= 1e9 ? 1e9 : a >= 1e6 ? 1e6 : 1;
    snprintf(out, 40, "%.6g%s %s", v / d, w, m->q.unit);
}

/* The keys of the other amounts, years and physical quantities in the
 * sentence of mention i, at most FIGURES_MAX. */
static size_t sentence_figures(const cc_extraction *x, size_t i, char keys[][40],
                               const char *ptrs[], size_t ends[])
{
    const cc_xmention *m = &x->m[i];
    size_t n = 0;
    for (size_t j = i > 16 ? i - 16 : 0; j < x->n && j < i + 16 && n < FIGURES_MAX; j++) {
        const cc_xmention *y = &x->m[j];
        if (j == i ||
            (y->kind != CC_MENTION_AMOUNT && y->kind != CC_MENTION_YEAR &&
             y->kind != CC_MENTION_PHYSICAL) ||
            y->negated || y->ss != m->ss)
            continue;
        figure_key(y, keys[n]);
        ptrs[n] = keys[n];
        /* a count's noun: not "vier Jahre", not "5,6 Millionen US-Dollar ausgegeben" */
        ends[n] =
            y->kind == CC_MENTION_AMOUNT && y->q.dimension == CC_DIM_COUNT ? y->end : SIZE_MAX;
        n++;
    }
    return n;
}

/* A year named in the clause of mention i ("im Jahr 2024 ... 7.000"), 0 if none. */
static int clause_year(const cc_run_article *a, const cc_extraction *x, size_t i)
{
    const cc_xmention *m = &x->m[i];
    for (size_t j = i > 8 ? i - 8 : 0; j < x->n && j < i + 8; j++) {
        const cc_xmention *y = &x->m[j];
        size_t from, to, k;
        if (y->kind != CC_MENTION_YEAR || y->ss != m->ss)
            continue;
        from = y->end < m->start ? y->end : m->end;
        to = y->end < m->start ? m->start : y->start;
        for (k = from; k < to; k++)
            if (a->text[k] == ',' || a->text[k] == ';' || a->text[k] == ':' ||
                (a->text[k] == '\n' && !cc_linewrap__soft(a->text, a->len, k + 1)) ||
                /* nor across a sentence end */
                ((a->text[k] == '.' || a->text[k] == '!' || a->text[k] == '?') && k + 1 < to &&
                 a->text[k + 1] == ' '))
                break;
        if (k >= to)
            return (int)y->q.value;
    }
    return 0;
}

/* A money magnitude in euros (the rate midpoint of its day), so that the
 * same figure in two currencies is the same magnitude when grouping; the
 * raw value when there is no rate. */
/* Its magnitude in one unit of its dimension: money in euros, a physical
 * quantity in its quantity's base unit ("120.000 t": 1.2e8 kg). */
static double in_one_unit(const cc_rates *rates, const cc_cmention *m)
{
    cc_fx fx;
    int32_t day = m->date != CC_NO_DATE ? m->date : m->published;
    if (m->dimension == CC_DIM_MEASURE)
        return m->mag; /* in the base unit already */
    if (!rates || m->dimension != CC_DIM_CURRENCY || day == CC_NO_DATE ||
        strcmp(m->unit, "EUR") == 0)
        return m->mag;
    if (cc_rates__fx(rates, m->unit, "EUR", day, 1, &fx, NULL) != CC_OK || !(fx.low > 0))
        return m->mag;
    return m->mag * (fx.low + fx.high) / 2;
}

static int cmp_name(const void *x, const void *y)
{
    return strcmp(*(const char *const *)x, *(const char *const *)y);
}

/* The name among the sorted, distinct names[0..n) that a compound ends in
 * from byte p of a on: its letter there in capitals, the rest as written
 * ("Hafenbetreiber" from 5: "Betreiber"); NULL if none. */
static const char *name_from(const char *const *names, size_t n, const char *a, size_t p)
{
    char first = (char)(a[p] & ~0x20);
    size_t lo = 0, hi = n;
    if (first < 'A' || first > 'Z')
        return NULL;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const char *b = names[mid];
        int d =
            b[0] != first ? (unsigned char)first - (unsigned char)b[0] : strcmp(a + p + 1, b + 1);
        if (d == 0)
            return b;
        if (d < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return NULL;
}

/* One name for one body across the reports: a German compound that ends in
 * another report's attribution, a noun of at least four letters
 * ("Hafenbetreiber", "Betreiber"), takes the shortest such name, so that
 * the two figures share the key of the check. The names are looked up in
 * a sorted list of the distinct ones, not compared pairwise. */
static cc_status one_name_per_body(cc_cmention *ms, size_t n)
{
    const char **names = cc__calloc(n + 1, sizeof *names);
    size_t k = 0, d = 0;
    if (!names)
        return CC_ENOMEM;
    for (size_t i = 0; i < n; i++)
        if (ms[i].attrib)
            names[k++] = ms[i].attrib;
    qsort(names, k, sizeof *names, cmp_name);
    for (size_t i = 0; i < k; i++)
        if (d == 0 || strcmp(names[i], names[d - 1]) != 0)
            names[d++] = names[i];
    for (size_t i = 0; i < n; i++) {
        const char *a = ms[i].attrib, *best = NULL;
        size_t na = a ? strlen(a) : 0;
        if (na < 5 || strchr(a, ' '))
            continue;
        for (size_t p = na - 4; p >= 1 && !best; p--)
            best = name_from(names, d, a, p);
        if (best)
            ms[i].attrib = best;
    }
    free(names);
    return CC_OK;
}

cc_status cc_run__context(const cc_corpus *c, cc_context **ctx_out, cc_cmention **ms_out,
                          cc_mref **refs_out, size_t *n_out)
{
    cc_rates *own = NULL;
    const cc_rates *rates = c->rates;
    int tried = 0;
    cc_context *ctx = NULL;
    cc_cmention *ms = NULL;
    cc_mref *refs = NULL;
    size_t n = 0, cap = 0, rcap = 0;
    cc_status st = CC_ENOMEM;
    if (cc_context__new(&ctx) != CC_OK)
        goto done;
    for (size_t ai = 0; ai < c->n; ai++) {
        const cc_run_article *a = &c->a[ai];
        const cc_extraction *x = a->x;
        int32_t pub = CC_NO_DATE;
        size_t hs, he;
        const char *p = cc_extraction_published(x);
        if (p)
            cc_date__parse(p, strlen(p), &pub);
        headline(a, &hs, &he);
        for (size_t i = 0; i < x->n; i++) {
            const cc_xmention *xm = &x->m[i];
            cc_context_input in;
            char fkeys[FIGURES_MAX][40];
            const char *fptrs[FIGURES_MAX];
            size_t fends[FIGURES_MAX];
            cc_cmention *m;
            int32_t date;
            cc_interval iv;
            if (!cc_extract__checkable(xm) || xm->negated)
                continue;
            if (cc__grow((void **)&ms, &cap, n + 1, sizeof *ms) != 0 ||
                cc__grow((void **)&refs, &rcap, n + 1, sizeof *refs) != 0)
                goto done;
            memset(&in, 0, sizeof in);
            in.text = a->text;
            in.len = a->len;
            in.start = xm->start;
            in.end = xm->end;
            in.ss = xm->ss;
            in.se = xm->se;
            in.ps = previous_sentence(a, xm->ss);
            in.hs = hs;
            in.he = he;
            in.lang = x->lang;
            in.published = pub;
            in.source = (uint32_t)ai;
            in.scope = xm->scope;
            in.attrib = xm->attrib ? cc_strpool__get(&x->pool, xm->attrib) : NULL;
            in.nfigures = sentence_figures(x, i, fkeys, fptrs, fends);
            in.figures = fptrs;
            in.figure_ends = fends;
            if (cc_context__add(ctx, &in, &date) < 0)
                goto done;
            m = &ms[n];
            memset(m, 0, sizeof *m);
            m->source = (uint32_t)ai;
            m->dimension = xm->q.dimension;
            m->weak = xm->weak;
            m->hedge = xm->q.hedge;
            m->change = xm->change;
            m->mag = fabs(cc_quantity__point(&xm->q));
            cc_quantity__interval(&xm->q, NULL, 0, &iv);
            m->strict = iv;
            memcpy(m->unit, xm->q.unit, sizeof m->unit);
            if (m->dimension == CC_DIM_MEASURE) {
                /* in the quantity's base unit: "71 °F" and "21.7 °C" are one figure */
                m->quantity = (uint8_t)cc_unit__quantity(m->unit);
                m->mag = fabs(cc_unit__to_base(cc_quantity__point(&xm->q), m->unit));
                cc_unit__convert_interval(&m->strict, m->unit, NULL);
            }
            m->date = date;
            m->published = pub;
            m->scope = xm->scope;
            m->attrib = xm->attrib ? cc_strpool__get(&x->pool, xm->attrib) : NULL;
            m->year = clause_year(a, x, i);
            m->period = xm->period;
            if (m->dimension == CC_DIM_CURRENCY && !rates && !tried) {
                tried = 1; /* without a table (out of memory) raw magnitudes */
                if (cc_rates_new(&own, NULL) == CC_OK)
                    rates = own;
            }
            {
                double raw = m->mag;
                m->mag = in_one_unit(rates, m);
                m->scale = raw > 0 ? m->mag / raw : 0;
            }
            refs[n].article = (uint32_t)ai;
            refs[n].mention = (uint32_t)i;
            n++;
        }
    }
    if (cc_context__finish(ctx) != CC_OK)
        goto done;
    if (one_name_per_body(ms, n) != CC_OK)
        goto done;
    /* publication order of the sources: who wrote first, then corpus order */
    for (size_t i = 0; i < n; i++) {
        uint64_t day = ms[i].published == CC_NO_DATE
                           ? 0xFFFFFFFFu
                           : (uint64_t)(uint32_t)(ms[i].published + 1000000);
        ms[i].order = (day << 32) | ms[i].source;
    }
    *ctx_out = ctx;
    *ms_out = ms;
    *refs_out = refs;
    *n_out = n;
    ctx = NULL;
    ms = NULL;
    refs = NULL;
    st = CC_OK;
done:
    cc_rates_free(own);
    cc_context__free(ctx);
    free(ms);
    free(refs);
    return st;
}

/* ---- the report ---- */

typedef struct run_owned {
    cc_claimset *set;
    size_t ngroups;
} run_owned;

static void run_free(cc_report *r)
{
    run_owned *o = r->run_owned;
    if (r->grouping)
        for (size_t i = 0; i < r->ngroups; i++)
            free(r->grouping[i]);
    free(r->grouping);
    free(r->unmatched);
    if (o) {
        cc_claimset_free(o->set);
        free(o);
    }
    r->grouping = NULL;
    r->unmatched = NULL;
    r->run_owned = NULL;
}

static cc_status add_sources(cc_claimset *set, const cc_corpus *c, cc_error *err)
{
    for (size_t i = 0; i < c->n; i++) {
        const cc_extraction *x = c->a[i].x;
        cc_status st = cc_claimset__add_source(set, cc_extraction_source(x), cc_extraction_name(x),
                                               cc_extraction_published(x), cc_extraction_lang(x),
                                               cc_extraction_url(x), NULL, err);
        if (st != CC_OK)
            return st;
    }
    return CC_OK;
}

/* A change that rose or fell by its figure ("closed down 7.3%", "fiel um
 * 3 Prozent"), not the level it reached ("fiel auf 2,4 Prozent"): its sign
 * is its direction. */
static int signed_change(const cc_xmention *xm)
{
    return xm->direction != 0 && xm->change == 0 && xm->kind == CC_MENTION_AMOUNT;
}

/* One source's signed change in a group. */
typedef struct voice_dir {
    int64_t group;
    uint32_t article;
    uint8_t dir; /* 1 up, 2 down */
} voice_dir;

static int cmp_voice_dir(const void *x, const void *y)
{
    const voice_dir *a = x, *b = y;
    if (a->group != b->group)
        return a->group < b->group ? -1 : 1;
    return (a->article > b->article) - (a->article < b->article);
}

/* For each group, 3 if its sources disagree on the direction of its
 * change: "closed down 7.3%" in one report and "closed up 7.3%" in another
 * are then compared as -7.3 % and +7.3 % (one of them is wrong). A source
 * that gives both ("rose 0.2% on the quarter, fell 0.2% on the year")
 * speaks of two figures: its group is left unsigned (bit 4). */
static uint8_t *mixed_directions(const cc_corpus *c, const cc_clustering *cl, const cc_mref *refs,
                                 size_t n)
{
    uint8_t *seen = cc__calloc(cl->ngroups ? cl->ngroups : 1, 1);
    voice_dir *v = cc__malloc((n ? n : 1) * sizeof *v);
    size_t nv = 0;
    if (!seen || !v) {
        free(seen);
        free(v);
        return NULL;
    }
    for (size_t m = 0; m < n; m++) {
        const cc_xmention *xm = &c->a[refs[m].article].x->m[refs[m].mention];
        if (cl->result[m].group >= 0 && signed_change(xm))
            v[nv++] = (voice_dir){cl->result[m].group, refs[m].article,
                                  (uint8_t)(xm->direction > 0 ? 1 : 2)};
    }
    /* one run per source in a group: its directions */
    qsort(v, nv, sizeof *v, cmp_voice_dir);
    for (size_t s = 0, e; s < nv; s = e) {
        uint8_t dirs = 0;
        for (e = s; e < nv && v[e].group == v[s].group && v[e].article == v[s].article; e++)
            dirs |= v[e].dir;
        seen[v[s].group] |= dirs == 3 ? 4 : dirs;
    }
    free(v);
    return seen;
}

/* Claims for every grouped mention; claim_of[m] = claim index or UINT32_MAX. */
static cc_status add_claims(cc_claimset *set, const cc_corpus *c, const cc_clustering *cl,
                            const cc_mref *refs, size_t n, uint32_t *claim_of, uint32_t *mention_of,
                            cc_error *err)
{
    cc_status st = CC_OK;
    uint8_t *mixed = mixed_directions(c, cl, refs, n);
    if (!mixed)
        return cc_error__msg(err, CC_ENOMEM, "out of memory");
    for (size_t m = 0; m < n && st == CC_OK; m++) {
        const cc_run_article *a = &c->a[refs[m].article];
        const cc_xmention *xm = &a->x->m[refs[m].mention];
        const cc_cgroup *g;
        cc_claim_fields f = CC_CLAIM_FIELDS_INIT;
        cc_claim *added = NULL;
        cc_quantity q;
        char id[320], date[11], *text;
        claim_of[m] = UINT32_MAX;
        if (cl->result[m].group < 0)
            continue;
        g = &cl->groups[cl->result[m].group];
        snprintf(id, sizeof id, "%s-%u", cc_extraction_source(a->x), refs[m].mention + 1);
        if (!(text = cc__strndup(a->text + xm->start, xm->end - xm->start))) {
            free(mixed);
            return cc_error__msg(err, CC_ENOMEM, "out of memory");
        }
        q = xm->q;
        if (mixed[cl->result[m].group] == 3 && signed_change(xm) && xm->direction < 0)
            cc_quantity__negate(&q);
        f.id = id;
        f.source = cc_extraction_source(a->x);
        f.subject = g->subject;
        f.measure = g->measure;
        if (g->date != CC_NO_DATE) {
            cc_date__format(g->date, date);
            f.date = date;
        }
        f.scope = g->scope;
        f.attributed_to = g->attrib;
        f.text = text;
        f.lang = cc_extraction_lang(a->x);
        st = cc_claimset__add(set, &f, &q, 0, 0, &added, err);
        free(text);
        if (st != CC_OK)
            break;
        added->span_start = (int64_t)xm->start;
        added->span_end = (int64_t)xm->end;
        if (!(added->sentence =
                  cc_strpool__add(&set->strings, a->text + xm->ss, xm->se - xm->ss))) {
            st = cc_error__msg(err, CC_ENOMEM, "out of memory");
            break;
        }
        claim_of[m] = (uint32_t)(set->nclaims - 1);
        mention_of[set->nclaims - 1] = (uint32_t)m;
    }
    free(mixed);
    if (st != CC_OK)
        return st;
    for (size_t m = 0; m < n; m++) {
        int64_t k = cl->result[m].copy_of;
        if (claim_of[m] != UINT32_MAX && k >= 0 && claim_of[k] != UINT32_MAX)
            set->claims[claim_of[m]].syndicated_from = claim_of[k] + 1;
    }
    return CC_OK;
}

static cc_status explain(cc_report *r, const cc_clustering *cl, const uint32_t *mention_of,
                         cc_error *err)
{
    const cc_claimset *set = r->set;
    json_t *un = json_array();
    char *s;
    if (!un)
        return cc_error__msg(err, CC_ENOMEM, "out of memory");
    r->grouping = cc__calloc(r->ngroups ? r->ngroups : 1, sizeof *r->grouping);
    if (!r->grouping)
        goto oom;
    for (size_t gi = 0; gi < r->ngroups; gi++) {
        const cc_group *g = &r->groups[gi];
        const cc_cgroup *cg;
        uint32_t m;
        char buf[400];
        if (!g->count)
            continue;
        m = mention_of[r->claims[g->first].claim];
        cg = &cl->groups[cl->result[m].group];
        if (g->count > 1) {
            snprintf(buf, sizeof buf, "{\"shared\": %s, \"confidence\": %.3f, \"sources\": %u}",
                     cg->shared, cg->confidence, cg->sources);
            if (!(r->grouping[gi] = cc__strndup(buf, strlen(buf))))
                goto oom;
        } else {
            const cc_claim *c = &set->claims[r->claims[g->first].claim];
            json_t *o = json_pack("{s:s, s:s, s:s?}", "id", cc_claimset__str(set, c->id), "source",
                                  cc_claimset__str(set, set->sources[c->source].id), "text",
                                  c->text ? cc_claimset__str(set, c->text) : NULL);
            if (!o || json_array_append_new(un, o) != 0)
                goto oom;
        }
    }
    s = json_dumps(un, JSON_COMPACT);
    json_decref(un);
    if (!s)
        return cc_error__msg(err, CC_ENOMEM, "out of memory");
    r->unmatched = cc__strndup(s, strlen(s));
    free(s);
    if (!r->unmatched)
        return cc_error__msg(err, CC_ENOMEM, "out of memory");
    return CC_OK;
oom:
    json_decref(un);
    return cc_error__msg(err, CC_ENOMEM, "out of memory");
}

cc_status cc_run(cc_report **out, const cc_corpus *c, cc_error *err)
{
    cc_context *ctx = NULL;
    cc_cmention *ms = NULL;
    cc_mref *refs = NULL;
    size_t n = 0;
    cc_clustering cl;
    cc_claimset *set = NULL;
    cc_report *r = NULL;
    uint32_t *claim_of = NULL, *mention_of = NULL;
    run_owned *o = NULL;
    cc_status st;
    memset(&cl, 0, sizeof cl);
    cc_error__clear(err);
    if (!out || !c)
        return cc_error__msg(err, CC_EINVAL, "null argument");
    *out = NULL;
    if ((st = cc_run__context(c, &ctx, &ms, &refs, &n)) != CC_OK) {
        cc_error__msg(err, st, "out of memory");
        goto done;
    }
    if ((st = cc_cluster__run(&cl, ctx, ms, n, NULL)) != CC_OK) {
        cc_error__msg(err, st, "out of memory");
        goto done;
    }
    if ((st = cc_claimset_new(&set, err)) != CC_OK || (st = add_sources(set, c, err)) != CC_OK)
        goto done;
    claim_of = cc__calloc(n ? n : 1, sizeof *claim_of);
    mention_of = cc__calloc(n ? n : 1, sizeof *mention_of);
    o = cc__calloc(1, sizeof *o);
    if (!claim_of || !mention_of || !o) {
        st = cc_error__msg(err, CC_ENOMEM, "out of memory");
        goto done;
    }
    if ((st = add_claims(set, c, &cl, refs, n, claim_of, mention_of, err)) != CC_OK)
        goto done;
    if ((st = cc_check(&r, set, c->rates, &c->check, err)) != CC_OK)
        goto done;
    o->set = set;
    set = NULL;
    r->run_owned = o;
    r->run_free = run_free;
    o = NULL;
    if ((st = explain(r, &cl, mention_of, err)) != CC_OK)
        goto done;
    *out = r;
    r = NULL;
done:
    cc_report_free(r);
    cc_claimset_free(set);
    free(o);
    free(claim_of);
    free(mention_of);
    cc_cluster__free(&cl);
    cc_context__free(ctx);
    free(ms);
    free(refs);
    return st;
}
