/*
 * test_run.c - the public "articles to report" API: corpus, cc_run(),
 * cc_verify(), and their errors.
 */
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

static const char *const art_a = "---\nsource: a\npublished: 2025-03-04\nlang: de\n---\n"
                                 "Werft meldet Auftrag\n\n"
                                 "Die Nordwerft erhielt am Montag einen Auftrag im Wert von 240 "
                                 "Millionen Euro für drei Fähren.\n";
static const char *const art_b =
    "---\nsource: b\npublished: 2025-03-04\nlang: de\n---\n"
    "Auftrag für Nordwerft\n\n"
    "Der Auftrag für die Nordwerft hat laut Unternehmen ein Volumen von rund 240 Millionen Euro.\n";
static const char *const art_c =
    "---\nsource: c\npublished: 2025-03-04\nlang: de\n---\n"
    "Fähren aus Kiel\n\n"
    "Die Nordwerft bekam am Montag einen Auftrag im Wert von 310 Millionen Euro.\n";

static cc_corpus *corpus3(void)
{
    cc_corpus *c = NULL;
    cc_error err;
    ck_assert_int_eq(cc_corpus_new(&c, NULL, &err), CC_OK);
    ck_assert_int_eq(cc_corpus_add_article(c, art_a, strlen(art_a), "a.txt", &err), CC_OK);
    ck_assert_int_eq(cc_corpus_add_article(c, art_b, strlen(art_b), "b.txt", &err), CC_OK);
    ck_assert_int_eq(cc_corpus_add_article(c, art_c, strlen(art_c), "c.txt", &err), CC_OK);
    ck_assert_uint_eq(cc_corpus_article_count(c), 3);
    return c;
}

START_TEST(run_groups_and_finds_the_contradiction)
{
    cc_corpus *c = corpus3();
    cc_report *r = NULL;
    cc_error err;
    char *json = NULL;
    size_t len = 0;
    ck_assert_int_eq(cc_run(&r, c, &err), CC_OK);
    cc_corpus_free(c); /* the report keeps its own claims */
    ck_assert_uint_eq(cc_report_contradiction_count(r), 1);
    ck_assert_int_eq(cc_report_claim_status(r, "c-1"), CC_STATUS_CONTRADICTS);
    ck_assert_int_eq(cc_report_claim_status(r, "a-1"), CC_STATUS_AGREES);
    ck_assert_int_eq(cc_report_write(r, CC_FORMAT_JSON, &json, &len, &err), CC_OK);
    ck_assert_ptr_nonnull(strstr(json, "\"grouping\": {\"shared\": ["));
    ck_assert_ptr_nonnull(strstr(json, "Nordwerft"));
    ck_assert_ptr_nonnull(strstr(json, "\"unmatched\": "));
    ck_assert_ptr_nonnull(strstr(json, "\"span\": ["));
    cc_free(json);
    cc_report_free(r);
}
END_TEST

/* The text report of cc_run() on n articles; *contradictions receives the
 * report's count. Free with free(). */
static char *run_text(const char *const *texts, size_t n, size_t *contradictions)
{
    cc_corpus *c = NULL;
    cc_report *r = NULL;
    cc_error err;
    char *text = NULL;
    size_t len = 0;
    ck_assert_int_eq(cc_corpus_new(&c, NULL, &err), CC_OK);
    for (size_t k = 0; k < n; k++)
        ck_assert_int_eq(cc_corpus_add_article(c, texts[k], strlen(texts[k]), "x.txt", &err),
                         CC_OK);
    ck_assert_int_eq(cc_run(&r, c, &err), CC_OK);
    cc_corpus_free(c); /* the report keeps its own claims */
    *contradictions = cc_report_contradiction_count(r);
    ck_assert_int_eq(cc_report_write(r, CC_FORMAT_TEXT, &text, &len, &err), CC_OK);
    cc_report_free(r);
    return text;
}

/* The start and the end of one change are two figures: three reports of
 * "from 89.3 to 81 billion" (two German, one English) agree on both ends
 * and the end of one is never compared with the start of another. The
 * English report shares no word with the German ones but its sentence's
 * other figure. */
