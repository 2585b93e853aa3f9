/* metrics.c — GET /internal/metrics: Prometheus text for the scraper on
 * nginx's loopback-only port (README "Metrics").
 *
 * nginx maps its loopback location /metrics here and sets the FastCGI param
 * CSD_METRICS=1, which no client can send (headers arrive as HTTP_*); the
 * public server answers /internal/ with 404 before csd sees it, and this
 * handler answers 404 without the param too. Counters and histograms come
 * from the shared region every csd process adds to (core/metrics.h); the
 * queue gauges from the jobs table; live workers from the scoreboard. */
#include "handlers/handlers.h"

#include <string.h>

#include "core/buf.h"
#include "core/errors.h"
#include "core/metrics.h"
#include "server/scoreboard.h"
#include "store/db.h"

#define METRICS_MAX_BYTES (4u * 1024u * 1024u)

static int from_loopback_location(const Request *req)
{
    for (int i = 0; i < req->nenv; i++)
        if (strcmp(req->env_names[i], "CSD_METRICS") == 0)
            return strcmp(req->env_values[i], "1") == 0;
    return 0;
}

static int append_gauges(Request *req, Buf *b)
{
    SbCounts c;
    sb_counts(&c);
    int rc = buf_appendf(b,
                         "# HELP csd_workers Live csd children by role\n# TYPE csd_workers gauge\n"
                         "csd_workers{role=\"request\"} %d\ncsd_workers{role=\"job\"} %d\n"
                         "csd_workers{role=\"scheduler\"} %d\n",
                         c.request, c.job, c.scheduler);
    PGresult *r = NULL;
    /* Only the states an operator watches: done rows grow without bound and
     * would make every scrape a scan (jobs_state covers these). */
    int up = db_exec(req->arena, &r,
                     "SELECT kind, state, count(*) FROM jobs WHERE state IN ('queued', 'running', 'dead')"
                     " GROUP BY kind, state ORDER BY kind, state",
                     0, NULL) == 0;
    rc = rc ? rc : buf_appendf(b, "# HELP csd_database_up 1 when this worker's database query succeeded\n"
                                  "# TYPE csd_database_up gauge\ncsd_database_up %d\n", up);
    rc = rc ? rc : buf_append_str(b, "# HELP csd_jobs Jobs in the queue by kind and state (queued, running, dead)\n"
                                     "# TYPE csd_jobs gauge\n");
    for (int i = 0; up && !rc && i < PQntuples(r); i++) {
        rc = buf_append_str(b, "csd_jobs{kind=\"");
        rc = rc ? rc : metrics_append_label(b, db_get(r, i, 0));
        rc = rc ? rc : buf_append_str(b, "\",state=\"");
        rc = rc ? rc : metrics_append_label(b, db_get(r, i, 1));
        rc = rc ? rc : buf_appendf(b, "\"} %s\n", db_get(r, i, 2));
    }
    return rc;
}

int handle_metrics(Request *req)
{
    if (!from_loopback_location(req))
        return req_fail(req, ERR_NOT_FOUND, "not found");
    Buf b;
    buf_init(&b, METRICS_MAX_BYTES);
    int rc = metrics_render(&b);
    rc = rc ? rc : append_gauges(req, &b);
    if (rc) {
        buf_free(&b);
        return req_fail(req, rc, "metrics too large");
    }
    req->reply_raw = buf_to_arena(&b, req->arena);
    req->reply_type = "text/plain; version=0.0.4; charset=utf-8";
    buf_free(&b);
    return 0;
}
