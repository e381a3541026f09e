/*
 * extract.c - every quantity mention in an article, with its sentence and
 * the words around it that change what it measures: time scope
 * ("zeitweise" -> intraday), attribution ("laut Polizei" -> police),
 * direction ("verlor" -> down) and negation ("nicht für fünf Millionen").
 *
 * One pass: the scanner of numparse.c finds mentions without allocating;
 * for each new sentence that holds one, ICU gives its bounds (sentence.c)
 * and the sentence is read once for context words (context_words.c,
 * bounded to about 1 KB around the mention), so time stays linear and
 * memory grows only with the mentions kept; the figures around a mention
 * link changes and lend units (neighbours.c). Invalid UTF-8 and NUL bytes
 * become warnings.
 */
#include "extract.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/utf8.h>
#if defined(__GNUC__) && defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "article.h"
#include "context_words.h"
#include "common.h"
#include "date.h"
#include "lexicon.h"
#include "sentence.h"

#define CONTEXT_BEFORE 512 /* bytes of a sentence read before a mention */
#define CONTEXT_AFTER 512
#define DETECT_BYTES 65536 /* text used to pick the language */

static const char *const kind_names[] = {"amount",     "year",  "date", "time",    "ordinal",
                                         "identifier", "phone", "list", "physical"};

const char *cc_mention_kind_name(cc_mention_kind kind)
{
    if ((unsigned)kind >= sizeof kind_names / sizeof kind_names[0])
        return NULL;
    return kind_names[kind];
}

cc_status cc_extract_options_init(cc_extract_options *opts, unsigned int version)
{
    cc_extract_options init = CC_EXTRACT_OPTIONS_INIT;
    if (!opts || version != CC_EXTRACT_OPTIONS_VERSION)
        return CC_EINVAL;
    *opts = init;
    return CC_OK;
}

/* ------------------------------------------------------------------ */
/* Warnings: invalid UTF-8, NUL bytes                                  */
/* ------------------------------------------------------------------ */

/* byte = -1: a NUL byte; else an invalid UTF-8 byte */
static void warn(cc_extraction *x, size_t at, int byte)
{
    if (x->nwarn < CC_EXTRACT_WARN_MAX) {
        cc_xwarning *w = &x->warn[x->nwarn];
        w->offset = (int64_t)at;
        if (byte < 0)
            snprintf(w->message, sizeof w->message, "NUL byte (ignored)");
        else
            snprintf(w->message, sizeof w->message, "invalid UTF-8 byte 0x%02X (read as U+FFFD)",
                     (unsigned)byte);
    }
    x->nwarn++;
}

#if defined(__GNUC__) && defined(__SSE2__)
/* Are the sixteen bytes v ASCII without NUL and whole two-byte sequences
 * (U+0080..U+07FF: "ä", "ß", "é"), which U8_NEXT reads without a warning?
 * The letters beyond ASCII of most German text; anything else (a sequence
 * cut at the end of the sixteen, three or four bytes, a stray byte) is left
 * to the reading byte by byte. */
static int two_byte_sequences(__m128i v)
{
    /* signed bytes: C2..DF are -62..-33, 80..BF are -128..-65 */
    __m128i lead = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8((char)0xC1)),
                                 _mm_cmplt_epi8(v, _mm_set1_epi8((char)0xE0)));
    __m128i cont = _mm_cmplt_epi8(v, _mm_set1_epi8((char)0xC0));
    unsigned l = (unsigned)_mm_movemask_epi8(lead), c = (unsigned)_mm_movemask_epi8(cont);
    unsigned nul = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_setzero_si128()));
    return !nul && (l | c) == (unsigned)_mm_movemask_epi8(v) && (l << 1) == c;
}
#endif

