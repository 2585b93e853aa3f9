/* gmailPush.h — the body of a Cloud Pub/Sub push carrying a Gmail
 * notification (Pub/Sub push format; the data is Gmail's watch notification):
 *   {"message":{"data":"<base64 {\"emailAddress\",\"historyId\"}>",
 *               "messageId":"...","message_id":"...",...},"subscription":"..."}
 * data may use either base64 alphabet, padded or not; historyId may be a
 * string or a number. */
#ifndef CS_GMAIL_PUSH_H
#define CS_GMAIL_PUSH_H

#include <stddef.h>
#include <stdint.h>

#include "core/arena.h"

#define GMAIL_PUSH_MAX_BODY (64 * 1024)
#define GMAIL_PUSH_MAX_DATA 4096
#define GMAIL_PUSH_MAX_ID 256
#define GMAIL_PUSH_MAX_EMAIL 320

typedef struct GmailPush {
    const char *message_id;     /* Pub/Sub messageId */
    const char *email_address;  /* lowercased */
    uint64_t history_id;
} GmailPush;

/* Parses and checks a push body. 0 and *out (arena-owned strings), or
 * ERR_BAD_REQUEST with *reason (static English text) when malformed. */
int gmail_push_parse(Arena *a, const char *body, size_t len, GmailPush *out, const char **reason);

#endif
