/*
 * numparse.c - find quantity mentions in UTF-8 text and read quantity
 * texts ("fast 600 Mrd. $", "between 5 and 6 percent").
 *
 * The scanner makes one pass over the text without allocating: it skips
 * white space and words byte-wise, asks the language's lexicon trie only at
 * word starts, and reads a figure wherever digits (or a spelled-out number)
 * start. A figure is
 *
 *     [hedge] [filler...] [currency] NUMBER [scale] [unit] [post-hedge]
 *
 * optionally followed by a range word (bis, to, and after between, a dash)
 * and a second such figure; the unit and scale of one end apply to the
 * other. Digit runs are read with the locale's separators ("21.414,25" in
 * German, "21,414.25" in English); runs that fit neither (dates such as
 * "27.01.2025", versions) and digits glued to letters ("H100", "Covid-19",
 * "5G") are not figures.
 */
#include <string.h>

#include <unicode/utf8.h>

#include "common.h"
#include "lexicon.h"
#include "quantity.h"

/* ------------------------------------------------------------------ */
/* Characters                                                          */
/* ------------------------------------------------------------------ */

static int is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* The code point before byte offset i, or -1 at the start. */
static int32_t cp_before(const char *t, size_t i)
{
    int32_t c, k = (int32_t)i;
    if (i == 0)
        return -1;
    if ((unsigned char)t[i - 1] < 0x80)
        return (unsigned char)t[i - 1];
    U8_PREV(t, 0, k, c);
    return c < 0 ? 0xFFFD : c;
}

static int32_t cp_at(const char *t, size_t len, size_t i)
{
    return i < len ? cc_lexicon__next_cp(t, len, &i) : -1;
}

static int is_letter(int32_t c)
{
    return c >= 0 && cc_lexicon__is_alnum(c) && !(c >= '0' && c <= '9');
}

static size_t skip_spaces(const char *t, size_t len, size_t i)
{
    while (i < len) {
        size_t j = i;
        if (t[i] == ' ') {
            i++;
            continue;
        }
        if (!cc_lexicon__is_space(cc_lexicon__next_cp(t, len, &j)))
            break;
        i = j;
    }
    return i;
}

static size_t skip_alnum(const char *t, size_t len, size_t i)
{
    i = cc_lexicon__ascii_alnum_end(t, len, i);
    while (i < len) {
        size_t j = i;
        unsigned char b = (unsigned char)t[i];
        if (b < 0x80) {
            if (!((b | 0x20) >= 'a' && (b | 0x20) <= 'z') && !(b >= '0' && b <= '9'))
                break;
            i++;
            continue;
        }
        if (!cc_lexicon__is_alnum(cc_lexicon__next_cp(t, len, &j)))
            break;
        i = j;
    }
    return i;
}

/* Dashes between the ends of a range: '-', en dash, em dash. */
static size_t dash_at(const char *t, size_t len, size_t i)
{
    size_t j = i;
    int32_t c = cp_at(t, len, i);
    if (c == '-' || c == 0x2013 || c == 0x2014 || c == 0x2012) {
        cc_lexicon__next_cp(t, len, &j);
        return j;
    }
    return 0;
}

/* A sign at i ('-', '+', U+2212) directly before a digit, not after a word. */
static size_t sign_at(const char *t, size_t len, size_t i, int *neg)
{
    size_t j = i;
    int32_t c = cp_at(t, len, i), p = cp_before(t, i);
    if (c != '-' && c != '+' && c != 0x2212)
        return 0;
    cc_lexicon__next_cp(t, len, &j);
    if (j >= len || !is_digit(t[j]) || (p >= 0 && cc_lexicon__is_alnum(p)))
        return 0;
    *neg = c != '+';
    return j;
}

/* Digits glued to a word before them ("H100", "Covid-19") are a name. */
static int glued_before(const char *t, size_t i)
{
    int32_t p = cp_before(t, i);
    if (p < 0)
        return 0;
    if (cc_lexicon__is_alnum(p))
        return 1;
    if (p == '-' || p == '/' || p == '_')
        return is_letter(cp_before(t, i - 1));
    return 0;
}

/* "USD3.14": an upper-case currency code glued to the digits at i? */
static int glued_code(const cc_lexicon *lx, const char *t, size_t len, size_t i)
{
    size_t s = i, end = 0;
    uint16_t got = 0;
    while (s > 0 && ((t[s - 1] >= 'A' && t[s - 1] <= 'Z') || t[s - 1] == '$'))
        s--;
    if (i - s < 2 || i - s > 4 || (s > 0 && cc_lexicon__is_alnum(cp_before(t, s))))
        return 0;
    (void)len;
    return cc_lexicon__match(lx, t, i, s, CC_LEX_CURRENCY, &end, &got) != NULL && end == i;
}

/* ------------------------------------------------------------------ */
/* One end of a figure                                                 */
/* ------------------------------------------------------------------ */

typedef struct figure_end {
    cc_decimal dec;
    size_t num_start, num_end, end;
    int scale, have_scale;
    int dim;         /* from a unit word, -1 none */
    int unit_scale;  /* basis points: -2 */
    char code[4];    /* currency after the number, "" none */
    int post_hedge;  /* -1 none */
    size_t post_start;
    int spelled, plain, date;
    int kind;       /* CC_KIND_* */
    int ambiguous;  /* "1.971": grouping and decimal point both make sense */
    int had_unit;   /* a scale, unit or currency word followed */
} figure_end;

#define MAX_GROUPS 12

static int is_group_sep(const cc_lexicon *lx, int32_t c)
{
    return (uint32_t)c == cc_lexicon__grouping(lx) || c == 0xA0 || c == 0x202F || c == 0x2009;
}

