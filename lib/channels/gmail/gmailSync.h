/* gmailSync.h — Gmail mailboxes into the inbox: the gmail_sync,
 * gmail_watch and gmail_stop job kinds, the watch calls the API uses, and
 * the scheduler's daily watch renewal and hourly safety poll.
 *
 * One sync per mailbox at a time (a session advisory lock on the job
 * worker's connection). The history cursor moves only after every message
 * up to it is stored, and inserts are idempotent, so a sync killed at any
 * point loses nothing and duplicates nothing when it runs again.
 */
#ifndef CS_GMAIL_SYNC_H
#define CS_GMAIL_SYNC_H

#include <stddef.h>
#include <stdint.h>

#include "core/arena.h"
#include "jobs/jobQueue.h"

/* Advisory-lock keys: per mailbox GMAIL_SYNC_LOCK_BASE + id; scheduler
 * tasks use their own constants. */
#define GMAIL_SYNC_LOCK_BASE INT64_C(0x676D61696C000000)
#define GMAIL_RENEW_LOCK_KEY INT64_C(0x676D77617463)
#define GMAIL_POLL_LOCK_KEY INT64_C(0x676D706F6C6C)
#define GMAIL_SYNC_BUSY_DELAY_MS 2000
#define GMAIL_FULL_SYNC_QUERY "newer_than:7d"
#define GMAIL_FULL_SYNC_MAX 500

/* Job kinds (fcgi/app/jobKinds.c). Payloads: {"support_email_id":N} for sync,
 * {"support_email_id":N,"email":"..."} for watch and stop. */
int job_gmail_sync(JobContext *job);
int job_gmail_watch(JobContext *job);
int job_gmail_stop(JobContext *job);

/* Enqueues a coalescing gmail_sync job (dedupe key gmail_sync:<id>), in
 * the caller's transaction when one is open. */
int gmail_enqueue_sync(Arena *a, int64_t support_email_id, long delay_ms);
/* Enqueues gmail_watch / gmail_stop for a mailbox. */
int gmail_enqueue_watch(Arena *a, int64_t support_email_id, const char *email);
int gmail_enqueue_stop(Arena *a, int64_t support_email_id, const char *email);

/* Syncs one mailbox now. 0 (also when skipped: unknown, inactive, or a
 * sync already running — then a follow-up is queued), or a negative
 * ErrCode: retryable ones set *retry_delay_ms from Retry-After (0 when
 * none). err gets a readable text. */
int gmail_sync_mailbox(Arena *a, int64_t support_email_id, long *retry_delay_ms, char *err,
                       size_t errlen);

/* users.watch for a mailbox: stores watch_expiration and, only when the
 * mailbox has no cursor yet, history_id. On a Google error the mailbox's
 * last_error is set. 0 and *expiration_ms, or a negative ErrCode
 * (ERR_UNAVAILABLE when Gmail is not configured) with err filled. */
int gmail_watch_mailbox(Arena *a, int64_t support_email_id, const char *email, int64_t *expiration_ms,
                        char *err, size_t errlen);
/* users.stop for a mailbox; clears watch_expiration (id 0: the row is gone). */
int gmail_stop_mailbox(Arena *a, int64_t support_email_id, const char *email, char *err,
                       size_t errlen);

/* Scheduler tasks (fcgi/app/scheduledTasks.c). */
int gmail_task_renew_watches(Arena *a);
int gmail_task_safety_poll(Arena *a);

#endif
