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

static int secret_param(const char *p, size_t len)
{
    return (len == 6 && strncmp(p, ":token", 6) == 0) || (len == 7 && strncmp(p, ":secret", 7) == 0);
}

/* 1 when pattern has a secret segment and matches path segment by segment. */
static int mask_match(const char *pat, const char *path)
{
    int secret = 0;
    const char *p = pat, *s = path;
    while (*p && *s) {
        if (*p == '/' && *s == '/') {
            p++;
            s++;
            continue;
        }
        const char *pe = strchr(p, '/');
        size_t plen = pe ? (size_t)(pe - p) : strlen(p);
        const char *se = strchr(s, '/');
        size_t slen = se ? (size_t)(se - s) : strlen(s);
        if (*p == ':') {
            if (slen == 0)
                return 0;
            secret |= secret_param(p, plen);
        } else if (plen != slen || strncmp(p, s, plen) != 0) {
            return 0;
        }
        p += plen;
        s += slen;
    }
    if (*s == '/' && s[1] == '\0')
        s++;
    return secret && !*p && !*s;
}

char *router_mask_path(const Route *routes, size_t n, const char *path, char *out, size_t cap)
{
    if (cap == 0)
        return out;
    const char *pat = NULL;
    for (size_t i = 0; i < n && !pat; i++)
        if (strchr(routes[i].pattern, ':') && mask_match(routes[i].pattern, path))
            pat = routes[i].pattern;
    size_t k = 0;
    const char *s = path;
    while (*s && k + 1 < cap) {
        if (*s == '/') {
            out[k++] = *s++;
            if (pat && *pat == '/')
                pat++;
            continue;
        }
        const char *se = strchr(s, '/');
        size_t slen = se ? (size_t)(se - s) : strlen(s);
        size_t plen = 0;
        int hide = 0;
        if (pat && *pat) {
            const char *pe = strchr(pat, '/');
            plen = pe ? (size_t)(pe - pat) : strlen(pat);
            hide = secret_param(pat, plen);
            pat += plen;
        }
        const char *src = hide ? "***" : s;
        size_t len = hide ? 3 : slen;
        for (size_t i = 0; i < len && k + 1 < cap; i++)
            out[k++] = src[i];
        s += slen;
    }
    out[k] = '\0';
    return out;
}

int router_dispatch(const Route *routes, size_t n, Request *req, size_t default_max_body)
{
    int path_matched = 0;
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
