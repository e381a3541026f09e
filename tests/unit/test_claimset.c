/*
 * test_claimset.c - the claim model built by hand through the public API,
 * and its internals (id maps, interning, syndication).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "claimset.h"
#include "common.h"
#include "date.h"
#include "testutil.h"

static cc_claimset *set;
static cc_quantity *q589;

static void setup(void)
{
    cc_error err;
    ck_assert_int_eq(cc_claimset_new(&set, &err), CC_OK);
    ck_assert_int_eq(cc_claimset_add_source(set, "wire", "Wire Service", "2025-01-28", "de",
                                            "https://example.org/w", &err),
                     CC_OK);
    ck_assert_int_eq(cc_claimset_add_source(set, "paper", NULL, NULL, "en", NULL, &err), CC_OK);
    ck_assert_int_eq(cc_quantity_new(&q589, "589", NULL, "1e9", "USD", CC_HEDGE_EXACT, &err),
                     CC_OK);
}

static void teardown(void)
{
    cc_claimset_free(set);
    cc_quantity_free(q589);
    set = NULL;
    q589 = NULL;
}

/* A claim from the wire source with the structured quantity. */
static cc_claim_fields fields(const char *id)
{
    cc_claim_fields f = CC_CLAIM_FIELDS_INIT;
    f.id = id;
    f.source = "wire";
    f.subject = "Nvidia";
    f.measure = "market value loss";
    f.quantity = q589;
    return f;
}

static int32_t day(const char *s)
{
    int32_t d = 0;
    ck_assert_int_eq(cc_date__parse(s, strlen(s), &d), 0);
    return d;
}

/* Every hand-built error has no position and the set's name as source. */
#define assert_hand_error(err, c, needle)                                                          \
    do {                                                                                           \
        cc_assert_error(err, c, 0, 0, -1, needle);                                                 \
        ck_assert_str_eq((err).source, "<string>");                                                \
    } while (0)

START_TEST(test_new_and_free)
{
    cc_claimset *s = NULL;
    cc_error err;
    ck_assert_int_eq(cc_claimset_new(&s, &err), CC_OK);
    ck_assert_ptr_nonnull(s);
    ck_assert_uint_eq(cc_claimset_source_count(s), 0);
    ck_assert_uint_eq(cc_claimset_claim_count(s), 0);
    ck_assert_int_eq(cc_claimset__find_claim(s, "x"), -1);
    cc_claimset_free(s);
    cc_claimset_free(NULL);
    ck_assert_uint_eq(cc_claimset_claim_count(NULL), 0);
    ck_assert_int_eq(cc_claimset_new(NULL, &err), CC_EINVAL);
}
END_TEST

START_TEST(test_sources)
{
    cc_error err;
    const cc_source *s;
    ck_assert_uint_eq(cc_claimset_source_count(set), 2);
    ck_assert_int_eq(cc_claimset__find_source(set, "wire"), 0);
    ck_assert_int_eq(cc_claimset__find_source(set, "paper"), 1);
    ck_assert_int_eq(cc_claimset__find_source(set, "Wire"), -1);
    s = &set->sources[0];
    ck_assert_str_eq(cc_claimset__str(set, s->id), "wire");
    ck_assert_str_eq(cc_claimset__str(set, s->name), "Wire Service");
    ck_assert_str_eq(cc_claimset__str(set, s->url), "https://example.org/w");
    ck_assert_int_eq(s->published, day("2025-01-28"));
    ck_assert_str_eq(s->lang, "de");
    s = &set->sources[1];
    ck_assert_uint_eq(s->name, 0);
    ck_assert_int_eq(s->published, CC_NO_DATE);
    /* region subtags and case are normalised; "auto" means unspecified */
    ck_assert_int_eq(cc_claimset_add_source(set, "at", NULL, NULL, "DE-at", NULL, &err), CC_OK);
    ck_assert_str_eq(set->sources[2].lang, "de");
    ck_assert_int_eq(cc_claimset_add_source(set, "any", NULL, NULL, "auto", NULL, &err), CC_OK);
    ck_assert_str_eq(set->sources[3].lang, "");
    ck_assert_uint_eq(cc_claimset_source_count(set), 4);
}
END_TEST

