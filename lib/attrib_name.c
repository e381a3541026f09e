/*
 * attrib_name.c - the closed word classes of the language tables for the
 * names of sources (cc_lex_table: name_stops, clause_openers,
 * name_joiners), and one rewrite: German names without their case endings.
 */
#include "attrib_name.h"

#include <string.h>

#include "common.h"
#include "lexicon.h"

/* ASCII letters to lower case, as cc__ascii_ncasecmp folds them */
static unsigned char fold_byte(unsigned char b)
{
    return b >= 'A' && b <= 'Z' ? (unsigned char)(b + 32) : b;
}

/* Index list l of al (n words): lengths, and the words bucketed by first
 * byte (a counting sort). */
static void index_list(cc_attrib_lists *al, int l, const char *const *list, size_t n)
{
    size_t count[257] = {0};
    if (n > CC_ATTRIB_LIST_MAX)
        n = CC_ATTRIB_LIST_MAX;
    for (size_t k = 0; k < n; k++) {
        size_t len = strlen(list[k]);
        unsigned char b = fold_byte((unsigned char)list[k][0]);
        if (len)
            al->lens[l][b] |= 1u << (len < 31 ? len : 31);
        count[b + 1]++;
    }
    for (size_t b = 1; b <= 256; b++)
        count[b] += count[b - 1];
    for (size_t b = 0; b <= 256; b++)
        al->start[l][b] = (uint8_t)count[b];
    for (size_t k = 0; k < n; k++)
        al->idx[l][count[fold_byte((unsigned char)list[k][0])]++] = (uint8_t)k;
}

void cc_attrib__lists(cc_attrib_lists *al, const cc_lexicon *lx)
{
    const cc_lex_table *tb = cc_lexicon__table(lx);
    memset(al, 0, sizeof *al);
    al->tb = tb;
    index_list(al, CC_ATTRIB_STOPS, tb->name_stops, tb->nname_stops);
    index_list(al, CC_ATTRIB_AUXILIARIES, tb->auxiliaries, tb->nauxiliaries);
    index_list(al, CC_ATTRIB_OPENERS, tb->clause_openers, tb->nclause_openers);
    index_list(al, CC_ATTRIB_JOINERS, tb->name_joiners, tb->nname_joiners);
}

static int same_word(const char *w, const char *t, size_t s, size_t e)
{
    return strlen(w) == e - s && cc__ascii_ncasecmp(w, t + s, e - s) == 0;
}

static int in_list(const cc_attrib_lists *al, int l, const char *const *list, size_t n,
                   const char *t, size_t s, size_t e)
{
    unsigned char b;
    if (e <= s)
        return 0;
    /* the first byte, folded as cc__ascii_ncasecmp folds it, and the
     * length turn most words away; a list word can equal the word only if
     * its first byte folds to the same */
    b = fold_byte((unsigned char)t[s]);
    if (n > CC_ATTRIB_LIST_MAX) {
        for (size_t k = CC_ATTRIB_LIST_MAX; k < n; k++)
            if (same_word(list[k], t, s, e))
                return 1;
    } else if (!((al->lens[l][b] >> (e - s < 31 ? e - s : 31)) & 1)) {
        return 0;
    }
    for (size_t k = al->start[l][b]; k < al->start[l][b + 1]; k++)
        if (same_word(list[al->idx[l][k]], t, s, e))
            return 1;
    return 0;
}

int cc_attrib__stop_word(const cc_attrib_lists *al, const char *t, size_t s, size_t e)
{
    return in_list(al, CC_ATTRIB_STOPS, al->tb->name_stops, al->tb->nname_stops, t, s, e);
}

int cc_attrib__auxiliary(const cc_attrib_lists *al, const char *t, size_t s, size_t e)
{
    return in_list(al, CC_ATTRIB_AUXILIARIES, al->tb->auxiliaries, al->tb->nauxiliaries, t, s, e);
}

