/*
 * attrib_name.c - small word lists and one rewrite for the names of
 * sources (see attrib_name.h). The lists are closed classes (pronouns,
 * auxiliaries, conjunctions, joiners), so they live here rather than in
 * the per-language lexicon tables, whose rows are open vocabulary.
 */
#include "attrib_name.h"

#include <string.h>

#include "common.h"

/* pronouns, auxiliaries, adverbs and conjunctions that stand before a
 * speech verb without naming anyone (English and German) */
static const char *const stop_words[] = {
    "he",       "she",        "it",       "they",       "we",      "i",          "you",
    "who",      "which",      "that",     "this",       "these",   "those",      "also",
    "has",      "have",       "had",      "was",        "were",    "is",         "are",
    "be",       "been",       "would",    "will",       "could",   "can",        "may",
    "might",    "should",     "must",     "then",       "later",   "previously", "earlier",
    "recently", "officially", "publicly", "separately", "and",     "or",         "but",
    "while",    "as",         "when",     "where",      "not",     "never",      "reportedly",
    "once",     "there",      "here",     "what",       "er",      "es",         "wir",
    "ich",      "man",        "sie",      "dann",       "zudem",   "auch",       "außerdem",
    "nun",      "jetzt",      "so",       "das",        "dies",    "dieser",     "diese",
    "hier",     "dort",       "damals",   "zuletzt",    "heute",   "gestern",    "und",
    "oder",     "aber",       "hatte",    "habe",       "hat",     "wie",        "dass",
    "though",   "although",   "whereas",  "because",    "since",   "after",      "before",
    "if",       "weil",       "obwohl",   "während",    "nachdem", "denn"};

static const char *const openers[] = {
    "which", "who",    "that",     "while",   "as",      "when",  "where", "wie",
    "dass",  "though", "although", "whereas", "because", "since", "after", "before",
    "if",    "weil",   "obwohl",   "während", "nachdem", "denn"};

static const char *const joiners[] = {"of", "for", "and", "&", "für", "on"};

static int in_list(const char *const *list, size_t n, const char *t, size_t s, size_t e)
{
    unsigned char b, fold;
    if (e <= s)
        return 0;
    /* the first byte, folded as cc__ascii_ncasecmp folds it, turns most
     * words away before their length is counted (asked at every word
     * before a speech verb) */
    b = (unsigned char)t[s];
    if (b >= 'A' && b <= 'Z')
        b = (unsigned char)(b + 32);
    /* a list word's first byte f folds to b exactly when (f | fold) == b:
     * for a lower-case letter b, f is b or its upper case; else f is b */
    fold = (unsigned)(b - 'a') < 26 ? 0x20 : 0;
    for (size_t k = 0; k < n; k++) {
        if (((unsigned char)list[k][0] | fold) == b && strlen(list[k]) == e - s &&
            cc__ascii_ncasecmp(list[k], t + s, e - s) == 0)
            return 1;
    }
    return 0;
}

int cc_attrib__stop_word(const char *t, size_t s, size_t e)
{
    return in_list(stop_words, sizeof stop_words / sizeof stop_words[0], t, s, e);
}

int cc_attrib__clause_opener(const char *t, size_t s, size_t e)
{
    return in_list(openers, sizeof openers / sizeof openers[0], t, s, e);
}

int cc_attrib__joiner(const char *t, size_t s, size_t e)
{
    return in_list(joiners, sizeof joiners / sizeof joiners[0], t, s, e);
}

static int ends_with(const char *w, size_t n, const char *suf)
{
    size_t k = strlen(suf);
    return n >= k && memcmp(w + n - k, suf, k) == 0;
}

/* The length of the genitive noun w[0, n) without its ending: "-es" after
 * a consonant that takes it ("Bundesamtes", "Verbandes", "Kreises"),
 * else "-s" ("Instituts", "Ministeriums"). "-fonds" and words in "-ss"
 * keep their s; a word of four letters or fewer is left as it is. */
static size_t genitive_stem(const char *w, size_t n)
{
    if (n <= 4 || w[n - 1] != 's' || ends_with(w, n, "fonds") || ends_with(w, n, "ss") ||
        ends_with(w, n, "us"))
        return n;
    if (ends_with(w, n, "tes") || ends_with(w, n, "des") || ends_with(w, n, "ses") ||
        ends_with(w, n, "ges") || ends_with(w, n, "kes") || ends_with(w, n, "hes"))
        return n - 2;
    return n - 1;
}

size_t cc_attrib__normalise_de(const char *t, size_t s, size_t e, int article, char *out,
                               size_t cap)
{
    size_t n = 0, i = s;
    if (!cap)
        return 0;
    while (i < e) {
        size_t we = i, len;
        int last;
        while (we < e && t[we] != ' ')
            we++;
        last = we >= e;
        len = we - i;
        if (last && article == CC_ATTRIB_GENITIVE)
            len = genitive_stem(t + i, len);
        else if (!last && article && len > 4 && ends_with(t + i, len, "en") && t[i] >= 'A' &&
                 t[i] <= 'Z')
            len--; /* an adjective before its noun: "Statistischen" -> "Statistische" */
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
