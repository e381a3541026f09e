/*
 * shares.c - shares written in words: "jeder Dritte", "jede fünfte Frau",
 * "one in three voters", "4 out of 10 adults", "vier von zehn", "die
 * Hälfte der Befragten", "more than half of", "two thirds of", "ein
 * Drittel der", "a quarter of", and the fractions of a unit or scale:
 * "a quarter of a percentage point", "half a million"; and multiples
 * written as verbs or comparisons, read as ratios: "verdoppelt" (2),
 * "more than doubled" (more than 2), "doppelt so viele" (2), "halved" (0.5).
 *
 * A share is read as a percentage (one in three = 33.3333333333 %, with
 * the twelve significant digits of a spelled fraction, numwords.c), so
 * that it compares with the percentages other sources give for the same
 * thing; the hedge before it applies as to any figure ("knapp jeder
 * Vierte": approx_below 25 %). A fraction is a share only where it is a
 * part of something ("of", "der", "aller"): bare "two thirds" stays the
 * number 0.667 (numwords.c). The words come from the language's table
 * (lexicon_<lang>.c, cc_share_word).
 */
#include <string.h>

#include "common.h"
#include "scan.h"

/* t[0..n) equals w[0..n) with ASCII letters folded (cc__ascii_ncasecmp's
 * equality; w has no NUL before n), inline: most candidates differ early. */
static inline int same_folded(const char *t, const char *w, size_t n)
{
    for (size_t k = 0; k < n; k++) {
        unsigned char a = (unsigned char)t[k], b = (unsigned char)w[k];
        if (a != b && ((a | 0x20) != (b | 0x20) || (unsigned)((a | 0x20) - 'a') >= 26))
            return 0;
    }
    return 1;
}

/* The longest share word at t[i] whose type is in the bit set `types`
 * (1 << CC_SHARE_*), *end past it, or NULL. Words match in any case; an
 * ordinal also with a case ending ("Dritten", "fünfter"). */
static const cc_share_word *share_word(const cc_lexicon *lx, const char *t, size_t len, size_t i,
                                       unsigned types, size_t *end)
{
    size_t n, nb;
    const uint8_t *idx, *lens;
    const cc_share_word *w, *best = NULL;
    if (i >= len || (nb = cc_lexicon__share_bucket(lx, (unsigned char)t[i], &idx, &lens)) == 0)
        return NULL;
    w = cc_lexicon__shares(lx, &n);
    for (size_t j = 0; j < nb; j++) {
        size_t k = idx[j], wl = lens[k], e = i + wl;
        /* the type, then the second byte, before the whole word */
        if (!(types & (1u << w[k].type)) || e > len || (t[i + 1] | 0x20) != (w[k].text[1] | 0x20) ||
            !same_folded(t + i, w[k].text, wl))
            continue;
        if (w[k].type == CC_SHARE_ORD && e < len && strchr("nrsm", t[e]) &&
            !alnum_at(t, len, e + 1))
            e++;
        if (alnum_at(t, len, e) || (best && e <= *end))
            continue;
        *end = e; /* the longest: "half as" before "half" */
        best = &w[k];
    }
    return best;
}

/* A whole number 1..1000 at i written with digits ("4") or words ("vier",
 * "one", the article "a"/"einer" as 1): *v, *end. `sp`: the words at i
 * read already, or NULL. */
static int small_int(const cc_lexicon *lx, const char *t, size_t len, size_t i,
                     const cc_spelled *sp, int64_t *v, size_t *end)
{
    cc_spelled own;
    size_t e = 0, mend = 0;
    uint16_t got = 0;
    const cc_lex_entry *m;

    if (i < len && is_digit(t[i])) {
        e = digits_end(t, len, i);
        if (e - i > 4 || alnum_at(t, len, e) ||
            (e + 1 < len && (t[e] == '.' || t[e] == ',' || t[e] == '/') && is_digit(t[e + 1])))
            return 0;
        *v = 0;
        for (size_t k = i; k < e; k++)
            *v = *v * 10 + (t[k] - '0');
        *end = e;
        return *v >= 1 && *v <= 1000;
    }
    m = cc_lexicon__match(lx, t, len, i, CC_LEX_NUMBER | CC_LEX_NUMBER_A, &mend, &got);
    if (!m)
        return 0;
    if (!sp) {
        own.ok = cc_numwords__read(lx, t, len, i, &own.dec, &own.end, &own.flags);
        sp = &own;
    }
    if (sp->ok && !sp->flags && !sp->dec.point && !sp->dec.neg && sp->dec.exp == 0 &&
        sp->dec.n <= 4) {
        *v = 0;
        for (int k = 0; k < sp->dec.n; k++)
            *v = *v * 10 + (sp->dec.d[k] - '0');
        *end = sp->end;
        return *v >= 1 && *v <= 1000;
    }
    if ((got & CC_LEX_NUMBER_A) || ((got & CC_LEX_NUMBER) && m->alone && m->number == 1)) {
        *v = 1; /* "one in", "einer von", "a quarter" */
        *end = mend;
        return 1;
    }
    return 0;
}

