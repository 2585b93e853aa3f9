/* gmailStore.c — one parsed Gmail message into the inbox (see gmailStore.h). */
#include "channels/gmail/gmailStore.h"

#include <ctype.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "core/hex.h"
#include "store/db.h"
#include "core/errors.h"
#include "inbox/conversations.h"
#include "inbox/customers.h"
#include "inbox/events.h"
#include "inbox/messages.h"
#include "core/jsonUtil.h"
#include "core/log.h"
#include "net/nchanPublish.h"

int email_exists(Arena *a, const char *mailbox, const char *gmail_message_id)
{
    const char *p[] = {mailbox, gmail_message_id};
    PGresult *r = NULL;
    int rc = db_exec(a, &r, "SELECT 1 FROM emails WHERE mailbox = $1 AND gmail_message_id = $2",
                     DB_NPARAMS(p), p);
    if (rc)
        return rc;
    return PQntuples(r) > 0;
}

static char *lower_dup(Arena *a, const char *s)
{
    if (!s)
        return NULL;
    char *d = arena_strdup(a, s);
    for (char *p = d; *p; p++)
        *p = (char)tolower((unsigned char)*p);
    return d;
}

/* Postgres text[] literal of the labels ({"INBOX","UNREAD"}). */
static const char *pg_text_array(Arena *a, const char *const *v, int n)
{
    Buf b;
    buf_init(&b, 64 * 1024);
    buf_append_char(&b, '{');
    for (int i = 0; i < n; i++) {
        if (i)
            buf_append_char(&b, ',');
        buf_append_char(&b, '"');
        for (const char *p = v[i]; *p; p++) {
            if (*p == '"' || *p == '\\')
                buf_append_char(&b, '\\');
            buf_append_char(&b, *p);
        }
        buf_append_char(&b, '"');
    }
    buf_append_char(&b, '}');
    return buf_to_arena(&b, a);
}

/* Postgres bytea input form: \x and the hex digits. */
static const char *bytea_hex(Arena *a, const char *p, size_t n)
{
    char *out = arena_alloc(a, n * 2 + 3);
    out[0] = '\\';
    out[1] = 'x';
    hex_encode(out + 2, p, n);
    return out;
}

static const char *attachments_json(Arena *a, const ParsedEmail *pe)
{
    json_object *arr = json_arena_own(a, json_object_new_array());
    for (int i = 0; pe && i < pe->nattachments; i++) {
        const MimeAttachment *m = &pe->attachments[i];
        json_object *o = json_object_new_object();
        json_object_object_add(o, "filename", json_str_or_null(m->filename));
        json_object_object_add(o, "content_type", json_str_or_null(m->content_type));
        json_object_object_add(o, "size", json_object_new_int64((int64_t)m->size));
        json_object_object_add(o, "part_id", json_str_or_null(m->part_id));
        json_object_object_add(o, "content_id", json_str_or_null(m->content_id));
        json_object_object_add(o, "inline", json_object_new_boolean(m->is_inline));
        json_object_array_add(arr, o);
    }
    return json_to_arena(a, arr);
}

/* The seed's `emails` channel keeps its email.created event; the inbox
 * channels get the conversation and message events every channel sends. */
