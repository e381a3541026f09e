/*
 * cmd_check.c - `crosscheck check`: claims JSON in, report out.
 */
#include <stdio.h>
#include <string.h>

#include "cli.h"

void cmd_check_help(void)
{
    fputs("usage: crosscheck check [options] [FILE|-]\n"
          "\n"
          "Read claims JSON (FILE, or standard input when FILE is '-' or absent), group the\n"
          "claims by subject, measure, date, scope and attribution, normalise currencies and\n"
          "hedges, and report which figures agree and which contradict.\n"
          "\n"
          "options:\n"
          "  --format json|text   report format (default: text)\n"
          "  --currency CODE      convert money to this ISO 4217 code (default: each group's\n"
          "                       most frequent currency)\n"
          "  --fx-window DAYS     use the ECB rates of DAYS days around a claim's date\n"
          "                       (default 1; widened over weekends and holidays)\n"
          "  --rates FILE         add or override rates from a CSV in the ECB layout\n"
          "  --lenient            compare the lenient intervals of hedged figures\n"
          "  -o, --output FILE    write the report to FILE (all or nothing) instead of stdout\n"
          "  -h, --help           show this help\n"
          "\n"
          "exit status: 0 no contradiction, 1 contradictions found (a conflict or a split),\n"
          "2 usage or input error (nothing is written to the output then)\n",
          stdout);
}

int cmd_check(int argc, char **argv)
{
    cli_args a;
    cc_check_options opts = CC_CHECK_OPTIONS_INIT;
    cc_format format = CC_FORMAT_TEXT;
    const char *input = NULL, *output = NULL, *rates_path = NULL;
    cli_report_options shared = {&format, &opts, &opts.fx_window_days, &rates_path, &output, NULL};
    int known;
    cc_error err;
    cc_rates *rates = NULL;
    cc_claimset *set = NULL;
    cc_report *report = NULL;
    char *out = NULL;
    size_t out_len = 0;
    int status = CLI_EXIT_ERROR;

    cli_args_init(&a, argc, argv);
    while (cli_next(&a)) {
        if (!a.name) {
            if (input) {
                cli_fail("check takes one input file, got '%s' and '%s'", input, a.value);
                return CLI_EXIT_ERROR;
            }
            input = a.value;
        } else if (cli_is(&a, "--help", "-h")) {
            cmd_check_help();
            return CLI_EXIT_OK;
        } else if ((known = cli_report_option(&a, &shared)) != 0) {
            if (known < 0)
                return CLI_EXIT_ERROR;
        } else {
            cli_fail("unknown option '%s' for check (see crosscheck check --help)", a.name);
            return CLI_EXIT_ERROR;
        }
    }
    if (!input)
        input = "-";
    if (cli_load_rates(&rates, rates_path) != 0)
        goto done;
    if (cc_claimset_load_file(&set, input, &err) != CC_OK) {
        cli_fail_error(&err, strcmp(input, "-") == 0 ? "<stdin>" : input);
        goto done;
    }
    if (cc_check(&report, set, rates, &opts, &err) != CC_OK) {
        cli_fail_error(&err, NULL);
        goto done;
    }
    if (cc_report_write(report, format, &out, &out_len, &err) != CC_OK) {
        cli_fail_error(&err, NULL);
        goto done;
    }
    if (cli_write_output(output, out, out_len) != 0)
        goto done;
    status = cli_report_status(report);
done:
    cc_free(out);
    cc_report_free(report);
    cc_claimset_free(set);
    cc_rates_free(rates);
    return status;
}
