/* jobQueue.h — the durable job queue in Postgres (README "Operations", Jobs).
 *
 * Jobs are rows in `jobs`; workers claim them with FOR UPDATE SKIP LOCKED,
 * are woken by NOTIFY jobs, retry with exponential backoff and jitter, and
 * a job that used all its attempts becomes `dead` (visible and retryable
 * through GET /admin/jobs and POST /admin/jobs/:id/retry).
 * A job whose worker died is put back in the queue by job_requeue_orphans(),
 * so a crash loses nothing; a job runs at most once at a time (claims are
 * exact, and a worker that lost its claim while disconnected is fenced).
 */
#ifndef CS_JOB_QUEUE_H
#define CS_JOB_QUEUE_H

#include <json-c/json.h>
#include <stddef.h>
#include <stdint.h>

#include "core/arena.h"

#define JOB_ERROR_MAX 512
/* A running job whose worker is on another host and whose backend is gone
 * is requeued only after this long without news (the worker may just be
 * reconnecting after a Postgres restart). */
#define JOB_ORPHAN_GRACE_SECONDS 60

typedef struct JobContext {
    Arena *arena;           /* per-job arena, destroyed after the job */
    int64_t id;
    const char *kind;
    json_object *payload;   /* arena-owned */
    int attempts;           /* including this one */
    int max_attempts;
    long retry_delay_ms;    /* a handler may set this (e.g. Retry-After) */
    char error[JOB_ERROR_MAX]; /* a handler's failure text, stored as last_error */
} JobContext;

/* 0 = done; negative ErrCode = failed (retried with backoff unless
 * ERR_PERMANENT or attempts are used up, then dead). */
typedef int (*JobFn)(JobContext *job);

typedef struct JobKind {
    const char *kind;
    JobFn fn;
} JobKind;


/* Inserts a job (inside the caller's transaction when one is open, so the
 * job commits or rolls back with the caller's writes) and NOTIFYs workers.
 * payload_json NULL = {}. With dedupe_key, a queued job with the same key
 * absorbs this one (returns 0 and *id_out = 0). id_out may be NULL. */
int job_enqueue(Arena *a, const char *kind, const char *payload_json, long delay_ms,
                const char *dedupe_key, int64_t *id_out);

/* Claims the next ready job for this worker: 0 and *job filled (payload in
 * job->arena, which the caller creates), ERR_NOT_FOUND when none is ready.
 * First records a result job_finish() kept: ERR_UNAVAILABLE while it
 * cannot. */
int job_claim(JobContext *job);

/* Marks a claimed job done (rc == 0, last_error cleared) or failed
 * (rc < 0): schedules the retry with job_backoff_ms() or
 * job->retry_delay_ms, or makes it dead. A retry whose dedupe_key already
 * has a queued job is absorbed by it instead: `done`, last_error saying
 * so. Only for the exact claim (worker and attempt): ERR_CONFLICT, nothing
 * written, when the job was requeued or claimed again meanwhile. Ends the
 * claim (and any fence, see db.h), except when the database is still
 * unavailable after a reconnect: ERR_UNAVAILABLE, and the result (a copy;
 * job's arena is the caller's) is kept with the claim and recorded by the
 * next job_claim(). */
int job_finish(JobContext *job, int rc);

/* Runs one claimed job through JOB_KINDS and finishes it. Unknown kinds go
 * dead with a clear error. */
int job_run(JobContext *job, const JobKind *kinds, size_t nkinds);

/* Delay before retry number `attempts` (1-based): base * 2^(attempts-1),
 * capped at max, with "full jitter" in [delay/2, delay]. *seed drives
 * rand_r() so tests are repeatable. */
long job_backoff_ms(int attempts, long base_ms, long max_ms, unsigned *seed);

/* Requeues running jobs whose lease (JOB_LEASE_SECONDS) ran out, or whose
 * worker's connection is gone and the worker is dead: on this host its pid
 * no longer exists; on another host, after JOB_ORPHAN_GRACE_SECONDS
 * without news. A live worker that only lost its connection keeps its job
 * (it re-asserts the claim when it reconnects). Returns how many, or a
 * negative ErrCode. */
int job_requeue_orphans(void);

/* Admin retry of a dead job: back to queued now with attempts reset.
 * 0, ERR_NOT_FOUND, or ERR_CONFLICT when the job is not dead. */
int job_retry(int64_t id);

#endif
