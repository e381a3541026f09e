/*
 * countries.c - one-word country names of a language from CLDR (ICU's
 * display names of the ISO 3166 regions), folded and sorted for lookup;
 * built once per language and kept for the process.
 */
#include "countries.h"

#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/uldnames.h>
#include <unicode/uloc.h>
#include <unicode/ustring.h>

#include "common.h"
#include "context.h"

#define NAME_MAX 48

typedef struct country {
    char name[NAME_MAX]; /* folded */
    char code[4];
} country;

typedef struct country_list {
    country *c;
    size_t n;
} country_list;

/* The languages asked for so far (few: those with tables). */
#define LANG_SLOTS 8
static const char *const langs[LANG_SLOTS] = {"de", "en", "fr", "es", "it", "nl", "pt", "pl"};
static _Atomic(country_list *) lists[LANG_SLOTS];

static int cmp_country(const void *a, const void *b)
{
    return strcmp(((const country *)a)->name, ((const country *)b)->name);
}

/* Add the name (UTF-16) of region `code` to l if it is one word; a name
 * that is the code itself only where it is a short name ("US"). */
static int add_name(country_list *l, size_t *cap, const UChar *name, int32_t len, const char *code,
                    int may_be_code)
{
    char utf8[NAME_MAX * 2];
    int32_t ulen = 0;
    UErrorCode st = U_ZERO_ERROR;
    size_t fn;
    if (len <= 0 || len >= NAME_MAX)
        return 0;
    u_strToUTF8(utf8, (int32_t)sizeof utf8, &ulen, name, len, &st);
    if (U_FAILURE(st) || ulen <= 1 || strchr(utf8, ' ') || strchr(utf8, '-') ||
        (!may_be_code && strcmp(utf8, code) == 0))
        return 0; /* one word only; ICU answers the code where it has no name */
    if (cc__grow((void **)&l->c, cap, l->n + 1, sizeof *l->c) != 0)
        return -1;
    fn = cc_context__fold(utf8, (size_t)ulen, l->c[l->n].name, NAME_MAX);
    if (fn == 0 || fn >= NAME_MAX)
        return 0;
    snprintf(l->c[l->n].code, sizeof l->c[l->n].code, "%s", code);
    l->n++;
    return 0;
}

/* Each region by its name and by its short name, where that is another
 * word ("United States": "US", "Vereinigte Staaten": "USA", "UK"). */
static country_list *build(const char *lang)
{
    const char *const *codes = uloc_getISOCountries();
    size_t cap = 0;
    UErrorCode st = U_ZERO_ERROR;
    UDisplayContext length = UDISPCTX_LENGTH_SHORT;
    ULocaleDisplayNames *shortn = uldn_openForContext(lang, &length, 1, &st);
    country_list *l = cc__calloc(1, sizeof *l);
    if (!l) {
        uldn_close(shortn);
        return NULL;
    }
    for (size_t k = 0; codes[k]; k++) {
        char loc[8];
        UChar name[NAME_MAX], brief[NAME_MAX];
        int32_t len, blen = 0;
        st = U_ZERO_ERROR;
        snprintf(loc, sizeof loc, "und_%s", codes[k]);
        len = uloc_getDisplayCountry(loc, lang, name, NAME_MAX, &st);
        if (U_FAILURE(st))
            len = 0;
        st = U_ZERO_ERROR;
        if (shortn)
            blen = uldn_regionDisplayName(shortn, codes[k], brief, NAME_MAX, &st);
        if (U_FAILURE(st) || (blen == len && u_strncmp(brief, name, len) == 0))
            blen = 0;
        if (add_name(l, &cap, name, len, codes[k], 0) != 0 ||
            add_name(l, &cap, brief, blen, codes[k], len > 0) != 0) {
            uldn_close(shortn);
            free(l->c);
            free(l);
            return NULL;
        }
    }
    uldn_close(shortn);
    qsort(l->c, l->n, sizeof *l->c, cmp_country);
    return l;
}

static int cmp_key(const void *key, const void *elem)
{
    return strcmp((const char *)key, ((const country *)elem)->name);
}

static int slot_of(const char *lang)
{
    for (int i = 0; i < LANG_SLOTS; i++)
        if (strcmp(lang, langs[i]) == 0)
            return i;
    return -1;
}

cc_status cc_countries__load(const char *lang)
{
    country_list *l, *expected = NULL;
    int i = slot_of(lang);
    if (i < 0 || atomic_load(&lists[i]) != NULL)
        return CC_OK;
    if (!(l = build(lang)))
        return CC_ENOMEM; /* nothing kept: the next call tries again */
    if (!atomic_compare_exchange_strong(&lists[i], &expected, l)) {
        free(l->c); /* another thread was first */
        free(l);
    }
    return CC_OK;
}

const char *cc_countries__code(const char *lang, const char *w, size_t n)
{
    int i = slot_of(lang);
    const country_list *l = i < 0 ? NULL : atomic_load(&lists[i]);
    char key[NAME_MAX];
    const country *hit;
    if (!l || !l->n || n == 0 || n >= NAME_MAX)
        return NULL;
    memcpy(key, w, n);
    key[n] = '\0';
    hit = bsearch(key, l->c, l->n, sizeof *l->c, cmp_key);
    return hit ? hit->code : NULL;
}
