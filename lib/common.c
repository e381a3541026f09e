/*
 * common.c - error reporting, allocation and small utilities shared by
 * every module.
 */
#include "common.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void copy_source(cc_error *err, const char *source)
{
    size_t n = source ? strlen(source) : 0;
    if (n >= sizeof err->source)
        n = sizeof err->source - 1;
    if (n)
        memcpy(err->source, source, n);
    err->source[n] = '\0';
}

static cc_status set_v(cc_error *err, cc_status code, const char *source, int line, int column,
                       int64_t offset, const char *fmt, va_list ap)
{
    if (!err || err->code != 0)
        return code;
    err->code = code;
    err->line = line;
    err->column = column;
    err->offset = offset;
    copy_source(err, source);
    vsnprintf(err->message, sizeof err->message, fmt, ap);
    return code;
}

cc_status cc_error__set(cc_error *err, cc_status code, const char *source, int line, int column,
                        int64_t offset, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    set_v(err, code, source, line, column, offset, fmt, ap);
    va_end(ap);
    return code;
}

cc_status cc_error__msg(cc_error *err, cc_status code, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    set_v(err, code, NULL, 0, 0, -1, fmt, ap);
    va_end(ap);
    return code;
}

void cc_error__clear(cc_error *err)
{
    if (!err)
        return;
    err->code = 0;
    err->line = 0;
    err->column = 0;
    err->offset = -1;
    err->source[0] = '\0';
    err->message[0] = '\0';
}

void cc_error__position(const char *buf, size_t len, size_t offset, int *line, int *column)
{
    int l = 1, c = 1;
    if (offset > len)
        offset = len;
    for (size_t i = 0; i < offset; i++) {
        unsigned char ch = (unsigned char)buf[i];
        if (ch == '\n') {
            l++;
            c = 1;
        } else if ((ch & 0xC0) != 0x80) {
            c++; /* count code points: skip UTF-8 continuation bytes */
        }
    }
    *line = l;
    *column = c;
}

void cc_error__token(char *out, size_t outsize, const char *s, size_t len)
{
    size_t o = 0;
    if (!outsize)
        return;
    for (size_t i = 0; i < len; i++) {
        unsigned char ch = (unsigned char)s[i];
        char esc[8];
        size_t n;
        if (ch == '\'' || ch == '\\') {
            esc[0] = '\\';
            esc[1] = (char)ch;
            n = 2;
        } else if (ch < 0x20 || ch == 0x7F) {
            n = (size_t)snprintf(esc, sizeof esc, "\\x%02x", ch);
        } else {
            esc[0] = (char)ch;
            n = 1;
        }
        if (o + n + 4 >= outsize) {
            /* cut at a code point boundary */
            while (o > 0 && ((unsigned char)out[o - 1] & 0xC0) == 0x80)
                o--;
            if (o > 0 && ((unsigned char)out[o - 1] & 0xC0) == 0xC0)
                o--;
            memcpy(out + o, "...", 3);
            o += 3;
            break;
        }
        memcpy(out + o, esc, n);
        o += n;
    }
    out[o] = '\0';
}

/* The chaos-test hook: the index of the allocation to fail (counted from
 * the last cc__alloc_fail_at call), or -1. A plain static on purpose: it is
 * set only by single-threaded tests, and costs one compare when unused. */
static long fail_at = -1;
static long alloc_calls;

long cc__alloc_fail_at(long n)
{
    long made = alloc_calls;
    fail_at = n;
    alloc_calls = 0;
    return made;
}

static int alloc_fails(void)
{
    return alloc_calls++ == fail_at;
}

void *cc__malloc(size_t n)
{
    return alloc_fails() ? NULL : malloc(n ? n : 1);
}

void *cc__calloc(size_t count, size_t n)
{
    return alloc_fails() ? NULL : calloc(count ? count : 1, n ? n : 1);
}

void *cc__realloc(void *p, size_t n)
{
    return alloc_fails() ? NULL : realloc(p, n ? n : 1);
}

int cc__grow(void **arr, size_t *cap, size_t need, size_t elem)
{
    size_t ncap;
    void *p;
    if (need <= *cap)
        return 0;
    ncap = *cap ? *cap : 8;
    while (ncap < need) {
        if (ncap > SIZE_MAX / 2)
            return -1;
        ncap *= 2;
    }
    if (ncap > SIZE_MAX / elem)
        return -1;
    p = cc__realloc(*arr, ncap * elem);
    if (!p)
        return -1;
    *arr = p;
    *cap = ncap;
    return 0;
}

size_t cc__one_line(const char *t, size_t n, char *out, size_t size)
{
    size_t o = 0, i = 0;
    if (!size)
        return 0;
    for (; i < n && o + 1 < size; i++) {
        int gap = t[i] == ' ' || t[i] == '\t' || t[i] == '\n' || t[i] == '\r';
        if (gap && o > 0 && out[o - 1] == ' ')
            continue;
        out[o++] = gap ? ' ' : t[i];
    }
    if (i < n && ((unsigned char)t[i] & 0xC0) == 0x80) {
        /* cut inside a code point: drop its first bytes */
        while (o > 0 && ((unsigned char)out[o - 1] & 0xC0) == 0x80)
            o--;
        if (o > 0)
            o--;
    }
    out[o] = '\0';
    return o;
}

char *cc__strndup(const char *s, size_t n)
{
    char *p = cc__malloc(n + 1);
    if (!p)
        return NULL;
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

cc_status cc__read_file(const char *path, char **out, size_t *len, cc_error *err)
{
    FILE *f;
    char *buf = NULL;
    size_t n = 0, cap = 0;
    int is_stdin = strcmp(path, "-") == 0;
    const char *name = is_stdin ? "<stdin>" : path;
    cc_status rc = CC_OK;

    *out = NULL;
    *len = 0;
    f = is_stdin ? stdin : fopen(path, "rb");
    if (!f)
        return cc_error__set(err, CC_EIO, name, 0, 0, -1, "cannot open: %s", strerror(errno));
    for (;;) {
        size_t got;
        if (cap - n < 65536 + 1) {
            if (cc__grow((void **)&buf, &cap, n + 65536 + 1, 1) != 0) {
                rc = cc_error__set(err, CC_ENOMEM, name, 0, 0, -1, "out of memory reading file");
                goto done;
            }
        }
        got = fread(buf + n, 1, cap - n - 1, f);
        n += got;
        if (got == 0) {
            if (ferror(f)) {
                rc = cc_error__set(err, CC_EIO, name, 0, 0, (int64_t)n, "read error: %s",
                                   strerror(errno));
                goto done;
            }
            break;
        }
    }
    buf[n] = '\0';
    *out = buf;
    *len = n;
    buf = NULL;
done:
    free(buf);
    if (!is_stdin)
        fclose(f);
    return rc;
}

static int lower(int c)
{
    return (c >= 'A' && c <= 'Z') ? c + 32 : c;
}

int cc__ascii_casecmp(const char *a, const char *b)
{
    for (;; a++, b++) {
        int d = lower((unsigned char)*a) - lower((unsigned char)*b);
        if (d || !*a)
            return d;
    }
}

int cc__ascii_ncasecmp(const char *a, const char *b, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        int d = lower((unsigned char)a[i]) - lower((unsigned char)b[i]);
        if (d || !a[i])
            return d;
    }
    return 0;
}

uint64_t cc__hash(const void *data, size_t len)
{
    const unsigned char *p = data;
    uint64_t h = 14695981039346656037ULL;
    for (size_t i = 0; i < len; i++) {
        h ^= p[i];
        h *= 1099511628211ULL;
    }
    return h;
}
