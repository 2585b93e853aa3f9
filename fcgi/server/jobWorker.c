/* jobWorker.c — claim, run, wait for NOTIFY (see jobWorker.h). */
#include "server/jobWorker.h"

#include <errno.h>
#include <inttypes.h>
#include <poll.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "core/config.h"
#include "store/db.h"
#include "core/errors.h"
#include "net/httpClient.h"
#include "app/app.h"
#include "jobs/jobQueue.h"
#include "core/log.h"
#include "server/processManager.h"
#include "server/scoreboard.h"

int job_worker_run_one(void)
{
    JobContext job;
    memset(&job, 0, sizeof job);
    job.arena = arena_new(0);
    int rc = job_claim(&job);
    if (rc) {
        arena_destroy(&job.arena);
        return rc == ERR_NOT_FOUND ? 0 : rc;
    }
    char rid[32], route[SB_ROUTE_MAX], line[SB_REQUEST_MAX];
    snprintf(rid, sizeof rid, "job-%" PRId64, job.id);
    snprintf(route, sizeof route, "job:%s", job.kind);
    snprintf(line, sizeof line, "job %" PRId64 " %s attempt %d/%d", job.id, job.kind, job.attempts,
             job.max_attempts);
    log_set_request_id(rid);
    sb_busy(route, line);
    int64_t t0 = sb_now_ms();
    int jrc = app_run_job(&job);
    log_kv(jrc ? LOG_WARN : LOG_INFO, "job finished",
           "job_id=%" PRId64 " kind=%s attempt=%d result=%s duration_ms=%lld", job.id, job.kind,
           job.attempts, jrc ? err_name(jrc) : "ok", (long long)(sb_now_ms() - t0));
    sb_idle(1);
    log_set_request_id(NULL);
    arena_destroy(&job.arena);
    return 1;
}

/* Drains notifications libpq already read; 1 when there was any. */
static int drain_notifies(PGconn *c)
{
    int any = 0;
    PGnotify *n;
    PQconsumeInput(c);
    while ((n = PQnotifies(c)) != NULL) {
        any = 1;
        PQfreemem(n);
    }
    return any;
}

int job_worker_main(void)
{
    pm_child_signals(NULL);
    if (db_connect(g_config.database_url) != 0)
        log_msg(LOG_WARN, "job worker starting without a database; retrying every second");
    PGconn *listening = NULL;
    unsigned backend = 0;
    while (!g_pm_child_stop) {
        pm_child_check_signals();
        PGconn *c = db_conn();
        /* db_conn() may hand back the same pointer after PQreset: compare
         * the backend pid to know whether LISTEN must be repeated. */
        if (c) {
            unsigned be = (unsigned)PQbackendPID(c);
            if (c != listening || be != backend) {
                if (db_exec0("LISTEN jobs") != 0)
                    c = NULL;
                listening = c;
                backend = be;
            }
        }
        if (!c) {
            listening = NULL;
            sleep(1); /* interrupted by SIGTERM: no SA_RESTART */
            continue;
        }
        drain_notifies(c);
        while (!g_pm_child_stop && job_worker_run_one() == 1)
            pm_child_check_signals();
        if (g_pm_child_stop)
            break;
        /* Notifications that came in while we worked are already in libpq:
         * poll() would not see them, so look first. */
        if (drain_notifies(c))
            continue;
        struct pollfd pfd = {.fd = PQsocket(c), .events = POLLIN};
        if (pfd.fd < 0)
            continue;
        int p = poll(&pfd, 1, JOB_WORKER_IDLE_WAIT_MS);
        if (p < 0 && errno != EINTR)
            log_msg(LOG_WARN, "poll() failed: %s", strerror(errno));
    }
    log_msg(LOG_INFO, "job worker stopping");
    db_disconnect();
    http_client_cleanup();
    return 0;
}
