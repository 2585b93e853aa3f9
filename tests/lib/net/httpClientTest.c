/* httpClientTest.c — http_request against a canned loopback server:
 * requests arrive intact, statuses and caching/retry headers come back,
 * the response cap, the deadline and refused connections map to ErrCodes. */
#include <criterion/criterion.h>
#include <string.h>

#include "core/arena.h"
#include "core/config.h"
#include "core/errors.h"
#include "net/httpClient.h"
#include "testHttpServer.h"

static Arena *a;
static TestHttpServer srv; /* big: static, not on the stack */

static void setup(void) { a = arena_new(0); }
static void teardown(void)
{
    http_client_cleanup();
    arena_destroy(&a);
}
TestSuite(httpClient, .init = setup, .fini = teardown);

static const char *url(const char *path) { return arena_sprintf(a, "http://127.0.0.1:%d%s", srv.port, path); }

Test(httpClient, get_with_headers_reaches_server)
{
    static const TestHttpReply r[] = {{.status = 200, .body = "{\"ok\":true}"}};
    test_http_start(&srv, r, 1);
    const char *hdrs[] = {"Authorization: Bearer t0k", "X-Trace: abc 123", NULL};
    HttpRequest req = {.url = url("/v1/items?q=a%20b"), .headers = hdrs};
    HttpResponse res;
    int rc = http_request(a, &req, &res);
    test_http_stop(&srv);
    cr_assert_eq(rc, 0);
    cr_assert_eq(res.status, 200);
    cr_assert_str_eq(res.body, "{\"ok\":true}");
    cr_assert_eq(res.body_len, strlen("{\"ok\":true}"));
    cr_assert_str_eq(res.content_type, "application/json");
    cr_assert_eq(res.retry_after_seconds, -1);
    cr_assert_eq(res.cache_max_age, -1);
    const char *q = srv.requests[0];
    cr_assert(strncmp(q, "GET /v1/items?q=a%20b HTTP/1.1\r\n", 32) == 0, "%s", q);
    cr_assert_not_null(strstr(q, "\r\nAuthorization: Bearer t0k\r\n"), "%s", q);
    cr_assert_not_null(strstr(q, "\r\nX-Trace: abc 123\r\n"), "%s", q);
    cr_assert_null(strcasestr(q, "Expect:"), "%s", q);
}

Test(httpClient, post_body_with_nul_and_binary_bytes_arrives_intact)
{
    static const TestHttpReply r[] = {{.status = 201, .body = "created"}};
    test_http_start(&srv, r, 1);
    /* body_len, not strlen: an embedded NUL must not cut the body. */
    static char body[40000];
    for (size_t i = 0; i < sizeof body; i++)
        body[i] = (char)(i * 7 % 256);
    const char *hdrs[] = {"Content-Type: application/octet-stream", NULL};
    HttpRequest req = {.url = url("/upload"), .headers = hdrs, .body = body, .body_len = sizeof body};
    HttpResponse res;
    int rc = http_request(a, &req, &res);
    test_http_stop(&srv);
    cr_assert_eq(rc, 0);
    cr_assert_eq(res.status, 201);
    cr_assert_str_eq(res.body, "created");
    const char *q = srv.requests[0];
    cr_assert(strncmp(q, "POST /upload HTTP/1.1\r\n", 23) == 0, "%s", q);
    cr_assert_not_null(strstr(q, "\r\nContent-Type: application/octet-stream\r\n"));
    cr_assert_not_null(strstr(q, "\r\nContent-Length: 40000\r\n"));
    const char *got = test_http_body(&srv, 0);
    cr_assert_not_null(got);
    cr_assert_eq(srv.request_len[0] - (size_t)(got - q), sizeof body);
    cr_assert_eq(memcmp(got, body, sizeof body), 0);
}