int cc_attrib__clause_opener(const cc_attrib_lists *al, const char *t, size_t s, size_t e)
{
    return in_list(al, CC_ATTRIB_OPENERS, al->tb->clause_openers, al->tb->nclause_openers, t, s, e);
}

int cc_attrib__joiner(const cc_attrib_lists *al, const char *t, size_t s, size_t e)
{
    return in_list(al, CC_ATTRIB_JOINERS, al->tb->name_joiners, al->tb->nname_joiners, t, s, e);
}

static int ends_with(const char *w, size_t n, const char *suf)
{
    size_t k = strlen(suf);
    return n >= k && memcmp(w + n - k, suf, k) == 0;
}

/* The length of the genitive noun w[0, n) without its ending: "-es" after
 * a consonant that takes it ("Bundesamtes", "Verbandes", "Kreises",
 * "Zivilschutzes", "Betriebes", "Gerichtshofes"),
 * else "-s" ("Instituts", "Ministeriums"). "-fonds" and words in "-ss"
 * keep their s; a word of four letters or fewer is left as it is. */
static size_t genitive_stem(const char *w, size_t n)
{
    if (n <= 4 || w[n - 1] != 's' || ends_with(w, n, "fonds") || ends_with(w, n, "ss") ||
        ends_with(w, n, "us"))
        return n;
    if (ends_with(w, n, "tes") || ends_with(w, n, "des") || ends_with(w, n, "ses") ||
        ends_with(w, n, "ges") || ends_with(w, n, "kes") || ends_with(w, n, "hes") ||
        ends_with(w, n, "zes") || ends_with(w, n, "bes") || ends_with(w, n, "fes") ||
        ends_with(w, n,
                  "\xC3\x9F"
                  "es"))
        return n - 2;
    return n - 1;
}

/* Is w[0..n) an acronym ("ADV", "EU", "G7"): two or more upper-case
 * letters and digits? */
static int acronym(const char *w, size_t n)
{
    if (n < 2)
        return 0;
    for (size_t k = 0; k < n; k++)
        if (!((w[k] >= 'A' && w[k] <= 'Z') || (w[k] >= '0' && w[k] <= '9')))
            return 0;
    return 1;
}

size_t cc_attrib__normalise_de(const char *t, size_t s, size_t e, int article, char *out,
                               size_t cap)
{
    size_t n = 0, i = s, head = s;
    int named = 0;
    if (!cap)
        return 0;
    /* the noun that carries the case: the last word, or the last before
     * an acronym that names it ("des Flughafenverbands ADV"), or before a
     * word in lower case that joins the name ("des Instituts für
     * Weltwirtschaft", "des Bundesministeriums der Finanzen") */
    for (size_t k = s; k < e;) {
        size_t we = k;
        while (we < e && t[we] != ' ')
            we++;
        if (named && t[k] >= 'a' && t[k] <= 'z')
            break;
        if (!acronym(t + k, we - k) || !named)
            head = k;
        named |= !acronym(t + k, we - k);
        while (we < e && t[we] == ' ')
            we++;
        k = we;
    }
    int adjectives = 1; /* still in the adjectives that follow the article */
    while (i < e) {
        size_t we = i, len;
        while (we < e && t[we] != ' ')
            we++;
        len = we - i;
        adjectives = adjectives && i < head && len > 4 && ends_with(t + i, len, "en");
        if (i == head && article == CC_ATTRIB_GENITIVE)
            len = genitive_stem(t + i, len);
        else if (adjectives && article && t[i] >= 'A' && t[i] <= 'Z')
            len--; /* an adjective before its noun: "Statistischen" -> "Statistische";
                      not a name after the noun: "dem Marktforscher Lumen Insights" */
        if (n + len + 1 >= cap)
            break;
        if (n)
            out[n++] = ' ';
        memcpy(out + n, t + i, len);
        n += len;
        i = we;
        while (i < e && t[i] == ' ')
            i++;
    }
    out[n] = '\0';
    return n;
}
