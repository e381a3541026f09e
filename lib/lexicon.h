/*
 * lexicon.h - per-language words for reading quantities. Internal.
 *
 * A lexicon joins two kinds of data for one language:
 *  - from ICU, built once per language on first use: the decimal and
 *    grouping separators, currency codes, symbols, display and plural names
 *    of every currency ICU knows in that locale, scale words from the CLDR
 *    compact-number patterns ("Milliarden", "Mrd.", "billion", "B"), month
 *    names and small spelled-out numbers (RBNF);
 *  - hand-written tables (lexicon_<lang>.c, pure data): hedge words, finance
 *    abbreviations, everyday currency words, percent and percentage-point
 *    words, range words and fillers.
 * Every scale exponent comes from the language's own data, so German
 * "Billion" (1e12) and English "billion" (1e9) live in different lexicons
 * and cannot mix. Adding a language means adding a table file and one line
 * in the registry of lexicon.c.
 *
 * All keys are stored case-folded (simple folding per code point), with
 * runs of white space as one ' ', and matched with a byte trie.
 */
#ifndef CC_LEXICON_H
#define CC_LEXICON_H

#include <stddef.h>
#include <stdint.h>

#include "crosscheck.h"

/* Roles a word can play; an entry may have several. */
enum {
    CC_LEX_HEDGE = 1 << 0,         /* before a figure: value = cc_hedge */
    CC_LEX_POST_HEDGE = 1 << 1,    /* after a figure ("or more"): value = cc_hedge */
    CC_LEX_SCALE = 1 << 2,         /* scale word: value = exponent */
    CC_LEX_CURRENCY = 1 << 3,      /* currency: code */
    CC_LEX_UNIT = 1 << 4,          /* %, pp, ratio, index points: dim (+ unit_scale) */
    CC_LEX_FILLER = 1 << 5,        /* skipped between a hedge and its figure */
    CC_LEX_RANGE_BETWEEN = 1 << 6, /* "zwischen", "between": needs AND or TO */
    CC_LEX_RANGE_FROM = 1 << 7,    /* "von", "from": needs TO */
    CC_LEX_RANGE_AND = 1 << 8,     /* "und", "and": only after BETWEEN */
    CC_LEX_RANGE_TO = 1 << 9,      /* "bis", "to": joins A and B */
    CC_LEX_NUMBER = 1 << 10,       /* spelled-out number: value */
    CC_LEX_NUMBER_A = 1 << 11,     /* "eine", "a": 1, only before a scale word */
    CC_LEX_MONTH = 1 << 12,        /* month name: digits next to it are a date */
    CC_LEX_NUMBER_PART = 1 << 13,  /* inside spelled numbers: "hundert", "and a half" */
    CC_LEX_CONTEXT = 1 << 14,      /* words that change what a figure measures:
                                      value = CC_CTX_*, norm = normalised value */
    CC_LEX_KIND = 1 << 15          /* marks a number as no amount: value = CC_KIND_*,
                                      dim = 1 when it follows the number ("Uhr") */
};

/* Context classes (CC_LEX_CONTEXT rows). */
enum {
    CC_CTX_SCOPE = 1,        /* "zeitweise" -> "intraday" */
    CC_CTX_ATTRIB = 2,       /* "laut", "according to": the source follows;
                               with norm ("laut Polizei" -> "police") complete */
    CC_CTX_ATTRIB_POST = 3,  /* "zufolge": the source stands before it */
    CC_CTX_UP = 4,           /* "stieg", "Plus", "rose" */
    CC_CTX_DOWN = 5,         /* "fiel", "Minus", "lost" */
    CC_CTX_NEG = 6,          /* "nicht", "not", "kein" */
    CC_CTX_ATTRIB_NAME = 7,  /* a source name after an attribution word: norm */
    CC_CTX_ARTICLE = 8,      /* "der", "the": skipped before a source name */
    CC_CTX_CHANGE_TO = 9,    /* "auf" in "von 3,5 auf 2,9 Billionen": links two figures */
    CC_CTX_ATTRIB_SELF = 10, /* a source that attributes without "laut": "die Polizei" */
    /* "über" after these is no hedge ("Auftrag über 240 Millionen",
     * "verfügt über 50.000 Chips"): a noun directly before it (NEAR) or a
     * verb up to four words before it in the same clause (FAR); only
     * hedges marked with CC_LW_HEDGE_GOV can be governed */
    CC_CTX_GOV_NEAR = 11,
    CC_CTX_GOV_FAR = 12,
    CC_CTX_BARRIER = 13,      /* "weil", "because": opens a clause up to the next
                                 ',' or ';' whose context words stay in it */
    CC_CTX_MARKET = 14,       /* market vocabulary: "Aktie", "shares", "Dax" */
    CC_CTX_SCOPE_MARKET = 15, /* a scope only in a sentence with market
                                 vocabulary: "vorübergehend", "briefly" */
    /* a sign word: directly before a number without a percent or point
     * unit it makes the value negative ("minus 1.200.000", "negative
     * 5"); with norm "down" the word also marks a decline wherever it is
     * not a figure's own sign ("minus 3 Prozent", "ein Minus von ...") */
    CC_CTX_SIGN = 16,
    /* a speech verb: the source stands next to it, before ("the union
     * said", "Ein Händler sagte") or, inverted, after it ("said the
     * union", "teilte die Polizei mit", "sagte ein Sprecher der Stadt") */
    CC_CTX_SAY = 17,
    /* a speech verb at the end of a "wie" clause: the source stands
     * between "wie" and the verb ("wie das Statistische Bundesamt mitteilte") */
    CC_CTX_SAY_FINAL = 18,
    /* a scope only for the figure directly after it: "up from 2.9%",
     * "compared with 4.1%" (the earlier figure a change is measured from) */
    CC_CTX_SCOPE_NEXT = 19,
    /* the same, and only where the word opens a clause: ", nach 1,6
     * Prozent im September" (not "nach 10 Jahren") */
    CC_CTX_SCOPE_NEXT_CLAUSE = 20,
    /* a phrase that holds a context word but gives the figure nothing: in
     * "gegenüber dem Vorjahr", "on the previous year" the earlier period
     * is the base of a change, not the time of the figure */
    CC_CTX_NONE = 21,
    /* "sondern", "but": after "nicht A," the figure B corrects A and lends
     * it its unit ("nicht 5, sondern 7 Milliarden Euro") */
    CC_CTX_CORRECTION = 22,
    /* "or", "oder" between two figures of different units: the second
     * restates the first ("fell 12 points, or 0.2 percent") */
    CC_CTX_RESTATE = 23,
    /* "per", "pro", "je" after a figure: the word after it is what the
     * figure is counted per ("45 Euro pro Megawattstunde", "2,10 Euro je
     * Aktie"): a price or rate, never compared with a total */
    CC_CTX_PER = 24,
    /* "ahead", "behind", "vor", "hinter" right after points: the gap
     * between two shares ("eight points ahead of the Conservatives on
     * 33%"), in percentage points where the sentence speaks of percent */
    CC_CTX_GAP = 25,
    /* a rise only for the figure directly after it: English "plus 5%";
     * elsewhere the word adds ("a fee of €103m plus add-ons") */
    CC_CTX_UP_NEXT = 26,
    /* a comparative: a rise or fall only for the figure directly before it
     * ("3.7% higher than a year ago", "ein 23 Prozent niedrigeres", "a 23%
     * lower risk" - not the 12,000 adults of the same sentence) */
    CC_CTX_UP_PREV = 27,
    CC_CTX_DOWN_PREV = 28,
    /* "statt", "instead of": the figure right after it is the one that
     * does not hold (negated), whose unit the other figure lends it as
     * with CC_CTX_CORRECTION ("58 statt 49 Euro", "Statt um 0,3 Prozent
     * schrumpfte die Wirtschaft um 0,1 Prozent") */
    CC_CTX_INSTEAD = 29,
    /* "demnach": the figure's sentence reports from the source and the
     * scope of the figure before ("Laut der Prognose kommt die CDU auf 32
     * Prozent. Die SPD erreicht demnach 21,5 Prozent.") */
    CC_CTX_CARRY = 30,
    /* "dagegen", "however": the sentence sets its source against one an
     * earlier figure named, so its speech verb names a source */
    CC_CTX_CONTRAST = 31,
    /* what data is counted in: "Daten", "Paket", "packet". A glued "b" is
     * a bit only just before one ("the 512b block"; CC_LW_ABOUT_LOWER_IN) */
    CC_CTX_DATA = 32
};

