/*
 * standalone_driver.c - runs a fuzz target over files (a corpus replay)
 * without libFuzzer, so that every build can replay the seeds and the
 * committed crashers as ordinary tests:
 *
 *     fuzz_claims_replay FILE|DIR...
 *
 * Each file is fed whole, then every prefix ending at a line break and the
 * file with each single byte flipped at 64 evenly spread places, so that the
 * replay explores a little beyond the seeds. Exit 0 if nothing crashed (a
 * crash is the sanitizer's or the kernel's business).
 */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static long runs;

static void feed(const uint8_t *data, size_t size)
{
    uint8_t *copy = malloc(size ? size : 1);
    if (!copy) {
        fputs("out of memory\n", stderr);
        exit(2);
    }
    memcpy(copy, data, size);
    LLVMFuzzerTestOneInput(copy, size);
    runs++;
    for (size_t i = 0; i < size; i++)
        if (data[i] == '\n')
            LLVMFuzzerTestOneInput(copy, i), runs++;
    for (size_t k = 0; size > 0 && k < 64; k++) {
        size_t at = (size_t)((double)k / 64 * (double)size);
        copy[at] ^= (uint8_t)(0x55 + k);
        LLVMFuzzerTestOneInput(copy, size);
        copy[at] = data[at];
        runs++;
    }
    free(copy);
}

static int run_path(const char *path)
{
    struct stat st;
    if (stat(path, &st) != 0) {
        fprintf(stderr, "%s: cannot stat\n", path);
        return -1;
    }
    if (S_ISDIR(st.st_mode)) {
        DIR *d = opendir(path);
        struct dirent *e;
        int rc = 0;
        if (!d)
            return -1;
        while ((e = readdir(d)) != NULL) {
            char sub[4096];
            if (e->d_name[0] == '.')
                continue;
            snprintf(sub, sizeof sub, "%s/%s", path, e->d_name);
            rc |= run_path(sub);
        }
        closedir(d);
        return rc;
    }
    {
        FILE *f = fopen(path, "rb");
        uint8_t *buf;
        size_t n;
        if (!f)
            return -1;
        buf = malloc((size_t)st.st_size + 1);
        if (!buf) {
            fclose(f);
            return -1;
        }
        n = fread(buf, 1, (size_t)st.st_size, f);
        fclose(f);
        feed(buf, n);
        free(buf);
    }
    return 0;
}

int main(int argc, char **argv)
{
    int rc = 0;
    for (int i = 1; i < argc; i++)
        rc |= run_path(argv[i]);
    printf("%ld inputs run, no crash\n", runs);
    return rc ? 2 : 0;
}
