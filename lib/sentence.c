/*
 * sentence.c - the sentence a mention stands in, from ICU's sentence
 * break rules (CLDR). A break after a short abbreviation or a number with
 * a point ("ca.", "Mrd.", "Nr.", "27.") is passed over: ICU 72's own
 * suppression list ("@ss=standard") drops real breaks after such words.
 * Nor is a line break that only wraps the text (linewrap.c).
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
#include <unicode/uchar.h>
#include <unicode/uloc.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include "common.h"
#include "linewrap.h"

/* eight bytes read at a time where the compiler allows it, sixteen where
 * SSE2 is there (x86-64) */
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define SWAR_CAND 1
#define ONES 0x0101010101010101ULL
#define HIGHS 0x8080808080808080ULL
#if defined(__SSE2__)
#include <emmintrin.h>
#define SSE2_CAND 1
#endif
#endif

#define WINDOW 1024     /* bytes before a mention ICU sees at least */
#define CHUNK (1 << 20) /* bytes given to ICU at once */
#define REACH 4096      /* bytes the direct reading looks for a break */
#define SB8_REACH 256   /* bytes it looks ahead for a lower-case letter */
#define ABBR_SLOTS 128  /* the table of abbreviations: a power of two, over twice as many */

struct cc_sentences {
    UBreakIterator *it;
    UText *ut;
    const char *text;
    size_t len;
    size_t ws, we;             /* the window ICU sees */
    size_t cs, ce;             /* the last sentence found */
    int32_t prev, next;        /* ICU's walk: the last kept break <= the mention, the next one */
    int direct;                /* 1: read plain sentences without ICU (see find_direct) */
    uint8_t ascii[128];        /* Sentence_Break classes of ASCII */
    uint32_t abbr[ABBR_SLOTS]; /* the abbreviations by word_code, hashed (0: empty) */
    int latin1_plain;          /* 1: no letter U+00C0..U+00FF (lead byte 0xC3) is a terminator,
                         separator, extend or format character (see kept_break_at) */
};

static void fill_abbreviations(cc_sentences *s);

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
    s->direct = 1;
    for (int c = 0; c < 128; c++)
        s->ascii[c] = (uint8_t)u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK);
    s->latin1_plain = 1;
    for (int c = 0xC0; c <= 0xFF; c++) {
        int sb = u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK);
        if (sb == U_SB_LF || sb == U_SB_SEP || sb == U_SB_CR || sb == U_SB_EXTEND ||
            sb == U_SB_FORMAT || sb == U_SB_ATERM || sb == U_SB_STERM)
            s->latin1_plain = 0;
    }
    fill_abbreviations(s);
    *out = s;
    return CC_OK;
}

