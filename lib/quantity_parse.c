/*
 * quantity_parse.c - read a claim's quantity text ("fast 600 Mrd. $",
 * "between 5 and 6 percent") with the scanner: exactly one figure.
 */
#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "lexicon.h"
#include "quantity.h"

/* "no figure in '...'" (second = 0) or "more than one figure" naming the second. */
static cc_status figure_error(cc_error *err, const char *t, size_t len, size_t start, size_t end,
                              int second)
{
    char tok[64];
    int line, col;
    cc_error__token(tok, sizeof tok, t + start, end - start);
    cc_error__position(t, len, start, &line, &col);
    if (second)
        return cc_error__set(err, CC_EQUANTITY, NULL, line, col, (int64_t)start,
                             "more than one figure: the second is '%s'", tok);
    return cc_error__set(err, CC_EQUANTITY, NULL, line, col, (int64_t)start, "no figure in '%s'",
                         tok);
}

cc_status cc_quantity__parse(cc_quantity *q, const char *text, size_t len, const char *lang,
                             cc_error *err)
{
    const cc_lexicon *lx;
    cc_status st = CC_OK;
    cc_mention m, strong, weak;
    size_t pos = 0;
    int nstrong = 0, nweak = 0, rc;
    char tok[64];

    memset(&strong, 0, sizeof strong);
    memset(&weak, 0, sizeof weak);
    if (!q || (!text && len))
        return cc_error__msg(err, CC_EINVAL, "quantity text is null");
    if (!text)
        text = "";
    memset(q, 0, sizeof *q);
    if (!lang || cc__ascii_casecmp(lang, "auto") == 0)
        lang = cc_numparse__detect_lang(text, len);
    lx = cc_lexicon__get(lang, &st);
    if (!lx) {
        cc_error__token(tok, sizeof tok, lang, strlen(lang));
        if (st == CC_ELANG)
            return cc_error__msg(err, st, "unsupported language '%s'", tok);
        if (st == CC_ENOMEM)
            return cc_error__msg(err, st, "out of memory");
        return cc_error__msg(err, st, "icu could not load the data for language '%s'", tok);
    }
    while ((rc = cc_numparse__next(lx, text, len, &pos, &m, err)) == 1) {
        if (m.kind != CC_KIND_AMOUNT && m.kind != CC_KIND_YEAR &&
            !(m.kind == CC_KIND_PHYSICAL && m.q.dimension == CC_DIM_MEASURE))
            continue; /* a date, time, name, list number or age is no figure */
        if (m.weak) {
            if (nweak++ == 0)
                weak = m;
            else if (nweak == 2 && nstrong == 0)
                strong = m; /* the second weak one, for the message */
            continue;
        }
        if (nstrong++ == 1)
            return figure_error(err, text, len, m.start, m.end, 1);
        strong = m;
    }
    if (rc < 0)
        return (cc_status)rc;
    if (nstrong == 1) {
        *q = strong.q;
        return CC_OK;
    }
    if (nweak == 1) {
        *q = weak.q;
        return CC_OK;
    }
    if (nweak > 1)
        return figure_error(err, text, len, strong.start, strong.end, 1);
    return figure_error(err, text, len, 0, len, 0);
}

cc_status cc_quantity_parse(cc_quantity **out, const char *text, size_t len, const char *lang,
                            cc_error *err)
{
    cc_quantity *q = NULL;
    cc_status st;

    cc_error__clear(err);
    if (!out)
        return cc_error__msg(err, CC_EINVAL, "out is null");
    *out = NULL;
    q = cc__calloc(1, sizeof *q);
    if (!q)
        return cc_error__msg(err, CC_ENOMEM, "out of memory");
    st = cc_quantity__parse(q, text, len, lang, err);
    if (st != CC_OK)
        goto done;
    *out = q;
    q = NULL;
done:
    cc_quantity_free(q);
    return st;
}
