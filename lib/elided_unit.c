/*
 * elided_unit.c - money whose currency the writer left out because the
 * figure before it said it: "81,8 Milliarden Euro, davon 51,3 Milliarden
 * im Kernhaushalt", "auf 178,6 Milliarden Euro geschätzt - etwa 30
 * Milliarden mehr", "$5bn, 2 billion more than planned".
 */
#include <unicode/uchar.h>

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

void cc_extract__elided_currency(cc_extraction *x, const cc_lexicon *lx, const char *t, size_t len)
{
    cc_xmention *a, *b;
    if (x->n < 2)
        return;
    b = &x->m[x->n - 1];
    a = &x->m[x->n - 2];
    if (b->kind != CC_MENTION_AMOUNT || b->fraction || b->change ||
        b->q.dimension != CC_DIM_COUNT || b->q.scale < 3)
        return;
    if (a->kind != CC_MENTION_AMOUNT || a->q.dimension != CC_DIM_CURRENCY || a->q.scale < 3 ||
        a->end > b->start || a->end <= b->ss)
        return;
    if (!phrase_ends(lx, t, len, b->end))
        return;
    cc_quantity__set_unit(&b->q, a->q.unit);
}
