/*
 * numparse.c - find quantity mentions in UTF-8 text ("fast 600 Mrd. $",
 * "between 5 and 6 percent"): the scanner's main loop, ranges, signs and
 * the making of a mention. One end of a figure is read in figure.c,
 * numbers that are no amounts are told apart in kinds.c.
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

#include "common.h"
#include "lexicon.h"
#include "numforms.h"
#include "quantity.h"
#include "scan.h"

/* ------------------------------------------------------------------ */
/* Mentions                                                            */
/* ------------------------------------------------------------------ */

/* Quotation marks (not the apostrophes ' and ’, which join words). */
static int is_quote_mark(int32_t c)
{
    return c == '"' || c == 0x201C || c == 0x201D || c == 0x201E || c == 0xAB || c == 0xBB;
}

/* Are the digits of a a day of a month (1 to 31) or a year (four digits)? */
static int day_or_year(const char *t, const cc_figure_end *a)
{
    size_t n = a->num_end - a->num_start;
    for (size_t k = a->num_start; k < a->num_end; k++)
        if (!is_digit(t[k]))
            return 0;
    if (n == 4)
        return 1;
    if (n == 1)
        return t[a->num_start] != '0';
    if (n == 2) {
        int day = (t[a->num_start] - '0') * 10 + (t[a->num_start + 1] - '0');
        return day >= 1 && day <= 31;
    }
    return 0;
}

static void pending_clear(cc_pending *pd)
{
    pd->kind = 0;
    pd->hedge = -1;
    pd->hedge_time = 0;
    pd->opener = 0;
    pd->code[0] = '\0';
    pd->month_end = (size_t)-1;
    pd->sign_e = 0;
}

/* pending_clear where pd may hold something (*held = 1: a word set some
 * of it since the last clear), then nothing is held. Most words follow
 * words that left nothing pending: no stores. */
static inline void pending_drop(cc_pending *pd, int *held)
{
    if (*held) {
        pending_clear(pd);
        *held = 0;
    }
}

/* The roles of a key that the scanner acts on (cc_numparse__next): a
 * number or its part, a hedge, the opener of a range, a currency, a filler
 * kept with what is pending, a kind or a month; and a context word of the
 * sign. Most keys the scanner meets have none ("the", "die": articles). */
#define SCANNER_ROLES                                                                              \
    (CC_LEX_NUMBER | CC_LEX_NUMBER_A | CC_LEX_NUMBER_PART | CC_LEX_HEDGE | CC_LEX_RANGE_BETWEEN |  \
     CC_LEX_RANGE_FROM | CC_LEX_CURRENCY | CC_LEX_FILLER | CC_LEX_KIND | CC_LEX_MONTH)

/* Does the scanner pass the key m with roles got by, as the last of its
 * questions does (it only drops what is pending), unless a share opens
 * there? */
static inline int key_passed_by(const cc_lex_entry *m, uint16_t got)
{
    return !(got & SCANNER_ROLES) && !((got & CC_LEX_CONTEXT) && m->ctx == CC_CTX_SIGN);
}

/* Copy the hedge word t[a..b) into out on one line (cc__one_line). */
static void copy_word(char *out, size_t size, const char *t, size_t a, size_t b)
{
    cc__one_line(t + a, b - a, out, size);
}

static const char *dim_unit(int dim)
{
    switch (dim) {
    case CC_DIM_PERCENT: return "%";
    case CC_DIM_POINTS: return "pp";
    case CC_DIM_RATIO: return "ratio";
    default: return "count";
    }
}

static int has_unit(const cc_figure_end *e, const char *prefix)
{
    return e->code[0] || e->dim >= 0 || (prefix && prefix[0]);
}

static cc_status range_error(cc_error *err, const char *t, size_t len, const cc_figure_end *e)
{
    char tok[64];
    int line, col;
    cc_error__token(tok, sizeof tok, t + e->num_start, e->num_end - e->num_start);
    cc_error__position(t, len, e->num_start, &line, &col);
    return cc_error__set(err, CC_ERANGE, NULL, line, col, (int64_t)e->num_start,
                         "number '%s' out of range", tok);
}

/* Set the unit of q from the end's unit, else the prefix currency. */
static void set_unit(cc_quantity *q, const cc_figure_end *e, const char *prefix)
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

/* Try to read "- B", "bis B", "and B" after the first end a; fills b.
 * @return 1 for a range, 0 for none, CC_ERANGE. */
