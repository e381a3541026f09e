/*
 * neighbours.c - what a mention takes from the figures around it: the
 * links of a change ("von A auf B") and of a correction ("nicht A, sondern
 * B") as each mention is added; once the whole text is read, index points
 * that are percentage points and the direction of a figure that restates
 * its neighbour in another unit.
 * Mentions are in text order, so each looks only at the neighbours within
 * its sentence: linear in the mentions.
 */
#include <string.h>

#if defined(__GNUC__) && defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "extract.h"
#include "lexicon.h"
#include "scan.h"

/* strcmp(a, b) == 0 for two units (NUL-terminated within their eight
 * bytes), inline: most pairs differ at the first byte */
static int same_unit(const char *a, const char *b)
{
    for (size_t k = 0; k < sizeof((cc_quantity *)0)->unit; k++) {
        if (a[k] != b[k])
            return 0;
        if (!a[k])
            return 1;
    }
    return 1;
}

/* A percentage among the mentions of a's sentence (other than a)? */
static int percent_near(const cc_extraction *x, size_t i)
{
    const cc_xmention *a = &x->m[i];
    for (size_t j = i; j-- > 0 && x->m[j].end > a->ss;)
        if (x->m[j].kind == CC_MENTION_AMOUNT && x->m[j].q.dimension == CC_DIM_PERCENT &&
            x->m[j].start >= a->ss)
            return 1;
    for (size_t j = i + 1; j < x->n && x->m[j].start < a->se; j++)
        if (x->m[j].kind == CC_MENTION_AMOUNT && x->m[j].q.dimension == CC_DIM_PERCENT &&
            x->m[j].end <= a->se)
            return 1;
    return 0;
}

/* Does a word of a gap follow the figure ("eight points ahead", "acht
 * Punkte vor")? */
static int gap_after(const cc_lexicon *lx, const char *t, size_t len, size_t e)
{
    size_t mend = 0;
    uint16_t got = 0;
    const cc_lex_entry *m;
    while (e < len && is_gap(t[e]))
        e++;
    m = cc_lexicon__match(lx, t, len, e, CC_LEX_CONTEXT, &mend, &got);
    return m && m->ctx == CC_CTX_GAP;
}

/* A change of "Punkte" or "points" without a scale ("sank um 0,3 Punkte",
 * "down 7.6 points", "up one point") in a sentence with a percentage and
 * without market words is a change of that percentage, in percentage
 * points: polls, rates, turnout. Index points stay points where the
 * sentence speaks of a market ("Der Dax verlor 120 Punkte oder 0,5
 * Prozent") or where the change is too large for a percentage (100 or
 * more). A points figure without a direction is a level ("bei 23.100
 * Punkten"), never a change of percentages. */
void cc_extract__points_as_pp(cc_extraction *x, const cc_lexicon *lx, const char *t, size_t len)
{
    for (size_t i = 0; i < x->n; i++) {
        cc_xmention *a = &x->m[i];
        if (a->kind != CC_MENTION_AMOUNT || a->q.dimension != CC_DIM_COUNT || !a->has_unit ||
            a->q.scale != 0 || a->market || a->change || a->q.hedge == CC_HEDGE_RANGE ||
            a->q.value < 0 || a->q.value >= 100)
            continue;
        if (a->direction == 0 && !gap_after(lx, t, len, a->end))
            continue;
        if (percent_near(x, i))
            cc_quantity__set_unit(&a->q, "pp");
    }
}

/* The words between two figures that make the second restate the first:
 * an optional comma and a restating word of the language (", or 0.2
 * percent", " oder 0,5 Prozent"), or an opening parenthesis ("(0.2
 * percent"); the two figures differ in unit, so "3 or 4 percent" is no
 * restatement. */
