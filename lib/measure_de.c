/*
 * measure_de.c - German measure vocabulary for grouping mentions: word
 * prefixes of measured things (Börsenwert, Aktie, Teilnehmer), stop words,
 * day words and the linking elements of compounds. Only measure vocabulary:
 * which topic a figure belongs to comes from the articles themselves.
 */
#include "context.h"

static const cc_measure_word measures[] = {
    /* no concept: percentage and basis points are the unit of a rate's
     * change, not index points ("Viertelprozentpunkt", "Basispunkte");
     * they come before "punkt", since the first prefix found wins */
    {"prozentpunkt", NULL},
    {"basispunkt", NULL},
    {"börsenwert", "market value"},
    {"marktwert", "market value"},
    {"marktkapital", "market value"},
    {"bewertung", "market value"},
    {"wertverlust", "market value"},
    {"aktie", "share price"},
    {"papier", "share price"},
    {"kurs", "share price"},
    {"umsatz", "revenue"},
    {"erlös", "revenue"},
    {"gewinn", "profit"},
    {"überschuss", "profit"},
    {"verdien", "profit"},
    {"verdient", "profit"},
    {"reingewinn", "profit"},
    {"nettogewinn", "profit"},
    {"stellen", "jobs"},
    {"arbeitsplatz", "jobs"},
    {"arbeitsplätz", "jobs"},
    {"jobs", "jobs"},
    {"beschäftigt", "employees"},
    {"mitarbeit", "employees"},
    {"spende", "donations"},
    {"gespendet", "donations"},
    {"einspar", "savings"},
    {"eingespart", "savings"},
    {"synergie", "savings"},
    {"kosten", "cost"},
    {"gekostet", "cost"},
    {"kostete", "cost"},
    {"training", "cost"},
    {"trainiert", "cost"},
    {"ausgaben", "spending"},
    {"ausgeben", "spending"},
    {"ausgegeben", "spending"},
    {"investi", "spending"},
    {"stecken", "spending"},
    {"teilnehm", "participants"},
    {"demonstrant", "participants"},
    {"protestzug", "participants"},
    {"beamt", "officers"},
    {"polizist", "officers"},
    {"einsatzkr", "officers"},
    {"rettungskr", "officers"},
    {"feuerwehrleute", "officers"},
    {"schäden", "damage"},
    {"schaden", "damage"},
    {"evakuier", "evacuated"},
    {"bewohner", "residents"},
    {"festgenommen", "arrests"},
    {"festnahm", "arrests"},
    {"verletzt", "injured"},
    {"tote", "deaths"},
    {"wohnung", "homes"},
    {"miete", "rent"},
    {"quadratmeter", "rent"},
    {"punkte", "index points"},
    {"bruttoinland", "gdp"},
    {"vermögen", "fortune"},
    {"ärmer", "fortune"},
    /* "Haushalte" are households, "der Haushalt" is mostly a budget */
    {"haushalte", "households"},
    {"haushalt", "budget"},
    {"etat", "budget"},
    {"defizit", "deficit"},
    {"fehlbetrag", "deficit"},
    {"neuverschuld", "deficit"},
    {"schulden", "debt"},
    {"grundsteuer", "property tax"},
    {"einwohner", "population"},
    {"stimmen", "votes"},
    {"wahlbeteiligung", "participants"},
    {"wahlberechtigt", "electorate"},
    {"zuschauer", "participants"},
    {"fassungsvermögen", "capacity"},
    {"kapazität", "capacity"},
    {"marge", "margin"},
    {"diesel", "diesel"},
    {"benzin", "petrol"},
    {"superbenzin", "petrol"},
    {"kerninflation", "core inflation"},
    {"kernrate", "core inflation"},
    {"inflation", "inflation"},
    {"teuerung", "inflation"},
    {"passagier", "passengers"},
    {"fluggäst", "passengers"},
    {"fahrgäst", "passengers"},
    {"reisende", "passengers"},
    {"flüge", "flights"},
    {"gebäude", "buildings"},
    {"todesopfer", "deaths"},
    {"finanzierungsl", "deficit"},
    {"antrag", "applications"},
    {"patient", "patients"},
    {"behandelt", "patients"},
    {"anträg", "applications"},
    {"verfahren", "cases"},
};

static const cc_measure_word phrases[] = {
    {"nahm~fest", "arrests"},
    {"nahmen~fest", "arrests"},
    {"nimmt~fest", "arrests"},
};

