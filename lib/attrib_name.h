/*
 * attrib_name.h - the words of a source's name as the context reader
 * (extract.c) finds them: which words may stand inside a name, which end
 * it, and one written form for a name that German inflects. Internal.
 */
#ifndef CC_ATTRIB_NAME_H
#define CC_ATTRIB_NAME_H

#include <stddef.h>
#include <stdint.h>

#include "lexicon.h"

/* The closed word lists of a language's table (name_stops, auxiliaries,
 * clause_openers, name_joiners), indexed by the first byte of each word
 * (ASCII letters folded to lower case) and its length: the questions
 * below are asked at every word before a speech verb; most words are
 * turned away by one look at `lens`, and the rest are compared only with
 * the words of their first byte. */
enum {
    CC_ATTRIB_STOPS,
    CC_ATTRIB_AUXILIARIES,
    CC_ATTRIB_OPENERS,
    CC_ATTRIB_JOINERS,
    CC_ATTRIB_NLISTS
};

#define CC_ATTRIB_LIST_MAX 255 /* words of a list that are indexed; the rest are read in turn */

typedef struct cc_attrib_lists {
    const cc_lex_table *tb;
    /* bit n of lens[l][b]: list l has a word of n bytes (31: of 31 or
     * more) whose first byte folds to b */
    uint32_t lens[CC_ATTRIB_NLISTS][256];
    /* the words of list l whose first byte folds to b: the indices
     * idx[l][start[l][b] .. start[l][b + 1]) into the list */
    uint8_t start[CC_ATTRIB_NLISTS][257];
    uint8_t idx[CC_ATTRIB_NLISTS][CC_ATTRIB_LIST_MAX];
} cc_attrib_lists;

/* Fill al with the lists of lx's table. */
void cc_attrib__lists(cc_attrib_lists *al, const cc_lexicon *lx);

/* Is t[s, e) a word that is never part of a source's name before a speech
 * verb (a pronoun, an auxiliary, a conjunction: "he said", "has said",
 * "which retailers said" stops before "which")? */
int cc_attrib__stop_word(const cc_attrib_lists *al, const char *t, size_t s, size_t e);

/* Is t[s, e) an auxiliary that may stand between a source and its speech
 * verb ("Reuters had put the figure at", "would have said")? */
int cc_attrib__auxiliary(const cc_attrib_lists *al, const char *t, size_t s, size_t e);

/* Is t[s, e) a word that opens a relative or subordinate clause
 * ("which", "who", "that", "dass")? */
int cc_attrib__clause_opener(const cc_attrib_lists *al, const char *t, size_t s, size_t e);

/* Is t[s, e) a lower-case word that joins two capitalised parts of one
 * name ("Office for National Statistics", "Bank of England")? */
int cc_attrib__joiner(const cc_attrib_lists *al, const char *t, size_t s, size_t e);

/* the article before a German name: none, "des"/"eines" (genitive of
 * masculine and neuter nouns), or another inflected one ("der", "dem",
 * "den") */
enum {
    CC_ATTRIB_PLAIN = 0,
    CC_ATTRIB_GENITIVE = 1,
    CC_ATTRIB_OBLIQUE = 2
};

/* Write the German name t[s, e) in one form whatever its case, so that
 * two outlets naming the same body match: after "des" the head noun loses
 * its genitive ending ("des Finanzministeriums" -> "Finanzministerium",
 * "des Robert Koch-Instituts" -> "Robert Koch-Institut"), and after an
 * inflected article an adjective before the noun takes the "-e" form it
 * has after "der/die/das" ("des Statistischen Bundesamts" -> "Statistische
 * Bundesamt", "der Europäischen Zentralbank" -> "Europäische Zentralbank").
 * Without an article the name is kept as written (first names such as
 * "Jürgen" look like adjectives). Returns the length written to out (at
 * most cap - 1, NUL-terminated). */
size_t cc_attrib__normalise_de(const char *t, size_t s, size_t e, int article, char *out,
                               size_t cap);

#endif
