/*
 * fuzz_extract.c - fuzz target: article text -> mentions -> claims JSON and
 * text, and each mention's quantity text through cc_quantity_parse. The
 * first byte picks the language.
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "crosscheck.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const langs[] = {NULL, "de", "en", "auto"};
    cc_extract_options opts = CC_EXTRACT_OPTIONS_INIT;
    cc_extraction *x = NULL;
    cc_quantity *q = NULL;
    const char *text;
    char *out = NULL;
    cc_error err;

    if (size > 0) {
        opts.lang = langs[data[0] & 3];
        opts.source = "fuzz";
        data++;
        size--;
    }
    text = (const char *)data;
    if (cc_extract(&x, text, size, &opts, &err) == CC_OK) {
        const cc_extraction *xs[1] = {x};
        const char *texts[1] = {text};
        size_t lens[1] = {size};
        for (size_t i = 0; i < cc_extraction_count(x); i++) {
            size_t start, end;
            cc_extraction_span(x, i, &start, &end);
            if (start <= end && end <= size &&
                cc_quantity_parse(&q, text + start, end - start, cc_extraction_lang(x), &err) ==
                    CC_OK)
                cc_quantity_free(q);
            q = NULL;
        }
        if (cc_extraction_write(xs, texts, lens, 1, CC_FORMAT_JSON, &out, NULL, &err) == CC_OK)
            cc_free(out);
        out = NULL;
        if (cc_extraction_write(xs, texts, lens, 1, CC_FORMAT_TEXT, &out, NULL, &err) == CC_OK)
            cc_free(out);
    }
    cc_extraction_free(x);
    /* the whole input as one claim text, too */
    if (cc_quantity_parse(&q, text, size, opts.lang, &err) == CC_OK)
        cc_quantity_free(q);
    return 0;
}
