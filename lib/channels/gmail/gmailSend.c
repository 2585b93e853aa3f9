/* gmailSend.c — replies in the Gmail thread (see gmailSend.h). */
#include "channels/gmail/gmailSend.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "channels/gmail/gmailClient.h"
#include "core/base64.h"
#include "core/buf.h"
#include "core/errors.h"
#include "core/jsonUtil.h"
#include "core/log.h"
#include "google/googleAuth.h"
#include "inbox/events.h"
#include "store/db.h"

#define MIME_MAX_BYTES (4u * 1024u * 1024u)
#define ENCODED_CHUNK 39 /* input bytes per RFC 2047 encoded word: 52 chars encoded, lines under 78 */

static int is_ascii_printable(const char *s)
{
    for (; *s; s++)
        if ((unsigned char)*s < 0x20 || (unsigned char)*s > 0x7e)
            return 0;
    return 1;
}

/* s with CR, LF and other controls turned into spaces. */
static char *one_line(Arena *a, const char *s)
{
    char *d = arena_strdup(a, s ? s : "");
    for (char *p = d; *p; p++)
        if ((unsigned char)*p < 0x20 || *p == 0x7f)
            *p = ' ';
    return d;
}

/* A header value: as is when printable ASCII, else RFC 2047 "B" encoded
 * words of whole UTF-8 characters, folded. */
static void put_text(Buf *b, const char *s)
{
    if (is_ascii_printable(s)) {
        buf_append_str(b, s);
        return;
    }
    size_t n = strlen(s);
    for (size_t i = 0; i < n;) {
        size_t end = i + ENCODED_CHUNK < n ? i + ENCODED_CHUNK : n;
        while (end < n && end > i && ((unsigned char)s[end] & 0xC0) == 0x80)
            end--; /* never split a character */
        if (end == i)
            end = i + 1;
        char tmp[ENCODED_CHUNK * 2 + 8];
        size_t len = end - i;
        memcpy(tmp, s + i, len);
        tmp[len] = '\0';
        /* base64 of at most ENCODED_CHUNK bytes: 52 chars. */
        Arena *scratch = arena_new(0);
        if (i)
            buf_append_str(b, "\r\n ");
        buf_appendf(b, "=?UTF-8?B?%s?=", base64_encode(scratch, tmp, len, 0));
        arena_destroy(&scratch);
        i = end;
    }
}

/* "Name <addr>" with the name quoted or encoded; "addr" alone without one. */
static void put_address(Buf *b, Arena *a, const char *name, const char *addr)
{
    const char *n = name ? one_line(a, name) : NULL;
    if (n && *n) {
        if (is_ascii_printable(n)) {
            buf_append_char(b, '"');
            for (const char *p = n; *p; p++) {
                if (*p == '"' || *p == '\\')
                    buf_append_char(b, '\\');
                buf_append_char(b, *p);
            }
            buf_append_char(b, '"');
        } else {
            put_text(b, n);
        }
        buf_append_char(b, ' ');
    }
    buf_appendf(b, "<%s>", one_line(a, addr));
}

/* "<id>" from a stored id that may or may not have its brackets. */
static const char *bracketed(Arena *a, const char *id)
{
    const char *s = one_line(a, id);
    while (*s == ' ' || *s == '<')
        s++;
    size_t n = strlen(s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '>'))
        n--;
    return n ? arena_sprintf(a, "<%.*s>", (int)n, s) : NULL;
}