START_TEST(test_source_errors)
{
    cc_error err;
    ck_assert_int_eq(cc_claimset_add_source(set, "", NULL, NULL, NULL, NULL, &err), CC_ESCHEMA);
    assert_hand_error(err, CC_ESCHEMA, "source without id");
    ck_assert_int_eq(cc_claimset_add_source(set, NULL, NULL, NULL, NULL, NULL, &err), CC_ESCHEMA);
    assert_hand_error(err, CC_ESCHEMA, "source without id");
    ck_assert_int_eq(cc_claimset_add_source(set, "wire", NULL, NULL, NULL, NULL, &err), CC_ESCHEMA);
    assert_hand_error(err, CC_ESCHEMA, "duplicate source id 'wire'");
    ck_assert_int_eq(cc_claimset_add_source(set, "s3", NULL, "2025-02-30", NULL, NULL, &err),
                     CC_EDATE);
    assert_hand_error(err, CC_EDATE, "source 's3': invalid date '2025-02-30'");
    ck_assert_int_eq(cc_claimset_add_source(set, "s4", NULL, "28.01.2025", NULL, NULL, &err),
                     CC_EDATE);
    assert_hand_error(err, CC_EDATE, "invalid date '28.01.2025'");
    ck_assert_int_eq(cc_claimset_add_source(set, "s5", NULL, NULL, "fr", NULL, &err), CC_ELANG);
    assert_hand_error(err, CC_ELANG, "source 's5': unsupported language 'fr'");
    ck_assert_int_eq(cc_claimset_add_source(NULL, "s6", NULL, NULL, NULL, NULL, &err), CC_EINVAL);
    /* nothing was added by the failed calls, and err may be NULL */
    ck_assert_uint_eq(cc_claimset_source_count(set), 2);
    ck_assert_int_eq(cc_claimset_add_source(set, "wire", NULL, NULL, NULL, NULL, NULL), CC_ESCHEMA);
}
END_TEST

START_TEST(test_fields_init)
{
    cc_claim_fields f;
    memset(&f, 0x5a, sizeof f);
    ck_assert_int_eq(cc_claim_fields_init(&f, CC_CLAIM_FIELDS_VERSION), CC_OK);
    ck_assert_uint_eq(f.version, CC_CLAIM_FIELDS_VERSION);
    ck_assert_ptr_null(f.id);
    ck_assert_ptr_null(f.quantity);
    ck_assert_ptr_null(f.syndicated_from);
    ck_assert_int_eq(cc_claim_fields_init(&f, 99), CC_EINVAL);
    ck_assert_int_eq(cc_claim_fields_init(NULL, CC_CLAIM_FIELDS_VERSION), CC_EINVAL);
}
END_TEST

START_TEST(test_add_structured)
{
    cc_error err;
    cc_claim_fields f = fields("c1");
    const cc_claim *c;
    f.scope = "close";
    ck_assert_int_eq(cc_claimset_add_claim(set, &f, &err), CC_OK);
    ck_assert_uint_eq(cc_claimset_claim_count(set), 1);
    ck_assert_int_eq(cc_claimset__find_claim(set, "c1"), 0);
    c = &set->claims[0];
    ck_assert_str_eq(cc_claimset__str(set, c->id), "c1");
    ck_assert_uint_eq(c->source, 0);
    /* the date defaults to the source's published date */
    ck_assert_int_eq(c->date, day("2025-01-28"));
    ck_assert_uint_eq(c->text, 0);
    ck_assert_str_eq(c->q.digits, "589");
    ck_assert_int_eq(c->q.scale, 9);
    ck_assert_str_eq(c->q.unit, "USD");
    ck_assert_str_eq(cc_intern__display(&set->keys, c->subject), "Nvidia");
    ck_assert_str_eq(cc_intern__display(&set->keys, c->scope), "close");
    ck_assert_uint_eq(c->attributed_to, 0);
    ck_assert_int_eq(c->span_start, -1);
    ck_assert_uint_eq(c->line, 0);
    /* the caller keeps its quantity */
    ck_assert_str_eq(cc_quantity_digits(q589), "589");
}
END_TEST

