/*
 * test_quantity.c - structured quantities, names, units and the interval
 * table of DESIGN.md. Interval ends are worked out by hand from the table:
 * u = 10^ulp, exact h = min(u/2, 5 % of X), hedged w = min(u, 5 % of X),
 * lenient doubles w.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "quantity.h"
#include "testutil.h"

/* Relative comparison good to a few ulps of the double. */
#define assert_near(a, b)                                                                          \
    do {                                                                                           \
        double a_ = (a), b_ = (b);                                                                 \
        ck_assert_msg(fabs(a_ - b_) <= 1e-9 * fmax(1.0, fmax(fabs(a_), fabs(b_))),                 \
                      "%s = %.17g, expected %.17g", #a, a_, b_);                                   \
    } while (0)

static cc_quantity *make(const char *value, const char *high, const char *scale, const char *unit,
                         cc_hedge hedge)
{
    cc_quantity *q = NULL;
    cc_error err;
    cc_status st = cc_quantity_new(&q, value, high, scale, unit, hedge, &err);
    ck_assert_msg(st == CC_OK, "cc_quantity_new(%s): %s", value, err.message);
    ck_assert_ptr_nonnull(q);
    return q;
}

static void check_interval(const cc_quantity *q, int lenient, double lo, double hi, int lo_open,
                           int hi_open)
{
    double l, h;
    int lo_o, hi_o;
    cc_quantity_interval(q, lenient, &l, &h, &lo_o, &hi_o);
    if (isinf(lo))
        ck_assert(isinf(l) && (l < 0) == (lo < 0));
    else
        assert_near(l, lo);
    if (isinf(hi))
        ck_assert(isinf(h) && (h < 0) == (hi < 0));
    else
        assert_near(h, hi);
    ck_assert_int_eq(lo_o, lo_open);
    ck_assert_int_eq(hi_o, hi_open);
}

START_TEST(test_names)
{
    cc_hedge h;
    for (int i = CC_HEDGE_EXACT; i <= CC_HEDGE_RANGE; i++) {
        const char *name = cc_hedge_name((cc_hedge)i);
        ck_assert_ptr_nonnull(name);
        ck_assert_int_eq(cc_hedge_from_name(&h, name), CC_OK);
        ck_assert_int_eq(h, i);
    }
    ck_assert_str_eq(cc_hedge_name(CC_HEDGE_APPROX_BELOW), "approx_below");
    ck_assert_str_eq(cc_hedge_name(CC_HEDGE_UPPER_STRICT), "upper_strict");
    ck_assert_ptr_null(cc_hedge_name((cc_hedge)9));
    ck_assert_ptr_null(cc_hedge_name((cc_hedge)-1));
    ck_assert_int_eq(cc_hedge_from_name(&h, "nearly"), CC_EINVAL);
    ck_assert_int_eq(cc_hedge_from_name(&h, NULL), CC_EINVAL);
    ck_assert_str_eq(cc_dimension_name(CC_DIM_CURRENCY), "currency");
    ck_assert_str_eq(cc_dimension_name(CC_DIM_PERCENT), "percent");
    ck_assert_str_eq(cc_dimension_name(CC_DIM_POINTS), "points");
    ck_assert_str_eq(cc_dimension_name(CC_DIM_COUNT), "count");
    ck_assert_str_eq(cc_dimension_name(CC_DIM_RATIO), "ratio");
    ck_assert_str_eq(cc_dimension_name(CC_DIM_MEASURE), "measure");
    ck_assert_ptr_null(cc_dimension_name((cc_dimension)6));
}
END_TEST

START_TEST(test_units)
{
    char canon[8];
    ck_assert_int_eq(cc_unit__dimension("USD"), CC_DIM_CURRENCY);
    ck_assert_int_eq(cc_unit__dimension("EUR"), CC_DIM_CURRENCY);
    ck_assert_int_eq(cc_unit__dimension("CHF"), CC_DIM_CURRENCY);
    ck_assert_int_eq(cc_unit__dimension("DEM"), CC_DIM_CURRENCY); /* historical */
    ck_assert_int_eq(cc_unit__dimension("%"), CC_DIM_PERCENT);
    ck_assert_int_eq(cc_unit__dimension("pp"), CC_DIM_POINTS);
    ck_assert_int_eq(cc_unit__dimension("count"), CC_DIM_COUNT);
    ck_assert_int_eq(cc_unit__dimension("ratio"), CC_DIM_RATIO);
    ck_assert_int_eq(cc_unit__dimension("XYZ"), -1);
    ck_assert_int_eq(cc_unit__dimension("US"), -1);
    ck_assert_int_eq(cc_unit__dimension("U$D"), -1);
    ck_assert_int_eq(cc_unit__dimension(""), -1);
    ck_assert_int_eq(cc_unit__dimension(NULL), -1);
    ck_assert_int_eq(cc_unit__canonical("jpy", canon), CC_DIM_CURRENCY);
    ck_assert_str_eq(canon, "JPY");
    /* physical units: exact symbols, case matters ("MW" is no "mW") */
    ck_assert_int_eq(cc_unit__dimension("t"), CC_DIM_MEASURE);
    ck_assert_int_eq(cc_unit__dimension("kWh"), CC_DIM_MEASURE); /* three bytes, no currency */
    ck_assert_int_eq(cc_unit__dimension("TEU"), CC_DIM_MEASURE);
    ck_assert_int_eq(cc_unit__dimension("°C"), CC_DIM_MEASURE);
    ck_assert_int_eq(cc_unit__dimension("km/h"), CC_DIM_MEASURE);
    ck_assert_int_eq(cc_unit__dimension("mW"), -1);
    ck_assert_int_eq(cc_unit__dimension("tonnes"), -1);
    ck_assert_int_eq(cc_unit__canonical("m³", canon), CC_DIM_MEASURE);
    ck_assert_str_eq(canon, "m³");
    {
        int mass = cc_unit__quantity("Mt");
        ck_assert_int_gt(mass, 0);
        ck_assert_int_eq(cc_unit__quantity("kg"), mass);
        ck_assert_int_gt(cc_unit__quantity("MW"), 0);
        ck_assert_int_ne(cc_unit__quantity("MW"), mass); /* a mass is no power */
        ck_assert_int_gt(cc_unit__quantity("°C"), 0);
        ck_assert_int_eq(cc_unit__quantity("°F"), cc_unit__quantity("°C")); /* with an offset */
        ck_assert_int_eq(cc_unit__quantity("count"), 0);
        ck_assert_int_eq(cc_unit__quantity("USD"), 0);
        assert_near(cc_unit__convert(0.12, "Mt", "t"), 120000);
        assert_near(cc_unit__convert(100, "mph", "km/h"), 160.9344);
        assert_near(cc_unit__convert(212, "°F", "°C"), 100);
        assert_near(cc_unit__convert(-40, "°C", "°F"), -40);
        assert_near(cc_unit__convert(300, "K", "°C"), 26.85);
        assert_near(cc_unit__to_base(120, "t"), 120000);
        assert_near(cc_unit__to_base(7, "count"), 7);
        {
            cc_interval iv = {50, 68, 0, 0};
            cc_unit__convert_interval(&iv, "°F", "°C");
            assert_near(iv.low, 10);
            assert_near(iv.high, 20);
            cc_unit__convert_interval(&iv, "°C", NULL); /* the base unit: °C itself */
            assert_near(iv.high, 20);
        }
        /* bits and bytes are one quantity: 1 Gbit is 125 MB */
        ck_assert_int_eq(cc_unit__quantity("Gbit"), cc_unit__quantity("MB"));
        ck_assert_int_eq(cc_unit__quantity("bit"), cc_unit__quantity("KiB"));
        assert_near(cc_unit__convert(1, "Gbit", "MB"), 125);
        assert_near(cc_unit__convert(2, "MiB", "kB"), 2097.152);
        assert_near(cc_unit__convert(1500, "bit", "B"), 187.5);
        ck_assert_int_ne(cc_unit__quantity("Gbit/s"), cc_unit__quantity("GB"));
        assert_near(cc_unit__convert(100, "Mbit/s", "MB/s"), 12.5);
        /* the case of a written symbol tells bits from bytes */
        ck_assert_str_eq(cc_unit__data_by_case("MB", "Mb", 2), "Mbit");
        ck_assert_str_eq(cc_unit__data_by_case("MB", "MB", 2), "MB");
        ck_assert_str_eq(cc_unit__data_by_case("MB", "mb", 2), "MB"); /* milli: no bits */
        ck_assert_str_eq(cc_unit__data_by_case("kB", "kb", 2), "kbit");
        ck_assert_str_eq(cc_unit__data_by_case("GB/s", "Gb/s", 4), "Gbit/s");
        ck_assert_str_eq(cc_unit__data_by_case("kB", "KB", 2), "kB");
        ck_assert_str_eq(cc_unit__data_by_case("MB", "megabytes", 9), "MB");
        ck_assert_str_eq(cc_unit__data_by_case("km", "kb", 2), "km");
    }
}
END_TEST

START_TEST(test_new_fields)
{
    cc_quantity *q = make("589", NULL, "1e9", "USD", CC_HEDGE_EXACT);
    ck_assert_str_eq(cc_quantity_digits(q), "589");
    ck_assert_str_eq(cc_quantity_digits_high(q), "589");
    ck_assert_int_eq(cc_quantity_scale(q), 9);
    assert_near(cc_quantity_value(q), 589e9);
    assert_near(cc_quantity_value_high(q), 589e9);
    ck_assert_str_eq(cc_quantity_unit(q), "USD");
    ck_assert_int_eq(cc_quantity_dimension(q), CC_DIM_CURRENCY);
    ck_assert_int_eq(cc_quantity_hedge(q), CC_HEDGE_EXACT);
    ck_assert_str_eq(cc_quantity_hedge_word(q), "");
    ck_assert_int_eq(q->ulp, 9);
    cc_quantity_free(q);

    q = make("5.6", NULL, "1000000", "eur", CC_HEDGE_APPROX);
    ck_assert_str_eq(cc_quantity_digits(q), "5.6");
    ck_assert_int_eq(cc_quantity_scale(q), 6);
    ck_assert_str_eq(cc_quantity_unit(q), "EUR");
    assert_near(cc_quantity_value(q), 5.6e6);
    ck_assert_int_eq(q->ulp, 5);
    cc_quantity_free(q);

    q = make("-3", NULL, NULL, "%", CC_HEDGE_EXACT);
    ck_assert_str_eq(cc_quantity_digits(q), "-3");
    ck_assert_int_eq(cc_quantity_scale(q), 0);
    assert_near(cc_quantity_value(q), -3.0);
    ck_assert_int_eq(cc_quantity_dimension(q), CC_DIM_PERCENT);
    cc_quantity_free(q);

    /* a JSON number arrives as its decimal text; the exponent is applied */
    q = make("4.6e2", NULL, NULL, NULL, CC_HEDGE_EXACT);
    ck_assert_str_eq(cc_quantity_digits(q), "460");
    ck_assert_str_eq(cc_quantity_unit(q), "count");
    ck_assert_int_eq(cc_quantity_dimension(q), CC_DIM_COUNT);
    ck_assert_int_eq(q->ulp, 1);
    cc_quantity_free(q);

    q = make("0.05", NULL, "1", "ratio", CC_HEDGE_EXACT);
    ck_assert_str_eq(cc_quantity_digits(q), "0.05");
    ck_assert_int_eq(cc_quantity_scale(q), 0);
    ck_assert_int_eq(q->ulp, -2);
    ck_assert_int_eq(cc_quantity_dimension(q), CC_DIM_RATIO);
    cc_quantity_free(q);

    q = make("5.60", NULL, NULL, "pp", CC_HEDGE_EXACT);
    ck_assert_str_eq(cc_quantity_digits(q), "5.60");
    ck_assert_int_eq(q->ulp, -2);
    ck_assert_int_eq(cc_quantity_dimension(q), CC_DIM_POINTS);
    cc_quantity_free(q);

    q = make("+007", NULL, "1e3", "count", CC_HEDGE_EXACT);
    ck_assert_str_eq(cc_quantity_digits(q), "7");
    assert_near(cc_quantity_value(q), 7000.0);
    cc_quantity_free(q);

    q = make("5", "6", NULL, "%", CC_HEDGE_RANGE);
    ck_assert_str_eq(cc_quantity_digits(q), "5");
    ck_assert_str_eq(cc_quantity_digits_high(q), "6");
    assert_near(cc_quantity_value(q), 5.0);
    assert_near(cc_quantity_value_high(q), 6.0);
    cc_quantity_free(q);

    cc_quantity_free(NULL);
}
END_TEST

START_TEST(test_point)
{
    /* the figure a quantity names: its value, a range's midpoint, scale applied */
    cc_quantity *exact = make("589", NULL, "1e9", "USD", CC_HEDGE_EXACT);
    cc_quantity *range = make("-3", "5", "1e6", "EUR", CC_HEDGE_RANGE);
    cc_quantity *lower = make("600", NULL, "1e9", "USD", CC_HEDGE_LOWER_STRICT);
    assert_near(cc_quantity__point(exact), 589e9);
    assert_near(cc_quantity__point(range), 1e6);
    assert_near(cc_quantity__point(lower), 600e9);
    cc_quantity_free(exact);
    cc_quantity_free(range);
    cc_quantity_free(lower);
}
END_TEST

START_TEST(test_new_errors)
{
    cc_quantity *q = (cc_quantity *)&q;
    cc_error err;

    ck_assert_int_eq(cc_quantity_new(&q, "abc", NULL, NULL, "USD", CC_HEDGE_EXACT, &err),
                     CC_EQUANTITY);
    ck_assert_ptr_null(q);
    cc_assert_error(err, CC_EQUANTITY, 0, 0, -1, "invalid value 'abc'");

    ck_assert_int_eq(cc_quantity_new(&q, "5", NULL, NULL, "XYZ", CC_HEDGE_EXACT, &err),
                     CC_ECURRENCY);
    cc_assert_error(err, CC_ECURRENCY, 0, 0, -1, "unknown unit 'XYZ'");

    ck_assert_int_eq(cc_quantity_new(&q, "NaN", NULL, NULL, "USD", CC_HEDGE_EXACT, &err),
                     CC_ERANGE);
    cc_assert_error(err, CC_ERANGE, 0, 0, -1, "value 'NaN' out of range");
    ck_assert_int_eq(cc_quantity_new(&q, "-inf", NULL, NULL, "USD", CC_HEDGE_EXACT, &err),
                     CC_ERANGE);
    cc_assert_error(err, CC_ERANGE, 0, 0, -1, "'-inf'");
    ck_assert_int_eq(cc_quantity_new(&q, "1e400", NULL, NULL, "USD", CC_HEDGE_EXACT, &err),
                     CC_ERANGE);
    cc_assert_error(err, CC_ERANGE, 0, 0, -1, "value '1e400' out of range");
    ck_assert_int_eq(cc_quantity_new(&q, "1e9", NULL, "1e300", "USD", CC_HEDGE_EXACT, &err),
                     CC_ERANGE);
    cc_assert_error(err, CC_ERANGE, 0, 0, -1, "value '1e9' out of range");
    ck_assert_int_eq(cc_quantity_new(&q, "12345678901234567890123456789012", NULL, NULL, "USD",
                                     CC_HEDGE_EXACT, &err),
                     CC_ERANGE);
    cc_assert_error(err, CC_ERANGE, 0, 0, -1, "out of range");

    ck_assert_int_eq(cc_quantity_new(&q, "5", NULL, "-1e9", "USD", CC_HEDGE_EXACT, &err),
                     CC_ERANGE);
    cc_assert_error(err, CC_ERANGE, 0, 0, -1, "scale '-1e9' is not a power of ten");
    ck_assert_int_eq(cc_quantity_new(&q, "5", NULL, "2e9", "USD", CC_HEDGE_EXACT, &err), CC_ERANGE);
    cc_assert_error(err, CC_ERANGE, 0, 0, -1, "scale '2e9'");
    ck_assert_int_eq(cc_quantity_new(&q, "5", NULL, "9", "USD", CC_HEDGE_EXACT, &err), CC_ERANGE);
    cc_assert_error(err, CC_ERANGE, 0, 0, -1, "scale '9'");
    ck_assert_int_eq(cc_quantity_new(&q, "5", NULL, "1e-3", "USD", CC_HEDGE_EXACT, &err),
                     CC_ERANGE);
    cc_assert_error(err, CC_ERANGE, 0, 0, -1, "scale '1e-3'");
    ck_assert_int_eq(cc_quantity_new(&q, "5", NULL, "bn", "USD", CC_HEDGE_EXACT, &err),
                     CC_EQUANTITY);
    cc_assert_error(err, CC_EQUANTITY, 0, 0, -1, "invalid scale 'bn'");

    ck_assert_int_eq(cc_quantity_new(&q, "5", NULL, NULL, "%", CC_HEDGE_RANGE, &err), CC_EQUANTITY);
    cc_assert_error(err, CC_EQUANTITY, 0, 0, -1, "needs a high value");
    ck_assert_int_eq(cc_quantity_new(&q, "5", "6", NULL, "%", CC_HEDGE_APPROX, &err), CC_EQUANTITY);
    cc_assert_error(err, CC_EQUANTITY, 0, 0, -1, "needs hedge 'range'");
    ck_assert_int_eq(cc_quantity_new(&q, "6", "5", NULL, "%", CC_HEDGE_RANGE, &err), CC_EQUANTITY);
    cc_assert_error(err, CC_EQUANTITY, 0, 0, -1, "range end '5' is below its start '6'");
    ck_assert_int_eq(cc_quantity_new(&q, "5", "x", NULL, "%", CC_HEDGE_RANGE, &err), CC_EQUANTITY);
    cc_assert_error(err, CC_EQUANTITY, 0, 0, -1, "invalid value 'x'");
    ck_assert_int_eq(cc_quantity_new(&q, "5.", NULL, NULL, "%", CC_HEDGE_EXACT, &err), CC_OK);
    cc_quantity_free(q);
    ck_assert_int_eq(cc_quantity_new(&q, "1e", NULL, NULL, "%", CC_HEDGE_EXACT, &err),
                     CC_EQUANTITY);
    cc_assert_error(err, CC_EQUANTITY, 0, 0, -1, "invalid value '1e'");
    ck_assert_int_eq(cc_quantity_new(&q, "", NULL, NULL, "%", CC_HEDGE_EXACT, &err), CC_EQUANTITY);
    ck_assert_int_eq(cc_quantity_new(&q, NULL, NULL, NULL, "%", CC_HEDGE_EXACT, &err),
                     CC_EQUANTITY);
    cc_assert_error(err, CC_EQUANTITY, 0, 0, -1, "missing value");
    ck_assert_int_eq(cc_quantity_new(NULL, "5", NULL, NULL, "%", CC_HEDGE_EXACT, &err), CC_EINVAL);
    ck_assert_int_eq(cc_quantity_new(&q, "5", NULL, NULL, "%", (cc_hedge)42, NULL), CC_EINVAL);
}
END_TEST

START_TEST(test_interval_exact)
{
    /* 589 Mrd: u = 1e9, h = min(0.5e9, 29.45e9) = 0.5e9 */
    cc_quantity *q = make("589", NULL, "1e9", "USD", CC_HEDGE_EXACT);
    check_interval(q, 0, 588.5e9, 589.5e9, 0, 0);
    check_interval(q, 1, 588.5e9, 589.5e9, 0, 0);
    cc_quantity_free(q);
    /* 600 Mrd: u = 1e11, h = min(5e10, 3e10) = 3e10 */
    q = make("600", NULL, "1e9", "USD", CC_HEDGE_EXACT);
    ck_assert_int_eq(q->ulp, 11);
    check_interval(q, 0, 570e9, 630e9, 0, 0);
    cc_quantity_free(q);
    /* 2,9 Billionen: u = 1e11, h = min(5e10, 1.45e11) = 5e10 */
    q = make("2.9", NULL, "1e12", "USD", CC_HEDGE_EXACT);
    ck_assert_int_eq(q->ulp, 11);
    check_interval(q, 0, 2.85e12, 2.95e12, 0, 0);
    cc_quantity_free(q);
    /* 5,6 Mio: u = 1e5, h = min(5e4, 2.8e5) = 5e4 */
    q = make("5.6", NULL, "1e6", "USD", CC_HEDGE_EXACT);
    check_interval(q, 0, 5.55e6, 5.65e6, 0, 0);
    cc_quantity_free(q);
    /* -3: u = 1, h = min(0.5, 0.15) = 0.15 */
    q = make("-3", NULL, NULL, "%", CC_HEDGE_EXACT);
    check_interval(q, 0, -3.15, -2.85, 0, 0);
    cc_quantity_free(q);
    /* 4.60e2 keeps its written precision: u = 1, h = 0.5; a whole count
     * is exact: its top is open, so "15" never meets "16" */
    q = make("4.60e2", NULL, NULL, NULL, CC_HEDGE_EXACT);
    check_interval(q, 0, 459.5, 460.5, 0, 1);
    cc_quantity_free(q);
    q = make("461", NULL, NULL, "EUR", CC_HEDGE_EXACT); /* money rounds: closed */
    check_interval(q, 0, 460.5, 461.5, 0, 0);
    cc_quantity_free(q);
    /* 0: the 5 % cap makes it a point */
    q = make("0", NULL, NULL, NULL, CC_HEDGE_EXACT);
    check_interval(q, 0, 0.0, 0.0, 0, 0);
    cc_quantity_free(q);
    /* 5 with scale 1000: u = 1e3, h = min(500, 250) = 250 */
    q = make("5", NULL, "1000", NULL, CC_HEDGE_EXACT);
    check_interval(q, 0, 4750.0, 5250.0, 0, 0);
    cc_quantity_free(q);
}
END_TEST

START_TEST(test_interval_approx)
{
    /* rund 17 %: w = min(1, 0.85) = 0.85; lenient 1.7 */
    cc_quantity *q = make("17", NULL, NULL, "%", CC_HEDGE_APPROX);
    check_interval(q, 0, 16.15, 17.85, 0, 0);
    check_interval(q, 1, 15.3, 18.7, 0, 0);
    cc_quantity_free(q);
    /* fast 600 Mrd: w = min(1e11, 3e10) = 3e10; lenient 6e10 */
    q = make("600", NULL, "1e9", "USD", CC_HEDGE_APPROX_BELOW);
    check_interval(q, 0, 570e9, 600e9, 0, 0);
    check_interval(q, 1, 540e9, 600e9, 0, 0);
    cc_quantity_free(q);
    /* gut 460 Mrd: u = 1e10, w = min(1e10, 2.3e10) = 1e10; lenient 2e10 */
    q = make("460", NULL, "1e9", "USD", CC_HEDGE_APPROX_ABOVE);
    check_interval(q, 0, 460e9, 470e9, 0, 0);
    check_interval(q, 1, 460e9, 480e9, 0, 0);
    cc_quantity_free(q);
    /* rund 3,5 Billionen: u = 1e11, w = min(1e11, 1.75e11) = 1e11 */
    q = make("3.5", NULL, "1e12", "USD", CC_HEDGE_APPROX);
    check_interval(q, 0, 3.4e12, 3.6e12, 0, 0);
    check_interval(q, 1, 3.3e12, 3.7e12, 0, 0);
    cc_quantity_free(q);
    /* etwa ein Drittel (12 digits, none written): w = 5 % of 33.33 */
    q = make("33.3333333333", NULL, NULL, "%", CC_HEDGE_APPROX);
    check_interval(q, 0, 33.3333333333 - 1.666666666665, 33.3333333333 + 1.666666666665, 0, 0);
    cc_quantity_free(q);
    /* ein Drittel without a hedge: the writer rounded to the fraction, so
     * the exact cap (5 % of 33.33) is its half width, not its twelfth digit
     * ("two-thirds" agrees with "65 percent") */
    q = make("33.3333333333", NULL, NULL, "%", CC_HEDGE_EXACT);
    check_interval(q, 0, 33.3333333333 - 1.666666666665, 33.3333333333 + 1.666666666665, 0, 0);
    cc_quantity_free(q);
}
END_TEST

START_TEST(test_interval_bounds)
{
    cc_quantity *q = make("17", NULL, NULL, "%", CC_HEDGE_LOWER_STRICT);
    check_interval(q, 0, 17.0, INFINITY, 1, 1);
    check_interval(q, 1, 17.0, INFINITY, 1, 1);
    cc_quantity_free(q);
    q = make("17", NULL, NULL, "%", CC_HEDGE_LOWER_INCL);
    check_interval(q, 0, 17.0, INFINITY, 0, 1);
    cc_quantity_free(q);
    /* bis zu 65 Mrd: magnitudes start at 0 */
    q = make("65", NULL, "1e9", "USD", CC_HEDGE_UPPER_INCL);
    check_interval(q, 0, 0.0, 65e9, 0, 0);
    check_interval(q, 1, 0.0, 65e9, 0, 0);
    cc_quantity_free(q);
    /* weniger als 5,7 Mio */
    q = make("5.7", NULL, "1e6", "EUR", CC_HEDGE_UPPER_STRICT);
    check_interval(q, 0, 0.0, 5.7e6, 0, 1);
    cc_quantity_free(q);
    /* a negative bound is not a magnitude */
    q = make("-3", NULL, NULL, "%", CC_HEDGE_UPPER_INCL);
    check_interval(q, 0, -INFINITY, -3.0, 1, 0);
    cc_quantity_free(q);
    q = make("-3", NULL, NULL, "%", CC_HEDGE_UPPER_STRICT);
    check_interval(q, 0, -INFINITY, -3.0, 1, 1);
    cc_quantity_free(q);
}
END_TEST

START_TEST(test_interval_range)
{
    /* 5-6 %: hA = min(0.5, 0.25), hB = min(0.5, 0.3); lenient wA = 0.25,
     * wB = 0.3, doubled */
    cc_quantity *q = make("5", "6", NULL, "%", CC_HEDGE_RANGE);
    check_interval(q, 0, 4.75, 6.3, 0, 0);
    check_interval(q, 1, 4.5, 6.6, 0, 0);
    cc_quantity_free(q);
    /* 7 to 20 %: hA = min(0.5, 0.35), hB = min(5, 1) (u(20) = 10) */
    q = make("7", "20", NULL, "%", CC_HEDGE_RANGE);
    check_interval(q, 0, 6.65, 21.0, 0, 0);
    check_interval(q, 1, 6.3, 22.0, 0, 0);
    cc_quantity_free(q);
    /* 124.4 to 125 Mrd: hA = min(0.05e9, 6.22e9), hB = min(0.5e9, 6.25e9) */
    q = make("124.4", "125", "1e9", "USD", CC_HEDGE_RANGE);
    check_interval(q, 0, 124.35e9, 125.5e9, 0, 0);
    check_interval(q, 1, 124.2e9, 127e9, 0, 0);
    cc_quantity_free(q);
    /* 14 to 15 people: a whole count, its top open */
    q = make("14", "15", NULL, NULL, CC_HEDGE_RANGE);
    check_interval(q, 0, 13.5, 15.5, 0, 1);
    cc_quantity_free(q);
}
END_TEST

START_TEST(test_negate)
{
    cc_quantity *q = make("7.3", NULL, NULL, "%", CC_HEDGE_APPROX_BELOW);
    ck_assert_int_eq(cc_quantity__negate(q), 1);
    ck_assert_str_eq(q->digits, "-7.3");
    assert_near(q->value, -7.3);
    ck_assert_int_eq(q->hedge, CC_HEDGE_APPROX_ABOVE); /* nearly -7.3: just over it */
    ck_assert_int_eq(cc_quantity__negate(q), 1);
    ck_assert_str_eq(q->digits, "7.3");
    cc_quantity_free(q);
    q = make("2", "3.5", NULL, "%", CC_HEDGE_RANGE);
    ck_assert_int_eq(cc_quantity__negate(q), 1);
    ck_assert_str_eq(q->digits, "-3.5");
    ck_assert_str_eq(q->digits_high, "-2");
    assert_near(q->value, -3.5);
    assert_near(q->value_high, -2);
    cc_quantity_free(q);
    q = make("5", NULL, NULL, "%", CC_HEDGE_UPPER_INCL); /* a bound keeps its floor: not negated */
    ck_assert_int_eq(cc_quantity__negate(q), 0);
    ck_assert_str_eq(q->digits, "5");
    cc_quantity_free(q);
}
END_TEST

START_TEST(test_interval_params)
{
    cc_interval_params p = {0.01, 0.10, 3.0};
    cc_interval iv;
    cc_quantity q;
    cc_error err;
    ck_assert_int_eq(cc_quantity__init(&q, "600", NULL, "1e9", "USD", CC_HEDGE_APPROX, &err),
                     CC_OK);
    /* w = min(1e11, 6e10) = 6e10; lenient 1.8e11 */
    cc_quantity__interval(&q, &p, 0, &iv);
    assert_near(iv.low, 540e9);
    assert_near(iv.high, 660e9);
    cc_quantity__interval(&q, &p, 1, &iv);
    assert_near(iv.low, 420e9);
    assert_near(iv.high, 780e9);
    ck_assert_int_eq(cc_quantity__init(&q, "600", NULL, "1e9", "USD", CC_HEDGE_EXACT, &err), CC_OK);
    /* h = min(5e10, 6e9) = 6e9 */
    cc_quantity__interval(&q, &p, 0, &iv);
    assert_near(iv.low, 594e9);
    assert_near(iv.high, 606e9);
    cc_quantity__interval(&q, NULL, 0, &iv);
    assert_near(iv.low, 570e9);
}
END_TEST

START_TEST(test_decimal)
{
    cc_decimal d;
    ck_assert_int_eq(cc_decimal__parse(&d, "21414.25", 8), CC_OK);
    ck_assert_str_eq(d.d, "2141425");
    ck_assert_int_eq(d.exp, -2);
    ck_assert_int_eq(d.point, 1);
    ck_assert_int_eq(cc_decimal__parse(&d, "-0.050", 6), CC_OK);
    ck_assert_str_eq(d.d, "50");
    ck_assert_int_eq(d.exp, -3);
    ck_assert_int_eq(d.neg, 1);
    ck_assert_int_eq(cc_decimal__parse(&d, "1,5", 3), CC_EQUANTITY);
    ck_assert_int_eq(cc_decimal__parse(&d, "-", 1), CC_EQUANTITY);
    ck_assert_int_eq(cc_decimal__parse(&d, "1e999999", 8), CC_ERANGE);
    /* parse stops at len */
    ck_assert_int_eq(cc_decimal__parse(&d, "12x", 2), CC_OK);
    ck_assert_str_eq(d.d, "12");
}
END_TEST

static Suite *quantity_suite(void)
{
    Suite *s = suite_create("quantity");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, test_names);
    tcase_add_test(tc, test_units);
    tcase_add_test(tc, test_new_fields);
    tcase_add_test(tc, test_point);
    tcase_add_test(tc, test_new_errors);
    tcase_add_test(tc, test_interval_exact);
    tcase_add_test(tc, test_interval_approx);
    tcase_add_test(tc, test_interval_bounds);
    tcase_add_test(tc, test_interval_range);
    tcase_add_test(tc, test_interval_params);
    tcase_add_test(tc, test_negate);
    tcase_add_test(tc, test_decimal);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return cc_test_run(quantity_suite());
}
