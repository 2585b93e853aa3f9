/* interaktWebhook.c — POST /webhooks/interakt: WhatsApp messages and
 * delivery statuses from Interakt (channelProtocols.md §1).
 *
 * Interakt wants a 200 within 3 seconds and disables a webhook that keeps
 * failing, so the handler only authenticates (HMAC-SHA256 of the exact raw
 * body under INTERAKT_WEBHOOK_SECRET, compared in constant time), parses,
 * and records each event with its job (lib/channels/interakt/interaktStore.c);
 * job workers do the rest. A 200 is sent only after the commit. */
#include <string.h>

#include "channels/interakt/interaktStore.h"
#include "channels/interakt/interaktWebhook.h"
#include "core/config.h"
#include "core/errors.h"
#include "core/jsonUtil.h"
#include "core/log.h"
#include "crypto/hmac.h"
#include "handlers/handlers.h"
#include "store/db.h"

int handle_interakt_webhook(Request *req)
{
    const char *secret = g_config.interakt_webhook_secret;
    if (!secret || !*secret) {
        log_kv(LOG_WARN, "interakt webhook refused: INTERAKT_WEBHOOK_SECRET is not set", "remote=%s",
               req->remote_addr);
        return req_fail(req, ERR_UNAVAILABLE, "the Interakt webhook is not configured");
    }
    const char *sig = req_header(req, "Interakt-Signature");
    if (!sig)
        sig = req_header(req, "X-Interakt-Signature");
    if (!hmac_signature_valid(sig, secret, req->body, req->body_len)) {
        /* Neither the header nor the body is logged: a forged request's
         * content is not ours to keep. */
        log_kv(LOG_WARN, "interakt webhook refused: bad signature", "signature=%s remote=%s bytes=%zu",
               sig ? "wrong" : "missing", req->remote_addr, req->body_len);
        return req_fail(req, ERR_UNAUTHORIZED, "%s Interakt-Signature",
                        sig ? "invalid" : "missing");
    }
    InteraktBody body;
    const char *why = NULL;
    int rc = interakt_body_parse(req->arena, req->body, req->body_len, &body, &why);
    if (rc) {
        log_kv(LOG_WARN, "interakt webhook rejected", "reason=\"%s\" bytes=%zu", why, req->body_len);
        return req_fail(req, rc, "%s", why);
    }
    InteraktRecordResult res;
    rc = interakt_record(req->arena, &body, &res);
    if (rc) {
        log_kv(LOG_WARN, "interakt event not recorded", "err=%s db=\"%s\"", err_name(rc), db_last_error());
        return req_fail(req, rc == ERR_UNAVAILABLE ? rc : ERR_UNAVAILABLE,
                        "the event could not be recorded; retry later");
    }
    log_kv(LOG_DEBUG, "interakt webhook recorded", "events=%d fresh=%d duplicates=%d ignored=%d type=%s",
           body.nevents, res.fresh, res.duplicates, res.ignored, body.events[0].type);
    json_object *o = json_object_new_object();
    json_object_object_add(o, "received", json_object_new_int(body.nevents));
    json_object_object_add(o, "duplicates", json_object_new_int(res.duplicates));
    return req_reply(req, 200, o);
}
