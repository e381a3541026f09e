/*
 * context.h - the words around quantity mentions: tokens folded and
 * stemmed, German compounds split against the corpus vocabulary, measure
 * concepts and day words from the per-language tables (measure_de.c,
 * measure_en.c), and TF-IDF weights over the mentions at hand. Internal.
 */
#ifndef CC_CONTEXT_H
#define CC_CONTEXT_H

#include <stddef.h>
#include <stdint.h>

#include "crosscheck.h"

/* ---- per-language tables (measure_de.c, measure_en.c) ---- */

/** A measure concept: a word prefix (folded) and the concept's label. */
typedef struct cc_measure_word {
    const char *prefix;
    const char *concept; /* "market value", "share price", ...; NULL: the
                            word names none (an exception to a later,
                            shorter prefix) */
} cc_measure_word;

/** A day word: folded prefix and its offset from the publication date,
 *  or a weekday (0 = Monday .. 6 = Sunday) when offset is CC_DAY_WEEKDAY. */
typedef struct cc_day_word {
    const char *prefix;
    int weekday; /* 0..6, or -1 for a relative day */
    int offset;  /* days relative to the publication date (relative days) */
} cc_day_word;

typedef struct cc_measure_table {
    const char *lang;
    const cc_measure_word *measures;
    size_t nmeasures;
    const char *const *stopwords; /* folded, sorted for bsearch */
    size_t nstopwords;
    const cc_day_word *days;
    size_t ndays;
    const char *const *links; /* German linking elements of compounds ("s", "n", "en", "es") */
    size_t nlinks;
    const char *const *months;      /* 12 folded three-letter month prefixes */
    int compounds;                  /* 1: nouns form compounds (split them, look inside words) */
    const char *const *determiners; /* folded, sorted: words before common nouns */
    size_t ndeterminers;
    const cc_measure_word *phrases; /* two words: "market value" (adjacent),
                                       "nahm~fest" (anywhere in the sentence);
                                       an adjacent pair with a NULL concept
                                       keeps the second word's own ("basis
                                       points" are no index points) */
    size_t nphrases;
    /* folded words before a weekday that point forward ("bis Montag", "by
     * Friday", "next Tuesday"): the next such day, not the last (context.c
     * day_word() tells the exceptions) */
    const char *const *future;
    size_t nfuture;
    /* folded month names and their abbreviations, sorted: a time, no name */
    const char *const *month_names;
    size_t nmonth_names;
    /* folded words of `future` that point a week ahead on that weekday
     * itself ("next Monday" in a Monday paper); the others mean the day
     * itself ("by Monday"), and the day before publication yesterday */
    const char *const *next_week;
    size_t nnext_week;
    /* folded words before a day from which a total runs ("seit Sonntag",
     * "since Sunday"): the figure is of publication, not of that day */
    const char *const *since;
    size_t nsince;
} cc_measure_table;

extern const cc_measure_table cc_measure__de;
extern const cc_measure_table cc_measure__en;

/** The table for a language ("de", "en"), English for anything else (words.c). */
const cc_measure_table *cc_measure__table(const char *lang);

/** The concept of a folded word, or NULL. */
const char *cc_measure__concept(const cc_measure_table *t, const char *w, size_t n);

/** 1 if two measure concepts may name one measure ("cost", "damage"):
 *  figures of the two are no figures of different things. */
int cc_measure__kin(const char *a, const char *b);

/** 1 if the folded word names a day ("dienstagabend", "yesterday") or is
 *  a month name: a time, never a source or an entity. */
int cc_measure__time_word(const cc_measure_table *t, const char *w, size_t n);

/** 1 if the folded word is a stop word of the table. */
int cc_measure__stopword(const cc_measure_table *t, const char *w, size_t n);

/* ---- tokens (words.c) ---- */

/** Fold a UTF-8 word to lower case (ASCII and Latin-1 letters) into out
 *  (outsize bytes, NUL-terminated). Returns the folded length. */
size_t cc_context__fold(const char *w, size_t n, char *out, size_t outsize);

/** Stem a folded word in place (light suffix stripping, cut to a few
 *  characters at a code point boundary). Returns the new length. */
size_t cc_context__stem(char *w, size_t n, const char *lang);

/* ---- the context of mentions ---- */

typedef struct cc_cterm {
    uint32_t term; /* vocabulary id */
    float w;       /* weight; after cc_context__finish() TF-IDF, vector of unit length */
} cc_cterm;

/** Kinds of vocabulary entries. */
enum {
    CC_TERM_WORD = 0,
    CC_TERM_CONCEPT = 1,
    CC_TERM_DAY = 2,
    CC_TERM_KEY = 3,  /* scope, attribution */
    CC_TERM_PLACE = 4 /* a country by its ISO code, whatever the language's name for it */
};

