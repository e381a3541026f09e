/*
 * context.c - the words around quantity mentions as weighted term vectors:
 * tokens folded and stemmed (words.c), measure concepts and day words from
 * the per-language tables, German compounds split against the corpus
 * vocabulary, TF-IDF over the mentions at hand (a word every context uses
 * weighs nothing; a name that recurs across sources weighs more).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "context.h"
#include "context_internal.h"
#include "countries.h"
#include "lexicon.h"
#include "date.h"
#include "scan.h"
#include "strpool.h"

static int cmp_word(const void *key, const void *elem)
{
    return strcmp((const char *)key, *(const char *const *)elem);
}

static int ends(const char *w, size_t n, const char *suf)
{
    size_t k = strlen(suf);
    return n > k && memcmp(w + n - k, suf, k) == 0;
}

/* ---- vocabulary ---- */

static int grow_slots(cc_context *c)
{
    size_t ns = c->nslots ? c->nslots * 2 : 1024;
    uint32_t *s = cc__calloc(ns, sizeof *s);
    if (!s)
        return -1;
    for (size_t i = 0; i < c->nterms; i++) {
        const char *k = cc_strpool__get(&c->pool, c->terms[i].key);
        size_t h = (size_t)cc__hash(k, strlen(k)) & (ns - 1);
        while (s[h])
            h = (h + 1) & (ns - 1);
        s[h] = (uint32_t)i + 1;
    }
    free(c->slots);
    c->slots = s;
    c->nslots = ns;
    return 0;
}

/* The id of key (kind-prefixed), added if new; -1 when out of memory,
 * -2 when absent and create is 0. */
int64_t cc_context__term_id(cc_context *c, const char *key, size_t n, int create)
{
    size_t h;
    vterm *t;
    if (!c->nslots || (c->nterms + 1) * 2 > c->nslots) {
        if (!create && c->nslots)
            goto look;
        if (grow_slots(c) != 0)
            return -1;
    }
look:
    h = (size_t)cc__hash(key, n) & (c->nslots - 1);
    while (c->slots[h]) {
        const char *k = cc_strpool__get(&c->pool, c->terms[c->slots[h] - 1].key);
        if (strlen(k) == n && memcmp(k, key, n) == 0)
            return c->slots[h] - 1;
        h = (h + 1) & (c->nslots - 1);
    }
    if (!create)
        return -2;
    if (cc__grow((void **)&c->terms, &c->terms_cap, c->nterms + 1, sizeof *c->terms) != 0)
        return -1;
    t = &c->terms[c->nterms];
    memset(t, 0, sizeof *t);
    if (!(t->key = cc_strpool__add(&c->pool, key, n)))
        return -1;
    c->slots[h] = (uint32_t)c->nterms + 1;
    return (int64_t)c->nterms++;
}

cc_status cc_context__new(cc_context **out)
{
    cc_context *c;
    *out = NULL;
    /* the country names of every language with tables, read once */
    for (size_t i = 0; i < cc_lexicon__count(); i++)
        if (cc_countries__load(cc_lexicon__lang_at(i)) != CC_OK)
            return CC_ENOMEM;
    c = cc__calloc(1, sizeof *c);
    if (!c)
        return CC_ENOMEM;
    cc_strpool__init(&c->pool);
    *out = c;
    return CC_OK;
}

void cc_context__free(cc_context *c)
{
    if (!c)
        return;
    cc_strpool__free(&c->pool);
    free(c->terms);
    free(c->slots);
    free(c->v);
    free(c->first);
    free(c->count);
    free(c->hash);
    free(c->names);
    free(c->nfirst);
    free(c->ncount);
    free(c->measures);
    free(c);
}

/* ---- tokenising one mention's surroundings ---- */

typedef struct local {
    cc_cterm t[LOCAL_MAX];
    size_t n;
    cc_cname names[NAMES_MAX];
    size_t nn;
    uint32_t measures[CLAUSE_MEASURES]; /* concept term ids + 1 in the clause, 0: none */
} local;

/* Note concept term `id` as one the mention's clause names. */
static void clause_measure(local *l, uint32_t id)
{
    for (size_t k = 0; k < CLAUSE_MEASURES; k++) {
        if (l->measures[k] == id + 1)
            return;
        if (!l->measures[k]) {
            l->measures[k] = id + 1;
            return;
        }
    }
}

static void local_put(local *l, uint32_t term, float w)
{
    for (size_t i = 0; i < l->n; i++)
        if (l->t[i].term == term) {
            if (w > l->t[i].w)
                l->t[i].w = w;
            return;
        }
    if (l->n < LOCAL_MAX) {
        l->t[l->n].term = term;
        l->t[l->n].w = w;
        l->n++;
    }
}

static int is_word_byte(const char *s, size_t i, size_t len)
{
    unsigned char ch = (unsigned char)s[i];
    if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9'))
        return 1;
    if (ch == 0xE2 || ch == 0xC2) /* general punctuation, Latin-1 symbols, NBSP */
        return 0;
    if (ch >= 0x80) {
        if ((ch & 0xC0) == 0x80) { /* continuation: word byte unless it belongs to E2/C2 */
            size_t k = i;
            while (k > 0 && ((unsigned char)s[k] & 0xC0) == 0x80)
                k--;
            return (unsigned char)s[k] != 0xE2 && (unsigned char)s[k] != 0xC2;
        }
        return 1;
    }
    (void)len;
    return 0;
}

