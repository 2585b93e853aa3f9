/* gmailWebhook.c — POST /webhooks/gmail: Cloud Pub/Sub push of a Gmail
 * notification (Cloud Pub/Sub push delivery, authenticated with an OIDC
 * token; README "Gmail").
 *
 * The handler never talks to Gmail: it verifies the OIDC token, records
 * the notification (deduplicated on the Pub/Sub messageId) together with a
 * coalescing gmail_sync job in one transaction, and answers 204 only after
 * the commit. Unknown mailboxes are acknowledged (204) so Pub/Sub does not
 * redeliver them forever; a database outage answers 503 so it does. */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "store/db.h"
#include "core/config.h"
#include "core/errors.h"
#include "channels/gmail/gmailPush.h"
#include "google/googleOidc.h"
#include "handlers/handlers.h"
#include "core/log.h"

static int db_fail(Request *req, int rc)
{
    log_kv(LOG_WARN, "gmail push not recorded", "err=%s db=\"%s\"", err_name(rc), db_last_error());
    return req_fail(req, ERR_UNAVAILABLE, "the notification could not be recorded; retry later");
}

int handle_gmail_webhook(Request *req)
{
    const char *why = NULL;
    GmailPush push;
    PGresult *r = NULL;
    OidcPolicy policy = google_oidc_policy_from_config();
    int rc = google_oidc_verify(req->arena, req->authorization, &policy, (int64_t)time(NULL), &why, NULL);
    if (rc) {
        log_kv(LOG_WARN, "gmail push refused", "err=%s reason=\"%s\" remote=%s", err_name(rc), why,
               req->remote_addr);
        return req_fail(req, rc, "%s", why);
    }
    rc = gmail_push_parse(req->arena, req->body, req->body_len, &push, &why);
    if (rc) {
        log_kv(LOG_WARN, "gmail push malformed", "reason=\"%s\"", why);
        return req_fail(req, ERR_BAD_REQUEST, "%s", why);
    }
    /* One atomic statement (sql/003 record_gmail_push): mailbox lookup,
     * the notification deduplicated on the Pub/Sub messageId, and the
     * coalescing gmail_sync job. */
    const char *hid = arena_sprintf(req->arena, "%llu", (unsigned long long)push.history_id);
    const char *max_attempts = arena_sprintf(req->arena, "%d", g_config.job_max_attempts);
    const char *params[] = {push.message_id, push.email_address, hid, max_attempts};
    rc = db_exec(req->arena, &r, "SELECT support_email_id, fresh FROM record_gmail_push($1, $2, $3::numeric, $4::int)",
                 DB_NPARAMS(params), params);
    if (rc)
        return db_fail(req, rc);
    if (PQntuples(r) == 0) {
        log_kv(LOG_INFO, "gmail push for an unknown or inactive mailbox ignored",
               "mailbox=%s pubsub_id=%s", push.email_address, push.message_id);
        return req_no_content(req);
    }
    int fresh = strcmp(db_get(r, 0, 1), "t") == 0;
    log_kv(LOG_INFO, "gmail push recorded", "mailbox=%s history_id=%s pubsub_id=%s duplicate=%d",
           push.email_address, hid, push.message_id, !fresh);
    return req_no_content(req);
}
