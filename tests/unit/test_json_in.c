/*
 * test_json_in.c - reading claims JSON: valid files (unknown fields kept)
 * and one fixture per bad input, each error checked for code, position and
 * message together. Expected positions are computed from the fixture text
 * (the first byte of a marker string), not copied from the loader.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "claimset.h"
#include "common.h"
#include "date.h"
#include "json_locate.h"
#include "testutil.h"

/* Read a fixture into a NUL-terminated buffer. */
static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    char *buf;
    long n;
    ck_assert_msg(f != NULL, "cannot open %s", path);
    fseek(f, 0, SEEK_END);
    n = ftell(f);
    fseek(f, 0, SEEK_SET);
    buf = malloc((size_t)n + 1);
    ck_assert_ptr_nonnull(buf);
    ck_assert_uint_eq(fread(buf, 1, (size_t)n, f), (size_t)n);
    buf[n] = '\0';
    fclose(f);
    *len = (size_t)n;
    return buf;
}

/* Position of the nth (0-based) occurrence of `marker` in text (plus
 * `skip` bytes): line and column counted in code points, 1-based. */
typedef struct pos {
    int line, column;
    long long offset;
} pos;

static pos find(const char *text, const char *marker, int nth, int skip)
{
    const char *at = text;
    pos p = {1, 1, 0};
    for (int i = 0; i <= nth; i++) {
        at = strstr(i ? at + 1 : at, marker);
        ck_assert_msg(at != NULL, "marker '%s' #%d not in fixture", marker, nth);
    }
    at += skip;
    for (const char *c = text; c < at; c++) {
        if (*c == '\n') {
            p.line++;
            p.column = 1;
        } else if (((unsigned char)*c & 0xC0) != 0x80) {
            p.column++;
        }
    }
    p.offset = at - text;
    return p;
}

/* Load fixture `name`; expect `code` at the nth `marker` and `msg` in the message. */
static void expect_file_error(const char *name, int code, const char *marker, int nth,
                              const char *msg)
{
    cc_claimset *set = NULL;
    cc_error err;
    char path[4096];
    size_t len;
    char *text;
    pos p;

    snprintf(path, sizeof path, "%s", cc_test_data(name));
    text = slurp(path, &len);
    p = marker ? find(text, marker, nth, 0) : (pos){1, 1, 0};
    ck_assert_int_eq(cc_claimset_load_file(&set, path, &err), code);
    ck_assert_ptr_null(set);
    cc_assert_error(err, code, p.line, p.column, p.offset, msg);
    ck_assert_str_eq(err.source, path);
    free(text);
}

/* Load a string; expect `code` at the nth `marker` (+skip) and `msg`. */
static void expect_error(const char *json, int code, const char *marker, int nth, int skip,
                         const char *msg)
{
    cc_claimset *set = NULL;
    cc_error err;
    pos p = find(json, marker, nth, skip);
    ck_assert_int_eq(cc_claimset_load_json(&set, json, strlen(json), "t.json", &err), code);
    ck_assert_ptr_null(set);
    cc_assert_error(err, code, p.line, p.column, p.offset, msg);
    ck_assert_str_eq(err.source, "t.json");
}

static cc_claimset *load_ok(const char *json)
{
    cc_claimset *set = NULL;
    cc_error err;
    cc_status rc = cc_claimset_load_json(&set, json, strlen(json), NULL, &err);
    ck_assert_msg(rc == CC_OK, "load failed: %d:%d: %s", err.line, err.column, err.message);
    return set;
}

static const cc_claim *claim(const cc_claimset *set, const char *id)
{
    int64_t i = cc_claimset__find_claim(set, id);
    ck_assert_msg(i >= 0, "no claim '%s'", id);
    return &set->claims[i];
}

static int32_t day(const char *s)
{
    int32_t d = 0;
    ck_assert_int_eq(cc_date__parse(s, strlen(s), &d), 0);
    return d;
}

#define HEAD "{\"sources\": [{\"id\": \"s\", \"published\": \"2025-01-27\"}],\n \"claims\": [\n  "

/* ------------------------------------------------------------------ */

