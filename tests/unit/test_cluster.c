/*
 * test_cluster.c - context words (folding, stemming, German compounds, day
 * words, TF-IDF) and the grouping of mentions (blocking, magnitude,
 * dimension, one voice per source, scope and attribution keys).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cluster.h"
#include "context.h"
#include "date.h"
#include "testutil.h"

static int32_t day(const char *s)
{
    int32_t d = 0;
    ck_assert_int_eq(cc_date__parse(s, strlen(s), &d), 0);
    return d;
}

/* Add a one-sentence text whose figure is the first occurrence of `fig`. */
static int64_t add(cc_context *c, const char *text, const char *fig, const char *lang,
                   uint32_t source, const char *published, int32_t *date)
{
    cc_context_input in;
    const char *at = strstr(text, fig);
    int32_t d = CC_NO_DATE;
    ck_assert_ptr_nonnull(at);
    memset(&in, 0, sizeof in);
    in.text = text;
    in.len = strlen(text);
    in.start = (size_t)(at - text);
    in.end = in.start + strlen(fig);
    in.ss = in.ps = 0;
    in.se = in.len;
    in.lang = lang;
    in.published = published ? day(published) : CC_NO_DATE;
    in.source = source;
    return cc_context__add(c, &in, date ? date : &d);
}

START_TEST(fold_and_stem)
{
    char buf[64];
    size_t n = cc_context__fold("BÖRSENWERT", strlen("BÖRSENWERT"), buf, sizeof buf);
    ck_assert_str_eq(buf, "börsenwert");
    ck_assert_uint_eq(n, strlen("börsenwert"));
    char a[16] = "aktien", b[16] = "aktie", e1[16] = "shares", e2[16] = "share";
    cc_context__stem(a, strlen(a), "de");
    cc_context__stem(b, strlen(b), "de");
    ck_assert_str_eq(a, b);
    cc_context__stem(e1, strlen(e1), "en");
    cc_context__stem(e2, strlen(e2), "en");
    ck_assert_str_eq(e1, e2);
    char longw[32] = "teilnehmenden";
    n = cc_context__stem(longw, strlen(longw), "de");
    ck_assert_uint_le(n, 8);
}
END_TEST

START_TEST(tables_sorted_and_concepts)
{
    const cc_measure_table *tabs[] = {&cc_measure__de, &cc_measure__en};
    for (size_t t = 0; t < 2; t++) {
        for (size_t i = 1; i < tabs[t]->nstopwords; i++)
            ck_assert_msg(strcmp(tabs[t]->stopwords[i - 1], tabs[t]->stopwords[i]) < 0,
                          "stopwords of %s not sorted at '%s'", tabs[t]->lang,
                          tabs[t]->stopwords[i]);
        for (size_t i = 1; i < tabs[t]->ndeterminers; i++)
            ck_assert(strcmp(tabs[t]->determiners[i - 1], tabs[t]->determiners[i]) < 0);
        for (size_t i = 1; i < tabs[t]->nfuture; i++)
            ck_assert(strcmp(tabs[t]->future[i - 1], tabs[t]->future[i]) < 0);
        for (size_t i = 1; i < tabs[t]->nnext_week; i++)
            ck_assert(strcmp(tabs[t]->next_week[i - 1], tabs[t]->next_week[i]) < 0);
        for (size_t i = 1; i < tabs[t]->nmonth_names; i++)
            ck_assert_msg(strcmp(tabs[t]->month_names[i - 1], tabs[t]->month_names[i]) < 0,
                          "month names of %s not sorted at '%s'", tabs[t]->lang,
                          tabs[t]->month_names[i]);
        ck_assert_uint_ge(tabs[t]->nmonth_names, 12);
    }
    ck_assert(cc_measure__stopword(&cc_measure__de, "und", 3));
    ck_assert(!cc_measure__stopword(&cc_measure__de, "aktie", 5));
    ck_assert_str_eq(cc_measure__concept(&cc_measure__de, "börsenwert", strlen("börsenwert")),
                     "market value");
    /* inside a German compound */
    ck_assert_str_eq(cc_measure__concept(&cc_measure__de, "angebotsmieten", 14), "rent");
    ck_assert_ptr_null(cc_measure__concept(&cc_measure__de, "wetter", 6));
    /* index points, but not percentage or basis points */
    ck_assert_str_eq(cc_measure__concept(&cc_measure__de, "punkte", 6), "index points");
    ck_assert_ptr_null(cc_measure__concept(&cc_measure__de, "höhepunkt", 10));
    ck_assert_ptr_null(cc_measure__concept(&cc_measure__en, "pointed", 7));
    ck_assert_ptr_null(cc_measure__concept(&cc_measure__de, "prozentpunkte", 13));
    ck_assert_ptr_null(cc_measure__concept(&cc_measure__de, "basispunkte", 11));
    ck_assert_str_eq(cc_measure__concept(&cc_measure__en, "officers", 8), "officers");
    ck_assert_str_eq(cc_measure__concept(&cc_measure__en, "donations", 9), "donations");
    ck_assert_str_eq(cc_measure__concept(&cc_measure__de, "spenden", 7), "donations");
    ck_assert_str_eq(cc_measure__concept(&cc_measure__en, "synergies", 9), "savings");
    ck_assert_str_eq(cc_measure__concept(&cc_measure__de, "einsparungen", 12), "savings");
    /* the same measures in both languages */
    ck_assert_str_eq(cc_measure__concept(&cc_measure__de, "passagiere", 10), "passengers");
    ck_assert_str_eq(cc_measure__concept(&cc_measure__en, "travellers", 10), "passengers");
    ck_assert_str_eq(cc_measure__concept(&cc_measure__de, "wahlbeteiligung", 15), "participants");
    ck_assert_str_eq(cc_measure__concept(&cc_measure__en, "turnout", 7), "participants");
    ck_assert_str_eq(cc_measure__concept(&cc_measure__en, "shortfall", 9), "deficit");
    ck_assert_str_eq(cc_measure__concept(&cc_measure__de, "asylanträge", strlen("asylanträge")),
                     "applications");
    ck_assert_str_eq(cc_measure__concept(&cc_measure__en, "applications", 12), "applications");
    ck_assert_str_eq(cc_measure__concept(&cc_measure__en, "treated", 7), "patients");
    /* kin measures: one measure under two words */
    ck_assert(cc_measure__kin("cost", "damage"));
    ck_assert(cc_measure__kin("jobs", "employees"));
    ck_assert(!cc_measure__kin("cost", "savings"));
    /* days and months are times, never a source */
    ck_assert(cc_measure__time_word(&cc_measure__de, "dienstagabend", 13));
    ck_assert(cc_measure__time_word(&cc_measure__en, "monday's", 8));
    ck_assert(cc_measure__time_word(&cc_measure__de, "märz", strlen("märz")));
    ck_assert(!cc_measure__time_word(&cc_measure__de, "polizei", 7));
    ck_assert_ptr_eq(cc_measure__table("de-AT"), &cc_measure__de);
    ck_assert_ptr_eq(cc_measure__table(NULL), &cc_measure__en);
}
END_TEST

