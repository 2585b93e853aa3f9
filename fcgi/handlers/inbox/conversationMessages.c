/* conversationMessages.c — POST /conversations/:id/messages {text,
 * private?, template?}: an agent's reply through the conversation's
 * channel, or an internal note.
 *
 * A reply is stored (status queued) and its send job queued in one
 * transaction — send_email (Gmail, in the thread) or send_chat (Interakt) —
 * and answered 202 at once; the job's owner sends it and publishes
 * message.updated. A chat reply outside WhatsApp's 24-hour window needs a
 * template (422 window_closed). Calls cannot be replied to (422); a note is
 * fine anywhere. The first reply sets first_response_at.
 */
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "core/errors.h"
#include "core/jsonUtil.h"
#include "core/log.h"
#include "handlers/handlers.h"
#include "handlers/inbox/inboxUtil.h"
#include "http/apiUtil.h"
#include "inbox/events.h"
#include "inbox/messages.h"
#include "jobs/jobQueue.h"
#include "store/db.h"

#define REPLY_MAX_BYTES 20000
#define TEMPLATE_MAX_VALUES 20

/* A WhatsApp template {name, language?, body_values?[]}: 0, or fails 422. */
static int check_template(Request *req, json_object *t)
{
    if (!json_object_is_type(t, json_type_object))
        return req_fail(req, ERR_INVALID, "template must be an object {name, language, body_values}");
    json_object_object_foreach(t, key, val) {
        if (strcmp(key, "name") == 0 || strcmp(key, "language") == 0) {
            if (!json_object_is_type(val, json_type_string) || !json_object_get_string_len(val) ||
                json_object_get_string_len(val) > 512)
                return req_fail(req, ERR_INVALID, "template.%s must be a non-empty string", key);
        } else if (strcmp(key, "body_values") == 0) {
            if (!json_object_is_type(val, json_type_array) ||
                json_object_array_length(val) > TEMPLATE_MAX_VALUES)
                return req_fail(req, ERR_INVALID, "template.body_values must be an array of at most %d strings",
                                TEMPLATE_MAX_VALUES);
            for (size_t i = 0; i < json_object_array_length(val); i++)
                if (!json_object_is_type(json_object_array_get_idx(val, i), json_type_string))
                    return req_fail(req, ERR_INVALID, "template.body_values must hold strings");
        } else {
            return req_fail(req, ERR_INVALID, "unknown template field '%.64s'", key);
        }
    }
    if (!json_get_str(t, "name"))
        return req_fail(req, ERR_INVALID, "template.name is required");
    return 0;
}

/* The first reply of this cycle (since creation or the last reopening):
 * first_response_at and the first_response event; every reply: `reply`. */
static int record_reply(Arena *a, int64_t cid, int64_t agent_id)
{
    PGresult *r = NULL;
    const char *p[] = {arena_sprintf(a, "%" PRId64, cid)};
    int rc = db_exec(a, &r,
                     "UPDATE conversations SET first_response_at = now()"
                     " WHERE id = $1::bigint AND (first_response_at IS NULL"
                     "   OR (reopened_at IS NOT NULL AND first_response_at < reopened_at))"
                     " RETURNING extract(epoch FROM now() - COALESCE(reopened_at, created_at))",
                     1, p);
    if (rc)
        return rc;
    if (PQntuples(r) == 1) {
        double secs = strtod(db_get(r, 0, 0), NULL);
        if ((rc = inbox_report(a, "first_response", cid, agent_id, secs < 0 ? 0 : secs)) != 0)
            return rc;
    }
    return inbox_report(a, "reply", cid, agent_id, -1);
}