START_TEST(test_valid_file)
{
    cc_claimset *set = NULL;
    cc_error err;
    const cc_claim *c;
    const cc_source *s;
    char *text;
    size_t len;
    pos p;

    ck_assert_int_eq(cc_claimset_load_file(&set, cc_test_data("claims_valid.json"), &err), CC_OK);
    text = slurp(cc_test_data("claims_valid.json"), &len);
    ck_assert_uint_eq(cc_claimset_source_count(set), 3);
    ck_assert_uint_eq(cc_claimset_claim_count(set), 5);

    s = &set->sources[0];
    ck_assert_str_eq(cc_claimset__str(set, s->name), "Börsenblatt");
    ck_assert_str_eq(s->lang, "de");
    ck_assert_str_eq(cc_claimset__str(set, s->extra), "{\"desk\":\"markets\"}");
    ck_assert_uint_eq(set->sources[1].extra, 0);
    ck_assert_str_eq(cc_claimset__str(set, set->extra),
                     "{\"generator\":{\"tool\":\"hand\",\"note\":\"fields beyond the format are "
                     "kept\"}}");

    c = claim(set, "m1");
    ck_assert_str_eq(cc_claimset__str(set, c->text), "589 Milliarden US-Dollar");
    ck_assert_str_eq(c->q.digits, "589");
    ck_assert_int_eq(c->q.scale, 9);
    ck_assert_int_eq(c->date, day("2025-01-27"));
    ck_assert_uint_eq(c->attributed_to, 0);
    ck_assert_str_eq(cc_claimset__str(set, c->extra),
                     "{\"reviewer\":{\"initials\":\"kb\",\"ok\":true}}");
    p = find(text, "{\"id\": \"m1\"", 0, 0);
    ck_assert_uint_eq(c->line, (unsigned)p.line);
    ck_assert_uint_eq(c->column, (unsigned)p.column);

    c = claim(set, "m2");
    ck_assert_uint_eq(c->text, 0);
    ck_assert_str_eq(c->q.digits, "460");
    ck_assert_int_eq(c->q.hedge, CC_HEDGE_APPROX_ABOVE);
    ck_assert_int_eq(c->date, day("2025-01-27")); /* the source's published date */
    ck_assert_int_eq(c->span_start, 120);
    ck_assert_int_eq(c->span_end, 141);
    ck_assert_str_eq(cc_claimset__str(set, c->sentence), "At one point it had shed over $460bn.");
    ck_assert_uint_eq(c->subject, claim(set, "m1")->subject);
    ck_assert_uint_eq(c->measure, claim(set, "m1")->measure);
    ck_assert_uint_ne(c->scope, claim(set, "m1")->scope);
    ck_assert_uint_eq(c->extra, 0);

    /* syndicated_from may name a later claim; the text is read in the claim's lang */
    c = claim(set, "m3");
    ck_assert_uint_eq(c->syndicated_from, (uint32_t)cc_claimset__find_claim(set, "m4") + 1);
    ck_assert_int_eq(c->q.hedge, CC_HEDGE_APPROX_BELOW);
    ck_assert_int_eq(c->date, day("2025-01-29"));

    /* numbers keep the digits as written */
    c = claim(set, "m4");
    ck_assert_str_eq(c->q.digits, "600.0");
    ck_assert_int_eq(c->q.scale, 9);
    ck_assert_double_eq(c->q.value, 600e9);

    c = claim(set, "r1");
    ck_assert_int_eq(c->q.hedge, CC_HEDGE_RANGE);
    ck_assert_str_eq(c->q.digits, "5");
    ck_assert_str_eq(c->q.digits_high, "6");
    ck_assert_str_eq(c->q.unit, "%");
    ck_assert_int_eq(c->date, day("2025-01-28"));

    free(text);
    cc_claimset_free(set);
}
END_TEST

