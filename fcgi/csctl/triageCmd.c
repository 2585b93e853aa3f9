/* triageCmd.c — csctl triage-train, triage-eval and triage: the local
 * classifier's training, its held-out evaluation and a stdin filter.
 * None of them needs the database or a full configuration. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/arena.h"
#include "core/buf.h"
#include "core/config.h"
#include "csctl.h"
#include "core/errors.h"
#include "triage/geminiClient.h"
#include "triage/localTriage.h"
#include "triage/triage.h"
#include "triage/triagePipeline.h"
#include "triage/triageRetrain.h"
#include "triage/triageTrain.h"
#include "store/db.h"

#define DEFAULT_DATA_DIR "lib/triage/triageData"
#define DEFAULT_CORPUS_1 "lib/triage/triageData/corpus.tsv"
#define DEFAULT_CORPUS_2 "lib/triage/triageData/bitextMapped.tsv"
#define STDIN_LINE_MAX 65536

static const char *default_model_path(void)
{
    if (g_config.triage_model_file)
        return g_config.triage_model_file;
    const char *env = getenv("TRIAGE_MODEL_FILE");
    return env && *env ? env : TRIAGE_DEFAULT_MODEL_FILE;
}

/* Parses the shared options; returns 0 or 2 (usage). */
typedef struct TriageArgs {
    const char *out;
    const char *model;
    const char *corpus[TRIAGE_MAX_SOURCES];
    int ncorpus;
    const char *test;
    int bits;
    int holdout;
    int all;
    int algo;
    int from_db;          /* triage-train: corpus + agents' corrections, gated install */
    int force;            /* with --from-db: install even when held-out accuracy drops */
    const char *data_dir;
} TriageArgs;

static int parse_args(int argc, char **argv, TriageArgs *a)
{
    memset(a, 0, sizeof *a);
    a->bits = TRIAGE_DEFAULT_BITS;
    a->holdout = TRIAGE_DEFAULT_HOLDOUT;
    a->algo = TRIAGE_DEFAULT_ALGO;
    for (int i = 1; i < argc; i++) {
        const char *k = argv[i];
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (strcmp(k, "--all") == 0 || strcmp(k, "--from-db") == 0 || strcmp(k, "--force") == 0) {
            *(strcmp(k, "--all") == 0 ? &a->all : strcmp(k, "--force") == 0 ? &a->force : &a->from_db) = 1;
            continue;
        }
        if (!v) {
            fprintf(stderr, "csctl: %s needs a value\n", k);
            return 2;
        }
        i++;
        if (strcmp(k, "--out") == 0) {
            a->out = v;
        } else if (strcmp(k, "--model") == 0) {
            a->model = v;
        } else if (strcmp(k, "--algo") == 0) {
            if (strcmp(v, "nb") != 0 && strcmp(v, "lr") != 0) {
                fprintf(stderr, "csctl: --algo is nb or lr\n");
                return 2;
            }
            a->algo = strcmp(v, "lr") == 0 ? TRIAGE_ALGO_LR : TRIAGE_ALGO_NB;
        } else if (strcmp(k, "--data-dir") == 0) {
            a->data_dir = v;
        } else if (strcmp(k, "--test") == 0) {
            a->test = v;
        } else if (strcmp(k, "--corpus") == 0) {
            if (a->ncorpus >= TRIAGE_MAX_SOURCES) {
                fprintf(stderr, "csctl: at most %d --corpus files\n", TRIAGE_MAX_SOURCES);
                return 2;
            }
            a->corpus[a->ncorpus++] = v;
        } else if (strcmp(k, "--bits") == 0 || strcmp(k, "--holdout") == 0) {
            char *end = NULL;
            long n = strtol(v, &end, 10);
            int is_bits = strcmp(k, "--bits") == 0;
            if (!end || *end || (is_bits && (n < 10 || n > 24)) || (!is_bits && (n < 0 || n > 90))) {
                fprintf(stderr, "csctl: bad %s \"%s\"\n", k, v);
                return 2;
            }
            if (is_bits)
                a->bits = (int)n;
            else
                a->holdout = (int)n;
        } else {
            fprintf(stderr, "csctl: unknown option %s\n", k);
            return 2;
        }
    }
    if (a->ncorpus == 0) {
        a->corpus[a->ncorpus++] = DEFAULT_CORPUS_1;
        a->corpus[a->ncorpus++] = DEFAULT_CORPUS_2;
    }
    return 0;
}

