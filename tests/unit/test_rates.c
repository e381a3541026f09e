/*
 * test_rates.c - the built-in ECB table, the rate window, cross rates,
 * user rate files (overrides, new currencies) and their errors.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "date.h"
#include "rates.h"
#include "testutil.h"

static cc_rates *rates;

static void setup(void)
{
    cc_error err;
    ck_assert_int_eq(cc_rates_new(&rates, &err), CC_OK);
}

static void teardown(void)
{
    cc_rates_free(rates);
    rates = NULL;
}

static int32_t day_of(const char *s)
{
    int32_t d = 0;
    ck_assert_int_eq(cc_date__parse(s, strlen(s), &d), 0);
    return d;
}

static cc_fx fx_ok(const char *from, const char *to, const char *date, int window)
{
    cc_fx fx;
    cc_error err;
    cc_error__clear(&err);
    memset(&fx, 0, sizeof fx);
    ck_assert_msg(cc_rates__fx(rates, from, to, day_of(date), window, &fx, &err) == CC_OK,
                  "%s->%s on %s: %s", from, to, date, err.message);
    return fx;
}

static void assert_days(const cc_fx *fx, const char *first, const char *last)
{
    char a[11], b[11];
    cc_date__format(fx->first_day, a);
    cc_date__format(fx->last_day, b);
    ck_assert_str_eq(a, first);
    ck_assert_str_eq(b, last);
}

/* EUR -> code with window 0 on a day that has a rate: that day's rate. */
static double rate_on(const char *code, const char *date)
{
    cc_fx fx = fx_ok("EUR", code, date, 0);
    ck_assert_double_eq(fx.low, fx.high);
    assert_days(&fx, date, date);
    return fx.low;
}

static double min3(double a, double b, double c)
{
    return fmin(a, fmin(b, c));
}

static double max3(double a, double b, double c)
{
    return fmax(a, fmax(b, c));
}

static cc_status load(const char *text, cc_error *err)
{
    return cc_rates_load_buffer(rates, text, strlen(text), "mem.csv", err);
}

/* Byte offset of `needle` in `text`, for error positions. */
static int64_t offset_of(const char *text, const char *needle)
{
    const char *p = strstr(text, needle);
    ck_assert_ptr_nonnull(p);
    return (int64_t)(p - text);
}

/* ------------------------------------------------------------------ */

START_TEST(builtin_known_values)
{
    ck_assert_double_eq(rate_on("USD", "2025-01-27"), 1.053);
    ck_assert_double_eq(rate_on("GBP", "2025-01-27"), 0.84106);
    ck_assert_double_eq(rate_on("USD", "1999-01-04"), 1.1789);
    ck_assert_double_eq(rate_on("GBP", "1999-01-04"), 0.7111);
    ck_assert_double_eq(rate_on("JPY", "1999-01-04"), 133.73);
    ck_assert_double_eq(rate_on("USD", "2008-07-15"), 1.599);
    ck_assert_double_eq(rate_on("CNY", "2026-03-05"), 8.0177);
    ck_assert_str_eq(cc_rates_first_date(rates), "1999-01-04");
    ck_assert_str_eq(cc_rates_last_date(rates), "2026-03-05");
    ck_assert_int_eq(cc_rates_has_currency(rates, "USD"), 1);
    ck_assert_int_eq(cc_rates_has_currency(rates, "usd"), 1);
    ck_assert_int_eq(cc_rates_has_currency(rates, "EUR"), 1);
    ck_assert_int_eq(cc_rates_has_currency(rates, "RUB"), 1);
    ck_assert_int_eq(cc_rates_has_currency(rates, "XYZ"), 0);
    ck_assert_int_eq(cc_rates_has_currency(rates, "USDX"), 0);
    ck_assert_int_eq(cc_rates_has_currency(rates, ""), 0);
    ck_assert_int_eq(cc_rates_has_currency(rates, NULL), 0);
}
END_TEST

/* Every cell of the ECB file, read with the user CSV reader, equals the
 * built-in table's value (the generator and the reader agree). */
