/* gmailSend.h — an agent's reply sent in the customer's Gmail thread
 * (channelProtocols.md §6): users.messages.send with threadId, In-Reply-To
 * the customer's last Message-ID, References the chain, "Subject: Re: …",
 * from the support mailbox. The token asks for the gmail.send scope, which
 * the Workspace admin must add to the service account's domain-wide
 * delegation entry.
 *
 * Our sent message comes back through the mailbox's history labelled SENT
 * (and from our own address): gmailSync skips it, so a reply is never
 * ingested as a customer message.
 */
#ifndef CS_GMAIL_SEND_H
#define CS_GMAIL_SEND_H

#include <stddef.h>

#include "core/arena.h"
#include "jobs/jobQueue.h"

/* Bound of the References header we write (the newest ids are kept). */
#define GMAIL_REFERENCES_MAX 4000

typedef struct GmailReply {
    const char *from_address;       /* the support mailbox */
    const char *from_name;          /* may be NULL */
    const char *to_address;         /* the customer */
    const char *to_name;            /* may be NULL */
    const char *subject;            /* the thread's subject; may be NULL */
    const char *in_reply_to;        /* the customer's last Message-ID; may be NULL */
    const char *references;         /* that message's References; may be NULL */
    const char *message_id;         /* ours, "<...@...>" */
    const char *text;               /* the body, UTF-8 */
    long long date_epoch;           /* Date: */
} GmailReply;

/* The RFC 5322 message (CRLF lines, RFC 2047 for non-ASCII headers, the
 * body base64 in UTF-8). CR/LF in header values become spaces (no header
 * injection). Arena-owned; *len its length. */
char *gmail_reply_mime(Arena *a, const GmailReply *r, size_t *len);

/* Job kind send_email {"message_id":N}: sends a queued outbound email
 * message, then marks it sent (provider_message_id = Gmail id) or, when
 * Gmail refuses for good or the attempts ran out, failed with the reason;
 * publishes message.updated either way. */
int job_send_email(JobContext *job);

#endif
