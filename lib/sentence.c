/*
 * sentence.c - the sentence a mention stands in, from ICU's sentence
 * break rules (CLDR, with the locale's abbreviation suppressions: "ca.",
 * "Mrd.", "Nr." do not end a sentence).
 *
 * ICU only sees a window of the text around the mention (a few KB, cut
 * at a line break where one is near), so that neither a 1 GB file nor a
 * line of a million characters costs more than a bounded amount of work
 * per sentence; a sentence is looked up once and reused for every mention
 * inside it.
 */
#include "sentence.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/ubrk.h>
#include <unicode/uloc.h>
#include <unicode/utext.h>

#include "common.h"

#define WINDOW 2048 /* bytes of context on each side given to ICU */

struct cc_sentences {
    UBreakIterator *it;
    UText *ut;
    const char *text;
    size_t len;
    size_t ws, we;   /* the window ICU sees */
    size_t cs, ce;   /* the last sentence found */
};

cc_status cc_sentences__new(cc_sentences **out, const char *locale)
{
    char loc[64];
    UErrorCode st = U_ZERO_ERROR;
    cc_sentences *s = cc__calloc(1, sizeof *s);

    *out = NULL;
    if (!s)
        return CC_ENOMEM;
    /* "@ss=standard": CLDR's list of abbreviations that end no sentence */
    snprintf(loc, sizeof loc, "%s@ss=standard", locale);
    s->it = ubrk_open(UBRK_SENTENCE, loc, NULL, 0, &st);
    if (U_FAILURE(st)) {
        cc_sentences__free(s);
        return CC_EICU;
    }
    s->cs = s->ce = (size_t)-1;
    *out = s;
    return CC_OK;
}

void cc_sentences__free(cc_sentences *s)
{
    if (!s)
        return;
    if (s->it)
        ubrk_close(s->it);
    if (s->ut)
        utext_close(s->ut);
    free(s);
}

void cc_sentences__reset(cc_sentences *s, const char *text, size_t len)
{
    s->text = text;
    s->len = len;
    s->ws = s->we = 0;
    s->cs = s->ce = (size_t)-1;
}

/* Move a byte offset back to the start of a code point. */
static size_t cp_start(const char *t, size_t lo, size_t i)
{
    while (i > lo && ((unsigned char)t[i] & 0xC0) == 0x80)
        i--;
    return i;
}

static int set_window(cc_sentences *s, size_t start, size_t end)
{
    const char *t = s->text;
    size_t ws = start > WINDOW ? start - WINDOW : 0;
    size_t we = end + WINDOW < s->len ? end + WINDOW : s->len;
    UErrorCode st = U_ZERO_ERROR;

    /* begin after a blank line near the window's start if there is one */
    for (size_t k = start; k > ws + 1; k--) {
        if (t[k - 1] == '\n' && (t[k - 2] == '\n' || t[k - 2] == '\r')) {
            ws = k;
            break;
        }
    }
    for (size_t k = end; k + 1 < we; k++) {
        if (t[k] == '\n' && (t[k + 1] == '\n' || t[k + 1] == '\r')) {
            we = k;
            break;
        }
    }
    ws = cp_start(t, 0, ws);
    we = cp_start(t, ws, we);
    s->ut = utext_openUTF8(s->ut, t + ws, (int64_t)(we - ws), &st);
    if (U_FAILURE(st))
        return -1;
    ubrk_setUText(s->it, s->ut, &st);
    if (U_FAILURE(st))
        return -1;
    s->ws = ws;
    s->we = we;
    return 0;
}

int cc_sentences__find(cc_sentences *s, size_t start, size_t end, size_t *ss, size_t *se)
{
    int32_t a, b;

    if (s->cs != (size_t)-1 && start >= s->cs && end <= s->ce) {
        *ss = s->cs;
        *se = s->ce;
        return 0;
    }
    if (end > s->len)
        end = s->len;
    if (set_window(s, start, end) != 0)
        return -1;
    /* the boundary at or before the start, the first one at or after the end */
    a = ubrk_preceding(s->it, (int32_t)(start - s->ws) + 1);
    b = end > start ? ubrk_following(s->it, (int32_t)(end - s->ws) - 1)
                    : ubrk_following(s->it, (int32_t)(end - s->ws));
    if (a == UBRK_DONE)
        a = 0;
    if (b == UBRK_DONE)
        b = (int32_t)(s->we - s->ws);
    s->cs = s->ws + (size_t)a;
    s->ce = s->ws + (size_t)b;
    /* trailing white space is no part of the sentence */
    while (s->ce > s->cs && (s->text[s->ce - 1] == ' ' || s->text[s->ce - 1] == '\n' ||
                             s->text[s->ce - 1] == '\r' || s->text[s->ce - 1] == '\t'))
        s->ce--;
    if (s->ce < end)
        s->ce = end;
    *ss = s->cs;
    *se = s->ce;
    return 0;
}