/* Does mention i carry the concept term `name`? */
static int has_concept(const cc_context *c, size_t i, const char *name)
{
    size_t n = 0;
    const cc_cterm *t = cc_context__terms(c, i, &n);
    for (size_t k = 0; k < n; k++)
        if (cc_context__term_kind(c, t[k].term) == CC_TERM_CONCEPT &&
            strcmp(cc_context__term_name(c, t[k].term), name) == 0)
            return 1;
    return 0;
}

/* "basis points", "percentage points", "Prozentpunkte", "Höhepunkt" name
 * no index points; "fell 300 points", "120 Punkte" do. */
START_TEST(points_concepts)
{
    cc_context *c = NULL;
    ck_assert_int_eq(cc_context__new(&c), CC_OK);
    add(c, "The bank cut rates by 25 basis points to 3.25% on Thursday.", "3.25%", "en", 0, NULL,
        NULL);
    add(c, "Unemployment rose 0.3 percentage points to 4.3%.", "4.3%", "en", 0, NULL, NULL);
    add(c, "Der Satz sank um 0,25 Prozentpunkte auf 3,25 Prozent.", "3,25 Prozent", "de", 1, NULL,
        NULL);
    add(c, "Auf dem Höhepunkt lag sie bei 10,6 Prozent.", "10,6 Prozent", "de", 1, NULL, NULL);
    add(c, "The Dow fell 300 points to 42,000.", "42,000", "en", 0, NULL, NULL);
    add(c, "Der Dax verlor 120 Punkte auf 19.000.", "19.000", "de", 1, NULL, NULL);
    ck_assert_int_eq(cc_context__finish(c), CC_OK);
    for (size_t i = 0; i < 4; i++)
        ck_assert_msg(!has_concept(c, i, "index points"), "mention %zu", i);
    ck_assert(has_concept(c, 4, "index points"));
    ck_assert(has_concept(c, 5, "index points"));
    cc_context__free(c);
}
END_TEST

START_TEST(day_words)
{
    cc_context *c = NULL;
    int32_t d = 0;
    ck_assert_int_eq(cc_context__new(&c), CC_OK);
    add(c, "Der Umsatz stieg am Montag um 4 Prozent.", "4 Prozent", "de", 0, "2025-01-29", &d);
    ck_assert_int_eq(d, day("2025-01-27"));
    add(c, "Am Vortag fiel der Kurs um 3 Prozent.", "3 Prozent", "de", 0, "2025-01-29", &d);
    ck_assert_int_eq(d, day("2025-01-28"));
    add(c, "Sales rose 5% on Wednesday.", "5%", "en", 1, "2025-01-29", &d);
    ck_assert_int_eq(d, day("2025-01-29"));
    add(c, "Am 27. Januar fiel der Kurs um 7 Prozent.", "7 Prozent", "de", 0, "2025-02-03", &d);
    ck_assert_int_eq(d, day("2025-01-27"));
    add(c, "Der Kurs fiel um 9 Prozent.", "9 Prozent", "de", 0, "2025-02-03", &d);
    ck_assert_int_eq(d, CC_NO_DATE);
    /* a year written after the day; the day after an English month */
    add(c, "Der Lohn steigt zum 1. Januar 2026 auf 13 Euro.", "13 Euro", "de", 0, "2025-11-28", &d);
    ck_assert_int_eq(d, day("2026-01-01"));
    add(c, "The wage rises to €13 on January 1, 2026.", "€13", "en", 1, "2025-11-28", &d);
    ck_assert_int_eq(d, day("2026-01-01"));
    add(c, "Sales rose 4% on Jan. 27.", "4%", "en", 1, "2025-01-29", &d);
    ck_assert_int_eq(d, day("2025-01-27"));
    add(c, "Sales rose 4% in January 2025.", "4%", "en", 1, "2025-03-29", &d);
    ck_assert_int_eq(d, CC_NO_DATE); /* a month and a year: no day */
    /* a total since a date is one of publication */
    add(c, "Seit dem 1. Oktober gab es 241 Fälle.", "241", "de", 0, "2025-11-20", &d);
    ck_assert_int_eq(d, day("2025-11-20"));
    /* forward: "bis Montag", "by Friday" after a Wednesday */
    add(c, "Bis Montag sollen 40 Prozent fertig sein.", "40 Prozent", "de", 0, "2025-01-29", &d);
    ck_assert_int_eq(d, day("2025-02-03"));
    add(c, "The firm wants 30% done by Friday.", "30%", "en", 1, "2025-01-29", &d);
    ck_assert_int_eq(d, day("2025-01-31"));
    /* the day itself, the day before, and "next" a week ahead */
    add(c, "Bis Mittwochabend sollen 50 Prozent fertig sein.", "50 Prozent", "de", 0, "2025-01-29",
        &d);
    ck_assert_int_eq(d, day("2025-01-29"));
    add(c, "The toll rose to 117 by Tuesday evening.", "117", "en", 1, "2025-01-29", &d);
    ck_assert_int_eq(d, day("2025-01-28"));
    add(c, "Next Wednesday 60% should be done.", "60%", "en", 1, "2025-01-29", &d);
    ck_assert_int_eq(d, day("2025-02-05"));
    /* a day in a later clause after another figure is that figure's; a
     * later clause without one still dates the figure */
    add(c, "Some 106,000 passengers were hit, and 1,000 flights go on Monday.", "106,000", "en", 1,
        "2025-01-29", &d);
    ck_assert_int_eq(d, CC_NO_DATE);
    add(c, "Rund 2.500 Menschen mussten gehen, teilte der Landkreis am Montag mit.", "2.500", "de",
        0, "2025-01-29", &d);
    ck_assert_int_eq(d, day("2025-01-27"));
    cc_context__free(c);
}
END_TEST

