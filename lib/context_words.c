/*
 * context_words.c - the words around a figure that change what it
 * measures: time scope ("zeitweise", "at the close"), attribution ("laut
 * Polizei", "the union said"), direction ("fiel", "rose"), negation, read
 * from the lexicon's context rows (CC_LEX_CONTEXT) within the figure's
 * sentence and clause.
 */
#include "context_words.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#if defined(__GNUC__) && defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "attrib_name.h"
#include "common.h"
#include "context.h"
#include "context_first.h"
#include "countries.h"
#include "scan.h"

#define NEG_REACH 24 /* "nicht für ": how far a negation reaches */

/* ASCII bytes that may start a word (is_word_start): letters, digits,
 * '%', '$' and '&' */
static int ascii_word_start(unsigned char b)
{
    /* one bit per byte: '$', '%', '&' and the digits in the first word,
     * the letters in the second */
    static const uint64_t starts[2] = {0x03FF007000000000ULL, 0x07FFFFFE07FFFFFEULL};
    return b < 0x80 && ((starts[b >> 6] >> (b & 63)) & 1);
}

static int ascii_alnum(unsigned char b)
{
    return (unsigned)((b | 0x20) - 'a') < 26 || (unsigned)(b - '0') < 10;
}

#if defined(__GNUC__)
__attribute__((noinline))
#endif
static int
is_word_start_wide(const char *t, size_t len, size_t i)
{
    size_t j = i;
    int32_t c = cc_lexicon__next_cp(t, len, &j);
    return cc_lexicon__is_alnum(c) || c == '%' || c == '$' || c == 0x20AC || c == '&';
}

/* inline: the reader asks after every context word; non-ASCII out of line */
static inline int is_word_start(const char *t, size_t len, size_t i)
{
    unsigned char b = (unsigned char)t[i];
    return b < 0x80 ? ascii_word_start(b) : is_word_start_wide(t, len, i);
}

/* next_word past a word that holds or is followed by non-ASCII bytes,
 * read from its start */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static size_t
next_word_wide(const char *t, size_t len, size_t i)
{
    size_t start = i;
    while (i < len) {
        size_t j;
        i = cc_lexicon__ascii_alnum_end(t, len, i);
        if (i >= len || (unsigned char)t[i] < 0x80)
            break;
        j = i;
        if (!cc_lexicon__is_alnum(cc_lexicon__next_cp(t, len, &j)))
            break;
        i = j;
    }
    if (i == start && i < len)
        cc_lexicon__next_cp(t, len, &i);
    while (i < len) {
        size_t j = i;
        unsigned char b = (unsigned char)t[i];
        if (b < 0x80) {
            if (ascii_word_start(b))
                break;
            i++;
            continue;
        }
        if (is_word_start_wide(t, len, i))
            break;
        cc_lexicon__next_cp(t, len, &j);
        i = j;
    }
    return i;
}

/* Past the gap between words at i (a word ended there, `start` is where
 * it began): as next_word(t, len, start) reads it. */
static size_t gap_end(const char *t, size_t len, size_t start, size_t i)
{
    if (i + 1 < len && t[i] == ' ' && ascii_alnum((unsigned char)t[i + 1]))
        return i + 1; /* one space, the commonest gap */
    while (i < len && !ascii_word_start((unsigned char)t[i])) {
        if ((unsigned char)t[i] >= 0x80)
            return next_word_wide(t, len, start);
        i++;
    }
    return i;
}

static inline size_t next_word(const char *t, size_t len, size_t i)
{
    /* past the current word (or sign), then past what separates words;
     * plain ASCII is read here (inline: the context reader asks at every
     * word), anything else by next_word_wide */
    size_t start = i;
    i = cc_lexicon__ascii_alnum_end(t, len, i);
    if (i < len && (unsigned char)t[i] >= 0x80)
        return next_word_wide(t, len, start);
    if (i == start && i < len)
        i++;
    while (i < len && !ascii_word_start((unsigned char)t[i])) {
        if ((unsigned char)t[i] >= 0x80)
            return next_word_wide(t, len, start);
        i++;
    }
    return i;
}

static size_t word_stop(const char *t, size_t len, size_t i)
{
    while (i < len) {
        size_t j;
        int32_t c;
        /* runs of ASCII letters and digits at once */
        i = cc_lexicon__ascii_alnum_end(t, len, i);
        if (i >= len)
            break;
        j = i;
        c = cc_lexicon__next_cp(t, len, &j);
        if (!cc_lexicon__is_alnum(c) && c != '-' && c != '\'' && c != '&')
            break;
        i = j;
    }
    return i;
}

static int upper_at(const char *t, size_t len, size_t i)
{
    unsigned char b = (unsigned char)t[i];
    (void)len;
    if (b < 0x80)
        return b >= 'A' && b <= 'Z';
    return b == 0xC3 && i + 1 < len && (unsigned char)t[i + 1] >= 0x80 &&
           (unsigned char)t[i + 1] <= 0x9E;
}

static int separator_between(const char *t, size_t a, size_t b)
{
    for (size_t k = a; k < b; k++)
        if (t[k] == ',' || t[k] == ';' || t[k] == ':' || t[k] == '(' || t[k] == ')' ||
            t[k] == '"' || (t[k] >= '0' && t[k] <= '9'))
            return 1;
    return 0;
}

/* The article word t[s, e) as CC_ATTRIB_*: what it does to the name after it. */
static uint8_t article_case(const char *t, size_t s, size_t e)
{
    if ((e - s == 3 && cc__ascii_ncasecmp(t + s, "des", 3) == 0) ||
        (e - s == 5 && cc__ascii_ncasecmp(t + s, "eines", 5) == 0))
        return CC_ATTRIB_GENITIVE;
    if (e - s == 3 &&
        (cc__ascii_ncasecmp(t + s, "der", 3) == 0 || cc__ascii_ncasecmp(t + s, "dem", 3) == 0 ||
         cc__ascii_ncasecmp(t + s, "den", 3) == 0))
        return CC_ATTRIB_OBLIQUE;
    return CC_ATTRIB_PLAIN;
}

