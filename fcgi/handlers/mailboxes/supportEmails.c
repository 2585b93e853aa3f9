/* supportEmails.c — the monitored Gmail mailboxes (admin only):
 * POST/GET /support-emails, GET/PATCH/DELETE /support-emails/:id.
 * Every change is published as support_email.created|updated|deleted on
 * the `inbox` channel after it is committed (best-effort: README "Real-time"). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "inbox/agents.h"
#include "store/db.h"
#include "core/errors.h"
#include "core/config.h" /* gmail */
#include "channels/gmail/gmailSync.h" /* gmail */
#include "handlers/handlers.h"
#include "http/apiUtil.h"
#include "core/jsonUtil.h"
#include "net/nchanPublish.h"

#define DISPLAY_NAME_MAX 200

/* The row as the API shows it; history_id is a string (uint64 > 2^53). */
#define SE_JSON                                                                          \
    "json_build_object('id', id, 'email', email, 'display_name', display_name, "        \
    "'is_active', is_active, 'history_id', history_id::text, "                          \
    "'watch_expiration', " SQL_ISO("watch_expiration") ", "                             \
    "'last_sync_at', " SQL_ISO("last_sync_at") ", 'last_sync_status', last_sync_status, " \
    "'last_error', last_error, 'created_at', " SQL_ISO("created_at") ", "               \
    "'updated_at', " SQL_ISO("updated_at") ")::text"

static int check_display_name(Request *req, json_object *body)
{
    const char *dn = json_get_str(body, "display_name");
    if (dn && strlen(dn) > DISPLAY_NAME_MAX)
        return req_fail(req, ERR_INVALID, "display_name must be at most %d bytes", DISPLAY_NAME_MAX);
    return 0;
}

/* Publishing never fails the request: the change is already committed. */
static void publish(Request *req, const char *event, json_object *row)
{
    (void)nchan_publish(req->arena, "inbox", event, row);
}

int handle_support_emails_create(Request *req)
{
    static const ApiField FIELDS[] = {
        {"email", API_STRING}, {"display_name", API_STRING_OR_NULL}, {"is_active", API_BOOL}};
    json_object *body = NULL, *row = NULL;
    PGresult *r = NULL;
    const char *email = NULL;
    int rc = req_json_body(req, &body);
    if (rc)
        return rc;
    rc = api_check_fields(req, body, FIELDS, DB_NPARAMS(FIELDS));
    if (rc)
        return rc;
    const char *raw = json_get_str(body, "email");
    if (!raw)
        return req_fail(req, ERR_INVALID, "field 'email' is required");
    if (email_normalize(req->arena, raw, &email) != 0)
        return req_fail(req, ERR_INVALID, "'%.100s' is not a valid e-mail address", raw);
    rc = check_display_name(req, body);
    if (rc)
        return rc;
    int active = json_get_bool(body, "is_active");
    const char *params[] = {email, json_get_str(body, "display_name"), active == 0 ? "false" : "true"};
    /* The row and its gmail_watch job commit together: a mailbox is never
     * created without the job that starts its watch. */
    rc = db_begin();
    if (rc == 0)
        rc = db_exec(req->arena, &r,
                     "INSERT INTO support_emails (email, display_name, is_active) VALUES ($1, $2, $3::boolean) "
                     "RETURNING " SE_JSON,
                     DB_NPARAMS(params), params);
    if (rc == 0)
        rc = api_row_json(req, r, 0, 0, &row);
    if (rc == 0 && active != 0 && config_gmail_enabled(&g_config)) /* gmail: watch via a job, never wait on Google */
        rc = gmail_enqueue_watch(req->arena, strtoll(json_object_get_string(json_get(row, "id")), NULL, 10), email);
    if (rc == 0)
        rc = db_commit();
    if (rc) {
        db_rollback();
        if (req->err)
            return req->err; /* api_row_json() already failed the request */
        if (rc == ERR_CONFLICT)
            return req_fail(req, ERR_CONFLICT, "support email %s already exists", email);
        return api_db_fail(req, rc);
    }
    publish(req, "support_email.created", row);
    return req_reply(req, 201, json_object_get(row));
}

int handle_support_emails_list(Request *req)
{
    PGresult *r = NULL;
    json_object *list = NULL;
    int rc = db_exec(req->arena, &r,
                     "SELECT coalesce(json_agg(j ORDER BY id), '[]')::text FROM "
                     "(SELECT id, " SE_JSON "::json AS j FROM support_emails) s",
                     0, NULL);
    if (rc)
        return api_db_fail(req, rc);
    rc = api_row_json(req, r, 0, 0, &list);
    if (rc)
        return rc;
    /* Every mailbox fits one page (a handful per business): no cursor. */
    return api_reply_list(req, json_object_get(list), NULL);
}