START_TEST(builtin_matches_source_csv)
{
    char *buf = NULL;
    size_t len = 0, checked = 0;
    cc_rates__csv csv;
    cc_error err;
    ck_assert_int_eq(
        cc__read_file(cc_test_data("../../data/ecb-eurofxref-hist.csv"), &buf, &len, &err), CC_OK);
    ck_assert_int_eq(cc_rates__csv_parse(&csv, buf, len, "ecb", &err), CC_OK);
    ck_assert_uint_eq(csv.ncodes, cc_rates__builtin_ncur);
    ck_assert_uint_eq(csv.nrows, cc_rates__builtin_ndays);
    for (size_t i = 0; i < csv.nrows; i++)
        for (size_t j = 0; j < csv.ncodes; j++) {
            double v = csv.values[i * csv.ncodes + j];
            cc_fx fx;
            if (v == 0)
                continue;
            ck_assert_int_eq(cc_rates__fx(rates, "EUR", csv.codes[j], csv.days[i], 0, &fx, &err),
                             CC_OK);
            ck_assert_msg(fx.low == v && fx.high == v && fx.first_day == csv.days[i],
                          "%s row %zu: %.17g vs %.17g", csv.codes[j], i, fx.low, v);
            checked++;
        }
    {
        /* ... and the table holds no rate the file lacks */
        size_t cells = 0, total = 0;
        for (size_t c = 0; c < cc_rates__builtin_ncur; c++)
            total += cc_rates__builtin_columns[c].count;
        for (size_t k = 0; k < total; k++)
            cells += cc_rates__builtin_cells[k] != 0;
        ck_assert_uint_eq(checked, cells);
    }
    cc_rates__csv_free(&csv);
    free(buf);
}
END_TEST

START_TEST(window_monday_widens_to_friday)
{
    double r24 = rate_on("USD", "2025-01-24"), r27 = rate_on("USD", "2025-01-27"),
           r28 = rate_on("USD", "2025-01-28");
    cc_fx fx = fx_ok("EUR", "USD", "2025-01-27", 1);
    ck_assert_double_eq(fx.low, min3(r24, r27, r28));
    ck_assert_double_eq(fx.high, max3(r24, r27, r28));
    ck_assert_double_eq(fx.low, 1.0421);
    ck_assert_double_eq(fx.high, 1.053);
    assert_days(&fx, "2025-01-24", "2025-01-28");
    ck_assert_int_eq(fx.after_table, 0);
}
END_TEST

START_TEST(window_zero)
{
    cc_fx fx = fx_ok("EUR", "USD", "2025-01-28", 0); /* Tuesday */
    ck_assert_double_eq(fx.low, 1.0421);
    ck_assert_double_eq(fx.high, 1.0421);
    assert_days(&fx, "2025-01-28", "2025-01-28");

    fx = fx_ok("EUR", "USD", "2025-01-25", 0); /* Saturday: Friday and Monday */
    ck_assert_double_eq(fx.low, fmin(rate_on("USD", "2025-01-24"), rate_on("USD", "2025-01-27")));
    ck_assert_double_eq(fx.high, fmax(rate_on("USD", "2025-01-24"), rate_on("USD", "2025-01-27")));
    assert_days(&fx, "2025-01-24", "2025-01-27");

    fx = fx_ok("EUR", "USD", "2025-01-26", 0); /* Sunday: the same two days */
    assert_days(&fx, "2025-01-24", "2025-01-27");
}
END_TEST

START_TEST(window_over_easter)
{
    /* Good Friday 2025-04-18 and Easter Monday 2025-04-21 have no rates. */
    cc_fx fx = fx_ok("EUR", "GBP", "2025-04-18", 0);
    assert_days(&fx, "2025-04-17", "2025-04-22");
    ck_assert_double_eq(fx.low, fmin(rate_on("GBP", "2025-04-17"), rate_on("GBP", "2025-04-22")));
    ck_assert_double_eq(fx.high, fmax(rate_on("GBP", "2025-04-17"), rate_on("GBP", "2025-04-22")));
    fx = fx_ok("EUR", "GBP", "2025-04-21", 1);
    assert_days(&fx, "2025-04-17", "2025-04-22");
    fx = fx_ok("EUR", "GBP", "2025-04-16", 1); /* Wed: Tue 15 .. Thu 17 */
    assert_days(&fx, "2025-04-15", "2025-04-17");
}
END_TEST

