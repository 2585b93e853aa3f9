/* wsAuth.c — GET /internal/ws-auth: nginx's nchan_authorize_request
 * subrequest for every WebSocket/EventSource subscription (README "Real-time").
 * The route is AUTH_NONE: the token travels in the subscription URL
 * (X-Original-URI "...?token=<jwt>", browsers cannot set headers on a
 * WebSocket) or, for other clients, in Authorization: Bearer.
 * Channels: inbox (admins), team-<team> (that team's agents, admins),
 * agent-<id> (that agent, admins), emails (any agent). */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "http/auth.h"
#include "core/errors.h"
#include "handlers/handlers.h"
#include "triage/triage.h"

#define WS_URI_MAX 8192

/* 1 when team is one of the comma-separated names in teams. */
static int agent_in_team(const char *teams, const char *team)
{
    size_t tl = strlen(team);
    for (const char *p = teams ? teams : ""; *p;) {
        const char *comma = strchr(p, ',');
        size_t len = comma ? (size_t)(comma - p) : strlen(p);
        if (len == tl && strncmp(p, team, tl) == 0)
            return 1;
        p += len + (comma ? 1 : 0);
    }
    return 0;
}

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
    } else if (strncmp(channel, "team-", 5) == 0 && triage_team_index(channel + 5) >= 0) {
        allowed = req->agent.is_admin || agent_in_team(req->agent.teams, channel + 5);
    } else {
        return req_fail(req, ERR_FORBIDDEN, "unknown channel");
    }
    if (!allowed)
        return req_fail(req, ERR_FORBIDDEN, "not allowed to subscribe to this channel");
    return req_reply(req, 200, json_object_new_object());
}
