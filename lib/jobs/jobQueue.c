/* jobQueue.c — the durable job queue in Postgres (see jobQueue.h).
 *
 * Ownership of a running job is (locked_by, locked_backend): the worker's
 * host:pid and its connection's pg_backend_pid(). When the worker process
 * dies its backend goes away too, which is how job_requeue_orphans() tells
 * a crashed job from a slow one without waiting for the lease.
 *
 * A backend also goes away when Postgres restarts or the network drops
 * while the worker lives on. So a lost backend alone requeues a job only
 * when the worker is known dead: on this host, its pid is gone; on another
 * host, nothing was heard from it for JOB_ORPHAN_GRACE_SECONDS. A worker
 * that reconnects re-asserts its claim first (claim_recheck, run by db.c on
 * every reconnect); if the job was requeued meanwhile, the worker is fenced
 * off the database until the job ends, so it never records a result
 * alongside the new owner. A claim is (locked_by, attempts): every claim
 * increments attempts, so a late finish cannot touch a newer claim.
 *
 * A result the database cannot take (Postgres still down after the retry)
 * is kept with the claim and recorded before the worker claims anything
 * else: the worker is alive, so nothing else would requeue the row before
 * the lease ran out. A failed job whose dedupe_key already has a queued
 * successor is not requeued beside it (one queued job per key): the queued
 * one does the work, and this row ends `done`, saying so. */
#include "jobs/jobQueue.h"

#include <errno.h>
#include <inttypes.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "core/config.h"
#include "store/db.h"
#include "core/errors.h"
#include "core/jsonUtil.h"
#include "core/log.h"

#define JOB_DEFAULT_MAX_ATTEMPTS 8
#define JOB_DEFAULT_LEASE_SECONDS 300

/* The job this process is running, for claim_recheck(). */
static struct {
    int active;
    int64_t id;
    int attempts;
} g_claim;

/* A finished job whose result the database could not take yet (see the
 * top of this file): the context without its arena and payload. */
#define JOB_KIND_MAX 64
static struct {
    int active;
    int rc;
    JobContext job;
    char kind[JOB_KIND_MAX];
} g_unrecorded;

/* Why a failed job's row ends `done` rather than queued (prefixed to its error). */
#define JOB_ABSORBED "absorbed by the queued job with the same dedupe_key; this attempt: "

/* "host:pid" of this process, computed once (after fork: pid differs). */
static const char *worker_id(void)
{
    static char id[300];
    static pid_t for_pid;
    pid_t pid = getpid();
    if (for_pid != pid) {
        char host[256] = "";
        if (gethostname(host, sizeof host - 1) != 0)
            snprintf(host, sizeof host, "unknown");
        snprintf(id, sizeof id, "%s:%d", host, (int)pid);
        for_pid = pid;
    }
    return id;
}

static unsigned *backoff_seed(void)
{
    static unsigned seed;
    static pid_t for_pid;
    pid_t pid = getpid();
    if (for_pid != pid) {
        seed = (unsigned)pid * 2654435761u ^ (unsigned)time(NULL);
        for_pid = pid;
    }
    return &seed;
}

long job_backoff_ms(int attempts, long base_ms, long max_ms, unsigned *seed)
{
    if (base_ms < 1)
        base_ms = 1;
    if (max_ms < base_ms)
        max_ms = base_ms;
    if (attempts < 1)
        attempts = 1;
    long delay = base_ms;
    /* Doubling with the cap checked each step: no overflow for any attempts. */
    for (int i = 1; i < attempts && delay < max_ms; i++)
        delay = delay > max_ms / 2 ? max_ms : delay * 2;
    if (delay > max_ms)
        delay = max_ms;
    long half = delay / 2;
    long span = delay - half; /* jitter in [delay - span, delay] = [delay/2, delay] */
    unsigned r = (unsigned)rand_r(seed);
    return half + (long)(r % (unsigned long)(span + 1));
}

