/*
 * strpool.c - append-only string pool and the key interning table.
 */
#include "strpool.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "common.h"

void cc_strpool__init(cc_strpool *p)
{
    p->data = NULL;
    p->len = 0;
    p->cap = 0;
}

void cc_strpool__free(cc_strpool *p)
{
    free(p->data);
    cc_strpool__init(p);
}

cc_sref cc_strpool__add(cc_strpool *p, const char *s, size_t n)
{
    size_t at;
    if (p->len == 0) {
        /* reserve offset 0 as the empty string "none" */
        if (cc__grow((void **)&p->data, &p->cap, 1, 1) != 0)
            return 0;
        p->data[0] = '\0';
        p->len = 1;
    }
    if (n >= UINT32_MAX - p->len)
        return 0;
    if (cc__grow((void **)&p->data, &p->cap, p->len + n + 1, 1) != 0)
        return 0;
    at = p->len;
    if (n)
        memcpy(p->data + at, s, n);
    p->data[at + n] = '\0';
    p->len += n + 1;
    return (cc_sref)at;
}

int cc_intern__init(cc_intern *t, cc_strpool *pool)
{
    memset(t, 0, sizeof *t);
    t->pool = pool;
    t->cap = 16;
    t->display = cc__calloc(t->cap, sizeof *t->display);
    t->folded = cc__calloc(t->cap, sizeof *t->folded);
    t->nslots = 32;
    t->slots = cc__calloc(t->nslots, sizeof *t->slots);
    if (!t->display || !t->folded || !t->slots) {
        cc_intern__free(t);
        return -1;
    }
    t->count = 1; /* id 0 = unspecified */
    return 0;
}

void cc_intern__free(cc_intern *t)
{
    free(t->slots);
    free(t->display);
    free(t->folded);
    memset(t, 0, sizeof *t);
}

/* Fold s[0..n) into buf: case folded, white space runs collapsed to one
 * space, trimmed. Returns the folded length, or (size_t)-1 if buf is short. */
static size_t fold(const char *s, size_t n, char *buf, size_t bufsize)
{
    size_t o = 0;
    int pending_space = 0;
    int32_t i = 0;
    int32_t len = n > INT32_MAX ? INT32_MAX : (int32_t)n;
    while (i < len) {
        UChar32 c;
        unsigned char b = (unsigned char)s[i];
        if (b < 0x80) {
            c = b;
            i++;
        } else {
            U8_NEXT(s, i, len, c);
            if (c < 0)
                c = 0xFFFD;
        }
        if (c < 0x80 ? (c == ' ' || (c >= '\t' && c <= '\r')) : u_isUWhiteSpace(c)) {
            pending_space = o > 0;
            continue;
        }
        if (pending_space) {
            if (o + 1 > bufsize)
                return (size_t)-1;
            buf[o++] = ' ';
            pending_space = 0;
        }
        if (c < 0x80) {
            if (o + 1 > bufsize)
                return (size_t)-1;
            buf[o++] = (char)((c >= 'A' && c <= 'Z') ? c + 32 : c);
        } else {
            UBool err = 0;
            c = u_foldCase(c, U_FOLD_CASE_DEFAULT);
            if (o + 4 > bufsize)
                return (size_t)-1;
            U8_APPEND((uint8_t *)buf, o, bufsize, c, err);
            if (err)
                return (size_t)-1;
        }
    }
    return o;
}

static int rehash(cc_intern *t)
{
    size_t nslots = t->nslots * 2;
    uint32_t *slots = cc__calloc(nslots, sizeof *slots);
    if (!slots)
        return -1;
    for (size_t id = 1; id < t->count; id++) {
        const char *f = cc_strpool__get(t->pool, t->folded[id]);
        size_t h = (size_t)cc__hash(f, strlen(f)) & (nslots - 1);
        while (slots[h])
            h = (h + 1) & (nslots - 1);
        slots[h] = (uint32_t)id + 1;
    }
    free(t->slots);
    t->slots = slots;
    t->nslots = nslots;
    return 0;
}

uint32_t cc_intern__add(cc_intern *t, const char *s, size_t n)
{
    char stackbuf[256];
    char *buf = stackbuf;
    size_t bufsize = sizeof stackbuf, flen;
    size_t h;
    uint32_t result = UINT32_MAX;

    if (!s)
        return 0;
    flen = fold(s, n, buf, bufsize);
    if (flen == (size_t)-1) {
        bufsize = n * 4 + 8;
        buf = cc__malloc(bufsize);
        if (!buf)
            return UINT32_MAX;
        flen = fold(s, n, buf, bufsize);
        if (flen == (size_t)-1)
            goto done;
    }
    if (flen == 0) {
        result = 0;
        goto done;
    }
    h = (size_t)cc__hash(buf, flen) & (t->nslots - 1);
    while (t->slots[h]) {
        uint32_t id = t->slots[h] - 1;
        const char *f = cc_strpool__get(t->pool, t->folded[id]);
        if (strlen(f) == flen && memcmp(f, buf, flen) == 0) {
            result = id;
            goto done;
        }
        h = (h + 1) & (t->nslots - 1);
    }
    /* new id */
    if (t->count + 1 > t->cap) {
        size_t cap = t->cap, cap2 = t->cap;
        if (cc__grow((void **)&t->display, &cap, t->count + 1, sizeof *t->display) != 0 ||
            cc__grow((void **)&t->folded, &cap2, t->count + 1, sizeof *t->folded) != 0)
            goto done;
        t->cap = cap < cap2 ? cap : cap2;
    }
    {
        cc_sref d = cc_strpool__add(t->pool, s, n);
        cc_sref f = d ? cc_strpool__add(t->pool, buf, flen) : 0;
        uint32_t id;
        if (!d || !f)
            goto done;
        id = (uint32_t)t->count++;
        t->display[id] = d;
        t->folded[id] = f;
        t->slots[h] = id + 1;
        if (t->count * 2 > t->nslots && rehash(t) != 0) {
            t->count--;
            t->slots[h] = 0;
            goto done;
        }
        result = id;
    }
done:
    if (buf != stackbuf)
        free(buf);
    return result;
}

const char *cc_intern__display(const cc_intern *t, uint32_t id)
{
    if (id == 0 || id >= t->count)
        return NULL;
    return cc_strpool__get(t->pool, t->display[id]);
}