int handle_conversation_messages_create(Request *req)
{
    static const ApiField FIELDS[] = {{"text", API_STRING}, {"private", API_BOOL}};
    int64_t id = 0, mid = 0;
    json_object *body = NULL, *item = NULL, *tmpl = NULL;
    ConvRow c;
    int rc = req_param_id(req, "id", &id);
    if (rc || (rc = req_json_body(req, &body)) != 0)
        return rc;
    if (json_object_object_get_ex(body, "template", &tmpl)) {
        if ((rc = check_template(req, tmpl)) != 0)
            return rc;
        /* Checked: keep it (the arena holds a reference), the table checks the rest. */
        json_arena_own(req->arena, json_object_get(tmpl));
        json_object_object_del(body, "template");
    }
    if ((rc = api_check_fields(req, body, FIELDS, 2)) != 0)
        return rc;
    const char *text = json_get_str(body, "text");
    int is_private = json_get_bool(body, "private") == 1;
    size_t tl = text ? strlen(text) : 0;
    if (tl > REPLY_MAX_BYTES)
        return req_fail(req, ERR_INVALID, "text must be at most %d bytes", REPLY_MAX_BYTES);
    if (!text || strspn(text, " \t\r\n") == tl) {
        if (!tmpl || is_private)
            return req_fail(req, ERR_INVALID, "text is required");
        text = NULL;
    }
    if (is_private && tmpl)
        return req_fail(req, ERR_INVALID, "a note (private) has no template");

    if ((rc = db_begin()) != 0)
        return api_db_fail(req, rc);
    if ((rc = inbox_conv_lock(req, id, &c)) != 0)
        goto fail;
    const char *job_kind = NULL;
    if (!is_private) {
        if ((rc = inbox_may_change(req, &c)) != 0)
            goto fail;
        if (strcmp(c.channel, "call") == 0) {
            rc = req_fail(req, ERR_INVALID, "a call cannot be replied to; add a note (\"private\":true)");
            goto fail;
        }
        if (tmpl && strcmp(c.channel, "chat") != 0) {
            rc = req_fail(req, ERR_INVALID, "templates are for WhatsApp (chat) conversations only");
            goto fail;
        }
        if (strcmp(c.channel, "email") == 0) {
            if (!c.support_email_id || !c.gmail_thread_id) {
                rc = req_fail(req, ERR_INVALID, "conversation %" PRId64 " has no Gmail thread to reply in", id);
                goto fail;
            }
            job_kind = "send_email";
        } else {
            if (!c.window_open && !tmpl) {
                req->err_code_name = "window_closed";
                rc = req_fail(req, ERR_INVALID,
                              "the customer's last message is more than 24 hours old: WhatsApp allows only a"
                              " template (give \"template\":{name, language, body_values})");
                goto fail;
            }
            job_kind = "send_chat";
        }
    }
    const char *meta = NULL;
    if (tmpl) {
        json_object *m = json_arena_own(req->arena, json_object_new_object());
        json_object_object_add(m, "template", json_object_get(tmpl));
        meta = json_to_arena(req->arena, m);
    }
    MessageInput in = {.conversation_id = id, .channel = c.channel, .direction = "out",
                       .kind = is_private ? "note" : "text", .author_type = "agent",
                       .author_id = req->agent.id, .author_name = req->agent.name, .text = text,
                       .status = is_private ? NULL : "queued", .is_private = is_private, .meta_json = meta};
    if ((rc = message_append(req->arena, &in, &mid)) != 0)
        goto db_fail;
    if (job_kind) {
        const char *payload = arena_sprintf(req->arena, "{\"message_id\":%" PRId64 "}", mid);
        if ((rc = job_enqueue(req->arena, job_kind, payload, 0, NULL, NULL)) != 0 ||
            (rc = record_reply(req->arena, id, req->agent.id)) != 0)
            goto db_fail;
    }
    /* Read the item inside the transaction: once committed, a job worker
     * may send (or fail) the reply before we read it back, and the 202
     * must describe what was queued. */
    if ((rc = message_item_load(req->arena, mid, &item)) != 0)
        goto db_fail;
    if ((rc = db_commit()) != 0)
        return api_db_fail(req, rc);
    log_kv(LOG_INFO, is_private ? "note added" : "reply queued",
           "conversation_id=%" PRId64 " message_id=%" PRId64 " agent_id=%" PRId64 " channel=%s", id, mid,
           req->agent.id, c.channel);
    inbox_publish_message(req->arena, "message.created", mid);
    return req_reply(req, is_private ? 201 : 202, json_object_get(item));
db_fail:
    db_rollback();
    return api_db_fail(req, rc);
fail:
    db_rollback();
    return rc;
}