char *gmail_reply_mime(Arena *a, const GmailReply *r, size_t *len)
{
    Buf b;
    buf_init(&b, MIME_MAX_BYTES);
    char date[64];
    time_t t = (time_t)r->date_epoch;
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(date, sizeof date, "%a, %d %b %Y %H:%M:%S +0000", &tm);

    buf_append_str(&b, "From: ");
    put_address(&b, a, r->from_name, r->from_address);
    buf_append_str(&b, "\r\nTo: ");
    put_address(&b, a, r->to_name, r->to_address);
    const char *subj = one_line(a, r->subject ? r->subject : "");
    /* Gmail threads on a matching subject; one "Re: " prefix only. */
    if (strncasecmp(subj, "re:", 3) != 0)
        subj = arena_sprintf(a, "Re: %s", subj);
    buf_append_str(&b, "\r\nSubject: ");
    put_text(&b, subj);
    buf_appendf(&b, "\r\nDate: %s\r\nMessage-ID: %s", date, r->message_id);
    const char *irt = r->in_reply_to ? bracketed(a, r->in_reply_to) : NULL;
    if (irt) {
        buf_appendf(&b, "\r\nIn-Reply-To: %s", irt);
        /* References: the parent's chain, then the parent; newest kept when
         * it is too long; one id per folded line. */
        Buf refs;
        buf_init(&refs, 64 * 1024);
        const char *chain = r->references ? one_line(a, r->references) : "";
        for (const char *p = chain; *p;) {
            while (*p == ' ' || *p == ',')
                p++;
            const char *e = p;
            while (*e && *e != ' ' && *e != ',')
                e++;
            if (e > p) {
                const char *id = bracketed(a, arena_strndup(a, p, (size_t)(e - p)));
                if (id && strcmp(id, irt) != 0)
                    buf_appendf(&refs, "%s%s", refs.len ? "\r\n " : "", id);
            }
            p = e;
        }
        buf_appendf(&refs, "%s%s", refs.len ? "\r\n " : "", irt);
        const char *all = buf_to_arena(&refs, a);
        size_t al = strlen(all);
        if (al > GMAIL_REFERENCES_MAX) {
            const char *cut = all + al - GMAIL_REFERENCES_MAX;
            const char *lt = strchr(cut, '<');
            all = lt ? lt : irt;
        }
        buf_appendf(&b, "\r\nReferences: %s", all);
    }
    buf_append_str(&b, "\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=\"UTF-8\"\r\n"
                       "Content-Transfer-Encoding: base64\r\n\r\n");
    const char *body = r->text ? r->text : "";
    const char *enc = base64_encode(a, body, strlen(body), 0);
    for (size_t i = 0, n = strlen(enc); i < n; i += 76) {
        buf_append(&b, enc + i, n - i < 76 ? n - i : 76);
        buf_append_str(&b, "\r\n");
    }
    *len = b.len;
    return buf_to_arena(&b, a);
}

/* Marks the message failed with the reason (shown in the timeline). */
static void mark_failed(Arena *a, int64_t message_id, const char *reason)
{
    const char *p[] = {arena_sprintf(a, "%" PRId64, message_id), reason};
    if (db_exec(a, NULL,
                "UPDATE messages SET status = 'failed', error = left($2, 500), updated_at = now()"
                " WHERE id = $1::bigint AND status IN ('queued', 'failed')",
                DB_NPARAMS(p), p) == 0)
        inbox_publish_message(a, "message.updated", message_id);
}

enum { SR_STATUS, SR_TEXT, SR_CONV, SR_THREAD, SR_SUBJECT, SR_MAILBOX, SR_DISPLAY, SR_AUTHOR };

