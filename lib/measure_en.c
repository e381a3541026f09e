/*
 * measure_en.c - English measure vocabulary for grouping mentions (see
 * measure_de.c).
 */
#include "context.h"

static const cc_measure_word measures[] = {
    {"valuation", "market value"},
    {"worth", "market value"},
    {"capitali", "market value"},
    /* "shares fell 3%" are a stock; "its share fell to 29%" a part of a
     * whole (of votes, of a market), no concept of its own */
    {"shares", "share price"},
    {"share", NULL},
    {"stock", "share price"},
    {"revenue", "revenue"},
    {"sales", "revenue"},
    {"profit", "profit"},
    {"earnings", "profit"},
    {"turnover", "revenue"},
    {"job", "jobs"},
    {"position", "jobs"},
    {"employ", "employees"},
    {"staff", "employees"},
    {"workforce", "employees"},
    {"worker", "employees"},
    {"donat", "donations"},
    {"saving", "savings"},
    {"synerg", "savings"},
    {"cost", "cost"},
    {"training", "cost"},
    {"trained", "cost"},
    {"spend", "spending"},
    {"invest", "spending"},
    {"earmark", "spending"},
    {"participant", "participants"},
    {"protester", "participants"},
    {"crowd", "participants"},
    {"marcher", "participants"},
    {"officer", "officers"},
    {"firefighter", "officers"},
    {"responder", "officers"},
    {"rescuer", "officers"},
    {"arrest", "arrests"},
    {"detain", "arrests"},
    {"injur", "injured"},
    {"wounded", "injured"},
    {"dead", "deaths"},
    {"killed", "deaths"},
    {"damage", "damage"},
    {"evacuat", "evacuated"},
    {"resident", "residents"},
    {"home", "homes"},
    {"flat", "homes"},
    {"apartment", "homes"},
    {"rent", "rent"},
    {"points", "index points"}, /* not "pointed", "a point of view" */
    {"gdp", "gdp"},
    {"fortune", "fortune"},
    {"wealth", "fortune"},
    {"household", "households"},
    {"budget", "budget"},
    {"deficit", "deficit"},
    {"borrowing", "deficit"},
    {"debt", "debt"},
    {"posts", "jobs"},
    {"population", "population"},
    {"votes", "votes"},
    {"turnout", "participants"}, /* of a march or of an election */
    {"spectator", "participants"},
    {"attendance", "participants"},
    {"eligible", "electorate"},
    {"electorate", "electorate"},
    {"capacity", "capacity"},
    {"margin", "margin"},
    {"diesel", "diesel"},
    {"petrol", "petrol"},
    {"gasoline", "petrol"},
    {"inflation", "inflation"},
    {"passenger", "passengers"},
    {"traveller", "passengers"},
    {"traveler", "passengers"},
    {"flights", "flights"},
    {"building", "buildings"},
    {"shortfall", "deficit"},
    {"application", "applications"},
    {"patient", "patients"},
    {"treated", "patients"},
    {"proceedings", "cases"},
};

static const cc_measure_word phrases[] = {
    {"emergency work", "officers"},
    {"rescue work", "officers"},
    {"market value", "market value"},
    {"market cap", "market value"},
    {"net income", "profit"},
    {"share price", "share price"},
    {"registered voters", "electorate"},
    /* the core rate is another measure than the headline rate */
    {"core inflation", "core inflation"},
    {"core rate", "core inflation"},
    {"underlying inflation", "core inflation"},
    {"property tax", "property tax"},
    /* no concept: the unit of a rate's change, not index points */
    {"basis point", NULL},
    {"percentage point", NULL},
};

static const char *const stopwords[] = {
    "a",     "about", "after", "all",     "also",  "an",     "and",   "another", "any",  "are",
    "as",    "at",    "be",    "because", "been",  "before", "being", "but",     "by",   "can",
    "could", "down",  "each",  "for",     "from",  "had",    "has",   "have",    "he",   "her",
    "here",  "him",   "his",   "i",       "if",    "in",     "into",  "is",      "it",   "its",
    "just",  "least", "less",  "may",     "might", "more",   "most",  "must",    "no",   "not",
    "of",    "off",   "on",    "only",    "or",    "other",  "our",   "out",     "over", "per",
    "said",  "say",   "says",  "shall",   "she",   "should", "since", "so",      "some", "such",
    "than",  "that",  "the",   "their",   "them",  "then",   "there", "these",   "they", "this",
    "those", "to",    "under", "up",      "us",    "via",    "was",   "we",      "were", "what",
    "when",  "where", "which", "while",   "who",   "whom",   "whose", "will",    "with", "without",
    "would", "you",   "your",
};

static const cc_day_word days[] = {
    {"monday", 0, 0},   {"tuesday", 1, 0},     {"wednesday", 2, 0},
    {"thursday", 3, 0}, {"friday", 4, 0},      {"saturday", 5, 0},
    {"sunday", 6, 0},   {"yesterday", -1, -1}, {"today", -1, 0},
};

static const char *const future[] = {"by", "coming", "next", "until"};

/* the words of future[] that never mean the day of publication: "next
 * Monday" in a Monday article is a week ahead, "by Monday" is today */
static const char *const next_week[] = {"coming", "next"};

/* words before a day that a running total starts from: "400 Operationen seit
 * Sonntag" counts up to publication, not on Sunday */
static const char *const since[] = {"since"};

static const char *const months[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                     "jul", "aug", "sep", "oct", "nov", "dec"};

/* months as they are written out or abbreviated ("Sept."): a time */
static const char *const month_names[] = {
    "apr", "april",   "aug",      "august", "dec",     "december", "feb",  "february",
    "jan", "january", "jul",      "july",   "jun",     "june",     "mar",  "march",
    "may", "nov",     "november", "oct",    "october", "sep",      "sept", "september",
};

const cc_measure_table cc_measure__en = {
    "en",
    measures,
    sizeof measures / sizeof measures[0],
    stopwords,
    sizeof stopwords / sizeof stopwords[0],
    days,
    sizeof days / sizeof days[0],
    NULL,
    0,
    months,
    0,
    NULL,
    0,
    phrases,
    sizeof phrases / sizeof phrases[0],
    future,
    sizeof future / sizeof future[0],
    month_names,
    sizeof month_names / sizeof month_names[0],
    next_week,
    sizeof next_week / sizeof next_week[0],
    since,
    sizeof since / sizeof since[0],
};