static int clause_break(const char *s, size_t i, size_t len)
{
    unsigned char ch = (unsigned char)s[i];
    if (ch == ';' || ch == ':' || ch == '(' || ch == ')')
        return 1;
    if (ch == ',') /* not a decimal or grouping comma */
        return !(i > 0 && i + 1 < len && s[i - 1] >= '0' && s[i - 1] <= '9' && s[i + 1] >= '0' &&
                 s[i + 1] <= '9');
    if (ch == 0xE2 && i + 2 < len && (unsigned char)s[i + 1] == 0x80 &&
        ((unsigned char)s[i + 2] == 0x93 || (unsigned char)s[i + 2] == 0x94))
        return 1;
    return 0;
}

typedef struct scan {
    cc_context *c;
    const cc_measure_table *tab;
    const cc_lexicon *lx; /* the language's lexicon: its conjunctions */
    const cc_context_input *in;
    local *l;
    int32_t date;
    size_t date_dist;
    int32_t prev_date; /* a day named in the sentence before: a context term only */
    char prev[WORD_MAX];
    char prev_word[WORD_MAX]; /* the word before the current one (for determiners) */
    uint32_t last_term;
    int prev_number;
    size_t prev_end;
    int other_head;   /* the current word stands right after another count */
    size_t since_end; /* the end of the last word of the since list, 0 none */
} scan;

static int add_term(scan *s, int kind, const char *key, size_t n, const char *display, size_t dn,
                    const char *full, size_t fn, float w, int caps)
{
    char buf[WORD_MAX + 4];
    int64_t id;
    vterm *t;
    buf[0] = (char)('0' + kind);
    if (n > WORD_MAX)
        n = WORD_MAX;
    memcpy(buf + 1, key, n);
    id = cc_context__term_id(s->c, buf, n + 1, 1);
    if (id < 0)
        return -1;
    t = &s->c->terms[id];
    if (!t->display) {
        t->kind = (uint8_t)kind;
        t->first_source = s->in->source;
        t->german = s->tab->compounds != 0;
        if (!(t->display = cc_strpool__add(&s->c->pool, display, dn)))
            return -1;
        if (full && !(t->full = cc_strpool__add(&s->c->pool, full, fn)))
            return -1;
    } else if (t->first_source != s->in->source) {
        t->multi_source = 1;
    }
    t->caps += caps;
    s->last_term = (uint32_t)id;
    local_put(s->l, (uint32_t)id, w);
    return 0;
}

static int sentence_has(const scan *s, const char *word)
{
    const char *p = s->in->text + s->in->ss;
    size_t n = s->in->se - s->in->ss, k = strlen(word);
    for (size_t i = 0; i + k <= n; i++)
        if (memcmp(p + i, word, k) == 0 && (i == 0 || !is_word_byte(p, i - 1, n)) &&
            (i + k == n || !is_word_byte(p, i + k, n)))
            return 1;
    return 0;
}

/* A digit at t[i] (i < end)? */
static int digit_at(const char *t, size_t i, size_t end)
{
    return i < end && t[i] >= '0' && t[i] <= '9';
}

/* The day a month name at `at` (month m, 0-based) names with its day number
 * before it ("27. Januar", "27 January") or after it ("Jan. 27", "January
 * 1"), in the year written after them ("1. Januar 2026", "January 1, 2026")
 * or else of publication; CC_NO_DATE if no day number stands next to it. */
static int32_t month_date(const scan *s, int m, size_t at)
{
    const cc_context_input *in = s->in;
    const char *t = in->text;
    size_t e = at, q;
    char buf[11];
    int y, d = 0;
    while (e < in->se && is_word_byte(t, e, in->se))
        e++;
    q = e < in->se && t[e] == '.' ? e + 1 : e;
    while (q < in->se && t[q] == ' ')
        q++;
    if (s->prev_number && at - s->prev_end <= 3) {
        d = atoi(s->prev);
    } else if (q > e && digit_at(t, q, in->se) && !digit_at(t, q + 2, in->se)) {
        /* "Jan. 27", "January 1" (not "January 2026") */
        d = atoi(t + q);
        q += digit_at(t, q + 1, in->se) ? 2 : 1;
        while (q < in->se && ((t[q] | 0x20) >= 'a' && (t[q] | 0x20) <= 'z'))
            q++; /* "1st" */
        q = q < in->se && t[q] == ',' ? q + 1 : q;
        while (q < in->se && t[q] == ' ')
            q++;
    }
    if (d < 1 || d > 31)
        return CC_NO_DATE;
    cc_date__format(in->published, buf);
    y = atoi(buf);
    if (q + 4 <= in->se && (t[q] == '1' || t[q] == '2') && digit_at(t, q + 1, in->se) &&
        digit_at(t, q + 2, in->se) && digit_at(t, q + 3, in->se) && !digit_at(t, q + 4, in->se))
        y = atoi(t + q); /* the year written after the day */
    return cc_date__from_ymd(y, m + 1, d);
}