START_TEST(test_valid_structured)
{
    cc_claimset *set = load_ok(
        "{\"claims\": [{\"id\": \"a\", \"source\": \"s\", \"quantity\": {\"value\": 21414.25, "
        "\"unit\": \"count\"}}, {\"id\": \"b\", \"source\": \"s\", \"quantity\": {\"value\": "
        "12345678901234567890, \"unit\": \"EUR\", \"hedge\": \"upper_incl\"}, \"sentence\": "
        "null, \"span\": null, \"weights\": [0.9, 1e-7 ,\n \"a b\\u00e9\"]}],\n "
        "\"sources\": [{\"id\": \"s\", \"lang\": \"en-GB\"}], \"version\": 2, \"v\": {}}");
    const cc_claim *a = claim(set, "a"), *b = claim(set, "b");
    ck_assert_str_eq(a->q.digits, "21414.25");
    ck_assert_str_eq(a->q.unit, "count");
    ck_assert_int_eq(a->date, CC_NO_DATE);
    ck_assert_str_eq(b->q.digits, "12345678901234567890");
    ck_assert_int_eq(b->q.hedge, CC_HEDGE_UPPER_INCL);
    ck_assert_str_eq(set->sources[0].lang, "en");
    /* unknown fields keep their text as written, without the white space */
    ck_assert_str_eq(cc_claimset__str(set, set->extra), "{\"version\":2,\"v\":{}}");
    ck_assert_str_eq(cc_claimset__str(set, b->extra), "{\"weights\":[0.9,1e-7,\"a b\\u00e9\"]}");
    ck_assert_uint_eq(a->extra, 0);
    ck_assert_str_eq(cc_claimset__str(set, set->name), "<string>");
    cc_claimset_free(set);

    /* sources may be absent or null when there are no claims; the buffer
     * need not be NUL-terminated */
    set = load_ok("{\"claims\": []}");
    ck_assert_uint_eq(cc_claimset_claim_count(set), 0);
    cc_claimset_free(set);
    set = load_ok(" \n{\"claims\": [], \"sources\": null}\n\n");
    ck_assert_uint_eq(cc_claimset_source_count(set), 0);
    cc_claimset_free(set);
    {
        const char *buf = "{\"claims\": []}GARBAGE";
        cc_error err;
        ck_assert_int_eq(cc_claimset_load_json(&set, buf, 14, NULL, &err), CC_OK);
        cc_claimset_free(set);
    }
}
END_TEST

START_TEST(test_unknown_source)
{
    expect_file_error("claims_bad_unknown_source.json", CC_ESCHEMA, "\"sz\"", 0,
                      "claim 'c7': unknown source 'sz'");
}
END_TEST

START_TEST(test_syntax)
{
    /* the second claim object where a ',' or ']' belongs */
    expect_file_error("claims_bad_syntax.json", CC_ESYNTAX, "{\"id\": \"c2\"", 0,
                      "']' expected near '{'");
    expect_error(HEAD "{\"id\": \"c1\", \"source\": \"s\", \"text\": tru}]}", CC_ESYNTAX, "tru}", 0,
                 0, "claim 'c1': invalid token near 'tru'");
    expect_error("{\"claims\": [], \"sources\": [],}", CC_ESYNTAX, "}", 0, 0,
                 "string or '}' expected near '}'");
    expect_error("{\"claims\": []} []", CC_ESYNTAX, "[]", 1, 0, "end of file expected near '['");
    expect_error("{\"claims\": [\"unterminated]}", CC_ESYNTAX, "\"unterminated", 0, 0,
                 "premature end of input");
    expect_error(HEAD "{\"id\": \"c1\", \"source\": \"s\", \"text\": \"a\\u0000b\"}]}", CC_ESYNTAX,
                 "\"a\\u", 0, 0, "\\u0000 is not allowed");
}
END_TEST

START_TEST(test_duplicate_claim)
{
    expect_file_error("claims_bad_duplicate_claim.json", CC_ESCHEMA, "\"c3\"", 1,
                      "duplicate claim id 'c3' (first at line 5)");
}
END_TEST

START_TEST(test_duplicate_source)
{
    expect_file_error("claims_bad_duplicate_source.json", CC_ESCHEMA, "\"ledger\"", 1,
                      "duplicate source id 'ledger'");
}
END_TEST

