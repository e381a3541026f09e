/*
 * writer.h - what the two report writers (json_out.c, text_out.c) share,
 * implemented in writer.c: a growable output buffer, UTF-8 checks, and the
 * formatting of numbers. Internal.
 */
#ifndef CC_WRITER_H
#define CC_WRITER_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "crosscheck.h"
#include "report.h"

/**
 * A growable byte buffer. Appending never fails visibly: an allocation
 * failure sets `failed`, later appends do nothing, and the writer checks
 * `failed` once at the end (CC_ENOMEM). One byte is always kept free for the
 * final NUL.
 */
typedef struct cc_wbuf {
    char *data;
    size_t len;
    size_t cap;
    int failed;
} cc_wbuf;

/** Make room for `n` more bytes plus the NUL. Returns 0, or -1 (sets failed). */
int cc_wbuf__grow(cc_wbuf *b, size_t n);

static inline void cc_wbuf__put(cc_wbuf *b, const char *s, size_t n)
{
    if (b->cap - b->len <= n && cc_wbuf__grow(b, n) != 0)
        return;
    memcpy(b->data + b->len, s, n);
    b->len += n;
}

static inline void cc_wbuf__puts(cc_wbuf *b, const char *s)
{
    cc_wbuf__put(b, s, strlen(s));
}

static inline void cc_wbuf__putc(cc_wbuf *b, char c)
{
    if (b->cap - b->len <= 1 && cc_wbuf__grow(b, 1) != 0)
        return;
    b->data[b->len++] = c;
}

/** Append `n` copies of byte c. */
void cc_wbuf__fill(cc_wbuf *b, char c, size_t n);

/** Append an unsigned / signed integer in decimal. */
void cc_wbuf__uint(cc_wbuf *b, uint64_t v);
void cc_wbuf__int(cc_wbuf *b, int64_t v);

/**
 * Length of the valid UTF-8 sequence (RFC 3629: no overlong forms, no
 * surrogates, at most U+10FFFF) at s[0..n), or 0 if it is not valid.
 * s[0] must be a byte >= 0x80.
 */
size_t cc_writer__utf8_seq(const char *s, size_t n);

/**
 * Display width of s[0..n) in columns: one per code point (lead byte),
 * invalid bytes count one each.
 */
size_t cc_writer__width(const char *s, size_t n);

/**
 * The shortest decimal digits that read back (strtod) as the finite,
 * non-zero |v|: writes the significant digits (no sign, no leading or
 * trailing zeros, at most 17, NUL-terminated) into digits and returns their
 * count; *exp10 receives e with |v| == digits × 10^e after rounding.
 */
int cc_writer__shortest(double v, char digits[24], int *exp10);

/**
 * A finite double as a JSON number in its shortest round-trip form, always
 * with a '.' or an exponent so that it reads back as a real: "0.219",
 * "2.0", "5.885e11", "1.5e-7". Plain notation for 1e-5 <= |v| < 1e9,
 * exponent notation otherwise. Writes a NUL-terminated string into out and
 * returns its length. v must be finite.
 */
size_t cc_writer__json_number(double v, char out[40]);

/** JSON names used by both writers (NULL for an unknown value). */
const char *cc_writer__reason_name(int reason);
const char *cc_writer__relation_name(int relation);

/** Number of groups with verdict `verdict`. */
size_t cc_writer__count_verdict(const cc_report *r, int verdict);

/** Write the JSON report / the text report into b (json_out.c / text_out.c). */
cc_status cc_writer__json(const cc_report *r, cc_wbuf *b, cc_error *err);
cc_status cc_writer__text(const cc_report *r, cc_wbuf *b, cc_error *err);

#endif