/* CC_LEX_NUMBER_PART value of a decimal point word ("point", "Komma") */
#define CC_PART_POINT (-2)
/* a decimal point word after which one number word below 100 gives two
 * fraction digits, as German speaks decimals: "eins Komma fünfzehn" = 1,15 */
#define CC_PART_POINT_PAIRS (-3)
/* CC_LEX_NUMBER_PART value of a fraction word after a numerator ("two
 * thirds", "ein Drittel"); the entry's `number` is the denominator */
#define CC_PART_FRACTION (-4)
/* CC_LEX_NUMBER_PART value of a multiplier after a number ("dozen": x12,
 * "2 dozens", "two hundred dozens"); the reader of the figure's tail applies it */
#define CC_PART_DOZEN 12

/* Kinds of numbers that are not amounts (CC_LEX_KIND rows; mention kinds). */
enum {
    CC_KIND_AMOUNT = 0,
    CC_KIND_YEAR = 1,
    CC_KIND_DATE = 2,
    CC_KIND_TIME = 3,
    CC_KIND_ORDINAL = 4,
    CC_KIND_IDENT = 5, /* model and product names, article numbers, pages */
    CC_KIND_PHONE = 6,
    CC_KIND_LIST = 7,
    CC_KIND_PHYSICAL = 8 /* a physical quantity we do not model: "4,5 Kilometer" */
};

#define CC_LEX_ALL 0xFFFF

/** One row of a hand-written table. */
typedef struct cc_lex_word {
    const char *text;  /* as written ("etwas mehr als", "Mrd."); folded at build */
    uint16_t roles;    /* CC_LEX_* */
    int32_t value;     /* hedge class, scale exponent, number, CC_CTX_* or CC_KIND_* */
    int8_t dim;        /* CC_LEX_UNIT: cc_dimension */
    int8_t unit_scale; /* CC_LEX_UNIT: extra exponent (basis points: -2) */
    uint8_t upper;     /* 1: matches only when written without lower case;
                          2: only when written with some lower case ("Rs", not "RS") */
    const char *code;  /* CC_LEX_CURRENCY: ISO code; CC_LEX_KIND physical: the unit's
                          symbol in the unit table ("t"), or NULL */
    const char *norm;  /* CC_LEX_CONTEXT: normalised value ("intraday"), or NULL */
    int8_t topic;      /* CC_LEX_KIND: the reading holds only where a word of this
                          context class follows (CC_CTX_DATA), 0 anywhere */
} cc_lex_word;

/* Row makers for the tables of lexicon_<lang>.c. */
#define CC_LW_HEDGE(t, h)                                                                          \
    {                                                                                              \
        t, CC_LEX_HEDGE, (int32_t)(h), 0, 0, 0, NULL, NULL, 0                                      \
    }
/* a hedge that a governing word before it cancels (CC_CTX_GOV_*): "über" */
#define CC_LW_HEDGE_GOV(t, h)                                                                      \
    {                                                                                              \
        t, CC_LEX_HEDGE, (int32_t)(h), 1, 0, 0, NULL, NULL, 0                                      \
    }
/* a hedge that before a year is a preposition of time: "ab 19,99 Euro" is
 * at least 19.99 euros, "ab 2026" the year 2026 */
#define CC_LW_HEDGE_TIME(t, h)                                                                     \
    {                                                                                              \
        t, CC_LEX_HEDGE, (int32_t)(h), 2, 0, 0, NULL, NULL, 0                                      \
    }