/* Read the digit run at i into e->dec. @return 1, 0 if the run is not a
 * figure (e->num_end is past it), or CC_ERANGE for too many digits. */
static int read_digits(const cc_lexicon *lx, const char *t, size_t len, size_t i, figure_end *e)
{
    size_t gstart[MAX_GROUPS], glen[MAX_GROUPS];
    int32_t sep[MAX_GROUPS];
    int ng = 0, nint, valid = 1;
    size_t p = i;
    int32_t dec_sep = (int32_t)cc_lexicon__decimal(lx);

    for (;;) {
        size_t s = p, q;
        int32_t c;
        while (p < len && is_digit(t[p]))
            p++;
        if (ng == MAX_GROUPS)
            valid = 0;
        else {
            gstart[ng] = s;
            glen[ng] = p - s;
            ng++;
        }
        q = p;
        c = cp_at(t, len, p);
        if (c != '.' && c != ',' && c != 0xA0 && c != 0x202F && c != 0x2009)
            break;
        cc_lexicon__next_cp(t, len, &q);
        if (q >= len || !is_digit(t[q]))
            break;
        if (ng <= MAX_GROUPS)
            sep[ng - 1] = c;
        p = q;
    }
    e->num_start = i;
    e->num_end = p;
    if (!valid)
        return 0;

    /* groups before a decimal separator: 1-3 digits, then 3 each */
    nint = ng;
    if (ng > 1 && sep[ng - 2] == dec_sep)
        nint = ng - 1;
    for (int k = 0; k < nint - 1; k++)
        if (!is_group_sep(lx, sep[k]))
            valid = 0;
    if (nint > 1) {
        if (glen[0] > 3)
            valid = 0;
        for (int k = 1; k < nint; k++)
            if (glen[k] != 3)
                valid = 0;
    }
    if (!valid && ng == 2 && (sep[0] == '.' || sep[0] == ',')) {
        /* one separator of the other convention ("5.6" in German): a point */
        valid = 1;
        nint = 1;
    }
    if (!valid)
        return 0;
    /* one point (or comma) before three digits: "1.971" is 1971 with
     * grouping, but 1.971 reads as well unless the digits are "000" */
    if (ng == 2 && nint == 2 && sep[0] == '.' && glen[0] <= 3 && !(glen[0] == 1 && t[gstart[0]] == '0') &&
        !(t[gstart[1]] == '0' && t[gstart[1] + 1] == '0' && t[gstart[1] + 2] == '0'))
        e->ambiguous = 1;
    memset(&e->dec, 0, sizeof e->dec);
    for (int k = 0; k < ng; k++)
        for (size_t d = 0; d < glen[k]; d++)
            if (cc_decimal__push(&e->dec, t[gstart[k] + d], k >= nint) != 0)
                return CC_ERANGE;
    e->plain = ng == 1;
    return 1;
}

/* Scale, unit and post-hedge after the number; a month makes it a date.
 * @return 0 if letters glued to the digits are no unit ("5G"), else 1. */
static int read_tail(const cc_lexicon *lx, const char *t, size_t len, figure_end *e,
                     int prefix_unit)
{
    size_t p = e->num_end;
    int glued = is_letter(cp_at(t, len, p));
    int have_unit = 0;

    e->end = p;
    for (int k = 0; k < 3; k++) {
        size_t q = skip_spaces(t, len, p), mend = 0;
        uint16_t got = 0;
        const cc_lex_entry *m;
        int used = 0;

        if (q < len && t[q] == '-' && is_letter(cp_at(t, len, q + 1)))
            q++; /* "500-Milliarden-Dollar" */
        if (k == 0 && q < len && t[q] == '.') {
            /* "27. Januar": the day of a date */
            size_t r = skip_spaces(t, len, q + 1);
            if (cc_lexicon__match(lx, t, len, r, CC_LEX_MONTH, &mend, NULL)) {
                e->date = 1;
                e->end = mend;
                return 1;
            }
        }
        m = cc_lexicon__match(lx, t, len, q,
                              CC_LEX_SCALE | CC_LEX_CURRENCY | CC_LEX_UNIT | CC_LEX_POST_HEDGE |
                                  CC_LEX_MONTH | CC_LEX_KIND,
                              &mend, &got);
        if (glued && k == 0 && (!m || q != p))
            return 0;
        if (!m)
            break;
        if ((got & CC_LEX_KIND) && m->kind_post && !have_unit &&
            ((k == 0 && !e->have_scale) || m->kind == CC_KIND_PHYSICAL)) {
            /* "14 Uhr", "3 pm", "4,5 Kilometer", "5 Millionen Tonnen": no amount */
            e->kind = m->kind;
            e->end = mend;
            return 1;
        }
        if ((got & CC_LEX_MONTH) && k == 0) {
            e->date = 1;
            e->end = mend;
            return 1;
        }
        if ((got & CC_LEX_SCALE) && !e->have_scale && !have_unit) {
            e->scale = m->scale;
            e->have_scale = 1;
            used = 1;
        }
        if ((got & CC_LEX_CURRENCY) && !have_unit && (!prefix_unit || used)) {
            memcpy(e->code, m->code, 4);
            have_unit = used = 1;
        } else if ((got & CC_LEX_UNIT) && !have_unit && !prefix_unit) {
            e->dim = m->dim;
            e->unit_scale = m->unit_scale;
            have_unit = used = 1;
        }
        if (!used && (got & CC_LEX_POST_HEDGE)) {
            e->post_hedge = m->post_hedge;
            e->post_start = q;
            e->end = mend;
            break;
        }
        if (!used)
            break;
        e->had_unit = 1;
        p = e->end = mend;
    }
    return 1;
}

