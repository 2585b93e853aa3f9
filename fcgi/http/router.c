/* router.c — pattern matching and generic pre-dispatch checks. */
#include "http/router.h"

#include <string.h>

#include "core/errors.h"

/* Matches one pattern against a path; on success stores ":name" segments.
 * Segments may not be empty and may not contain '/'. */
static int match_pattern(const char *pat, const char *path, Request *req)
{
    int np = 0;
    const char *names[REQ_MAX_PATH_PARAMS];
    const char *vals[REQ_MAX_PATH_PARAMS];
    size_t vlens[REQ_MAX_PATH_PARAMS];
    const char *p = pat, *s = path;
    while (*p && *s) {
        if (*p == ':') {
            const char *pe = strchr(p, '/');
            size_t plen = pe ? (size_t)(pe - p) : strlen(p);
            const char *se = strchr(s, '/');
            size_t slen = se ? (size_t)(se - s) : strlen(s);
            if (slen == 0 || np >= REQ_MAX_PATH_PARAMS)
                return 0;
            names[np] = p + 1;
            vlens[np] = slen;
            vals[np] = s;
            /* Name length is stored via the pattern; copy below. */
            (void)plen;
            np++;
            p += plen;
            s += slen;
            continue;
        }
        if (*p != *s)
            return 0;
        p++;
        s++;
    }
    /* A single trailing slash on the path is tolerated. */
    if (*s == '/' && s[1] == '\0')
        s++;
    if (*p || *s)
        return 0;
    req->nparams = np;
    for (int i = 0; i < np; i++) {
        const char *ne = strchr(names[i], '/');
        size_t nl = ne ? (size_t)(ne - names[i]) : strlen(names[i]);
        req->param_names[i] = arena_strndup(req->arena, names[i], nl);
        req->param_values[i] = arena_strndup(req->arena, vals[i], vlens[i]);
    }
    return 1;
}

const Route *router_match(const Route *routes, size_t n, Request *req, int *path_matched)
{
    *path_matched = 0;
    for (size_t i = 0; i < n; i++) {
        if (!match_pattern(routes[i].pattern, req->path, req))
            continue;
        if (strcmp(routes[i].method, req->method) == 0 ||
            (strcmp(req->method, "HEAD") == 0 && strcmp(routes[i].method, "GET") == 0))
            return &routes[i];
        *path_matched = 1;
    }
    req->nparams = 0;
    return NULL;
}

int router_dispatch(const Route *routes, size_t n, Request *req, size_t default_max_body)
{
    int path_matched = 0;
    if (req_check_query(req) != 0)
        return req->err;
    const Route *r = router_match(routes, n, req, &path_matched);
    if (!r) {
        if (path_matched)
            return req_fail(req, ERR_METHOD, "%s is not allowed on %s", req->method, req->path);
        return req_fail(req, ERR_NOT_FOUND, "no route for %s %s", req->method, req->path);
    }
    req->route = r;
    size_t limit = r->max_body ? r->max_body : default_max_body;
    if (req->body_len > limit)
        return req_fail(req, ERR_TOO_LARGE, "request body is larger than %zu bytes", limit);
    if (r->auth != AUTH_NONE) {
        int rc = auth_require(req, r->auth);
        if (rc)
            return rc;
    }
    int rc = r->handler(req);
    if (rc && !req->err)
        req_fail(req, rc, NULL);
    return rc;
}
