/* conversations.c — the inbox API (design §12): GET /conversations (filters,
 * keyset pages, newest activity first), GET /conversations/counts,
 * GET /conversations/:id (item + timeline), PATCH /conversations/:id
 * (status, priority, team), POST /conversations/:id/assignment.
 *
 * Permissions: admins do everything; an agent reads the whole inbox and
 * changes conversations assigned to them or unassigned; another agent's is
 * 403. Every change is one transaction; events are published after COMMIT.
 */
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "core/errors.h"
#include "core/jsonUtil.h"
#include "core/log.h"
#include "handlers/handlers.h"
#include "handlers/inbox/conversationQuery.h"
#include "handlers/inbox/inboxCache.h"
#include "handlers/inbox/inboxUtil.h"
#include "http/apiUtil.h"
#include "inbox/assignment.h"
#include "inbox/conversations.h"
#include "inbox/events.h"
#include "inbox/messages.h"
#include "store/db.h"
#include "triage/triage.h"

/* Answers with a JSON text (a cached page or a fresh one). */
static int reply_text(Request *req, const char *body)
{
    req->status = 200;
    req->reply_type = "application/json";
    req->reply_raw = arena_strdup(req->arena, body);
    return 0;
}

/* Serialises out (taking it), caches it under key and answers with it. */
static int reply_cached(Request *req, const InboxCacheStamp *st, const char *key, json_object *out)
{
    json_arena_own(req->arena, out);
    const char *text = json_object_to_json_string_ext(out, JSON_C_TO_STRING_PLAIN);
    inbox_cache_put(st, key, text, strlen(text));
    return reply_text(req, text);
}

/* The timeline shows at most this many messages (the newest). */
#define TIMELINE_MAX 1000
/* The newest TIMELINE_MAX, shown oldest first (appended to MESSAGE_ITEM_SQL). */
static const char TIMELINE_WHERE[] =
    " WHERE m.id IN (SELECT id FROM messages WHERE conversation_id = $1::bigint"
    " ORDER BY created_at DESC, id DESC LIMIT $2::int) ORDER BY m.created_at, m.id";

int handle_conversations_list(Request *req)
{
    ConversationQuery q;
    PGresult *r = NULL;
    const char *params[CONV_MAX_PARAMS];
    int np = 0;
    int rc = conversation_query_parse(req, req->agent.id, &q);
    if (rc)
        return rc;
    const char *where = conversation_query_sql(req->arena, &q, params, &np);
    /* The key: the WHERE clause (fixed filters such as needs_team or
     * unassigned add no parameter) and every parameter ("me" as an id). */
    const char *key = where;
    for (int i = 0; i < np; i++)
        key = arena_sprintf(req->arena, "%s\x1f%s", key, params[i]);
    InboxCacheStamp st = inbox_cache_stamp();
    const char *hit = inbox_cache_get(&st, key);
    if (hit)
        return reply_text(req, hit);
    rc = db_exec(req->arena, &r, arena_sprintf(req->arena, "%s%s", CONVERSATION_ITEM_SQL, where), np, params);
    if (rc == ERR_INVALID)
        return req_fail(req, ERR_BAD_REQUEST, "invalid cursor");
    if (rc)
        return api_db_fail(req, rc);
    int n = PQntuples(r);
    int shown = n > q.limit ? q.limit : n;
    json_object *out = json_object_new_object();
    json_object *data = json_object_new_array();
    json_object_object_add(out, "data", data);
    for (int i = 0; i < shown; i++)
        json_object_array_add(data, json_object_get(conversation_item_json(req->arena, r, i)));
    const char *next = NULL;
    if (n > q.limit) {
        json_object *last = json_object_array_get_idx(data, (size_t)shown - 1);
        next = conversation_cursor_make(req->arena, json_get_str(last, "last_message_at"),
                                        arena_sprintf(req->arena, "%" PRId64,
                                                      json_object_get_int64(json_get(last, "id"))));
    }
    json_object_object_add(out, "next_cursor", json_str_or_null(next));
    return reply_cached(req, &st, key, out);
}