START_TEST(run_keeps_the_ends_of_a_change_apart)
{
    static const char *const texts[] = {
        "---\nsource: d1\npublished: 2026-11-24\nlang: de\n---\n"
        "Die Neuverschuldung soll von 89,3 Milliarden auf rund 81 Milliarden Euro sinken.\n",
        "---\nsource: d2\npublished: 2026-11-24\nlang: de\n---\n"
        "Die Neuverschuldung soll auf rund 81 Milliarden Euro sinken, nach 89,3 Milliarden Euro "
        "im laufenden Jahr.\n",
        "---\nsource: e1\npublished: 2026-11-24\nlang: en\n---\n"
        "New borrowing is set to fall from €89.3 billion to about €81 billion.\n",
    };
    size_t contradictions = 0;
    char *text = run_text(texts, 3, &contradictions);
    ck_assert_uint_eq(contradictions, 0);
    /* the English "about €81 billion" stands with the German ones */
    ck_assert_msg(strstr(text, "consensus 80–82 bn EUR from 3 sources") != NULL, "%s", text);
    free(text);
}
END_TEST

/* One body under two names: "der Hafenbetreiber" in one report and "die
 * Betreiber" in another are one attribution, so their figures are
 * compared. */
START_TEST(run_joins_a_compound_name_with_its_last_part)
{
    static const char *const texts[] = {
        "---\nsource: h1\npublished: 2026-08-20\nlang: de\n---\n"
        "Nach Angaben von Verdi streikten rund 4.500 Hafenarbeiter, der Hafenbetreiber sprach "
        "von etwa 3.000.\n",
        "---\nsource: h2\npublished: 2026-08-20\nlang: de\n---\n"
        "Nach Gewerkschaftsangaben streikten 4.500 Hafenarbeiter, die Betreiber zählten "
        "lediglich 3.000.\n",
    };
    size_t contradictions = 0;
    char *text = run_text(texts, 2, &contradictions);
    ck_assert_uint_eq(contradictions, 0);
    ck_assert_msg(strstr(text, "according to: Betreiber\n    CONSISTENT") != NULL, "%s", text);
    free(text);
}
END_TEST

/* Two reports give the union's demand and the offer in one sentence, a
 * third only the offer: its 25 % joins another's 25 %, and is no
 * contradiction of their 40 %. */
START_TEST(run_pairs_a_lone_figure_with_its_like)
{
    static const char *const texts[] = {
        "---\nsource: b1\npublished: 2024-09-14\nlang: de\n---\n"
        "Rund 33.000 Maschinisten von Boeing legten am Freitag die Arbeit nieder. Sie lehnten "
        "einen Vertrag ab, der eine Lohnerhöhung von 25 Prozent über vier Jahre vorsah; die "
        "Gewerkschaft hatte 40 Prozent gefordert.\n",
        "---\nsource: b2\npublished: 2024-09-14\nlang: de\n---\n"
        "Bei Boeing streiken seit Freitag etwa 33.000 Beschäftigte. Die Gewerkschaft hatte eine "
        "Lohnerhöhung von 40 Prozent über vier Jahre verlangt, Boeing bot 25 Prozent.\n",
        "---\nsource: b3\npublished: 2024-09-14\nlang: en\n---\n"
        "Around 33,000 Boeing machinists walked off the job on Friday after rejecting a contract "
        "that offered a 25% pay rise over four years.\n",
    };
    size_t contradictions = 0;
    char *text = run_text(texts, 3, &contradictions);
    ck_assert_msg(contradictions == 0, "%s", text);
    ck_assert_msg(strstr(text, "consensus 24.5–25.5 % from 2 sources") != NULL, "%s", text);
    ck_assert_msg(strstr(text, "consensus 38–42 % from 2 sources") != NULL, "%s", text);
    free(text);
}
END_TEST

/* A physical quantity of the sentence is a figure its reports share in
 * every language ("ab 60 Jahren", "aged 60"), though its unit is written in
 * each language's words. */
