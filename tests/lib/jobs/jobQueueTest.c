/* jobQueueTest.c — backoff arithmetic (pure), and the queue's SQL against a
 * real Postgres when CS_TEST_DATABASE_URL names a migrated, disposable
 * database (that test fails without it: tests/testDb.h). */
#include <criterion/criterion.h>
#include <inttypes.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/config.h"
#include "store/db.h"
#include "core/errors.h"
#include "jobs/jobQueue.h"
#include "testDb.h"

static long expected_cap(int attempts, long base, long max)
{
    long d = base;
    for (int i = 1; i < attempts && d < max; i++)
        d *= 2;
    return d > max ? max : d;
}

Test(job_backoff, grows_exponentially_within_jitter_bounds)
{
    unsigned seed = 42;
    for (int attempt = 1; attempt <= 10; attempt++) {
        long d = expected_cap(attempt, 100, 1000000);
        for (int k = 0; k < 50; k++) {
            long v = job_backoff_ms(attempt, 100, 1000000, &seed);
            cr_assert(v >= d / 2 && v <= d, "attempt %d: %ld not in [%ld, %ld]", attempt, v, d / 2, d);
        }
    }
}

Test(job_backoff, later_attempts_wait_longer_on_average)
{
    unsigned seed = 7;
    long prev_sum = 0;
    for (int attempt = 1; attempt <= 6; attempt++) {
        long sum = 0;
        for (int k = 0; k < 200; k++)
            sum += job_backoff_ms(attempt, 50, 100000, &seed);
        cr_assert_gt(sum, prev_sum, "attempt %d", attempt);
        prev_sum = sum;
    }
}

Test(job_backoff, capped_at_max_without_overflow)
{
    unsigned seed = 1;
    int attempts[] = {20, 40, 63, 64, 1000, INT_MAX};
    for (size_t i = 0; i < sizeof attempts / sizeof attempts[0]; i++) {
        long v = job_backoff_ms(attempts[i], 1000, 600000, &seed);
        cr_assert(v >= 300000 && v <= 600000, "attempts %d gave %ld", attempts[i], v);
    }
    long v = job_backoff_ms(70, LONG_MAX / 4, LONG_MAX / 2, &seed);
    cr_assert(v >= LONG_MAX / 4 && v <= LONG_MAX / 2);
}

Test(job_backoff, jitter_varies_and_stays_in_half_to_full)
{
    unsigned seed = 12345;
    long lo = LONG_MAX, hi = 0;
    for (int k = 0; k < 2000; k++) {
        long v = job_backoff_ms(4, 1000, 600000, &seed); /* delay 8000 */
        if (v < lo)
            lo = v;
        if (v > hi)
            hi = v;
    }
    cr_assert_geq(lo, 4000);
    cr_assert_leq(hi, 8000);
    cr_assert_gt(hi - lo, 2000, "jitter should spread the values (got %ld..%ld)", lo, hi);
}

Test(job_backoff, same_seed_same_sequence)
{
    unsigned s1 = 99, s2 = 99;
    for (int attempt = 1; attempt <= 12; attempt++)
        cr_assert_eq(job_backoff_ms(attempt, 50, 60000, &s1), job_backoff_ms(attempt, 50, 60000, &s2));
    unsigned s3 = 100;
    int differs = 0;
    s1 = 99;
    for (int k = 0; k < 20; k++)
        differs |= job_backoff_ms(8, 50, 60000, &s1) != job_backoff_ms(8, 50, 60000, &s3);
    cr_assert(differs, "different seeds should give different jitter");
}

Test(job_backoff, odd_inputs_are_clamped)
{
    unsigned seed = 3;
    long v = job_backoff_ms(0, 0, 0, &seed); /* attempts < 1, base < 1, max < base */
    cr_assert(v >= 0 && v <= 1);
    v = job_backoff_ms(-5, 100, 50, &seed); /* max below base: base wins */
    cr_assert(v >= 50 && v <= 100);
}

/* --- against Postgres ---------------------------------------------------- */

static const char *dburl(void) { return test_db_url(); }