int handle_conversations_counts(Request *req)
{
    PGresult *r = NULL;
    const char *p[] = {arena_sprintf(req->arena, "%" PRId64, req->agent.id)};
    const char *key = arena_sprintf(req->arena, "counts\x1f%s", p[0]);
    InboxCacheStamp st = inbox_cache_stamp();
    const char *hit = inbox_cache_get(&st, key);
    if (hit)
        return reply_text(req, hit);
    /* Active work only (open and pending): a few percent of the table,
     * an index-only scan of conversations_active_counts (sql/012). */
    int rc = db_exec(req->arena, &r,
                     "SELECT status, team, count(*), count(*) FILTER (WHERE assignee_id IS NULL),"
                     " count(*) FILTER (WHERE assignee_id = $1::bigint)"
                     " FROM conversations WHERE status IN ('open', 'pending') GROUP BY status, team",
                     1, p);
    if (rc)
        return api_db_fail(req, rc);
    int64_t all = 0, unassigned = 0, mine = 0, pending = 0;
    json_object *by_team = json_object_new_object();
    for (int i = 0; i < TRIAGE_TEAM_COUNT; i++)
        json_object_object_add(by_team, TRIAGE_TEAMS[i], json_object_new_int64(0));
    int64_t no_team = 0;
    for (int i = 0; i < PQntuples(r); i++) {
        int64_t n = strtoll(db_get(r, i, 2), NULL, 10);
        if (strcmp(db_get(r, i, 0), "pending") == 0) {
            pending += n;
            continue;
        }
        all += n;
        unassigned += strtoll(db_get(r, i, 3), NULL, 10);
        mine += strtoll(db_get(r, i, 4), NULL, 10);
        const char *team = db_get(r, i, 1);
        if (team)
            json_object_object_add(by_team, team, json_object_new_int64(n));
        else
            no_team += n;
    }
    json_object_object_add(by_team, "none", json_object_new_int64(no_team));
    json_object *out = json_object_new_object();
    json_object_object_add(out, "mine", json_object_new_int64(mine));
    json_object_object_add(out, "unassigned", json_object_new_int64(unassigned));
    json_object_object_add(out, "all", json_object_new_int64(all));
    json_object_object_add(out, "by_team", by_team);
    json_object *by_status = json_object_new_object();
    json_object_object_add(by_status, "open", json_object_new_int64(all));
    json_object_object_add(by_status, "pending", json_object_new_int64(pending));
    json_object_object_add(out, "by_status", by_status);
    return reply_cached(req, &st, key, out);
}

int handle_conversations_get(Request *req)
{
    int64_t id = 0;
    json_object *item = NULL;
    PGresult *r = NULL;
    int rc = req_param_id(req, "id", &id);
    if (rc)
        return rc;
    rc = conversation_item_load(req->arena, id, &item);
    if (rc == ERR_NOT_FOUND)
        return req_fail(req, ERR_NOT_FOUND, "no conversation with id %" PRId64, id);
    if (rc)
        return api_db_fail(req, rc);
    const char *p[] = {req_param(req, "id"), arena_sprintf(req->arena, "%d", TIMELINE_MAX)};
    rc = db_exec(req->arena, &r, arena_sprintf(req->arena, "%s%s", MESSAGE_ITEM_SQL, TIMELINE_WHERE),
                 DB_NPARAMS(p), p);
    if (rc)
        return api_db_fail(req, rc);
    json_object *msgs = json_object_new_array();
    for (int i = 0; i < PQntuples(r); i++)
        json_object_array_add(msgs, json_object_get(message_item_json(req->arena, r, i)));
    json_object_object_add(item, "messages", msgs);
    return req_reply(req, 200, json_object_get(item));
}

static const char *const STATUSES[] = {"open", "pending", "resolved", "closed", NULL};
static const char *const PRIORITIES[] = {"low", "medium", "high", "urgent", NULL};

static int listed(const char *v, const char *const *allowed)
{
    for (int i = 0; allowed[i]; i++)
        if (strcmp(v, allowed[i]) == 0)
            return 1;
    return 0;
}

static int is_active(const char *status) { return strcmp(status, "open") == 0 || strcmp(status, "pending") == 0; }

/* The status change's fields and reporting events, inside the transaction. */
static int change_status(Arena *a, const ConvRow *c, const char *to)
{
    const char *p[] = {arena_sprintf(a, "%" PRId64, c->id), to};
    int was = is_active(c->status), now = is_active(to);
    int rc = db_exec(a, NULL,
                     "UPDATE conversations SET status = $2,"
                     " resolved_at = CASE WHEN $2 IN ('resolved', 'closed') THEN COALESCE(resolved_at, now())"
                     "   ELSE NULL END,"
                     " reopened_at = CASE WHEN status IN ('resolved', 'closed') AND $2 IN ('open', 'pending')"
                     "   THEN now() ELSE reopened_at END,"
                     " updated_at = now() WHERE id = $1::bigint",
                     DB_NPARAMS(p), p);
    if (rc)
        return rc;
    if (was && !now) {
        PGresult *r = NULL;
        rc = db_exec(a, &r,
                     "SELECT extract(epoch FROM now() - COALESCE(reopened_at, created_at)) FROM conversations"
                     " WHERE id = $1::bigint",
                     1, p);
        if (rc)
            return rc;
        double secs = strtod(db_get(r, 0, 0), NULL);
        rc = inbox_report(a, "resolved", c->id, c->assignee_id, secs < 0 ? 0 : secs);
        /* The assignee's capacity freed: their team queues may move. */
        if (!rc && c->assignee_id)
            rc = assignment_enqueue_agent(a, c->assignee_id, 0);
    } else if (!was && now) {
        rc = inbox_report(a, "conversation_reopened", c->id, 0, -1);
    }
    if (!rc && strcmp(to, "open") == 0 && !c->assignee_id)
        rc = assignment_enqueue_conversation(a, c->id, 0);
    return rc;
}