static int percent_of(int64_t num, int64_t den, cc_share *sh)
{
    sh->dim = CC_DIM_PERCENT;
    return cc_numwords__fraction(num * 100, den, &sh->dec);
}

/* A share is a part: at most the whole ("three halves of that" is 1.5
 * times, no share). */
static int at_most_one(const cc_decimal *d)
{
    if (d->n + d->exp <= 0)
        return 1;
    if (d->n + d->exp > 1 || d->d[0] != '1')
        return 0;
    for (int k = 1; k < d->n; k++)
        if (d->d[k] != '0')
            return 0;
    return 1;
}

/* The start of the word of letters before i, past white space; where no
 * word ends there, i itself or (after white space) the first gap byte. */
static size_t word_start_before(const char *t, size_t i)
{
    size_t k = i;
    k = gaps_back(t, 0, k);
    while (k > 0 && (((t[k - 1] | 0x20) >= 'a' && (t[k - 1] | 0x20) <= 'z') ||
                     (unsigned char)t[k - 1] >= 0x80))
        k--;
    return k;
}

/* The start of the preposition of a change by a part before i, past a
 * hedge that ends at i or an article ("um ein Drittel", "um gut ein
 * Fünftel", "by more than a third", "um die Hälfte"), or SIZE_MAX. */
static size_t by_before(const cc_lexicon *lx, const char *t, size_t len, size_t i)
{
    size_t starts[4], k = i, we = 0, mend = 0;
    uint16_t got = 0;
    int n = 0;

    while (n < 4) {
        size_t s = word_start_before(t, k);
        if (s == k || is_gap(t[s]))
            break; /* no word ends before k */
        starts[n++] = k = s;
    }
    for (int j = 0; j < n; j++) {
        if (!share_word(lx, t, len, starts[j], 1u << CC_SHARE_BY, &we))
            continue;
        if (j == 0)
            return starts[j];
        /* the words between are one hedge, or an article */
        if (j == 1 && share_word(lx, t, len, starts[0], 1u << CC_SHARE_THE, &we))
            return starts[j];
        if (cc_lexicon__match(lx, t, len, starts[j - 1], CC_LEX_HEDGE, &mend, &got) &&
            (got & CC_LEX_HEDGE) && skip_spaces(t, len, mend) == i)
            return starts[j];
        return SIZE_MAX;
    }
    return SIZE_MAX;
}

int cc_shares__by_before(const cc_lexicon *lx, const char *t, size_t len, size_t i)
{
    return by_before(lx, t, len, i) != SIZE_MAX;
}

int cc_shares__change_by_before(const cc_lexicon *lx, const char *t, size_t len, size_t i)
{
    size_t b = by_before(lx, t, len, i), w = b;
    if (b == SIZE_MAX)
        return 0;
    /* a verb of change one or two words before it ("fell by", "rose
     * sharply by"): "bought by a third party" is no change */
    for (int k = 0; k < 2; k++) {
        size_t mend = 0, s = word_start_before(t, w);
        uint16_t got = 0;
        const cc_lex_entry *m;
        if (s == w)
            return 0;
        m = cc_lexicon__match(lx, t, len, s, CC_LEX_CONTEXT, &mend, &got);
        if (m && (m->ctx == CC_CTX_UP || m->ctx == CC_CTX_DOWN))
            return 1;
        w = s;
    }
    return 0;
}

/* After a fraction ending at e: "of a percentage point", "a million"
 * (the fraction of one unit or scale), or a share before "of", "der".
 * dec holds the fraction as a number. */