void cc_sentences__set_direct(cc_sentences *s, int on)
{
    s->direct = on;
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
    if (we < s->len)
        we = cp_start(t, ws, we); /* t[len] is not part of the text */
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

/* Short words that end in a point without ending the sentence: scale and
 * finance abbreviations, titles, months, weekdays and the parts of "z. B.",
 * "u. a.", "d. h." (German and English); none has more than four bytes.
 * A short word not listed ("did.", "USA.", "mph.") ends its sentence. */
static const char *const abbreviations[] = {
    "Abs", "Apr", "Art", "Aug", "Bd",  "Bio", "Chr", "Co",  "Dez", "Di",   "Do",  "Dr", "Feb",
    "Fr",  "Inc", "Jan", "Jh",  "Jr",  "Jul", "Jun", "Ltd", "Mi",  "Mio",  "Mo",  "Mr", "Mrd",
    "Mrs", "Ms",  "Mär", "No",  "Nov", "Nr",  "Oct", "Okt", "Sa",  "Sep",  "So",  "Sr", "St",
    "Tel", "Tsd", "Vj",  "a",   "bn",  "bzw", "ca",  "d",   "etc", "evtl", "ggf", "h",  "inkl",
    "max", "min", "mn",  "rd",  "u",   "usw", "vgl", "vs",  "z",
};

/* A word of one to four bytes (no NUL) as one number, its first byte
 * lowest: a word and its number are one-to-one, and never 0. */
static uint32_t word_code(const char *w, size_t n)
{
    uint32_t c = 0;
    while (n-- > 0)
        c = c << 8 | (unsigned char)w[n];
    return c;
}

/* The first slot of s->abbr to look in for a word code. */
static size_t abbr_slot(uint32_t code)
{
    return (size_t)((code * 0x9E3779B1u) >> 25) & (ABBR_SLOTS - 1);
}

/* The abbreviations into s->abbr, each in the first free slot from its own:
 * a look at a word is one multiplication and a compare or two, where a
 * bisection of the strings compared six times. */
static void fill_abbreviations(cc_sentences *s)
{
    for (size_t i = 0; i < sizeof abbreviations / sizeof *abbreviations; i++) {
        uint32_t code = word_code(abbreviations[i], strlen(abbreviations[i]));
        size_t k = abbr_slot(code);
        while (s->abbr[k])
            k = (k + 1) & (ABBR_SLOTS - 1);
        s->abbr[k] = code;
    }
}

/* Is the word t[0..n) (one to four bytes) listed? */
static int is_abbreviation(const cc_sentences *s, const char *t, size_t n)
{
    uint32_t code = word_code(t, n);
    for (size_t k = abbr_slot(code); s->abbr[k]; k = (k + 1) & (ABBR_SLOTS - 1))
        if (s->abbr[k] == code)
            return 1;
    return 0;
}

/* Does t[0..e) end in a point after an abbreviation, an initial or a
 * number ("Mrd.", "ca.", "J.", "27.")? */
static inline int point_after_abbreviation(const cc_sentences *s, const char *t, int64_t e)
{
    int64_t k;
    if (e < 2 || t[e - 1] != '.')
        return 0;
    k = e - 1;
    /* five letters are enough to tell: a word of more is no abbreviation
     * (ASCII letters, or any byte of a non-ASCII character) */
#ifdef SWAR_CAND
    if (k >= 8) {
        /* the letters among the eight bytes before the point (high bit per
         * byte, no carries cross bytes), counted back from the last */
        uint64_t x, y, letters;
        int run;
        memcpy(&x, t + k - 8, 8);
        y = (x & ~HIGHS) | (0x20 * ONES);
        letters = (((y + (0x80 - 'a') * ONES) & ~(y + (0x80 - 'z' - 1) * ONES)) | x) & HIGHS;
        run = (~letters & HIGHS) ? __builtin_clzll(~letters & HIGHS) / 8 : 8;
        k -= run < 5 ? run : 5;
    } else
#endif
        while (k > 0 && e - 1 - k < 5 &&
               ((unsigned)(((unsigned char)t[k - 1] | 0x20) - 'a') < 26 ||
                (unsigned char)t[k - 1] >= 0x80))
            k--;
    if (e - 1 - k >= 1) {
        if (e - 1 - k > 4 ||
            !(k == 0 || t[k - 1] == ' ' || t[k - 1] == '(' || t[k - 1] == '.' || t[k - 1] == '\n'))
            return 0; /* no abbreviation; and letters are no number */
        /* an initial ("J. Smith"), or a listed abbreviation */
        return (e - 1 - k == 1 && t[k] >= 'A' && t[k] <= 'Z') ||
               is_abbreviation(s, t + k, (size_t)(e - 1 - k));
    }
    k = e - 1;
    while (k > 0 && t[k - 1] >= '0' && t[k - 1] <= '9')
        k--;
    return e - 1 - k >= 1 && e - 1 - k <= 2 && (k == 0 || t[k - 1] == ' ');
}

/* Is the break at offset b of t (t[0..b) readable) one after an
 * abbreviation, an initial or a number with a point ("Mrd. ", "ca. ",
 * "J. ", "27. ")? Never where a blank line follows the point: a paragraph
 * ends there ("stieg auf 37.", a blank line, "Höchstens 200 ..."). */
static int suppressed_in(const cc_sentences *s, const char *t, int64_t b)
{
    int64_t e = b;
    int lines = 0;
    while (e > 0 && (t[e - 1] == ' ' || t[e - 1] == '\n' || t[e - 1] == '\t' || t[e - 1] == '\r'))
        lines += t[--e] == '\n';
    return e != b && lines < 2 && point_after_abbreviation(s, t, e);
}

/* Is the break at offset b of the text passed over: after an
 * abbreviation, or at a line break that only wraps the text (linewrap.c)? */
static inline int passed_over(const cc_sentences *s, size_t b)
{
    /* cc_linewrap__soft judges only a break after a line break */
    return suppressed_in(s, s->text, (int64_t)b) ||
           (b > 0 && s->text[b - 1] == '\n' && cc_linewrap__soft(s->text, s->len, b));
}

static int suppressed(const cc_sentences *s, int32_t b)
{
    return passed_over(s, s->ws + (size_t)b);
}

/* ------------------------------------------------------------------ */
/* Plain sentences without ICU                                         */
/* ------------------------------------------------------------------ */

/* Breaks fall only after a terminator (. ! ? and their kin) or a
 * paragraph separator (UAX #29). Most sentences of news text end in a
 * plain ". " before a capital letter, so the rules can be applied here
 * directly: each terminator near a mention is judged by SB6-SB11; where
 * anything unusual stands near one (format or extending characters,
 * other separators, long runs), ICU decides. Both give the same breaks
 * (the unit test compares them). */

enum {
    NO_BREAK,
    BREAK,
    UNSURE
};

static int sb_at(const cc_sentences *s, size_t i, size_t *next)
{
    unsigned char b = (unsigned char)s->text[i];
    int32_t c;
    if (b < 0x80) {
        *next = i + 1;
        return s->ascii[b];
    }
    {
        int32_t ii = (int32_t)0, n = s->len - i < 4 ? (int32_t)(s->len - i) : 4;
        U8_NEXT(s->text + i, ii, n, c);
        *next = i + (size_t)ii;
    }
    if (c < 0)
        return U_SB_OTHER;
    return u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK);
}