#define CC_LW_POST(t, h)                                                                           \
    {                                                                                              \
        t, CC_LEX_POST_HEDGE, (int32_t)(h), 0, 0, 0, NULL, NULL, 0                                 \
    }
/* a hedge joined to the figure by a hyphen only: "80,000-plus", "$50
 * million-plus" (a "plus" after a space adds: "€103m plus add-ons") */
#define CC_LW_POST_HYPHEN(t, h)                                                                    \
    {                                                                                              \
        t, CC_LEX_POST_HEDGE, (int32_t)(h), 1, 0, 0, NULL, NULL, 0                                 \
    }
#define CC_LW_SCALE(t, e)                                                                          \
    {                                                                                              \
        t, CC_LEX_SCALE, (int32_t)(e), 0, 0, 0, NULL, NULL, 0                                      \
    }
/* How a scale letter must stand to scale (cc_lex_entry.scale_glue): glued
 * to the digits ("3M"), and also after a fraction ("1,2G", never "5G"), or
 * also after a currency sign ("$1.5b", never "Figure 3b") */
enum {
    CC_GLUE_DIGITS = 1,
    CC_GLUE_FRACTION = 2,
    CC_GLUE_MONEY = 3
};
/* an SI prefix letter as scale, upper case only, only glued to the digits */
#define CC_LW_SCALE_GLUED(t, e, glue)                                                              \
    {                                                                                              \
        t, CC_LEX_SCALE, (int32_t)(e), 0, (int8_t)(glue), 1, NULL, NULL, 0                         \
    }
/* a lower-case scale letter of money, glued after a currency sign: "$1.5b" */
#define CC_LW_SCALE_MONEY(t, e)                                                                    \
    {                                                                                              \
        t, CC_LEX_SCALE, (int32_t)(e), 0, (int8_t)CC_GLUE_MONEY, 0, NULL, NULL, 0                  \
    }
/* a minor unit of money ("cents", "Rappen"): joined to the amount before
 * it ("$20 and 43 cents"); a unit of dimension currency, a hundredth */
#define CC_LW_MINOR(t)                                                                             \
    {                                                                                              \
        t, CC_LEX_UNIT, 0, (int8_t)CC_DIM_CURRENCY, -2, 0, NULL, NULL, 0                           \
    }
/* a minor unit that names its currency in this language ("Cent": euro,
 * "pence": pound): alone after a number it is money ("32 Cent" = 0.32
 * EUR); a one-letter word only glued to the digits ("50p", not "50 p") */
#define CC_LW_MINOR_OF(t, c)                                                                       \
    {                                                                                              \
        t, CC_LEX_UNIT, 0, (int8_t)CC_DIM_CURRENCY, -2, 0, c, NULL, 0                              \
    }
#define CC_LW_CUR(t, c)                                                                            \
    {                                                                                              \
        t, CC_LEX_CURRENCY, 0, 0, 0, 0, c, NULL, 0                                                 \
    }
/* scale and currency in one upper-case token: "MUSD" */
#define CC_LW_SCALE_CUR(t, e, c)                                                                   \
    {                                                                                              \
        t, CC_LEX_SCALE | CC_LEX_CURRENCY, (int32_t)(e), 0, 0, 1, c, NULL, 0                       \
    }
#define CC_LW_UNIT(t, d, s)                                                                        \
    {                                                                                              \
        t, CC_LEX_UNIT, 0, (int8_t)(d), (int8_t)(s), 0, NULL, NULL, 0                              \
    }
#define CC_LW_ROLE(t, r)                                                                           \
    {                                                                                              \
        t, (uint16_t)(r), 0, 0, 0, 0, NULL, NULL, 0                                                \
    }
/* a range opener that alone before money names the least: "from €19.99"
 * (no range end, no direction word before it: "up from $5" is a level) */
#define CC_LW_FROM_FLOOR(t)                                                                        \
    {                                                                                              \
        t, CC_LEX_RANGE_FROM, 0, 1, 0, 0, NULL, NULL, 0                                            \
    }
#define CC_LW_A(t)                                                                                 \
    {                                                                                              \
        t, CC_LEX_NUMBER_A, 1, 0, 0, 0, NULL, NULL, 0                                              \
    }
/* a number word of the table (beyond ICU's spell-out): "anderthalb" = 3 halves */
#define CC_LW_NUM(t, halves)                                                                       \
    {                                                                                              \
        t, CC_LEX_NUMBER, (int32_t)(halves), CC_NUM_HALVES, 0, 0, NULL, NULL, 0                    \
    }
/* flags of table number words (the dim field of the row) */
#define CC_NUM_HALVES 1 /* the value is in halves */
#define CC_NUM_ALONE                                                                               \
    2 /* a number only where no word follows in the clause: the
                           pronoun "eine" ("nur eine."), never the article ("eine Frau") */
#define CC_NUM_APPROX                                                                              \
    4 /* a vague amount ("a few" = about 3): read with the approx
                           hedge and always weak, since approx's narrow interval would
                           overstate it as a claim */
#define CC_NUM_VAGUE                                                                               \
    8 /* a quantifier with no value ("einige", "several"): never a
                           number; before "hundert", "thousand" or a scale word it
                           makes the whole run vague, so that no part of it is read */
#define CC_NUM_LEAST                                                                               \
    16 /* a plural of a round number ("Tausende", "thousands"): at least
                           twice it (value), read with the lower_incl hedge */
/* a table number word with flags: CC_LW_NUMF("a few", 6, CC_NUM_HALVES | CC_NUM_APPROX) */
#define CC_LW_NUMF(t, v, f)                                                                        \
    {                                                                                              \
        t, CC_LEX_NUMBER, (int32_t)(v), (int8_t)(f), 0, 0, NULL, NULL, 0                           \
    }
/* parts of spelled numbers: "hundert" (value 100: multiplies), "einhalb" (value -1: + 1/2) */
#define CC_LW_PART(t, v)                                                                           \
    {                                                                                              \
        t, CC_LEX_NUMBER_PART, (int32_t)(v), 0, 0, 0, NULL, NULL, 0                                \
    }
