/* testRegistry.c — the test build's routes, job kinds and tables (see
 * testRegistry.h). */
#include <stdio.h>
#include <stdlib.h>

#include "core/errors.h"
#include "core/jsonUtil.h"
#include "core/timeUtil.h"
#include "testRegistry.h"

static int handle_test_sleep(Request *req)
{
    const char *ms_s = req_query(req, "ms");
    char *end = NULL;
    long ms = ms_s ? strtol(ms_s, &end, 10) : -1;
    if (!ms_s || !*ms_s || *end || ms < 0 || ms > 600000)
        return req_fail(req, ERR_INVALID, "ms must be a whole number from 0 to 600000");
    /* time_sleep_ms keeps sleeping through signals: a stuck handler
     * ignores SIGTERM. */
    time_sleep_ms(ms);
    json_object *o = json_object_new_object();
    json_object_object_add(o, "slept_ms", json_object_new_int64(ms));
    return req_reply(req, 200, o);
}

static int handle_test_crash(Request *req)
{
    (void)req;
    abort();
}

const Route TEST_ROUTES[] = {
    {"GET", "/_test/sleep", handle_test_sleep, AUTH_NONE, 0, "test_sleep"},
    {"GET", "/_test/crash", handle_test_crash, AUTH_NONE, 0, "test_crash"},
};
const size_t TEST_ROUTES_COUNT = sizeof TEST_ROUTES / sizeof TEST_ROUTES[0];

int job_selftest(JobContext *job)
{
    int64_t fail_times = 0;
    json_get_int64(job->payload, "fail_times", &fail_times);
    int64_t sleep_ms = 0;
    if (json_get_int64(job->payload, "sleep_ms", &sleep_ms) == 0 && sleep_ms > 0 && sleep_ms <= 60000)
        time_sleep_ms((long)sleep_ms);
    if (job->attempts <= fail_times) {
        snprintf(job->error, sizeof job->error, "selftest failure %d of %lld", job->attempts,
                 (long long)fail_times);
        return ERR_UPSTREAM;
    }
    return 0;
}

const JobKind TEST_JOB_KINDS[] = {
    {"selftest", job_selftest},
};
const size_t TEST_JOB_KINDS_COUNT = sizeof TEST_JOB_KINDS / sizeof TEST_JOB_KINDS[0];

const AppTables TEST_TABLES = {TEST_ROUTES, sizeof TEST_ROUTES / sizeof TEST_ROUTES[0], TEST_JOB_KINDS,
                               sizeof TEST_JOB_KINDS / sizeof TEST_JOB_KINDS[0]};