START_TEST(german_compounds_split_against_the_corpus)
{
    cc_context *c = NULL;
    ck_assert_int_eq(cc_context__new(&c), CC_OK);
    add(c, "Zum Handelsschluss standen 5 Prozent.", "5 Prozent", "de", 0, NULL, NULL);
    add(c, "Der Schluss des Handels brachte 6 Prozent.", "6 Prozent", "de", 1, NULL, NULL);
    add(c, "Die Ernte im Oktober lag bei 2 Prozent.", "2 Prozent", "de", 2, NULL, NULL);
    ck_assert_int_eq(cc_context__finish(c), CC_OK);
    /* only the parts of "Handelsschluss" join the first two */
    ck_assert_double_gt(cc_context__similarity(c, 0, 1), 0.2);
    ck_assert_double_eq_tol(cc_context__similarity(c, 0, 2), 0.0, 1e-9);
    ck_assert_double_eq_tol(cc_context__similarity(c, 1, 1), 1.0, 1e-5);
    cc_context__free(c);
}
END_TEST

START_TEST(tfidf_rare_words_weigh_more)
{
    cc_context *c = NULL;
    ck_assert_int_eq(cc_context__new(&c), CC_OK);
    /* "Markt" is in every context, "Zollstreit" in two */
    add(c, "Markt: der Zollstreit kostete 3 Prozent.", "3 Prozent", "de", 0, NULL, NULL);
    add(c, "Markt: im Zollstreit gingen 4 Prozent verloren.", "4 Prozent", "de", 1, NULL, NULL);
    add(c, "Markt: die Ernte brachte 5 Prozent.", "5 Prozent", "de", 2, NULL, NULL);
    add(c, "Markt: das Wetter kostete 6 Prozent.", "6 Prozent", "de", 3, NULL, NULL);
    ck_assert_int_eq(cc_context__finish(c), CC_OK);
    ck_assert_double_gt(cc_context__similarity(c, 0, 1), cc_context__similarity(c, 2, 3) + 0.2);
    ck_assert_double_gt(cc_context__similarity(c, 0, 1), cc_context__similarity(c, 0, 2) + 0.2);
    cc_context__free(c);
}
END_TEST

/* A mention for the clustering: value in the given unit, exact. */
static cc_cmention cm(uint32_t source, double v, const char *unit, int dim)
{
    cc_cmention m;
    memset(&m, 0, sizeof m);
    m.source = source;
    m.order = source;
    m.dimension = (uint8_t)dim;
    m.mag = v;
    m.strict.low = v * 0.995;
    m.strict.high = v * 1.005;
    snprintf(m.unit, sizeof m.unit, "%s", unit);
    m.date = CC_NO_DATE;
    m.published = day("2025-03-03");
    return m;
}

START_TEST(groups_same_thing_across_sources_only)
{
    cc_context *c = NULL;
    cc_cmention m[5];
    cc_clustering cl;
    ck_assert_int_eq(cc_context__new(&c), CC_OK);
    add(c, "Die Zahl der Besucher der Gartenschau lag bei 100.000.", "100.000", "de", 0, NULL,
        NULL);
    add(c, "Die Gartenschau meldete 104.000 Besucher.", "104.000", "de", 1, NULL, NULL);
    add(c, "Die Gartenschau kostete 600.000 Euro.", "600.000 Euro", "de", 2, NULL, NULL);
    add(c, "Die Gartenschau zählte 100.000 Besucher als Prozent.", "100.000", "de", 3, NULL, NULL);
    add(c, "Im Hafen lagen 101.000 Container.", "101.000", "de", 4, NULL, NULL);
    ck_assert_int_eq(cc_context__finish(c), CC_OK);
    m[0] = cm(0, 100000, "count", CC_DIM_COUNT);
    m[1] = cm(1, 104000, "count", CC_DIM_COUNT);
    m[2] = cm(2, 600000, "EUR", CC_DIM_CURRENCY);
    m[3] = cm(3, 100000, "%", CC_DIM_PERCENT); /* another dimension */
    m[4] = cm(4, 101000, "count", CC_DIM_COUNT);
    ck_assert_int_eq(cc_cluster__run(&cl, c, m, 5, NULL), CC_OK);
    ck_assert_int_ge(cl.result[0].group, 0);
    ck_assert_int_eq(cl.result[0].group, cl.result[1].group);
    ck_assert_int_ne(cl.result[0].group, cl.result[2].group);
    ck_assert_int_ne(cl.result[0].group, cl.result[3].group);
    ck_assert_int_ne(cl.result[0].group, cl.result[4].group); /* no shared words */
    {
        const cc_cgroup *g = &cl.groups[cl.result[0].group];
        ck_assert_uint_eq(g->members, 2);
        ck_assert_uint_eq(g->sources, 2);
        ck_assert_double_gt(g->confidence, 0);
        ck_assert_double_le(g->confidence, 1);
        ck_assert_ptr_nonnull(strstr(g->shared, "Gartenschau"));
        /* every group has its own key */
        for (size_t i = 0; i < cl.ngroups; i++)
            for (size_t j = i + 1; j < cl.ngroups; j++)
                ck_assert(strcmp(cl.groups[i].subject, cl.groups[j].subject) != 0 ||
                          strcmp(cl.groups[i].measure, cl.groups[j].measure) != 0);
    }
    cc_cluster__free(&cl);
    cc_context__free(c);
}
END_TEST

