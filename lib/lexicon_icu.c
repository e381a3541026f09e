/*
 * lexicon_icu.c - what ICU knows of a language, harvested into its lexicon
 * once: currency codes, symbols and names, compact-number scale words,
 * month names and small spelled-out numbers.
 */
#include <string.h>

#include <unicode/ucurr.h>
#include <unicode/uenum.h>
#include <unicode/udata.h>
#include <unicode/ures.h>
#include <unicode/ustring.h>

#include "common.h"
#include "lexicon_internal.h"

/* ------------------------------------------------------------------ */
/* ICU harvest                                                         */
/* ------------------------------------------------------------------ */

/* UTF-16 to UTF-8 into out (size outsize); 0 on failure. */
static size_t to_utf8(const UChar *s, int32_t n, char *out, size_t outsize)
{
    UErrorCode st = U_ZERO_ERROR;
    int32_t len = 0;
    u_strToUTF8(out, (int32_t)outsize - 1, &len, s, n, &st);
    if (U_FAILURE(st) || st == U_STRING_NOT_TERMINATED_WARNING || len <= 0)
        return 0;
    out[len] = '\0';
    return (size_t)len;
}

/* The first code point of NumberElements/latn/symbols/<key>, or dflt. */
static uint32_t symbol_cp(UResourceBundle *symbols, const char *key, uint32_t dflt)
{
    UErrorCode st = U_ZERO_ERROR;
    int32_t n = 0, i = 0;
    const UChar *s = ures_getStringByKey(symbols, key, &n, &st);
    UChar32 c;
    if (U_FAILURE(st) || !s || n <= 0)
        return dflt;
    U16_NEXT(s, i, n, c);
    return (uint32_t)c;
}

cc_status cc_lexicon__harvest_separators(cc_lexicon *lx)
{
    UErrorCode st = U_ZERO_ERROR;
    UResourceBundle *root, *ne, *latn, *symbols;
    root = ures_open(NULL, lx->table->icu_locale, &st);
    ne = ures_getByKey(root, "NumberElements", NULL, &st);
    latn = ures_getByKey(ne, "latn", NULL, &st);
    symbols = ures_getByKey(latn, "symbols", NULL, &st);
    if (U_SUCCESS(st)) {
        lx->decimal = symbol_cp(symbols, "decimal", '.');
        lx->grouping = symbol_cp(symbols, "group", ',');
    }
    ures_close(symbols);
    ures_close(latn);
    ures_close(ne);
    ures_close(root);
    return U_FAILURE(st) ? CC_EICU : CC_OK;
}

/* Currency names with digits or brackets are historical variants. */
static int usable_name(const char *s)
{
    if (!*s)
        return 0;
    for (; *s; s++)
        if ((*s >= '0' && *s <= '9') || *s == '(' || *s == ')')
            return 0;
    return 1;
}

static cc_status add_currency(cc_lexicon *lx, const char *code, UResourceBundle *plurals)
{
    const char *loc = lx->table->icu_locale;
    UChar ucode[4];
    cc_lex_word w = {NULL, CC_LEX_CURRENCY, 0, 0, 0, 1, code, NULL, 0};
    char name[KEY_MAX];
    const UChar *s;
    int32_t n = 0;
    UBool choice = 0;
    UErrorCode st = U_ZERO_ERROR;
    UResourceBundle *forms = NULL;
    cc_status rc;
    static const UCurrNameStyle styles[] = {UCURR_SYMBOL_NAME, UCURR_LONG_NAME};

    u_charsToUChars(code, ucode, 4);
    rc = cc_lexicon__add_cstr(lx, code, &w); /* the ISO code itself: upper case only */
    if (rc != CC_OK)
        return rc;
    for (size_t k = 0; k < 2; k++) {
        st = U_ZERO_ERROR;
        s = ucurr_getName(ucode, loc, styles[k], &choice, &n, &st);
        if (U_FAILURE(st) || !s || !to_utf8(s, n, name, sizeof name) || strcmp(name, code) == 0 ||
            !usable_name(name))
            continue;
        /* a symbol of ASCII capitals ("CA$") stays upper-case only */
        w.upper = k == 0;
        if ((rc = cc_lexicon__add_cstr(lx, name, &w)) != CC_OK)
            return rc;
    }
    /* every plural form CLDR has for it ("US-Dollar", "US dollars") */
    w.upper = 0;
    st = U_ZERO_ERROR;
    forms = plurals ? ures_getByKey(plurals, code, NULL, &st) : NULL;
    while (U_SUCCESS(st) && forms && ures_hasNext(forms) && rc == CC_OK) {
        s = ures_getNextString(forms, &n, NULL, &st);
        if (U_SUCCESS(st) && s && to_utf8(s, n, name, sizeof name) && usable_name(name))
            rc = cc_lexicon__add_cstr(lx, name, &w);
    }
    ures_close(forms);
    return rc;
}

