/*
 * lexicon_units.c - symbols of physical units that every language writes
 * alike ("km", "kWh", "GB", "m³"): after a figure they make it a measure
 * (kind physical, the unit as written), never a count or money. Pure data,
 * added to every language's lexicon after its own words, which win where
 * both have a key ("l" is litres in German, a lakh in English). Units
 * spelled out ("Kilometer", "kilometres") and abbreviations of one
 * language ("mph", "PS", "sq ft") stay in that language's table.
 *
 * Matching folds case, so "kb", "kB" and "KB" are one key; the symbols a
 * lower-case form would misread are CC_LW_KIND_UPPER ("V": "5 v 3" is a
 * score). We do not convert units: "8 GB" and "8192 MB" stay apart.
 */
#include "lexicon.h"

const cc_lex_word cc_lexicon__unit_symbols[] = {
    /* length, area, volume */
    CC_LW_MEASURE("km"),
    CC_LW_MEASURE("cm"),
    CC_LW_MEASURE("mm"),
    CC_LW_MEASURE("µm"), /* micro sign; the Greek mu below */
    CC_LW_MEASURE("μm"),
    CC_LW_MEASURE("nm"),
    CC_LW_MEASURE("km²"),
    CC_LW_MEASURE("m²"),
    CC_LW_MEASURE("m³"),
    CC_LW_MEASURE("ha"),
    /* speed */
    CC_LW_KIND("km/h", CC_KIND_PHYSICAL, CC_KIND_AFTER),
    CC_LW_KIND("m/s", CC_KIND_PHYSICAL, CC_KIND_AFTER),
    CC_LW_KIND("km/s", CC_KIND_PHYSICAL, CC_KIND_AFTER),
    /* mass: megatonnes and gigatonnes of emissions ("3 Mt CO2") */
    CC_LW_MEASURE("kg"),
    CC_LW_MEASURE("mg"),
    CC_LW_MEASURE("µg"),
    CC_LW_MEASURE("μg"),
    CC_LW_MEASURE("Mt"),
    CC_LW_MEASURE("Gt"),
    /* volume */
    CC_LW_MEASURE("ml"),
    /* temperature */
    CC_LW_KIND("°C", CC_KIND_PHYSICAL, CC_KIND_AFTER),
    CC_LW_KIND("°F", CC_KIND_PHYSICAL, CC_KIND_AFTER),
    /* power, energy, voltage, frequency */
    CC_LW_KIND_UPPER("W", CC_KIND_PHYSICAL, CC_KIND_AFTER),
    CC_LW_MEASURE("kW"),
    CC_LW_MEASURE("MW"),
    CC_LW_MEASURE("GW"),
    CC_LW_MEASURE("TW"),
    CC_LW_MEASURE("kWp"),
    CC_LW_MEASURE("MWp"),
    CC_LW_MEASURE("GWp"),
    CC_LW_MEASURE("Wh"),
    CC_LW_MEASURE("kWh"),
    CC_LW_MEASURE("MWh"),
    CC_LW_MEASURE("GWh"),
    CC_LW_MEASURE("TWh"),
    CC_LW_MEASURE("mAh"),
    CC_LW_KIND_UPPER("V", CC_KIND_PHYSICAL, CC_KIND_AFTER),
    CC_LW_MEASURE("kV"),
    CC_LW_MEASURE("Hz"),
    CC_LW_MEASURE("kHz"),
    CC_LW_MEASURE("MHz"),
    CC_LW_MEASURE("GHz"),
    CC_LW_MEASURE("kcal"),
    /* amounts of data and rates of transfer. "TB" only glued to the
     * digits ("a 2TB drive"): after a space it is as often tuberculosis
     * ("10 million TB cases"). A bit only after a figure ("a 128-bit key";
     * "a bit" is a little) */
    CC_LW_MEASURE("kB"),
    CC_LW_MEASURE("MB"),
    CC_LW_MEASURE("GB"),
    CC_LW_KIND("TB", CC_KIND_PHYSICAL, CC_KIND_AFTER_GLUED),
    CC_LW_KIND("bit", CC_KIND_PHYSICAL, CC_KIND_AFTER),
    CC_LW_KIND("bits", CC_KIND_PHYSICAL, CC_KIND_AFTER),
    CC_LW_MEASURE("kbit"),
    CC_LW_MEASURE("Mbit"),
    CC_LW_MEASURE("Gbit"),
    CC_LW_KIND("kbit/s", CC_KIND_PHYSICAL, CC_KIND_AFTER),
    CC_LW_KIND("Mbit/s", CC_KIND_PHYSICAL, CC_KIND_AFTER),
    CC_LW_KIND("Gbit/s", CC_KIND_PHYSICAL, CC_KIND_AFTER),
    CC_LW_KIND("kbps", CC_KIND_PHYSICAL, CC_KIND_AFTER),
    CC_LW_KIND("Mbps", CC_KIND_PHYSICAL, CC_KIND_AFTER),
    CC_LW_KIND("Gbps", CC_KIND_PHYSICAL, CC_KIND_AFTER),
    CC_LW_KIND("MB/s", CC_KIND_PHYSICAL, CC_KIND_AFTER),
    CC_LW_KIND("GB/s", CC_KIND_PHYSICAL, CC_KIND_AFTER),
    /* concentrations, emissions, loudness, radiation */
    CC_LW_KIND("ppm", CC_KIND_PHYSICAL, CC_KIND_AFTER),
    CC_LW_KIND("ppb", CC_KIND_PHYSICAL, CC_KIND_AFTER),
    CC_LW_KIND("µg/m³", CC_KIND_PHYSICAL, CC_KIND_AFTER),
    CC_LW_KIND("μg/m³", CC_KIND_PHYSICAL, CC_KIND_AFTER),
    CC_LW_KIND("g/km", CC_KIND_PHYSICAL, CC_KIND_AFTER),
    CC_LW_MEASURE("dB"),
    CC_LW_MEASURE("mSv"),
    /* containers as shipping counts them: twenty-foot equivalent units */
    CC_LW_MEASURE("TEU"),
};

const size_t cc_lexicon__nunit_symbols =
    sizeof cc_lexicon__unit_symbols / sizeof cc_lexicon__unit_symbols[0];