START_TEST(test_keys_interned)
{
    cc_error err;
    cc_claim_fields a = fields("a"), b = fields("b"), c = fields("c");
    b.subject = "  NVIDIA ";
    b.measure = "Market   Value\tLoss";
    c.subject = "Nvidia Corp";
    c.date = "2025-01-27";
    c.source = "paper";
    ck_assert_int_eq(cc_claimset_add_claim(set, &a, &err), CC_OK);
    ck_assert_int_eq(cc_claimset_add_claim(set, &b, &err), CC_OK);
    ck_assert_int_eq(cc_claimset_add_claim(set, &c, &err), CC_OK);
    ck_assert_uint_eq(set->claims[0].subject, set->claims[1].subject);
    ck_assert_uint_eq(set->claims[0].measure, set->claims[1].measure);
    ck_assert_uint_ne(set->claims[0].subject, set->claims[2].subject);
    ck_assert_uint_eq(set->claims[2].source, 1);
    ck_assert_int_eq(set->claims[2].date, day("2025-01-27"));
    /* the first spelling is the one displayed */
    ck_assert_str_eq(cc_intern__display(&set->keys, set->claims[1].subject), "Nvidia");
}
END_TEST

START_TEST(test_claim_errors)
{
    cc_error err;
    cc_claim_fields f;

    f = fields(NULL);
    ck_assert_int_eq(cc_claimset_add_claim(set, &f, &err), CC_ESCHEMA);
    assert_hand_error(err, CC_ESCHEMA, "claim without id");
    f = fields("");
    ck_assert_int_eq(cc_claimset_add_claim(set, &f, &err), CC_ESCHEMA);
    assert_hand_error(err, CC_ESCHEMA, "claim without id");

    f = fields("c1");
    ck_assert_int_eq(cc_claimset_add_claim(set, &f, &err), CC_OK);
    ck_assert_int_eq(cc_claimset_add_claim(set, &f, &err), CC_ESCHEMA);
    assert_hand_error(err, CC_ESCHEMA, "duplicate claim id 'c1'");
    ck_assert_ptr_null(strstr(err.message, "first at"));

    f = fields("c2");
    f.source = NULL;
    ck_assert_int_eq(cc_claimset_add_claim(set, &f, &err), CC_ESCHEMA);
    assert_hand_error(err, CC_ESCHEMA, "claim 'c2': missing source");
    f.source = "sz";
    ck_assert_int_eq(cc_claimset_add_claim(set, &f, &err), CC_ESCHEMA);
    assert_hand_error(err, CC_ESCHEMA, "claim 'c2': unknown source 'sz'");

    f = fields("c3");
    f.date = "2025-02-30";
    ck_assert_int_eq(cc_claimset_add_claim(set, &f, &err), CC_EDATE);
    assert_hand_error(err, CC_EDATE, "claim 'c3': invalid date '2025-02-30'");
    f.date = "2025-13-01";
    ck_assert_int_eq(cc_claimset_add_claim(set, &f, &err), CC_EDATE);
    assert_hand_error(err, CC_EDATE, "invalid date '2025-13-01'");

    f = fields("c4");
    f.lang = "tlh";
    ck_assert_int_eq(cc_claimset_add_claim(set, &f, &err), CC_ELANG);
    assert_hand_error(err, CC_ELANG, "claim 'c4': unsupported language 'tlh'");

    f = fields("c5");
    f.text = "589 Milliarden US-Dollar";
    ck_assert_int_eq(cc_claimset_add_claim(set, &f, &err), CC_ESCHEMA);
    assert_hand_error(err, CC_ESCHEMA, "claim 'c5': both 'text' and 'quantity' given");
    f.text = NULL;
    f.quantity = NULL;
    ck_assert_int_eq(cc_claimset_add_claim(set, &f, &err), CC_ESCHEMA);
    assert_hand_error(err, CC_ESCHEMA, "claim 'c5': neither 'text' nor 'quantity' given");

    f = fields("c6");
    f.syndicated_from = "c6";
    ck_assert_int_eq(cc_claimset_add_claim(set, &f, &err), CC_ESCHEMA);
    assert_hand_error(err, CC_ESCHEMA, "claim 'c6': syndicated_from names the claim itself");
    f.syndicated_from = "c99";
    ck_assert_int_eq(cc_claimset_add_claim(set, &f, &err), CC_ESCHEMA);
    assert_hand_error(err, CC_ESCHEMA, "claim 'c6': syndicated_from names no claim 'c99'");

    f = fields("c7");
    f.version = 7;
    ck_assert_int_eq(cc_claimset_add_claim(set, &f, &err), CC_EINVAL);
    ck_assert_int_eq(cc_claimset_add_claim(set, NULL, &err), CC_EINVAL);
    ck_assert_int_eq(cc_claimset_add_claim(NULL, &f, &err), CC_EINVAL);

    /* a quote in an id is escaped in the message */
    f = fields("it's");
    f.source = "nowhere";
    ck_assert_int_eq(cc_claimset_add_claim(set, &f, NULL), CC_ESCHEMA);
    ck_assert_int_eq(cc_claimset_add_claim(set, &f, &err), CC_ESCHEMA);
    assert_hand_error(err, CC_ESCHEMA, "claim 'it\\'s': unknown source 'nowhere'");

    /* only c1 made it in */
    ck_assert_uint_eq(cc_claimset_claim_count(set), 1);
    ck_assert_int_eq(cc_claimset__find_claim(set, "c2"), -1);
}
END_TEST

