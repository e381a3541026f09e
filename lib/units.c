/*
 * units.c - the unit table: which unit strings exist and which dimension
 * each belongs to. Currencies are any ISO 4217 code ICU knows (current or
 * historical); physical units are a table below (exact symbols, their
 * quantity and size); the others are fixed names.
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

/* Physical units (CC_DIM_MEASURE): the symbol as written out, the quantity
 * it measures, and how a figure in it reads in that quantity's base unit:
 * base = figure * factor + offset (the offset only for temperatures: 71 °F
 * is 21.7 °C). */
enum {
    Q_MASS = 1,    /* kg */
    Q_LENGTH,      /* m */
    Q_AREA,        /* m² */
    Q_VOLUME,      /* m³ */
    Q_POWER,       /* W */
    Q_ENERGY,      /* Wh */
    Q_SPEED,       /* km/h */
    Q_DATA,        /* B: bits are eighths of it */
    Q_BITRATE,     /* bit/s */
    Q_TEMPERATURE, /* °C */
    Q_FRACTION,    /* ppm */
    Q_VOLTAGE,     /* V */
    Q_FREQUENCY,   /* Hz */
    Q_CHARGE,      /* mAh */
    Q_DOSE,        /* Sv */
    Q_LOUDNESS,    /* dB */
    Q_DENSITY,     /* µg/m³ */
    Q_EMISSION,    /* g/km */
    Q_CONTAINERS   /* TEU */
};

static const struct {
    char sym[8];
    int quantity;
    double factor, offset;
} measure_units[] = {
    {"µg", Q_MASS, 1e-9, 0},
    {"mg", Q_MASS, 1e-6, 0},
    {"g", Q_MASS, 1e-3, 0},
    {"kg", Q_MASS, 1, 0},
    {"t", Q_MASS, 1e3, 0},
    {"kt", Q_MASS, 1e6, 0},
    {"Mt", Q_MASS, 1e9, 0},
    {"Gt", Q_MASS, 1e12, 0},
    {"lb", Q_MASS, 0.45359237, 0},
    {"oz", Q_MASS, 0.028349523125, 0},
    {"nm", Q_LENGTH, 1e-9, 0},
    {"µm", Q_LENGTH, 1e-6, 0},
    {"mm", Q_LENGTH, 1e-3, 0},
    {"cm", Q_LENGTH, 1e-2, 0},
    {"m", Q_LENGTH, 1, 0},
    {"km", Q_LENGTH, 1e3, 0},
    {"in", Q_LENGTH, 0.0254, 0},
    {"ft", Q_LENGTH, 0.3048, 0},
    {"yd", Q_LENGTH, 0.9144, 0},
    {"mi", Q_LENGTH, 1609.344, 0},
    {"nmi", Q_LENGTH, 1852, 0},
    {"m²", Q_AREA, 1, 0},
    {"ha", Q_AREA, 1e4, 0},
    {"km²", Q_AREA, 1e6, 0},
    {"acre", Q_AREA, 4046.8564224, 0},
    {"ft²", Q_AREA, 0.09290304, 0},
    {"mi²", Q_AREA, 2589988.110336, 0},
    {"ml", Q_VOLUME, 1e-6, 0},
    {"l", Q_VOLUME, 1e-3, 0},
    {"m³", Q_VOLUME, 1, 0},
    {"gal", Q_VOLUME, 0.003785411784, 0},
    {"bbl", Q_VOLUME, 0.158987294928, 0},
    {"W", Q_POWER, 1, 0},
    {"kW", Q_POWER, 1e3, 0},
    {"MW", Q_POWER, 1e6, 0},
    {"GW", Q_POWER, 1e9, 0},
    {"TW", Q_POWER, 1e12, 0},
    {"hp", Q_POWER, 745.69987158227, 0},
    {"PS", Q_POWER, 735.49875, 0},
    {"kWp", Q_POWER, 1e3, 0},
    {"MWp", Q_POWER, 1e6, 0},
    {"GWp", Q_POWER, 1e9, 0},
    {"Wh", Q_ENERGY, 1, 0},
    {"kWh", Q_ENERGY, 1e3, 0},
    {"MWh", Q_ENERGY, 1e6, 0},
    {"GWh", Q_ENERGY, 1e9, 0},
    {"TWh", Q_ENERGY, 1e12, 0},
    {"kcal", Q_ENERGY, 1.163, 0},
    {"km/h", Q_SPEED, 1, 0},
    {"mph", Q_SPEED, 1.609344, 0},
    {"kn", Q_SPEED, 1.852, 0},
    {"m/s", Q_SPEED, 3.6, 0},
    {"km/s", Q_SPEED, 3600, 0},
    {"B", Q_DATA, 1, 0},
    {"kB", Q_DATA, 1e3, 0},
    {"MB", Q_DATA, 1e6, 0},
    {"GB", Q_DATA, 1e9, 0},
    {"TB", Q_DATA, 1e12, 0},
    {"PB", Q_DATA, 1e15, 0},
    {"KiB", Q_DATA, 1024.0, 0},
    {"MiB", Q_DATA, 1048576.0, 0},
    {"GiB", Q_DATA, 1073741824.0, 0},
    {"TiB", Q_DATA, 1099511627776.0, 0},
    {"bit", Q_DATA, 0.125, 0},
    {"kbit", Q_DATA, 125, 0},
    {"Mbit", Q_DATA, 125e3, 0},
    {"Gbit", Q_DATA, 125e6, 0},
    {"Tbit", Q_DATA, 125e9, 0},
    {"kbit/s", Q_BITRATE, 1e3, 0},
    {"Mbit/s", Q_BITRATE, 1e6, 0},
    {"Gbit/s", Q_BITRATE, 1e9, 0},
    {"Tbit/s", Q_BITRATE, 1e12, 0},
    {"kB/s", Q_BITRATE, 8e3, 0},
    {"MB/s", Q_BITRATE, 8e6, 0},
    {"GB/s", Q_BITRATE, 8e9, 0},
    {"°C", Q_TEMPERATURE, 1, 0},
    {"°F", Q_TEMPERATURE, 5.0 / 9.0, -160.0 / 9.0}, /* (F - 32) * 5 / 9 */
    {"K", Q_TEMPERATURE, 1, -273.15},
    {"ppm", Q_FRACTION, 1, 0},
    {"ppb", Q_FRACTION, 1e-3, 0},
    {"V", Q_VOLTAGE, 1, 0},
    {"kV", Q_VOLTAGE, 1e3, 0},
    {"Hz", Q_FREQUENCY, 1, 0},
    {"kHz", Q_FREQUENCY, 1e3, 0},
    {"MHz", Q_FREQUENCY, 1e6, 0},
    {"GHz", Q_FREQUENCY, 1e9, 0},
    {"mAh", Q_CHARGE, 1, 0},
    {"mSv", Q_DOSE, 1, 0},
    {"dB", Q_LOUDNESS, 1, 0},
    {"µg/m³", Q_DENSITY, 1, 0},
    {"g/km", Q_EMISSION, 1, 0},
    {"TEU", Q_CONTAINERS, 1, 0},
};

