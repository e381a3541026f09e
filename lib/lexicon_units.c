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
 * score), and the reader of a figure gives a lower-case "b" of a data
 * symbol its bits ("Mb", "Gb/s": cc_unit__data_by_case). units.c converts
 * within a quantity: "8 GB" is 64 Gbit.
 */
#include "lexicon.h"

const cc_lex_word cc_lexicon__unit_symbols[] = {
    /* length, area, volume */
    CC_LW_MEASURE_IN("km", "km"),
    CC_LW_MEASURE_IN("cm", "cm"),
    CC_LW_MEASURE_IN("mm", "mm"),
    CC_LW_MEASURE_IN("µm", "µm"), /* micro sign; the Greek mu below */
    CC_LW_MEASURE_IN("μm", "µm"),
    CC_LW_MEASURE_IN("nm", "nm"),
    CC_LW_MEASURE_IN("km²", "km²"),
    CC_LW_MEASURE_IN("m²", "m²"),
    CC_LW_MEASURE_IN("m³", "m³"),
    CC_LW_MEASURE_IN("ha", "ha"),
    /* speed */
    CC_LW_PHYSICAL_IN("km/h", "km/h", CC_KIND_AFTER),
    CC_LW_PHYSICAL_IN("m/s", "m/s", CC_KIND_AFTER),
    CC_LW_PHYSICAL_IN("km/s", "km/s", CC_KIND_AFTER),
    /* mass: megatonnes and gigatonnes of emissions ("3 Mt CO2") */
    CC_LW_MEASURE_IN("kg", "kg"),
    CC_LW_MEASURE_IN("mg", "mg"),
    CC_LW_MEASURE_IN("µg", "µg"),
    CC_LW_MEASURE_IN("μg", "µg"),
    CC_LW_MEASURE_IN("Mt", "Mt"),
    CC_LW_MEASURE_IN("Gt", "Gt"),
    /* volume */
    CC_LW_MEASURE_IN("ml", "ml"),
    /* temperature */
    CC_LW_PHYSICAL_IN("°C", "°C", CC_KIND_AFTER),
    CC_LW_PHYSICAL_IN("°F", "°F", CC_KIND_AFTER),
    /* power, energy, voltage, frequency */
    CC_LW_PHYSICAL_UPPER_IN("W", "W", CC_KIND_AFTER),
    CC_LW_MEASURE_IN("kW", "kW"),
    CC_LW_MEASURE_IN("MW", "MW"),
    CC_LW_MEASURE_IN("GW", "GW"),
    CC_LW_MEASURE_IN("TW", "TW"),
    CC_LW_MEASURE_IN("kWp", "kWp"),
    CC_LW_MEASURE_IN("MWp", "MWp"),
    CC_LW_MEASURE_IN("GWp", "GWp"),
    CC_LW_MEASURE_IN("Wh", "Wh"),
    CC_LW_MEASURE_IN("kWh", "kWh"),
    CC_LW_MEASURE_IN("MWh", "MWh"),
    CC_LW_MEASURE_IN("GWh", "GWh"),
    CC_LW_MEASURE_IN("TWh", "TWh"),
    CC_LW_MEASURE_IN("mAh", "mAh"),
    CC_LW_PHYSICAL_UPPER_IN("V", "V", CC_KIND_AFTER),
    CC_LW_MEASURE_IN("kV", "kV"),
    CC_LW_MEASURE_IN("Hz", "Hz"),
    CC_LW_MEASURE_IN("kHz", "kHz"),
    CC_LW_MEASURE_IN("MHz", "MHz"),
    CC_LW_MEASURE_IN("GHz", "GHz"),
    CC_LW_MEASURE_IN("kcal", "kcal"),
    /* amounts of data and rates of transfer. "TB" only glued to the
     * digits ("a 2TB drive"): after a space it is as often tuberculosis
     * ("10 million TB cases"). A bit only after a figure ("a 128-bit key";
     * "a bit" is a little) */
    CC_LW_MEASURE_IN("kB", "kB"),
    CC_LW_MEASURE_IN("MB", "MB"),
    CC_LW_MEASURE_IN("GB", "GB"),
    CC_LW_PHYSICAL_IN("TB", "TB", CC_KIND_AFTER_GLUED),
    CC_LW_MEASURE_IN("KiB", "KiB"),
    CC_LW_MEASURE_IN("MiB", "MiB"),
    CC_LW_MEASURE_IN("GiB", "GiB"),
    CC_LW_MEASURE_IN("TiB", "TiB"),
    /* a bare "b" glued to the digits: bits where a word after it names
     * data ("the 1500b packet"); else a list letter ("Figure 3b") or,
     * after a currency, billions ("$1.5b", the language's scale) */
    CC_LW_ABOUT_LOWER_IN("b", "bit", CC_CTX_DATA),
    CC_LW_PHYSICAL_IN("bit", "bit", CC_KIND_AFTER),
    CC_LW_PHYSICAL_IN("bits", "bit", CC_KIND_AFTER),
    CC_LW_MEASURE_IN("kbit", "kbit"),
    CC_LW_MEASURE_IN("Mbit", "Mbit"),
    CC_LW_MEASURE_IN("Gbit", "Gbit"),
    CC_LW_MEASURE_IN("Tbit", "Tbit"),
    CC_LW_PHYSICAL_IN("kbit/s", "kbit/s", CC_KIND_AFTER),
    CC_LW_PHYSICAL_IN("Mbit/s", "Mbit/s", CC_KIND_AFTER),
    CC_LW_PHYSICAL_IN("Gbit/s", "Gbit/s", CC_KIND_AFTER),
    CC_LW_PHYSICAL_IN("Tbit/s", "Tbit/s", CC_KIND_AFTER),
    CC_LW_PHYSICAL_IN("kbps", "kbit/s", CC_KIND_AFTER),
    CC_LW_PHYSICAL_IN("Mbps", "Mbit/s", CC_KIND_AFTER),
    CC_LW_PHYSICAL_IN("Gbps", "Gbit/s", CC_KIND_AFTER),
    CC_LW_PHYSICAL_IN("Tbps", "Tbit/s", CC_KIND_AFTER),
    CC_LW_PHYSICAL_IN("kB/s", "kB/s", CC_KIND_AFTER),
    CC_LW_PHYSICAL_IN("MB/s", "MB/s", CC_KIND_AFTER),
    CC_LW_PHYSICAL_IN("GB/s", "GB/s", CC_KIND_AFTER),
    /* concentrations, emissions, loudness, radiation */
    CC_LW_PHYSICAL_IN("ppm", "ppm", CC_KIND_AFTER),
    CC_LW_PHYSICAL_IN("ppb", "ppb", CC_KIND_AFTER),
    CC_LW_PHYSICAL_IN("µg/m³", "µg/m³", CC_KIND_AFTER),
    CC_LW_PHYSICAL_IN("μg/m³", "µg/m³", CC_KIND_AFTER),
    CC_LW_PHYSICAL_IN("g/km", "g/km", CC_KIND_AFTER),
    CC_LW_MEASURE_IN("dB", "dB"),
    CC_LW_MEASURE_IN("mSv", "mSv"),
    /* containers as shipping counts them: twenty-foot equivalent units */
    CC_LW_MEASURE_IN("TEU", "TEU"),
};

const size_t cc_lexicon__nunit_symbols =
    sizeof cc_lexicon__unit_symbols / sizeof cc_lexicon__unit_symbols[0];