static const char *one(Arena *a, const char *sql, const char *p1)
{
    const char *params[] = {p1};
    PGresult *r = NULL;
    cr_assert_eq(db_exec(a, &r, sql, p1 ? 1 : 0, p1 ? params : NULL), 0, "%s: %s", sql, db_last_error());
    return PQntuples(r) ? db_get(r, 0, 0) : NULL;
}

static int claim_and_finish(int rc_for_job, int64_t *id)
{
    JobContext job;
    memset(&job, 0, sizeof job);
    job.arena = arena_new(0);
    int rc = job_claim(&job);
    if (rc == 0) {
        *id = job.id;
        if (rc_for_job < 0)
            snprintf(job.error, sizeof job.error, "failed on purpose");
        cr_assert_eq(job_finish(&job, rc_for_job), 0, "%s", db_last_error());
    }
    arena_destroy(&job.arena);
    return rc;
}

/* One test (Criterion may run tests in parallel; they would share rows). */
Test(job_queue_db, enqueue_claim_retry_dead_orphans)
{
    (void)dburl(); /* fails the test when there is no database */
    memset(&g_config, 0, sizeof g_config);
    g_config.job_max_attempts = 2;
    g_config.job_backoff_base_ms = 60000; /* retries stay in the future */
    g_config.job_backoff_max_ms = 60000;
    g_config.job_lease_seconds = 300;
    cr_assert_eq(db_connect(dburl()), 0);
    db_exec0("SET client_min_messages = warning");
    cr_assert_eq(db_exec0("DELETE FROM jobs"), 0);
    Arena *a = arena_new(0);

    /* enqueue + dedupe: a second queued job with the same key is absorbed. */
    int64_t id1 = 0, id2 = -1, id3 = 0;
    cr_assert_eq(job_enqueue(a, "selftest", "{\"n\":1}", 0, "key-1", &id1), 0);
    cr_assert_gt(id1, 0);
    cr_assert_eq(job_enqueue(a, "selftest", "{\"n\":2}", 0, "key-1", &id2), 0);
    cr_assert_eq(id2, 0, "deduped enqueue returns id 0");
    cr_assert_eq(job_enqueue(NULL, "selftest", NULL, 3600000, NULL, &id3), 0); /* delayed */
    cr_assert_str_eq(one(a, "SELECT count(*) FROM jobs", NULL), "2");
    cr_assert_eq(job_enqueue(a, "selftest", "not json", 0, NULL, NULL), ERR_INVALID);

    /* claim: the ready one only; the delayed one is not ready. */
    JobContext job;
    memset(&job, 0, sizeof job);
    job.arena = arena_new(0);
    cr_assert_eq(job_claim(&job), 0);
    cr_assert_eq(job.id, id1);
    cr_assert_str_eq(job.kind, "selftest");
    cr_assert_eq(job.attempts, 1);
    cr_assert_eq(job.max_attempts, 2);
    cr_assert_eq(json_object_get_int64(json_object_object_get(job.payload, "n")), 1);
    JobContext none;
    memset(&none, 0, sizeof none);
    none.arena = arena_new(0);
    cr_assert_eq(job_claim(&none), ERR_NOT_FOUND);
    arena_destroy(&none.arena);

    /* failure 1 → queued in the future with the error noted. */
    snprintf(job.error, sizeof job.error, "boom");
    cr_assert_eq(job_finish(&job, ERR_UPSTREAM), 0);
    char ids[24];
    snprintf(ids, sizeof ids, "%" PRId64, id1);
    cr_assert_str_eq(one(a, "SELECT state || ' ' || coalesce(last_error, '') || ' ' || (run_at > now() + interval '20 seconds')::text FROM jobs WHERE id = $1::bigint", ids),
                     "queued boom true");
    arena_destroy(&job.arena);

    /* make it ready, fail again: attempts used up → dead. */
    one(a, "UPDATE jobs SET run_at = now() WHERE id = $1::bigint RETURNING id", ids);
    int64_t got = 0;
    cr_assert_eq(claim_and_finish(ERR_UPSTREAM, &got), 0);
    cr_assert_eq(got, id1);
    cr_assert_str_eq(one(a, "SELECT state || ' ' || attempts FROM jobs WHERE id = $1::bigint", ids), "dead 2");

    /* admin retry: dead → queued with attempts reset; 409 when not dead, 404 unknown. */
    cr_assert_eq(job_retry(id1), 0);
    cr_assert_str_eq(one(a, "SELECT state || ' ' || attempts FROM jobs WHERE id = $1::bigint", ids), "queued 0");
    cr_assert_eq(job_retry(id1), ERR_CONFLICT);
    cr_assert_eq(job_retry(987654321), ERR_NOT_FOUND);

    /* ERR_PERMANENT → dead at once; success → done. */
    cr_assert_eq(claim_and_finish(ERR_PERMANENT, &got), 0);
    cr_assert_str_eq(one(a, "SELECT state FROM jobs WHERE id = $1::bigint", ids), "dead");
    cr_assert_eq(job_retry(id1), 0);
    cr_assert_eq(claim_and_finish(0, &got), 0);
    cr_assert_str_eq(one(a, "SELECT state FROM jobs WHERE id = $1::bigint", ids), "done");

    /* orphans: a running job whose backend is gone comes back to queued;
     * one held by a live backend (ours) stays running. */
    int64_t id4 = 0;
    g_config.job_max_attempts = 5;
    cr_assert_eq(job_enqueue(a, "selftest", NULL, 0, NULL, &id4), 0);
    memset(&job, 0, sizeof job);
    job.arena = arena_new(0);
    cr_assert_eq(job_claim(&job), 0);
    cr_assert_eq(job.id, id4);
    cr_assert_eq(job_requeue_orphans(), 0, "a live worker's job is not an orphan");
    snprintf(ids, sizeof ids, "%" PRId64, id4);
    /* Issue 14, defect 4: the backend is gone (Postgres restarted) but the
     * worker (this process) lives: not an orphan, it will reconnect. */
    one(a, "UPDATE jobs SET locked_backend = -1 WHERE id = $1::bigint RETURNING id", ids);
    cr_assert_eq(job_requeue_orphans(), 0, "a live worker that lost its connection keeps its job");
    cr_assert_str_eq(one(a, "SELECT state FROM jobs WHERE id = $1::bigint", ids), "running");
    /* Its reconnect re-asserts the claim with the new backend. */
    db_exec0("SELECT pg_terminate_backend(pg_backend_pid())");
    cr_assert_str_eq(one(a, "SELECT (locked_backend = pg_backend_pid())::text FROM jobs WHERE id = $1::bigint", ids),
                     "true");
    /* Finished, the row is done and the claim's exact (worker, attempt). */
    cr_assert_eq(job_finish(&job, 0), 0);
    cr_assert_str_eq(one(a, "SELECT state || ' ' || coalesce(last_error, '-') FROM jobs WHERE id = $1::bigint", ids),
                     "done -");
    arena_destroy(&job.arena);

    /* A dead worker on this host: requeued at once. */
    one(a, "UPDATE jobs SET state = 'queued', run_at = now() WHERE id = $1::bigint RETURNING id", ids);
    memset(&job, 0, sizeof job);
    job.arena = arena_new(0);
    cr_assert_eq(job_claim(&job), 0);
    char host[256] = "";
    gethostname(host, sizeof host - 1);
    char dead_by[300];
    snprintf(dead_by, sizeof dead_by, "%s:999999999", host);
    const char *dp[] = {ids, dead_by};
    cr_assert_eq(db_exec(a, NULL, "UPDATE jobs SET locked_backend = -1, locked_by = $2 WHERE id = $1::bigint", 2, dp), 0);
    cr_assert_eq(job_requeue_orphans(), 1);
    cr_assert_str_eq(one(a, "SELECT state || ' ' || (last_error LIKE 'worker died:%')::text FROM jobs WHERE id = $1::bigint", ids),
                     "queued true");
    /* the old owner's late finish must not clobber the requeued job. */
    cr_assert_eq(job_finish(&job, 0), ERR_CONFLICT);
    cr_assert_str_eq(one(a, "SELECT state FROM jobs WHERE id = $1::bigint", ids), "queued");
    arena_destroy(&job.arena);

    /* Another host's worker with no backend: only after the grace. */
    memset(&job, 0, sizeof job);
    job.arena = arena_new(0);
    cr_assert_eq(job_claim(&job), 0);
    one(a, "UPDATE jobs SET locked_backend = -1, locked_by = 'elsewhere.example:42' WHERE id = $1::bigint RETURNING id", ids);
    cr_assert_eq(job_requeue_orphans(), 0, "maybe reconnecting");
    one(a, "UPDATE jobs SET updated_at = now() - interval '2 minutes' WHERE id = $1::bigint RETURNING id", ids);
    cr_assert_eq(job_requeue_orphans(), 1);
    arena_destroy(&job.arena);

    /* A claim taken over while this worker was disconnected: on reconnect
     * the worker is fenced (writes nothing more) and records nothing. */
    memset(&job, 0, sizeof job);
    job.arena = arena_new(0);
    cr_assert_eq(job_claim(&job), 0);
    int my_attempt = job.attempts;
    /* requeued and claimed again by another worker (attempts + 1) */
    one(a, "UPDATE jobs SET locked_by = 'other.example:7', attempts = attempts + 1 WHERE id = $1::bigint RETURNING id", ids);
    db_exec0("SELECT pg_terminate_backend(pg_backend_pid())");
    cr_assert_eq(db_exec0("SELECT 1"), ERR_CONFLICT, "fenced after the claim was lost");
    cr_assert_eq(job_finish(&job, 0), ERR_CONFLICT);
    cr_assert_eq(db_fenced(), 0, "the fence ends with the job");
    char expect[64];
    snprintf(expect, sizeof expect, "running other.example:7 %d", my_attempt + 1);
    cr_assert_str_eq(one(a, "SELECT state || ' ' || locked_by || ' ' || attempts FROM jobs WHERE id = $1::bigint", ids),
                     expect);
    one(a, "UPDATE jobs SET state = 'queued', attempts = 0, run_at = now(), locked_by = NULL WHERE id = $1::bigint RETURNING id", ids);
    arena_destroy(&job.arena);

    /* lease expiry also requeues. */
    memset(&job, 0, sizeof job);
    job.arena = arena_new(0);
    cr_assert_eq(job_claim(&job), 0);
    one(a, "UPDATE jobs SET locked_at = now() - interval '1 hour' WHERE id = $1::bigint RETURNING id", ids);
    cr_assert_eq(job_requeue_orphans(), 1);
    cr_assert_str_eq(one(a, "SELECT state || ' ' || (last_error LIKE 'lease expired%')::text FROM jobs WHERE id = $1::bigint", ids),
                     "queued true");
    arena_destroy(&job.arena);

    /* job_run: unknown kinds go dead with a clear error. */
    one(a, "DELETE FROM jobs RETURNING id", NULL);
    cr_assert_eq(job_enqueue(a, "no_such_kind", NULL, 0, NULL, &id4), 0);
    memset(&job, 0, sizeof job);
    job.arena = arena_new(0);
    cr_assert_eq(job_claim(&job), 0);
    cr_assert_eq(job_run(&job, NULL, 0), ERR_PERMANENT);
    snprintf(ids, sizeof ids, "%" PRId64, id4);
    cr_assert_str_eq(one(a, "SELECT state || ' ' || last_error FROM jobs WHERE id = $1::bigint", ids),
                     "dead unknown job kind \"no_such_kind\"");
    arena_destroy(&job.arena);

    /* Issue 14 (make chaos): a failed job whose dedupe_key got a queued
     * successor while it ran is absorbed by it (one queued job per key),
     * rather than a unique violation that left the row running under a
     * live worker until the lease ran out. */
    one(a, "DELETE FROM jobs RETURNING id", NULL);
    g_config.job_max_attempts = 5;
    int64_t first = 0, second = 0, third = 0;
    cr_assert_eq(job_enqueue(a, "selftest", NULL, 0, "key-twin", &first), 0);
    memset(&job, 0, sizeof job);
    job.arena = arena_new(0);
    cr_assert_eq(job_claim(&job), 0);
    cr_assert_eq(job.id, first);
    cr_assert_eq(job_enqueue(a, "selftest", NULL, 0, "key-twin", &second), 0);
    cr_assert_gt(second, 0, "a running job does not absorb a new one");
    snprintf(job.error, sizeof job.error, "upstream 503");
    cr_assert_eq(job_finish(&job, ERR_UPSTREAM), 0, "%s", db_last_error());
    snprintf(ids, sizeof ids, "%" PRId64, first);
    cr_assert_str_eq(one(a, "SELECT state || ' ' || last_error || ' ' || (finished_at IS NOT NULL)::text"
                            " FROM jobs WHERE id = $1::bigint", ids),
                     "done absorbed by the queued job with the same dedupe_key; this attempt: upstream 503 true");
    arena_destroy(&job.arena);

    /* The same when the reaper finds a dead worker's job with a queued successor. */
    memset(&job, 0, sizeof job);
    job.arena = arena_new(0);
    cr_assert_eq(job_claim(&job), 0);
    cr_assert_eq(job.id, second);
    cr_assert_eq(job_enqueue(a, "selftest", NULL, 0, "key-twin", &third), 0);
    cr_assert_gt(third, 0);
    snprintf(ids, sizeof ids, "%" PRId64, second);
    const char *dp2[] = {ids, dead_by};
    cr_assert_eq(db_exec(a, NULL, "UPDATE jobs SET locked_backend = -1, locked_by = $2 WHERE id = $1::bigint", 2, dp2), 0);
    cr_assert_eq(job_requeue_orphans(), 1);
    cr_assert_str_eq(one(a, "SELECT state || ' ' || (last_error LIKE 'absorbed %worker died: %')::text"
                            " FROM jobs WHERE id = $1::bigint", ids),
                     "done true");
    cr_assert_eq(job_finish(&job, 0), ERR_CONFLICT, "the dead owner's late finish changes nothing");
    arena_destroy(&job.arena);

    /* Postgres still down after the reconnect: the result is kept, with the
     * claim, and recorded by the worker's next claim (before it claimed
     * anything else), not left `running` under a live worker until the
     * lease ran out. */
    memset(&job, 0, sizeof job);
    job.arena = arena_new(0);
    cr_assert_eq(job_claim(&job), 0);
    cr_assert_eq(job.id, third);
    cr_assert_eq(db_connect("postgresql://127.0.0.1:1/nowhere?connect_timeout=2"), ERR_UNAVAILABLE);
    snprintf(job.error, sizeof job.error, "upstream timeout");
    cr_assert_eq(job_finish(&job, ERR_UPSTREAM), ERR_UNAVAILABLE);
    arena_destroy(&job.arena); /* the kept result is a copy */
    memset(&none, 0, sizeof none);
    none.arena = arena_new(0);
    cr_assert_eq(job_claim(&none), ERR_UNAVAILABLE, "nothing is claimed before the result is recorded");
    cr_assert_eq(db_connect(dburl()), 0);
    db_exec0("SET client_min_messages = warning");
    snprintf(ids, sizeof ids, "%" PRId64, third);
    cr_assert_str_eq(one(a, "SELECT state FROM jobs WHERE id = $1::bigint", ids), "running");
    int64_t fourth = 0;
    cr_assert_eq(job_enqueue(a, "selftest", NULL, 0, NULL, &fourth), 0);
    cr_assert_eq(job_claim(&none), 0);
    cr_assert_eq(none.id, fourth);
    cr_assert_str_eq(one(a, "SELECT state || ' ' || coalesce(last_error, '-') FROM jobs WHERE id = $1::bigint", ids),
                     "queued upstream timeout");
    cr_assert_eq(job_finish(&none, 0), 0);
    arena_destroy(&none.arena);
    arena_destroy(&a);
    db_disconnect();
}
