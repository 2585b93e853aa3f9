/* scheduler.c — periodic tasks (see scheduler.h). */
#include "server/scheduler.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "core/config.h"
#include "store/db.h"
#include "core/errors.h"
#include "net/httpClient.h"
#include "core/log.h"
#include "server/processManager.h"
#include "server/scoreboard.h"

#define SCHED_MAX_TASKS 64

int scheduler_run_task(const ScheduledTask *t)
{
    char key[32];
    snprintf(key, sizeof key, "%" PRId64, t->lock_key);
    const char *params[] = {key};
    if (t->lock_key != 0) {
        PGresult *r = NULL;
        int rc = db_exec(NULL, &r, "SELECT pg_try_advisory_lock($1::bigint)", DB_NPARAMS(params), params);
        if (rc)
            return rc;
        const char *got = db_get(r, 0, 0);
        int locked = got && got[0] == 't';
        PQclear(r);
        if (!locked) {
            LOG_DEBUG_MSG("task %s skipped: another host holds its lock", t->name);
            return 1;
        }
    }
    char route[SB_ROUTE_MAX];
    snprintf(route, sizeof route, "task:%s", t->name);
    sb_busy(route, t->name);
    Arena *a = arena_new(0);
    int64_t t0 = sb_now_ms();
    int rc = t->fn(a);
    arena_destroy(&a);
    db_rollback(); /* a failed task must not leave a transaction open */
    if (rc)
        log_kv(LOG_ERROR, "scheduled task failed", "task=%s error=%s detail=\"%.200s\"", t->name,
               err_name(rc), db_last_error());
    else
        log_kv(LOG_DEBUG, "scheduled task done", "task=%s duration_ms=%lld", t->name,
               (long long)(sb_now_ms() - t0));
    if (t->lock_key != 0 &&
        db_exec(NULL, NULL, "SELECT pg_advisory_unlock($1::bigint)", DB_NPARAMS(params), params) != 0)
        log_kv(LOG_WARN, "advisory unlock failed (released when the connection closes)", "task=%s",
               t->name);
    sb_idle(1);
    return rc;
}

int scheduler_main(void)
{
    pm_child_signals(NULL);
    if (db_connect(g_config.database_url) != 0)
        log_msg(LOG_WARN, "scheduler starting without a database; tasks fail until it is back");
    int64_t next[SCHED_MAX_TASKS];
    unsigned n = SCHEDULED_TASKS_COUNT < SCHED_MAX_TASKS ? SCHEDULED_TASKS_COUNT : SCHED_MAX_TASKS;
    int64_t start = sb_now_ms();
    /* First runs are spread over the first seconds, not all at once. */
    for (unsigned i = 0; i < n; i++)
        next[i] = start + (int64_t)(i % 5) * 1000;
    while (!g_pm_child_stop) {
        pm_child_check_signals();
        int64_t now = sb_now_ms();
        for (unsigned i = 0; i < n && !g_pm_child_stop; i++) {
            const ScheduledTask *t = &SCHEDULED_TASKS[i];
            if (now < next[i])
                continue;
            scheduler_run_task(t);
            int iv = t->interval_seconds > 0 ? t->interval_seconds : 60;
            next[i] = sb_now_ms() + (int64_t)iv * 1000;
        }
        usleep(250000); /* interrupted by SIGTERM (no SA_RESTART) */
    }
    log_msg(LOG_INFO, "scheduler stopping");
    db_disconnect();
    http_client_cleanup();
    return 0;
}