int job_send_email(JobContext *job)
{
    Arena *a = job->arena;
    PGresult *r = NULL, *e = NULL;
    int64_t mid = 0;
    const char *id = NULL;
    if (json_get_int64(job->payload, "message_id", &mid) != 0 || mid <= 0) {
        snprintf(job->error, sizeof job->error, "payload needs a positive message_id");
        return ERR_PERMANENT;
    }
    const char *p[] = {arena_sprintf(a, "%" PRId64, mid)};
    int rc = db_exec(a, &r,
                     "SELECT m.status, m.text, m.conversation_id, c.gmail_thread_id, c.subject, se.email,"
                     " se.display_name, m.author_name"
                     " FROM messages m JOIN conversations c ON c.id = m.conversation_id"
                     " LEFT JOIN support_emails se ON se.id = c.support_email_id"
                     " WHERE m.id = $1::bigint AND m.channel = 'email' AND m.direction = 'out' AND NOT m.private",
                     1, p);
    if (rc)
        return rc;
    if (PQntuples(r) != 1) {
        log_kv(LOG_WARN, "send_email: no such outbound email message", "message_id=%" PRId64, mid);
        return 0;
    }
    const char *status = db_get(r, 0, SR_STATUS);
    if (!status || (strcmp(status, "queued") != 0 && strcmp(status, "failed") != 0))
        return 0; /* sent already (a duplicate job) */
    const char *mailbox = db_get(r, 0, SR_MAILBOX);
    if (!mailbox || !db_get(r, 0, SR_THREAD)) {
        mark_failed(a, mid, "the support mailbox of this conversation was removed");
        snprintf(job->error, sizeof job->error, "message %" PRId64 ": no mailbox", mid);
        return ERR_PERMANENT;
    }
    const char *pe[] = {db_get(r, 0, SR_CONV), mailbox};
    rc = db_exec(a, &e,
                 "SELECT message_id_header, references_header, from_address, from_name, reply_to"
                 " FROM emails WHERE conversation_id = $1::bigint AND from_address IS NOT NULL"
                 " AND from_address <> $2 ORDER BY COALESCE(internal_date, created_at) DESC, id DESC LIMIT 1",
                 DB_NPARAMS(pe), pe);
    if (rc)
        return rc;
    if (PQntuples(e) != 1) {
        mark_failed(a, mid, "no customer address in this thread to reply to");
        snprintf(job->error, sizeof job->error, "message %" PRId64 ": no customer address", mid);
        return ERR_PERMANENT;
    }
    /* Reply-To wins when it is one plain address. */
    const char *to = db_get(e, 0, 2), *rt = db_get(e, 0, 4);
    if (rt && strchr(rt, '@') && !strpbrk(rt, " ,<>\r\n"))
        to = rt;
    const char *domain = strchr(mailbox, '@');
    GmailReply reply = {.from_address = mailbox, .from_name = db_get(r, 0, SR_DISPLAY), .to_address = to,
                        .to_name = db_get(e, 0, 3), .subject = db_get(r, 0, SR_SUBJECT),
                        .in_reply_to = db_get(e, 0, 0), .references = db_get(e, 0, 1),
                        .message_id = arena_sprintf(a, "<cs.%" PRId64 ".%lx%s>", mid, (unsigned long)time(NULL),
                                                    domain ? domain : "@localhost"),
                        .text = db_get(r, 0, SR_TEXT), .date_epoch = (long long)time(NULL)};
    size_t len = 0;
    const char *mime = gmail_reply_mime(a, &reply, &len);
    GmailClient g;
    gmail_client_init(&g, a, mailbox);
    g.scope = GOOGLE_GMAIL_SEND_SCOPE;
    rc = gmail_message_send(&g, mime, len, db_get(r, 0, SR_THREAD), &id);
    if (rc) {
        const char *why = g.error[0] ? g.error : err_name(rc);
        snprintf(job->error, sizeof job->error, "sending message %" PRId64 ": %.400s", mid, why);
        if (g.retry_after_seconds > 0)
            job->retry_delay_ms = g.retry_after_seconds * 1000;
        if (!err_is_retryable(rc) || job->attempts >= job->max_attempts) {
            mark_failed(a, mid, why);
            log_kv(LOG_ERROR, "reply failed", "message_id=%" PRId64 " mailbox=%s error=\"%s\"", mid, mailbox, why);
            return ERR_PERMANENT;
        }
        /* Still queued; the reason shows while it is retried. */
        const char *pf[] = {p[0], why};
        db_exec(a, NULL, "UPDATE messages SET error = left($2, 500), updated_at = now() WHERE id = $1::bigint",
                DB_NPARAMS(pf), pf);
        log_kv(LOG_WARN, "reply not sent yet, will retry", "message_id=%" PRId64 " attempt=%d error=\"%s\"", mid,
               job->attempts, why);
        return rc;
    }
    const char *ps[] = {p[0], id, reply.message_id};
    rc = db_exec(a, NULL,
                 "UPDATE messages SET status = 'sent', error = NULL, provider_message_id = $2,"
                 " meta = meta || jsonb_build_object('gmail_message_id', $2::text, 'message_id_header', $3::text),"
                 " updated_at = now() WHERE id = $1::bigint",
                 DB_NPARAMS(ps), ps);
    if (rc)
        return rc;
    log_kv(LOG_INFO, "reply sent", "message_id=%" PRId64 " mailbox=%s gmail_id=%s", mid, mailbox, id);
    inbox_publish_message(a, "message.updated", mid);
    return 0;
}