START_TEST(cross_rate_same_day)
{
    double usd = rate_on("USD", "2025-01-27"), gbp = rate_on("GBP", "2025-01-27");
    cc_fx fx = fx_ok("USD", "GBP", "2025-01-27", 0);
    ck_assert_double_eq(fx.low, gbp / usd);
    ck_assert_double_eq(fx.high, gbp / usd);

    /* window: min/max over days of the same-day ratios */
    fx = fx_ok("USD", "GBP", "2025-01-27", 1);
    {
        const char *d[3] = {"2025-01-24", "2025-01-27", "2025-01-28"};
        double x[3];
        for (int i = 0; i < 3; i++)
            x[i] = rate_on("GBP", d[i]) / rate_on("USD", d[i]);
        ck_assert_double_eq(fx.low, min3(x[0], x[1], x[2]));
        ck_assert_double_eq(fx.high, max3(x[0], x[1], x[2]));
    }

    fx = fx_ok("USD", "EUR", "2025-01-27", 0);
    ck_assert_double_eq(fx.low, 1.0 / usd);
}
END_TEST

START_TEST(same_currency)
{
    cc_fx fx = fx_ok("EUR", "EUR", "2025-01-25", 3);
    ck_assert_double_eq(fx.low, 1.0);
    ck_assert_double_eq(fx.high, 1.0);
    assert_days(&fx, "2025-01-25", "2025-01-25");
    fx = fx_ok("USD", "USD", "2025-01-27", 1);
    ck_assert_double_eq(fx.low, 1.0);
    assert_days(&fx, "2025-01-27", "2025-01-27");
}
END_TEST

START_TEST(after_table)
{
    const char *last = cc_rates_last_date(rates);
    cc_fx fx = fx_ok("EUR", "USD", "2026-03-10", 1);
    ck_assert_int_eq(fx.after_table, 1);
    /* treated as the last day: the window is cut at the table's end */
    assert_days(&fx, "2026-03-04", last);
    ck_assert_double_eq(fx.low, fmin(rate_on("USD", "2026-03-04"), rate_on("USD", last)));
    ck_assert_double_eq(fx.high, fmax(rate_on("USD", "2026-03-04"), rate_on("USD", last)));

    fx = fx_ok("EUR", "USD", "2031-06-01", 0);
    ck_assert_int_eq(fx.after_table, 1);
    assert_days(&fx, last, last);

    fx = fx_ok("EUR", "USD", last, 1); /* the last day itself is in the table */
    ck_assert_int_eq(fx.after_table, 0);
    assert_days(&fx, "2026-03-04", last);
}
END_TEST

START_TEST(before_table)
{
    cc_fx fx;
    cc_error err;
    cc_error__clear(&err);
    ck_assert_int_eq(cc_rates__fx(rates, "EUR", "USD", day_of("1999-01-03"), 1, &fx, &err),
                     CC_EDATE);
    cc_assert_error(err, CC_EDATE, 0, 0, -1, "1999-01-03");
    cc_assert_error(err, CC_EDATE, 0, 0, -1, "before the rate table's first day 1999-01-04");

    /* the first day: the window is cut at the table's start */
    fx = fx_ok("EUR", "USD", "1999-01-04", 1);
    assert_days(&fx, "1999-01-04", "1999-01-05");
}
END_TEST