int handle_conversations_update(Request *req)
{
    static const ApiField FIELDS[] = {{"status", API_STRING}, {"priority", API_STRING}, {"team", API_STRING}};
    int64_t id = 0;
    json_object *body = NULL, *item = NULL;
    ConvRow c;
    int rc = req_param_id(req, "id", &id);
    if (rc || (rc = req_json_body(req, &body)) != 0 || (rc = api_check_fields(req, body, FIELDS, 3)) != 0)
        return rc;
    const char *status = json_get_str(body, "status");
    const char *priority = json_get_str(body, "priority");
    const char *team = json_get_str(body, "team");
    if (!status && !priority && !team)
        return req_fail(req, ERR_INVALID, "nothing to change: give status, priority or team");
    if (status && !listed(status, STATUSES))
        return req_fail(req, ERR_INVALID, "status must be one of open, pending, resolved, closed");
    if (priority && !listed(priority, PRIORITIES))
        return req_fail(req, ERR_INVALID, "priority must be one of low, medium, high, urgent");
    if (team && triage_team_index(team) < 0)
        return req_fail(req, ERR_INVALID, "team must be one of finance, support, dispatch, sales, technical, "
                                          "returns_refunds, general");
    if ((rc = db_begin()) != 0)
        return api_db_fail(req, rc);
    /* The agent's id for the team-correction trigger (sql/009): what
     * `SET LOCAL cs.agent_id = '<id>'` does, with the value as a parameter. */
    const char *me = arena_sprintf(req->arena, "%" PRId64, req->agent.id);
    const char *p0[] = {me};
    rc = db_exec(req->arena, NULL, "SELECT set_config('cs.agent_id', $1, true)", 1, p0);
    if (rc)
        goto db_fail;
    if ((rc = inbox_conv_lock(req, id, &c)) != 0 || (rc = inbox_may_change(req, &c)) != 0)
        goto fail;
    int status_changed = status && strcmp(status, c.status) != 0;
    if (status_changed && (rc = change_status(req->arena, &c, status)) != 0)
        goto db_fail;
    if (priority && (!c.priority || strcmp(priority, c.priority) != 0)) {
        const char *p[] = {req_param(req, "id"), priority};
        if ((rc = db_exec(req->arena, NULL, "UPDATE conversations SET priority = $2, updated_at = now()"
                                            " WHERE id = $1::bigint", DB_NPARAMS(p), p)) != 0)
            goto db_fail;
    }
    if (team && (!c.team || strcmp(team, c.team) != 0)) {
        const char *p[] = {req_param(req, "id"), team};
        if ((rc = db_exec(req->arena, NULL, "UPDATE conversations SET team = $2, needs_team = false,"
                                            " updated_at = now() WHERE id = $1::bigint", DB_NPARAMS(p), p)) != 0)
            goto db_fail;
        int kept = c.suggested_team && strcmp(c.suggested_team, team) == 0;
        if ((rc = inbox_report(req->arena, "team_changed", id, req->agent.id, kept ? 1 : 0)) != 0)
            goto db_fail;
        /* A team set by a human: an open, unassigned one can be assigned. */
        const char *now_status = status ? status : c.status;
        if (!c.assignee_id && strcmp(now_status, "open") == 0 &&
            (rc = assignment_enqueue_conversation(req->arena, id, 0)) != 0)
            goto db_fail;
    }
    if ((rc = db_commit()) != 0)
        return api_db_fail(req, rc);
    log_kv(LOG_INFO, "conversation updated", "conversation_id=%" PRId64 " agent_id=%" PRId64 " status=%s"
           " priority=%s team=%s", id, req->agent.id, status ? status : "-", priority ? priority : "-",
           team ? team : "-");
    if (status_changed)
        inbox_publish_conversation(req->arena, "status.changed", id);
    inbox_publish_conversation(req->arena, "conversation.updated", id);
    rc = conversation_item_load(req->arena, id, &item);
    if (rc)
        return api_db_fail(req, rc);
    return req_reply(req, 200, json_object_get(item));
db_fail:
    db_rollback();
    return api_db_fail(req, rc);
fail:
    db_rollback();
    return rc;
}

