/*
 * quantity.c - a quantity as written (exact decimal digits, scale, unit,
 * hedge) and the interval it stands for (DESIGN.md "Quantities as
 * intervals"). Parsing text lives in numparse.c.
 */
#include "quantity.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common.h"

/* ------------------------------------------------------------------ */
/* Names                                                               */
/* ------------------------------------------------------------------ */

static const char *const hedge_names[] = {
    "exact",      "approx",     "approx_below", "approx_above", "lower_strict",
    "lower_incl", "upper_incl", "upper_strict", "range",
};

static const char *const dimension_names[] = {
    "currency", "percent", "points", "count", "ratio", "measure",
};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

const char *cc_hedge_name(cc_hedge hedge)
{
    if ((unsigned)hedge >= COUNT(hedge_names))
        return NULL;
    return hedge_names[hedge];
}

cc_status cc_hedge_from_name(cc_hedge *out, const char *name)
{
    if (!out || !name)
        return CC_EINVAL;
    for (size_t i = 0; i < COUNT(hedge_names); i++) {
        if (strcmp(name, hedge_names[i]) == 0) {
            *out = (cc_hedge)i;
            return CC_OK;
        }
    }
    return CC_EINVAL;
}

const char *cc_dimension_name(cc_dimension dim)
{
    if ((unsigned)dim >= COUNT(dimension_names))
        return NULL;
    return dimension_names[dim];
}

/* ------------------------------------------------------------------ */
/* Decimals                                                            */
/* ------------------------------------------------------------------ */

/* Exponents beyond this are out of range for any double anyway. */
#define EXP_LIMIT 100000

cc_status cc_decimal__parse(cc_decimal *dec, const char *s, size_t len)
{
    size_t i = 0;
    int ndig = 0;

    memset(dec, 0, sizeof *dec);
    if (i < len && (s[i] == '-' || s[i] == '+'))
        dec->neg = s[i++] == '-';
    for (; i < len && s[i] >= '0' && s[i] <= '9'; i++, ndig++)
        if (cc_decimal__push(dec, s[i], 0) != 0)
            return CC_ERANGE;
    if (i < len && s[i] == '.') {
        i++;
        for (; i < len && s[i] >= '0' && s[i] <= '9'; i++, ndig++)
            if (cc_decimal__push(dec, s[i], 1) != 0)
                return CC_ERANGE;
    }
    if (ndig == 0)
        return CC_EQUANTITY;
    if (i < len && (s[i] == 'e' || s[i] == 'E')) {
        int eneg = 0;
        long e = 0;
        size_t start;
        i++;
        if (i < len && (s[i] == '-' || s[i] == '+'))
            eneg = s[i++] == '-';
        start = i;
        for (; i < len && s[i] >= '0' && s[i] <= '9'; i++)
            if (e < EXP_LIMIT)
                e = e * 10 + (s[i] - '0');
        if (i == start)
            return CC_EQUANTITY;
        if (e >= EXP_LIMIT)
            return CC_ERANGE;
        dec->exp += eneg ? -(int)e : (int)e;
    }
    if (i != len)
        return CC_EQUANTITY;
    return CC_OK;
}

/* Room for format_decimal's text: the digits are copied whole, all
 * CC_DIGITS_MAX + 1 bytes of them, at up to CC_DIGITS_MAX + 2 bytes in
 * (copies of a known length, no call to memcpy per figure). */
#define FORMAT_ROOM (2 * (CC_DIGITS_MAX + 1) + 2)

/* Write the decimal as "-123.45" into out (FORMAT_ROOM bytes); -1, out
 * untouched, if longer than CC_DIGITS_MAX. */
