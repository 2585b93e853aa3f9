/* triageTrainTest.c — the trainer's contract, not its accuracy: the TSV
 * loader (columns, comments, escapes, duplicates, errors naming the line),
 * a deterministic hold-out split that keeps a group together, a model file
 * that is written whole and loads with the current format version, that
 * predicts the tiny corpus it was trained on (both algorithms), and an
 * evaluation whose counts add up. */
#include <criterion/criterion.h>
#include <dirent.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "core/errors.h"
#include "triage/localTriage.h"
#include "triage/triage.h"
#include "triage/triageTrain.h"

/* Three clearly separated messages per team, in English. */
static const char TSV[] =
    "# team<TAB>language<TAB>text\n"
    "finance\ten\tinvoice payment receipt refund of gst amount\n"
    "finance\ten\tpayment deducted from bank but invoice missing\n"
    "finance\ten\tneed gst invoice and payment receipt\n"
    "support\ten\tcannot login otp not coming to app\n"
    "support\ten\tapp login fails otp error\n"
    "support\ten\totp for login never arrives in the app\n"
    "dispatch\ten\twhere is my parcel courier tracking stuck\n"
    "dispatch\ten\tcourier delayed parcel tracking shows nothing\n"
    "dispatch\ten\tparcel not delivered courier tracking number\n"
    "sales\ten\twholesale price list and dealership quotation\n"
    "sales\ten\tbulk quotation wholesale dealership price\n"
    "sales\ten\tdealership enquiry wholesale price quotation\n"
    "technical\ten\tdosage of neem oil spray for whitefly\n"
    "technical\ten\thow to spray fungicide dosage on chilli\n"
    "technical\ten\twhitefly on tomato which spray dosage\n"
    "returns_refunds\ten\tbottle leaking damaged want replacement return\n"
    "returns_refunds\ten\twrong item received return and replacement\n"
    "returns_refunds\ten\tdamaged bottle return replacement please\n"
    "general\ten\tthank you happy diwali good morning\n"
    "general\ten\tgood morning thank you team\n"
    "general\ten\thappy diwali and thank you\n";
#define TSV_LINES 21

static char dir[64];

static const char *path_in(const char *name)
{
    static char p[4][384];
    static int k;
    k = (k + 1) % 4;
    snprintf(p[k], sizeof p[k], "%s/%s", dir, name);
    return p[k];
}

static void write_file(const char *name, const char *text)
{
    FILE *f = fopen(path_in(name), "w");
    cr_assert_not_null(f);
    fputs(text, f);
    fclose(f);
}

static void setup(void)
{
    snprintf(dir, sizeof dir, "/tmp/triageTrainTest.XXXXXX");
    cr_assert_not_null(mkdtemp(dir));
    write_file("corpus.tsv", TSV);
}

static void teardown(void)
{
    DIR *d = opendir(dir);
    struct dirent *e;
    while (d && (e = readdir(d)) != NULL)
        if (e->d_name[0] != '.')
            unlink(path_in(e->d_name));
    if (d)
        closedir(d);
    rmdir(dir);
}
TestSuite(triageTrain, .init = setup, .fini = teardown);

static int files_in_dir(void)
{
    int n = 0;
    DIR *d = opendir(dir);
    struct dirent *e;
    while (d && (e = readdir(d)) != NULL)
        n += e->d_name[0] != '.';
    if (d)
        closedir(d);
    return n;
}

static int argmax(const double *p)
{
    int best = 0;
    for (int i = 1; i < TRIAGE_TEAM_COUNT; i++)
        if (p[i] > p[best])
            best = i;
    return best;
}

