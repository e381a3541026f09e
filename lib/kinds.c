/*
 * kinds.c - numbers that are no amounts: dates and clock times, phone
 * numbers, names ("Galaxy S24"), years, ordinals and list numbers.
 */
#include <string.h>

#include "common.h"
#include "scan.h"

/* "27.01.2025", "2025-01-27", "1/31/2025", "14:30": the end of a date or
 * time starting at i (0 if none); *kind receives CC_KIND_DATE or _TIME. */
size_t cc_kinds__date_time_at(const char *t, size_t len, size_t i, int *kind)
{
    size_t a = digits_end(t, len, i), b, c, n1 = a - i, n2, n3;
    char sep;

    if (a + 1 >= len || !is_digit(t[a + 1]))
        return 0;
    sep = t[a];
    if (sep == ':') {
        b = digits_end(t, len, a + 1);
        if (n1 > 2 || b - a - 1 != 2)
            return 0;
        if (b + 2 < len && t[b] == ':' && is_digit(t[b + 1]) && is_digit(t[b + 2]))
            b += 3;
        if (alnum_at(t, len, b))
            return 0;
        *kind = CC_KIND_TIME;
        return b;
    }
    if (sep != '.' && sep != '/' && sep != '-')
        return 0;
    b = digits_end(t, len, a + 1);
    n2 = b - a - 1;
    if (n2 < 1 || n2 > 2 || b + 1 >= len || t[b] != sep || !is_digit(t[b + 1]))
        return 0;
    c = digits_end(t, len, b + 1);
    n3 = c - b - 1;
    if (!((n1 <= 2 && (n3 == 2 || n3 == 4)) || (n1 == 4 && n3 >= 1 && n3 <= 2)))
        return 0;
    if (alnum_at(t, len, c))
        return 0;
    *kind = CC_KIND_DATE;
    return c;
}

/* "+49 30 1234567", "030/1234567", "0171 234 5678": the end of a phone
 * number starting at i (a '+' or a digit), or 0. */
size_t cc_kinds__phone_at(const char *t, size_t len, size_t i)
{
    size_t p = i, first = 0;
    int plus = 0, groups = 0;

    if (t[p] == '+') {
        plus = 1;
        p++;
    }
    for (;;) {
        size_t q = digits_end(t, len, p);
        if (q == p)
            break;
        if (groups++ == 0)
            first = q - p;
        p = q;
        if (p + 1 < len && (t[p] == ' ' || t[p] == '/' || t[p] == '-') && is_digit(t[p + 1]))
            p++;
        else
            break;
    }
    if (alnum_at(t, len, p) || groups < 2)
        return 0;
    if ((plus && first <= 3) || (t[i] == '0' && first >= 3) || groups >= 3)
        return p;
    return 0;
}

/* The word before offset i (skipping spaces): its start, or i if none. */
size_t cc_kinds__word_before(const char *t, size_t i, size_t *wend)
{
    size_t e = i, s;
    while (e > 0 && (t[e - 1] == ' ' || t[e - 1] == '\t'))
        e--;
    s = e;
    while (s > 0 && t[s - 1] != ' ' && t[s - 1] != '\n' && t[s - 1] != '\t' && e - s < 40)
        s--;
    *wend = e;
    return s;
}

/* "S&P 500", "iPhone 15": a name with '&' or an inner capital before it. */
int cc_kinds__name_before(const char *t, size_t i)
{
    size_t e, s = cc_kinds__word_before(t, i, &e);
    int lower = 0;
    for (size_t k = s; k < e; k++) {
        char c = t[k];
        if (c == '&' && k > s && k + 1 < e)
            return 1;
        if (c >= 'a' && c <= 'z')
            lower = 1;
        else if (c >= 'A' && c <= 'Z' && lower)
            return 1;
    }
    return 0;
}

/* Only white space since the start of the line? */
int cc_kinds__line_start(const char *t, size_t i)
{
    while (i > 0 && (t[i - 1] == ' ' || t[i - 1] == '\t'))
        i--;
    return i == 0 || t[i - 1] == '\n' || t[i - 1] == '\r';
}

/* Decide whether a bare number is a year, an ordinal, a list number or a
 * name; sets a->kind (and may extend a->end over "2013-14"). */
void cc_kinds__classify(const cc_lexicon *lx, const char *t, size_t len, const cc_pending *pd,
                     cc_figure_end *a)
{
    int bare = !a->had_unit && !a->have_scale && a->dim < 0 && !a->code[0] && !pd->code[0] &&
               (pd->hedge < 0 || pd->hedge_time) && a->post_hedge < 0 && !a->dec.neg;
    int plain_int = a->plain && !a->dec.point && !a->spelled;
    size_t n = a->num_end;

    if (a->kind)
        return;
    if (a->date) {
        a->kind = CC_KIND_DATE;
        return;
    }
    if (!bare)
        return;
    if (pd->kind && skip_spaces(t, len, pd->kind_end) == a->num_start) {
        if (pd->kind != CC_KIND_YEAR || (plain_int && a->dec.n >= 3 && a->dec.n <= 4)) {
            a->kind = pd->kind;
            return;
        }
    }
    if (!plain_int)
        return;
    if (cc_kinds__name_before(t, a->num_start)) {
        a->kind = CC_KIND_IDENT;
        return;
    }
    if (n < len && (t[n] == '.' || t[n] == ')') && cc_kinds__line_start(t, a->num_start) &&
        (n + 1 >= len || t[n + 1] == ' ' || t[n + 1] == '\t')) {
        a->kind = CC_KIND_LIST;
        a->end = n + 1;
        return;
    }
    if (cc_lexicon__dot_ordinals(lx) && a->dec.n <= 3 && n + 2 < len && t[n] == '.' && t[n + 1] == ' ' &&
        is_letter(cp_at(t, len, n + 2))) {
        a->kind = CC_KIND_ORDINAL;
        a->end = n + 1;
        return;
    }
    if (a->dec.n == 4 && a->dec.exp == 0 && (a->dec.d[0] == '1' || (a->dec.d[0] == '2' && a->dec.d[1] <= '1'))) {
        size_t q = n, r;
        a->kind = CC_KIND_YEAR;
        /* "2013-14", "2019/20", "2013–2014" */
        if (q < len && (t[q] == '-' || t[q] == '/'))
            q++;
        else if (q + 3 <= len && (unsigned char)t[q] == 0xE2 && (unsigned char)t[q + 1] == 0x80 &&
                 (unsigned char)t[q + 2] == 0x93)
            q += 3;
        r = digits_end(t, len, q);
        if (q > n && (r - q == 2 || r - q == 4) && !alnum_at(t, len, r))
            a->end = r;
    }
}