static void day_word(scan *s, const char *f, size_t fn, size_t at, int region)
{
    const cc_context_input *in = s->in;
    size_t dist = at < in->start ? in->start - at : at - in->start;
    int32_t day = CC_NO_DATE;
    int before = at >= in->ps && at < in->ss; /* the sentence before */
    if (in->published == CC_NO_DATE || ((at < in->ss || at >= in->se) && !before))
        return;
    for (size_t i = 0; i < s->tab->ndays; i++) {
        const cc_day_word *d = &s->tab->days[i];
        size_t pl = strlen(d->prefix);
        if (fn < pl || memcmp(f, d->prefix, pl) != 0)
            continue;
        if (bsearch(s->prev_word, s->tab->since, s->tab->nsince, sizeof *s->tab->since, cmp_word)) {
            /* "400 Operationen seit Sonntag": a running total, of the day
             * of publication (Tuesday's 900 since Sunday is a later state) */
            day = in->published;
        } else if (d->weekday < 0) {
            day = in->published + d->offset;
        } else if (bsearch(s->prev_word, s->tab->future, s->tab->nfuture, sizeof *s->tab->future,
                           cmp_word)) {
            /* "next Monday", "kommenden Montag": the next such day after
             * publication. "bis Montag", "by Friday": the next such day
             * from publication, the day itself included ("bis
             * Mittwochabend" in a Wednesday paper), but the day before
             * publication is yesterday: "rose to 117 by Wednesday evening"
             * in a Thursday paper (six days ahead it would say "next") */
            int ahead = (d->weekday - cc_date__weekday(in->published) + 7) % 7;
            int next = bsearch(s->prev_word, s->tab->next_week, s->tab->nnext_week,
                               sizeof *s->tab->next_week, cmp_word) != NULL;
            if (next)
                day = in->published + (ahead ? ahead : 7);
            else
                day = in->published + (ahead == 6 ? -1 : ahead);
        } else if (in->scope && strcmp(in->scope, "forecast") == 0) {
            /* "1,000 flights are expected to be cancelled on Wednesday": a
             * forecast's day lies ahead */
            day = in->published + (d->weekday - cc_date__weekday(in->published) + 7) % 7;
        } else {
            int back = (cc_date__weekday(in->published) - d->weekday + 7) % 7;
            day = in->published - back;
        }
        break;
    }
    /* "27. Januar", "Jan. 27", "January 1, 2026" */
    if (day == CC_NO_DATE && fn >= 3)
        for (int m = 0; m < 12; m++)
            if (memcmp(f, s->tab->months[m], strlen(s->tab->months[m])) == 0) {
                day = month_date(s, m, at);
                if (day != CC_NO_DATE && s->since_end && at - s->since_end <= 12)
                    day = in->published; /* "seit dem 1. Oktober 241 Fälle": a total so far */
                break;
            }
    if (day == CC_NO_DATE)
        return;
    /* "106,000 passengers ..., and another 1,000 flights are expected to be
     * cancelled on Wednesday": a day in a later clause, after another
     * figure, is that figure's ("2.500 Menschen ..., teilte der Landkreis
     * am Freitagmorgen mit" keeps it) */
    if (region == 2 && at >= in->end)
        for (size_t k = in->end; k < at; k++)
            if (in->text[k] >= '0' && in->text[k] <= '9')
                return;
    if (before) {
        s->prev_date = day; /* the last before the sentence */
        return;
    }
    if (s->date == CC_NO_DATE || dist < s->date_dist) {
        s->date = day;
        s->date_dist = dist;
    }
}

/* A quarter, half-year or fiscal-year label: "Q3", "H1", "FY24", "FY2024". */
static int period_label(const char *w, size_t n)
{
    if (n == 2 && ((w[0] == 'Q' && w[1] >= '1' && w[1] <= '4') ||
                   (w[0] == 'H' && (w[1] == '1' || w[1] == '2'))))
        return 1;
    if ((n == 4 || n == 6) && w[0] == 'F' && w[1] == 'Y') {
        for (size_t i = 2; i < n; i++)
            if (w[i] < '0' || w[i] > '9')
                return 0;
        return 1;
    }
    return 0;
}

/* Add the measure concept of a word (region as in word()); one the
 * mention's clause names is noted for cc_context__other_measure(). */
static int add_concept(scan *s, const char *concept, float weight, int region)
{
    size_t n = strlen(concept);
    if (region == 3 && s->other_head) {
        /* "2,31 Millionen Wahlberechtigte gaben knapp 1,58 Millionen ihre
         * Stimme ab": the noun after a count says what that count counts;
         * for another figure of the clause it is the sentence's */
        region = 2;
        weight = W_SENTENCE;
    }
    if (add_term(s, CC_TERM_CONCEPT, concept, n, concept, n, NULL, 0, weight, 0) != 0)
        return -1;
    if (region == 3)
        clause_measure(s->l, s->last_term);
    return 0;
}

