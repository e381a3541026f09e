/*
 * rates.c - the exchange-rate table: the built-in ECB history (read in place
 * from the generated rates_table.c, nothing decoded at start-up) plus user
 * rates loaded from CSV files, which add days and currencies and override
 * built-in values. Loading user rates merges everything into one dense
 * matrix of doubles; until then lookups decode the built-in cells.
 */
#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "date.h"
#include "rates.h"

#define EUR_INDEX (-1)
#define UNKNOWN_INDEX (-2)

struct cc_rates {
    size_t ncur;         /* currencies besides EUR */
    uint32_t *keys;      /* packed codes (see pack_code), ncur */
    int32_t *span_first; /* per currency: index of its first day with a rate, -1 if none */
    int32_t *span_last;  /* ... and of its last */
    size_t ndays;
    const int32_t *days; /* ascending day numbers: the built-in ones or owned_days */
    int32_t *owned_days;
    double *vals; /* ncur x ndays, column-major, 0 = none; NULL = built-in only */
    char first_date[11];
    char last_date[11];
};

static const double pow10_table[8] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7};

static uint32_t pack(const char *c)
{
    return (uint32_t)(unsigned char)c[0] | (uint32_t)(unsigned char)c[1] << 8 |
           (uint32_t)(unsigned char)c[2] << 16;
}

/* Pack a code of exactly three upper-case ASCII letters; 0 if it is not one. */
static uint32_t pack_code(const char *code)
{
    if (!code)
        return 0;
    for (int i = 0; i < 3; i++)
        if (code[i] < 'A' || code[i] > 'Z')
            return 0;
    if (code[3] != '\0')
        return 0;
    return pack(code);
}

/* Copy `code` upper-cased into out[4] when it is three ASCII letters. */
static void upper_code(const char *code, char out[4])
{
    size_t i = 0;
    out[0] = '\0';
    if (!code)
        return;
    for (; i < 3 && code[i]; i++)
        out[i] = (char)((code[i] >= 'a' && code[i] <= 'z') ? code[i] - 32 : code[i]);
    out[i] = '\0';
    if (code[i] != '\0')
        out[0] = '\0'; /* longer than three: leave it to fail as is */
}

/* Index of a currency, EUR_INDEX, or UNKNOWN_INDEX. */
static int find_currency(const cc_rates *r, uint32_t key)
{
    static const char eur[] = "EUR";
    if (key == 0)
        return UNKNOWN_INDEX;
    if (key == pack(eur))
        return EUR_INDEX;
    for (size_t i = 0; i < r->ncur; i++)
        if (r->keys[i] == key)
            return (int)i;
    return UNKNOWN_INDEX;
}

static double builtin_rate(size_t c, size_t i)
{
    const cc_rates__column *col = &cc_rates__builtin_columns[c];
    size_t k = i - col->first; /* wraps for i < first */
    uint32_t v;
    if (k >= col->count)
        return 0;
    v = cc_rates__builtin_cells[col->offset + k];
    if (v == 0)
        return 0;
    return (double)(v >> CC_RATES__DECIMAL_BITS) /
           pow10_table[v & ((1u << CC_RATES__DECIMAL_BITS) - 1)];
}

/* Units of currency c per euro on day index i; 0 for none. */
static double rate_at(const cc_rates *r, int c, size_t i)
{
    if (c < 0)
        return 1.0;
    if (r->vals)
        return r->vals[(size_t)c * r->ndays + i];
    return builtin_rate((size_t)c, i);
}

static void set_dates(cc_rates *r)
{
    cc_date__format(r->days[0], r->first_date);
    cc_date__format(r->days[r->ndays - 1], r->last_date);
}

cc_status cc_rates_new(cc_rates **out, cc_error *err)
{
    cc_rates *r = NULL;
    size_t n = cc_rates__builtin_ncur;
    cc_status rc = CC_OK;

    cc_error__clear(err);
    if (!out)
        return cc_error__msg(err, CC_EINVAL, "output pointer is NULL");
    *out = NULL;
    r = cc__calloc(1, sizeof *r);
    if (!r)
        goto nomem;
    r->keys = cc__malloc(n * sizeof *r->keys);
    r->span_first = cc__malloc(n * sizeof *r->span_first);
    r->span_last = cc__malloc(n * sizeof *r->span_last);
    if (!r->keys || !r->span_first || !r->span_last)
        goto nomem;
    r->ncur = n;
    for (size_t c = 0; c < n; c++) {
        const cc_rates__column *col = &cc_rates__builtin_columns[c];
        r->keys[c] = pack(col->code);
        r->span_first[c] = col->count ? (int32_t)col->first : -1;
        r->span_last[c] = col->count ? (int32_t)(col->first + col->count - 1) : -1;
    }
    r->ndays = cc_rates__builtin_ndays;
    r->days = cc_rates__builtin_days;
    set_dates(r);
    *out = r;
    r = NULL;
    goto done;
nomem:
    rc = cc_error__msg(err, CC_ENOMEM, "out of memory creating the rate table");
done:
    cc_rates_free(r);
    return rc;
}

