/* gmailClient.h — the Gmail API v1 REST calls the inbox needs (users.watch,
 * users.stop, users.getProfile, users.history.list, users.messages.list/get),
 * for one mailbox at a time, authenticated through googleAuth.
 *
 * Every call returns 0 or a negative ErrCode, and leaves details in the
 * GmailClient: the HTTP status, Retry-After seconds and a readable error.
 * Mapping: 404 -> ERR_NOT_FOUND (history cursor too old / message gone);
 * 429 -> ERR_RATE_LIMITED; 5xx -> ERR_UPSTREAM; 401 -> the token is
 * refreshed and the call retried once; 403 with a rate-limit reason ->
 * ERR_RATE_LIMITED, other 403s (insufficientPermissions, domainPolicy) and
 * other 4xx -> ERR_PERMANENT. URLs start at GMAIL_API_BASE_URL.
 * Everything returned lives in the client's arena.
 */
#ifndef CS_GMAIL_CLIENT_H
#define CS_GMAIL_CLIENT_H

#include <stddef.h>
#include <stdint.h>

#include "core/arena.h"

#define GMAIL_ERROR_MAX 512
#define GMAIL_MAX_PAGES 200        /* bound on history / list pages per sync */
#define GMAIL_MAX_REFS 20000       /* bound on message ids gathered per sync */
#define GMAIL_MAX_RAW (36u * 1024u * 1024u)

typedef struct GmailClient {
    Arena *arena;
    const char *mailbox;               /* userId in URLs */
    const char *scope;                 /* OAuth scope; NULL = GOOGLE_GMAIL_SCOPE (read) */
    long http_status;                  /* of the last call; 0 = none */
    long retry_after_seconds;          /* of the last failed call; -1 = none */
    char error[GMAIL_ERROR_MAX];       /* readable failure text */
} GmailClient;

typedef struct GmailMessageRef {
    const char *id;
    const char *thread_id;             /* may be NULL */
    const char **label_ids;            /* may be NULL when not sent */
    int nlabels;
    int has_labels;                    /* 1 when labelIds was present */
} GmailMessageRef;

typedef struct GmailRefList {
    GmailMessageRef *refs;
    int n;
    int cap;
    uint64_t history_id;               /* history.list: the last page's historyId */
} GmailRefList;

typedef struct GmailMessage {
    const char *id;
    const char *thread_id;
    const char **label_ids;
    int nlabels;
    uint64_t history_id;
    int64_t internal_date_ms;          /* 0 when absent */
    unsigned char *raw;                /* decoded RFC 5322 bytes, NUL-terminated */
    size_t raw_len;
} GmailMessage;

void gmail_client_init(GmailClient *g, Arena *a, const char *mailbox);

/* users.watch: labelIds ["INBOX"], labelFilterBehavior include. */
int gmail_watch(GmailClient *g, const char *topic, uint64_t *history_id, int64_t *expiration_ms);
/* users.stop. */
int gmail_stop(GmailClient *g);
/* users.getProfile: the mailbox's current historyId. */
int gmail_get_profile(GmailClient *g, uint64_t *history_id);
/* users.history.list from start over every page (messageAdded, INBOX):
 * the messagesAdded refs, deduplicated, in order; out->history_id from the
 * last page. */
int gmail_history_list(GmailClient *g, uint64_t start_history_id, GmailRefList *out);
/* users.messages.list (labelIds=INBOX, q) over every page, at most max ids. */
int gmail_messages_list(GmailClient *g, const char *q, int max, GmailRefList *out);
/* users.messages.get?format=raw. */
int gmail_message_get(GmailClient *g, const char *id, GmailMessage *out);

/* users.messages.send {"raw": base64url(mime), "threadId": thread_id}
 * (thread_id may be NULL). Needs g->scope = GOOGLE_GMAIL_SEND_SCOPE.
 * 0 and *id (the sent message's Gmail id, arena-owned), or an ErrCode. */
int gmail_message_send(GmailClient *g, const char *mime, size_t mime_len, const char *thread_id,
                       const char **id);

/* Whether a label list holds `label`. */
int gmail_has_label(const char *const *labels, int n, const char *label);

/* Response parsers, exposed for tests. Each returns 0 or ERR_PARSE. */
int gmail_parse_history_page(Arena *a, const char *json, size_t len, GmailRefList *acc,
                             const char **next_page_token);
int gmail_parse_list_page(Arena *a, const char *json, size_t len, GmailRefList *acc,
                          const char **next_page_token);
int gmail_parse_message(Arena *a, const char *json, size_t len, GmailMessage *out);
/* Maps a Gmail error response to an ErrCode and writes a readable text. */
int gmail_map_error(long status, const char *body, size_t len, char *msg, size_t msglen);

#endif
