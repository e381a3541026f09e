/*
 * fuzz_claims.c - fuzz target: claims JSON -> claim set -> check -> both
 * report formats. The first byte picks options (currency, lenient, window).
 */
#include <stddef.h>
#include <stdint.h>

#include "crosscheck.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const currencies[] = {NULL, "USD", "EUR", "JPY"};
    cc_check_options opts = CC_CHECK_OPTIONS_INIT;
    cc_claimset *set = NULL;
    cc_report *report = NULL;
    char *out = NULL;
    cc_error err;

    if (size > 0) {
        opts.currency = currencies[data[0] & 3];
        opts.lenient = (data[0] >> 2) & 1;
        opts.fx_window_days = (data[0] >> 3) & 7;
        data++;
        size--;
    }
    if (cc_claimset_load_json(&set, (const char *)data, size, "<fuzz>", &err) == CC_OK &&
        cc_check(&report, set, NULL, &opts, &err) == CC_OK) {
        if (cc_report_write(report, CC_FORMAT_JSON, &out, NULL, &err) == CC_OK)
            cc_free(out);
        out = NULL;
        if (cc_report_write(report, CC_FORMAT_TEXT, &out, NULL, &err) == CC_OK)
            cc_free(out);
    }
    cc_report_free(report);
    cc_claimset_free(set);
    return 0;
}