START_TEST(test_syndication)
{
    cc_error err;
    cc_claim_fields f = fields("orig"), copy = fields("copy");
    size_t bad = 99;
    cc_claim *added = NULL;

    ck_assert_int_eq(cc_claimset_add_claim(set, &f, &err), CC_OK);
    copy.syndicated_from = "orig";
    ck_assert_int_eq(cc_claimset_add_claim(set, &copy, &err), CC_OK);
    ck_assert_uint_eq(set->claims[1].syndicated_from, 1);
    ck_assert_str_eq(cc_claimset__str(set, set->claims[1].syndicated_name), "orig");

    /* internally a claim may name one that comes later */
    f = fields("early");
    f.syndicated_from = "late";
    ck_assert_int_eq(cc_claimset__add(set, &f, q589, 3, 5, &added, &err), CC_OK);
    ck_assert_ptr_nonnull(added);
    ck_assert_uint_eq(added->syndicated_from, 0);
    ck_assert_uint_eq(added->line, 3);
    f = fields("late");
    ck_assert_int_eq(cc_claimset__add(set, &f, q589, 4, 5, NULL, &err), CC_OK);
    ck_assert_int_eq(cc_claimset__resolve_at(set, &bad, &err), CC_OK);
    ck_assert_uint_eq(set->claims[2].syndicated_from, 4);
    ck_assert_uint_eq(bad, 99);

    f = fields("stray");
    f.syndicated_from = "ghost";
    ck_assert_int_eq(cc_claimset__add(set, &f, q589, 7, 3, NULL, &err), CC_OK);
    ck_assert_int_eq(cc_claimset__resolve_at(set, &bad, &err), CC_ESCHEMA);
    cc_assert_error(err, CC_ESCHEMA, 7, 3, -1,
                    "claim 'stray': syndicated_from names no claim 'ghost'");
    ck_assert_uint_eq(bad, 4);
    cc_error__clear(&err);
    ck_assert_int_eq(cc_claimset__resolve(set, &err), CC_ESCHEMA);
}
END_TEST

START_TEST(test_internal_positions)
{
    cc_error err;
    cc_claim_fields f = fields("c3");
    const char *field = NULL;

    ck_assert_int_eq(cc_claimset__add(set, &f, q589, 12, 5, NULL, &err), CC_OK);
    cc_error__clear(&err);
    ck_assert_int_eq(cc_claimset__add_fields(set, &f, 20, 5, &field, NULL, &err), CC_ESCHEMA);
    cc_assert_error(err, CC_ESCHEMA, 20, 5, -1, "duplicate claim id 'c3' (first at line 12)");
    ck_assert_str_eq(field, "id");

    f = fields("c4");
    f.date = "2024-02-30";
    cc_error__clear(&err);
    ck_assert_int_eq(cc_claimset__add_fields(set, &f, 21, 5, &field, NULL, &err), CC_EDATE);
    cc_assert_error(err, CC_EDATE, 21, 5, -1, "claim 'c4': invalid date '2024-02-30'");
    ck_assert_str_eq(field, "date");

    f = fields("c5");
    f.source = "tagesblatt";
    cc_error__clear(&err);
    ck_assert_int_eq(cc_claimset__add_fields(set, &f, 22, 5, &field, NULL, &err), CC_ESCHEMA);
    ck_assert_str_eq(field, "source");

    /* the first error wins: err is not cleared by internal calls */
    f = fields("c6");
    f.lang = "xx";
    ck_assert_int_eq(cc_claimset__add_fields(set, &f, 23, 5, &field, NULL, &err), CC_ELANG);
    ck_assert_int_eq(err.code, CC_ESCHEMA);
    ck_assert_str_eq(field, "lang");
    ck_assert_int_eq(cc_claimset__add(set, &f, NULL, 0, 0, NULL, NULL), CC_EINVAL);
}
END_TEST

