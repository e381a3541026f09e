/*
 * attrib_name.c - the closed word classes of the language tables for the
 * names of sources (cc_lex_table: name_stops, clause_openers,
 * name_joiners), and one rewrite: German names without their case endings.
 */
#include "attrib_name.h"

#include <string.h>

#include "common.h"
#include "lexicon.h"

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

int cc_attrib__stop_word(const cc_lexicon *lx, const char *t, size_t s, size_t e)
{
    const cc_lex_table *tb = cc_lexicon__table(lx);
    return in_list(tb->name_stops, tb->nname_stops, t, s, e);
}

int cc_attrib__auxiliary(const cc_lexicon *lx, const char *t, size_t s, size_t e)
{
    const cc_lex_table *tb = cc_lexicon__table(lx);
    return in_list(tb->auxiliaries, tb->nauxiliaries, t, s, e);
}

int cc_attrib__clause_opener(const cc_lexicon *lx, const char *t, size_t s, size_t e)
{
    const cc_lex_table *tb = cc_lexicon__table(lx);
    return in_list(tb->clause_openers, tb->nclause_openers, t, s, e);
}

int cc_attrib__joiner(const cc_lexicon *lx, const char *t, size_t s, size_t e)
{
    const cc_lex_table *tb = cc_lexicon__table(lx);
    return in_list(tb->name_joiners, tb->nname_joiners, t, s, e);
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