/* The one row a statement on support_emails ... RETURNING SE_JSON gave, as
 * JSON (arena-owned); 404 when there was none. */
static int the_row(Request *req, const PGresult *r, int64_t id, json_object **row)
{
    if (PQntuples(r) == 0)
        return req_fail(req, ERR_NOT_FOUND, "no support email with id %lld", (long long)id);
    return api_row_json(req, r, 0, 0, row);
}

static int load(Request *req, int64_t id, json_object **row)
{
    PGresult *r = NULL;
    /* req_param_id() checked it is a positive integer written in digits. */
    const char *params[] = {req_param(req, "id")};
    int rc = db_exec(req->arena, &r, "SELECT " SE_JSON " FROM support_emails WHERE id = $1::bigint", 1,
                     params);
    if (rc)
        return api_db_fail(req, rc);
    return the_row(req, r, id, row);
}

int handle_support_emails_get(Request *req)
{
    int64_t id = 0;
    json_object *row = NULL;
    int rc = req_param_id(req, "id", &id);
    if (rc == 0)
        rc = load(req, id, &row);
    if (rc)
        return rc;
    return req_reply(req, 200, json_object_get(row));
}

int handle_support_emails_update(Request *req)
{
    static const ApiField FIELDS[] = {{"display_name", API_STRING_OR_NULL}, {"is_active", API_BOOL}};
    int64_t id = 0;
    json_object *body = NULL, *row = NULL;
    PGresult *r = NULL;
    int rc = req_param_id(req, "id", &id);
    if (rc)
        return rc;
    rc = req_json_body(req, &body);
    if (rc)
        return rc;
    json_object_object_foreach(body, key, val) {
        (void)val;
        if (strcmp(key, "display_name") != 0 && strcmp(key, "is_active") != 0)
            return req_fail(req, ERR_INVALID, "field '%.64s' cannot be changed (only display_name and is_active)",
                            key);
    }
    rc = api_check_fields(req, body, FIELDS, DB_NPARAMS(FIELDS));
    if (rc)
        return rc;
    if (json_object_object_length(body) == 0)
        return req_fail(req, ERR_INVALID, "nothing to change: give display_name and/or is_active");
    rc = check_display_name(req, body);
    if (rc)
        return rc;
    int active = json_get_bool(body, "is_active");
    /* req_param_id() checked it is a positive integer written in digits. */
    const char *params[] = {req_param(req, "id"), json_object_object_get_ex(body, "display_name", NULL) ? "1" : NULL,
                            json_get_str(body, "display_name"),
                            active < 0 ? NULL : active ? "true" : "false"};
    rc = db_exec(req->arena, &r,
                 "UPDATE support_emails SET "
                 "display_name = CASE WHEN $2::text IS NULL THEN display_name ELSE $3 END, "
                 "is_active = coalesce($4::boolean, is_active), updated_at = now() "
                 "WHERE id = $1::bigint RETURNING " SE_JSON,
                 DB_NPARAMS(params), params);
    if (rc)
        return api_db_fail(req, rc);
    rc = the_row(req, r, id, &row);
    if (rc)
        return rc;
    publish(req, "support_email.updated", row);
    return req_reply(req, 200, json_object_get(row));
}

int handle_support_emails_delete(Request *req)
{
    int64_t id = 0;
    json_object *row = NULL;
    PGresult *r = NULL;
    int rc = req_param_id(req, "id", &id);
    if (rc)
        return rc;
    /* req_param_id() checked it is a positive integer written in digits. */
    const char *params[] = {req_param(req, "id")};
    /* The deletion and its gmail_stop job commit together: a deleted
     * mailbox is never left watched with nothing queued to stop it. */
    rc = db_begin();
    if (rc == 0)
        rc = db_exec(req->arena, &r, "DELETE FROM support_emails WHERE id = $1::bigint RETURNING " SE_JSON, 1,
                     params);
    if (rc) {
        db_rollback();
        return api_db_fail(req, rc);
    }
    rc = the_row(req, r, id, &row);
    if (rc == 0 && config_gmail_enabled(&g_config)) { /* gmail: stop the watch via a job */
        rc = gmail_enqueue_stop(req->arena, 0, json_get_str(row, "email"));
        if (rc)
            rc = api_db_fail(req, rc);
    }
    if (rc == 0 && (rc = db_commit()) != 0)
        rc = api_db_fail(req, rc);
    if (rc) {
        db_rollback();
        return rc;
    }
    publish(req, "support_email.deleted", row);
    return req_no_content(req);
}
