/* gmailSync.c — mailbox sync, watch jobs and scheduler tasks (see gmailSync.h). */
#include "channels/gmail/gmailSync.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/config.h"
#include "store/db.h"
#include "channels/gmail/gmailStore.h"
#include "core/errors.h"
#include "channels/gmail/gmailClient.h"
#include "core/jsonUtil.h"
#include "core/log.h"
#include "mail/mimeParse.h"


int gmail_enqueue_sync(Arena *a, int64_t id, long delay_ms)
{
    return job_enqueue(a, "gmail_sync", arena_sprintf(a, "{\"support_email_id\":%" PRId64 "}", id),
                       delay_ms, arena_sprintf(a, "gmail_sync:%" PRId64, id), NULL);
}

static const char *watch_payload(Arena *a, int64_t id, const char *email)
{
    json_object *o = json_arena_own(a, json_object_new_object());
    json_object_object_add(o, "support_email_id", json_object_new_int64(id));
    json_object_object_add(o, "email", json_object_new_string(email));
    return json_to_arena(a, o);
}

int gmail_enqueue_watch(Arena *a, int64_t id, const char *email)
{
    return job_enqueue(a, "gmail_watch", watch_payload(a, id, email), 0,
                       arena_sprintf(a, "gmail_watch:%" PRId64, id), NULL);
}

int gmail_enqueue_stop(Arena *a, int64_t id, const char *email)
{
    return job_enqueue(a, "gmail_stop", watch_payload(a, id, email), 0, NULL, NULL);
}

static void set_mailbox_error(Arena *a, int64_t id, const char *status, const char *text)
{
    const char *p[] = {arena_i64s(a, id), status, text};
    db_exec(a, NULL,
            "UPDATE support_emails SET last_sync_status = COALESCE($2, last_sync_status),"
            " last_error = $3, updated_at = now() WHERE id = $1::bigint",
            DB_NPARAMS(p), p);
}

typedef struct SyncState {
    Arena *arena;
    int64_t id;
    const char *mailbox;
    GmailClient *g;
    int stored, skipped;
} SyncState;

/* Fetches, parses and stores one message unless it is ours, not in the
 * inbox, already stored or deleted meanwhile. */
static int sync_one(SyncState *s, const GmailMessageRef *ref)
{
    Arena *a = s->arena;
    if (ref->has_labels && !gmail_has_label(ref->label_ids, ref->nlabels, "INBOX")) {
        s->skipped++;
        return 0;
    }
    int rc = email_exists(a, s->mailbox, ref->id);
    if (rc < 0)
        return rc;
    if (rc == 1) {
        s->skipped++;
        return 0;
    }
    GmailMessage m;
    rc = gmail_message_get(s->g, ref->id, &m);
    if (rc == ERR_NOT_FOUND) { /* deleted since the notification: normal */
        s->skipped++;
        return 0;
    }
    if (rc)
        return rc;
    const char *const *labels = m.label_ids;
    if (!gmail_has_label(labels, m.nlabels, "INBOX") || gmail_has_label(labels, m.nlabels, "SENT") ||
        gmail_has_label(labels, m.nlabels, "DRAFT")) {
        s->skipped++;
        return 0;
    }
    ParsedEmail pe;
    memset(&pe, 0, sizeof pe);
    int prc = mime_parse(a, (const char *)m.raw, m.raw_len, &pe);
    if (prc != 0 && !pe.parse_error)
        pe.parse_error = prc == ERR_TOO_LARGE ? "message too large to parse" : "message could not be parsed";
    if (pe.from_address && strcasecmp(pe.from_address, s->mailbox) == 0) {
        s->skipped++; /* our own reply, filed in the inbox */
        return 0;
    }
    EmailStoreInput in = {.support_email_id = s->id, .mailbox = s->mailbox, .gmail_message_id = m.id,
                          .gmail_thread_id = m.thread_id ? m.thread_id : ref->thread_id,
                          .history_id = m.history_id, .internal_date_ms = m.internal_date_ms,
                          .label_ids = labels, .nlabels = m.nlabels, .raw = (const char *)m.raw,
                          .raw_len = m.raw_len, .parsed = &pe, .parse_failed = prc != 0};
    EmailStoreResult res;
    rc = email_store(a, &in, &res);
    if (rc)
        return rc;
    if (res.inserted)
        s->stored++;
    else
        s->skipped++;
    return 0;
}

