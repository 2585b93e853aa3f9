/* callStore.c — a phone call into the inbox (see callStore.h). */
#include "channels/ivr/callStore.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <time.h>

#include "core/config.h"
#include "core/errors.h"
#include "core/jsonUtil.h"
#include "core/log.h"
#include "core/timeUtil.h"
#include "inbox/conversations.h"
#include "inbox/customers.h"
#include "inbox/events.h"
#include "inbox/messages.h"
#include "store/db.h"
#include "triage/triagePipeline.h"

/* A call has a handful of events; more is a misbehaving sender. */
#define CALL_MAX_EVENTS 100

static int64_t i64_at(const PGresult *r, int row, int col)
{
    const char *v = db_get(r, row, col);
    return v ? strtoll(v, NULL, 10) : 0;
}

int call_event_record(Arena *a, const CallEvent *e, const char *raw, int *fresh)
{
    PGresult *r = NULL;
    *fresh = 0;
    const char *data = call_event_to_json(a, e);
    /* The content is the identity: a redelivery is the same event, a
     * second Passthru later in the flow (with digits) is another. */
    const char *key = arena_sprintf(a, "%s:%s", e->kind, triage_text_hash(a, data));
    const char *p[] = {e->provider, e->call_id, key, e->kind, data, raw,
                       arena_sprintf(a, "%d", g_config.job_max_attempts), arena_sprintf(a, "%d", CALL_MAX_EVENTS)};
    /* The bound is checked in the same statement (CASE never evaluates the
     * insert when a call already has CALL_MAX_EVENTS events): a real call
     * has a handful, a flood must not grow without bound. */
    int rc = db_exec(a, &r,
                     "SELECT CASE WHEN (SELECT count(*) FROM call_events WHERE provider = $1"
                     "  AND provider_call_id = $2) >= $8::int THEN NULL"
                     " ELSE record_call_event($1, $2, $3, $4, $5::jsonb, $6, $7::int) END",
                     DB_NPARAMS(p), p);
    if (rc)
        return rc;
    if (!db_get(r, 0, 0))
        return ERR_TOO_LARGE;
    *fresh = strcmp(db_get(r, 0, 0), "t") == 0;
    return 0;
}

/* Unix seconds as the service's one timestamp format; NULL for unknown. */
static const char *iso_utc(Arena *a, int64_t t)
{
    if (t <= 0)
        return NULL;
    struct timeval tv = {.tv_sec = (time_t)t, .tv_usec = 0};
    char buf[TIME_ISO_LEN];
    return arena_strdup(a, time_iso_utc(&tv, buf));
}

/* The timeline line agents read ("Missed call", "Answered call, 2m 05s"),
 * then the notes and transcript. */
static const char *call_text(Arena *a, const CallEvent *m)
{
    const char *st = m->status;
    int out = m->direction && strcmp(m->direction, "out") == 0;
    const char *what;
    if (!st)
        what = out ? "Outgoing call in progress" : "Incoming call in progress";
    else if (strcmp(st, "answered") == 0)
        what = out ? "Outgoing call answered" : "Answered call";
    else if (strcmp(st, "missed") == 0)
        what = out ? "Outgoing call not answered" : "Missed call";
    else if (strcmp(st, "busy") == 0)
        what = out ? "Outgoing call: busy" : "Call: line busy";
    else if (strcmp(st, "failed") == 0)
        what = out ? "Outgoing call failed" : "Call failed";
    else if (strcmp(st, "voicemail") == 0)
        what = "Voicemail";
    else
        what = arena_sprintf(a, "Call (%s)", m->status_raw ? m->status_raw : "other");
    const char *t = what;
    if (m->talk_seconds > 0)
        t = arena_sprintf(a, "%s, %dm %02ds", t, m->talk_seconds / 60, m->talk_seconds % 60);
    if (m->notes)
        t = arena_sprintf(a, "%s\n\nNotes: %s", t, m->notes);
    if (m->transcript)
        t = arena_sprintf(a, "%s\n\nTranscript: %s", t, m->transcript);
    return t;
}

