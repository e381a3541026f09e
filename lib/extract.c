/*
 * extract.c - every quantity mention in an article, with its sentence and
 * the words around it that change what it measures: time scope
 * ("zeitweise" -> intraday), attribution ("laut Polizei" -> police),
 * direction ("verlor" -> down) and negation ("nicht für fünf Millionen").
 *
 * One pass: the scanner of numparse.c finds mentions without allocating;
 * for each new sentence that holds one, ICU gives its bounds (sentence.c)
 * and the sentence is read once for context words (bounded to about 1 KB
 * around the mention), so time stays linear and memory grows only with
 * the mentions kept. Invalid UTF-8 and NUL bytes become warnings.
 */
#include "extract.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/utf8.h>

#include "article.h"
#include "attrib_name.h"
#include "common.h"
#include "date.h"
#include "lexicon.h"
#include "sentence.h"

#define CONTEXT_BEFORE 512 /* bytes of a sentence read before a mention */
#define CONTEXT_AFTER 512
#define MAX_HITS 64
#define NEG_REACH 24       /* "nicht für ": how far a negation reaches */
#define DETECT_BYTES 65536 /* text used to pick the language */

static const char *const kind_names[] = {"amount",     "year",  "date", "time",   "ordinal",
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
            snprintf(w->message, sizeof w->message,
                     "invalid UTF-8 byte 0x%02X (read as U+FFFD)", (unsigned)byte);
    }
    x->nwarn++;
}

static void validate(cc_extraction *x, const char *t, size_t len)
{
    size_t i = 0;
    while (i < len) {
        unsigned char b = (unsigned char)t[i];
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
        /* plain ASCII: eight bytes at a time */
        while (i + 8 <= len) {
            uint64_t w;
            memcpy(&w, t + i, 8);
            if ((w & 0x8080808080808080ULL) ||
                ((w - 0x0101010101010101ULL) & ~w & 0x8080808080808080ULL))
                break;
            i += 8;
        }
    }
}

/* ------------------------------------------------------------------ */
/* Context words                                                       */
/* ------------------------------------------------------------------ */

typedef struct hit {
    size_t s, e;
    int ctx;
    const char *norm;
    size_t ns, ne; /* attribution name as written, when no norm */
    uint8_t art;   /* CC_ATTRIB_*: the German article before that name */
    uint8_t fwd;   /* a speech verb in a relative clause: names the source of
                      the figures after it only */
} hit;

typedef struct context {
    size_t from, to; /* the part of the sentence read */
    hit h[MAX_HITS];
    int n;
} context;

static int is_word_start(const char *t, size_t len, size_t i)
{
    size_t j = i;
    int32_t c = cc_lexicon__next_cp(t, len, &j);
    return cc_lexicon__is_alnum(c) || c == '%' || c == '$' || c == 0x20AC || c == '&';
}

/* ASCII letters and digits */
static int ascii_alnum(unsigned char b)
{
    return (unsigned)((b | 0x20) - 'a') < 26 || (unsigned)(b - '0') < 10;
}

static size_t next_word(const char *t, size_t len, size_t i)
{
    /* past the current word (or sign), then past what separates words;
     * plain ASCII bytes are judged without decoding */
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
            if (ascii_alnum(b) || b == '%' || b == '$' || b == '&')
                break;
            i++;
            continue;
        }
        if (is_word_start(t, len, i))
            break;
        cc_lexicon__next_cp(t, len, &j);
        i = j;
    }
    return i;
}

