/*
 * rates_csv.c - read a user rate file in the ECB CSV layout: a header
 * "Date,USD,JPY,..." then one row a day, "YYYY-MM-DD" and units of each
 * currency per euro. Trailing commas, "N/A" or empty cells, CRLF line ends,
 * a UTF-8 BOM, blank lines and spaces around cells are tolerated. Rows may
 * come in any order; a date may appear only once in a file.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "date.h"
#include "rates.h"

typedef struct parser {
    const char *buf;
    size_t len;
    const char *name;
    cc_error *err;
    int line;          /* 1-based number of the current line */
    size_t line_start; /* byte offset where column 1 of the current line is */
} parser;

/* Where each row came from, to report duplicate dates. */
typedef struct row_pos {
    int32_t day;
    int line;
    int column;
    size_t offset;
} row_pos;

typedef struct cell {
    const char *s; /* trimmed text */
    size_t n;
    size_t at; /* byte offset of s */
} cell;

static int column_of(const parser *p, size_t at)
{
    int col = 1;
    for (size_t i = p->line_start; i < at && i < p->len; i++)
        if (((unsigned char)p->buf[i] & 0xC0) != 0x80)
            col++;
    return col;
}

static cc_status fail(const parser *p, cc_status code, size_t at, const char *fmt, ...)
    CC_PRINTF(4, 5);

static cc_status fail(const parser *p, cc_status code, size_t at, const char *fmt, ...)
{
    char msg[CC_ERROR_MESSAGE_LENGTH];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    return cc_error__set(p->err, code, p->name, p->line, column_of(p, at), (int64_t)at, "%s", msg);
}

static int is_blank(char c)
{
    return c == ' ' || c == '\t';
}

/* The next cell of line [*pos, end): trimmed; *pos moves past its comma.
 * Returns 1 if a comma ended the cell (another cell follows). */
static int next_cell(const parser *p, size_t *pos, size_t end, cell *out)
{
    size_t i = *pos, e;
    const char *comma = memchr(p->buf + i, ',', end - i);
    e = comma ? (size_t)(comma - p->buf) : end;
    *pos = comma ? e + 1 : end;
    while (i < e && is_blank(p->buf[i]))
        i++;
    while (e > i && is_blank(p->buf[e - 1]))
        e--;
    out->s = p->buf + i;
    out->n = e - i;
    out->at = i;
    return comma != NULL;
}

/* Cells of a line; *last_empty tells whether a comma is followed only by blanks. */
static size_t count_cells(const char *s, size_t n, int *last_empty)
{
    size_t cells = 1, last = 0;
    for (size_t i = 0; i < n; i++)
        if (s[i] == ',') {
            cells++;
            last = i + 1;
        }
    *last_empty = 0;
    if (cells > 1) {
        while (last < n && is_blank(s[last]))
            last++;
        *last_empty = last == n;
    }
    return cells;
}

static void token(char *out, size_t size, const cell *c)
{
    cc_error__token(out, size, c->s, c->n > 40 ? 40 : c->n);
}

/* A positive finite decimal "123", "1.053", ".5" without sign or exponent;
 * locale independent, correctly rounded up to 15 significant digits.
 * Returns 0 and the value, or -1 if the text is not such a decimal. */
static int parse_decimal(const char *s, size_t n, double *out)
{
    static const double pow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                   1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                   1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    uint64_t mant = 0;
    int digits = 0, exp10 = 0, seen_point = 0, any = 0;
    double v;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c == '.' && !seen_point) {
            seen_point = 1;
            continue;
        }
        if (c < '0' || c > '9')
            return -1;
        any = 1;
        if (mant == 0 && c == '0') {
            if (seen_point)
                exp10--;
            continue;
        }
        if (digits < 19) {
            mant = mant * 10 + (uint64_t)(c - '0');
            digits++;
            if (seen_point)
                exp10--;
        } else if (!seen_point) {
            exp10++; /* dropped integer digit */
        }
    }
    if (!any)
        return -1;
    while (mant != 0 && mant % 10 == 0 && exp10 < 0) {
        mant /= 10;
        exp10++;
    }
    if (mant <= ((uint64_t)1 << 53) && exp10 >= -22 && exp10 <= 22)
        v = exp10 < 0 ? (double)mant / pow10[-exp10] : (double)mant * pow10[exp10];
    else
        v = (double)mant * pow(10.0, exp10);
    *out = v;
    return 0;
}

