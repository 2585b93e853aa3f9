/* auth.c — Authorization: Bearer <JWT> for every route that needs it.
 * The token only names the agent; the role comes from the agents table. */
#include "auth.h"

#include <string.h>
#include <strings.h>
#include <time.h>

#include "agents.h"
#include "config.h"
#include "errors.h"
#include "jsonUtil.h"
#include "jwt.h"
#include "router.h"

int auth_token(Request *req, const char *token)
{
    json_object *claims = NULL;
    const char *why = NULL;
    AgentRecord ag;
    req->authenticated = 0;
    if (!token || !*token)
        return req_fail(req, ERR_UNAUTHORIZED, "missing bearer token");
    int rc = jwt_verify_hs256_ex(req->arena, token, g_config.auth_jwt_secret, (int64_t)time(NULL),
                                 AUTH_LEEWAY_SECONDS, &claims, &why);
    if (rc == ERR_INTERNAL)
        return req_fail(req, ERR_INTERNAL, "%s", why);
    if (rc)
        return req_fail(req, ERR_UNAUTHORIZED, "%s", why);
    /* sub = agent id or email; Supabase puts a UUID in sub and the address
     * in the email claim. */
    const char *sub = json_get_str(claims, "sub");
    if (sub && !strchr(sub, '@') && strspn(sub, "0123456789") != strlen(sub))
        sub = json_get_str(claims, "email");
    if (!sub || !*sub)
        return req_fail(req, ERR_UNAUTHORIZED, "token names no agent (sub claim missing)");
    rc = agent_find(req->arena, sub, &ag);
    if (rc == ERR_UNAVAILABLE)
        return req_fail(req, ERR_UNAVAILABLE, "database unavailable, retry shortly");
    if (rc == ERR_NOT_FOUND)
        return req_fail(req, ERR_UNAUTHORIZED, "unknown agent");
    if (rc)
        return req_fail(req, ERR_INTERNAL, "agent lookup failed");
    if (!ag.active)
        return req_fail(req, ERR_UNAUTHORIZED, "agent is inactive");
    req->agent.id = ag.id;
    req->agent.email = ag.email;
    req->agent.name = ag.name;
    req->agent.role = ag.role;
    req->agent.is_admin = ag.role && strcmp(ag.role, "admin") == 0;
    req->authenticated = 1;
    return 0;
}

int auth_require(Request *req, AuthRule rule)
{
    if (rule == AUTH_NONE)
        return 0;
    const char *h = req->authorization;
    if (!h || !*h)
        return req_fail(req, ERR_UNAUTHORIZED, "missing Authorization header (expected: Bearer <token>)");
    if (strncasecmp(h, "Bearer ", 7) != 0)
        return req_fail(req, ERR_UNAUTHORIZED, "Authorization header must use the Bearer scheme");
    const char *tok = h + 7;
    while (*tok == ' ')
        tok++;
    int rc = auth_token(req, tok);
    if (rc)
        return rc;
    if (rule == AUTH_ADMIN && !req->agent.is_admin)
        return req_fail(req, ERR_FORBIDDEN, "this route requires an admin");
    return 0;
}
