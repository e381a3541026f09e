/*
 * json_locate.h - a small linear scanner over raw JSON text. It knows only
 * the structure (strings with escapes, nesting, separators) and is used to
 * walk the top level and the arrays of a claims file element by element,
 * and to find the byte offset of a value (claims[i].field) when an error
 * must point at it. jansson parses the values themselves. Internal.
 */
#ifndef CC_JSON_LOCATE_H
#define CC_JSON_LOCATE_H

#include <stddef.h>
#include <stdint.h>

/** Returned by the skip functions for malformed or truncated input. */
#define CC_JSON_BAD SIZE_MAX

/** The offset of the first byte at or after pos that is not JSON white space. */
size_t cc_json__skip_ws(const char *buf, size_t len, size_t pos);

/**
 * The offset just after the string whose opening quote is at pos, or
 * CC_JSON_BAD if buf[pos] is not '"' or the string is not closed.
 */
size_t cc_json__skip_string(const char *buf, size_t len, size_t pos);

/**
 * The offset just after the value starting at pos. Structural only:
 * containers are matched by nesting depth (strings skipped), scalars run to
 * the next delimiter; their content is not validated. CC_JSON_BAD if the
 * input ends inside the value or no value starts at pos.
 */
size_t cc_json__skip_value(const char *buf, size_t len, size_t pos);

/** Iterator over the members of an object or the elements of an array. */
typedef struct cc_json_iter {
    const char *buf;
    size_t len;
    size_t pos;   /* next byte to read; on error, the offending byte */
    size_t count; /* items returned so far */
    char close;   /* '}' or ']' */
} cc_json_iter;

/** Start iterating the container at pos. Returns 0, or -1 if no '{' or '[' is there. */
int cc_json__iter_init(cc_json_iter *it, const char *buf, size_t len, size_t pos);

/**
 * The next item. For objects, *key and *key_end receive the key string's
 * span (quotes included); for arrays they are set to the value's span.
 * *val and *val_end receive the value's span.
 * @return 1 for an item, 0 at the end (it->pos just after the closing
 *         bracket), -1 for malformed structure (it->pos at the offending byte).
 */
int cc_json__iter_next(cc_json_iter *it, size_t *key, size_t *key_end, size_t *val,
                       size_t *val_end);

/**
 * 1 if the JSON string at [key, key_end) (quotes included) equals the
 * NUL-terminated `name` after decoding escapes, else 0.
 */
int cc_json__key_eq(const char *buf, size_t key, size_t key_end, const char *name);

/** Offset of member `name`'s value in the object at pos, or -1 if absent. */
int64_t cc_json__member(const char *buf, size_t len, size_t pos, const char *name);

/** Offset of element i of the array at pos, or -1 if absent. */
int64_t cc_json__element(const char *buf, size_t len, size_t pos, size_t i);

/**
 * Offset of a path below the value at pos: member names and [i] indices,
 * e.g. "claims[3].quantity.value" (names may not contain '.' or '[').
 * Returns the value's offset if the whole path exists, else the offset of
 * the deepest prefix that does (pos for none); *complete (may be NULL)
 * receives 1 if the whole path was found, else 0.
 */
size_t cc_json__locate(const char *buf, size_t len, size_t pos, const char *path, int *complete);

/**
 * Offset in buf of the decoded byte `rel` of the JSON string whose opening
 * quote is at pos: pos + 1 + rel when no escape comes before that byte,
 * else pos (the string's start).
 */
size_t cc_json__string_offset(const char *buf, size_t len, size_t pos, size_t rel);

#endif