START_TEST(one_voice_per_source_and_copies)
{
    cc_context *c = NULL;
    cc_cmention m[4];
    cc_clustering cl;
    ck_assert_int_eq(cc_context__new(&c), CC_OK);
    add(c, "Die Gartenschau zählte 100.000 Besucher.", "100.000", "de", 0, NULL, NULL);
    add(c, "Die Gartenschau zählte 100.000 Besucher.", "100.000", "de", 1, NULL, NULL);
    add(c, "Zur Gartenschau kamen 102.000 Besucher.", "102.000", "de", 2, NULL, NULL);
    add(c, "Zur Gartenschau kamen früher 60.000 Besucher.", "60.000", "de", 2, NULL, NULL);
    ck_assert_int_eq(cc_context__finish(c), CC_OK);
    m[0] = cm(0, 100000, "count", CC_DIM_COUNT);
    m[1] = cm(1, 100000, "count", CC_DIM_COUNT);
    m[2] = cm(2, 102000, "count", CC_DIM_COUNT);
    m[3] = cm(2, 60000, "count", CC_DIM_COUNT);
    ck_assert_int_eq(cc_cluster__run(&cl, c, m, 4, NULL), CC_OK);
    ck_assert_int_eq(cl.result[0].group, cl.result[1].group);
    ck_assert_int_eq(cl.result[1].copy_of, 0); /* the same sentence: syndicated copy */
    ck_assert_int_eq(cl.result[0].copy_of, -1);
    /* source 2 speaks once in the group: its other figure is left out of it */
    ck_assert(cl.result[2].group == cl.result[0].group || cl.result[3].group == cl.result[0].group);
    ck_assert_int_ne(cl.result[2].group, cl.result[3].group);
    cc_cluster__free(&cl);
    cc_context__free(c);
}
END_TEST

/* The same sentence with another figure is no copy: two readings. */
START_TEST(a_copy_repeats_the_figure)
{
    cc_context *c = NULL;
    cc_cmention m[2];
    cc_clustering cl;
    ck_assert_int_eq(cc_context__new(&c), CC_OK);
    add(c, "Das Werk beschäftigt bis zu 1.000 Menschen.", "bis zu 1.000", "de", 0, NULL, NULL);
    add(c, "Das Werk beschäftigt bis zu 1.500 Menschen.", "bis zu 1.500", "de", 1, NULL, NULL);
    ck_assert_int_eq(cc_context__finish(c), CC_OK);
    m[0] = cm(0, 1000, "count", CC_DIM_COUNT);
    m[1] = cm(1, 1500, "count", CC_DIM_COUNT);
    m[0].strict.low = m[1].strict.low = 0; /* "up to": the intervals meet */
    ck_assert_int_eq(cc_cluster__run(&cl, c, m, 2, NULL), CC_OK);
    ck_assert_int_eq(cl.result[0].group, cl.result[1].group);
    ck_assert_int_eq(cl.result[0].copy_of, -1);
    ck_assert_int_eq(cl.result[1].copy_of, -1);
    cc_cluster__free(&cl);
    cc_context__free(c);
}
END_TEST

START_TEST(the_voice_most_like_the_others)
{
    /* source 2 gives both figures in one sentence, the demand first: the
     * offer's key takes its offer, the clause with the same words */
    cc_context *c = NULL;
    cc_cmention m[4];
    cc_clustering cl;
    const char *both = "Die Gewerkschaft hatte 40 Prozent verlangt, das Angebot des Konzerns "
                       "lag bei 25 Prozent Lohnplus.";
    ck_assert_int_eq(cc_context__new(&c), CC_OK);
    add(c, "Das Angebot des Konzerns lag bei 25 Prozent Lohnplus.", "25", "de", 0, NULL, NULL);
    add(c, "Das Angebot des Konzerns sah 25 Prozent Lohnplus vor.", "25", "de", 1, NULL, NULL);
    add(c, both, "40", "de", 2, NULL, NULL);
    add(c, both, "25", "de", 2, NULL, NULL);
    ck_assert_int_eq(cc_context__finish(c), CC_OK);
    m[0] = cm(0, 25, "%", CC_DIM_PERCENT);
    m[1] = cm(1, 25, "%", CC_DIM_PERCENT);
    m[2] = cm(2, 40, "%", CC_DIM_PERCENT);
    m[3] = cm(2, 25, "%", CC_DIM_PERCENT);
    ck_assert_int_eq(cc_cluster__run(&cl, c, m, 4, NULL), CC_OK);
    ck_assert_int_eq(cl.result[0].group, cl.result[1].group);
    ck_assert_int_eq(cl.result[3].group, cl.result[0].group);
    ck_assert_int_ne(cl.result[2].group, cl.result[0].group);
    cc_cluster__free(&cl);
    cc_context__free(c);
}
END_TEST

START_TEST(repeats_in_one_source_read_alike)
{
    /* one article gives 2,5 three times: a headline repeat of the rate
     * (the same figure, read alike), a bound ("mehr als 2,5") and the old
     * value of another change ("von 2,5 auf 2,4"): only the first is a
     * repeat (copy); the others are figures of their own */
    cc_context *c = NULL;
    cc_cmention m[4];
    cc_clustering cl;
    ck_assert_int_eq(cc_context__new(&c), CC_OK);
    add(c, "Notenbank senkt den Zins auf 2,5 Prozent.", "2,5", "de", 0, NULL, NULL);
    add(c, "Die Notenbank senkte den Zins auf 2,5 Prozent.", "2,5", "de", 0, NULL, NULL);
    add(c, "Die Notenbank senkte den Zins, der Index fiel um mehr als 2,5 Prozent.", "2,5", "de", 0,
        NULL, NULL);
    add(c, "Die Notenbank senkte den Zins, die Teuerung sank von 2,5 auf 2,4 Prozent.", "2,5", "de",
        0, NULL, NULL);
    ck_assert_int_eq(cc_context__finish(c), CC_OK);
    for (int i = 0; i < 4; i++)
        m[i] = cm(0, 2.5, "%", CC_DIM_PERCENT);
    m[0].change = m[1].change = 2; /* "auf 2,5" */
    m[2].hedge = CC_HEDGE_LOWER_STRICT;
    m[3].change = 1; /* "von 2,5" */
    ck_assert_int_eq(cc_cluster__run(&cl, c, m, 4, NULL), CC_OK);
    ck_assert_int_eq(cl.result[1].copy_of, 0);
    ck_assert_int_eq(cl.result[2].copy_of, -1);
    ck_assert_int_eq(cl.result[3].copy_of, -1);
    ck_assert_int_ne(cl.result[2].group, cl.result[0].group);
    ck_assert_int_ne(cl.result[3].group, cl.result[0].group);
    cc_cluster__free(&cl);
    cc_context__free(c);
}
END_TEST