/* Is t[s, we) a word of time ("Dienstagabend", "März")? */
static int time_word(const cc_lexicon *lx, const char *t, size_t s, size_t we)
{
    char f[64];
    size_t fn;
    if (!lx || we - s >= sizeof f)
        return 0;
    fn = cc_context__fold(t + s, we - s, f, sizeof f);
    return cc_measure__time_word(cc_measure__table(cc_lexicon__lang(lx)), f, fn);
}

/* The source named after an attribution word at i (up to `to`). A
 * capitalised run may hold joining words ("Office for National
 * Statistics"); a speaker followed by the body it speaks for takes the
 * body ("ein Sprecher der Stadt", "a spokesman for Tesla"). With `strict`
 * (after a speech verb) only articles may stand before the name: in
 * "teilte am Montag mit" no one is named. */
static void name_after(const cc_ctx_words *cx, const char *t, size_t to, size_t i, cc_ctx_hit *h,
                       int strict)
{
    const cc_lexicon *lx = cx->lx;
    int skipped = 0;
    size_t start = 0, end = 0;
    for (int k = 0; k < 8 && i < to; k++) {
        size_t mend = 0, we;
        uint16_t got = 0;
        const cc_lex_entry *m;
        if (k > 0 && separator_between(t, end ? end : h->e, i))
            break;
        m = cc_lexicon__match(lx, t, to, i, CC_LEX_CONTEXT, &mend, &got);
        if (m && !start && (m->ctx == CC_CTX_SCOPE || m->ctx == CC_CTX_NONE))
            break; /* "laut Hochrechnung", "laut vorläufigem Endergebnis": no source */
        if (m && (m->ctx == CC_CTX_ATTRIB_NAME || m->ctx == CC_CTX_ATTRIB_SELF) && !start) {
            cc_ctx_hit body;
            h->norm = m->norm;
            if (m->norm && strcmp(m->norm, "spokesperson") == 0 && mend < to) {
                /* "Sprecher der Stadt": the body, if one is named */
                memset(&body, 0, sizeof body);
                body.e = mend;
                name_after(cx, t, to, next_word(t, to, mend > i ? mend - 1 : i), &body, 1);
                if (body.norm || body.ne > body.ns)
                    *h = (cc_ctx_hit){h->s, h->e, h->ctx, body.norm, body.ns, body.ne, body.art, 0};
            }
            return;
        }
        we = word_stop(t, to, i);
        if (we == i)
            break;
        if (!start && upper_at(t, to, i) && time_word(lx, t, i, we)) {
            /* "nach Angaben vom Dienstagabend", "laut dem am Donnerstag
             * vorgestellten Bericht": a time, no source */
            if (strict || ++skipped > 2)
                break;
        } else if (upper_at(t, to, i)) {
            if (!start)
                start = i;
            end = we;
            if (end - start > 60)
                break;
        } else if (start) {
            /* a joining word inside a name, before its next capitalised part */
            size_t nx = next_word(t, to, i);
            if (!cc_attrib__joiner(&cx->lists, t, i, we) || nx >= to || !upper_at(t, to, nx) ||
                separator_between(t, we, nx))
                break;
        } else if (m && m->ctx == CC_CTX_ARTICLE) {
            h->art = article_case(t, i, we);
        } else if (strict || ++skipped > 2) {
            break;
        }
        i = next_word(t, to, i);
    }
    h->ns = start;
    h->ne = start ? end : 0;
}

/* "die Veranstalter des Festivals sprechen von ...": the known source
 * (not a speaker: "ein Sprecher des Verbandes" speaks for the Verband)
 * before the genitive article at a; on success h names it. */
static int known_head(const cc_lexicon *lx, const char *t, size_t from, size_t a, cc_ctx_hit *h)
{
    size_t e = gaps_back(t, from, a), ws = e, mend = 0;
    uint16_t got = 0;
    const cc_lex_entry *m;
    while (ws > from && !is_gap(t[ws - 1]))
        ws--;
    if (ws == e)
        return 0;
    m = cc_lexicon__match(lx, t, e, ws, CC_LEX_CONTEXT, &mend, &got);
    if (!m || mend != e || !m->norm || strcmp(m->norm, "spokesperson") == 0 ||
        (m->ctx != CC_CTX_ATTRIB_NAME && m->ctx != CC_CTX_ATTRIB_SELF))
        return 0;
    h->norm = m->norm;
    h->ns = ws;
    h->ne = e;
    h->art = 0;
    return 1;
}

/* The source named before a speech verb at s ("the union said", "the
 * hospital trust put the figure at", "regulator Ofgem said"): the words
 * back to an article, a separator or a word that names no one; of a
 * phrase that mixes lower-case words and a capitalised tail the tail is
 * the name ("regulator Ofgem" -> "Ofgem"). 1 if one was found. */
