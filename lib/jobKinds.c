/* jobKinds.c — which function runs each kind of job.
 * Add a line per kind; the kinds are stored in jobs.kind. */
#include <stddef.h>

#include "errors.h"
#include "jobQueue.h"
#include "gmailSync.h" /* gmail */

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
};
const size_t JOB_KINDS_COUNT = sizeof JOB_KINDS / sizeof JOB_KINDS[0];

#include "jsonUtil.h"
#include <stdio.h>

static int job_selftest(JobContext *job)
{
    int64_t fail_times = 0;
    json_get_int64(job->payload, "fail_times", &fail_times);
    if (job->attempts <= fail_times) {
        snprintf(job->error, sizeof job->error, "selftest failure %d of %lld", job->attempts,
                 (long long)fail_times);
        return ERR_UPSTREAM;
    }
    return 0;
}