static void validate(cc_extraction *x, const char *t, size_t len)
{
    size_t i = 0;
    while (i < len) {
        unsigned char b;
        /* plain ASCII: sixteen or eight bytes at a time, up to the first
         * byte that is NUL or not ASCII */
#if defined(__GNUC__) && defined(__SSE2__)
        while (len - i >= 64) {
            /* four loads: a NUL makes the least byte 0, a non-ASCII byte
             * sets a high bit */
            const __m128i *p = (const __m128i *)(const void *)(t + i);
            __m128i v0 = _mm_loadu_si128(p), v1 = _mm_loadu_si128(p + 1);
            __m128i v2 = _mm_loadu_si128(p + 2), v3 = _mm_loadu_si128(p + 3);
            __m128i lo = _mm_min_epu8(_mm_min_epu8(v0, v1), _mm_min_epu8(v2, v3));
            __m128i hi = _mm_or_si128(_mm_or_si128(v0, v1), _mm_or_si128(v2, v3));
            if (_mm_movemask_epi8(_mm_or_si128(hi, _mm_cmpeq_epi8(lo, _mm_setzero_si128()))))
                break; /* the sixteen-byte steps find it */
            i += 64;
        }
        while (len - i >= 16) {
            __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(t + i));
            unsigned bad = (unsigned)_mm_movemask_epi8(
                _mm_or_si128(v, _mm_cmpeq_epi8(v, _mm_setzero_si128())));
            if (bad && !two_byte_sequences(v)) {
                i += (size_t)__builtin_ctz(bad);
                break;
            }
            i += 16;
        }
#endif
        while (len - i >= 8) {
            uint64_t w;
            memcpy(&w, t + i, 8);
            if ((w & 0x8080808080808080ULL) ||
                ((w - 0x0101010101010101ULL) & ~w & 0x8080808080808080ULL))
                break;
            i += 8;
        }
        if (i >= len)
            break;
        b = (unsigned char)t[i];
        if (b >= 0x80) {
            int32_t ii = (int32_t)0, c;
            size_t n = len - i < 4 ? len - i : 4;
            U8_NEXT(t + i, ii, (int32_t)n, c);
            if (c < 0) {
                warn(x, i, b);
                i++;
            } else {
                i += (size_t)ii;
            }
            continue;
        }
        if (b == 0)
            warn(x, i, -1);
        i++;
    }
}

/* ------------------------------------------------------------------ */
/* The extraction                                                      */
/* ------------------------------------------------------------------ */

static cc_sref pool_meta(cc_extraction *x, const char *opt, const char *t,
                         const cc_article_meta *meta, int k, int *oom)
{
    cc_sref r = 0;
    if (opt)
        r = cc_strpool__add(&x->pool, opt, strlen(opt));
    else if (meta->len[k])
        r = cc_strpool__add(&x->pool, t + meta->at[k], meta->len[k]);
    else
        return 0;
    if (!r)
        *oom = 1;
    return r;
}

/* The default source id: the file name without directories and extension. */
static cc_sref default_source(cc_extraction *x, const char *name, int *oom)
{
    const char *b = name, *dot;
    size_t n;
    cc_sref r;
    if (!name || name[0] == '<' || strcmp(name, "-") == 0)
        b = "article";
    else if (strrchr(name, '/'))
        b = strrchr(name, '/') + 1;
    dot = strrchr(b, '.');
    n = dot && dot > b ? (size_t)(dot - b) : strlen(b);
    r = cc_strpool__add(&x->pool, b, n ? n : strlen(b));
    if (!r)
        *oom = 1;
    return r;
}

static cc_status add_mention(cc_extraction *x, const cc_mention *m, const char *t)
{
    cc_xmention *xm;
    (void)t;
    /* the call only where the array is full: once per doubling */
    if (x->n >= x->cap && cc__grow((void **)&x->m, &x->cap, x->n + 1, sizeof *x->m) != 0)
        return CC_ENOMEM;
    xm = &x->m[x->n++];
    memset(xm, 0, sizeof *xm);
    xm->q = m->q;
    xm->start = m->start;
    xm->end = m->end;
    xm->hs = m->hedge_start;
    xm->he = m->hedge_end;
    xm->kind = m->kind;
    xm->ambiguous = m->ambiguous;
    xm->weak = m->weak;
    xm->has_unit = m->has_unit;
    xm->sign_word = m->sign_word;
    xm->us = m->unit_start;
    xm->ue = m->unit_end;
    xm->ps = m->per_start;
    xm->pe = m->per_end;
    xm->period = m->period;
    xm->fraction = m->fraction;
    return CC_OK;
}