START_TEST(periods_figures_and_measure_words_are_no_names)
{
    /* "Q3", the glued "9.8bn" and a sentence-initial "Revenue" are no
     * names: they must not stand as an entity against "Nordtec" */
    cc_context *c = NULL;
    cc_cmention m[2];
    cc_clustering cl;
    ck_assert_int_eq(cc_context__new(&c), CC_OK);
    add(c, "Nordtec: Der Umsatz ging um 4,2 Prozent auf 9,8 Mrd. Euro zurück.", "4,2", "de", 0,
        NULL, NULL);
    add(c, "Revenue in Q3 fell 4.2% to 9.8bn euros.", "4.2", "en", 1, NULL, NULL);
    /* a word only ever seen opening a sentence is no name either */
    add(c, "Chief analysts had expected a fall of 4.2%.", "4.2", "en", 2, NULL, NULL);
    ck_assert_int_eq(cc_context__finish(c), CC_OK);
    {
        uint32_t t;
        ck_assert_int_eq(cc_context__entity(c, 2, 0, &t), 0);
    }
    m[0] = cm(0, 4.2, "%", CC_DIM_PERCENT);
    m[1] = cm(1, 4.2, "%", CC_DIM_PERCENT);
    {
        uint32_t t;
        ck_assert_int_eq(cc_context__entity(c, 1, 2, &t), 0);
    }
    ck_assert_int_eq(cc_cluster__run(&cl, c, m, 2, NULL), CC_OK);
    ck_assert_int_ge(cl.result[0].group, 0);
    ck_assert_int_eq(cl.result[0].group, cl.result[1].group);
    cc_cluster__free(&cl);
    cc_context__free(c);
}
END_TEST

START_TEST(countries_are_one_place_in_both_languages)
{
    /* CLDR's names: "Deutschland" and "Germany" are one place (DE), so the
     * clause entity of the two reports is the same, and "Frankreich" is
     * another */
    cc_context *c = NULL;
    uint32_t de, en, fr;
    ck_assert_int_eq(cc_context__new(&c), CC_OK);
    add(c, "Der Konzern streicht knapp 2.000 Stellen in Deutschland.", "2.000", "de", 0, NULL,
        NULL);
    add(c, "The group cuts just under 2,000 jobs in Germany.", "2,000", "en", 1, NULL, NULL);
    add(c, "Der Konzern streicht 800 Stellen in Frankreich.", "800", "de", 2, NULL, NULL);
    ck_assert_int_eq(cc_context__finish(c), CC_OK);
    ck_assert_int_eq(cc_context__entity(c, 0, 3, &de), 1);
    ck_assert_int_eq(cc_context__entity(c, 1, 3, &en), 1);
    ck_assert_int_eq(cc_context__entity(c, 2, 3, &fr), 1);
    ck_assert_uint_eq(de, en);
    ck_assert_uint_ne(de, fr);
    ck_assert_int_eq(cc_context__term_kind(c, de), CC_TERM_PLACE);
    ck_assert_double_gt(cc_context__similarity(c, 0, 1), 0);
    cc_context__free(c);
    /* short names too: "USA", and "US" though "us" is a stop word */
    ck_assert_int_eq(cc_context__new(&c), CC_OK);
    add(c, "Die Teuerung in den USA fiel auf 2,4 Prozent.", "2,4", "de", 0, NULL, NULL);
    add(c, "US inflation eased to 2.4% in September.", "2.4", "en", 1, NULL, NULL);
    ck_assert_int_eq(cc_context__finish(c), CC_OK);
    ck_assert_int_eq(cc_context__entity(c, 0, 3, &de), 1);
    ck_assert_int_eq(cc_context__entity(c, 1, 3, &en), 1);
    ck_assert_uint_eq(de, en);
    ck_assert_int_eq(cc_context__term_kind(c, de), CC_TERM_PLACE);
    cc_context__free(c);
}
END_TEST

/* A conjunction ends the clause of a figure when another figure stands
 * past it: "14 were detained and four officers hurt" pairs the 14 with
 * another report's detained, the four with its hurt officers. The voice a
 * report gives a key is the figure that agrees with another report's,
 * where its words are alike: the US rate of 2.4 % beside the euro area's
 * 1.7 %, against another report's US 2.4 %. */
