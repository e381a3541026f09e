/*
 * json_locate.c - a linear structure scanner over raw JSON text: skip
 * strings and values, iterate containers, find a member or element, map a
 * decoded string position back to the raw text.
 */
#include "json_locate.h"

#include <string.h>

static int is_ws(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

size_t cc_json__skip_ws(const char *buf, size_t len, size_t pos)
{
    while (pos < len && is_ws(buf[pos]))
        pos++;
    return pos;
}

size_t cc_json__skip_string(const char *buf, size_t len, size_t pos)
{
    if (pos >= len || buf[pos] != '"')
        return CC_JSON_BAD;
    for (pos++; pos < len;) {
        const char *q = memchr(buf + pos, '"', len - pos);
        size_t at, bs = 0;
        if (!q)
            return CC_JSON_BAD;
        at = (size_t)(q - buf);
        while (at - bs > pos && buf[at - bs - 1] == '\\')
            bs++;
        if (bs % 2 == 0)
            return at + 1; /* not escaped */
        pos = at + 1;
    }
    return CC_JSON_BAD;
}

static int is_delim(char c)
{
    return is_ws(c) || c == ',' || c == ':' || c == '[' || c == ']' || c == '{' || c == '}' ||
           c == '"';
}

size_t cc_json__skip_value(const char *buf, size_t len, size_t pos)
{
    size_t depth = 0;

    if (pos >= len)
        return CC_JSON_BAD;
    if (buf[pos] == '"')
        return cc_json__skip_string(buf, len, pos);
    if (buf[pos] != '{' && buf[pos] != '[') {
        size_t start = pos;
        while (pos < len && !is_delim(buf[pos]))
            pos++;
        return pos > start ? pos : CC_JSON_BAD;
    }
    while (pos < len) {
        char c = buf[pos];
        if (c == '"') {
            pos = cc_json__skip_string(buf, len, pos);
            if (pos == CC_JSON_BAD)
                return CC_JSON_BAD;
            continue;
        }
        if (c == '{' || c == '[') {
            depth++;
        } else if (c == '}' || c == ']') {
            if (--depth == 0)
                return pos + 1;
        }
        pos++;
    }
    return CC_JSON_BAD;
}

int cc_json__iter_init(cc_json_iter *it, const char *buf, size_t len, size_t pos)
{
    it->buf = buf;
    it->len = len;
    it->pos = pos;
    it->count = 0;
    if (pos >= len || (buf[pos] != '{' && buf[pos] != '['))
        return -1;
    it->close = buf[pos] == '{' ? '}' : ']';
    it->pos = pos + 1;
    return 0;
}

int cc_json__iter_next(cc_json_iter *it, size_t *key, size_t *key_end, size_t *val, size_t *val_end)
{
    const char *buf = it->buf;
    size_t len = it->len, pos = cc_json__skip_ws(buf, len, it->pos), end;

    it->pos = pos;
    if (pos >= len)
        return -1;
    if (buf[pos] == it->close) {
        it->pos = pos + 1;
        return 0;
    }
    if (it->count > 0) {
        if (buf[pos] != ',')
            return -1;
        pos = cc_json__skip_ws(buf, len, pos + 1);
        it->pos = pos;
        if (pos >= len || buf[pos] == it->close)
            return -1; /* trailing comma */
    }
    if (it->close == '}') {
        end = cc_json__skip_string(buf, len, pos);
        if (end == CC_JSON_BAD)
            return -1;
        *key = pos;
        *key_end = end;
        pos = cc_json__skip_ws(buf, len, end);
        it->pos = pos;
        if (pos >= len || buf[pos] != ':')
            return -1;
        pos = cc_json__skip_ws(buf, len, pos + 1);
        it->pos = pos;
    }
    end = cc_json__skip_value(buf, len, pos);
    if (end == CC_JSON_BAD)
        return -1;
    if (it->close == ']') {
        *key = pos;
        *key_end = end;
    }
    *val = pos;
    *val_end = end;
    it->pos = end;
    it->count++;
    return 1;
}

static int hexval(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

static long hex4(const char *s, size_t avail)
{
    long v = 0;
    if (avail < 4)
        return -1;
    for (int i = 0; i < 4; i++) {
        int h = hexval(s[i]);
        if (h < 0)
            return -1;
        v = v * 16 + h;
    }
    return v;
}

/* Decode one escape at buf[pos] == '\\' into out (UTF-8, up to 4 bytes).
 * Returns the bytes written and advances *pos past the escape; -1 if bad. */
static int decode_escape(const char *buf, size_t end, size_t *pos, unsigned char out[4])
{
    size_t p = *pos + 1;
    long cp;
    if (p >= end)
        return -1;
    switch (buf[p]) {
    case '"':
    case '\\':
    case '/':
        out[0] = (unsigned char)buf[p];
        *pos = p + 1;
        return 1;
    case 'b':
        out[0] = '\b';
        *pos = p + 1;
        return 1;
    case 'f':
        out[0] = '\f';
        *pos = p + 1;
        return 1;
    case 'n':
        out[0] = '\n';
        *pos = p + 1;
        return 1;
    case 'r':
        out[0] = '\r';
        *pos = p + 1;
        return 1;
    case 't':
        out[0] = '\t';
        *pos = p + 1;
        return 1;
    case 'u': break;
    default: return -1;
    }
    cp = hex4(buf + p + 1, end - p - 1);
    if (cp < 0)
        return -1;
    p += 5;
    if (cp >= 0xD800 && cp < 0xDC00 && p + 1 < end && buf[p] == '\\' && buf[p + 1] == 'u') {
        long lo = hex4(buf + p + 2, end - p - 2);
        if (lo >= 0xDC00 && lo < 0xE000) {
            cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
            p += 6;
        }
    }
    *pos = p;
    if (cp < 0x80) {
        out[0] = (unsigned char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (unsigned char)(0xC0 | (cp >> 6));
        out[1] = (unsigned char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (unsigned char)(0xE0 | (cp >> 12));
        out[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (unsigned char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (unsigned char)(0xF0 | (cp >> 18));
    out[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (unsigned char)(0x80 | (cp & 0x3F));
    return 4;
}

int cc_json__key_eq(const char *buf, size_t key, size_t key_end, const char *name)
{
    size_t pos = key + 1, end = key_end - 1, n = 0, nlen = strlen(name);

    if (key_end < key + 2)
        return 0;
    while (pos < end) {
        if (buf[pos] == '\\') {
            unsigned char dec[4];
            int k = decode_escape(buf, end, &pos, dec);
            if (k < 0 || n + (size_t)k > nlen || memcmp(name + n, dec, (size_t)k) != 0)
                return 0;
            n += (size_t)k;
        } else {
            if (n >= nlen || name[n] != buf[pos])
                return 0;
            n++;
            pos++;
        }
    }
    return n == nlen;
}

int64_t cc_json__member(const char *buf, size_t len, size_t pos, const char *name)
{
    cc_json_iter it;
    size_t k, ke, v, ve;

    if (pos >= len || buf[pos] != '{' || cc_json__iter_init(&it, buf, len, pos) != 0)
        return -1;
    while (cc_json__iter_next(&it, &k, &ke, &v, &ve) == 1) {
        if (cc_json__key_eq(buf, k, ke, name))
            return (int64_t)v; /* the first: duplicate keys are rejected anyway */
    }
    return -1;
}

int64_t cc_json__element(const char *buf, size_t len, size_t pos, size_t i)
{
    cc_json_iter it;
    size_t k, ke, v, ve;

    if (pos >= len || buf[pos] != '[' || cc_json__iter_init(&it, buf, len, pos) != 0)
        return -1;
    while (cc_json__iter_next(&it, &k, &ke, &v, &ve) == 1) {
        if (it.count == i + 1)
            return (int64_t)v;
    }
    return -1;
}

size_t cc_json__locate(const char *buf, size_t len, size_t pos, const char *path, int *complete)
{
    const char *p = path;

    if (complete)
        *complete = 0;
    pos = cc_json__skip_ws(buf, len, pos);
    while (*p) {
        int64_t next;
        if (*p == '.') {
            p++;
            continue;
        }
        if (*p == '[') {
            size_t i = 0;
            for (p++; *p >= '0' && *p <= '9'; p++)
                i = i * 10 + (size_t)(*p - '0');
            if (*p == ']')
                p++;
            next = cc_json__element(buf, len, pos, i);
        } else {
            char name[128];
            size_t n = strcspn(p, ".[");
            if (n >= sizeof name)
                return pos;
            memcpy(name, p, n);
            name[n] = '\0';
            p += n;
            next = cc_json__member(buf, len, pos, name);
        }
        if (next < 0)
            return pos;
        pos = (size_t)next;
    }
    if (complete)
        *complete = 1;
    return pos;
}

size_t cc_json__string_offset(const char *buf, size_t len, size_t pos, size_t rel)
{
    size_t end = pos + 1 + rel;

    if (pos >= len || buf[pos] != '"' || end >= len)
        return pos;
    if (memchr(buf + pos + 1, '\\', rel) != NULL || memchr(buf + pos + 1, '"', rel) != NULL)
        return pos;
    return end;
}