START_TEST(unknown_and_lapsed_currencies)
{
    static const char *const bad[] = {"XYZ", "usd", "US", "USDX", "", "U1D"};
    cc_fx fx;
    cc_error err;
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        cc_error__clear(&err);
        ck_assert_int_eq(cc_rates__fx(rates, "EUR", bad[i], day_of("2025-01-27"), 1, &fx, &err),
                         CC_ECURRENCY);
        ck_assert_int_eq(err.code, CC_ECURRENCY);
        ck_assert_msg(strstr(err.message, "unknown currency") && strstr(err.message, bad[i]),
                      "message '%s'", err.message);
    }

    /* RUB: no rate after 2022-03-01 */
    cc_error__clear(&err);
    ck_assert_int_eq(cc_rates__fx(rates, "RUB", "USD", day_of("2024-05-02"), 1, &fx, &err),
                     CC_ECURRENCY);
    cc_assert_error(err, CC_ECURRENCY, 0, 0, -1, "no rate for 'RUB' near 2024-05-02");
    cc_assert_error(err, CC_ECURRENCY, 0, 0, -1, "its rates end 2022-03-01");
    /* the day after its last rate still finds it */
    fx = fx_ok("EUR", "RUB", "2022-03-02", 0);
    assert_days(&fx, "2022-03-01", "2022-03-01");
    ck_assert_double_eq(fx.low, 117.201);

    /* ISK: not quoted from 2008-12-10 to 2018-01-31 */
    cc_error__clear(&err);
    ck_assert_int_eq(cc_rates__fx(rates, "USD", "ISK", day_of("2012-06-01"), 1, &fx, &err),
                     CC_ECURRENCY);
    cc_assert_error(err, CC_ECURRENCY, 0, 0, -1, "no rate for 'ISK' near 2012-06-01");
    fx = fx_ok("EUR", "ISK", "2018-01-31", 1);
    assert_days(&fx, "2018-02-01", "2018-02-01");

    /* CNY starts in 2005 */
    cc_error__clear(&err);
    ck_assert_int_eq(cc_rates__fx(rates, "CNY", "EUR", day_of("2001-03-01"), 1, &fx, &err),
                     CC_ECURRENCY);
    cc_assert_error(err, CC_ECURRENCY, 0, 0, -1, "its rates start 2005-04-01");

    ck_assert_int_eq(cc_rates__fx(rates, "EUR", "USD", day_of("2025-01-27"), -1, &fx, &err),
                     CC_EINVAL);
}
END_TEST

START_TEST(convert_api)
{
    double low = 0, high = 0;
    char first[11] = "", last[11] = "";
    cc_error err;
    ck_assert_int_eq(cc_rates_convert(rates, 563e9, "EUR", "USD", "2025-01-27", 1, &low, &high,
                                      first, last, &err),
                     CC_OK);
    ck_assert_double_eq(low, 563e9 * 1.0421);
    ck_assert_double_eq(high, 563e9 * 1.053);
    ck_assert_str_eq(first, "2025-01-24");
    ck_assert_str_eq(last, "2025-01-28");

    /* lower-case codes are accepted by the public API; NULL day buffers too */
    ck_assert_int_eq(cc_rates_convert(rates, 589e9, "usd", "eur", "2025-01-27", 0, &low, &high,
                                      NULL, NULL, &err),
                     CC_OK);
    ck_assert_double_eq(low, 589e9 * (1.0 / 1.053));

    ck_assert_int_eq(
        cc_rates_convert(rates, 1, "EUR", "USD", "2025-13-01", 1, &low, &high, NULL, NULL, &err),
        CC_EDATE);
    cc_assert_error(err, CC_EDATE, 0, 0, -1, "invalid date '2025-13-01'");
    ck_assert_int_eq(
        cc_rates_convert(rates, 1, "EUR", "USD", "1998-12-31", 1, &low, &high, NULL, NULL, &err),
        CC_EDATE);
    ck_assert_int_eq(
        cc_rates_convert(rates, 1, "EUR", "DOLLAR", "2025-01-27", 1, &low, &high, NULL, NULL, &err),
        CC_ECURRENCY);
    cc_assert_error(err, CC_ECURRENCY, 0, 0, -1, "unknown currency 'DOLLAR'");
    ck_assert_int_eq(
        cc_rates_convert(rates, 1, "EUR", "RUB", "2024-01-02", 1, &low, &high, NULL, NULL, &err),
        CC_ECURRENCY);
    ck_assert_int_eq(
        cc_rates_convert(NULL, 1, "EUR", "USD", "2025-01-27", 1, &low, &high, NULL, NULL, &err),
        CC_EINVAL);
}
END_TEST