/* The table row of a physical unit, or -1. */
static int measure_row(const char *unit)
{
    for (size_t i = 0; unit && i < sizeof measure_units / sizeof measure_units[0]; i++)
        if (strcmp(unit, measure_units[i].sym) == 0)
            return (int)i;
    return -1;
}

int cc_unit__quantity(const char *unit)
{
    int r = measure_row(unit);
    return r < 0 ? 0 : measure_units[r].quantity;
}

double cc_unit__to_base(double x, const char *unit)
{
    int r = measure_row(unit);
    return r < 0 ? x : x * measure_units[r].factor + measure_units[r].offset;
}

double cc_unit__convert(double x, const char *from, const char *to)
{
    int r = measure_row(to);
    double b = cc_unit__to_base(x, from);
    return r < 0 ? b : (b - measure_units[r].offset) / measure_units[r].factor;
}

void cc_unit__convert_interval(cc_interval *iv, const char *from, const char *to)
{
    /* every conversion increases: the ends stay in order */
    iv->low = cc_unit__convert(iv->low, from, to);
    iv->high = cc_unit__convert(iv->high, from, to);
}

/* Symbols of bytes and the bits their lower-case "b" names: "Mb" and
 * "Gb/s" are megabits and gigabits per second (IEC 80000-13: b the bit, B
 * the byte), which the lexicon cannot tell, as it folds case. */
static const struct {
    char bytes[8], bits[8];
} bits_by_case[] = {
    {"kB", "kbit"},     {"MB", "Mbit"},     {"GB", "Gbit"},     {"TB", "Tbit"},
    {"kB/s", "kbit/s"}, {"MB/s", "Mbit/s"}, {"GB/s", "Gbit/s"},
};

const char *cc_unit__data_by_case(const char *sym, const char *written, size_t n)
{
    for (size_t i = 0; sym && i < sizeof bits_by_case / sizeof bits_by_case[0]; i++) {
        const char *b = bits_by_case[i].bytes;
        if (strcmp(sym, b) == 0)
            /* the symbol itself, as written ("Mb", not "megabytes"): its
             * second letter is the B. A lower-case "m" is milli ("950 mb"
             * of air pressure), so "mb" stays the lexicon's reading */
            return n == strlen(b) && written[1] == 'b' && written[0] != 'm' ? bits_by_case[i].bits
                                                                            : sym;
    }
    return sym;
}

/* The physical unit `unit` as written into out, or -1. */
static int measure_canonical(const char *unit, char *out)
{
    if (measure_row(unit) < 0)
        return -1;
    memset(out, 0, 8);
    memcpy(out, unit, strlen(unit));
    return CC_DIM_MEASURE;
}

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
         * (most mentions are money), without the compares below; a unit
         * symbol in mixed case before a code ("GWp", not the Guinea-Bissau
         * peso "GWP"; "usd" is still dollars) */
        char code[4];
        int upper = 0, lower = 0, dim;
        for (int i = 0; i < 3; i++) {
            upper |= unit[i] >= 'A' && unit[i] <= 'Z';
            lower |= unit[i] >= 'a' && unit[i] <= 'z';
        }
        if (upper && lower && (dim = measure_canonical(unit, out)) >= 0)
            return dim;
        for (int i = 0; i < 3; i++) {
            char c = unit[i];
            if (c >= 'a' && c <= 'z')
                c = (char)(c - 'a' + 'A');
            if (c < 'A' || c > 'Z')
                return measure_canonical(unit, out); /* "m/s", "°C", "m²" */
            code[i] = c;
        }
        code[3] = '\0';
        if (icu_knows_currency(code)) {
            memcpy(out, code, 4);
            return CC_DIM_CURRENCY;
        }
        return measure_canonical(unit, out); /* "kWh", "TEU", "ppm" */
    }
    for (size_t i = 0; i < sizeof fixed_units / sizeof fixed_units[0]; i++) {
        if (same_name(unit, fixed_units[i].name)) {
            memcpy(out, fixed_units[i].name, sizeof fixed_units[i].name);
            return (int)fixed_units[i].dim;
        }
    }
    return measure_canonical(unit, out);
}

int cc_unit__dimension(const char *unit)
{
    char canon[8];
    return cc_unit__canonical(unit, canon);
}
