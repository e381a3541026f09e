/*
 * writer.c - what the two report writers (json_out.c, text_out.c) share
 * (writer.h): the growable output buffer, UTF-8 checks, the shortest
 * round-trip formatting of numbers, names of reasons and relations, and
 * cc_report_write(), which picks the writer.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "report.h"
#include "writer.h"

/* ------------------------------------------------------------------ */
/* Buffer                                                              */
/* ------------------------------------------------------------------ */

int cc_wbuf__grow(cc_wbuf *b, size_t n)
{
    size_t need, ncap;
    char *p;
    if (b->failed)
        return -1;
    if (n > SIZE_MAX - b->len - 1)
        goto fail;
    need = b->len + n + 1;
    if (need <= b->cap)
        return 0;
    ncap = b->cap ? b->cap : 4096;
    while (ncap < need) {
        if (ncap > SIZE_MAX / 2) {
            ncap = need;
            break;
        }
        ncap *= 2;
    }
    p = cc__realloc(b->data, ncap);
    if (!p)
        goto fail;
    b->data = p;
    b->cap = ncap;
    return 0;
fail:
    b->failed = 1;
    return -1;
}

void cc_wbuf__fill(cc_wbuf *b, char c, size_t n)
{
    if (b->cap - b->len <= n && cc_wbuf__grow(b, n) != 0)
        return;
    memset(b->data + b->len, c, n);
    b->len += n;
}