void cc_rates_free(cc_rates *rates)
{
    if (!rates)
        return;
    free(rates->keys);
    free(rates->span_first);
    free(rates->span_last);
    free(rates->owned_days);
    free(rates->vals);
    free(rates);
}

/* ------------------------------------------------------------------ */
/* Merging user rates                                                  */
/* ------------------------------------------------------------------ */

typedef struct day_row {
    int32_t day;
    size_t row;
} day_row;

static int cmp_day_row(const void *a, const void *b)
{
    int32_t x = ((const day_row *)a)->day, y = ((const day_row *)b)->day;
    return (x > y) - (x < y);
}

/* Merge a parsed file into the table; all or nothing. */
static cc_status merge(cc_rates *r, const cc_rates__csv *csv, const char *name, cc_error *err)
{
    day_row *order = NULL;
    size_t *old_at = NULL, *row_at = NULL;
    int *col_of = NULL;
    int32_t *days = NULL, *first = NULL, *last = NULL;
    uint32_t *keys = NULL;
    double *vals = NULL;
    size_t ncur = r->ncur, ndays = 0, i, j, k;
    cc_status rc = CC_OK;

    /* currencies: the existing ones, then new codes that have a rate */
    col_of = cc__malloc(csv->ncodes * sizeof *col_of);
    keys = cc__malloc((r->ncur + csv->ncodes) * sizeof *keys);
    if (!col_of || !keys)
        goto nomem;
    memcpy(keys, r->keys, r->ncur * sizeof *keys);
    for (j = 0; j < csv->ncodes; j++) {
        uint32_t key = pack(csv->codes[j]);
        int have = 0;
        col_of[j] = -1;
        for (k = 0; k < ncur; k++)
            if (keys[k] == key) {
                col_of[j] = (int)k;
                break;
            }
        if (col_of[j] >= 0)
            continue;
        for (i = 0; i < csv->nrows && !have; i++)
            have = csv->values[i * csv->ncodes + j] > 0;
        if (!have)
            continue;
        if (ncur >= CC_RATES__MAX_CURRENCIES) {
            rc = cc_error__set(err, CC_ELIMIT, name, 0, 0, -1,
                               "rate table would hold more than %d currencies",
                               CC_RATES__MAX_CURRENCIES);
            goto done;
        }
        keys[ncur] = key;
        col_of[j] = (int)ncur++;
    }

    /* days: the union of both, ascending */
    order = cc__malloc(csv->nrows * sizeof *order);
    row_at = cc__malloc(csv->nrows * sizeof *row_at);
    old_at = cc__malloc(r->ndays * sizeof *old_at);
    days = cc__malloc((r->ndays + csv->nrows) * sizeof *days);
    if (!order || !row_at || !old_at || !days)
        goto nomem;
    for (i = 0; i < csv->nrows; i++) {
        order[i].day = csv->days[i];
        order[i].row = i;
    }
    qsort(order, csv->nrows, sizeof *order, cmp_day_row);
    for (i = 0, j = 0; i < r->ndays || j < csv->nrows;) {
        int32_t a = i < r->ndays ? r->days[i] : INT32_MAX;
        int32_t b = j < csv->nrows ? order[j].day : INT32_MAX;
        if (i < r->ndays && a <= b)
            old_at[i++] = ndays;
        if (j < csv->nrows && b <= a)
            row_at[order[j++].row] = ndays;
        days[ndays++] = a < b ? a : b;
    }
    if (ndays > CC_RATES__MAX_CELLS / (ncur ? ncur : 1)) {
        rc = cc_error__set(err, CC_ELIMIT, name, 0, 0, -1,
                           "rate table would hold more than %zu cells", CC_RATES__MAX_CELLS);
        goto done;
    }

    /* values: the old table, then the file's rates on top */
    vals = cc__calloc(ncur * ndays, sizeof *vals);
    first = cc__malloc(ncur * sizeof *first);
    last = cc__malloc(ncur * sizeof *last);
    if (!vals || !first || !last)
        goto nomem;
    for (k = 0; k < r->ncur; k++) {
        if (r->span_first[k] < 0)
            continue;
        for (i = (size_t)r->span_first[k]; i <= (size_t)r->span_last[k]; i++)
            vals[k * ndays + old_at[i]] = rate_at(r, (int)k, i);
    }
    for (i = 0; i < csv->nrows; i++)
        for (j = 0; j < csv->ncodes; j++) {
            double v = csv->values[i * csv->ncodes + j];
            if (v > 0 && col_of[j] >= 0)
                vals[(size_t)col_of[j] * ndays + row_at[i]] = v;
        }
    for (k = 0; k < ncur; k++) {
        first[k] = last[k] = -1;
        for (i = 0; i < ndays; i++)
            if (vals[k * ndays + i] > 0) {
                if (first[k] < 0)
                    first[k] = (int32_t)i;
                last[k] = (int32_t)i;
            }
    }

    /* install */
    free(r->keys);
    free(r->span_first);
    free(r->span_last);
    free(r->owned_days);
    free(r->vals);
    r->ncur = ncur;
    r->keys = keys;
    r->span_first = first;
    r->span_last = last;
    r->ndays = ndays;
    r->days = r->owned_days = days;
    r->vals = vals;
    set_dates(r);
    keys = NULL;
    first = last = days = NULL;
    vals = NULL;
    goto done;
nomem:
    rc = cc_error__set(err, CC_ENOMEM, name, 0, 0, -1, "out of memory merging rates");
done:
    free(order);
    free(old_at);
    free(row_at);
    free(col_of);
    free(days);
    free(first);
    free(last);
    free(keys);
    free(vals);
    return rc;
}