/* Does the word w[0..n) begin with a capital: A-Z or a capital of Latin-1
 * (two bytes, U+00C0..U+00DE: "Ärzte", "Österreich")? */
static int capitalised(const char *w, size_t n)
{
    return (w[0] >= 'A' && w[0] <= 'Z') ||
           ((unsigned char)w[0] == 0xC3 && n > 1 && (unsigned char)w[1] >= 0x80 &&
            (unsigned char)w[1] < 0xA0);
}

static int word(scan *s, const char *w, size_t n, size_t at, float weight, int sentence_start,
                int region)
{
    const cc_measure_table *tab = s->tab;
    char f[WORD_MAX], st[WORD_MAX], big[2 * WORD_MAX + 2];
    size_t fn, sn;
    int digits = 0, letters = 0, caps;
    const char *concept = NULL;
    int own_concept = 1; /* 0: a phrase says the word names no concept */
    if (n >= WORD_MAX)
        return 0;
    for (size_t i = 0; i < n; i++) {
        if (w[i] >= '0' && w[i] <= '9')
            digits++;
        else
            letters++;
    }
    fn = cc_context__fold(w, n, f, sizeof f);
    /* digits with letters glued after them are a figure with its unit
     * ("8bn", "412mn", "2020s"): no word of the context, and no name */
    if (!letters || (w[0] >= '0' && w[0] <= '9')) {
        memcpy(s->prev_word, f, fn + 1);
        memcpy(s->prev, f, fn + 1);
        s->prev_number = 1;
        s->prev_end = at + n;
        return 0;
    }
    memcpy(s->prev_word, s->prev, sizeof s->prev_word);
    day_word(s, f, fn, at, region);
    if (bsearch(f, tab->since, tab->nsince, sizeof *tab->since, cmp_word))
        s->since_end = at + n;
    /* concepts of two words: "market value", "nahm ... fest" */
    for (size_t i = 0; !concept && own_concept && i < tab->nphrases; i++) {
        const char *p = tab->phrases[i].prefix;
        const char *sp = strchr(p, ' '), *tl = strchr(p, '~');
        if (sp) {
            size_t pl = strlen(p);
            size_t bn = (size_t)snprintf(big, sizeof big, "%s %s", s->prev, f);
            if (bn >= pl && memcmp(big, p, pl) == 0) {
                concept = tab->phrases[i].concept;
                own_concept = 0; /* the phrase says it: "core inflation", "basis points" */
            }
        } else if (tl && strcmp(tl + 1, f) == 0) {
            char first[WORD_MAX];
            size_t k = (size_t)(tl - p);
            if (k < sizeof first) {
                memcpy(first, p, k);
                first[k] = '\0';
                if (sentence_has(s, first))
                concept = tab->phrases[i].concept;
            }
        }
    }
    if (concept && add_concept(s, concept, weight, region) != 0)
        return -1;
    memcpy(s->prev, f, fn + 1);
    s->prev_number = 0;
    s->prev_end = at + n;
    /* a stop word that names a country in capitals ("US") is a place */
    if (fn < 2 || (digits == 0 && cc_measure__stopword(tab, f, fn) &&
                   !(w[0] >= 'A' && w[0] <= 'Z' && n >= 2 && w[1] >= 'A' && w[1] <= 'Z' &&
                     cc_countries__code(tab->lang, f, fn))))
        return 0;
    memcpy(st, f, fn + 1);
    sn = cc_context__stem(st, fn, tab->lang);
    {
        int upper = capitalised(w, n);
        int inner = 0, det, is_day;
        int64_t id;
        vterm *t;
        int lower_after = 0, upper_after = 0;
        const char *place;
        for (size_t i = 1; i < n; i++) {
            if (w[i] >= 'A' && w[i] <= 'Z')
                upper_after = 1;
            else if (w[i] >= 'a' && w[i] <= 'z')
                lower_after = 1;
        }
        /* "DeepSeek", "V3", "ASML"; not "US", "KI" */
        inner = (upper_after && lower_after) || (digits && letters) ||
                (upper && upper_after && !lower_after && n >= 3);
        /* a day, a month or a period ("Q3", "H1", "FY2024") says when: no
         * name */
        is_day = cc_measure__time_word(tab, f, fn) || period_label(w, n);
        /* a noun's place: after an article, a number or an inflected word */
        det = tab->ndeterminers && s->prev_word[0] &&
              (bsearch(s->prev_word, tab->determiners, tab->ndeterminers,
                       sizeof tab->determiners[0], cmp_word) != NULL ||
               (s->prev_word[0] >= '0' && s->prev_word[0] <= '9') ||
               (strlen(s->prev_word) >= 4 && (ends(s->prev_word, strlen(s->prev_word), "e") ||
                                              ends(s->prev_word, strlen(s->prev_word), "en") ||
                                              ends(s->prev_word, strlen(s->prev_word), "er") ||
                                              ends(s->prev_word, strlen(s->prev_word), "es") ||
                                              ends(s->prev_word, strlen(s->prev_word), "em"))));
        caps = sentence_start ? 0 : upper ? 1 : -1;
        place = upper ? cc_countries__code(tab->lang, f, fn) : NULL;
        if (place) {
            /* a country, by its code: "Deutschland" and "Germany" are one
             * place, and a name (the entity a clause may be about) */
            if (add_term(s, CC_TERM_PLACE, place, strlen(place), w, n, NULL, 0, weight, caps) != 0)
                return -1;
            if (s->l->nn < NAMES_MAX) {
                s->l->names[s->l->nn].term = s->last_term;
                s->l->names[s->l->nn].region = (uint8_t)region;
                s->l->nn++;
            }
            return 0;
        }
        if (add_term(s, CC_TERM_WORD, st, sn, w, n, f, fn, weight, caps) != 0)
            return -1;
        id = s->l->n ? (int64_t)s->last_term : -1;
        if (id < 0)
            return 0;
        t = &s->c->terms[id];
        if (!upper && !inner)
            t->f_lower = 1;
        if (inner)
            t->f_inner = 1;
        if (is_day)
            t->f_day = 1;
        if (upper && tab->compounds) {
            t->f_cap_de = 1;
            if (det)
                t->f_det = 1;
        } else if (upper && sentence_start) {
            t->f_cap_en_init = 1;
        } else if (upper) {
            t->f_cap_en = 1;
        }
        if ((upper || inner) && s->l->nn < NAMES_MAX) {
            s->l->names[s->l->nn].term = (uint32_t)id;
            s->l->names[s->l->nn].region = (uint8_t)region;
            s->l->nn++;
        }
        /* the word's own concept, looked up once per vocabulary entry */
        if (!t->concept_done) {
            t->concept = cc_measure__concept(tab, f, fn);
            t->concept_done = 1;
        }
        /* (add_concept may move the terms: t is not read after it) */
        return t->concept && own_concept ? add_concept(s, t->concept, weight, region) : 0;
    }
}

