/*
 * units.c - the unit table: which unit strings exist and which dimension
 * each belongs to. Currencies are any ISO 4217 code ICU knows (current or
 * historical); the others are fixed names. New physical units go here.
 */
#include <string.h>

#include <unicode/ucurr.h>
#include <unicode/utypes.h>

#include "common.h"
#include "quantity.h"

static const struct {
    const char *name;
    cc_dimension dim;
} fixed_units[] = {
    {"%", CC_DIM_PERCENT},
    {"pp", CC_DIM_POINTS},
    {"count", CC_DIM_COUNT},
    {"ratio", CC_DIM_RATIO},
};

/* 1 if the three upper-case letters are a currency code ICU knows. */
static int icu_knows_currency(const char *code)
{
    UChar u[4];
    UErrorCode status = U_ZERO_ERROR;
    UBool ok;
    for (int i = 0; i < 3; i++)
        u[i] = (UChar)code[i];
    u[3] = 0;
    ok = ucurr_isAvailable(u, U_DATE_MIN, U_DATE_MAX, &status);
    return U_SUCCESS(status) && ok;
}

int cc_unit__canonical(const char *unit, char *out)
{
    if (!unit)
        return -1;
    for (size_t i = 0; i < sizeof fixed_units / sizeof fixed_units[0]; i++) {
        if (strcmp(unit, fixed_units[i].name) == 0) {
            strcpy(out, fixed_units[i].name);
            return (int)fixed_units[i].dim;
        }
    }
    if (strlen(unit) == 3) {
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
    }
    return -1;
}

int cc_unit__dimension(const char *unit)
{
    char canon[8];
    return cc_unit__canonical(unit, canon);
}
