/* jobKinds.c — which function runs each kind of job.
 * Add a line per kind; the kinds are stored in jobs.kind. */
#include <stddef.h>

#include "core/errors.h"
#include "app/jobKinds.h"
#include "channels/gmail/gmailSync.h" /* gmail */
#include "triage/triagePipeline.h" /* triage */
#include "channels/gmail/gmailSend.h" /* inbox */
#include "inbox/assignment.h" /* inbox */
#include "channels/interakt/interaktSend.h" /* whatsapp */
#include "channels/interakt/interaktStore.h" /* whatsapp */
#include "inbox/mediaStore.h" /* whatsapp */
#include "channels/exotel/exotelClient.h" /* calls */
#include "channels/ivr/callStore.h" /* calls */

/* Test-only kinds (selftest) live in tests/csdTest/, linked into the test
 * build only (app/app.h). */
const JobKind JOB_KINDS[] = {
    /* --- gmail (lib/channels/gmail/gmailSync.c) --- */
    {"gmail_sync", job_gmail_sync},
    {"gmail_watch", job_gmail_watch},
    {"gmail_stop", job_gmail_stop},
    /* --- triage (lib/triage/triagePipeline.c) --- */
    {"triage", job_triage},
    /* --- inbox (lib/inbox/assignment.c, lib/channels/gmail/gmailSend.c) --- */
    {"assign_conversation", job_assign_conversation},
    {"assign_agent", job_assign_agent},
    {"send_email", job_send_email},
    /* --- whatsapp (lib/channels/interakt, lib/inbox/mediaStore.c) --- */
    {"interakt_event", job_interakt_event},
    {"send_chat", job_send_chat},
    {"media_fetch", job_media_fetch},
    /* --- calls (lib/channels/ivr/callStore.c, lib/channels/exotel/exotelClient.c) --- */
    {"call_fold", job_call_fold},
    {"exotel_call_details", job_exotel_call_details},
};
const size_t JOB_KINDS_COUNT = sizeof JOB_KINDS / sizeof JOB_KINDS[0];