#define CONJ_MAX 8

/* The offsets of the conjunctions that join clauses ("und", "and") in
 * t[from..to) (at most CONJ_MAX), from the language's lexicon. */
static size_t find_conjunctions(const scan *s, size_t from, size_t to, size_t *at)
{
    const char *t = s->in->text;
    size_t n = 0, i = from;
    while (s->lx && i < to && n < CONJ_MAX) {
        size_t ws;
        if (!is_word_byte(t, i, to)) {
            i++;
            continue;
        }
        ws = i;
        while (i < to && is_word_byte(t, i, to))
            i++;
        if (cc_lexicon__conjunction(s->lx, t, ws, i))
            at[n++] = ws;
    }
    return n;
}

/* May the word at w be a noun: capitalised where the language writes nouns
 * so ("Wahlberechtigte", not "ausgegeben")? */
static int may_be_noun(const scan *s, const char *w, size_t n)
{
    return !s->tab->compounds || capitalised(w, n);
}

/* Tokenise text[from..to), weighting each word by where it stands. */
static int tokens(scan *s, size_t from, size_t to, int region)
{
    const cc_context_input *in = s->in;
    const char *t = in->text;
    size_t i = from, conj[CONJ_MAX], nconj = region == 2 ? find_conjunctions(s, from, to, conj) : 0;
    int sentence_start = 1;
    s->prev[0] = '\0';
    s->prev_number = 0;
    while (i < to) {
        size_t ws;
        float w;
        if (!is_word_byte(t, i, to)) {
            if (t[i] == '.' || t[i] == '!' || t[i] == '?')
                sentence_start = 1;
            i++;
            continue;
        }
        ws = i;
        while (i < to && is_word_byte(t, i, to))
            i++;
        /* the mention's own words (number, scale, unit, hedge) say nothing */
        if (region == 2 && ws < in->end && i > in->start)
            continue;
        if (region == 0) {
            w = W_HEADLINE;
        } else if (region == 1) {
            w = W_PREVIOUS;
        } else {
            size_t a = ws < in->start ? ws : in->end, b = ws < in->start ? in->start : ws;
            w = W_CLAUSE;
            for (size_t k = a; k < b; k++)
                if (clause_break(t, k, in->len)) {
                    w = W_SENTENCE;
                    break;
                }
            for (size_t k = 0; k < nconj && w == W_CLAUSE; k++)
                if (conj[k] > a && conj[k] < b)
                    w = W_SENTENCE;
        }
        s->other_head = 0;
        for (size_t k = 0; region == 2 && in->figure_ends && k < in->nfigures; k++)
            if (in->figure_ends[k] <= ws && only_gaps(t, in->figure_ends[k], ws) &&
                may_be_noun(s, t + ws, i - ws))
                s->other_head = 1; /* what another figure counts */
        if (word(s, t + ws, i - ws, ws, w, sentence_start,
                 region < 2      ? region
                 : w == W_CLAUSE ? 3
                                 : 2) != 0)
            return -1;
        sentence_start = 0;
    }
    return 0;
}

static int cmp_cterm(const void *a, const void *b)
{
    const cc_cterm *x = a, *y = b;
    return x->term < y->term ? -1 : x->term > y->term;
}

