/* interaktStore.c — Interakt events into the inbox (see interaktStore.h). */
#include "channels/interakt/interaktStore.h"

#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/config.h"
#include "core/errors.h"
#include "core/jsonUtil.h"
#include "core/log.h"
#include "crypto/hmac.h"
#include "inbox/conversations.h"
#include "inbox/customers.h"
#include "inbox/events.h"
#include "inbox/messages.h"
#include "store/db.h"

#define CALLBACK_PREFIX "csd-msg-"
/* One coalescing job works through every received event, oldest first:
 * a job (and its NOTIFY, which serialises commits in Postgres) per burst,
 * not per event. */
#define EVENTS_JOB_KEY "interakt-events"
#define EVENTS_LOCK_KEY 7310593858712862822LL /* the job's advisory lock ("interakt" + f) */
#define EVENTS_BATCH_MAX 500
#define EVENT_MAX_ATTEMPTS 5
#define EVENTS_BUSY_DELAY_MS 200

const char *interakt_callback_data(Arena *a, int64_t message_id)
{
    return arena_sprintf(a, CALLBACK_PREFIX "%" PRId64, message_id);
}

int interakt_callback_message_id(const char *cb, int64_t *id)
{
    *id = 0;
    if (!cb || strncmp(cb, CALLBACK_PREFIX, strlen(CALLBACK_PREFIX)) != 0)
        return ERR_INVALID;
    const char *s = cb + strlen(CALLBACK_PREFIX);
    if (*s < '1' || *s > '9' || strlen(s) > 18)
        return ERR_INVALID;
    char *end = NULL;
    errno = 0;
    long long v = strtoll(s, &end, 10);
    if (errno || !end || *end || v <= 0)
        return ERR_INVALID;
    *id = (int64_t)v;
    return 0;
}

/* ---- recording (the webhook request) ------------------------------------ */

static const char *dedupe_key(Arena *a, const InteraktEvent *ev)
{
    if (ev->message_id)
        return arena_sprintf(a, "%s:%s", ev->type, ev->message_id);
    /* No id to dedupe on: the same body is the same event. */
    char h[HMAC_SHA256_HEX_LEN + 1];
    if (hmac_sha256_hex("interakt-event", 14, ev->raw, strlen(ev->raw), h) != 0)
        return NULL;
    return arena_sprintf(a, "%s:sha256:%s", ev->type, h);
}

static int record_one(Arena *a, const InteraktEvent *ev, InteraktRecordResult *out)
{
    PGresult *r = NULL;
    int handled = ev->cls != INTERAKT_EVENT_OTHER;
    const char *key = dedupe_key(a, ev);
    if (!key)
        return ERR_INTERNAL;
    const char *p[] = {ev->type, ev->message_id, key, ev->raw, handled ? "t" : "f",
                       arena_sprintf(a, "%d", g_config.job_max_attempts > 0 ? g_config.job_max_attempts : 8),
                       handled ? NULL : ev->ignore_reason};
    /* One statement: the event, and its job when we act on it. `prior`
     * reads the snapshot before the insert (first event of its type?). */
    int rc = db_exec(a, &r,
                     "WITH prior AS (SELECT NOT $5::boolean AND EXISTS (SELECT 1 FROM interakt_events"
                     "   WHERE event_type = $1) AS seen),"
                     " ins AS (INSERT INTO interakt_events (event_type, message_id, dedupe_key, raw, state, error,"
                     "   processed_at)"
                     "  VALUES ($1, $2, $3, $4, CASE WHEN $5::boolean THEN 'received' ELSE 'ignored' END, $7,"
                     "   CASE WHEN $5::boolean THEN NULL ELSE now() END)"
                     "  ON CONFLICT (dedupe_key) DO NOTHING RETURNING id),"
                     " job AS (SELECT enqueue_job('interakt_event', '{}'::jsonb, 0, $6::int, '" EVENTS_JOB_KEY "')"
                     "   AS jid FROM ins WHERE $5::boolean)"
                     " SELECT (SELECT id FROM ins), (SELECT seen FROM prior), (SELECT jid FROM job)",
                     DB_NPARAMS(p), p);
    if (rc)
        return rc;
    if (!db_get(r, 0, 0)) {
        out->duplicates++;
        return 0;
    }
    out->fresh++;
    if (!handled) {
        out->ignored++;
        const char *seen = db_get(r, 0, 1);
        if (!seen || *seen != 't')
            log_kv(LOG_INFO, "interakt event type not handled: kept raw (logged once per type)",
                   "type=%s reason=\"%s\" event_id=%s", ev->type, ev->ignore_reason, db_get(r, 0, 0));
    }
    return 0;
}

