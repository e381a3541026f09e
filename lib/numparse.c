/* numparse.c - quantity text parsing (being written). */
#include "common.h"
#include "quantity.h"

cc_status cc_quantity__parse(cc_quantity *q, const char *text, size_t len, const char *lang,
                             cc_error *err)
{
    (void)q;
    (void)text;
    (void)len;
    (void)lang;
    return cc_error__msg(err, CC_EQUANTITY, "quantity text parsing is not implemented yet");
}

cc_status cc_quantity_parse(cc_quantity **out, const char *text, size_t len, const char *lang,
                            cc_error *err)
{
    cc_error__clear(err);
    if (out)
        *out = NULL;
    return cc_quantity__parse(NULL, text, len, lang, err);
}