static int load_corpora(TriageCorpus *c, const TriageArgs *a)
{
    char err[512];
    for (int i = 0; i < a->ncorpus; i++)
        if (triage_corpus_load(c, a->corpus[i], err, sizeof err) != 0) {
            fprintf(stderr, "csctl: %s\n", err);
            return 1;
        }
    return 0;
}

/* csctl may have stopped reading the configuration at a missing variable
 * before these: read them directly. */
static const char *data_dir_of(const TriageArgs *a)
{
    if (a->data_dir)
        return a->data_dir;
    if (g_config.triage_data_dir)
        return g_config.triage_data_dir;
    const char *env = getenv("TRIAGE_DATA_DIR");
    return env && *env ? env : DEFAULT_DATA_DIR;
}

static double pct(long ok, long n) { return n ? 100.0 * (double)ok / (double)n : 0.0; }

/* `triage-train --from-db`: the repository corpus plus agents' corrections;
 * installed only when the held-out file does not get worse (or --force). */
static int train_from_db(const TriageArgs *a)
{
    if (!g_config.database_url) {
        fprintf(stderr, "csctl: --from-db needs DATABASE_URL\n");
        return 1;
    }
    if (db_connect(g_config.database_url) != 0) {
        fprintf(stderr, "csctl: cannot connect to the database: %s\n", db_last_error());
        return 1;
    }
    TriageRetrainOptions o = {
        .model_path = a->out ? a->out : default_model_path(),
        .data_dir = data_dir_of(a),
        .trigger = "csctl",
        .force = a->force,
    };
    TriageRetrainReport r;
    char err[512];
    Arena *ar = arena_new(0);
    int rc = triage_retrain_from_db(ar, &o, &r, err, sizeof err);
    arena_destroy(&ar);
    if (rc) {
        fprintf(stderr, "csctl: retraining failed: %s%s%s\n", err_name(rc), *err ? ": " : "", err);
        return 1;
    }
    printf("trained on %zu messages including %zu agent corrections (%zu older conflicting labels dropped)\n",
           r.train.train_docs, r.corrections, r.corrections_dropped);
    static const char *const TESTS[] = TRIAGE_HELDOUT_FILES;
    printf("held-out %s/{", o.data_dir);
    for (size_t i = 0; i < sizeof TESTS / sizeof TESTS[0]; i++)
        printf("%s%s", i ? "," : "", TESTS[i]);
    printf("} (%ld messages):\n", r.after.total);
    printf("  %-10s %10s %10s\n", "", "before", "after");
    for (int l = -1; l < TRIAGE_LANG_COUNT; l++) {
        long bo = l < 0 ? r.before.ok : r.before.lang_ok[l], bt = l < 0 ? r.before.total : r.before.lang_total[l];
        long ao = l < 0 ? r.after.ok : r.after.lang_ok[l], at = l < 0 ? r.after.total : r.after.lang_total[l];
        if (r.have_before)
            printf("  %-10s %9.1f%% %9.1f%%\n", l < 0 ? "all" : TRIAGE_LANGS[l], pct(bo, bt), pct(ao, at));
        else
            printf("  %-10s %10s %9.1f%%\n", l < 0 ? "all" : TRIAGE_LANGS[l], "-", pct(ao, at));
    }
    printf("model %s -> %s: %s (%s)\n", r.have_before ? r.version_before : "(none)", r.version_after,
           r.installed ? "installed" : "NOT installed", r.reason);
    if (!r.installed)
        printf("the installed model is better on the held-out set; --force installs the new one anyway\n");
    return 0;
}