cc_status cc_lexicon__harvest_currencies(cc_lexicon *lx)
{
    UErrorCode st = U_ZERO_ERROR, st2 = U_ZERO_ERROR;
    UResourceBundle *curr = NULL, *plurals = NULL;
    UEnumeration *codes = NULL;
    const char *code;
    cc_status rc = CC_OK;

    curr = ures_open(U_ICUDATA_NAME U_TREE_SEPARATOR_STRING "curr", lx->table->icu_locale, &st2);
    if (U_SUCCESS(st2))
        plurals = ures_getByKey(curr, "CurrencyPlurals", NULL, &st2);
    codes = ucurr_openISOCurrencies(UCURR_ALL, &st);
    if (U_FAILURE(st)) {
        rc = CC_EICU;
        goto done;
    }
    for (size_t k = 0; k < lx->table->npreferred && rc == CC_OK; k++)
        rc = add_currency(lx, lx->table->preferred_codes[k], U_SUCCESS(st2) ? plurals : NULL);
    while (rc == CC_OK && (code = uenum_next(codes, NULL, &st)) != NULL) {
        if (U_FAILURE(st) || strlen(code) != 3 || code[0] == 'X')
            continue; /* X..: metals, funds, test codes */
        rc = add_currency(lx, code, U_SUCCESS(st2) ? plurals : NULL);
    }
done:
    uenum_close(codes);
    ures_close(plurals);
    ures_close(curr);
    return rc;
}

/* The words of a compact-number pattern ("0 Mrd'.'" -> "Mrd."): without
 * digits, spaces and pattern quotes. */
static cc_status add_compact(cc_lexicon *lx, const UChar *pat, int32_t n, int exponent)
{
    UChar word[64];
    char utf8[KEY_MAX];
    int32_t o = 0;
    cc_lex_word w = {NULL, CC_LEX_SCALE, exponent, 0, 0, 0, NULL, NULL, 0};
    for (int32_t i = 0; i < n && o < 63; i++) {
        UChar c = pat[i];
        if (c == '\'' && i + 1 < n && pat[i + 1] == '\'') {
            word[o++] = c; /* '' is a literal quote */
            i++;
            continue;
        }
        if (c == '\'' || c == '0' || u_isspace(c) || c == 0xA0 || c == 0x202F)
            continue;
        word[o++] = c;
    }
    if (o == 0 || !to_utf8(word, o, utf8, sizeof utf8))
        return CC_OK;
    w.upper = strlen(utf8) == 1; /* single ASCII letters ("K", "B") only in capitals */
    return cc_lexicon__add_cstr(lx, utf8, &w);
}

/* Scale words from CLDR's compact decimal patterns, long and short, every
 * plural form: NumberElements/latn/patternsLong/decimalFormat/1000000000. */
cc_status cc_lexicon__harvest_scales(cc_lexicon *lx)
{
    static const char *const styles[] = {"patternsLong", "patternsShort"};
    static const char *const powers[] = {"1000", "1000000", "1000000000", "1000000000000"};
    UErrorCode st = U_ZERO_ERROR;
    UResourceBundle *root = ures_open(NULL, lx->table->icu_locale, &st);
    UResourceBundle *ne = ures_getByKey(root, "NumberElements", NULL, &st);
    UResourceBundle *latn = ures_getByKey(ne, "latn", NULL, &st);
    cc_status rc = U_SUCCESS(st) ? CC_OK : CC_EICU;

    for (size_t k = 0; k < 2 && rc == CC_OK; k++) {
        UErrorCode s2 = U_ZERO_ERROR;
        UResourceBundle *sty = ures_getByKey(latn, styles[k], NULL, &s2);
        UResourceBundle *df = ures_getByKey(sty, "decimalFormat", NULL, &s2);
        for (size_t e = 0; e < 4 && U_SUCCESS(s2) && rc == CC_OK; e++) {
            UErrorCode s3 = U_ZERO_ERROR;
            UResourceBundle *forms = ures_getByKey(df, powers[e], NULL, &s3);
            while (U_SUCCESS(s3) && ures_hasNext(forms) && rc == CC_OK) {
                int32_t n = 0;
                const UChar *pat = ures_getNextString(forms, &n, NULL, &s3);
                if (U_SUCCESS(s3) && pat)
                    rc = add_compact(lx, pat, n, 3 * ((int)e + 1));
            }
            ures_close(forms);
        }
        ures_close(df);
        ures_close(sty);
    }
    ures_close(latn);
    ures_close(ne);
    ures_close(root);
    return rc;
}