START_TEST(test_duplicate_key)
{
    /* inside a claim: jansson rejects it, pointing at the second key */
    expect_file_error("claims_bad_duplicate_key.json", CC_ESYNTAX, "\"id\"", 2,
                      "claim 'k1': duplicate object key near '\"id\"'");
    /* at the top level */
    expect_error("{\"claims\": [],\n \"claims\": []}", CC_ESYNTAX, "\"claims\"", 1, 0,
                 "duplicate object key near '\"claims\"'");
    expect_error("{\"claims\": [], \"x\": 1, \"x\": 2}", CC_ESYNTAX, "\"x\"", 1, 0,
                 "duplicate object key");
}
END_TEST

START_TEST(test_quantity_text)
{
    /* an unparseable text points into (or at) the text and names the claim */
    cc_claimset *set = NULL;
    cc_error err;
    char *text;
    size_t len;
    pos start, end;

    text = slurp(cc_test_data("claims_bad_quantity_text.json"), &len);
    start = find(text, "\"Der Kurs", 0, 0);
    end = find(text, "deutlich\"", 0, 9);
    ck_assert_int_eq(
        cc_claimset_load_file(&set, cc_test_data("claims_bad_quantity_text.json"), &err),
        CC_EQUANTITY);
    ck_assert_int_eq(err.code, CC_EQUANTITY);
    ck_assert_int_eq(err.line, start.line);
    ck_assert_int_ge(err.offset, start.offset);
    ck_assert_int_lt(err.offset, end.offset);
    ck_assert_int_eq(err.column, start.column + (int)(err.offset - start.offset));
    ck_assert_msg(strncmp(err.message, "claim 'q1': ", 12) == 0, "message '%s'", err.message);
    free(text);
}
END_TEST

START_TEST(test_text_position_shift)
{
    /* the parser's column inside the text is moved to the text in the file */
    const char *json = HEAD "{\"id\": \"t1\", \"source\": \"s\", \"lang\": \"en\",\n"
                            "   \"text\": \"about 5 and 6 dollars\"}]}";
    cc_claimset *set = NULL;
    cc_error err, direct;
    cc_quantity q;
    pos p = find(json, "about", 0, 0);

    cc_error__clear(&direct);
    ck_assert_int_ne(cc_quantity__parse(&q, "about 5 and 6 dollars", 21, "en", &direct), CC_OK);
    ck_assert_int_ne(cc_claimset_load_json(&set, json, strlen(json), NULL, &err), CC_OK);
    ck_assert_int_eq(err.code, direct.code);
    if (direct.offset >= 0) {
        ck_assert_int_eq(err.offset, p.offset + direct.offset);
        ck_assert_int_eq(err.line, p.line);
        ck_assert_int_eq(err.column, p.column + (int)direct.offset);
    } else {
        ck_assert_int_eq(err.offset, p.offset - 1);
    }
    ck_assert_msg(strstr(err.message, direct.message) != NULL, "'%s' lacks '%s'", err.message,
                  direct.message);

    /* with an escape before the error, the error points at the string */
    json = HEAD "{\"id\": \"t2\", \"source\": \"s\", \"lang\": \"en\",\n"
                "   \"text\": \"\\u0061bout 5 and 6 dollars\"}]}";
    p = find(json, "\"\\u0061", 0, 0);
    ck_assert_int_ne(cc_claimset_load_json(&set, json, strlen(json), NULL, &err), CC_OK);
    ck_assert_int_eq(err.code, direct.code);
    if (direct.offset > 0)
        ck_assert_int_eq(err.offset, p.offset);
}
END_TEST

START_TEST(test_currency)
{
    expect_file_error("claims_bad_currency.json", CC_ECURRENCY, "\"QQQ\"", 0,
                      "claim 'u1': unknown unit 'QQQ'");
}
END_TEST

START_TEST(test_date)
{
    expect_file_error("claims_bad_date.json", CC_EDATE, "\"2025-02-30\"", 0,
                      "claim 'd2': invalid date '2025-02-30'");
    expect_error("{\"sources\": [{\"id\": \"s\", \"published\": \"2025-1-27\"}], \"claims\": []}",
                 CC_EDATE, "\"2025-1", 0, 0, "source 's': invalid date '2025-1-27'");
}
END_TEST

