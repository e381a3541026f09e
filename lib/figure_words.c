/*
 * figure_words.c - words next to a figure that change how the scanner
 * (numparse.c) reads it: what a price is counted per ("2,10 Euro je
 * Aktie"), a noun or verb that governs a hedge word ("Auftrag über 240
 * Millionen": no hedge), a verb of change before "from" ("rose from 3 to
 * 3.25 percent": a change), a "to" and a figure after one ("from €84m to
 * €61m": no price list's least).
 */
#include <string.h>

#include "common.h"
#include "scan.h"

/* Does a "to" and a figure follow at e ("from €84m to €61m": the start of
 * a change, no price list's least)? */
int cc_figwords__to_figure_after(const cc_lexicon *lx, const char *t, size_t len, size_t e)
{
    size_t q = skip_spaces(t, len, e), mend = 0;
    uint16_t got = 0;
    if (!cc_lexicon__match(lx, t, len, q, CC_LEX_RANGE_TO, &mend, &got) || !(got & CC_LEX_RANGE_TO))
        return 0;
    q = skip_spaces(t, len, mend);
    return q < len &&
           (is_digit(t[q]) ||
            cc_lexicon__match(lx, t, len, q, CC_LEX_CURRENCY | CC_LEX_NUMBER, &mend, &got));
}

int cc_figwords__direction_before(const cc_lexicon *lx, const char *t, size_t i)
{
    for (int w = 0; w < 3; w++) {
        size_t e, s = cc_kinds__word_before(t, i, &e), mend = 0;
        uint16_t got = 0;
        const cc_lex_entry *m;
        if (s == e)
            return 0;
        /* cut after the gap byte that ends the word: the same match (no
         * key ends at white space), and the scanner's look from the memo */
        m = cc_lexicon__match(lx, t, e < i ? e + 1 : e, s, CC_LEX_CONTEXT | CC_LEX_FILLER, &mend,
                              &got);
        if (!m || mend != e)
            return 0;
        if ((got & CC_LEX_CONTEXT) &&
            (m->ctx == CC_CTX_UP || m->ctx == CC_CTX_DOWN || (m->ctx == CC_CTX_UP_NEXT && w == 0) ||
             (m->ctx == CC_CTX_SIGN && m->norm)))
            return 1;
        if (!(got & CC_LEX_FILLER))
            return 0;
        i = s;
    }
    return 0;
}

/* Is t[s..e) one of the language's common words ("and", "und")? */
static int common_word(const cc_lexicon *lx, const char *t, size_t s, size_t e)
{
    return e > s && cc_lexicon__common_word(lx, t + s, e - s);
}

/* "45 Euro pro Megawattstunde", "2,10 Euro je Aktie", "$71 per barrel":
 * the figure is counted per the word after "per" (a price or rate, not a
 * total). A time ("pro Jahr", "per day", "a week") is no such unit but the
 * rate's period: rates per a year compare with plain rates, not with rates
 * per a week. */
void cc_figwords__per_unit_read(const cc_lexicon *lx, const char *t, size_t len, size_t p,
                                const cc_figure_end *last, cc_mention *out)
{
    size_t mend = 0, ws, we, kend = 0;
    uint16_t got = 0;
    const cc_lex_entry *m;
    if ((out->period = (uint8_t)cc_lexicon__period_at(lx, t, len, p)) != CC_PERIOD_NONE)
        return; /* "£250,000 a week", "im Jahr": no unit, a span of time */
    m = cc_figure__key_at(lx, t, len, p, CC_LEX_CONTEXT, last, &mend, &got);
    if (!m || m->ctx != CC_CTX_PER) {
        /* "$4 a gallon", "€2.56 a share": an article that means "per" */
        mend = skip_alnum(t, len, p);
        if (!cc_lexicon__per_article(lx, t, p, mend))
            return;
    }
    ws = skip_spaces(t, len, mend);
    if (ws == mend || !is_letter(cp_at(t, len, ws)))
        return;
    we = skip_alnum(t, len, ws);
    while (we + 1 < len && t[we] == '-' && is_letter(cp_at(t, len, we + 1)))
        we = skip_alnum(t, len, we + 1); /* "per kilowatt-hour" */
    m = cc_lexicon__match(lx, t, len, ws, CC_LEX_KIND, &kend, &got);
    if (m && ((m->kind == CC_KIND_PHYSICAL && !m->a_one) || m->kind == CC_KIND_YEAR))
        return; /* "pro Jahr", "per hour"; units of measure stay ("per litre") */
    /* "per diluted share.", "per kilowatt hour and", "je verkaufter Aktie":
     * a lower-case first word and a second word that ends the clause (or is
     * followed by a common word) make one unit; not "per barrel of crude" */
    if (we + 1 < len && t[we] == ' ' && (t[ws] >= 'a' && t[ws] <= 'z') &&
        ((t[we + 1] | 0x20) >= 'a' && (t[we + 1] | 0x20) <= 'z')) {
        size_t w2 = skip_alnum(t, len, we + 1), w3;
        if (!common_word(lx, t, we + 1, w2) &&
            (w2 >= len || t[w2] == '.' || t[w2] == ',' || t[w2] == ';' || t[w2] == ':' ||
             t[w2] == ')' || t[w2] == '!' || t[w2] == '?' ||
             (t[w2] == ' ' && (w3 = skip_alnum(t, len, w2 + 1)) > w2 + 1 &&
              common_word(lx, t, w2 + 1, w3))))
            we = w2;
    }
    out->per_start = ws;
    out->per_end = we; /* the mention ends before: "Haushalt" stays a context word */
}

/* Is the hedge word at i governed by a word before it in its clause: a
 * noun directly before it ("Auftrag über") or a verb up to four words
 * before it ("verfügt nach eigenen Angaben über")? See lexicon.h. A figure
 * directly before it governs it too: the word sets two figures against
 * each other ("mit 80 gegen 20 Stimmen"). */
int cc_figwords__governed(const cc_lexicon *lx, const char *t, size_t i)
{
    size_t p = i;
    for (int w = 0; w < 5; w++) {
        size_t e = p, s, mend = 0;
        uint16_t got = 0;
        const cc_lex_entry *m;
        e = gaps_back(t, 0, e);
        if (e == 0 || strchr(",;:.!?()\"", t[e - 1]))
            return 0; /* the start of the text or a clause break */
        s = e;
        while (s > 0 && !is_gap(t[s - 1]) && e - s < 40)
            s--;
        for (size_t k = s; k < e; k++)
            if (is_digit(t[k]))
                return w == 0 && is_digit(t[e - 1]);
        m = cc_lexicon__match(lx, t, e < p ? e + 1 : e, s, CC_LEX_CONTEXT, &mend, &got);
        if (m && mend == e && ((m->ctx == CC_CTX_GOV_NEAR && w == 0) || m->ctx == CC_CTX_GOV_FAR))
            return 1;
        p = s;
    }
    return 0;
}
