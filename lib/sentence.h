/*
 * sentence.h - sentence boundaries around mentions (ICU, CLDR rules).
 * Internal.
 */
#ifndef CC_SENTENCE_H
#define CC_SENTENCE_H

#include <stddef.h>

#include "crosscheck.h"

typedef struct cc_sentences cc_sentences;

/** A sentence finder for an ICU locale ("de"). CC_OK, CC_ENOMEM, CC_EICU. */
cc_status cc_sentences__new(cc_sentences **out, const char *locale);
void cc_sentences__free(cc_sentences *s);

/**
 * 1 (the default): plain sentences are read directly by the rules of
 * UAX #29 and ICU is asked only where they are unsure; 0: always ICU
 * (for tests that compare both).
 */
void cc_sentences__set_direct(cc_sentences *s, int on);

/** Point the finder at a text (borrowed; it must outlive the calls). */
void cc_sentences__reset(cc_sentences *s, const char *text, size_t len);

/**
 * The sentence around text[start..end): byte offsets of its start and end
 * (without trailing white space). Calls must come in text order for the
 * reuse of the last sentence to apply; any order is correct.
 * @return 0, or -1 if ICU failed.
 */
int cc_sentences__find(cc_sentences *s, size_t start, size_t end, size_t *ss, size_t *se);

#endif
