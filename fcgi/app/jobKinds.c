/* jobKinds.c — which function runs each kind of job.
 * Add a line per kind; the kinds are stored in jobs.kind. */
#include <stddef.h>

#include "core/errors.h"
#include "app/jobKinds.h"
#include "channels/gmail/gmailSync.h" /* gmail */
#include "triage/triagePipeline.h" /* triage */

/* Test-only kinds (selftest) live in tests/csdTest/, linked into the test
 * build only (app/app.h). */
const JobKind JOB_KINDS[] = {
    /* --- gmail (lib/channels/gmail/gmailSync.c) --- */
    {"gmail_sync", job_gmail_sync},
    {"gmail_watch", job_gmail_watch},
    {"gmail_stop", job_gmail_stop},
    /* --- triage (lib/triage/triagePipeline.c) --- */
    {"triage", job_triage},
};
const size_t JOB_KINDS_COUNT = sizeof JOB_KINDS / sizeof JOB_KINDS[0];
