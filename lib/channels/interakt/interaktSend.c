/* interaktSend.c — the send_chat job (see interaktSend.h). */
#include "channels/interakt/interaktSend.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "channels/interakt/interaktStore.h"
#include "core/config.h"
#include "core/errors.h"
#include "core/jsonUtil.h"
#include "core/log.h"
#include "core/utf8.h"
#include "inbox/events.h"
#include "net/httpClient.h"
#include "store/db.h"

#define SEND_TIMEOUT_MS 15000
#define REASON_MAX 400


static int template_ok(json_object *t, const char **why)
{
    const char *name = json_get_str(t, "name"), *lang = json_get_str(t, "language");
    json_object *vals = json_get(t, "body_values");
    if (!name || !*name || strlen(name) > 512 || !lang || !*lang || strlen(lang) > 16) {
        *why = "the template needs a name and a language";
        return 0;
    }
    if (vals && !json_object_is_type(vals, json_type_array) && !json_object_is_type(vals, json_type_null)) {
        *why = "template body_values must be an array";
        return 0;
    }
    return 1;
}

const char *interakt_send_body(Arena *a, const char *phone, const char *text, json_object *tmpl,
                               const char *callback_data, const char **why)
{
    *why = NULL;
    if (!phone || phone[0] != '+' || strlen(phone) < 9) {
        *why = "the customer has no usable WhatsApp number";
        return NULL;
    }
    json_object *o = json_arena_own(a, json_object_new_object());
    if (tmpl) {
        if (!template_ok(tmpl, why))
            return NULL;
        /* Interakt's template samples split the number; India is +91. */
        if (strncmp(phone, "+91", 3) == 0 && strlen(phone) == 13) {
            json_object_object_add(o, "countryCode", json_object_new_string("+91"));
            json_object_object_add(o, "phoneNumber", json_object_new_string(phone + 3));
        } else {
            json_object_object_add(o, "fullPhoneNumber", json_object_new_string(phone + 1));
        }
        json_object_object_add(o, "callbackData", json_str_or_null(callback_data));
        json_object_object_add(o, "type", json_object_new_string("Template"));
        json_object *t = json_object_new_object();
        json_object_object_add(t, "name", json_object_new_string(json_get_str(tmpl, "name")));
        json_object_object_add(t, "languageCode", json_object_new_string(json_get_str(tmpl, "language")));
        json_object *in = json_get(tmpl, "body_values"), *vals = json_object_new_array();
        size_t n = in && json_object_is_type(in, json_type_array) ? json_object_array_length(in) : 0;
        for (size_t i = 0; i < n && i < 64; i++) {
            json_object *v = json_object_array_get_idx(in, i);
            /* Interakt wants strings; numbers are written as text. */
            json_object_array_add(vals, json_object_new_string(v ? json_object_get_string(v) : ""));
        }
        json_object_object_add(t, "bodyValues", vals);
        json_object_object_add(o, "template", t);
        return json_to_arena(a, o);
    }
    if (!text || !*text) {
        *why = "a WhatsApp message needs text";
        return NULL;
    }
    json_object_object_add(o, "fullPhoneNumber", json_object_new_string(phone + 1));
    json_object_object_add(o, "callbackData", json_str_or_null(callback_data));
    json_object_object_add(o, "type", json_object_new_string("Text"));
    json_object *d = json_object_new_object();
    json_object_object_add(d, "message", json_object_new_string(text));
    json_object_object_add(o, "data", d);
    return json_to_arena(a, o);
}

/* The message ends failed with a reason agents read in the timeline. */
static int fail_message(Arena *a, int64_t mid, const char *reason)
{
    const char *p[] = {arena_i64s(a, mid), reason};
    PGresult *r = NULL;
    int rc = db_exec(a, &r,
                     "UPDATE messages SET status = 'failed', error = left($2, 500), updated_at = now()"
                     " WHERE id = $1 AND status = 'queued' RETURNING id",
                     DB_NPARAMS(p), p);
    if (rc)
        return rc;
    log_kv(LOG_WARN, "whatsapp message not sent", "message_id=%" PRId64 " reason=\"%s\"", mid, reason);
    if (PQntuples(r) > 0)
        inbox_publish_message(a, "message.updated", mid);
    return 0;
}

static int mark_sent(Arena *a, int64_t mid, const char *provider_id)
{
    int rc = 0, changed = 0;
    if ((rc = db_begin()))
        return rc;
    if (provider_id && (rc = interakt_lock_id(a, provider_id)))
        goto cleanup;
    const char *p[] = {arena_i64s(a, mid), provider_id};
    if ((rc = db_exec(a, NULL,
                      "UPDATE messages SET provider_message_id = COALESCE($2, provider_message_id),"
                      " status = CASE WHEN status = 'queued' THEN 'sent' ELSE status END,"
                      " updated_at = now() WHERE id = $1",
                      DB_NPARAMS(p), p)))
        goto cleanup;
    /* A status webhook may have come before we learnt the id. */
    if (provider_id && (rc = interakt_apply_pending(a, provider_id, mid, &changed)))
        goto cleanup;
    if ((rc = db_commit()))
        return rc;
    inbox_publish_message(a, "message.updated", mid);
    return 0;
cleanup:
    db_rollback();
    return rc;
}

/* Interakt's error text ({"result":false,"message":"..."}), bounded. */
static const char *remote_reason(Arena *a, const HttpResponse *res)
{
    json_object *o = NULL;
    const char *m = NULL;
    if (res->body_len && json_parse_arena(a, res->body, res->body_len, &o) == 0)
        m = json_get_str(o, "message");
    if (!m)
        m = res->body_len ? res->body : "no details";
    return utf8_strndup(a, m, REASON_MAX);
}