/* "1 point 5 percent", "2 Komma 5 Millionen": a decimal point word between
 * two plain digit runs. The fraction is taken only when a scale, unit or
 * currency word follows it; other digits or number words after the point
 * ("1 point 5 minutes", "1 point five") refuse the whole (e->end past it).
 * No digits after the point ("1 point"): index points, read by read_tail.
 * @return 1 to go on reading, 0 if refused. */
static int digit_point(const cc_lexicon *lx, const char *t, size_t len, figure_end *e)
{
    size_t q = skip_spaces(t, len, e->num_end), mend = 0, r, de, u, uend = 0;
    uint16_t got = 0;
    const cc_lex_entry *m = cc_lexicon__match(lx, t, len, q, CC_LEX_NUMBER_PART, &mend, &got);

    if (!m || m->part != CC_PART_POINT)
        return 1;
    r = skip_spaces(t, len, mend);
    if (r < len && is_digit(t[r])) {
        de = r;
        while (de < len && is_digit(t[de]))
            de++;
        u = skip_spaces(t, len, de);
        if (!((de < len && (t[de] == '.' || t[de] == ',') && de + 1 < len && is_digit(t[de + 1])) ||
              is_letter(cp_at(t, len, de)) || de - r > 12) &&
            cc_lexicon__match(lx, t, len, u, CC_LEX_SCALE | CC_LEX_UNIT | CC_LEX_CURRENCY, &uend,
                              &got)) {
            for (size_t k = r; k < de; k++)
                if (cc_decimal__push(&e->dec, t[k], 1) != 0)
                    return 0;
            e->num_end = de;
            e->plain = 0;
            return 1;
        }
        e->end = skip_alnum(t, len, de);
        return 0;
    }
    if (cc_lexicon__match(lx, t, len, r, CC_LEX_NUMBER, &uend, &got)) {
        e->end = uend;
        return 0;
    }
    return 1;
}

/* Read a number (digits, signed digits, spelled-out, "eine Milliarde") at
 * i and its tail. @return 1, 0 if none is there (e->end says how far to
 * skip), or CC_ERANGE. */
static int read_end(const cc_lexicon *lx, const char *t, size_t len, size_t i, int prefix_unit,
                    figure_end *e)
{
    int neg = 0, rc;
    size_t j, start = i;
    memset(e, 0, sizeof *e);
    e->dim = -1;
    e->post_hedge = -1;
    e->end = i;

    if ((j = sign_at(t, len, i, &neg)) != 0)
        i = j;
    if (i < len && is_digit(t[i])) {
        if (glued_before(t, i) && !(prefix_unit && glued_code(lx, t, len, i))) {
            /* "H100", "GBP3.01" without a known code: skip the whole name,
             * fractional digits included, so that no part of it is read */
            size_t p = skip_alnum(t, len, i);
            while (p + 1 < len && (t[p] == '.' || t[p] == ',' || t[p] == '-') && is_digit(t[p + 1]))
                p = skip_alnum(t, len, p + 1);
            e->num_end = e->end = p;
            return 0;
        }
        rc = read_digits(lx, t, len, i, e);
        if (rc <= 0) {
            e->end = skip_alnum(t, len, e->num_end);
            return rc;
        }
        e->dec.neg = neg;
        e->num_start = start; /* the sign is part of the number as written */
        if (e->plain && !neg && start == i && i >= 1 &&
            (uint32_t)(unsigned char)t[i - 1] == cc_lexicon__decimal(lx) &&
            (i == 1 || t[i - 2] == ' ' || t[i - 2] == '\n' || t[i - 2] == '\t' || t[i - 2] == '(')) {
            /* ".77" (",77" in German): a fraction without its leading zero */
            cc_decimal d;
            memset(&d, 0, sizeof d);
            if (cc_decimal__push(&d, '0', 0) != 0)
                return CC_ERANGE;
            for (size_t k = i; k < e->num_end; k++)
                if (cc_decimal__push(&d, t[k], 1) != 0)
                    return CC_ERANGE;
            e->dec = d;
            e->num_start = i - 1;
            e->plain = 0;
        }
    } else {
        size_t stop = i;
        if (glued_before(t, i))
            return 0;
        if (!cc_numwords__read(lx, t, len, i, &e->dec, &stop)) {
            e->end = stop;
            return 0;
        }
        e->num_start = i;
        e->num_end = stop;
        e->spelled = 1;
    }
    if (!e->spelled && e->plain && !e->dec.point && !digit_point(lx, t, len, e))
        return 0;
    if (!read_tail(lx, t, len, e, prefix_unit)) {
        e->end = skip_alnum(t, len, e->num_end);
        return 0;
    }
    return 1;
}

/* ------------------------------------------------------------------ */
/* Mentions                                                            */
/* ------------------------------------------------------------------ */

typedef struct pending {
    int hedge;
    size_t hs, he;
    int opener; /* CC_LEX_RANGE_BETWEEN / _FROM, 0 none */
    size_t os, oe;
    char code[4]; /* currency before the number */
    size_t cs;
    size_t month_end;
    int kind; /* a word that makes the next bare number no amount ("Nr.") */
    size_t kind_end;
} pending;

static void pending_clear(pending *pd)
{
    pd->kind = 0;
    pd->hedge = -1;
    pd->opener = 0;
    pd->code[0] = '\0';
    pd->month_end = (size_t)-1;
}

