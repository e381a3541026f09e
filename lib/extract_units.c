/*
 * extract_units.c - units that a mention takes from the figures around it
 * once the whole text is read: index points that are percentage points.
 */
#include <string.h>

#include "extract.h"

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
        int percent = 0;
        if (a->kind != CC_MENTION_AMOUNT || a->q.dimension != CC_DIM_COUNT || !a->has_unit ||
            a->q.scale != 0 || a->direction == 0 || a->market || a->change ||
            a->q.hedge == CC_HEDGE_RANGE || a->q.value < 0 || a->q.value >= 100)
            continue;
        for (size_t j = 0; j < x->n && !percent; j++) {
            const cc_xmention *b = &x->m[j];
            percent = j != i && b->kind == CC_MENTION_AMOUNT &&
                      b->q.dimension == CC_DIM_PERCENT && b->start >= a->ss && b->end <= a->se;
        }
        if (percent)
            cc_quantity__set_unit(&a->q, "pp");
    }
}