int64_t cc_context__add(cc_context *c, const cc_context_input *in, int32_t *date)
{
    local l;
    scan s;
    cc_status lst;
    size_t idx = c->n;
    uint64_t h = 1469598103934665603ULL;
    memset(&s, 0, sizeof s);
    l.n = 0;
    l.nn = 0;
    memset(l.measures, 0, sizeof l.measures);
    s.c = c;
    s.tab = cc_measure__table(in->lang);
    s.lx = cc_lexicon__get(s.tab->lang, &lst); /* NULL (out of memory): no conjunctions */
    s.in = in;
    s.l = &l;
    s.date = CC_NO_DATE;
    s.prev_date = CC_NO_DATE;
    /* the sentence first: its names must find room in the candidate list */
    if (tokens(&s, in->ss, in->se, 2) != 0)
        return -1;
    if (in->ps < in->ss && tokens(&s, in->ps, in->ss, 1) != 0)
        return -1;
    if (in->he > in->hs && !(in->hs >= in->ps && in->hs < in->se) &&
        tokens(&s, in->hs, in->he, 0) != 0)
        return -1;
    /* the extraction's scope and attribution read the same in every language */
    for (int k = 0; k < 2; k++) {
        const char *v = k ? in->attrib : in->scope;
        char key[80];
        int kn;
        if (!v || !v[0])
            continue;
        kn = snprintf(key, sizeof key, "%s:%.60s", k ? "by" : "scope", v);
        if (kn > 0 && (size_t)kn < sizeof key) {
            size_t fk = cc_context__fold(key, (size_t)kn, key, sizeof key);
            if (add_term(&s, CC_TERM_KEY, key, fk, key, fk, NULL, 0, W_CLAUSE, 0) != 0)
                return -1;
        }
    }
    for (size_t k = 0; k < in->nfigures; k++) {
        size_t fn = strlen(in->figures[k]);
        if (add_term(&s, CC_TERM_KEY, in->figures[k], fn, in->figures[k], fn, NULL, 0, W_SENTENCE,
                     0) != 0)
            return -1;
    }
    for (int k = 0; k < 2; k++) {
        /* the day named in the sentence (it also dates the figure), and a
         * day named in the sentence before (a weaker context term only:
         * "Der Stadtrat hat am Mittwoch ... Das Volumen liegt bei ...") */
        int32_t day = k ? s.prev_date : s.date;
        char key[16], disp[11];
        int kn;
        if (day == CC_NO_DATE || (k && day == s.date))
            continue;
        kn = snprintf(key, sizeof key, "%ld", (long)day);
        cc_date__format(day, disp);
        if (add_term(&s, CC_TERM_DAY, key, (size_t)kn, disp, 10, NULL, 0, k ? W_PREVIOUS : W_CLAUSE,
                     0) != 0)
            return -1;
    }
    *date = s.date;
    for (size_t i = in->ss; i < in->se; i++) {
        unsigned char ch = (unsigned char)in->text[i];
        if ((ch >= 'a' && ch <= 'z') || ch >= 0x80) {
            h ^= ch;
            h *= 1099511628211ULL;
        } else if (ch >= 'A' && ch <= 'Z') {
            h ^= (unsigned char)(ch + 32);
            h *= 1099511628211ULL;
        }
    }
    if (cc__grow((void **)&c->first, &c->m_cap, idx + 1, sizeof *c->first) != 0)
        return -1;
    {
        size_t cap2 = c->m_cap;
        uint32_t *cnt = cc__realloc(c->count, cap2 * sizeof *cnt);
        uint64_t *hs;
        if (!cnt)
            return -1;
        c->count = cnt;
        hs = cc__realloc(c->hash, cap2 * sizeof *hs);
        if (!hs)
            return -1;
        c->hash = hs;
    }
    if (cc__grow((void **)&c->v, &c->v_cap, c->nv + l.n, sizeof *c->v) != 0)
        return -1;
    qsort(l.t, l.n, sizeof l.t[0], cmp_cterm);
    memcpy(c->v + c->nv, l.t, l.n * sizeof l.t[0]);
    c->first[idx] = (uint32_t)c->nv;
    c->count[idx] = (uint32_t)l.n;
    c->hash[idx] = h;
    {
        size_t cap2 = c->m_cap;
        uint32_t *nf = cc__realloc(c->nfirst, cap2 * sizeof *nf);
        uint8_t *nc;
        if (!nf)
            return -1;
        c->nfirst = nf;
        if (!(nc = cc__realloc(c->ncount, cap2 * sizeof *nc)))
            return -1;
        c->ncount = nc;
        if (cc__grow((void **)&c->names, &c->names_cap, c->nnames + l.nn + 1, sizeof *c->names) !=
            0)
            return -1;
        memcpy(c->names + c->nnames, l.names, l.nn * sizeof l.names[0]);
        c->nfirst[idx] = (uint32_t)c->nnames;
        c->ncount[idx] = (uint8_t)l.nn;
        c->nnames += l.nn;
    }
    {
        uint32_t(*cm)[CLAUSE_MEASURES] = cc__realloc(c->measures, c->m_cap * sizeof *cm);
        if (!cm)
            return -1;
        c->measures = cm;
        memcpy(c->measures[idx], l.measures, sizeof l.measures);
    }
    c->nv += l.n;
    c->n++;
    for (size_t i = 0; i < l.n; i++)
        c->terms[l.t[i].term].df++;
    return (int64_t)idx;
}