static const char *const stopwords[] = {
    "aber",   "allerdings", "als",    "am",     "an",     "auch",    "auf",        "aus",
    "bei",    "bereits",    "bis",    "da",     "dabei",  "dagegen", "damit",      "dann",
    "das",    "dass",       "daß",    "dem",    "den",    "denn",    "der",        "deren",
    "des",    "dessen",     "die",    "dies",   "diese",  "diesem",  "diesen",     "dieser",
    "dieses", "doch",       "dort",   "durch",  "ein",    "eine",    "einem",      "einen",
    "einer",  "eines",      "er",     "es",     "etwa",   "fast",    "für",        "gegen",
    "gut",    "haben",      "hat",    "hatte",  "hatten", "hier",    "ich",        "ihr",
    "ihre",   "ihren",      "ihrer",  "im",     "in",     "ins",     "inzwischen", "ist",
    "ja",     "jedoch",     "kann",   "knapp",  "können", "laut",    "man",        "mehr",
    "mit",    "muss",       "müssen", "nach",   "nein",   "nicht",   "noch",       "nur",
    "ob",     "oder",       "ohne",   "rund",   "schon",  "sehr",    "sei",        "seien",
    "sein",   "seine",      "seinen", "seiner", "seit",   "sich",    "sie",        "sind",
    "so",     "sodass",     "soll",   "sollen", "sowie",  "um",      "und",        "unter",
    "von",    "vor",        "war",    "waren",  "was",    "weil",    "weiterhin",  "weniger",
    "wenn",   "wer",        "werden", "wie",    "will",   "wir",     "wird",       "wo",
    "wollen", "wurde",      "wurden", "zu",     "zudem",  "zum",     "zur",        "zwar",
    "über",
};

static const cc_day_word days[] = {
    {"montag", 0, 0},   {"dienstag", 1, 0},  {"mittwoch", 2, 0},  {"donnerstag", 3, 0},
    {"freitag", 4, 0},  {"samstag", 5, 0},   {"sonnabend", 5, 0}, {"sonntag", 6, 0},
    {"vortag", -1, -1}, {"gestern", -1, -1}, {"heute", -1, 0},
};

static const char *const links[] = {"s", "n", "en", "es", "e"};

static const char *const future[] = {"ab", "bis", "kommenden", "nächsten"};

/* the words of future[] that never mean the day of publication: "next
 * Monday" in a Monday article is a week ahead, "by Monday" is today */
static const char *const next_week[] = {"kommenden", "nächsten"};

/* words before a day that a running total starts from: "400 Operationen seit
 * Sonntag" counts up to publication, not on Sunday */
static const char *const since[] = {"seit"};

static const char *const months[] = {"jan", "feb", "mär", "apr", "mai", "jun",
                                     "jul", "aug", "sep", "okt", "nov", "dez"};

/* words after which a capitalised word is a common noun, not a name */
static const char *const determiners[] = {
    "acht",   "alle",   "allen",   "am",      "beide",   "beiden", "beim",    "das",
    "dem",    "den",    "der",     "des",     "die",     "dies",   "diese",   "diesem",
    "diesen", "dieser", "dieses",  "drei",    "ein",     "eine",   "einem",   "einen",
    "einer",  "eines",  "einige",  "einigen", "elf",     "fünf",   "hundert", "ihre",
    "ihrem",  "ihren",  "ihrer",   "im",      "jede",    "jedem",  "jeden",   "jeder",
    "kein",   "keine",  "keinen",  "manche",  "mehrere", "neun",   "sechs",   "seine",
    "seinem", "seinen", "seiner",  "sieben",  "tausend", "viele",  "vielen",  "vier",
    "vom",    "wenige", "wenigen", "zehn",    "zum",     "zur",    "zwei",    "zwölf",
};

/* months as they are written out or abbreviated ("Sept."): a time */
static const char *const month_names[] = {
    "apr",     "april", "aug",      "august", "dez",     "dezember", "feb",
    "februar", "jan",   "januar",   "juli",   "juni",    "jänner",   "mai",
    "märz",    "nov",   "november", "okt",    "oktober", "sept",     "september",
};

const cc_measure_table cc_measure__de = {
    "de",
    measures,
    sizeof measures / sizeof measures[0],
    stopwords,
    sizeof stopwords / sizeof stopwords[0],
    days,
    sizeof days / sizeof days[0],
    links,
    sizeof links / sizeof links[0],
    months,
    1,
    determiners,
    sizeof determiners / sizeof determiners[0],
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
