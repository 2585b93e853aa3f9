/* appTest.c — the tables csd runs (fcgi/app/app.c): production only unless
 * a main adds the test build's tables, which then come first; and the test
 * build's selftest kind (tests/csdTest/testRegistry.c). */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "app/app.h"
#include "core/errors.h"
#include "core/jsonUtil.h"
#include "csdTest/testRegistry.h"

static const Route *match(const char *method, const char *path, const Route **table, int *path_matched)
{
    Request *req = request_new();
    request_set_env(req, "REQUEST_METHOD", method);
    request_set_env(req, "DOCUMENT_URI", path);
    size_t n = 0;
    const Route *r = app_match_route(req, table, &n, path_matched);
    cr_assert_gt(n, 0);
    request_free(&req);
    return r;
}

Test(app, production_tables_only_by_default)
{
    const Route *table = NULL;
    int pm = 0;
    cr_assert_eq(app_has_extra_tables(), 0);
    cr_assert_null(match("GET", "/_test/crash", &table, &pm));
    cr_assert_eq(pm, 0);
    cr_assert_eq(table, ROUTES);
    const Route *r = match("GET", "/health", &table, &pm);
    cr_assert_not_null(r);
    cr_assert_str_eq(r->name, "health");
    cr_assert(app_job_kind_known("gmail_sync"));
    cr_assert_not(app_job_kind_known("selftest"));
    cr_assert_not(app_job_kind_known(NULL));
}

Test(app, added_tables_come_first_and_production_stays)
{
    app_add_tables(&TEST_TABLES);
    cr_assert_eq(app_has_extra_tables(), 1);
    const Route *table = NULL;
    int pm = 0;
    const Route *r = match("GET", "/_test/sleep", &table, &pm);
    cr_assert_not_null(r);
    cr_assert_str_eq(r->name, "test_sleep");
    cr_assert_eq(table, TEST_ROUTES);
    r = match("POST", "/_test/sleep", &table, &pm); /* 405 within the test table */
    cr_assert_null(r);
    cr_assert_eq(pm, 1);
    r = match("GET", "/emails/7", &table, &pm);
    cr_assert_not_null(r);
    cr_assert_eq(table, ROUTES);
    cr_assert(app_job_kind_known("selftest"));
    cr_assert(app_job_kind_known("triage"));
}

/* Runs the selftest function as attempt `attempt` with the payload text. */
static int run_selftest(Arena *a, const char *payload, int attempt, JobContext *job)
{
    memset(job, 0, sizeof *job);
    job->arena = a;
    job->id = 1;
    job->kind = "selftest";
    job->attempts = attempt;
    job->max_attempts = 10;
    if (payload)
        cr_assert_eq(json_parse_arena(a, payload, strlen(payload), &job->payload), 0, "%s", payload);
    return job_selftest(job);
}

Test(app, selftest_fails_fail_times_then_succeeds)
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

Test(app, selftest_without_failures_succeeds_at_once)
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
