/*
 * test_date.c - day numbers, parsing and formatting of calendar dates.
 */
#include <string.h>

#include "date.h"
#include "testutil.h"

static int32_t parse(const char *s)
{
    int32_t d = 0;
    ck_assert_int_eq(cc_date__parse(s, strlen(s), &d), 0);
    return d;
}

START_TEST(epoch_and_known_days)
{
    ck_assert_int_eq(parse("1970-01-01"), 0);
    ck_assert_int_eq(parse("1970-01-02"), 1);
    ck_assert_int_eq(parse("1969-12-31"), -1);
    ck_assert_int_eq(parse("2000-03-01") - parse("2000-02-28"), 2); /* 2000 is a leap year */
    ck_assert_int_eq(parse("1900-03-01") - parse("1900-02-28"), 1); /* 1900 is not */
    ck_assert_int_eq(parse("2025-01-27") - parse("2025-01-24"), 3);
}
END_TEST

START_TEST(weekdays)
{
    ck_assert_int_eq(cc_date__weekday(parse("2025-01-27")), 0); /* Monday */
    ck_assert_int_eq(cc_date__weekday(parse("2025-01-25")), 5); /* Saturday */
    ck_assert_int_eq(cc_date__weekday(parse("1999-01-04")), 0);
    ck_assert_int_eq(cc_date__weekday(parse("1969-12-31")), 2); /* Wednesday */
}
END_TEST

START_TEST(round_trip)
{
    char out[11];
    for (int32_t d = -800000; d < 2900000; d += 997) {
        int32_t back = 0;
        cc_date__format(d, out);
        ck_assert_int_eq(cc_date__parse(out, 10, &back),
                         d < cc_date__from_ymd(1000, 1, 1) ? -1 : 0);
        if (d >= cc_date__from_ymd(1000, 1, 1))
            ck_assert_int_eq(back, d);
    }
    cc_date__format(parse("2025-01-27"), out);
    ck_assert_str_eq(out, "2025-01-27");
}
END_TEST

START_TEST(rejects_impossible_dates)
{
    static const char *const bad[] = {"2025-02-29", "2025-02-30", "2024-13-01", "2024-00-10",
                                      "2024-04-31", "2024-01-00", "2024-1-01",  "2024-01-011",
                                      "20240101",   "2024/01/01", "abcd-ef-gh", "0999-12-31",
                                      "",           "2024-01-0x"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        int32_t d = 12345;
        ck_assert_msg(cc_date__parse(bad[i], strlen(bad[i]), &d) == -1, "accepted '%s'", bad[i]);
        ck_assert_int_eq(d, 12345);
    }
    ck_assert_int_eq(parse("2024-02-29") + 1, parse("2024-03-01"));
}
END_TEST

int main(void)
{
    Suite *s = suite_create("date");
    TCase *tc = tcase_create("date");
    tcase_add_test(tc, epoch_and_known_days);
    tcase_add_test(tc, weekdays);
    tcase_add_test(tc, round_trip);
    tcase_add_test(tc, rejects_impossible_dates);
    suite_add_tcase(s, tc);
    return cc_test_run(s);
}