int job_enqueue(Arena *a, const char *kind, const char *payload_json, long delay_ms,
                const char *dedupe_key, int64_t *id_out)
{
    if (id_out)
        *id_out = 0;
    if (!kind || !*kind)
        return ERR_INVALID;
    char delay[32], max_attempts[16];
    snprintf(delay, sizeof delay, "%ld", delay_ms > 0 ? delay_ms : 0);
    snprintf(max_attempts, sizeof max_attempts, "%d",
             g_config.job_max_attempts > 0 ? g_config.job_max_attempts : JOB_DEFAULT_MAX_ATTEMPTS);
    const char *params[] = {kind, payload_json ? payload_json : "{}", delay, max_attempts, dedupe_key};
    PGresult *r = NULL;
    /* enqueue_job() (sql/003) inserts and NOTIFYs in the caller's
     * transaction: workers are woken only once the job is committed, and
     * not for a duplicate a queued job absorbed (the id is then NULL). */
    int rc = db_exec(a, &r, "SELECT enqueue_job($1, $2::jsonb, $3::bigint, $4::int, $5)", DB_NPARAMS(params),
                     params);
    if (rc)
        return rc;
    if (id_out && db_get(r, 0, 0))
        *id_out = strtoll(db_get(r, 0, 0), NULL, 10);
    if (!a)
        PQclear(r);
    return 0;
}

/* db.c's reconnect hook: our backend changed, so the claim must be
 * re-asserted (and the new backend recorded) before anything else runs. */
static void claim_recheck(void)
{
    if (!g_claim.active || db_fenced())
        return;
    char id[32], attempts[16];
    snprintf(id, sizeof id, "%" PRId64, g_claim.id);
    snprintf(attempts, sizeof attempts, "%d", g_claim.attempts);
    const char *params[] = {id, worker_id(), attempts};
    PGresult *r = NULL;
    int rc = db_exec(NULL, &r,
                     "UPDATE jobs SET locked_backend = pg_backend_pid(), updated_at = now()"
                     " WHERE id = $1::bigint AND state = 'running' AND locked_by = $2 AND attempts = $3::int"
                     " RETURNING id",
                     DB_NPARAMS(params), params);
    int kept = rc == 0 && PQntuples(r) == 1;
    PQclear(r);
    if (kept) {
        log_kv(LOG_INFO, "job claim kept across a reconnect", "job_id=%" PRId64, g_claim.id);
        return;
    }
    if (rc == ERR_UNAVAILABLE)
        return; /* checked again on the next reconnect */
    log_kv(LOG_WARN, "job claim lost while disconnected; stopping it without recording",
           "job_id=%" PRId64 " attempt=%d", g_claim.id, g_claim.attempts);
    db_fence("job claim lost while disconnected");
}

static int job_finish_claim(JobContext *job, int rc);

static void claim_begin(const JobContext *job)
{
    g_claim.active = 1;
    g_claim.id = job->id;
    g_claim.attempts = job->attempts;
    db_set_reconnect_hook(claim_recheck);
}

static void claim_end(void)
{
    g_claim.active = 0;
    db_unfence();
}

static int record_unrecorded(void);

int job_claim(JobContext *job)
{
    const char *params[] = {worker_id()};
    PGresult *r = NULL;
    int rc = record_unrecorded();
    if (rc)
        return rc;
    rc = db_exec(job->arena, &r,
                     "UPDATE jobs SET state = 'running', attempts = attempts + 1, locked_by = $1,"
                     " locked_backend = pg_backend_pid(), locked_at = now(), updated_at = now()"
                     " WHERE id = (SELECT id FROM jobs WHERE state = 'queued' AND run_at <= now()"
                     "  ORDER BY run_at, id FOR UPDATE SKIP LOCKED LIMIT 1)"
                     " RETURNING id, kind, payload::text, attempts, max_attempts",
                     DB_NPARAMS(params), params);
    if (rc)
        return rc;
    if (PQntuples(r) != 1)
        return ERR_NOT_FOUND;
    job->id = strtoll(db_get(r, 0, 0), NULL, 10);
    job->kind = arena_strdup(job->arena, db_get(r, 0, 1));
    job->attempts = (int)strtol(db_get(r, 0, 3), NULL, 10);
    job->max_attempts = (int)strtol(db_get(r, 0, 4), NULL, 10);
    job->retry_delay_ms = 0;
    job->error[0] = '\0';
    const char *payload = db_get(r, 0, 2);
    job->payload = NULL;
    if (json_parse_arena(job->arena, payload, strlen(payload), &job->payload) != 0)
        job->payload = json_arena_own(job->arena, json_object_new_object());
    claim_begin(job);
    return 0;
}

/* Runs one of job_finish's updates; ERR_CONFLICT when the claim is no
 * longer ours (requeued, and perhaps claimed again, while we ran). A
 * statement that returns the row's new state logs an absorbed retry. */
