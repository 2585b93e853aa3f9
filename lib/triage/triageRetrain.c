/* triageRetrain.c — see triageRetrain.h. */
#include "triage/triageRetrain.h"

#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/config.h"
#include "core/errors.h"
#include "core/log.h"
#include "store/db.h"
#include "triage/langDetect.h"

/* Corrections, newest first: agents' only, the latest per conversation
 * (a conversation corrected twice taught one thing: its final team). */
static int load_corrections(Arena *a, TriageCorpus *c, int source, TriageRetrainReport *r)
{
    PGresult *res = NULL;
    const char *p[] = {"50000"};
    _Static_assert(TRIAGE_MAX_CORRECTIONS == 50000, "the LIMIT below");
    int rc = db_exec(a, &res,
                     "SELECT text, final_team, EXTRACT(EPOCH FROM now() - created_at) / 86400.0, id"
                     " FROM (SELECT DISTINCT ON (COALESCE(conversation_id, -id)) *"
                     "       FROM triage_corrections WHERE agent_id IS NOT NULL"
                     "       ORDER BY COALESCE(conversation_id, -id), created_at DESC, id DESC) latest"
                     " ORDER BY created_at DESC, id DESC LIMIT $1::int",
                     DB_NPARAMS(p), p);
    if (rc)
        return rc;
    PGresult *maxr = NULL;
    rc = db_exec(a, &maxr, "SELECT max(id) FROM triage_corrections", 0, NULL);
    if (rc)
        return rc;
    r->last_correction_id = db_get(maxr, 0, 0) ? strtoll(db_get(maxr, 0, 0), NULL, 10) : 0;
    for (int i = 0; i < PQntuples(res); i++) {
        const char *text = db_get(res, i, 0);
        int team = triage_team_index(db_get(res, i, 1));
        double age = db_get(res, i, 2) ? strtod(db_get(res, i, 2), NULL) : 0;
        if (!text || team < 0)
            continue;
        if (!(age > 0))
            age = 0;
        double w = TRIAGE_CORRECTION_BOOST * pow(0.5, age / TRIAGE_CORRECTION_HALF_LIFE_DAYS);
        int added = triage_corpus_add(c, source, text, team, triage_lang_index(lang_detect(text)), w);
        if (added == 0)
            r->corrections++;
        else if (added == 1)
            r->corrections_dropped++;
    }
    return 0;
}

static double acc(const TriageEvalReport *e) { return e->total ? (double)e->ok / (double)e->total : 0; }

/* {"en":{"before":0.9,"after":0.91,"n":294},...}: what the row's report keeps. */
static const char *report_json(Arena *a, const TriageRetrainReport *r)
{
    char buf[1024];
    size_t n = 0;
    n += (size_t)snprintf(buf + n, sizeof buf - n, "{");
    for (int l = 0; l < TRIAGE_LANG_COUNT; l++) {
        double b = r->before.lang_total[l] ? (double)r->before.lang_ok[l] / (double)r->before.lang_total[l] : 0;
        double f = r->after.lang_total[l] ? (double)r->after.lang_ok[l] / (double)r->after.lang_total[l] : 0;
        char bs[32];
        if (r->have_before)
            snprintf(bs, sizeof bs, "%.4f", b);
        else
            snprintf(bs, sizeof bs, "null");
        n += (size_t)snprintf(buf + n, sizeof buf - n, "%s\"%s\":{\"before\":%s,\"after\":%.4f,\"n\":%ld}",
                              l ? "," : "", TRIAGE_LANGS[l], bs, f, r->after.lang_total[l]);
    }
    snprintf(buf + n, sizeof buf - n, ",\"corrections_dropped\":%zu}", r->corrections_dropped);
    return arena_strdup(a, buf);
}

static int record_run(Arena *a, const TriageRetrainOptions *o, const TriageRetrainReport *r)
{
    const char *p[] = {
        r->version_after,
        o->trigger ? o->trigger : "csctl",
        arena_sprintf(a, "%zu", r->train.train_docs),
        arena_sprintf(a, "%zu", r->corrections),
        r->last_correction_id ? arena_sprintf(a, "%" PRId64, r->last_correction_id) : NULL,
        r->have_before ? r->version_before : NULL,
        r->have_before ? arena_sprintf(a, "%.4f", acc(&r->before)) : NULL,
        arena_sprintf(a, "%.4f", acc(&r->after)),
        report_json(a, r),
        r->installed ? "true" : "false",
        r->reason,
    };
    return db_exec(a, NULL,
                   "INSERT INTO triage_model_versions (version, trigger, train_docs, corrections,"
                   " last_correction_id, previous_version, accuracy_before, accuracy_after, report, installed,"
                   " reason) VALUES ($1, $2, $3::int, $4::int, $5::bigint, $6, $7::real, $8::real, $9::jsonb,"
                   " $10::boolean, $11)",
                   DB_NPARAMS(p), p);
}