static int read_range(const cc_lexicon *lx, const char *t, size_t len, const cc_figure_end *a,
                      const cc_pending *pd, cc_figure_end *b, size_t *mid_start, size_t *mid_end,
                      char *b_prefix)
{
    size_t q = skip_spaces(t, len, a->end), r, mend = 0;
    uint16_t got = 0;

    *mid_start = q;
    b_prefix[0] = '\0';
    if (q == a->num_end && q + 1 < len && t[q] == '-' && (t[q + 1] == ' ' || t[q + 1] == '\t')) {
        /* "8- to 16-meter": a hyphen left hanging before the range word */
        r = skip_spaces(t, len, q + 1);
        if (cc_lexicon__match(lx, t, len, r, CC_LEX_RANGE_TO, &mend, &got))
            q = r;
    }
    if ((r = dash_at(t, len, q)) != 0) {
        /* a dash after a line break is a bullet or a sign ("- 5"), not
         * the middle of a range */
        for (size_t k = a->end; k < q; k++)
            if (t[k] == '\n' || t[k] == '\r')
                return 0;
        *mid_end = r;
    } else if (cc_figure__key_at(lx, t, len, q, CC_LEX_RANGE_TO | CC_LEX_RANGE_AND, a, &mend,
                                 &got)) {
        if (!(got & CC_LEX_RANGE_TO) && pd->opener != CC_LEX_RANGE_BETWEEN)
            return 0;
        r = *mid_end = mend;
    } else {
        return 0;
    }
    /* the second end: [hedge] [filler] [sign word] [currency] number */
    size_t sign_e = 0;
    int rc;
    for (int k = 0; k < 4; k++) {
        const cc_lex_entry *m;
        r = skip_spaces(t, len, r);
        m = cc_lexicon__match(lx, t, len, r,
                              CC_LEX_HEDGE | CC_LEX_FILLER | CC_LEX_CURRENCY | CC_LEX_CONTEXT,
                              &mend, &got);
        if (!m)
            break;
        if ((got & CC_LEX_CONTEXT) && m->ctx == CC_CTX_SIGN) {
            sign_e = mend; /* "zwischen minus 5 und minus 3 Grad" */
        } else if (!(got & (CC_LEX_HEDGE | CC_LEX_FILLER | CC_LEX_CURRENCY))) {
            break;
        }
        if (got & CC_LEX_CURRENCY) {
            if (b_prefix[0])
                break;
            memcpy(b_prefix, m->code, 4);
        }
        r = mend;
    }
    rc = cc_figure__read_end(lx, t, len, r, b_prefix[0] != 0, NULL, b);
    if (rc == 1 && sign_e && !b->dec.neg && b->dim < 0 &&
        (skip_spaces(t, len, sign_e) == b->num_start || (b_prefix[0] && sign_e <= r)))
        b->dec.neg = 1; /* the same sign rule as for the first end (apply_sign) */
    return rc;
}

/* A change, not a range: "fell 1 point to 500", "rose by 150 to 44,000",
 * "stieg um 2 auf 5 Prozent" name a change and the level it led to. */
#define CHANGE_RATIO 10.0 /* "rose 5 to 7 percent" is a range; "fell 12 to 500" is not */

/* Decide before units are shared whether "A to B" (or "A - B") cannot be
 * a range: @return 1 for no range, 0 for a range, 2 for a range only if
 * the ends are close (a direction word governs A: "rose 5 to 7 percent"
 * is a range, "fell by 12 to 500" a change and a level). */
static int change_not_range(const cc_lexicon *lx, const char *t, size_t len, const cc_pending *pd,
                            const cc_figure_end *a, const cc_figure_end *b, const char *b_prefix,
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
               cc_figwords__direction_before(lx, t, pd->os);
    }
    /* "rose by a third to 42%": a change by a part and the level it led
     * to ("by a third to a half" stays a range) */
    if (a->spelled && !b->spelled && a->dim == CC_DIM_PERCENT &&
        cc_shares__by_before(lx, t, len, a->num_start))
        return 1;
    /* "1 point to 500", "2 Punkte bis 44.000": A has its own unit, B is a level */
    if ((a->dim >= 0 || a->code[0]) && !has_unit(b, b_prefix[0] ? b_prefix : NULL))
        return 1;
    if (pd->code[0] && pd->cs < s)
        s = pd->cs;
    if (pd->hedge >= 0 && pd->hs < s)
        s = pd->hs;
    /* "fell for a third month, by 35,000 to 831,000": "by" names a change
     * wherever its verb stands */
    return cc_figwords__direction_before(lx, t, s) || cc_shares__by_before(lx, t, len, s) ? 2 : 0;
}