START_TEST(override_file)
{
    double gbp27 = rate_on("GBP", "2025-01-27"), usd24 = rate_on("USD", "2025-01-24");
    cc_fx fx;
    cc_error err;
    ck_assert_int_eq(cc_rates_load_file(rates, cc_test_data("rates_override.csv"), &err), CC_OK);
    ck_assert_double_eq(rate_on("USD", "2025-01-27"), 1.06);
    ck_assert_double_eq(rate_on("USD", "2025-01-28"), 1.05);
    ck_assert_double_eq(rate_on("USD", "2025-01-24"), usd24);  /* untouched day */
    ck_assert_double_eq(rate_on("GBP", "2025-01-27"), gbp27);  /* empty cell keeps */
    ck_assert_double_eq(rate_on("USD", "1999-01-04"), 1.1789); /* old history kept */
    fx = fx_ok("EUR", "USD", "2025-01-27", 1);
    ck_assert_double_eq(fx.low, min3(usd24, 1.06, 1.05));
    ck_assert_double_eq(fx.high, max3(usd24, 1.06, 1.05));
    ck_assert_str_eq(cc_rates_first_date(rates), "1999-01-04");
    ck_assert_str_eq(cc_rates_last_date(rates), "2026-03-05");

    /* a later load overrides an earlier one */
    ck_assert_int_eq(load("Date,USD\n2025-01-27,1.07\n", &err), CC_OK);
    ck_assert_double_eq(rate_on("USD", "2025-01-27"), 1.07);
    ck_assert_double_eq(rate_on("USD", "2025-01-28"), 1.05);
}
END_TEST

START_TEST(new_currency_file)
{
    double usd27 = rate_on("USD", "2025-01-27");
    double gbp_last = rate_on("GBP", "2026-03-05");
    cc_fx fx;
    cc_error err;
    ck_assert_int_eq(cc_rates_has_currency(rates, "ABC"), 0);
    /* BOM, CRLF, a blank line, spaces around a cell, rows out of order */
    ck_assert_int_eq(cc_rates_load_file(rates, cc_test_data("rates_new_currency.csv"), &err),
                     CC_OK);
    ck_assert_int_eq(cc_rates_has_currency(rates, "ABC"), 1);
    ck_assert_double_eq(rate_on("ABC", "2025-01-27"), 2.5);
    ck_assert_double_eq(rate_on("ABC", "2025-01-28"), 2.75);
    ck_assert_double_eq(rate_on("USD", "2025-01-27"), usd27);

    /* ABC has no rate on Fri 24: the window is cut to 27 and 28 */
    fx = fx_ok("EUR", "ABC", "2025-01-27", 1);
    ck_assert_double_eq(fx.low, 2.5);
    ck_assert_double_eq(fx.high, 2.75);
    assert_days(&fx, "2025-01-27", "2025-01-28");
    fx = fx_ok("USD", "ABC", "2025-01-27", 0);
    ck_assert_double_eq(fx.low, 2.5 / usd27);

    /* the file added a day after the ECB's last one */
    ck_assert_str_eq(cc_rates_last_date(rates), "2026-03-10");
    ck_assert_double_eq(rate_on("USD", "2026-03-10"), 1.2);
    fx = fx_ok("EUR", "USD", "2026-03-10", 0);
    ck_assert_int_eq(fx.after_table, 0);
    /* GBP has no rate on the new day: widened back to the ECB's last day */
    fx = fx_ok("EUR", "GBP", "2026-03-10", 0);
    assert_days(&fx, "2026-03-05", "2026-03-05");
    ck_assert_double_eq(fx.low, gbp_last);
    fx = fx_ok("EUR", "ABC", "2026-03-12", 1);
    ck_assert_int_eq(fx.after_table, 1);
    assert_days(&fx, "2026-03-10", "2026-03-10");

    /* ABC is unknown to the ECB years */
    cc_error__clear(&err);
    ck_assert_int_eq(cc_rates__fx(rates, "EUR", "ABC", day_of("2020-01-06"), 1, &fx, &err),
                     CC_ECURRENCY);
    cc_assert_error(err, CC_ECURRENCY, 0, 0, -1, "no rate for 'ABC' near 2020-01-06");

    /* a header-only file adds nothing */
    ck_assert_int_eq(load("Date,XYZ,\n", &err), CC_OK);
    ck_assert_int_eq(cc_rates_has_currency(rates, "XYZ"), 0);
}
END_TEST

