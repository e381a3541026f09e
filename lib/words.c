/*
 * words.c - words as the context sees them: folded to lower case, stemmed
 * by light suffix stripping, and looked up in the per-language tables
 * (measure_de.c, measure_en.c) for stop words and measure concepts.
 */
#include <stdlib.h>
#include <string.h>

#include "context.h"

#define WORD_MAX 64

/* ---- tables ---- */

const cc_measure_table *cc_measure__table(const char *lang)
{
    if (lang && strncmp(lang, "de", 2) == 0)
        return &cc_measure__de;
    return &cc_measure__en;
}

static int cmp_word(const void *key, const void *elem)
{
    return strcmp((const char *)key, *(const char *const *)elem);
}

int cc_measure__stopword(const cc_measure_table *t, const char *w, size_t n)
{
    char buf[WORD_MAX];
    if (n >= sizeof buf)
        return 0;
    memcpy(buf, w, n);
    buf[n] = '\0';
    return bsearch(buf, t->stopwords, t->nstopwords, sizeof t->stopwords[0], cmp_word) != NULL;
}

int cc_measure__kin(const char *a, const char *b)
{
    /* concepts that news use for one measure: a strike "kostet" or does
     * "Schaden", a firm cuts "jobs" or "employees" */
    static const char *const kin[][2] = {
        {"cost", "damage"},         {"cost", "spending"},   {"employees", "jobs"},
        {"evacuated", "residents"}, {"buildings", "homes"},
    };
    for (size_t k = 0; k < sizeof kin / sizeof kin[0]; k++)
        if ((strcmp(a, kin[k][0]) == 0 && strcmp(b, kin[k][1]) == 0) ||
            (strcmp(b, kin[k][0]) == 0 && strcmp(a, kin[k][1]) == 0))
            return 1;
    return 0;
}

int cc_measure__time_word(const cc_measure_table *t, const char *w, size_t n)
{
    char buf[WORD_MAX];
    for (size_t i = 0; i < t->ndays; i++) {
        size_t pl = strlen(t->days[i].prefix);
        if (pl <= n && memcmp(w, t->days[i].prefix, pl) == 0)
            return 1;
    }
    if (n >= sizeof buf)
        return 0;
    memcpy(buf, w, n);
    buf[n] = '\0';
    return bsearch(buf, t->month_names, t->nmonth_names, sizeof t->month_names[0], cmp_word) !=
           NULL;
}

const char *cc_measure__concept(const cc_measure_table *t, const char *w, size_t n)
{
    for (size_t i = 0; i < t->nmeasures; i++) {
        const char *p = t->measures[i].prefix;
        size_t pl = strlen(p);
        if (pl <= n && memcmp(w, p, pl) == 0)
        return t->measures[i].concept;
        /* inside a compound: "Angebotsmieten" holds "miete" */
        if (t->compounds && pl >= 4)
            for (size_t k = 3; k + pl <= n; k++)
                if (memcmp(w + k, p, pl) == 0)
        return t->measures[i].concept;
    }
    return NULL;
}

/* ---- words ---- */

size_t cc_context__fold(const char *w, size_t n, char *out, size_t outsize)
{
    size_t o = 0;
    for (size_t i = 0; i < n && o + 2 < outsize; i++) {
        unsigned char ch = (unsigned char)w[i];
        if (ch >= 'A' && ch <= 'Z') {
            out[o++] = (char)(ch + 32);
        } else if (ch == 0xC3 && i + 1 < n) {
            unsigned char c2 = (unsigned char)w[i + 1];
            if (c2 >= 0x80 && c2 <= 0x9E && c2 != 0x97)
                c2 = (unsigned char)(c2 + 0x20);
            out[o++] = (char)ch;
            out[o++] = (char)c2;
            i++;
        } else {
            out[o++] = (char)ch;
        }
    }
    out[o] = '\0';
    return o;
}

static int ends(const char *w, size_t n, const char *suf)
{
    size_t k = strlen(suf);
    return n > k && memcmp(w + n - k, suf, k) == 0;
}

size_t cc_context__stem(char *w, size_t n, const char *lang)
{
    static const char *const de_suf[] = {"en", "er", "es", "em", "e", "n", "s"};
    static const char *const en_suf[] = {"'s", "ies", "ing", "ed", "s"};
    int de = lang && strncmp(lang, "de", 2) == 0;
    const char *const *suf = de ? de_suf : en_suf;
    size_t ns = de ? sizeof de_suf / sizeof de_suf[0] : sizeof en_suf / sizeof en_suf[0];
    size_t cut = 8;
    for (size_t i = 0; i < ns; i++) {
        size_t k = strlen(suf[i]);
        if (n >= k + 4 && ends(w, n, suf[i]) && !(k == 1 && w[n - 2] == 's')) {
            n -= k;
            break;
        }
    }
    if (n > cut) {
        n = cut;
        while (n > 0 && ((unsigned char)w[n] & 0xC0) == 0x80)
            n--;
    }
    w[n] = '\0';
    return n;
}
