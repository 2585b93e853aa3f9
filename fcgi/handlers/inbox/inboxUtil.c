/* inboxUtil.c — see inboxUtil.h. */
#include "handlers/inbox/inboxUtil.h"

#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "core/errors.h"
#include "http/apiUtil.h"
#include "store/db.h"

static int64_t i64_at(const PGresult *r, int col)
{
    const char *v = db_get(r, 0, col);
    return v ? strtoll(v, NULL, 10) : 0;
}

static const char *str_at(Arena *a, const PGresult *r, int col)
{
    const char *v = db_get(r, 0, col);
    return v ? arena_strdup(a, v) : NULL;
}

int inbox_conv_lock(Request *req, int64_t id, ConvRow *out)
{
    PGresult *r = NULL;
    memset(out, 0, sizeof *out);
    const char *p[] = {arena_sprintf(req->arena, "%" PRId64, id)};
    int rc = db_exec(req->arena, &r,
                     "SELECT id, channel, status, priority, team, suggested_team, assignee_id, support_email_id,"
                     " gmail_thread_id, COALESCE(last_inbound_at > now() - interval '24 hours', false)"
                     " FROM conversations WHERE id = $1::bigint FOR UPDATE",
                     1, p);
    if (rc)
        return api_db_fail(req, rc);
    if (PQntuples(r) != 1)
        return req_fail(req, ERR_NOT_FOUND, "no conversation with id %" PRId64, id);
    out->id = id;
    out->channel = str_at(req->arena, r, 1);
    out->status = str_at(req->arena, r, 2);
    out->priority = str_at(req->arena, r, 3);
    out->team = str_at(req->arena, r, 4);
    out->suggested_team = str_at(req->arena, r, 5);
    out->assignee_id = i64_at(r, 6);
    out->support_email_id = i64_at(r, 7);
    out->gmail_thread_id = str_at(req->arena, r, 8);
    out->window_open = db_get(r, 0, 9)[0] == 't';
    return 0;
}

int inbox_may_change(Request *req, const ConvRow *c)
{
    if (req->agent.is_admin || !c->assignee_id || c->assignee_id == req->agent.id)
        return 0;
    return req_fail(req, ERR_FORBIDDEN, "conversation %" PRId64 " is assigned to another agent", c->id);
}