Test(httpClient, explicit_method_and_empty_post)
{
    static const TestHttpReply r[] = {{.status = 204}, {.status = 200, .body = "x"}};
    test_http_start(&srv, r, 2);
    HttpResponse res;
    HttpRequest del = {.method = "DELETE", .url = url("/things/9")};
    cr_assert_eq(http_request(a, &del, &res), 0);
    cr_assert_eq(res.status, 204);
    cr_assert_str_eq(res.body, "");
    cr_assert_eq(res.body_len, 0);
    HttpRequest post = {.method = "POST", .url = url("/ping")};
    cr_assert_eq(http_request(a, &post, &res), 0);
    test_http_stop(&srv);
    cr_assert(strncmp(srv.requests[0], "DELETE /things/9 HTTP/1.1\r\n", 27) == 0, "%s", srv.requests[0]);
    cr_assert(strncmp(srv.requests[1], "POST /ping HTTP/1.1\r\n", 21) == 0, "%s", srv.requests[1]);
    cr_assert_not_null(strstr(srv.requests[1], "\r\nContent-Length: 0\r\n"), "%s", srv.requests[1]);
}

Test(httpClient, status_codes_pass_through_with_body)
{
    static const TestHttpReply r[] = {
        {.status = 200, .body = "fine"},
        {.status = 404, .body = "{\"error\":\"nope\"}"},
        {.status = 503, .body = "busy"},
    };
    test_http_start(&srv, r, 3);
    static const long want[] = {200, 404, 503};
    static const char *const bodies[] = {"fine", "{\"error\":\"nope\"}", "busy"};
    for (int i = 0; i < 3; i++) {
        HttpRequest req = {.url = url("/s")};
        HttpResponse res;
        /* A 4xx/5xx is still "a response arrived": rc 0, status for the caller to map. */
        cr_assert_eq(http_request(a, &req, &res), 0, "reply %d", i);
        cr_assert_eq(res.status, want[i]);
        cr_assert_str_eq(res.body, bodies[i]);
    }
    test_http_stop(&srv);
    cr_assert_eq(srv.served, 3);
}

Test(httpClient, retry_after_and_cache_control_parsed)
{
    static const TestHttpReply r[] = {
        {.status = 429, .headers = "Retry-After: 17\r\n", .body = "slow down"},
        {.status = 200, .headers = "cache-control: public, max-age=3600, must-revalidate\r\n", .body = "{}"},
        {.status = 503, .headers = "Retry-After: Wed, 21 Oct 2015 07:28:00 GMT\r\nCache-Control: no-store\r\n"},
        {.status = 200, .headers = "Cache-Control: max-age=abc\r\nRetry-After: -5\r\n"},
    };
    test_http_start(&srv, r, 4);
    HttpResponse res[4];
    for (int i = 0; i < 4; i++) {
        HttpRequest req = {.url = url("/h")};
        cr_assert_eq(http_request(a, &req, &res[i]), 0, "reply %d", i);
    }
    test_http_stop(&srv);
    cr_assert_eq(res[0].status, 429);
    cr_assert_eq(res[0].retry_after_seconds, 17);
    cr_assert_eq(res[0].cache_max_age, -1);
    cr_assert_eq(res[1].cache_max_age, 3600);
    cr_assert_eq(res[1].retry_after_seconds, -1);
    /* HTTP-date form of Retry-After and a directive-less Cache-Control: absent. */
    cr_assert_eq(res[2].retry_after_seconds, -1);
    cr_assert_eq(res[2].cache_max_age, -1);
    /* Garbage values: absent, never a negative delay. */
    cr_assert_eq(res[3].cache_max_age, -1);
    cr_assert_eq(res[3].retry_after_seconds, -1);
}

Test(httpClient, response_over_max_response_is_too_large)
{
    static char big[200000];
    memset(big, 'z', sizeof big);
    static TestHttpReply r[] = {{.status = 200}, {.status = 200, .body = "0123456789"}};
    r[0].body = big;
    r[0].body_len = sizeof big;
    test_http_start(&srv, r, 2);
    HttpRequest req = {.url = url("/big"), .max_response = 4096};
    HttpResponse res;
    cr_assert_eq(http_request(a, &req, &res), ERR_TOO_LARGE);
    cr_assert_str_eq(res.body, "");
    cr_assert_not_null(strstr(res.error, "4096"), "%s", res.error);
    /* Exactly at the cap is fine. */
    HttpRequest fits = {.url = url("/fits"), .max_response = 10};
    cr_assert_eq(http_request(a, &fits, &res), 0);
    cr_assert_str_eq(res.body, "0123456789");
    test_http_stop(&srv);
}

