/*
 * units.c - the unit table: which unit strings exist and which dimension
 * each belongs to. Currencies are any ISO 4217 code ICU knows (current or
 * historical); the others are fixed names. New physical units go here.
 */
#include <stdatomic.h>
#include <string.h>

#include <unicode/ucurr.h>
#include <unicode/utypes.h>

#include "common.h"
#include "quantity.h"

/* Names held in eight bytes, as the canonical form is written out whole
 * (no strlen and no copy of a measured length). */
static const struct {
    char name[8];
    cc_dimension dim;
} fixed_units[] = {
    {"%", CC_DIM_PERCENT},
    {"pp", CC_DIM_POINTS},
    {"count", CC_DIM_COUNT},
    {"ratio", CC_DIM_RATIO},
};

/* ICU's answers by code (26^3 of them), kept for the life of the process:
 * 0 not asked yet, 1 known, 2 unknown. Every mention of money asks, and
 * the answer never changes, so threads may race to fill a slot: all
 * write the same value. */
static _Atomic unsigned char known_codes[26 * 26 * 26];

/* 1 if the three upper-case letters are a currency code ICU knows. */
static int icu_knows_currency(const char *code)
{
    UChar u[4];
    UErrorCode status = U_ZERO_ERROR;
    UBool ok;
    size_t k =
        ((size_t)(code[0] - 'A') * 26 + (size_t)(code[1] - 'A')) * 26 + (size_t)(code[2] - 'A');
    unsigned char seen = atomic_load_explicit(&known_codes[k], memory_order_relaxed);
    if (seen)
        return seen == 1;
    for (int i = 0; i < 3; i++)
        u[i] = (UChar)code[i];
    u[3] = 0;
    ok = ucurr_isAvailable(u, U_DATE_MIN, U_DATE_MAX, &status);
    if (!U_SUCCESS(status))
        return 0; /* not kept: a later call asks again */
    atomic_store_explicit(&known_codes[k], ok ? 1 : 2, memory_order_relaxed);
    return ok ? 1 : 0;
}

/* strcmp(unit, name) == 0 for a fixed name, inline: the first bytes
 * differ for all but one name, so most calls end at once. */
static int same_name(const char *unit, const char *name)
{
    size_t k = 0;
    while (unit[k] == name[k] && name[k])
        k++;
    return unit[k] == name[k];
}

int cc_unit__canonical(const char *unit, char *out)
{
    if (!unit)
        return -1;
    if (unit[0] && unit[1] && unit[2] && !unit[3]) {
        /* three bytes, as every code and no fixed name: the currencies
         * (most mentions are money), without the compares below */
        char code[4];
        for (int i = 0; i < 3; i++) {
            char c = unit[i];
            if (c >= 'a' && c <= 'z')
                c = (char)(c - 'a' + 'A');
            if (c < 'A' || c > 'Z')
                return -1;
            code[i] = c;
        }
        code[3] = '\0';
        if (icu_knows_currency(code)) {
            memcpy(out, code, 4);
            return CC_DIM_CURRENCY;
        }
        return -1;
    }
    for (size_t i = 0; i < sizeof fixed_units / sizeof fixed_units[0]; i++) {
        if (same_name(unit, fixed_units[i].name)) {
            memcpy(out, fixed_units[i].name, sizeof fixed_units[i].name);
            return (int)fixed_units[i].dim;
        }
    }
    return -1;
}

int cc_unit__dimension(const char *unit)
{
    char canon[8];
    return cc_unit__canonical(unit, canon);
}
