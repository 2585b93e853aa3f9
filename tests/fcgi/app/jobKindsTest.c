/* jobKindsTest.c — the JOB_KINDS table (lib/jobKinds.c) is well formed, and
 * the "selftest" kind fails its first fail_times attempts, then succeeds. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "core/errors.h"
#include "app/jobKinds.h"
#include "jobs/jobQueue.h"
#include "core/jsonUtil.h"

static const JobKind *find_kind(const char *kind)
{
    for (size_t i = 0; i < JOB_KINDS_COUNT; i++)
        if (strcmp(JOB_KINDS[i].kind, kind) == 0)
            return &JOB_KINDS[i];
    return NULL;
}

Test(job_kinds, unique_nonempty_kinds_with_functions)
{
    cr_assert_gt(JOB_KINDS_COUNT, 0);
    for (size_t i = 0; i < JOB_KINDS_COUNT; i++) {
        const char *k = JOB_KINDS[i].kind;
        cr_assert_not_null(k, "entry %zu has no kind", i);
        cr_assert_gt(strlen(k), 0, "entry %zu has an empty kind", i);
        /* stored in jobs.kind and shown in /admin/jobs: keep it snake_case */
        for (const char *p = k; *p; p++)
            cr_assert((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '_',
                      "kind \"%s\" is not snake_case", k);
        cr_assert_not_null(JOB_KINDS[i].fn, "kind \"%s\" has no function", k);
        for (size_t j = i + 1; j < JOB_KINDS_COUNT; j++)
            cr_assert_str_neq(k, JOB_KINDS[j].kind, "kind \"%s\" appears twice (%zu and %zu)", k, i, j);
    }
    /* kinds other code enqueues by name */
    static const char *const NEEDED[] = {"selftest", "gmail_sync", "gmail_watch", "triage"};
    for (size_t i = 0; i < sizeof NEEDED / sizeof NEEDED[0]; i++)
        cr_assert_not_null(find_kind(NEEDED[i]), "kind \"%s\" is missing", NEEDED[i]);
}

/* Runs the selftest function as attempt `attempt` with the payload text. */
static int run_selftest(Arena *a, const char *payload, int attempt, JobContext *job)
{
    const JobKind *k = find_kind("selftest");
    cr_assert_not_null(k);
    memset(job, 0, sizeof *job);
    job->arena = a;
    job->id = 1;
    job->kind = "selftest";
    job->attempts = attempt;
    job->max_attempts = 10;
    if (payload)
        cr_assert_eq(json_parse_arena(a, payload, strlen(payload), &job->payload), 0, "%s", payload);
    return k->fn(job);
}

Test(job_kinds, selftest_fails_fail_times_then_succeeds)
{
    Arena *a = arena_new(0);
    JobContext job;
    for (int attempt = 1; attempt <= 3; attempt++) {
        cr_assert_eq(run_selftest(a, "{\"fail_times\":3}", attempt, &job), ERR_UPSTREAM, "attempt %d", attempt);
        char want[64];
        snprintf(want, sizeof want, "selftest failure %d of 3", attempt);
        cr_assert_str_eq(job.error, want);
    }
    for (int attempt = 4; attempt <= 6; attempt++) {
        cr_assert_eq(run_selftest(a, "{\"fail_times\":3}", attempt, &job), 0, "attempt %d", attempt);
        cr_assert_str_eq(job.error, "", "no error text on success");
    }
    /* fail_times as a string counts too (payloads come from JSON APIs). */
    cr_assert_eq(run_selftest(a, "{\"fail_times\":\"1\"}", 1, &job), ERR_UPSTREAM);
    cr_assert_eq(run_selftest(a, "{\"fail_times\":\"1\"}", 2, &job), 0);
    arena_destroy(&a);
}

Test(job_kinds, selftest_without_failures_succeeds_at_once)
{
    Arena *a = arena_new(0);
    JobContext job;
    cr_assert_eq(run_selftest(a, "{}", 1, &job), 0);
    cr_assert_eq(run_selftest(a, "{\"fail_times\":0}", 1, &job), 0);
    cr_assert_eq(run_selftest(a, "{\"fail_times\":-4}", 1, &job), 0);
    cr_assert_eq(run_selftest(a, "{\"other\":true}", 1, &job), 0);
    cr_assert_eq(run_selftest(a, "[]", 1, &job), 0, "a non-object payload has no fail_times");
    cr_assert_eq(run_selftest(a, NULL, 1, &job), 0, "no payload at all");
    arena_destroy(&a);
}
