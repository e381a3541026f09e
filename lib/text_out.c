/*
 * text_out.c - the report for a person reading top-down at a terminal
 * (doc/report-format.md "Text report"): a header with counts, then one
 * block per group in report order (conflicts first) with its key, verdict
 * and consensus, one line per claim (status mark, source, the text as
 * written, the normalised interval, the gap, the conversion used), related
 * groups, and a per-source table. No colour; deterministic.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "claimset.h"
#include "common.h"
#include "date.h"
#include "quantity.h"
#include "report.h"
#include "writer.h"

#define SOURCE_COL_MAX 24
#define TEXT_COL_MAX 48
#define RANGE_COL_MAX 30
#define TABLE_COL_MAX 40
#define NUM_MAX 80 /* room for one formatted number */

/* How numbers of one group are shown: divided by `div`, followed by
 * " <word>" (scale) and " <unit>" when not empty. */
typedef struct scale {
    double div;
    const char *word;
    const char *unit;
} scale;

/* ------------------------------------------------------------------ */
/* Small helpers                                                       */
/* ------------------------------------------------------------------ */

/* Text for people: control characters become spaces (one claim stays on
 * one line), invalid UTF-8 becomes U+FFFD. */
static void put_clean(cc_wbuf *b, const char *s)
{
    size_t n = strlen(s), i = 0, run = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        size_t k;
        if (c >= 0x20 && c != 0x7f && c < 0x80) {
            i++;
            continue;
        }
        if (c >= 0x80 && (k = cc_writer__utf8_seq(s + i, n - i)) != 0) {
            i += k;
            continue;
        }
        cc_wbuf__put(b, s + run, i - run);
        if (c < 0x80)
            cc_wbuf__putc(b, ' ');
        else
            cc_wbuf__put(b, "\xEF\xBF\xBD", 3);
        i++;
        run = i;
    }
    cc_wbuf__put(b, s + run, n - run);
}

/* Pad with spaces from the width written since `start` up to `want`. */
static void pad_from(cc_wbuf *b, size_t start, size_t want)
{
    size_t have;
    if (b->failed)
        return;
    have = cc_writer__width(b->data + start, b->len - start);
    if (have < want)
        cc_wbuf__fill(b, ' ', want - have);
}

static void put_count(cc_wbuf *b, size_t n, const char *one, const char *many)
{
    cc_wbuf__uint(b, n);
    cc_wbuf__putc(b, ' ');
    cc_wbuf__puts(b, n == 1 ? one : many);
}

/* Decimals that show `sig` significant digits of a number of magnitude mag. */
static int decimals_for(double mag, int sig)
{
    int d;
    if (!(mag > 0) || !isfinite(mag))
        return 0;
    d = sig - 1 - (int)floor(log10(mag));
    return d < 0 ? 0 : d > 15 ? 15 : d;
}

/* v with d decimals into out; `strip` drops trailing zeros. A minus sign is
 * written as U+2212; "-0" becomes "0". Integer arithmetic when the scaled
 * value fits in a double's 53 bits, snprintf otherwise. */