cc_status cc_rates_load_buffer(cc_rates *rates, const char *buf, size_t len, const char *name,
                               cc_error *err)
{
    cc_rates__csv csv;
    cc_status rc;

    cc_error__clear(err);
    if (!name)
        name = "<string>";
    if (!rates || (!buf && len))
        return cc_error__set(err, CC_EINVAL, name, 0, 0, -1, "rate table or buffer is NULL");
    rc = cc_rates__csv_parse(&csv, buf, len, name, err);
    if (rc != CC_OK)
        return rc;
    rc = merge(rates, &csv, name, err);
    cc_rates__csv_free(&csv);
    return rc;
}

cc_status cc_rates_load_file(cc_rates *rates, const char *path, cc_error *err)
{
    char *buf = NULL;
    size_t len = 0;
    cc_status rc;

    cc_error__clear(err);
    if (!rates || !path)
        return cc_error__msg(err, CC_EINVAL, "rate table or path is NULL");
    rc = cc__read_file(path, &buf, &len, err);
    if (rc == CC_OK)
        rc = cc_rates_load_buffer(rates, buf, len, strcmp(path, "-") == 0 ? "<stdin>" : path, err);
    free(buf);
    return rc;
}

/* ------------------------------------------------------------------ */
/* Queries                                                             */
/* ------------------------------------------------------------------ */

int cc_rates_has_currency(const cc_rates *rates, const char *code)
{
    char up[4];
    int c;
    if (!rates)
        return 0;
    upper_code(code, up);
    c = find_currency(rates, pack_code(up));
    if (c == EUR_INDEX)
        return 1;
    return c >= 0 && rates->span_first[c] >= 0;
}

const char *cc_rates_first_date(const cc_rates *rates)
{
    return rates ? rates->first_date : NULL;
}

const char *cc_rates_last_date(const cc_rates *rates)
{
    return rates ? rates->last_date : NULL;
}

/* First index whose day is >= day: a branch-free binary search. */
static size_t lower_bound(const cc_rates *r, int64_t day)
{
    const int32_t *base = r->days;
    size_t n = r->ndays;
    while (n > 1) {
        size_t half = n / 2;
        base = base[half - 1] < day ? base + half : base;
        n -= half;
    }
    return (size_t)(base - r->days) + (n == 1 && *base < day);
}

static int pair_ok(const cc_rates *r, int f, int t, size_t i)
{
    return rate_at(r, f, i) > 0 && rate_at(r, t, i) > 0;
}

static cc_status no_rate(const cc_rates *r, int f, int t, const char *from, const char *to,
                         int32_t day, size_t a, size_t b, cc_error *err)
{
    char date[11], edge[11];
    int has_f = f < 0, has_t = t < 0, c;
    const char *code;
    for (size_t i = a; i < b; i++) {
        has_f |= rate_at(r, f, i) > 0;
        has_t |= rate_at(r, t, i) > 0;
    }
    cc_date__format(day, date);
    if (has_f && has_t)
        return cc_error__msg(err, CC_ECURRENCY, "no day with rates for both '%s' and '%s' near %s",
                             from, to, date);
    c = has_f ? t : f;
    code = has_f ? to : from;
    if (r->span_first[c] < 0)
        return cc_error__msg(err, CC_ECURRENCY, "no rate for '%s' near %s (it has no rates)", code,
                             date);
    if (day > r->days[r->span_last[c]]) {
        cc_date__format(r->days[r->span_last[c]], edge);
        return cc_error__msg(err, CC_ECURRENCY, "no rate for '%s' near %s (its rates end %s)", code,
                             date, edge);
    }
    if (day < r->days[r->span_first[c]]) {
        cc_date__format(r->days[r->span_first[c]], edge);
        return cc_error__msg(err, CC_ECURRENCY, "no rate for '%s' near %s (its rates start %s)",
                             code, date, edge);
    }
    return cc_error__msg(err, CC_ECURRENCY, "no rate for '%s' near %s (gap in its rates)", code,
                         date);
}

