/*
 * elided_unit.c - units the writer left out or shortened because the
 * figure before said them: money without its currency ("81,8 Milliarden
 * Euro, davon 51,3 Milliarden im Kernhaushalt", "$5bn, 2 billion more than
 * planned"), and metres written "m" after metres ("8.4 metres, 1.3m above
 * the record": not 1.3 million).
 */
#include <string.h>

#include <unicode/uchar.h>

#include "common.h"
#include "extract.h"
#include "lexicon.h"
#include "scan.h"

/* Does the figure end its phrase at e: an end of text or clause, a common
 * word of the language ("im", "more"), or, where nouns are capitalised,
 * a word in lower case ("mehr")? Not a noun it counts ("2 Milliarden
 * Nutzer", "1.3 million people"). */
static int phrase_ends(const cc_lexicon *lx, const char *t, size_t len, size_t e)
{
    size_t s = skip_spaces(t, len, e);
    int32_t c = cp_at(t, len, s);
    if (s >= len)
        return 1;
    if (!is_letter(c))
        return !is_digit(t[s]);
    if (cc_lexicon__common_word(lx, t + s, skip_alnum(t, len, s) - s))
        return 1;
    return cc_lexicon__nouns_capitalized(lx) && u_islower(c);
}

void cc_extract__elided_currency_read(cc_extraction *x, const cc_lexicon *lx, const char *t,
                                      size_t len)
{
    cc_xmention *a = &x->m[x->n - 2], *b = &x->m[x->n - 1];
    if (a->kind != CC_MENTION_AMOUNT || a->q.dimension != CC_DIM_CURRENCY || a->q.scale < 3 ||
        a->end > b->start || a->end <= b->ss)
        return;
    if (!phrase_ends(lx, t, len, b->end))
        return;
    cc_quantity__set_unit(&b->q, a->q.unit);
}

/* Is the unit as written a metre ("m", "metres", "meters", "Meter")? */
static int metre_word(const char *t, size_t s, size_t e)
{
    return (e - s == 1 && t[s] == 'm') ||
           (e - s >= 5 && cc__ascii_ncasecmp(t + s, "meter", 5) == 0) ||
           (e - s >= 5 && cc__ascii_ncasecmp(t + s, "metre", 5) == 0);
}

void cc_extract__metres_after_metres_read(cc_extraction *x, const char *t)
{
    cc_xmention *a = &x->m[x->n - 2], *b = &x->m[x->n - 1];
    /* "1.3m": digits and a glued "m" read as a million */
    if (b->end < b->start + 2 || t[b->end - 1] != 'm' || !is_digit(t[b->end - 2]))
        return;
    if (a->kind != CC_MENTION_PHYSICAL || a->ue <= a->us || !metre_word(t, a->us, a->ue) ||
        a->end > b->start || a->end <= b->ss || b->start - a->end > 30 ||
        memchr(t + a->end, ';', b->start - a->end))
        return; /* near, in one clause chain: not "8.4 metres of cloth; sales hit 5m" */
    if (!cc_extract__revalue(&b->q, 0, 0, 0))
        return;
    b->kind = CC_MENTION_PHYSICAL;
    b->us = b->end - 1;
    b->ue = b->end;
}