static int name_before_verb(const cc_ctx_words *cx, const char *t, size_t from, size_t s,
                            cc_ctx_hit *h)
{
    const cc_lexicon *lx = cx->lx;
    size_t e = s, ws, start = 0, end = 0;
    int words = 0, first_upper = -1, auxiliaries = 0;
    e = gaps_back(t, from, e);
    if (e > from + 2 && t[e - 1] == ')') {
        /* "Die Gewerkschaft Vereinigung Cockpit (VC) sprach": the acronym
         * in brackets after the name */
        size_t k = e - 1;
        while (k > from && k + 12 > e && t[k - 1] >= 'A' && t[k - 1] <= 'Z')
            k--;
        if (k > from && k + 2 < e && t[k - 1] == '(')
            e = gaps_back(t, from, k - 1);
    }
    end = e;
    while (e > from && words < 5) {
        size_t mend = 0;
        uint16_t got = 0;
        const cc_lex_entry *m;
        ws = e;
        while (ws > from && !is_gap(t[ws - 1]) && e - ws < 40)
            ws--;
        if (ws == e || separator_between(t, ws, e) || word_stop(t, e, ws) != e)
            break;
        if (!words && auxiliaries < 3 &&
            (cc_attrib__auxiliary(&cx->lists, t, ws, e) ||
             (e - ws > 4 && t[e - 2] == 'l' && t[e - 1] == 'y' && t[ws] >= 'a' && t[ws] <= 'z'))) {
            /* "Reuters had put the figure at", "would have said", "Police
             * had initially said" (an adverb in -ly) */
            auxiliaries++;
            e = ws;
            e = gaps_back(t, from, e);
            end = e;
            continue;
        }
        if (cc_attrib__stop_word(&cx->lists, t, ws, e)) {
            /* "which retailers said": the source speaks for what follows */
            h->fwd = cc_attrib__clause_opener(&cx->lists, t, ws, e);
            break;
        }
        /* "Ein Viertel sagt": a number names no one. One look for both
         * questions: the longest key wins before its roles are filtered,
         * so that both roles belong to the same entry */
        m = cc_lexicon__match(lx, t, e, ws,
                              CC_LEX_NUMBER | CC_LEX_NUMBER_PART | CC_LEX_SCALE | CC_LEX_CONTEXT,
                              &mend, &got);
        if (m && (got & (CC_LEX_NUMBER | CC_LEX_NUMBER_PART | CC_LEX_SCALE)) && mend == e)
            break;
        if (m && (got & CC_LEX_CONTEXT) && m->ctx == CC_CTX_ARTICLE && mend == e) {
            h->art = article_case(t, ws, e);
            if (h->art == CC_ATTRIB_GENITIVE && words && known_head(lx, t, from, ws, h))
                return 1; /* "die Veranstalter des Festivals": the organisers */
            break;
        }
        if (first_upper < 0)
            first_upper = upper_at(t, e, ws);
        else if (first_upper && !upper_at(t, e, ws))
            break; /* "regulator Ofgem": the name is the capitalised tail */
        start = ws;
        words++;
        e = ws;
        e = gaps_back(t, from, e);
    }
    if (!words || start >= end)
        return 0;
    {
        /* a known source alone ("the union", "Police") takes its norm */
        size_t mend = 0;
        uint16_t got = 0;
        const cc_lex_entry *m = cc_lexicon__match(lx, t, end, start, CC_LEX_CONTEXT, &mend, &got);
        if (m && (m->ctx == CC_CTX_ATTRIB_NAME || m->ctx == CC_CTX_ATTRIB_SELF) && mend == end)
            h->norm = m->norm;
    }
    h->ns = start;
    h->ne = end;
    return 1;
}

/* Does the name at ns open its clause (after an article at most)? "Die
 * Polizei schätzte ...", not "Am Montag teilte ...". */
static int opens_clause(const cc_lexicon *lx, const char *t, size_t from, size_t ns)
{
    size_t b = ns, ws;
    b = gaps_back(t, from, b);
    ws = b;
    while (ws > from && !is_gap(t[ws - 1]) && !separator_between(t, ws - 1, ws))
        ws--;
    if (ws < b) {
        size_t mend = 0;
        uint16_t got = 0;
        const cc_lex_entry *m = cc_lexicon__match(lx, t, b, ws, CC_LEX_CONTEXT, &mend, &got);
        if (!(m && m->ctx == CC_CTX_ARTICLE && mend == b))
            return 0;
        b = ws;
        b = gaps_back(t, from, b);
    }
    return b == from || separator_between(t, b - 1, b);
}

static void name_in_wie(const cc_ctx_words *cx, const char *t, size_t from, size_t s,
                        cc_ctx_hit *h);

/* The source of a speech verb at [s, e): before it, or after it where the
 * verb comes first in its clause (", said the union", "teilte die Polizei
 * mit", "sagte ein Sprecher der Stadt"). German names the subject after
 * the verb whenever something else opens the clause, so its name after
 * the verb comes first there. */
static void name_at_verb(const cc_ctx_words *cx, const char *t, size_t from, size_t to, size_t s,
                         size_t e, cc_ctx_hit *h)
{
    const cc_lexicon *lx = cx->lx;
    size_t b = s;
    int opens;
    b = gaps_back(t, from, b);
    opens = b == from || t[b - 1] == ',' || t[b - 1] == ';' || t[b - 1] == ':' || t[b - 1] == '"' ||
            (unsigned char)t[b - 1] >= 0x80;
    if (cc_lexicon__verb_second(lx)) {
        cc_ctx_hit before = *h;
        /* "wie ein Sprecher sagte": the verb ends a "wie" clause */
        name_in_wie(cx, t, from, s, h);
        if (h->norm || h->ne > h->ns)
            return;
        /* "Die Polizei schätzte die Zahl auf ...": the subject opens the
         * clause, and what follows the verb is its object */
        if (!opens && name_before_verb(cx, t, from, s, &before) &&
            opens_clause(lx, t, from, before.ns)) {
            *h = before;
            return;
        }
    }
    if (cc_lexicon__verb_second(lx) || opens) {
        size_t nx = next_word(t, to, e > s ? e - 1 : s);
        if (!separator_between(t, e, nx))
            name_after(cx, t, to, nx, h, 1);
        if (h->norm || h->ne > h->ns)
            return;
        h->art = 0;
    }
    if (!opens)
        name_before_verb(cx, t, from, s, h);
}

/* The source of a speech verb that ends a "wie" clause ("wie das
 * Statistische Bundesamt am Mittwoch mitteilte"): named after the "wie". */