/* a fraction word: denominator and which numerators it takes. English
 * tells them apart by number ("one third", "two thirds"; "twenty third"
 * is an ordinal); German "Drittel" is both */
#define CC_FRAC_ONE 1  /* singular: after one ("one sixth", "a half") */
#define CC_FRAC_MANY 2 /* plural: after more than one ("two thirds") */
#define CC_FRAC_ANY 3  /* either ("ein Drittel", "drei Viertel") */
#define CC_LW_FRAC(t, denom, form)                                                                 \
    {                                                                                              \
        t, CC_LEX_NUMBER_PART, (int32_t)(denom), (int8_t)(form), 0, 0, NULL, NULL, 0               \
    }
/* context words: class and normalised value */
#define CC_LW_CTX(t, c, norm)                                                                      \
    {                                                                                              \
        t, CC_LEX_CONTEXT, (int32_t)(c), 0, 0, 0, NULL, norm, 0                                    \
    }
/* a currency abbreviation only as written with lower case: "Rs" and
 * "Rs20" are rupees, "RS6" and "RS 232" are names */
#define CC_LW_CUR_MIXED(t, c)                                                                      \
    {                                                                                              \
        t, CC_LEX_CURRENCY, 0, 0, 0, 2, c, NULL, 0                                                 \
    }
/* a filler that is also a context word ("minus", "zeitweise") */
#define CC_LW_FILLER_CTX(t, c, norm)                                                               \
    {                                                                                              \
        t, CC_LEX_FILLER | CC_LEX_CONTEXT, (int32_t)(c), 0, 0, 0, NULL, norm, 0                    \
    }
/* words that make a number no amount: before it (post = 0) or after it
 * (post = CC_KIND_AFTER and the narrower forms below) */
#define CC_LW_KIND(t, k, post)                                                                     \
    {                                                                                              \
        t, CC_LEX_KIND, (int32_t)(k), (int8_t)(post), 0, 0, NULL, NULL, 0                          \
    }
/* a unit of measure (length, area, volume, mass, energy, power, data; no
 * time): a physical unit after the number, that an article before it
 * counts as one ("a gallon", "ein Kilometer", "a kilometre away") and that
 * after "per", "pro", "je" is what a price is counted per ("pro
 * Quadratmeter"; a time there is none: "per hour"). Only units whose
 * article is no rate or idiom in news ("$4 a gallon" is a price per
 * gallon, which numwords.c tells by the figure before it; not "a day",
 * "a ton of", "an inch") */
#define CC_LW_MEASURE(t)                                                                           \
    {                                                                                              \
        t, CC_LEX_KIND, CC_KIND_PHYSICAL, CC_KIND_AFTER, 1, 0, NULL, NULL, 0                       \
    }
/* the same, with its symbol in the unit table (units.c): figures in it are
 * compared, converted within their quantity ("120.000 Tonnen": "t") */
#define CC_LW_MEASURE_IN(t, sym)                                                                   \
    {                                                                                              \
        t, CC_LEX_KIND, CC_KIND_PHYSICAL, CC_KIND_AFTER, 1, 0, sym, NULL, 0                        \
    }
/* a physical unit after the number (post: CC_KIND_AFTER*) that an article
 * before it does not count as one of it, with its symbol ("tonnes": "t") */
#define CC_LW_PHYSICAL_IN(t, sym, post)                                                            \
    {                                                                                              \
        t, CC_LEX_KIND, CC_KIND_PHYSICAL, post, 0, 0, sym, NULL, 0                                 \
    }
/* the same, matching only text written without lower case ("40C", "230 V") */
#define CC_LW_PHYSICAL_UPPER_IN(t, sym, post)                                                      \
    {                                                                                              \
        t, CC_LEX_KIND, CC_KIND_PHYSICAL, post, 0, 1, sym, NULL, 0                                 \
    }
/* a physical unit glued to the digits and written in lower case, read
 * only where a word of the context class `topic` names what it measures
 * (cc_ctxwords__measures): "the 1500b packet" is bits (CC_CTX_DATA); the
 * "3b" of "3b users", "Figure 3b" or "$3b" is not */
#define CC_LW_ABOUT_LOWER_IN(t, sym, topic)                                                        \
    {                                                                                              \
        t, CC_LEX_KIND, CC_KIND_PHYSICAL, CC_KIND_AFTER_GLUED, 0, 2, sym, NULL, topic              \
    }
/* a unit symbol only as written in lower case: "250 g", not "5G" */
#define CC_LW_MEASURE_LOWER_IN(t, sym)                                                             \
    {                                                                                              \
        t, CC_LEX_KIND, CC_KIND_PHYSICAL, CC_KIND_AFTER, 1, 2, sym, NULL, 0                        \
    }
/* a kind word matching only text written without lower case ("40C", not "43c") */
#define CC_LW_KIND_UPPER(t, k, post)                                                               \
    {                                                                                              \
        t, CC_LEX_KIND, (int32_t)(k), (int8_t)(post), 0, 1, NULL, NULL, 0                          \
    }
#define CC_KIND_AFTER 1 /* after the number: "14 Uhr", "4,5 Kilometer" */
#define CC_KIND_AFTER_GLUED                                                                        \
    2 /* only glued to the digits: "40C" (a lone letter
                                  after a space is rarely a unit) */
#define CC_KIND_AFTER_HYPHEN                                                                       \
    3 /* only joined by a hyphen, an adjective compound:
                                  "a 10-year bond" (a bare "2023 year-end" is no
                                  duration) */
/* a decade: the suffix glued to a round year ("1960s", "1990er", "1960er
 * Jahre") or to its last two digits after an apostrophe ("'90s") or
 * before a noun of the key ("60er-Jahre"); kinds.c says which numbers */
#define CC_KIND_AFTER_DECADE 4

/* Words of shares ("jeder Dritte", "one in three", "die Hälfte der"),
 * read by shares.c; matched as written, the first letter in either case. */