/* Strings of a nested resource (path of keys) added with one role. */
static cc_status add_bundle_strings(cc_lexicon *lx, UResourceBundle *top, const char *const *path,
                                    size_t depth, const cc_lex_word *w)
{
    UResourceBundle *res[6] = {NULL};
    UErrorCode st = U_ZERO_ERROR;
    cc_status rc = CC_OK;
    UResourceBundle *cur = top;
    for (size_t k = 0; k < depth && k < 6 && U_SUCCESS(st); k++)
        cur = res[k] = ures_getByKey(cur, path[k], NULL, &st);
    while (U_SUCCESS(st) && ures_hasNext(cur) && rc == CC_OK) {
        char utf8[KEY_MAX];
        int32_t n = 0;
        const UChar *s = ures_getNextString(cur, &n, NULL, &st);
        if (U_SUCCESS(st) && s && to_utf8(s, n, utf8, sizeof utf8))
            rc = cc_lexicon__add_cstr(lx, utf8, w);
    }
    for (size_t k = depth; k > 0; k--)
        ures_close(res[k - 1]);
    return rc;
}

/* Month names (for telling dates from figures) and small spelled numbers. */
cc_status cc_lexicon__harvest_words(cc_lexicon *lx)
{
    static const char *const wide[] = {"calendar", "gregorian", "monthNames", "format", "wide"};
    static const char *const abbr[] = {"calendar", "gregorian", "monthNames", "format",
                                       "abbreviated"};
    static const cc_lex_word month = {NULL, CC_LEX_MONTH, 0, 0, 0, 0, NULL, NULL, 0};
    UErrorCode st = U_ZERO_ERROR;
    UResourceBundle *root = ures_open(NULL, lx->table->icu_locale, &st);
    UNumberFormat *sp;
    cc_status rc = U_SUCCESS(st) ? CC_OK : CC_EICU;

    if (rc == CC_OK)
        rc = add_bundle_strings(lx, root, wide, 5, &month);
    if (rc == CC_OK)
        rc = add_bundle_strings(lx, root, abbr, 5, &month);
    ures_close(root);
    if (rc != CC_OK)
        return rc;

    sp = unum_open(UNUM_SPELLOUT, NULL, 0, lx->table->icu_locale, NULL, &st);
    /* every number below 1000 as ICU spells it ("fünfundzwanzig",
     * "one hundred twenty-three"), so that common spelled numbers are one
     * trie match; longer compounds go to cc_lexicon__spellout_parse() */
    for (int v = 0; v <= 999 && U_SUCCESS(st) && rc == CC_OK; v++) {
        UChar buf[64];
        char utf8[KEY_MAX];
        UErrorCode st2 = U_ZERO_ERROR;
        int32_t n = unum_format(sp, v, buf, 64, NULL, &st2);
        cc_lex_word w = {NULL, CC_LEX_NUMBER, v, 0, 0, 0, NULL, NULL, 0};
        if (U_SUCCESS(st2) && n > 0 && n < 64 && to_utf8(buf, n, utf8, sizeof utf8))
            rc = cc_lexicon__add_cstr(lx, utf8, &w);
        if (v == 1 && U_SUCCESS(st2) && n > 0 && n < 15) {
            memcpy(lx->one, buf, (size_t)n * sizeof(UChar));
            lx->one[n] = ' ';
            lx->none = n + 1;
        }
    }
    if (U_SUCCESS(st) && rc == CC_OK) {
        unum_setAttribute(sp, UNUM_LENIENT_PARSE, 1);
        lx->spell = sp;
        return CC_OK;
    }
    unum_close(sp);
    return U_FAILURE(st) ? CC_EICU : rc;
}