static int format_decimal(const cc_decimal *dec, char *out)
{
    size_t o = 0, need;
    int zero = dec->n == 1 && dec->d[0] == '0', neg = dec->neg && !zero;
    char dig[2 * sizeof dec->d]; /* the digits, and room to copy from past them */

    if (dec->exp > CC_DIGITS_MAX || dec->exp < -CC_DIGITS_MAX)
        return -1;
    /* the length first, so that the text is written in place */
    if (dec->exp >= 0)
        need = (size_t)(neg + dec->n + (zero ? 0 : dec->exp));
    else if (dec->n + dec->exp <= 0)
        need = (size_t)(neg + 2 - (dec->n + dec->exp) + dec->n);
    else
        need = (size_t)(neg + dec->n + 1);
    if (need > CC_DIGITS_MAX)
        return -1;
    memcpy(dig, dec->d, sizeof dec->d);
    if (neg)
        out[o++] = '-';
    if (dec->exp >= 0) {
        memcpy(out + o, dig, sizeof dec->d);
        o += (size_t)dec->n;
        if (!zero)
            for (int k = 0; k < dec->exp; k++)
                out[o++] = '0';
    } else {
        int frac = -dec->exp;
        int intlen = dec->n - frac;
        if (intlen <= 0) {
            out[o++] = '0';
            out[o++] = '.';
            for (int k = 0; k < -intlen; k++)
                out[o++] = '0';
            memcpy(out + o, dig, sizeof dec->d);
            o += (size_t)dec->n;
        } else {
            memcpy(out + o, dig, sizeof dec->d);
            o += (size_t)intlen;
            out[o++] = '.';
            memcpy(out + o, dig + intlen, sizeof dec->d);
            o += (size_t)frac;
        }
    }
    out[o] = '\0';
    return 0;
}

/* The exponent of the place value of the last significant digit. */
static int decimal_ulp(const cc_decimal *dec)
{
    int ulp = dec->exp;
    if (!dec->point)
        for (int k = dec->n - 1; k > 0 && dec->d[k] == '0'; k--)
            ulp++;
    return ulp;
}

/* d × 10^e exactly rounded when d < 2^53 and |e| <= 22 (both factors are
 * exact doubles, so one rounding); -1 when the slow path is needed. */
static double fast_value(const cc_decimal *dec, int e)
{
    static const double p10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                 1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    double m = 0;
    if (dec->n > 15 || e > 22 || e < -22)
        return -1;
    for (int k = 0; k < dec->n; k++)
        m = m * 10 + (dec->d[k] - '0');
    return e >= 0 ? m * p10[e] : m / p10[-e];
}

cc_status cc_quantity__set_end(cc_quantity *q, int high, const cc_decimal *dec, int scale)
{
    char text[FORMAT_ROOM];
    char num[CC_DIGITS_MAX + 24];
    double v;
    int ulp;

    if (dec->n < 1 || scale < -40 || scale > 400 || format_decimal(dec, text) != 0)
        return CC_ERANGE;
    v = fast_value(dec, dec->exp + scale);
    if (v < 0) {
        snprintf(num, sizeof num, "%s%se%d", dec->neg ? "-" : "", dec->d, dec->exp + scale);
        v = strtod(num, NULL); /* no decimal point: independent of LC_NUMERIC */
    } else if (dec->neg) {
        v = -v;
    }
    if (!isfinite(v))
        return CC_ERANGE;
    if (v == 0.0 && !(dec->n == 1 && dec->d[0] == '0'))
        return CC_ERANGE; /* underflow */
    ulp = decimal_ulp(dec) + scale;
    if (ulp > 400 || ulp < -400)
        return CC_ERANGE;
    if (high) {
        memcpy(q->digits_high, text, sizeof q->digits_high);
        q->value_high = v;
        q->ulp_high = (int16_t)ulp;
    } else {
        memcpy(q->digits, text, sizeof q->digits);
        memcpy(q->digits_high, text, sizeof q->digits_high);
        q->value = q->value_high = v;
        q->ulp = q->ulp_high = (int16_t)ulp;
        q->scale = (int16_t)scale;
    }
    return CC_OK;
}

cc_status cc_quantity__set_unit(cc_quantity *q, const char *unit)
{
    char canon[8];
    int dim = cc_unit__canonical(unit, canon);
    if (dim < 0)
        return CC_ECURRENCY;
    memcpy(q->unit, canon, sizeof q->unit);
    q->dimension = (uint8_t)dim;
    return CC_OK;
}

