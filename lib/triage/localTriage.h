/* localTriage.h — the local triage model (multinomial naive Bayes or
 * logistic regression, whichever validated better, over the hashed
 * features of textNorm.h) and the heuristics around it.
 * local_triage() itself is declared in triage.h.
 *
 * Model file (little-endian, written by triageTrain.c):
 *   TriageModelHeader (64 bytes: magic "KOTRIAGE", version, bits, classes,
 *   hold-out percent, weight scale, temperature, alpha, training size)
 *   float bias[8]                    log prior per class (8 = padded)
 *   int16 weight[2^bits][8]          naive Bayes: log P(feature|class),
 *                                    centred per feature; logistic
 *                                    regression: the weights; times scale
 *   uint64 checksum                  FNV-1a 64 of everything before it
 * The file is mmap'd read-only, so every worker shares one copy.
 */
#ifndef CS_LOCAL_TRIAGE_H
#define CS_LOCAL_TRIAGE_H

#include <stddef.h>
#include <stdint.h>

#include "triage/triage.h"

#define TRIAGE_MODEL_MAGIC "KOTRIAGE"
#define TRIAGE_MODEL_VERSION 5 /* 2: Devanagari fold and skeleton features; 3: clauses (greetings and sign-offs left out, requests and "but" clauses twice, negation); 4: skip-bigrams; 5: feature family weights, message shape */
#define TRIAGE_MODEL_SLOTS 8          /* classes padded to 8 per bucket */
#define TRIAGE_DEFAULT_BITS 18
#define TRIAGE_DEFAULT_MODEL_FILE "build/triage.model"
/* flags: the weights are logistic regression (else naive Bayes), and the
 * feature sum is divided by sqrt(feature count) before the bias. */
#define TRIAGE_MODEL_LOGREG 1u
#define TRIAGE_MODEL_SQRT_NORM 2u

typedef struct TriageModelHeader {
    char magic[8];
    uint32_t version;
    uint32_t bits;
    uint32_t classes;
    uint32_t holdout_pct;
    float scale;
    float temperature;
    float alpha;
    uint32_t train_docs;
    uint32_t flags;          /* TRIAGE_MODEL_* bits below */
    uint32_t reserved[5];
} TriageModelHeader;

typedef struct TriageModel TriageModel;

/* Loads and verifies a model file (magic, version, sizes, checksum).
 * 0 and *out (caller owns, triage_model_free), ERR_IO when it cannot be
 * read, ERR_PARSE when it is not a valid model. */
int triage_model_load(const char *path, TriageModel **out);
void triage_model_free(TriageModel **m);

/* Posterior per team (sums to 1); returns the best team's index. */
int triage_model_predict(const TriageModel *m, const char *text, double probs[TRIAGE_TEAM_COUNT]);

/* The model's header (owned by the model). */
const TriageModelHeader *triage_model_header(const TriageModel *m);

/* The model's version as triage_runs.model records it:
 * "local-<nb|lr>-<format>-<first 8 hex digits of the checksum>", e.g.
 * "local-nb-2-1a2b3c4d". Owned by the model. */
const char *triage_model_name(const TriageModel *m);

/* Forgets the lazily loaded model and uses path (NULL: TRIAGE_MODEL_FILE
 * from g_config, else the default) on the next local_triage(). For tests
 * and for csctl --model. The path is copied.
 * local_triage() stats the path on every call and loads a replaced file
 * (new inode, size or mtime) by itself: a retrain renames a new model over
 * it and every job worker switches without a restart. A replacement that
 * fails to load is logged once and the loaded model stays in use. */
void local_triage_use_model(const char *path);

/* Heuristics, exposed for tests. Static strings. */
const char *triage_sentiment(const char *text);            /* positive|neutral|negative */
const char *triage_priority(const char *text, const char *team, const char *sentiment);

#endif
