/* requestTest.c — the one error renderer, query decoding, JSON bodies. */
#include <criterion/criterion.h>
#include <string.h>

#include "core/buf.h"
#include "core/errors.h"
#include "core/jsonUtil.h"
#include "http/request.h"

static Arena *ta;
static void setup(void) { ta = arena_new(0); }
static void teardown(void) { arena_destroy(&ta); }
TestSuite(request, .init = setup, .fini = teardown);

/* Renders req; returns the status line number and the parsed body. */
static int render(Request *req, json_object **body, const char **head)
{
    Buf out;
    buf_init(&out, 1 << 20);
    request_render(req, &out);
    cr_assert_eq(strncmp(out.data, "Status: ", 8), 0);
    int status = (int)strtol(out.data + 8, NULL, 10);
    const char *sep = strstr(out.data, "\r\n\r\n");
    cr_assert_not_null(sep);
    *head = arena_strndup(ta, out.data, (size_t)(sep - out.data));
    *body = NULL;
    if (sep[4])
        cr_assert_eq(json_parse_arena(ta, sep + 4, strlen(sep + 4), body), 0, "body: %s", sep + 4);
    buf_free(&out);
    return status;
}

Test(request, every_error_renders_as_json)
{
    static const struct {
        int code;
        int status;
        const char *name;
    } CASES[] = {
        {ERR_BAD_REQUEST, 400, "bad_request"},   {ERR_UNAUTHORIZED, 401, "unauthorized"},
        {ERR_FORBIDDEN, 403, "forbidden"},       {ERR_NOT_FOUND, 404, "not_found"},
        {ERR_METHOD, 405, "method_not_allowed"}, {ERR_CONFLICT, 409, "conflict"},
        {ERR_TOO_LARGE, 413, "payload_too_large"}, {ERR_MEDIA_TYPE, 415, "unsupported_media_type"},
        {ERR_INVALID, 422, "unprocessable"},     {ERR_INTERNAL, 500, "internal"},
        {ERR_UNAVAILABLE, 503, "unavailable"},   {ERR_UPSTREAM, 502, "upstream_error"},
        {ERR_TIMEOUT, 504, "timeout"},           {ERR_RATE_LIMITED, 429, "rate_limited"},
        {ERR_PERMANENT, 502, "upstream_refused"}, {ERR_PARSE, 400, "parse_error"},
        {ERR_IO, 500, "io_error"},
    };
    for (size_t i = 0; i < sizeof CASES / sizeof CASES[0]; i++) {
        for (int with_msg = 0; with_msg < 2; with_msg++) {
            Request *req = request_new();
            req_fail(req, CASES[i].code, with_msg ? "detail \"%d\"\n" : NULL, 7);
            json_object *body = NULL;
            const char *head = NULL;
            int st = render(req, &body, &head);
            cr_assert_eq(st, CASES[i].status, "code %d", CASES[i].code);
            cr_assert_not_null(strstr(head, "Content-Type: application/json"));
            json_object *err = json_get(body, "error");
            cr_assert_not_null(err);
            cr_assert_eq(json_object_object_length(body), 1);
            cr_assert_str_eq(json_get_str(err, "code"), CASES[i].name);
            const char *msg = json_get_str(err, "message");
            cr_assert_not_null(msg);
            cr_assert_gt(strlen(msg), 0);
            /* Client errors show the handler's message; 5xx (except 503) hide it. */
            if (with_msg && (st < 500 || st == 503))
                cr_assert_str_eq(msg, "detail \"7\"\n");
            if (with_msg && st >= 500 && st != 503)
                cr_assert_null(strstr(msg, "detail"));
            if (st == 401)
                cr_assert_not_null(strstr(head, "WWW-Authenticate: Bearer"));
            if (st == 503)
                cr_assert_not_null(strstr(head, "Retry-After:"));
            request_free(&req);
        }
    }
}

Test(request, code_name_override)
{
    Request *req = request_new();
    req->err_code_name = "gmail_not_configured";
    req_fail(req, ERR_UNAVAILABLE, "Gmail is not configured");
    json_object *body = NULL;
    const char *head = NULL;
    cr_assert_eq(render(req, &body, &head), 503);
    cr_assert_str_eq(json_get_str(json_get(body, "error"), "code"), "gmail_not_configured");
    request_free(&req);
}

Test(request, shown_failure_keeps_its_5xx_reason)
{
    Request *req = request_new();
    cr_assert_eq(req_fail_shown(req, ERR_UPSTREAM, "gmail_error", "Google said %s", "no"), ERR_UPSTREAM);
    json_object *body = NULL;
    const char *head = NULL;
    cr_assert_eq(render(req, &body, &head), 502);
    cr_assert_str_eq(json_get_str(json_get(body, "error"), "code"), "gmail_error");
    cr_assert_str_eq(json_get_str(json_get(body, "error"), "message"), "Google said no");
    request_free(&req);

    req = request_new(); /* NULL code name: the ErrCode's own */
    req_fail_shown(req, ERR_RATE_LIMITED, NULL, "slow down");
    cr_assert_eq(render(req, &body, &head), 429);
    cr_assert_str_eq(json_get_str(json_get(body, "error"), "code"), "rate_limited");
    cr_assert_str_eq(json_get_str(json_get(body, "error"), "message"), "slow down");
    request_free(&req);
}