/* Build the mention from the first end a (and pending words). */
static int make_mention(const cc_lexicon *lx, const char *t, size_t len, const cc_pending *pd,
                        cc_figure_end *a, cc_mention *out, size_t *pos, cc_error *err)
{
    cc_quantity *q = &out->q;
    cc_figure_end b;
    size_t ms = 0, me = 0;
    char b_prefix[4];
    const char *a_prefix = pd->code[0] ? pd->code : NULL;
    int range = 0, rc, change = 0, a_unit = has_unit(a, a_prefix), kind;
    int phys = a->kind == CC_KIND_PHYSICAL, minor = 0, joined = 0;
    size_t minor_end = 0;

    memset(out, 0, sizeof *out);
    out->start = a->num_start;
    out->num_start = a->num_start;
    out->num_end = a->num_end;
    out->spelled = (uint8_t)a->spelled;
    out->ambiguous = (uint8_t)a->ambiguous;
    out->sign_word = (uint8_t)a->sign_word;
    out->fraction = (uint8_t)(a->fraction && a->dim < 0 && !a->code[0] && !a->have_scale);
    if (a->kind && !phys) {
        /* a year, date, time, name: kept apart, never compared */
        out->kind = (uint8_t)a->kind;
        out->weak = 1;
        out->end = out->high_start = out->high_end = a->end;
        if (a->kind == CC_KIND_DATE && a->date && a->end == a->num_end &&
            read_range(lx, t, len, a, pd, &b, &ms, &me, b_prefix) == 1 && !b_prefix[0] &&
            cc_kinds__pair(a, &b, ms, me) == CC_KIND_DATE) {
            /* "February 4-6": the month before the first day */
            out->end = b.end;
            out->high_start = b.num_start;
            out->high_end = b.num_end;
        }
        out->hedge_start = out->hedge_end = a->num_start;
        if (cc_quantity__set_end(q, 0, &a->dec, 0) != CC_OK)
            memset(q, 0, sizeof *q);
        cc_quantity__set_unit(q, "count");
        *pos = out->end;
        return 1;
    }
    if (a_prefix && pd->cs < out->start)
        out->start = pd->cs;

    if (!phys && (a->code[0] || a_prefix) && a->dim < 0 && !a->have_scale && !a->dec.point &&
        a->unit_scale == 0 && a->dec.exp == 0 && a->post_hedge < 0 &&
        pd->opener != CC_LEX_RANGE_BETWEEN &&
        cc_numforms__minor(lx, t, len, a->end, &minor, &minor_end)) {
        /* "$20 and 43 cents", "20 Euro 50": the minor units of a whole
         * amount, one figure (numforms.c says when a number joins) */
        cc_decimal d = a->dec;
        if (cc_decimal__push(&d, (char)('0' + minor / 10), 1) == 0 &&
            cc_decimal__push(&d, (char)('0' + minor % 10), 1) == 0) {
            a->dec = d;
            a->end = minor_end;
            joined = 1;
        }
    }
    if (a->post_hedge < 0 && !joined) {
        rc = read_range(lx, t, len, a, pd, &b, &ms, &me, b_prefix);
        if (rc < 0)
            return range_error(err, t, len, &b);
        range = rc == 1 && !a->date && !b.date;
        if (rc == 1 && pd->hedge < 0 && !pd->opener && !a_prefix && !b_prefix[0] &&
            (kind = cc_kinds__pair(a, &b, ms, me)) != 0) {
            /* days of one month, a score: kept apart below like "3 bis
             * 14 Uhr" (kinds.c says when) */
            b.kind = kind;
            range = 1;
        }
        if (range && (change = change_not_range(lx, t, len, pd, a, &b, b_prefix, ms, me)) == 1)
            range = 0;
        if (range && (phys || b.kind == CC_KIND_PHYSICAL)) {
            /* "44 mg to 50 mg", "3 to 4 L": one unit for both ends, or
             * the unit of the second end for both */
            if (phys && b.kind == CC_KIND_PHYSICAL)
                range = b.unit_e - b.unit_s == a->unit_e - a->unit_s &&
                        cc__ascii_ncasecmp(t + a->unit_s, t + b.unit_s, b.unit_e - b.unit_s) == 0;
            else if (phys)
                range = !b.kind && !has_unit(&b, b_prefix[0] ? b_prefix : NULL);
            else
                range = !has_unit(a, a_prefix);
            if (range && b.kind == CC_KIND_PHYSICAL) {
                phys = 1;
                a->unit_s = b.unit_s;
                a->unit_e = b.unit_e;
                a->measure = b.measure;
                a->topic = b.topic;
            }
        }
        if (range && b.kind && b.kind != CC_KIND_PHYSICAL) {
            /* "zwischen 14 und 19 Uhr", "3 bis 14 Uhr": the second
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
            if (a->sign_word && a->dim >= 0) {
                /* "zwischen minus 2 und minus 3 Prozent": a percentage
                 * after all, so the word is a direction (apply_sign) */
                a->dec.neg = 0;
                a->sign_word = 0;
                a->num_start = a->bare_start;
                out->start = out->num_start = a->bare_start;
                out->sign_word = 0;
                if (a_prefix && pd->cs < out->start)
                    out->start = pd->cs;
            }
        }
        sa = a->scale + a->unit_scale;
        /* the second end's own unit brings its own exponent ("50p to £1") */
        sb = b.scale + (b.dim >= 0 || b.code[0] || b_prefix[0] ? b.unit_scale : a->unit_scale);
        if (cc_quantity__set_end(q, 0, &a->dec, sa) != CC_OK)
            return range_error(err, t, len, a);
        b.dec.exp += sb - sa; /* the upper end in the lower end's scale */
        if (cc_quantity__set_end(q, 1, &b.dec, sa) != CC_OK)
            return range_error(err, t, len, &b);
        range = q->value_high >= q->value;
        if (!range && q->value_high < 0 && q->value < 0) {
            /* "from -18 °C to -34 °C": negative ends are written by
             * magnitude; the interval is the same */
            double v = q->value;
            int16_t u = q->ulp;
            char dg[CC_DIGITS_MAX + 1];
            memcpy(dg, q->digits, sizeof dg);
            memcpy(q->digits, q->digits_high, sizeof dg);
            memcpy(q->digits_high, dg, sizeof dg);
            q->value = q->value_high;
            q->value_high = v;
            q->ulp = q->ulp_high;
            q->ulp_high = u;
            range = 1;
        }
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
    if (q->dimension == CC_DIM_CURRENCY && !a->have_scale)
        out->ambiguous = 0; /* "2.984 Euro": money has no third decimal */

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
        } else if (pd->opener == CC_LEX_RANGE_FROM && pd->floor &&
                   q->dimension == CC_DIM_CURRENCY &&
                   !cc_figwords__direction_before(lx, t, pd->os) &&
                   !cc_figure__before(lx, t, pd->os) &&
                   !cc_figwords__to_figure_after(lx, t, len, a->end)) {
            /* "tickets from €19.99": a price list's least, where no range
             * end follows; "up from $5", "rose from $5" name a level, and
             * "from €84m to €61m" the start of a change */
            q->hedge = CC_HEDGE_LOWER_INCL;
            out->hedge_start = pd->os;
            out->hedge_end = pd->oe;
            out->start = pd->os;
        } else if (a->least) {
            /* "Tausende", "thousands": the word is its own hedge */
            q->hedge = CC_HEDGE_LOWER_INCL;
            out->hedge_start = a->num_start;
            out->hedge_end = a->num_end;
        } else if (a->approx) {
            /* "a few": the words are their own hedge */
            q->hedge = CC_HEDGE_APPROX;
            out->hedge_start = a->num_start;
            out->hedge_end = a->num_end;
        } else {
            out->hedge_start = out->hedge_end = a->num_start;
        }
        if (out->hedge_end > out->hedge_start)
            copy_word(q->hedge_word, sizeof q->hedge_word, t, out->hedge_start, out->hedge_end);
        if (pd->hedge >= 0 && pd->hs < out->start)
            out->start = pd->hs;
        out->weak = a->date || a->approx ||
                    (q->dimension == CC_DIM_COUNT && !a->have_scale && q->hedge == CC_HEDGE_EXACT &&
                     a->dim < 0 &&
                     ((a->spelled && (a->dec.n <= 3 || a->fraction)) ||
                      (a->plain && a->dec.n == 4 && !a->dec.neg &&
                       (a->dec.d[0] == '1' || a->dec.d[0] == '2'))));
    }
    cc_figwords__per_unit(lx, t, len, range ? &b : a, out);
    if (phys) {
        /* a physical quantity: read in full, kept apart from amounts;
         * one in a unit of the unit table is compared (not weak) */
        out->kind = CC_KIND_PHYSICAL;
        out->weak = !a->measure || (a->spelled && a->dec.n == 1 && a->dec.d[0] == '1' &&
                                    a->dec.exp == 0); /* "ein Liter", "a litre" */
        out->has_unit = 1;
        out->unit_start = a->unit_s;
        out->unit_end = a->unit_e;
        if (a->measure)
            cc_quantity__set_unit(q, a->measure); /* "t": compared as a measure */
        out->topic = (uint8_t)a->topic;
        if (a->unit_s < out->start)
            out->start = a->unit_s; /* "aged 45": the word before is the unit */
    }
    *pos = out->end;
    return 1;
}

