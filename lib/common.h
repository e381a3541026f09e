/*
 * common.h - internal helpers shared by every module: error reporting,
 * checked allocation, small utilities. Not installed.
 */
#ifndef CC_COMMON_H
#define CC_COMMON_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include "crosscheck.h"

#if defined(__GNUC__)
#define CC_PRINTF(fmt, args) __attribute__((format(printf, fmt, args)))
#else
#define CC_PRINTF(fmt, args)
#endif

/**
 * Record an error in `err` (may be NULL) and return `code`. The first error
 * wins: if err->code is already non-zero it is left alone. Callers reset
 * err with cc_error__clear() at the public entry point.
 * line/column are 1-based (0 = none), offset is a byte offset (-1 = none),
 * source may be NULL.
 */
cc_status cc_error__set(cc_error *err, cc_status code, const char *source, int line, int column,
                        int64_t offset, const char *fmt, ...) CC_PRINTF(7, 8);

/** Shorthand: an error without a position. */
cc_status cc_error__msg(cc_error *err, cc_status code, const char *fmt, ...) CC_PRINTF(3, 4);

/** Reset err (if not NULL) to "no error" at the start of a public call. */
void cc_error__clear(cc_error *err);

/**
 * Compute the 1-based line and column (in code points) of byte `offset` in
 * buf[0..len). Used to turn byte offsets into positions for messages.
 */
void cc_error__position(const char *buf, size_t len, size_t offset, int *line, int *column);

/** Copy `s` into the error's message-safe form: at most `max` bytes, quotes
 *  and control characters escaped, "..." when cut. Writes a NUL-terminated
 *  string into out (size outsize). For naming tokens in messages. */
void cc_error__token(char *out, size_t outsize, const char *s, size_t len);

/* Allocation: plain malloc family; NULL on failure, callers return CC_ENOMEM. */
void *cc__malloc(size_t n);
void *cc__calloc(size_t count, size_t n);
void *cc__realloc(void *p, size_t n);
/* Grow an array to hold at least `need` elements of `elem` bytes.
 * Returns 0 or -1 (out of memory; *arr unchanged). */
int cc__grow(void **arr, size_t *cap, size_t need, size_t elem);
char *cc__strndup(const char *s, size_t n);

/**
 * Copy the phrase t[0..n) into out[size] on one line: each run of white
 * space (space, tab, LF, CR) is one space ("more\nthan" of a wrapped line
 * is "more than"); cut at a code point boundary to fit. @return its length.
 */
size_t cc__one_line(const char *t, size_t n, char *out, size_t size);

/**
 * For the chaos tests: make the n-th allocation from now (0 = the next
 * one) of cc__malloc/calloc/realloc/grow/strndup fail, once; -1 fails
 * none. @return the number of allocations made since the previous call.
 * Not thread-safe; jansson's and ICU's own allocations are not counted.
 */
long cc__alloc_fail_at(long n);

/** Read a whole file into a NUL-terminated buffer (caller frees with free()).
 *  "-" reads standard input. Errors: CC_EIO with the system's reason. */
cc_status cc__read_file(const char *path, char **out, size_t *len, cc_error *err);

/** ASCII helpers, locale independent. */
int cc__ascii_casecmp(const char *a, const char *b);
int cc__ascii_ncasecmp(const char *a, const char *b, size_t n);

/** 64-bit FNV-1a hash. */
uint64_t cc__hash(const void *data, size_t len);

#endif