Test(request, raw_and_no_content_replies)
{
    Request *req = request_new();
    char body_text[] = "{\"data\":[],\"next_cursor\":null}";
    req_reply_raw(req, 200, NULL, body_text, 1);
    body_text[0] = 'x'; /* copied: the caller's buffer may change */
    json_object *body = NULL;
    const char *head = NULL;
    cr_assert_eq(render(req, &body, &head), 200);
    cr_assert_not_null(strstr(head, "Content-Type: application/json"));
    cr_assert_eq(json_object_array_length(json_get(body, "data")), 0);
    request_free(&req);

    req = request_new();
    req_reply(req, 200, json_object_new_object());
    req_no_content(req);
    cr_assert_eq(render(req, &body, &head), 204);
    cr_assert_null(body);
    request_free(&req);
}

Test(request, success_and_204)
{
    Request *req = request_new();
    json_object *o = json_object_new_object();
    json_object_object_add(o, "url", json_object_new_string("a/b"));
    req_reply(req, 201, o);
    json_object *body = NULL;
    const char *head = NULL;
    cr_assert_eq(render(req, &body, &head), 201);
    cr_assert_str_eq(json_get_str(body, "url"), "a/b");
    request_free(&req);

    req = request_new();
    req->status = 204;
    cr_assert_eq(render(req, &body, &head), 204);
    cr_assert_null(body);
    cr_assert_null(strstr(head, "Content-Type"));
    request_free(&req);

    req = request_new(); /* no reply set: {} */
    cr_assert_eq(render(req, &body, &head), 200);
    cr_assert_eq(json_object_object_length(body), 0);
    request_free(&req);
}

Test(request, query_decoding)
{
    Request *req = request_new();
    request_set_env(req, "QUERY_STRING", "a=1&b=hello+world&c=%41%2f%zz&d&e=&a=2&cursor=ab%3D%3D&pct=%");
    cr_assert_str_eq(req_query(req, "a"), "1");
    cr_assert_str_eq(req_query(req, "b"), "hello world");
    cr_assert_str_eq(req_query(req, "c"), "A/%zz");
    cr_assert_str_eq(req_query(req, "d"), "");
    cr_assert_str_eq(req_query(req, "e"), "");
    cr_assert_str_eq(req_query(req, "cursor"), "ab==");
    cr_assert_str_eq(req_query(req, "pct"), "%");
    cr_assert_null(req_query(req, "missing"));
    cr_assert_null(req_query(req, "A"));
    cr_assert_null(req_query(req, "cur"));
    request_free(&req);
    req = request_new();
    cr_assert_null(req_query(req, "a"));
    request_set_env(req, "QUERY_STRING", "x=%4");
    cr_assert_str_eq(req_query(req, "x"), "%4");
    request_set_env(req, "QUERY_STRING", "x=%41");
    cr_assert_str_eq(req_query(req, "x"), "A");
    request_free(&req);
}

static Request *with_body(const char *ctype, const char *body)
{
    Request *req = request_new();
    if (ctype)
        request_set_env(req, "CONTENT_TYPE", ctype);
    req->body = arena_strdup(req->arena, body);
    req->body_len = strlen(body);
    return req;
}

Test(request, json_body)
{
    json_object *o = NULL;
    Request *req = with_body("application/json", "{\"a\":1}");
    cr_assert_eq(req_json_body(req, &o), 0);
    cr_assert_not_null(json_get(o, "a"));
    request_free(&req);
    req = with_body("application/json; charset=utf-8", "{}");
    cr_assert_eq(req_json_body(req, &o), 0);
    request_free(&req);
    req = with_body("Application/JSON", "{}");
    cr_assert_eq(req_json_body(req, &o), 0);
    request_free(&req);

    req = with_body("text/plain", "{}");
    cr_assert_eq(req_json_body(req, &o), ERR_MEDIA_TYPE);
    request_free(&req);
    req = with_body(NULL, "{}");
    cr_assert_eq(req_json_body(req, &o), ERR_MEDIA_TYPE);
    request_free(&req);
    req = with_body("application/jsonp", "{}");
    cr_assert_eq(req_json_body(req, &o), ERR_MEDIA_TYPE);
    request_free(&req);

    const char *bad[] = {"", "{", "{\"a\":1}x", "[1,2]", "\"s\"", "null", "{'a':1}"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        req = with_body("application/json", bad[i]);
        cr_assert_eq(req_json_body(req, &o), ERR_BAD_REQUEST, "'%s'", bad[i]);
        cr_assert_null(o);
        request_free(&req);
    }
}

Test(request, headers_and_env)
{
    Request *req = request_new();
    request_set_env(req, "HTTP_X_GOOG_RESOURCE_STATE", "exists");
    request_set_env(req, "CONTENT_TYPE", "application/json");
    request_set_env(req, "HTTP_AUTHORIZATION", "Bearer x");
    request_set_env(req, "REQUEST_URI", "/a/b?c=d");
    cr_assert_str_eq(req_header(req, "X-Goog-Resource-State"), "exists");
    cr_assert_str_eq(req_header(req, "x-goog-resource-state"), "exists");
    cr_assert_str_eq(req_header(req, "Content-Type"), "application/json");
    cr_assert_null(req_header(req, "X-Missing"));
    cr_assert_str_eq(req->authorization, "Bearer x");
    cr_assert_str_eq(req->path, "/a/b");
    request_free(&req);
}
