/* gmailWatch.c — POST /support-emails/:id/watch and /stop-watch (admin):
 * users.watch / users.stop for one mailbox, answered after Google answers
 * (an explicit admin action; creation and deletion of mailboxes use the
 * gmail_watch / gmail_stop jobs instead, so they never wait on Google).
 * Google errors are stored as the mailbox's last_error and answered 502
 * with a readable message; 503 when Gmail is not configured. */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>

#include "core/config.h"
#include "store/db.h"
#include "core/errors.h"
#include "channels/gmail/gmailSync.h"
#include "handlers/handlers.h"
#include "http/apiUtil.h"
#include "core/jsonUtil.h"

#define SE_COLUMNS                                                                                 \
    "json_build_object('id', id, 'email', email, 'is_active', is_active,"                         \
    " 'history_id', history_id::text, 'watch_expiration', " SQL_ISO("watch_expiration") ","      \
    " 'last_sync_status', last_sync_status, 'last_error', last_error)::text"

static int load_mailbox(Request *req, int64_t *id, const char **email)
{
    PGresult *r = NULL;
    int rc = req_param_id(req, "id", id);
    if (rc)
        return rc;
    const char *params[] = {arena_sprintf(req->arena, "%" PRId64, *id)};
    rc = db_exec(req->arena, &r, "SELECT email FROM support_emails WHERE id = $1::bigint", 1, params);
    if (rc)
        return api_db_fail(req, rc);
    if (PQntuples(r) == 0)
        return req_fail(req, ERR_NOT_FOUND, "no support email with id %" PRId64, *id);
    *email = arena_strdup(req->arena, db_get(r, 0, 0));
    if (!config_gmail_enabled(&g_config))
        return req_fail_shown(req, ERR_UNAVAILABLE, "gmail_not_configured",
                              "Gmail is not configured: set GOOGLE_SERVICE_ACCOUNT_FILE (a service-account key "
                              "with domain-wide delegation) and GOOGLE_PUBSUB_TOPIC");
    return 0;
}

/* 502/503/429 with Google's readable message (request_render hides our
 * own 5xx reasons, but this one is for the admin who asked). */
static int google_fail(Request *req, int rc, const char *err)
{
    int code = rc == ERR_UNAVAILABLE || rc == ERR_RATE_LIMITED ? rc : ERR_UPSTREAM;
    return req_fail_shown(req, code, rc == ERR_UNAVAILABLE ? "gmail_not_configured" : "gmail_error", "%s",
                          err && *err ? err : err_name(rc));
}

static int reply_row(Request *req, int64_t id)
{
    PGresult *r = NULL;
    const char *params[] = {arena_i64s(req->arena, id)};
    int rc = db_exec(req->arena, &r, "SELECT " SE_COLUMNS " FROM support_emails WHERE id = $1::bigint", 1,
                     params);
    if (rc)
        return api_db_fail(req, rc);
    return api_reply_row(req, 200, r, "support email", id);
}

int handle_support_emails_watch(Request *req)
{
    int64_t id = 0, exp = 0;
    const char *email = NULL;
    char err[512];
    int rc = load_mailbox(req, &id, &email);
    if (rc)
        return rc;
    rc = gmail_watch_mailbox(req->arena, id, email, &exp, err, sizeof err);
    if (rc)
        return google_fail(req, rc, err);
    return reply_row(req, id);
}

int handle_support_emails_stop_watch(Request *req)
{
    int64_t id = 0;
    const char *email = NULL;
    char err[512];
    int rc = load_mailbox(req, &id, &email);
    if (rc)
        return rc;
    rc = gmail_stop_mailbox(req->arena, id, email, err, sizeof err);
    if (rc)
        return google_fail(req, rc, err);
    return reply_row(req, id);
}