/* A share or a fraction of a unit read by shares.c ("jeder Dritte": 33.3 %,
 * "half a million"): one end of a figure with its unit, hedged as any. */
static int share_mention(const cc_lexicon *lx, const char *t, size_t len, const cc_pending *pd,
                         const cc_share *sh, size_t i, cc_mention *out, size_t *pos, cc_error *err)
{
    cc_figure_end a;
    cc_pending own;
    if (sh->by_at != SIZE_MAX && pd->hedge >= 0 && pd->hs == sh->by_at) {
        /* "sank um die Hälfte": "um" is the change's "by", not the hedge
         * "um die" ("um die 50": about 50) */
        own = *pd;
        own.hedge = -1;
        pd = &own;
    }
    memset(&a, 0, sizeof a);
    a.dec = sh->dec;
    a.dim = sh->dim;
    a.scale = sh->scale;
    a.have_scale = sh->have_scale;
    a.post_hedge = -1;
    a.num_start = a.bare_start = i;
    a.num_end = a.end = sh->end;
    a.spelled = !is_digit(t[i]);
    a.had_unit = 1;
    return make_mention(lx, t, len, pd, &a, out, pos, err);
}

/* Signs. A sign word ("minus", "negative", "negativ") or a spaced hyphen
 * directly before a figure makes it negative: "minus 1.200.000",
 * "negative five hundred and four", "- 1.200.000". Not for percentages
 * and points: "minus 3 Prozent" in a market report is a decline of 3
 * (value 3, direction down from the word, as extract.c reads it), equal
 * to "fiel um 3 Prozent"; "ein Minus von 3 Prozent" has a noun, not a
 * sign. A spaced hyphen is a sign only where it cannot be a dash: after
 * "(", "[" or "=", or at the start of the text or of a line when the
 * figure ends that line ("- 5 neue Fälle" at a line start is a bullet);
 * in running text " - " is a dash. */
