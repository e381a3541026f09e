/*
 * test_chaos.c - every allocation of the library's main paths fails once,
 * in turn (N = 0, 1, 2, ...): each call must return CC_ENOMEM (or manage
 * without the memory), leak nothing (ASan / valgrind runs of this suite)
 * and leave no damage behind: the run after the failures gives the same
 * output as a run before them. Allocations made by jansson and ICU are
 * not counted (we install no global hooks in them).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "testutil.h"

static char *slurp(const char *path, size_t *len)
{
    char *buf = NULL;
    cc_error err;
    ck_assert_int_eq(cc__read_file(path, &buf, len, &err), CC_OK);
    return buf;
}

/* One scenario: does its work from scratch, frees everything, and hands
 * back its output (or NULL with the status). */
typedef cc_status (*scenario)(char **out);

static char *claims_json;
static size_t claims_len;

static cc_status check_claims(char **out)
{
    cc_claimset *set = NULL;
    cc_rates *rates = NULL;
    cc_report *rep = NULL;
    char *text = NULL, *js = NULL;
    cc_error err;
    cc_status st;
    if ((st = cc_claimset_load_json(&set, claims_json, claims_len, "claims.json", &err)) != CC_OK)
        goto done;
    if ((st = cc_rates_new(&rates, &err)) != CC_OK)
        goto done;
    if ((st = cc_check(&rep, set, rates, NULL, &err)) != CC_OK)
        goto done;
    if ((st = cc_report_write(rep, CC_FORMAT_TEXT, &text, NULL, &err)) != CC_OK)
        goto done;
    if ((st = cc_report_write(rep, CC_FORMAT_JSON, &js, NULL, &err)) != CC_OK)
        goto done;
    *out = malloc(strlen(text) + strlen(js) + 1);
    ck_assert_ptr_nonnull(*out);
    strcpy(*out, text);
    strcat(*out, js);
done:
    if (st != CC_OK)
        ck_assert_int_eq(err.code, st);
    cc_free(text);
    cc_free(js);
    cc_report_free(rep);
    cc_rates_free(rates);
    cc_claimset_free(set);
    return st;
}

static const char *const articles[] = {"elbe-rundschau.txt", "hafenblatt.txt",
                                       "nordkurier-online.txt", "north-sea-times.txt"};
#define NART (sizeof articles / sizeof *articles)

static char *article_text[NART];
static size_t article_len[NART];

/* The inputs, read once before any allocation is made to fail. */
static void load_inputs(void)
{
    char path[4096];
    cc__alloc_fail_at(-1);
    if (!claims_json)
        claims_json = slurp(cc_test_example("selloff-2025-01-27.claims.json"), &claims_len);
    for (size_t i = 0; i < NART; i++) {
        if (article_text[i])
            continue;
        snprintf(path, sizeof path, "%s/%s", cc_test_example("articles/demo"), articles[i]);
        article_text[i] = slurp(path, &article_len[i]);
    }
}

static cc_status extract_articles(char **out)
{
    cc_extraction *xs[NART] = {NULL};
    const char *texts[NART];
    cc_error err;
    cc_status st = CC_OK;
    for (size_t i = 0; i < NART && st == CC_OK; i++) {
        cc_extract_options o;
        cc_extract_options_init(&o, CC_EXTRACT_OPTIONS_VERSION);
        o.source = articles[i];
        texts[i] = article_text[i];
        st = cc_extract(&xs[i], article_text[i], article_len[i], &o, &err);
    }
    if (st == CC_OK)
        st = cc_extraction_write((const cc_extraction *const *)xs, texts, article_len, NART,
                                 CC_FORMAT_JSON, out, NULL, &err);
    if (st != CC_OK)
        ck_assert_int_eq(err.code, st);
    for (size_t i = 0; i < NART; i++)
        cc_extraction_free(xs[i]);
    return st;
}

static cc_status run_corpus(char **out)
{
    cc_corpus *c = NULL;
    cc_report *rep = NULL;
    char *js = NULL, *ver = NULL;
    cc_error err;
    cc_status st;
    if ((st = cc_corpus_new(&c, NULL, &err)) != CC_OK)
        goto done;
    for (size_t i = 0; i < NART && st == CC_OK; i++)
        st = cc_corpus_add_article(c, article_text[i], article_len[i], articles[i], &err);
    if (st != CC_OK)
        goto done;
    if ((st = cc_run(&rep, c, &err)) != CC_OK)
        goto done;
    if ((st = cc_report_write(rep, CC_FORMAT_JSON, &js, NULL, &err)) != CC_OK)
        goto done;
    {
        const char *claim = "Laut Polizei demonstrierten rund 12.000 Menschen";
        if ((st = cc_verify(&ver, NULL, c, claim, strlen(claim), "de", CC_FORMAT_JSON, NULL,
                            &err)) != CC_OK)
            goto done;
    }
    *out = malloc(strlen(js) + strlen(ver) + 1);
    ck_assert_ptr_nonnull(*out);
    strcpy(*out, js);
    strcat(*out, ver);
done:
    if (st != CC_OK)
        ck_assert_int_eq(err.code, st);
    cc_free(js);
    cc_free(ver);
    cc_report_free(rep);
    cc_corpus_free(c);
    return st;
}

/* Fail allocation 0, 1, 2, ... of the scenario until one run needs no
 * more allocations than the failure point; every run either succeeds or
 * says CC_ENOMEM, and every output equals the undisturbed one made last.
 * The first runs also fail inside the lazily built language data (each
 * test is a fresh process unless CK_FORK=no). */
static void chaos(scenario run, const char *name)
{
    char *want = NULL, *first = NULL;
    long n, made, failures = 0;
    load_inputs();
    for (n = 0;; n++) {
        char *got = NULL;
        cc_status st;
        cc__alloc_fail_at(n);
        st = run(&got);
        made = cc__alloc_fail_at(-1);
        ck_assert_msg(st == CC_OK || st == CC_ENOMEM, "%s: allocation %ld failed: status %d", name,
                      n, (int)st);
        if (st == CC_OK) {
            if (first) {
                ck_assert_str_eq(got, first);
            } else {
                first = got;
                got = NULL;
            }
        } else {
            ck_assert_ptr_null(got);
            failures++;
        }
        free(got);
        if (n >= made)
            break;
    }
    ck_assert_msg(failures > 0, "%s: no allocation failed (%ld made)", name, made);
    ck_assert_int_eq(run(&want), CC_OK);
    ck_assert_ptr_nonnull(first);
    ck_assert_str_eq(first, want);
    free(first);
    free(want);
}

START_TEST(test_chaos_check)
{
    chaos(check_claims, "check");
}
END_TEST

START_TEST(test_chaos_extract)
{
    chaos(extract_articles, "extract");
}
END_TEST

START_TEST(test_chaos_run)
{
    chaos(run_corpus, "run");
}
END_TEST

int main(void)
{
    Suite *s = suite_create("chaos");
    TCase *tc = tcase_create("each allocation fails once");
    tcase_set_timeout(tc, 0);
    tcase_add_test(tc, test_chaos_check);
    tcase_add_test(tc, test_chaos_extract);
    tcase_add_test(tc, test_chaos_run);
    suite_add_tcase(s, tc);
    return cc_test_run(s);
}
