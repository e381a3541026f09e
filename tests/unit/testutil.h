/*
 * testutil.h - helpers shared by the Check unit suites.
 */
#ifndef CC_TESTUTIL_H
#define CC_TESTUTIL_H

#include <check.h>

#include "crosscheck.h"

/** Run one suite; returns the process exit status (0 if all passed). */
int cc_test_run(Suite *s);

/** Path of a file in tests/data (from $CC_TEST_DATA); static buffer. */
const char *cc_test_data(const char *name);

/** Path of a file in examples/data (from $CC_EXAMPLES_DATA); static buffer. */
const char *cc_test_example(const char *name);

/**
 * Assert an error's fields together: code, line, column, offset (pass
 * -2 to skip line/column/offset checks), and that message contains
 * `needle` (NULL to skip).
 */
#define cc_assert_error(err, c, l, col, off, needle)                                               \
    do {                                                                                           \
        ck_assert_int_eq((err).code, (c));                                                         \
        if ((l) != -2)                                                                             \
            ck_assert_int_eq((err).line, (l));                                                     \
        if ((col) != -2)                                                                           \
            ck_assert_int_eq((err).column, (col));                                                 \
        if ((off) != -2)                                                                           \
            ck_assert_int_eq((long long)(err).offset, (long long)(off));                           \
        if ((needle) != NULL)                                                                      \
            ck_assert_msg(strstr((err).message, (needle)) != NULL, "message '%s' lacks '%s'",      \
                          (err).message, (const char *)(needle));                                  \
    } while (0)

#endif
