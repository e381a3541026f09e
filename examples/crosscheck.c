/*
 * crosscheck.c - the crosscheck command-line tool: a table of subcommands,
 * each in its own file (cmd_*.c), using only the public API.
 */
#include <stdio.h>
#include <string.h>

#include "cli.h"

static const cli_command commands[] = {
    {"check", "check claims JSON: which figures agree, which contradict", cmd_check,
     cmd_check_help},
    {"extract", "find the figures in articles and write them as claims JSON", cmd_extract,
     cmd_extract_help},
    {"parse", "show how a figure is read: value, scale, unit, hedge, interval", cmd_parse,
     cmd_parse_help},
    {"run", "articles to report: extract, group the figures of all sources, check", cmd_run,
     cmd_run_help},
    {"verify", "check one claim against articles: supports, contradicts, not found", cmd_verify,
     cmd_verify_help},
};

#define NCOMMANDS (sizeof commands / sizeof commands[0])

static void usage(FILE *f)
{
    size_t i;
    fputs("usage: crosscheck COMMAND [options] [FILE...]\n"
          "       crosscheck --help | --version | help COMMAND\n"
          "\n"
          "Cross-check numeric claims across conflicting reports.\n"
          "\n"
          "commands:\n",
          f);
    for (i = 0; i < NCOMMANDS; i++)
        fprintf(f, "  %-10s %s\n", commands[i].name, commands[i].summary);
    fputs("\n"
          "exit status: 0 no contradiction, 1 contradictions found, 2 usage or input error\n"
          "See 'crosscheck COMMAND --help' and crosscheck(1).\n",
          f);
}

static const cli_command *find(const char *name)
{
    size_t i;
    for (i = 0; i < NCOMMANDS; i++)
        if (strcmp(commands[i].name, name) == 0)
            return &commands[i];
    return NULL;
}

int main(int argc, char **argv)
{
    const cli_command *cmd;

    if (argc < 2) {
        usage(stderr);
        return CLI_EXIT_ERROR;
    }
    if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
        usage(stdout);
        return CLI_EXIT_OK;
    }
    if (strcmp(argv[1], "--version") == 0) {
        printf("crosscheck %s (library %s)\n", CC_VERSION, cc_version());
        return CLI_EXIT_OK;
    }
    if (strcmp(argv[1], "help") == 0) {
        if (argc < 3) {
            usage(stdout);
            return CLI_EXIT_OK;
        }
        if (!(cmd = find(argv[2]))) {
            cli_fail("unknown command '%s' (see crosscheck --help)", argv[2]);
            return CLI_EXIT_ERROR;
        }
        cmd->help();
        return CLI_EXIT_OK;
    }
    if (!(cmd = find(argv[1]))) {
        cli_fail("unknown command '%s' (see crosscheck --help)", argv[1]);
        return CLI_EXIT_ERROR;
    }
    if (cc_version_number() >> 16 != CC_VERSION_MAJOR) {
        cli_fail("library version %s does not match this program (%s)", cc_version(), CC_VERSION);
        return CLI_EXIT_ERROR;
    }
    return cmd->run(argc - 1, argv + 1);
}