START_TEST(test_overflow)
{
    expect_file_error("claims_bad_overflow.json", CC_ERANGE, "1e400", 0,
                      "claim 'big': real number overflow near '1e400'");
    expect_error("{\"claims\": [], \"x\": -1e999}", CC_ERANGE, "-1e999", 0, 0,
                 "real number overflow");
}
END_TEST

/* Numbers longer than CC_DIGITS_MAX are refused whole, never cut. */
START_TEST(test_long_numbers)
{
    cc_claimset *set = load_ok(HEAD "{\"id\": \"a\", \"source\": \"s\", \"quantity\": "
                                    "{\"value\": \"98765432109876543210\"}}, {\"id\": \"b\", "
                                    "\"source\": \"s\", \"quantity\": {\"value\": "
                                    "\"-9876543210.98765432\"}}]}");
    ck_assert_uint_eq(strlen(claim(set, "a")->q.digits), CC_DIGITS_MAX);
    ck_assert_str_eq(claim(set, "a")->q.digits, "98765432109876543210");
    ck_assert_str_eq(claim(set, "b")->q.digits, "-9876543210.98765432");
    cc_claimset_free(set);

    expect_error(HEAD "{\"id\": \"x\", \"source\": \"s\", \"quantity\": {\"value\": "
                      "\"987654321098765432109\"}}]}",
                 CC_ERANGE, "\"98765", 0, 0,
                 "claim 'x': value '987654321098765432109' out of range");
    /* the sign and the point count too */
    expect_error(HEAD "{\"id\": \"y\", \"source\": \"s\", \"quantity\": {\"value\": "
                      "-98765432109.876543210}}]}",
                 CC_ERANGE, "-98765", 0, 0,
                 "claim 'y': value '-98765432109.876543210' out of range");
    expect_error(HEAD "{\"id\": \"z\", \"source\": \"s\", \"text\": "
                      "\"rund 987654321098765432109 Euro\"}]}",
                 CC_ERANGE, "98765", 0, 0,
                 "claim 'z': number '987654321098765432109' out of range");
}
END_TEST

START_TEST(test_nan)
{
    expect_file_error("claims_bad_nan.json", CC_ERANGE, "\"NaN\"", 0,
                      "claim 'n1': value 'NaN' is not a finite number");
    expect_error(HEAD "{\"id\": \"i\", \"source\": \"s\", \"quantity\": {\"low\": \"1\", \"high\": "
                      "\"-Infinity\", \"unit\": \"%\"}}]}",
                 CC_ERANGE, "\"-Inf", 0, 0, "claim 'i': high '-Infinity' is not a finite number");
}
END_TEST

START_TEST(test_negative_scale)
{
    expect_file_error("claims_bad_negative_scale.json", CC_ERANGE, "-1e9", 0,
                      "claim 's1': negative scale '-1e9'");
    expect_error(HEAD "{\"id\": \"x\", \"source\": \"s\", \"quantity\": {\"value\": \"5\", "
                      "\"scale\": \"-1000\"}}]}",
                 CC_ERANGE, "\"-1000\"", 0, 0, "claim 'x': negative scale '-1000'");
    /* not a power of ten: the quantity module's message, at the scale */
    expect_error(HEAD "{\"id\": \"y\", \"source\": \"s\", \"quantity\": {\"value\": \"5\", "
                      "\"scale\": 3000}}]}",
                 CC_ERANGE, "3000", 0, 0, "claim 'y': scale '3000'");
}
END_TEST

START_TEST(test_empty)
{
    expect_file_error("claims_empty.json", CC_ESYNTAX, NULL, 0, "empty input");
    expect_error("  \n ", CC_ESYNTAX, "\n ", 0, 2, "empty input");
}
END_TEST