static int set_cursor(Arena *a, int64_t id, uint64_t history_id, int force)
{
    const char *p[] = {arena_i64s(a, id), arena_sprintf(a, "%llu", (unsigned long long)history_id)};
    /* History ids only grow; never move the cursor back (except after a
     * full sync, whose cursor replaces an invalid one). */
    return db_exec(a, NULL,
                   force ? "UPDATE support_emails SET history_id = $2::numeric, last_sync_at = now(),"
                           " last_sync_status = 'ok', last_error = NULL, updated_at = now()"
                           " WHERE id = $1::bigint"
                         : "UPDATE support_emails SET history_id = GREATEST(COALESCE(history_id, 0),"
                           " $2::numeric), last_sync_at = now(), last_sync_status = 'ok',"
                           " last_error = NULL, updated_at = now() WHERE id = $1::bigint",
                   DB_NPARAMS(p), p);
}

static int full_sync(SyncState *s)
{
    uint64_t hid = 0;
    GmailRefList list;
    /* The profile's historyId first: whatever arrives during the crawl is
     * after it and comes through history.list next time. */
    int rc = gmail_get_profile(s->g, &hid);
    if (rc == 0)
        rc = gmail_messages_list(s->g, GMAIL_FULL_SYNC_QUERY, GMAIL_FULL_SYNC_MAX, &list);
    if (rc)
        return rc;
    for (int i = list.n - 1; i >= 0; i--) { /* the list is newest first */
        rc = sync_one(s, &list.refs[i]);
        if (rc)
            return rc;
    }
    log_kv(LOG_INFO, "gmail full sync", "mailbox=%s listed=%d stored=%d", s->mailbox, list.n, s->stored);
    return set_cursor(s->arena, s->id, hid, 1);
}

static int sync_locked(SyncState *s, const char *cursor)
{
    if (!cursor)
        return full_sync(s);
    char *end = NULL;
    unsigned long long start = strtoull(cursor, &end, 10);
    if (!end || *end || start == 0)
        return full_sync(s);
    GmailRefList list;
    int rc = gmail_history_list(s->g, start, &list);
    if (rc == ERR_NOT_FOUND) {
        log_kv(LOG_WARN, "gmail history cursor too old, full sync", "mailbox=%s start=%llu", s->mailbox,
               start);
        return full_sync(s);
    }
    if (rc)
        return rc;
    for (int i = 0; i < list.n; i++) {
        rc = sync_one(s, &list.refs[i]);
        if (rc)
            return rc;
    }
    rc = set_cursor(s->arena, s->id, list.history_id, 0);
    if (rc == 0)
        log_kv(LOG_INFO, "gmail sync", "mailbox=%s start=%llu new_cursor=%llu refs=%d stored=%d",
               s->mailbox, start, (unsigned long long)list.history_id, list.n, s->stored);
    return rc;
}

