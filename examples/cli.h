/*
 * cli.h - shared pieces of the crosscheck command-line tool: the command
 * table, option parsing, error printing and safe output.
 * Uses only the public API of crosscheck.h.
 */
#ifndef CROSSCHECK_CLI_H
#define CROSSCHECK_CLI_H

#include <stddef.h>
#include <stdio.h>

#include "crosscheck.h"

/* Exit statuses (documented in --help and the man page). */
#define CLI_EXIT_OK 0            /* no contradiction */
#define CLI_EXIT_CONTRADICTION 1 /* contradictions (or a split) found */
#define CLI_EXIT_ERROR 2         /* usage or input error */

typedef struct cli_command {
    const char *name;
    const char *summary;
    int (*run)(int argc, char **argv); /* argv[0] is the command name */
    void (*help)(void);
} cli_command;

/* The subcommands (cmd_<name>.c). */
int cmd_check(int argc, char **argv);
void cmd_check_help(void);
int cmd_parse(int argc, char **argv);
void cmd_parse_help(void);
int cmd_extract(int argc, char **argv);
void cmd_extract_help(void);
int cmd_run(int argc, char **argv);
void cmd_run_help(void);
int cmd_verify(int argc, char **argv);
void cmd_verify_help(void);

/** Create a corpus with opts and add the articles (text, or JSON arrays) at paths, with
 *  progress on a terminal for long runs. 0, or -1 after printing the error (*out NULL).
 *  (cmd_run.c) */
int cli_open_corpus(cc_corpus **out, const cc_run_options *opts, char **paths, size_t n);

/** "json" or "text"; prints an error and returns -1 otherwise. */
int cli_parse_format(const char *v, cc_format *out);

/** An ISO currency code from the command line, upper-cased ("eur" -> "EUR"); static buffer. */
const char *cli_currency(const char *v);

/** The built-in rates plus, if path is not NULL, a user rates file. Returns 0, or -1 after
 *  printing the error (with *out NULL). */
int cli_load_rates(cc_rates **out, const char *path);

/** The exit status for a report: 1 if a group is in conflict or split, else 0. */
int cli_report_status(const cc_report *report);

/** Print "crosscheck: message" to stderr. */
void cli_fail(const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 1, 2)))
#endif
    ;

/** Print an error from the library as "crosscheck: FILE:LINE:COLUMN: message". */
void cli_fail_error(const cc_error *err, const char *fallback_source);

/**
 * Option scanning. Accepts "--name value", "--name=value", "-o value" and
 * stops at "--". Call cli_next() until it returns 0.
 */
typedef struct cli_args {
    int argc;
    char **argv;
    int i;                    /* next argument */
    const char *name;         /* the option just read ("--format"), or NULL for an operand */
    const char *value;        /* its value, or the operand */
    int only_operands;        /* after "--" */
    const char *inline_value; /* value given as --name=value */
} cli_args;

/** Where the options that check, run and verify share are stored. A NULL
 *  lang or money leaves "--lang" or "--currency"/"--lenient" unknown. */
typedef struct cli_report_options {
    cc_format *format;       /* --format json|text */
    cc_check_options *money; /* --currency (upper-cased), --lenient; or NULL */
    int *fx_window_days;     /* --fx-window DAYS */
    const char **rates_path; /* --rates FILE */
    const char **output;     /* -o, --output FILE */
    const char **lang;       /* --lang de|en|auto; or NULL */
} cli_report_options;

/** If the option just read is one of o's, store its value: 1; -1 after
 *  printing an error (a missing or bad value); 0 if it is none of them. */
int cli_report_option(cli_args *a, const cli_report_options *o);

void cli_args_init(cli_args *a, int argc, char **argv);

/** Read the next option or operand. Returns 1, or 0 at the end. */
int cli_next(cli_args *a);

/** 1 if the current option is `name` (long, e.g. "--format") or `short_name` ("-o"; may be NULL). */
int cli_is(const cli_args *a, const char *name, const char *short_name);

/** Take the current option's value; prints an error and returns NULL if missing. */
const char *cli_value(cli_args *a);

/** Parse a non-negative integer option value; returns -1 (after printing) if invalid. */
int cli_int(const char *option, const char *value, int max);

/**
 * Write `len` bytes to `path` ("-" or NULL = stdout) completely or not at
 * all: a file is written to a temporary name beside it and renamed.
 * Returns 0, or -1 after printing an error.
 */
int cli_write_output(const char *path, const char *data, size_t len);

/**
 * An output written in pieces, all or nothing where it is a file: the
 * pieces go to a temporary file beside `path`, renamed over it by
 * cli_out_commit() and removed by cli_out_abort(). Standard output ("-"
 * or NULL) and devices are written directly.
 */
typedef struct cli_out {
    const char *path; /* NULL: standard output */
    char *tmp;        /* the temporary file, or NULL */
    FILE *f;
    int err; /* errno of the first failed write, or 0 */
} cli_out;

/** Returns 0, or -1 after printing an error. */
int cli_out_open(cli_out *o, const char *path);

/** A cc_write_fn: appends len bytes to the cli_out ctx; -1 once a write failed. */
int cli_out_write(const char *data, size_t len, void *ctx);

/** Finish: flush, close and rename. Returns 0, or -1 after printing an
 *  error (the temporary file removed). */
int cli_out_commit(cli_out *o);

/** Give up: close and remove the temporary file; prints nothing. */
void cli_out_abort(cli_out *o);

#endif