enum {
    CC_SHARE_EACH = 1,  /* "jeder", "jede": an ordinal noun follows ("jeder Dritte") */
    CC_SHARE_ORD = 2,   /* an ordinal after EACH: value = its number ("Dritte": 3) */
    CC_SHARE_IN = 3,    /* between two numbers: "one in three", "4 out of 10", "vier von zehn";
                           value 1: only before 2..10, 100 or 1000 ("vier von zehn" is a
                           share, "5 von 20 Passagieren" a count) */
    CC_SHARE_OF = 4,    /* after a fraction it makes a share: "two thirds of", "ein Drittel der" */
    CC_SHARE_WHOLE = 5, /* a fraction noun with no numerator: value = denominator ("Hälfte": 2) */
    CC_SHARE_THE = 6,   /* an article before a WHOLE word ("die Hälfte", "the half") */
    CC_SHARE_PART = 7,  /* a fraction noun that is one only before OF: value = denominator
                           ("a quarter of", "three quarters of") */
    CC_SHARE_TIMES = 8, /* a multiplier word: value = the ratio in tenths ("verdoppelt",
                           "tripled", "doppelt so": 20; "halved": 5) */
    CC_SHARE_BY = 9,    /* the preposition of a change by a part: a fraction after it is a
                           share of what changed ("um ein Drittel", "by half") */
    CC_SHARE_ADJ = 10   /* a fraction as an adjective between "a" and a scale or unit:
                           value = denominator ("eine halbe Million", "einen halben
                           Prozentpunkt", "a quarter-point", "a half percentage point") */
};

typedef struct cc_share_word {
    const char *text;
    int type;  /* CC_SHARE_* */
    int value; /* ORD, WHOLE: the denominator */
} cc_share_word;

/* The span of time a rate is counted per ("£250,000 a week", "15 Millionen
 * Euro im Jahr"): two rates per different spans are different measures. */
enum {
    CC_PERIOD_NONE = 0,
    CC_PERIOD_HOUR,
    CC_PERIOD_DAY,
    CC_PERIOD_WEEK,
    CC_PERIOD_MONTH,
    CC_PERIOD_YEAR
};

typedef struct cc_period_word {
    const char *text; /* right after the figure, as written ("im Jahr", "a week") */
    int period;       /* CC_PERIOD_* */
} cc_period_word;

/** A language's hand-written data. */
typedef struct cc_lex_table {
    const char *lang;       /* "de" */
    const char *icu_locale; /* locale for ICU data, "de" */
    const cc_lex_word *words;
    size_t nwords;
    /* currency codes whose ICU names win conflicts, in order */
    const char *const *preferred_codes;
    size_t npreferred;
    /* words after which digits, a point and a word are an ordinal ("im 3.
     * Quartal", "seinen 80. Geburtstag"), lower case, sorted by strcmp;
     * after other words the point ends a sentence ("stieg auf 30. Die
     * Behörden"); NULL: the language writes no ordinals so */
    const char *const *ordinal_openers;
    size_t nordinal_openers;
    /* endings of the names of streets, after which a number is a house
     * number ("Bahnhofstraße 12", "Hauptstr. 5"): lower case, matched
     * at the end of a capitalised word longer than the ending; NULL: none */
    const char *const *street_endings;
    size_t nstreet_endings;
    /* words right after a figure that make it a rate per a span of time
     * (matched folding ASCII case), and words after those that make them
     * a time instead ("im Jahr zuvor", "a year ago"; a number after them
     * does too: "im Jahr 2023"), lower case; NULL: none */
    const cc_period_word *periods;
    size_t nperiods;
    const char *const *period_stops;
    size_t nperiod_stops;
    /* a verb of change and the particle that, ending its clause, makes it
     * another verb: "fiel aus" ("fiel ... aus": failed, turned out), "stieg
     * ein" (bought in); not "brach ein", "büßte ein" (still losses); lower
     * case, sorted by strcmp; NULL: none */
    const char *const *particle_verbs;
    size_t nparticle_verbs;
    /* conjunctions that join two main clauses ("fiel auf 164,56 Dollar und
     * hat seit Jahresbeginn 37 Prozent verloren"): a time scope after them
     * is their clause's, lower case, sorted by strcmp */
    const char *const *conjunctions;
    size_t nconjunctions;
    /* articles that after a figure mean "per" ("$4 a gallon", "€2.56 a
     * share"), lower case, sorted by strcmp; NULL: none */
    const char *const *per_articles;
    size_t nper_articles;
    /* words of shares (shares.c) */
    const cc_share_word *shares;
    size_t nshares;
    /* frequent words that tell the language apart from the others with
     * tables (lang_detect.c), lower case, sorted by strcmp */
    const char *const *common;
    size_t ncommon;
    /* letters only this language of those with tables writes ("äöüß"),
     * UTF-8, either case, for lang_detect.c; NULL if none */
    const char *own_letters;
    /* 1: a main clause's verb stands second, so a speech verb's subject
     * may follow it ("teilte die Polizei mit") or close a "wie" clause
     * ("wie ein Sprecher sagte"), context_words.c */
    int verb_second;
    /* 1: names carry case endings that attributions strip ("des
     * Finanzministeriums" -> "Finanzministerium"), attrib_name.c */
    int name_cases;
    /* 1: every noun is written with a capital, so a capital alone names no
     * one (German); 0: a capitalised phrase is a name (context_words.c) */
    int nouns_capitalized;
    /* closed word classes for the names of sources (attrib_name.c), lower
     * case: words before a speech verb that name no one (pronouns,
     * auxiliaries, adverbs, conjunctions: "he said", "which retailers
     * said"), the conjunctions among them that open a clause whose figures
     * the source speaks for ("which", "weil"), and words that join the
     * parts of a name ("Department for Transport") */
    const char *const *name_stops;
    size_t nname_stops;
    const char *const *clause_openers;
    size_t nclause_openers;
    const char *const *name_joiners;
    size_t nname_joiners;
    /* auxiliaries that may stand between a source and its speech verb
     * ("Reuters had put the figure at"), passed over there */
    const char *const *auxiliaries;
    size_t nauxiliaries;
} cc_lex_table;