START_TEST(run_shares_the_physical_figures_of_a_sentence)
{
    static const char *const texts[] = {
        "---\nsource: v1\npublished: 2026-02-10\nlang: de\n---\n"
        "Grippe breitet sich weiter aus\n\n"
        "Das RKI zählte in der vergangenen Woche 47.812 laborbestätigte Grippefälle. Seit "
        "Saisonbeginn starben 212 Menschen an der Grippe.\n\n"
        "Nur 38 Prozent der Menschen ab 60 Jahren sind geimpft. Die Kosten für das "
        "Gesundheitssystem beziffern die Kassen auf 1,25 Milliarden Euro.\n",
        "---\nsource: v2\npublished: 2026-02-11\nlang: en\n---\n"
        "Germany's flu wave strains hospitals\n\n"
        "Germany recorded nearly 48,000 confirmed flu cases last week. The season's death toll "
        "has reached 221.\n\n"
        "Only 38% of people aged 60 and over have been vaccinated. Health insurers estimate the "
        "cost of the wave at about €1.2 billion.\n",
    };
    size_t contradictions = 0;
    char *text = run_text(texts, 2, &contradictions);
    ck_assert_msg(strstr(text, "consensus 37.5–38.5 % from 2 sources") != NULL, "%s", text);
    free(text);
}
END_TEST

/* One body by its name and by its acronym ("Robert Koch-Institut", "RKI"):
 * the two German reports' 212 deaths agree, and the English report's 221
 * contradicts them (a split of 212 against 221 before). */
START_TEST(run_knows_an_acronym_for_its_name)
{
    static const char *const texts[] = {
        "---\n"
        "source: gesundheitsbote\n"
        "published: 2026-02-10\n"
        "---\n"
        "Grippewelle: Kliniken am Limit\n"
        "\n"
        "Die Zahl der Grippefälle ist in der vergangenen Woche auf knapp 48.000 gestiegen, ein "
        "Plus von 35 Prozent gegenüber der Vorwoche. Das Robert Koch-Institut meldete zudem 212 "
        "Todesfälle seit Beginn der Saison. Rund 6.400 Patienten mussten stationär behandelt "
        "werden.\n"
        "\n"
        "Die Impfquote bei den über 60-Jährigen liegt nach RKI-Angaben bei lediglich 38 Prozent. "
        "Die Krankenkassen schätzen die Kosten der Welle auf gut 1,2 Milliarden Euro.\n",
        "---\n"
        "source: medizin-report\n"
        "published: 2026-02-10\n"
        "---\n"
        "Grippe breitet sich weiter aus\n"
        "\n"
        "Das RKI zählte in der vergangenen Woche 47.812 laborbestätigte Grippefälle, etwa ein "
        "Drittel mehr als in der Woche zuvor. Seit Saisonbeginn starben 212 Menschen an der "
        "Grippe. Mehr als 6.000 Erkrankte lagen im Krankenhaus.\n"
        "\n"
        "Nur 38 Prozent der Menschen ab 60 Jahren sind geimpft. Die Kosten für das "
        "Gesundheitssystem beziffern die Kassen auf 1,25 Milliarden Euro.\n",
        "---\n"
        "source: euro-health-wire\n"
        "published: 2026-02-11\n"
        "---\n"
        "Germany's flu wave strains hospitals\n"
        "\n"
        "Germany recorded nearly 48,000 confirmed flu cases last week, up 35% from the week "
        "before, according to the Robert Koch Institute. The season's death toll has reached 221. "
        "Some 6,400 patients were treated in hospital.\n"
        "\n"
        "Only 38% of people aged 60 and over have been vaccinated. Health insurers estimate the "
        "cost of the wave at about €1.2 billion.\n",
    };
    size_t contradictions = 0;
    char *text = run_text(texts, 3, &contradictions);
    ck_assert_msg(strstr(text, "CONFLICT — consensus 211.5–212.5 from 2 sources") != NULL, "%s",
                  text);
    free(text);
}
END_TEST