START_TEST(test_text_claim)
{
    cc_error err;
    cc_claim_fields f = fields("t1");
    const cc_claim *c;
    f.quantity = NULL;
    f.text = "589 Milliarden US-Dollar";
    ck_assert_int_eq(cc_claimset_add_claim(set, &f, &err), CC_OK);
    c = &set->claims[0];
    ck_assert_str_eq(cc_claimset__str(set, c->text), "589 Milliarden US-Dollar");
    ck_assert_str_eq(c->q.digits, "589");
    ck_assert_int_eq(c->q.scale, 9);
    ck_assert_str_eq(c->q.unit, "USD");

    /* parsed in the claim's language over the source's */
    f = fields("t2");
    f.quantity = NULL;
    f.source = "paper";
    f.lang = "de";
    f.text = "fast 600 Milliarden Dollar";
    ck_assert_int_eq(cc_claimset_add_claim(set, &f, &err), CC_OK);
    c = &set->claims[1];
    ck_assert_str_eq(c->q.digits, "600");
    ck_assert_int_eq(c->q.hedge, CC_HEDGE_APPROX_BELOW);
}
END_TEST

START_TEST(test_text_errors)
{
    cc_error err;
    cc_claim_fields f = fields("t3");
    f.quantity = NULL;
    f.text = "ohne jede Zahl";
    ck_assert_int_ne(cc_claimset_add_claim(set, &f, &err), CC_OK);
    ck_assert_int_eq(err.code, CC_EQUANTITY);
    ck_assert_str_eq(err.source, "<string>");
    ck_assert_msg(strncmp(err.message, "claim 't3': ", 12) == 0, "message '%s'", err.message);
    /* the parser's position stays relative to the text */
    f.text = "5 und 6 und 7 Euro";
    ck_assert_int_eq(cc_claimset_add_claim(set, &f, &err), CC_EQUANTITY);
    cc_assert_error(err, CC_EQUANTITY, 1, 7, strstr(f.text, "6") - f.text, "claim 't3': ");
    ck_assert_msg(strncmp(err.message, "claim 't3': ", 12) == 0, "message '%s'", err.message);
    ck_assert_uint_eq(cc_claimset_claim_count(set), 0);
}
END_TEST

START_TEST(test_many_claims)
{
    enum {
        N = 200000
    };
    cc_error err;
    char id[32];

    for (int i = 0; i < N; i++) {
        cc_claim_fields f = fields(id);
        snprintf(id, sizeof id, "claim-%d", i);
        f.syndicated_from = i > 0 && i % 1000 == 0 ? "claim-0" : NULL;
        ck_assert_int_eq(cc_claimset_add_claim(set, &f, &err), CC_OK);
    }
    ck_assert_uint_eq(cc_claimset_claim_count(set), N);
    for (int i = 0; i < N; i += 997) {
        snprintf(id, sizeof id, "claim-%d", i);
        ck_assert_int_eq(cc_claimset__find_claim(set, id), i);
    }
    ck_assert_int_eq(cc_claimset__find_claim(set, "claim-200000"), -1);
    ck_assert_uint_eq(set->claims[5000].syndicated_from, 1);
    cc_claimset__shrink(set);
    ck_assert_uint_eq(set->claims_cap, N);
    ck_assert_int_eq(cc_claimset__find_claim(set, "claim-199999"), N - 1);
    /* the claim model stays small: no per-claim heap block */
    ck_assert_uint_le(sizeof(cc_claim), 200);
    ck_assert_uint_le(set->strings.len, (size_t)N * 20);
    ck_assert_uint_le(set->claim_ids.nslots * sizeof(uint32_t), (size_t)N * 4 * 4);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("claimset");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_new_and_free);
    tcase_add_test(tc, test_sources);
    tcase_add_test(tc, test_source_errors);
    tcase_add_test(tc, test_fields_init);
    tcase_add_test(tc, test_add_structured);
    tcase_add_test(tc, test_keys_interned);
    tcase_add_test(tc, test_claim_errors);
    tcase_add_test(tc, test_syndication);
    tcase_add_test(tc, test_internal_positions);
    tcase_add_test(tc, test_text_claim);
    tcase_add_test(tc, test_text_errors);
    tcase_add_test(tc, test_many_claims);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return cc_test_run(suite());
}
