/* gmailWatch.c — POST /support-emails/:id/watch and /stop-watch (admin).
 * Placeholder until the Gmail work fills in users.watch / users.stop: the
 * mailbox must exist (404), and Gmail must be configured (503). */
#include <stdio.h>

#include "config.h"
#include "db.h"
#include "errors.h"
#include "handlers.h"
#include "handlers/apiUtil.h"

static int require_mailbox(Request *req)
{
    int64_t id = 0;
    PGresult *r = NULL;
    int rc = req_param_id(req, "id", &id);
    if (rc)
        return rc;
    char idbuf[24];
    snprintf(idbuf, sizeof idbuf, "%lld", (long long)id);
    const char *params[] = {idbuf};
    rc = db_exec(req->arena, &r, "SELECT 1 FROM support_emails WHERE id = $1::bigint", 1, params);
    if (rc)
        return api_db_fail(req, rc);
    if (PQntuples(r) == 0)
        return req_fail(req, ERR_NOT_FOUND, "no support email with id %lld", (long long)id);
    return 0;
}

static int gmail_unavailable(Request *req)
{
    if (!config_gmail_enabled(&g_config)) {
        req->err_code_name = "gmail_not_configured";
        return req_fail(req, ERR_UNAVAILABLE,
                        "Gmail is not configured: set GOOGLE_SERVICE_ACCOUNT_FILE (a service-account key "
                        "with domain-wide delegation) and GOOGLE_PUBSUB_TOPIC");
    }
    return req_fail(req, ERR_UNAVAILABLE, "Gmail watch is not available in this build yet");
}

int handle_support_emails_watch(Request *req)
{
    int rc = require_mailbox(req);
    return rc ? rc : gmail_unavailable(req);
}

int handle_support_emails_stop_watch(Request *req)
{
    int rc = require_mailbox(req);
    return rc ? rc : gmail_unavailable(req);
}
