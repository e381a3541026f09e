/*
 * cmd_extract.c - `crosscheck extract`: articles in, claims JSON out.
 *
 * Files are mapped, not read, so that a large article costs address space
 * rather than memory; standard input is read into memory.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"

#define MAX_FILES 4096

void cmd_extract_help(void)
{
    fputs("usage: crosscheck extract [options] FILE...\n"
          "\n"
          "Find every figure in articles (UTF-8 text, '-' for standard input) and write\n"
          "them as claims JSON, the input of 'crosscheck check': one source per file, one\n"
          "claim per figure with its span, sentence, hedge, time scope, attribution,\n"
          "direction and negation. Years, dates, times, names, list numbers and figures\n"
          "with units crosscheck does not compare yet (4,5 Kilometer) are left\n"
          "out. An article may begin with a front-matter block:\n"
          "\n"
          "    ---\n"
          "    source: tagesblatt\n"
          "    published: 2025-01-28\n"
          "    lang: de\n"
          "    ---\n"
          "\n"
          "options:\n"
          "  --lang de|en|auto    language of the articles (default: front matter, else\n"
          "                       detected per file)\n"
          "  --source ID          source id (one file only; default: front matter, else the\n"
          "                       file name without extension)\n"
          "  --published DATE     publication date YYYY-MM-DD (default: front matter)\n"
          "  --format json|text   claims JSON (default), or one line per mention, all kinds\n"
          "  -o, --output FILE    write to FILE (all or nothing) instead of stdout\n"
          "  -h, --help           show this help\n"
          "\n"
          "Invalid UTF-8 and NUL bytes are reported on stderr with their byte offset and\n"
          "read past. exit status: 0 written, 2 usage or input error (a missing or empty\n"
          "file, a bad front matter, an unknown language; nothing is written then)\n",
          stdout);
}

typedef struct input {
    const char *path;
    char *data; /* mapped or read */
    size_t len;
    int mapped;
} input;

static int read_stdin(input *in)
{
    size_t cap = 0;
    in->path = "<stdin>";
    for (;;) {
        size_t got;
        if (cap - in->len < 65536) {
            char *p = realloc(in->data, cap + (cap < (1u << 20) ? (1u << 20) : cap));
            if (!p) {
                cli_fail("<stdin>: out of memory");
                return -1;
            }
            in->data = p;
            cap += cap < (1u << 20) ? (1u << 20) : cap;
        }
        got = fread(in->data + in->len, 1, cap - in->len, stdin);
        in->len += got;
        if (got == 0) {
            if (ferror(stdin)) {
                cli_fail("<stdin>: read error: %s", strerror(errno));
                return -1;
            }
            return 0;
        }
    }
}

static int open_input(input *in, const char *path)
{
    struct stat st;
    int fd;
    memset(in, 0, sizeof *in);
    if (strcmp(path, "-") == 0)
        return read_stdin(in);
    in->path = path;
    fd = open(path, O_RDONLY);
    if (fd < 0) {
        cli_fail("%s: cannot open: %s", path, strerror(errno));
        return -1;
    }
    if (fstat(fd, &st) != 0 || S_ISDIR(st.st_mode)) {
        cli_fail("%s: cannot read: %s", path,
                 S_ISDIR(st.st_mode) ? "is a directory" : strerror(errno));
        close(fd);
        return -1;
    }
    if (S_ISREG(st.st_mode)) {
        in->len = (size_t)st.st_size;
        if (in->len > 0) {
            void *p = mmap(NULL, in->len, PROT_READ, MAP_PRIVATE, fd, 0);
            if (p == MAP_FAILED) {
                cli_fail("%s: cannot map: %s", path, strerror(errno));
                close(fd);
                return -1;
            }
            posix_madvise(p, in->len, POSIX_MADV_SEQUENTIAL);
            in->data = p;
            in->mapped = 1;
        }
        close(fd);
        return 0;
    }
    /* a pipe or device: read it */
    {
        size_t cap = 0;
        for (;;) {
            ssize_t got;
            if (cap - in->len < 65536) {
                char *p = realloc(in->data, cap + (1u << 20));
                if (!p) {
                    cli_fail("%s: out of memory", path);
                    close(fd);
                    return -1;
                }
                in->data = p;
                cap += 1u << 20;
            }
            got = read(fd, in->data + in->len, cap - in->len);
            if (got < 0) {
                cli_fail("%s: read error: %s", path, strerror(errno));
                close(fd);
                return -1;
            }
            if (got == 0)
                break;
            in->len += (size_t)got;
        }
    }
    close(fd);
    return 0;
}

static void close_input(input *in)
{
    if (in->mapped)
        munmap(in->data, in->len);
    else
        free(in->data);
    in->data = NULL;
}

static void print_warnings(const cc_extraction *x, const char *path)
{
    size_t n = cc_extraction_warning_count(x);
    for (size_t i = 0; i < n && i < 100; i++) {
        int64_t off = 0;
        const char *msg = cc_extraction_warning(x, i, &off);
        if (msg)
            fprintf(stderr, "crosscheck: %s: byte %lld: warning: %s\n", path, (long long)off, msg);
    }
    if (n > 100)
        fprintf(stderr, "crosscheck: %s: warning: %zu more like these not shown\n", path, n - 100);
}