START_TEST(verify_per_source)
{
    cc_corpus *c = corpus3();
    cc_error err;
    char *out = NULL;
    size_t len = 0, contra = 99;
    const char *claim = "Die Nordwerft erhielt einen Auftrag im Wert von 240 Millionen Euro";
    ck_assert_int_eq(
        cc_verify(&out, &len, c, claim, strlen(claim), "de", CC_FORMAT_JSON, &contra, &err), CC_OK);
    ck_assert_uint_eq(contra, 1);
    ck_assert_uint_eq(strlen(out), len);
    ck_assert_ptr_nonnull(strstr(out, "\"verdict\": \"contradicts\""));
    ck_assert_ptr_nonnull(strstr(out, "\"supports\": 2"));
    cc_free(out);
    ck_assert_int_eq(
        cc_verify(&out, &len, c, "Die Nordwerft", 13, "de", CC_FORMAT_TEXT, &contra, &err),
        CC_EQUANTITY);
    cc_assert_error(err, CC_EQUANTITY, 0, 0, -1, "the claim holds no figure");
    ck_assert_ptr_null(out);
    cc_corpus_free(c);
}
END_TEST

/* verify measures the gap between the figures as written (an "up to"
 * figure at its bound, not at the middle of 0..X), converts physical
 * units, and takes no forecast as evidence about a measured figure. */
START_TEST(verify_gap_units_and_forecasts)
{
    static const char art[] = "---\nsource: wetter\npublished: 2026-02-10\nlang: de\n---\n"
                              "Auf Borkum wurde eine Böe von bis zu 130 km/h gemessen.\n";
    static const char fc[] = "---\nsource: prognose\npublished: 2026-02-10\nlang: de\n---\n"
                             "Vorhergesagt waren auf Borkum Böen von bis zu 90 km/h.\n";
    cc_corpus *c = NULL;
    cc_error err;
    char *out = NULL;
    size_t len = 0, contra = 99;
    const char *claim = "On Borkum a gust of 93 mph was measured.";
    ck_assert_int_eq(cc_corpus_new(&c, NULL, &err), CC_OK);
    ck_assert_int_eq(cc_corpus_add_article(c, art, strlen(art), "wetter.txt", &err), CC_OK);
    ck_assert_int_eq(cc_corpus_add_article(c, fc, strlen(fc), "prognose.txt", &err), CC_OK);
    ck_assert_int_eq(
        cc_verify(&out, &len, c, claim, strlen(claim), "en", CC_FORMAT_TEXT, &contra, &err), CC_OK);
    /* "bis zu 130 km/h" is 80.8 mph: 13.1 % below the claim's 93 mph */
    ck_assert_msg(strstr(out, "contradicts") && strstr(out, "gap 13.1 %"), "%s", out);
    ck_assert_msg(strstr(out, "prognose             not found"), "%s", out);
    ck_assert_uint_eq(contra, 1);
    cc_free(out);
    cc_corpus_free(c);
}
END_TEST

START_TEST(bad_articles)
{
    cc_corpus *c = NULL;
    cc_error err;
    static const char bad[] = "Der Auftrag: 240 Millionen \xff Euro.\n";
    static const char empty[] = "---\nsource: leer\n---\n  \n";
    ck_assert_int_eq(cc_corpus_new(&c, NULL, &err), CC_OK);
    ck_assert_int_eq(cc_corpus_add_article(c, bad, strlen(bad), "bad.txt", &err), CC_ESYNTAX);
    cc_assert_error(err, CC_ESYNTAX, 1, 28, 27, "invalid UTF-8");
    ck_assert_str_eq(err.source, "bad.txt");
    ck_assert_int_eq(cc_corpus_add_article(c, empty, strlen(empty), "empty.txt", &err), CC_ESYNTAX);
    cc_assert_error(err, CC_ESYNTAX, 0, 0, -1, "empty article");
    ck_assert_int_eq(cc_corpus_add_article(c, art_a, strlen(art_a), "a.txt", &err), CC_OK);
    ck_assert_int_eq(cc_corpus_add_article(c, art_a, strlen(art_a), "a2.txt", &err), CC_ESCHEMA);
    cc_assert_error(err, CC_ESCHEMA, 0, 0, -1, "source 'a' is already in the corpus");
    ck_assert_uint_eq(cc_corpus_article_count(c), 1);
    ck_assert_int_eq(cc_corpus_add_json(c, "[1]", 3, "x.json", &err), CC_ESCHEMA);
    cc_assert_error(err, CC_ESCHEMA, 0, 0, -1, "article 1: expected an object");
    ck_assert_int_eq(cc_corpus_add_json(c, "[{", 2, "x.json", &err), CC_ESYNTAX);
    ck_assert_int_eq(err.line, 1);
    cc_corpus_free(c);
}
END_TEST

