/* request.h — one HTTP request as the handlers see it, independent of
 * FastCGI so that unit tests can build one by hand.
 *
 * Everything in a Request lives in req->arena, which is destroyed when the
 * request ends. FastCGI params are copied into the arena on arrival (they
 * are freed by the next FCGX_Accept_r).
 *
 * Handler contract: `int handler(Request *req)`. On success answer with
 * req_reply() (a JSON object), req_reply_raw() (a body already written, e.g.
 * a streamed list page), api_reply_list() (the list envelope) or
 * req_no_content() (204). On failure `return req_fail(req, ERR_x, "message")`
 * (req_fail_shown() when the client must see a 5xx reason, api_db_fail()
 * for a db_exec() error). The Request's err* fields are the one carrier of
 * error detail, and request_render() is the one place that turns them into
 * {"error":{"code","message"}} and a status.
 */
#ifndef CS_REQUEST_H
#define CS_REQUEST_H

#include <json-c/json.h>
#include <stddef.h>
#include <stdint.h>

#include "core/arena.h"
#include "core/buf.h"

#define REQ_MAX_PATH_PARAMS 4
#define REQ_MAX_ENV 128

typedef enum AuthRule {
    AUTH_NONE = 0,   /* public (health, webhooks verify their own way) */
    AUTH_AGENT = 1,  /* any active agent with a valid token */
    AUTH_ADMIN = 2   /* active agent with role admin */
} AuthRule;

typedef struct Agent {
    int64_t id;
    const char *email;
    const char *name;
    const char *role;  /* "admin" | "agent" */
    const char *teams; /* comma-separated team names; "" for none */
    int is_admin;
} Agent;

struct Route;

typedef struct Request {
    Arena *arena;
    /* From the FastCGI params (arena copies; never NULL, "" when absent). */
    const char *method;
    const char *path;         /* without the query string */
    const char *query;        /* raw QUERY_STRING */
    const char *content_type;
    const char *authorization;
    const char *remote_addr;
    const char *request_id;
    const char *env_names[REQ_MAX_ENV]; /* every param, for req_header() */
    const char *env_values[REQ_MAX_ENV];
    int nenv;
    /* Body, NUL-terminated, body_len bytes. */
    const char *body;
    size_t body_len;
    /* Filled by the router. */
    const struct Route *route;
    const char *param_names[REQ_MAX_PATH_PARAMS];
    const char *param_values[REQ_MAX_PATH_PARAMS];
    int nparams;
    /* Filled by auth when the route needs it. */
    Agent agent;
    int authenticated;
    /* Response. */
    int status;
    json_object *reply;        /* arena-owned */
    const char *reply_raw;     /* alternative to reply: raw body */
    const char *reply_type;    /* content type for reply_raw */
    const char *reply_headers; /* extra "Name: value\r\n" lines (arena; e.g. X-Accel-Redirect) */
    int err;                   /* 0 or ErrCode */
    const char *err_message;
    const char *err_code_name; /* overrides err_name(err) when set */
    int err_shown;             /* err_message reaches the client even for a 5xx */
} Request;

/* A new request with its own arena; fields set to "". Caller destroys with
 * request_free(). */
Request *request_new(void);
void request_free(Request **req);

/* Adds a FastCGI param (copied). Known names also fill the typed fields. */
void request_set_env(Request *req, const char *name, const char *value);

/* Records the error and returns code (so handlers can `return req_fail(...)`).
 * message is copied; printf-style. */
int req_fail(Request *req, int code, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* Like req_fail(), for errors whose reason the client must read even when
 * the status is 5xx (a provider's refusal, a missing configuration):
 * code_name (static or arena-owned; NULL: err_name(code)) becomes
 * error.code and the message is always shown. Returns code. */
int req_fail_shown(Request *req, int code, const char *code_name, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/* Sets req->reply = obj (the arena takes ownership) and status. Returns 0. */
int req_reply(Request *req, int status, json_object *obj);

/* Answers with a body already rendered (copied into the arena unless it
 * already lives there: pass copy=0 then), Content-Type type (NULL:
 * application/json). Returns 0. */
int req_reply_raw(Request *req, int status, const char *type, const char *body, int copy);

/* Answers 204 No Content. Returns 0. */
int req_no_content(Request *req);

/* A header by HTTP name ("X-Goog-Foo"), case-insensitive; NULL if absent. */
const char *req_header(const Request *req, const char *name);

/* Path parameter (":id") or NULL. */
const char *req_param(const Request *req, const char *name);

/* Path parameter as a positive int64: 0, or fails the request with 404. */
int req_param_id(Request *req, const char *name, int64_t *out);

/* Decoded query parameter (first occurrence) or NULL; arena-owned. */
const char *req_query(const Request *req, const char *name);

/* The body as a JSON object: 0, or fails with 415 (not application/json),
 * 400 (malformed or not an object). *out is arena-owned. */
int req_json_body(Request *req, json_object **out);

/* Renders the whole CGI response ("Status: ...\r\n headers \r\n\r\n body")
 * into out. Errors become {"error":{"code","message"}} with the status of
 * err_http_status(). */
void request_render(Request *req, Buf *out);

#endif
