/* routerTest.c — matching, params, 404 vs 405, trailing slash, body limit,
 * and that the auth rule is enforced before a handler runs. */
#include <criterion/criterion.h>
#include <string.h>

#include "core/errors.h"
#include "http/request.h"
#include "http/router.h"

static int handler_calls;

static int h_ok(Request *req)
{
    handler_calls++;
    return req_reply(req, 200, json_object_new_object());
}

static int h_fail(Request *req)
{
    (void)req;
    handler_calls++;
    return ERR_CONFLICT; /* returns a code without req_fail */
}

static const Route T[] = {
    {"GET", "/things", h_ok, AUTH_NONE, 0, "list"},
    {"POST", "/things", h_ok, AUTH_NONE, 10, "create"},
    {"GET", "/things/:id", h_ok, AUTH_NONE, 0, "get"},
    {"DELETE", "/things/:id", h_ok, AUTH_ADMIN, 0, "delete"},
    {"GET", "/things/:id/parts/:part", h_ok, AUTH_AGENT, 0, "part"},
    {"POST", "/conflict", h_fail, AUTH_NONE, 0, "conflict"},
};
#define NT (sizeof T / sizeof T[0])

/* The real auth_require (fcgi/auth.c) is linked: without a token it must
 * refuse before any handler runs. */
static Request *mk(const char *method, const char *path, size_t body_len)
{
    Request *req = request_new();
    request_set_env(req, "REQUEST_METHOD", method);
    request_set_env(req, "DOCUMENT_URI", path);
    if (body_len) {
        char *b = arena_alloc(req->arena, body_len + 1);
        memset(b, 'x', body_len);
        req->body = b;
        req->body_len = body_len;
    }
    return req;
}

static int run(const char *method, const char *path, size_t body_len, Request **out)
{
    Request *req = mk(method, path, body_len);
    router_dispatch(T, NT, req, 1000);
    int st = req->err ? err_http_status(req->err) : req->status;
    if (out)
        *out = req;
    else
        request_free(&req);
    return st;
}

Test(router, params)
{
    Request *req = NULL;
    cr_assert_eq(run("GET", "/things/42", 0, &req), 200);
    cr_assert_str_eq(req_param(req, "id"), "42");
    cr_assert_null(req_param(req, "nope"));
    int64_t id = 0;
    cr_assert_eq(req_param_id(req, "id", &id), 0);
    cr_assert_eq(id, 42);
    cr_assert_str_eq(req->route->name, "get");
    request_free(&req);

    Request *r2 = mk("GET", "/things/7/parts/abc", 0);
    int matched = 0;
    const Route *rt = router_match(T, NT, r2, &matched);
    cr_assert_not_null(rt);
    cr_assert_str_eq(rt->name, "part");
    cr_assert_eq(r2->nparams, 2);
    cr_assert_str_eq(req_param(r2, "id"), "7");
    cr_assert_str_eq(req_param(r2, "part"), "abc");
    request_free(&r2);
}

Test(router, param_id_rejects_non_numbers)
{
    const char *bad[] = {"abc", "0", "-1", "12x", "99999999999999999999"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        Request *req = mk("GET", "/x", 0);
        req->param_names[0] = "id";
        req->param_values[0] = bad[i];
        req->nparams = 1;
        int64_t id = 0;
        cr_assert_eq(req_param_id(req, "id", &id), ERR_NOT_FOUND, "%s", bad[i]);
        request_free(&req);
    }
}

Test(router, not_found_vs_method)
{
    handler_calls = 0;
    cr_assert_eq(run("GET", "/nothing", 0, NULL), 404);
    cr_assert_eq(run("PUT", "/things", 0, NULL), 405);
    cr_assert_eq(run("PATCH", "/things/1", 0, NULL), 405);
    cr_assert_eq(run("GET", "/things/1/extra", 0, NULL), 404);
    cr_assert_eq(run("GET", "/things/", 0, NULL), 200);   /* trailing slash tolerated */
    cr_assert_eq(run("GET", "/things/1/", 0, NULL), 200);
    cr_assert_eq(run("GET", "/things//", 0, NULL), 404);  /* empty segment */
    cr_assert_eq(run("GET", "/thingsX", 0, NULL), 404);
    cr_assert_eq(run("GET", "/thing", 0, NULL), 404);
    cr_assert_eq(run("HEAD", "/things", 0, NULL), 200);   /* HEAD = GET */
    cr_assert_eq(handler_calls, 3);
}

Test(router, body_limit)
{
    handler_calls = 0;
    cr_assert_eq(run("POST", "/things", 10, NULL), 200);
    cr_assert_eq(run("POST", "/things", 11, NULL), 413);  /* route limit 10 */
    cr_assert_eq(run("POST", "/conflict", 1000, NULL), 409);
    cr_assert_eq(run("POST", "/conflict", 1001, NULL), 413); /* default limit */
    cr_assert_eq(handler_calls, 2);
}

