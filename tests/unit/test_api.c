/*
 * test_api.c - the public API as a C program sees it: a claim set built by
 * hand, checked, queried and written; option structs; names; NULL safety.
 * Uses only crosscheck.h.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "crosscheck.h"
#include "testutil.h"

static void add_claim(cc_claimset *set, const char *id, const char *source, const char *scope,
                      const char *text)
{
    cc_claim_fields c = CC_CLAIM_FIELDS_INIT;
    cc_error err;
    c.id = id;
    c.source = source;
    c.subject = "Nvidia";
    c.measure = "market value loss";
    c.date = "2025-01-27";
    c.scope = scope;
    c.text = text;
    ck_assert_msg(cc_claimset_add_claim(set, &c, &err) == CC_OK, "%s: %s", id, err.message);
}

static cc_claimset *selloff(void)
{
    cc_claimset *set = NULL;
    cc_error err;
    ck_assert_int_eq(cc_claimset_new(&set, &err), CC_OK);
    ck_assert_int_eq(cc_claimset_add_source(set, "a", "Blatt A", "2025-01-28", "de", NULL, &err),
                     CC_OK);
    ck_assert_int_eq(cc_claimset_add_source(set, "b", NULL, "2025-01-28", "en", NULL, &err), CC_OK);
    ck_assert_int_eq(cc_claimset_add_source(set, "c", NULL, "2025-01-28", "de", NULL, &err), CC_OK);
    ck_assert_int_eq(cc_claimset_add_source(set, "d", NULL, "2025-01-28", "de", NULL, &err), CC_OK);
    add_claim(set, "a1", "a", NULL, "589 Milliarden US-Dollar");
    add_claim(set, "b1", "b", NULL, "nearly $600 billion");
    add_claim(set, "c1", "c", NULL, "umgerechnet 563 Milliarden Euro");
    add_claim(set, "d1", "d", NULL, "gut 460 Milliarden Dollar");
    add_claim(set, "d2", "d", "intraday", "zeitweise gut 460 Milliarden Dollar");
    return set;
}

START_TEST(check_by_hand)
{
    cc_claimset *set = selloff();
    cc_report *report = NULL;
    cc_error err;
    char *json = NULL, *text = NULL;
    size_t len = 0;

    ck_assert_uint_eq(cc_claimset_source_count(set), 4);
    ck_assert_uint_eq(cc_claimset_claim_count(set), 5);
    ck_assert_int_eq(cc_check(&report, set, NULL, NULL, &err), CC_OK);
    ck_assert_uint_eq(cc_report_group_count(report), 2);
    ck_assert_int_eq(cc_report_group_verdict(report, 0), CC_VERDICT_CONFLICT);
    ck_assert_int_eq(cc_report_group_verdict(report, 1), CC_VERDICT_SINGLE);
    ck_assert_uint_eq(cc_report_contradiction_count(report), 1);
    ck_assert_int_eq(cc_report_claim_status(report, "a1"), CC_STATUS_AGREES);
    ck_assert_int_eq(cc_report_claim_status(report, "b1"), CC_STATUS_AGREES);
    ck_assert_int_eq(cc_report_claim_status(report, "c1"), CC_STATUS_AGREES);
    ck_assert_int_eq(cc_report_claim_status(report, "d1"), CC_STATUS_CONTRADICTS);
    ck_assert_int_eq(cc_report_claim_status(report, "d2"), CC_STATUS_AGREES);
    ck_assert_int_eq(cc_report_claim_status(report, "zz"), -1);

    ck_assert_int_eq(cc_report_write(report, CC_FORMAT_JSON, &json, &len, &err), CC_OK);
    ck_assert_uint_eq(strlen(json), len);
    ck_assert_ptr_nonnull(strstr(json, "\"contradicts\""));
    ck_assert_int_eq(cc_report_write(report, CC_FORMAT_TEXT, &text, NULL, &err), CC_OK);
    ck_assert_ptr_nonnull(strstr(text, "gut 460 Milliarden Dollar"));
    {
        char *none = (char *)"untouched";
        ck_assert_int_eq(cc_report_write(report, (cc_format)7, &none, &len, &err), CC_EINVAL);
        ck_assert_ptr_null(none);
    }
    cc_free(json);
    cc_free(text);
    cc_report_free(report);
    cc_claimset_free(set);
}
END_TEST

START_TEST(options)
{
    cc_check_options o, def = CC_CHECK_OPTIONS_INIT;
    cc_claim_fields f, fdef = CC_CLAIM_FIELDS_INIT;
    ck_assert_int_eq(cc_check_options_init(&o, CC_CHECK_OPTIONS_VERSION), CC_OK);
    ck_assert_uint_eq(o.version, def.version);
    ck_assert_ptr_null(o.currency);
    ck_assert_int_eq(o.lenient, def.lenient);
    ck_assert_int_eq(o.fx_window_days, 1);
    ck_assert(o.exact_rel == 0.05 && o.approx_rel == 0.05 && o.lenient_factor == 2.0 &&
              o.minor_rel == 0.02);
    ck_assert_int_eq(cc_check_options_init(&o, 99), CC_EINVAL);
    ck_assert_int_eq(cc_claim_fields_init(&f, CC_CLAIM_FIELDS_VERSION), CC_OK);
    ck_assert_uint_eq(f.version, fdef.version);
    ck_assert(!f.id && !f.source && !f.subject && !f.measure && !f.date && !f.scope &&
              !f.attributed_to && !f.text && !f.lang && !f.quantity && !f.syndicated_from);
    ck_assert_int_eq(cc_claim_fields_init(&f, 0), CC_EINVAL);
}
END_TEST

START_TEST(bad_options_are_refused)
{
    cc_claimset *set = selloff();
    cc_report *report = NULL;
    cc_check_options o = CC_CHECK_OPTIONS_INIT;
    cc_error err;
    o.currency = "XQZ";
    ck_assert_int_eq(cc_check(&report, set, NULL, &o, &err), CC_EINVAL);
    cc_assert_error(err, CC_EINVAL, -2, -2, -2, "XQZ");
    ck_assert_ptr_null(report);
    o.currency = NULL;
    o.fx_window_days = -1;
    ck_assert_int_eq(cc_check(&report, set, NULL, &o, &err), CC_EINVAL);
    ck_assert_ptr_null(report);
    o.fx_window_days = 1;
    o.version = 42;
    ck_assert_int_eq(cc_check(&report, set, NULL, &o, &err), CC_EINVAL);
    ck_assert_ptr_null(report);
    cc_claimset_free(set);
}
END_TEST

START_TEST(currency_option_and_rates)
{
    cc_claimset *set = selloff();
    cc_report *report = NULL;
    cc_rates *rates = NULL;
    cc_check_options o = CC_CHECK_OPTIONS_INIT;
    cc_error err;
    double lo = 0, hi = 0;
    char first[11], last[11];
    ck_assert_int_eq(cc_rates_new(&rates, &err), CC_OK);
    ck_assert_int_eq(
        cc_rates_convert(rates, 563e9, "EUR", "USD", "2025-01-27", 1, &lo, &hi, first, last, &err),
        CC_OK);
    ck_assert_str_eq(first, "2025-01-24");
    ck_assert_str_eq(last, "2025-01-28");
    ck_assert(lo > 585e9 && hi < 595e9 && lo < hi);
    o.currency = "EUR";
    ck_assert_int_eq(cc_check(&report, set, rates, &o, &err), CC_OK);
    ck_assert_int_eq(cc_report_claim_status(report, "d1"), CC_STATUS_CONTRADICTS);
    ck_assert_int_eq(cc_report_claim_status(report, "c1"), CC_STATUS_AGREES);
    cc_report_free(report);
    cc_rates_free(rates);
    cc_claimset_free(set);
}
END_TEST

START_TEST(names)
{
    ck_assert_str_eq(cc_hedge_name(CC_HEDGE_APPROX_BELOW), "approx_below");
    ck_assert_str_eq(cc_hedge_name(CC_HEDGE_RANGE), "range");
    ck_assert_ptr_null(cc_hedge_name((cc_hedge)99));
    ck_assert_str_eq(cc_dimension_name(CC_DIM_POINTS), "points");
    ck_assert_ptr_null(cc_dimension_name((cc_dimension)-1));
    ck_assert_str_eq(cc_verdict_name(CC_VERDICT_MINOR_DISCREPANCY), "minor_discrepancy");
    ck_assert_ptr_null(cc_verdict_name((cc_verdict)17));
    ck_assert_str_eq(cc_claim_status_name(CC_STATUS_AGREES_LENIENT), "agrees_lenient");
    ck_assert_ptr_null(cc_claim_status_name((cc_claim_status)17));
    for (int h = CC_HEDGE_EXACT; h <= CC_HEDGE_RANGE; h++) {
        cc_hedge back;
        ck_assert_int_eq(cc_hedge_from_name(&back, cc_hedge_name((cc_hedge)h)), CC_OK);
        ck_assert_int_eq(back, h);
    }
    {
        cc_hedge back = CC_HEDGE_EXACT;
        ck_assert_int_eq(cc_hedge_from_name(&back, "approximately"), CC_EINVAL);
    }
}
END_TEST

START_TEST(free_null_is_a_no_op)
{
    cc_free(NULL);
    cc_quantity_free(NULL);
    cc_rates_free(NULL);
    cc_claimset_free(NULL);
    cc_report_free(NULL);
}
END_TEST

START_TEST(quantity_alone)
{
    cc_quantity *q = NULL;
    cc_error err;
    double lo, hi;
    int lo_open = -1, hi_open = -1;
    const char *text = "fast 600 Mrd. $";
    ck_assert_int_eq(cc_quantity_parse(&q, text, strlen(text), "de", &err), CC_OK);
    ck_assert_str_eq(cc_quantity_digits(q), "600");
    ck_assert_int_eq(cc_quantity_scale(q), 9);
    ck_assert_str_eq(cc_quantity_unit(q), "USD");
    ck_assert_int_eq(cc_quantity_hedge(q), CC_HEDGE_APPROX_BELOW);
    ck_assert_str_eq(cc_quantity_hedge_word(q), "fast");
    cc_quantity_interval(q, 0, &lo, &hi, &lo_open, &hi_open);
    ck_assert(fabs(lo - 570e9) < 1 && fabs(hi - 600e9) < 1);
    ck_assert_int_eq(lo_open, 0);
    ck_assert_int_eq(hi_open, 0);
    cc_quantity_free(q);

    q = NULL;
    ck_assert_int_eq(cc_quantity_new(&q, "460", NULL, "1e9", "USD", CC_HEDGE_APPROX_ABOVE, &err),
                     CC_OK);
    ck_assert(cc_quantity_value(q) == 460e9);
    cc_quantity_interval(q, 1, &lo, &hi, NULL, NULL);
    ck_assert(fabs(lo - 460e9) < 1 && fabs(hi - 480e9) < 1);
    cc_quantity_free(q);

    q = NULL;
    ck_assert_int_eq(cc_quantity_new(&q, "5", NULL, "1e-3", "USD", CC_HEDGE_EXACT, &err),
                     CC_ERANGE);
    ck_assert_ptr_null(q);
    ck_assert_int_eq(cc_quantity_parse(&q, "fr", 2, "fr", &err), CC_ELANG);
    ck_assert_ptr_null(q);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("api");
    TCase *tc = tcase_create("api");
    tcase_add_test(tc, check_by_hand);
    tcase_add_test(tc, options);
    tcase_add_test(tc, bad_options_are_refused);
    tcase_add_test(tc, currency_option_and_rates);
    tcase_add_test(tc, names);
    tcase_add_test(tc, free_null_is_a_no_op);
    tcase_add_test(tc, quantity_alone);
    suite_add_tcase(s, tc);
    return cc_test_run(s);
}
