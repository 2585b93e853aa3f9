/* jobKinds.c — which function runs each kind of job.
 * Add a line per kind; the kinds are stored in jobs.kind. */
#include <stddef.h>

#include "core/errors.h"
#include "app/jobKinds.h"
#include "channels/gmail/gmailSync.h" /* gmail */
#include "triage/triagePipeline.h" /* triage */
#include "channels/gmail/gmailSend.h" /* inbox */
#include "inbox/assignment.h" /* inbox */

/* A job that fails its first `fail_times` attempts (payload
 * {"fail_times":N}) and then succeeds: lets operators and the integration
 * tests check the retry path end to end without any provider. */
static int job_selftest(JobContext *job);

const JobKind JOB_KINDS[] = {
    {"selftest", job_selftest},
    /* --- gmail (lib/gmailSync.c) --- */
    {"gmail_sync", job_gmail_sync},
    {"gmail_watch", job_gmail_watch},
    {"gmail_stop", job_gmail_stop},
    /* --- triage (lib/triagePipeline.c) --- */
    {"triage", job_triage},
    /* --- inbox (lib/inbox/assignment.c, lib/channels/gmail/gmailSend.c) --- */
    {"assign_conversation", job_assign_conversation},
    {"assign_agent", job_assign_agent},
    {"send_email", job_send_email},
};
const size_t JOB_KINDS_COUNT = sizeof JOB_KINDS / sizeof JOB_KINDS[0];

#include "core/jsonUtil.h"
#include <stdio.h>
#include <unistd.h> /* procman: usleep for selftest sleep_ms */

static int job_selftest(JobContext *job)
{
    int64_t fail_times = 0;
    json_get_int64(job->payload, "fail_times", &fail_times);
    /* procman: {"sleep_ms":N} makes a slow job, so tests can kill its
     * worker mid-run and watch job_requeue_orphans() bring it back. */
    int64_t sleep_ms = 0;
    if (json_get_int64(job->payload, "sleep_ms", &sleep_ms) == 0 && sleep_ms > 0 && sleep_ms <= 60000)
        usleep((useconds_t)sleep_ms * 1000);
    if (job->attempts <= fail_times) {
        snprintf(job->error, sizeof job->error, "selftest failure %d of %lld", job->attempts,
                 (long long)fail_times);
        return ERR_UPSTREAM;
    }
    return 0;
}
