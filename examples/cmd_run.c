/*
 * cmd_run.c - `crosscheck run`: articles in, cross-source report out
 * (extract, group, check). Also the shared reading of articles for
 * `crosscheck verify`.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

void cmd_run_help(void)
{
    fputs("usage: crosscheck run [options] ARTICLE...\n"
          "\n"
          "Read articles (UTF-8 text with an optional front-matter block, or a JSON array\n"
          "of {\"source\", \"published\", \"lang\", \"text\"} objects), find their figures,\n"
          "decide which figures of different sources speak of the same thing, and report\n"
          "which agree and which contradict. Each group says why its figures were grouped\n"
          "(the shared words) and how confident the grouping is; figures that fit no group\n"
          "are listed as unmatched.\n"
          "\n"
          "options:\n"
          "  --lang de|en|auto    language of the articles (default: front matter, else\n"
          "                       detected per article)\n"
          "  --format json|text   report format (default: text)\n"
          "  --currency CODE      convert money to this ISO 4217 code (default: each group's\n"
          "                       most frequent currency)\n"
          "  --fx-window DAYS     ECB rates of DAYS days around a claim's date (default 1)\n"
          "  --rates FILE         add or override rates from a CSV in the ECB layout\n"
          "  --lenient            compare the lenient intervals of hedged figures\n"
          "  -o, --output FILE    write the report to FILE (all or nothing) instead of stdout\n"
          "  -h, --help           show this help\n"
          "\n"
          "exit status: 0 no contradiction, 1 contradictions found, 2 usage or input error\n"
          "(a missing, empty or invalid UTF-8 article, an unknown language; nothing is\n"
          "written to the output then)\n",
          stdout);
}

static int read_all(const char *path, char **out, size_t *len)
{
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    char *buf = NULL;
    size_t n = 0, cap = 0;
    if (!f) {
        cli_fail("%s: cannot read: %s", path, strerror(errno));
        return -1;
    }
    for (;;) {
        size_t got;
        if (n + 65536 > cap) {
            char *nb = realloc(buf, cap = (cap ? cap * 2 : 65536));
            if (!nb) {
                free(buf);
                if (f != stdin)
                    fclose(f);
                cli_fail("%s: out of memory", path);
                return -1;
            }
            buf = nb;
        }
        got = fread(buf + n, 1, cap - n - 1, f);
        n += got;
        if (got == 0)
            break;
    }
    if (ferror(f)) {
        cli_fail("%s: cannot read: %s", path, strerror(errno));
        free(buf);
        if (f != stdin)
            fclose(f);
        return -1;
    }
    if (f != stdin)
        fclose(f);
    buf[n] = '\0';
    *out = buf;
    *len = n;
    return 0;
}

static int read_articles(cc_corpus *corpus, char **paths, size_t n)
{
    int progress = n >= 100 && isatty(2);
    for (size_t i = 0; i < n; i++) {
        char *buf = NULL;
        size_t len = 0, k = 0;
        cc_error err;
        cc_status st;
        if (read_all(paths[i], &buf, &len) != 0)
            return -1;
        if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0)
            k = 3;
        while (k < len && (buf[k] == ' ' || buf[k] == '\t' || buf[k] == '\n' || buf[k] == '\r'))
            k++;
        if (k < len && buf[k] == '[')
            st = cc_corpus_add_json(corpus, buf, len, paths[i], &err);
        else
            st = cc_corpus_add_article(corpus, buf, len, paths[i], &err);
        free(buf);
        if (st != CC_OK) {
            cli_fail_error(&err, paths[i]);
            return -1;
        }
        if (progress && (i % 50 == 49 || i + 1 == n))
            fprintf(stderr, "\rcrosscheck: read %zu of %zu articles", i + 1, n);
    }
    if (progress)
        fputc('\n', stderr);
    return 0;
}

int cli_open_corpus(cc_corpus **out, const cc_run_options *opts, char **paths, size_t n)
{
    cc_error err;
    if (cc_corpus_new(out, opts, &err) != CC_OK) {
        cli_fail_error(&err, NULL);
        return -1;
    }
    if (read_articles(*out, paths, n) != 0) {
        cc_corpus_free(*out);
        *out = NULL;
        return -1;
    }
    return 0;
}

int cmd_run(int argc, char **argv)
{
    cli_args a;
    cc_check_options copts = CC_CHECK_OPTIONS_INIT;
    cc_run_options ropts = CC_RUN_OPTIONS_INIT;
    cc_format format = CC_FORMAT_TEXT;
    const char *output = NULL, *rates_path = NULL;
    cli_report_options shared = {&format,     &copts,  &copts.fx_window_days,
                                 &rates_path, &output, &ropts.lang};
    int known;
    char **files = NULL;
    size_t nfiles = 0;
    cc_error err;
    cc_rates *rates = NULL;
    cc_corpus *corpus = NULL;
    cc_report *report = NULL;
    char *out = NULL;
    size_t out_len = 0;
    int status = CLI_EXIT_ERROR;

    if (!(files = calloc((size_t)argc + 1, sizeof *files))) {
        cli_fail("out of memory");
        return CLI_EXIT_ERROR;
    }
    cli_args_init(&a, argc, argv);
    while (cli_next(&a)) {
        if (!a.name) {
            files[nfiles++] = (char *)a.value;
        } else if (cli_is(&a, "--help", "-h")) {
            cmd_run_help();
            status = CLI_EXIT_OK;
            goto done;
        } else if ((known = cli_report_option(&a, &shared)) != 0) {
            if (known < 0)
                goto done;
        } else {
            cli_fail("unknown option '%s' for run (see crosscheck run --help)", a.name);
            goto done;
        }
    }
    if (!nfiles) {
        cli_fail("run needs at least one article (see crosscheck run --help)");
        goto done;
    }
    if (cli_load_rates(&rates, rates_path) != 0)
        goto done;
    ropts.check = &copts;
    ropts.rates = rates;
    if (cli_open_corpus(&corpus, &ropts, files, nfiles) != 0)
        goto done;
    if (cc_run(&report, corpus, &err) != CC_OK ||
        cc_report_write(report, format, &out, &out_len, &err) != CC_OK) {
        cli_fail_error(&err, NULL);
        goto done;
    }
    if (cli_write_output(output, out, out_len) != 0)
        goto done;
    status = cli_report_status(report);
done:
    cc_free(out);
    cc_report_free(report);
    cc_corpus_free(corpus);
    cc_rates_free(rates);
    free(files);
    return status;
}
