/*
 * kinds.c - numbers that are no amounts: dates and clock times, phone
 * numbers, names ("Galaxy S24"), years, ordinals and list numbers.
 */
#include <string.h>

#include <unicode/uchar.h>

#include "common.h"
#include "scan.h"

/* "27.01.2025", "2025-01-27", "1/31/2025", "14:30": the end of a date or
 * time starting at i (0 if none); *kind receives CC_KIND_DATE or _TIME. */
size_t cc_kinds__date_time_read(const char *t, size_t len, size_t i, int *kind)
{
    size_t a = digits_end(t, len, i), b, c, n1 = a - i, n2, n3;
    char sep;

    if (a + 1 >= len || !is_digit(t[a + 1]))
        return 0;
    sep = t[a];
    if (sep == ':') {
        b = digits_end(t, len, a + 1);
        n2 = b - a - 1;
        if (n1 <= 2 && n2 == 2 && !(n1 == 2 && (t[i] > '2' || (t[i] == '2' && t[i + 1] > '4'))) &&
            t[a + 1] <= '5') {
            if (b + 2 < len && t[b] == ':' && is_digit(t[b + 1]) && is_digit(t[b + 2]))
                b += 3;
            if (alnum_at(t, len, b))
                return 0;
            *kind = CC_KIND_TIME;
            return b;
        }
        /* "3:1", "2:2", "75:80": small numbers joined by a colon that
         * are no clock time are a score or a ratio, no amount ("1:25.000",
         * a map scale with grouping, is left to the figure reader) */
        if (n1 > 3 || n2 < 1 || n2 > 3 || alnum_at(t, len, b) ||
            (b + 1 < len && (t[b] == '.' || t[b] == ',' || t[b] == ':') && is_digit(t[b + 1])))
            return 0;
        *kind = CC_KIND_IDENT;
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
size_t cc_kinds__phone_read(const char *t, size_t len, size_t i)
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
    if (groups < 2 || alnum_at(t, len, p))
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
    while (s > 0 && !is_gap(t[s - 1]) && e - s < 40)
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

/* "2013-14", "2019/20", "2013–2014": the end of a span of years after
 * the four digits of a year that end at n (n if none). */
static size_t year_span(const char *t, size_t len, size_t n)
{
    size_t q = n, r;
    if (q < len && (t[q] == '-' || t[q] == '/'))
        q++;
    else if (q + 3 <= len && (unsigned char)t[q] == 0xE2 && (unsigned char)t[q + 1] == 0x80 &&
             (unsigned char)t[q + 2] == 0x93)
        q += 3;
    r = digits_end(t, len, q);
    if (q > n && (r - q == 2 || r - q == 4) && !alnum_at(t, len, r))
        return r;
    return n;
}

static int is_year(const cc_figure_end *a)
{
    return a->dec.n == 4 && a->dec.exp == 0 &&
           (a->dec.d[0] == '1' || (a->dec.d[0] == '2' && a->dec.d[1] <= '1'));
}

int cc_kinds__decade(const char *t, size_t len, const cc_figure_end *e, size_t q, size_t mend,
                     size_t *start)
{
    const cc_decimal *d = &e->dec;
    size_t s = e->num_start;
    int32_t before = cp_before(t, s);
    if (q != e->num_end || !e->plain || d->point || d->neg || d->exp != 0 || e->have_scale ||
        d->d[d->n - 1] != '0' || alnum_at(t, len, mend))
        return 0;
    *start = s;
    if (is_year(e))
        return memcmp(d->d, "1000", 4) != 0; /* "1000s of fans" are thousands */
    if (d->n != 2)
        return 0;
    /* two digits name the decade only where the century is left out on
     * purpose: after an apostrophe ("the '90s", "the ’60s") or with the
     * noun of the key ("60er-Jahre", "60er Jahren"); a bare "60s" or
     * "60er" may be an age ("in their 60s"), a temperature or a banknote */
    if ((before == '\'' || before == 0x2019) &&
        !is_letter(cp_before(t, s - (before == '\'' ? 1 : 3)))) {
        *start = s - (before == '\'' ? 1 : 3);
        return 1;
    }
    for (size_t k = q; k < mend; k++)
        if (t[k] == ' ' || t[k] == '-')
            return 1;
    return 0;
}

/* "FY2024/25": a word that makes the next number a year ("FY"), glued to
 * the four digits of a year at d (the word is t[s..d)). @return the end of
 * the year (or span of years), or 0. */
size_t cc_kinds__glued_year(const cc_lexicon *lx, const char *t, size_t len, size_t s, size_t d)
{
    size_t mend = 0, n = digits_end(t, len, d);
    uint16_t got = 0;
    const cc_lex_entry *m = cc_lexicon__match(lx, t, d, s, CC_LEX_KIND, &mend, &got);
    if (!m || mend != d || m->kind != CC_KIND_YEAR || m->kind_post || n - d != 4 ||
        !(t[d] == '1' || (t[d] == '2' && t[d + 1] <= '1')))
        return 0;
    n = year_span(t, len, n);
    return alnum_at(t, len, n) ? 0 : n;
}

/* "The man, 45, was arrested": a small whole number set off by commas
 * after a word and before a word is the age of who was just named (a list
 * of numbers has digits around it). */
static int comma_age(const char *t, size_t len, const cc_figure_end *a)
{
    size_t s = a->num_start, e = a->num_end;
    if (a->dec.n > 3 || (a->dec.n == 3 && (a->dec.d[0] != '1' || a->dec.d[1] > '1')) ||
        (a->dec.n == 1 && a->dec.d[0] == '0'))
        return 0;
    if (s < 3 || t[s - 1] != ' ' || t[s - 2] != ',' || !is_letter(cp_before(t, s - 2)))
        return 0;
    if (e + 2 >= len || t[e] != ',' || t[e + 1] != ' ')
        return 0;
    return is_letter(cp_at(t, len, e + 2));
}

int cc_kinds__phrase_ends(const cc_lexicon *lx, const char *t, size_t len, size_t n)
{
    size_t s = skip_spaces(t, len, n);
    int32_t c = cp_at(t, len, s);
    if (s >= len)
        return 1;
    if (!is_letter(c))
        return !is_digit(t[s]);
    if (cc_lexicon__common_word(lx, t + s, skip_alnum(t, len, s) - s))
        return 1;
    return cc_lexicon__nouns_capitalized(lx) && u_islower(c);
}

/* "auf der B 27", "die A 7": one capital letter that is no word of the
 * language before a number names a road, a line or a group; so do two or
 * three before three digits or more ("Flight AV 412", "SS 131") where the
 * number ends its phrase. */
static int letter_name_before(const cc_lexicon *lx, const char *t, size_t len, size_t i, size_t n)
{
    size_t e, s = cc_kinds__word_before(t, i, &e), mend = 0;
    uint16_t got = 0;
    const cc_lex_entry *m;
    if (e == i || e == s || e - s > 3)
        return 0;
    for (size_t k = s; k < e; k++)
        if (!(t[k] >= 'A' && t[k] <= 'Z'))
            return 0;
    if (e - s > 1 && (n - i < 3 || !cc_kinds__phrase_ends(lx, t, len, n)))
        return 0; /* "CDU 31, SPD 16": a poll's shares without their unit */
    m = cc_lexicon__match(lx, t, len, s, CC_LEX_ALL, &mend, &got);
    /* a suffix glued to numbers only ("s" of "1960s") is no word alone */
    return !m || (got == CC_LEX_KIND &&
                  (m->kind_post == CC_KIND_AFTER_GLUED || m->kind_post == CC_KIND_AFTER_DECADE));
}

/* "(p=0.62)", "p < 0.001", "(2020 = 100)": a number after "=", "<" or ">"
 * whose other side is one letter (a test statistic; not "n", the count of a
 * sample) or a year (the base of an index) is no amount. */
static int statistic(const char *t, size_t i)
{
    size_t s, e;
    while (i > 0 && t[i - 1] == ' ')
        i--;
    if (i == 0 || (t[i - 1] != '=' && t[i - 1] != '<' && t[i - 1] != '>'))
        return 0;
    e = --i;
    while (e > 0 && t[e - 1] == ' ')
        e--;
    s = e;
    while (s > 0 && ((t[s - 1] >= 'a' && t[s - 1] <= 'z') || (t[s - 1] >= 'A' && t[s - 1] <= 'Z') ||
                     is_digit(t[s - 1])))
        s--;
    if (e - s == 1 && !is_digit(t[s]) && t[s] != 'n' && t[s] != 'N')
        return 1;
    return e - s == 4 && (t[s] == '1' || t[s] == '2') && is_digit(t[s + 1]) && is_digit(t[s + 2]) &&
           is_digit(t[s + 3]);
}

/* A whole number written with a leading zero ("007", "0002"): a code. */
static int leading_zero(const char *t, size_t len, const cc_figure_end *a)
{
    return a->plain && !a->spelled && !a->dec.point && t[a->num_start] == '0' &&
           a->num_start + 1 < len && is_digit(t[a->num_start + 1]);
}

/* "1,7 Prozent weniger als 2023", "5% more than 2019.": a comparison word
 * right after a figure, before a year that ends the clause, compares the
 * figure with that year; it bounds no count of 2023. */
static int year_compared(const cc_lexicon *lx, const char *t, size_t len, const cc_pending *pd,
                         const cc_figure_end *a)
{
    size_t k;
    if (pd->hedge != CC_HEDGE_LOWER_STRICT && pd->hedge != CC_HEDGE_UPPER_STRICT)
        return 0;
    if (!a->plain || a->spelled || a->dec.point || a->dec.neg || a->had_unit || a->have_scale ||
        a->dim >= 0 || a->code[0] || pd->code[0] || a->post_hedge >= 0 || !is_year(a))
        return 0;
    k = skip_spaces(t, len, a->num_end);
    if (k < len && !strchr(".,;:)", t[k]))
        return 0;
    return cc_figure__before(lx, t, pd->hs);
}

/* Could d be a person's age in years (at most 130)? */
static int an_age(const cc_decimal *d)
{
    int whole = d->n + d->exp, v = 0;
    if (whole > 3)
        return 0;
    for (int k = 0; k < whole; k++)
        v = v * 10 + (k < d->n ? d->d[k] - '0' : 0);
    return v <= 130;
}

/* Decide whether a bare number is a year, an ordinal, a list number, a
 * name or an age; sets a->kind (and may extend a->end over "2013-14"). */
void cc_kinds__classify_read(const cc_lexicon *lx, const char *t, size_t len, const cc_pending *pd,
                             cc_figure_end *a)
{
    int bare = cc_kinds__bare(pd, a);
    int plain_int = a->plain && !a->dec.point && !a->spelled;
    size_t n = a->num_end, ks, ws;

    if (pd->kind == CC_KIND_PHYSICAL && !a->had_unit && !a->have_scale && !pd->code[0] &&
        !a->dec.neg && an_age(&a->dec)) {
        /* "aged 45", "aged over 65", "im Alter von 45": an age, a
         * duration in years named by the word before (kept as the unit as
         * written); a hedge or "between" may stand between */
        ks = skip_spaces(t, len, pd->kind_end);
        if (pd->hedge >= 0 && ks == pd->hs)
            ks = skip_spaces(t, len, pd->he);
        else if (pd->opener && ks == pd->os)
            ks = skip_spaces(t, len, pd->oe);
        if (ks == a->num_start) {
            a->kind = CC_KIND_PHYSICAL;
            a->unit_s = pd->kind_s;
            a->unit_e = pd->kind_end;
            return;
        }
    }
    if (year_compared(lx, t, len, pd, a)) {
        a->kind = CC_KIND_YEAR;
        return;
    }
    if (!a->had_unit && !a->have_scale && a->dim < 0 && !a->code[0] && !pd->code[0] &&
        (statistic(t, a->num_start) || leading_zero(t, len, a))) {
        a->kind = CC_KIND_IDENT;
        return;
    }
    if (!bare)
        return;
    if (pd->kind && pd->kind != CC_KIND_PHYSICAL &&
        skip_spaces(t, len, pd->kind_end) == a->num_start) {
        if (pd->kind != CC_KIND_YEAR || (plain_int && a->dec.n >= 3 && a->dec.n <= 4)) {
            a->kind = pd->kind;
            if (a->kind == CC_KIND_YEAR && plain_int && is_year(a))
                a->end = year_span(t, len, n); /* "Geschäftsjahr 2023/24" */
            return;
        }
    }
    if (!plain_int)
        return;
    ws = cc_kinds__word_before(t, a->num_start, &ks);
    if (cc_kinds__name_before(t, a->num_start) || letter_name_before(lx, t, len, a->num_start, n) ||
        (a->dec.n <= 4 && cc_lexicon__street_name(lx, t, ws, ks))) {
        a->kind = CC_KIND_IDENT;
        return;
    }
    if (comma_age(t, len, a)) {
        /* an age: physical, a duration in years without a unit written */
        a->kind = CC_KIND_PHYSICAL;
        a->unit_s = a->unit_e = a->num_end;
        return;
    }
    if (n < len && (t[n] == '.' || t[n] == ')') && cc_kinds__line_start(t, a->num_start) &&
        (n + 1 >= len || t[n + 1] == ' ' || t[n + 1] == '\t')) {
        a->kind = CC_KIND_LIST;
        a->end = n + 1;
        return;
    }
    if (a->dec.n <= 3 && n + 2 < len && t[n] == '.' && t[n + 1] == ' ' &&
        is_letter(cp_at(t, len, n + 2))) {
        /* "im 3. Quartal"; not "stieg auf 30. Die Behörden" */
        ws = cc_kinds__word_before(t, a->num_start, &ks);
        if (cc_lexicon__ordinal_opener(lx, t, ws, ks)) {
            a->kind = CC_KIND_ORDINAL;
            a->end = n + 1;
            return;
        }
    }
    if (is_year(a)) {
        a->kind = CC_KIND_YEAR;
        a->end = year_span(t, len, n);
    }
}

/* A whole number without sign, unit or scale of at most three digits: the
 * side of a score or a day of the month. */
static int small_int(const cc_figure_end *e)
{
    return !e->kind && !e->date && e->plain && !e->spelled && !e->dec.point && !e->dec.neg &&
           e->dec.exp == 0 && e->dec.n <= 3 && !e->had_unit && !e->have_scale && e->dim < 0 &&
           !e->code[0] && e->post_hedge < 0;
}

/* a < b for whole numbers without leading zeros */
static int int_less(const cc_decimal *a, const cc_decimal *b)
{
    return a->n != b->n ? a->n < b->n : memcmp(a->d, b->d, (size_t)a->n) < 0;
}

/* The day of the month of a small whole number, or 0. */
static int day_of(const cc_decimal *d)
{
    int v = d->n == 1 ? d->d[0] - '0' : d->n == 2 ? (d->d[0] - '0') * 10 + d->d[1] - '0' : 0;
    return v <= 31 ? v : 0;
}

int cc_kinds__pair(const cc_figure_end *a, const cc_figure_end *b, size_t mid_s, size_t mid_e)
{
    int da = day_of(&a->dec), db = day_of(&b->dec);
    /* "February 4-6", "February 4 to 6", "4-6 February": the days of one
     * month; the month stands before the first day or after the second */
    if (a->date && (!a->kind || a->kind == CC_KIND_DATE) && small_int(b) && da && db > da)
        return CC_KIND_DATE;
    if (b->date && small_int(a) && da && day_of(&b->dec) > da)
        return CC_KIND_DATE;
    /* "won 3-1", "drew 2-2", "a 5-4 vote": two small whole numbers joined
     * by a bare dash where the second is not larger cannot be a range
     * (ranges ascend: "2-3 Tage"); they are a score or a tally */
    if (small_int(a) && small_int(b) && mid_s == a->num_end && mid_e == b->num_start &&
        !int_less(&a->dec, &b->dec))
        return CC_KIND_IDENT;
    return 0;
}

size_t cc_kinds__day_span(const cc_lexicon *lx, const char *t, size_t len, const cc_decimal *day,
                          size_t p)
{
    size_t q = skip_spaces(t, len, p), r, mend = 0;
    uint16_t got = 0;
    cc_decimal d2;
    int da = day_of(day);
    /* after the point of "4." (p): "-6. Februar", " bis 6. Februar" */
    if (!da || day->point || day->neg || day->exp)
        return 0;
    if ((r = dash_at(t, len, q)) == 0) {
        if (!cc_lexicon__match(lx, t, len, q, CC_LEX_RANGE_TO, &mend, &got))
            return 0;
        r = mend;
    }
    q = skip_spaces(t, len, r);
    r = digits_end(t, len, q);
    if (r == q || r - q > 2 || r >= len || t[r] != '.')
        return 0;
    memset(&d2, 0, sizeof d2);
    d2.n = (int)(r - q);
    memcpy(d2.d, t + q, r - q);
    if (day_of(&d2) <= da)
        return 0;
    q = skip_spaces(t, len, r + 1);
    if (!cc_lexicon__match(lx, t, len, q, CC_LEX_MONTH, &mend, &got))
        return 0;
    return mend;
}