START_TEST(options)
{
    cc_corpus *c = NULL;
    cc_error err;
    cc_run_options o;
    ck_assert_int_eq(cc_run_options_init(&o, 99), CC_EINVAL);
    ck_assert_int_eq(cc_run_options_init(&o, CC_RUN_OPTIONS_VERSION), CC_OK);
    o.lang = "xx";
    ck_assert_int_eq(cc_corpus_new(&c, &o, &err), CC_ELANG);
    cc_assert_error(err, CC_ELANG, 0, 0, -1, "unsupported language 'xx'");
    ck_assert_ptr_null(c);
    o.lang = "de";
    ck_assert_int_eq(cc_corpus_new(&c, &o, &err), CC_OK);
    cc_corpus_free(c);
    cc_corpus_free(NULL);
}
END_TEST

START_TEST(json_articles)
{
    cc_corpus *c = NULL;
    cc_report *r = NULL;
    cc_error err;
    const char *js =
        "[{\"source\": \"x\", \"published\": \"2025-03-04\", \"lang\": \"en\", "
        "\"text\": \"Nordwerft won an order worth $250 million on Monday.\"}, "
        "{\"source\": \"y\", \"published\": \"2025-03-04\", \"lang\": \"en\", "
        "\"text\": \"On Monday Nordwerft won an order worth about 250 million dollars.\"}]";
    ck_assert_int_eq(cc_corpus_new(&c, NULL, &err), CC_OK);
    ck_assert_int_eq(cc_corpus_add_json(c, js, strlen(js), "in.json", &err), CC_OK);
    ck_assert_uint_eq(cc_corpus_article_count(c), 2);
    ck_assert_int_eq(cc_run(&r, c, &err), CC_OK);
    ck_assert_uint_eq(cc_report_group_count(r), 1);
    ck_assert_int_eq(cc_report_group_verdict(r, 0), CC_VERDICT_CONSISTENT);
    cc_report_free(r);
    cc_corpus_free(c);
}
END_TEST

/* A source that gives the November rate and, apart, the rate since the
 * start of the year shows that its figure without a scope is not the
 * year's: the November rate of the report that names no scope is keyed
 * with the others' November rate, not "year to date". */
START_TEST(run_keeps_an_unscoped_figure_out_of_a_scope_its_source_sets_apart)
{
    static const char *const texts[] = {
        "---\nsource: d1\npublished: 2025-11-28\nlang: de\n---\n"
        "Die Inflation in Deutschland lag im November bei 2,3 Prozent. Seit Jahresbeginn lag die "
        "Inflation in Deutschland im Schnitt bei 2,2 Prozent.\n",
        "---\nsource: d2\npublished: 2025-11-28\nlang: de\n---\n"
        "Die Inflation in Deutschland lag im November bei 2,3 Prozent, teilte das Amt mit.\n",
        "---\nsource: d3\npublished: 2025-11-28\nlang: de\n---\n"
        "Die Inflation in Deutschland lag im November bei 2,3 Prozent. Seit Jahresbeginn "
        "betrug die Inflation in Deutschland im Schnitt 2,2 Prozent.\n",
    };
    size_t contradictions = 0;
    char *text = run_text(texts, 3, &contradictions);
    const char *ytd = strstr(text, "scope: year to date");
    ck_assert_uint_eq(contradictions, 0);
    /* the year-to-date group holds the two 2,2 and no 2,3 */
    ck_assert_msg(ytd != NULL, "%s", text);
    ck_assert_msg(strstr(ytd, "consensus 2.15–2.25 % from 2 sources") != NULL, "%s", text);
    ck_assert_msg(strstr(text, "consensus 2.25–2.35 % from 2 sources") != NULL &&
                      strstr(text, "consensus 2.25–2.35 % from 2 sources") < ytd,
                  "%s", text);
    free(text);
}
END_TEST

/* Money more than a factor 2 apart is compared where the sentences agree
 * strongly: two reports of a 412 million loss and one of 1.2 billion. */