extern const cc_lex_table cc_lexicon__de_table;
extern const cc_lex_table cc_lexicon__en_table;

/* Unit symbols of every language ("km", "kWh", "GB"), lexicon_units.c:
 * added after each table's own words, which win a shared key. */
extern const cc_lex_word cc_lexicon__unit_symbols[];
extern const size_t cc_lexicon__nunit_symbols;

/** The merged data of one key. */
typedef struct cc_lex_entry {
    uint16_t roles;
    uint16_t upper_roles; /* roles valid only for text without lower case */
    uint16_t lower_roles; /* roles valid only for text with some lower case */
    int8_t hedge;
    int8_t hedge_gov; /* 1: a governing word before it cancels the hedge;
                           2: before a year it is a preposition (CC_LW_HEDGE_TIME) */
    int8_t post_hedge;
    uint8_t post_hyphen; /* POST_HEDGE: only joined by a hyphen (CC_LW_POST_HYPHEN) */
    int8_t scale;
    int8_t scale_glue; /* SCALE: CC_GLUE_*, or 0 */
    int8_t unit_scale;
    int8_t dim;
    int8_t ctx;          /* CC_CTX_* */
    int8_t kind;         /* CC_KIND_* */
    int8_t kind_post;    /* CC_KIND_AFTER*: the kind word follows the number; 0 before */
    int8_t part;         /* NUMBER_PART: 100 hundred, 10 "zig", -1 a half, 0 joiner */
    uint8_t halves;      /* NUMBER from a table: the value is in halves */
    uint8_t alone;       /* NUMBER from a table: only with no word after it (CC_NUM_ALONE) */
    uint8_t approx;      /* NUMBER from a table: a vague amount (CC_NUM_APPROX) */
    uint8_t least;       /* NUMBER from a table: a least amount (CC_NUM_LEAST) */
    uint8_t vague;       /* NUMBER from a table: a quantifier without value (CC_NUM_VAGUE) */
    uint8_t frac_form;   /* CC_PART_FRACTION: CC_FRAC_ONE, _MANY or _ANY */
    uint8_t from_floor;  /* RANGE_FROM: alone before money the least (CC_LW_FROM_FLOOR) */
    uint8_t a_one;       /* KIND: a unit of measure, an article before it is one of it
                           and it may follow "per" (CC_LW_MEASURE) */
    int8_t after_kind;   /* KIND before the number (kind_post 0) whose key is also a kind */
    int8_t after_post;   /* word after it: "KW 12" is a calendar week, "220 kW" a power; */
    uint8_t after_a_one; /* the reading after the number, or after_post 0 */
    const char *measure; /* KIND physical: the unit's symbol in the unit table ("t" for
                            "Tonnen"), NULL if not one; after_measure: the same for
                            the reading after the number */
    const char *after_measure;
    int8_t kind_topic; /* KIND: the reading holds only where a word of this
                          context class follows (CC_CTX_DATA), 0 anywhere */
    uint8_t letters;   /* the key is this many ASCII letters (0: it is not, or longer
                           than 255) */
    uint8_t opens;     /* with letters: may the key's letters open a share, as the
                           lexicon's share_first tells (cc_lexicon__share_may_open_key) */
    int64_t number;    /* NUMBER: value (in halves when `halves`) */
    char code[4];
    const char *norm; /* CONTEXT: normalised value, static */
} cc_lex_entry;

typedef struct cc_lexicon cc_lexicon;

/**
 * The lexicon of a language ("de", "en"), built on first use (thread-safe)
 * and kept for the life of the process.
 * @return the lexicon, or NULL with *st = CC_ELANG (unknown language),
 *         CC_EICU or CC_ENOMEM (nothing is cached then; a later call retries).
 */
const cc_lexicon *cc_lexicon__get(const char *lang, cc_status *st);

/** The language code of a lexicon ("de"). */
const char *cc_lexicon__lang(const cc_lexicon *lx);

/** The locale's decimal and grouping separators (code points). */
uint32_t cc_lexicon__decimal(const cc_lexicon *lx);
uint32_t cc_lexicon__grouping(const cc_lexicon *lx);

/** Milliseconds the lexicon took to build (for the benchmark and report). */
double cc_lexicon__build_ms(const cc_lexicon *lx);

/** The number of keys in the lexicon. */
size_t cc_lexicon__size(const cc_lexicon *lx);

/**
 * Match the longest key starting at text[pos] (case-folded, white space
 * runs as one space) that ends at a word boundary, with its roles limited
 * by case (upper-only roles need text without lower case). The longest key
 * wins first; then its roles are limited to `roles`, and if none remain
 * nothing matches ("bis zu" is a hedge, never the range word "bis").
 * Hyphens inside keys and text count as spaces ("US-Dollar" = "US Dollar").
 * @param end  receives the byte offset just past the match.
 * @param got  receives the roles that matched (entry roles & roles & case).
 * @return the entry, or NULL if nothing matches.
 */
const cc_lex_entry *cc_lexicon__match(const cc_lexicon *lx, const char *text, size_t len,
                                      size_t pos, uint16_t roles, size_t *end, uint16_t *got);

/**
 * The bytes where no key begins and that is known at once, by byte:
 * nonzero for punctuation that begins none (cc_lexicon__match there
 * returns NULL). Borrowed; valid until lx is freed.
 */
const uint8_t *cc_lexicon__no_key_set(const cc_lexicon *lx);

/**
 * cc_lexicon__match(lx, text, len, pos, CC_LEX_ALL, end, got) for the
 * scanner at a word start (an ASCII letter, or the lead byte 0xC3 and a
 * continuation byte), which in the same pass also says whether the
 * scanner may pass the word by: where no key matches (NULL), *end
 * receives the end of the word if the word is letters only (ASCII, or
 * Latin-1: U+00C0..U+00FF but U+00D7 and U+00F7), ended by an ASCII byte,
 * and it can begin neither a share (cc_lexicon__share_may_open) nor, with
 * seven bytes or more, a compound spelled number (cc_lexicon__may_be_number,
 * cc_lexicon__compound_begins); else 0. Six arguments: all in registers.
 * got must not be NULL.
 */