cc_status cc_extract(cc_extraction **out, const char *text, size_t len,
                     const cc_extract_options *opts, cc_error *err)
{
    cc_extract_options defaults = CC_EXTRACT_OPTIONS_INIT;
    cc_extraction *x = NULL;
    cc_sentences *sent = NULL;
    cc_lex_memo *memo = NULL;
    const cc_lexicon *lx;
    cc_article_meta meta;
    cc_ctx_words *cx = NULL;
    size_t body = 0, pos, cs = SIZE_MAX, ce = 0;
    int pub_year = 0;
    const char *name, *lang;
    char lbuf[16], tok[64];
    cc_status rc = CC_OK;
    int oom = 0, found;
    cc_mention m;
    cc_error tmp;

    cc_error__clear(err);
    if (!out)
        return cc_error__msg(err, CC_EINVAL, "out is null");
    *out = NULL;
    if (!text && len)
        return cc_error__msg(err, CC_EINVAL, "text is null");
    if (!text)
        text = "";
    if (!opts)
        opts = &defaults;
    if (opts->version != CC_EXTRACT_OPTIONS_VERSION)
        return cc_error__msg(err, CC_EINVAL, "unknown options version %u", opts->version);
    name = opts->name ? opts->name : "<string>";

    if ((rc = cc_article__front_matter(text, len, &meta, &body, name, err)) != CC_OK)
        return rc;
    x = cc__calloc(1, sizeof *x);
    cx = cc__malloc(sizeof *cx);
    if (!x || !cx) {
        rc = cc_error__msg(err, CC_ENOMEM, "out of memory");
        goto done;
    }
    cc_strpool__init(&x->pool);

    /* language: option, front matter, else detected */
    lang = opts->lang;
    if (lang && cc__ascii_casecmp(lang, "auto") == 0)
        lang = NULL;
    if (!lang && meta.len[CC_META_LANG] && meta.len[CC_META_LANG] < sizeof lbuf) {
        memcpy(lbuf, text + meta.at[CC_META_LANG], meta.len[CC_META_LANG]);
        lbuf[meta.len[CC_META_LANG]] = '\0';
        lang = lbuf;
    }
    if (!lang)
        lang = cc_numparse__detect_lang(text + body,
                                        len - body < DETECT_BYTES ? len - body : DETECT_BYTES);
    lx = cc_lexicon__get(lang, &rc);
    if (!lx) {
        cc_error__token(tok, sizeof tok, lang, strlen(lang));
        if (rc == CC_ELANG) {
            char known[64] = "";
            for (size_t k = 0; k < cc_lexicon__count(); k++) {
                size_t kn = strlen(known);
                snprintf(known + kn, sizeof known - kn, "%s, ", cc_lexicon__lang_at(k));
            }
            rc = cc_error__set(err, rc, name, 0, 0, -1, "unsupported language '%s' (use %sor auto)",
                               tok, known);
        } else
            rc = cc_error__set(err, rc, name, 0, 0, -1, "cannot load the language data for '%s'",
                               tok);
        goto done;
    }
    snprintf(x->lang, sizeof x->lang, "%s", cc_lexicon__lang(lx));

    x->source = pool_meta(x, opts->source, text, &meta, CC_META_SOURCE, &oom);
    if (!x->source && !oom)
        x->source = default_source(x, opts->name, &oom);
    x->name = pool_meta(x, NULL, text, &meta, CC_META_NAME, &oom);
    x->published = pool_meta(x, opts->published, text, &meta, CC_META_PUBLISHED, &oom);
    x->url = pool_meta(x, NULL, text, &meta, CC_META_URL, &oom);
    if (oom) {
        rc = cc_error__msg(err, CC_ENOMEM, "out of memory");
        goto done;
    }
    if (x->published) {
        const char *d = cc_strpool__get(&x->pool, x->published);
        int32_t day;
        if (cc_date__parse(d, strlen(d), &day) != 0) {
            cc_error__token(tok, sizeof tok, d, strlen(d));
            rc = cc_error__set(err, CC_EDATE, name, 0, 0, -1,
                               "published date '%s' is not a YYYY-MM-DD date", tok);
            goto done;
        }
        pub_year = atoi(d); /* YYYY-MM-DD */
    }

    validate(x, text, len);
    if ((rc = cc_sentences__new(&sent, cc_lexicon__icu_locale(lx))) != CC_OK) {
        if (rc == CC_ENOMEM)
            cc_error__msg(err, rc, "out of memory");
        else
            cc_error__msg(err, rc, "icu could not open its sentence rules");
        goto done;
    }
    cc_sentences__reset(sent, text, len);
    cc_ctxwords__init(cx, lx);
    memo = cc_lexicon__memo_begin(lx, text);
    pos = body;
    /* the scanner writes tmp only where it returns CC_ERANGE: cleared once,
     * and again after each such number (not per mention) */
    cc_error__clear(&tmp);
    for (;;) {
        cc_xmention *xm;
        size_t ss, se;
        found = cc_numparse__next(lx, text, len, &pos, &m, &tmp);
        if (found == CC_ERANGE && tmp.offset >= 0) {
            /* a number too long for a decimal: warn and read on after it */
            size_t at = (size_t)tmp.offset;
            if (x->nwarn < CC_EXTRACT_WARN_MAX) {
                x->warn[x->nwarn].offset = tmp.offset;
                snprintf(x->warn[x->nwarn].message, sizeof x->warn[x->nwarn].message,
                         "number too long to read (more than %d digits), skipped", CC_DIGITS_MAX);
            }
            x->nwarn++;
            pos = at + 1;
            while (pos < len &&
                   ((text[pos] >= '0' && text[pos] <= '9') || text[pos] == '.' || text[pos] == ','))
                pos++;
            cc_error__clear(&tmp);
            continue;
        }
        if (found != 1)
            break;
        if ((rc = add_mention(x, &m, text)) != CC_OK) {
            cc_error__msg(err, rc, "out of memory");
            goto done;
        }
        xm = &x->m[x->n - 1];
        if (x->n >= 2) {
            cc_extract__link_change(x, lx, text);
            cc_extract__link_correction(x, lx, text);
        }
        if (cc_sentences__find(sent, m.start, m.end, &ss, &se) != 0) {
            rc = cc_error__msg(err, CC_EICU, "icu failed to find sentence boundaries");
            goto done;
        }
        if (ss < body)
            ss = body;
        /* the sentence as shown and read: at most about 1 KB around the mention */
        xm->ss = m.start - ss > CONTEXT_BEFORE ? m.start - CONTEXT_BEFORE : ss;
        xm->se = se - m.end > CONTEXT_AFTER ? m.end + CONTEXT_AFTER : se;
        while (xm->ss > ss && ((unsigned char)text[xm->ss] & 0xC0) == 0x80)
            xm->ss--;
        while (xm->se < se && ((unsigned char)text[xm->se] & 0xC0) == 0x80)
            xm->se++;
        if (xm->ss < cs || xm->se > ce || cs == SIZE_MAX) {
            /* read a new stretch once; later mentions in it reuse it */
            size_t from = xm->ss,
                   to = se - m.end > 4 * CONTEXT_AFTER ? m.end + 4 * CONTEXT_AFTER : se;
            while (to < se && ((unsigned char)text[to] & 0xC0) == 0x80)
                to++;
            cc_ctxwords__scan(cx, text, len, from, to);
            cs = from;
            ce = to;
        }
        if (m.topic && !cc_ctxwords__measures(cx, text, xm, m.topic)) {
            x->n--; /* "3b users": a bit only where it measures data ("1500b packet") */
            continue;
        }
        if ((rc = cc_ctxwords__apply(x, text, cx, xm)) != CC_OK) {
            cc_error__msg(err, rc, "out of memory");
            goto done;
        }
        if (xm->kind == CC_MENTION_PHYSICAL)
            xm->direction = 0; /* "67 mm of rain fell", "snow fell": no change */
        cx->named_before |= xm->kind == CC_MENTION_AMOUNT && xm->attrib != 0;
        cc_extract__mark_level(x, lx, text);
        cc_extract__year_label(x, text, pub_year);
        cc_extract__date_range(x, lx, text);
        cc_extract__kind_list(x, lx, text, len);
        cc_extract__elided_currency(x, lx, text, len);
        cc_extract__bracketed_change(x, text, len);
        cc_extract__metres_after_metres(x, text);
        cc_extract__kelvin_beside_temperature(x, lx, text, len);
        cc_extract__spoken_pair(x, text, len);
    }
    cc_extract__points_as_pp(x, lx, text, len);
    cc_extract__bare_cents(x, text);
    cc_extract__fractions_as_shares(x);
    cc_extract__restated_directions(x, lx, text);
    if (found < 0) {
        rc = (cc_status)found;
        cc_error__set(err, rc, name, 0, 0, (int64_t)pos, "cannot read the text");
        goto done;
    }
    *out = x;
    x = NULL;
done:
    cc_lexicon__memo_end(memo);
    cc_sentences__free(sent);
    free(cx);
    cc_extraction_free(x);
    return rc;
}