START_TEST(clauses_and_agreeing_voices_pair_the_roles)
{
    cc_context *c = NULL;
    cc_cmention m[5];
    cc_clustering cl;
    static const char *const a =
        "Police said 14 people were detained and four officers suffered minor injuries.";
    static const char *const b =
        "Twelve people were detained, police said, and three officers were slightly hurt.";
    static const char *const d = "14 Personen wurden festgenommen, vier Beamte leicht verletzt.";
    ck_assert_int_eq(cc_context__new(&c), CC_OK);
    add(c, a, "14", "en", 0, NULL, NULL);
    add(c, a, "four", "en", 0, NULL, NULL);
    add(c, b, "Twelve", "en", 1, NULL, NULL);
    add(c, d, "14", "de", 2, NULL, NULL);
    add(c, d, "vier", "de", 2, NULL, NULL);
    ck_assert_int_eq(cc_context__finish(c), CC_OK);
    m[0] = cm(0, 14, "count", CC_DIM_COUNT);
    m[1] = cm(0, 4, "count", CC_DIM_COUNT);
    m[2] = cm(1, 12, "count", CC_DIM_COUNT);
    m[3] = cm(2, 14, "count", CC_DIM_COUNT);
    m[4] = cm(2, 4, "count", CC_DIM_COUNT);
    m[1].weak = m[2].weak = m[4].weak = 1;
    ck_assert_int_eq(cc_cluster__run(&cl, c, m, 5, NULL), CC_OK);
    ck_assert_int_ge(cl.result[2].group, 0);
    ck_assert_int_eq(cl.result[0].group, cl.result[2].group);
    ck_assert_int_ne(cl.result[1].group, cl.result[2].group);
    cc_cluster__free(&cl);
    cc_context__free(c);

    ck_assert_int_eq(cc_context__new(&c), CC_OK);
    add(c, "Die Inflation im Euroraum lag im September bei 1,7 Prozent.", "1,7", "de", 0, NULL,
        NULL);
    add(c, "Die Teuerung in den USA fiel im September auf 2,4 Prozent.", "2,4", "de", 0, NULL,
        NULL);
    add(c, "US inflation eased to 2.4% in September.", "2.4", "en", 1, NULL, NULL);
    ck_assert_int_eq(cc_context__finish(c), CC_OK);
    m[0] = cm(0, 1.7, "%", CC_DIM_PERCENT);
    m[1] = cm(0, 2.4, "%", CC_DIM_PERCENT);
    m[2] = cm(1, 2.4, "%", CC_DIM_PERCENT);
    ck_assert_int_eq(cc_cluster__run(&cl, c, m, 3, NULL), CC_OK);
    ck_assert_int_ge(cl.result[1].group, 0);
    ck_assert_int_eq(cl.result[1].group, cl.result[2].group);
    ck_assert_int_ne(cl.result[0].group, cl.result[2].group);
    cc_cluster__free(&cl);
    cc_context__free(c);
}
END_TEST

START_TEST(attribution_splits_the_key_not_the_topic)
{
    cc_context *c = NULL;
    cc_cmention m[4];
    cc_clustering cl;
    const cc_cgroup *police, *organisers;
    ck_assert_int_eq(cc_context__new(&c), CC_OK);
    add(c, "Laut Polizei kamen 8.000 Teilnehmer zum Umzug, laut Veranstaltern 20.000.", "8.000",
        "de", 0, NULL, NULL);
    add(c, "Laut Polizei kamen 8.000 Teilnehmer zum Umzug, laut Veranstaltern 20.000.", "20.000",
        "de", 0, NULL, NULL);
    add(c, "Die Polizei zählte beim Umzug 8.200 Teilnehmer, die Veranstalter 21.000.", "8.200",
        "de", 1, NULL, NULL);
    add(c, "Die Polizei zählte beim Umzug 8.200 Teilnehmer, die Veranstalter 21.000.", "21.000",
        "de", 1, NULL, NULL);
    ck_assert_int_eq(cc_context__finish(c), CC_OK);
    m[0] = cm(0, 8000, "count", CC_DIM_COUNT);
    m[1] = cm(0, 20000, "count", CC_DIM_COUNT);
    m[2] = cm(1, 8200, "count", CC_DIM_COUNT);
    m[3] = cm(1, 21000, "count", CC_DIM_COUNT);
    m[0].attrib = m[2].attrib = "police";
    m[1].attrib = m[3].attrib = "organisers";
    ck_assert_int_eq(cc_cluster__run(&cl, c, m, 4, NULL), CC_OK);
    ck_assert_int_eq(cl.result[0].group, cl.result[2].group);
    ck_assert_int_eq(cl.result[1].group, cl.result[3].group);
    ck_assert_int_ne(cl.result[0].group, cl.result[1].group);
    police = &cl.groups[cl.result[0].group];
    organisers = &cl.groups[cl.result[1].group];
    ck_assert_str_eq(police->attrib, "police");
    ck_assert_str_eq(organisers->attrib, "organisers");
    ck_assert_str_eq(police->subject, organisers->subject);
    ck_assert_str_eq(police->measure, organisers->measure);
    cc_cluster__free(&cl);
    cc_context__free(c);
}
END_TEST

/* A group is named after the name that stands in its figures' clauses, not
 * after a rarer name further off: "Kalmar" speaks in two sentences only,
 * "Ambrix" is in every one and the subject of the revenue. */
START_TEST(the_subject_is_the_name_near_the_figures)
{
    static const char *const other[] = {
        "Shares of Ambrix rose 2 percent on Monday.",
        "Analysts expect Ambrix to cut 300 jobs.",
        "Ambrix plans to spend 900 million dollars.",
        "Ambrix employs 18500 staff in Europe.",
    };
    static const char *const figs[] = {"2", "300", "900", "18500"};
    cc_context *c = NULL;
    cc_cmention m[10];
    cc_clustering cl;
    const cc_cgroup *g;
    size_t n = 0;
    ck_assert_int_eq(cc_context__new(&c), CC_OK);
    for (uint32_t src = 0; src < 2; src++) {
        add(c,
            src ? "Last year Ambrix had revenue of 41.3 billion dollars; its chief Kalmar spoke."
                : "Last year Ambrix made revenue of 41.3 billion dollars, said its chief Kalmar.",
            "41.3", "en", src, NULL, NULL);
        m[n++] = cm(src, 41.3e9, "USD", CC_DIM_CURRENCY);
        for (size_t k = 0; k < 4; k++) {
            add(c, other[k], figs[k], "en", src, NULL, NULL);
            m[n++] = cm(src, atof(figs[k]) * (src ? 1.01 : 1), "count", CC_DIM_COUNT);
        }
    }
    ck_assert_int_eq(cc_context__finish(c), CC_OK);
    ck_assert_int_eq(cc_cluster__run(&cl, c, m, n, NULL), CC_OK);
    ck_assert_int_ge(cl.result[0].group, 0);
    ck_assert_int_eq(cl.result[0].group, cl.result[5].group);
    g = &cl.groups[cl.result[0].group];
    ck_assert_str_eq(g->subject, "Ambrix");
    ck_assert_str_eq(g->measure, "revenue");
    cc_cluster__free(&cl);
    cc_context__free(c);
}
END_TEST