int csctl_triage_train(int argc, char **argv)
{
    TriageArgs a;
    int rc = parse_args(argc, argv, &a);
    if (rc)
        return rc;
    if (a.from_db)
        return train_from_db(&a);
    const char *out = a.out ? a.out : default_model_path();
    TriageCorpus c;
    triage_corpus_init(&c, a.holdout);
    if (load_corpora(&c, &a) != 0) {
        triage_corpus_free(&c);
        return 1;
    }
    TriageTrainStats st;
    rc = triage_train(&c, a.bits, a.algo, out, &st);
    if (rc != 0) {
        fprintf(stderr, "csctl: training failed: %s\n", err_name(rc));
        triage_corpus_free(&c);
        return 1;
    }
    printf("trained %s: %zu messages (%zu held out, %zu duplicates dropped), 2^%d buckets, "
           "%s, temperature %.2f, inner validation %.1f%%\n",
           out, st.train_docs, st.heldout_docs, c.duplicates, a.bits,
           st.epochs ? "logistic regression" : "naive Bayes", st.temperature,
           st.inner_accuracy * 100);
    triage_corpus_free(&c);
    return 0;
}

static void print_report(const TriageEvalReport *r, const TriageCorpus *c)
{
    printf("accuracy: %.1f%% (%ld/%ld)\n", pct(r->ok, r->total), r->ok, r->total);
    printf("\nby language:\n");
    for (int l = 0; l < TRIAGE_LANG_COUNT; l++)
        printf("  %-10s %5.1f%% (%ld/%ld)\n", TRIAGE_LANGS[l], pct(r->lang_ok[l], r->lang_total[l]), r->lang_ok[l],
               r->lang_total[l]);
    printf("\nby source:\n");
    for (int s = 0; s < c->nsources; s++)
        printf("  %-36s %5.1f%% (%ld/%ld)\n", c->sources[s], pct(r->source_ok[s], r->source_total[s]),
               r->source_ok[s], r->source_total[s]);
    printf("\nby team (recall; precision) and by team x language (recall):\n");
    printf("  %-16s %7s %9s %8s %8s %8s\n", "team", "recall", "precision", "en", "hi", "hinglish");
    for (int t = 0; t < TRIAGE_TEAM_COUNT; t++) {
        long row = 0, col = 0;
        for (int p = 0; p < TRIAGE_TEAM_COUNT; p++) {
            row += r->confusion[t][p];
            col += r->confusion[p][t];
        }
        printf("  %-16s %6.1f%% %8.1f%%", TRIAGE_TEAMS[t], pct(r->confusion[t][t], row),
               pct(r->confusion[t][t], col));
        for (int l = 0; l < TRIAGE_LANG_COUNT; l++) {
            if (r->cell_total[t][l])
                printf(" %7.1f%%", pct(r->cell_ok[t][l], r->cell_total[t][l]));
            else
                printf(" %8s", "-");
        }
        printf("\n");
    }
    printf("\nconfusion matrix (rows: true team, columns: predicted):\n  %-16s", "");
    for (int p = 0; p < TRIAGE_TEAM_COUNT; p++)
        printf(" %6.6s", TRIAGE_TEAMS[p]);
    printf("\n");
    for (int t = 0; t < TRIAGE_TEAM_COUNT; t++) {
        printf("  %-16s", TRIAGE_TEAMS[t]);
        for (int p = 0; p < TRIAGE_TEAM_COUNT; p++)
            printf(" %6ld", r->confusion[t][p]);
        printf("\n");
    }
    printf("\nmean confidence: %.2f when right, %.2f when wrong\n", r->mean_confidence_ok,
           r->mean_confidence_wrong);
    printf("\ncalibration (messages by confidence; a calibrated model is right as often as it is sure):\n");
    printf("  %-12s %9s %9s %9s\n", "confidence", "messages", "accuracy", "mean conf");
    double lo = 0;
    for (int b = 0; b < TRIAGE_CONF_BINS; b++) {
        char range[32];
        snprintf(range, sizeof range, "%.2f-%.2f", lo, TRIAGE_CONF_BIN_EDGES[b]);
        lo = TRIAGE_CONF_BIN_EDGES[b];
        if (!r->conf_n[b]) {
            printf("  %-12s %9d %9s %9s\n", range, 0, "-", "-");
            continue;
        }
        printf("  %-12s %9ld %8.1f%% %9.2f\n", range, r->conf_n[b], pct(r->conf_ok[b], r->conf_n[b]),
               r->conf_sum[b] / (double)r->conf_n[b]);
    }
    printf("  expected calibration error: %.3f\n", r->ece);
    /* What TRIAGE_MIN_CONFIDENCE at its default does with these messages:
     * the first bin ends at 0.5, and those go to a human (needs_team). */
    long below = r->conf_n[0], below_wrong = r->conf_n[0] - r->conf_ok[0];
    long auto_n = r->total - below, auto_ok = r->ok - r->conf_ok[0];
    printf("  at TRIAGE_MIN_CONFIDENCE 0.5: %ld of %ld messages (%.1f%%) wait for a human to pick the team, "
           "catching %ld of %ld errors; the rest are %.1f%% right\n",
           below, r->total, pct(below, r->total), below_wrong, r->total - r->ok, pct(auto_ok, auto_n));
}

