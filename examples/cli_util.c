/*
 * cli_util.c - option scanning, error printing and all-or-nothing output
 * for the crosscheck tool.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"

void cli_fail(const char *fmt, ...)
{
    va_list ap;
    fputs("crosscheck: ", stderr);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
}

void cli_fail_error(const cc_error *err, const char *fallback_source)
{
    const char *source = err->source[0] ? err->source : fallback_source;
    const char *message = err->message[0] ? err->message : cc_strerror(err->code);
    if (source && err->line > 0)
        cli_fail("%s:%d:%d: %s", source, err->line, err->column, message);
    else if (source && err->offset >= 0)
        cli_fail("%s: byte %lld: %s", source, (long long)err->offset, message);
    else if (source && source[0])
        cli_fail("%s: %s", source, message);
    else
        cli_fail("%s", message);
}

void cli_args_init(cli_args *a, int argc, char **argv)
{
    memset(a, 0, sizeof *a);
    a->argc = argc;
    a->argv = argv;
    a->i = 1;
}

int cli_next(cli_args *a)
{
    const char *arg;
    a->name = NULL;
    a->value = NULL;
    a->inline_value = NULL;
    if (a->i >= a->argc)
        return 0;
    arg = a->argv[a->i++];
    if (!a->only_operands && strcmp(arg, "--") == 0) {
        a->only_operands = 1;
        return cli_next(a);
    }
    if (a->only_operands || arg[0] != '-' || arg[1] == '\0') {
        a->value = arg; /* operand; "-" means standard input */
        return 1;
    }
    a->name = arg;
    if (arg[1] == '-') {
        const char *eq = strchr(arg, '=');
        if (eq) {
            static char name[64];
            size_t n = (size_t)(eq - arg);
            if (n >= sizeof name)
                n = sizeof name - 1;
            memcpy(name, arg, n);
            name[n] = '\0';
            a->name = name;
            a->inline_value = eq + 1;
        }
    }
    return 1;
}

int cli_is(const cli_args *a, const char *name, const char *short_name)
{
    if (!a->name)
        return 0;
    return strcmp(a->name, name) == 0 || (short_name && strcmp(a->name, short_name) == 0);
}

const char *cli_value(cli_args *a)
{
    if (a->inline_value)
        return a->inline_value;
    if (a->i >= a->argc) {
        cli_fail("option '%s' needs a value (see --help)", a->name);
        return NULL;
    }
    return a->argv[a->i++];
}

int cli_int(const char *option, const char *value, int max)
{
    char *end;
    long v;
    errno = 0;
    v = strtol(value, &end, 10);
    if (errno || end == value || *end || v < 0 || v > max) {
        cli_fail("option '%s' takes a whole number from 0 to %d, not '%s'", option, max, value);
        return -1;
    }
    return (int)v;
}

/* The name errors give the output. */
static const char *out_name(const cli_out *o)
{
    return o->path ? o->path : "<stdout>";
}

int cli_out_open(cli_out *o, const char *path)
{
    struct stat st;
    int fd;

    o->path = path && strcmp(path, "-") != 0 ? path : NULL;
    o->tmp = NULL;
    o->f = NULL;
    o->err = 0;
    if (!o->path) {
        o->f = stdout;
        return 0;
    }
    if (stat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
        /* a device or pipe (/dev/null, /dev/stdout, a fifo) cannot be
         * replaced by a rename: write to it directly */
        if (!(o->f = fopen(path, "wb"))) {
            cli_fail("%s: cannot write: %s", path, strerror(errno));
            return -1;
        }
        return 0;
    }
    if (!(o->tmp = malloc(strlen(path) + 16))) {
        cli_fail("out of memory");
        return -1;
    }
    sprintf(o->tmp, "%s.tmp-XXXXXX", path);
    if ((fd = mkstemp(o->tmp)) < 0) {
        cli_fail("%s: cannot create: %s", path, strerror(errno));
        free(o->tmp);
        o->tmp = NULL;
        return -1;
    }
    {
        /* mkstemp creates 0600; give the output the usual permissions */
        mode_t mask = umask(0);
        umask(mask);
        (void)fchmod(fd, 0666 & ~mask);
    }
    if (!(o->f = fdopen(fd, "wb"))) {
        cli_fail("%s: cannot write: %s", path, strerror(errno));
        close(fd);
        cli_out_abort(o);
        return -1;
    }
    return 0;
}

