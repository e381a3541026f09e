/*
 * spoken_pairs.c - numbers spoken in pairs of digits: "nineteen eighty-four"
 * is 1984 (a year), "twenty twenty-five" 2025, "one twenty-two" 122 (marked
 * ambiguous: also a price or a time), as transcripts and quotes write
 * them. The run reader (numwords.c) stops after "nineteen", since a ten
 * never follows a ten in a written number; this pass joins the two spelled
 * figures it leaves.
 */
#include <stdio.h>
#include <string.h>

#include "common.h"
#include "extract.h"
#include "quantity.h"
#include "scan.h"

/* The whole value of a spelled, bare, exact count of 1..99 written in
 * letters, or 0. */
static int spelled_group(const cc_xmention *m, const char *t)
{
    int v = 0;
    if (m->kind != CC_MENTION_AMOUNT || !m->weak || m->q.dimension != CC_DIM_COUNT ||
        m->q.hedge != CC_HEDGE_EXACT || m->q.scale != 0 || m->change || m->negated ||
        !is_letter(cp_at(t, m->end, m->start)) || !is_letter((unsigned char)t[m->end - 1]))
        return 0;
    for (const char *d = m->q.digits; *d; d++) {
        if (!is_digit(*d) || v > 99)
            return 0;
        v = v * 10 + (*d - '0');
    }
    return v <= 99 ? v : 0;
}

void cc_extract__spoken_pair_read(cc_extraction *x, const char *t, size_t len)
{
    cc_xmention *a = &x->m[x->n - 2], *b = &x->m[x->n - 1];
    int hi, lo;
    char digits[16];
    cc_decimal dec;
    cc_quantity q;
    /* one space between, and the second not the start of a compound
     * ("one twenty-year-old") */
    if (b->start != a->end + 1 || t[a->end] != ' ' || (b->end < len && t[b->end] == '-'))
        return;
    hi = spelled_group(a, t);
    lo = spelled_group(b, t);
    /* two digits and two ("nineteen eighty-four", "twenty ten"), or a digit
     * before a ten and a unit ("one twenty-two"; not "two fifteen", "one
     * twenty", which may be times or prices) */
    if (!hi || lo < 10 || (hi < 10 && (lo < 21 || lo % 10 == 0)))
        return;
    snprintf(digits, sizeof digits, "%d", hi * 100 + lo);
    q = a->q;
    if (cc_decimal__parse(&dec, digits, strlen(digits)) != CC_OK ||
        cc_quantity__set_end(&q, 0, &dec, 0) != CC_OK)
        return;
    a->q = q;
    a->end = b->end;
    a->he = a->hs = a->start;
    if (hi >= 10 && hi <= 20)
        a->kind = CC_MENTION_YEAR; /* "in nineteen eighty-four" */
    else if (hi < 10)
        a->ambiguous = 1; /* "one twenty-two" may also be a price (1.22) or a time (1:22) */
    x->n--;
}