/* Messages per CPU second of the whole local provider (classify, language,
 * sentiment, priority, summary), for at least min_seconds of CPU time: CPU
 * time, so the figure means "one core" even on a shared, busy machine. */
static double pipeline_rate(const TriageCorpus *c, double min_seconds)
{
    struct timespec t0, t1;
    long done = 0;
    double el = 0;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t0);
    while (el < min_seconds && c->n > 0) {
        for (size_t i = 0; i < c->n; i++) {
            Arena *a = arena_new(0);
            TriageResult res;
            if (local_triage(a, c->ex[i].text, &res) != 0) {
                arena_destroy(&a);
                return 0;
            }
            arena_destroy(&a);
            done++;
        }
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t1);
        el = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
    }
    return el > 0 ? (double)done / el : 0;
}

int csctl_triage_eval(int argc, char **argv)
{
    TriageArgs a;
    int rc = parse_args(argc, argv, &a);
    if (rc)
        return rc;
    const char *path = a.model ? a.model : default_model_path();
    TriageModel *m = NULL;
    rc = triage_model_load(path, &m);
    if (rc != 0) {
        fprintf(stderr, "csctl: cannot load model %s: %s (run `make model`)\n", path, err_name(rc));
        return 1;
    }
    TriageCorpus c;
    triage_corpus_init(&c, (int)triage_model_header(m)->holdout_pct);
    int exit_code = 0;
    char err[512];
    if (a.test) {
        /* A separate file never used for training: evaluate all of it. */
        if (triage_corpus_load(&c, a.test, err, sizeof err) != 0) {
            fprintf(stderr, "csctl: %s\n", err);
            exit_code = 1;
            goto cleanup;
        }
        a.all = 1;
    } else if (load_corpora(&c, &a) != 0) {
        exit_code = 1;
        goto cleanup;
    }
    if (!a.test && !a.all && triage_model_header(m)->holdout_pct == 0) {
        /* Nothing was held out: say so, and score the training data rather
         * than nothing. */
        fprintf(stderr, "csctl: %s was trained on the whole corpus (no held-out part): scoring every message; "
                        "for a real measure use --test FILE (e.g. lib/triage/triageData/heldOut.tsv) or a "
                        "model trained with --holdout 20\n",
                path);
        a.all = 1;
    }
    TriageEvalReport r;
    triage_evaluate(m, &c, !a.all, &r);
    printf("model %s (%s, %u training messages, hold-out %u%%)\n", path, triage_model_name(m),
           triage_model_header(m)->train_docs, triage_model_header(m)->holdout_pct);
    printf("evaluated on: %s\n\n", a.test ? "the whole test file" : a.all ? "every message (training included)"
                                                                          : "the held-out part only");
    print_report(&r, &c);
    /* Throughput: repeat the classifier over the set for about a second. */
    TriageEvalReport tmp;
    double secs = 0;
    long n = 0;
    while (secs < 1.0 && r.total > 0) {
        triage_evaluate(m, &c, !a.all, &tmp);
        secs += tmp.seconds;
        n += tmp.total;
    }
    local_triage_use_model(path);
    double full = pipeline_rate(&c, 1.0);
    printf("\nthroughput (per CPU second, one core): classifier %.0f messages/s, full local triage (with summary) %.0f "
           "messages/s\n",
           secs > 0 ? (double)n / secs : 0, full);
cleanup:
    triage_corpus_free(&c);
    triage_model_free(&m);
    return exit_code;
}