static size_t spaced_sign(const char *t, size_t len, size_t i, int *line)
{
    size_t j = i, k;
    int32_t c = cp_at(t, len, i);
    if (c != '-' && c != 0x2212)
        return 0;
    cc_lexicon__next_cp(t, len, &j);
    if (j + 1 >= len || t[j] != ' ' || !is_digit(t[j + 1]))
        return 0;
    k = i;
    while (k > 0 && (t[k - 1] == ' ' || t[k - 1] == '\t'))
        k--;
    *line = k == 0 || t[k - 1] == '\n' || t[k - 1] == '\r';
    if (!*line && t[k - 1] != '(' && t[k - 1] != '[' && t[k - 1] != '=')
        return 0;
    return j;
}

static void apply_sign(const char *t, size_t len, const cc_pending *pd, cc_figure_end *a)
{
    size_t s;
    if (!pd->sign_e || a->dec.neg || a->dim >= 0 || a->date ||
        (a->kind && a->kind != CC_KIND_PHYSICAL))
        return;
    s = skip_spaces(t, len, pd->sign_e);
    if (s != a->num_start && !(pd->code[0] && s == pd->cs))
        return;
    if (pd->sign_line) {
        size_t r = a->end;
        while (r < len && (t[r] == ' ' || t[r] == '\t'))
            r++;
        if (r < len && t[r] != '\n' && t[r] != '\r')
            return;
    }
    a->dec.neg = 1;
    a->bare_start = a->num_start;
    a->num_start = pd->sign_s;
    a->sign_word = 1;
}

