/*
 * context_compare.c - comparing finished contexts: the similarity of two
 * mentions (or of a query and a mention), their terms and the names near
 * each mention.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "context_internal.h"

const cc_cterm *cc_context__terms(const cc_context *c, size_t i, size_t *n)
{
    *n = c->count[i];
    return c->v + c->first[i];
}

static double dot(const cc_cterm *a, size_t na, const cc_cterm *b, size_t nb)
{
    size_t i = 0, j = 0;
    double s = 0;
    while (i < na && j < nb) {
        if (a[i].term == b[j].term)
            s += (double)a[i++].w * b[j++].w;
        else if (a[i].term < b[j].term)
            i++;
        else
            j++;
    }
    return s;
}

double cc_context__similarity(const cc_context *c, size_t i, size_t j)
{
    return dot(c->v + c->first[i], c->count[i], c->v + c->first[j], c->count[j]);
}

const char *cc_context__term_name(const cc_context *c, uint32_t term)
{
    return cc_strpool__get(&c->pool, c->terms[term].display);
}

double cc_context__term_idf(const cc_context *c, uint32_t term)
{
    return c->terms[term].idf;
}

int cc_context__term_is_time(const cc_context *c, uint32_t term)
{
    return c->terms[term].f_day;
}

int cc_context__term_kind(const cc_context *c, uint32_t term)
{
    return c->terms[term].kind;
}

int cc_context__term_multi_source(const cc_context *c, uint32_t term)
{
    return c->terms[term].multi_source;
}

int cc_context__term_is_name(const cc_context *c, uint32_t term)
{
    return c->terms[term].is_name;
}

/* The term that stands for `term` as a name in both languages. */
static uint32_t canon(const cc_context *c, uint32_t term)
{
    return c->terms[term].canon ? c->terms[term].canon - 1 : term;
}

int cc_context__entity(const cc_context *c, size_t i, int min_region, uint32_t *term)
{
    const cc_cname *nm = c->names + c->nfirst[i];
    for (int region = 3; region >= min_region; region--)
        for (size_t k = 0; k < c->ncount[i]; k++)
            if (nm[k].region == region && c->terms[nm[k].term].is_name) {
                *term = canon(c, nm[k].term);
                return 1;
            }
    return 0;
}

/* Do the names of mention i, one after another, begin with the letters of
 * the acronym `term` ("RKI": "Robert Koch-Institut", "EZB": "Europäische
 * Zentralbank")? */
int cc_context__spells(const cc_context *c, size_t i, uint32_t term)
{
    const char *acr = cc_strpool__get(&c->pool, c->terms[term].display);
    const cc_cname *nm = c->names + c->nfirst[i];
    size_t n = strlen(acr), count = c->ncount[i];
    if (n < 2 || n > 5)
        return 0;
    for (size_t k = 0; k < n; k++)
        if (acr[k] < 'A' || acr[k] > 'Z')
            return 0;
    for (size_t s = 0; s + n <= count; s++) {
        size_t k = 0;
        while (k < n) {
            const char *w = cc_strpool__get(&c->pool, c->terms[nm[s + k].term].display);
            if (nm[s + k].region != nm[s].region || (w[0] & ~0x20) != acr[k] || strlen(w) < 2)
                break;
            k++;
        }
        if (k == n)
            return 1;
    }
    return 0;
}

int cc_context__other_measure(const cc_context *c, size_t i, size_t j)
{
    const uint32_t *a = c->measures[i], *b = c->measures[j];
    if (!a[0] || !b[0])
        return 0;
    for (size_t x = 0; x < CLAUSE_MEASURES && a[x]; x++)
        for (size_t y = 0; y < CLAUSE_MEASURES && b[y]; y++)
            if (a[x] == b[y] ||
                cc_measure__kin(cc_strpool__get(&c->pool, c->terms[a[x] - 1].display),
                                cc_strpool__get(&c->pool, c->terms[b[y] - 1].display)))
                return 0;
    return 1;
}

int cc_context__names_near(const cc_context *c, size_t i, uint32_t term, int min_region)
{
    const cc_cname *nm = c->names + c->nfirst[i];
    for (size_t k = 0; k < c->ncount[i]; k++)
        if (canon(c, nm[k].term) == term && nm[k].region >= min_region)
            return 1;
    return 0;
}

size_t cc_context__count(const cc_context *c)
{
    return c->n;
}

uint64_t cc_context__sentence_hash(const cc_context *c, size_t i)
{
    return c->hash[i];
}

double cc_context__query_similarity(const cc_context *c, const cc_cterm *q, size_t nq, size_t i)
{
    return dot(q, nq, c->v + c->first[i], c->count[i]);
}
