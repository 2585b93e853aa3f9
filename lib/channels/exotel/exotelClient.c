/* exotelClient.c — Call Details API and reconciliation (see exotelClient.h). */
#include "channels/exotel/exotelClient.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "channels/exotel/exotelEvent.h"
#include "channels/ivr/callStore.h"
#include "core/base64.h"
#include "core/config.h"
#include "core/errors.h"
#include "core/jsonUtil.h"
#include "core/log.h"
#include "net/httpClient.h"
#include "store/db.h"

/* A Call Details answer is small; anything bigger is not one. */
#define EXOTEL_MAX_RESPONSE (256u * 1024u)

int exotel_api_configured(void)
{
    return g_config.exotel_sid && g_config.exotel_api_key && g_config.exotel_api_token;
}

int exotel_reconcile(Arena *a, int *queued)
{
    PGresult *r = NULL;
    if (queued)
        *queued = 0;
    if (!exotel_api_configured())
        return 0;
    const char *p[] = {arena_sprintf(a, "%d", g_config.exotel_reconcile_after_seconds),
                       arena_sprintf(a, "%d", g_config.job_max_attempts),
                       arena_sprintf(a, "%d", EXOTEL_RECONCILE_MAX_ATTEMPTS),
                       arena_sprintf(a, "%d", EXOTEL_RECONCILE_BATCH)};
    int rc = db_exec(a, &r,
                     "WITH due AS (SELECT id FROM calls WHERE provider = 'exotel' AND status IS NULL"
                     "  AND COALESCE(started_at, created_at) <= now() - $1::int * interval '1 second'"
                     "  AND reconcile_attempts < $3::int"
                     "  AND (reconciled_at IS NULL OR reconciled_at <= now() - $1::int * interval '1 second')"
                     "  ORDER BY created_at LIMIT $4::int FOR UPDATE SKIP LOCKED)"
                     " UPDATE calls c SET reconcile_attempts = c.reconcile_attempts + 1, reconciled_at = now()"
                     " FROM due WHERE c.id = due.id"
                     " RETURNING c.provider_call_id, enqueue_job('exotel_call_details',"
                     "  jsonb_build_object('call_id', c.provider_call_id), 0, $2::int,"
                     "  'exotel_call_details:' || c.provider_call_id)",
                     DB_NPARAMS(p), p);
    if (rc)
        return rc;
    if (PQntuples(r) > 0)
        log_kv(LOG_INFO, "exotel reconciliation queued", "calls=%d", PQntuples(r));
    if (queued)
        *queued = PQntuples(r);
    return 0;
}

int exotel_task_reconcile(Arena *a) { return exotel_reconcile(a, NULL); }

int job_exotel_call_details(JobContext *job)
{
    Arena *a = job->arena;
    const char *sid = json_get_str(job->payload, "call_id");
    const char *why = NULL;
    if (!sid || !*sid) {
        snprintf(job->error, sizeof job->error, "payload needs call_id");
        return ERR_PERMANENT;
    }
    if (!exotel_api_configured()) {
        snprintf(job->error, sizeof job->error, "EXOTEL_SID, EXOTEL_API_KEY and EXOTEL_API_TOKEN are not all set");
        return ERR_PERMANENT;
    }
    const char *cred = arena_sprintf(a, "%s:%s", g_config.exotel_api_key, g_config.exotel_api_token);
    const char *auth = arena_sprintf(a, "Authorization: Basic %s", base64_encode(a, cred, strlen(cred), 0));
    const char *headers[] = {auth, "Accept: application/json", NULL};
    const char *url = arena_sprintf(a, "%s/v1/Accounts/%s/Calls/%s.json?details=true&RecordingUrlValidity=60",
                                    g_config.exotel_api_base_url, http_url_encode(a, g_config.exotel_sid),
                                    http_url_encode(a, sid));
    HttpRequest req = {.method = "GET", .url = url, .headers = headers, .max_response = EXOTEL_MAX_RESPONSE};
    HttpResponse res;
    int rc = http_request(a, &req, &res);
    if (rc) {
        snprintf(job->error, sizeof job->error, "Exotel Call Details: %s", err_name(rc));
        return rc;
    }
    if (res.status == 404) {
        log_kv(LOG_WARN, "exotel does not know the call", "call_sid=%s", log_safe(a, sid, CALL_ID_MAX, LOG_SAFE_TOKEN));
        return 0;
    }
    if (res.status == 429 || res.status >= 500) {
        if (res.retry_after_seconds > 0)
            job->retry_delay_ms = res.retry_after_seconds * 1000;
        snprintf(job->error, sizeof job->error, "Exotel Call Details answered %ld", res.status);
        return res.status == 429 ? ERR_RATE_LIMITED : ERR_UPSTREAM;
    }
    if (res.status != 200) {
        snprintf(job->error, sizeof job->error, "Exotel Call Details answered %ld (check EXOTEL_SID and the key)",
                 res.status);
        return ERR_PERMANENT;
    }
    CallEvent e;
    if (exotel_event_from_details(a, res.body, res.body_len, &e, &why) != 0) {
        snprintf(job->error, sizeof job->error, "Exotel Call Details: %s", why);
        return ERR_PERMANENT;
    }
    if (strcmp(e.call_id, sid) != 0) {
        snprintf(job->error, sizeof job->error, "Exotel Call Details answered about another call");
        return ERR_PERMANENT;
    }
    int fresh = 0;
    rc = call_event_record(a, &e, res.body, &fresh);
    if (rc) {
        snprintf(job->error, sizeof job->error, "recording the details: %s", err_name(rc));
        return rc;
    }
    log_kv(LOG_INFO, "exotel call details recorded", "call_sid=%s status=%s new=%d warning=\"%s\"",
           log_safe(a, sid, CALL_ID_MAX, LOG_SAFE_TOKEN), e.status ? e.status : "-", fresh,
           log_safe(a, e.warning, 300, LOG_SAFE_QUOTED));
    return 0;
}
