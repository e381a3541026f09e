/*
 * bench_run.c - `run` speed: generated articles (3 KB each by default) about
 * a pool of events, each event reported with small variations by several
 * outlets in German or English, plus unrelated figures; extraction, then
 * grouping and the check.
 *
 * usage: bench_run [ARTICLES] [KB]   (default 1000 articles of 3 KB)
 * Prints the time of adding (extracting) the articles and of cc_run()
 * (context, grouping, check), on one core, and the report's size.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "crosscheck.h"

#define N(a) (sizeof(a) / sizeof((a)[0]))

static uint64_t rng = 88172645463325252ULL;
static unsigned next(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return (unsigned)(rng >> 11);
}

static const char *const de_measure[] = {"an Börsenwert", "Umsatz", "Gewinn", "für Investitionen"};
static const char *const en_measure[] = {"in market value", "in revenue", "in profit",
                                         "for investment"};
static const char *const de_verb[] = {"verlor", "meldete", "erzielte", "plant"};
static const char *const en_verb[] = {"lost", "reported", "made", "plans"};
static const char *const de_plain[] = {
    "Analysten zeigten sich überrascht von der Entwicklung an den Märkten.",
    "Die Anleger reagierten nervös auf die Nachrichten.",
    "Das Unternehmen wollte sich auf Anfrage nicht äußern.",
    "Am Nachmittag beruhigte sich die Lage an der Börse wieder etwas.",
    "Beobachter sprechen von einem Wendepunkt für die ganze Branche."};
static const char *const en_plain[] = {
    "Analysts were surprised by the speed of the move in the markets.",
    "Investors reacted nervously to the news.",
    "The company declined to comment when asked about the figures.",
    "Markets calmed somewhat in the afternoon as traders took profits.",
    "Observers described the day as a turning point for the industry."};
static const char *const de_day[] = {"am Montag", "am Dienstag", "am Mittwoch"};
static const char *const en_day[] = {"on Monday", "on Tuesday", "on Wednesday"};

/* An event: company k, measure, day, value in millions. */
static void event(unsigned e, unsigned *company, unsigned *measure, unsigned *day, unsigned *value)
{
    *company = e % 400;
    *measure = (e / 400) % 4;
    *day = (e / 1600) % 3;
    *value = 100 + (e * 7919u) % 9000;
}

static size_t article(char *buf, size_t cap, unsigned id, size_t kb, unsigned nevents)
{
    int de = id % 3 != 0;
    size_t n = (size_t)snprintf(buf, cap,
                                "---\nsource: outlet%u\npublished: 2025-01-29\nlang: %s\n---\n"
                                "Nachrichten %u\n\n",
                                id, de ? "de" : "en", id);
    while (n + 400 < kb * 1024 && n + 400 < cap) {
        unsigned r = next() % 10, c, m, d, v;
        if (r < 4) {
            unsigned e = next() % nevents;
            event(e, &c, &m, &d, &v);
            if (next() % 20 == 0)
                v = v * 3 / 4; /* a wrong figure now and then */
            if (de)
                n += (size_t)snprintf(buf + n, cap - n,
                                      "Die Firma Holo%uTec %s %s rund %u Millionen Euro %s. ", c,
                                      de_verb[m], de_day[d], v, de_measure[m]);
            else
                n += (size_t)snprintf(buf + n, cap - n,
                                      "Holo%uTec %s about %u million euros %s %s. ", c, en_verb[m],
                                      v, en_measure[m], en_day[d]);
        } else if (r < 6) {
            n += (size_t)snprintf(buf + n, cap - n,
                                  de ? "Der Index Idx%u stieg um %u,%u Prozent. "
                                     : "The Idx%u index rose %u.%u percent. ",
                                  next() % 5000, next() % 20, next() % 10);
        } else {
            n += (size_t)snprintf(buf + n, cap - n, "%s ",
                                  de ? de_plain[next() % N(de_plain)]
                                     : en_plain[next() % N(en_plain)]);
        }
        if (next() % 6 == 0)
            n += (size_t)snprintf(buf + n, cap - n, "\n\n");
    }
    return n;
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
    unsigned narticles = argc > 1 ? (unsigned)atoi(argv[1]) : 1000;
    size_t kb = argc > 2 ? (size_t)atoi(argv[2]) : 3;
    unsigned nevents = narticles * 2 + 10;
    size_t cap = kb * 1024 + 1024, total = 0, len = 0;
    char *buf = malloc(cap), *out = NULL;
    cc_corpus *corpus = NULL;
    cc_report *report = NULL;
    cc_error err;
    double t0, t1, t2;
    int status = 1;
    if (!buf || cc_corpus_new(&corpus, NULL, &err) != CC_OK)
        goto done;
    t0 = now();
    for (unsigned i = 0; i < narticles; i++) {
        size_t n = article(buf, cap, i, kb, nevents);
        char name[32];
        snprintf(name, sizeof name, "outlet%u.txt", i);
        total += n;
        if (cc_corpus_add_article(corpus, buf, n, name, &err) != CC_OK) {
            fprintf(stderr, "bench_run: %s\n", err.message);
            goto done;
        }
    }
    t1 = now();
    if (cc_run(&report, corpus, &err) != CC_OK) {
        fprintf(stderr, "bench_run: %s\n", err.message);
        goto done;
    }
    t2 = now();
    if (cc_report_write(report, CC_FORMAT_JSON, &out, &len, &err) != CC_OK)
        goto done;
    printf("articles: %u (%.2f MB)\nextract: %.3f s\nrun (context, grouping, check): %.3f s\n"
           "total: %.3f s\ngroups: %zu, contradictions: %zu, report: %.1f MB\n",
           narticles, (double)total / 1e6, t1 - t0, t2 - t1, t2 - t0, cc_report_group_count(report),
           cc_report_contradiction_count(report), (double)len / 1e6);
    if (getenv("BENCH_RUN_REPORT")) { /* for looking at the groups */
        FILE *f = fopen(getenv("BENCH_RUN_REPORT"), "wb");
        if (f) {
            fwrite(out, 1, len, f);
            fclose(f);
        }
    }
    status = 0;
done:
    cc_free(out);
    cc_report_free(report);
    cc_corpus_free(corpus);
    free(buf);
    return status;
}
