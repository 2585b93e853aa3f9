/* testRegistry.h — what the test build of csd (build/csdTest) adds to the
 * production tables (app/app.h); linked only into csdTest and the unit
 * tests, never into csd.
 *
 * Routes (no auth; for the process manager's integration tests):
 *   GET /_test/sleep?ms=N   sleeps N ms (at most 10 min), even through
 *                           SIGTERM, so the deadline's SIGKILL is exercised
 *   GET /_test/crash        abort(): the worker dies mid-request
 * Job kinds:
 *   selftest  fails its first `fail_times` attempts (payload
 *             {"fail_times":N}), then succeeds; {"sleep_ms":N} makes it
 *             slow, so a test can kill its worker mid-run
 */
#ifndef CS_TEST_REGISTRY_H
#define CS_TEST_REGISTRY_H

#include "app/app.h"

/* Static tables: nothing to free. */
extern const Route TEST_ROUTES[];
extern const size_t TEST_ROUTES_COUNT;
extern const JobKind TEST_JOB_KINDS[];
extern const size_t TEST_JOB_KINDS_COUNT;
extern const AppTables TEST_TABLES;

int job_selftest(JobContext *job);

#endif
