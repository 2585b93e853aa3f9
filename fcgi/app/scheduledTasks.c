/* scheduledTasks.c — the scheduler's task table. Add one line per task. */
#include "channels/gmail/gmailSync.h" /* gmail */
#include "channels/exotel/exotelClient.h" /* calls */
#include "jobs/jobQueue.h"
#include "app/scheduledTasks.h"
#include "reports/reports.h" /* dashboard */
#include "triage/triageRetrain.h" /* triage */

static int task_requeue_orphans(Arena *a)
{
    (void)a;
    int n = job_requeue_orphans();
    return n < 0 ? n : 0;
}

/* Dirty days are computed live by the reports; this keeps them few. The
 * SQL function takes its own advisory lock, so many hosts are safe. */
static int task_reports_refresh(Arena *a) { return reports_refresh(a, NULL); }

const ScheduledTask SCHEDULED_TASKS[] = {
    {"requeue_orphan_jobs", 5, 0, task_requeue_orphans},
    /* --- gmail (watch renewal, safety poll) --- */
    {"gmail_renew_watches", 86400, GMAIL_RENEW_LOCK_KEY, gmail_task_renew_watches},
    {"gmail_safety_poll", 600, GMAIL_POLL_LOCK_KEY, gmail_task_safety_poll},
    /* --- calls: ask Exotel about calls whose status callback never came --- */
    {"exotel_reconcile", 60, EXOTEL_RECONCILE_LOCK_KEY, exotel_task_reconcile},
    /* --- dashboard (rollups of dirty days) --- */
    {"reports_refresh", 60, 0, task_reports_refresh},
    /* --- triage: checks every minute; retrains per TRIAGE_RETRAIN_INTERVAL_SECONDS (0 = off) --- */
    {"triage_retrain", 60, TRIAGE_RETRAIN_LOCK_KEY, triage_task_retrain},
};
const unsigned SCHEDULED_TASKS_COUNT = sizeof SCHEDULED_TASKS / sizeof SCHEDULED_TASKS[0];
