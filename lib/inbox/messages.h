/* messages.h — the timeline: every channel's messages and the agents'
 * notes, one table (messages), one JSON shape (design §12).
 *
 * The channel records (emails, chats, calls) keep the provider's details;
 * each also appends one timeline message here, which keeps the
 * conversation's list fields (last message, preview, count, search text)
 * up to date in the same transaction.
 */
#ifndef CS_MESSAGES_H
#define CS_MESSAGES_H

#include <json-c/json.h>
#include <libpq-fe.h>
#include <stdint.h>

#include "core/arena.h"

#define MESSAGE_PREVIEW_CHARS 200
/* Bound of a conversation's search text (message texts, oldest first). */
#define CONVERSATION_SEARCH_MAX 16384

typedef struct MessageInput {
    int64_t conversation_id;
    const char *channel;          /* email | chat | call */
    const char *direction;        /* in | out */
    const char *kind;             /* text image audio video document location call note other */
    const char *author_type;      /* customer | agent | system */
    int64_t author_id;            /* 0: none */
    const char *author_name;      /* may be NULL */
    const char *text;             /* may be NULL */
    const char *html;             /* sanitised; email only; may be NULL */
    const char *attachments_json; /* JSON array text; NULL = [] */
    const char *status;           /* queued sent delivered read failed; NULL for inbound */
    int is_private;               /* an internal note */
    int64_t email_id, chat_id, call_id, media_id; /* the channel record (0: none) */
    const char *meta_json;        /* channel details (object text); NULL = {} */
    const char *at_epoch;         /* the message's time in seconds ("1700000000.5"); NULL = now */
} MessageInput;

/* Appends one message inside the caller's transaction and updates the
 * conversation's last_message_at, preview, message_count, last_inbound_at
 * (inbound) and search text. A private note changes neither the preview
 * nor last_message_at. 0 and *message_id (may be NULL), or a negative
 * ErrCode. */
int message_append(Arena *a, const MessageInput *in, int64_t *message_id);

/* SELECT list + FROM of the timeline item; append " WHERE ..." (alias m). */
extern const char MESSAGE_ITEM_SQL[];

/* Row `row` of a MESSAGE_ITEM_SQL result as the item (arena-owned). */
json_object *message_item_json(Arena *a, const PGresult *r, int row);

/* The item of message `id`: 0 and *out, ERR_NOT_FOUND, or an ErrCode. */
int message_item_load(Arena *a, int64_t id, json_object **out);

/* The first max_chars characters of text (UTF-8 safe, whitespace
 * collapsed), arena-owned; NULL for NULL. */
char *text_snippet(Arena *a, const char *text, size_t max_chars);

#endif