static void name_in_wie(const cc_ctx_words *cx, const char *t, size_t from, size_t s, cc_ctx_hit *h)
{
    size_t k = s;
    while (k > from + 3 && s - k < 120) {
        k--;
        if (t[k] == ',' || t[k] == ';')
            return;
        if ((t[k - 1] == ' ' || k - 1 == from) && k + 3 <= s &&
            cc__ascii_ncasecmp(t + k, "wie ", 4) == 0) {
            name_after(cx, t, s, k + 4, h, 1);
            return;
        }
    }
}

/* The source named before "zufolge" at s. */
static void name_before(const cc_lexicon *lx, const char *t, size_t from, size_t s, cc_ctx_hit *h)
{
    size_t e = s, b;
    e = gaps_back(t, from, e);
    b = e;
    while (b > from && !is_gap(t[b - 1]) && t[b - 1] != ',' && e - b < 60)
        b--;
    if (b < e) {
        size_t mend = 0;
        uint16_t got = 0;
        const cc_lex_entry *m = cc_lexicon__match(lx, t, e, b, CC_LEX_CONTEXT, &mend, &got);
        if (m && (m->ctx == CC_CTX_ATTRIB_NAME || m->ctx == CC_CTX_ATTRIB_SELF) && mend == e) {
            h->norm = m->norm;
            return;
        }
        if (upper_at(t, e, b)) {
            h->ns = b;
            h->ne = e;
        }
    }
}

/* Does a particle end the clause of the verb t[s..e) that makes it
 * another verb (the table's particle_verbs: "In Bremen fiel bei 16.000
 * Haushalten der Strom aus": "ausfallen", fail, not "fallen")? Only a
 * verb, written in lower case where nouns are capitalised ("Der Anstieg
 * fiel moderat aus" keeps the rise of "Anstieg"); looked for within 200
 * bytes. */
/* The mark that ends the clause after e (t[0..len) may be read): the
 * first of . , ; : ! ? in t[e..to) before white space or `to` ("16.000"
 * goes on), if it stands less than 200 bytes after e, else to. */
static size_t clause_mark(const char *t, size_t len, size_t to, size_t e)
{
    size_t k = e, lim = to - e > 200 ? e + 200 : to;
#if defined(__GNUC__) && defined(__SSE2__)
    while (k < lim && len - k >= 16) {
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(t + k));
        unsigned hit = (unsigned)_mm_movemask_epi8(
            _mm_or_si128(_mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('.')),
                                                   _mm_cmpeq_epi8(x, _mm_set1_epi8(','))),
                                      _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8(';')),
                                                   _mm_cmpeq_epi8(x, _mm_set1_epi8(':')))),
                         _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('!')),
                                      _mm_cmpeq_epi8(x, _mm_set1_epi8('?')))));
        for (; hit; hit &= hit - 1) {
            size_t j = k + (size_t)__builtin_ctz(hit);
            if (j >= lim)
                return to;
            if (j + 1 >= to || is_gap(t[j + 1]))
                return j;
        }
        k += 16;
    }
#else
    (void)len;
#endif
    for (; k < lim; k++)
        if ((t[k] == '.' || t[k] == ',' || t[k] == ';' || t[k] == ':' || t[k] == '!' ||
             t[k] == '?') &&
            (k + 1 >= to || is_gap(t[k + 1])))
            return k;
    return to;
}

static int particle_ends_clause(const cc_lexicon *lx, const char *t, size_t len, size_t to,
                                size_t s, size_t e)
{
    size_t k, w;
    if (!cc_lexicon__nouns_capitalized(lx) || !(t[s] >= 'a' && t[s] <= 'z') ||
        !cc_lexicon__particle_verb(lx, t + s, e - s, NULL, 0))
        return 0;
    /* the clause ends at a mark before white space ("16.000" goes on) */
    k = clause_mark(t, len, to, e);
    if (k >= to)
        return 0;
    w = k;
    while (w > e && ((t[w - 1] | 0x20) >= 'a' && (t[w - 1] | 0x20) <= 'z'))
        w--;
    return w > e && is_gap(t[w - 1]) && cc_lexicon__particle_verb(lx, t + s, e - s, t + w, k - w);
}

/* Hits that may name a source: cc_ctxwords__apply counts those that do. */
static int is_source(int ctx)
{
    return ctx == CC_CTX_ATTRIB || ctx == CC_CTX_ATTRIB_POST || ctx == CC_CTX_ATTRIB_SELF ||
           ctx == CC_CTX_SAY || ctx == CC_CTX_SAY_FINAL;
}

int cc_ctxwords__may_begin(const cc_ctx_words *cx, const char *t, size_t len, size_t to, size_t i)
{
    return cc_ctxfirst__no_key_at(cx->first, t, len, to, i) == i;
}

/* Keep the clause breaks of t[from..to) in cx->brk: each ',' or ';' before
 * to - 1 that white space follows (t[0..len) may be read); sixteen or
 * eight bytes at a time where the compiler allows it. */
static void find_breaks(cc_ctx_words *cx, const char *t, size_t len, size_t from, size_t to)
{
    size_t k = from, lim = to > from ? to - 1 : from;
#if defined(__GNUC__) && defined(__SSE2__)
    while (k < lim && len - k >= 16) {
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(t + k));
        unsigned hit = (unsigned)_mm_movemask_epi8(_mm_or_si128(
            _mm_cmpeq_epi8(x, _mm_set1_epi8(',')), _mm_cmpeq_epi8(x, _mm_set1_epi8(';'))));
        if (lim - k < 16)
            hit &= (1u << (lim - k)) - 1;
        for (; hit; hit &= hit - 1) {
            size_t j = k + (size_t)__builtin_ctz(hit);
            if (is_gap(t[j + 1])) {
                if (cx->nbrk == CC_CTX_MAX_BREAKS) {
                    cx->brk_full = 1;
                    return;
                }
                cx->brk[cx->nbrk++] = j;
            }
        }
        k += 16;
    }
#else
    (void)len;
