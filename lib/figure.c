/*
 * figure.c - one end of a figure: a digit run with the locale's
 * separators (or a spelled-out number), the scale, unit, currency and
 * post-hedge words after it, and currency codes glued to digits.
 */
#include <stddef.h>
#include <string.h>

#include "common.h"
#include "numforms.h"
#include "scan.h"

/* "USD3.14", "Rs20": a currency code glued to the digits at i? Upper
 * case, or a capital and lower case (an abbreviation: "Rs"), never lower
 * case alone ("abc5"). */
int cc_figure__glued_code(const cc_lexicon *lx, const char *t, size_t len, size_t i)
{
    size_t s = i, end = 0;
    uint16_t got = 0;
    while (s > 0 && ((t[s - 1] >= 'A' && t[s - 1] <= 'Z') || t[s - 1] == '$' ||
                     (t[s - 1] >= 'a' && t[s - 1] <= 'z')))
        s--;
    if (i - s < 2 || i - s > 4 || (s > 0 && cc_lexicon__is_alnum(cp_before(t, s))) ||
        !((t[s] >= 'A' && t[s] <= 'Z') || t[s] == '$'))
        return 0;
    for (size_t k = s + 1; k < i; k++)
        if (t[k] >= 'a' && t[k] <= 'z' && !(t[s] >= 'A' && t[s] <= 'Z'))
            return 0;
    if (t[s] >= 'a' && t[s] <= 'z')
        return 0;
    (void)len;
    return cc_lexicon__match(lx, t, i, s, CC_LEX_CURRENCY, &end, &got) != NULL && end == i;
}

#define MAX_GROUPS 12

static int is_group_sep(const cc_lexicon *lx, int32_t c)
{
    return (uint32_t)c == cc_lexicon__grouping(lx) || c == 0xA0 || c == 0x202F || c == 0x2009;
}

/* Read the digit run at i into e->dec. @return 1, 0 if the run is not a
 * figure (e->num_end is past it), or CC_ERANGE for too many digits. */
static int read_digits(const cc_lexicon *lx, const char *t, size_t len, size_t i, cc_figure_end *e)
{
    size_t gstart[MAX_GROUPS], glen[MAX_GROUPS];
    int32_t sep[MAX_GROUPS];
    int ng = 0, nint, valid = 1;
    size_t p = i;

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
    if (ng > 1 && sep[ng - 2] == (int32_t)cc_lexicon__decimal(lx))
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
     * grouping, but 1.971 reads as well unless the digits end in "00" (a
     * decimal would not be written "1.200" for 1,2) */
    if (ng == 2 && nint == 2 && sep[0] == '.' && glen[0] <= 3 &&
        !(glen[0] == 1 && t[gstart[0]] == '0') &&
        !(t[gstart[1] + 1] == '0' && t[gstart[1] + 2] == '0'))
        e->ambiguous = 1;
    memset(&e->dec, 0, sizeof e->dec);
    for (int k = 0; k < ng; k++)
        for (size_t d = 0; d < glen[k]; d++)
            if (cc_decimal__push(&e->dec, t[gstart[k] + d], k >= nint) != 0)
                return CC_ERANGE;
    e->plain = ng == 1;
    return 1;
}

/* "10 000 dollars": plain spaces as thousands separators, only when a
 * currency word follows the groups, since a space otherwise separates two
 * numbers ("in 2019 500 people", "245 23 yen"). */
static void space_groups(const cc_lexicon *lx, const char *t, size_t len, cc_figure_end *e)
{
    size_t p = e->num_end, mend = 0;
    uint16_t got = 0;
    int groups = 0;
    cc_decimal d;
    if (!(p + 1 < len && t[p] == ' ' && is_digit(t[p + 1])))
        return; /* as after most numbers: no group (nor a copy of the decimal) */
    d = e->dec;
    while (p + 4 <= len && t[p] == ' ' && is_digit(t[p + 1]) && is_digit(t[p + 2]) &&
           is_digit(t[p + 3]) && (p + 4 == len || !cc_lexicon__is_alnum(cp_at(t, len, p + 4)))) {
        if ((p + 5 < len && (t[p + 4] == '.' || t[p + 4] == ',') && is_digit(t[p + 5])))
            return;
        for (int k = 1; k <= 3; k++)
            if (cc_decimal__push(&d, t[p + k], 0) != 0)
                return;
        p += 4;
        groups++;
    }
    if (groups == 0 ||
        !cc_lexicon__match(lx, t, len, skip_spaces(t, len, p), CC_LEX_CURRENCY, &mend, &got))
        return;
    e->dec = d;
    e->num_end = p;
}

