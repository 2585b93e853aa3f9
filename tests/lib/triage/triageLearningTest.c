/* triageLearningTest.c — learning from agents without a database: the
 * corrections source (latest label wins, never held out, weighted), a
 * correction teaching a phrase the corpus lacks, the provider picking up a
 * retrained file by itself (and keeping its model when the new file is
 * bad), and the needs_team threshold. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/arena.h"
#include "core/config.h"
#include "core/errors.h"
#include "triage/localTriage.h"
#include "triage/triage.h"
#include "triage/triagePipeline.h"
#include "triage/triageTrain.h"

static const char *const TSV =
    "finance\ten\tpayment failed but money debited from my account\n"
    "finance\ten\tneed GST invoice and payment receipt for my order\n"
    "finance\thinglish\tpayment fail ho gaya lekin paise kat gaye account se\n"
    "support\ten\tnot able to login to the app, otp not coming\n"
    "support\ten\tplease cancel my order before dispatch, coupon not working\n"
    "support\thinglish\tapp me login nahi ho raha otp nahi aa raha\n"
    "dispatch\ten\twhere is my order, tracking shows no movement, courier delayed\n"
    "dispatch\ten\tdo you deliver to my pincode, when will the parcel reach\n"
    "dispatch\thinglish\tmera order kahan hai courier tracking nahi dikh rahi\n"
    "sales\ten\twhat is the price of neem oil, send wholesale rate list\n"
    "sales\ten\twant dealership and bulk quotation, is it in stock\n"
    "sales\thinglish\tneem oil ka rate kya hai wholesale rate list bhejo\n"
    "technical\ten\tdosage of neem oil per litre for whitefly on tomato\n"
    "technical\ten\tcan I mix trichoderma with fungicide, how to spray on chilli\n"
    "technical\thinglish\ttamatar me safed makhi ke liye neem oil kitna dale\n"
    "returns_refunds\ten\tbottle arrived leaking and damaged, want replacement\n"
    "returns_refunds\ten\twrong item received, return it and refund status please\n"
    "returns_refunds\thinglish\tgalat saman aaya wapas karna hai refund kab milega\n"
    "general\ten\tthank you very much, great products\n"
    "general\ten\tgood morning, happy diwali\n"
    "general\thinglish\tdhanyawad bahut badhiya product\n";

#define NEW_PHRASE "vacancy for field officer, I want to apply for the job"
#define SIMILAR_PHRASE "is there a field officer vacancy? want to apply"
#define TAUGHT "general" /* the tiny corpus reads "want to ..." as sales */

static char g_dir[64], g_tsv[128], g_model[128];

static void setup(void)
{
    snprintf(g_dir, sizeof g_dir, "/tmp/triageLearningTest.XXXXXX");
    cr_assert_not_null(mkdtemp(g_dir));
    snprintf(g_tsv, sizeof g_tsv, "%s/corpus.tsv", g_dir);
    snprintf(g_model, sizeof g_model, "%s/triage.model", g_dir);
    FILE *f = fopen(g_tsv, "w");
    cr_assert_not_null(f);
    fputs(TSV, f);
    fclose(f);
}

static void teardown(void)
{
    local_triage_use_model(NULL);
    char p[160];
    snprintf(p, sizeof p, "%s/bad.model", g_dir);
    unlink(p);
    unlink(g_model);
    unlink(g_tsv);
    rmdir(g_dir);
}

TestSuite(triageLearning, .init = setup, .fini = teardown);

/* Trains the tiny corpus into path, plus one correction of NEW_PHRASE to
 * `team` with `weight` when team is not NULL. */
static void train(const char *path, const char *team, double weight)
{
    TriageCorpus c;
    triage_corpus_init(&c, 0);
    if (team) {
        int s = triage_corpus_add_source(&c, "corrections", 1);
        cr_assert_geq(s, 0);
        cr_assert_eq(triage_corpus_add(&c, s, NEW_PHRASE, triage_team_index(team), TRIAGE_LANG_EN, weight), 0);
    }
    char err[256];
    cr_assert_eq(triage_corpus_load(&c, g_tsv, err, sizeof err), 0, "%s", err);
    TriageTrainStats st;
    cr_assert_eq(triage_train(&c, 16, TRIAGE_DEFAULT_ALGO, path, &st), 0);
    triage_corpus_free(&c);
}

static double prob_of(const char *path, const char *text, const char *team, int *best)
{
    TriageModel *m = NULL;
    cr_assert_eq(triage_model_load(path, &m), 0);
    double p[TRIAGE_TEAM_COUNT];
    *best = triage_model_predict(m, text, p);
    triage_model_free(&m);
    return p[triage_team_index(team)];
}

