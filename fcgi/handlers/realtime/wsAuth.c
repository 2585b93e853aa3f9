/* wsAuth.c — GET /internal/ws-auth: nginx's nchan_authorize_request
 * subrequest for every WebSocket/EventSource subscription (README "Real-time").
 * The route is AUTH_NONE: the token travels in the subscription URL
 * (X-Original-URI "...?token=<jwt>", browsers cannot set headers on a
 * WebSocket) or, for other clients, in Authorization: Bearer. */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "http/auth.h"
#include "core/errors.h"
#include "handlers/handlers.h"

#define WS_URI_MAX 8192

int handle_ws_auth(Request *req)
{
    const char *uri = req_header(req, "X-Original-URI");
    if (!uri || !*uri)
        return req_fail(req, ERR_FORBIDDEN, "missing X-Original-URI");
    if (strlen(uri) > WS_URI_MAX)
        return req_fail(req, ERR_FORBIDDEN, "subscription URI too long");
    const char *q = strchr(uri, '?');
    size_t plen = q ? (size_t)(q - uri) : strlen(uri);
    const char *path = arena_strndup(req->arena, uri, plen);
    /* The channel is the last path segment: /ws/<channel>. */
    const char *slash = strrchr(path, '/');
    const char *channel = slash ? slash + 1 : "";
    /* The token from the original query string, decoded like req_query(). */
    Request view = *req;
    view.query = q ? q + 1 : "";
    const char *token = req_query(&view, "token");
    if ((!token || !*token) && strncasecmp(req->authorization, "Bearer ", 7) == 0)
        token = req->authorization + 7;
    int rc = auth_token(req, token);
    if (rc)
        return rc;
    int allowed = 0;
    if (strcmp(channel, "inbox") == 0) {
        allowed = req->agent.is_admin;
    } else if (strcmp(channel, "emails") == 0) {
        allowed = 1;
    } else if (strncmp(channel, "agent-", 6) == 0 && channel[6] && strlen(channel + 6) <= 18 &&
               strspn(channel + 6, "0123456789") == strlen(channel + 6)) {
        char mine[32];
        snprintf(mine, sizeof mine, "%lld", (long long)req->agent.id);
        allowed = req->agent.is_admin || strcmp(channel + 6, mine) == 0;
    } else {
        return req_fail(req, ERR_FORBIDDEN, "unknown channel");
    }
    if (!allowed)
        return req_fail(req, ERR_FORBIDDEN, "not allowed to subscribe to this channel");
    return req_reply(req, 200, json_object_new_object());
}