int interakt_record(Arena *a, const InteraktBody *body, InteraktRecordResult *out)
{
    int rc = 0, in_tx = 0;
    memset(out, 0, sizeof *out);
    if (body->nevents > 1) {
        if ((rc = db_begin()) != 0)
            return rc;
        in_tx = 1;
    }
    for (int i = 0; i < body->nevents && !rc; i++)
        rc = record_one(a, &body->events[i], out);
    if (in_tx) {
        if (rc)
            db_rollback();
        else
            rc = db_commit();
    }
    if (rc)
        memset(out, 0, sizeof *out);
    return rc;
}

/* ---- statuses ----------------------------------------------------------- */

int interakt_lock_id(Arena *a, const char *provider_id)
{
    const char *p[] = {provider_id};
    return db_exec(a, NULL, "SELECT pg_advisory_xact_lock(hashtext('interakt-msg:' || $1))", 1, p);
}

int interakt_status_apply(Arena *a, int64_t message_id, const char *status, const char *error)
{
    PGresult *r = NULL;
    if (interakt_status_rank(status) < 1)
        return ERR_INVALID;
    const char *p[] = {arena_i64s(a, message_id), status, error};
    int rc = db_exec(a, &r,
                     "UPDATE messages SET status = $2,"
                     " error = CASE WHEN $2 = 'failed' THEN $3 ELSE NULL END, updated_at = now()"
                     " WHERE id = $1 AND direction = 'out' AND"
                     " COALESCE(array_position(ARRAY['queued','sent','failed','delivered','read'], status), 0)"
                     "  < array_position(ARRAY['queued','sent','failed','delivered','read'], $2::text)"
                     " RETURNING id",
                     DB_NPARAMS(p), p);
    if (rc)
        return rc;
    return PQntuples(r) > 0;
}

static int mark_event(Arena *a, int64_t event_id, const char *state, const char *error)
{
    const char *p[] = {arena_i64s(a, event_id), state, error};
    return db_exec(a, NULL,
                   "UPDATE interakt_events SET state = $2, error = $3, processed_at = now() WHERE id = $1",
                   DB_NPARAMS(p), p);
}

int interakt_apply_pending(Arena *a, const char *provider_id, int64_t message_id, int *changed)
{
    PGresult *r = NULL;
    *changed = 0;
    const char *p[] = {provider_id};
    int rc = db_exec(a, &r,
                     "SELECT id, raw FROM interakt_events WHERE message_id = $1 AND state = 'pending'"
                     " ORDER BY id LIMIT 20",
                     1, p);
    if (rc)
        return rc;
    for (int i = 0; i < PQntuples(r); i++) {
        int64_t eid = strtoll(db_get(r, i, 0), NULL, 10);
        const char *raw = db_get(r, i, 1);
        InteraktEvent ev;
        const char *why = NULL;
        if (interakt_event_parse(a, raw, strlen(raw), &ev, &why) != 0 || ev.cls != INTERAKT_EVENT_STATUS) {
            if ((rc = mark_event(a, eid, "failed", why)))
                return rc;
            continue;
        }
        int ch = interakt_status_apply(a, message_id, ev.status, ev.failure_reason);
        if (ch < 0)
            return ch;
        *changed |= ch;
        if ((rc = mark_event(a, eid, "applied", NULL)))
            return rc;
    }
    return 0;
}

/* Our outbound chat message an Interakt id (or our callbackData) names:
 * 0 and *mid (0 when unknown). */
