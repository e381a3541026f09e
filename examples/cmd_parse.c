/*
 * cmd_parse.c - `crosscheck parse`: show how crosscheck reads a figure
 * ("fast 600 Mrd. $" -> 570e9..600e9 USD, approx_below).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

void cmd_parse_help(void)
{
    fputs("usage: crosscheck parse [--lang de|en|auto] [--format json|text] TEXT...\n"
          "\n"
          "Read each TEXT as one figure and show what crosscheck makes of it: the exact\n"
          "decimal written, the scale, the unit, the hedge class and word, and the strict\n"
          "and lenient intervals. Useful to see why two figures agree or not.\n"
          "\n"
          "options:\n"
          "  --lang de|en|auto    language of the texts (default auto)\n"
          "  --format json|text   one JSON object per line, or a readable line (default text)\n"
          "  -h, --help           show this help\n"
          "\n"
          "exit status: 0 all texts read, 2 a text could not be read (message on stderr)\n",
          stdout);
}

/* Print a double as JSON: shortest form that round-trips; null if infinite. */
static void json_number(FILE *f, double v)
{
    char buf[40];
    if (!isfinite(v)) {
        fputs("null", f);
        return;
    }
    for (int prec = 15; prec <= 17; prec++) {
        snprintf(buf, sizeof buf, "%.*g", prec, v);
        if (strtod(buf, NULL) == v)
            break;
    }
    fputs(buf, f);
}

static void json_string(FILE *f, const char *s)
{
    fputc('"', f);
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\')
            fprintf(f, "\\%c", c);
        else if (c < 0x20)
            fprintf(f, "\\u%04x", c);
        else
            fputc(c, f);
    }
    fputc('"', f);
}

static void print_json(FILE *f, const char *text, const cc_quantity *q)
{
    double lo, hi, llo, lhi;
    int lo_open, hi_open;
    cc_quantity_interval(q, 0, &lo, &hi, &lo_open, &hi_open);
    cc_quantity_interval(q, 1, &llo, &lhi, NULL, NULL);
    fputs("{\"text\": ", f);
    json_string(f, text);
    fputs(", \"digits\": ", f);
    json_string(f, cc_quantity_digits(q));
    if (cc_quantity_hedge(q) == CC_HEDGE_RANGE) {
        fputs(", \"digits_high\": ", f);
        json_string(f, cc_quantity_digits_high(q));
    }
    fprintf(f, ", \"scale\": %d, \"unit\": ", cc_quantity_scale(q));
    json_string(f, cc_quantity_unit(q));
    fputs(", \"dimension\": ", f);
    json_string(f, cc_dimension_name(cc_quantity_dimension(q)));
    fputs(", \"hedge\": ", f);
    json_string(f, cc_hedge_name(cc_quantity_hedge(q)));
    fputs(", \"hedge_word\": ", f);
    json_string(f, cc_quantity_hedge_word(q));
    fputs(", \"value\": ", f);
    json_number(f, cc_quantity_value(q));
    fputs(", \"low\": ", f);
    json_number(f, lo);
    fputs(", \"high\": ", f);
    json_number(f, hi);
    fprintf(f, ", \"low_open\": %s, \"high_open\": %s", lo_open ? "true" : "false",
            hi_open ? "true" : "false");
    fputs(", \"lenient_low\": ", f);
    json_number(f, llo);
    fputs(", \"lenient_high\": ", f);
    json_number(f, lhi);
    fputs("}\n", f);
}

static void print_text(FILE *f, const char *text, const cc_quantity *q)
{
    double lo, hi, llo, lhi;
    int lo_open, hi_open;
    const char *word = cc_quantity_hedge_word(q);
    cc_quantity_interval(q, 0, &lo, &hi, &lo_open, &hi_open);
    cc_quantity_interval(q, 1, &llo, &lhi, NULL, NULL);
    fprintf(f, "%s\n  %s", text, cc_quantity_digits(q));
    if (cc_quantity_hedge(q) == CC_HEDGE_RANGE)
        fprintf(f, " to %s", cc_quantity_digits_high(q));
    if (cc_quantity_scale(q))
        fprintf(f, " x 1e%d", cc_quantity_scale(q));
    fprintf(f, " %s (%s), %s%s%s%s\n", cc_quantity_unit(q),
            cc_dimension_name(cc_quantity_dimension(q)), cc_hedge_name(cc_quantity_hedge(q)),
            word[0] ? " \"" : "", word, word[0] ? "\"" : "");
    fprintf(f, "  strict  %c%.6g, %.6g%c\n", lo_open ? '(' : '[', lo, hi, hi_open ? ')' : ']');
    fprintf(f, "  lenient [%.6g, %.6g]\n", llo, lhi);
}

int cmd_parse(int argc, char **argv)
{
    cli_args a;
    const char *lang = NULL, *v;
    cc_format format = CC_FORMAT_TEXT;
    const char *texts[256];
    int ntexts = 0;

    cli_args_init(&a, argc, argv);
    while (cli_next(&a)) {
        if (!a.name) {
            if (ntexts == (int)(sizeof texts / sizeof texts[0])) {
                cli_fail("parse takes at most 256 texts at once");
                return CLI_EXIT_ERROR;
            }
            texts[ntexts++] = a.value;
        } else if (cli_is(&a, "--help", "-h")) {
            cmd_parse_help();
            return CLI_EXIT_OK;
        } else if (cli_is(&a, "--lang", NULL)) {
            if (!(lang = cli_value(&a)))
                return CLI_EXIT_ERROR;
            if (strcmp(lang, "auto") == 0)
                lang = NULL;
        } else if (cli_is(&a, "--format", NULL)) {
            if (!(v = cli_value(&a)) || cli_parse_format(v, &format) != 0)
                return CLI_EXIT_ERROR;
        } else {
            cli_fail("unknown option '%s' for parse (see crosscheck parse --help)", a.name);
            return CLI_EXIT_ERROR;
        }
    }
    if (ntexts == 0) {
        cli_fail("parse needs a text to read, e.g. crosscheck parse 'fast 600 Mrd. $'");
        return CLI_EXIT_ERROR;
    }
    /* Read everything first: on error nothing is printed on stdout. */
    {
        cc_quantity *qs[256];
        int status = CLI_EXIT_OK;
        for (int i = 0; i < ntexts; i++) {
            cc_error err;
            qs[i] = NULL;
            if (status == CLI_EXIT_OK &&
                cc_quantity_parse(&qs[i], texts[i], strlen(texts[i]), lang, &err) != CC_OK) {
                char name[32];
                snprintf(name, sizeof name, "<text %d>", i + 1);
                if (!err.source[0])
                    strcpy(err.source, name);
                cli_fail_error(&err, name);
                status = CLI_EXIT_ERROR;
            }
        }
        for (int i = 0; i < ntexts && status == CLI_EXIT_OK; i++) {
            if (format == CC_FORMAT_JSON)
                print_json(stdout, texts[i], qs[i]);
            else
                print_text(stdout, texts[i], qs[i]);
        }
        for (int i = 0; i < ntexts; i++)
            cc_quantity_free(qs[i]);
        return status;
    }
}
