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

static country_list *build(const char *lang)
{
    const char *const *codes = uloc_getISOCountries();
    size_t cap = 0, n = 0;
    country_list *l = cc__calloc(1, sizeof *l);
    if (!l)
        return NULL;
    for (size_t k = 0; codes[k]; k++) {
        char loc[8], utf8[NAME_MAX * 2];
        UChar name[NAME_MAX];
        UErrorCode st = U_ZERO_ERROR;
        int32_t len, ulen = 0;
        size_t fn;
        snprintf(loc, sizeof loc, "und_%s", codes[k]);
        len = uloc_getDisplayCountry(loc, lang, name, NAME_MAX, &st);
        if (U_FAILURE(st) || len <= 0 || len >= NAME_MAX)
            continue;
        u_strToUTF8(utf8, (int32_t)sizeof utf8, &ulen, name, len, &st);
        if (U_FAILURE(st) || ulen <= 2 || strchr(utf8, ' ') || strchr(utf8, '-') ||
            strcmp(utf8, codes[k]) == 0)
            continue; /* one word only; ICU answers the code where it has no name */
        if (cc__grow((void **)&l->c, &cap, n + 1, sizeof *l->c) != 0) {
            free(l->c);
            free(l);
            return NULL;
        }
        fn = cc_context__fold(utf8, (size_t)ulen, l->c[n].name, NAME_MAX);
        if (fn == 0 || fn >= NAME_MAX)
            continue;
        snprintf(l->c[n].code, sizeof l->c[n].code, "%s", codes[k]);
        n++;
    }
    l->n = n;
    qsort(l->c, n, sizeof *l->c, cmp_country);
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