int gmail_sync_mailbox(Arena *a, int64_t id, long *retry_delay_ms, char *err, size_t errlen)
{
    PGresult *r = NULL;
    *retry_delay_ms = 0;
    err[0] = '\0';
    const char *sid = arena_i64s(a, id);
    const char *p[] = {sid};
    int rc = db_exec(a, &r,
                     "SELECT email, is_active, history_id::text FROM support_emails WHERE id = $1::bigint",
                     1, p);
    if (rc) {
        snprintf(err, errlen, "database: %s", err_name(rc));
        return rc;
    }
    if (PQntuples(r) == 0 || strcmp(db_get(r, 0, 1), "t") != 0)
        return 0; /* deleted or paused: nothing to do */
    const char *mailbox = arena_strdup(a, db_get(r, 0, 0));
    const char *cursor = arena_strdup(a, db_get(r, 0, 2));
    if (!config_gmail_enabled(&g_config)) {
        snprintf(err, errlen, "Gmail is not configured (GOOGLE_SERVICE_ACCOUNT_FILE is unset)");
        set_mailbox_error(a, id, "error", err);
        return ERR_PERMANENT;
    }

    const char *lp[] = {arena_i64s(a, GMAIL_SYNC_LOCK_BASE + id)};
    rc = db_exec(a, &r, "SELECT pg_try_advisory_lock($1::bigint)", 1, lp);
    if (rc) {
        snprintf(err, errlen, "database: %s", err_name(rc));
        return rc;
    }
    if (strcmp(db_get(r, 0, 0), "t") != 0) {
        /* Another worker is syncing this mailbox and may already be past
         * the newest history: queue a follow-up (coalesced) to be sure. */
        log_kv(LOG_DEBUG, "gmail sync busy, requeued", "mailbox=%s", mailbox);
        rc = gmail_enqueue_sync(a, id, GMAIL_SYNC_BUSY_DELAY_MS);
        if (rc)
            snprintf(err, errlen, "database: %s", err_name(rc));
        return rc;
    }

    GmailClient g;
    gmail_client_init(&g, a, mailbox);
    SyncState s = {.arena = a, .id = id, .mailbox = mailbox, .g = &g};
    rc = sync_locked(&s, cursor);
    db_exec(a, NULL, "SELECT pg_advisory_unlock($1::bigint)", 1, lp);
    if (rc == 0)
        return 0;

    if (g.error[0])
        snprintf(err, errlen, "%s", g.error);
    else
        snprintf(err, errlen, "sync failed: %s (%s)", err_name(rc), db_last_error());
    if (g.retry_after_seconds > 0)
        *retry_delay_ms = g.retry_after_seconds * 1000;
    if (err_is_retryable(rc) || rc == ERR_CONFLICT) {
        set_mailbox_error(a, id, NULL, err);
        log_kv(LOG_WARN, "gmail sync will retry", "mailbox=%s err=%s retry_after_ms=%ld msg=\"%s\"", mailbox,
               err_name(rc), *retry_delay_ms, err);
        return rc == ERR_CONFLICT ? ERR_UPSTREAM : rc;
    }
    set_mailbox_error(a, id, "error", err);
    log_kv(LOG_ERROR, "gmail sync failed", "mailbox=%s err=%s msg=\"%s\"", mailbox, err_name(rc), err);
    return ERR_PERMANENT;
}

static int payload_id(JobContext *job, int64_t *id)
{
    if (json_get_int64(job->payload, "support_email_id", id) != 0 || *id <= 0) {
        snprintf(job->error, sizeof job->error, "payload needs a positive support_email_id");
        return ERR_PERMANENT;
    }
    return 0;
}

int job_gmail_sync(JobContext *job)
{
    int64_t id = 0;
    int rc = payload_id(job, &id);
    if (rc)
        return rc;
    long delay = 0;
    rc = gmail_sync_mailbox(job->arena, id, &delay, job->error, sizeof job->error);
    if (rc && delay > 0)
        job->retry_delay_ms = delay;
    return rc;
}

int gmail_watch_mailbox(Arena *a, int64_t id, const char *email, int64_t *expiration_ms, char *err,
                        size_t errlen)
{
    uint64_t hid = 0;
    *expiration_ms = 0;
    err[0] = '\0';
    if (!config_gmail_enabled(&g_config)) {
        snprintf(err, errlen, "Gmail is not configured: set GOOGLE_SERVICE_ACCOUNT_FILE");
        return ERR_UNAVAILABLE;
    }
    if (!g_config.google_pubsub_topic || !*g_config.google_pubsub_topic) {
        snprintf(err, errlen, "Gmail push is not configured: set GOOGLE_PUBSUB_TOPIC");
        return ERR_UNAVAILABLE;
    }
    GmailClient g;
    gmail_client_init(&g, a, email);
    int rc = gmail_watch(&g, g_config.google_pubsub_topic, &hid, expiration_ms);
    if (rc) {
        snprintf(err, errlen, "%s", g.error[0] ? g.error : err_name(rc));
        set_mailbox_error(a, id, NULL, err);
        return rc;
    }
    /* Keep an existing cursor: moving it to the watch's historyId would
     * skip mail that arrived since the last sync. */
    const char *p[] = {arena_i64s(a, id), arena_sprintf(a, "%llu", (unsigned long long)hid),
                       arena_i64s(a, *expiration_ms)};
    rc = db_exec(a, NULL,
                 "UPDATE support_emails SET history_id = COALESCE(history_id, $2::numeric),"
                 " watch_expiration = to_timestamp($3::bigint / 1000.0), last_error = NULL,"
                 " last_sync_status = COALESCE(last_sync_status, 'never'), updated_at = now()"
                 " WHERE id = $1::bigint",
                 DB_NPARAMS(p), p);
    if (rc)
        snprintf(err, errlen, "database: %s", err_name(rc));
    else
        log_kv(LOG_INFO, "gmail watch started", "mailbox=%s history_id=%llu expiration_ms=%" PRId64, email,
               (unsigned long long)hid, *expiration_ms);
    return rc;
}