static int find_outbound(Arena *a, const InteraktEvent *ev, int64_t *mid)
{
    PGresult *r = NULL;
    *mid = 0;
    const char *p[] = {ev->message_id};
    int rc = db_exec(a, &r,
                     "SELECT id FROM messages WHERE channel = 'chat' AND direction = 'out'"
                     " AND provider_message_id = $1 ORDER BY id LIMIT 1",
                     1, p);
    if (rc)
        return rc;
    if (PQntuples(r) == 1) {
        *mid = strtoll(db_get(r, 0, 0), NULL, 10);
        return 0;
    }
    int64_t cb = 0;
    if (interakt_callback_message_id(ev->callback_data, &cb) != 0)
        return 0;
    /* The status outran our own record of the send: the callbackData names
     * the message, which learns its Interakt id here. */
    const char *p2[] = {arena_i64s(a, cb), ev->message_id};
    rc = db_exec(a, &r,
                 "UPDATE messages SET provider_message_id = $2, updated_at = now()"
                 " WHERE id = $1 AND channel = 'chat' AND direction = 'out'"
                 " AND (provider_message_id IS NULL OR provider_message_id = $2) RETURNING id",
                 DB_NPARAMS(p2), p2);
    if (rc)
        return rc;
    if (PQntuples(r) == 1)
        *mid = cb;
    return 0;
}

static int store_status(Arena *a, int64_t event_id, const InteraktEvent *ev)
{
    int rc = 0, changed = 0;
    int64_t mid = 0;
    if ((rc = db_begin()))
        return rc;
    if ((rc = interakt_lock_id(a, ev->message_id)) || (rc = find_outbound(a, ev, &mid)))
        goto cleanup;
    if (!mid) {
        if ((rc = mark_event(a, event_id, "pending", NULL)))
            goto cleanup;
        rc = db_commit();
        log_kv(LOG_INFO, "interakt status for an unknown message kept until it appears",
               "status=%s interakt_id=%s event_id=%" PRId64, ev->status, ev->message_id, event_id);
        return rc;
    }
    /* Older waiting statuses of this id first, then this one. */
    int ch = 0;
    if ((rc = interakt_apply_pending(a, ev->message_id, mid, &ch)))
        goto cleanup;
    changed |= ch;
    if ((ch = interakt_status_apply(a, mid, ev->status, ev->failure_reason)) < 0) {
        rc = ch;
        goto cleanup;
    }
    changed |= ch;
    if ((rc = mark_event(a, event_id, "applied", NULL)))
        goto cleanup;
    if ((rc = db_commit()))
        return rc;
    log_kv(LOG_INFO, "interakt status applied", "status=%s interakt_id=%s message_id=%" PRId64 " changed=%d",
           ev->status, ev->message_id, mid, changed);
    if (changed)
        inbox_publish_message(a, "message.updated", mid);
    return 0;
cleanup:
    db_rollback();
    return rc;
}

/* ---- customer messages -------------------------------------------------- */

static const char *media_expect(const char *kind)
{
    if (strcmp(kind, "image") == 0 || strcmp(kind, "audio") == 0 || strcmp(kind, "video") == 0 ||
        strcmp(kind, "document") == 0)
        return kind;
    return NULL;
}

/* The customer's time, but never ahead of ours: a clock far in the future
 * would hold the 24-hour window open. */
static const char *clamp_time(const char *at_epoch)
{
    if (!at_epoch)
        return NULL;
    double t = strtod(at_epoch, NULL);
    if (t > (double)time(NULL) + 300)
        return NULL;
    return at_epoch;
}