/* One malformed input: code, line, column, offset of `at` in the text (NULL:
 * the end of the text), message. */
static void expect_error(const char *text, cc_status code, int line, int column, const char *at,
                         const char *needle)
{
    cc_error err;
    const char *last = cc_rates_last_date(rates);
    double usd = rate_on("USD", "2025-01-27");
    ck_assert_int_eq(load(text, &err), code);
    cc_assert_error(err, code, line, column, at ? offset_of(text, at) : (int64_t)strlen(text),
                    needle);
    ck_assert_str_eq(err.source, "mem.csv");
    /* the table is unchanged */
    ck_assert_str_eq(cc_rates_last_date(rates), last);
    ck_assert_double_eq(rate_on("USD", "2025-01-27"), usd);
    ck_assert_int_eq(cc_rates_has_currency(rates, "QQQ"), 0);
}

START_TEST(csv_errors)
{
    expect_error("Date,USD\n2025-02-30,1.1\n", CC_ESYNTAX, 2, 1, "2025-02-30",
                 "invalid date '2025-02-30'");
    expect_error("Date,QQQ,USD\n2027-01-04,1,1\n27.01.2025,1.1,1\n", CC_ESYNTAX, 3, 1, "27.01",
                 "invalid date '27.01.2025'");
    expect_error("Date,QQQ,USD\n2027-01-04,1,1\n2027-01-05,1.1,abc\n", CC_ESYNTAX, 3, 16, "abc",
                 "invalid rate 'abc' for USD");
    expect_error("Date,QQQ,USD\n2027-01-04,-1.5,1\n", CC_ESYNTAX, 2, 12, "-1.5",
                 "invalid rate '-1.5' for QQQ");
    expect_error("Date,QQQ,USD\n2027-01-04,2,1e3\n", CC_ESYNTAX, 2, 14, "1e3",
                 "invalid rate '1e3' for USD");
    expect_error("Date,QQQ,USD\n2027-01-04,0.000,1\n", CC_ESYNTAX, 2, 12, "0.000",
                 "rate '0.000' for QQQ is not positive");
    expect_error("Date,QQQ,USD\n2027-01-04,1.2.3,1\n", CC_ESYNTAX, 2, 12, "1.2.3",
                 "invalid rate '1.2.3'");
    expect_error("Date,QQQ,USD\n2027-01-04,1.5", CC_ESYNTAX, 2, 15, NULL,
                 "row has 2 cells, expected 3");
    expect_error("Date,QQQ,USD,\n2027-01-04,1.5,1,7,\n", CC_ESYNTAX, 2, 18, "7,",
                 "row has 4 cells, expected 3");
    expect_error("Date,QQQ,US\n", CC_ECURRENCY, 1, 10, "US\n",
                 "header cell 'US' is not a three-letter currency code");
    expect_error("Date,QQQ,,USD\n", CC_ECURRENCY, 1, 10, ",USD", "empty currency code");
    expect_error("Date,QQQ,qqq\n", CC_ECURRENCY, 1, 10, "qqq", "duplicate currency 'qqq'");
    expect_error("Date,EUR\n", CC_ECURRENCY, 1, 6, "EUR", "'EUR' is the base currency");
    expect_error("Datum,USD\n2025-01-27,1\n", CC_ESYNTAX, 1, 1, "Datum",
                 "header must start with 'Date', found 'Datum'");
    expect_error("Date\n2025-01-27\n", CC_ESYNTAX, 1, 1, "Date", "header has no currency columns");
    expect_error("", CC_ESYNTAX, 1, 1, "", "empty rates file");
    expect_error(" \r\n\n\t\n", CC_ESYNTAX, 1, 1, "", "empty rates file");
    expect_error("Date,QQQ\n2027-01-04,1\n2027-01-05,1\n2027-01-04,2\n", CC_ESYNTAX, 4, 1,
                 "2027-01-04,2", "duplicate date '2027-01-04' (first on line 2)");
    /* the BOM is not a column; CRLF does not count */
    expect_error("\xEF\xBB\xBF"
                 "Date,QQQ,X1Z\r\n",
                 CC_ECURRENCY, 1, 10, "X1Z", "'X1Z' is not a three-letter");
    expect_error("Date,QQQ\r\n2027-01-04,1\r\n2027-01-05,  x\r\n", CC_ESYNTAX, 3, 14, "x\r",
                 "invalid rate 'x' for QQQ");
    /* columns count code points */
    expect_error("Date,QQQ,\xC3\x84\xC3\x84"
                 "A,ZZ\n",
                 CC_ECURRENCY, 1, 10, "\xC3\x84", "is not a three-letter");
    expect_error("Date,QQQ\n2027-01-04,\xC2\xB5,1\n", CC_ESYNTAX, 2, 14, "1\n",
                 "row has 3 cells, expected 2");
}
END_TEST