int handle_conversation_assignment(Request *req)
{
    int64_t id = 0, target = 0, previous = 0;
    json_object *body = NULL, *item = NULL;
    ConvRow c;
    AssignRefusal why = ASSIGN_OK;
    int rc = req_param_id(req, "id", &id);
    if (rc || (rc = req_json_body(req, &body)) != 0)
        return rc;
    json_object *v = NULL;
    if (!json_object_object_get_ex(body, "agent_id", &v))
        return req_fail(req, ERR_INVALID, "agent_id is required (an agent id, or null to unassign)");
    json_object_object_foreach(body, key, val) {
        (void)val;
        if (strcmp(key, "agent_id") != 0 && strcmp(key, "force") != 0)
            return req_fail(req, ERR_INVALID, "unknown field '%.64s'", key);
    }
    if (v) {
        if (!json_object_is_type(v, json_type_int) || (target = json_object_get_int64(v)) <= 0)
            return req_fail(req, ERR_INVALID, "agent_id must be a positive integer or null");
    }
    json_object *fv = NULL;
    int force = 0;
    if (json_object_object_get_ex(body, "force", &fv)) {
        if (!json_object_is_type(fv, json_type_boolean))
            return req_fail(req, ERR_INVALID, "field 'force' must be true or false");
        force = json_object_get_boolean(fv);
    }
    if (force && !req->agent.is_admin)
        return req_fail(req, ERR_FORBIDDEN, "only an admin may assign beyond capacity (force)");
    if ((rc = db_begin()) != 0)
        return api_db_fail(req, rc);
    if ((rc = inbox_conv_lock(req, id, &c)) != 0)
        goto fail;
    if (!req->agent.is_admin) {
        /* An agent takes an unassigned one, or releases their own. */
        int take = target == req->agent.id && (!c.assignee_id || c.assignee_id == req->agent.id);
        int release = target == 0 && c.assignee_id == req->agent.id;
        if (!take && !release) {
            rc = req_fail(req, ERR_FORBIDDEN,
                          c.assignee_id && c.assignee_id != req->agent.id
                              ? "conversation %" PRId64 " is assigned to another agent"
                              : "agents may only take a conversation for themselves or release their own"
                                " (conversation %" PRId64 ")",
                          id);
            goto fail;
        }
    }
    rc = assignment_set(req->arena, id, target, req->agent.id, force, &why, &previous);
    if (rc == ERR_NOT_FOUND) {
        rc = req_fail(req, ERR_NOT_FOUND, "no conversation with id %" PRId64, id);
        goto fail;
    }
    if (rc)
        goto db_fail;
    if (why != ASSIGN_OK) {
        if (why == ASSIGN_AT_CAPACITY)
            rc = req_fail(req, ERR_CONFLICT,
                          "agent %" PRId64 " is at capacity%s", target,
                          req->agent.is_admin ? "; pass \"force\":true to assign anyway" : "");
        else
            rc = req_fail(req, ERR_INVALID, "agent %" PRId64 " %s", target,
                          why == ASSIGN_AGENT_MISSING ? "does not exist" : "is inactive");
        if (why == ASSIGN_AT_CAPACITY)
            req->err_code_name = "at_capacity";
        goto fail;
    }
    if (previous != target) {
        /* The old assignee has room again; an unassigned open one goes
         * back to its team's queue (not to the agent who let it go). */
        if (previous && (rc = assignment_enqueue_agent(req->arena, previous, target ? 0 : id)) != 0)
            goto db_fail;
        if (!target && strcmp(c.status, "open") == 0 &&
            (rc = assignment_enqueue_conversation(req->arena, id, previous)) != 0)
            goto db_fail;
    }
    if ((rc = db_commit()) != 0)
        return api_db_fail(req, rc);
    if (previous != target) {
        log_kv(LOG_INFO, "conversation assigned", "conversation_id=%" PRId64 " agent_id=%" PRId64
               " previous=%" PRId64 " by=%" PRId64 " force=%d", id, target, previous, req->agent.id, force);
        inbox_publish_assignee_changed(req->arena, id, previous);
    }
    rc = conversation_item_load(req->arena, id, &item);
    if (rc)
        return api_db_fail(req, rc);
    return req_reply(req, 200, json_object_get(item));
db_fail:
    db_rollback();
    return api_db_fail(req, rc);
fail:
    db_rollback();
    return rc;
}
