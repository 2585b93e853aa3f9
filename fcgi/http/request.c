/* request.c — request fields, helpers, and the one error renderer. */
#include "http/request.h"

#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/errors.h"
#include "core/jsonUtil.h"
#include "core/urlForm.h"

Request *request_new(void)
{
    Arena *a = arena_new(0);
    Request *req = arena_alloc(a, sizeof *req);
    req->arena = a;
    req->method = req->path = req->query = req->content_type = "";
    req->authorization = req->remote_addr = req->request_id = "";
    req->body = "";
    req->status = 200;
    return req;
}

void request_free(Request **req)
{
    if (!req || !*req)
        return;
    Arena *a = (*req)->arena;
    *req = NULL;
    arena_destroy(&a);
}

void request_set_env(Request *req, const char *name, const char *value)
{
    if (!name || !value)
        return;
    char *v = arena_strdup(req->arena, value);
    if (req->nenv < REQ_MAX_ENV) {
        req->env_names[req->nenv] = arena_strdup(req->arena, name);
        req->env_values[req->nenv] = v;
        req->nenv++;
    }
    if (strcmp(name, "REQUEST_METHOD") == 0) {
        req->method = v;
    } else if (strcmp(name, "DOCUMENT_URI") == 0 || strcmp(name, "SCRIPT_NAME") == 0) {
        if (!*req->path || strcmp(name, "DOCUMENT_URI") == 0)
            req->path = v;
    } else if (strcmp(name, "REQUEST_URI") == 0) {
        if (!*req->path) {
            char *q = strchr(v, '?');
            req->path = q ? arena_strndup(req->arena, v, (size_t)(q - v)) : v;
        }
    } else if (strcmp(name, "QUERY_STRING") == 0) {
        req->query = v;
    } else if (strcmp(name, "CONTENT_TYPE") == 0) {
        req->content_type = v;
    } else if (strcmp(name, "HTTP_AUTHORIZATION") == 0) {
        req->authorization = v;
    } else if (strcmp(name, "REMOTE_ADDR") == 0) {
        req->remote_addr = v;
    } else if (strcmp(name, "HTTP_X_REQUEST_ID") == 0 || strcmp(name, "REQUEST_ID") == 0) {
        req->request_id = v;
    }
}

int req_fail(Request *req, int code, const char *fmt, ...)
{
    req->err = code ? code : ERR_INTERNAL;
    if (fmt) {
        va_list ap;
        va_start(ap, fmt);
        req->err_message = arena_vsprintf(req->arena, fmt, ap);
        va_end(ap);
    }
    return req->err;
}

int req_fail_shown(Request *req, int code, const char *code_name, const char *fmt, ...)
{
    req->err = code ? code : ERR_INTERNAL;
    req->err_code_name = code_name;
    req->err_shown = 1;
    va_list ap;
    va_start(ap, fmt);
    req->err_message = arena_vsprintf(req->arena, fmt, ap);
    va_end(ap);
    return req->err;
}

int req_reply(Request *req, int status, json_object *obj)
{
    req->status = status;
    req->reply = json_arena_own(req->arena, obj);
    return 0;
}

int req_reply_raw(Request *req, int status, const char *type, const char *body, int copy)
{
    req->status = status;
    req->reply = NULL;
    req->reply_type = type ? type : "application/json";
    req->reply_raw = copy ? arena_strdup(req->arena, body ? body : "") : body;
    return 0;
}

int req_no_content(Request *req)
{
    req->status = 204;
    req->reply = NULL;
    req->reply_raw = NULL;
    return 0;
}

const char *req_header(const Request *req, const char *name)
{
    /* "X-Goog-Foo" -> "HTTP_X_GOOG_FOO" */
    char key[128] = "HTTP_";
    size_t k = 5;
    for (const char *p = name; *p && k < sizeof key - 1; p++)
        key[k++] = *p == '-' ? '_' : (char)toupper((unsigned char)*p);
    key[k] = '\0';
    if (strcasecmp(name, "Content-Type") == 0)
        return *req->content_type ? req->content_type : NULL;
    for (int i = 0; i < req->nenv; i++)
        if (strcmp(req->env_names[i], key) == 0)
            return req->env_values[i];
    return NULL;
}

const char *req_param(const Request *req, const char *name)
{
    for (int i = 0; i < req->nparams; i++)
        if (strcmp(req->param_names[i], name) == 0)
            return req->param_values[i];
    return NULL;
}

int req_param_id(Request *req, const char *name, int64_t *out)
{
    const char *v = req_param(req, name);
    if (!v || !*v || !isdigit((unsigned char)*v))
        return req_fail(req, ERR_NOT_FOUND, "no such %s", name);
    char *end = NULL;
    errno = 0;
    long long n = strtoll(v, &end, 10);
    if (errno || *end || n <= 0)
        return req_fail(req, ERR_NOT_FOUND, "no such %s", name);
    *out = n;
    return 0;
}

