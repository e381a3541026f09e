/*
 * lexicon_en.c - English words for quantities that CLDR does not provide:
 * hedges (DESIGN.md's table), finance abbreviations, everyday currency
 * words, percent and percentage-point words, range words and fillers.
 * Pure data; see lexicon.h. English uses the short scale: billion = 1e9.
 *
 * Defaults for everyday currency words (documented in README): "dollar(s)"
 * and "$" mean US dollars, "pound(s)" pounds sterling, "franc(s)" Swiss
 * francs, "yen" Japanese yen, "yuan" Chinese yuan.
 */
#include "lexicon.h"

static const cc_lex_word words[] = {
    /* approx */
    CC_LW_HEDGE("about", CC_HEDGE_APPROX),
    CC_LW_HEDGE("around", CC_HEDGE_APPROX),
    CC_LW_HEDGE("roughly", CC_HEDGE_APPROX),
    CC_LW_HEDGE("some", CC_HEDGE_APPROX),
    CC_LW_HEDGE("approximately", CC_HEDGE_APPROX),
    CC_LW_HEDGE("approx.", CC_HEDGE_APPROX),
    CC_LW_HEDGE("~", CC_HEDGE_APPROX),
    CC_LW_HEDGE("circa", CC_HEDGE_APPROX),
    CC_LW_HEDGE("ca.", CC_HEDGE_APPROX),
    CC_LW_HEDGE("an estimated", CC_HEDGE_APPROX),
    CC_LW_HEDGE("estimated", CC_HEDGE_APPROX),
    CC_LW_HEDGE("in the region of", CC_HEDGE_APPROX),
    CC_LW_HEDGE("on the order of", CC_HEDGE_APPROX),
    CC_LW_POST("or so", CC_HEDGE_APPROX),
    /* approx_below */
    CC_LW_HEDGE("nearly", CC_HEDGE_APPROX_BELOW),
    CC_LW_HEDGE("almost", CC_HEDGE_APPROX_BELOW),
    CC_LW_HEDGE("just under", CC_HEDGE_APPROX_BELOW),
    CC_LW_HEDGE("just below", CC_HEDGE_APPROX_BELOW),
    CC_LW_HEDGE("close to", CC_HEDGE_APPROX_BELOW),
    CC_LW_HEDGE("just shy of", CC_HEDGE_APPROX_BELOW),
    CC_LW_HEDGE("not quite", CC_HEDGE_APPROX_BELOW),
    CC_LW_HEDGE("slightly less than", CC_HEDGE_APPROX_BELOW),
    CC_LW_HEDGE("a little less than", CC_HEDGE_APPROX_BELOW),
    /* approx_above */
    CC_LW_HEDGE("just over", CC_HEDGE_APPROX_ABOVE),
    CC_LW_HEDGE("just above", CC_HEDGE_APPROX_ABOVE),
    CC_LW_HEDGE("a little more than", CC_HEDGE_APPROX_ABOVE),
    CC_LW_HEDGE("a little over", CC_HEDGE_APPROX_ABOVE),
    CC_LW_HEDGE("slightly more than", CC_HEDGE_APPROX_ABOVE),
    CC_LW_HEDGE("slightly over", CC_HEDGE_APPROX_ABOVE),
    /* lower_strict */
    CC_LW_HEDGE("more than", CC_HEDGE_LOWER_STRICT),
    CC_LW_HEDGE("over", CC_HEDGE_LOWER_STRICT),
    CC_LW_HEDGE("above", CC_HEDGE_LOWER_STRICT),
    CC_LW_HEDGE("exceeding", CC_HEDGE_LOWER_STRICT),
    CC_LW_HEDGE("in excess of", CC_HEDGE_LOWER_STRICT),
    CC_LW_HEDGE("upwards of", CC_HEDGE_LOWER_STRICT),
    CC_LW_HEDGE("well over", CC_HEDGE_LOWER_STRICT),
    CC_LW_HEDGE("greater than", CC_HEDGE_LOWER_STRICT),
    /* lower_incl */
    CC_LW_HEDGE("at least", CC_HEDGE_LOWER_INCL),
    CC_LW_HEDGE("no less than", CC_HEDGE_LOWER_INCL),
    CC_LW_HEDGE("not less than", CC_HEDGE_LOWER_INCL),
    CC_LW_HEDGE("a minimum of", CC_HEDGE_LOWER_INCL),
    CC_LW_POST("or more", CC_HEDGE_LOWER_INCL),
    CC_LW_POST("or above", CC_HEDGE_LOWER_INCL),
    /* upper_incl */
    CC_LW_HEDGE("up to", CC_HEDGE_UPPER_INCL),
    CC_LW_HEDGE("at most", CC_HEDGE_UPPER_INCL),
    CC_LW_HEDGE("as much as", CC_HEDGE_UPPER_INCL),
    CC_LW_HEDGE("as many as", CC_HEDGE_UPPER_INCL),
    CC_LW_HEDGE("a maximum of", CC_HEDGE_UPPER_INCL),
    CC_LW_HEDGE("no more than", CC_HEDGE_UPPER_INCL),
    CC_LW_HEDGE("not more than", CC_HEDGE_UPPER_INCL),
    CC_LW_POST("or less", CC_HEDGE_UPPER_INCL),
    CC_LW_POST("or fewer", CC_HEDGE_UPPER_INCL),
    /* upper_strict */
    CC_LW_HEDGE("less than", CC_HEDGE_UPPER_STRICT),
    CC_LW_HEDGE("fewer than", CC_HEDGE_UPPER_STRICT),
    CC_LW_HEDGE("under", CC_HEDGE_UPPER_STRICT),
    CC_LW_HEDGE("below", CC_HEDGE_UPPER_STRICT),
    CC_LW_HEDGE("well under", CC_HEDGE_UPPER_STRICT),
    CC_LW_HEDGE("well below", CC_HEDGE_UPPER_STRICT),
    /* ranges: "between A and B", "from A to B", "A to B" */
    CC_LW_ROLE("between", CC_LEX_RANGE_BETWEEN),
    CC_LW_ROLE("from", CC_LEX_RANGE_FROM),
    CC_LW_ROLE("and", CC_LEX_RANGE_AND),
    CC_LW_ROLE("to", CC_LEX_RANGE_TO),
    /* fillers between a hedge and its figure */
    CC_LW_ROLE("by", CC_LEX_FILLER),
    CC_LW_ROLE("of", CC_LEX_FILLER),
    CC_LW_ROLE("a total of", CC_LEX_FILLER),
    CC_LW_ROLE("a whopping", CC_LEX_FILLER),
    CC_LW_ROLE("minus", CC_LEX_FILLER),
    CC_LW_ROLE("plus", CC_LEX_FILLER),
    CC_LW_ROLE("worth", CC_LEX_FILLER),
    /* "a billion" */
    CC_LW_A("a"),
    CC_LW_A("an"),
    /* scale words and finance abbreviations (short scale) */
    CC_LW_SCALE("k", 3),
    CC_LW_SCALE("thousand", 3),
    CC_LW_SCALE("m", 6),
    CC_LW_SCALE("mn", 6),
    CC_LW_SCALE("mln", 6),
    CC_LW_SCALE("million", 6),
    CC_LW_SCALE("millions", 6),
    CC_LW_SCALE("bn", 9),
    CC_LW_SCALE("bln", 9),
    CC_LW_SCALE("billion", 9),
    CC_LW_SCALE("billions", 9),
    CC_LW_SCALE("tn", 12),
    CC_LW_SCALE("trn", 12),
    CC_LW_SCALE("trillion", 12),
    CC_LW_SCALE("trillions", 12),
    CC_LW_SCALE_CUR("MUSD", 6, "USD"),
    CC_LW_SCALE_CUR("MEUR", 6, "EUR"),
    CC_LW_SCALE_CUR("MGBP", 6, "GBP"),
    CC_LW_SCALE_CUR("MCHF", 6, "CHF"),
    /* everyday currency words ICU lacks */
    CC_LW_CUR("$", "USD"),
    CC_LW_CUR("US$", "USD"),
    CC_LW_CUR("dollar", "USD"),
    CC_LW_CUR("dollars", "USD"),
    CC_LW_CUR("€", "EUR"),
    CC_LW_CUR("euro", "EUR"),
    CC_LW_CUR("euros", "EUR"),
    CC_LW_CUR("£", "GBP"),
    CC_LW_CUR("pound", "GBP"),
    CC_LW_CUR("pounds", "GBP"),
    CC_LW_CUR("sterling", "GBP"),
    CC_LW_CUR("pounds sterling", "GBP"),
    CC_LW_CUR("¥", "JPY"),
    CC_LW_CUR("yen", "JPY"),
    CC_LW_CUR("franc", "CHF"),
    CC_LW_CUR("francs", "CHF"),
    CC_LW_CUR("yuan", "CNY"),
    CC_LW_CUR("renminbi", "CNY"),
    CC_LW_CUR("rubles", "RUB"),
    CC_LW_CUR("roubles", "RUB"),
    /* percent, percentage points, index points, ratios */
    CC_LW_UNIT("%", CC_DIM_PERCENT, 0),
    CC_LW_UNIT("percent", CC_DIM_PERCENT, 0),
    CC_LW_UNIT("per cent", CC_DIM_PERCENT, 0),
    CC_LW_UNIT("pct", CC_DIM_PERCENT, 0),
    CC_LW_UNIT("percentage point", CC_DIM_POINTS, 0),
    CC_LW_UNIT("percentage points", CC_DIM_POINTS, 0),
    CC_LW_UNIT("pp", CC_DIM_POINTS, 0),
    CC_LW_UNIT("ppt", CC_DIM_POINTS, 0),
    CC_LW_UNIT("ppts", CC_DIM_POINTS, 0),
    CC_LW_UNIT("pct points", CC_DIM_POINTS, 0),
    CC_LW_UNIT("basis point", CC_DIM_POINTS, -2),
    CC_LW_UNIT("basis points", CC_DIM_POINTS, -2),
    CC_LW_UNIT("bp", CC_DIM_POINTS, -2),
    CC_LW_UNIT("bps", CC_DIM_POINTS, -2),
    CC_LW_UNIT("point", CC_DIM_COUNT, 0),
    CC_LW_UNIT("points", CC_DIM_COUNT, 0),
    CC_LW_UNIT("pts", CC_DIM_COUNT, 0),
    CC_LW_UNIT("fold", CC_DIM_RATIO, 0),
    CC_LW_UNIT("times", CC_DIM_RATIO, 0),
};

static const char *const preferred[] = {"USD", "EUR", "GBP", "CHF", "JPY", "CNY"};

const cc_lex_table cc_lexicon__en_table = {
    "en", "en", words, sizeof words / sizeof words[0], preferred,
    sizeof preferred / sizeof preferred[0],
};
