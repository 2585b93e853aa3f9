/* gmailWebhook.c — POST /webhooks/gmail: Cloud Pub/Sub push of a Gmail
 * notification (design §2, protocols.md §C).
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

#include "db.h"
#include "errors.h"
#include "gmailPush.h"
#include "gmailSync.h"
#include "googleOidc.h"
#include "handlers.h"
#include "log.h"

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
    const char *p1[] = {push.email_address};
    rc = db_exec(req->arena, &r, "SELECT id, is_active FROM support_emails WHERE email = $1", 1, p1);
    if (rc)
        return db_fail(req, rc);
    if (PQntuples(r) == 0 || strcmp(db_get(r, 0, 1), "t") != 0) {
        log_kv(LOG_INFO, "gmail push for an unknown or inactive mailbox ignored",
               "mailbox=%s pubsub_id=%s", push.email_address, push.message_id);
        req->status = 204;
        return 0;
    }
    int64_t id = strtoll(db_get(r, 0, 0), NULL, 10);
    const char *hid = arena_sprintf(req->arena, "%llu", (unsigned long long)push.history_id);
    const char *p2[] = {push.message_id, push.email_address, hid, db_get(r, 0, 0)};
    if ((rc = db_begin()) != 0)
        return db_fail(req, rc);
    rc = db_exec(req->arena, &r,
                 "INSERT INTO gmail_notifications (pubsub_message_id, email_address, history_id,"
                 " support_email_id) VALUES ($1, $2, $3::numeric, $4::bigint)"
                 " ON CONFLICT (pubsub_message_id) DO NOTHING RETURNING id",
                 DB_NPARAMS(p2), p2);
    int fresh = rc == 0 && PQntuples(r) == 1;
    if (rc == 0 && fresh)
        rc = gmail_enqueue_sync(req->arena, id, 0);
    if (rc == 0)
        rc = db_commit();
    if (rc) {
        db_rollback();
        return db_fail(req, rc);
    }
    log_kv(LOG_INFO, "gmail push recorded", "mailbox=%s history_id=%s pubsub_id=%s duplicate=%d",
           push.email_address, hid, push.message_id, !fresh);
    req->status = 204;
    return 0;
}
