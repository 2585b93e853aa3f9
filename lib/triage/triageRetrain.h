/* triageRetrain.h — retraining the local triage model from the repository
 * corpus plus the agents' corrections (sql/009 triage_corrections), with a
 * before/after report on the hand-written held-out set, so a worse model
 * is never installed automatically.
 *
 * Corrections: only those an agent made (agent_id set); per conversation
 * the latest wins; then, newest first, the latest label wins for the same
 * normalised text (over the corpus too). Each weighs
 * TRIAGE_CORRECTION_BOOST average corpus messages of its team and
 * language, halved every TRIAGE_CORRECTION_HALF_LIFE_DAYS of age.
 *
 * The candidate is written next to the model file and renamed over it only
 * when its held-out accuracy is not lower than the installed model's (or
 * forced, or there is none): job workers notice the new file on their next
 * triage (localTriage.h). Every run is a triage_model_versions row.
 */
#ifndef CS_TRIAGE_RETRAIN_H
#define CS_TRIAGE_RETRAIN_H

#include <stddef.h>
#include <stdint.h>

#include "core/arena.h"
#include "triage/triageTrain.h"

#define TRIAGE_CORRECTION_BOOST 4.0
#define TRIAGE_CORRECTION_HALF_LIFE_DAYS 180.0
#define TRIAGE_MAX_CORRECTIONS 50000 /* newest considered per training */
#define TRIAGE_RETRAIN_LOCK_KEY INT64_C(0x74726e726574) /* one retrain at a time across hosts */

/* The repository corpora and the held-out test files (never trained on;
 * heldOutBlind*.tsv were each written by someone who never read the
 * corpus),
 * inside the data dir. */
#define TRIAGE_CORPUS_FILES {"corpus.tsv", "bitextMapped.tsv"}
#define TRIAGE_HELDOUT_FILES {"heldOut.tsv", "heldOutBlind.tsv", "heldOutBlind2.tsv", "heldOutBlind3.tsv"}

typedef struct TriageRetrainOptions {
    const char *model_path; /* the installed model (replaced on success) */
    const char *data_dir;   /* TRIAGE_DATA_DIR */
    const char *trigger;    /* "csctl" | "scheduled": recorded */
    int force;              /* install even when worse */
} TriageRetrainOptions;

typedef struct TriageRetrainReport {
    char version_before[48], version_after[48]; /* "" when none */
    int have_before;
    TriageEvalReport before, after;  /* on the held-out file */
    size_t corrections;     /* used, after conflicts were resolved */
    size_t corrections_dropped; /* older labels of the same text */
    int64_t last_correction_id;
    TriageTrainStats train;
    int installed;
    const char *reason;     /* static: installed | worse | forced | no_model_before */
} TriageRetrainReport;

/* Trains, evaluates, installs or discards, and records the run. Needs a
 * database connection (db.h). 0 (whether installed or not: see
 * r->installed), ERR_IO / ERR_PARSE with err filled (corpus or model file),
 * or a db error. */
int triage_retrain_from_db(Arena *a, const TriageRetrainOptions *o, TriageRetrainReport *r, char *err,
                           size_t errlen);

/* Scheduled task (fcgi/app/scheduledTasks.c): retrains when
 * TRIAGE_RETRAIN_INTERVAL_SECONDS is not 0, that long has passed since the
 * last training, and agents made corrections since. 0 or an ErrCode. */
int triage_task_retrain(Arena *a);

#endif