static void copy_word(char *out, size_t size, const char *t, size_t a, size_t b)
{
    size_t n = b - a;
    if (n >= size) {
        n = size - 1;
        while (n > 0 && ((unsigned char)t[a + n] & 0xC0) == 0x80)
            n--; /* cut at a code point boundary */
    }
    memcpy(out, t + a, n);
    out[n] = '\0';
}

static const char *dim_unit(int dim)
{
    switch (dim) {
    case CC_DIM_PERCENT:
        return "%";
    case CC_DIM_POINTS:
        return "pp";
    case CC_DIM_RATIO:
        return "ratio";
    default:
        return "count";
    }
}

static int has_unit(const figure_end *e, const char *prefix)
{
    return e->code[0] || e->dim >= 0 || (prefix && prefix[0]);
}

static cc_status range_error(cc_error *err, const char *t, size_t len, const figure_end *e)
{
    char tok[64];
    int line, col;
    cc_error__token(tok, sizeof tok, t + e->num_start, e->num_end - e->num_start);
    cc_error__position(t, len, e->num_start, &line, &col);
    return cc_error__set(err, CC_ERANGE, NULL, line, col, (int64_t)e->num_start,
                         "number '%s' out of range", tok);
}

/* Set the unit of q from the end's unit, else the prefix currency. */
static void set_unit(cc_quantity *q, const figure_end *e, const char *prefix)
{
    if (e->code[0] && cc_quantity__set_unit(q, e->code) == CC_OK)
        return;
    if (e->dim >= 0) {
        cc_quantity__set_unit(q, dim_unit(e->dim));
        return;
    }
    if (prefix && prefix[0] && cc_quantity__set_unit(q, prefix) == CC_OK)
        return;
    cc_quantity__set_unit(q, "count");
}

/* ------------------------------------------------------------------ */
/* Numbers that are no amounts                                         */
/* ------------------------------------------------------------------ */

static size_t digits_end(const char *t, size_t len, size_t i)
{
    while (i < len && is_digit(t[i]))
        i++;
    return i;
}

static int alnum_at(const char *t, size_t len, size_t i)
{
    return i < len && cc_lexicon__is_alnum(cp_at(t, len, i));
}

/* "27.01.2025", "2025-01-27", "1/31/2025", "14:30": the end of a date or
 * time starting at i (0 if none); *kind receives CC_KIND_DATE or _TIME. */