#endif
    for (; k < lim; k++) {
        if ((t[k] == ',' || t[k] == ';') && is_gap(t[k + 1])) {
            if (cx->nbrk == CC_CTX_MAX_BREAKS) {
                cx->brk_full = 1;
                return;
            }
            cx->brk[cx->nbrk++] = k;
        }
    }
}

void cc_ctxwords__init(cc_ctx_words *cx, const cc_lexicon *lx)
{
    cx->from = cx->to = 0;
    cx->n = 0;
    cx->nbrk = cx->brk_full = 0;
    cx->lx = lx;
    cc_attrib__lists(&cx->lists, lx);
    cx->first = cc_ctxfirst__get(lx);
    cx->named_before = 0;
}

/* Read t[from..to) once for context words. */
void cc_ctxwords__scan(cc_ctx_words *cx, const char *t, size_t len, size_t from, size_t to)
{
    const cc_lexicon *lx = cx->lx;
    const cc_ctx_first *first = cx->first;
    size_t i = from;
    int sources = 0;  /* hits that may name a source */
    int contrast = 0; /* a word that sets the sentence against another source */
    cx->from = from;
    cx->to = to;
    cx->n = 0;
    cx->nbrk = cx->brk_full = 0;
    find_breaks(cx, t, len, from, to);
    if (i < to && !is_word_start(t, to, i))
        i = next_word(t, to, i);
    while (i < to && cx->n < CC_CTX_MAX_HITS) {
        size_t mend, we = cc_ctxfirst__no_key_at(first, t, len, to, i);
        uint16_t got; /* not read: the entry's class tells */
        const cc_lex_entry *m;
        if (we > i) {
            i = gap_end(t, to, i, we);
            continue;
        }
        mend = 0;
        got = 0;
        m = cc_lexicon__match(lx, t, to, i, CC_LEX_CONTEXT, &mend, &got);
        if (m && m->ctx == CC_CTX_NONE && mend > i) {
            /* "gegenüber dem Vorjahr": read past it as one word */
            i = mend;
            if (i < to && !is_word_start(t, to, i))
                i = next_word(t, to, i);
            continue;
        }
        if (m && (m->ctx == CC_CTX_UP || m->ctx == CC_CTX_DOWN) &&
            particle_ends_clause(lx, t, len, to, i, mend)) {
            /* "fiel ... aus": no direction */
            i = next_word(t, to, i);
            continue;
        }
        if (m && !cc_ctxfirst__passed_by(m->ctx)) {
            cc_ctx_hit *h = &cx->h[cx->n++];
            memset(h, 0, sizeof *h);
            h->s = i;
            h->e = mend;
            h->ctx = m->ctx;
            h->norm = m->norm;
            if (m->ctx == CC_CTX_BARRIER) {
                /* the clause it opens: up to the next ',', ';' or ':' that
                 * ends a clause (not the decimal comma of "2,5 Prozent") */
                size_t k = mend;
                while (k < to && !(t[k] == ';' || ((t[k] == ',' || t[k] == ':') &&
                                                   (k + 1 >= to || is_gap(t[k + 1])))))
                    k++;
                h->e = k;
            } else if (m->ctx == CC_CTX_ATTRIB && !h->norm)
                name_after(cx, t, to, next_word(t, to, mend > i ? mend - 1 : i), h, 0);
            else if (m->ctx == CC_CTX_ATTRIB_POST)
                name_before(lx, t, from, i, h);
            if (is_source(m->ctx))
                sources++; /* a speech verb is named below */
            contrast |= m->ctx == CC_CTX_CONTRAST;
            if (m->ctx == CC_CTX_UP_PREV || m->ctx == CC_CTX_DOWN_PREV) {
                /* "higher than a year ago": the comparison's base is read
                 * on its own ("than a year ago" gives no scope) */
                i = next_word(t, to, i);
                continue;
            }
            i = mend > i ? mend : i + 1;
            if (i < to && !is_word_start(t, to, i))
                i = next_word(t, to, i);
            continue;
        }
        i = next_word(t, to, i);
    }
    /* the source of a speech verb counts only where two hits could name
     * sources (cc_ctxwords__apply), or one and a figure before: else its
     * name is never read */
    if (sources + (cx->named_before && contrast) < 2)
        return;
    for (int k = 0; k < cx->n; k++) {
        cc_ctx_hit *h = &cx->h[k];
        if (h->ctx == CC_CTX_SAY)
            name_at_verb(cx, t, from, to, h->s, h->e, h);
        else if (h->ctx == CC_CTX_SAY_FINAL)
            name_in_wie(cx, t, from, h->s, h);
    }
}

/* A clause break (", " or "; ", or either at the end of a line) between a
 * and b? */
static int clause_break_read(const char *t, size_t a, size_t b)
{
    for (size_t k = a; k + 1 < b; k++)
        if ((t[k] == ',' || t[k] == ';') && is_gap(t[k + 1]))
            return 1;
    return 0;
}

/* Distance from a hit to the mention [s, e); words after count double,
 * and a clause break between them adds a penalty. */