static int finish_update(const JobContext *job, const char *sql, int nparams, const char *const *params)
{
    PGresult *r = NULL;
    int rc = db_exec(NULL, &r, sql, nparams, params);
    /* A successor with the same key committed between the statement's
     * snapshot and its write: the next snapshot sees it and absorbs us. */
    if (rc == ERR_CONFLICT && strcmp(db_last_sqlstate(), "23505") == 0)
        rc = db_exec(NULL, &r, sql, nparams, params);
    if (rc == 0 && PQntuples(r) != 1) {
        log_kv(LOG_WARN, "job claim lost; result not recorded", "job_id=%" PRId64 " attempt=%d", job->id,
               job->attempts);
        rc = ERR_CONFLICT;
    } else if (rc == 0 && PQnfields(r) > 1 && strcmp(db_get(r, 0, 1), "done") == 0) {
        log_kv(LOG_INFO, "job retry absorbed by the queued job with the same dedupe_key",
               "job_id=%" PRId64 " kind=%s attempts=%d", job->id, job->kind, job->attempts);
    }
    PQclear(r);
    return rc;
}

/* One try, and a second on the new connection: libpq learns that its
 * backend died (Postgres restarted) only from the statement that fails;
 * the reconnect hook first re-asserts the claim. The updates match the
 * exact claim, so a second try never writes twice. */
static int finish_twice(JobContext *job, int rc)
{
    int frc = job_finish_claim(job, rc);
    if (frc == ERR_UNAVAILABLE)
        frc = job_finish_claim(job, rc);
    return frc;
}

int job_finish(JobContext *job, int rc)
{
    int frc = finish_twice(job, rc);
    if (frc == ERR_UNAVAILABLE) {
        /* Still down: keep the result and the claim (so a reconnect
         * re-asserts it) until job_claim() records it. */
        g_unrecorded.active = 1;
        g_unrecorded.rc = rc;
        g_unrecorded.job = *job;
        snprintf(g_unrecorded.kind, sizeof g_unrecorded.kind, "%s", job->kind ? job->kind : "?");
        g_unrecorded.job.kind = g_unrecorded.kind;
        g_unrecorded.job.arena = NULL;
        g_unrecorded.job.payload = NULL;
        log_kv(LOG_WARN, "job result kept until the database is back", "job_id=%" PRId64 " kind=%s attempt=%d",
               job->id, g_unrecorded.kind, job->attempts);
        return frc;
    }
    claim_end();
    return frc;
}

/* The result job_finish() kept: 0 once recorded (or the claim was lost
 * meanwhile, which claim_recheck or finish_update logged), ERR_UNAVAILABLE
 * while the database is still away. */
static int record_unrecorded(void)
{
    if (!g_unrecorded.active)
        return 0;
    g_unrecorded.job.arena = arena_new(0); /* the finish's log line */
    int frc = finish_twice(&g_unrecorded.job, g_unrecorded.rc);
    arena_destroy(&g_unrecorded.job.arena);
    if (frc == ERR_UNAVAILABLE)
        return frc;
    if (frc == 0)
        log_kv(LOG_INFO, "job result recorded after the database came back", "job_id=%" PRId64 " kind=%s",
               g_unrecorded.job.id, g_unrecorded.kind);
    else
        log_kv(LOG_WARN, "kept job result not recorded", "job_id=%" PRId64 " error=%s", g_unrecorded.job.id,
               err_name(frc));
    g_unrecorded.active = 0;
    claim_end();
    return 0;
}

