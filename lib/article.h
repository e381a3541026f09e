/*
 * article.h - reading an article: the optional front-matter block of
 * DESIGN.md ("---" lines around "key: value" lines). Internal.
 */
#ifndef CC_ARTICLE_H
#define CC_ARTICLE_H

#include <stddef.h>

#include "crosscheck.h"

enum {
    CC_META_SOURCE,
    CC_META_NAME,
    CC_META_PUBLISHED,
    CC_META_LANG,
    CC_META_URL,
    CC_META_N
};

/** The front matter's values as byte ranges of the text (len 0 = absent). */
typedef struct cc_article_meta {
    size_t at[CC_META_N];
    size_t len[CC_META_N];
} cc_article_meta;

/**
 * Read the front matter at the start of text (after an optional UTF-8 BOM).
 * @param body  receives the offset where the article's text begins (0 when
 *              there is no front matter).
 * @param name  the input's name for errors.
 * @return CC_OK; CC_ESYNTAX with line and column for a line that is not
 *         "key: value", an unknown key, or a block without its closing "---".
 */
cc_status cc_article__front_matter(const char *text, size_t len, cc_article_meta *meta,
                                   size_t *body, const char *name, cc_error *err);

#endif