const cc_lex_entry *cc_lexicon__match_word(const cc_lexicon *lx, const char *text, size_t len,
                                           size_t pos, size_t *end, uint16_t *got);

/**
 * Keep the word looks of cc_lexicon__match in lexicon lx at `text` in a memo
 * of this thread until cc_lexicon__memo_end (other calls pass it by), so
 * that words asked for again (scanner, numbers, context) are not folded
 * and hashed again. The text must not change meanwhile. Results are the
 * same with and without it; NULL (out of memory) just means no memo.
 */
typedef struct cc_lex_memo cc_lex_memo;
cc_lex_memo *cc_lexicon__memo_begin(const cc_lexicon *lx, const char *text);
void cc_lexicon__memo_end(cc_lex_memo *m);

/**
 * 1 if the letters at text[pos..wend) (one word, wend = its end) split
 * completely into parts of spelled numbers of this language (number words
 * and CC_LEX_NUMBER_PART words: "siebenhunderteinundzwanzigtausend",
 * "zweieinhalb"), so that the word is worth handing to ICU's spell-out
 * parser. *half receives 1 if the word ends in a half ("einhalb"), and
 * *half_at where that part starts. Allocation-free.
 */
int cc_lexicon__number_word(const cc_lexicon *lx, const char *text, size_t pos, size_t wend,
                            int *half, size_t *half_at);

/**
 * Split the letters at text[pos..wend) (one word) into parts of spelled
 * numbers, longest part first ("siebenhunderteinundzwanzig|tausend|und|
 * zwölf"), and @return the text offset where the first part ends, or 0 if
 * the word does not split completely. Allocation-free.
 */
size_t cc_lexicon__number_part(const cc_lexicon *lx, const char *text, size_t pos, size_t wend);

/**
 * 1 if the word text[pos..wend) begins a compound spelled number: it
 * splits completely into number parts (cc_lexicon__number_part) and its
 * first part ends inside it.
 */
int cc_lexicon__compound_begins(const cc_lexicon *lx, const char *text, size_t pos, size_t wend);

/**
 * 0 if the word at text[pos] cannot begin a compound spelled number (its
 * first two folded bytes begin no number part), else 1: a cheap test
 * before cc_lexicon__number_word.
 */
int cc_lexicon__may_be_number(const cc_lexicon *lx, const char *text, size_t len, size_t pos);

/**
 * Parse a spelled-out number with ICU's rule-based spell-out rules of the
 * language in lenient mode. The whole text must be consumed.
 * @param one  1: read the text as if 1 spelled out stood before it (for
 *             "a hundred and two", whose "a" ICU does not read).
 * @return 1 and *value on success, 0 if ICU does not read all of it.
 */
int cc_lexicon__spellout_parse(const cc_lexicon *lx, const char *text, size_t len, int one,
                               double *value);

/** 1 if "3. Quartal" is an ordinal in this language (German). */
/** 1 if the verb of change `verb` with the particle `part` at its clause end is
 *  another verb ("fiel" ... "aus"); part NULL: with any particle. */
int cc_lexicon__particle_verb(const cc_lexicon *lx, const char *verb, size_t vn, const char *part,
                              size_t pn);

/** 1 if t[s..e) is a conjunction that joins main clauses ("und", "but"). */
int cc_lexicon__conjunction(const cc_lexicon *lx, const char *t, size_t s, size_t e);

/** 1 if t[s..e) is an article that after a figure means "per" ("a share"). */
int cc_lexicon__per_article(const cc_lexicon *lx, const char *t, size_t s, size_t e);

/** 1 if t[s..e) opens an ordinal written with a point ("im 3. Quartal"). */
int cc_lexicon__ordinal_opener(const cc_lexicon *lx, const char *t, size_t s, size_t e);
/** The span of time the words at t[p] make a figure before them a rate per
 *  ("a week": CC_PERIOD_WEEK), or CC_PERIOD_NONE; see cc_lex_table. */
int cc_lexicon__period_at(const cc_lexicon *lx, const char *t, size_t len, size_t p);

/** The name of a CC_PERIOD_* ("week"), or NULL for none. */
const char *cc_lexicon__period_name(int period);

/** 1 if t[s..e) names a street by the table's street_endings ("Bahnhofstraße"). */
int cc_lexicon__street_name(const cc_lexicon *lx, const char *t, size_t s, size_t e);

/** The grammar flags of cc_lex_table: verb_second, name_cases, nouns_capitalized. */
int cc_lexicon__verb_second(const cc_lexicon *lx);
int cc_lexicon__name_cases(const cc_lexicon *lx);
int cc_lexicon__nouns_capitalized(const cc_lexicon *lx);

/**
 * The share words that may begin with the byte `first` (ASCII letters in
 * either case): *idx receives their indices into cc_lexicon__shares(),
 * *lens the byte lengths of all share words by index.
 * @return how many there are (often 0).
 */
size_t cc_lexicon__share_bucket(const cc_lexicon *lx, unsigned char first, const uint8_t **idx,
                                const uint8_t **lens);

/** Can a share open with the word at t[i] (not a number word)? 0: no
 * share word that opens a share (CC_SHARE_THE, _TIMES, _EACH, _WHOLE)
 * matches there as shares.c matches, or the article that does (_THE) has
 * no share noun (_WHOLE) after it ("die Hälfte"); 1: maybe. The first
 * question, of two bytes, is cc_lexicon__share_open_bit; the rest
 * cc_lexicon__share_may_open_word. */
int cc_lexicon__share_may_open(const cc_lexicon *lx, const char *t, size_t len, size_t i);

/** cc_lexicon__share_may_open without the look past an article: 0 if no
 * share word that opens a share matches at t[i] as shares.c matches. */
int cc_lexicon__share_opener_may_match(const cc_lexicon *lx, const char *t, size_t len, size_t i);