static void publish_events(Arena *a, const EmailStoreInput *in, const EmailStoreResult *res,
                           const char *subject, const char *preview)
{
    const ParsedEmail *pe = in->parsed;
    json_object *d = json_arena_own(a, json_object_new_object());
    json_object_object_add(d, "id", json_object_new_int64(res->email_id));
    json_object_object_add(d, "email_id", json_object_new_int64(res->email_id));
    json_object_object_add(d, "conversation_id", json_object_new_int64(res->conversation_id));
    json_object_object_add(d, "customer_id",
                           res->customer_id ? json_object_new_int64(res->customer_id) : NULL);
    json_object_object_add(d, "support_email_id", json_object_new_int64(in->support_email_id));
    json_object_object_add(d, "mailbox", json_object_new_string(in->mailbox));
    json_object_object_add(d, "gmail_message_id", json_object_new_string(in->gmail_message_id));
    json_object_object_add(d, "gmail_thread_id", json_str_or_null(in->gmail_thread_id));
    json_object_object_add(d, "subject", json_str_or_null(subject));
    json_object_object_add(d, "from", json_str_or_null(pe ? pe->from_address : NULL));
    json_object_object_add(d, "from_name", json_str_or_null(pe ? pe->from_name : NULL));
    json_object_object_add(d, "preview", json_str_or_null(preview));
    json_object_object_add(d, "channel", json_object_new_string("email"));
    nchan_publish(a, "emails", "email.created", d);
    if (res->conversation_created)
        inbox_publish_conversation(a, "conversation.created", res->conversation_id);
    else if (res->reopened)
        inbox_publish_conversation(a, "status.changed", res->conversation_id);
    inbox_publish_message(a, "message.created", res->message_id);
}

/* The data path of one email: customer -> conversation -> emails row ->
 * timeline message -> triage job, in one transaction; events after COMMIT. */