static size_t date_time_at(const char *t, size_t len, size_t i, int *kind)
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
static size_t phone_at(const char *t, size_t len, size_t i)
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
static size_t word_before(const char *t, size_t i, size_t *wend)
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
static int name_before(const char *t, size_t i)
{
    size_t e, s = word_before(t, i, &e);
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
static int line_start(const char *t, size_t i)
{
    while (i > 0 && (t[i - 1] == ' ' || t[i - 1] == '\t'))
        i--;
    return i == 0 || t[i - 1] == '\n' || t[i - 1] == '\r';
}

/* Decide whether a bare number is a year, an ordinal, a list number or a
 * name; sets a->kind (and may extend a->end over "2013-14"). */
static void classify(const cc_lexicon *lx, const char *t, size_t len, const pending *pd,
                     figure_end *a)
{
    int bare = !a->had_unit && !a->have_scale && a->dim < 0 && !a->code[0] && !pd->code[0] &&
               pd->hedge < 0 && a->post_hedge < 0 && !a->dec.neg;
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
    if (name_before(t, a->num_start)) {
        a->kind = CC_KIND_IDENT;
        return;
    }
    if (n < len && (t[n] == '.' || t[n] == ')') && line_start(t, a->num_start) &&
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

/* Try to read "- B", "bis B", "and B" after the first end a; fills b.
 * @return 1 for a range, 0 for none, CC_ERANGE. */
static int read_range(const cc_lexicon *lx, const char *t, size_t len, const figure_end *a,
                      const pending *pd, figure_end *b, size_t *mid_start, size_t *mid_end,
                      char *b_prefix)
{
    size_t q = skip_spaces(t, len, a->end), r, mend = 0;
    uint16_t got = 0;

    *mid_start = q;
    b_prefix[0] = '\0';
    if ((r = dash_at(t, len, q)) != 0) {
        *mid_end = r;
    } else if (cc_lexicon__match(lx, t, len, q, CC_LEX_RANGE_TO | CC_LEX_RANGE_AND, &mend,
                                 &got)) {
        if (!(got & CC_LEX_RANGE_TO) && pd->opener != CC_LEX_RANGE_BETWEEN)
            return 0;
        r = *mid_end = mend;
    } else {
        return 0;
    }
    /* the second end: [hedge] [filler] [currency] number */
    for (int k = 0; k < 4; k++) {
        const cc_lex_entry *m;
        r = skip_spaces(t, len, r);
        m = cc_lexicon__match(lx, t, len, r, CC_LEX_HEDGE | CC_LEX_FILLER | CC_LEX_CURRENCY,
                              &mend, &got);
        if (!m)
            break;
        if (got & CC_LEX_CURRENCY) {
            if (b_prefix[0])
                break;
            memcpy(b_prefix, m->code, 4);
        }
        r = mend;
    }
    return read_end(lx, t, len, r, b_prefix[0] != 0, b);
}

/* A change, not a range: "fell 1 point to 500", "rose by 150 to 44,000",
 * "stieg um 2 auf 5 Prozent" name a change and the level it led to. */
#define CHANGE_RATIO 10.0 /* "rose 5 to 7 percent" is a range; "fell 12 to 500" is not */

/* Does a direction word ("fell", "rose", "stieg", "up") stand directly
 * before i, with at most two fillers ("by", "um") between? */
static int direction_before(const cc_lexicon *lx, const char *t, size_t i)
{
    for (int w = 0; w < 3; w++) {
        size_t e, s = word_before(t, i, &e), mend = 0;
        uint16_t got = 0;
        const cc_lex_entry *m;
        if (s == e)
            return 0;
        m = cc_lexicon__match(lx, t, e, s, CC_LEX_CONTEXT | CC_LEX_FILLER, &mend, &got);
        if (!m || mend != e)
            return 0;
        if ((got & CC_LEX_CONTEXT) && (m->ctx == CC_CTX_UP || m->ctx == CC_CTX_DOWN))
            return 1;
        if (!(got & CC_LEX_FILLER))
            return 0;
        i = s;
    }
    return 0;
}

/* Decide before units are shared whether "A to B" (or "A - B") cannot be
 * a range: @return 1 for no range, 0 for a range, 2 for a range only if
 * the ends are close (a direction word governs A: "rose 5 to 7 percent"
 * is a range, "fell by 12 to 500" a change and a level). */
static int change_not_range(const cc_lexicon *lx, const char *t, const pending *pd,
                            const figure_end *a, const figure_end *b, const char *b_prefix,
                            size_t mid_start, size_t mid_end)
{
    size_t s = a->num_start, mend = 0;
    uint16_t got = 0;
    const cc_lex_entry *m;
    if (pd->opener == CC_LEX_RANGE_BETWEEN)
        return 0;
    if (pd->opener == CC_LEX_RANGE_FROM) {
        /* "rose from 3 to 3.25 percent": a change from A to B (extract.c
         * links them), where the word between also means "auf"; German
         * "stieg von 2 bis 3 Prozent" stays a range */
        m = cc_lexicon__match(lx, t, mid_end, mid_start, CC_LEX_CONTEXT, &mend, &got);
        return m && mend == mid_end && m->ctx == CC_CTX_CHANGE_TO &&
               direction_before(lx, t, pd->os);
    }
    /* "1 point to 500", "2 Punkte bis 44.000": A has its own unit, B is a level */
    if ((a->dim >= 0 || a->code[0]) && !has_unit(b, b_prefix[0] ? b_prefix : NULL))
        return 1;
    if (pd->code[0] && pd->cs < s)
        s = pd->cs;
    if (pd->hedge >= 0 && pd->hs < s)
        s = pd->hs;
    return direction_before(lx, t, s) ? 2 : 0;
}

/* Build the mention from the first end a (and pending words). */
static int make_mention(const cc_lexicon *lx, const char *t, size_t len, const pending *pd,
                        figure_end *a, cc_mention *out, size_t *pos, cc_error *err)
{
    cc_quantity *q = &out->q;
    figure_end b;
    size_t ms = 0, me = 0;
    char b_prefix[4];
    const char *a_prefix = pd->code[0] ? pd->code : NULL;
    int range = 0, rc, change = 0, a_unit = has_unit(a, a_prefix);

    memset(out, 0, sizeof *out);
    out->start = a->num_start;
    out->num_start = a->num_start;
    out->num_end = a->num_end;
    out->spelled = (uint8_t)a->spelled;
    out->ambiguous = (uint8_t)a->ambiguous;
    if (a->kind) {
        /* a year, date, time, name: kept apart, never compared */
        out->kind = (uint8_t)a->kind;
        out->weak = 1;
        out->end = out->high_start = out->high_end = a->end;
        out->hedge_start = out->hedge_end = a->num_start;
        if (cc_quantity__set_end(q, 0, &a->dec, 0) != CC_OK)
            memset(q, 0, sizeof *q);
        cc_quantity__set_unit(q, "count");
        *pos = out->end;
        return 1;
    }
    if (a_prefix && pd->cs < out->start)
        out->start = pd->cs;

    if (a->post_hedge < 0) {
        rc = read_range(lx, t, len, a, pd, &b, &ms, &me, b_prefix);
        if (rc < 0)
            return range_error(err, t, len, &b);
        range = rc == 1 && !a->date && !b.date;
        if (range && (change = change_not_range(lx, t, pd, a, &b, b_prefix, ms, me)) == 1)
            range = 0;
        if (range && b.kind) {
            /* "zwischen 14 und 19 Uhr", "3 bis 5 Kilometer": the second
             * end says what both are; kept apart like a single one */
            out->kind = (uint8_t)b.kind;
            out->weak = 1;
            if (pd->opener && pd->os < out->start)
                out->start = pd->os;
            out->end = b.end;
            out->high_start = b.num_start;
            out->high_end = b.num_end;
            out->hedge_start = out->hedge_end = a->num_start;
            if (cc_quantity__set_end(q, 0, &a->dec, 0) != CC_OK)
                memset(q, 0, sizeof *q);
            cc_quantity__set_unit(q, "count");
            *pos = out->end;
            return 1;
        }
    }
    if (range) {
        const char *bp = b_prefix[0] ? b_prefix : NULL;
        /* units: one end's unit applies to the other; two different units are two figures */
        if (has_unit(a, a_prefix) && has_unit(&b, bp)) {
            cc_quantity qa, qb;
            memset(&qa, 0, sizeof qa);
            memset(&qb, 0, sizeof qb);
            set_unit(&qa, a, a_prefix);
            set_unit(&qb, &b, bp);
            range = strcmp(qa.unit, qb.unit) == 0;
        }
    }
    if (range) {
        int sa, sb;
        if (!a->have_scale && b.have_scale) {
            a->scale = b.scale;
            a->have_scale = 1;
        } else if (a->have_scale && !b.have_scale) {
            b.scale = a->scale;
        }
        if (!has_unit(a, a_prefix)) {
            memcpy(a->code, b.code, 4);
            a->dim = b.dim;
            a->unit_scale = b.unit_scale;
            if (!a->code[0] && b_prefix[0])
                memcpy(a->code, b_prefix, 4);
        }
        sa = a->scale + a->unit_scale;
        sb = b.scale + (b.dim >= 0 ? b.unit_scale : a->unit_scale);
        if (cc_quantity__set_end(q, 0, &a->dec, sa) != CC_OK)
            return range_error(err, t, len, a);
        b.dec.exp += sb - sa; /* the upper end in the lower end's scale */
        if (cc_quantity__set_end(q, 1, &b.dec, sa) != CC_OK)
            return range_error(err, t, len, &b);
        range = q->value_high >= q->value;
        if (range && change == 2 && q->value > 0 && q->value_high > CHANGE_RATIO * q->value) {
            /* a change and the level it led to: A keeps B's unit, and a
             * change of a percentage is in percentage points */
            range = 0;
            if (!a_unit && a->dim == CC_DIM_PERCENT)
                a->dim = CC_DIM_POINTS;
        }
    }
    if (!range && cc_quantity__set_end(q, 0, &a->dec, a->scale + a->unit_scale) != CC_OK)
        return range_error(err, t, len, a);
    set_unit(q, a, a_prefix);

    if (range) {
        size_t ws = pd->opener ? pd->os : ms, we = pd->opener ? pd->oe : me;
        q->hedge = CC_HEDGE_RANGE;
        out->hedge_start = ws;
        out->hedge_end = we;
        copy_word(q->hedge_word, sizeof q->hedge_word, t, ws, we);
        if (pd->opener && pd->os < out->start)
            out->start = pd->os;
        out->end = b.end;
        out->high_start = b.num_start;
        out->high_end = b.num_end;
        out->has_unit = (uint8_t)(a->had_unit || b.had_unit || pd->code[0] || b_prefix[0]);
    } else {
        out->end = out->high_start = out->high_end = a->end;
        out->has_unit = (uint8_t)(a->had_unit || pd->code[0]);
        if (pd->hedge >= 0) {
            q->hedge = (uint8_t)pd->hedge;
            out->hedge_start = pd->hs;
            out->hedge_end = pd->he;
        } else if (a->post_hedge >= 0) {
            q->hedge = (uint8_t)a->post_hedge;
            out->hedge_start = a->post_start;
            out->hedge_end = a->end;
        } else {
            out->hedge_start = out->hedge_end = a->num_start;
        }
        if (out->hedge_end > out->hedge_start)
            copy_word(q->hedge_word, sizeof q->hedge_word, t, out->hedge_start,
                      out->hedge_end);
        if (pd->hedge >= 0 && pd->hs < out->start)
            out->start = pd->hs;
        out->weak = a->date ||
                    (q->dimension == CC_DIM_COUNT && !a->have_scale && q->hedge == CC_HEDGE_EXACT &&
                     a->dim < 0 &&
                     ((a->spelled && a->dec.n <= 3) || (a->plain && a->dec.n == 4 && !a->dec.neg &&
                                     (a->dec.d[0] == '1' || a->dec.d[0] == '2'))));
    }
    *pos = out->end;
    return 1;
}

/* Is the hedge word at i governed by a word before it in its clause: a
 * noun directly before it ("Auftrag über") or a verb up to four words
 * before it ("verfügt nach eigenen Angaben über")? See lexicon.h. */
static int governed(const cc_lexicon *lx, const char *t, size_t i)
{
    size_t p = i;
    for (int w = 0; w < 5; w++) {
        size_t e = p, s, mend = 0;
        uint16_t got = 0;
        const cc_lex_entry *m;
        while (e > 0 && (t[e - 1] == ' ' || t[e - 1] == '\t' || t[e - 1] == '\n' || t[e - 1] == '\r'))
            e--;
        if (e == 0 || strchr(",;:.!?()\"", t[e - 1]))
            return 0; /* the start of the text or a clause break */
        s = e;
        while (s > 0 && t[s - 1] != ' ' && t[s - 1] != '\t' && t[s - 1] != '\n' &&
               t[s - 1] != '\r' && e - s < 40)
            s--;
        for (size_t k = s; k < e; k++)
            if (is_digit(t[k]))
                return 0;
        m = cc_lexicon__match(lx, t, e, s, CC_LEX_CONTEXT, &mend, &got);
        if (m && mend == e &&
            ((m->ctx == CC_CTX_GOV_NEAR && w == 0) || m->ctx == CC_CTX_GOV_FAR))
            return 1;
        p = s;
    }
    return 0;
}

int cc_numparse__next(const cc_lexicon *lx, const char *t, size_t len, size_t *pos,
                      cc_mention *out, cc_error *err)
{
    size_t i = *pos;
    pending pd;

    pending_clear(&pd);
    while (i < len) {
        unsigned char b = (unsigned char)t[i];
        size_t j = i, mend = 0;
        int32_t c;
        uint16_t got = 0;
        const cc_lex_entry *m;
        figure_end a;
        int rc, neg;

        if (b == ' ' || b == '\n' || b == '\t' || b == '\r') {
            i++;
            continue;
        }
        /* 0xE2 starts U+2212, the minus sign */
        if (is_digit((char)b) || b == '+' ||
            ((b == '-' || b == 0xE2) && sign_at(t, len, i, &neg))) {
            size_t e2 = 0;
            int kind = 0;
            if (!glued_before(t, i) &&
                ((e2 = date_time_at(t, len, i, &kind)) != 0 ||
                 ((e2 = phone_at(t, len, i)) != 0 && (kind = CC_KIND_PHONE) != 0))) {
                memset(&a, 0, sizeof a);
                a.num_start = i;
                a.num_end = a.end = e2;
                a.kind = kind;
                a.dec.n = 1;
                a.dec.d[0] = '0';
                return make_mention(lx, t, len, &pd, &a, out, pos, err);
            }
            if (b == '+' && !sign_at(t, len, i, &neg)) {
                i++;
                pending_clear(&pd);
                continue;
            }
            rc = read_end(lx, t, len, i, pd.code[0] != 0, &a);
            if (rc < 0)
                return range_error(err, t, len, &a);
            if (rc == 0) {
                i = a.end > i ? a.end : i + 1;
                pending_clear(&pd);
                continue;
            }
            if (pd.month_end != (size_t)-1 && skip_spaces(t, len, pd.month_end) == a.num_start)
                a.date = 1; /* "January 27" */
            classify(lx, t, len, &pd, &a);
            return make_mention(lx, t, len, &pd, &a, out, pos, err);
        }
        c = cc_lexicon__next_cp(t, len, &j);
        if (cc_lexicon__is_space(c)) {
            i = j;
            continue;
        }
        m = cc_lexicon__match(lx, t, len, i, CC_LEX_ALL, &mend, &got);
        if ((m && ((got & (CC_LEX_NUMBER | CC_LEX_NUMBER_A)) ||
                   ((got & CC_LEX_NUMBER_PART) && m->part == 100))) ||
            (!m && is_letter(c) && cc_lexicon__may_be_number(lx, t, len, i) &&
             skip_alnum(t, len, i) - i >= 7)) {
            /* spelled-out numbers; long unknown words may be compounds */
            rc = read_end(lx, t, len, i, pd.code[0] != 0, &a);
            if (rc < 0)
                return range_error(err, t, len, &a);
            if (rc == 1) {
                classify(lx, t, len, &pd, &a);
                return make_mention(lx, t, len, &pd, &a, out, pos, err);
            }
            if (a.end > (m ? mend : i)) {
                /* a run of number words that was refused: skip all of it */
                i = a.end;
                pending_clear(&pd);
                continue;
            }
        }
        if (m && (got & CC_LEX_HEDGE) && m->hedge_gov && governed(lx, t, i)) {
            /* "Auftrag über 240 Millionen", "verfügt über 50.000": no hedge */
        } else if (m && (got & CC_LEX_HEDGE)) {
            pd.hedge = m->hedge;
            pd.hs = i;
            pd.he = mend;
        } else if (m && (got & (CC_LEX_RANGE_BETWEEN | CC_LEX_RANGE_FROM))) {
            pd.opener = (got & CC_LEX_RANGE_BETWEEN) ? CC_LEX_RANGE_BETWEEN : CC_LEX_RANGE_FROM;
            pd.os = i;
            pd.oe = mend;
        } else if (m && (got & CC_LEX_CURRENCY)) {
            memcpy(pd.code, m->code, 4);
            pd.cs = i;
        } else if (m && (got & (CC_LEX_FILLER | CC_LEX_NUMBER_A))) {
            /* keep what is pending */
        } else if (m && (got & CC_LEX_KIND) && !m->kind_post) {
            pending_clear(&pd);
            pd.kind = m->kind;
            pd.kind_end = mend;
        } else if (m && (got & CC_LEX_MONTH)) {
            pending_clear(&pd);
            if (mend < len && t[mend] == '.')
                mend++; /* "Jan. 27" */
            pd.month_end = mend;
        } else if (m) {
            pending_clear(&pd);
        } else {
            pending_clear(&pd);
            mend = j;
            if (cc_lexicon__is_alnum(c)) {
                size_t d = i;
                mend = skip_alnum(t, len, i);
                while (d < mend && !is_digit(t[d]))
                    d++;
                if (d < mend && d > i && glued_code(lx, t, len, d)) {
                    /* "USD3.14": the code is the currency of the digits */
                    size_t e0 = 0;
                    uint16_t g0 = 0;
                    const cc_lex_entry *ce =
                        cc_lexicon__match(lx, t, d, i, CC_LEX_CURRENCY, &e0, &g0);
                    if (ce) {
                        memcpy(pd.code, ce->code, 4);
                        pd.cs = i;
                    }
                    i = d;
                    continue;
                }
                /* a name with digits ("H100.5"): skip it whole */
                while (mend + 1 < len && (t[mend] == '.' || t[mend] == ',') && is_digit(t[mend + 1]))
                    mend = skip_alnum(t, len, mend + 1);
            }
        }
        i = mend;
    }
    *pos = len;
    return 0;
}

/* ------------------------------------------------------------------ */
/* Language choice                                                     */
/* ------------------------------------------------------------------ */

/* Votes of one word: +1 if only German knows it, -1 if only English. */
static int word_vote(const cc_lexicon *de, const cc_lexicon *en, const char *t, size_t len,
                     size_t i, size_t *next)
{
    size_t e1 = 0, e2 = 0;
    uint16_t g1 = 0, g2 = 0;
    const uint16_t roles = (uint16_t)(CC_LEX_ALL & ~CC_LEX_MONTH);
    const cc_lex_entry *a = cc_lexicon__match(de, t, len, i, roles, &e1, &g1);
    const cc_lex_entry *b = cc_lexicon__match(en, t, len, i, roles, &e2, &g2);
    *next = skip_alnum(t, len, i);
    if (a && (!b || e2 < e1)) {
        *next = e1 > *next ? e1 : *next;
        return 1;
    }
    if (b && (!a || e1 < e2)) {
        *next = e2 > *next ? e2 : *next;
        return -1;
    }
    return 0;
}

const char *cc_numparse__detect_lang(const char *t, size_t len)
{
    cc_status st;
    const cc_lexicon *de = cc_lexicon__get("de", &st);
    const cc_lexicon *en = cc_lexicon__get("en", &st);
    int score = 0;
    size_t i = 0;

    if (!de || !en)
        return "en";
    while (i < len) {
        unsigned char b = (unsigned char)t[i];
        size_t next = i + 1;
        if (is_digit((char)b)) {
            /* "5,6" or "5.60 " read as a decimal point: the separator tells */
            size_t p = i, g;
            while (p < len && is_digit(t[p]))
                p++;
            next = p;
            if (p + 1 < len && (t[p] == ',' || t[p] == '.') && is_digit(t[p + 1])) {
                g = p + 1;
                while (g < len && is_digit(t[g]))
                    g++;
                if (g - p - 1 != 3)
                    score += t[p] == ',' ? 2 : -2;
                else if (t[p + 1] == '0' && t[p + 2] == '0' && t[p + 3] == '0')
                    score += t[p] == '.' ? 1 : -1; /* "50.000" groups like German */
                next = g;
            }
        } else if (b >= 0x80 || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || b == '$' ||
                   b == '~' || b == '%') {
            int32_t p = cp_before(t, i);
            if (p < 0 || !cc_lexicon__is_alnum(p)) {
                score += word_vote(de, en, t, len, i, &next);
            } else {
                next = i;
                cc_lexicon__next_cp(t, len, &next);
            }
            if (b == 0xC3 && i + 1 < len) {
                unsigned char u = (unsigned char)t[i + 1];
                if (u == 0xA4 || u == 0xB6 || u == 0xBC || u == 0x9F || u == 0x84 ||
                    u == 0x96 || u == 0x9C)
                    score++; /* ä ö ü ß Ä Ö Ü */
            }
            if (next <= i)
                next = i + 1;
        }
        i = next;
    }
    return score > 0 ? "de" : "en";
}

/* ------------------------------------------------------------------ */
/* Quantity texts                                                      */
/* ------------------------------------------------------------------ */

/* "no figure in '...'" (second = 0) or "more than one figure" naming the second. */
static cc_status figure_error(cc_error *err, const char *t, size_t len, size_t start,
                              size_t end, int second)
{
    char tok[64];
    int line, col;
    cc_error__token(tok, sizeof tok, t + start, end - start);
    cc_error__position(t, len, start, &line, &col);
    if (second)
        return cc_error__set(err, CC_EQUANTITY, NULL, line, col, (int64_t)start,
                             "more than one figure: the second is '%s'", tok);
    return cc_error__set(err, CC_EQUANTITY, NULL, line, col, (int64_t)start,
                         "no figure in '%s'", tok);
}

cc_status cc_quantity__parse(cc_quantity *q, const char *text, size_t len, const char *lang,
                             cc_error *err)
{
    const cc_lexicon *lx;
    cc_status st = CC_OK;
    cc_mention m, strong, weak;
    size_t pos = 0;
    int nstrong = 0, nweak = 0, rc;
    char tok[64];

    memset(&strong, 0, sizeof strong);
    memset(&weak, 0, sizeof weak);
    if (!q || (!text && len))
        return cc_error__msg(err, CC_EINVAL, "quantity text is null");
    if (!text)
        text = "";
    memset(q, 0, sizeof *q);
    if (!lang || cc__ascii_casecmp(lang, "auto") == 0)
        lang = cc_numparse__detect_lang(text, len);
    lx = cc_lexicon__get(lang, &st);
    if (!lx) {
        cc_error__token(tok, sizeof tok, lang, strlen(lang));
        if (st == CC_ELANG)
            return cc_error__msg(err, st, "unsupported language '%s'", tok);
        if (st == CC_ENOMEM)
            return cc_error__msg(err, st, "out of memory");
        return cc_error__msg(err, st, "icu could not load the data for language '%s'", tok);
    }
    while ((rc = cc_numparse__next(lx, text, len, &pos, &m, err)) == 1) {
        if (m.kind != CC_KIND_AMOUNT && m.kind != CC_KIND_YEAR)
            continue; /* a date, time, name or list number is no figure */
        if (m.weak) {
            if (nweak++ == 0)
                weak = m;
            else if (nweak == 2 && nstrong == 0)
                strong = m; /* the second weak one, for the message */
            continue;
        }
        if (nstrong++ == 1)
            return figure_error(err, text, len, m.start, m.end, 1);
        strong = m;
    }
    if (rc < 0)
        return (cc_status)rc;
    if (nstrong == 1) {
        *q = strong.q;
        return CC_OK;
    }
    if (nweak == 1) {
        *q = weak.q;
        return CC_OK;
    }
    if (nweak > 1)
        return figure_error(err, text, len, strong.start, strong.end, 1);
    return figure_error(err, text, len, 0, len, 0);
}

cc_status cc_quantity_parse(cc_quantity **out, const char *text, size_t len, const char *lang,
                            cc_error *err)
{
    cc_quantity *q = NULL;
    cc_status st;

    cc_error__clear(err);
    if (!out)
        return cc_error__msg(err, CC_EINVAL, "out is null");
    *out = NULL;
    q = cc__calloc(1, sizeof *q);
    if (!q)
        return cc_error__msg(err, CC_ENOMEM, "out of memory");
    st = cc_quantity__parse(q, text, len, lang, err);
    if (st != CC_OK)
        goto done;
    *out = q;
    q = NULL;
done:
    cc_quantity_free(q);
    return st;
}