/* The class of the code point before byte i (U_SB_COUNT at the start). */
static int sb_before(const cc_sentences *s, size_t i)
{
    size_t k = i, next;
    if (i == 0)
        return U_SB_COUNT;
    k--;
    while (k > 0 && i - k < 4 && ((unsigned char)s->text[k] & 0xC0) == 0x80)
        k--;
    return sb_at(s, k, &next);
}

static int is_para(int c)
{
    return c == U_SB_SEP || c == U_SB_CR || c == U_SB_LF;
}

/* Judge the terminator (ATerm or STerm, class tc) at i, ending at j:
 * NO_BREAK, BREAK with *at = the break, or UNSURE. */
static int judge(const cc_sentences *s, size_t i, size_t j, int tc, size_t *at)
{
    size_t k = j, next;
    int c;
    if (k >= s->len) {
        *at = s->len;
        return BREAK;
    }
    c = sb_at(s, k, &next);
    if (c == U_SB_EXTEND || c == U_SB_FORMAT)
        return UNSURE;
    if (tc == U_SB_ATERM && c == U_SB_NUMERIC)
        return NO_BREAK; /* SB6 */
    if (tc == U_SB_ATERM && c == U_SB_UPPER) {
        int p = sb_before(s, i);
        if (p == U_SB_EXTEND || p == U_SB_FORMAT)
            return UNSURE;
        if (p == U_SB_UPPER || p == U_SB_LOWER)
            return NO_BREAK; /* SB7 */
    }
    while (c == U_SB_CLOSE && k < s->len) {
        k = next;
        c = k < s->len ? sb_at(s, k, &next) : U_SB_COUNT;
    }
    while (c == U_SB_SP && k < s->len) {
        k = next;
        c = k < s->len ? sb_at(s, k, &next) : U_SB_COUNT;
    }
    if (c == U_SB_EXTEND || c == U_SB_FORMAT)
        return UNSURE;
    if (tc == U_SB_ATERM) {
        /* SB8: a lower-case letter ahead, past anything but letters,
         * separators and terminators, continues the sentence */
        size_t q = k, qn = next;
        int d = c;
        while (q < s->len && d != U_SB_OLETTER && d != U_SB_UPPER && d != U_SB_LOWER &&
               !is_para(d) && d != U_SB_ATERM && d != U_SB_STERM) {
            if (d == U_SB_EXTEND || d == U_SB_FORMAT || q - k > SB8_REACH)
                return UNSURE;
            q = qn;
            d = q < s->len ? sb_at(s, q, &qn) : U_SB_COUNT;
        }
        if (q < s->len && d == U_SB_LOWER)
            return NO_BREAK;
    }
    if (k < s->len && (c == U_SB_SCONTINUE || c == U_SB_ATERM || c == U_SB_STERM))
        return NO_BREAK; /* SB8a */
    if (k < s->len && is_para(c)) {
        /* SB9-SB11: the break follows the separator (CR LF as one) */
        if (c == U_SB_CR && next < s->len && s->text[next] == '\n')
            next++;
        *at = next;
        return BREAK;
    }
    *at = k;
    return BREAK;
}