cc_status cc_rates__fx(const cc_rates *r, const char *from, const char *to, int32_t day, int window,
                       cc_fx *out, cc_error *err)
{
    int f, t, found = 0;
    int32_t d = day;
    int64_t lo, hi;
    size_t a, b, i;
    double low = 0, high = 0;

    if (!r || !from || !to || !out)
        return cc_error__msg(err, CC_EINVAL, "rate table, currency or output is NULL");
    if (window < 0)
        return cc_error__msg(err, CC_EINVAL, "negative rate window %d", window);
    f = find_currency(r, pack_code(from));
    t = find_currency(r, pack_code(to));
    if (f == UNKNOWN_INDEX || t == UNKNOWN_INDEX) {
        char tok[32];
        const char *bad = f == UNKNOWN_INDEX ? from : to;
        cc_error__token(tok, sizeof tok, bad, strnlen(bad, 16));
        return cc_error__msg(err, CC_ECURRENCY, "unknown currency '%s'", tok);
    }
    out->after_table = day > r->days[r->ndays - 1];
    if (f == t) {
        out->low = out->high = 1.0;
        out->first_day = out->last_day = day;
        return CC_OK;
    }
    if (day < r->days[0]) {
        char date[11];
        cc_date__format(day, date);
        return cc_error__msg(err, CC_EDATE, "date %s is before the rate table's first day %s", date,
                             r->first_date);
    }
    if (out->after_table)
        d = r->days[r->ndays - 1];

    lo = (int64_t)d - window;
    hi = (int64_t)d + window;
    a = lower_bound(r, lo);
    for (b = a; b < r->ndays && r->days[b] <= hi; b++)
        ;
    /* move each end outward to the nearest day with rates for both */
    if (!(a < r->ndays && r->days[a] == lo && pair_ok(r, f, t, a)))
        for (i = a; i-- > 0 && r->days[i] >= lo - CC_RATES__MAX_WIDEN;)
            if (pair_ok(r, f, t, i)) {
                a = i;
                break;
            }
    if (!(b > 0 && r->days[b - 1] == hi && pair_ok(r, f, t, b - 1)))
        for (i = b; i < r->ndays && r->days[i] <= hi + CC_RATES__MAX_WIDEN; i++)
            if (pair_ok(r, f, t, i)) {
                b = i + 1;
                break;
            }
    for (i = a; i < b; i++) {
        double rf = rate_at(r, f, i), rt = rate_at(r, t, i), x;
        if (!(rf > 0 && rt > 0))
            continue;
        x = rt / rf;
        if (!found) {
            low = high = x;
            out->first_day = r->days[i];
            found = 1;
        } else {
            low = x < low ? x : low;
            high = x > high ? x : high;
        }
        out->last_day = r->days[i];
    }
    if (!found)
        return no_rate(r, f, t, from, to, day, a, b, err);
    out->low = low;
    out->high = high;
    return CC_OK;
}

cc_status cc_rates_convert(const cc_rates *rates, double amount, const char *from, const char *to,
                           const char *date, int window_days, double *low, double *high,
                           char *first_day, char *last_day, cc_error *err)
{
    char f[4], t[4], tok[32];
    int32_t day;
    cc_fx fx;
    cc_status rc;

    cc_error__clear(err);
    if (!rates || !from || !to || !date || !low || !high)
        return cc_error__msg(err, CC_EINVAL, "NULL argument to cc_rates_convert");
    if (cc_date__parse(date, strlen(date), &day) != 0) {
        cc_error__token(tok, sizeof tok, date, strnlen(date, 16));
        return cc_error__msg(err, CC_EDATE, "invalid date '%s' (expected YYYY-MM-DD)", tok);
    }
    upper_code(from, f);
    upper_code(to, t);
    if (!pack_code(f) || !pack_code(t)) {
        const char *bad = !pack_code(f) ? from : to;
        cc_error__token(tok, sizeof tok, bad, strnlen(bad, 16));
        return cc_error__msg(err, CC_ECURRENCY, "unknown currency '%s'", tok);
    }
    rc = cc_rates__fx(rates, f, t, day, window_days, &fx, err);
    if (rc != CC_OK)
        return rc;
    *low = amount * fx.low;
    *high = amount * fx.high;
    if (*low > *high) { /* a negative amount */
        double swap = *low;
        *low = *high;
        *high = swap;
    }
    if (first_day)
        cc_date__format(fx.first_day, first_day);
    if (last_day)
        cc_date__format(fx.last_day, last_day);
    return CC_OK;
}