/* A source's second figure that leaves the key of its first may agree with
 * another source's second figure: the two form a key of their own instead
 * of standing alone. */
START_TEST(leftover_figures_that_agree_form_their_own_key)
{
    static const char *const de =
        "Die Gewerkschaft fordert 40 Prozent mehr Lohn, Boeing bietet den Arbeitern 25 Prozent.";
    static const char *const en =
        "Die Gewerkschaft fordert 40 Prozent mehr Lohn, Boeing bietet der Belegschaft 25 Prozent.";
    cc_context *c = NULL;
    cc_cmention m[4];
    cc_clustering cl;
    ck_assert_int_eq(cc_context__new(&c), CC_OK);
    add(c, de, "40", "de", 0, NULL, NULL);
    add(c, de, "25", "de", 0, NULL, NULL);
    add(c, en, "40", "de", 1, NULL, NULL);
    add(c, en, "25", "de", 1, NULL, NULL);
    ck_assert_int_eq(cc_context__finish(c), CC_OK);
    m[0] = cm(0, 40, "%", CC_DIM_PERCENT);
    m[1] = cm(0, 25, "%", CC_DIM_PERCENT);
    m[2] = cm(1, 40, "%", CC_DIM_PERCENT);
    m[3] = cm(1, 25, "%", CC_DIM_PERCENT);
    ck_assert_int_eq(cc_cluster__run(&cl, c, m, 4, NULL), CC_OK);
    ck_assert_int_ge(cl.result[0].group, 0);
    ck_assert_int_ge(cl.result[1].group, 0);
    ck_assert_int_eq(cl.result[0].group, cl.result[2].group);
    ck_assert_int_eq(cl.result[1].group, cl.result[3].group);
    ck_assert_int_ne(cl.result[0].group, cl.result[1].group);
    ck_assert_uint_eq(cl.groups[cl.result[1].group].sources, 2);
    cc_cluster__free(&cl);
    cc_context__free(c);
}
END_TEST

/* A name written alike in German and English ("iPhone") is one entity, though
 * each language stems it its own way; a month is no name. */
START_TEST(a_name_is_one_entity_in_both_languages)
{
    cc_context *c = NULL;
    cc_cmention m[2];
    cc_clustering cl;
    uint32_t t;
    ck_assert_int_eq(cc_context__new(&c), CC_OK);
    add(c, "Das neue iPhone kostet im September ab 1099 Dollar.", "1099", "de", 0, NULL, NULL);
    add(c, "Apple's new iPhone starts at 1,099 dollars in September.", "1,099", "en", 1, NULL,
        NULL);
    ck_assert_int_eq(cc_context__finish(c), CC_OK);
    ck_assert(cc_context__entity(c, 0, 3, &t));
    ck_assert_str_eq(cc_context__term_name(c, t), "iPhone");
    ck_assert(cc_context__names_near(c, 1, t, 3));
    m[0] = cm(0, 1099, "USD", CC_DIM_CURRENCY);
    m[1] = cm(1, 1099, "USD", CC_DIM_CURRENCY);
    ck_assert_int_eq(cc_cluster__run(&cl, c, m, 2, NULL), CC_OK);
    ck_assert_int_ge(cl.result[0].group, 0);
    ck_assert_int_eq(cl.result[0].group, cl.result[1].group);
    cc_cluster__free(&cl);
    cc_context__free(c);
    /* a month is no name, in either language */
    ck_assert_int_eq(cc_context__new(&c), CC_OK);
    add(c, "Im September stiegen die Preise um 2,4 Prozent.", "2,4", "de", 0, NULL, NULL);
    add(c, "Prices rose 2.4% in September, after 2.2% in Sept.", "2.4", "en", 1, NULL, NULL);
    ck_assert_int_eq(cc_context__finish(c), CC_OK);
    ck_assert_int_eq(cc_context__entity(c, 0, 0, &t), 0);
    ck_assert_int_eq(cc_context__entity(c, 1, 0, &t), 0);
    cc_context__free(c);
}
END_TEST

/* A wide range shares a point with many figures: it is not "the same
 * figure" as one inside it, which would link on the faintest likeness. */
START_TEST(a_wide_range_is_not_the_same_figure)
{
    cc_context *c = NULL;
    cc_cmention m[2];
    cc_clustering cl;
    ck_assert_int_eq(cc_context__new(&c), CC_OK);
    add(c, "Karten für das Finale kosteten zwischen 45 und 120 Pfund.", "45", "de", 0, NULL, NULL);
    add(c, "A new jersey for the final is 85 pounds dearer.", "85", "en", 1, NULL, NULL);
    ck_assert_int_eq(cc_context__finish(c), CC_OK);
    m[0] = cm(0, 82.5, "GBP", CC_DIM_CURRENCY);
    m[0].strict.low = 45;
    m[0].strict.high = 120;
    m[1] = cm(1, 85, "GBP", CC_DIM_CURRENCY);
    ck_assert_int_eq(cc_cluster__run(&cl, c, m, 2, NULL), CC_OK);
    ck_assert_int_ne(cl.result[0].group, cl.result[1].group);
    cc_cluster__free(&cl);
    cc_context__free(c);
}
END_TEST

/* One body by its name and by its acronym is one entity: "Robert
 * Koch-Institut" and "RKI", "Europäische Zentralbank" and "EZB". */
