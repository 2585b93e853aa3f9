/* interaktStore.h — Interakt events into the inbox.
 *
 * The webhook handler records each signed event (interakt_record): one
 * interakt_events row, unique on (type, Interakt's message id), and for a
 * handled type an `interakt_event` job, in one statement per event, so what
 * the 200 acknowledges is durable and a redelivery adds nothing. The job
 * (job_interakt_event) then does the work:
 *   message_received -> customer by E.164 phone -> the customer's open chat
 *     conversation (or a new one) -> chats row -> media row + media_fetch
 *     job -> timeline message -> debounced triage; one transaction, events
 *     published after COMMIT;
 *   message_api_* -> the outbound message's status, monotonically; a status
 *     for an id we do not know yet waits (state pending) and is applied by
 *     interakt_apply_pending() when the send stores that id.
 */
#ifndef CS_INTERAKT_STORE_H
#define CS_INTERAKT_STORE_H

#include <stdint.h>

#include "channels/interakt/interaktWebhook.h"
#include "core/arena.h"
#include "jobs/jobQueue.h"

typedef struct InteraktRecordResult {
    int fresh;          /* events stored now */
    int duplicates;     /* redeliveries (already stored) */
    int ignored;        /* stored raw, not acted on */
} InteraktRecordResult;

/* Stores every event of a parsed body with its job (one transaction for
 * an array). Logs the first event ever seen of an unhandled type. 0, or a
 * negative ErrCode (nothing stored). */
int interakt_record(Arena *a, const InteraktBody *body, InteraktRecordResult *out);

/* Job kind "interakt_event" {"event_id":N}. */
int job_interakt_event(JobContext *job);

/* Applies status `status` ("sent" | "delivered" | "read" | "failed", with
 * `error` for failed) to outbound message message_id monotonically (see
 * interakt_status_rank). Inside the caller's transaction. 1 when the row
 * changed, 0 when the status was not newer, or a negative ErrCode. */
int interakt_status_apply(Arena *a, int64_t message_id, const char *status, const char *error);

/* Applies the waiting status events of Interakt id provider_id to
 * message_id, inside the caller's transaction (which must hold
 * interakt_lock_id(provider_id)). 0 or a negative ErrCode; *changed = 1
 * when the message's status moved. */
int interakt_apply_pending(Arena *a, const char *provider_id, int64_t message_id, int *changed);

/* Transaction-scoped lock on one Interakt message id: a status webhook and
 * the send that learns the id never miss each other. */
int interakt_lock_id(Arena *a, const char *provider_id);

/* The callbackData we send with message message_id ("csd-msg-<id>"), and
 * its reverse: 0 and *id, or ERR_INVALID. */
const char *interakt_callback_data(Arena *a, int64_t message_id);
int interakt_callback_message_id(const char *callback_data, int64_t *id);

#endif