static int store_message(Arena *a, int64_t event_id, const InteraktEvent *ev)
{
    PGresult *r = NULL;
    int rc = 0;
    int64_t customer_id = 0, chat_id = 0, media_id = 0, message_id = 0;
    ConversationOpened opened = {0};
    const char *at = clamp_time(ev->at_epoch);

    const char *p0[] = {ev->message_id};
    if ((rc = db_exec(a, &r, "SELECT 1 FROM chats WHERE provider = 'interakt' AND provider_message_id = $1", 1,
                      p0)))
        return rc;
    if (PQntuples(r) > 0)
        return mark_event(a, event_id, "applied", "already stored");

    if ((rc = db_begin()))
        return rc;
    if ((rc = customer_find_or_create(a, "phone", ev->phone, ev->customer_name, &customer_id)))
        goto cleanup;
    ConversationOpen co = {.channel = "chat", .customer_id = customer_id, .at_epoch = at};
    if ((rc = conversation_open(a, &co, &opened)))
        goto cleanup;
    const char *p[] = {arena_i64s(a, opened.id), arena_i64s(a, customer_id), ev->message_id, ev->content_type, ev->text,
                       ev->media_url, at, ev->phone};
    rc = db_exec(a, &r,
                 "INSERT INTO chats (conversation_id, customer_id, provider, provider_message_id, direction,"
                 " content_type, body, media_url, status, received_at, phone_e164)"
                 " VALUES ($1, $2, 'interakt', $3, 'inbound', $4, $5, $6, 'received',"
                 " COALESCE(to_timestamp($7::double precision), now()), $8)"
                 " ON CONFLICT (provider, provider_message_id) DO NOTHING RETURNING id",
                 DB_NPARAMS(p), p);
    if (rc)
        goto cleanup;
    if (PQntuples(r) != 1) { /* stored meanwhile by another worker */
        db_rollback();
        return mark_event(a, event_id, "applied", "already stored");
    }
    chat_id = strtoll(db_get(r, 0, 0), NULL, 10);
    if (ev->media_url) {
        const char *pm[] = {ev->media_url, media_expect(ev->kind)};
        if ((rc = db_exec(a, &r, "INSERT INTO media (source_url, expect_kind) VALUES ($1, $2) RETURNING id",
                          DB_NPARAMS(pm), pm)))
            goto cleanup;
        media_id = strtoll(db_get(r, 0, 0), NULL, 10);
        const char *payload = arena_sprintf(a, "{\"media_id\":%" PRId64 ",\"auth\":\"interakt\"}", media_id);
        if ((rc = job_enqueue(a, "media_fetch", payload, 0, NULL, NULL)))
            goto cleanup;
    }
    MessageInput m = {.conversation_id = opened.id, .channel = "chat", .direction = "in", .kind = ev->kind,
                      .author_type = "customer", .author_id = customer_id, .author_name = ev->customer_name,
                      .text = ev->text, .chat_id = chat_id, .media_id = media_id, .meta_json = ev->meta_json,
                      .at_epoch = at};
    if ((rc = message_append(a, &m, &message_id)))
        goto cleanup;
    /* Lines arrive one by one: triage after a quiet moment, and only when
     * there is new text to read. */
    if (ev->text && *ev->text && (rc = inbox_queue_triage(a, opened.id, g_config.chat_triage_debounce_ms)))
        goto cleanup;
    if ((rc = mark_event(a, event_id, "applied", NULL)))
        goto cleanup;
    if ((rc = db_commit()))
        return rc;
    log_kv(LOG_INFO, "whatsapp message stored",
           "interakt_id=%s chat_id=%" PRId64 " message_id=%" PRId64 " conversation_id=%" PRId64
           " new_conversation=%d kind=%s media_id=%" PRId64,
           ev->message_id, chat_id, message_id, opened.id, opened.created, ev->kind, media_id);
    if (opened.created)
        inbox_publish_conversation(a, "conversation.created", opened.id);
    else if (opened.reopened)
        inbox_publish_conversation(a, "status.changed", opened.id);
    inbox_publish_message(a, "message.created", message_id);
    return 0;
cleanup:
    db_rollback();
    return rc;
}

/* One event: 0, or a negative ErrCode worth retrying (the event stays
 * `received`). An event that cannot be read is marked failed. */
static int process_event(Arena *a, int64_t eid)
{
    PGresult *r = NULL;
    const char *p[] = {arena_i64s(a, eid)};
    int rc = db_exec(a, &r, "SELECT raw, state FROM interakt_events WHERE id = $1", 1, p);
    if (rc)
        return rc;
    if (PQntuples(r) != 1) {
        log_kv(LOG_WARN, "interakt event gone", "event_id=%" PRId64, eid);
        return 0;
    }
    const char *raw = db_get(r, 0, 0), *state = db_get(r, 0, 1);
    if (strcmp(state, "received") != 0 && strcmp(state, "pending") != 0)
        return 0;
    InteraktEvent ev;
    const char *why = NULL;
    if (interakt_event_parse(a, raw, strlen(raw), &ev, &why) != 0) {
        /* The handler parsed it the same way; only a changed parser gets here. */
        log_kv(LOG_WARN, "interakt event unreadable", "event_id=%" PRId64 " reason=\"%s\"", eid, why);
        return mark_event(a, eid, "failed", why);
    }
    switch (ev.cls) {
    case INTERAKT_EVENT_MESSAGE:
        return store_message(a, eid, &ev);
    case INTERAKT_EVENT_STATUS:
        return store_status(a, eid, &ev);
    default:
        return mark_event(a, eid, "ignored", ev.ignore_reason);
    }
}