/* Do digit groups with spaces at i name money ("3 500 000 dollars")? Then
 * they are no phone number. */
int cc_figure__money_groups(const cc_lexicon *lx, const char *t, size_t len, size_t i)
{
    cc_figure_end f;
    size_t a = i;
    memset(&f, 0, sizeof f);
    while (a < len && is_digit(t[a]) && a - i < 4)
        if (cc_decimal__push(&f.dec, t[a++], 0) != 0)
            return 0;
    if (a == i || a - i > 3 || t[i] == '0' || (a < len && is_digit(t[a])))
        return 0;
    f.num_end = a;
    space_groups(lx, t, len, &f);
    return f.num_end != a;
}

/* Does a figure end just before i ("to $320 from $480": the level the
 * change came from, no price list)? A digit, a percent sign or a scale,
 * unit or currency word before i, commas and spaces skipped. */
int cc_figure__before(const cc_lexicon *lx, const char *t, size_t i)
{
    size_t e, s, mend = 0;
    uint16_t got = 0;
    while (i > 0 && (t[i - 1] == ' ' || t[i - 1] == ',' || t[i - 1] == '\t'))
        i--;
    if (i == 0)
        return 0;
    if (is_digit(t[i - 1]) || t[i - 1] == '%')
        return 1;
    s = cc_kinds__word_before(t, i, &e);
    return s < e &&
           cc_lexicon__match(lx, t, e, s, CC_LEX_SCALE | CC_LEX_UNIT | CC_LEX_CURRENCY, &mend,
                             &got) &&
           mend == e;
}

/* A byte of a word that may be split at the end of a line: an ASCII
 * letter, or any byte beyond ASCII. */
static inline int split_word_byte(char b)
{
    return ((b | 0x20) >= 'a' && (b | 0x20) <= 'z') || (unsigned char)b >= 0x80;
}

/* A word split by a hyphen at the end of a line, as text copied from a
 * PDF or a newspaper column has it ("600 Milliar-" / "den Dollar"): the
 * key the joined word makes with these roles, if its end lies past the
 * break (*mend in the text), else NULL. */
static const cc_lex_entry *match_across_break(const cc_lexicon *lx, const char *t, size_t len,
                                              size_t q, uint16_t roles, size_t *mend, uint16_t *got)
{
    char buf[64];
    size_t h = q, c, ce, n, bend = 0;
    const cc_lex_entry *m;

    while (h < len && h - q < 32 && split_word_byte(t[h]))
        h++;
    if (h == q || h + 2 >= len || t[h] != '-')
        return NULL;
    c = h + 1;
    if (t[c] == '\r')
        c++;
    if (c >= len || t[c] != '\n')
        return NULL;
    c++;
    if (c >= len || !((t[c] >= 'a' && t[c] <= 'z') || (unsigned char)t[c] >= 0x80))
        return NULL; /* "Nord-\nSüd" keeps its hyphen: a capital follows */
    for (ce = c; ce < len && ce - c < 32 &&
                 (((t[ce] | 0x20) >= 'a' && (t[ce] | 0x20) <= 'z') || (unsigned char)t[ce] >= 0x80);
         ce++)
        ;
    n = (h - q) + (ce - c);
    if (n >= sizeof buf)
        return NULL;
    memcpy(buf, t + q, h - q);
    memcpy(buf + (h - q), t + c, ce - c);
    m = cc_lexicon__match(lx, buf, n, 0, roles, &bend, got);
    if (!m || bend != n)
        return NULL;
    *mend = ce;
    return m;
}

