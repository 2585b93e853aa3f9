/* exotelClient.h — Exotel's Call Details API and the reconciliation that
 * uses it (channelProtocols.md §3.3): Exotel says status callbacks can be
 * late or lost, so calls with no final status some minutes after they
 * began are asked about.
 *
 * GET {EXOTEL_API_BASE_URL}/v1/Accounts/{EXOTEL_SID}/Calls/{CallSid}.json
 *     ?details=true&RecordingUrlValidity=60
 * with HTTP Basic auth EXOTEL_API_KEY:EXOTEL_API_TOKEN (never logged). The
 * answer is recorded as one more event of the call (kind "details") and
 * folded like the webhooks.
 */
#ifndef CS_EXOTEL_CLIENT_H
#define CS_EXOTEL_CLIENT_H

#include <stdint.h>

#include "core/arena.h"
#include "jobs/jobQueue.h"

#define EXOTEL_RECONCILE_LOCK_KEY INT64_C(0x65786F74656C)
/* A call is asked about at most this many times (then left as it is). */
#define EXOTEL_RECONCILE_MAX_ATTEMPTS 8
/* Calls asked about per run: Exotel allows 200 API requests a minute. */
#define EXOTEL_RECONCILE_BATCH 50

/* 1 when EXOTEL_SID, EXOTEL_API_KEY and EXOTEL_API_TOKEN are all set. */
int exotel_api_configured(void);

/* Scheduled task: queues an `exotel_call_details` job for every Exotel
 * call with no final status whose start is older than
 * EXOTEL_RECONCILE_AFTER_SECONDS (and not asked about within that time),
 * up to EXOTEL_RECONCILE_BATCH. 0 or an ErrCode; *queued (may be NULL)
 * gets the count. Does nothing when the API is not configured. */
int exotel_reconcile(Arena *a, int *queued);
int exotel_task_reconcile(Arena *a);

/* Job kind "exotel_call_details": payload {"call_id":"<CallSid>"}. A 404
 * (Exotel does not know the call) ends the job; 429 and 5xx retry. */
int job_exotel_call_details(JobContext *job);

#endif
