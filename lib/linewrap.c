/*
 * linewrap.c - telling a line break that only wraps flowing text ("fell
 * to\n62.4 billion") from one that ends a heading, a list item or a
 * paragraph. UAX #29 ends a sentence at every line break; in hard-wrapped
 * text (e-mail, press releases, `fmt`) that would cut sentences in two and
 * part a figure from its hedge, unit, direction and source.
 *
 * The test is the greedy wrapper's own rule: a line was wrapped when the
 * next line's first word would not have fitted on it. The width is taken
 * as the longest of the line, the one before and the one after (all
 * counted in code points), which a wrapper never exceeds; a heading or a
 * short last line of a paragraph leaves room for the next word and keeps
 * its break. Lines longer than WRAP_MAX are paragraphs of their own, not
 * wrapped text, and lines shorter than WRAP_MIN a list or a table.
 */
#include "linewrap.h"

#define WRAP_MAX 120 /* code points: no wrapped line is longer */
#define WRAP_MIN 20  /* nor shorter: a column of figures is no wrapped text */

static int is_blank(char c)
{
    return c == ' ' || c == '\t' || c == '\r';
}

/* Code points in t[from..to), or WRAP_MAX + 1 once there are more. */
static size_t width(const char *t, size_t from, size_t to)
{
    size_t n = 0;
    for (size_t k = from; k < to && n <= WRAP_MAX; k++)
        n += ((unsigned char)t[k] & 0xC0) != 0x80;
    return n;
}

/* The start of the line that ends at `end` (its '\n' at end), looking
 * back at most a few times WRAP_MAX bytes (UTF-8 takes up to four). */
static size_t line_start(const char *t, size_t end)
{
    size_t k = end, lim = end > 4 * WRAP_MAX + 4 ? end - 4 * WRAP_MAX - 4 : 0;
    while (k > lim && t[k - 1] != '\n')
        k--;
    return k;
}

/* The end of the line that starts at `from` ('\n' or len). */
static size_t line_end(const char *t, size_t len, size_t from)
{
    size_t k = from, lim = len - from > 4 * WRAP_MAX + 4 ? from + 4 * WRAP_MAX + 4 : len;
    while (k < lim && t[k] != '\n')
        k++;
    return k;
}

/* The end of t[s..e) without trailing blanks ("\r" of CRLF). */
static size_t trim_end(const char *t, size_t s, size_t e)
{
    while (e > s && is_blank(t[e - 1]))
        e--;
    return e;
}

/* Does the line at t[s..e) open a list item ("- ", "* ", "• ", "1. ",
 * "2) ")? */
static int list_item(const char *t, size_t s, size_t e)
{
    size_t k = s;
    while (k < e && is_blank(t[k]))
        k++;
    if (k + 1 < e && (t[k] == '-' || t[k] == '*') && t[k + 1] == ' ')
        return 1;
    if (k + 3 < e && (unsigned char)t[k] == 0xE2 && (unsigned char)t[k + 1] == 0x80 &&
        ((unsigned char)t[k + 2] == 0xA2 || (unsigned char)t[k + 2] == 0x93) && t[k + 3] == ' ')
        return 1; /* "• ", "– " */
    if (k < e && t[k] >= '0' && t[k] <= '9') {
        size_t d = k;
        while (d < e && d - k < 3 && t[d] >= '0' && t[d] <= '9')
            d++;
        return d + 1 < e && (t[d] == '.' || t[d] == ')') && t[d + 1] == ' ';
    }
    return 0;
}

/* Does t[s..e) end in a terminator, maybe followed by closing
 * quotes and brackets ('."', '.)', '!»', '?“')? */
static int ends_in_terminator(const char *t, size_t s, size_t e)
{
    while (e > s) {
        unsigned char c = (unsigned char)t[e - 1];
        if (c == '"' || c == '\'' || c == ')' || c == ']') {
            e--;
        } else if (e - s >= 3 && (unsigned char)t[e - 3] == 0xE2 &&
                   (unsigned char)t[e - 2] == 0x80 && c >= 0x98 && c <= 0x9F) {
            e -= 3; /* quotation marks U+2018..U+201F */
        } else if (e - s >= 2 && (unsigned char)t[e - 2] == 0xC2 && (c == 0xAB || c == 0xBB)) {
            e -= 2; /* guillemets */
        } else {
            return c == '.' || c == '!' || c == '?';
        }
    }
    return 0;
}

int cc_linewrap__soft(const char *t, size_t len, size_t at)
{
    size_t e1, s1, s2, e2, w1, w2, w0 = 0, word, widest;

    if (at == 0 || at >= len || t[at - 1] != '\n')
        return 0;
    e1 = trim_end(t, 0, at - 1);
    s1 = line_start(t, e1);
    if (e1 == s1)
        return 0; /* a blank line */
    if (s1 > 0 && t[s1 - 1] != '\n')
        return 0; /* a line too long to be wrapped text */
    if (ends_in_terminator(t, s1, e1))
        return 0; /* the rules of UAX #29 judge it */
    s2 = at;
    while (s2 < len && is_blank(t[s2]) && t[s2] != '\r')
        s2++;
    if (s2 >= len || t[s2] == '\n' || t[s2] == '\r')
        return 0; /* a blank line: the paragraph ends */
    e2 = line_end(t, len, s2);
    if (list_item(t, s2, e2))
        return 0;
    w1 = width(t, s1, e1);
    w2 = width(t, s2, trim_end(t, s2, e2));
    if (w1 > WRAP_MAX || w2 > WRAP_MAX || w1 < WRAP_MIN)
        return 0;
    if (s1 > 0) {
        size_t e0 = s1 - 1, s0 = line_start(t, e0);
        w0 = width(t, s0, trim_end(t, s0, e0));
        if (w0 > WRAP_MAX)
            w0 = 0;
    }
    for (word = s2; word < e2 && t[word] != ' ' && t[word] != '\t'; word++)
        ;
    word = width(t, s2, word);
    widest = w0 > w1 ? w0 : w1;
    widest = widest > w2 ? widest : w2;
    return w1 + 1 + word > widest;
}