START_TEST(run_compares_money_far_apart_in_like_sentences)
{
    static const char *const texts[] = {
        "---\nsource: a\npublished: 2025-10-28\nlang: de\n---\n"
        "Vantor schrieb im dritten Quartal einen Nettoverlust von 412 Millionen Euro.\n",
        "---\nsource: b\npublished: 2025-10-28\nlang: en\n---\n"
        "Vantor posted a third-quarter net loss of €412m.\n",
        "---\nsource: c\npublished: 2025-10-28\nlang: en\n---\n"
        "Vantor posted a third-quarter net loss of €1.2bn.\n",
    };
    size_t contradictions = 0;
    char *text = run_text(texts, 3, &contradictions);
    ck_assert_uint_eq(contradictions, 1);
    ck_assert_msg(strstr(text, "CONFLICT") != NULL && strstr(text, "+191 % vs consensus") != NULL,
                  "%s", text);
    free(text);
}
END_TEST

/* Figures whose clauses name different measures are not linked: savings
 * of 1.5 billion are no reading of one-off costs of 1.8 billion. */
START_TEST(run_keeps_figures_of_other_measures_apart)
{
    static const char *const texts[] = {
        "---\nsource: wb\npublished: 2025-10-28\nlang: de\n---\n"
        "Vantor will durch das Programm ab 2028 jährlich 2,5 Milliarden Euro einsparen. Für "
        "Abfindungen und Werksschließungen rechnet der Konzern mit einmaligen Kosten von rund 1,8 "
        "Mrd. Euro.\n",
        "---\nsource: ebd\npublished: 2025-10-29\nlang: en\n---\n"
        "The carmaker is targeting savings of €2.5bn annually from 2028, with restructuring "
        "costs of around €1.8bn.\n",
        "---\nsource: fk\npublished: 2025-10-29\nlang: de\n---\n"
        "Der Autobauer Vantor zieht die Notbremse. Der Konzern hofft auf Einsparungen von 1,5 "
        "Milliarden Euro jährlich.\n",
    };
    size_t contradictions = 0;
    char *text = run_text(texts, 3, &contradictions);
    const char *fk = strstr(text, "\"1,5 Milliarden Euro\"");
    const char *cost = strstr(text, "\"rund 1,8 Mrd. Euro\"");
    ck_assert_msg(fk && cost, "%s", text);
    /* the 1,5 stands in no group with the 1,8: a blank line lies between */
    ck_assert_msg(strstr(fk < cost ? fk : cost, "\n\n") < (fk < cost ? cost : fk), "%s", text);
    ck_assert_uint_eq(contradictions, 0);
    free(text);
}
END_TEST

/* A forecast's weekday lies ahead: "expected ... on Wednesday" in a
 * Tuesday paper is the next day, not the Wednesday before. */
START_TEST(run_dates_a_forecast_ahead)
{
    static const char *const texts[] = {
        "---\nsource: a\npublished: 2026-02-10\nlang: en\n---\n"
        "Another 1,000 flights are expected to be cancelled on Wednesday.\n",
    };
    size_t contradictions = 0;
    char *text = run_text(texts, 1, &contradictions);
    ck_assert_msg(strstr(text, "2026-02-11 · scope: forecast") != NULL, "%s", text);
    free(text);
}
END_TEST

/* A factor 10 between like sentences is one figure with a slipped decimal
 * point or scale word: the odd one out contradicts. A cost and a damage
 * are kin measures and do not keep them apart. */
START_TEST(run_shows_a_slip_of_ten)
{
    static const char *const texts[] = {
        "---\nsource: a\npublished: 2026-02-10\nlang: de\n---\n"
        "Das Management beziffert den Schaden des Streiks auf 2,5 Millionen Euro pro Tag.\n",
        "---\nsource: b\npublished: 2026-02-10\nlang: de\n---\n"
        "Das Management beziffert die Kosten des Streiks auf 25 Millionen Euro pro Tag.\n",
        "---\nsource: c\npublished: 2026-02-10\nlang: de\n---\n"
        "Das Management beziffert die Kosten des Streiks auf rund 25 Millionen Euro pro Tag.\n",
    };
    size_t contradictions = 0;
    char *text = run_text(texts, 3, &contradictions);
    ck_assert_uint_eq(contradictions, 1);
    ck_assert_msg(strstr(text, "−90 % vs consensus") != NULL, "%s", text);
    free(text);
}
END_TEST

