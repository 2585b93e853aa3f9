/* routes.c — the route table: method, pattern, handler, auth, body limit.
 * Keep docs/openapi in nginx/static/openapi.json in step: a test compares
 * the two. */
#include "handlers.h"
#include "router.h"

const Route ROUTES[] = {
    {"GET", "/health", handle_health, AUTH_NONE, 0, "health"},
    /* --- mailboxes, emails, admin (api) --- */
    /* --- gmail webhook and watch (gmail) --- */
    /* --- triage (triage) --- */
};
const size_t ROUTES_COUNT = sizeof ROUTES / sizeof ROUTES[0];