static int clause_break(const cc_ctx_words *cx, const char *t, size_t a, size_t b)
{
    size_t lo = 0, hi = (size_t)cx->nbrk;
    if (cx->brk_full || a < cx->from || b > cx->to)
        return clause_break_read(t, a, b);
    while (lo < hi) { /* the first break at or after a */
        size_t mid = lo + (hi - lo) / 2;
        if (cx->brk[mid] < a)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < (size_t)cx->nbrk && cx->brk[lo] + 1 < b;
}

static size_t distance(const cc_ctx_words *cx, const char *t, const cc_ctx_hit *h, size_t s,
                       size_t e)
{
    size_t d = 0;
    if (h->e <= s)
        d = s - h->e + (clause_break(cx, t, h->e, s) ? 4096 : 0);
    else if (h->s >= e)
        d = 2 * (h->s - e) + 1 + (clause_break(cx, t, e, h->s) ? 4096 : 0);
    return d;
}

/* Does a subordinate clause ("weil ...", "because ...") hold the hit but
 * not the mention (or, with `both`, the mention but not the hit)? Then the
 * hit says nothing about the mention. Attribution uses one way only: a
 * source named in the main clause covers its subordinate clauses. */
static int walled_off(const cc_ctx_words *cx, const cc_ctx_hit *h, const cc_xmention *xm, int both)
{
    for (int k = 0; k < cx->n; k++) {
        const cc_ctx_hit *b = &cx->h[k];
        int hin, min;
        if (b->ctx != CC_CTX_BARRIER)
            continue;
        hin = h->s >= b->s && h->s < b->e;
        min = xm->start >= b->s && xm->start < b->e;
        if ((hin && !min) || (both && min && !hin))
            return 1;
    }
    return 0;
}

/* Can a scope word reach the figure? Not across ';' (a clause with its
 * own time: "legte um 7 Prozent zu; seit Jahresbeginn ..."), and from
 * after the figure only up to the next figure: a trailing word belongs to
 * the figure it follows ("1.2% to 5,778 points and ... 2.6% intraday"),
 * within its clause ("to €412mn, missing expectations of €520mn") and
 * outside an aside ("1,2 Mrd. Euro (Vorjahr: 1,5 Mrd. Euro)"). */
/* A conjunction that joins main clauses among the words of t[a..b)? */
static int conjunction_in(const cc_lexicon *lx, const char *t, size_t a, size_t b)
{
    size_t i = a;
    while (i < b) {
        size_t s;
        while (i < b && !((t[i] | 0x20) >= 'a' && (t[i] | 0x20) <= 'z'))
            i++;
        s = i;
        while (i < b && ((t[i] | 0x20) >= 'a' && (t[i] | 0x20) <= 'z'))
            i++;
        if (i > s && (s == 0 || is_gap(t[s - 1])) && (i >= b || is_gap(t[i])) &&
            cc_lexicon__conjunction(lx, t, s, i))
            return 1;
    }
    return 0;
}

static int scope_reaches(const cc_lexicon *lx, const char *t, const cc_ctx_hit *h,
                         const cc_xmention *xm)
{
    int after = h->s >= xm->end;
    size_t a = after ? xm->end : h->e, b = after ? h->s : xm->start;
    if (h->e > xm->start && h->s < xm->end)
        return 1;
    /* not across ";"; written after the figure, not past another figure,
     * clause or bracket; before it, not out of brackets it stands in
     * ("(Vj.: 2,05 Mrd. Euro), ein Plus von 12,7 Prozent") */
    for (size_t k = a; k < b; k++)
        if (t[k] == ';' ||
            (after && ((t[k] >= '0' && t[k] <= '9') || t[k] == ',' || t[k] == '(')) ||
            (!after && t[k] == ')'))
            return 0;
    /* "auf 164,56 Dollar und hat seit Jahresbeginn 37 Prozent verloren":
     * a scope written after the figure, past "und", is the next clause's */
    if (after)
        return !conjunction_in(lx, t, a, b);
    /* "to €47, from €40 previously, and warned that prices could spike
     * above €60": a scope that trails another figure in its clause stays
     * with it past a conjunction ("Im frühen Handel fiel die Aktie um 3
     * Prozent und der Dax um 1 Prozent" reaches: nothing before it) */
    if (conjunction_in(lx, t, a, b))
        for (size_t k = h->s;
             k > xm->ss && h->s - k < 200 && t[k - 1] != ',' && t[k - 1] != ';' && t[k - 1] != '.';
             k--)
            if (t[k - 1] >= '0' && t[k - 1] <= '9')
                return 0;
    return 1;
}

/* Does a comma or semicolon follow t[..e) after white space only, before b? */
static int ends_clause(const char *t, size_t e, size_t b)
{
    while (e < b && is_gap(t[e]))
        e++;
    return e < b && (t[e] == ',' || t[e] == ';');
}

/* Does the word end directly before the figure ("up from 2.9%"), and with
 * `clause`, open a clause (", nach 1,6 Prozent")? */
static int just_before(const char *t, const cc_ctx_words *cx, const cc_ctx_hit *h,
                       const cc_xmention *xm, int clause)
{
    size_t b = h->s;
    if (!only_gaps(t, h->e, xm->start))
        return 0;
    if (!clause)
        return 1;
    b = gaps_back(t, cx->from, b);
    return b > cx->from && (t[b - 1] == ',' || t[b - 1] == ';' || t[b - 1] == '(');
}

/* Does the hit follow the figure with only white space between ("3.7%
 * higher")? */
static int just_after(const char *t, const cc_ctx_hit *h, const cc_xmention *xm)
{
    return only_gaps(t, xm->end, h->s);
}

/* Is there a clause break (", ", "; ") between the hit and the figure? */
static int across_clause(const cc_ctx_words *cx, const char *t, const cc_ctx_hit *h,
                         const cc_xmention *xm)
{
    if (h->e <= xm->start)
        return clause_break(cx, t, h->e, xm->start);
    return h->s >= xm->end && clause_break(cx, t, xm->end, h->s);
}

/* The start of the word that ends at e (after white space), or e. */
static size_t word_back(const char *t, size_t from, size_t e)
{
    size_t s = e;
    while (s > from && !is_gap(t[s - 1]) && t[s - 1] != ',')
        s--;
    return s;
}

/* The word before position i (its start in *s), or 0 if none. */
static size_t word_before_at(const char *t, size_t from, size_t i, size_t *s)
{
    size_t e = i;
    e = gaps_back(t, from, e);
    *s = word_back(t, from, e);
    return *s < e ? e : 0;
}

/* ", the Department for Transport at 180" after "Organisers put the
 * number at 300": a clause that repeats the one of the figure before
 * (prev, attributed, the same word before both figures) without its verb
 * names its own source, a capitalised phrase (with joiners) between the
 * comma (and an article) and that word. In a language that capitalises
 * every noun a capital names no one, so nothing is read there. */
static int elliptic_source(const cc_ctx_words *cx, const char *t, const cc_xmention *prev,
                           const cc_xmention *xm, cc_ctx_hit *out)
{
    const cc_lexicon *lx = cx->lx;
    size_t e, s, ps, pe, mend = 0, start = 0, end;
    uint16_t got = 0;
    const cc_lex_entry *m;
    int words = 0;

    if (!lx || cc_lexicon__nouns_capitalized(lx) || !prev->attrib || prev->ss != xm->ss ||
        prev->start < cx->from)
        return 0;
    e = word_before_at(t, cx->from, xm->start, &s);
    pe = word_before_at(t, cx->from, prev->start, &ps);
    if (!e || !pe || e - s != pe - ps || cc__ascii_ncasecmp(t + s, t + ps, e - s) != 0)
        return 0;
    for (end = e = s; e > cx->from && words < 8;) {
        e = gaps_back(t, cx->from, e);
        if (e > cx->from && t[e - 1] == ',')
            break;
        s = word_back(t, cx->from, e);
        if (s == e)
            return 0;
        m = cc_lexicon__match(lx, t, e, s, CC_LEX_CONTEXT, &mend, &got);
        if (m && m->ctx == CC_CTX_ARTICLE && mend == e) {
            e = s;
            e = gaps_back(t, cx->from, e);
            break;
        }
        if (upper_at(t, e, s))
            start = s;
        else if (!words || !cc_attrib__joiner(&cx->lists, t, s, e))
            return 0;
        words++;
        e = s;
    }
    if (!start || e <= cx->from || t[e - 1] != ',')
        return 0;
    end = gaps_back(t, start, end);
    if (words == 1) {
        /* "France at 1.5%, Germany at 2.1%": a country is what the figure
         * is about, not who gives it */
        char f[64];
        size_t fn = cc_context__fold(t + start, end - start, f, sizeof f);
        const char *lang = cc_lexicon__lang(lx);
        if (cc_countries__load(lang) == CC_OK && cc_countries__code(lang, f, fn))
            return 0;
    }
    memset(out, 0, sizeof *out);
    out->ctx = CC_CTX_ATTRIB;
    out->ns = start;
    out->ne = end;
    return 1;
}

int cc_ctxwords__measures(const cc_ctx_words *cx, const char *t, const cc_xmention *xm, int ctx)
{
    size_t end = xm->end;
    for (int w = 0; w < 2; w++) {
        end = skip_spaces(t, xm->se, end);
        if (end >= xm->se || strchr(",;:.()", t[end]))
            break;
        while (end < xm->se && !strchr(" \t\n,;:.()", t[end]))
            end++;
    }
    for (int k = 0; k < cx->n; k++)
        if (cx->h[k].ctx == ctx && cx->h[k].s >= xm->end && cx->h[k].s < end)
            return 1;
    return 0;
}

cc_status cc_ctxwords__apply(cc_extraction *x, const char *t, const cc_ctx_words *cx,
                             cc_xmention *xm)
{
    cc_ctx_hit own;
    size_t best_scope = SIZE_MAX, best_dir = SIZE_MAX, best_attr = SIZE_MAX;
    const cc_ctx_hit *attr = NULL;
    const char *forecast = NULL;
    int market = 0, barriers = 0, sources = 0, so_far = 0, carry = 0, contrast = 0;
    size_t reference = SIZE_MAX; /* where the reference of a comparison begins */

    for (int k = 0; k < cx->n; k++) {
        const cc_ctx_hit *h = &cx->h[k];
        if ((h->ctx == CC_CTX_UP_PREV || h->ctx == CC_CTX_DOWN_PREV) && just_after(t, h, xm))
            reference = h->e;
        if (h->ctx == CC_CTX_MARKET && h->s >= xm->ss && h->s < xm->se)
            market = xm->market = 1;
        if ((h->ctx == CC_CTX_ATTRIB || h->ctx == CC_CTX_ATTRIB_POST ||
             h->ctx == CC_CTX_ATTRIB_SELF || h->ctx == CC_CTX_SAY || h->ctx == CC_CTX_SAY_FINAL) &&
            (h->norm || h->ne > h->ns) && h->s >= xm->ss && h->s < xm->se)
            sources++;
        barriers |= cx->h[k].ctx == CC_CTX_BARRIER;
        contrast |= h->ctx == CC_CTX_CONTRAST && h->s >= xm->ss && h->s < xm->se;
    }
    for (int k = 0; k < cx->n; k++) {
        const cc_ctx_hit *h = &cx->h[k];
        size_t d; /* distance(), where the kind of hit asks for it */
        if (barriers && h->ctx != CC_CTX_NEG && h->ctx != CC_CTX_INSTEAD &&
            h->ctx != CC_CTX_BARRIER &&
            walled_off(cx, h, xm,
                       h->ctx != CC_CTX_ATTRIB && h->ctx != CC_CTX_ATTRIB_POST &&
                           h->ctx != CC_CTX_ATTRIB_SELF && h->ctx != CC_CTX_SAY &&
                           h->ctx != CC_CTX_SAY_FINAL))
            continue;
        switch (h->ctx) {
        case CC_CTX_SCOPE_NEXT_CLAUSE:
        case CC_CTX_SCOPE_NEXT:
            /* "up from 2.9%", ", nach 1,6 Prozent": the figure it stands
             * before, and no other scope, is meant */
            if (just_before(t, cx, h, xm, h->ctx == CC_CTX_SCOPE_NEXT_CLAUSE)) {
                best_scope = 0;
                xm->scope = h->norm;
            }
            break;
        case CC_CTX_SCOPE_MARKET:
            /* "vorübergehend festgenommen", "briefly detained", "zeitweise
             * ohne Strom": no intraday; a price or a change moves in a
             * session even where no market word is written ("Nvidia
             * verlor zeitweise 17 Prozent"), a count of people does not */
            if (!market && xm->q.dimension != CC_DIM_CURRENCY &&
                xm->q.dimension != CC_DIM_PERCENT && xm->q.dimension != CC_DIM_POINTS)
                break;
            /* fall through */
        case CC_CTX_SCOPE:
            /* "31 Prozent mehr als der Schlusskurs vom Freitag": the time
             * of the reference the figure is compared with, not its own;
             * "beats forecasts, plans 1,200 job cuts", "As expected, sales
             * rose 5%": a forecast word that ends a clause before the
             * figure's is no forecast of it ("is expected to follow with a
             * cut, taking its range to 4.50%" is) */
            if (h->s >= reference || !scope_reaches(cx->lx, t, h, xm) ||
                (h->e < xm->start && h->norm && strcmp(h->norm, "forecast") == 0 &&
                 ends_clause(t, h->e, xm->start)))
                break;
            if (h->norm && strcmp(h->norm, "forecast") == 0 && !across_clause(cx, t, h, xm))
                forecast = h->norm;
            if (h->norm && strcmp(h->norm, "so far") == 0 && !across_clause(cx, t, h, xm))
                so_far = 1;
            d = distance(cx, t, h, xm->start, xm->end);
            if (d < best_scope) {
                best_scope = d;
                xm->scope = h->norm;
            }
            break;
        case CC_CTX_UP_NEXT:
            if (just_before(t, cx, h, xm, 0)) {
                best_dir = 0;
                xm->direction = 1;
            }
            break;
        case CC_CTX_UP_PREV:
        case CC_CTX_DOWN_PREV:
            if (just_after(t, h, xm)) {
                best_dir = 0;
                xm->direction = (int8_t)(h->ctx == CC_CTX_UP_PREV ? 1 : -1);
            }
            break;
        case CC_CTX_SIGN:
            /* the figure's own sign ("minus 1.200.000") is no direction;
             * "minus" elsewhere marks a decline ("minus 3 Prozent") */
            if (!h->norm || (xm->sign_word && h->s >= xm->start && h->s < xm->end))
                break;
            /* fall through */
        case CC_CTX_UP:
        case CC_CTX_DOWN:
            /* "SPD at 16%, up one point", "to €412mn, missing expectations
             * of €520mn": the word tells the change in its own clause; in
             * brackets after the figure, a change of its own ("16,4
             * Prozent (minus 9,3)", "(plus 2,1)") */
            if (across_clause(cx, t, h, xm) ||
                (h->s >= xm->end && memchr(t + xm->end, '(', h->s - xm->end)))
                break;
            d = distance(cx, t, h, xm->start, xm->end);
            if (d < best_dir) {
                best_dir = d;
                xm->direction = (int8_t)(h->ctx == CC_CTX_UP ? 1 : -1);
            }
            break;
        case CC_CTX_INSTEAD:
        case CC_CTX_NEG:
            if (h->e <= xm->start && xm->start - h->e <= NEG_REACH &&
                !separator_between(t, h->e, xm->start))
                xm->negated = 1;
            break;
        case CC_CTX_ATTRIB:
        case CC_CTX_ATTRIB_POST:
        case CC_CTX_ATTRIB_SELF:
        case CC_CTX_SAY:
        case CC_CTX_SAY_FINAL:
            /* a speech verb names a source only where the sentence sets
             * two against each other ("12,000, the union said, though the
             * trust put the figure at 8,500"): attribution keys the
             * comparison, and one outlet's "officials said" next to
             * another's plain figure must not split them */
            if ((h->ctx == CC_CTX_SAY || h->ctx == CC_CTX_SAY_FINAL) &&
                (sources + (cx->named_before && contrast) < 2 || (h->fwd && h->s >= xm->end)))
                break;
            if ((h->norm || h->ne > h->ns) &&
                (d = distance(cx, t, h, xm->start, xm->end)) < best_attr) {
                best_attr = d;
                attr = h;
            }
            break;
        case CC_CTX_CARRY: carry |= h->s >= xm->ss && h->s < xm->se; break;
        default: break;
        }
    }
    if (carry && !attr && !xm->scope && x->n >= 2 && xm == &x->m[x->n - 1] &&
        x->m[x->n - 2].kind == CC_MENTION_AMOUNT && x->m[x->n - 2].end <= xm->ss &&
        only_gaps(t, x->m[x->n - 2].se, xm->ss)) {
        /* "demnach" after the sentence of the figure before: its source and
         * its scope (the two sentences touch: no other sentence between) */
        xm->scope = x->m[x->n - 2].scope;
        xm->attrib = x->m[x->n - 2].attrib;
        return CC_OK;
    }
    /* "bisher waren bis zu 42 Milliarden Euro angepeilt", "Bisher hatte das
     * Unternehmen 15,5 Milliarden Euro in Aussicht gestellt": "so far" next
     * to a forecast word in one clause is the forecast a revision replaced,
     * the earlier figure of a change, not the forecast now */
    if (forecast && so_far && xm->scope && best_scope != 0 &&
        (strcmp(xm->scope, "so far") == 0 || strcmp(xm->scope, "forecast") == 0))
        xm->scope = "prior_period";
    if (attr && attr->e <= xm->start && x->n >= 2 && xm == &x->m[x->n - 1] &&
        across_clause(cx, t, attr, xm) && elliptic_source(cx, t, &x->m[x->n - 2], xm, &own))
        attr = &own;
    if (attr) {
        char buf[128];
        const char *s = attr->norm ? attr->norm : t + attr->ns;
        size_t n = attr->norm ? strlen(attr->norm) : attr->ne - attr->ns;
        if (!attr->norm && cc_lexicon__name_cases(cx->lx)) {
            n = cc_attrib__normalise_de(t, attr->ns, attr->ne, attr->art, buf, sizeof buf);
            s = buf;
        }
        if (!(xm->attrib = cc_strpool__add(&x->pool, s, n)))
            return CC_ENOMEM;
    }
    return CC_OK;
}