static int restates(const cc_lexicon *lx, const char *t, size_t a, size_t b)
{
    const cc_lex_entry *e;
    size_t end = 0;
    uint16_t got = 0;
    if (a < b && t[a] == ',')
        a++;
    if (a >= b || t[a] != ' ')
        return 0;
    a++;
    if (b - a == 1 && t[a] == '(')
        return 1;
    e = cc_lexicon__match(lx, t, b, a, CC_LEX_CONTEXT, &end, &got);
    return e && e->ctx == CC_CTX_RESTATE && end + 1 == b && t[end] == ' ';
}

/* "The FTSE fell 12 points, or 0.2 percent", "verlor 120 Punkte oder 0,5
 * Prozent": the second figure restates the change of the first in another
 * unit and shares its direction, which the clause rule of the context
 * reader does not carry across the comma. */
void cc_extract__restated_directions(cc_extraction *x, const cc_lexicon *lx, const char *text)
{
    for (size_t i = 1; i < x->n; i++) {
        const cc_xmention *a = &x->m[i - 1];
        cc_xmention *b = &x->m[i];
        if (b->direction || !a->direction || a->kind != CC_MENTION_AMOUNT ||
            b->kind != CC_MENTION_AMOUNT || same_unit(a->q.unit, b->q.unit) || a->end > b->start ||
            !restates(lx, text, a->end, b->start))
            continue;
        b->direction = a->direction;
    }
}

/* The lexicon entry for the word that ends before byte i (white space
 * skipped), or NULL; *got says its roles. The text is cut after the gap
 * byte that ends the word, where there is one: no key ends at white space,
 * so the match is that of the word alone, and the look of the word is the
 * scanner's, kept in the memo (it read the word up to that byte). */
static const cc_lex_entry *word_before(const cc_lexicon *lx, const char *t, size_t i,
                                       uint16_t roles, uint16_t *got)
{
    size_t e = i, s, mend = 0;
    const cc_lex_entry *m;
    e = gaps_back(t, 0, e);
    s = e;
#if defined(__GNUC__) && defined(__SSE2__)
    if (e >= 16) {
        /* the sixteen bytes before e at once: past the last gap among them */
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(t + e - 16));
        unsigned gaps = (unsigned)_mm_movemask_epi8(
            _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(' ')),
                                      _mm_cmpeq_epi8(v, _mm_set1_epi8('\t'))),
                         _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\n')),
                                      _mm_cmpeq_epi8(v, _mm_set1_epi8('\r')))));
        s = gaps ? e - 16 + (size_t)(32 - __builtin_clz(gaps)) : e - 16;
    }
#endif
    while (s > 0 && !is_gap(t[s - 1]) && e - s < 24)
        s--;
    if (s == e)
        return NULL;
    m = cc_lexicon__match(lx, t, e < i ? e + 1 : e, s, roles, &mend, got);
    return m && mend == e ? m : NULL;
}

int cc_extract__revalue(cc_quantity *q, int shift, int unsigned_, int scale)
{
    cc_decimal dec;
    cc_quantity r = *q;
    if (cc_decimal__parse(&dec, q->digits, strlen(q->digits)) != CC_OK)
        return 0;
    dec.exp += shift;
    if (unsigned_)
        dec.neg = 0;
    if (cc_quantity__set_end(&r, 0, &dec, scale) != CC_OK)
        return 0;
    *q = r;
    return 1;
}

/* A spelled fraction without a unit as a share, in percent (shares.c):
 * "ein Drittel" = 33.3 %. 0 if its digits cannot be read. */
static int fraction_to_percent(cc_xmention *a)
{
    if (!cc_extract__revalue(&a->q, 2, 0, 0))
        return 0;
    cc_quantity__set_unit(&a->q, "%");
    a->fraction = 0;
    return 1;
}

/* Give A, a change without a unit, the unit and scale of the level B it
 * led to ("um 5 auf 20 Millionen Euro": 5 million euros); a change of a
 * percentage is in percentage points ("um 2 auf 5 Prozent": 2 pp). */
