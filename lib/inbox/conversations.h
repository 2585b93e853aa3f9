/* conversations.h — the inbox unit ("a customer query") every channel
 * opens or joins, and the one JSON shape of a conversation.
 *
 * The conversation item is the same in GET /conversations, GET
 * /conversations/:id and every WebSocket event's data (design §12), so a
 * client applies an event without a refetch: CONVERSATION_ITEM_SQL selects
 * it and conversation_item_json() writes it, for all three.
 */
#ifndef CS_CONVERSATIONS_H
#define CS_CONVERSATIONS_H

#include <json-c/json.h>
#include <libpq-fe.h>
#include <stdint.h>

#include "core/arena.h"

/* How a new message finds its conversation. */
typedef struct ConversationOpen {
    const char *channel;          /* "email" | "chat" | "call" */
    int64_t customer_id;          /* 0: unknown sender */
    /* email: the Gmail thread in this mailbox is the conversation (a reply
     * reopens it when resolved). chat/call: the customer's open or pending
     * conversation of that channel, else a new one. */
    int64_t support_email_id;
    const char *gmail_thread_id;  /* may be NULL: a new conversation */
    const char *subject;          /* for a new conversation; may be NULL */
    const char *at_epoch;         /* the message's time, seconds ("1700000000.123"); NULL = now */
} ConversationOpen;

typedef struct ConversationOpened {
    int64_t id;
    int created;                  /* a new conversation (reporting event recorded) */
    int reopened;                 /* a resolved/closed one went back to open */
} ConversationOpened;

/* Finds or opens the conversation for one new message, inside the caller's
 * transaction (the row stays locked until it ends). A new conversation
 * records `conversation_created`, a reopened one `conversation_reopened`.
 * 0 or a negative ErrCode. */
int conversation_open(Arena *a, const ConversationOpen *in, ConversationOpened *out);

/* SELECT list + FROM of the item; append " WHERE ..." (alias c). */
extern const char CONVERSATION_ITEM_SQL[];

/* Row `row` of a result of CONVERSATION_ITEM_SQL as the item, owned by the
 * arena (json_arena_own). */
json_object *conversation_item_json(Arena *a, const PGresult *r, int row);

/* The item of conversation `id`: 0 and *out (arena-owned), ERR_NOT_FOUND,
 * or another negative ErrCode. */
int conversation_item_load(Arena *a, int64_t id, json_object **out);

#endif