/* ---- compounds, IDF ---- */

/* Split German compound words: modifier + head, both seen in the corpus as
 * words of their own (with a linking element between). */
static void split_compounds(cc_context *c)
{
    const cc_measure_table *tab = &cc_measure__de;
    size_t nt = c->nterms;
    for (size_t i = 0; i < nt; i++) {
        vterm *t = &c->terms[i];
        const char *full;
        size_t fn;
        if (t->kind != CC_TERM_WORD || !t->german || !t->full)
            continue;
        full = cc_strpool__get(&c->pool, t->full);
        fn = strlen(full);
        if (fn < 8 || fn >= WORD_MAX)
            continue;
        for (size_t k = 3; k + 4 <= fn; k++) {
            char head[WORD_MAX + 1], mod[WORD_MAX + 1];
            int64_t hid, mid = -2;
            size_t hn, mn;
            if (((unsigned char)full[k] & 0xC0) == 0x80)
                continue;
            head[0] = '0';
            memcpy(head + 1, full + k, fn - k + 1);
            hn = cc_context__stem(head + 1, fn - k, "de") + 1;
            hid = cc_context__term_id(c, head, hn, 0);
            if (hid < 0 || (size_t)hid == i)
                continue;
            for (size_t li = 0; li <= tab->nlinks && mid < 0; li++) {
                size_t ll = li < tab->nlinks ? strlen(tab->links[li]) : 0;
                if (ll >= k || (ll && memcmp(full + k - ll, tab->links[li], ll) != 0))
                    continue;
                mod[0] = '0';
                memcpy(mod + 1, full, k - ll);
                mod[k - ll + 1] = '\0';
                mn = cc_context__stem(mod + 1, k - ll, "de") + 1;
                mid = cc_context__term_id(c, mod, mn, 0);
                if (mid == (int64_t)i)
                    mid = -2;
            }
            if (mid >= 0) {
                c->terms[i].part1 = (uint32_t)mid + 1;
                c->terms[i].part2 = (uint32_t)hid + 1;
                break;
            }
        }
    }
}

static _Thread_local const cc_context *cmp_full_c;

static int cmp_full(const void *x, const void *y)
{
    uint32_t a = *(const uint32_t *)x, b = *(const uint32_t *)y;
    int d = strcmp(cc_strpool__get(&cmp_full_c->pool, cmp_full_c->terms[a].full),
                   cc_strpool__get(&cmp_full_c->pool, cmp_full_c->terms[b].full));
    return d ? d : (a > b) - (a < b);
}

/* A name written alike in both languages ("iPhone", "Rheinchem") has a
 * German and an English stem, and so two terms. The first capitalised
 * term of each spelling is the canon of the others, which give it their
 * capitals and sources; the entity tests see the canon only. */
static int unify_names(cc_context *c)
{
    uint32_t *ids = cc__calloc(c->nterms + 1, sizeof *ids);
    size_t n = 0;
    if (!ids)
        return -1;
    for (size_t i = 0; i < c->nterms; i++) {
        const vterm *t = &c->terms[i];
        if (t->kind == CC_TERM_WORD && t->full &&
            (t->f_cap_en || t->f_cap_en_init || t->f_cap_de || t->f_inner))
            ids[n++] = (uint32_t)i;
    }
    cmp_full_c = c;
    qsort(ids, n, sizeof *ids, cmp_full);
    for (size_t s = 0, e; s < n; s = e) {
        vterm *cn = &c->terms[ids[s]];
        const char *spelling = cc_strpool__get(&c->pool, cn->full);
        for (e = s + 1;
             e < n && strcmp(cc_strpool__get(&c->pool, c->terms[ids[e]].full), spelling) == 0;
             e++) {
            vterm *t = &c->terms[ids[e]];
            t->canon = ids[s] + 1;
            cn->f_cap_en |= t->f_cap_en;
            cn->f_cap_en_init |= t->f_cap_en_init;
            cn->f_cap_de |= t->f_cap_de;
            cn->f_inner |= t->f_inner;
            cn->f_lower |= t->f_lower;
            cn->caps += t->caps;
            cn->multi_source |= t->multi_source || t->first_source != cn->first_source;
        }
        for (size_t k = s + 1; k < e; k++)
            c->terms[ids[k]].multi_source = cn->multi_source;
    }
    free(ids);
    return 0;
}