void cc_extraction_free(cc_extraction *x)
{
    if (!x)
        return;
    cc_strpool__free(&x->pool);
    free(x->m);
    free(x);
}

/* ------------------------------------------------------------------ */
/* Getters                                                             */
/* ------------------------------------------------------------------ */

static const char *pooled(const cc_extraction *x, cc_sref r)
{
    return r ? cc_strpool__get(&x->pool, r) : NULL;
}

const char *cc_extraction_lang(const cc_extraction *x)
{
    return x ? x->lang : NULL;
}

const char *cc_extraction_source(const cc_extraction *x)
{
    return x ? pooled(x, x->source) : NULL;
}

const char *cc_extraction_name(const cc_extraction *x)
{
    return x ? pooled(x, x->name) : NULL;
}

const char *cc_extraction_published(const cc_extraction *x)
{
    return x ? pooled(x, x->published) : NULL;
}

const char *cc_extraction_url(const cc_extraction *x)
{
    return x ? pooled(x, x->url) : NULL;
}

size_t cc_extraction_count(const cc_extraction *x)
{
    return x ? x->n : 0;
}

#define VALID(x, i) ((x) && (i) < (x)->n)

const cc_quantity *cc_extraction_quantity(const cc_extraction *x, size_t i)
{
    return VALID(x, i) ? &x->m[i].q : NULL;
}