START_TEST(test_wrong_types)
{
    expect_file_error("claims_bad_type.json", CC_ESCHEMA, "42", 0,
                      "claim 'c2': field 'subject' must be a string");
    expect_error("{\"claims\": {}}", CC_ESCHEMA, "{}", 0, 0, "field 'claims' must be an array");
    expect_error("{\"claims\": [], \"sources\": \"s\"}", CC_ESCHEMA, "\"s\"", 0, 0,
                 "field 'sources' must be an array");
    expect_error(HEAD "{\"id\": \"a\", \"source\": \"s\", \"quantity\": {\"value\": 1}},\n  7]}",
                 CC_ESCHEMA, "7]", 0, 0, "claims[1] must be an object");
    expect_error(HEAD "{\"source\": \"s\", \"text\": \"1\"}]}", CC_ESCHEMA, "{\"source", 1, 0,
                 "claims[0]: missing field 'id'");
    expect_error(HEAD "{\"id\": 3, \"source\": \"s\", \"text\": \"1\"}]}", CC_ESCHEMA, "3,", 0, 0,
                 "claims[0]: field 'id' must be a string");
    expect_error(HEAD "{\"id\": \"q\", \"source\": \"s\", \"quantity\": \"5 USD\"}]}", CC_ESCHEMA,
                 "\"5 USD", 0, 0, "claim 'q': field 'quantity' must be an object");
    expect_error(HEAD "{\"id\": \"q\", \"source\": \"s\", \"quantity\": {\"value\": [5]}}]}",
                 CC_ESCHEMA, "[5]", 0, 0,
                 "claim 'q': field 'quantity.value' must be a string or a number");
    expect_error(HEAD "{\"id\": \"q\", \"source\": \"s\", \"span\": [3, 1], \"text\": \"1\"}]}",
                 CC_ESCHEMA, "[3, 1]", 0, 0, "claim 'q': field 'span' must be [start, end]");
    expect_error("{\"sources\": [{\"id\": \"s\", \"url\": false}], \"claims\": []}", CC_ESCHEMA,
                 "false", 0, 0, "source 's': field 'url' must be a string");
    expect_error("{\"sources\": [{\"name\": \"S\"}], \"claims\": []}", CC_ESCHEMA, "{\"name", 0, 0,
                 "sources[0]: missing field 'id'");
}
END_TEST

START_TEST(test_quantity_shape)
{
    expect_error(HEAD "{\"id\": \"q\", \"source\": \"s\", \"quantity\": {\"unit\": \"%\"}}]}",
                 CC_ESCHEMA, "{\"unit", 0, 0, "claim 'q': quantity lacks 'value'");
    expect_error(HEAD "{\"id\": \"q\", \"source\": \"s\", \"quantity\": {\"low\": 1}}]}",
                 CC_ESCHEMA, "1}", 0, 0, "claim 'q': quantity lacks 'high'");
    expect_error(HEAD "{\"id\": \"q\", \"source\": \"s\", \"quantity\": "
                      "{\"value\": 1, \"high\": 2}}]}",
                 CC_ESCHEMA, "2}", 0, 0, "claim 'q': quantity has both 'value' and 'low'/'high'");
    expect_error(HEAD "{\"id\": \"q\", \"source\": \"s\", \"quantity\": {\"value\": 1, \"hedge\": "
                      "\"roughly\"}}]}",
                 CC_ESCHEMA, "\"roughly", 0, 0, "claim 'q': unknown hedge 'roughly'");
    expect_error(HEAD "{\"id\": \"q\", \"source\": \"s\", \"quantity\": {\"value\": 1, \"hedge\": "
                      "\"range\"}}]}",
                 CC_ESCHEMA, "\"range", 0, 0, "claim 'q': hedge 'range' needs 'low' and 'high'");
    expect_error(HEAD "{\"id\": \"q\", \"source\": \"s\", \"quantity\": {\"low\": 1, \"high\": 2, "
                      "\"hedge\": \"approx\"}}]}",
                 CC_ESCHEMA, "\"approx", 0, 0, "claim 'q': 'low'/'high' need hedge 'range'");
    expect_error(HEAD "{\"id\": \"q\", \"source\": \"s\", \"quantity\": "
                      "{\"low\": 7, \"high\": 2}}]}",
                 CC_EQUANTITY, "2}", 0, 0, "claim 'q': range end '2' is below its start '7'");
    expect_error(HEAD "{\"id\": \"q\", \"source\": \"s\", \"quantity\": {\"value\": \"12,5\"}}]}",
                 CC_EQUANTITY, "\"12,5", 0, 0, "claim 'q': invalid value '12,5'");
    expect_error(HEAD "{\"id\": \"q\", \"source\": \"s\", \"text\": \"1\", \"quantity\": {}}]}",
                 CC_ESCHEMA, "{}", 0, 0, "claim 'q': both 'text' and 'quantity' given");
    expect_error(HEAD "{\"id\": \"q\", \"source\": \"s\"}]}", CC_ESCHEMA, "{\"id\": \"q", 0, 0,
                 "claim 'q': neither 'text' nor 'quantity' given");
}
END_TEST