static json_object *str_or_null(const char *s) { return json_str_or_null(s); }

static const char *call_meta(Arena *a, const CallEvent *m, int64_t call_row_id, int64_t media_id)
{
    json_object *o = json_arena_own(a, json_object_new_object());
    json_object_object_add(o, "call_id", json_object_new_int64(call_row_id));
    json_object_object_add(o, "provider", str_or_null(m->provider));
    json_object_object_add(o, "provider_call_id", str_or_null(m->call_id));
    json_object_object_add(o, "direction", str_or_null(m->direction));
    json_object_object_add(o, "status", str_or_null(m->status));
    json_object_object_add(o, "status_raw", str_or_null(m->status_raw));
    json_object_object_add(o, "from", str_or_null(m->from ? m->from : m->from_raw));
    json_object_object_add(o, "to", str_or_null(m->to ? m->to : m->to_raw));
    json_object_object_add(o, "started_at", str_or_null(iso_utc(a, m->started_at)));
    json_object_object_add(o, "ended_at", str_or_null(iso_utc(a, m->ended_at)));
    json_object_object_add(o, "talk_seconds", m->talk_seconds >= 0 ? json_object_new_int(m->talk_seconds) : NULL);
    json_object_object_add(o, "agent_number", str_or_null(m->agent_number));
    json_object_object_add(o, "digits", str_or_null(m->digits));
    json_object_object_add(o, "recording", json_object_new_boolean(media_id > 0));
    json_object_object_add(o, "recording_media_id", media_id > 0 ? json_object_new_int64(media_id) : NULL);
    json_object_object_add(o, "notes", str_or_null(m->notes));
    json_object_object_add(o, "transcript", str_or_null(m->transcript));
    return json_to_arena(a, o);
}

/* Every event of the call, merged in precedence order. 0 and *n events. */
static int load_merged(Arena *a, const char *provider, const char *call_id, CallEvent *m, int *n)
{
    PGresult *r = NULL;
    const char *p[] = {provider, call_id, arena_sprintf(a, "%d", CALL_MAX_EVENTS)};
    int rc = db_exec(a, &r,
                     /* At most CALL_MAX_EVENTS exist (record_call_event). */
                     "SELECT data::text FROM call_events WHERE provider = $1 AND provider_call_id = $2"
                     " ORDER BY CASE kind WHEN 'passthru' THEN 0 WHEN 'generic' THEN 1 WHEN 'status' THEN 2"
                     " ELSE 3 END, id LIMIT $3::int",
                     DB_NPARAMS(p), p);
    if (rc)
        return rc;
    call_event_init(m, provider, "fold");
    m->call_id = call_id;
    *n = 0;
    for (int i = 0; i < PQntuples(r); i++) {
        json_object *o = NULL;
        CallEvent e;
        const char *t = db_get(r, i, 0);
        if (json_parse_arena(a, t, strlen(t), &o) != 0 || call_event_from_json(o, &e) != 0)
            continue; /* written by call_event_to_json: cannot happen */
        call_event_merge(m, &e);
        (*n)++;
    }
    return 0;
}

/* The call's state row after the upsert. */
typedef struct CallRow {
    int64_t id, conversation_id, customer_id, message_id, media_id;
    int team_applied, missed_reported;
    const char *triaged_hash;
} CallRow;

