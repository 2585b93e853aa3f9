/* httpClient.h — outbound HTTP(S) through one reusable libcurl handle per
 * process (created lazily after fork), with timeouts and a response cap.
 *
 * Used for Google, Gemini, Interakt and the nchan publisher. Never log the
 * headers passed here: they carry tokens and API keys.
 */
#ifndef CS_HTTP_CLIENT_H
#define CS_HTTP_CLIENT_H

#include <stddef.h>

#include "core/arena.h"

#define HTTP_DEFAULT_MAX_RESPONSE (8u * 1024u * 1024u)

typedef struct HttpRequest {
    const char *method;          /* "GET", "POST", ...; NULL = GET (POST when body set) */
    const char *url;
    const char *const *headers;  /* NULL-terminated "Name: value" list, or NULL */
    const char *body;            /* may be NULL */
    size_t body_len;
    long timeout_ms;             /* 0 = HTTP_TIMEOUT_MS from config (or 15 s) */
    long connect_timeout_ms;     /* 0 = min(timeout, 5 s) */
    size_t max_response;         /* 0 = HTTP_DEFAULT_MAX_RESPONSE */
} HttpRequest;

typedef struct HttpResponse {
    long status;                 /* HTTP status; 0 when no response */
    char *body;                  /* NUL-terminated, arena-owned; "" when empty */
    size_t body_len;
    long retry_after_seconds;    /* from Retry-After (seconds form); -1 when absent */
    long cache_max_age;          /* from Cache-Control max-age; -1 when absent */
    char *content_type;          /* arena-owned or NULL */
    double elapsed_ms;
    const char *error;           /* why no response arrived (curl's reason, e.g. "Could not
                                  * resolve host: x"), for logs and stored errors; arena-owned,
                                  * NULL when a response arrived */
} HttpResponse;

/* Performs the request. Returns 0 when a response arrived (whatever its
 * status), ERR_TIMEOUT when a deadline passed, ERR_TOO_LARGE when the
 * response passed max_response, ERR_UPSTREAM for connection failures
 * (res->error says why in each failing case). Response memory belongs to
 * the arena. */
int http_request(Arena *a, const HttpRequest *req, HttpResponse *res);

/* Percent-encodes s (RFC 3986 unreserved kept) into the arena. */
char *http_url_encode(Arena *a, const char *s);

/* Frees the process's curl handle (before exit, for leak checkers). */
void http_client_cleanup(void);

#endif