typedef struct cc_context cc_context;

/** One mention's place in its article, the input of cc_context__add(). */
typedef struct cc_context_input {
    const char *text; /* the article */
    size_t len;
    size_t start, end; /* the mention (its words are left out) */
    size_t ss, se;     /* its sentence */
    size_t ps;         /* start of the previous sentence (== ss if none) */
    size_t hs, he;     /* the headline (hs == he: none) */
    const char *lang;
    int32_t published;  /* day number or CC_NO_DATE */
    uint32_t source;    /* source index: for the cross-source weight of names */
    const char *scope;  /* the extraction's normalised time scope, or NULL */
    const char *attrib; /* its attribution, or NULL */
    /* the other figures of its sentence, written the same in every
     * language ("81 bn EUR"): "von 89,3 auf 81 Milliarden" and "from
     * €89.3 billion to €81 billion" share them where they share no word */
    const char *const *figures;
    size_t nfigures;
    /* where those figures end in text, SIZE_MAX for one that is no count
     * (NULL: unknown): a noun right after one is what that figure counts
     * ("2,31 Millionen Wahlberechtigte"), not a measure of this mention's
     * clause */
    const size_t *figure_ends;
} cc_context_input;

cc_status cc_context__new(cc_context **out);
void cc_context__free(cc_context *c);

/**
 * Add one mention's context (call for every mention before finishing).
 * *date receives the day named in its sentence ("am Montag", "Tuesday",
 * "am Vortag") resolved against the publication date, or CC_NO_DATE.
 * @return the mention's index, or -1 when out of memory.
 */
int64_t cc_context__add(cc_context *c, const cc_context_input *in, int32_t *date);

/** Split German compounds against the vocabulary, weight terms by inverse
 *  document frequency over the mentions, normalise. CC_OK or CC_ENOMEM. */
cc_status cc_context__finish(cc_context *c);

/** Mention i's weighted terms, sorted by term id. Borrowed. */
const cc_cterm *cc_context__terms(const cc_context *c, size_t i, size_t *n);

/** The cosine similarity of mentions i and j (after finishing). */
double cc_context__similarity(const cc_context *c, size_t i, size_t j);

/** The display spelling of a term (a word as first written, a concept label). */
const char *cc_context__term_name(const cc_context *c, uint32_t term);

/** The kind of a term (CC_TERM_*), and 1 if it was written capitalised
 *  inside sentences (a name) */
int cc_context__term_kind(const cc_context *c, uint32_t term);
int cc_context__term_is_name(const cc_context *c, uint32_t term);

/** The inverse document frequency a term's weights were multiplied by
 *  (after finishing): a weight divided by it says where the word stood. */
double cc_context__term_idf(const cc_context *c, uint32_t term);

/** 1 if a word says when (a weekday, a month, "Q3"): never a label. */
int cc_context__term_is_time(const cc_context *c, uint32_t term);

/** 1 if a term occurs in the articles of at least two sources. */
int cc_context__term_multi_source(const cc_context *c, uint32_t term);

/**
 * The entity mention i is about: the first name (a word written capitalised
 * where the language does not capitalise nouns, or one that recurs across
 * sources without an article, or with inner capitals or digits; not one
 * only ever seen opening a sentence) in its clause, else its sentence, else
 * the sentence before, else the headline (regions 3..min_region).
 * @return 1 and *term, or 0 if none.
 */
int cc_context__entity(const cc_context *c, size_t i, int min_region, uint32_t *term);

/** 1 if the clauses of mentions i and j both name measures ("Einsparungen",
 *  "costs") and none in common: they count different things. */
int cc_context__other_measure(const cc_context *c, size_t i, size_t j);

/** 1 if `term` is a name near mention i: regions 3 clause, 2 sentence,
 *  1 sentence before, 0 headline; at least min_region. */
int cc_context__names_near(const cc_context *c, size_t i, uint32_t term, int min_region);

/** 1 if the names around mention i, one after another, begin with the
 *  letters of the acronym `term` ("RKI": "Robert Koch-Institut"). */
int cc_context__spells(const cc_context *c, size_t i, uint32_t term);

/** The number of mentions added. */
size_t cc_context__count(const cc_context *c);

/** A hash of mention i's sentence, letters only and folded (syndicated copy). */
uint64_t cc_context__sentence_hash(const cc_context *c, size_t i);

/** Similarity of a free text (a claim to verify) with mention i: the text is
 *  tokenised like a context, weighted with the corpus IDF. */
cc_status cc_context__query(const cc_context *c, const char *text, size_t len, const char *lang,
                            int32_t published, cc_cterm **terms, size_t *nterms, int32_t *date);

/** Cosine of a query vector with mention i. */
double cc_context__query_similarity(const cc_context *c, const cc_cterm *q, size_t nq, size_t i);

#endif
