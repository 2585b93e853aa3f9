/* triageTrain.h — training and evaluating the local triage model from
 * labelled TSV corpora (lib/triage/triageData/ files: team<TAB>language<TAB>text,
 * optionally <TAB>group; '#' comments; a literal "\n" in text stands for a
 * newline).
 *
 * The hold-out split is deterministic: a message is held out when the hash
 * of its *normalised* text falls in the first holdout_pct of 100 buckets,
 * so lines that differ only in numbers or case land on the same side, and
 * exact normalised duplicates are dropped at load time. Lines with a group
 * are split by the hash of the group instead: every wording generated from
 * one template is on the same side.
 */
#ifndef CS_TRIAGE_TRAIN_H
#define CS_TRIAGE_TRAIN_H

#include <stddef.h>
#include <stdint.h>

#include "core/arena.h"
#include "triage/localTriage.h"

enum { TRIAGE_LANG_EN, TRIAGE_LANG_HI, TRIAGE_LANG_HINGLISH, TRIAGE_LANG_COUNT };
/* "en", "hi", "hinglish" */
extern const char *const TRIAGE_LANGS[TRIAGE_LANG_COUNT];

#define TRIAGE_MAX_SOURCES 8
#define TRIAGE_DEFAULT_HOLDOUT 0 /* the shipped model learns from every line; model-eval trains a 20% split model to measure */

typedef struct TriageExample {
    const char *text;   /* owned by the corpus arena */
    int team;           /* index in TRIAGE_TEAMS */
    int lang;           /* TRIAGE_LANG_* */
    int source;         /* index in TriageCorpus.sources */
    int heldout;        /* 1: in the evaluation part */
    uint64_t key;       /* split hash (of the group, else the normalised text) */
    double weight;      /* 1 for corpus lines; corrections: boost x recency */
} TriageExample;

typedef struct TriageCorpus {
    TriageExample *ex;  /* malloc'd array */
    size_t n, cap;
    const char *sources[TRIAGE_MAX_SOURCES]; /* file names, arena-owned */
    unsigned char is_corrections[TRIAGE_MAX_SOURCES]; /* agents' corrections: weighed per example */
    int nsources;
    size_t duplicates;  /* lines dropped as normalised duplicates */
    int holdout_pct;
    Arena *arena;
    void *seen;         /* internal: hashes already loaded */
    size_t seen_n, seen_cap;
} TriageCorpus;

/* An empty corpus that will split with holdout_pct (0..90). */
void triage_corpus_init(TriageCorpus *c, int holdout_pct);
void triage_corpus_free(TriageCorpus *c);

/* Appends a TSV file. 0, ERR_IO (err names the file), ERR_PARSE (err names
 * the line: unknown team or language, missing column) or ERR_TOO_LARGE
 * (more than TRIAGE_MAX_SOURCES files). */
int triage_corpus_load(TriageCorpus *c, const char *path, char *err, size_t errlen);

/* Agents' corrections as a source of their own (name, e.g. "database").
 * They are never held out, are added in the order given (so add the
 * newest first: a later duplicate of the same normalised text is dropped,
 * the latest label wins, also over corpus lines loaded afterwards), and
 * each weighs `weight` times an average corpus message of its team and
 * language instead of sharing a cell's mass.
 * triage_corpus_add_source(): the source index, or ERR_TOO_LARGE.
 * triage_corpus_add(): 0, 1 when dropped as a duplicate, ERR_INVALID for an
 * unknown team or language. The text is copied. */
int triage_corpus_add_source(TriageCorpus *c, const char *name, int corrections);
int triage_corpus_add(TriageCorpus *c, int source, const char *text, int team, int lang, double weight);

/* TRIAGE_LANG_* of a language code as lang_detect() gives it ("mixed" and
 * anything else count as hinglish when not "en"/"hi"). */
int triage_lang_index(const char *code);

/* 1 when text belongs to the held-out part for this percentage. */
int triage_is_heldout(const char *text, int holdout_pct);

/* Folds the naive Bayes biases are averaged over: the biases of one inner
 * split moved a test file by a point when two corpus lines changed. */
#define TRIAGE_BIAS_FOLDS 5

typedef struct TriageTrainStats {
    size_t train_docs, heldout_docs;
    double alpha, temperature;   /* alpha: naive Bayes smoothing (0 for LR) */
    int epochs;                  /* logistic regression epochs; 0: naive Bayes */
    double inner_accuracy;  /* balanced accuracy on the inner validation part */
    /* Naive Bayes per-team biases: fitted on each of TRIAGE_BIAS_FOLDS folds
     * of the training part (the model trained on the other folds), and
     * their mean, which the model keeps. */
    double fold_bias[TRIAGE_BIAS_FOLDS][TRIAGE_TEAM_COUNT];
    double bias[TRIAGE_TEAM_COUNT];
} TriageTrainStats;

/* Multinomial naive Bayes (the default: best on our held-out data), or
 * logistic regression by SGD (kept for comparison, `--algo lr`). */
#define TRIAGE_ALGO_NB 0
#define TRIAGE_ALGO_LR 1
/* What `make model`, `csctl triage-train` and the retrain use by default:
 * one setting, so a retrain compares like with like. */
#define TRIAGE_DEFAULT_ALGO TRIAGE_ALGO_NB

/* Trains on the non-held-out examples with 2^bits buckets and writes the
 * model file atomically (temp file + rename). 0, ERR_INVALID (no data),
 * ERR_IO. */
int triage_train(const TriageCorpus *c, int bits, int algo, const char *out_path, TriageTrainStats *st);

/* Upper edges of the calibration bins; the last is 1. */
#define TRIAGE_CONF_BINS 6
extern const double TRIAGE_CONF_BIN_EDGES[TRIAGE_CONF_BINS];

typedef struct TriageEvalReport {
    long confusion[TRIAGE_TEAM_COUNT][TRIAGE_TEAM_COUNT]; /* [truth][predicted] */
    long lang_total[TRIAGE_LANG_COUNT], lang_ok[TRIAGE_LANG_COUNT];
    long cell_total[TRIAGE_TEAM_COUNT][TRIAGE_LANG_COUNT], cell_ok[TRIAGE_TEAM_COUNT][TRIAGE_LANG_COUNT];
    long source_total[TRIAGE_MAX_SOURCES], source_ok[TRIAGE_MAX_SOURCES];
    long total, ok;
    double seconds;        /* CPU time spent in triage_model_predict */
    double mean_confidence_ok, mean_confidence_wrong;
    /* Calibration: messages, right answers and summed confidence per bin of
     * the top confidence (TRIAGE_CONF_BIN_EDGES), and the expected
     * calibration error (the count-weighted mean |accuracy - confidence|). */
    long conf_n[TRIAGE_CONF_BINS], conf_ok[TRIAGE_CONF_BINS];
    double conf_sum[TRIAGE_CONF_BINS];
    double ece;
} TriageEvalReport;

/* Predicts every example (only the held-out ones when heldout_only) and
 * fills *r. */
void triage_evaluate(const TriageModel *m, const TriageCorpus *c, int heldout_only, TriageEvalReport *r);

#endif