Test(router, auth_rule_invoked_before_handler)
{
    handler_calls = 0;
    Request *req = NULL;
    /* No Authorization header: the real auth_require answers 401 and the
     * handler never runs. */
    cr_assert_eq(run("DELETE", "/things/1", 0, &req), 401);
    cr_assert_eq(req->err, ERR_UNAUTHORIZED);
    request_free(&req);
    cr_assert_eq(run("GET", "/things/1/parts/2", 0, NULL), 401);
    cr_assert_eq(handler_calls, 0);
}

Test(router, handler_code_becomes_error)
{
    Request *req = NULL;
    cr_assert_eq(run("POST", "/conflict", 0, &req), 409);
    cr_assert_eq(req->err, ERR_CONFLICT);
    request_free(&req);
}

Test(router, too_many_params_do_not_overflow)
{
    static const Route P[] = {{"GET", "/:a/:b/:c/:d/:e", h_ok, AUTH_NONE, 0, "many"}};
    Request *req = mk("GET", "/1/2/3/4/5", 0);
    int matched = 0;
    cr_assert_null(router_match(P, 1, req, &matched));
    request_free(&req);
}

Test(router, request_uri_with_query)
{
    Request *req = request_new();
    request_set_env(req, "REQUEST_METHOD", "GET");
    request_set_env(req, "REQUEST_URI", "/things/5?x=1");
    int matched = 0;
    cr_assert_not_null(router_match(T, NT, req, &matched));
    cr_assert_str_eq(req_param(req, "id"), "5");
    request_free(&req);
}

/* Issue 14, defect 5: ids with leading zeros and query strings carrying
 * NUL, control bytes or invalid UTF-8 are refused with 400. */
Test(router, param_id_leading_zeros_400)
{
    const char *bad[] = {"00000000000000000000001", "01", "00"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        Request *req = mk("GET", "/x", 0);
        req->param_names[0] = "id";
        req->param_values[0] = bad[i];
        req->nparams = 1;
        int64_t id = 0;
        cr_assert_eq(req_param_id(req, "id", &id), ERR_BAD_REQUEST, "%s", bad[i]);
        request_free(&req);
    }
}

static int run_query(const char *path, const char *query)
{
    Request *req = mk("GET", path, 0);
    request_set_env(req, "QUERY_STRING", query);
    handler_calls = 0;
    router_dispatch(T, NT, req, 1000);
    int st = req->err ? err_http_status(req->err) : req->status;
    request_free(&req);
    return st;
}

Test(router, query_control_bytes_400)
{
    const char *bad[] = {"limit=1%00", "limit=%001", "a%00b=1", "q=x%0ay", "q=%7f", "q=%ff", "q=%c0%af",
                         "q=\x01"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        cr_assert_eq(run_query("/things", bad[i]), 400, "%s", bad[i]);
        cr_assert_eq(handler_calls, 0);
    }
    cr_assert_eq(run_query("/things", "limit=10&q=%E0%A4%B9+x&cursor=ab%3D"), 200);
    cr_assert_eq(run_query("/things", ""), 200);
    char many[1024] = "";
    for (int i = 0; i < REQ_MAX_QUERY_PARAMS + 1; i++)
        strcat(many, "a=1&");
    cr_assert_eq(run_query("/things", many), 400);
    cr_assert_eq(run_query("/things/\x01", ""), 400);
    cr_assert_eq(run_query("/things/\xff", ""), 400);
}

/* Issue 14, defect 2: a secret in the path never reaches a log. */
Test(router, mask_secret_path_segments)
{
    static const Route M[] = {
        {"GET", "/webhooks/ivr/exotel/:token", h_ok, AUTH_NONE, 0, "exotel"},
        {"POST", "/hooks/:secret/x/:id", h_ok, AUTH_NONE, 0, "x"},
        {"GET", "/things/:id", h_ok, AUTH_NONE, 0, "get"},
    };
    char out[64];
    cr_assert_str_eq(router_mask_path(M, 3, "/webhooks/ivr/exotel/s3cr3t", out, sizeof out),
                     "/webhooks/ivr/exotel/***");
    cr_assert_str_eq(router_mask_path(M, 3, "/webhooks/ivr/exotel/s3cr3t/", out, sizeof out),
                     "/webhooks/ivr/exotel/***/");
    cr_assert_str_eq(router_mask_path(M, 3, "/hooks/abc/x/12", out, sizeof out), "/hooks/***/x/12");
    cr_assert_str_eq(router_mask_path(M, 3, "/things/12", out, sizeof out), "/things/12");
    cr_assert_str_eq(router_mask_path(M, 3, "/webhooks/ivr/exotel", out, sizeof out), "/webhooks/ivr/exotel");
    cr_assert_str_eq(router_mask_path(M, 3, "/other/s3cr3t", out, sizeof out), "/other/s3cr3t");
    char tiny[8];
    cr_assert_str_eq(router_mask_path(M, 3, "/webhooks/ivr/exotel/s3cr3t", tiny, sizeof tiny), "/webhoo");
}
