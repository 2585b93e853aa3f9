/* interaktWebhook.h — Interakt webhook bodies (channelProtocols.md §1.3–1.5)
 * parsed into plain structs, with no database and no clock, so the request
 * handler and the job that applies an event read a body the same way.
 *
 * A body is one event object or (seen in one integration) an array of
 * them. Every event keeps its JSON text: the raw payload is stored before
 * anything is interpreted, because much of the format is unverified [U].
 * Strings in the structs are arena-owned.
 */
#ifndef CS_INTERAKT_WEBHOOK_H
#define CS_INTERAKT_WEBHOOK_H

#include <stddef.h>

#include "core/arena.h"
#include "inbox/phone.h"

/* Bounds on outside input. */
#define INTERAKT_MAX_EVENTS 100
#define INTERAKT_MAX_ID_LEN 128
#define INTERAKT_MAX_URL_LEN 2048
#define INTERAKT_MAX_NAME_LEN 200
#define INTERAKT_MAX_REASON_LEN 500

typedef enum InteraktEventClass {
    INTERAKT_EVENT_OTHER = 0,      /* a type we keep raw and do not act on */
    INTERAKT_EVENT_MESSAGE,        /* message_received from the customer */
    INTERAKT_EVENT_STATUS          /* message_api_sent|delivered|read|failed */
} InteraktEventClass;

typedef struct InteraktEvent {
    InteraktEventClass cls;
    const char *type;              /* the envelope's "type" (never NULL) */
    const char *message_id;        /* data.message.id; NULL when absent */
    const char *raw;               /* the event's JSON text */
    const char *ignore_reason;     /* OTHER: why (e.g. "not a customer message") */

    /* INTERAKT_EVENT_MESSAGE */
    char phone[PHONE_E164_MAX];    /* the customer, E.164 */
    const char *customer_name;     /* traits.name; may be NULL */
    const char *content_type;      /* Interakt's message_content_type; may be NULL */
    const char *kind;              /* timeline kind: text image audio video document location
                                      button_reply other */
    const char *text;              /* text, caption, button title or location; may be NULL */
    const char *media_url;         /* http(s) URL of the file; may be NULL */
    const char *button_id;         /* button/list reply id; may be NULL */
    const char *meta_json;         /* details for messages.meta (object text); never NULL */

    /* INTERAKT_EVENT_STATUS */
    const char *status;            /* sent | delivered | read | failed */
    const char *failure_reason;    /* "reason (code)" for failed; may be NULL */
    const char *callback_data;     /* our callbackData echoed back; may be NULL */

    /* The customer's time of the event (received_at_utc, else the
     * envelope's timestamp) as "seconds.millis" since the epoch; NULL when
     * absent or unreadable. */
    const char *at_epoch;
} InteraktEvent;

typedef struct InteraktBody {
    InteraktEvent *events;         /* arena-owned array */
    int nevents;
} InteraktBody;

/* Parses a webhook body of body_len bytes. 0 and *out, or ERR_BAD_REQUEST
 * (not UTF-8, not JSON, not an object/array of objects, too many events,
 * an event without a type) or ERR_INVALID (a handled event with a missing
 * or bad message id, phone number, URL or status), with the reason in *why
 * (static or arena text). */
int interakt_body_parse(Arena *a, const char *body, size_t body_len, InteraktBody *out, const char **why);

/* Parses one stored event (its raw JSON text) the same way. */
int interakt_event_parse(Arena *a, const char *raw, size_t len, InteraktEvent *out, const char **why);

/* Reads Interakt's naive UTC time "YYYY-MM-DDTHH:MM:SS[.ffffff][Z|+00:00]"
 * (a space instead of T too). 0 and *epoch_ms, or ERR_INVALID. */
int interakt_time_parse(const char *s, long long *epoch_ms);

/* 1 when s[0..n) is well-formed UTF-8 (no overlong forms, no surrogates). */
int utf8_valid(const char *s, size_t n);

/* The order of delivery statuses for monotonic updates: queued 0, sent 1,
 * failed 2, delivered 3, read 4 (a failure never overwrites delivered or
 * read; a later delivery report does overwrite a failure). -1 unknown. */
int interakt_status_rank(const char *status);

#endif