/** The set of the first two bytes (| 0x20) of the share words that open a
 * share, for cc_lexicon__share_open_bit. Borrowed; valid until lx is freed. */
const uint64_t *cc_lexicon__share_open_set(const cc_lexicon *lx);

/** Bit (b0 | 0x20, b1 | 0x20) of the set `open` (cc_lexicon__share_open_set):
 * 0 if no share word that opens a share begins with the bytes b0 b1 (ASCII
 * letters in either case). Inline: the scanner asks it at most words. */
static inline int cc_lexicon__share_open_bit(const uint64_t *open, unsigned char b0,
                                             unsigned char b1)
{
    unsigned pre = (unsigned)(b0 | 0x20) << 8 | (unsigned)(b1 | 0x20);
    return (int)((open[pre >> 6] >> (pre & 63)) & 1);
}

/** cc_lexicon__share_may_open at t[i] (i + 1 < len) past a 1 from
 * cc_lexicon__share_open_bit(t[i], t[i + 1]). */
int cc_lexicon__share_may_open_word(const cc_lexicon *lx, const char *t, size_t len, size_t i);

/** cc_lexicon__share_may_open_word where the scanner has matched the key m
 * (or NULL) at i, ending at mend: a key of ASCII letters that ends there
 * carries the answer about its letters from the build. */
int cc_lexicon__share_may_open_key(const cc_lexicon *lx, const char *t, size_t len, size_t i,
                                   const cc_lex_entry *m, size_t mend);

/** Can a share word that follows a first number (CC_SHARE_IN, _PART,
 * _ADJ: "one in three", "three quarters of") begin with the bytes b0 b1
 * (compared as shares.c does)? 0: none can. */
int cc_lexicon__share_may_follow(const cc_lexicon *lx, unsigned char b0, unsigned char b1);

/** The share words of the language (shares.c); *n receives their number. */
const cc_share_word *cc_lexicon__shares(const cc_lexicon *lx, size_t *n);

/** The locale of the lexicon's ICU data ("de"), for sentence breaks. */
const char *cc_lexicon__icu_locale(const cc_lexicon *lx);

/** The hand-written tables the lexicon was built from. */
const cc_lex_table *cc_lexicon__table(const cc_lexicon *lx);

/** The language's own letters (UTF-8), or NULL; see cc_lex_table. */
const char *cc_lexicon__own_letters(const cc_lexicon *lx);

/** Is code point c one of the UTF-8 string s's? */
int cc_lexicon__has_cp(const char *s, int32_t c);

/** Is w[0..n), in any ASCII case ("The", "UND"), one of the language's common words? */
int cc_lexicon__common_word(const cc_lexicon *lx, const char *w, size_t n);

/** The number of languages with tables, and the code of the i-th ("de"). */
size_t cc_lexicon__count(void);
const char *cc_lexicon__lang_at(size_t i);

/** The hand-written tables of the i-th language (tests), or NULL. */
const cc_lex_table *cc_lexicon__table_at(size_t i);

/**
 * Look up a whole key ("Milliarden", "US$"), for tests and tools.
 * @return the entry or NULL.
 */
const cc_lex_entry *cc_lexicon__lookup(const cc_lexicon *lx, const char *key);

/* Out-of-line halves of the character functions below (non-ASCII). */
int32_t cc_lexicon__decode(const char *s, size_t len, size_t *i);
int cc_lexicon__alnum_wide(int32_t c);

/**
 * Decode one code point at s[*i] (advancing *i); invalid bytes give
 * U+FFFD. Shared by the scanner and the trie. Inline for ASCII: the
 * scanner calls it for nearly every byte.
 */
static inline int32_t cc_lexicon__next_cp(const char *s, size_t len, size_t *i)
{
    unsigned char b = (unsigned char)s[*i];
    if (b < 0x80) {
        (*i)++;
        return b;
    }
    return cc_lexicon__decode(s, len, i);
}

/** 1 if the code point is a letter or digit (Unicode-aware), else 0. */
static inline int cc_lexicon__is_alnum(int32_t c)
{
    if (c < 0x80) /* a letter in either case, a digit; none below 0 */
        return (uint32_t)(c | 0x20) - 'a' < 26 || (uint32_t)c - '0' < 10;
    return cc_lexicon__alnum_wide(c);
}

/**
 * The end of the run of ASCII letters and digits at t[i] (i itself if
 * there is none): eight bytes at a time where the compiler allows it. The
 * scanner and the context reader pass most words with it.
 */
static inline size_t cc_lexicon__ascii_alnum_end(const char *t, size_t len, size_t i)
{
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    const uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
    while (len - i >= 8) {
        uint64_t x, y, f, alnum;
        __builtin_memcpy(&x, t + i, 8);
        y = x & ~highs;
        f = y | (0x20 * ones);
        /* per byte, high bit: a letter, a digit; none for bytes >= 0x80
         * (the sums stay below 0x100: no carries between bytes) */
        alnum = ((f + (0x80 - 'a') * ones) & ~(f + (0x80 - 'z' - 1) * ones)) |
                ((y + (0x80 - '0') * ones) & ~(y + (0x80 - '9' - 1) * ones));
        alnum &= ~x & highs;
        if (alnum != highs)
            return i + (size_t)__builtin_ctzll(~alnum & highs) / 8;
        i += 8;
    }
#endif
    while (i < len) {
        unsigned char b = (unsigned char)t[i];
        if (!((unsigned)((b | 0x20) - 'a') < 26 || (unsigned)(b - '0') < 10))
            break;
        i++;
    }
    return i;
}

/** 1 if the code point is white space inside text (incl. NBSP, thin spaces). */
static inline int cc_lexicon__is_space(int32_t c)
{
    if (c < 0x80)
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
    return c == 0xA0 || c == 0x202F || c == 0x2009 || c == 0x2007 || c == 0x200A || c == 0x3000 ||
           (c >= 0x2000 && c <= 0x2006) || c == 0x2028 || c == 0x2029;
}

#endif
