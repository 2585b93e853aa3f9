/* conversations.c — open/join a conversation, and its one JSON shape
 * (see conversations.h). */
#include "inbox/conversations.h"

#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "core/errors.h"
#include "core/jsonUtil.h"
#include "inbox/events.h"
#include "store/db.h"

static int64_t id_at(const PGresult *r, int row, int col)
{
    const char *v = db_get(r, row, col);
    return v ? strtoll(v, NULL, 10) : 0;
}

static int open_email_thread(Arena *a, const ConversationOpen *in, const char *cust, ConversationOpened *out)
{
    PGresult *r = NULL;
    const char *sid = arena_sprintf(a, "%" PRId64, in->support_email_id);
    const char *p[] = {sid, in->gmail_thread_id};
    int rc = db_exec(a, &r,
                     "SELECT id, status FROM conversations WHERE support_email_id = $1 AND"
                     " gmail_thread_id = $2 FOR UPDATE",
                     DB_NPARAMS(p), p);
    if (rc || PQntuples(r) != 1)
        return rc;
    out->id = id_at(r, 0, 0);
    const char *st = db_get(r, 0, 1);
    out->reopened = st && (strcmp(st, "resolved") == 0 || strcmp(st, "closed") == 0);
    const char *p2[] = {arena_sprintf(a, "%" PRId64, out->id), cust};
    return db_exec(a, NULL,
                   "UPDATE conversations SET customer_id = COALESCE(customer_id, $2::bigint),"
                   " updated_at = now() WHERE id = $1",
                   DB_NPARAMS(p2), p2);
}

/* The customer's open or pending conversation of this channel (chat, call).
 * A transaction-scoped advisory lock per (channel, customer) makes two
 * concurrent lines of one customer join one conversation. */
static int open_for_customer(Arena *a, const ConversationOpen *in, const char *cust, ConversationOpened *out)
{
    PGresult *r = NULL;
    const char *p[] = {in->channel, cust};
    int rc = db_exec(a, NULL, "SELECT pg_advisory_xact_lock(hashtext('conversation:' || $1 || ':' || $2))",
                     DB_NPARAMS(p), p);
    if (rc)
        return rc;
    rc = db_exec(a, &r,
                 "SELECT id FROM conversations WHERE customer_id = $2::bigint AND channel = $1"
                 " AND status IN ('open', 'pending') ORDER BY last_message_at DESC, id DESC LIMIT 1"
                 " FOR UPDATE",
                 DB_NPARAMS(p), p);
    if (rc || PQntuples(r) != 1)
        return rc;
    out->id = id_at(r, 0, 0);
    return 0;
}

int conversation_open(Arena *a, const ConversationOpen *in, ConversationOpened *out)
{
    PGresult *r = NULL;
    int rc = 0;
    memset(out, 0, sizeof *out);
    if (!in->channel)
        return ERR_INVALID;
    const char *cust = in->customer_id ? arena_sprintf(a, "%" PRId64, in->customer_id) : NULL;
    int is_email = strcmp(in->channel, "email") == 0;

    if (is_email && in->gmail_thread_id)
        rc = open_email_thread(a, in, cust, out);
    else if (!is_email && cust)
        rc = open_for_customer(a, in, cust, out);
    if (rc)
        return rc;

    if (out->id) {
        if (out->reopened) {
            const char *p[] = {arena_sprintf(a, "%" PRId64, out->id)};
            rc = db_exec(a, NULL,
                         "UPDATE conversations SET status = 'open', reopened_at = now(), resolved_at = NULL,"
                         " updated_at = now() WHERE id = $1",
                         1, p);
            if (!rc)
                rc = inbox_report(a, "conversation_reopened", out->id, 0, -1);
        }
        return rc;
    }
    const char *sid = is_email && in->support_email_id ? arena_sprintf(a, "%" PRId64, in->support_email_id) : NULL;
    const char *p[] = {cust, in->channel, sid, is_email ? in->gmail_thread_id : NULL, in->subject, in->at_epoch};
    rc = db_exec(a, &r,
                 "INSERT INTO conversations (customer_id, channel, support_email_id, gmail_thread_id,"
                 " subject, last_message_at, created_at)"
                 " VALUES ($1, $2, $3, $4, $5, COALESCE(to_timestamp($6::double precision), now()), now())"
                 " RETURNING id",
                 DB_NPARAMS(p), p);
    if (rc)
        return rc; /* a concurrent insert of the same thread: ERR_CONFLICT, the caller retries */
    out->id = id_at(r, 0, 0);
    out->created = 1;
    return inbox_report(a, "conversation_created", out->id, 0, -1);
}

/* Column order of the item (conversation_item_json reads by index). */
enum {
    CI_ID, CI_CHANNEL, CI_STATUS, CI_PRIORITY, CI_TEAM, CI_SUGGESTED, CI_SUMMARY, CI_LANGUAGE,
    CI_SENTIMENT, CI_SUBJECT, CI_CUST_ID, CI_CUST_NAME, CI_CUST_EMAIL, CI_CUST_PHONE, CI_ASSIGNEE_ID,
    CI_ASSIGNEE_NAME, CI_LAST_AT, CI_PREVIEW, CI_COUNT, CI_CREATED, CI_FIRST_RESPONSE, CI_RESOLVED,
    CI_CONFIDENCE, CI_PROVIDER, CI_UPDATED, CI_NEEDS_TEAM, CI_LAST_INBOUND
};

