/*
 * test_strpool.c - the string pool and the case- and space-insensitive
 * interning of key fields.
 */
#include <stdio.h>
#include <string.h>

#include "strpool.h"
#include "testutil.h"

START_TEST(pool_references)
{
    cc_strpool p;
    cc_sref a, b;
    cc_strpool__init(&p);
    ck_assert_str_eq(cc_strpool__get(&p, 0), "");
    a = cc_strpool__add(&p, "Nvidia", 6);
    b = cc_strpool__add(&p, "abc\0def", 7);
    ck_assert_uint_gt(a, 0);
    ck_assert_uint_gt(b, a);
    ck_assert_str_eq(cc_strpool__get(&p, a), "Nvidia");
    ck_assert_int_eq(memcmp(cc_strpool__get(&p, b), "abc\0def", 8), 0);
    ck_assert_str_eq(cc_strpool__get(&p, 0), "");
    cc_strpool__free(&p);
}
END_TEST

START_TEST(intern_folds_case_and_space)
{
    cc_strpool p;
    cc_intern t;
    uint32_t a, b, c, d, e;
    cc_strpool__init(&p);
    ck_assert_int_eq(cc_intern__init(&t, &p), 0);
    a = cc_intern__add(&t, "Market Value Loss", 17);
    b = cc_intern__add(&t, "  market   value\tloss ", 22);
    c = cc_intern__add(&t, "MARKET VALUE LOSS", 17);
    d = cc_intern__add(&t, "market value", 12);
    ck_assert_uint_gt(a, 0);
    ck_assert_uint_eq(a, b);
    ck_assert_uint_eq(a, c);
    ck_assert_uint_ne(a, d);
    ck_assert_str_eq(cc_intern__display(&t, a), "Market Value Loss"); /* first spelling kept */
    /* non-ASCII: German sharp s and umlauts fold with ICU's full case folding rules */
    e = cc_intern__add(&t, "Börsenwert", strlen("Börsenwert"));
    ck_assert_uint_eq(cc_intern__add(&t, "BÖRSENWERT", strlen("BÖRSENWERT")), e);
    ck_assert_uint_eq(cc_intern__add(&t, "", 0), 0);
    ck_assert_uint_eq(cc_intern__add(&t, " \t ", 3), 0);
    ck_assert_uint_eq(cc_intern__add(&t, NULL, 0), 0);
    ck_assert_ptr_null(cc_intern__display(&t, 0));
    cc_intern__free(&t);
    cc_strpool__free(&p);
}
END_TEST

START_TEST(intern_many)
{
    cc_strpool p;
    cc_intern t;
    char buf[32];
    cc_strpool__init(&p);
    ck_assert_int_eq(cc_intern__init(&t, &p), 0);
    for (int i = 0; i < 20000; i++) {
        int n = snprintf(buf, sizeof buf, "Company %d", i);
        ck_assert_uint_eq(cc_intern__add(&t, buf, (size_t)n), (uint32_t)i + 1);
    }
    for (int i = 0; i < 20000; i += 7) {
        int n = snprintf(buf, sizeof buf, "COMPANY %d", i);
        ck_assert_uint_eq(cc_intern__add(&t, buf, (size_t)n), (uint32_t)i + 1);
    }
    ck_assert_str_eq(cc_intern__display(&t, 20000), "Company 19999");
    cc_intern__free(&t);
    cc_strpool__free(&p);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("strpool");
    TCase *tc = tcase_create("strpool");
    tcase_add_test(tc, pool_references);
    tcase_add_test(tc, intern_folds_case_and_space);
    tcase_add_test(tc, intern_many);
    suite_add_tcase(s, tc);
    return cc_test_run(s);
}
