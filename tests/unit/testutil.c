/*
 * testutil.c - helpers shared by the Check unit suites.
 */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>

int cc_test_run(Suite *s)
{
    SRunner *sr = srunner_create(s);
    int failed;
    srunner_run_all(sr, CK_NORMAL);
    failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}

static const char *join(const char *var, const char *fallback, const char *name)
{
    static char buf[4096];
    const char *dir = getenv(var);
    snprintf(buf, sizeof buf, "%s/%s", dir ? dir : fallback, name);
    return buf;
}

const char *cc_test_data(const char *name)
{
    return join("CC_TEST_DATA", "tests/data", name);
}

const char *cc_test_example(const char *name)
{
    return join("CC_EXAMPLES_DATA", "examples/data", name);
}
