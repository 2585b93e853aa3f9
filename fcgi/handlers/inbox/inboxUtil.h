/* inboxUtil.h — what the conversation handlers share: the locked row and
 * the permission rule (design §12: admins everything; an agent changes
 * conversations assigned to them or unassigned, never another agent's). */
#ifndef CS_INBOX_UTIL_H
#define CS_INBOX_UTIL_H

#include <stdint.h>

#include "http/request.h"

typedef struct ConvRow {
    int64_t id;
    const char *channel;          /* strings owned by req->arena */
    const char *status;
    const char *priority;         /* may be NULL */
    const char *team;             /* may be NULL */
    const char *suggested_team;   /* may be NULL */
    int64_t assignee_id;          /* 0: unassigned */
    int64_t support_email_id;     /* 0: none */
    const char *gmail_thread_id;  /* may be NULL */
    int window_open;              /* chat: the customer wrote in the last 24 hours */
} ConvRow;

/* Locks conversation `id` (FOR UPDATE, inside the caller's transaction)
 * and reads it: 0, or fails the request (404, or the database error). */
int inbox_conv_lock(Request *req, int64_t id, ConvRow *out);

/* 0 when the caller may change or reply to c, else fails with 403. */
int inbox_may_change(Request *req, const ConvRow *c);

#endif
