/* emails.c — GET /emails (keyset pagination, newest first) and
 * GET /emails/:id (the full message with its conversation's state). */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base64.h"
#include "db.h"
#include "errors.h"
#include "handlers.h"
#include "handlers/apiUtil.h"
#include "jsonUtil.h"
#include "triage.h"

#define EMAILS_DEFAULT_LIMIT 20
#define EMAILS_MAX_LIMIT 100
#define CURSOR_MAX 128

/* The cursor is base64url("<created_at ISO, microseconds>|<id>") of the
 * last row of a page: opaque to clients, exact for the keyset. */
static int parse_cursor(Request *req, const char *cur, const char **ts, const char **id)
{
    unsigned char *raw = NULL;
    size_t n = 0;
    if (strlen(cur) > CURSOR_MAX || base64_decode(req->arena, cur, strlen(cur), CURSOR_MAX, &raw, &n) != 0)
        return req_fail(req, ERR_BAD_REQUEST, "invalid cursor");
    const char *s = (const char *)raw;
    const char *bar = memchr(s, '|', n);
    if (!bar || bar == s || (size_t)(bar - s) > 40 || !bar[1] || strlen(bar + 1) > 18)
        return req_fail(req, ERR_BAD_REQUEST, "invalid cursor");
    for (const char *p = s; p < bar; p++)
        if (!isdigit((unsigned char)*p) && !strchr("-T:.Z", *p))
            return req_fail(req, ERR_BAD_REQUEST, "invalid cursor");
    for (const char *p = bar + 1; *p; p++)
        if (!isdigit((unsigned char)*p))
            return req_fail(req, ERR_BAD_REQUEST, "invalid cursor");
    *ts = arena_strndup(req->arena, s, (size_t)(bar - s));
    *id = bar + 1;
    return 0;
}

/* List item columns; has_attachments comes from the JSONB array. */
#define EMAIL_ITEM_JSON                                                                             \
    "json_build_object('id', e.id, 'support_email_id', e.support_email_id, "                       \
    "'conversation_id', e.conversation_id, 'gmail_message_id', e.gmail_message_id, "               \
    "'gmail_thread_id', e.gmail_thread_id, 'from_address', e.from_address, "                       \
    "'from_name', e.from_name, 'subject', e.subject, 'snippet', e.snippet, "                       \
    "'sent_at', " SQL_ISO("e.sent_at") ", 'created_at', " SQL_ISO("e.created_at") ", "            \
    "'summary', e.summary, 'suggested_team', e.suggested_team, "                                   \
    "'has_attachments', jsonb_typeof(e.attachments) = 'array' AND jsonb_array_length(e.attachments) > 0)::text"

int handle_emails_list(Request *req)
{
    const char *limit_s = req_query(req, "limit");
    const char *cursor = req_query(req, "cursor");
    const char *se = req_query(req, "support_email_id");
    const char *team = req_query(req, "team");
    const char *ts = NULL, *cid = NULL;
    PGresult *r = NULL;
    long limit = EMAILS_DEFAULT_LIMIT;
    int rc;
    if (limit_s) {
        char *end = NULL;
        errno = 0;
        limit = strtol(limit_s, &end, 10);
        if (errno || !*limit_s || *end || limit < 1 || limit > EMAILS_MAX_LIMIT)
            return req_fail(req, ERR_INVALID, "limit must be a whole number from 1 to %d", EMAILS_MAX_LIMIT);
    }
    if (cursor && *cursor) {
        rc = parse_cursor(req, cursor, &ts, &cid);
        if (rc)
            return rc;
    }
    if (se) {
        size_t l = strlen(se);
        if (l == 0 || l > 18 || strspn(se, "0123456789") != l)
            return req_fail(req, ERR_INVALID, "support_email_id must be a positive integer");
    }
    if (team && triage_team_index(team) < 0)
        return req_fail(req, ERR_INVALID,
                        "team must be one of finance, support, dispatch, sales, technical, "
                        "returns_refunds, general");
    char fetch[16];
    snprintf(fetch, sizeof fetch, "%ld", limit + 1); /* one more: is there a next page? */
    const char *params[] = {fetch, ts, cid, se, team};
    /* PQexecParams plans with the actual values, so the "$n IS NULL OR"
     * branches fold away and the plan walks emails_keyset or
     * emails_support_email in index order. */
    rc = db_exec(req->arena, &r,
                 "SELECT " EMAIL_ITEM_JSON ", " SQL_ISO("e.created_at") ", e.id "
                 "FROM emails e LEFT JOIN conversations c ON c.id = e.conversation_id "
                 "WHERE ($2::timestamptz IS NULL OR (e.created_at, e.id) < ($2::timestamptz, $3::bigint)) "
                 "AND ($4::bigint IS NULL OR e.support_email_id = $4::bigint) "
                 "AND ($5::text IS NULL OR coalesce(c.team, c.suggested_team, e.suggested_team) = $5::text) "
                 "ORDER BY e.created_at DESC, e.id DESC LIMIT $1::int",
                 DB_NPARAMS(params), params);
    if (rc == ERR_INVALID)
        return req_fail(req, ERR_BAD_REQUEST, "invalid cursor");
    if (rc)
        return api_db_fail(req, rc);
    int n = PQntuples(r);
    int shown = n > limit ? (int)limit : n;
    json_object *data = json_object_new_array_ext(shown);
    json_object *out = json_object_new_object();
    json_object_object_add(out, "data", data);
    req_reply(req, 200, out);
    for (int i = 0; i < shown; i++) {
        json_object *item = NULL;
        rc = api_row_json(req, r, i, 0, &item);
        if (rc)
            return rc;
        json_object_array_add(data, json_object_get(item));
    }
    json_object *next = NULL;
    if (n > limit) {
        const char *key = arena_sprintf(req->arena, "%s|%s", db_get(r, shown - 1, 1), db_get(r, shown - 1, 2));
        next = json_object_new_string(base64_encode(req->arena, key, strlen(key), 1));
    }
    json_object_object_add(out, "next_cursor", next);
    return 0;
}