/* The first ASCII digit in t[i..end), or end: eight bytes at a time where
 * the compiler allows it (the words asked about are long). */
static inline size_t first_digit(const char *t, size_t i, size_t end)
{
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    const uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
    while (end - i >= 8) {
        uint64_t x, y, digit;
        memcpy(&x, t + i, 8);
        y = x & ~highs;
        /* per byte, high bit: '0' <= y <= '9' and ASCII (no carries) */
        digit = (y + (0x80 - '0') * ones) & ~(y + (0x80 - '9' - 1) * ones) & ~x & highs;
        if (digit)
            return i + (size_t)__builtin_ctzll(digit) / 8;
        i += 8;
    }
#endif
    while (i < end && !is_digit(t[i]))
        i++;
    return i;
}

/* name_end past its first test: the digits after the point or comma at
 * mend, and any more. Out of line: few words have them. */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static size_t
name_end_digits(const char *t, size_t len, size_t mend)
{
    do
        mend = skip_alnum(t, len, mend + 1);
    while (mend + 1 < len && (t[mend] == '.' || t[mend] == ',') && is_digit(t[mend + 1]));
    return mend;
}

/* The end of a name with digits after its word ends at mend ("H100.5"):
 * digits after a point or comma belong to it, it is skipped whole. */
static inline size_t name_end(const char *t, size_t len, size_t mend)
{
    if (mend + 1 < len && (t[mend] == '.' || t[mend] == ',') && is_digit(t[mend + 1]))
        return name_end_digits(t, len, mend);
    return mend;
}

