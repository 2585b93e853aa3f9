/* schedulerTest.c — scheduler_run_task(): advisory lock taken and released
 * around a task, skipped when another session holds it, failures returned.
 * The lock tests need CS_TEST_DATABASE_URL (fail without it). */
#include <criterion/criterion.h>
#include <libpq-fe.h>
#include <stdlib.h>
#include <string.h>

#include "store/db.h"
#include "core/errors.h"
#include "server/scheduler.h"
#include "testDb.h"

static int g_runs;

static int counting_task(Arena *a)
{
    cr_assert_not_null(a, "every run gets an arena");
    arena_alloc(a, 64);
    g_runs++;
    return 0;
}

static int failing_task(Arena *a)
{
    (void)a;
    g_runs++;
    return ERR_UPSTREAM;
}

Test(scheduler, task_without_lock_needs_no_database)
{
    g_runs = 0;
    ScheduledTask t = {"plain", 60, 0, counting_task};
    cr_assert_eq(scheduler_run_task(&t), 0);
    ScheduledTask f = {"failing", 60, 0, failing_task};
    cr_assert_eq(scheduler_run_task(&f), ERR_UPSTREAM);
    cr_assert_eq(g_runs, 2);
}

/* 't' or 'f' from pg_try_advisory_lock on a second, independent session. */
static char other_try_lock(PGconn *other, const char *key)
{
    const char *params[] = {key};
    PGresult *r = PQexecParams(other, "SELECT pg_try_advisory_lock($1::bigint)", 1, NULL, params, NULL, NULL, 0);
    cr_assert_eq(PQresultStatus(r), PGRES_TUPLES_OK, "%s", PQerrorMessage(other));
    char c = PQgetvalue(r, 0, 0)[0];
    PQclear(r);
    return c;
}

static void other_unlock(PGconn *other, const char *key)
{
    const char *params[] = {key};
    PQclear(PQexecParams(other, "SELECT pg_advisory_unlock($1::bigint)", 1, NULL, params, NULL, NULL, 0));
}

Test(scheduler, advisory_lock_runs_once_across_sessions)
{
    const char *url = test_db_url();
    cr_assert_eq(db_connect(url), 0);
    PGconn *other = PQconnectdb(url);
    cr_assert_eq(PQstatus(other), CONNECTION_OK);
    g_runs = 0;

    ScheduledTask t = {"locked", 60, 770001, counting_task};
    cr_assert_eq(scheduler_run_task(&t), 0);
    cr_assert_eq(g_runs, 1);
    /* released after the run: another session can take it */
    cr_assert_eq(other_try_lock(other, "770001"), 't');
    /* held elsewhere: this host skips the round */
    cr_assert_eq(scheduler_run_task(&t), 1);
    cr_assert_eq(g_runs, 1);
    other_unlock(other, "770001");
    cr_assert_eq(scheduler_run_task(&t), 0);
    cr_assert_eq(g_runs, 2);

    /* a failing task reports its error and still releases the lock */
    ScheduledTask f = {"locked_failing", 60, 770002, failing_task};
    cr_assert_eq(scheduler_run_task(&f), ERR_UPSTREAM);
    cr_assert_eq(other_try_lock(other, "770002"), 't');
    other_unlock(other, "770002");
    PQfinish(other);
    db_disconnect();
}