static size_t word_stop(const char *t, size_t len, size_t i)
{
    while (i < len) {
        size_t j = i;
        int32_t c = cc_lexicon__next_cp(t, len, &j);
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
    if (e - s == 3 && (cc__ascii_ncasecmp(t + s, "der", 3) == 0 ||
                       cc__ascii_ncasecmp(t + s, "dem", 3) == 0 ||
                       cc__ascii_ncasecmp(t + s, "den", 3) == 0))
        return CC_ATTRIB_OBLIQUE;
    return CC_ATTRIB_PLAIN;
}

/* The source named after an attribution word at i (up to `to`). A
 * capitalised run may hold joining words ("Office for National
 * Statistics"); a speaker followed by the body it speaks for takes the
 * body ("ein Sprecher der Stadt", "a spokesman for Tesla"). With `strict`
 * (after a speech verb) only articles may stand before the name: in
 * "teilte am Montag mit" no one is named. */
static void name_after(const cc_lexicon *lx, const char *t, size_t to, size_t i, hit *h,
                       int strict)
{
    int skipped = 0;
    size_t start = 0, end = 0;
    for (int k = 0; k < 8 && i < to; k++) {
        size_t mend = 0, we;
        uint16_t got = 0;
        const cc_lex_entry *m;
        if (k > 0 && separator_between(t, end ? end : h->e, i))
            break;
        m = cc_lexicon__match(lx, t, to, i, CC_LEX_CONTEXT, &mend, &got);
        if (m && (m->ctx == CC_CTX_ATTRIB_NAME || m->ctx == CC_CTX_ATTRIB_SELF) && !start) {
            hit body;
            h->norm = m->norm;
            if (m->norm && strcmp(m->norm, "spokesperson") == 0 && mend < to) {
                /* "Sprecher der Stadt": the body, if one is named */
                memset(&body, 0, sizeof body);
                body.e = mend;
                name_after(lx, t, to, next_word(t, to, mend > i ? mend - 1 : i), &body, 1);
                if (body.norm || body.ne > body.ns)
                    *h = (hit){h->s, h->e, h->ctx, body.norm, body.ns, body.ne, body.art, 0};
            }
            return;
        }
        we = word_stop(t, to, i);
        if (we == i)
            break;
        if (upper_at(t, to, i)) {
            if (!start)
                start = i;
            end = we;
            if (end - start > 60)
                break;
        } else if (start) {
            /* a joining word inside a name, before its next capitalised part */
            size_t nx = next_word(t, to, i);
            if (!cc_attrib__joiner(t, i, we) || nx >= to || !upper_at(t, to, nx) ||
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

/* The source named before a speech verb at s ("the union said", "the
 * hospital trust put the figure at", "regulator Ofgem said"): the words
 * back to an article, a separator or a word that names no one; of a
 * phrase that mixes lower-case words and a capitalised tail the tail is
 * the name ("regulator Ofgem" -> "Ofgem"). 1 if one was found. */
static int name_before_verb(const cc_lexicon *lx, const char *t, size_t from, size_t s, hit *h)
{
    size_t e = s, ws, start = 0, end = 0;
    int words = 0, first_upper = -1;
    while (e > from && (t[e - 1] == ' ' || t[e - 1] == '\t' || t[e - 1] == '\n'))
        e--;
    end = e;
    while (e > from && words < 5) {
        size_t mend = 0;
        uint16_t got = 0;
        const cc_lex_entry *m;
        ws = e;
        while (ws > from && t[ws - 1] != ' ' && t[ws - 1] != '\n' && t[ws - 1] != '\t' &&
               e - ws < 40)
            ws--;
        if (ws == e || separator_between(t, ws, e) || word_stop(t, e, ws) != e)
            break;
        if (cc_attrib__stop_word(t, ws, e)) {
            /* "which retailers said": the source speaks for what follows */
            h->fwd = cc_attrib__clause_opener(t, ws, e);
            break;
        }
        /* "Ein Viertel sagt": a number names no one */
        if (cc_lexicon__match(lx, t, e, ws, CC_LEX_NUMBER | CC_LEX_NUMBER_PART | CC_LEX_SCALE,
                              &mend, &got) &&
            mend == e)
            break;
        m = cc_lexicon__match(lx, t, e, ws, CC_LEX_CONTEXT, &mend, &got);
        if (m && m->ctx == CC_CTX_ARTICLE && mend == e) {
            h->art = article_case(t, ws, e);
            break;
        }
        if (first_upper < 0)
            first_upper = upper_at(t, e, ws);
        else if (first_upper && !upper_at(t, e, ws))
            break; /* "regulator Ofgem": the name is the capitalised tail */
        start = ws;
        words++;
        e = ws;
        while (e > from && (t[e - 1] == ' ' || t[e - 1] == '\t' || t[e - 1] == '\n'))
            e--;
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
    while (b > from && (t[b - 1] == ' ' || t[b - 1] == '\t' || t[b - 1] == '\n'))
        b--;
    ws = b;
    while (ws > from && t[ws - 1] != ' ' && t[ws - 1] != '\t' && t[ws - 1] != '\n' &&
           !separator_between(t, ws - 1, ws))
        ws--;
    if (ws < b) {
        size_t mend = 0;
        uint16_t got = 0;
        const cc_lex_entry *m = cc_lexicon__match(lx, t, b, ws, CC_LEX_CONTEXT, &mend, &got);
        if (!(m && m->ctx == CC_CTX_ARTICLE && mend == b))
            return 0;
        b = ws;
        while (b > from && (t[b - 1] == ' ' || t[b - 1] == '\t' || t[b - 1] == '\n'))
            b--;
    }
    return b == from || separator_between(t, b - 1, b);
}

static void name_in_wie(const cc_lexicon *lx, const char *t, size_t from, size_t s, hit *h);

/* The source of a speech verb at [s, e): before it, or after it where the
 * verb comes first in its clause (", said the union", "teilte die Polizei
 * mit", "sagte ein Sprecher der Stadt"). German names the subject after
 * the verb whenever something else opens the clause, so its name after
 * the verb comes first there. */
static void name_at_verb(const cc_lexicon *lx, const char *t, size_t from, size_t to, size_t s,
                         size_t e, hit *h)
{
    size_t b = s;
    int opens;
    while (b > from && (t[b - 1] == ' ' || t[b - 1] == '\t' || t[b - 1] == '\n'))
        b--;
    opens = b == from || t[b - 1] == ',' || t[b - 1] == ';' || t[b - 1] == ':' ||
            t[b - 1] == '"' || (unsigned char)t[b - 1] >= 0x80;
    if (strcmp(cc_lexicon__lang(lx), "de") == 0) {
        hit before = *h;
        /* "wie ein Sprecher sagte": the verb ends a "wie" clause */
        name_in_wie(lx, t, from, s, h);
        if (h->norm || h->ne > h->ns)
            return;
        /* "Die Polizei schätzte die Zahl auf ...": the subject opens the
         * clause, and what follows the verb is its object */
        if (!opens && name_before_verb(lx, t, from, s, &before) &&
            opens_clause(lx, t, from, before.ns)) {
            *h = before;
            return;
        }
    }
    if (strcmp(cc_lexicon__lang(lx), "de") == 0 || opens) {
        size_t nx = next_word(t, to, e > s ? e - 1 : s);
        if (!separator_between(t, e, nx))
            name_after(lx, t, to, nx, h, 1);
        if (h->norm || h->ne > h->ns)
            return;
        h->art = 0;
    }
    if (!opens)
        name_before_verb(lx, t, from, s, h);
}

/* The source of a speech verb that ends a "wie" clause ("wie das
 * Statistische Bundesamt am Mittwoch mitteilte"): named after the "wie". */
static void name_in_wie(const cc_lexicon *lx, const char *t, size_t from, size_t s, hit *h)
{
    size_t k = s;
    while (k > from + 3 && s - k < 120) {
        k--;
        if (t[k] == ',' || t[k] == ';')
            return;
        if ((t[k - 1] == ' ' || k - 1 == from) && k + 3 <= s &&
            cc__ascii_ncasecmp(t + k, "wie ", 4) == 0) {
            name_after(lx, t, s, k + 4, h, 1);
            return;
        }
    }
}

/* The source named before "zufolge" at s. */
static void name_before(const cc_lexicon *lx, const char *t, size_t from, size_t s, hit *h)
{
    size_t e = s, b;
    while (e > from && (t[e - 1] == ' ' || t[e - 1] == '\t' || t[e - 1] == '\n'))
        e--;
    b = e;
    while (b > from && t[b - 1] != ' ' && t[b - 1] != '\n' && t[b - 1] != ',' && e - b < 60)
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

/* Read t[from..to) once for context words. */
static void scan_context(const cc_lexicon *lx, const char *t, size_t from, size_t to,
                         context *cx)
{
    size_t i = from;
    cx->from = from;
    cx->to = to;
    cx->n = 0;
    if (i < to && !is_word_start(t, to, i))
        i = next_word(t, to, i);
    while (i < to && cx->n < MAX_HITS) {
        size_t mend = 0;
        uint16_t got = 0;
        const cc_lex_entry *m = cc_lexicon__match(lx, t, to, i, CC_LEX_CONTEXT, &mend, &got);
        if (m && m->ctx == CC_CTX_NONE && mend > i) {
            /* "gegenüber dem Vorjahr": read past it as one word */
            i = mend;
            if (i < to && !is_word_start(t, to, i))
                i = next_word(t, to, i);
            continue;
        }
        if (m && m->ctx != CC_CTX_ARTICLE && m->ctx != CC_CTX_ATTRIB_NAME &&
            m->ctx != CC_CTX_CHANGE_TO && m->ctx != CC_CTX_GOV_NEAR &&
            m->ctx != CC_CTX_GOV_FAR) {
            hit *h = &cx->h[cx->n++];
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
                                                   (k + 1 >= to || t[k + 1] == ' ' ||
                                                    t[k + 1] == '\n'))))
                    k++;
                h->e = k;
            } else if (m->ctx == CC_CTX_ATTRIB && !h->norm)
                name_after(lx, t, to, next_word(t, to, mend > i ? mend - 1 : i), h, 0);
            else if (m->ctx == CC_CTX_ATTRIB_POST)
                name_before(lx, t, from, i, h);
            else if (m->ctx == CC_CTX_SAY)
                name_at_verb(lx, t, from, to, i, mend, h);
            else if (m->ctx == CC_CTX_SAY_FINAL)
                name_in_wie(lx, t, from, i, h);
            i = mend > i ? mend : i + 1;
            if (i < to && !is_word_start(t, to, i))
                i = next_word(t, to, i);
            continue;
        }
        i = next_word(t, to, i);
    }
}

/* A clause break (", " or "; ") between a and b? */
static int clause_break(const char *t, size_t a, size_t b)
{
    for (size_t k = a; k + 1 < b; k++)
        if ((t[k] == ',' || t[k] == ';') && t[k + 1] == ' ')
            return 1;
    return 0;
}

/* Distance from a hit to the mention [s, e); words after count double,
 * and a clause break between them adds a penalty. */
static size_t distance(const char *t, const hit *h, size_t s, size_t e)
{
    size_t d = 0;
    if (h->e <= s)
        d = s - h->e + (clause_break(t, h->e, s) ? 4096 : 0);
    else if (h->s >= e)
        d = 2 * (h->s - e) + 1 + (clause_break(t, e, h->s) ? 4096 : 0);
    return d;
}

/* Does a subordinate clause ("weil ...", "because ...") hold the hit but
 * not the mention (or, with `both`, the mention but not the hit)? Then the
 * hit says nothing about the mention. Attribution uses one way only: a
 * source named in the main clause covers its subordinate clauses. */
static int walled_off(const context *cx, const hit *h, const cc_xmention *xm, int both)
{
    for (int k = 0; k < cx->n; k++) {
        const hit *b = &cx->h[k];
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
static int scope_reaches(const char *t, const hit *h, const cc_xmention *xm)
{
    int after = h->s >= xm->end;
    size_t a = after ? xm->end : h->e, b = after ? h->s : xm->start;
    if (h->e > xm->start && h->s < xm->end)
        return 1;
    for (size_t k = a; k < b; k++)
        if (t[k] == ';' ||
            (after && ((t[k] >= '0' && t[k] <= '9') || t[k] == ',' || t[k] == '(')))
            return 0;
    return 1;
}

/* Does the word end directly before the figure ("up from 2.9%"), and with
 * `clause`, open a clause (", nach 1,6 Prozent")? */
static int just_before(const char *t, const context *cx, const hit *h, const cc_xmention *xm,
                       int clause)
{
    size_t b = h->s;
    if (h->e > xm->start)
        return 0;
    for (size_t k = h->e; k < xm->start; k++)
        if (t[k] != ' ' && t[k] != '\t' && t[k] != '\n')
            return 0;
    if (!clause)
        return 1;
    while (b > cx->from && (t[b - 1] == ' ' || t[b - 1] == '\t' || t[b - 1] == '\n'))
        b--;
    return b > cx->from && (t[b - 1] == ',' || t[b - 1] == ';' || t[b - 1] == '(');
}

/* Is there a clause break (", ", "; ") between the hit and the figure? */
static int across_clause(const char *t, const hit *h, const cc_xmention *xm)
{
    if (h->e <= xm->start)
        return clause_break(t, h->e, xm->start);
    return h->s >= xm->end && clause_break(t, xm->end, h->s);
}

static cc_status apply_context(cc_extraction *x, const char *t, const context *cx,
                               cc_xmention *xm)
{
    size_t best_scope = SIZE_MAX, best_dir = SIZE_MAX, best_attr = SIZE_MAX;
    const hit *attr = NULL;
    const char *forecast = NULL;
    int market = 0, barriers = 0, sources = 0;

    for (int k = 0; k < cx->n; k++) {
        const hit *h = &cx->h[k];
        if (h->ctx == CC_CTX_MARKET && h->s >= xm->ss && h->s < xm->se)
            market = xm->market = 1;
        if ((h->ctx == CC_CTX_ATTRIB || h->ctx == CC_CTX_ATTRIB_POST ||
             h->ctx == CC_CTX_ATTRIB_SELF || h->ctx == CC_CTX_SAY ||
             h->ctx == CC_CTX_SAY_FINAL) &&
            (h->norm || h->ne > h->ns) && h->s >= xm->ss && h->s < xm->se)
            sources++;
        barriers |= cx->h[k].ctx == CC_CTX_BARRIER;
    }
    for (int k = 0; k < cx->n; k++) {
        const hit *h = &cx->h[k];
        size_t d = distance(t, h, xm->start, xm->end);
        if (barriers && h->ctx != CC_CTX_NEG && h->ctx != CC_CTX_BARRIER &&
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
            if (!scope_reaches(t, h, xm))
                break;
            if (h->norm && strcmp(h->norm, "forecast") == 0 && !across_clause(t, h, xm))
                forecast = h->norm;
            if (d < best_scope) {
                best_scope = d;
                xm->scope = h->norm;
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
             * of €520mn": the word tells the change in its own clause */
            if (across_clause(t, h, xm))
                break;
            if (d < best_dir) {
                best_dir = d;
                xm->direction = (int8_t)(h->ctx == CC_CTX_UP ? 1 : -1);
            }
            break;
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
                (sources < 2 || (h->fwd && h->s >= xm->end)))
                break;
            if ((h->norm || h->ne > h->ns) && d < best_attr) {
                best_attr = d;
                attr = h;
            }
            break;
        default:
            break;
        }
    }
    /* "bisher waren bis zu 42 Milliarden Euro angepeilt": "so far" next to
     * a forecast word in one clause is the earlier forecast */
    if (forecast && xm->scope && best_scope != 0 && strcmp(xm->scope, "so far") == 0)
        xm->scope = forecast;
    if (attr) {
        char buf[128];
        const char *s = attr->norm ? attr->norm : t + attr->ns;
        size_t n = attr->norm ? strlen(attr->norm) : attr->ne - attr->ns;
        if (!attr->norm && strcmp(x->lang, "de") == 0) {
            n = cc_attrib__normalise_de(t, attr->ns, attr->ne, attr->art, buf, sizeof buf);
            s = buf;
        }
        if (!(xm->attrib = cc_strpool__add(&x->pool, s, n)))
            return CC_ENOMEM;
    }
    return CC_OK;
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
    if (cc__grow((void **)&x->m, &x->cap, x->n + 1, sizeof *x->m) != 0)
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
    xm->fraction = m->fraction;
    return CC_OK;
}

/* The lexicon entry for the word that ends before byte i (white space
 * skipped), or NULL; *got says its roles. */
static const cc_lex_entry *word_before(const cc_lexicon *lx, const char *t, size_t i,
                                       uint16_t roles, uint16_t *got)
{
    size_t e = i, s, mend = 0;
    const cc_lex_entry *m;
    while (e > 0 && (t[e - 1] == ' ' || t[e - 1] == '\t' || t[e - 1] == '\n'))
        e--;
    s = e;
    while (s > 0 && t[s - 1] != ' ' && t[s - 1] != '\t' && t[s - 1] != '\n' && e - s < 24)
        s--;
    if (s == e)
        return NULL;
    m = cc_lexicon__match(lx, t, e, s, roles, &mend, got);
    return m && mend == e ? m : NULL;
}

/* Give A, a change without a unit, the unit and scale of the level B it
 * led to ("um 5 auf 20 Millionen Euro": 5 million euros); a change of a
 * percentage is in percentage points ("um 2 auf 5 Prozent": 2 pp). */
static void share_unit(cc_xmention *a, const cc_xmention *b, int change_of_level)
{
    cc_decimal dec;
    cc_quantity q = a->q;
    if (b->q.scale > 0 && q.scale == 0 &&
        cc_decimal__parse(&dec, q.digits, strlen(q.digits)) == CC_OK &&
        cc_quantity__set_end(&q, 0, &dec, b->q.scale) == CC_OK)
        a->q = q;
    if (a->fraction && b->q.dimension == CC_DIM_PERCENT &&
        cc_decimal__parse(&dec, a->q.digits, strlen(a->q.digits)) == CC_OK) {
        /* "stieg von einem Drittel auf 40 Prozent": the fraction is a
         * share, in percent (shares.c) */
        dec.exp += 2;
        if (cc_quantity__set_end(&q, 0, &dec, 0) == CC_OK)
            a->q = q;
        cc_quantity__set_unit(&a->q, "%");
        a->fraction = 0;
        return;
    }
    if (change_of_level && b->q.dimension == CC_DIM_PERCENT)
        cc_quantity__set_unit(&a->q, "pp");
    else
        cc_quantity__set_unit(&a->q, b->q.unit);
}

/* B counts in a scale that A, a small bare number, lacks: "von 3 auf 4
 * Millionen" is 3 million, as in a range; "um 120.000 auf drei Millionen"
 * is written in full and keeps its value. */
static int bare_of_scale(const cc_xmention *a, const cc_xmention *b)
{
    return b->q.scale > 0 && a->q.scale == 0 && !a->has_unit && a->q.value >= 0 &&
           a->q.value < 1000;
}

/* "von 3,5 Billionen auf 2,9 Billionen US-Dollar", "rose from 3 to 3.25
 * percent": the last two mentions are one change, from A to B; A takes
 * B's unit and scale if it has none. Only after "von"/"from": in "fiel um
 * 1 Punkt auf 500", "fell 1 point to 500" A is the size of the change, not
 * where it started, and the two stay plain mentions (A without a unit
 * still takes B's: "stieg um 5 auf 20 Millionen Euro"). */
static void link_change(cc_extraction *x, const cc_lexicon *lx, const char *t)
{
    cc_xmention *a = &x->m[x->n - 2], *b = &x->m[x->n - 1];
    size_t i = a->end, mend = 0;
    uint16_t got = 0;
    const cc_lex_entry *e;

    if (a->kind != CC_MENTION_AMOUNT || b->kind != CC_MENTION_AMOUNT || a->change ||
        a->q.hedge == CC_HEDGE_RANGE || b->q.hedge == CC_HEDGE_RANGE)
        return;
    /* two units that differ ("from 5 percent to $20") are no change of one thing */
    if (a->q.dimension != CC_DIM_COUNT && strcmp(a->q.unit, b->q.unit) != 0)
        return;
    while (i < b->start && (t[i] == ' ' || t[i] == '\t' || t[i] == '\n'))
        i++;
    e = cc_lexicon__match(lx, t, b->start, i, CC_LEX_CONTEXT, &mend, &got);
    if (!e || e->ctx != CC_CTX_CHANGE_TO)
        return;
    for (i = mend; i < b->start; i++)
        if (t[i] != ' ' && t[i] != '\t' && t[i] != '\n')
            return;
    if (!word_before(lx, t, a->start, CC_LEX_RANGE_FROM, &got)) {
        /* "um 5 auf 20 Millionen Euro": by A to B. A counted in a scale or
         * in points takes B's unit as well ("um 1,3 Milliarden auf 53,25
         * Milliarden Euro": 1.3 billion euros; "um 0,3 Punkte auf 2,2
         * Prozent": 0.3 percentage points) */
        e = word_before(lx, t, a->start, CC_LEX_FILLER | CC_LEX_CONTEXT, &got);
        if (e && ((got & CC_LEX_FILLER) || e->ctx == CC_CTX_UP || e->ctx == CC_CTX_DOWN ||
                  (e->ctx == CC_CTX_SIGN && e->norm)) &&
            b->has_unit && a->q.dimension == CC_DIM_COUNT) {
            if (b->q.dimension != CC_DIM_COUNT)
                share_unit(a, b, 1);
            else if (bare_of_scale(a, b))
                share_unit(a, b, 0);
        }
        return;
    }
    a->change = 1;
    b->change = 2;
    a->link = x->n - 1;
    b->link = x->n - 2;
    a->weak = b->weak = 0;
    if (a->q.dimension == CC_DIM_COUNT && (b->q.dimension != CC_DIM_COUNT || bare_of_scale(a, b)))
        share_unit(a, b, 0);
}

/* "nicht 5, sondern 7 Milliarden Euro", "not 5 but 7 million": the figure
 * corrected takes the unit and scale of its correction, as the ends of a
 * range do. */
static void link_correction(cc_extraction *x, const cc_lexicon *lx, const char *t)
{
    cc_xmention *a = &x->m[x->n - 2], *b = &x->m[x->n - 1];
    size_t i = a->end, mend = 0;
    uint16_t got = 0;
    const cc_lex_entry *e;

    if (a->kind != CC_MENTION_AMOUNT || b->kind != CC_MENTION_AMOUNT || a->has_unit ||
        !b->has_unit || a->q.dimension != CC_DIM_COUNT || a->q.hedge == CC_HEDGE_RANGE)
        return;
    while (i < b->start && (t[i] == ' ' || t[i] == '\t' || t[i] == '\n' || t[i] == ','))
        i++;
    e = cc_lexicon__match(lx, t, b->start, i, CC_LEX_CONTEXT, &mend, &got);
    if (!e || e->ctx != CC_CTX_CORRECTION)
        return;
    for (i = mend; i < b->start; i++)
        if (t[i] != ' ' && t[i] != '\t' && t[i] != '\n')
            return;
    if (b->q.dimension != CC_DIM_COUNT || bare_of_scale(a, b))
        share_unit(a, b, 0);
}

/* A level the words name as where a change led ("stieg auf 2,5 Prozent",
 * "fell 2% to $71.04": change=to, with no figure to link), and a level
 * with its start after it ("to $320 from $480": linked as to/from).
 * Only a figure with a direction is a level reached by a change: in
 * "belief sich auf 180 Millionen" nothing moved. */
static void mark_level(cc_extraction *x, const cc_lexicon *lx, const char *t)
{
    cc_xmention *b = &x->m[x->n - 1], *a;
    const cc_lex_entry *e;
    uint16_t got = 0;
    size_t i;

    if (b->kind != CC_MENTION_AMOUNT || b->change)
        return;
    if (x->n >= 2 && word_before(lx, t, b->start, CC_LEX_RANGE_FROM, &got)) {
        a = &x->m[x->n - 2];
        i = a->end;
        while (i < b->start && t[i] == ' ')
            i++;
        while (i < b->start && t[i] != ' ')
            i++;
        while (i < b->start && t[i] == ' ')
            i++;
        e = word_before(lx, t, a->start, CC_LEX_CONTEXT, &got);
        if (a->kind == CC_MENTION_AMOUNT && (!a->change || a->link == SIZE_MAX) && e &&
            e->ctx == CC_CTX_CHANGE_TO && i == b->start && strcmp(a->q.unit, b->q.unit) == 0) {
            a->change = 2;
            a->link = x->n - 1;
            a->weak = b->weak = 0;
            b->link = x->n - 2;
            b->change = 1;
        }
        return;
    }
    e = word_before(lx, t, b->start, CC_LEX_CONTEXT, &got);
    if (e && e->ctx == CC_CTX_CHANGE_TO && b->direction) {
        b->change = 2;
        b->link = SIZE_MAX;
    }
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
    context *cx = NULL;
    size_t body = 0, pos, cs = SIZE_MAX, ce = 0;
    const char *name, *lang;
    char lbuf[16], tok[64];
    cc_status rc = CC_OK;
    int oom = 0, found;
    cc_mention m;

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
        if (rc == CC_ELANG)
            rc = cc_error__set(err, rc, name, 0, 0, -1,
                               "unsupported language '%s' (use de, en or auto)", tok);
        else
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
    memo = cc_lexicon__memo_begin(lx, text);
    pos = body;
    for (;;) {
        cc_xmention *xm;
        size_t ss, se;
        cc_error tmp;
        cc_error__clear(&tmp);
        found = cc_numparse__next(lx, text, len, &pos, &m, &tmp);
        if (found == CC_ERANGE && tmp.offset >= 0) {
            /* a number too long for a decimal: warn and read on after it */
            size_t at = (size_t)tmp.offset;
            if (x->nwarn < CC_EXTRACT_WARN_MAX) {
                x->warn[x->nwarn].offset = tmp.offset;
                snprintf(x->warn[x->nwarn].message, sizeof x->warn[x->nwarn].message,
                         "number too long to read (more than %d digits), skipped",
                         CC_DIGITS_MAX);
            }
            x->nwarn++;
            pos = at + 1;
            while (pos < len && ((text[pos] >= '0' && text[pos] <= '9') || text[pos] == '.' ||
                                 text[pos] == ','))
                pos++;
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
            link_change(x, lx, text);
            link_correction(x, lx, text);
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
            size_t from = xm->ss, to = se - m.end > 4 * CONTEXT_AFTER ? m.end + 4 * CONTEXT_AFTER : se;
            while (to < se && ((unsigned char)text[to] & 0xC0) == 0x80)
                to++;
            scan_context(lx, text, from, to, cx);
            cs = from;
            ce = to;
        }
        if ((rc = apply_context(x, text, cx, xm)) != CC_OK) {
            cc_error__msg(err, rc, "out of memory");
            goto done;
        }
        mark_level(x, lx, text);
    }
    cc_extract__points_as_pp(x);
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