int cc_numparse__next(const cc_lexicon *lx, const char *t, size_t len, size_t *pos, cc_mention *out,
                      cc_error *err)
{
    size_t i = *pos;
    const uint64_t *share_open = cc_lexicon__share_open_set(lx);
    const uint8_t *no_key = cc_lexicon__no_key_set(lx);
    cc_pending pd;
    int held = 0; /* pd holds something: see pending_drop */
    /* the spelled number the share reader read at a word, for the figure
     * reader where it is no share */
    cc_spelled spelled;

    spelled.text = NULL;
    pending_clear(&pd);
    while (i < len) {
        unsigned char b = (unsigned char)t[i];
        size_t j, mend;
        int32_t c;
        uint16_t got;
        const cc_lex_entry *m;
        cc_figure_end a;
        cc_share sh;
        int rc, neg, words, letter, glued;

        if (b == ' ' || b == '\n' || b == '\t' || b == '\r') {
            i++;
            continue;
        }
        j = i;
        /* mend and got: set by cc_lexicon__match_word, cc_lexicon__match
         * (got always, mend where a key matches) or spaced_sign */
        if ((unsigned)((b | 0x20) - 'a') < 26 ||
            (b == 0xC3 && i + 1 < len && ((unsigned char)t[i + 1] & 0xC0) == 0x80)) {
            /* an ASCII letter, as most words begin, or a character of
             * U+00C0..U+00FF ("Öl", "über", also U+00D7 and U+00F7, which
             * the lexicon reads as below): no number, sign or space starts
             * here */
            if (b < 0x80) {
                c = b;
                j = i + 1;
                letter = 1;
            } else {
                c = 0xC0 | ((unsigned char)t[i + 1] & 0x3F);
                j = i + 2;
                letter = c != 0xD7 && c != 0xF7; /* is_letter(c) */
            }
            m = cc_lexicon__match_word(lx, t, len, i, &mend, &got);
            if (!m && mend) {
                /* a word of letters that begins nothing (the lexicon
                 * says so in the same pass): as below, without a key */
                pending_drop(&pd, &held);
                i = mend; /* < len: an ASCII byte ends the word */
                if (t[i] == '.' || t[i] == ',')
                    i = name_end(t, len, i);
                else if (t[i] == ' ')
                    i++; /* as at the top of the loop */
                continue;
            }
            if (m && key_passed_by(m, got) &&
                !shares_may_start(lx, share_open, t, len, i, 0, m, mend)) {
                /* a key the questions below let pass ("the", "die"):
                 * as the last of them does, at once */
                pending_drop(&pd, &held);
                i = mend;
                if (i < len && t[i] == ' ')
                    i++; /* as at the top of the loop */
                continue;
            }
        } else {
            if (no_key[b] && b != '+' && b != '"') {
                /* punctuation that begins no key, as a full stop or comma:
                 * passed without a key and without the questions below,
                 * which only a plus sign (of a number) and a quote mark
                 * (which keeps what is pending) answer */
                pending_drop(&pd, &held);
                i++;
                continue;
            }
            /* a letter or digit just before: "H100", "2x" (asked once) */
            glued = glued_before(t, i);
            if (is_digit((char)b) && !pd.kind && !glued &&
                cc_shares__digits_may_share(lx, t, len, i) &&
                cc_shares__read(lx, t, len, i, 0, NULL, &sh))
                return share_mention(lx, t, len, &pd, &sh, i, out, pos, err); /* "1 in 5" */
            /* 0xE2 starts U+2212, the minus sign; 0xC2 and 0xE2 vulgar fractions */
            if (is_digit((char)b) || b == '+' ||
                ((b == '-' || b == 0xE2) && sign_at(t, len, i, &neg)) ||
                ((b == 0xC2 || b == 0xE2) && cc_numforms__vulgar_at(t, len, i))) {
                size_t e2 = 0;
                int kind = 0,
                    frac = glued ? CC_FRAC_NONE : cc_numforms__fraction(t, len, i, NULL, &e2);
                if (frac == CC_FRAC_IDENT) {
                    /* "24/7", "1/0": digits joined by a slash that are no
                     * fraction are a name, score or idiom (numforms.c) */
                    kind = CC_KIND_IDENT;
                } else if (frac == CC_FRAC_VALUE) {
                    e2 = 0; /* "2 1/2" is no phone number, "1/5" no date */
                }
                if (frac == CC_FRAC_IDENT ||
                    (frac == CC_FRAC_NONE && !glued &&
                     ((e2 = cc_kinds__date_time_at(t, len, i, &kind)) != 0 ||
                      ((e2 = cc_kinds__phone_at(t, len, i)) != 0 &&
                       !cc_figure__money_groups(lx, t, len, i) && (kind = CC_KIND_PHONE) != 0)))) {
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
                    pending_drop(&pd, &held);
                    continue;
                }
                rc = cc_figure__read_end(lx, t, len, i, pd.code[0] != 0, NULL, &a);
                if (rc < 0)
                    return range_error(err, t, len, &a);
                if (rc == 0) {
                    i = a.end > i ? a.end : i + 1;
                    pending_drop(&pd, &held);
                    continue;
                }
                if (pd.month_end != (size_t)-1 &&
                    skip_spaces(t, len, pd.month_end) == a.num_start && day_or_year(t, &a))
                    a.date = 1; /* "January 27", not "seit Januar 58 statt 49 Euro" */
                apply_sign(t, len, &pd, &a);
                cc_kinds__classify(lx, t, len, &pd, &a);
                return make_mention(lx, t, len, &pd, &a, out, pos, err);
            }
            if ((b == '-' || b == 0xE2) && (mend = spaced_sign(t, len, i, &neg)) != 0) {
                pending_drop(&pd, &held);
                pd.sign_s = i;
                pd.sign_e = mend;
                pd.sign_line = neg;
                held = 1;
                i = mend;
                continue;
            }
            c = cc_lexicon__next_cp(t, len, &j);
            letter = is_letter(c);
            if (cc_lexicon__is_space(c) || is_quote_mark(c)) {
                /* a quoted hedge keeps its figure: put the damage at "well
                 * over" €1bn, sprach von „mehr als“ 5.000 */
                i = j;
                continue;
            }
            m = cc_lexicon__match(lx, t, len, i, CC_LEX_ALL, &mend, &got);
        }
        words = m && (got & (CC_LEX_NUMBER | CC_LEX_NUMBER_A));
        if (!pd.kind && letter && shares_may_start(lx, share_open, t, len, i, words, m, mend) &&
            cc_shares__read(lx, t, len, i, words, &spelled, &sh))
            return share_mention(lx, t, len, &pd, &sh, i, out, pos, err); /* "jeder Dritte" */
        if ((m && ((got & (CC_LEX_NUMBER | CC_LEX_NUMBER_A)) ||
                   ((got & CC_LEX_NUMBER_PART) && m->part == 100))) ||
            (!m && letter && cc_lexicon__may_be_number(lx, t, len, i) &&
             skip_alnum(t, len, i) - i >= 7 && cc_numwords__may_compound(lx, t, len, i))) {
            /* spelled-out numbers; long unknown words may be compounds; an
             * article before a word of no number, unit or currency is none
             * ("a company": cc_figure__read_end would return 0, a.end = i) */
            if (m && (got & CC_LEX_NUMBER_A) &&
                cc_numwords__a_refused(lx, t, len, i, m, mend, got)) {
                rc = 0;
                a.end = i;
            } else {
                rc = cc_figure__read_end(lx, t, len, i, pd.code[0] != 0, &spelled, &a);
            }
            if (rc < 0)
                return range_error(err, t, len, &a);
            if (rc == 1) {
                apply_sign(t, len, &pd, &a);
                cc_kinds__classify(lx, t, len, &pd, &a);
                return make_mention(lx, t, len, &pd, &a, out, pos, err);
            }
            if (a.end > (m ? mend : i)) {
                /* a run of number words that was refused: skip all of it */
                i = a.end;
                pending_drop(&pd, &held);
                continue;
            }
        }
        if (m && (got & CC_LEX_HEDGE) && m->hedge_gov == 1 && cc_figwords__governed(lx, t, i)) {
            /* "Auftrag über 240 Millionen", "verfügt über 50.000": no hedge */
        } else if (m && (got & CC_LEX_HEDGE)) {
            pd.hedge = m->hedge;
            pd.hedge_time = m->hedge_gov == 2;
            pd.hs = i;
            pd.he = mend;
            held = 1;
        } else if (m && (got & (CC_LEX_RANGE_BETWEEN | CC_LEX_RANGE_FROM))) {
            pd.opener = (got & CC_LEX_RANGE_BETWEEN) ? CC_LEX_RANGE_BETWEEN : CC_LEX_RANGE_FROM;
            pd.floor = pd.opener == CC_LEX_RANGE_FROM && m->from_floor;
            pd.os = i;
            pd.oe = mend;
            held = 1;
        } else if (m && (got & CC_LEX_CURRENCY)) {
            memcpy(pd.code, m->code, 4);
            pd.cs = i;
            held = 1;
        } else if (m && (got & CC_LEX_CONTEXT) && m->ctx == CC_CTX_SIGN) {
            /* "minus", "negative": maybe the sign of the next figure */
            pd.sign_s = i;
            pd.sign_e = mend;
            pd.sign_line = 0;
            held = 1;
        } else if (m && (got & (CC_LEX_FILLER | CC_LEX_NUMBER_A))) {
            /* keep what is cc_pending */
        } else if (m && (got & CC_LEX_KIND) && !m->kind_post) {
            pending_drop(&pd, &held);
            pd.kind = m->kind;
            pd.kind_s = i;
            pd.kind_end = mend;
            held = 1;
        } else if (m && (got & CC_LEX_MONTH)) {
            pending_drop(&pd, &held);
            if (mend < len && t[mend] == '.')
                mend++; /* "Jan. 27" */
            pd.month_end = mend;
            held = 1;
        } else if (m) {
            pending_drop(&pd, &held);
        } else {
            pending_drop(&pd, &held);
            mend = j;
            if (letter) { /* cc_lexicon__is_alnum(c): c is no ASCII digit here */
                size_t d, ye;
                mend = skip_alnum(t, len, i);
                d = first_digit(t, i, mend);
                if (d < mend && d > i && (ye = cc_kinds__glued_year(lx, t, len, i, d)) != 0) {
                    /* "FY2024/25": a year glued to the word that says so */
                    memset(&a, 0, sizeof a);
                    a.num_start = d;
                    a.num_end = d + 4;
                    a.end = ye;
                    a.kind = CC_KIND_YEAR;
                    for (size_t k = d; k < d + 4; k++)
                        cc_decimal__push(&a.dec, t[k], 0);
                    return make_mention(lx, t, len, &pd, &a, out, pos, err);
                }
                if (d < mend && d > i && cc_figure__glued_code(lx, t, len, d)) {
                    /* "USD3.14": the code is the currency of the digits */
                    size_t e0 = 0;
                    uint16_t g0 = 0;
                    const cc_lex_entry *ce =
                        cc_lexicon__match(lx, t, d, i, CC_LEX_CURRENCY, &e0, &g0);
                    if (ce) {
                        memcpy(pd.code, ce->code, 4);
                        pd.cs = i;
                        held = 1;
                    }
                    i = d;
                    continue;
                }
                mend = name_end(t, len, mend);
            }
        }
        i = mend;
        if (i < len && t[i] == ' ')
            i++; /* as at the top of the loop */
    }
    *pos = len;
    return 0;
}