static int upsert_call(Arena *a, const CallEvent *m, int64_t customer_id, CallRow *row)
{
    PGresult *r = NULL;
    const char *p[] = {m->provider, m->call_id, customer_id ? arena_i64s(a, customer_id) : NULL, m->direction,
                       m->from, m->to, m->status,
                       m->status_raw, m->started_at > 0 ? arena_i64s(a, m->started_at) : NULL,
                       m->ended_at > 0 ? arena_i64s(a, m->ended_at) : NULL,
                       m->talk_seconds >= 0 ? arena_sprintf(a, "%d", m->talk_seconds) : NULL,
                       m->recording_url, m->agent_number, m->digits, m->notes, m->transcript};
    int rc = db_exec(a, &r,
                     "INSERT INTO calls (provider, provider_call_id, customer_id, direction, from_e164, to_e164,"
                     " status, status_raw, started_at, ended_at, talk_seconds, recording_url, agent_number,"
                     " digits, notes, transcript)"
                     " VALUES ($1, $2, $3::bigint, $4, $5, $6, $7, $8, to_timestamp($9::bigint),"
                     " to_timestamp($10::bigint), $11::int, $12, $13, $14, $15, $16)"
                     " ON CONFLICT (provider, provider_call_id) DO UPDATE SET"
                     " customer_id = COALESCE(calls.customer_id, EXCLUDED.customer_id),"
                     " direction = EXCLUDED.direction, from_e164 = EXCLUDED.from_e164, to_e164 = EXCLUDED.to_e164,"
                     " status = EXCLUDED.status, status_raw = EXCLUDED.status_raw,"
                     " started_at = EXCLUDED.started_at, ended_at = EXCLUDED.ended_at,"
                     " talk_seconds = EXCLUDED.talk_seconds, recording_url = EXCLUDED.recording_url,"
                     " agent_number = EXCLUDED.agent_number, digits = EXCLUDED.digits, notes = EXCLUDED.notes,"
                     " transcript = EXCLUDED.transcript, updated_at = now()"
                     " RETURNING id, conversation_id, customer_id, message_id, recording_media_id, team_applied,"
                     " missed_reported, triaged_text_hash",
                     DB_NPARAMS(p), p);
    if (rc)
        return rc;
    row->id = i64_at(r, 0, 0);
    row->conversation_id = i64_at(r, 0, 1);
    row->customer_id = i64_at(r, 0, 2);
    row->message_id = i64_at(r, 0, 3);
    row->media_id = i64_at(r, 0, 4);
    row->team_applied = db_get(r, 0, 5)[0] == 't';
    row->missed_reported = db_get(r, 0, 6)[0] == 't';
    row->triaged_hash = db_get(r, 0, 7);
    return 0;
}

/* The recording into our media store: a pending media row and the job
 * that fetches it before Exotel's URL expires. */
static int queue_recording(Arena *a, const CallEvent *m, CallRow *row)
{
    PGresult *r = NULL;
    const char *p[] = {m->recording_url, arena_sprintf(a, "call-%" PRId64 ".mp3", row->id)};
    int rc = db_exec(a, &r,
                     "INSERT INTO media (state, source_url, content_type, filename)"
                     " VALUES ('pending', $1, 'audio/mpeg', $2) RETURNING id",
                     DB_NPARAMS(p), p);
    if (rc)
        return rc;
    row->media_id = i64_at(r, 0, 0);
    const char *auth = strcmp(m->provider, "exotel") == 0 ? "exotel" : "none";
    const char *payload = arena_sprintf(a, "{\"media_id\":%" PRId64 ",\"auth\":\"%s\"}", row->media_id, auth);
    return job_enqueue(a, "media_fetch", payload, 0, NULL, NULL);
}