static int fraction_tail(const cc_lexicon *lx, const char *t, size_t len, size_t start, size_t e,
                         cc_share *sh)
{
    size_t q = skip_spaces(t, len, e), we = 0, r, mend = 0;
    uint16_t got = 0;
    const cc_share_word *w = share_word(lx, t, len, q, 1u << CC_SHARE_OF, &we);
    const cc_lex_entry *m;

    r = w && w->type == CC_SHARE_OF ? skip_spaces(t, len, we) : q;
    m = cc_lexicon__match(lx, t, len, r, CC_LEX_NUMBER_A, &mend, &got);
    if (m && (got & CC_LEX_NUMBER_A)) {
        /* "a quarter of a percentage point", "half a million" */
        r = skip_spaces(t, len, mend);
        m = cc_lexicon__match(lx, t, len, r, CC_LEX_SCALE | CC_LEX_UNIT, &mend, &got);
        if (m && (got & CC_LEX_SCALE) && m->scale >= 3 && !m->scale_glue) {
            sh->scale = m->scale;
            sh->have_scale = 1;
            sh->dim = -1;
            sh->end = mend;
            return 1;
        }
        if (m && (got & CC_LEX_UNIT) && (m->dim == CC_DIM_PERCENT || m->dim == CC_DIM_POINTS) &&
            m->unit_scale == 0) {
            sh->dim = m->dim;
            sh->end = mend;
            return 1;
        }
    }
    if (at_most_one(&sh->dec) &&
        !cc_lexicon__match(lx, t, len, q, CC_LEX_SCALE | CC_LEX_UNIT | CC_LEX_CURRENCY, &mend,
                           &got))
        sh->by_at = by_before(lx, t, len, start); /* not "um zwei Drittel Prozent" */
    if (((w && w->type == CC_SHARE_OF) || sh->by_at != SIZE_MAX) && at_most_one(&sh->dec)) {
        /* a part of something, or a change by a part of it: in percent */
        sh->dec.exp += 2;
        sh->dim = CC_DIM_PERCENT;
        sh->end = e;
        return 1;
    }
    return 0;
}

/* After "a" and a fraction adjective that ends at e ("eine halbe", "a
 * quarter"): a scale or a unit of percent or points, maybe joined by a
 * hyphen ("a half-point"), makes it a figure of 1/den of that. */
static int adjective_tail(const cc_lexicon *lx, const char *t, size_t len, size_t e, int64_t den,
                          cc_share *sh)
{
    size_t r = e < len && t[e] == '-' ? e + 1 : skip_spaces(t, len, e), mend = 0;
    uint16_t got = 0;
    const cc_lex_entry *m =
        cc_lexicon__match(lx, t, len, r, CC_LEX_SCALE | CC_LEX_UNIT, &mend, &got);

    if (!m || !cc_numwords__fraction(1, den, &sh->dec))
        return 0;
    if ((got & CC_LEX_SCALE) && m->scale >= 3 && !m->scale_glue) {
        sh->scale = m->scale;
        sh->have_scale = 1;
        sh->dim = -1;
    } else if ((got & CC_LEX_UNIT) && m->unit_scale == 0 &&
               (m->dim == CC_DIM_PERCENT || m->dim == CC_DIM_POINTS || m->dim == CC_DIM_COUNT)) {
        sh->dim = m->dim;
    } else {
        return 0;
    }
    sh->end = mend;
    return 1;
}

int cc_shares__digits_may_share(const cc_lexicon *lx, const char *t, size_t len, size_t i)
{
    size_t e = digits_end(t, len, i), q;
    if (cc_lexicon__share_may_open(lx, t, len, i))
        return 1;
    if (e - i > 4 || alnum_at(t, len, e) ||
        (e + 1 < len && (t[e] == '.' || t[e] == ',' || t[e] == '/') && is_digit(t[e + 1])))
        return 0; /* small_int refuses them */
    q = skip_spaces(t, len, e);
    return q + 1 >= len ||
           cc_lexicon__share_may_follow(lx, (unsigned char)t[q], (unsigned char)t[q + 1]);
}