/* The break that a terminator or separator at i gives, if any. */
static int break_from(const cc_sentences *s, size_t i, size_t *at, size_t *after)
{
    size_t j;
    int c = sb_at(s, i, &j);
    *after = j;
    if (c == U_SB_LF || c == U_SB_SEP) {
        *at = j;
        return BREAK;
    }
    if (c == U_SB_CR) {
        if (j < s->len && s->text[j] == '\n')
            return NO_BREAK; /* SB3: the LF breaks */
        *at = j;
        return BREAK;
    }
    if (c == U_SB_EXTEND || c == U_SB_FORMAT)
        return UNSURE;
    if (c == U_SB_ATERM || c == U_SB_STERM)
        return judge(s, i, j, c, at);
    return NO_BREAK;
}

/* The break that a terminator or separator at i gives where it is kept
 * (not passed_over): BREAK with *at, else NO_BREAK or UNSURE. The
 * commonest end of all is read inline: ". The", a terminator, one space
 * and a capital, where judge() breaks before the capital (no lower case
 * ahead: SB11); of passed_over only the word before the point is left to
 * ask there, as the space is no line break and suppressed_in would step
 * back over it alone (a space or a tab; not the other Sp, \v or \f). */
static inline int kept_break_at(const cc_sentences *s, size_t i, size_t *at)
{
    const unsigned char *t = (const unsigned char *)s->text;
    size_t after;
    int r;
    if (i + 2 < s->len && t[i] < 0x80 && t[i + 1] < 0x80 && t[i + 2] < 0x80 &&
        (s->ascii[t[i]] == U_SB_ATERM || s->ascii[t[i]] == U_SB_STERM) &&
        s->ascii[t[i + 1]] == U_SB_SP && s->ascii[t[i + 2]] == U_SB_UPPER) {
        *at = i + 2;
        return (t[i + 1] == ' ' || t[i + 1] == '\t') &&
                       point_after_abbreviation(s, s->text, (int64_t)i + 1)
                   ? NO_BREAK
                   : BREAK;
    }
    /* two more answers break_from would give from the classes: a point
     * before a digit continues the sentence ("3.5": SB6), and so does a
     * letter after the lead byte 0xC3 ("ü", "ß"; or a byte that is no
     * character, which is Other), where latin1_plain holds */
    if (i + 1 < s->len && t[i] < 0x80 && t[i + 1] < 0x80 && s->ascii[t[i]] == U_SB_ATERM &&
        s->ascii[t[i + 1]] == U_SB_NUMERIC)
        return NO_BREAK;
    if (t[i] == 0xC3 && s->latin1_plain)
        return NO_BREAK;
    r = break_from(s, i, at, &after);
    return r == BREAK && passed_over(s, *at) ? NO_BREAK : r;
}

/* May the byte at i start a terminator, separator or a character that
 * makes the reading unsure? */
static int candidate(unsigned char b)
{
    return b == '.' || b == '!' || b == '?' || b == '\n' || b == '\r' || b == '\v' || b == '\f' ||
           b >= 0xC0;
}

#ifdef SWAR_CAND
/* The candidates among eight bytes (little-endian load): the high bit of
 * each byte for which candidate() holds, exactly (no borrows between
 * bytes: every sum stays below 0x100). */
static uint64_t candidates8(uint64_t x)
{
    uint64_t y = x & ~HIGHS, z, eq = 0;
    static const unsigned char marks[3] = {'.', '!', '?'};
    for (int k = 0; k < 3; k++) {
        z = y ^ (marks[k] * ONES);
        eq |= ~((z + 0x7F * ONES) | z);
    }
    /* '\n' '\v' '\f' '\r': 0x0A..0x0D */
    eq |= (y + (0x80 - 0x0A) * ONES) & ~(y + (0x80 - 0x0E) * ONES);
    return (eq & ~x & HIGHS) | (x & (x << 1) & HIGHS); /* or >= 0xC0 */
}
#endif

#ifdef SSE2_CAND
/* The candidates among sixteen bytes at p: bit n for byte n for which
 * candidate() holds. */