/* "7.3" <-> "-7.3" in place (digits hold at most CC_DIGITS_MAX bytes). */
static void flip_digits(char *d)
{
    size_t n = strlen(d);
    if (d[0] == '-') {
        memmove(d, d + 1, n);
    } else if (n < CC_DIGITS_MAX && strcmp(d, "0") != 0) {
        memmove(d + 1, d, n + 1);
        d[0] = '-';
    }
}

int cc_quantity__negate(cc_quantity *q)
{
    double v = q->value;
    int16_t u = q->ulp;
    char tmp[CC_DIGITS_MAX + 1];
    if ((q->digits[0] != '-' && strlen(q->digits) >= CC_DIGITS_MAX) ||
        (q->digits_high[0] != '-' && strlen(q->digits_high) >= CC_DIGITS_MAX))
        return 0; /* no room for the sign */
    switch ((cc_hedge)q->hedge) {
    case CC_HEDGE_EXACT:
    case CC_HEDGE_APPROX: break;
    case CC_HEDGE_APPROX_BELOW: q->hedge = CC_HEDGE_APPROX_ABOVE; break;
    case CC_HEDGE_APPROX_ABOVE: q->hedge = CC_HEDGE_APPROX_BELOW; break;
    case CC_HEDGE_RANGE:
        /* -(A..B) = -B..-A */
        q->value = -q->value_high;
        q->value_high = -v;
        q->ulp = q->ulp_high;
        q->ulp_high = u;
        memcpy(tmp, q->digits, sizeof tmp);
        memcpy(q->digits, q->digits_high, sizeof tmp);
        memcpy(q->digits_high, tmp, sizeof tmp);
        flip_digits(q->digits);
        flip_digits(q->digits_high);
        return 1;
    default: return 0;
    }
    q->value = q->value_high = -v;
    flip_digits(q->digits);
    flip_digits(q->digits_high);
    return 1;
}

/* ------------------------------------------------------------------ */
/* Structured quantities                                               */
/* ------------------------------------------------------------------ */

/* A scale written as "1e9" or "1000000000": its exponent, or a status. */
static cc_status parse_scale(const char *s, int *out)
{
    cc_decimal dec;
    cc_status st = cc_decimal__parse(&dec, s, strlen(s));
    int e;
    if (st == CC_ERANGE)
        return st;
    if (st != CC_OK)
        return CC_EQUANTITY;
    if (dec.neg || dec.d[0] != '1')
        return CC_ERANGE;
    for (int k = 1; k < dec.n; k++)
        if (dec.d[k] != '0')
            return CC_ERANGE;
    e = dec.exp + dec.n - 1;
    if (e < 0 || e > 300)
        return CC_ERANGE;
    *out = e;
    return CC_OK;
}

/* "nan", "inf", "-Infinity": well-formed for strtod but never a figure. */
static int is_non_finite(const char *s)
{
    if (*s == '-' || *s == '+')
        s++;
    return cc__ascii_casecmp(s, "nan") == 0 || cc__ascii_casecmp(s, "inf") == 0 ||
           cc__ascii_casecmp(s, "infinity") == 0;
}

static cc_status init_end(cc_quantity *q, int high, const char *s, int scale, cc_error *err)
{
    char tok[64];
    cc_decimal dec;
    cc_status st = cc_decimal__parse(&dec, s, strlen(s));

    cc_error__token(tok, sizeof tok, s, strlen(s));
    if (st == CC_EQUANTITY && is_non_finite(s))
        st = CC_ERANGE;
    if (st == CC_OK)
        st = cc_quantity__set_end(q, high, &dec, scale);
    if (st == CC_EQUANTITY)
        return cc_error__msg(err, st, "invalid value '%s'", tok);
    if (st != CC_OK)
        return cc_error__msg(err, st, "value '%s' out of range", tok);
    return CC_OK;
}