START_TEST(an_acronym_spells_its_name)
{
    cc_context *c = NULL;
    cc_cmention m[2];
    cc_clustering cl;
    uint32_t t;
    ck_assert_int_eq(cc_context__new(&c), CC_OK);
    add(c, "Das Robert Koch-Institut meldete 212 Todesfälle seit Beginn der Saison.", "212", "de",
        0, NULL, NULL);
    add(c, "Das RKI zählte 47.812 Fälle; seit Saisonbeginn starben 212 Menschen.", "212", "de", 1,
        NULL, NULL);
    ck_assert_int_eq(cc_context__finish(c), CC_OK);
    ck_assert(cc_context__entity(c, 1, 0, &t));
    ck_assert_str_eq(cc_context__term_name(c, t), "RKI");
    ck_assert(cc_context__spells(c, 0, t));
    ck_assert(!cc_context__spells(c, 1, t));
    m[0] = cm(0, 212, "count", CC_DIM_COUNT);
    m[1] = cm(1, 212, "count", CC_DIM_COUNT);
    ck_assert_int_eq(cc_cluster__run(&cl, c, m, 2, NULL), CC_OK);
    ck_assert_int_ge(cl.result[0].group, 0);
    ck_assert_int_eq(cl.result[0].group, cl.result[1].group);
    cc_cluster__free(&cl);
    cc_context__free(c);
}
END_TEST

START_TEST(blocking_is_not_quadratic)
{
    enum {
        N = 3000
    };
    static char texts[N][96];
    static cc_cmention m[N];
    cc_context *c = NULL;
    cc_clustering cl;
    ck_assert_int_eq(cc_context__new(&c), CC_OK);
    for (int i = 0; i < N; i++) {
        /* a few words shared by 3 mentions each, magnitudes spread widely */
        snprintf(texts[i], sizeof texts[i], "Thema%d und Wort%d brachten %d Stück.", i / 3, i % 7,
                 1000 + i * 37);
        char fig[16];
        snprintf(fig, sizeof fig, "%d", 1000 + i * 37);
        add(c, texts[i], fig, "de", (uint32_t)i, NULL, NULL);
        m[i] = cm((uint32_t)i, 1000.0 * pow(1.01, i), "count", CC_DIM_COUNT);
    }
    ck_assert_int_eq(cc_context__finish(c), CC_OK);
    ck_assert_int_eq(cc_cluster__run(&cl, c, m, N, NULL), CC_OK);
    ck_assert_msg(cl.pairs < (size_t)N * 200, "compared %zu pairs", cl.pairs);
    ck_assert_uint_ge(cl.ngroups, N / 3);
    cc_cluster__free(&cl);
    cc_context__free(c);
}
END_TEST

START_TEST(many_groups_of_one_label_are_numbered_in_linear_time)
{
    enum {
        N = 4000
    };
    static char texts[N][96];
    static cc_cmention m[N];
    cc_context *c = NULL;
    cc_clustering cl;
    char want[128];
    const char *base;
    ck_assert_int_eq(cc_context__new(&c), CC_OK);
    for (int i = 0; i < N; i++) {
        char fig[16];
        /* one source, figures apart: nothing links, every figure is its own key */
        snprintf(fig, sizeof fig, "%d", 2000 + i * 3);
        snprintf(texts[i], sizeof texts[i], "Die Kirmes im Ort meldete einen Umsatz von %s Euro.",
                 fig);
        add(c, texts[i], fig, "de", 0, NULL, NULL);
        m[i] = cm(0, 2000.0 * pow(1.01, i), "EUR", CC_DIM_CURRENCY);
    }
    ck_assert_int_eq(cc_context__finish(c), CC_OK);
    ck_assert_int_eq(cc_cluster__run(&cl, c, m, N, NULL), CC_OK);
    ck_assert_uint_eq(cl.ngroups, N);
    base = cl.groups[cl.result[0].group].measure;
    ck_assert_str_eq(cl.groups[cl.result[0].group].subject,
                     cl.groups[cl.result[N - 1].group].subject);
    for (int i = 1; i < N; i++) {
        snprintf(want, sizeof want, "%s (%d)", base, i + 1);
        ck_assert_str_eq(cl.groups[cl.result[i].group].measure, want);
    }
    /* one try per group and one per number: not one per earlier group */
    ck_assert_msg(cl.label_tries <= (size_t)N * 2, "tried %zu labels", cl.label_tries);
    cc_cluster__free(&cl);
    cc_context__free(c);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("cluster");
    TCase *tc = tcase_create("context");
    TCase *tg = tcase_create("cluster");
    tcase_add_test(tc, fold_and_stem);
    tcase_add_test(tc, tables_sorted_and_concepts);
    tcase_add_test(tc, points_concepts);
    tcase_add_test(tc, day_words);
    tcase_add_test(tc, german_compounds_split_against_the_corpus);
    tcase_add_test(tc, tfidf_rare_words_weigh_more);
    tcase_add_test(tg, groups_same_thing_across_sources_only);
    tcase_add_test(tg, one_voice_per_source_and_copies);
    tcase_add_test(tg, a_copy_repeats_the_figure);
    tcase_add_test(tg, the_voice_most_like_the_others);
    tcase_add_test(tg, repeats_in_one_source_read_alike);
    tcase_add_test(tg, periods_figures_and_measure_words_are_no_names);
    tcase_add_test(tg, countries_are_one_place_in_both_languages);
    tcase_add_test(tg, attribution_splits_the_key_not_the_topic);
    tcase_add_test(tg, the_subject_is_the_name_near_the_figures);
    tcase_add_test(tg, leftover_figures_that_agree_form_their_own_key);
    tcase_add_test(tg, a_name_is_one_entity_in_both_languages);
    tcase_add_test(tg, a_wide_range_is_not_the_same_figure);
    tcase_add_test(tg, clauses_and_agreeing_voices_pair_the_roles);
    tcase_add_test(tg, an_acronym_spells_its_name);
    tcase_add_test(tg, blocking_is_not_quadratic);
    tcase_add_test(tg, many_groups_of_one_label_are_numbered_in_linear_time);
    tcase_set_timeout(tg, 60);
    suite_add_tcase(s, tc);
    suite_add_tcase(s, tg);
    return cc_test_run(s);
}