/* A running total "seit Sonntag" is of the day of publication: Monday's
 * 400 and Tuesday's 900 are two states, not two readings of one figure. */
START_TEST(run_keeps_running_totals_of_different_days_apart)
{
    static const char *const texts[] = {
        "---\nsource: mon\npublished: 2026-02-09\nlang: de\n---\n"
        "Seit Sonntag wurden rund 400 geplante Operationen verschoben.\n",
        "---\nsource: tue\npublished: 2026-02-10\nlang: de\n---\n"
        "Mehr als 900 Operationen mussten seit Sonntag verschoben werden.\n",
    };
    size_t contradictions = 0;
    char *text = run_text(texts, 2, &contradictions);
    ck_assert_uint_eq(contradictions, 0);
    ck_assert_msg(strstr(text, "2026-02-09") != NULL && strstr(text, "2026-02-10") != NULL, "%s",
                  text);
    free(text);
}
END_TEST

/* A wage per week and one per year are two measures, however alike their
 * sentences; a wage without a period still compares with either. */
START_TEST(run_keeps_rates_per_different_periods_apart)
{
    static const char *const texts[] = {
        "---\nsource: a\npublished: 2026-02-10\nlang: en\n---\n"
        "Castlebridge will pay the striker £250,000 a week, the club confirmed.\n",
        "---\nsource: b\npublished: 2026-02-10\nlang: en\n---\n"
        "Castlebridge will pay the striker £250,000 a year, the club confirmed.\n",
        "---\nsource: c\npublished: 2026-02-10\nlang: en\n---\n"
        "Castlebridge will pay the striker £300,000 a year, the club confirmed.\n",
    };
    size_t contradictions = 0;
    char *text = run_text(texts, 3, &contradictions);
    ck_assert_uint_eq(contradictions, 2); /* b and c, a year each, split */
    ck_assert_msg(strstr(text, "SPLIT") != NULL && strstr(text, "SINGLE") != NULL, "%s",
                  text); /* a, a week, alone */
    free(text);
}
END_TEST

/* The noun right after a count says what that count counts: the
 * electorate of one sentence is no word of the turnout beside it, which is
 * compared with the other report's turnout, not with the electorate. */
START_TEST(run_gives_a_count_its_own_noun)
{
    static const char *const texts[] = {
        "---\nsource: a\npublished: 2026-03-09\nlang: de\n---\n"
        "Von den 912.000 Wahlberechtigten im Land gaben rund 604.000 ihre Stimme ab.\n",
        "---\nsource: b\npublished: 2026-03-09\nlang: de\n---\n"
        "Im Land gaben am Sonntag rund 640.000 Menschen ihre Stimme ab.\n",
    };
    size_t contradictions = 0;
    char *text = run_text(texts, 2, &contradictions);
    ck_assert_msg(strstr(text, "✗ a  \"rund 604.000\"") != NULL, "%s", text);
    ck_assert_msg(strstr(text, "✓ a  \"912.000\"") != NULL, "%s", text);
    ck_assert_uint_eq(contradictions, 2); /* 604.000 against 640.000, not 912.000 */
    free(text);
}
END_TEST

/* "its share fell to 29%" is a part of a whole, not a share price: it is
 * compared with the other report's share of the vote. */
START_TEST(run_reads_a_share_as_a_part_not_a_stock)
{
    static const char *const texts[] = {
        "---\nsource: a\npublished: 2026-03-09\nlang: en\n---\n"
        "The BFV stayed third, but its share fell to 11.2 percent.\n",
        "---\nsource: b\npublished: 2026-03-09\nlang: de\n---\n"
        "Die BFV kommt auf 12,9 Prozent.\n",
    };
    size_t contradictions = 0;
    char *text = run_text(texts, 2, &contradictions);
    ck_assert_msg(contradictions == 2, "%s", text);
    ck_assert_msg(strstr(text, "share price") == NULL, "%s", text);
    free(text);
}
END_TEST

/* Physical quantities in units of the unit table are compared, converted
 * within their quantity (megawatts and gigawatts), never across them. */