cc_status cc_quantity__init(cc_quantity *q, const char *value, const char *high, const char *scale,
                            const char *unit, cc_hedge hedge, cc_error *err)
{
    char tok[64];
    int sc = 0;
    cc_status st;

    if (!q)
        return cc_error__msg(err, CC_EINVAL, "quantity is null");
    memset(q, 0, sizeof *q);
    if (!value)
        return cc_error__msg(err, CC_EQUANTITY, "missing value");
    if ((unsigned)hedge >= COUNT(hedge_names))
        return cc_error__msg(err, CC_EINVAL, "invalid hedge %d", (int)hedge);
    if (hedge == CC_HEDGE_RANGE && !high)
        return cc_error__msg(err, CC_EQUANTITY, "hedge 'range' needs a high value");
    if (hedge != CC_HEDGE_RANGE && high)
        return cc_error__msg(err, CC_EQUANTITY, "a high value needs hedge 'range'");
    if (scale) {
        cc_error__token(tok, sizeof tok, scale, strlen(scale));
        st = parse_scale(scale, &sc);
        if (st == CC_EQUANTITY)
            return cc_error__msg(err, st, "invalid scale '%s'", tok);
        if (st != CC_OK)
            return cc_error__msg(err, st,
                                 "scale '%s' is not a power of ten such as '1e9' or '1000'", tok);
    }
    st = init_end(q, 0, value, sc, err);
    if (st == CC_OK && high) {
        st = init_end(q, 1, high, sc, err);
        if (st == CC_OK && q->value_high < q->value) {
            cc_error__token(tok, sizeof tok, high, strlen(high));
            st = cc_error__msg(err, CC_EQUANTITY, "range end '%s' is below its start '%s'", tok,
                               q->digits);
        }
    }
    if (st != CC_OK)
        return st;
    if (!unit)
        unit = "count";
    if (cc_quantity__set_unit(q, unit) != CC_OK) {
        cc_error__token(tok, sizeof tok, unit, strlen(unit));
        return cc_error__msg(err, CC_ECURRENCY, "unknown unit '%s'", tok);
    }
    q->hedge = (uint8_t)hedge;
    return CC_OK;
}

cc_status cc_quantity_new(cc_quantity **out, const char *value, const char *high, const char *scale,
                          const char *unit, cc_hedge hedge, cc_error *err)
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
    st = cc_quantity__init(q, value, high, scale, unit, hedge, err);
    if (st != CC_OK)
        goto done;
    *out = q;
    q = NULL;
done:
    free(q);
    return st;
}

void cc_quantity_free(cc_quantity *q)
{
    free(q);
}

/* ------------------------------------------------------------------ */
/* Getters                                                             */
/* ------------------------------------------------------------------ */

const char *cc_quantity_digits(const cc_quantity *q)
{
    return q ? q->digits : "";
}

const char *cc_quantity_digits_high(const cc_quantity *q)
{
    return q ? q->digits_high : "";
}

int cc_quantity_scale(const cc_quantity *q)
{
    return q ? q->scale : 0;
}

double cc_quantity_value(const cc_quantity *q)
{
    return q ? q->value : 0.0;
}

double cc_quantity_value_high(const cc_quantity *q)
{
    return q ? q->value_high : 0.0;
}

const char *cc_quantity_unit(const cc_quantity *q)
{
    return q ? q->unit : "";
}

cc_dimension cc_quantity_dimension(const cc_quantity *q)
{
    return q ? (cc_dimension)q->dimension : CC_DIM_COUNT;
}

cc_hedge cc_quantity_hedge(const cc_quantity *q)
{
    return q ? (cc_hedge)q->hedge : CC_HEDGE_EXACT;
}

const char *cc_quantity_hedge_word(const cc_quantity *q)
{
    return q ? q->hedge_word : "";
}

/* ------------------------------------------------------------------ */
/* Intervals                                                           */
/* ------------------------------------------------------------------ */

/* Above this many units of its last digit a figure's digits were not
 * written but computed: a spelled fraction ("etwa ein Drittel",
 * 33.3333333333 %) has twelve significant digits, and no one writes ten
 * with "about". */
#define WRITTEN_UNITS_MAX 1e9

static double half_width(double x, int ulp, double rel)
{
    double h = pow(10.0, ulp) / 2.0, cap = rel * fabs(x);
    if (fabs(x) >= 2.0 * h * WRITTEN_UNITS_MAX)
        return cap; /* "two-thirds": the writer rounded to the fraction */
    return cap < h ? cap : h;
}