static int job_finish_claim(JobContext *job, int rc)
{
    char id[32], attempts[16];
    snprintf(id, sizeof id, "%" PRId64, job->id);
    snprintf(attempts, sizeof attempts, "%d", job->attempts);
    if (db_fenced())
        return ERR_CONFLICT; /* claim_recheck() logged it */
    if (rc == 0) {
        /* Success clears the error of an earlier attempt ("worker died"):
         * the row tells what is true now. */
        const char *params[] = {id, worker_id(), attempts};
        return finish_update(job,
                             "UPDATE jobs SET state = 'done', last_error = NULL, finished_at = now(), updated_at = now(),"
                             " locked_by = NULL, locked_backend = NULL, locked_at = NULL"
                             " WHERE id = $1::bigint AND state = 'running' AND locked_by = $2 AND attempts = $3::int"
                             " RETURNING id",
                             DB_NPARAMS(params), params);
    }
    const char *why = job->error[0] ? job->error : err_name(rc);
    char error[JOB_ERROR_MAX];
    snprintf(error, sizeof error, "%s", why);
    if (rc == ERR_PERMANENT || job->attempts >= job->max_attempts) {
        const char *params[] = {id, worker_id(), error, attempts};
        log_kv(LOG_WARN, "job is dead", "job_id=%" PRId64 " kind=%s attempts=%d", job->id, job->kind,
               job->attempts);
        return finish_update(job,
                             "UPDATE jobs SET state = 'dead', last_error = $3, finished_at = now(),"
                             " updated_at = now(), locked_by = NULL, locked_backend = NULL, locked_at = NULL"
                             " WHERE id = $1::bigint AND state = 'running' AND locked_by = $2 AND attempts = $4::int"
                             " RETURNING id",
                             DB_NPARAMS(params), params);
    }
    long delay = job->retry_delay_ms > 0
                     ? job->retry_delay_ms
                     : job_backoff_ms(job->attempts, g_config.job_backoff_base_ms > 0 ? g_config.job_backoff_base_ms : 1000,
                                      g_config.job_backoff_max_ms > 0 ? g_config.job_backoff_max_ms : 600000,
                                      backoff_seed());
    char delay_s[32];
    snprintf(delay_s, sizeof delay_s, "%ld", delay);
    const char *params[] = {id, worker_id(), error, delay_s, attempts};
    /* The row's last_error is cleared by a later success: the log keeps it. */
    log_kv(LOG_INFO, "job failed, will retry",
           "job_id=%" PRId64 " kind=%s attempts=%d retry_in_ms=%ld error=\"%s\"", job->id, job->kind,
           job->attempts, delay, log_safe(job->arena, error, 300, LOG_SAFE_QUOTED));
    return finish_update(job,
                         "WITH twin AS (SELECT EXISTS (SELECT 1 FROM jobs j JOIN jobs q ON q.dedupe_key = j.dedupe_key"
                         "  WHERE j.id = $1::bigint AND q.state = 'queued') AS queued)"
                         " UPDATE jobs SET state = CASE WHEN twin.queued THEN 'done' ELSE 'queued' END,"
                         " last_error = CASE WHEN twin.queued THEN '" JOB_ABSORBED "' ELSE '' END || $3,"
                         " finished_at = CASE WHEN twin.queued THEN now() END,"
                         " run_at = now() + $4::bigint * interval '1 millisecond', updated_at = now(),"
                         " locked_by = NULL, locked_backend = NULL, locked_at = NULL FROM twin"
                         " WHERE id = $1::bigint AND state = 'running' AND locked_by = $2 AND attempts = $5::int"
                         " RETURNING id, state",
                         DB_NPARAMS(params), params);
}

int job_run(JobContext *job, const JobKind *kinds, size_t nkinds)
{
    JobFn fn = NULL;
    for (size_t i = 0; i < nkinds; i++)
        if (strcmp(kinds[i].kind, job->kind) == 0)
            fn = kinds[i].fn;
    int rc;
    if (!fn) {
        snprintf(job->error, sizeof job->error, "unknown job kind \"%.100s\"", job->kind);
        rc = ERR_PERMANENT;
    } else {
        rc = fn(job);
    }
    /* A handler that failed inside a transaction must not leave it open:
     * the finish below would run in an aborted transaction. */
    db_rollback();
    int frc = job_finish(job, rc);
    if (frc)
        log_kv(LOG_ERROR, "could not record job result", "job_id=%" PRId64 " error=%s", job->id,
               err_name(frc));
    return rc;
}

/* 1 when the worker "host:pid" is known dead: on this host, no such
 * process; elsewhere we cannot tell (the caller waits for the grace). */
static int worker_dead_here(const char *locked_by, int *on_this_host)
{
    *on_this_host = 0;
    const char *me = worker_id();
    const char *colon = locked_by ? strrchr(locked_by, ':') : NULL;
    const char *my_colon = strrchr(me, ':');
    if (!colon || !my_colon || colon - locked_by != my_colon - me || strncmp(locked_by, me, (size_t)(colon - locked_by)) != 0)
        return 0;
    *on_this_host = 1;
    char *end = NULL;
    long pid = strtol(colon + 1, &end, 10);
    if (!end || *end || pid <= 0)
        return 1;
    return kill((pid_t)pid, 0) != 0 && errno == ESRCH;
}