int gmail_stop_mailbox(Arena *a, int64_t id, const char *email, char *err, size_t errlen)
{
    err[0] = '\0';
    if (!config_gmail_enabled(&g_config)) {
        snprintf(err, errlen, "Gmail is not configured: set GOOGLE_SERVICE_ACCOUNT_FILE");
        return ERR_UNAVAILABLE;
    }
    GmailClient g;
    gmail_client_init(&g, a, email);
    int rc = gmail_stop(&g);
    if (rc) {
        snprintf(err, errlen, "%s", g.error[0] ? g.error : err_name(rc));
        if (id > 0)
            set_mailbox_error(a, id, NULL, err);
        return rc;
    }
    if (id > 0) {
        const char *p[] = {arena_i64s(a, id)};
        rc = db_exec(a, NULL,
                     "UPDATE support_emails SET watch_expiration = NULL, updated_at = now()"
                     " WHERE id = $1::bigint",
                     1, p);
    }
    log_kv(LOG_INFO, "gmail watch stopped", "mailbox=%s", email);
    return rc;
}

static int watch_job_args(JobContext *job, int64_t *id, const char **email)
{
    *email = json_get_str(job->payload, "email");
    int rc = payload_id(job, id);
    if (rc)
        return rc;
    if (!*email || !strchr(*email, '@')) {
        snprintf(job->error, sizeof job->error, "payload needs the mailbox email");
        return ERR_PERMANENT;
    }
    return 0;
}

static int job_result(JobContext *job, int rc)
{
    if (rc == ERR_UNAVAILABLE && !config_gmail_enabled(&g_config))
        return ERR_PERMANENT; /* not configured: retrying will not help */
    if (rc && !err_is_retryable(rc))
        return ERR_PERMANENT;
    (void)job;
    return rc;
}

int job_gmail_watch(JobContext *job)
{
    int64_t id = 0, exp = 0;
    const char *email = NULL;
    int rc = watch_job_args(job, &id, &email);
    if (rc)
        return rc;
    PGresult *r = NULL;
    const char *p[] = {arena_i64s(job->arena, id)};
    rc = db_exec(job->arena, &r, "SELECT email FROM support_emails WHERE id = $1::bigint AND is_active", 1, p);
    if (rc)
        return rc;
    if (PQntuples(r) == 0)
        return 0; /* deleted or paused meanwhile */
    rc = gmail_watch_mailbox(job->arena, id, db_get(r, 0, 0), &exp, job->error, sizeof job->error);
    return job_result(job, rc);
}

int job_gmail_stop(JobContext *job)
{
    int64_t id = 0;
    /* id 0: the mailbox row is already deleted; only its address matters. */
    const char *email = json_get_str(job->payload, "email");
    if (json_get_int64(job->payload, "support_email_id", &id) != 0 || id < 0)
        id = 0;
    if (!email || !strchr(email, '@')) {
        snprintf(job->error, sizeof job->error, "payload needs the mailbox email");
        return ERR_PERMANENT;
    }
    int rc;
    rc = gmail_stop_mailbox(job->arena, id, email, job->error, sizeof job->error);
    return job_result(job, rc);
}

int gmail_task_renew_watches(Arena *a)
{
    if (!config_gmail_enabled(&g_config))
        return 0;
    PGresult *r = NULL;
    int rc = db_exec(a, &r, "SELECT id, email FROM support_emails WHERE is_active ORDER BY id", 0, NULL);
    if (rc)
        return rc;
    for (int i = 0; i < PQntuples(r); i++) {
        rc = gmail_enqueue_watch(a, strtoll(db_get(r, i, 0), NULL, 10), db_get(r, i, 1));
        if (rc)
            return rc;
    }
    return 0;
}

int gmail_task_safety_poll(Arena *a)
{
    if (!config_gmail_enabled(&g_config))
        return 0;
    PGresult *r = NULL;
    int rc = db_exec(a, &r,
                     "SELECT id FROM support_emails WHERE is_active AND"
                     " (last_sync_at IS NULL OR last_sync_at < now() - interval '1 hour') ORDER BY id",
                     0, NULL);
    if (rc)
        return rc;
    for (int i = 0; i < PQntuples(r); i++) {
        rc = gmail_enqueue_sync(a, strtoll(db_get(r, i, 0), NULL, 10), 0);
        if (rc)
            return rc;
    }
    return 0;
}