START_TEST(csv_error_file)
{
    cc_error err;
    const char *path = cc_test_data("rates_bad_number.csv");
    ck_assert_int_eq(cc_rates_load_file(rates, path, &err), CC_ESYNTAX);
    cc_assert_error(err, CC_ESYNTAX, 4, 17, 74, "invalid rate '0.84o' for GBP");
    ck_assert_str_eq(err.source, path);
    /* no row of the bad file was applied */
    ck_assert_double_eq(rate_on("USD", "2025-01-27"), 1.053);

    path = cc_test_data("rates_missing.csv");
    ck_assert_int_eq(cc_rates_load_file(rates, path, &err), CC_EIO);
    cc_assert_error(err, CC_EIO, 0, 0, -1, "cannot open");
    ck_assert_str_eq(err.source, path);
}
END_TEST

START_TEST(null_arguments)
{
    cc_error err;
    ck_assert_int_eq(cc_rates_new(NULL, &err), CC_EINVAL);
    ck_assert_int_eq(cc_rates_load_file(NULL, "x.csv", &err), CC_EINVAL);
    ck_assert_int_eq(cc_rates_load_buffer(rates, NULL, 3, NULL, &err), CC_EINVAL);
    ck_assert_int_eq(cc_rates_load_buffer(rates, NULL, 0, NULL, &err), CC_ESYNTAX);
    cc_assert_error(err, CC_ESYNTAX, 1, 1, 0, "empty rates file");
    ck_assert_str_eq(err.source, "<string>");
    ck_assert_ptr_null(cc_rates_first_date(NULL));
    ck_assert_int_eq(cc_rates_has_currency(NULL, "USD"), 0);
    cc_rates_free(NULL);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("rates");
    TCase *tc = tcase_create("builtin");
    TCase *tu = tcase_create("user");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_checked_fixture(tu, setup, teardown);
    tcase_add_test(tc, builtin_known_values);
    tcase_add_test(tc, builtin_matches_source_csv);
    tcase_add_test(tc, window_monday_widens_to_friday);
    tcase_add_test(tc, window_zero);
    tcase_add_test(tc, window_over_easter);
    tcase_add_test(tc, cross_rate_same_day);
    tcase_add_test(tc, same_currency);
    tcase_add_test(tc, after_table);
    tcase_add_test(tc, before_table);
    tcase_add_test(tc, unknown_and_lapsed_currencies);
    tcase_add_test(tc, convert_api);
    tcase_add_test(tu, override_file);
    tcase_add_test(tu, new_currency_file);
    tcase_add_test(tu, csv_errors);
    tcase_add_test(tu, csv_error_file);
    tcase_add_test(tu, null_arguments);
    suite_add_tcase(s, tc);
    suite_add_tcase(s, tu);
    return cc_test_run(s);
}