int triage_retrain_from_db(Arena *a, const TriageRetrainOptions *o, TriageRetrainReport *r, char *err,
                           size_t errlen)
{
    static const char *const FILES[] = TRIAGE_CORPUS_FILES;
    TriageCorpus train, test;
    TriageModel *before = NULL, *after = NULL;
    const char *candidate = arena_sprintf(a, "%s.candidate.%d", o->model_path, (int)getpid());
    int rc = 0, made_candidate = 0;

    memset(r, 0, sizeof *r);
    r->reason = "worse";
    triage_corpus_init(&train, TRIAGE_DEFAULT_HOLDOUT);
    triage_corpus_init(&test, 0);
    snprintf(err, errlen, "%s", "");

    int src = triage_corpus_add_source(&train, "database:triage_corrections", 1);
    if (src < 0) {
        rc = src;
        goto cleanup;
    }
    if ((rc = load_corrections(a, &train, src, r)) != 0) {
        snprintf(err, errlen, "reading triage_corrections: %s", db_last_error());
        goto cleanup;
    }
    for (size_t i = 0; i < sizeof FILES / sizeof FILES[0]; i++) {
        const char *path = arena_sprintf(a, "%s/%s", o->data_dir, FILES[i]);
        if ((rc = triage_corpus_load(&train, path, err, errlen)) != 0)
            goto cleanup;
    }
    static const char *const TESTS[] = TRIAGE_HELDOUT_FILES;
    for (size_t i = 0; i < sizeof TESTS / sizeof TESTS[0]; i++)
        if ((rc = triage_corpus_load(&test, arena_sprintf(a, "%s/%s", o->data_dir, TESTS[i]), err, errlen)) != 0)
            goto cleanup;

    rc = triage_train(&train, TRIAGE_DEFAULT_BITS, TRIAGE_DEFAULT_ALGO, candidate, &r->train);
    if (rc) {
        snprintf(err, errlen, "training into %s failed: %s", candidate, err_name(rc));
        goto cleanup;
    }
    made_candidate = 1;
    if ((rc = triage_model_load(candidate, &after)) != 0) {
        snprintf(err, errlen, "the new model %s does not load: %s", candidate, err_name(rc));
        goto cleanup;
    }
    snprintf(r->version_after, sizeof r->version_after, "%s", triage_model_name(after));
    triage_evaluate(after, &test, 0, &r->after);
    if (triage_model_load(o->model_path, &before) == 0) {
        r->have_before = 1;
        snprintf(r->version_before, sizeof r->version_before, "%s", triage_model_name(before));
        triage_evaluate(before, &test, 0, &r->before);
    }

    /* Exact counts on the same file: "not lower" means not one message fewer. */
    if (!r->have_before) {
        r->installed = 1;
        r->reason = "no_model_before";
    } else if (r->after.ok >= r->before.ok) {
        r->installed = 1;
        r->reason = "installed";
    } else if (o->force) {
        r->installed = 1;
        r->reason = "forced";
    }
    if (r->installed) {
        if (rename(candidate, o->model_path) != 0) {
            snprintf(err, errlen, "installing %s failed", o->model_path);
            rc = ERR_IO;
            goto cleanup;
        }
        made_candidate = 0;
    }
    rc = record_run(a, o, r);
    if (rc) {
        snprintf(err, errlen, "recording the training: %s", db_last_error());
        goto cleanup;
    }
    log_kv(r->installed ? LOG_INFO : LOG_WARN, r->installed ? "triage model retrained and installed"
                                                            : "triage model retrained but not installed (worse)",
           "trigger=%s version=%s previous=%s corrections=%zu heldout_before=%.4f heldout_after=%.4f reason=%s",
           o->trigger ? o->trigger : "csctl", r->version_after, r->have_before ? r->version_before : "-",
           r->corrections, r->have_before ? acc(&r->before) : 0.0, acc(&r->after), r->reason);

cleanup:
    if (made_candidate)
        unlink(candidate);
    triage_model_free(&before);
    triage_model_free(&after);
    triage_corpus_free(&train);
    triage_corpus_free(&test);
    return rc;
}

int triage_task_retrain(Arena *a)
{
    int interval = g_config.triage_retrain_interval_seconds;
    if (interval <= 0)
        return 0; /* off (the default) */
    PGresult *res = NULL;
    const char *p[] = {arena_sprintf(a, "%d", interval)};
    /* Due when the last training is older than the interval and agents
     * corrected something since: no point retraining on the same data. */
    int rc = db_exec(a, &res,
                     "SELECT (SELECT count(*) FROM triage_corrections"
                     "        WHERE agent_id IS NOT NULL AND id > COALESCE(v.last_correction_id, 0)),"
                     "       v.trained_at IS NULL OR v.trained_at < now() - make_interval(secs => $1::int)"
                     " FROM (SELECT 1) one LEFT JOIN LATERAL"
                     "      (SELECT last_correction_id, trained_at FROM triage_model_versions"
                     "       ORDER BY trained_at DESC, id DESC LIMIT 1) v ON true",
                     DB_NPARAMS(p), p);
    if (rc)
        return rc;
    long fresh = strtol(db_get(res, 0, 0), NULL, 10);
    const char *due = db_get(res, 0, 1);
    if (fresh <= 0 || !due || due[0] != 't')
        return 0;
    TriageRetrainOptions o = {
        .model_path = g_config.triage_model_file ? g_config.triage_model_file : TRIAGE_DEFAULT_MODEL_FILE,
        .data_dir = g_config.triage_data_dir ? g_config.triage_data_dir : "lib/triage/triageData",
        .trigger = "scheduled",
        .force = 0,
    };
    TriageRetrainReport r;
    char err[512];
    rc = triage_retrain_from_db(a, &o, &r, err, sizeof err);
    if (rc)
        log_kv(LOG_ERROR, "scheduled triage retrain failed", "err=%s detail=\"%s\"", err_name(rc), err);
    return rc;
}