int handle_emails_get(Request *req)
{
    int64_t id = 0;
    PGresult *r = NULL;
    json_object *row = NULL;
    int rc = req_param_id(req, "id", &id);
    if (rc)
        return rc;
    char idbuf[24];
    snprintf(idbuf, sizeof idbuf, "%lld", (long long)id);
    const char *params[] = {idbuf};
    rc = db_exec(req->arena, &r,
                 "SELECT json_build_object("
                 "'id', e.id, 'support_email_id', e.support_email_id, 'mailbox', e.mailbox, "
                 "'conversation_id', e.conversation_id, 'customer_id', e.customer_id, "
                 "'gmail_message_id', e.gmail_message_id, 'gmail_thread_id', e.gmail_thread_id, "
                 "'history_id', e.history_id::text, 'internal_date', " SQL_ISO("e.internal_date") ", "
                 "'message_id_header', e.message_id_header, 'in_reply_to', e.in_reply_to, "
                 "'references_header', e.references_header, "
                 "'from_address', e.from_address, 'from_name', e.from_name, "
                 "'to_addresses', e.to_addresses, 'cc_addresses', e.cc_addresses, 'reply_to', e.reply_to, "
                 "'subject', e.subject, 'snippet', e.snippet, 'sent_at', " SQL_ISO("e.sent_at") ", "
                 "'body_text', e.body_text, 'body_html', e.body_html, 'new_text', e.new_text, "
                 "'attachments', e.attachments, 'has_attachments', "
                 "jsonb_typeof(e.attachments) = 'array' AND jsonb_array_length(e.attachments) > 0, "
                 "'label_ids', e.label_ids, 'raw_size', e.raw_size, 'parse_error', e.parse_error, "
                 "'summary', e.summary, 'suggested_team', e.suggested_team, "
                 "'created_at', " SQL_ISO("e.created_at") ", "
                 "'conversation', CASE WHEN c.id IS NULL THEN NULL ELSE json_build_object("
                 "'id', c.id, 'status', c.status, 'team', c.team, 'suggested_team', c.suggested_team, "
                 "'priority', c.priority, 'assignee_id', c.assignee_id, 'summary', c.summary) END"
                 ")::text FROM emails e LEFT JOIN conversations c ON c.id = e.conversation_id "
                 "WHERE e.id = $1::bigint",
                 1, params);
    if (rc)
        return api_db_fail(req, rc);
    if (PQntuples(r) == 0)
        return req_fail(req, ERR_NOT_FOUND, "no email with id %lld", (long long)id);
    rc = api_row_json(req, r, 0, 0, &row);
    if (rc)
        return rc;
    req->reply = row;
    return 0;
}