int job_requeue_orphans(void)
{
    char lease[16], grace[16];
    snprintf(lease, sizeof lease, "%d",
             g_config.job_lease_seconds > 0 ? g_config.job_lease_seconds : JOB_DEFAULT_LEASE_SECONDS);
    snprintf(grace, sizeof grace, "%d", JOB_ORPHAN_GRACE_SECONDS);
    const char *params[] = {lease, grace};
    Arena *a = arena_new(0);
    PGresult *r = NULL;
    int rc = db_exec(a, &r,
                     "SELECT id, locked_by, attempts, (locked_at < now() - $1::int * interval '1 second'),"
                     " (updated_at < now() - $2::int * interval '1 second')"
                     " FROM jobs WHERE state = 'running' AND (locked_at < now() - $1::int * interval '1 second'"
                     "  OR locked_backend IS NULL"
                     "  OR locked_backend NOT IN (SELECT pid FROM pg_stat_activity WHERE pid IS NOT NULL))"
                     " ORDER BY id LIMIT 1000",
                     DB_NPARAMS(params), params);
    if (rc) {
        arena_destroy(&a);
        return rc;
    }
    int requeued = 0;
    for (int i = 0; i < PQntuples(r); i++) {
        const char *id = db_get(r, i, 0), *by = db_get(r, i, 1), *attempts = db_get(r, i, 2);
        int expired = db_get(r, i, 3) && strcmp(db_get(r, i, 3), "t") == 0;
        int quiet = db_get(r, i, 4) && strcmp(db_get(r, i, 4), "t") == 0;
        int here = 0;
        int dead = worker_dead_here(by, &here);
        const char *why;
        if (expired)
            why = "lease expired on worker ";
        else if (dead || (!here && quiet) || !by)
            why = "worker died: ";
        else
            continue; /* alive, or on another host and maybe reconnecting */
        const char *uparams[] = {id, by ? by : "", attempts, why};
        PGresult *u = NULL;
        /* The attempt that was cut short counts (it may have crashed the
         * worker); a job that keeps killing workers still ends up dead. */
        /* A queued successor with the same key absorbs it (see the top). */
        rc = db_exec(a, &u,
                     "WITH twin AS (SELECT EXISTS (SELECT 1 FROM jobs j JOIN jobs q ON q.dedupe_key = j.dedupe_key"
                     "  WHERE j.id = $1::bigint AND q.state = 'queued') AS queued)"
                     " UPDATE jobs SET"
                     " state = CASE WHEN attempts >= max_attempts THEN 'dead' WHEN twin.queued THEN 'done'"
                     "  ELSE 'queued' END,"
                     " finished_at = CASE WHEN attempts >= max_attempts OR twin.queued THEN now() END,"
                     " last_error = CASE WHEN twin.queued AND attempts < max_attempts THEN '" JOB_ABSORBED "'"
                     "  ELSE '' END || $4 || coalesce(locked_by, '?'),"
                     " run_at = now(), updated_at = now(),"
                     " locked_by = NULL, locked_backend = NULL, locked_at = NULL FROM twin"
                     " WHERE id = $1::bigint AND state = 'running' AND coalesce(locked_by, '') = $2"
                     "  AND attempts = $3::int"
                     " RETURNING state",
                     DB_NPARAMS(uparams), uparams);
        if (rc == ERR_CONFLICT)
            continue; /* a successor committed meanwhile: absorbed on the next pass */
        if (rc) {
            arena_destroy(&a);
            return rc;
        }
        if (PQntuples(u) == 1) {
            requeued++;
            log_kv(LOG_WARN, "requeued orphaned job", "job_id=%s state=%s reason=\"%s\"", id, db_get(u, 0, 0), why);
        }
    }
    arena_destroy(&a);
    return requeued;
}

int job_retry(int64_t id)
{
    char ids[32];
    snprintf(ids, sizeof ids, "%" PRId64, id);
    const char *params[] = {ids};
    PGresult *r = NULL;
    int rc = db_exec(NULL, &r,
                     "WITH upd AS ("
                     " UPDATE jobs SET state = 'queued', attempts = 0, run_at = now(), updated_at = now(),"
                     " finished_at = NULL, locked_by = NULL, locked_backend = NULL, locked_at = NULL"
                     " WHERE id = $1::bigint AND state = 'dead' RETURNING id, kind)"
                     " SELECT id, pg_notify('jobs', kind) FROM upd",
                     DB_NPARAMS(params), params);
    if (rc)
        return rc;
    int n = PQntuples(r);
    PQclear(r);
    if (n == 1)
        return 0;
    rc = db_exec(NULL, &r, "SELECT state FROM jobs WHERE id = $1::bigint", DB_NPARAMS(params), params);
    if (rc)
        return rc;
    n = PQntuples(r);
    PQclear(r);
    return n == 0 ? ERR_NOT_FOUND : ERR_CONFLICT;
}
