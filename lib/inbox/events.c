/* events.c — reporting events, real-time events, triage queueing
 * (see events.h). */
#include "inbox/events.h"

#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "core/errors.h"
#include "core/jsonUtil.h"
#include "inbox/conversations.h"
#include "inbox/messages.h"
#include "jobs/jobQueue.h"
#include "net/nchanPublish.h"
#include "store/db.h"

int inbox_report(Arena *a, const char *name, int64_t conversation_id, int64_t agent_id,
                 double value_seconds)
{
    const char *p[] = {name, arena_sprintf(a, "%" PRId64, conversation_id),
                       agent_id ? arena_sprintf(a, "%" PRId64, agent_id) : NULL,
                       value_seconds >= 0 ? arena_sprintf(a, "%.3f", value_seconds) : NULL};
    return db_exec(a, NULL,
                   "INSERT INTO reporting_events (name, conversation_id, agent_id, value_seconds, channel, team)"
                   " SELECT $1, c.id, $3::bigint, $4::double precision, c.channel, c.team"
                   " FROM conversations c WHERE c.id = $2::bigint",
                   DB_NPARAMS(p), p);
}

/* inbox, team-<team>, agent-<assignee> for the item's team and assignee. */
static int publish_routed(Arena *a, const char *event, json_object *conv_item, json_object *data)
{
    int rc = nchan_publish(a, "inbox", event, data);
    const char *team = json_get_str(conv_item, "team");
    if (team) {
        int r2 = nchan_publish(a, arena_sprintf(a, "team-%s", team), event, data);
        rc = rc ? rc : r2;
    }
    json_object *as = json_get(conv_item, "assignee");
    int64_t aid = 0;
    if (as && json_get_int64(as, "id", &aid) == 0 && aid > 0) {
        int r3 = nchan_publish(a, arena_sprintf(a, "agent-%" PRId64, aid), event, data);
        rc = rc ? rc : r3;
    }
    return rc;
}

int inbox_publish_conversation(Arena *a, const char *event, int64_t conversation_id)
{
    json_object *item = NULL;
    int rc = conversation_item_load(a, conversation_id, &item);
    if (rc)
        return rc;
    json_object_object_add(item, "conversation_id", json_object_new_int64(conversation_id));
    return publish_routed(a, event, item, item);
}

int inbox_publish_assignee_changed(Arena *a, int64_t conversation_id, int64_t previous_agent_id)
{
    json_object *item = NULL;
    int rc = conversation_item_load(a, conversation_id, &item);
    if (rc)
        return rc;
    json_object_object_add(item, "conversation_id", json_object_new_int64(conversation_id));
    json_object_object_add(item, "previous_assignee_id",
                           previous_agent_id ? json_object_new_int64(previous_agent_id) : NULL);
    rc = publish_routed(a, "assignee.changed", item, item);
    int64_t now_id = 0;
    json_object *as = json_get(item, "assignee");
    if (as)
        json_get_int64(as, "id", &now_id);
    if (previous_agent_id > 0 && previous_agent_id != now_id) {
        int r2 = nchan_publish(a, arena_sprintf(a, "agent-%" PRId64, previous_agent_id), "assignee.changed", item);
        rc = rc ? rc : r2;
    }
    return rc;
}

int inbox_publish_message(Arena *a, const char *event, int64_t message_id)
{
    json_object *msg = NULL, *conv = NULL;
    int64_t cid = 0;
    int rc = message_item_load(a, message_id, &msg);
    if (rc)
        return rc;
    if (json_get_int64(msg, "conversation_id", &cid) != 0)
        return ERR_INTERNAL;
    rc = conversation_item_load(a, cid, &conv);
    if (rc)
        return rc;
    json_object_object_add(msg, "conversation", json_object_get(conv));
    return publish_routed(a, event, conv, msg);
}

int inbox_queue_triage(Arena *a, int64_t conversation_id, long debounce_ms)
{
    const char *payload = arena_sprintf(a, "{\"conversation_id\":%" PRId64 "}", conversation_id);
    if (debounce_ms <= 0)
        return job_enqueue(a, "triage", payload, 0, NULL, NULL);
    /* Debounce: push the queued job's start back; queue one when none. */
    const char *key = arena_sprintf(a, "triage-chat:%" PRId64, conversation_id);
    const char *p[] = {key, arena_sprintf(a, "%ld", debounce_ms)};
    PGresult *r = NULL;
    int rc = db_exec(a, &r,
                     "UPDATE jobs SET run_at = now() + $2::bigint * interval '1 millisecond', updated_at = now()"
                     " WHERE dedupe_key = $1 AND state = 'queued' RETURNING id",
                     DB_NPARAMS(p), p);
    if (rc || PQntuples(r) > 0)
        return rc;
    return job_enqueue(a, "triage", payload, debounce_ms, key, NULL);
}
