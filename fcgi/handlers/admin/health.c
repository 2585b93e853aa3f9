/* health.c — GET /health: database reachability, live workers (from the
 * scoreboard) and queue depth. 200 when the database answers ("degraded"
 * when job workers or the scheduler are missing), 503 when it does not. */
#include "handlers/handlers.h"

#include <stdlib.h>
#include <string.h>

#include "core/config.h"
#include "store/db.h"
#include "core/errors.h"
#include "core/jsonUtil.h"
#include "server/scoreboard.h"

int handle_health(Request *req)
{
    PGresult *r = NULL;
    if (db_exec(req->arena, &r,
                "SELECT state, count(*) FROM jobs WHERE state IN ('queued', 'running', 'dead')"
                " GROUP BY state",
                0, NULL) != 0)
        return req_fail(req, ERR_UNAVAILABLE, "database: down");
    long long queued = 0, running = 0, dead = 0;
    for (int i = 0; i < PQntuples(r); i++) {
        const char *state = db_get(r, i, 0);
        long long n = strtoll(db_get(r, i, 1), NULL, 10);
        if (strcmp(state, "queued") == 0)
            queued = n;
        else if (strcmp(state, "running") == 0)
            running = n;
        else
            dead = n;
    }
    SbCounts c;
    sb_counts(&c);
    /* Without a scoreboard (tests, csctl) there is nothing to judge. */
    int degraded = g_scoreboard && (c.job < g_config.job_workers || c.scheduler < 1);

    json_object *workers = json_object_new_object();
    json_object_object_add(workers, "request", json_object_new_int(c.request));
    json_object_object_add(workers, "job", json_object_new_int(c.job));
    json_object_object_add(workers, "scheduler", json_object_new_int(c.scheduler));
    json_object *queue = json_object_new_object();
    json_object_object_add(queue, "queued", json_object_new_int64(queued));
    json_object_object_add(queue, "running", json_object_new_int64(running));
    json_object_object_add(queue, "dead", json_object_new_int64(dead));
    json_object *o = json_object_new_object();
    json_object_object_add(o, "status", json_object_new_string(degraded ? "degraded" : "ok"));
    json_object_object_add(o, "database", json_object_new_string("ok"));
    json_object_object_add(o, "workers", workers);
    json_object_object_add(o, "queue", queue);
    return req_reply(req, 200, o);
}