int cc_shares__read(const cc_lexicon *lx, const char *t, size_t len, size_t i, int words,
                    cc_spelled *kept, cc_share *sh)
{
    int the = 0;
    size_t e = 0, q, e2 = 0;
    const cc_share_word *w, *w2;
    int64_t num, den;
    cc_spelled sp, *read = NULL;

    /* most numbers open no share: the caller asked shares_may_start of
     * words, cc_shares__digits_may_share of digits */
    memset(sh, 0, sizeof *sh);
    sh->by_at = SIZE_MAX;
    sh->dim = CC_DIM_PERCENT;
    /* only these open a share; the others follow a number or a word (a
     * number word was not asked by shares_may_start whether one matches) */
    w = NULL;
    if (!words || cc_lexicon__share_opener_may_match(lx, t, len, i))
        w = share_word(lx, t, len, i,
                       1u << CC_SHARE_THE | 1u << CC_SHARE_TIMES | 1u << CC_SHARE_EACH |
                           1u << CC_SHARE_WHOLE,
                       &e);
    if (w && w->type == CC_SHARE_THE) {
        /* "die Hälfte", "the half": the article only before a share noun
         * (most nouns after "die" were turned away by shares_may_start) */
        size_t noun = skip_spaces(t, len, e);
        w = share_word(lx, t, len, noun, 1u << CC_SHARE_WHOLE, &e);
        if (!w || w->type != CC_SHARE_WHOLE || (e < len && t[e] == '-'))
            return 0; /* not "the half-time score" */
        the = 1;
    }
    if (w && w->type == CC_SHARE_TIMES) {
        /* "verdoppelt", "more than doubled", "twice as many": a ratio */
        sh->dim = CC_DIM_RATIO;
        sh->end = e;
        return cc_numwords__fraction(w->value, 10, &sh->dec);
    }
    if (w && w->type == CC_SHARE_EACH) {
        /* "jeder Dritte", "jede fünfte Frau" */
        w2 = share_word(lx, t, len, skip_spaces(t, len, e), 1u << CC_SHARE_ORD, &e2);
        if (!w2 || w2->type != CC_SHARE_ORD)
            return 0;
        sh->end = e2;
        return percent_of(1, w2->value, sh);
    }
    if (w && w->type == CC_SHARE_WHOLE) {
        /* "die Hälfte der", "more than half of", "half a million" */
        if (!cc_numwords__fraction(1, w->value, &sh->dec))
            return 0;
        if (fraction_tail(lx, t, len, i, e, sh))
            return 1;
        if (!the)
            return 0;
        /* "gut die Hälfte war dagegen": with its article the noun is a
         * share of the whole in view, named or not */
        sh->dec.exp += 2;
        sh->dim = CC_DIM_PERCENT;
        sh->end = e;
        return 1;
    }
    if (!words && !(i < len && is_digit(t[i])))
        return 0;
    if (!(i < len && is_digit(t[i]))) {
        /* a share in words has a share or number word right after its
         * first word ("one in three", "two thirds of", "a quarter of",
         * "vier von zehn", "twenty-five in 100"): a cheap look there
         * spares the full reading of every "a", "ein", "one" */
        size_t n1 = skip_alnum(t, len, i), ne = 0, we = 0;
        uint16_t g = 0;
        if (n1 < len && t[n1] == '-')
            n1++;
        n1 = skip_spaces(t, len, n1);
        if (!((n1 + 1 >= len ||
               cc_lexicon__share_may_follow(lx, (unsigned char)t[n1], (unsigned char)t[n1 + 1])) &&
              share_word(lx, t, len, n1,
                         1u << CC_SHARE_IN | 1u << CC_SHARE_PART | 1u << CC_SHARE_ADJ, &we)) &&
            !cc_lexicon__match(lx, t, len, n1, CC_LEX_NUMBER | CC_LEX_NUMBER_PART, &ne, &g))
            return 0;
    }
    if (!(i < len && is_digit(t[i]))) {
        /* "two thirds of", "ein Drittel der"; else small_int asks the same
         * words again, and the reading is kept for it (and in `kept` for
         * the figure reader, where they are no share) */
        sp.ok = cc_numwords__read_kept(lx, t, len, i, kept, &sh->dec, &sp.end, &sp.flags);
        if (sp.ok && sp.flags == CC_NUMWORDS_FRACTION)
            return fraction_tail(lx, t, len, i, sp.end, sh);
        sp.dec = sh->dec;
        read = &sp;
    }
    if (!small_int(lx, t, len, i, read, &num, &e))
        return 0;
    q = skip_spaces(t, len, e);
    w2 = share_word(lx, t, len, q, 1u << CC_SHARE_ADJ, &e2);
    if (w2 && num == 1 && adjective_tail(lx, t, len, e2, w2->value, sh))
        return 1; /* "eine halbe Million", "a quarter-point" */
    w2 = share_word(lx, t, len, q, 1u << CC_SHARE_IN | 1u << CC_SHARE_PART, &e2);
    if (w2 && w2->type == CC_SHARE_IN) {
        /* "one in three", "4 out of 10", "vier von zehn": the second
         * number is a count of its own, not an amount ("1 in 5 million") */
        size_t r = skip_spaces(t, len, e2), re = 0, mend = 0;
        uint16_t got = 0;
        const cc_lex_entry *m;
        if (!small_int(lx, t, len, r, NULL, &den, &re) || den <= num || den < 2 ||
            (w2->value == 1 && den > 10 && den != 100 && den != 1000))
            return 0;
        /* what follows may be money: "one in five euros" is a share of
         * the euros, but "1 in 5 million" and "1 in 5 km" are no share */
        q = skip_spaces(t, len, re);
        m = cc_lexicon__match(lx, t, len, q,
                              CC_LEX_SCALE | CC_LEX_UNIT | CC_LEX_KIND | CC_LEX_NUMBER_PART |
                                  CC_LEX_RANGE_TO,
                              &mend, &got);
        /* a word that names what a number before it is ("Kindern unter
         * fünf") is the whole of the share: "vier von zehn Kindern" */
        if (m && !(got == CC_LEX_KIND && !m->kind_post && !m->after_post))
            return 0;
        sh->end = re;
        return percent_of(num, den, sh);
    }
    if (w2 && w2->type == CC_SHARE_PART) {
        /* "a quarter of", "three quarters of" */
        if (!cc_numwords__fraction(num, w2->value, &sh->dec))
            return 0;
        return fraction_tail(lx, t, len, i, e2, sh);
    }
    return 0;
}