const char CONVERSATION_ITEM_SQL[] =
    "SELECT c.id, c.channel, c.status, c.priority, c.team, c.suggested_team, c.summary, c.language,"
    " c.sentiment, c.subject, c.customer_id, cu.name,"
    " (SELECT value FROM customer_identities i WHERE i.customer_id = c.customer_id AND i.kind = 'email'"
    "   ORDER BY i.id LIMIT 1),"
    " (SELECT value FROM customer_identities i WHERE i.customer_id = c.customer_id AND i.kind = 'phone'"
    "   ORDER BY i.id LIMIT 1),"
    " c.assignee_id, ag.name, " SQL_ISO("c.last_message_at") ", c.last_message_preview, c.message_count,"
    " " SQL_ISO("c.created_at") ", " SQL_ISO("c.first_response_at") ", " SQL_ISO("c.resolved_at") ","
    " c.triage_confidence, c.triage_provider, " SQL_ISO("c.updated_at") ", c.needs_team,"
    " " SQL_ISO("c.last_inbound_at")
    " FROM conversations c LEFT JOIN customers cu ON cu.id = c.customer_id"
    " LEFT JOIN agents ag ON ag.id = c.assignee_id";

static json_object *str_at(const PGresult *r, int row, int col)
{
    return json_str_or_null(db_get(r, row, col));
}

static json_object *i64_at(const PGresult *r, int row, int col)
{
    const char *v = db_get(r, row, col);
    return v ? json_object_new_int64(strtoll(v, NULL, 10)) : NULL;
}

json_object *conversation_item_json(Arena *a, const PGresult *r, int row)
{
    json_object *o = json_arena_own(a, json_object_new_object());
    json_object_object_add(o, "id", i64_at(r, row, CI_ID));
    json_object_object_add(o, "channel", str_at(r, row, CI_CHANNEL));
    json_object_object_add(o, "status", str_at(r, row, CI_STATUS));
    json_object_object_add(o, "priority", str_at(r, row, CI_PRIORITY));
    json_object_object_add(o, "team", str_at(r, row, CI_TEAM));
    json_object_object_add(o, "suggested_team", str_at(r, row, CI_SUGGESTED));
    json_object_object_add(o, "summary", str_at(r, row, CI_SUMMARY));
    json_object_object_add(o, "language", str_at(r, row, CI_LANGUAGE));
    json_object_object_add(o, "sentiment", str_at(r, row, CI_SENTIMENT));
    json_object_object_add(o, "subject", str_at(r, row, CI_SUBJECT));
    json_object *cu = NULL;
    if (db_get(r, row, CI_CUST_ID)) {
        cu = json_object_new_object();
        json_object_object_add(cu, "id", i64_at(r, row, CI_CUST_ID));
        json_object_object_add(cu, "name", str_at(r, row, CI_CUST_NAME));
        json_object_object_add(cu, "email", str_at(r, row, CI_CUST_EMAIL));
        json_object_object_add(cu, "phone", str_at(r, row, CI_CUST_PHONE));
    }
    json_object_object_add(o, "customer", cu);
    json_object *as = NULL;
    if (db_get(r, row, CI_ASSIGNEE_ID)) {
        as = json_object_new_object();
        json_object_object_add(as, "id", i64_at(r, row, CI_ASSIGNEE_ID));
        json_object_object_add(as, "name", str_at(r, row, CI_ASSIGNEE_NAME));
    }
    json_object_object_add(o, "assignee", as);
    json_object_object_add(o, "last_message_at", str_at(r, row, CI_LAST_AT));
    json_object_object_add(o, "last_message_preview", str_at(r, row, CI_PREVIEW));
    json_object_object_add(o, "message_count", i64_at(r, row, CI_COUNT));
    json_object_object_add(o, "created_at", str_at(r, row, CI_CREATED));
    json_object_object_add(o, "first_response_at", str_at(r, row, CI_FIRST_RESPONSE));
    json_object_object_add(o, "resolved_at", str_at(r, row, CI_RESOLVED));
    const char *conf = db_get(r, row, CI_CONFIDENCE);
    json_object_object_add(o, "confidence", conf ? json_object_new_double(strtod(conf, NULL)) : NULL);
    json_object_object_add(o, "triage_provider", str_at(r, row, CI_PROVIDER));
    const char *nt = db_get(r, row, CI_NEEDS_TEAM);
    json_object_object_add(o, "needs_team", json_object_new_boolean(nt && *nt == 't'));
    json_object_object_add(o, "last_inbound_at", str_at(r, row, CI_LAST_INBOUND));
    json_object_object_add(o, "updated_at", str_at(r, row, CI_UPDATED));
    return o;
}

int conversation_item_load(Arena *a, int64_t id, json_object **out)
{
    PGresult *r = NULL;
    *out = NULL;
    const char *p[] = {arena_sprintf(a, "%" PRId64, id)};
    int rc = db_exec(a, &r, arena_sprintf(a, "%s WHERE c.id = $1", CONVERSATION_ITEM_SQL), 1, p);
    if (rc)
        return rc;
    if (PQntuples(r) != 1)
        return ERR_NOT_FOUND;
    *out = conversation_item_json(a, r, 0);
    return 0;
}
