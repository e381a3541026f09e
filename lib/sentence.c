/*
 * sentence.c - the sentence a mention stands in, from ICU's sentence
 * break rules (CLDR). A break after a short abbreviation or a number with
 * a point ("ca.", "Mrd.", "Nr.", "27.") is passed over: ICU 72's own
 * suppression list ("@ss=standard") drops real breaks after such words.
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

#define WINDOW 1024         /* bytes before a mention ICU sees at least */
#define CHUNK (1 << 20)     /* bytes given to ICU at once */

struct cc_sentences {
    UBreakIterator *it;
    UText *ut;
    const char *text;
    size_t len;
    size_t ws, we;   /* the window ICU sees */
    size_t cs, ce;   /* the last sentence found */
    int32_t prev, next; /* ICU's walk: the last kept break <= the mention, the next one */
};

cc_status cc_sentences__new(cc_sentences **out, const char *locale)
{
    char loc[64];
    UErrorCode st = U_ZERO_ERROR;
    cc_sentences *s = cc__calloc(1, sizeof *s);

    *out = NULL;
    if (!s)
        return CC_ENOMEM;
    snprintf(loc, sizeof loc, "%s", locale);
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

/* Give ICU a chunk of up to CHUNK bytes from near `start`, ending at a
 * line break where one is near; mentions come in text order, so ICU walks
 * each chunk forward once and its break cache serves the lookups. */
static int set_window(cc_sentences *s, size_t start, size_t end)
{
    const char *t = s->text;
    size_t ws = start > WINDOW ? start - WINDOW : 0;
    size_t we = ws + CHUNK < s->len ? ws + CHUNK : s->len;
    UErrorCode st = U_ZERO_ERROR;

    if (we < end + WINDOW)
        we = end + WINDOW < s->len ? end + WINDOW : s->len;
    if (we < s->len) {
        /* end the chunk at a line break if there is one in its last part */
        const char *nl = NULL;
        for (size_t k = we; k > end + WINDOW && k > we - CHUNK / 4; k--)
            if (t[k - 1] == '\n') {
                nl = t + k;
                break;
            }
        if (nl)
            we = (size_t)(nl - t);
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
    s->prev = ubrk_first(s->it);
    s->next = ubrk_next(s->it);
    return 0;
}

/* Is the break at window offset b one after an abbreviation or a number
 * with a point ("Mrd. ", "ca. ", "27. ")? */
static int suppressed(const cc_sentences *s, int32_t b)
{
    const char *t = s->text + s->ws;
    int32_t e = b, k;
    while (e > 0 && (t[e - 1] == ' ' || t[e - 1] == '\n' || t[e - 1] == '\t' || t[e - 1] == '\r'))
        e--;
    if (e == b || e < 2 || t[e - 1] != '.')
        return 0;
    k = e - 1;
    while (k > 0 && ((t[k - 1] >= 'a' && t[k - 1] <= 'z') || (t[k - 1] >= 'A' && t[k - 1] <= 'Z')))
        k--;
    if (e - 1 - k >= 1 && e - 1 - k <= 3)
        return k == 0 || t[k - 1] == ' ' || t[k - 1] == '(' || t[k - 1] == '.';
    k = e - 1;
    while (k > 0 && t[k - 1] >= '0' && t[k - 1] <= '9')
        k--;
    return e - 1 - k >= 1 && e - 1 - k <= 2 && (k == 0 || t[k - 1] == ' ');
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
    if (s->we == 0 || start < s->ws + (s->ws > 0 ? WINDOW / 2 : 0) ||
        (end + WINDOW > s->we && s->we < s->len)) {
        if (set_window(s, start, end) != 0)
            return -1;
    }
    /* walk ICU's breaks forward (mentions come in text order): the last
     * break at or before the start, the first one at or after the end */
    {
        int32_t rs = (int32_t)(start - s->ws), re = (int32_t)(end - s->ws);
        if (s->prev > rs) {
            s->prev = ubrk_first(s->it);
            s->next = ubrk_next(s->it);
        }
        while (s->next != UBRK_DONE && s->next <= rs) {
            if (!suppressed(s, s->next))
                s->prev = s->next;
            s->next = ubrk_next(s->it);
        }
        a = s->prev;
        while (s->next != UBRK_DONE && (s->next < re || suppressed(s, s->next)))
            s->next = ubrk_next(s->it);
        b = s->next;
    }
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