static unsigned candidates16(const char *p)
{
    __m128i x = _mm_loadu_si128((const __m128i *)(const void *)p), ctl;
    __m128i m = _mm_or_si128(
        _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('.')), _mm_cmpeq_epi8(x, _mm_set1_epi8('!'))),
        _mm_cmpeq_epi8(x, _mm_set1_epi8('?')));
    /* '\n' '\v' '\f' '\r': 0x0A..0x0D, x - 0x0A below 4 unsigned */
    ctl = _mm_sub_epi8(x, _mm_set1_epi8(0x0A));
    m = _mm_or_si128(m, _mm_cmpeq_epi8(_mm_min_epu8(ctl, _mm_set1_epi8(3)), ctl));
    /* or >= 0xC0 */
    m = _mm_or_si128(m, _mm_cmpeq_epi8(_mm_max_epu8(x, _mm_set1_epi8((char)0xC0)), x));
    return (unsigned)_mm_movemask_epi8(m);
}
#endif

/* The first candidate byte in t[k..lim), or lim. */
static size_t next_candidate(const char *t, size_t k, size_t lim)
{
#ifdef SSE2_CAND
    while (lim - k >= 16) {
        unsigned c = candidates16(t + k);
        if (c)
            return k + (size_t)__builtin_ctz(c);
        k += 16;
    }
#endif
#ifdef SWAR_CAND
    while (lim - k >= 8) {
        uint64_t x, c;
        memcpy(&x, t + k, 8);
        c = candidates8(x);
        if (c)
            return k + (size_t)__builtin_ctzll(c) / 8;
        k += 8;
    }
#endif
    while (k < lim && !candidate((unsigned char)t[k]))
        k++;
    return k;
}

/* The last candidate byte in t[lo..k), or SIZE_MAX if none. */
static size_t prev_candidate(const char *t, size_t lo, size_t k)
{
#ifdef SSE2_CAND
    while (k - lo >= 16) {
        unsigned c = candidates16(t + k - 16);
        if (c)
            return k - 16 + (size_t)(31 - __builtin_clz(c));
        k -= 16;
    }
#endif
#ifdef SWAR_CAND
    while (k - lo >= 8) {
        uint64_t x, c;
        memcpy(&x, t + k - 8, 8);
        c = candidates8(x);
        if (c)
            return k - 8 + (size_t)(63 - __builtin_clzll(c)) / 8;
        k -= 8;
    }
#endif
    while (k > lo) {
        k--;
        if (candidate((unsigned char)t[k]))
            return k;
    }
    return SIZE_MAX;
}

/* The sentence around [start, end) read directly: 1 if sure, 0 if ICU
 * must decide. Only candidate bytes are looked at, found eight bytes at a
 * time; the limits are those of a byte-by-byte reading (REACH). */
static int find_direct(const cc_sentences *s, size_t start, size_t end, size_t *ss, size_t *se)
{
    const char *t = s->text;
    size_t k = start, at = 0, lo, lim;
    int r;

    /* the last kept break at or before the start: candidates at
     * start - REACH - 1 .. start - 1 are looked at */
    *ss = 0;
    lo = start > REACH ? start - REACH - 1 : 0;
    for (;;) {
        k = prev_candidate(t, lo, k);
        if (k == SIZE_MAX) {
            if (lo == 0)
                break; /* the text begins the sentence */
            return 0;
        }
        r = kept_break_at(s, k, &at);
        if (r == UNSURE)
            return 0;
        if (r == BREAK && at <= start) {
            *ss = at;
            break;
        }
    }
    /* the first kept break at or after the end */
    /* from the terminator whose spaces and closing marks run up to the start */
    k = start;
    while (k > 0 && (t[k - 1] == ' ' || t[k - 1] == '\t' || t[k - 1] == '"' || t[k - 1] == '\'' ||
                     t[k - 1] == ')' || t[k - 1] == ']' || t[k - 1] == '}' ||
                     (unsigned char)t[k - 1] >= 0x80)) {
        if (start - k > 64)
            return 0;
        k--;
    }
    if (k > 0)
        k--;
    *se = s->len;
    /* candidates up to end + REACH; reaching past that without a break
     * leaves it to ICU */
    lim = s->len - end > REACH + 1 ? end + REACH + 1 : s->len;
    if (k > lim)
        lim = k;
    for (;; k++) {
        k = next_candidate(t, k, lim);
        if (k >= lim) {
            if (k < s->len)
                return 0;
            break;
        }
        r = kept_break_at(s, k, &at);
        if (r == UNSURE)
            return 0;
        if (r == BREAK && at >= end) {
            *se = at;
            break;
        }
    }
    return 1;
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
    if (s->direct && find_direct(s, start, end, ss, se)) {
        s->cs = *ss;
        s->ce = *se;
        goto trim;
    }
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
trim:
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