/* The timeline message: appended once, then refined in place. */
static int write_message(Arena *a, const CallEvent *m, CallRow *row, CallFoldResult *out)
{
    const char *text = call_text(a, m);
    const char *meta = call_meta(a, m, row->id, row->media_id);
    const char *at = m->started_at > 0 ? arena_i64s(a, m->started_at) : NULL;
    int in = !m->direction || strcmp(m->direction, "out") != 0;
    if (!row->message_id) {
        MessageInput mi = {.conversation_id = row->conversation_id, .channel = "call",
                           .direction = in ? "in" : "out", .kind = "call",
                           .author_type = in && row->customer_id ? "customer" : "system",
                           .author_id = in ? row->customer_id : 0,
                           .author_name = in ? NULL : m->agent_number, .text = text,
                           .call_id = row->id, .media_id = row->media_id, .meta_json = meta, .at_epoch = at};
        int rc = message_append(a, &mi, &row->message_id);
        if (rc)
            return rc;
        out->message_created = 1;
        const char *p[] = {arena_i64s(a, row->id), arena_i64s(a, row->message_id)};
        return db_exec(a, NULL, "UPDATE calls SET message_id = $2 WHERE id = $1", DB_NPARAMS(p), p);
    }
    PGresult *r = NULL;
    const char *p[] = {arena_i64s(a, row->message_id), text, meta, row->media_id ? arena_i64s(a, row->media_id) : NULL, at,
                       in ? "in" : "out", in && row->customer_id ? "customer" : "system",
                       in && row->customer_id ? arena_i64s(a, row->customer_id) : NULL};
    int rc = db_exec(a, &r,
                     "UPDATE messages SET text = $2, meta = $3::jsonb, media_id = COALESCE($4::bigint, media_id),"
                     " created_at = COALESCE(to_timestamp($5::bigint), created_at), direction = $6,"
                     " author_type = $7, author_id = $8::bigint, updated_at = now()"
                     " WHERE id = $1 AND (text IS DISTINCT FROM $2 OR meta IS DISTINCT FROM $3::jsonb"
                     "  OR media_id IS DISTINCT FROM COALESCE($4::bigint, media_id)"
                     "  OR created_at IS DISTINCT FROM COALESCE(to_timestamp($5::bigint), created_at)"
                     "  OR direction IS DISTINCT FROM $6 OR author_type IS DISTINCT FROM $7)"
                     " RETURNING conversation_id",
                     DB_NPARAMS(p), p);
    if (rc || PQntuples(r) == 0)
        return rc;
    out->message_updated = 1;
    /* The list preview follows when this call is the conversation's latest. */
    const char *p2[] = {arena_i64s(a, row->conversation_id), text_snippet(a, text, MESSAGE_PREVIEW_CHARS),
                        arena_i64s(a, row->message_id)};
    return db_exec(a, NULL,
                   "UPDATE conversations c SET last_message_preview = $2, updated_at = now() WHERE c.id = $1"
                   " AND NOT EXISTS (SELECT 1 FROM messages o, messages me WHERE me.id = $3::bigint"
                   "  AND o.conversation_id = c.id AND NOT o.private AND o.id <> me.id"
                   "  AND (o.created_at, o.id) > (me.created_at, me.id))",
                   DB_NPARAMS(p2), p2);
}

/* Missed: the conversation goes high priority once per call. */
static int apply_missed(Arena *a, CallRow *row, CallFoldResult *out)
{
    const char *p[] = {arena_i64s(a, row->conversation_id)};
    int rc = db_exec(a, NULL,
                     "UPDATE conversations SET priority = CASE WHEN priority = 'urgent' THEN priority ELSE 'high' END,"
                     " updated_at = now() WHERE id = $1",
                     1, p);
    if (!rc)
        rc = inbox_report(a, "missed_call", row->conversation_id, 0, -1);
    out->conversation_changed = 1;
    row->missed_reported = 1;
    return rc;
}

/* IVR digits: the team, when the conversation has none yet (a human's or
 * an earlier call's choice stands), recorded as a triage run of provider
 * `ivr`, and the auto-assignment job. */
