/*
 * bench_check.c - speed and memory of loading, checking and writing a large
 * claim set.
 *
 *     bench_check [CLAIMS [GROUPS]]      (default 1000000 claims, 100000 groups)
 *
 * Generates claims JSON in memory (several currencies, hedges, percent and
 * count groups, some contradictions), then times separately: parsing the
 * JSON into a claim set, the check, and writing the JSON report. Memory is
 * the heap in use (glibc mallinfo2) after each stage, per claim.
 * Prints one line per figure; no time limit is asserted (benchmarks are not
 * tests).
 */
#define _GNU_SOURCE
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "crosscheck.h"

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static double heap_mb(void)
{
    struct mallinfo2 mi = mallinfo2();
    return (double)(mi.uordblks + mi.hblkhd);
}

typedef struct buf {
    char *data;
    size_t len, cap;
} buf;

static void put(buf *b, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

#include <stdarg.h>
static void put(buf *b, const char *fmt, ...)
{
    va_list ap;
    for (;;) {
        int n;
        va_start(ap, fmt);
        n = vsnprintf(b->data + b->len, b->cap - b->len, fmt, ap);
        va_end(ap);
        if (n >= 0 && (size_t)n < b->cap - b->len) {
            b->len += (size_t)n;
            return;
        }
        b->cap = b->cap * 2 + (size_t)n + 1024;
        b->data = realloc(b->data, b->cap);
        if (!b->data) {
            fputs("out of memory\n", stderr);
            exit(2);
        }
    }
}

static const char *const hedges_de[] = {"", "rund ", "fast ", "gut ", "knapp ", "etwa "};
static const char *const hedges_en[] = {"",           "about ",  "nearly ",
                                        "just over ", "almost ", "around "};

static void generate(buf *b, long nclaims, long ngroups)
{
    const long nsources = 50;
    put(b, "{\"sources\": [\n");
    for (long s = 0; s < nsources; s++)
        put(b,
            "  {\"id\": \"s%ld\", \"name\": \"Outlet %ld\", \"published\": \"2025-01-%02ld\", "
            "\"lang\": \"%s\"}%s\n",
            s, s, 2 + s % 27, s % 2 ? "en" : "de", s + 1 < nsources ? "," : "");
    put(b, "], \"claims\": [\n");
    for (long i = 0; i < nclaims; i++) {
        long g = i % ngroups;
        long s = (i / ngroups) % nsources;
        long base = 100 + g % 900;
        int kind = (int)(g % 10);
        int contradict = (i / ngroups) % 7 == 6;
        long value = contradict ? base * 8 / 10 : base;
        int de = s % 2 == 0;
        char text[96];
        if (kind < 6) { /* money, some in euro */
            if (de)
                snprintf(text, sizeof text, "%s%ld Milliarden %s", hedges_de[i % 6], value,
                         kind < 3 ? "US-Dollar" : "Euro");
            else
                snprintf(text, sizeof text, "%s$%ld billion", hedges_en[i % 6], value);
        } else if (kind < 9) {
            snprintf(text, sizeof text, de ? "%s%ld,%ld Prozent" : "%s%ld.%ld percent",
                     de ? hedges_de[i % 6] : hedges_en[i % 6], value / 10, value % 10);
        } else {
            snprintf(text, sizeof text, "%ld", value * 1000);
        }
        put(b,
            "  {\"id\": \"c%ld\", \"source\": \"s%ld\", \"subject\": \"Company %ld\", "
            "\"measure\": \"%s\", \"date\": \"2024-%02ld-%02ld\", \"text\": \"%s\"}%s\n",
            i, s, g,
            kind < 6   ? "market value loss"
            : kind < 9 ? "share drop"
                       : "employees",
            1 + g % 12, 1 + g % 28, text, i + 1 < nclaims ? "," : "");
    }
    put(b, "]}\n");
}

int main(int argc, char **argv)
{
    long nclaims = argc > 1 ? atol(argv[1]) : 1000000;
    long ngroups = argc > 2 ? atol(argv[2]) : 100000;
    buf json = {NULL, 0, 0};
    cc_error err;
    cc_claimset *set = NULL;
    cc_report *report = NULL;
    char *out = NULL;
    size_t out_len = 0;
    double t0, t1, t2, t3, heap0, heap_set, heap_report;

    if (nclaims < 1 || ngroups < 1 || ngroups > nclaims) {
        fprintf(stderr, "usage: bench_check [CLAIMS [GROUPS]] with 1 <= GROUPS <= CLAIMS\n");
        return 2;
    }
    generate(&json, nclaims, ngroups);
    heap0 = heap_mb();

    t0 = now();
    if (cc_claimset_load_json(&set, json.data, json.len, "<generated>", &err) != CC_OK) {
        fprintf(stderr, "load: %d:%d: %s\n", err.line, err.column, err.message);
        return 2;
    }
    t1 = now();
    heap_set = heap_mb() - heap0;
    if (cc_check(&report, set, NULL, NULL, &err) != CC_OK) {
        fprintf(stderr, "check: %s\n", err.message);
        return 2;
    }
    t2 = now();
    heap_report = heap_mb() - heap0 - heap_set;
    if (cc_report_write(report, CC_FORMAT_JSON, &out, &out_len, &err) != CC_OK) {
        fprintf(stderr, "write: %s\n", err.message);
        return 2;
    }
    t3 = now();

    printf("claims:              %ld in %zu groups (%zu contradictions)\n", nclaims,
           cc_report_group_count(report), cc_report_contradiction_count(report));
    printf("input JSON:          %.1f MB\n", (double)json.len / 1e6);
    printf("load (parse JSON):   %.3f s  (%.2f M claims/s)\n", t1 - t0,
           (double)nclaims / (t1 - t0) / 1e6);
    printf("check:               %.3f s  (%.2f M claims/s)\n", t2 - t1,
           (double)nclaims / (t2 - t1) / 1e6);
    printf("write JSON report:   %.3f s  (%.1f MB)\n", t3 - t2, (double)out_len / 1e6);
    printf("memory, claim set:   %.0f bytes/claim\n", heap_set / (double)nclaims);
    printf("memory, report:      %.0f bytes/claim\n", heap_report / (double)nclaims);
    printf("memory, set+report:  %.0f bytes/claim\n", (heap_set + heap_report) / (double)nclaims);

    cc_free(out);
    cc_report_free(report);
    cc_claimset_free(set);
    free(json.data);
    return 0;
}