Test(triageTrain, loader_reads_columns_comments_escapes_and_drops_duplicates)
{
    write_file("more.tsv", "# a comment\n"
                           "\n"
                           "general\thinglish\tdhanyavaad\\nbahut accha\n"
                           "general\ten\tThank You  Happy Diwali Good Morning\n" /* a normalised duplicate */
                           "sales\thi\tथोक भाव\tgroup-a\n");
    TriageCorpus c;
    triage_corpus_init(&c, 0);
    char err[256];
    cr_assert_eq(triage_corpus_load(&c, path_in("corpus.tsv"), err, sizeof err), 0, "%s", err);
    cr_assert_eq(c.n, TSV_LINES);
    cr_assert_eq(triage_corpus_load(&c, path_in("more.tsv"), err, sizeof err), 0, "%s", err);
    cr_assert_eq(c.nsources, 2);
    cr_assert_eq(c.n, TSV_LINES + 2);
    cr_assert_eq(c.duplicates, 1, "a line equal after normalising (case) is dropped");
    cr_assert_eq(c.ex[TSV_LINES].source, 1);
    cr_assert_str_eq(c.ex[TSV_LINES].text, "dhanyavaad\nbahut accha"); /* the escape became a newline */
    cr_assert_eq(c.ex[TSV_LINES].lang, TRIAGE_LANG_HINGLISH);
    cr_assert_eq(c.ex[TSV_LINES].team, triage_team_index("general"));
    cr_assert_eq(c.ex[TSV_LINES + 1].lang, TRIAGE_LANG_HI);
    cr_assert_eq(c.ex[TSV_LINES + 1].team, triage_team_index("sales"));
    triage_corpus_free(&c);
}

Test(triageTrain, loader_errors_name_the_file_or_line)
{
    TriageCorpus c;
    char err[256];
    triage_corpus_init(&c, 0);
    cr_assert_eq(triage_corpus_load(&c, path_in("missing.tsv"), err, sizeof err), ERR_IO);
    cr_assert_not_null(strstr(err, "missing.tsv"), "%s", err);
    write_file("badTeam.tsv", "finance\ten\tok line\nmarketing\ten\tnot a team\n");
    cr_assert_eq(triage_corpus_load(&c, path_in("badTeam.tsv"), err, sizeof err), ERR_PARSE);
    cr_assert_not_null(strstr(err, "badTeam.tsv:2:"), "file and line in: %s", err);
    write_file("badLang.tsv", "finance\tfr\tfacture\n");
    cr_assert_eq(triage_corpus_load(&c, path_in("badLang.tsv"), err, sizeof err), ERR_PARSE);
    write_file("short.tsv", "finance\ten\n");
    cr_assert_eq(triage_corpus_load(&c, path_in("short.tsv"), err, sizeof err), ERR_PARSE);
    triage_corpus_free(&c);

    triage_corpus_init(&c, 0);
    for (int i = 0; i < TRIAGE_MAX_SOURCES; i++)
        cr_assert_eq(triage_corpus_load(&c, path_in("corpus.tsv"), err, sizeof err), 0, "%s", err);
    cr_assert_eq(triage_corpus_load(&c, path_in("corpus.tsv"), err, sizeof err), ERR_TOO_LARGE);
    triage_corpus_free(&c);
}

Test(triageTrain, holdout_split_is_deterministic_and_keeps_groups_together)
{
    cr_assert_eq(triage_is_heldout("where is my parcel", 0), 0);
    for (int pct = 10; pct <= 90; pct += 40)
        cr_assert_eq(triage_is_heldout("where is my parcel", pct), triage_is_heldout("where is my parcel", pct));
    /* Numbers and case do not move a message to the other side. */
    cr_assert_eq(triage_is_heldout("Order 12345 not delivered", 50), triage_is_heldout("order 98 not delivered", 50));

    TriageCorpus c;
    char err[256];
    triage_corpus_init(&c, 50);
    write_file("groups.tsv", "dispatch\ten\tparcel late one\tg1\n"
                             "dispatch\ten\tcourier stuck two\tg1\n"
                             "dispatch\ten\ttracking missing three\tg1\n"
                             "sales\ten\tprice list four\tg2\n"
                             "sales\ten\tquotation five\tg2\n");
    cr_assert_eq(triage_corpus_load(&c, path_in("groups.tsv"), err, sizeof err), 0, "%s", err);
    cr_assert_eq(c.n, 5);
    cr_assert_eq(c.ex[0].heldout, c.ex[1].heldout);
    cr_assert_eq(c.ex[1].heldout, c.ex[2].heldout);
    cr_assert_eq(c.ex[3].heldout, c.ex[4].heldout);
    triage_corpus_free(&c);
}

