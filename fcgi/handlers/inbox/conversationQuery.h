/* conversationQuery.h — the filters of GET /conversations (design §12),
 * parsed and checked from the query string, and turned into one WHERE
 * clause with numbered parameters (values never enter the SQL text).
 *
 * Bad values (an unknown status, team, channel, priority or assignee, a
 * limit out of range, a tampered cursor) fail the request with a 4xx and
 * name the parameter. Unknown parameter names are ignored (cache busters).
 * Everything lives in req->arena.
 */
#ifndef CS_CONVERSATION_QUERY_H
#define CS_CONVERSATION_QUERY_H

#include <stdint.h>

#include "http/request.h"

#define CONV_LIST_DEFAULT_LIMIT 25
#define CONV_LIST_MAX_LIMIT 100
#define CONV_Q_MAX_BYTES 200   /* the text search */
#define CONV_Q_MAX_WORDS 8     /* each word must appear (AND) */
#define CONV_MAX_PARAMS 24

typedef enum AssigneeFilter { ASSIGNEE_ANY = 0, ASSIGNEE_ME, ASSIGNEE_UNASSIGNED, ASSIGNEE_ID } AssigneeFilter;

typedef struct ConversationQuery {
    const char *status;          /* open (default) pending resolved closed; NULL = all */
    AssigneeFilter assignee;
    int64_t assignee_id;         /* ASSIGNEE_ID; ASSIGNEE_ME resolves to the caller */
    const char *team;            /* NULL = any */
    const char *channel;
    const char *priority;
    int64_t customer_id;         /* 0 = any */
    int needs_team;              /* -1 any, 0 false, 1 true */
    const char *words[CONV_Q_MAX_WORDS]; /* q split on spaces, lowercased, LIKE-escaped */
    int nwords;
    int limit;
    const char *cursor_at;       /* keyset: last_message_at (ISO) and id of the last row */
    const char *cursor_id;
} ConversationQuery;

/* Reads and checks the filters; caller_id resolves assignee=me.
 * 0, or fails the request (422 for bad values, 400 for a bad cursor). */
int conversation_query_parse(Request *req, int64_t caller_id, ConversationQuery *q);

/* " WHERE ... ORDER BY ... LIMIT $n" for CONVERSATION_ITEM_SQL (alias c),
 * fetching limit + 1 rows (is there a next page?); params[0..*nparams)
 * are the values, arena-owned. */
const char *conversation_query_sql(Arena *a, const ConversationQuery *q, const char **params, int *nparams);

/* The cursor of a page that ends at (last_message_at ISO, id), or parses
 * one: base64url("<ISO>|<id>"). Parsing: 0, or ERR_BAD_REQUEST. */
const char *conversation_cursor_make(Arena *a, const char *at_iso, const char *id);
int conversation_cursor_parse(Arena *a, const char *cursor, const char **at_iso, const char **id);

#endif
