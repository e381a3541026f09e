/*
 * countries.h - the names of countries in a language, from CLDR through
 * ICU ("Deutschland" and "Germany" are both DE), so that grouping can tell
 * that a German and an English report speak of one place. Internal.
 */
#ifndef CC_COUNTRIES_H
#define CC_COUNTRIES_H

#include <stddef.h>

#include "crosscheck.h"

/**
 * Read the country names of `lang` from ICU, once per process (later calls
 * return at once; a language without names is no error).
 * @return CC_OK or CC_ENOMEM (nothing kept; a later call tries again).
 */
cc_status cc_countries__load(const char *lang);

/**
 * The ISO 3166 code ("DE") of a country whose one-word name in `lang`
 * ("de", "en") is the folded word w[0..n) (as cc_context__fold folds it),
 * or NULL (also before cc_countries__load(lang) succeeded).
 */
const char *cc_countries__code(const char *lang, const char *w, size_t n);

#endif