Test(httpClient, silent_server_times_out_within_deadline)
{
    static const TestHttpReply r[] = {{.silent = 1}};
    test_http_start(&srv, r, 1);
    HttpRequest req = {.url = url("/never"), .timeout_ms = 300};
    HttpResponse res;
    int rc = http_request(a, &req, &res);
    test_http_stop(&srv);
    cr_assert_eq(rc, ERR_TIMEOUT, "rc=%d", rc);
    cr_assert_eq(res.status, 0);
    cr_assert_not_null(res.error); /* curl's reason, for the log */
    cr_assert_gt(strlen(res.error), 0);
    /* Generous bound: proves the 300 ms deadline applied, not the 15 s default. */
    cr_assert_lt(res.elapsed_ms, 5000.0, "%f", res.elapsed_ms);
    cr_assert(strncmp(srv.requests[0], "GET /never ", 11) == 0); /* the request did arrive */
}

Test(httpClient, config_timeout_used_when_request_has_none)
{
    static const TestHttpReply r[] = {{.silent = 1}};
    test_http_start(&srv, r, 1);
    g_config.http_timeout_ms = 300;
    HttpRequest req = {.url = url("/never")};
    HttpResponse res;
    int rc = http_request(a, &req, &res);
    test_http_stop(&srv);
    cr_assert_eq(rc, ERR_TIMEOUT, "rc=%d", rc);
    cr_assert_lt(res.elapsed_ms, 5000.0, "%f", res.elapsed_ms);
}

Test(httpClient, nothing_listening_is_upstream_error)
{
    int port = test_http_dead_port();
    HttpRequest req = {.url = arena_sprintf(a, "http://127.0.0.1:%d/x", port), .timeout_ms = 2000};
    HttpResponse res;
    cr_assert_eq(http_request(a, &req, &res), ERR_UPSTREAM);
    cr_assert_eq(res.status, 0);
    cr_assert_str_eq(res.body, "");
    cr_assert_eq(res.retry_after_seconds, -1);
    /* The reason curl wrote into its error buffer reaches the caller. */
    cr_assert_not_null(res.error);
    cr_assert_not_null(strstr(res.error, arena_sprintf(a, "%d", port)), "%s", res.error);
}

Test(httpClient, non_http_scheme_refused)
{
    HttpRequest req = {.url = "file:///etc/passwd", .timeout_ms = 1000};
    HttpResponse res;
    cr_assert_eq(http_request(a, &req, &res), ERR_UPSTREAM);
    cr_assert_str_eq(res.body, "");
}

Test(httpClient, handle_reused_across_requests_after_failure)
{
    static const TestHttpReply r[] = {{.status = 200, .body = "after"}};
    int port = test_http_dead_port();
    HttpRequest bad = {.url = arena_sprintf(a, "http://127.0.0.1:%d/x", port), .timeout_ms = 2000};
    HttpResponse res;
    cr_assert_eq(http_request(a, &bad, &res), ERR_UPSTREAM);
    test_http_start(&srv, r, 1);
    HttpRequest ok = {.url = url("/ok")};
    cr_assert_eq(http_request(a, &ok, &res), 0);
    test_http_stop(&srv);
    cr_assert_str_eq(res.body, "after");
    cr_assert_null(res.error);
}

Test(httpClient, url_encode)
{
    cr_assert_str_eq(http_url_encode(a, ""), "");
    cr_assert_str_eq(http_url_encode(a, "AZaz09-_.~"), "AZaz09-_.~");
    cr_assert_str_eq(http_url_encode(a, "a b&c=d/e?f#g+h%"), "a%20b%26c%3Dd%2Fe%3Ff%23g%2Bh%25");
    cr_assert_str_eq(http_url_encode(a, "user@example.com"), "user%40example.com");
    /* UTF-8 bytes each encoded, upper-case hex */
    cr_assert_str_eq(http_url_encode(a, "\xe0\xa4\x95\xff\x01"), "%E0%A4%95%FF%01");
}