static void fmt_fixed(char *out, size_t size, double v, int d, int strip)
{
    static const double p10[16] = {1e0, 1e1, 1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                   1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
    char tmp[NUM_MAX];
    size_t n = 0, o = 0;
    double scaled = fabs(v) * p10[d];
    if (scaled < 9e15) {
        uint64_t r = (uint64_t)llround(scaled);
        int nonzero = r != 0;
        char dig[24];
        size_t nd = 0;
        do {
            dig[nd++] = (char)('0' + r % 10);
            r /= 10;
        } while (r || nd <= (size_t)d); /* at least one digit before the point */
        if (v < 0 && nonzero)
            tmp[n++] = '-';
        while (nd > (size_t)d)
            tmp[n++] = dig[--nd];
        if (d > 0) {
            tmp[n++] = '.';
            while (nd > 0)
                tmp[n++] = dig[--nd];
        }
        tmp[n] = '\0';
    } else if (fabs(v) >= 1e15) { /* beyond any scale word: exponent notation */
        snprintf(tmp, sizeof tmp, "%.3e", v);
        n = strlen(tmp);
        strip = 0;
    } else {
        snprintf(tmp, sizeof tmp, "%.*f", d, v);
        n = strlen(tmp);
    }
    if (strip && strchr(tmp, '.')) {
        while (n > 0 && tmp[n - 1] == '0')
            tmp[--n] = '\0';
        if (n > 0 && tmp[n - 1] == '.')
            tmp[--n] = '\0';
    }
    if (tmp[0] == '-' && strspn(tmp + 1, "0.") == strlen(tmp + 1))
        memmove(tmp, tmp + 1, n--); /* "-0" */
    if (tmp[0] == '-') {
        memcpy(out, "\xE2\x88\x92", 3);
        o = 3;
        memmove(tmp, tmp + 1, n--);
    }
    if (o + n + 1 > size)
        n = size - o - 1;
    memcpy(out + o, tmp, n);
    out[o + n] = '\0';
}

static void put_unit(cc_wbuf *b, const scale *sc)
{
    if (sc->word[0]) {
        cc_wbuf__putc(b, ' ');
        cc_wbuf__puts(b, sc->word);
    }
    if (sc->unit[0]) {
        cc_wbuf__putc(b, ' ');
        cc_wbuf__puts(b, sc->unit);
    }
}

/* An interval in readable scale: "586.3–593.4 bn USD", "> 17 %", "≤ 65 bn
 * USD". Enough digits are shown to tell the two ends apart. */
static void put_range(cc_wbuf *b, const cc_interval *iv, const scale *sc)
{
    char lo[NUM_MAX], hi[NUM_MAX];
    double a = iv->low / sc->div, z = iv->high / sc->div;
    int fa = isfinite(a), fz = isfinite(z);
    if (isnan(a) || isnan(z)) {
        cc_wbuf__puts(b, "no interval");
        return;
    }
    if (fa && fz) {
        double mag = fmax(fabs(a), fabs(z));
        int d = decimals_for(mag, 4);
        /* enough decimals to show the interval's width to a tenth of itself:
         * 21414.245-21414.255, not 21414.2-21414.3 */
        if (z > a) {
            int dw = (int)ceil(-log10((z - a) / 10));
            if (dw > d)
                d = dw < 15 ? dw : 15;
        }
        for (;;) {
            fmt_fixed(lo, sizeof lo, a, d, 1);
            fmt_fixed(hi, sizeof hi, z, d, 1);
            if (a == z || strcmp(lo, hi) != 0 || d >= 15)
                break;
            d++;
        }
        cc_wbuf__puts(b, lo);
        if (strcmp(lo, hi) != 0) {
            cc_wbuf__puts(b, "\xE2\x80\x93"); /* en dash */
            cc_wbuf__puts(b, hi);
        }
    } else if (fz) {
        fmt_fixed(hi, sizeof hi, z, decimals_for(fabs(z), 4), 1);
        cc_wbuf__puts(b, iv->high_open ? "< " : "\xE2\x89\xA4 ");
        cc_wbuf__puts(b, hi);
    } else if (fa) {
        fmt_fixed(lo, sizeof lo, a, decimals_for(fabs(a), 4), 1);
        cc_wbuf__puts(b, iv->low_open ? "> " : "\xE2\x89\xA5 ");
        cc_wbuf__puts(b, lo);
    } else {
        cc_wbuf__puts(b, "any value");
        return;
    }
    put_unit(b, sc);
}

/* A fraction as a percentage: two decimals below 1 %, one below 10 %, none above,
 * so that a small gap never reads as "0 %". */
static void put_percent(cc_wbuf *b, double frac)
{
    char tmp[NUM_MAX];
    double p = fabs(frac) * 100;
    fmt_fixed(tmp, sizeof tmp, p, p < 1 ? 2 : p < 10 ? 1 : 0, 1);
    cc_wbuf__puts(b, tmp);
    cc_wbuf__puts(b, " %");
}

static const char *unit_label(const cc_group *g)
{
    switch (g->dimension) {
    case CC_DIM_PERCENT: return "%";
    case CC_DIM_POINTS: return "pp";
    case CC_DIM_COUNT: return "";
    case CC_DIM_RATIO: return "\xC3\x97"; /* × */
    default: return g->unit;
    }
}

/* One scale per group, so that its figures read side by side. */
static scale group_scale(const cc_report *r, const cc_group *g)
{
    scale sc = {1, "", unit_label(g)};
    double mag = 0;
    if (g->has_consensus && isfinite(g->consensus_point) && g->consensus_point != 0) {
        mag = fabs(g->consensus_point);
    } else {
        for (uint32_t i = 0; i < g->count; i++) {
            const cc_checked_claim *cc = &r->claims[g->first + i];
            if (cc->status == CC_STATUS_UNCHECKED)
                continue;
            if (isfinite(cc->strict_low))
                mag = fmax(mag, fabs(cc->strict_low));
            if (isfinite(cc->strict_high))
                mag = fmax(mag, fabs(cc->strict_high));
        }
    }
    if (g->dimension != CC_DIM_CURRENCY && g->dimension != CC_DIM_COUNT)
        return sc;
    if (mag >= 1e12)
        sc.div = 1e12, sc.word = "tn";
    else if (mag >= 1e9)
        sc.div = 1e9, sc.word = "bn";
    else if (mag >= 1e6)
        sc.div = 1e6, sc.word = "m";
    return sc;
}

static const char *status_mark(int status)
{
    switch (status) {
    case CC_STATUS_AGREES: return "\xE2\x9C\x93";         /* ✓ */
    case CC_STATUS_AGREES_LENIENT: return "\xE2\x89\x88"; /* ≈ */
    case CC_STATUS_MINOR_DISCREPANCY: return "~";
    case CC_STATUS_CONTRADICTS: return "\xE2\x9C\x97"; /* ✗ */
    default: return "?";
    }
}

/* ------------------------------------------------------------------ */
/* Claims                                                              */
/* ------------------------------------------------------------------ */

/* The claim as written: its text in quotes, or for a structured claim the
 * hedge class, exact value and unit in parentheses. */
static void put_label(cc_wbuf *b, const cc_claimset *set, const cc_claim *c)
{
    const cc_quantity *q = &c->q;
    if (c->text) {
        cc_wbuf__putc(b, '"');
        put_clean(b, cc_claimset__str(set, c->text));
        cc_wbuf__putc(b, '"');
        return;
    }
    cc_wbuf__putc(b, '(');
    if (q->hedge != CC_HEDGE_EXACT && cc_hedge_name((cc_hedge)q->hedge)) {
        cc_wbuf__puts(b, cc_hedge_name((cc_hedge)q->hedge));
        cc_wbuf__putc(b, ' ');
    }
    cc_wbuf__puts(b, q->digits);
    if (q->hedge == CC_HEDGE_RANGE) {
        cc_wbuf__puts(b, "..");
        cc_wbuf__puts(b, q->digits_high);
    }
    if (q->scale) {
        cc_wbuf__puts(b, q->hedge == CC_HEDGE_RANGE ? " e" : "e");
        cc_wbuf__int(b, q->scale);
    }
    cc_wbuf__putc(b, ' ');
    put_clean(b, q->unit);
    cc_wbuf__putc(b, ')');
}

static void put_unchecked(cc_wbuf *b, const cc_claim *c, int reason)
{
    char d[11];
    cc_wbuf__puts(b, "unchecked: ");
    switch (reason) {
    case CC_UNCHECKED_UNKNOWN_CURRENCY:
        cc_wbuf__puts(b, "no exchange rates for ");
        put_clean(b, c->q.unit);
        break;
    case CC_UNCHECKED_NO_RATE:
        cc_wbuf__puts(b, "no ");
        put_clean(b, c->q.unit);
        cc_wbuf__puts(b, " rate near ");
        if (c->date != CC_NO_DATE) {
            cc_date__format(c->date, d);
            cc_wbuf__put(b, d, 10);
        } else {
            cc_wbuf__puts(b, "its date");
        }
        break;
    case CC_UNCHECKED_NO_DATE:
        cc_wbuf__puts(b, "no date to convert ");
        put_clean(b, c->q.unit);
        cc_wbuf__puts(b, " at");
        break;
    default: cc_wbuf__puts(b, "not comparable"); break;
    }
}

/* "EUR→USD 1.0421–1.0530, 2025-01-24..2025-01-28" */
static void put_conversion(cc_wbuf *b, const cc_claim *c, const cc_group *g, const cc_fx *fx)
{
    char lo[NUM_MAX], hi[NUM_MAX], d[11];
    int dec = decimals_for(fmax(fabs(fx->low), fabs(fx->high)), 5);
    put_clean(b, c->q.unit);
    cc_wbuf__puts(b, "\xE2\x86\x92"); /* → */
    put_clean(b, g->unit);
    cc_wbuf__putc(b, ' ');
    fmt_fixed(lo, sizeof lo, fx->low, dec, 0);
    fmt_fixed(hi, sizeof hi, fx->high, dec, 0);
    cc_wbuf__puts(b, lo);
    if (strcmp(lo, hi) != 0) {
        cc_wbuf__puts(b, "\xE2\x80\x93");
        cc_wbuf__puts(b, hi);
    }
    cc_wbuf__puts(b, ", ");
    cc_date__format(fx->first_day, d);
    cc_wbuf__put(b, d, 10);
    if (fx->last_day != fx->first_day) {
        cc_wbuf__puts(b, "..");
        cc_date__format(fx->last_day, d);
        cc_wbuf__put(b, d, 10);
    }
    if (fx->after_table)
        cc_wbuf__puts(b, " (claim dated after the last day of the rate table)");
}

/* How a hedged figure was read (its hedge class in words); NULL for an exact one. */
static const char *reading(const cc_claim *c)
{
    switch ((cc_hedge)c->q.hedge) {
    case CC_HEDGE_APPROX: return "about";
    case CC_HEDGE_APPROX_BELOW: return "just below";
    case CC_HEDGE_APPROX_ABOVE: return "just above";
    case CC_HEDGE_LOWER_STRICT: return "more than";
    case CC_HEDGE_LOWER_INCL: return "at least";
    case CC_HEDGE_UPPER_INCL: return "at most";
    case CC_HEDGE_UPPER_STRICT: return "less than";
    case CC_HEDGE_RANGE: return "range";
    default: return NULL;
    }
}

/* The claim's normalised interval and, for a hedged figure, its reading. */
static void put_claim_range(cc_wbuf *b, const cc_checked_claim *cc, const cc_claim *c,
                            const scale *sc)
{
    cc_interval iv;
    const char *how = reading(c);
    cc_checked__strict(cc, &iv);
    put_range(b, &iv, sc);
    /* an open end already reads "> 460" or "< 5": only name the reading when
     * the interval hides it ("0-65 bn USD" for "bis zu 65") */
    if (how && isfinite(iv.low) && isfinite(iv.high)) {
        cc_wbuf__puts(b, " (");
        cc_wbuf__puts(b, how);
        cc_wbuf__putc(b, ')');
    }
}

typedef struct widths {
    size_t source, label, range;
} widths;

static widths claim_widths(const cc_report *r, const cc_group *g, const scale *sc, cc_wbuf *tmp)
{
    const cc_claimset *set = r->set;
    widths w = {0, 0, 0};
    for (uint32_t i = 0; i < g->count; i++) {
        const cc_checked_claim *cc = &r->claims[g->first + i];
        const cc_claim *c = &set->claims[cc->claim];
        const char *src = cc_claimset__str(set, set->sources[c->source].id);
        size_t n = cc_writer__width(src, strlen(src));
        w.source = n > w.source ? n : w.source;
        tmp->len = 0;
        put_label(tmp, set, c);
        n = tmp->failed ? 0 : cc_writer__width(tmp->data, tmp->len);
        w.label = n > w.label ? n : w.label;
        if (cc->status == CC_STATUS_UNCHECKED)
            continue;
        tmp->len = 0;
        put_claim_range(tmp, cc, c, sc);
        n = tmp->failed ? 0 : cc_writer__width(tmp->data, tmp->len);
        w.range = n > w.range ? n : w.range;
    }
    w.source = w.source > SOURCE_COL_MAX ? SOURCE_COL_MAX : w.source;
    w.label = w.label > TEXT_COL_MAX ? TEXT_COL_MAX : w.label;
    w.range = w.range > RANGE_COL_MAX ? RANGE_COL_MAX : w.range;
    return w;
}

static void put_claim_line(cc_wbuf *b, const cc_report *r, const cc_group *g,
                           const cc_checked_claim *cc, const scale *sc, const widths *w)
{
    const cc_claimset *set = r->set;
    const cc_claim *c = &set->claims[cc->claim];
    const cc_fx *fx = cc_report__fx(r, cc);
    size_t start;

    cc_wbuf__puts(b, "    ");
    cc_wbuf__puts(b, status_mark(cc->status));
    cc_wbuf__putc(b, ' ');
    start = b->len;
    put_clean(b, cc_claimset__str(set, set->sources[c->source].id));
    pad_from(b, start, w->source);
    cc_wbuf__puts(b, "  ");
    start = b->len;
    put_label(b, set, c);
    pad_from(b, start, w->label);
    cc_wbuf__puts(b, "  ");
    if (cc->status == CC_STATUS_UNCHECKED) {
        put_unchecked(b, c, cc->reason);
    } else {
        cc_interval iv;
        start = b->len;
        put_claim_range(b, cc, c, sc);
        if (cc->status == CC_STATUS_AGREES_LENIENT) {
            cc_wbuf__puts(b, " (lenient ");
            cc_checked__lenient(cc, &iv);
            put_range(b, &iv, sc);
            cc_wbuf__putc(b, ')');
        }
        if (!cc->in_consensus && isfinite(cc->gap) && cc->gap != 0) {
            pad_from(b, start, w->range);
            cc_wbuf__puts(b, "  ");
            cc_wbuf__puts(b, cc->point < g->consensus_point ? "\xE2\x88\x92" : "+");
            put_percent(b, cc->gap);
            cc_wbuf__puts(b, " vs consensus");
        }
    }
    if (c->syndicated_from || c->syndicated_name) {
        cc_wbuf__puts(b, "  copy of ");
        if (c->syndicated_name)
            put_clean(b, cc_claimset__str(set, c->syndicated_name));
        else
            put_clean(b, cc_claimset__str(set, set->claims[c->syndicated_from - 1].id));
    }
    cc_wbuf__puts(b, "  [");
    put_clean(b, cc_claimset__str(set, c->id));
    cc_wbuf__puts(b, "]\n");
    if (fx && cc->status != CC_STATUS_UNCHECKED) {
        cc_wbuf__fill(b, ' ', 6 + w->source + 2);
        put_conversion(b, c, g, fx);
        cc_wbuf__putc(b, '\n');
    }
}

/* ------------------------------------------------------------------ */
/* Groups                                                              */
/* ------------------------------------------------------------------ */

static void put_key_part(cc_wbuf *b, int *first, const char *label, const char *value)
{
    if (!value || !*value)
        return;
    if (!*first)
        cc_wbuf__puts(b, " \xC2\xB7 "); /* · */
    *first = 0;
    cc_wbuf__puts(b, label);
    put_clean(b, value);
}

static void put_key_line(cc_wbuf *b, const cc_claimset *set, const cc_group *g, size_t gi)
{
    int first = 1;
    char d[11] = "";
    cc_wbuf__putc(b, 'g');
    cc_wbuf__uint(b, (uint64_t)gi + 1);
    cc_wbuf__puts(b, "  ");
    if (g->date != CC_NO_DATE)
        cc_date__format(g->date, d);
    put_key_part(b, &first, "", cc_intern__display(&set->keys, g->subject));
    put_key_part(b, &first, "", cc_intern__display(&set->keys, g->measure));
    put_key_part(b, &first, "", d);
    put_key_part(b, &first, "scope: ", cc_intern__display(&set->keys, g->scope));
    put_key_part(b, &first, "according to: ", cc_intern__display(&set->keys, g->attributed_to));
    if (first)
        cc_wbuf__puts(b, "(no subject, measure or date given)");
    cc_wbuf__putc(b, '\n');
}

static void put_consensus_text(cc_wbuf *b, const cc_group *g, const scale *sc)
{
    cc_wbuf__puts(b, "consensus ");
    put_range(b, &g->consensus, sc);
    cc_wbuf__puts(b, " from ");
    put_count(b, g->voices, "source", "sources");
}

static void put_verdict_line(cc_wbuf *b, const cc_group *g, const scale *sc)
{
    static const char *const names[] = {"CONSISTENT", "MINOR DISCREPANCY", "CONFLICT", "SPLIT",
                                        "SINGLE"};
    cc_wbuf__puts(b, "    ");
    cc_wbuf__puts(b, g->verdict < 5 ? names[g->verdict] : "UNKNOWN");
    cc_wbuf__puts(b, " \xE2\x80\x94 "); /* — */
    if (g->verdict == CC_VERDICT_SPLIT) {
        cc_wbuf__puts(b, "no majority: readings tie");
        if (g->has_consensus) {
            cc_wbuf__puts(b, "; gaps measured against ");
            put_range(b, &g->consensus, sc);
        }
    } else if (g->tied) {
        cc_wbuf__puts(b, "no majority: the figures differ slightly; gaps measured against ");
        put_range(b, &g->consensus, sc);
    } else if (g->verdict == CC_VERDICT_SINGLE) {
        cc_wbuf__puts(b, "one source, nothing to compare");
    } else if (g->has_consensus) {
        put_consensus_text(b, g, sc);
    } else {
        cc_wbuf__puts(b, "no consensus");
    }
    cc_wbuf__putc(b, '\n');
}

static void put_related_lines(cc_wbuf *b, const cc_report *r, const cc_group *g)
{
    const cc_claimset *set = r->set;
    for (uint32_t i = 0; i < g->link_count; i++) {
        const cc_group_link *l = &r->links[g->link_first + i];
        const cc_group *o = &r->groups[l->group];
        int scope = l->relation == CC_RELATION_DIFFERENT_SCOPE;
        const char *what = cc_intern__display(&set->keys, scope ? o->scope : o->attributed_to);
        cc_wbuf__puts(b, "    related \xE2\x80\x94 ");
        cc_wbuf__puts(b, scope ? "different scope: " : "different attribution: ");
        if (what) {
            put_clean(b, what);
            cc_wbuf__puts(b, " group g");
            cc_wbuf__uint(b, (uint64_t)l->group + 1);
        } else {
            cc_wbuf__puts(b, "group g");
            cc_wbuf__uint(b, (uint64_t)l->group + 1);
            cc_wbuf__puts(b, scope ? " (no scope given)" : " (no attribution given)");
        }
        cc_wbuf__puts(b, ", its consensus ");
        if (!isfinite(l->gap) || !g->has_consensus || !o->has_consensus) {
            cc_wbuf__puts(b, "not comparable");
        } else if (l->gap == 0 || o->consensus_point == g->consensus_point) {
            cc_wbuf__puts(b, "the same");
        } else {
            put_percent(b, l->gap);
            cc_wbuf__puts(b, o->consensus_point < g->consensus_point ? " lower" : " higher");
        }
        cc_wbuf__putc(b, '\n');
    }
}

/* A report of cc_run(): why the claims were grouped, from the group's
 * grouping object {"shared": ["w", ...], "confidence": x, ...}. */
static void put_grouping_line(cc_wbuf *b, const char *js)
{
    const char *open = strchr(js, '['), *close = open ? strchr(open, ']') : NULL;
    const char *conf = strstr(js, "\"confidence\": ");
    if (!open || !close)
        return;
    cc_wbuf__puts(b, "    grouped on: ");
    for (const char *p = open + 1; p < close; p++)
        if (*p != '"')
            cc_wbuf__putc(b, *p);
    if (conf) {
        const char *v = conf + 14, *e = v;
        while (*e && *e != ',' && *e != '}')
            e++;
        cc_wbuf__puts(b, " (confidence ");
        cc_wbuf__put(b, v, (size_t)(e - v));
        cc_wbuf__putc(b, ')');
    }
    cc_wbuf__putc(b, '\n');
}

static void put_group(cc_wbuf *b, const cc_report *r, size_t gi, cc_wbuf *tmp)
{
    const cc_group *g = &r->groups[gi];
    scale sc = group_scale(r, g);
    widths w = claim_widths(r, g, &sc, tmp);
    put_key_line(b, r->set, g, gi);
    put_verdict_line(b, g, &sc);
    if (r->grouping && r->grouping[gi])
        put_grouping_line(b, r->grouping[gi]);
    for (uint32_t i = 0; i < g->count; i++)
        put_claim_line(b, r, g, &r->claims[g->first + i], &sc, &w);
    put_related_lines(b, r, g);
    cc_wbuf__putc(b, '\n');
}

/* ------------------------------------------------------------------ */
/* Header and sources                                                  */
/* ------------------------------------------------------------------ */

static void put_header(cc_wbuf *b, const cc_report *r)
{
    cc_wbuf__puts(b, "crosscheck report: ");
    put_count(b, r->ngroups, "group", "groups");
    cc_wbuf__puts(b, ", ");
    put_count(b, cc_writer__count_verdict(r, CC_VERDICT_CONFLICT), "conflict", "conflicts");
    cc_wbuf__puts(b, ", ");
    put_count(b, cc_writer__count_verdict(r, CC_VERDICT_SPLIT), "split", "splits");
    cc_wbuf__puts(b, ", ");
    put_count(b, r->nclaims, "claim", "claims");
    cc_wbuf__puts(b, " from ");
    put_count(b, r->set->nsources, "source", "sources");
    cc_wbuf__putc(b, '\n');

    put_count(b, r->contradictions, "contradicting claim", "contradicting claims");
    cc_wbuf__puts(b, ", ");
    put_count(b, r->minor, "minor discrepancy", "minor discrepancies");
    cc_wbuf__puts(b, ", ");
    cc_wbuf__uint(b, r->unchecked);
    cc_wbuf__puts(b, " unchecked \xC2\xB7 currency ");
    if (r->currency[0])
        put_clean(b, r->currency);
    else
        cc_wbuf__puts(b, "per group");
    cc_wbuf__puts(b, " \xC2\xB7 rates \xC2\xB1");
    put_count(b, (size_t)(r->opts.fx_window_days < 0 ? 0 : r->opts.fx_window_days), "day", "days");
    cc_wbuf__puts(b, r->opts.lenient ? " \xC2\xB7 lenient intervals\n"
                                     : " \xC2\xB7 strict intervals\n");
    cc_wbuf__puts(b, "marks: \xE2\x9C\x93 agrees  \xE2\x89\x88 agrees leniently  ~ minor "
                     "discrepancy  \xE2\x9C\x97 contradicts  ? unchecked\n\n");
}

static void put_source_name(cc_wbuf *b, const cc_claimset *set, const cc_source *s)
{
    put_clean(b, cc_claimset__str(set, s->id));
    if (s->name) {
        cc_wbuf__puts(b, " (");
        put_clean(b, cc_claimset__str(set, s->name));
        cc_wbuf__putc(b, ')');
    }
}

static void put_number_col(cc_wbuf *b, uint64_t v, size_t width)
{
    char tmp[24];
    int n = snprintf(tmp, sizeof tmp, "%llu", (unsigned long long)v);
    cc_wbuf__fill(b, ' ', width > (size_t)n ? width - (size_t)n : 1);
    cc_wbuf__put(b, tmp, (size_t)n);
}

static void put_sources(cc_wbuf *b, const cc_report *r, cc_wbuf *tmp)
{
    static const char *const cols[] = {"claims", "agrees", "minor", "contradicts", "unchecked"};
    const cc_claimset *set = r->set;
    size_t w = strlen("source");
    for (size_t i = 0; i < set->nsources; i++) {
        size_t n;
        tmp->len = 0;
        put_source_name(tmp, set, &set->sources[i]);
        n = tmp->failed ? 0 : cc_writer__width(tmp->data, tmp->len);
        w = n > w ? n : w;
    }
    w = w > TABLE_COL_MAX ? TABLE_COL_MAX : w;
    cc_wbuf__puts(b, "source");
    cc_wbuf__fill(b, ' ', w - strlen("source"));
    for (size_t c = 0; c < 5; c++) {
        cc_wbuf__puts(b, "  ");
        cc_wbuf__puts(b, cols[c]);
    }
    cc_wbuf__putc(b, '\n');
    for (size_t i = 0; i < set->nsources; i++) {
        cc_source_tally t = {0, 0, 0, 0, 0};
        size_t start = b->len;
        uint32_t v[5];
        if (r->tallies)
            t = r->tallies[i];
        v[0] = t.claims, v[1] = t.agrees, v[2] = t.minor, v[3] = t.contradicts;
        v[4] = t.unchecked;
        put_source_name(b, set, &set->sources[i]);
        pad_from(b, start, w);
        for (size_t c = 0; c < 5; c++)
            put_number_col(b, v[c], strlen(cols[c]) + 2);
        cc_wbuf__putc(b, '\n');
    }
}

cc_status cc_writer__text(const cc_report *r, cc_wbuf *b, cc_error *err)
{
    cc_wbuf tmp = {NULL, 0, 0, 0};
    cc_status st = CC_OK;
    put_header(b, r);
    for (size_t i = 0; i < r->ngroups; i++)
        put_group(b, r, i, &tmp);
    put_sources(b, r, &tmp);
    if (tmp.failed)
        st = cc_error__msg(err, CC_ENOMEM, "out of memory writing the report");
    free(tmp.data);
    return st;
}