static int store_once(Arena *a, const EmailStoreInput *in, EmailStoreResult *out)
{
    memset(out, 0, sizeof *out);
    const ParsedEmail *pe = in->parsed;
    PGresult *r = NULL;
    int rc = 0, in_tx = 0;
    const char *from = pe ? lower_dup(a, pe->from_address) : NULL;
    const char *subject = pe && pe->subject ? pe->subject : NULL;
    const char *body_text = pe ? pe->text : NULL;
    const char *new_text = pe && pe->new_text ? pe->new_text : body_text;
    const char *preview = text_snippet(a, new_text, MESSAGE_PREVIEW_CHARS);
    const char *sid = arena_i64s(a, in->support_email_id);
    const char *when = in->internal_date_ms > 0
                           ? arena_sprintf(a, "%.3f", (double)in->internal_date_ms / 1000.0)
                           : NULL;
    const char *attachments = attachments_json(a, pe);

    rc = email_exists(a, in->mailbox, in->gmail_message_id);
    if (rc < 0)
        return rc;
    if (rc == 1)
        return 0; /* already stored: no writes, no events */

    if ((rc = db_begin()) != 0)
        goto cleanup;
    in_tx = 1;
    if (from && *from && (rc = customer_find_or_create(a, "email", from, pe->from_name, &out->customer_id)))
        goto cleanup;
    ConversationOpen co = {.channel = "email", .customer_id = out->customer_id,
                           .support_email_id = in->support_email_id,
                           .gmail_thread_id = in->gmail_thread_id, .subject = subject, .at_epoch = when};
    ConversationOpened opened;
    if ((rc = conversation_open(a, &co, &opened)))
        goto cleanup; /* a concurrent insert of the thread: ERR_CONFLICT, retried */
    out->conversation_id = opened.id;
    out->conversation_created = opened.created;
    out->reopened = opened.reopened;
    const char *cust = out->customer_id ? arena_i64s(a, out->customer_id) : NULL;

    const char *labels = pg_text_array(a, in->label_ids, in->nlabels);
    const char *hid = in->history_id ? arena_sprintf(a, "%llu", (unsigned long long)in->history_id) : NULL;
    const char *sent = pe && pe->date_epoch > 0 ? arena_i64s(a, pe->date_epoch) : NULL;
    const char *raw = in->parse_failed && in->raw ? bytea_hex(a, in->raw, in->raw_len) : NULL;
    const char *perr = in->parse_failed ? (pe && pe->parse_error ? pe->parse_error : "unparseable message")
                                        : NULL;
    const char *p[] = {
        sid, arena_i64s(a, out->conversation_id), cust, in->mailbox, in->gmail_message_id,
        in->gmail_thread_id, hid, when, pe ? pe->message_id : NULL, pe ? pe->in_reply_to : NULL,
        pe ? pe->references : NULL, from, pe ? pe->from_name : NULL, pe ? pe->to : NULL,
        pe ? pe->cc : NULL, pe ? pe->reply_to : NULL, subject, sent, body_text,
        pe ? pe->html : NULL, new_text, preview, attachments, labels,
        arena_sprintf(a, "%zu", in->raw_len), raw, perr};
    rc = db_exec(a, &r,
                 "INSERT INTO emails (support_email_id, conversation_id, customer_id, mailbox,"
                 " gmail_message_id, gmail_thread_id, history_id, internal_date, message_id_header,"
                 " in_reply_to, references_header, from_address, from_name, to_addresses, cc_addresses,"
                 " reply_to, subject, sent_at, body_text, body_html, new_text, snippet, attachments,"
                 " label_ids, raw_size, raw, parse_error)"
                 " VALUES ($1, $2, $3, $4, $5, $6, $7::numeric, to_timestamp($8::double precision),"
                 " $9, $10, $11, $12, $13, $14, $15, $16, $17, to_timestamp($18::bigint), $19, $20, $21,"
                 " $22, $23::jsonb, $24::text[], $25::int, $26::bytea, $27)"
                 " ON CONFLICT (mailbox, gmail_message_id) DO NOTHING RETURNING id",
                 DB_NPARAMS(p), p);
    if (rc)
        goto cleanup;
    if (PQntuples(r) != 1) {
        /* Stored meanwhile by someone else: undo our conversation touch. */
        db_rollback();
        in_tx = 0;
        memset(out, 0, sizeof *out);
        return 0;
    }
    out->email_id = strtoll(db_get(r, 0, 0), NULL, 10);
    out->inserted = 1;

    /* Every stored message is a customer's (the sync skips our own mail). */
    MessageInput m = {.conversation_id = out->conversation_id, .channel = "email", .direction = "in",
                      .kind = "text", .author_type = "customer", .author_id = out->customer_id,
                      .author_name = pe ? pe->from_name : NULL,
                      .text = new_text && *new_text ? new_text : body_text, .html = pe ? pe->html : NULL,
                      .attachments_json = attachments, .email_id = out->email_id, .at_epoch = when};
    if ((rc = message_append(a, &m, &out->message_id)))
        goto cleanup;
    if ((rc = inbox_queue_triage(a, out->conversation_id, 0)))
        goto cleanup;
    rc = db_commit();
    in_tx = 0;
    if (rc)
        goto cleanup;
    log_kv(LOG_INFO, "email stored",
           "mailbox=%s gmail_id=%s email_id=%" PRId64 " conversation_id=%" PRId64 " new_conversation=%d"
           " reopened=%d parse_error=%d",
           in->mailbox, in->gmail_message_id, out->email_id, out->conversation_id,
           out->conversation_created, out->reopened, in->parse_failed);
    publish_events(a, in, out, subject, preview);
    return 0;
cleanup:
    if (in_tx)
        db_rollback();
    if (rc)
        memset(out, 0, sizeof *out);
    return rc;
}

int email_store(Arena *a, const EmailStoreInput *in, EmailStoreResult *out)
{
    int rc = store_once(a, in, out);
    if (rc != ERR_INVALID || !in->parsed)
        return rc;
    /* Postgres refused a parsed value (e.g. invalid UTF-8 that slipped
     * through): never drop the message, keep the raw bytes instead. */
    log_kv(LOG_WARN, "email fields refused by the database, storing raw", "mailbox=%s gmail_id=%s err=\"%s\"",
           in->mailbox, in->gmail_message_id, db_last_error());
    ParsedEmail bare;
    memset(&bare, 0, sizeof bare);
    bare.parse_error = "stored raw: parsed fields were refused by the database";
    EmailStoreInput degraded = *in;
    degraded.parsed = &bare;
    degraded.parse_failed = 1;
    return store_once(a, &degraded, out);
}