START_TEST(run_compares_measures)
{
    static const char *const texts[] = {
        "---\nsource: a\npublished: 2026-04-02\nlang: de\n---\n"
        "Das Speicherwerk in Lindholm soll jährlich 120.000 Tonnen CO2 einsparen und ist mit "
        "150 Megawatt ans Netz angeschlossen.\n",
        "---\nsource: b\npublished: 2026-04-02\nlang: en\n---\n"
        "The Lindholm storage plant is to save 210,000 tonnes of CO2 a year and is connected to "
        "the grid with 0.15 GW.\n",
        "---\nsource: c\npublished: 2026-04-02\nlang: en\n---\n"
        "The Lindholm storage plant is to save 120,000 tonnes of CO2 a year, with a 150 MW grid "
        "connection.\n",
    };
    size_t contradictions = 0;
    char *text = run_text(texts, 3, &contradictions);
    ck_assert_msg(contradictions == 1, "%s", text);
    ck_assert_msg(strstr(text, "✗ b  \"210,000 tonnes\"") != NULL, "%s", text);
    ck_assert_msg(strstr(text, "✓ b  \"0.15 GW\"") && strstr(text, "consensus 145–155 MW"), "%s",
                  text);
    free(text);
}
END_TEST

/* Sources that disagree on the direction of one change contradict each
 * other: "fell 4.1%" and "rose 4.1%" are -4.1 % and +4.1 %. A source that
 * gives both speaks of two figures and signs nothing. */
START_TEST(run_signs_changes_of_opposite_directions)
{
    static const char *const texts[] = {
        "---\nsource: a\npublished: 2026-03-02\nlang: en\n---\n"
        "Shares of Brunsmark Energy fell 4.1% at the close on Monday.\n",
        "---\nsource: b\npublished: 2026-03-02\nlang: en\n---\n"
        "Shares of Brunsmark Energy rose 4.1% at the close on Monday.\n",
        "---\nsource: c\npublished: 2026-03-02\nlang: en\n---\n"
        "Shares of Brunsmark Energy fell 4.1% at the close on Monday, analysts said.\n",
    };
    size_t contradictions = 0;
    char *text = run_text(texts, 3, &contradictions);
    ck_assert_msg(contradictions == 1, "%s", text);
    ck_assert_msg(strstr(text, "✗ b  \"4.1%\"  4.05–4.15 %") != NULL, "%s", text);
    ck_assert_msg(strstr(text, "−4.15–−4.05 %") != NULL, "%s", text);
    free(text);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("run");
    TCase *tc = tcase_create("run");
    tcase_add_test(tc, run_groups_and_finds_the_contradiction);
    tcase_add_test(tc, verify_per_source);
    tcase_add_test(tc, verify_gap_units_and_forecasts);
    tcase_add_test(tc, bad_articles);
    tcase_add_test(tc, options);
    tcase_add_test(tc, json_articles);
    tcase_add_test(tc, run_keeps_the_ends_of_a_change_apart);
    tcase_add_test(tc, run_joins_a_compound_name_with_its_last_part);
    tcase_add_test(tc, run_pairs_a_lone_figure_with_its_like);
    tcase_add_test(tc, run_shares_the_physical_figures_of_a_sentence);
    tcase_add_test(tc, run_knows_an_acronym_for_its_name);
    tcase_add_test(tc, run_keeps_an_unscoped_figure_out_of_a_scope_its_source_sets_apart);
    tcase_add_test(tc, run_compares_money_far_apart_in_like_sentences);
    tcase_add_test(tc, run_keeps_figures_of_other_measures_apart);
    tcase_add_test(tc, run_dates_a_forecast_ahead);
    tcase_add_test(tc, run_shows_a_slip_of_ten);
    tcase_add_test(tc, run_keeps_running_totals_of_different_days_apart);
    tcase_add_test(tc, run_keeps_rates_per_different_periods_apart);
    tcase_add_test(tc, run_gives_a_count_its_own_noun);
    tcase_add_test(tc, run_reads_a_share_as_a_part_not_a_stock);
    tcase_add_test(tc, run_compares_measures);
    tcase_add_test(tc, run_signs_changes_of_opposite_directions);
    suite_add_tcase(s, tc);
    return cc_test_run(s);
}