static int apply_digits(Arena *a, const CallEvent *m, CallRow *row, CallFoldResult *out)
{
    row->team_applied = 1;
    const char *team = call_digits_team(g_config.ivr_digit_teams, m->digits);
    if (!team) {
        log_kv(LOG_INFO, "call digits map to no team", "call_id=%" PRId64 " digits=%s", row->id, m->digits);
        return 0;
    }
    PGresult *r = NULL;
    const char *cid = arena_i64s(a, row->conversation_id);
    const char *p[] = {cid, team};
    int rc = db_exec(a, &r,
                     "UPDATE conversations SET team = $2, suggested_team = COALESCE(suggested_team, $2),"
                     " triage_provider = COALESCE(triage_provider, 'ivr'), needs_team = false, updated_at = now()"
                     " WHERE id = $1 AND team IS NULL RETURNING id",
                     DB_NPARAMS(p), p);
    if (rc || PQntuples(r) == 0)
        return rc;
    rc = db_exec(a, NULL,
                 "INSERT INTO triage_runs (conversation_id, provider, model, latency_ms, cost_usd, outcome,"
                 " suggested_team, confidence) VALUES ($1, 'ivr', 'digits', 0, 0, 'ok', $2, 1)",
                 DB_NPARAMS(p), p);
    if (rc)
        return rc;
    out->conversation_changed = 1;
    return job_enqueue(a, "assign_conversation", arena_sprintf(a, "{\"conversation_id\":%s}", cid), 0, NULL,
                       NULL);
}

/* Notes or a transcript are the caller's words: triaged like a message,
 * again only when they change. */
static int queue_triage_text(Arena *a, const CallEvent *m, CallRow *row)
{
    const char *text = arena_sprintf(a, "%s\n%s", m->notes ? m->notes : "", m->transcript ? m->transcript : "");
    const char *hash = triage_text_hash(a, text);
    if (row->triaged_hash && strcmp(row->triaged_hash, hash) == 0)
        return 0;
    int rc = inbox_queue_triage(a, row->conversation_id, 0);
    if (rc)
        return rc;
    const char *p[] = {arena_i64s(a, row->id), hash};
    return db_exec(a, NULL, "UPDATE calls SET triaged_text_hash = $2 WHERE id = $1", DB_NPARAMS(p), p);
}

static void publish(Arena *a, const CallFoldResult *res)
{
    if (res->conversation_created)
        inbox_publish_conversation(a, "conversation.created", res->conversation_id);
    else if (res->conversation_changed)
        inbox_publish_conversation(a, "conversation.updated", res->conversation_id);
    if (res->message_created)
        inbox_publish_message(a, "message.created", res->message_id);
    else if (res->message_updated)
        inbox_publish_message(a, "message.updated", res->message_id);
}

