/* adminJobs.c — GET /admin/jobs and POST /admin/jobs/:id/retry (admin).
 * The list is the usual envelope, newest first, with keyset pagination on
 * id: pass the next_cursor of one page as ?cursor= to get the next. */
#include "handlers/handlers.h"

#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store/db.h"
#include "core/errors.h"
#include "jobs/jobQueue.h"
#include "core/jsonUtil.h"
#include "http/apiUtil.h"

#define ADMIN_JOBS_DEFAULT_LIMIT 50
#define ADMIN_JOBS_MAX_LIMIT 200

#define JOB_COLUMNS                                                                           \
    "id, kind, state, attempts, max_attempts, last_error,"                                    \
    " " SQL_ISO("run_at") " AS run_at, " SQL_ISO("created_at") " AS created_at,"            \
    " " SQL_ISO("updated_at") " AS updated_at,"                                             \
    " payload::text AS payload"

static int to_int(const char *s) { return s ? (int)strtol(s, NULL, 10) : 0; }

static json_object *job_row_json(Arena *a, const PGresult *r, int row)
{
    json_object *o = json_object_new_object();
    json_object_object_add(o, "id", json_object_new_int64(strtoll(db_getn(r, row, "id"), NULL, 10)));
    json_object_object_add(o, "kind", json_str_or_null(db_getn(r, row, "kind")));
    json_object_object_add(o, "state", json_str_or_null(db_getn(r, row, "state")));
    json_object_object_add(o, "attempts", json_object_new_int(to_int(db_getn(r, row, "attempts"))));
    json_object_object_add(o, "max_attempts",
                           json_object_new_int(to_int(db_getn(r, row, "max_attempts"))));
    json_object_object_add(o, "last_error", json_str_or_null(db_getn(r, row, "last_error")));
    json_object_object_add(o, "run_at", json_str_or_null(db_getn(r, row, "run_at")));
    json_object_object_add(o, "created_at", json_str_or_null(db_getn(r, row, "created_at")));
    json_object_object_add(o, "updated_at", json_str_or_null(db_getn(r, row, "updated_at")));
    const char *payload = db_getn(r, row, "payload");
    json_object *p = NULL;
    if (payload && json_parse_bounded(payload, strlen(payload), &p) == 0)
        json_object_object_add(o, "payload", p);
    else
        json_object_object_add(o, "payload", NULL);
    (void)a;
    return o;
}

/* Parses an optional positive integer query parameter. 0 when absent
 * (*out unchanged), 1 when set, or fails the request with 422. */
static int query_positive(Request *req, const char *name, long long max, long long *out)
{
    const char *v = req_query(req, name);
    if (!v || !*v)
        return 0;
    char *end = NULL;
    errno = 0;
    long long n = strtoll(v, &end, 10);
    if (errno || *end || n < 1 || n > max)
        return req_fail(req, ERR_INVALID, "%s must be a whole number from 1 to %lld", name, max);
    *out = n;
    return 1;
}

int handle_admin_jobs_list(Request *req)
{
    const char *state = req_query(req, "state");
    if (state && !*state)
        state = NULL;
    if (state && strcmp(state, "queued") != 0 && strcmp(state, "running") != 0 &&
        strcmp(state, "done") != 0 && strcmp(state, "dead") != 0)
        return req_fail(req, ERR_INVALID, "state must be one of queued, running, done, dead");
    long long limit = ADMIN_JOBS_DEFAULT_LIMIT, cursor = 0;
    int rc = query_positive(req, "limit", ADMIN_JOBS_MAX_LIMIT, &limit);
    if (rc < 0)
        return rc;
    rc = query_positive(req, "cursor", INT64_MAX, &cursor);
    if (rc < 0) /* a cursor is opaque to clients: a bad one is a 400, as on /emails */
        return req_fail(req, ERR_BAD_REQUEST, "invalid cursor");
    char limit_s[24], cursor_s[24];
    snprintf(limit_s, sizeof limit_s, "%lld", limit + 1); /* one more: is there a next page? */
    snprintf(cursor_s, sizeof cursor_s, "%lld", cursor);
    const char *params[] = {state, cursor ? cursor_s : NULL, limit_s};
    PGresult *r = NULL;
    rc = db_exec(req->arena, &r,
                 "SELECT " JOB_COLUMNS " FROM jobs"
                 " WHERE ($1::text IS NULL OR state = $1) AND ($2::bigint IS NULL OR id < $2::bigint)"
                 " ORDER BY id DESC LIMIT $3::int",
                 DB_NPARAMS(params), params);
    if (rc)
        return api_db_fail(req, rc);
    int n = PQntuples(r);
    int shown = n > limit ? (int)limit : n;
    json_object *jobs = json_object_new_array();
    for (int i = 0; i < shown; i++)
        json_object_array_add(jobs, job_row_json(req->arena, r, i));
    return api_reply_list(req, jobs, n > limit && shown > 0 ? db_getn(r, shown - 1, "id") : NULL);
}

int handle_admin_job_retry(Request *req)
{
    int64_t id = 0;
    int rc = req_param_id(req, "id", &id);
    if (rc)
        return rc;
    rc = job_retry(id);
    if (rc == ERR_NOT_FOUND)
        return req_fail(req, ERR_NOT_FOUND, "no such job");
    if (rc == ERR_CONFLICT)
        return req_fail(req, ERR_CONFLICT, "only a dead job can be retried (or a queued job has the same dedupe key)");
    if (rc)
        return api_db_fail(req, rc);
    char ids[24];
    snprintf(ids, sizeof ids, "%" PRId64, id);
    const char *params[] = {ids};
    PGresult *r = NULL;
    rc = db_exec(req->arena, &r, "SELECT " JOB_COLUMNS " FROM jobs WHERE id = $1::bigint", DB_NPARAMS(params),
                 params);
    if (rc)
        return api_db_fail(req, rc);
    if (PQntuples(r) != 1)
        return req_fail(req, ERR_NOT_FOUND, "no such job");
    return req_reply(req, 200, job_row_json(req->arena, r, 0));
}