const char *req_query(const Request *req, const char *name)
{
    size_t nl = strlen(name);
    const char *p = req->query;
    while (p && *p) {
        const char *amp = strchr(p, '&');
        size_t len = amp ? (size_t)(amp - p) : strlen(p);
        const char *eq = memchr(p, '=', len);
        size_t klen = eq ? (size_t)(eq - p) : len;
        if (klen == nl && strncmp(p, name, nl) == 0) {
            if (!eq)
                return "";
            return url_decode(req->arena, eq + 1, len - klen - 1, NULL);
        }
        p = amp ? amp + 1 : NULL;
    }
    return NULL;
}

int req_json_body(Request *req, json_object **out)
{
    *out = NULL;
    const char *ct = req->content_type;
    if (strncasecmp(ct, "application/json", 16) != 0 || (ct[16] && ct[16] != ';' && ct[16] != ' '))
        return req_fail(req, ERR_MEDIA_TYPE, "Content-Type must be application/json");
    json_object *o = NULL;
    if (json_parse_arena(req->arena, req->body, req->body_len, &o) != 0)
        return req_fail(req, ERR_BAD_REQUEST, "request body is not valid JSON");
    if (!json_object_is_type(o, json_type_object))
        return req_fail(req, ERR_BAD_REQUEST, "request body must be a JSON object");
    *out = o;
    return 0;
}

static const char *reason(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 202: return "Accepted";
    case 204: return "No Content";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 409: return "Conflict";
    case 413: return "Payload Too Large";
    case 415: return "Unsupported Media Type";
    case 422: return "Unprocessable Entity";
    case 429: return "Too Many Requests";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return status >= 500 ? "Internal Server Error" : "OK";
    }
}

static const char *default_message(int code)
{
    switch (code) {
    case ERR_BAD_REQUEST: return "the request is malformed";
    case ERR_UNAUTHORIZED: return "a valid bearer token is required";
    case ERR_FORBIDDEN: return "not allowed";
    case ERR_NOT_FOUND: return "not found";
    case ERR_METHOD: return "method not allowed on this path";
    case ERR_CONFLICT: return "conflict with the current state";
    case ERR_TOO_LARGE: return "request body too large";
    case ERR_MEDIA_TYPE: return "unsupported content type";
    case ERR_INVALID: return "invalid values";
    case ERR_UNAVAILABLE: return "service temporarily unavailable";
    default: return "internal error";
    }
}

void request_render(Request *req, Buf *out)
{
    buf_reset(out);
    if (req->err) {
        int status = err_http_status(req->err);
        /* Internal details go to the log, not to the client, unless the
         * handler said the reason is for the client (req_fail_shown) or the
         * service is unavailable (the message says what to do). */
        int shown = status < 500 || req->err_shown || req->err == ERR_UNAVAILABLE;
        const char *msg = req->err_message && shown ? req->err_message : default_message(req->err);
        buf_appendf(out, "Status: %d %s\r\nContent-Type: application/json\r\nCache-Control: no-store\r\n",
                    status, reason(status));
        if (status == 401)
            buf_append_str(out, "WWW-Authenticate: Bearer\r\n");
        if (status == 503)
            buf_append_str(out, "Retry-After: 5\r\n");
        buf_appendf(out, "\r\n{\"error\":{\"code\":\"%s\",\"message\":\"",
                    req->err_code_name ? req->err_code_name : err_name(req->err));
        buf_append_json_escaped(out, msg, strlen(msg));
        buf_append_str(out, "\"}}");
        req->status = status;
        return;
    }
    int status = req->status ? req->status : 200;
    buf_appendf(out, "Status: %d %s\r\nCache-Control: no-store\r\n", status, reason(status));
    if (status == 204) {
        buf_append_str(out, "\r\n");
        return;
    }
    if (req->reply_headers)
        buf_append_str(out, req->reply_headers);
    if (req->reply_raw) {
        buf_appendf(out, "Content-Type: %s\r\n\r\n", req->reply_type ? req->reply_type : "text/plain");
        buf_append_str(out, req->reply_raw);
        return;
    }
    buf_append_str(out, "Content-Type: application/json\r\n\r\n");
    if (req->reply) {
        const char *s = json_object_to_json_string_ext(req->reply, JSON_C_TO_STRING_PLAIN |
                                                                       JSON_C_TO_STRING_NOSLASHESCAPE);
        buf_append_str(out, s);
    } else {
        buf_append_str(out, "{}");
    }
}