static cc_status parse_header(parser *p, size_t start, size_t end, cc_rates__csv *out)
{
    size_t pos = start, cap = 0, ncells;
    int last_empty;
    char tok[64];
    cell c;
    cc_status rc = CC_OK;

    ncells = count_cells(p->buf + start, end - start, &last_empty);
    if (last_empty)
        ncells--; /* trailing comma */
    next_cell(p, &pos, end, &c);
    if (c.n != 4 || cc__ascii_ncasecmp(c.s, "Date", 4) != 0) {
        token(tok, sizeof tok, &c);
        return fail(p, CC_ESYNTAX, c.at, "header must start with 'Date', found '%s'", tok);
    }
    if (ncells < 2)
        return fail(p, CC_ESYNTAX, c.at, "header has no currency columns");
    if (ncells - 1 > CC_RATES__MAX_CURRENCIES)
        return fail(p, CC_ELIMIT, c.at, "header has more than %d currencies",
                    CC_RATES__MAX_CURRENCIES);
    for (size_t k = 1; k < ncells; k++) {
        char code[4];
        next_cell(p, &pos, end, &c);
        token(tok, sizeof tok, &c);
        if (c.n != 3)
            goto not_code;
        for (int i = 0; i < 3; i++) {
            char ch = c.s[i];
            if (ch >= 'a' && ch <= 'z')
                ch = (char)(ch - 32);
            if (ch < 'A' || ch > 'Z')
                goto not_code;
            code[i] = ch;
        }
        code[3] = '\0';
        if (strcmp(code, "EUR") == 0)
            return fail(p, CC_ECURRENCY, c.at, "'%s' is the base currency and cannot be a column",
                        tok);
        for (size_t j = 0; j < out->ncodes; j++)
            if (strcmp(out->codes[j], code) == 0)
                return fail(p, CC_ECURRENCY, c.at, "duplicate currency '%s' in header", tok);
        if (cc__grow((void **)&out->codes, &cap, out->ncodes + 1, sizeof *out->codes) != 0)
            return cc_error__set(p->err, CC_ENOMEM, p->name, 0, 0, -1, "out of memory");
        memcpy(out->codes[out->ncodes++], code, 4);
        continue;
    not_code:
        if (c.n == 0)
            return fail(p, CC_ECURRENCY, c.at, "empty currency code in header");
        return fail(p, CC_ECURRENCY, c.at, "header cell '%s' is not a three-letter currency code",
                    tok);
    }
    return rc;
}

static cc_status parse_row(parser *p, size_t start, size_t end, cc_rates__csv *out, size_t *val_cap,
                           size_t *day_cap, row_pos **pos_arr, size_t *pos_cap)
{
    size_t pos = start, want = out->ncodes + 1, ncells;
    int last_empty;
    double *row;
    char tok[64];
    cell c;

    /* "a,b," is two cells and a trailing comma, or three with an empty last one */
    ncells = count_cells(p->buf + start, end - start, &last_empty);
    if (last_empty && ncells == want + 1)
        ncells = want;
    if (ncells != want) {
        if (last_empty && ncells > want)
            ncells--;
        size_t at = end;
        if (ncells > want) {
            for (size_t k = 0; k < want; k++)
                next_cell(p, &pos, end, &c);
            next_cell(p, &pos, end, &c);
            at = c.at;
        }
        return fail(p, CC_ESYNTAX, at, "row has %zu cells, expected %zu", ncells, want);
    }
    if (cc__grow((void **)&out->days, day_cap, out->nrows + 1, sizeof *out->days) != 0 ||
        cc__grow((void **)pos_arr, pos_cap, out->nrows + 1, sizeof **pos_arr) != 0 ||
        cc__grow((void **)&out->values, val_cap, (out->nrows + 1) * out->ncodes,
                 sizeof *out->values) != 0)
        return cc_error__set(p->err, CC_ENOMEM, p->name, 0, 0, -1, "out of memory");

    next_cell(p, &pos, end, &c);
    if (cc_date__parse(c.s, c.n, &out->days[out->nrows]) != 0) {
        token(tok, sizeof tok, &c);
        return fail(p, CC_ESYNTAX, c.at, "invalid date '%s' (expected YYYY-MM-DD)", tok);
    }
    (*pos_arr)[out->nrows].day = out->days[out->nrows];
    (*pos_arr)[out->nrows].line = p->line;
    (*pos_arr)[out->nrows].column = column_of(p, c.at);
    (*pos_arr)[out->nrows].offset = c.at;

    row = out->values + out->nrows * out->ncodes;
    for (size_t j = 0; j < out->ncodes; j++) {
        double v;
        next_cell(p, &pos, end, &c);
        row[j] = 0;
        if (c.n == 0 || (c.n == 3 && cc__ascii_ncasecmp(c.s, "N/A", 3) == 0))
            continue;
        token(tok, sizeof tok, &c);
        if (parse_decimal(c.s, c.n, &v) != 0)
            return fail(p, CC_ESYNTAX, c.at, "invalid rate '%s' for %s", tok, out->codes[j]);
        if (!(v > 0))
            return fail(p, CC_ESYNTAX, c.at, "rate '%s' for %s is not positive", tok,
                        out->codes[j]);
        if (!isfinite(v))
            return fail(p, CC_ESYNTAX, c.at, "rate '%s' for %s is out of range", tok,
                        out->codes[j]);
        row[j] = v;
    }
    out->nrows++;
    return CC_OK;
}