/* The roles of a key after the number that read_tail asks about. */
#define TAIL_ROLES                                                                                 \
    (CC_LEX_SCALE | CC_LEX_CURRENCY | CC_LEX_UNIT | CC_LEX_POST_HEDGE | CC_LEX_MONTH |             \
     CC_LEX_KIND | CC_LEX_NUMBER_PART)

/* The key at q for all of CC_FIGURE_LOOK_ROLES, kept in e->look (the
 * last one is asked again after the figure, numparse.c). */
static const cc_lex_entry *look_at(const cc_lexicon *lx, const char *t, size_t len, size_t q,
                                   cc_figure_end *e, size_t *end, uint16_t *got)
{
    e->look.t = t;
    e->look.len = len;
    e->look.q = q;
    e->look.mend = 0;
    e->look.m = cc_lexicon__match(lx, t, len, q, CC_FIGURE_LOOK_ROLES, &e->look.mend, &e->look.got);
    e->look.valid = 1;
    *end = e->look.mend;
    *got = e->look.got;
    return e->look.m;
}

/* Whether a scale word at q, after the number that ends at p, scales it.
 * SI prefix letters ("3M", "1,2G") scale only glued to the digits, "G" only
 * after a fraction: "5G" names a network. A lower-case "b" scales only glued
 * after a currency sign ("$1.5b"); alone it is a list letter ("Figure 3b"),
 * and the capital "B" of CLDR's compact forms shares its entry. */
static int scale_letter_stands(const cc_lex_entry *m, const char *t, size_t p, size_t q,
                               const cc_figure_end *e, int prefix_unit)
{
    switch (m->scale_glue) {
    case CC_GLUE_DIGITS: return q == p;
    case CC_GLUE_FRACTION: return q == p && e->dec.point;
    case CC_GLUE_MONEY: return t[q] != 'b' || (q == p && prefix_unit);
    default: return 1;
    }
}

/* Scale, unit and post-hedge after the number; a month makes it a date.
 * The first key after the number may have been looked up (e->look).
 * @return 0 if letters glued to the digits are no unit ("5G"), else 1. */