static void share_unit(cc_xmention *a, const cc_xmention *b, int change_of_level)
{
    if (b->q.scale > 0 && a->q.scale == 0)
        cc_extract__revalue(&a->q, 0, 0, b->q.scale);
    if (a->fraction && b->q.dimension == CC_DIM_PERCENT && fraction_to_percent(a))
        return; /* "stieg von einem Drittel auf 40 Prozent" */
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
void cc_extract__link_change_read(cc_extraction *x, const cc_lexicon *lx, const char *t)
{
    cc_xmention *a = &x->m[x->n - 2], *b = &x->m[x->n - 1];
    size_t i = a->end, mend = 0;
    uint16_t got = 0;
    const cc_lex_entry *e;

    /* two units that differ ("from 5 percent to $20") are no change of one thing */
    if (a->q.dimension != CC_DIM_COUNT && !same_unit(a->q.unit, b->q.unit))
        return;
    while (i < b->start && is_gap(t[i]))
        i++;
    e = cc_lexicon__match(lx, t, b->start, i, CC_LEX_CONTEXT, &mend, &got);
    if (!e || e->ctx != CC_CTX_CHANGE_TO)
        return;
    if (!only_gaps(t, mend, b->start))
        return;
    if (!word_before(lx, t, a->start, CC_LEX_RANGE_FROM, &got)) {
        /* "um 5 auf 20 Millionen Euro": by A to B. A counted in a scale or
         * in points takes B's unit as well ("um 1,3 Milliarden auf 53,25
         * Milliarden Euro": 1.3 billion euros; "um 0,3 Punkte auf 2,2
         * Prozent": 0.3 percentage points) */
        e = word_before(lx, t, a->start, CC_LEX_FILLER | CC_LEX_CONTEXT, &got);
        if (e &&
            ((got & CC_LEX_FILLER) || e->ctx == CC_CTX_UP || e->ctx == CC_CTX_DOWN ||
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

/* The hedge word before m bounds nothing after all: m becomes an exact
 * figure that starts after the word. */
static void drop_hedge_word(cc_xmention *m, const char *t)
{
    m->q.hedge = CC_HEDGE_EXACT;
    m->q.hedge_word[0] = '\0';
    m->start = m->he;
    while (m->start < m->end && is_gap(t[m->start]))
        m->start++;
    m->hs = m->he = m->start;
}

/* "nicht 5, sondern 7 Milliarden Euro", "not 5 but 7 million": the figure
 * corrected takes the unit and scale of its correction, as the ends of a
 * range do. */
void cc_extract__link_correction_read(cc_extraction *x, const cc_lexicon *lx, const char *t)
{
    cc_xmention *a = &x->m[x->n - 2], *b = &x->m[x->n - 1];
    size_t i = a->end, mend = 0;
    uint16_t got = 0;
    const cc_lex_entry *e;

    while (i < b->start && (is_gap(t[i]) || t[i] == ','))
        i++;
    e = cc_lexicon__match(lx, t, b->start, i, CC_LEX_CONTEXT, &mend, &got);
    if (!e || (e->ctx != CC_CTX_CORRECTION && e->ctx != CC_CTX_INSTEAD))
        return;
    if (!only_gaps(t, mend, b->start))
        return;
    if (b->q.dimension != CC_DIM_COUNT || bare_of_scale(a, b))
        share_unit(a, b, 0);
    if (a->he > a->hs) {
        /* "keine 5, sondern 7 Milliarden": "keine" denies A here, it
         * bounds no figure ("keine 2.000 Menschen": fewer than 2,000) */
        e = cc_lexicon__match(lx, t, a->he, a->hs, CC_LEX_CONTEXT, &mend, &got);
        if (e && e->ctx == CC_CTX_NEG && mend == a->he) {
            drop_hedge_word(a, t);
            a->negated = 1;
        }
    }
}

/* "raised its target to between €20bn and €22bn, from €17bn": a "from"
 * figure right after a level reached ("to ...") is where the change began,
 * not a floor ("from €19.99": at least), and so is a range opened by
 * "from" there ("from $15.8 billion to $16.2 billion previously"). Links
 * the two as to/from and drops the floor; 1 if so. */
static int from_after_to(cc_extraction *x, const cc_lexicon *lx, const char *t)
{
    cc_xmention *a = &x->m[x->n - 2], *b = &x->m[x->n - 1];
    size_t mend = 0, i;
    uint16_t got = 0;
    const cc_lex_entry *e;
    int range = b->q.hedge == CC_HEDGE_RANGE;

    /* B's hedge first: most figures are neither a range nor a least */
    if ((!range && b->q.hedge != CC_HEDGE_LOWER_INCL) || a->kind != CC_MENTION_AMOUNT ||
        (a->change && a->link != SIZE_MAX) || !same_unit(a->q.unit, b->q.unit))
        return 0;
    if (range) {
        /* "to $16.1 billion to $16.4 billion, from $15.8 billion to $16.2
         * billion previously": a range opened by "from" */
        if (!cc_lexicon__match(lx, t, b->end, b->start, CC_LEX_RANGE_FROM, &mend, &got))
            return 0;
    } else if (b->q.hedge != CC_HEDGE_LOWER_INCL || b->hs != b->start ||
               !cc_lexicon__match(lx, t, b->he, b->hs, CC_LEX_RANGE_FROM, &mend, &got) ||
               mend != b->he) {
        return 0;
    }
    for (i = a->end; i < b->start; i++)
        if (!is_gap(t[i]) && t[i] != ',')
            return 0;
    e = word_before(lx, t, a->start, CC_LEX_CONTEXT, &got);
    if (!e || e->ctx != CC_CTX_CHANGE_TO)
        return 0;
    if (!range)
        drop_hedge_word(b, t);
    a->change = 2;
    a->link = x->n - 1;
    b->change = 1;
    b->link = x->n - 2;
    a->weak = b->weak = 0;
    return 1;
}

/* Are a and b joined by a range or list word or a dash only ("3 and 5",
 * "22 or 25", "3-5")? */
static int joined(const cc_lexicon *lx, const char *t, const cc_xmention *a, const cc_xmention *b)
{
    size_t i = a->end, mend = 0;
    uint16_t got = 0;
    while (i < b->start && is_gap(t[i]))
        i++;
    if (i < b->start && (t[i] == '-' || (unsigned char)t[i] == 0xE2)) {
        i += t[i] == '-' ? 1 : 3; /* "3-5", "3–5" */
    } else if (cc_lexicon__match(lx, t, b->start, i, CC_LEX_RANGE_AND | CC_LEX_RANGE_TO, &mend,
                                 &got)) {
        i = mend;
    } else {
        return 0;
    }
    while (i < b->start && is_gap(t[i]))
        i++;
    return i == b->start;
}

void cc_extract__kind_list_read(cc_extraction *x, const cc_lexicon *lx, const char *t, size_t len)
{
    cc_xmention *a = &x->m[x->n - 2], *b = &x->m[x->n - 1];
    size_t k;
    /* "aged 22 and 25,": the unit before the first number holds for the
     * second where the clause ends after it (not "aged 40 and 3 dogs") */
    for (k = b->end; k < len && (t[k] == ' ' || t[k] == '\t'); k++)
        ;
    /* as !strchr(",;:.)", t[k]): its terminating NUL matches as well */
    if (k < len && t[k] != ',' && t[k] != ';' && t[k] != ':' && t[k] != '.' && t[k] != ')' &&
        t[k] != '\0')
        return;
    if (a->ue > a->us && a->us <= a->start && a->ue <= b->start && b->kind == CC_MENTION_AMOUNT &&
        !b->has_unit && b->q.hedge == CC_HEDGE_EXACT && joined(lx, t, a, b)) {
        b->kind = CC_MENTION_PHYSICAL;
        b->us = a->us;
        b->ue = a->ue;
        b->weak = 1;
    }
}

void cc_extract__date_range_read(cc_extraction *x, const cc_lexicon *lx, const char *t)
{
    cc_xmention *a = &x->m[x->n - 2], *b = &x->m[x->n - 1];
    size_t i;

    if (a->kind != CC_MENTION_AMOUNT || a->has_unit || a->end - a->start > 2 ||
        a->q.hedge != CC_HEDGE_EXACT || a->q.value < 1 || a->q.value > 31)
        return;
    for (i = a->start; i < a->end; i++)
        if (!is_digit(t[i]))
            return;
    if (!joined(lx, t, a, b))
        return;
    a->kind = CC_MENTION_DATE;
    a->weak = 1;
}

void cc_extract__year_label(cc_extraction *x, const char *t, int pub_year)
{
    cc_xmention *a, *b = &x->m[x->n - 1];
    size_t i, k;

    if (x->n < 2 || !pub_year || b->kind != CC_MENTION_AMOUNT || b->scope)
        return;
    a = &x->m[x->n - 2];
    if (a->kind != CC_MENTION_YEAR || a->q.value >= pub_year || a->q.value < 1000)
        return;
    i = a->end;
    while (i < b->start && t[i] == ' ')
        i++;
    if (i >= b->start || t[i] != ':')
        return;
    for (i++; i < b->start; i++)
        if (t[i] != ' ')
            return;
    /* "(" and at most a short label before the year: "(2024:", "(Q3 2024:" */
    for (k = a->start; k > 0 && a->start - k <= 6 && t[k - 1] != '('; k--)
        if (!is_gap(t[k - 1]) && !((t[k - 1] | 0x20) >= 'a' && (t[k - 1] | 0x20) <= 'z') &&
            !(t[k - 1] >= '0' && t[k - 1] <= '9'))
            return;
    if (k == 0 || t[k - 1] != '(')
        return;
    b->scope = "prior_period";
}

/* A level the words name as where a change led ("stieg auf 2,5 Prozent",
 * "fell 2% to $71.04": change=to, with no figure to link), and a level
 * with its start after it ("to $320 from $480": linked as to/from).
 * Only a figure with a direction is a level reached by a change: in
 * "belief sich auf 180 Millionen" nothing moved. */
/* Bytes between a level reached and a "from" without a comma between them
 * ("to 2.1% in April from 2.4%"): a few words, not another clause. */
#define FROM_NEAR 24

void cc_extract__mark_level(cc_extraction *x, const cc_lexicon *lx, const char *t)
{
    cc_xmention *b = &x->m[x->n - 1], *a;
    const cc_lex_entry *e;
    uint16_t got = 0;
    size_t i;

    if (b->kind != CC_MENTION_AMOUNT || b->change)
        return;
    if (x->n >= 2 && from_after_to(x, lx, t))
        return;
    /* the word before B matters only where a figure before B in its
     * sentence may be the start of the change ("from") or B has a direction
     * ("auf" of a change) */
    if (!b->direction && (x->n < 2 || x->m[x->n - 2].end <= b->ss))
        return;
    /* one look for both questions about the word before B: the longest key
     * wins before the roles are filtered, so each answer is the entry with
     * its roles limited to that question's */
    e = word_before(lx, t, b->start, CC_LEX_RANGE_FROM | CC_LEX_CONTEXT, &got);
    if (x->n >= 2 && e && (got & CC_LEX_RANGE_FROM)) {
        /* A: the last amount before B in its sentence; figures of other
         * kinds may stand between ("rose to 4.3% in the three months to
         * September, from 4.0%") */
        size_t k = x->n - 1, fs = gaps_back(t, 0, b->start), c;
        a = NULL;
        while (k-- > 0 && x->m[k].end > b->ss) {
            if (x->m[k].kind == CC_MENTION_AMOUNT) {
                a = &x->m[k];
                break;
            }
        }
        if (!a)
            return;
        while (fs > a->end && !is_gap(t[fs - 1]))
            fs--; /* the start of "from" */
        c = gaps_back(t, a->end, fs);
        /* only ", from" after A, a comma within 80 bytes before "from",
         * or a few words of time without one ("to 2.1% in April from
         * 2.4%"), and no other mark of a clause or sentence end */
        for (i = a->end; i < c; i++)
            if (t[i] == '.' || t[i] == ';' || t[i] == ':' || t[i] == '(' || t[i] == ')')
                return;
        if (c != a->end && c - a->end > FROM_NEAR && (t[c - 1] != ',' || c - a->end > 80))
            return;
        e = word_before(lx, t, a->start, CC_LEX_CONTEXT, &got);
        if ((!a->change || a->link == SIZE_MAX) && e && e->ctx == CC_CTX_CHANGE_TO &&
            same_unit(a->q.unit, b->q.unit)) {
            a->change = 2;
            a->link = x->n - 1;
            a->weak = b->weak = 0;
            b->link = k;
            b->change = 1;
        }
        return;
    }
    if (e && (got & CC_LEX_CONTEXT) && e->ctx == CC_CTX_CHANGE_TO && b->direction) {
        b->change = 2;
        b->link = SIZE_MAX;
    }
}

void cc_extract__fractions_as_shares(cc_extraction *x)
{
    for (size_t i = 0; i < x->n; i++) {
        cc_xmention *m = &x->m[i];
        if (m->kind == CC_MENTION_AMOUNT && m->fraction && m->q.dimension == CC_DIM_COUNT &&
            m->q.hedge != CC_HEDGE_RANGE && m->q.value > 0 && m->q.value < 1)
            fraction_to_percent(m);
    }
}

/* The "(" before a word that gives b its rise ("(plus 2,1)"), or b->start. */
static size_t bracket_before_word(const char *t, const cc_xmention *b)
{
    size_t k = b->start;
    while (k > 0 && t[k - 1] == ' ')
        k--;
    while (k > 0 && ((t[k - 1] | 0x20) >= 'a' && (t[k - 1] | 0x20) <= 'z'))
        k--;
    return k > 0 && k < b->start - 1 && b->start - k <= 12 && t[k - 1] == '(' ? k - 1 : b->start;
}

void cc_extract__bracketed_change_read(cc_extraction *x, const char *t, size_t len)
{
    cc_xmention *a = &x->m[x->n - 2], *b = &x->m[x->n - 1];
    size_t open = b->start - 1;
    int sign;
    if (b->end >= len || t[b->end] != ')')
        return;
    if (t[open] != '(' && (open = bracket_before_word(t, b)) == b->start)
        return;
    if (t[b->start - 1] != '(')
        sign = 1; /* "16,4 Prozent (plus 2,1)": the word gave the rise */
    else if (b->sign_word)
        sign = b->q.value < 0 ? -1 : 1; /* "16,4 Prozent (minus 9,3)" */
    else if (t[b->start] == '+')
        sign = 1;
    else if (t[b->start] == '-' || (unsigned char)t[b->start] == 0xE2) /* U+2212 */
        sign = -1;
    else
        return;
    if (a->kind != CC_MENTION_AMOUNT || a->q.hedge == CC_HEDGE_RANGE || a->end > b->start)
        return;
    if (!only_gaps(t, a->end, open))
        return; /* "31 Prozent (-1)": nothing but white space before "(" */
    if (!cc_extract__revalue(&b->q, 0, 1, a->q.dimension == CC_DIM_COUNT ? a->q.scale : 0))
        return;
    /* a change of a percentage is in percentage points */
    cc_quantity__set_unit(&b->q, a->q.dimension == CC_DIM_PERCENT ? "pp" : a->q.unit);
    b->direction = (int8_t)(b->q.value == 0 ? 0 : sign);
    b->sign_word = 0;
    b->weak = 0;
}