static int cmp_row_pos(const void *a, const void *b)
{
    const row_pos *x = a, *y = b;
    if (x->day != y->day)
        return x->day < y->day ? -1 : 1;
    return (x->line > y->line) - (x->line < y->line);
}

/* Report the duplicate date whose second occurrence comes first in the file. */
static cc_status check_duplicates(parser *p, row_pos *rows, size_t n)
{
    const row_pos *dup = NULL, *orig = NULL;
    char date[11];
    if (n < 2)
        return CC_OK;
    qsort(rows, n, sizeof *rows, cmp_row_pos);
    for (size_t i = 1; i < n; i++)
        if (rows[i].day == rows[i - 1].day && (!dup || rows[i].line < dup->line)) {
            dup = &rows[i];
            orig = &rows[i - 1];
            while (orig > rows && (orig - 1)->day == dup->day)
                orig--;
        }
    if (!dup)
        return CC_OK;
    cc_date__format(dup->day, date);
    return cc_error__set(p->err, CC_ESYNTAX, p->name, dup->line, dup->column, (int64_t)dup->offset,
                         "duplicate date '%s' (first on line %d)", date, orig->line);
}

cc_status cc_rates__csv_parse(cc_rates__csv *out, const char *buf, size_t len, const char *name,
                              cc_error *err)
{
    parser p;
    size_t pos = 0, val_cap = 0, day_cap = 0, pos_cap = 0;
    row_pos *rows = NULL;
    int have_header = 0;
    cc_status rc = CC_OK;

    memset(out, 0, sizeof *out);
    p.buf = buf ? buf : "";
    p.len = buf ? len : 0;
    p.name = name ? name : "<string>";
    p.err = err;
    p.line = 1;
    p.line_start = 0;
    if (p.len >= 3 && memcmp(p.buf, "\xEF\xBB\xBF", 3) == 0)
        pos = p.line_start = 3;

    while (pos < p.len) {
        const char *nl = memchr(p.buf + pos, '\n', p.len - pos);
        size_t end = nl ? (size_t)(nl - p.buf) : p.len, s = pos, e = end;
        if (e > s && p.buf[e - 1] == '\r')
            e--;
        while (s < e && is_blank(p.buf[s]))
            s++;
        if (s < e) {
            if (!have_header) {
                rc = parse_header(&p, pos, e, out);
                have_header = 1;
            } else {
                rc = parse_row(&p, pos, e, out, &val_cap, &day_cap, &rows, &pos_cap);
            }
            if (rc != CC_OK)
                goto done;
        }
        if (!nl)
            break;
        pos = end + 1;
        p.line++;
        p.line_start = pos;
    }
    if (!have_header) {
        p.line = 1;
        p.line_start = 0;
        rc = fail(&p, CC_ESYNTAX, 0, "empty rates file");
        goto done;
    }
    rc = check_duplicates(&p, rows, out->nrows);
done:
    free(rows);
    if (rc != CC_OK)
        cc_rates__csv_free(out);
    return rc;
}

void cc_rates__csv_free(cc_rates__csv *csv)
{
    if (!csv)
        return;
    free(csv->codes);
    free(csv->days);
    free(csv->values);
    memset(csv, 0, sizeof *csv);
}
