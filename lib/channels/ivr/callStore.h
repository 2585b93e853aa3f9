/* callStore.h — a phone call into the inbox, whatever the provider.
 *
 * Webhook handlers call call_event_record(): the event and a coalescing
 * `call_fold` job in one statement (sql/007 record_call_event), then they
 * answer 200. The job folds every event of the call into its `calls` row
 * and then, in one transaction: the customer by E.164 phone → the
 * customer's open call conversation (or a new one) → one timeline message
 * of kind `call` (updated, not duplicated, when later events refine it) →
 * the recording as a `media` row + `media_fetch` job → missed: priority
 * high + reporting event `missed_call` → IVR digits: the team
 * (IVR_DIGIT_TEAMS), a triage_runs row with provider `ivr` and an
 * `assign_conversation` job → notes/transcript: the triage job. Events
 * are published after COMMIT.
 */
#ifndef CS_CALL_STORE_H
#define CS_CALL_STORE_H

#include <stdint.h>

#include "channels/ivr/callEvent.h"
#include "core/arena.h"
#include "jobs/jobQueue.h"

/* Records one delivery: e normalised (call_event_to_json) and raw as
 * received (may be NULL). Idempotent on (provider, call id, content).
 * 0 and *fresh (1 = new event, fold job queued), or a db ErrCode. */
int call_event_record(Arena *a, const CallEvent *e, const char *raw, int *fresh);

typedef struct CallFoldResult {
    int64_t call_row_id;          /* calls.id; 0 when the call has no events */
    int64_t conversation_id;
    int64_t message_id;
    int conversation_created;
    int message_created;          /* else message_updated when it changed */
    int message_updated;
    int conversation_changed;     /* priority or team set */
} CallFoldResult;

/* Folds the call's events and brings the inbox in step (see above), then
 * publishes. 0 or a negative ErrCode (the transaction is rolled back). */
int call_fold(Arena *a, const char *provider, const char *call_id, CallFoldResult *out);

/* Job kind "call_fold": payload {"provider":"exotel","call_id":"..."}. */
int job_call_fold(JobContext *job);

#endif
