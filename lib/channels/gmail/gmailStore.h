/* gmailStore.h — one Gmail message into the inbox, exactly once.
 *
 * The Gmail-specific part of the store path; the rest is the inbox
 * operations every channel calls (lib/inbox/). In ONE transaction: the
 * customer (by sender address), the conversation (by mailbox + Gmail
 * thread; a resolved/closed one is reopened), the emails row (INSERT ...
 * ON CONFLICT (mailbox, gmail_message_id) DO NOTHING), its timeline
 * message and the triage job. Events are published after COMMIT, and only
 * when the row was really inserted, so a redelivered message changes
 * nothing and announces nothing.
 */
#ifndef CS_EMAIL_STORE_H
#define CS_EMAIL_STORE_H

#include <stddef.h>
#include <stdint.h>

#include "core/arena.h"
#include "mail/mimeParse.h"

typedef struct EmailStoreInput {
    int64_t support_email_id;
    const char *mailbox;            /* the support address (lowercase) */
    const char *gmail_message_id;
    const char *gmail_thread_id;    /* may be NULL */
    uint64_t history_id;            /* 0 = unknown */
    int64_t internal_date_ms;       /* 0 = unknown */
    const char *const *label_ids;
    int nlabels;
    const char *raw;                /* the RFC 5322 bytes */
    size_t raw_len;
    const ParsedEmail *parsed;      /* what mime_parse() filled (maybe partly) */
    int parse_failed;               /* 1: keep raw + parse_error */
} EmailStoreInput;

typedef struct EmailStoreResult {
    int inserted;                   /* 0: already stored, nothing changed */
    int64_t email_id;
    int64_t conversation_id;
    int64_t customer_id;            /* 0 when the sender is unknown */
    int conversation_created;
    int reopened;                   /* a resolved/closed conversation went back to open */
    int64_t message_id;             /* the timeline message */
} EmailStoreResult;

/* Stores one message; 0 (see out->inserted) or a negative ErrCode
 * (ERR_UNAVAILABLE when the database is down: retry). */
int email_store(Arena *a, const EmailStoreInput *in, EmailStoreResult *out);

/* 1 when (mailbox, gmail_message_id) is already stored, 0 when not, or a
 * negative ErrCode. */
int email_exists(Arena *a, const char *mailbox, const char *gmail_message_id);

#endif
