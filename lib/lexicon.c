/* lexicon.c - per-language tables (being written). */
#include <string.h>

#include "quantity.h"

int cc_lang__supported(const char *lang)
{
    return lang && (strcmp(lang, "de") == 0 || strcmp(lang, "en") == 0);
}
