/* ivrWebhook.c — phone calls from IVR providers (design §12, §13):
 *
 *   GET|POST /webhooks/ivr/exotel/:token   Exotel Passthru (query string)
 *                                          and StatusCallback (form or JSON)
 *   POST     /webhooks/ivr/generic         any IVR, JSON signed with
 *                                          X-Signature: sha256=<hex HMAC>
 *
 * Like the Gmail webhook: authenticate, record the event with its fold
 * job in one statement (lib/channels/ivr/callStore.c), answer 200 only
 * after the commit; the job does the rest. Exotel cannot sign, so its
 * secret is the path token, compared in constant time and never logged
 * (the request logs show the route pattern's masked path). Values that do
 * not parse (a time, a number) are logged and dropped, the raw request is
 * kept, and the call is still recorded; a database outage answers 503 so
 * the provider retries.
 */
#include <string.h>
#include <strings.h>

#include "channels/exotel/exotelEvent.h"
#include "channels/ivr/callStore.h"
#include "channels/ivr/ivrGeneric.h"
#include "core/config.h"
#include "core/errors.h"
#include "core/log.h"
#include "core/urlForm.h"
#include "crypto/hmac.h"
#include "handlers/handlers.h"
#include "store/db.h"

static int content_type_is(const Request *req, const char *type)
{
    size_t n = strlen(type);
    const char *ct = req->content_type;
    return strncasecmp(ct, type, n) == 0 && (ct[n] == '\0' || ct[n] == ';' || ct[n] == ' ');
}

/* Records e, answers 200 {"ok":true,"duplicate":...}. */
static int record(Request *req, const CallEvent *e, const char *raw)
{
    int fresh = 0;
    int rc = call_event_record(req->arena, e, raw, &fresh);
    if (rc) {
        log_kv(LOG_WARN, "call event not recorded", "provider=%s err=%s db=\"%s\"", e->provider, err_name(rc),
               db_last_error());
        return req_fail(req, ERR_UNAVAILABLE, "the call event could not be recorded; retry later");
    }
    log_kv(e->warning ? LOG_WARN : LOG_INFO, "call event recorded",
           "provider=%s kind=%s call_sid=%s status=%s duplicate=%d warning=\"%s\"", e->provider, e->kind,
           log_safe(req->arena, e->call_id, CALL_ID_MAX, LOG_SAFE_TOKEN),
           log_safe(req->arena, e->status_raw, 64, LOG_SAFE_TOKEN), !fresh,
           log_safe(req->arena, e->warning, 300, LOG_SAFE_QUOTED));
    json_object *o = json_object_new_object();
    json_object_object_add(o, "ok", json_object_new_boolean(1));
    json_object_object_add(o, "duplicate", json_object_new_boolean(!fresh));
    return req_reply(req, 200, o);
}

int handle_ivr_exotel(Request *req)
{
    const char *why = NULL;
    if (!g_config.exotel_webhook_token)
        return req_fail(req, ERR_UNAVAILABLE, "Exotel is not configured (EXOTEL_WEBHOOK_TOKEN)");
    if (!secret_equal(req_param(req, "token"), g_config.exotel_webhook_token)) {
        log_kv(LOG_WARN, "exotel webhook refused: wrong token", "remote=%s", req->remote_addr);
        return req_fail(req, ERR_FORBIDDEN, "wrong webhook token");
    }
    CallEvent e;
    UrlForm *form = arena_alloc(req->arena, sizeof *form);
    const char *raw = NULL;
    int rc = 0;
    if (strcmp(req->method, "GET") == 0) {
        raw = req->query;
        rc = url_form_parse(req->arena, raw, strlen(raw), form);
        if (rc == 0)
            rc = exotel_event_from_form(req->arena, form, "passthru", &e, &why);
    } else if (content_type_is(req, "application/json")) {
        json_object *o = NULL;
        raw = req->body;
        if (!text_valid_utf8(req->body, req->body_len))
            return req_fail(req, ERR_BAD_REQUEST, "the body is not UTF-8 text");
        if ((rc = req_json_body(req, &o)) != 0)
            return rc;
        rc = exotel_event_from_json(req->arena, o, &e, &why);
    } else if (content_type_is(req, "application/x-www-form-urlencoded") || !*req->content_type) {
        raw = req->body;
        rc = url_form_parse(req->arena, req->body, req->body_len, form);
        if (rc == 0)
            rc = exotel_event_from_form(req->arena, form, "status", &e, &why);
    } else {
        return req_fail(req, ERR_MEDIA_TYPE, "a StatusCallback is application/x-www-form-urlencoded or JSON");
    }
    if (rc == ERR_TOO_LARGE || rc == ERR_PARSE)
        why = rc == ERR_PARSE ? "a parameter holds a NUL byte or is not UTF-8 text" : "too many parameters";
    if (rc) {
        log_kv(LOG_WARN, "exotel webhook malformed", "method=%s reason=\"%s\"",
               log_safe(req->arena, req->method, 8, LOG_SAFE_TOKEN), why);
        return req_fail(req, ERR_BAD_REQUEST, "%s", why);
    }
    return record(req, &e, raw);
}

int handle_ivr_generic(Request *req)
{
    const char *why = NULL;
    if (!g_config.ivr_webhook_secret)
        return req_fail(req, ERR_UNAVAILABLE, "the generic IVR webhook is not configured (IVR_WEBHOOK_SECRET)");
    if (!hmac_signature_valid(req_header(req, "X-Signature"), g_config.ivr_webhook_secret, req->body,
                              req->body_len)) {
        log_kv(LOG_WARN, "ivr webhook refused: bad signature", "remote=%s", req->remote_addr);
        return req_fail(req, ERR_UNAUTHORIZED, "X-Signature must be sha256=<hex HMAC-SHA256 of the body>");
    }
    if (!content_type_is(req, "application/json"))
        return req_fail(req, ERR_MEDIA_TYPE, "Content-Type must be application/json");
    if (!text_valid_utf8(req->body, req->body_len))
        return req_fail(req, ERR_BAD_REQUEST, "the body is not UTF-8 text");
    CallEvent e;
    int rc = ivr_generic_parse(req->arena, req->body, req->body_len, &e, &why);
    if (rc) {
        log_kv(LOG_WARN, "ivr webhook refused", "reason=\"%s\"", log_safe(req->arena, why, 300, LOG_SAFE_QUOTED));
        return req_fail(req, rc, "%s", why);
    }
    return record(req, &e, req->body);
}
