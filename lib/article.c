/*
 * article.c - the front matter of an article (DESIGN.md "Articles"):
 *
 *     ---
 *     source: tagesblatt
 *     published: 2025-01-28
 *     lang: de
 *     ---
 *     Der Text ...
 *
 * Keys: source, name, published, lang, url. Values may be quoted.
 */
#include "article.h"

#include <string.h>

#include "common.h"

static const char *const keys[CC_META_N] = {"source", "name", "published", "lang", "url"};

static size_t line_end(const char *t, size_t len, size_t i)
{
    const char *nl = memchr(t + i, '\n', len - i);
    return nl ? (size_t)(nl - t) : len;
}

/* Is t[a..b) "---" (trailing spaces and CR allowed)? */
static int is_fence(const char *t, size_t a, size_t b)
{
    if (b - a < 3 || memcmp(t + a, "---", 3) != 0)
        return 0;
    for (size_t k = a + 3; k < b; k++)
        if (t[k] != ' ' && t[k] != '\t' && t[k] != '\r')
            return 0;
    return 1;
}

/* An error at byte `at`, with its line and column. */
#define FAIL_AT(at, ...)                                                                           \
    do {                                                                                           \
        int line_, col_;                                                                           \
        cc_error__position(t, len, (at), &line_, &col_);                                           \
        return cc_error__set(err, CC_ESYNTAX, name, line_, col_, (int64_t)(at), __VA_ARGS__);      \
    } while (0)

cc_status cc_article__front_matter(const char *t, size_t len, cc_article_meta *meta, size_t *body,
                                   const char *name, cc_error *err)
{
    size_t i = 0, e;

    memset(meta, 0, sizeof *meta);
    *body = 0;
    if (len >= 3 && (unsigned char)t[0] == 0xEF && (unsigned char)t[1] == 0xBB &&
        (unsigned char)t[2] == 0xBF)
        i = 3;
    e = line_end(t, len, i);
    if (!is_fence(t, i, e))
        return CC_OK;
    i = e < len ? e + 1 : len;
    for (;;) {
        size_t a, b, k, colon;
        char tok[64];
        if (i >= len)
            FAIL_AT(len > 0 ? len - 1 : 0, "front matter without its closing '---'");
        e = line_end(t, len, i);
        if (is_fence(t, i, e)) {
            *body = e < len ? e + 1 : len;
            return CC_OK;
        }
        a = i;
        while (a < e && (t[a] == ' ' || t[a] == '\t'))
            a++;
        b = e;
        while (b > a && (t[b - 1] == ' ' || t[b - 1] == '\t' || t[b - 1] == '\r'))
            b--;
        if (a == b) { /* blank line */
            i = e + 1;
            continue;
        }
        colon = a;
        while (colon < b && t[colon] != ':')
            colon++;
        if (colon == b) {
            cc_error__token(tok, sizeof tok, t + a, b - a);
            FAIL_AT(a, "front matter line '%s' is not 'key: value'", tok);
        }
        for (k = 0; k < CC_META_N; k++)
            if (strlen(keys[k]) == colon - a && cc__ascii_ncasecmp(t + a, keys[k], colon - a) == 0)
                break;
        if (k == CC_META_N) {
            cc_error__token(tok, sizeof tok, t + a, colon - a);
            FAIL_AT(a, "unknown front matter key '%s' (use source, name, published, lang, url)",
                    tok);
        }
        a = colon + 1;
        while (a < b && (t[a] == ' ' || t[a] == '\t'))
            a++;
        if (b - a >= 2 &&
            ((t[a] == '"' && t[b - 1] == '"') || (t[a] == '\'' && t[b - 1] == '\''))) {
            a++;
            b--;
        }
        meta->at[k] = a;
        meta->len[k] = b - a;
        i = e + 1;
    }
}
