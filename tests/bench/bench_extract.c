/*
 * bench_extract.c - extraction speed on generated news-like text.
 *
 * usage: bench_extract [MB] [--path] [--write DIR]
 *   MB      megabytes of text per language (default 50: 50 MB German and
 *           50 MB English), built from varied sentences with a figure in
 *           every second sentence.
 *   --path  also time the pathological inputs: a million digits, a million
 *           hedge words, one line of many megabytes, and megabytes of
 *           wrapped lines with no sentence end (one sentence).
 *   --write DIR  also write each generated text to DIR (news_de.txt,
 *           news_en.txt, and with --path path_*.txt), to compare the
 *           extraction output before and after a change.
 * Prints MB/s per language (one core), mentions found, and the peak memory.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "crosscheck.h"

static const char *const de_subj[] = {"Der Konzern",    "Die Aktie von Nvidia", "Der Dax",
                                      "Siemens Energy", "Die Bundesregierung",  "Der Umsatz",
                                      "Meta",           "Die Deutsche Bank",    "Der Ölpreis",
                                      "Die Inflation"};
static const char *const de_verb[] = {"verlor",    "gewann",     "stieg um", "fiel um",
                                      "erreichte", "investiert", "meldete",  "sank zeitweise um"};
static const char *const de_fig[] = {"fast 600 Milliarden US-Dollar",
                                     "rund 17 Prozent",
                                     "knapp 3,5 Billionen Euro",
                                     "mehr als 21.414,25 Punkte",
                                     "zwischen fünf und sechs Prozent",
                                     "gut 460 Mrd. Dollar",
                                     "bis zu 65 Milliarden Dollar",
                                     "0,62 Prozent",
                                     "zwei Millionen Euro",
                                     "weniger als 5,7 Mio. Euro",
                                     "50.000 Stück",
                                     "3 Prozentpunkte"};
static const char *const de_plain[] = {
    "Analysten zeigten sich überrascht von der Entwicklung an den Märkten.",
    "Die Anleger reagierten nervös auf die Nachrichten aus China.",
    "Das Unternehmen wollte sich auf Anfrage nicht äußern.",
    "Am Nachmittag beruhigte sich die Lage an der Börse wieder etwas.",
    "Beobachter sprechen von einem Wendepunkt für die ganze Branche."};
static const char *const en_subj[] = {
    "The company", "Nvidia shares", "The S&P index", "Revenue",  "The government",
    "Meta",        "Oil prices",    "Inflation",     "The bank", "Exports"};
static const char *const en_verb[] = {"lost",    "gained",      "rose",     "fell",
                                      "reached", "will invest", "reported", "briefly dropped"};
static const char *const en_fig[] = {"nearly $600 billion",
                                     "about 17 percent",
                                     "almost 3.5 trillion euros",
                                     "more than 21,414.25 points",
                                     "between five and six percent",
                                     "just over $460bn",
                                     "up to 65 billion dollars",
                                     "0.62%",
                                     "two million euros",
                                     "less than $5.7 million",
                                     "50,000 units",
                                     "3 percentage points"};
static const char *const en_plain[] = {
    "Analysts were surprised by the speed of the move in the markets.",
    "Investors reacted nervously to the news from China on Monday.",
    "The company declined to comment when asked about the figures.",
    "Markets calmed somewhat in the afternoon as traders took profits.",
    "Observers described the day as a turning point for the industry."};

#define N(a) (sizeof(a) / sizeof((a)[0]))

static uint64_t rng = 88172645463325252ULL;
static unsigned next(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return (unsigned)(rng >> 11);
}

static char *generate(size_t bytes, int german, size_t *len)
{
    char *t = malloc(bytes + 512);
    size_t n = 0;
    unsigned s = 0;
    if (!t)
        return NULL;
    while (n < bytes) {
        int w;
        if (s++ % 2 == 0) {
            if (german)
                w = snprintf(t + n, 512, "%s %s %s. ", de_subj[next() % N(de_subj)],
                             de_verb[next() % N(de_verb)], de_fig[next() % N(de_fig)]);
            else
                w = snprintf(t + n, 512, "%s %s %s. ", en_subj[next() % N(en_subj)],
                             en_verb[next() % N(en_verb)], en_fig[next() % N(en_fig)]);
        } else {
            w = snprintf(t + n, 512, "%s%s",
                         german ? de_plain[next() % N(de_plain)] : en_plain[next() % N(en_plain)],
                         s % 10 == 9 ? "\n\n" : " ");
        }
        n += (size_t)w;
    }
    *len = n;
    return t;
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static const char *write_dir;

static void save(const char *name, const char *t, size_t len)
{
    char path[4096];
    FILE *f;
    if (!write_dir)
        return;
    snprintf(path, sizeof path, "%s/%s", write_dir, name);
    f = fopen(path, "wb");
    if (!f || fwrite(t, 1, len, f) != len)
        fprintf(stderr, "cannot write %s\n", path);
    if (f)
        fclose(f);
}

static int run(const char *label, const char *t, size_t len, const char *lang)
{
    cc_extract_options o = CC_EXTRACT_OPTIONS_INIT;
    cc_extraction *x = NULL;
    cc_error err;
    double t0, dt;
    o.lang = lang;
    t0 = now();
    if (cc_extract(&x, t, len, &o, &err) != CC_OK) {
        fprintf(stderr, "%s: %s\n", label, err.message);
        return 1;
    }
    dt = now() - t0;
    printf("%-28s %8.1f MB  %7.3f s  %7.1f MB/s  %9zu mentions\n", label, (double)len / 1e6, dt,
           (double)len / 1e6 / dt, cc_extraction_count(x));
    cc_extraction_free(x);
    return 0;
}

int main(int argc, char **argv)
{
    double mb = argc > 1 ? atof(argv[1]) : 50;
    int path = 0;
    size_t len = 0, n = 1000000;
    char *t;
    struct rusage ru;
    int rc = 0;

    for (int i = 2; i < argc; i++) {
        if (strcmp(argv[i], "--path") == 0)
            path = 1;
        else if (strcmp(argv[i], "--write") == 0 && i + 1 < argc)
            write_dir = argv[++i];
    }
    if (mb <= 0)
        mb = 50;
    /* build the lexicons first: start-up is not part of the rate */
    run("warm-up", "5 %", 3, "de");
    run("warm-up", "5 %", 3, "en");
    for (int german = 1; german >= 0; german--) {
        t = generate((size_t)(mb * 1e6), german, &len);
        if (!t)
            return 1;
        save(german ? "news_de.txt" : "news_en.txt", t, len);
        rc |= run(german ? "news, German" : "news, English", t, len, german ? "de" : "en");
        free(t);
    }
    if (path) {
        t = malloc(n * 8 + 1);
        if (!t)
            return 1;
        memset(t, '7', n);
        save("path_digits.txt", t, n);
        rc |= run("a million digits", t, n, "de");
        for (size_t i = 0; i < n; i++)
            memcpy(t + 5 * i, "fast ", 5);
        save("path_hedges.txt", t, 5 * n);
        rc |= run("a million hedge words", t, 5 * n, "de");
        for (size_t i = 0; i < n; i++)
            memcpy(t + 8 * i, "um 5 %, ", 8);
        save("path_line.txt", t, 8 * n);
        rc |= run("one 8 MB line of figures", t, 8 * n, "de");
        {
            static const char line[] = "und der Umsatz stieg um 5 Prozent, die Kosten sanken um 3 "
                                       "Prozent\n";
            size_t ln = sizeof line - 1, k;
            for (k = 0; k + ln <= 8 * n; k += ln)
                memcpy(t + k, line, ln);
            save("path_wrapped.txt", t, k);
            rc |= run("8 MB wrapped, no sentence end", t, k, "de");
        }
        free(t);
    }
    getrusage(RUSAGE_SELF, &ru);
    printf("peak memory %.1f MB\n", (double)ru.ru_maxrss / 1024.0);
    return rc;
}