static double approx_width(double x, int ulp, double rel)
{
    double w = pow(10.0, ulp), cap = rel * fabs(x);
    if (fabs(x) >= w * WRITTEN_UNITS_MAX)
        return cap; /* a hedged fraction: as wide as the hedge allows */
    return cap < w ? cap : w;
}

/* Is the interval of a whole count written to the unit ("15 Verletzte")
 * open at its top? Such a count is exact: 15 people are [14.5, 15.5) and
 * do not meet 16 ([15.5, 16.5)). Money, shares and rounded counts keep a
 * closed top: "18 Prozent" and "19 Prozent" may both round 18.5 %, "3,200"
 * and "3,300" both 3,250. */
static int whole_count(const cc_quantity *q, int ulp, double w)
{
    return q->dimension == CC_DIM_COUNT && ulp == 0 && w == 0.5;
}

double cc_quantity__point(const cc_quantity *q)
{
    return q->hedge == CC_HEDGE_RANGE ? (q->value + q->value_high) / 2 : q->value;
}

void cc_quantity__interval(const cc_quantity *q, const cc_interval_params *p, int lenient,
                           cc_interval *out)
{
    static const cc_interval_params defaults = CC_INTERVAL_PARAMS_DEFAULT;
    double x = q->value, w;
    double f = lenient ? 1.0 : 0.0;
    double floor_low = x >= 0 ? 0.0 : -INFINITY;

    if (!p)
        p = &defaults;
    if (lenient)
        f = p->lenient_factor;
    out->low_open = out->high_open = 0;
    switch ((cc_hedge)q->hedge) {
    case CC_HEDGE_APPROX:
        w = approx_width(x, q->ulp, p->approx_rel) * (lenient ? f : 1.0);
        out->low = x - w;
        out->high = x + w;
        break;
    case CC_HEDGE_APPROX_BELOW:
        w = approx_width(x, q->ulp, p->approx_rel) * (lenient ? f : 1.0);
        out->low = x - w;
        out->high = x;
        break;
    case CC_HEDGE_APPROX_ABOVE:
        w = approx_width(x, q->ulp, p->approx_rel) * (lenient ? f : 1.0);
        out->low = x;
        out->high = x + w;
        break;
    case CC_HEDGE_LOWER_STRICT:
        out->low = x;
        out->high = INFINITY;
        out->low_open = out->high_open = 1;
        break;
    case CC_HEDGE_LOWER_INCL:
        out->low = x;
        out->high = INFINITY;
        out->high_open = 1;
        break;
    case CC_HEDGE_UPPER_INCL:
        out->low = floor_low;
        out->low_open = isinf(floor_low) ? 1 : 0;
        out->high = x;
        break;
    case CC_HEDGE_UPPER_STRICT:
        out->low = floor_low;
        out->low_open = isinf(floor_low) ? 1 : 0;
        out->high = x;
        out->high_open = 1;
        break;
    case CC_HEDGE_RANGE:
        if (lenient) {
            out->low = x - f * approx_width(x, q->ulp, p->approx_rel);
            out->high = q->value_high + f * approx_width(q->value_high, q->ulp_high, p->approx_rel);
        } else {
            out->low = x - half_width(x, q->ulp, p->exact_rel);
            w = half_width(q->value_high, q->ulp_high, p->exact_rel);
            out->high = q->value_high + w;
            out->high_open = whole_count(q, q->ulp_high, w);
        }
        break;
    case CC_HEDGE_EXACT:
    default:
        w = half_width(x, q->ulp, p->exact_rel);
        out->low = x - w;
        out->high = x + w;
        out->high_open = whole_count(q, q->ulp, w);
        break;
    }
}

void cc_quantity_interval(const cc_quantity *q, int lenient, double *low, double *high,
                          int *low_open, int *high_open)
{
    cc_interval iv = {0.0, 0.0, 0, 0};
    if (q)
        cc_quantity__interval(q, NULL, lenient ? 1 : 0, &iv);
    if (low)
        *low = iv.low;
    if (high)
        *high = iv.high;
    if (low_open)
        *low_open = iv.low_open;
    if (high_open)
        *high_open = iv.high_open;
}
