/*
 * cmd_verify.c - `crosscheck verify "CLAIM" ARTICLE...`: one claim against
 * the articles, per source: supports, contradicts (with the gap), not found.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

void cmd_verify_help(void)
{
    fputs("usage: crosscheck verify [options] \"CLAIM\" ARTICLE...\n"
          "\n"
          "Check one claim (words and exactly one figure, e.g. \"Nvidia verlor am\n"
          "27. Januar 2025 rund 589 Milliarden Dollar an Börsenwert\") against articles:\n"
          "in each source the figure of the same kind with the most similar words is\n"
          "compared with the claim, which it supports, contradicts (with the gap), or\n"
          "nothing is found.\n"
          "\n"
          "options:\n"
          "  --lang de|en|auto    language of the claim and the articles\n"
          "  --format json|text   output format (default: text)\n"
          "  --fx-window DAYS     ECB rates of DAYS days around the claim's date (default 1)\n"
          "  --rates FILE         add or override rates from a CSV in the ECB layout\n"
          "  -o, --output FILE    write to FILE (all or nothing) instead of stdout\n"
          "  -h, --help           show this help\n"
          "\n"
          "exit status: 0 no source contradicts, 1 a source contradicts the claim,\n"
          "2 usage or input error\n",
          stdout);
}

int cmd_verify(int argc, char **argv)
{
    cli_args a;
    cc_check_options copts = CC_CHECK_OPTIONS_INIT;
    cc_run_options ropts = CC_RUN_OPTIONS_INIT;
    cc_format format = CC_FORMAT_TEXT;
    const char *output = NULL, *rates_path = NULL, *claim = NULL;
    cli_report_options shared = {&format,     NULL,    &copts.fx_window_days,
                                 &rates_path, &output, &ropts.lang};
    int known;
    char **files = NULL;
    size_t nfiles = 0, contradictions = 0, out_len = 0;
    cc_error err;
    cc_rates *rates = NULL;
    cc_corpus *corpus = NULL;
    char *out = NULL;
    int status = CLI_EXIT_ERROR;

    if (!(files = calloc((size_t)argc + 1, sizeof *files))) {
        cli_fail("out of memory");
        return CLI_EXIT_ERROR;
    }
    cli_args_init(&a, argc, argv);
    while (cli_next(&a)) {
        if (!a.name) {
            if (!claim)
                claim = a.value;
            else
                files[nfiles++] = (char *)a.value;
        } else if (cli_is(&a, "--help", "-h")) {
            cmd_verify_help();
            status = CLI_EXIT_OK;
            goto done;
        } else if ((known = cli_report_option(&a, &shared)) != 0) {
            if (known < 0)
                goto done;
        } else {
            cli_fail("unknown option '%s' for verify (see crosscheck verify --help)", a.name);
            goto done;
        }
    }
    if (!claim || !nfiles) {
        cli_fail("verify needs a claim and at least one article (see crosscheck verify --help)");
        goto done;
    }
    if (cli_load_rates(&rates, rates_path) != 0)
        goto done;
    ropts.check = &copts;
    ropts.rates = rates;
    if (cli_open_corpus(&corpus, &ropts, files, nfiles) != 0)
        goto done;
    if (cc_verify(&out, &out_len, corpus, claim, strlen(claim), ropts.lang, format, &contradictions,
                  &err) != CC_OK) {
        cli_fail_error(&err, NULL);
        goto done;
    }
    if (cli_write_output(output, out, out_len) != 0)
        goto done;
    status = contradictions ? CLI_EXIT_CONTRADICTION : CLI_EXIT_OK;
done:
    cc_free(out);
    cc_corpus_free(corpus);
    cc_rates_free(rates);
    free(files);
    return status;
}
