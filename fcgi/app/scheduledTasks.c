/* scheduledTasks.c — the scheduler's task table. Add one line per task. */
#include "channels/gmail/gmailSync.h" /* gmail */
#include "jobs/jobQueue.h"
#include "app/scheduledTasks.h"
#include "triage/triageRetrain.h" /* triage */

static int task_requeue_orphans(Arena *a)
{
    (void)a;
    int n = job_requeue_orphans();
    return n < 0 ? n : 0;
}

const ScheduledTask SCHEDULED_TASKS[] = {
    {"requeue_orphan_jobs", 5, 0, task_requeue_orphans},
    /* --- gmail (watch renewal, safety poll) --- */
    {"gmail_renew_watches", 86400, GMAIL_RENEW_LOCK_KEY, gmail_task_renew_watches},
    {"gmail_safety_poll", 600, GMAIL_POLL_LOCK_KEY, gmail_task_safety_poll},
    /* --- triage: checks every minute; retrains per TRIAGE_RETRAIN_INTERVAL_SECONDS (0 = off) --- */
    {"triage_retrain", 60, TRIAGE_RETRAIN_LOCK_KEY, triage_task_retrain},
};
const unsigned SCHEDULED_TASKS_COUNT = sizeof SCHEDULED_TASKS / sizeof SCHEDULED_TASKS[0];