void cc_wbuf__uint(cc_wbuf *b, uint64_t v)
{
    char tmp[24];
    size_t i = sizeof tmp;
    do {
        tmp[--i] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    cc_wbuf__put(b, tmp + i, sizeof tmp - i);
}

void cc_wbuf__int(cc_wbuf *b, int64_t v)
{
    if (v < 0) {
        cc_wbuf__putc(b, '-');
        cc_wbuf__uint(b, (uint64_t)0 - (uint64_t)v);
    } else {
        cc_wbuf__uint(b, (uint64_t)v);
    }
}

/* ------------------------------------------------------------------ */
/* UTF-8                                                               */
/* ------------------------------------------------------------------ */

size_t cc_writer__utf8_seq(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t len;
    unsigned lo = 0x80, hi = 0xBF;
    if (u[0] >= 0xC2 && u[0] <= 0xDF)
        len = 2;
    else if (u[0] >= 0xE0 && u[0] <= 0xEF)
        len = 3;
    else if (u[0] >= 0xF0 && u[0] <= 0xF4)
        len = 4;
    else
        return 0;
    if (n < len)
        return 0;
    /* the second byte's range excludes overlongs, surrogates, > U+10FFFF */
    if (u[0] == 0xE0)
        lo = 0xA0;
    else if (u[0] == 0xED)
        hi = 0x9F;
    else if (u[0] == 0xF0)
        lo = 0x90;
    else if (u[0] == 0xF4)
        hi = 0x8F;
    if (u[1] < lo || u[1] > hi)
        return 0;
    for (size_t i = 2; i < len; i++)
        if (u[i] < 0x80 || u[i] > 0xBF)
            return 0;
    return len;
}

size_t cc_writer__width(const char *s, size_t n)
{
    size_t w = 0;
    for (size_t i = 0; i < n; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80)
            w++;
    return w;
}

/* ------------------------------------------------------------------ */
/* Numbers                                                             */
/* ------------------------------------------------------------------ */

static const double pow10_exact[23] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                       1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                       1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

static int strip_zeros(char *digits, int n, int *exp10)
{
    while (n > 1 && digits[n - 1] == '0') {
        n--;
        (*exp10)++;
    }
    digits[n] = '\0';
    return n;
}

#ifdef __SIZEOF_INT128__
__extension__ typedef unsigned __int128 u128;

/* |a - c * 10^-k| measured in units of 2^-(s+2) * 10^-k, where w is a in
 * those units. */
static u128 distance(uint64_t c, int s, u128 w)
{
    u128 x = (u128)c << (s + 2);
    return x >= w ? x - w : w - x;
}

/* Exact shortest digits for 1e-10 <= a < 1e16 with 128-bit integers:
 * scale a by 10^k so that X = a * 10^k has 17 or 18 digits before the
 * point, bound the interval of reals that read back as a (half an ulp each
 * side, ends included when the mantissa is even, as strtod rounds ties to
 * even), and pick within it the integer with the most trailing zeros,
 * nearest to X. Returns 0 when a is out of this range. */
static int shortest_exact(double a, uint64_t *out, int *exp10)
{
    int ex, e, k, s, inclusive;
    uint64_t m, p5 = 1, p10, lo_n, hi_n, x;
    u128 w, lo, hi, one;
    if (!(a >= 1e-10 && a < 1e16))
        return 0;
    m = (uint64_t)ldexp(frexp(a, &ex), 53); /* a = m * 2^e, m < 2^53 */
    e = ex - 53;
    /* floor(log10(a)) or one less: X = a * 10^k lies in [1e17, 1e19) */
    k = 17 - (int)floor((ex - 1) * 0.30102999566398120);
    if (k < 0 || k > 27)
        return 0;
    for (int i = 0; i < k; i++)
        p5 *= 5;
    s = -(e + k); /* X = m * 5^k / 2^s */
    if (s <= 0 || s > 116)
        return 0;
    inclusive = (m & 1) == 0;
    one = (u128)1 << (s + 2);
    w = (u128)m * p5 * 4;                  /* X in units of 2^-(s+2) */
    hi = (u128)p5 * 2;                     /* half an ulp */
    lo = m == (uint64_t)1 << 52 ? p5 : hi; /* below a power of two the gap halves */
    lo_n = inclusive ? (uint64_t)((w - lo + one - 1) >> (s + 2))
                     : (uint64_t)(((w - lo) >> (s + 2)) + 1);
    hi_n = inclusive ? (uint64_t)((w + hi) >> (s + 2)) : (uint64_t)((w + hi - 1) >> (s + 2));
    x = (uint64_t)(w >> (s + 2));
    /* the largest j such that a multiple of 10^j lies in [lo_n, hi_n]:
     * one exists iff hi_n / 10^j > (lo_n - 1) / 10^j */
    {
        uint64_t h = hi_n, l = lo_n - 1, c1, c2;
        int ok1, ok2;
        p10 = 1;
        while (h / 10 > l / 10) {
            h /= 10;
            l /= 10;
            p10 *= 10;
        }
        c1 = x / p10 * p10;
        c2 = c1 + p10;
        ok1 = c1 > 0 && c1 >= lo_n && c1 <= hi_n;
        ok2 = c2 >= lo_n && c2 <= hi_n;
        if (!ok1 && !ok2)
            return 0;
        if (ok1 && ok2)
            *out = distance(c1, s, w) <= distance(c2, s, w) ? c1 : c2;
        else
            *out = ok1 ? c1 : c2;
    }
    *exp10 = -k;
    return 1;
}
#endif

static int integer_digits(uint64_t im, char digits[24], int *exp10)
{
    static const char pairs[] = "00010203040506070809101112131415161718192021222324252627282930"
                                "31323334353637383940414243444546474849505152535455565758596061"
                                "6263646566676869707172737475767778798081828384858687888990919293"
                                "949596979899";
    char tmp[24];
    int i = (int)sizeof tmp, n;
    while (im % 10 == 0 && im) { /* trailing zeros go to the exponent */
        im /= 10;
        (*exp10)++;
    }
    while (im >= 100) {
        unsigned r = (unsigned)(im % 100);
        im /= 100;
        tmp[--i] = pairs[2 * r + 1];
        tmp[--i] = pairs[2 * r];
    }
    if (im >= 10) {
        tmp[--i] = pairs[2 * im + 1];
        tmp[--i] = pairs[2 * im];
    } else {
        tmp[--i] = (char)('0' + im);
    }
    n = (int)sizeof tmp - i;
    memcpy(digits, tmp + i, (size_t)n);
    digits[n] = '\0';
    return n;
}

int cc_writer__shortest(double v, char digits[24], int *exp10)
{
    double a = fabs(v);
    char buf[40];
    int n = 0, e;
#ifdef __SIZEOF_INT128__
    uint64_t im;
    if (shortest_exact(a, &im, exp10))
        return integer_digits(im, digits, exp10);
#endif

    /* Fast path: |v| == m / 10^k for an integer m < 10^15 and k <= 22.
     * Both m and 10^k are exact doubles, so m / 10^k is one correctly
     * rounded division: exactly what strtod gives for "m e-k". The first k
     * that works has the fewest digits. */
    if (a < 1e15) {
        for (int k = 0; k <= 22; k++) {
            double m = a * pow10_exact[k];
            if (m >= 1e15)
                break;
            m = nearbyint(m);
            if (m != 0 && m / pow10_exact[k] == a) {
                *exp10 = -k;
                return integer_digits((uint64_t)m, digits, exp10);
            }
        }
    }
    /* Slow path (large, tiny, or more than 15 digits): the fewest
     * significant digits whose correctly rounded form reads back, checked
     * with strtod. Below 15 digits only large or tiny values get here. */
    snprintf(buf, sizeof buf, "%.14e", a);
    if (strtod(buf, NULL) == a) {
        for (int p = 1; p < 15; p++) {
            char t[40];
            snprintf(t, sizeof t, "%.*e", p - 1, a);
            if (strtod(t, NULL) == a) {
                memcpy(buf, t, sizeof t);
                break;
            }
        }
    } else {
        snprintf(buf, sizeof buf, "%.15e", a);
        if (strtod(buf, NULL) != a)
            snprintf(buf, sizeof buf, "%.16e", a);
    }
    /* buf is "d.ddd...e[+-]XX" */
    for (const char *c = buf; *c && *c != 'e'; c++)
        if (*c >= '0' && *c <= '9')
            digits[n++] = *c;
    e = atoi(strchr(buf, 'e') + 1);
    *exp10 = e - (n - 1);
    return strip_zeros(digits, n, exp10);
}

size_t cc_writer__json_number(double v, char out[40])
{
    char d[24];
    int e, n, x;
    size_t o = 0;
    if (v == 0) {
        memcpy(out, "0.0", 4);
        return 3;
    }
    n = cc_writer__shortest(v, d, &e);
    x = e + n - 1; /* exponent of the leading digit */
    if (v < 0)
        out[o++] = '-';
    if (x >= -5 && x < 9) {
        if (e >= 0) {
            memcpy(out + o, d, (size_t)n);
            o += (size_t)n;
            for (int i = 0; i < e; i++)
                out[o++] = '0';
            out[o++] = '.';
            out[o++] = '0';
        } else if (n + e > 0) {
            memcpy(out + o, d, (size_t)(n + e));
            o += (size_t)(n + e);
            out[o++] = '.';
            memcpy(out + o, d + n + e, (size_t)-e);
            o += (size_t)-e;
        } else {
            out[o++] = '0';
            out[o++] = '.';
            for (int i = 0; i < -(n + e); i++)
                out[o++] = '0';
            memcpy(out + o, d, (size_t)n);
            o += (size_t)n;
        }
    } else {
        out[o++] = d[0];
        if (n > 1) {
            out[o++] = '.';
            memcpy(out + o, d + 1, (size_t)(n - 1));
            o += (size_t)(n - 1);
        }
        out[o++] = 'e';
        if (x < 0) {
            out[o++] = '-';
            x = -x;
        }
        if (x >= 100)
            out[o++] = (char)('0' + x / 100);
        if (x >= 10)
            out[o++] = (char)('0' + x / 10 % 10);
        out[o++] = (char)('0' + x % 10);
    }
    out[o] = '\0';
    return o;
}

/* ------------------------------------------------------------------ */
/* Names shared with the text writer                                   */
/* ------------------------------------------------------------------ */

const char *cc_writer__reason_name(int reason)
{
    switch (reason) {
    case CC_UNCHECKED_NONE: return "none";
    case CC_UNCHECKED_UNKNOWN_CURRENCY: return "unknown_currency";
    case CC_UNCHECKED_NO_RATE: return "no_rate";
    case CC_UNCHECKED_NO_DATE: return "no_date";
    default: return NULL;
    }
}

const char *cc_writer__relation_name(int relation)
{
    switch (relation) {
    case CC_RELATION_DIFFERENT_SCOPE: return "different_scope";
    case CC_RELATION_DIFFERENT_ATTRIBUTION: return "different_attribution";
    default: return NULL;
    }
}

size_t cc_writer__count_verdict(const cc_report *r, int verdict)
{
    size_t n = 0;
    for (size_t i = 0; i < r->ngroups; i++)
        n += r->groups[i].verdict == verdict;
    return n;
}

/* ------------------------------------------------------------------ */
/* Public entry point                                                  */
/* ------------------------------------------------------------------ */

cc_status cc_report_write(const cc_report *report, cc_format format, char **out, size_t *len,
                          cc_error *err)
{
    cc_wbuf b = {NULL, 0, 0, 0};
    cc_status st;
    cc_error__clear(err);
    if (out)
        *out = NULL;
    if (len)
        *len = 0;
    if (!report || !report->set || !out) {
        st = cc_error__msg(err, CC_EINVAL, "cc_report_write needs a report and an out pointer");
        goto done;
    }
    /* about 300 bytes a claim in JSON, 120 in text: one allocation up front */
    if (cc_wbuf__grow(&b, report->nclaims * (format == CC_FORMAT_TEXT ? 128 : 320) + 4096) != 0) {
        st = cc_error__msg(err, CC_ENOMEM, "out of memory writing the report");
        goto done;
    }
    if (format == CC_FORMAT_JSON)
        st = cc_writer__json(report, &b, err);
    else if (format == CC_FORMAT_TEXT)
        st = cc_writer__text(report, &b, err);
    else
        st = cc_error__msg(err, CC_EINVAL, "unknown report format %d", (int)format);
    if (st == CC_OK && b.failed)
        st = cc_error__msg(err, CC_ENOMEM, "out of memory writing the report");
    if (st != CC_OK)
        goto done;
    b.data[b.len] = '\0';
    *out = b.data;
    if (len)
        *len = b.len;
    b.data = NULL;
done:
    free(b.data);
    return st;
}
