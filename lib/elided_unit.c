/*
 * elided_unit.c - units the writer left out or shortened because the
 * figure before said them: money without its currency ("81,8 Milliarden
 * Euro, davon 51,3 Milliarden im Kernhaushalt", "$5bn, 2 billion more than
 * planned"), metres written "m" after metres ("8.4 metres, 1.3m above
 * the record": not 1.3 million), and kelvin written "K" beside another
 * temperature ("300 °C (572 °F, 573.15 K)": not 573,150).
 */
#include <string.h>

#include "common.h"
#include "extract.h"
#include "lexicon.h"
#include "scan.h"

void cc_extract__elided_currency_read(cc_extraction *x, const cc_lexicon *lx, const char *t,
                                      size_t len)
{
    cc_xmention *a = &x->m[x->n - 2], *b = &x->m[x->n - 1];
    if (a->kind != CC_MENTION_AMOUNT || a->q.dimension != CC_DIM_CURRENCY || a->q.scale < 3 ||
        a->end > b->start || a->end <= b->ss)
        return;
    if (!cc_kinds__phrase_ends(lx, t, len, b->end))
        return;
    cc_quantity__set_unit(&b->q, a->q.unit);
}

/* Is mention m money in cents without a currency written ("17 cents",
 * "17 Cent"; not "17 US cents", "$0.17", "17 Euro-Cent")? */
static int bare_cents(const char *t, const cc_xmention *m)
{
    size_t e = m->end, s, w, from = m->he > m->hs ? m->he : m->start;
    if (m->kind != CC_MENTION_AMOUNT || m->q.dimension != CC_DIM_CURRENCY)
        return 0;
    if (e > m->start && (t[e - 1] | 0x20) == 's')
        e--;
    if (e >= m->start + 5 && cc__ascii_ncasecmp(t + e - 4, "cent", 4) == 0)
        w = 4;
    else if (e >= m->start + 3 && cc__ascii_ncasecmp(t + e - 2, "ct", 2) == 0)
        w = 2; /* "34.5 ct" */
    else
        return 0;
    for (s = e - w; s > m->start && t[s - 1] == ' ';)
        s--;
    if (s == e - w || !is_digit(t[s - 1]))
        return 0; /* "Euro-Cent", "US cents" */
    for (size_t k = from; k < s; k++)
        if (!is_digit(t[k]) && t[k] != '.' && t[k] != ',' && t[k] != ' ')
            return 0; /* "$2 and 43 cents": left as read; a hedge before is passed */
    return 1;
}

/* A currency whose hundredths are called cents. */
static int has_cents(const char *code)
{
    static const char *const codes[] = {"AUD", "CAD", "EUR", "HKD", "NZD", "SGD", "USD"};
    for (size_t k = 0; k < sizeof codes / sizeof codes[0]; k++)
        if (strcmp(code, codes[k]) == 0)
            return 1;
    return 0;
}

void cc_extract__bare_cents(cc_extraction *x, const char *t)
{
    const char *code = NULL;
    for (size_t i = 0; i < x->n; i++) {
        const cc_xmention *m = &x->m[i];
        if (m->kind != CC_MENTION_AMOUNT || m->q.dimension != CC_DIM_CURRENCY || bare_cents(t, m))
            continue;
        if (code && strcmp(code, m->q.unit) != 0)
            return; /* money of two currencies: which cents is unclear */
        code = m->q.unit;
    }
    if (!code || !has_cents(code))
        return;
    for (size_t i = 0; i < x->n; i++)
        if (bare_cents(t, &x->m[i]))
            cc_quantity__set_unit(&x->m[i].q, code);
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
    cc_quantity__set_unit(&b->q, "m");
}

/* Is the unit as written a temperature ("°C", "°F", "degrees Celsius",
 * "Grad", a glued "C")? */
static int temperature_word(const char *t, size_t s, size_t e)
{
    return (e - s >= 2 && memcmp(t + s, "\xC2\xB0", 2) == 0) ||
           (e - s == 1 && (t[s] == 'C' || t[s] == 'F')) ||
           (e - s >= 6 && cc__ascii_ncasecmp(t + s, "degree", 6) == 0) ||
           (e - s >= 4 && cc__ascii_ncasecmp(t + s, "grad", 4) == 0);
}

/* Is m a thousand written with a capital "K" ("573.15K", "573.15 K")? */
static int thousand_as_k(const cc_xmention *m, const char *t)
{
    return m->kind == CC_MENTION_AMOUNT && m->q.dimension == CC_DIM_COUNT && m->q.scale == 3 &&
           t[m->end - 1] == 'K' && m->end >= m->start + 2;
}

/* Make k kelvin if it ends its phrase (not "10K runners") and stands next
 * to the temperature, the two near in one clause chain ("573.15 K (300
 * °C)", "300 °C (573.15K)"). */
static void kelvin_read(const cc_lexicon *lx, cc_xmention *k, const cc_xmention *temp,
                        const cc_xmention *first, const cc_xmention *second, const char *t,
                        size_t len)
{
    if (!cc_kinds__phrase_ends(lx, t, len, k->end) || temp->kind != CC_MENTION_PHYSICAL ||
        temp->ue <= temp->us || !temperature_word(t, temp->us, temp->ue) ||
        first->end > second->start || first->end <= second->ss || second->start - first->end > 30 ||
        memchr(t + first->end, ';', second->start - first->end))
        return;
    if (!cc_extract__revalue(&k->q, 0, 0, 0))
        return;
    k->kind = CC_MENTION_PHYSICAL;
    k->us = k->end - 1;
    k->ue = k->end;
    cc_quantity__set_unit(&k->q, "K");
}

void cc_extract__kelvin_beside_temperature_read(cc_extraction *x, const cc_lexicon *lx,
                                                const char *t, size_t len)
{
    cc_xmention *a = &x->m[x->n - 2], *b = &x->m[x->n - 1];
    if (thousand_as_k(b, t))
        kelvin_read(lx, b, a, a, b, t, len);
    else if (thousand_as_k(a, t))
        kelvin_read(lx, a, b, a, b, t, len);
}
