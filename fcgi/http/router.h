/* router.h — the route table and dispatch.
 *
 * Routes are data (like nginx's ngx_command_t or kore's route config):
 * method, a pattern with ":name" segments, the handler, who may call it,
 * and the body limit. router_dispatch() runs every generic check before a
 * handler runs (404/405, 413, auth 401/403) — handlers only do their job.
 */
#ifndef CS_ROUTER_H
#define CS_ROUTER_H

#include <stddef.h>

#include "http/request.h"

typedef int (*HandlerFn)(Request *req);

typedef struct Route {
    const char *method;   /* "GET", "POST", "PATCH", "DELETE", "PUT" */
    const char *pattern;  /* "/support-emails/:id/watch" */
    HandlerFn handler;
    AuthRule auth;
    size_t max_body;      /* 0 = the configured CSD_MAX_BODY_BYTES */
    const char *name;     /* short name for logs and the scoreboard */
} Route;

/* The application's routes (fcgi/app/routes.c). */
extern const Route ROUTES[];
extern const size_t ROUTES_COUNT;

/* Finds the route for req->method and req->path in routes[0..n), fills the
 * path params. Returns the route, or NULL with *path_matched = 1 when the
 * path exists under another method (405), 0 when not at all (404). */
const Route *router_match(const Route *routes, size_t n, Request *req, int *path_matched);

/* Copies path into out (cap bytes, always NUL-terminated, cut when
 * longer) with every segment that a route pattern of routes[0..n) names
 * ":token" or ":secret" replaced by "***", whatever the method: a webhook
 * whose provider cannot sign carries its secret in the path
 * (/webhooks/ivr/exotel/:token), and no log may show it. Returns out. */
char *router_mask_path(const Route *routes, size_t n, const char *path, char *out, size_t cap);

/* Authenticates req for rule (implemented in fcgi/http/auth.c): 0, or fails the
 * request with 401/403 (or 503 when the database is down). */
int auth_require(Request *req, AuthRule rule);

/* Match, check body size and auth, run the handler. Never renders: the
 * caller renders req (errors included) with request_render(). Returns the
 * handler's result. */
int router_dispatch(const Route *routes, size_t n, Request *req, size_t default_max_body);

#endif