/* The extractions written to the file `path` piece by piece. Returns 0, or
 * -1 after printing an error (and no file written). */
static int write_streamed(const char *path, const cc_extraction *const *xs,
                          const char *const *texts, const size_t *lens, int n, cc_format format)
{
    cli_out o;
    cc_error err;
    cc_status rc;
    if (cli_out_open(&o, path) != 0)
        return -1;
    rc = cc_extraction_write_to(xs, texts, lens, (size_t)n, format, cli_out_write, &o, &err);
    if (rc == CC_EIO) {
        (void)cli_out_commit(&o); /* a write failed: prints it and removes the file */
        return -1;
    }
    if (rc != CC_OK) {
        cli_out_abort(&o);
        cli_fail_error(&err, NULL);
        return -1;
    }
    return cli_out_commit(&o);
}

int cmd_extract(int argc, char **argv)
{
    cli_args a;
    cc_extract_options opts = CC_EXTRACT_OPTIONS_INIT;
    cc_format format = CC_FORMAT_JSON;
    const char *output = NULL, *v;
    const char *paths[MAX_FILES];
    input *ins = NULL;
    cc_extraction **xs = NULL;
    const char **texts = NULL;
    size_t *lens = NULL;
    int npaths = 0, status = CLI_EXIT_ERROR, nopen = 0;
    char *out = NULL;
    size_t out_len = 0;
    cc_error err;

    cli_args_init(&a, argc, argv);
    while (cli_next(&a)) {
        if (!a.name) {
            if (npaths == MAX_FILES) {
                cli_fail("extract takes at most %d files at once", MAX_FILES);
                return CLI_EXIT_ERROR;
            }
            paths[npaths++] = a.value;
        } else if (cli_is(&a, "--help", "-h")) {
            cmd_extract_help();
            return CLI_EXIT_OK;
        } else if (cli_is(&a, "--lang", NULL)) {
            if (!(opts.lang = cli_value(&a)))
                return CLI_EXIT_ERROR;
        } else if (cli_is(&a, "--source", NULL)) {
            if (!(opts.source = cli_value(&a)))
                return CLI_EXIT_ERROR;
        } else if (cli_is(&a, "--published", NULL)) {
            if (!(opts.published = cli_value(&a)))
                return CLI_EXIT_ERROR;
        } else if (cli_is(&a, "--format", NULL)) {
            if (!(v = cli_value(&a)) || cli_parse_format(v, &format) != 0)
                return CLI_EXIT_ERROR;
        } else if (cli_is(&a, "--output", "-o")) {
            if (!(output = cli_value(&a)))
                return CLI_EXIT_ERROR;
        } else {
            cli_fail("unknown option '%s' for extract (see crosscheck extract --help)", a.name);
            return CLI_EXIT_ERROR;
        }
    }
    if (npaths == 0) {
        cli_fail("extract needs a file to read, e.g. crosscheck extract article.txt");
        return CLI_EXIT_ERROR;
    }
    if (opts.source && npaths > 1) {
        cli_fail("--source names one file's source, but %d files were given", npaths);
        return CLI_EXIT_ERROR;
    }
    ins = calloc((size_t)npaths, sizeof *ins);
    xs = calloc((size_t)npaths, sizeof *xs);
    texts = calloc((size_t)npaths, sizeof *texts);
    lens = calloc((size_t)npaths, sizeof *lens);
    if (!ins || !xs || !texts || !lens) {
        cli_fail("out of memory");
        goto done;
    }
    for (int i = 0; i < npaths; i++) {
        if (open_input(&ins[i], paths[i]) != 0)
            goto done;
        nopen++;
        if (ins[i].len == 0) {
            cli_fail("%s: empty file: no text to read", ins[i].path);
            goto done;
        }
        opts.name = ins[i].path;
        if (cc_extract(&xs[i], ins[i].data, ins[i].len, &opts, &err) != CC_OK) {
            cli_fail_error(&err, ins[i].path);
            goto done;
        }
        print_warnings(xs[i], ins[i].path);
        texts[i] = ins[i].data;
        lens[i] = ins[i].len;
    }
    if (output && strcmp(output, "-") != 0) {
        /* to a file: in pieces, as the output of a large file is some
         * times its size; the temporary file keeps it all or nothing */
        if (write_streamed(output, (const cc_extraction *const *)xs, texts, lens, npaths, format) !=
            0)
            goto done;
    } else {
        if (cc_extraction_write((const cc_extraction *const *)xs, texts, lens, (size_t)npaths,
                                format, &out, &out_len, &err) != CC_OK) {
            cli_fail_error(&err, NULL);
            goto done;
        }
        if (cli_write_output(output, out, out_len) != 0)
            goto done;
    }
    status = CLI_EXIT_OK;
done:
    cc_free(out);
    for (int i = 0; i < npaths && xs; i++)
        cc_extraction_free(xs[i]);
    for (int i = 0; i < nopen; i++)
        close_input(&ins[i]);
    free(ins);
    free(xs);
    free(texts);
    free(lens);
    return status;
}