int job_send_chat(JobContext *job)
{
    Arena *a = job->arena;
    PGresult *r = NULL;
    int64_t mid = 0;
    const char *why = NULL;
    if (json_get_int64(job->payload, "message_id", &mid) != 0 || mid <= 0) {
        snprintf(job->error, sizeof job->error, "payload needs a positive message_id");
        return ERR_PERMANENT;
    }
    const char *p[] = {arena_i64s(a, mid)};
    int rc = db_exec(a, &r,
                     "SELECT m.status, m.channel, m.direction, m.text, m.meta -> 'template',"
                     " COALESCE((SELECT ch.phone_e164 FROM chats ch WHERE ch.conversation_id = m.conversation_id"
                     "   AND ch.direction = 'inbound' AND ch.phone_e164 IS NOT NULL"
                     "   ORDER BY ch.received_at DESC, ch.id DESC LIMIT 1),"
                     "  (SELECT i.value FROM conversations c JOIN customer_identities i"
                     "   ON i.customer_id = c.customer_id AND i.kind = 'phone'"
                     "   WHERE c.id = m.conversation_id ORDER BY i.id LIMIT 1)),"
                     " m.private"
                     " FROM messages m WHERE m.id = $1",
                     1, p);
    if (rc)
        return rc;
    if (PQntuples(r) != 1) {
        log_kv(LOG_WARN, "send_chat: message gone", "message_id=%" PRId64, mid);
        return 0;
    }
    const char *status = db_get(r, 0, 0), *text = db_get(r, 0, 3), *tmpl_text = db_get(r, 0, 4);
    const char *phone = db_get(r, 0, 5);
    if (strcmp(db_get(r, 0, 1), "chat") != 0 || strcmp(db_get(r, 0, 2), "out") != 0 || *db_get(r, 0, 6) == 't') {
        snprintf(job->error, sizeof job->error, "message %" PRId64 " is not an outbound chat message", mid);
        return ERR_PERMANENT;
    }
    if (!status || strcmp(status, "queued") != 0)
        return 0; /* sent (or failed) already: a retried job sends nothing twice */
    if (!g_config.interakt_api_key || !*g_config.interakt_api_key)
        return fail_message(a, mid, "WhatsApp sending is not configured (INTERAKT_API_KEY is not set)");

    json_object *tmpl = NULL;
    if (tmpl_text && json_parse_arena(a, tmpl_text, strlen(tmpl_text), &tmpl) == 0 &&
        !json_object_is_type(tmpl, json_type_object))
        tmpl = NULL;
    const char *body = interakt_send_body(a, phone, text, tmpl, interakt_callback_data(a, mid), &why);
    if (!body)
        return fail_message(a, mid, why);

    const char *base = g_config.interakt_api_base_url ? g_config.interakt_api_base_url : "https://api.interakt.ai";
    size_t bl = strlen(base);
    const char *url = arena_sprintf(a, "%.*s/v1/public/message/", (int)(bl && base[bl - 1] == '/' ? bl - 1 : bl),
                                    base);
    /* The key is sent as Interakt shows it (already base64 of "key:"). */
    const char *headers[] = {arena_sprintf(a, "Authorization: Basic %s", g_config.interakt_api_key),
                             "Content-Type: application/json", "Accept: application/json", NULL};
    HttpRequest hr = {.method = "POST", .url = url, .headers = headers, .body = body, .body_len = strlen(body),
                      .timeout_ms = SEND_TIMEOUT_MS, .max_response = 64 * 1024};
    HttpResponse res;
    rc = http_request(a, &hr, &res);
    int last = job->attempts >= job->max_attempts;
    if (rc) {
        snprintf(job->error, sizeof job->error, "interakt send: %s", err_name(rc));
        if (last)
            return fail_message(a, mid, arena_sprintf(a, "Interakt could not be reached (%s) after %d attempts",
                                                      err_name(rc), job->attempts));
        return ERR_UPSTREAM;
    }
    if (res.status == 429 || res.status >= 500) {
        snprintf(job->error, sizeof job->error, "interakt send: HTTP %ld", res.status);
        if (res.status == 429 && res.retry_after_seconds > 0)
            job->retry_delay_ms = res.retry_after_seconds * 1000;
        if (last)
            return fail_message(a, mid, arena_sprintf(a, "Interakt answered HTTP %ld %d times: %s", res.status,
                                                      job->attempts, remote_reason(a, &res)));
        log_kv(LOG_INFO, "whatsapp send deferred", "message_id=%" PRId64 " http_status=%ld attempt=%d", mid,
               res.status, job->attempts);
        return res.status == 429 ? ERR_RATE_LIMITED : ERR_UPSTREAM;
    }
    json_object *o = NULL;
    if (res.status >= 200 && res.status < 300) {
        json_parse_arena(a, res.body, res.body_len, &o);
        int ok = json_get_bool(o, "result");
        const char *id = json_get_str(o, "id");
        if (ok == 0)
            return fail_message(a, mid, arena_sprintf(a, "Interakt refused the message: %s", remote_reason(a, &res)));
        if (id && (!*id || strlen(id) > 128))
            id = NULL;
        if (!id)
            log_kv(LOG_WARN, "interakt accepted a message without an id", "message_id=%" PRId64 " http_status=%ld",
                   mid, res.status);
        if ((rc = mark_sent(a, mid, id)))
            return rc; /* retried: the status check above stops a second send only once stored */
        log_kv(LOG_INFO, "whatsapp message sent", "message_id=%" PRId64 " interakt_id=%s template=%d", mid,
               id ? id : "-", tmpl != NULL);
        return 0;
    }
    return fail_message(a, mid, arena_sprintf(a, "Interakt refused the message (HTTP %ld): %s", res.status,
                                              remote_reason(a, &res)));
}