/* The provider call for `csctl triage`: the same chain as the triage job
 * (Gemini when GEMINI_API_KEY is set, the local model otherwise or when
 * Gemini fails; the reason goes to stderr). */
static int run_triage(Arena *a, const char *text, TriageResult *out)
{
    TriageLog log;
    gemini_config_from_env(); /* csctl may have stopped loading at DATABASE_URL */
    int rc = triage_text(a, text, out, &log);
    if (rc == 0 && log.n > 1 && out->provider && strcmp(out->provider, "local") == 0)
        fprintf(stderr, "csctl: gemini failed (%s), used the local model\n",
                log.attempts[0].error ? log.attempts[0].error : log.attempts[0].outcome);
    return rc;
}

static void print_json_str(Buf *b, const char *key, const char *v, int comma)
{
    (void)buf_appendf(b, "%s\"%s\":", comma ? "," : "", key);
    if (!v) {
        (void)buf_append_str(b, "null");
        return;
    }
    (void)buf_append_char(b, '"');
    (void)buf_append_json_escaped(b, v, strlen(v));
    (void)buf_append_char(b, '"');
}

int csctl_triage(int argc, char **argv)
{
    TriageArgs a;
    int rc = parse_args(argc, argv, &a);
    if (rc)
        return rc;
    if (a.model)
        local_triage_use_model(a.model);
    if (!g_config.triage_data_dir) {
        /* The configuration stopped before the triage settings (no
         * DATABASE_URL): the threshold from the environment, else the
         * table's default. */
        const char *v = getenv("TRIAGE_MIN_CONFIDENCE");
        char *end = NULL;
        double d = v && *v ? strtod(v, &end) : 0.5;
        g_config.triage_min_confidence = d >= 0 && d <= 1 && (!end || !*end) ? d : 0.5;
    }
    char *line = malloc(STDIN_LINE_MAX);
    if (!line)
        abort();
    int exit_code = 0;
    while (fgets(line, STDIN_LINE_MAX, stdin)) {
        size_t n = strlen(line);
        int too_long = n == STDIN_LINE_MAX - 1 && line[n - 1] != '\n';
        while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
            line[--n] = '\0';
        if (too_long) {
            /* Keep the head (the input bound cuts it anyway); drop the rest. */
            int ch;
            while ((ch = getchar()) != EOF && ch != '\n') {
            }
        }
        char *w = line; /* a literal "\n" stands for a newline */
        for (char *r = line; *r; r++) {
            if (r[0] == '\\' && r[1] == 'n') {
                *w++ = '\n';
                r++;
            } else {
                *w++ = *r;
            }
        }
        *w = '\0';
        Arena *ar = arena_new(0);
        TriageResult res;
        rc = run_triage(ar, line, &res);
        if (rc != 0) {
            fprintf(stderr, "csctl: triage failed: %s (is the model built? `make model`)\n", err_name(rc));
            arena_destroy(&ar);
            exit_code = 1;
            break;
        }
        Buf b;
        buf_init(&b, 1 << 20);
        (void)buf_append_char(&b, '{');
        print_json_str(&b, "suggested_team", res.team, 0);
        print_json_str(&b, "summary", res.summary, 1);
        print_json_str(&b, "language", res.language, 1);
        (void)buf_appendf(&b, ",\"confidence\":%.3f", res.confidence);
        (void)buf_appendf(&b, ",\"needs_team\":%s", triage_needs_team(res.confidence) ? "true" : "false");
        print_json_str(&b, "sentiment", res.sentiment, 1);
        print_json_str(&b, "priority", res.priority, 1);
        print_json_str(&b, "provider", res.provider, 1);
        print_json_str(&b, "model", res.model, 1);
        (void)buf_append_str(&b, "}\n");
        fwrite(b.data, 1, b.len, stdout);
        fflush(stdout);
        buf_free(&b);
        arena_destroy(&ar);
    }
    free(line);
    return exit_code;
}