START_TEST(test_missing_claims)
{
    expect_file_error("claims_bad_missing_claims.json", CC_ESCHEMA, "{", 0,
                      "missing field 'claims'");
    expect_file_error("claims_bad_top_level.json", CC_ESCHEMA, "[", 0,
                      "the top level must be an object");
}
END_TEST

START_TEST(test_other_semantic)
{
    expect_file_error("claims_bad_syndicated.json", CC_ESCHEMA, "\"a9\"", 0,
                      "claim 'a2': syndicated_from names no claim 'a9'");
    expect_file_error("claims_bad_lang.json", CC_ELANG, "\"fr\"", 0,
                      "source 'journal': unsupported language 'fr'");
    /* the claim's own fields are checked before its quantity */
    expect_error(HEAD "{\"id\": \"o\", \"source\": \"zz\", \"quantity\": {\"value\": \"NaN\"}}]}",
                 CC_ESCHEMA, "\"zz", 0, 0, "claim 'o': unknown source 'zz'");
    expect_error(HEAD "{\"id\": \"l\", \"source\": \"s\", \"lang\": \"pt\", \"text\": \"1\"}]}",
                 CC_ELANG, "\"pt", 0, 0, "claim 'l': unsupported language 'pt'");
    expect_error(HEAD "{\"id\": \"\", \"source\": \"s\", \"text\": \"1\"}]}", CC_ESCHEMA, "\"\"", 0,
                 0, "claim without id");
}
END_TEST

START_TEST(test_io_and_args)
{
    cc_claimset *set = NULL;
    cc_error err;
    ck_assert_int_eq(cc_claimset_load_file(&set, cc_test_data("no_such_claims.json"), &err),
                     CC_EIO);
    ck_assert_int_eq(err.code, CC_EIO);
    ck_assert_ptr_null(set);
    ck_assert_int_eq(cc_claimset_load_json(NULL, "{}", 2, NULL, &err), CC_EINVAL);
    ck_assert_int_eq(cc_claimset_load_json(&set, NULL, 3, NULL, &err), CC_EINVAL);
    ck_assert_int_eq(cc_claimset_load_file(&set, NULL, NULL), CC_EINVAL);
    /* errors without a cc_error */
    ck_assert_int_eq(cc_claimset_load_json(&set, "{", 1, NULL, NULL), CC_ESYNTAX);
    ck_assert_int_eq(
        cc_claimset_load_file(&set, cc_test_data("claims_bad_unknown_source.json"), NULL),
        CC_ESCHEMA);
}
END_TEST

START_TEST(test_stdin)
{
    cc_claimset *set = NULL;
    cc_error err;
    char *text;
    size_t len;
    pos p;
    text = slurp(cc_test_data("claims_bad_unknown_source.json"), &len);
    p = find(text, "\"sz\"", 0, 0);
    ck_assert_ptr_nonnull(freopen(cc_test_data("claims_bad_unknown_source.json"), "rb", stdin));
    ck_assert_int_eq(cc_claimset_load_file(&set, "-", &err), CC_ESCHEMA);
    cc_assert_error(err, CC_ESCHEMA, p.line, p.column, p.offset, "unknown source 'sz'");
    ck_assert_str_eq(err.source, "<stdin>");
    free(text);
}
END_TEST

