/* auth.c — Authorization: Bearer <JWT> for every route that needs it.
 * The token only names the agent; the role comes from the agents table. */
#include "http/auth.h"

#include <string.h>
#include <strings.h>
#include <time.h>

#include "inbox/agents.h"
#include "core/config.h"
#include "core/errors.h"
#include "core/jsonUtil.h"
#include "crypto/jwt.h"
#include "store/db.h"
#include "store/dbNotify.h"
#include "core/log.h"
#include "http/router.h"

/* Who a token's `sub` is, cached per worker: most requests then need no
 * agents query. Exact invalidation: sql/002 NOTIFYs agents_changed on any
 * change to the table and every lookup first syncs the channel's
 * generation (lib/dbNotify.h), so a deactivated agent is refused on the
 * next request. AUTH_CACHE_TTL bounds staleness should a notification ever
 * be missed (e.g. the trigger dropped by hand). */
#define AUTH_CACHE_SLOTS 64
#define AUTH_CACHE_TTL 60

typedef struct CachedAgent {
    char sub[EMAIL_MAX_LEN + 1];
    int64_t id;
    char name[201];
    char email[EMAIL_MAX_LEN + 1];
    char role[8];
    char teams[160]; /* seven team names at most (triageTeams.c) */
    int active;
    time_t fetched;
    uint64_t generation;
} CachedAgent;

static CachedAgent g_cache[AUTH_CACHE_SLOTS];
static int g_cache_next; /* round-robin replacement */
static int g_cache_usable; /* the last db_notify_sync() succeeded */

static const CachedAgent *cache_find(const char *sub)
{
    time_t now = time(NULL);
    uint64_t gen = db_notify_generation(DB_CHANNEL_AGENTS);
    if (!g_cache_usable)
        return NULL;
    for (int i = 0; i < AUTH_CACHE_SLOTS; i++)
        if (g_cache[i].sub[0] && g_cache[i].generation == gen && strcmp(g_cache[i].sub, sub) == 0 &&
            now - g_cache[i].fetched < AUTH_CACHE_TTL)
            return &g_cache[i];
    return NULL;
}

static void cache_put(const char *sub, const AgentRecord *ag)
{
    if (!g_cache_usable || strlen(sub) > EMAIL_MAX_LEN)
        return; /* without LISTEN we could not hear about changes */
    CachedAgent *e = &g_cache[g_cache_next];
    g_cache_next = (g_cache_next + 1) % AUTH_CACHE_SLOTS;
    snprintf(e->sub, sizeof e->sub, "%s", sub);
    e->id = ag->id;
    snprintf(e->name, sizeof e->name, "%s", ag->name ? ag->name : "");
    snprintf(e->email, sizeof e->email, "%s", ag->email ? ag->email : "");
    snprintf(e->role, sizeof e->role, "%s", ag->role ? ag->role : "agent");
    snprintf(e->teams, sizeof e->teams, "%s", ag->teams ? ag->teams : "");
    e->active = ag->active;
    e->fetched = time(NULL);
    e->generation = db_notify_generation(DB_CHANNEL_AGENTS);
}

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
    g_cache_usable = db_notify_sync() == 0;
    const CachedAgent *hit = cache_find(sub);
    if (hit) {
        ag.id = hit->id;
        ag.name = arena_strdup(req->arena, hit->name);
        ag.email = arena_strdup(req->arena, hit->email);
        ag.role = arena_strdup(req->arena, hit->role);
        ag.teams = arena_strdup(req->arena, hit->teams);
        ag.active = hit->active;
        rc = 0;
    } else {
        rc = agent_find(req->arena, sub, &ag);
        if (rc == 0)
            cache_put(sub, &ag);
    }
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
    req->agent.teams = ag.teams ? ag.teams : "";
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