int cli_out_write(const char *data, size_t len, void *ctx)
{
    cli_out *o = ctx;
    if (o->err)
        return -1;
    if (fwrite(data, 1, len, o->f) != len) {
        o->err = errno ? errno : EIO;
        return -1;
    }
    return 0;
}

int cli_out_commit(cli_out *o)
{
    int rc = o->err ? -1 : 0;
    if (o->f == stdout) {
        if (rc == 0 && fflush(stdout) != 0) {
            o->err = errno;
            rc = -1;
        }
    } else if (o->f) {
        if (fclose(o->f) != 0 && rc == 0) {
            o->err = errno;
            rc = -1;
        }
    }
    o->f = NULL;
    if (rc != 0) {
        cli_fail("%s: write error: %s", out_name(o), strerror(o->err));
        cli_out_abort(o);
        return -1;
    }
    if (o->tmp && rename(o->tmp, o->path) != 0) {
        cli_fail("%s: cannot replace: %s", o->path, strerror(errno));
        cli_out_abort(o);
        return -1;
    }
    free(o->tmp);
    o->tmp = NULL;
    return 0;
}

void cli_out_abort(cli_out *o)
{
    if (o->f && o->f != stdout)
        fclose(o->f);
    o->f = NULL;
    if (o->tmp) {
        unlink(o->tmp);
        free(o->tmp);
        o->tmp = NULL;
    }
}

int cli_write_output(const char *path, const char *data, size_t len)
{
    cli_out o;
    if (cli_out_open(&o, path) != 0)
        return -1;
    (void)cli_out_write(data, len, &o);
    return cli_out_commit(&o);
}

int cli_parse_format(const char *v, cc_format *out)
{
    if (strcmp(v, "json") == 0)
        *out = CC_FORMAT_JSON;
    else if (strcmp(v, "text") == 0)
        *out = CC_FORMAT_TEXT;
    else {
        cli_fail("unknown format '%s' (use json or text)", v);
        return -1;
    }
    return 0;
}

const char *cli_currency(const char *v)
{
    static char code[8];
    size_t n = strlen(v) < sizeof code - 1 ? strlen(v) : sizeof code - 1;
    for (size_t i = 0; i < n; i++)
        code[i] = (char)(v[i] >= 'a' && v[i] <= 'z' ? v[i] - 32 : v[i]);
    code[n] = '\0';
    return code;
}

int cli_report_option(cli_args *a, const cli_report_options *o)
{
    const char *v;
    if (cli_is(a, "--format", NULL)) {
        if (!(v = cli_value(a)) || cli_parse_format(v, o->format) != 0)
            return -1;
    } else if (o->money && cli_is(a, "--currency", NULL)) {
        if (!(v = cli_value(a)))
            return -1;
        o->money->currency = cli_currency(v);
    } else if (cli_is(a, "--fx-window", NULL)) {
        if (!(v = cli_value(a)) || (*o->fx_window_days = cli_int(a->name, v, 366)) < 0)
            return -1;
    } else if (cli_is(a, "--rates", NULL)) {
        if (!(*o->rates_path = cli_value(a)))
            return -1;
    } else if (o->money && cli_is(a, "--lenient", NULL)) {
        o->money->lenient = 1;
    } else if (cli_is(a, "--output", "-o")) {
        if (!(*o->output = cli_value(a)))
            return -1;
    } else if (o->lang && cli_is(a, "--lang", NULL)) {
        if (!(*o->lang = cli_value(a)))
            return -1;
    } else {
        return 0;
    }
    return 1;
}

int cli_load_rates(cc_rates **out, const char *path)
{
    cc_error err;
    *out = NULL;
    if (cc_rates_new(out, &err) != CC_OK ||
        (path && cc_rates_load_file(*out, path, &err) != CC_OK)) {
        cli_fail_error(&err, path);
        cc_rates_free(*out);
        *out = NULL;
        return -1;
    }
    return 0;
}

int cli_report_status(const cc_report *report)
{
    for (size_t i = 0; i < cc_report_group_count(report); i++) {
        cc_verdict verdict = cc_report_group_verdict(report, i);
        if (verdict == CC_VERDICT_CONFLICT || verdict == CC_VERDICT_SPLIT)
            return CLI_EXIT_CONTRADICTION;
    }
    return CLI_EXIT_OK;
}