int call_fold(Arena *a, const char *provider, const char *call_id, CallFoldResult *out)
{
    CallEvent m;
    CallRow row;
    int rc = 0, in_tx = 0, n = 0;
    memset(out, 0, sizeof *out);
    memset(&row, 0, sizeof row);

    if ((rc = db_begin()) != 0)
        goto cleanup;
    in_tx = 1;
    /* One fold of a call at a time (several job workers, many hosts). */
    const char *lp[] = {provider, call_id};
    if ((rc = db_exec(a, NULL, "SELECT pg_advisory_xact_lock(hashtext('call:' || $1 || ':' || $2))",
                      DB_NPARAMS(lp), lp)))
        goto cleanup;
    if ((rc = load_merged(a, provider, call_id, &m, &n)))
        goto cleanup;
    if (n == 0)
        goto cleanup; /* nothing recorded: nothing to do */

    /* The customer is the other party: the caller, or whom we called. */
    int out_call = m.direction && strcmp(m.direction, "out") == 0;
    const char *phone = out_call ? m.to : m.from;
    int64_t customer_id = 0;
    if (phone && (rc = customer_find_or_create(a, "phone", phone, NULL, &customer_id)))
        goto cleanup;
    if ((rc = upsert_call(a, &m, customer_id, &row)))
        goto cleanup;
    out->call_row_id = row.id;

    if (!row.conversation_id) {
        ConversationOpen co = {.channel = "call", .customer_id = row.customer_id,
                               .at_epoch = m.started_at > 0 ? arena_i64s(a, m.started_at) : NULL};
        ConversationOpened opened;
        if ((rc = conversation_open(a, &co, &opened)))
            goto cleanup;
        row.conversation_id = opened.id;
        out->conversation_created = opened.created;
        out->conversation_changed = opened.reopened;
        const char *p[] = {arena_i64s(a, row.id), arena_i64s(a, row.conversation_id)};
        if ((rc = db_exec(a, NULL, "UPDATE calls SET conversation_id = $2 WHERE id = $1", DB_NPARAMS(p), p)))
            goto cleanup;
    } else if (row.customer_id) {
        /* The number arrived after the first event: the conversation learns it. */
        const char *p[] = {arena_i64s(a, row.conversation_id), arena_i64s(a, row.customer_id)};
        if ((rc = db_exec(a, NULL,
                          "UPDATE conversations SET customer_id = $2, updated_at = now()"
                          " WHERE id = $1 AND customer_id IS NULL",
                          DB_NPARAMS(p), p)))
            goto cleanup;
    }
    out->conversation_id = row.conversation_id;

    if (m.recording_url && !row.media_id && (rc = queue_recording(a, &m, &row)))
        goto cleanup;
    if (m.recording_url && row.media_id) {
        /* A later event (Call Details) may carry a fresh URL: a file not
         * stored yet is fetched from the newest one. */
        const char *p[] = {arena_i64s(a, row.media_id), m.recording_url};
        if ((rc = db_exec(a, NULL,
                          "UPDATE media SET source_url = $2, updated_at = now() WHERE id = $1"
                          " AND state <> 'stored' AND source_url IS DISTINCT FROM $2",
                          DB_NPARAMS(p), p)))
            goto cleanup;
    }
    if ((rc = write_message(a, &m, &row, out)))
        goto cleanup;
    out->message_id = row.message_id;
    if (m.status && strcmp(m.status, CALL_STATUS_MISSED) == 0 && !row.missed_reported &&
        (rc = apply_missed(a, &row, out)))
        goto cleanup;
    if (m.digits && !row.team_applied && (rc = apply_digits(a, &m, &row, out)))
        goto cleanup;
    if ((m.notes || m.transcript) && (rc = queue_triage_text(a, &m, &row)))
        goto cleanup;
    const char *fp[] = {arena_i64s(a, row.id), row.media_id ? arena_i64s(a, row.media_id) : NULL,
                        row.team_applied ? "t" : "f", row.missed_reported ? "t" : "f"};
    if ((rc = db_exec(a, NULL,
                      "UPDATE calls SET recording_media_id = $2::bigint, team_applied = $3::boolean,"
                      " missed_reported = $4::boolean WHERE id = $1",
                      DB_NPARAMS(fp), fp)))
        goto cleanup;
    rc = db_commit();
    in_tx = 0;
    if (rc)
        goto cleanup;
    log_kv(LOG_INFO, "call folded",
           "provider=%s call_id=%" PRId64 " events=%d status=%s conversation_id=%" PRId64
           " message_id=%" PRId64 " new_conversation=%d message_created=%d message_updated=%d",
           provider, row.id, n, m.status ? m.status : "-", row.conversation_id, row.message_id,
           out->conversation_created, out->message_created, out->message_updated);
    publish(a, out);
    return 0;
cleanup:
    if (in_tx) {
        if (rc == 0)
            rc = db_commit(); /* the no-events path: nothing written */
        else
            db_rollback();
    }
    if (rc)
        memset(out, 0, sizeof *out);
    return rc;
}

int job_call_fold(JobContext *job)
{
    const char *provider = json_get_str(job->payload, "provider");
    const char *call_id = json_get_str(job->payload, "call_id");
    if (!provider || !call_id) {
        snprintf(job->error, sizeof job->error, "payload needs provider and call_id");
        return ERR_PERMANENT;
    }
    CallFoldResult res;
    int rc = call_fold(job->arena, provider, call_id, &res);
    if (rc)
        snprintf(job->error, sizeof job->error, "folding the call: %s (%.200s)", err_name(rc), db_last_error());
    return rc;
}