cc_status cc_context__finish(cc_context *c)
{
    cc_cterm *nv = NULL;
    size_t nn = 0, cap = 0;
    double n = (double)(c->n ? c->n : 1);
    split_compounds(c);
    if (unify_names(c) != 0)
        return CC_ENOMEM;
    /* rebuild the vectors with the parts of compounds, a name of the other
     * language as its canon */
    for (size_t m = 0; m < c->n; m++) {
        local l;
        l.n = 0;
        for (uint32_t k = 0; k < c->count[m]; k++) {
            const cc_cterm *ct = &c->v[c->first[m] + k];
            const vterm *t = &c->terms[ct->term];
            local_put(&l, t->canon ? t->canon - 1 : ct->term, ct->w);
            if (t->part1) {
                local_put(&l, t->part1 - 1, ct->w * W_PART);
                local_put(&l, t->part2 - 1, ct->w * W_PART);
            }
        }
        if (cc__grow((void **)&nv, &cap, nn + l.n, sizeof *nv) != 0) {
            free(nv);
            return CC_ENOMEM;
        }
        qsort(l.t, l.n, sizeof l.t[0], cmp_cterm);
        /* parts and canons added here count for the document frequency too */
        for (size_t k = 0; k < l.n; k++) {
            int had = 0;
            for (uint32_t j = 0; j < c->count[m]; j++)
                if (c->v[c->first[m] + j].term == l.t[k].term)
                    had = 1;
            if (!had)
                c->terms[l.t[k].term].df++;
        }
        memcpy(nv + nn, l.t, l.n * sizeof *nv);
        c->first[m] = (uint32_t)nn;
        c->count[m] = (uint32_t)l.n;
        nn += l.n;
    }
    free(c->v);
    c->v = nv;
    c->nv = nn;
    c->v_cap = cap;
    for (size_t i = 0; i < c->nterms; i++) {
        vterm *t = &c->terms[i];
        double idf = log(1.0 + n / (double)(t->df ? t->df : 1));
        if (t->kind == CC_TERM_CONCEPT || t->kind == CC_TERM_KEY)
            idf *= 1.5;
        else if (t->kind == CC_TERM_WORD && t->multi_source && t->caps > 0)
            idf *= 1.5; /* a name that recurs across sources */
        t->idf = (float)idf;
        /* a measure word ("Revenue" opening a sentence) is no name */
        /* a name: capitalised where the language does not capitalise
         * nouns, a German noun that recurs across sources without an
         * article, or inner capitals and digits; a word only ever seen
         * opening a sentence ("Chief", "Net") is no name */
        t->is_name =
            t->kind == CC_TERM_PLACE ||
            (t->kind == CC_TERM_WORD && !t->f_day && !t->concept &&
             (t->f_inner || (!t->f_lower && (t->f_cap_en || (t->f_cap_de && t->f_cap_en_init) ||
                                             (t->f_cap_de && !t->f_det && t->multi_source)))));
    }
    for (size_t i = 0; i < c->nterms; i++)
        if (c->terms[i].canon)
            c->terms[i].is_name = c->terms[c->terms[i].canon - 1].is_name;
    for (size_t m = 0; m < c->n; m++) {
        double norm = 0;
        cc_cterm *v = c->v + c->first[m];
        for (uint32_t k = 0; k < c->count[m]; k++) {
            v[k].w *= c->terms[v[k].term].idf;
            norm += (double)v[k].w * v[k].w;
        }
        norm = sqrt(norm);
        for (uint32_t k = 0; k < c->count[m] && norm > 0; k++)
            v[k].w = (float)(v[k].w / norm);
    }
    return CC_OK;
}

cc_status cc_context__query(const cc_context *c, const char *text, size_t len, const char *lang,
                            int32_t published, cc_cterm **terms, size_t *nterms, int32_t *date)
{
    /* tokenise into a scratch context sharing nothing, then map to ids */
    cc_context *tmp = NULL;
    cc_context_input in;
    cc_cterm *out = NULL;
    size_t n = 0, tn;
    const cc_cterm *tv;
    double norm = 0;
    cc_status st = cc_context__new(&tmp);
    *terms = NULL;
    *nterms = 0;
    if (st != CC_OK)
        return st;
    memset(&in, 0, sizeof in);
    in.text = text;
    in.len = len;
    in.ss = in.ps = 0;
    in.se = len;
    in.start = in.end = len;
    in.lang = lang;
    in.published = published;
    if (cc_context__add(tmp, &in, date) < 0) {
        st = CC_ENOMEM;
        goto done;
    }
    tv = cc_context__terms(tmp, 0, &tn);
    out = cc__calloc(tn ? tn : 1, sizeof *out);
    if (!out) {
        st = CC_ENOMEM;
        goto done;
    }
    for (size_t k = 0; k < tn; k++) {
        const char *key = cc_strpool__get(&tmp->pool, tmp->terms[tv[k].term].key);
        int64_t id = cc_context__term_id((cc_context *)c, key, strlen(key), 0);
        if (id < 0)
            continue;
        out[n].term = (uint32_t)id;
        out[n].w = c->terms[id].idf;
        norm += (double)out[n].w * out[n].w;
        n++;
    }
    qsort(out, n, sizeof *out, cmp_cterm);
    norm = sqrt(norm);
    for (size_t k = 0; k < n && norm > 0; k++)
        out[k].w = (float)(out[k].w / norm);
    *terms = out;
    *nterms = n;
    out = NULL;
done:
    free(out);
    cc_context__free(tmp);
    return st;
}