static void train_and_check(int algo)
{
    TriageCorpus c;
    char err[256];
    triage_corpus_init(&c, 0);
    cr_assert_eq(triage_corpus_load(&c, path_in("corpus.tsv"), err, sizeof err), 0, "%s", err);
    TriageTrainStats st;
    memset(&st, 0, sizeof st);
    cr_assert_eq(triage_train(&c, 14, algo, path_in("out.model"), &st), 0);
    cr_assert_eq(st.train_docs, TSV_LINES);
    cr_assert_eq(st.heldout_docs, 0);
    cr_assert_eq(files_in_dir(), 2, "the model and the corpus: no temporary file left behind");
    if (algo == TRIAGE_ALGO_NB) /* the biases kept are the mean of the folds' */
        for (int t = 0; t < TRIAGE_TEAM_COUNT; t++) {
            double mean = 0;
            for (int k = 0; k < TRIAGE_BIAS_FOLDS; k++)
                mean += st.fold_bias[k][t] / TRIAGE_BIAS_FOLDS;
            cr_assert_float_eq(st.bias[t], mean, 1e-4, "team %d: %f vs %f", t, st.bias[t], mean);
        }

    TriageModel *m = NULL;
    cr_assert_eq(triage_model_load(path_in("out.model"), &m), 0);
    cr_assert_eq(triage_model_header(m)->version, TRIAGE_MODEL_VERSION);
    /* The model predicts what it was trained on. */
    for (size_t i = 0; i < c.n; i++) {
        double p[TRIAGE_TEAM_COUNT];
        int best = triage_model_predict(m, c.ex[i].text, p);
        double sum = 0;
        for (int k = 0; k < TRIAGE_TEAM_COUNT; k++) {
            cr_assert(p[k] >= 0 && p[k] <= 1, "%f", p[k]);
            sum += p[k];
        }
        cr_assert(sum > 0.99 && sum < 1.01, "probabilities sum to %f", sum);
        cr_assert_eq(best, argmax(p), "the returned index is the most probable team");
        cr_assert_eq(best, c.ex[i].team, "\"%s\": predicted %s", c.ex[i].text, TRIAGE_TEAMS[best]);
    }
    TriageEvalReport r;
    triage_evaluate(m, &c, 0, &r);
    cr_assert_eq(r.total, (long)c.n);
    cr_assert_eq(r.ok, (long)c.n);
    long cells = 0;
    for (int t = 0; t < TRIAGE_TEAM_COUNT; t++)
        for (int u = 0; u < TRIAGE_TEAM_COUNT; u++)
            cells += r.confusion[t][u];
    cr_assert_eq(cells, r.total);
    cr_assert_eq(r.lang_total[TRIAGE_LANG_EN], (long)c.n);
    /* Calibration bins: every message in exactly one, right ones counted,
     * mean confidence inside its bin, and the error a fraction. */
    long binned = 0, binned_ok = 0;
    double lo = 0;
    for (int b = 0; b < TRIAGE_CONF_BINS; b++) {
        binned += r.conf_n[b];
        binned_ok += r.conf_ok[b];
        if (r.conf_n[b]) {
            double mean = r.conf_sum[b] / (double)r.conf_n[b];
            cr_assert(mean >= lo - 1e-9 && mean <= TRIAGE_CONF_BIN_EDGES[b] + 1e-9, "bin %d mean %f", b, mean);
        }
        lo = TRIAGE_CONF_BIN_EDGES[b];
    }
    cr_assert_eq(binned, r.total);
    cr_assert_eq(binned_ok, r.ok);
    cr_assert(r.ece >= 0 && r.ece <= 1, "ece %f", r.ece);
    triage_evaluate(m, &c, 1, &r); /* nothing held out at 0% */
    cr_assert_eq(r.total, 0);
    triage_model_free(&m);
    cr_assert_null(m);
    triage_corpus_free(&c);
}

Test(triageTrain, naive_bayes_model_predicts_its_training_corpus) { train_and_check(TRIAGE_ALGO_NB); }

Test(triageTrain, logistic_regression_model_predicts_its_training_corpus) { train_and_check(TRIAGE_ALGO_LR); }

Test(triageTrain, no_data_or_unwritable_path_is_an_error)
{
    TriageCorpus c;
    TriageTrainStats st;
    char err[256];
    triage_corpus_init(&c, 0);
    cr_assert_eq(triage_train(&c, 14, TRIAGE_ALGO_NB, path_in("empty.model"), &st), ERR_INVALID);
    cr_assert_eq(access(path_in("empty.model"), F_OK), -1, "nothing written");
    cr_assert_eq(triage_corpus_load(&c, path_in("corpus.tsv"), err, sizeof err), 0, "%s", err);
    cr_assert_eq(triage_train(&c, 14, TRIAGE_ALGO_NB, path_in("no/such/dir/x.model"), &st), ERR_IO);
    triage_corpus_free(&c);
}