cc_mention_kind cc_extraction_kind(const cc_extraction *x, size_t i)
{
    return VALID(x, i) ? (cc_mention_kind)x->m[i].kind : CC_MENTION_AMOUNT;
}

void cc_extraction_span(const cc_extraction *x, size_t i, size_t *start, size_t *end)
{
    *start = VALID(x, i) ? x->m[i].start : 0;
    *end = VALID(x, i) ? x->m[i].end : 0;
}

void cc_extraction_sentence(const cc_extraction *x, size_t i, size_t *start, size_t *end)
{
    *start = VALID(x, i) ? x->m[i].ss : 0;
    *end = VALID(x, i) ? x->m[i].se : 0;
}

void cc_extraction_unit_span(const cc_extraction *x, size_t i, size_t *start, size_t *end)
{
    *start = VALID(x, i) ? x->m[i].us : 0;
    *end = VALID(x, i) ? x->m[i].ue : 0;
}

const char *cc_extraction_scope(const cc_extraction *x, size_t i)
{
    return VALID(x, i) ? x->m[i].scope : NULL;
}

const char *cc_extraction_attribution(const cc_extraction *x, size_t i)
{
    return VALID(x, i) ? pooled(x, x->m[i].attrib) : NULL;
}

int cc_extraction_direction(const cc_extraction *x, size_t i)
{
    return VALID(x, i) ? x->m[i].direction : 0;
}

int cc_extraction_negated(const cc_extraction *x, size_t i)
{
    return VALID(x, i) ? x->m[i].negated : 0;
}

int cc_extraction_ambiguous(const cc_extraction *x, size_t i)
{
    return VALID(x, i) ? x->m[i].ambiguous : 0;
}

int cc_extraction_weak(const cc_extraction *x, size_t i)
{
    return VALID(x, i) ? x->m[i].weak : 0;
}

size_t cc_extraction_warning_count(const cc_extraction *x)
{
    return x ? x->nwarn : 0;
}

const char *cc_extraction_warning(const cc_extraction *x, size_t i, int64_t *offset)
{
    if (!x || i >= x->nwarn || i >= CC_EXTRACT_WARN_MAX)
        return NULL;
    if (offset)
        *offset = x->warn[i].offset;
    return x->warn[i].message;
}