/* A failed try on one event: retried by the next job, until
 * EVENT_MAX_ATTEMPTS, then failed so it never blocks the events after it.
 * 1 when the event was given up. */
static int event_failed(Arena *a, int64_t eid, int rc)
{
    PGresult *r = NULL;
    const char *why = arena_sprintf(a, "%s: %.300s", err_name(rc), db_last_error());
    const char *p[] = {arena_i64s(a, eid), why, arena_sprintf(a, "%d", EVENT_MAX_ATTEMPTS)};
    if (db_exec(a, &r,
                "UPDATE interakt_events SET attempts = attempts + 1, error = $2,"
                " state = CASE WHEN attempts + 1 >= $3::int THEN 'failed' ELSE state END,"
                " processed_at = CASE WHEN attempts + 1 >= $3::int THEN now() END"
                " WHERE id = $1 RETURNING state",
                DB_NPARAMS(p), p) != 0 || PQntuples(r) != 1)
        return 0;
    if (strcmp(db_get(r, 0, 0), "failed") != 0)
        return 0;
    log_kv(LOG_ERROR, "interakt event given up", "event_id=%" PRId64 " attempts=%d reason=\"%s\"", eid,
           EVENT_MAX_ATTEMPTS, why);
    return 1;
}

static int enqueue_events_job(Arena *a, long delay_ms)
{
    return job_enqueue(a, "interakt_event", "{}", delay_ms, EVENTS_JOB_KEY, NULL);
}

int job_interakt_event(JobContext *job)
{
    Arena *a = job->arena;
    PGresult *r = NULL;
    int64_t eid = 0;
    int rc = 0, n = 0;
    if (json_get(job->payload, "event_id")) { /* one event, e.g. re-run by an operator */
        if (json_get_int64(job->payload, "event_id", &eid) != 0 || eid <= 0) {
            snprintf(job->error, sizeof job->error, "event_id must be a positive integer");
            return ERR_PERMANENT;
        }
        if ((rc = process_event(a, eid)))
            snprintf(job->error, sizeof job->error, "%s: %.300s", err_name(rc), db_last_error());
        return rc;
    }
    const char *lp[] = {arena_sprintf(a, "%lld", EVENTS_LOCK_KEY)};
    if ((rc = db_exec(a, &r, "SELECT pg_try_advisory_lock($1::bigint)", 1, lp)))
        return rc;
    if (strcmp(db_get(r, 0, 0), "t") != 0) /* another worker is on it: look again shortly */
        return enqueue_events_job(a, EVENTS_BUSY_DELAY_MS);
    int64_t last = 0;
    while (n < EVENTS_BATCH_MAX) {
        Arena *ea = arena_new(0);
        const char *p[] = {arena_i64s(ea, last)};
        rc = db_exec(ea, &r,
                     "SELECT id FROM interakt_events WHERE state = 'received' AND id > $1 ORDER BY id LIMIT 1", 1,
                     p);
        if (rc || PQntuples(r) == 0) {
            arena_destroy(&ea);
            break;
        }
        eid = strtoll(db_get(r, 0, 0), NULL, 10);
        last = eid;
        n++;
        int prc = process_event(ea, eid);
        if (prc && !event_failed(ea, eid, prc)) {
            rc = prc; /* retried with backoff; this event comes first again */
            snprintf(job->error, sizeof job->error, "event %" PRId64 ": %s: %.300s", eid, err_name(prc),
                     db_last_error());
            arena_destroy(&ea);
            break;
        }
        arena_destroy(&ea);
    }
    db_exec(a, NULL, "SELECT pg_advisory_unlock($1::bigint)", 1, lp);
    if (!rc && n >= EVENTS_BATCH_MAX)
        rc = enqueue_events_job(a, 0); /* more to do: a fresh job, so others get a turn */
    return rc;
}