Test(triageLearning, latest_label_wins_and_corrections_are_never_held_out)
{
    TriageCorpus c;
    triage_corpus_init(&c, 90); /* nearly everything from files is held out */
    int s = triage_corpus_add_source(&c, "corrections", 1);
    /* newest first: the same normalised text again (case, numbers) is older */
    cr_assert_eq(triage_corpus_add(&c, s, "Order 12345 not shipped yet but PAID", 2, TRIAGE_LANG_EN, 4.0), 0);
    cr_assert_eq(triage_corpus_add(&c, s, "order 99881 not shipped yet but paid", 0, TRIAGE_LANG_EN, 4.0), 1);
    cr_assert_eq(c.duplicates, 1);
    cr_assert_eq(triage_corpus_add(&c, s, "x", 99, TRIAGE_LANG_EN, 1.0), ERR_INVALID);
    cr_assert_eq(triage_corpus_add(&c, s, "x", 0, TRIAGE_LANG_EN, 0.0), ERR_INVALID);
    for (int i = 0; i < 40; i++) {
        char t[64];
        snprintf(t, sizeof t, "correction number %c%c please", 'a' + i % 26, 'a' + i / 26);
        cr_assert_eq(triage_corpus_add(&c, s, t, i % TRIAGE_TEAM_COUNT, TRIAGE_LANG_HINGLISH, 1.0), 0);
    }
    /* a corpus line with the corrected text is dropped: the agent's label stands */
    FILE *f = fopen(g_tsv, "a");
    fputs("finance\ten\torder 555 not shipped yet but paid\n", f);
    fclose(f);
    char err[256];
    cr_assert_eq(triage_corpus_load(&c, g_tsv, err, sizeof err), 0, "%s", err);
    cr_assert_eq(c.duplicates, 2);
    size_t held = 0;
    for (size_t i = 0; i < c.n; i++) {
        if (c.ex[i].source == s)
            cr_assert_eq(c.ex[i].heldout, 0);
        held += c.ex[i].heldout;
    }
    cr_assert_gt(held, 0);
    cr_assert_eq(c.ex[0].team, 2);
    cr_assert_float_eq(c.ex[0].weight, 4.0, 1e-12);
    cr_assert_eq(c.is_corrections[s], 1);
    cr_assert_eq(c.is_corrections[1], 0);
    triage_corpus_free(&c);
}

Test(triageLearning, a_correction_teaches_a_phrase_the_corpus_lacks)
{
    int best;
    train(g_model, NULL, 0);
    prob_of(g_model, SIMILAR_PHRASE, TAUGHT, &best);
    cr_assert_neq(best, triage_team_index(TAUGHT));
    train(g_model, TAUGHT, 4.0);
    double p = prob_of(g_model, SIMILAR_PHRASE, TAUGHT, &best);
    cr_assert_eq(best, triage_team_index(TAUGHT), "p(taught)=%f", p);
    /* ... and leaves the rest alone */
    prob_of(g_model, "where is my order, courier tracking", "dispatch", &best);
    cr_assert_eq(best, triage_team_index("dispatch"));
}

Test(triageLearning, provider_reloads_a_replaced_model_file)
{
    train(g_model, NULL, 0);
    local_triage_use_model(g_model);
    Arena *a = arena_new(0);
    TriageResult r1, r2, r3;
    cr_assert_eq(local_triage(a, SIMILAR_PHRASE, &r1), 0);
    cr_assert_str_neq(r1.team, TAUGHT);
    train(g_model, TAUGHT, 4.0); /* written to a temp file, renamed over the path */
    cr_assert_eq(local_triage(a, SIMILAR_PHRASE, &r2), 0);
    cr_assert_str_eq(r2.team, TAUGHT);
    cr_assert_str_neq(r2.model, r1.model);
    /* A broken replacement: the loaded model keeps answering. */
    char bad[160];
    snprintf(bad, sizeof bad, "%s/bad.model", g_dir);
    FILE *f = fopen(bad, "w");
    fputs("not a model", f);
    fclose(f);
    cr_assert_eq(rename(bad, g_model), 0);
    cr_assert_eq(local_triage(a, SIMILAR_PHRASE, &r3), 0);
    cr_assert_str_eq(r3.model, r2.model);
    /* ... and a good file after it is picked up again */
    train(g_model, NULL, 0);
    cr_assert_eq(local_triage(a, SIMILAR_PHRASE, &r3), 0);
    cr_assert_str_eq(r3.model, r1.model); /* deterministic training: same weights, same version */
    arena_destroy(&a);
}

Test(triageLearning, needs_team_below_the_configured_confidence)
{
    double saved = g_config.triage_min_confidence;
    g_config.triage_min_confidence = 0.5;
    cr_assert_eq(triage_needs_team(0.49), 1);
    cr_assert_eq(triage_needs_team(0.5), 0);
    cr_assert_eq(triage_needs_team(0.97), 0);
    g_config.triage_min_confidence = 0;
    cr_assert_eq(triage_needs_team(0.0), 0); /* 0 turns it off */
    g_config.triage_min_confidence = saved;
}

Test(triageLearning, language_codes_map_to_training_languages)
{
    cr_assert_eq(triage_lang_index("en"), TRIAGE_LANG_EN);
    cr_assert_eq(triage_lang_index("hi"), TRIAGE_LANG_HI);
    cr_assert_eq(triage_lang_index("hinglish"), TRIAGE_LANG_HINGLISH);
    cr_assert_eq(triage_lang_index("mixed"), TRIAGE_LANG_HINGLISH);
    cr_assert_eq(triage_lang_index(NULL), TRIAGE_LANG_EN);
}