static int read_tail(const cc_lexicon *lx, const char *t, size_t len, cc_figure_end *e,
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
        cc_lex_entry after; /* m's reading after a number, where it has two */
        int used = 0, hyphen = 0;

        if (q < len && t[q] == '-' && is_letter(cp_at(t, len, q + 1))) {
            hyphen = q == p;
            q++; /* "500-Milliarden-Dollar" */
        }
        if (k == 0 && q < len && t[q] == '.') {
            /* "27. Januar": the day of a date */
            size_t r = skip_spaces(t, len, q + 1);
            if (cc_lexicon__match(lx, t, len, r, CC_LEX_MONTH, &mend, NULL) ||
                (e->plain && (mend = cc_kinds__day_span(lx, t, len, &e->dec, q + 1)) != 0)) {
                e->date = 1;
                e->end = mend;
                return 1;
            }
        }
        if (k == 0 && e->look.valid && e->look.q == q) {
            m = e->look.m;
            mend = e->look.mend;
            got = e->look.got;
        } else {
            m = look_at(lx, t, len, q, e, &mend, &got);
        }
        got = (uint16_t)(got & TAIL_ROLES); /* read_tail's own roles */
        if (!got)
            m = NULL;
        {
            /* a word split at the end of the line ("Milliar-", "den") reads
             * whole, and wins over its first part ("Kilo-", "meter") */
            size_t bend = 0;
            uint16_t bgot = 0;
            const cc_lex_entry *b =
                (m && !(mend < len && t[mend] == '-')) || q >= len || !split_word_byte(t[q])
                    ? NULL /* as after most figures: a word not split, or a mark */
                    : match_across_break(lx, t, len, q,
                                         CC_LEX_SCALE | CC_LEX_CURRENCY | CC_LEX_UNIT | CC_LEX_KIND,
                                         &bend, &bgot);
            if (b) {
                m = b;
                mend = bend;
                got = bgot;
            }
        }
        if (m && (got & CC_LEX_KIND) && m->after_post) {
            /* "220 kW" after the number, "KW 12" before it */
            after = *m;
            after.kind = m->after_kind;
            after.kind_post = m->after_post;
            after.a_one = m->after_a_one;
            after.measure = m->after_measure;
            after.kind_topic = 0;
            m = &after;
        }
        if (m && got == CC_LEX_KIND && !m->kind_post && mend > q + 1 && t[mend - 1] == '.') {
            /* "50p.": the abbreviation "p." before a number ("p. 5") is
             * no tail; the word without the full stop may be one */
            m = cc_lexicon__match(lx, t, mend - 1, q,
                                  CC_LEX_SCALE | CC_LEX_CURRENCY | CC_LEX_UNIT | CC_LEX_POST_HEDGE |
                                      CC_LEX_MONTH | CC_LEX_NUMBER_PART,
                                  &mend, &got);
        }
        if (m && (got & CC_LEX_NUMBER_PART) && m->part != CC_PART_DOZEN) {
            got = (uint16_t)(got & ~CC_LEX_NUMBER_PART);
            if (!got)
                m = NULL; /* only multipliers are parts of a tail */
        }
        if (m && (got & CC_LEX_KIND) && m->kind_post == CC_KIND_AFTER_DECADE) {
            /* "1960s", "'90s", "1990er", "60er-Jahre": a decade, a year
             * of its own kind (never an amount); after a currency a band
             * of prices ("rents in the $2000s") */
            if (k == 0 && !prefix_unit && cc_kinds__decade(t, len, e, q, mend, &e->num_start)) {
                e->kind = m->kind;
                e->end = mend;
                return 1;
            }
            got = (uint16_t)(got & ~CC_LEX_KIND);
            if (!got)
                m = NULL;
        }
        if (glued && k == 0 && (!m || q != p))
            return 0;
        if (!m)
            break;
        if ((got & CC_LEX_SCALE) && !scale_letter_stands(m, t, p, q, e, prefix_unit)) {
            got = (uint16_t)(got & ~CC_LEX_SCALE);
            if (!got) {
                if (glued && k == 0)
                    return 0;
                break;
            }
        }
        if ((got & CC_LEX_KIND) && m->kind == CC_KIND_TIME && e->dec.point &&
            (e->dec.exp != -2 || (e->dec.n >= 2 && e->dec.d[e->dec.n - 2] > '5'))) {
            /* "2.123 pm", "2.1 pm": a clock writes minutes with two digits
             * below 60, so this is a number and a unit we do not read */
            got = (uint16_t)(got & ~CC_LEX_KIND);
            if (!got)
                break;
        }
        if ((got & CC_LEX_KIND) &&
            ((m->kind_post == CC_KIND_AFTER_GLUED && q != p) ||
             (m->kind_post == CC_KIND_AFTER_HYPHEN && !hyphen) || (m->kind_topic && prefix_unit))) {
            /* "40C" but not "40 C"; "10-year" but not "2023 year-end";
             * "$5b" are dollars, never bits */
            got = (uint16_t)(got & ~CC_LEX_KIND);
            if (!got)
                break;
        }
        if ((got & CC_LEX_KIND) && m->kind_post && m->kind == CC_KIND_IDENT) {
            /* "the 5% threshold", "die Fünf-Prozent-Hürde": the figure
             * names a rule, with its unit; no amount */
            e->kind = m->kind;
            e->end = mend;
            return 1;
        }
        if ((got & CC_LEX_KIND) && m->kind_post && !have_unit &&
            ((k == 0 && !e->have_scale) || m->kind == CC_KIND_PHYSICAL)) {
            /* "14 Uhr", "3 pm", "4,5 Kilometer", "5 Millionen Tonnen": no
             * amount; a physical unit is kept as written */
            e->kind = m->kind;
            e->end = mend;
            if (m->kind == CC_KIND_PHYSICAL) {
                e->unit_s = q;
                e->unit_e = mend;
                /* "Mb": bits, where "MB" are bytes */
                e->measure = cc_unit__data_by_case(m->measure, t + q, mend - q);
                e->topic = m->kind_topic;
            }
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
        } else if ((got & CC_LEX_SCALE) && e->have_scale && !have_unit && k == 1 &&
                   m->scale > e->scale && e->scale >= 3) {
            /* "three thousand millions": a larger scale word right after
             * the first multiplies it */
            e->scale += m->scale;
            used = 1;
        } else if ((got & CC_LEX_NUMBER_PART) && m->part == CC_PART_DOZEN && k == 0 &&
                   !e->dec.neg) {
            /* "2 dozens", "two hundred dozen": a multiplier of the number */
            if (cc_numwords__multiply(&e->dec, m->part) != 0)
                return 0;
            e->plain = 0; /* 2400 from "200 dozens" is no year */
            e->end = p = mend;
            continue;
        }
        if ((got & CC_LEX_CURRENCY) && !have_unit && (!prefix_unit || used)) {
            memcpy(e->code, m->code, 4);
            have_unit = used = 1;
        } else if ((got & CC_LEX_UNIT) && !have_unit && !prefix_unit && m->dim == CC_DIM_CURRENCY &&
                   m->code[0] && k == 0 && !e->have_scale && (mend - q > 1 || q == p)) {
            /* "32 Cent", "50p", "99 Rappen": a minor unit alone is money
             * of the currency it names in the language, in hundredths */
            memcpy(e->code, m->code, 4);
            e->unit_scale = -2;
            have_unit = used = 1;
        } else if ((got & CC_LEX_UNIT) && !have_unit && !prefix_unit && m->dim != CC_DIM_CURRENCY) {
            /* (minor units of money, "cents", are joined by make_mention) */
            e->dim = m->dim;
            e->unit_scale = m->unit_scale;
            have_unit = used = 1;
        }
        if (!used && glued && k == 0)
            return 0; /* "43c": a word glued to the digits that is no unit here */
        if (!used && (got & CC_LEX_POST_HEDGE) && (hyphen || !m->post_hyphen)) {
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
 * currency word, a range word or the end of the clause follows it; other
 * words, digits or number words after the point
 * ("1 point 5 minutes", "1 point five") refuse the whole (e->end past it).
 * No digits after the point ("1 point"): index points, read by read_tail.
 * The word after the number is looked up for all of CC_FIGURE_LOOK_ROLES
 * (the longest key wins before the roles are filtered): e->look, which
 * read_tail takes where no point word is read.
 * @return 1 to go on reading, 0 if refused. */
static int digit_point(const cc_lexicon *lx, const char *t, size_t len, cc_figure_end *e)
{
    size_t q = skip_spaces(t, len, e->num_end), mend = 0, r, de, u, uend = 0;
    uint16_t got = 0;
    const cc_lex_entry *m = look_at(lx, t, len, q, e, &mend, &got);

    if (!m || !(got & CC_LEX_NUMBER_PART) ||
        (m->part != CC_PART_POINT && m->part != CC_PART_POINT_PAIRS))
        return 1;
    r = skip_spaces(t, len, mend);
    if (r < len && is_digit(t[r])) {
        de = r;
        while (de < len && is_digit(t[de]))
            de++;
        u = skip_spaces(t, len, de);
        if (!((de < len && (t[de] == '.' || t[de] == ',') && de + 1 < len && is_digit(t[de + 1])) ||
              is_letter(cp_at(t, len, de)) || de - r > 12) &&
            (cc_lexicon__match(lx, t, len, u, CC_LEX_SCALE | CC_LEX_UNIT | CC_LEX_CURRENCY, &uend,
                               &got) ||
             /* or nothing more in the clause, or a range word: "1 point 1",
              * "from 1 point 1 and 1 point 3 dollars" */
             u >= len || (t[u] && strchr(".,;:!?)\n", t[u])) ||
             cc_lexicon__match(lx, t, len, u, CC_LEX_RANGE_AND | CC_LEX_RANGE_TO, &uend, &got))) {
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
int cc_figure__read_end(const cc_lexicon *lx, const char *t, size_t len, size_t i, int prefix_unit,
                        cc_spelled *kept, cc_figure_end *e)
{
    int neg = 0, rc, lead = 0, x10 = 0, base = 0;
    size_t j, start = i, xend = 0;
    /* all but the look (the last member, 48 bytes): it is read only where
     * valid, as the look of this figure */
    memset(e, 0, offsetof(cc_figure_end, look));
    e->look.valid = 0;
    e->dim = -1;
    e->post_hedge = -1;
    e->end = i;

    if ((j = sign_at(t, len, i, &neg)) != 0) {
        i = j;
        if (t[i] == '.' || t[i] == ',') {
            /* "-,0012G": a signed fraction without its leading zero */
            if ((uint32_t)(unsigned char)t[i] != cc_lexicon__decimal(lx)) {
                e->end = i + 1;
                return 0;
            }
            lead = 1;
            i++;
        }
    }
    if (!lead && !glued_before(t, i) &&
        cc_numforms__fraction(t, len, i, &e->dec, &j) == CC_FRAC_VALUE) {
        /* "1/5", "2 1/2", "½" */
        e->dec.neg = neg;
        e->num_start = start;
        e->num_end = j;
    } else if (i < len && is_digit(t[i])) {
        if (glued_before(t, i) && !(prefix_unit && cc_figure__glued_code(lx, t, len, i))) {
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
        /* the characters first, the lexicon's decimal separator last: most
         * numbers end in none of these (so with the tests below) */
        if (e->num_end + 1 < len && t[e->num_end] == ',' && t[e->num_end + 1] == '-' &&
            (uint32_t)(unsigned char)t[e->num_end] == cc_lexicon__decimal(lx) &&
            (e->num_end + 2 >= len || !is_digit(t[e->num_end + 2])))
            e->num_end += 2; /* "500.000,- Euro": no cents, written as a dash */
        if (e->plain && (lead || (!neg && start == i && i >= 1 &&
                                  (i == 1 || t[i - 2] == ' ' || t[i - 2] == '\n' ||
                                   t[i - 2] == '\t' || t[i - 2] == '(') &&
                                  (uint32_t)(unsigned char)t[i - 1] == cc_lexicon__decimal(lx)))) {
            /* ".77" (",77" in German): a fraction without its leading zero */
            cc_decimal d;
            memset(&d, 0, sizeof d);
            if (cc_decimal__push(&d, '0', 0) != 0)
                return CC_ERANGE;
            for (size_t k = i; k < e->num_end; k++)
                if (cc_decimal__push(&d, t[k], 1) != 0)
                    return CC_ERANGE;
            d.neg = neg;
            e->dec = d;
            e->num_start = lead ? start : i - 1;
            e->plain = 0;
        }
        if (e->plain && !lead && e->dec.n <= 3 && e->num_end - i <= 3)
            space_groups(lx, t, len, e);
        if (!cc_numforms__may_power(t, len, e->num_end)) {
            /* no exponent and no power after the digits, as after most */
        } else if (cc_numforms__exponent(t, len, e->num_end, &x10, &xend)) {
            /* "4e14", "2.48×10−5": the power of ten is the scale */
            e->scale = x10;
            e->have_scale = 1;
            e->num_end = xend;
            e->plain = 0;
        } else if (cc_numforms__power(t, len, e->num_end, &base, &x10, &xend) && base != 10 &&
                   !e->dec.neg) {
            /* "8x2^10": a power of another base multiplies the number,
             * exactly (8192); a product too long for a figure is none */
            cc_decimal d = e->dec;
            int k = 0;
            while (k < x10 && cc_numwords__multiply(&d, base) == 0)
                k++;
            if (k == x10) {
                e->dec = d;
                e->num_end = xend;
                e->plain = 0;
            }
        }
    } else {
        size_t stop = i;
        if (glued_before(t, i))
            return 0;
        int flags = 0;
        if (!cc_numwords__read_kept(lx, t, len, i, kept, &e->dec, &stop, &flags)) {
            e->end = stop;
            return 0;
        }
        e->num_start = i;
        e->num_end = stop;
        e->spelled = 1;
        e->approx = (flags & CC_NUMWORDS_APPROX) != 0;
        e->least = (flags & CC_NUMWORDS_LEAST) != 0;
        e->fraction = (flags & CC_NUMWORDS_FRACTION) != 0;
    }
    if (!e->spelled && e->plain && !e->dec.point && !digit_point(lx, t, len, e))
        return 0;
    if (!read_tail(lx, t, len, e, prefix_unit)) {
        e->end = skip_alnum(t, len, e->num_end);
        return 0;
    }
    return 1;
}
