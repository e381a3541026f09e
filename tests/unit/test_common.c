/*
 * test_common.c - error recording (first error wins, positions), token
 * quoting, file reading, version and status strings.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "testutil.h"

START_TEST(first_error_wins)
{
    cc_error err;
    cc_error__clear(&err);
    ck_assert_int_eq(err.code, 0);
    ck_assert_int_eq((int)err.offset, -1);
    ck_assert_int_eq(cc_error__set(&err, CC_ESYNTAX, "a.json", 3, 7, 42, "bad token '%s'", "x"),
                     CC_ESYNTAX);
    ck_assert_int_eq(cc_error__msg(&err, CC_ENOMEM, "later"), CC_ENOMEM);
    cc_assert_error(err, CC_ESYNTAX, 3, 7, 42, "bad token 'x'");
    ck_assert_str_eq(err.source, "a.json");
    /* NULL err is allowed everywhere */
    ck_assert_int_eq(cc_error__msg(NULL, CC_EINVAL, "ignored"), CC_EINVAL);
}
END_TEST

START_TEST(positions_count_code_points)
{
    const char *text = "ab\nÄrger 5";
    int line, column;
    cc_error__position(text, strlen(text), 0, &line, &column);
    ck_assert_int_eq(line, 1);
    ck_assert_int_eq(column, 1);
    cc_error__position(text, strlen(text), 3, &line, &column);
    ck_assert_int_eq(line, 2);
    ck_assert_int_eq(column, 1);
    /* "Ä" is two bytes but one column */
    cc_error__position(text, strlen(text), strlen(text) - 1, &line, &column);
    ck_assert_int_eq(line, 2);
    ck_assert_int_eq(column, 7);
}
END_TEST

START_TEST(tokens_are_quoted_and_cut)
{
    char out[16];
    cc_error__token(out, sizeof out, "it's", 4);
    ck_assert_str_eq(out, "it\\'s");
    cc_error__token(out, sizeof out, "a\nb", 3);
    ck_assert_str_eq(out, "a\\x0ab");
    cc_error__token(out, sizeof out, "Milliardenbetrag über alles", 28);
    ck_assert_uint_lt(strlen(out), sizeof out);
    ck_assert_ptr_nonnull(strstr(out, "..."));
}
END_TEST

START_TEST(read_file_errors)
{
    char *buf = NULL;
    size_t len = 0;
    cc_error err;
    cc_error__clear(&err);
    ck_assert_int_eq(cc__read_file("/nonexistent/dir/x.json", &buf, &len, &err), CC_EIO);
    cc_assert_error(err, CC_EIO, 0, 0, -1, "cannot open");
    ck_assert_str_eq(err.source, "/nonexistent/dir/x.json");
    ck_assert_ptr_null(buf);
}
END_TEST

START_TEST(read_file_whole)
{
    char path[] = "/tmp/cc_test_common_XXXXXX";
    int fd = mkstemp(path);
    FILE *f;
    char *buf = NULL;
    size_t len = 0;
    ck_assert_int_ge(fd, 0);
    f = fdopen(fd, "wb");
    for (int i = 0; i < 100000; i++)
        fputs("0123456789", f);
    fclose(f);
    ck_assert_int_eq(cc__read_file(path, &buf, &len, NULL), CC_OK);
    ck_assert_uint_eq(len, 1000000);
    ck_assert_int_eq(buf[len], '\0');
    ck_assert_int_eq(buf[999999], '9');
    free(buf);
    remove(path);
}
END_TEST

START_TEST(version_and_strerror)
{
    char expect[32];
    snprintf(expect, sizeof expect, "%d.%d.%d", CC_VERSION_MAJOR, CC_VERSION_MINOR,
             CC_VERSION_PATCH);
    ck_assert_str_eq(cc_version(), expect);
    ck_assert_int_eq(cc_version_number(), CC_VERSION_NUMBER);
    ck_assert_str_eq(cc_strerror(CC_OK), "no error");
    ck_assert_str_eq(cc_strerror(CC_ENOMEM), "out of memory");
    ck_assert_str_eq(cc_strerror(-999), "unknown error");
    for (int code = CC_EINTERNAL; code <= CC_OK; code++)
        ck_assert_str_ne(cc_strerror(code), "unknown error");
    cc_free(NULL);
}
END_TEST

START_TEST(one_line)
{
    char out[8];
    /* runs of white space are one space */
    ck_assert_uint_eq(cc__one_line("a \n\r\tb", 6, out, sizeof out), 3);
    ck_assert_str_eq(out, "a b");
    /* cut to fit, never inside a code point: "ü" is two bytes */
    ck_assert_uint_eq(cc__one_line("abcdef\xc3\xbc", 8, out, sizeof out), 6);
    ck_assert_str_eq(out, "abcdef");
    ck_assert_uint_eq(cc__one_line("abcde\xc3\xbcx", 8, out, sizeof out), 7);
    ck_assert_str_eq(out, "abcde\xc3\xbc");
    ck_assert_uint_eq(cc__one_line("abc", 3, out, 1), 0);
    ck_assert_str_eq(out, "");
    ck_assert_uint_eq(cc__one_line("abc", 3, out, 0), 0);
}
END_TEST

START_TEST(ascii_helpers)
{
    ck_assert_int_eq(cc__ascii_casecmp("USD", "usd"), 0);
    ck_assert_int_lt(cc__ascii_casecmp("EUR", "USD"), 0);
    ck_assert_int_eq(cc__ascii_ncasecmp("Mrd.", "mrd", 3), 0);
    ck_assert_uint_ne(cc__hash("a", 1), cc__hash("b", 1));
}
END_TEST

int main(void)
{
    Suite *s = suite_create("common");
    TCase *tc = tcase_create("common");
    tcase_add_test(tc, first_error_wins);
    tcase_add_test(tc, positions_count_code_points);
    tcase_add_test(tc, tokens_are_quoted_and_cut);
    tcase_add_test(tc, read_file_errors);
    tcase_add_test(tc, read_file_whole);
    tcase_add_test(tc, version_and_strerror);
    tcase_add_test(tc, ascii_helpers);
    tcase_add_test(tc, one_line);
    suite_add_tcase(s, tc);
    return cc_test_run(s);
}
