/*
 * neighbours.c - what a mention takes from the figures around it once the
 * whole text is read: index points that are percentage points, and the
 * direction of a figure that restates its neighbour in another unit.
 * Mentions are in text order, so each looks only at the neighbours within
 * its sentence: linear in the mentions.
 */
#include <string.h>

#include "extract.h"
#include "lexicon.h"

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

/* A change of "Punkte" or "points" without a scale ("sank um 0,3 Punkte",
 * "down 7.6 points", "up one point") in a sentence with a percentage and
 * without market words is a change of that percentage, in percentage
 * points: polls, rates, turnout. Index points stay points where the
 * sentence speaks of a market ("Der Dax verlor 120 Punkte oder 0,5
 * Prozent") or where the change is too large for a percentage (100 or
 * more). A points figure without a direction is a level ("bei 23.100
 * Punkten"), never a change of percentages. */
void cc_extract__points_as_pp(cc_extraction *x)
{
    for (size_t i = 0; i < x->n; i++) {
        cc_xmention *a = &x->m[i];
        if (a->kind != CC_MENTION_AMOUNT || a->q.dimension != CC_DIM_COUNT || !a->has_unit ||
            a->q.scale != 0 || a->direction == 0 || a->market || a->change ||
            a->q.hedge == CC_HEDGE_RANGE || a->q.value < 0 || a->q.value >= 100)
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
            b->kind != CC_MENTION_AMOUNT || strcmp(a->q.unit, b->q.unit) == 0 ||
            a->end > b->start || !restates(lx, text, a->end, b->start))
            continue;
        b->direction = a->direction;
    }
}