START_TEST(test_many)
{
    enum {
        N = 20000
    };
    size_t cap = (size_t)N * 160 + 256, n = 0;
    char *buf = malloc(cap);
    cc_claimset *set;
    pos p;

    ck_assert_ptr_nonnull(buf);
    n += (size_t)snprintf(buf + n, cap - n, "{\"sources\": [{\"id\": \"s\"}], \"claims\": [\n");
    for (int i = 0; i < N; i++)
        n += (size_t)snprintf(buf + n, cap - n,
                              "%s{\"id\": \"k%d\", \"source\": \"s\", \"subject\": \"S%d\", "
                              "\"quantity\": {\"value\": %d.5, \"unit\": \"EUR\"}}\n",
                              i ? "," : "", i, i % 100, i);
    n += (size_t)snprintf(buf + n, cap - n, "]}");
    set = load_ok(buf);
    ck_assert_uint_eq(cc_claimset_claim_count(set), N);
    ck_assert_str_eq(claim(set, "k12345")->q.digits, "12345.5");
    p = find(buf, "{\"id\": \"k12345\"", 0, 0);
    ck_assert_uint_eq(claim(set, "k12345")->line, (unsigned)p.line);
    ck_assert_uint_eq(claim(set, "k12345")->column, (unsigned)p.column);
    ck_assert_uint_eq(claim(set, "k7")->subject, claim(set, "k107")->subject);
    cc_claimset_free(set);
    free(buf);
}
END_TEST

START_TEST(test_locate)
{
    const char *j = "{\"a\": \"x\\\"]\", \"claims\": [ {\"id\": 1}, {\"q\": {\"v\": 25e1}} ],"
                    " \"c\\u006c\": [1, [2, {\"}\": \"{\"}], 3]}";
    size_t len = strlen(j);
    int complete = 0;
    size_t at = cc_json__locate(j, len, 0, "claims[1].q.v", &complete);
    ck_assert_int_eq(complete, 1);
    ck_assert_uint_eq(at, (size_t)(strstr(j, "25e1") - j));
    /* a missing tail gives the deepest prefix found */
    at = cc_json__locate(j, len, 0, "claims[1].q.w", &complete);
    ck_assert_int_eq(complete, 0);
    ck_assert_uint_eq(at, (size_t)(strstr(j, "{\"v\"") - j));
    at = cc_json__locate(j, len, 0, "claims[7]", &complete);
    ck_assert_uint_eq(at, (size_t)(strstr(j, "[ {") - j));
    /* keys are compared after decoding escapes */
    at = cc_json__locate(j, len, 0, "cl[2]", &complete);
    ck_assert_int_eq(complete, 1);
    ck_assert_uint_eq(at, (size_t)(strstr(j, "3]") - j));
    ck_assert_uint_eq(cc_json__skip_value(j, len, 0), len);
    ck_assert_uint_eq(cc_json__skip_value(j, len - 1, 0), CC_JSON_BAD);
    ck_assert_uint_eq(cc_json__skip_string(j, len, 6), (size_t)(strstr(j, ", \"claims") - j));
    /* a decoded byte maps back to the raw text unless an escape precedes it */
    at = (size_t)(strstr(j, "\"x") - j);
    ck_assert_uint_eq(cc_json__string_offset(j, len, at, 0), at + 1);
    ck_assert_uint_eq(cc_json__string_offset(j, len, at, 2), at);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("json_in");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, test_valid_file);
    tcase_add_test(tc, test_valid_structured);
    tcase_add_test(tc, test_unknown_source);
    tcase_add_test(tc, test_syntax);
    tcase_add_test(tc, test_duplicate_claim);
    tcase_add_test(tc, test_duplicate_source);
    tcase_add_test(tc, test_duplicate_key);
    tcase_add_test(tc, test_quantity_text);
    tcase_add_test(tc, test_text_position_shift);
    tcase_add_test(tc, test_currency);
    tcase_add_test(tc, test_date);
    tcase_add_test(tc, test_overflow);
    tcase_add_test(tc, test_long_numbers);
    tcase_add_test(tc, test_nan);
    tcase_add_test(tc, test_negative_scale);
    tcase_add_test(tc, test_empty);
    tcase_add_test(tc, test_wrong_types);
    tcase_add_test(tc, test_quantity_shape);
    tcase_add_test(tc, test_missing_claims);
    tcase_add_test(tc, test_other_semantic);
    tcase_add_test(tc, test_io_and_args);
    tcase_add_test(tc, test_stdin);
    tcase_add_test(tc, test_many);
    tcase_add_test(tc, test_locate);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return cc_test_run(suite());
}
