/*
 * embed.c - the smallest useful program on libcrosscheck: build a claim set
 * by hand, check it, print the text report. Build it against an installed
 * crosscheck with:
 *
 *     cc embed.c $(pkg-config --cflags --libs crosscheck) -o embed
 *
 * Exit status: 0 no contradiction, 1 contradictions, 2 error.
 */
#include <stdio.h>

#include <crosscheck.h>

static int add(cc_claimset *set, const char *id, const char *source, const char *text,
               cc_error *err)
{
    cc_claim_fields c = CC_CLAIM_FIELDS_INIT;
    c.id = id;
    c.source = source;
    c.subject = "Nvidia";
    c.measure = "market value loss";
    c.date = "2025-01-27";
    c.text = text;
    return cc_claimset_add_claim(set, &c, err);
}

int main(void)
{
    cc_error err;
    cc_claimset *set = NULL;
    cc_report *report = NULL;
    char *text = NULL;
    int status = 2;

    if (cc_claimset_new(&set, &err) != CC_OK ||
        cc_claimset_add_source(set, "tagesblatt", "Tagesblatt", "2025-01-28", "de", NULL, &err) ||
        cc_claimset_add_source(set, "ledger", "The Ledger", "2025-01-28", "en", NULL, &err) ||
        cc_claimset_add_source(set, "kurier", "Kurier", "2025-01-28", "de", NULL, &err) ||
        add(set, "a", "tagesblatt", "589 Milliarden US-Dollar", &err) ||
        add(set, "b", "ledger", "nearly $600 billion", &err) ||
        add(set, "c", "kurier", "gut 460 Milliarden Dollar", &err) ||
        cc_check(&report, set, NULL, NULL, &err) ||
        cc_report_write(report, CC_FORMAT_TEXT, &text, NULL, &err)) {
        fprintf(stderr, "embed: %s\n", err.message);
        goto done;
    }
    fputs(text, stdout);
    status = cc_report_contradiction_count(report) > 0 ? 1 : 0;
done:
    cc_free(text);
    cc_report_free(report);
    cc_claimset_free(set);
    return status;
}
