/* nchanPublishTest.c — the event envelope and best-effort publishing to a
 * canned loopback "nchan" publisher. */
#include <criterion/criterion.h>
#include <json-c/json.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/arena.h"
#include "core/config.h"
#include "core/errors.h"
#include "net/httpClient.h"
#include "core/log.h"
#include "net/nchanPublish.h"
#include "testHttpServer.h"

static Arena *a;
static TestHttpServer srv;

static void setup(void)
{
    a = arena_new(0);
    g_config.nchan_publish_url = NULL;
    log_open("/dev/null"); /* the failure tests log warnings on purpose */
}
static void teardown(void)
{
    http_client_cleanup();
    arena_destroy(&a);
}
TestSuite(nchanPublish, .init = setup, .fini = teardown);

/* Checks "YYYY-MM-DDTHH:MM:SS.uuuuuuZ" (the one timestamp format) and returns it as a UTC time_t. */
static time_t parse_iso_utc(const char *at)
{
    static const char SHAPE[] = "dddd-dd-ddTdd:dd:dd.ddddddZ";
    cr_assert_eq(strlen(at), strlen(SHAPE), "%s", at);
    for (size_t i = 0; SHAPE[i]; i++) {
        if (SHAPE[i] == 'd')
            cr_assert(at[i] >= '0' && at[i] <= '9', "%s", at);
        else
            cr_assert_eq(at[i], SHAPE[i], "%s", at);
    }
    struct tm tm = {0};
    char *end = strptime(at, "%Y-%m-%dT%H:%M:%S", &tm);
    cr_assert(end && *end == '.', "%s", at);
    return timegm(&tm);
}

static json_object *parse_envelope(const char *s)
{
    json_object *o = json_tokener_parse(s);
    cr_assert_not_null(o, "%s", s);
    cr_assert(json_object_is_type(o, json_type_object));
    cr_assert_eq(json_object_object_length(o), 3, "%s", s);
    return o;
}

Test(nchanPublish, envelope_has_event_data_and_utc_at)
{
    /* A non-UTC local zone: "at" must still be UTC. */
    setenv("TZ", "IST-5:30", 1); /* POSIX form: needs no tzdata */
    tzset();
    json_object *data = json_object_new_object();
    json_object_object_add(data, "email_id", json_object_new_int(42));
    json_object_object_add(data, "subject", json_object_new_string("line \"one\"\nline two"));
    const char *s = nchan_envelope(a, "email.created", data);
    /* data is not consumed: still ours, still intact */
    cr_assert_eq(json_object_get_int(json_object_object_get(data, "email_id")), 42);
    json_object *o = parse_envelope(s);
    json_object *ev = NULL, *d = NULL, *at = NULL;
    cr_assert(json_object_object_get_ex(o, "event", &ev));
    cr_assert(json_object_object_get_ex(o, "data", &d));
    cr_assert(json_object_object_get_ex(o, "at", &at));
    cr_assert_str_eq(json_object_get_string(ev), "email.created");
    cr_assert_eq(json_object_get_int(json_object_object_get(d, "email_id")), 42);
    cr_assert_str_eq(json_object_get_string(json_object_object_get(d, "subject")), "line \"one\"\nline two");
    time_t t = parse_iso_utc(json_object_get_string(at));
    time_t now = time(NULL);
    /* Within two minutes of now read as UTC; a local-time stamp would be 5.5 h off. */
    cr_assert(t > now - 120 && t < now + 120, "at=%s", json_object_get_string(at));
    json_object_put(o);
    json_object_put(data);
}

Test(nchanPublish, envelope_null_data_is_empty_object)
{
    json_object *o = parse_envelope(nchan_envelope(a, "ping", NULL));
    json_object *d = json_object_object_get(o, "data");
    cr_assert(json_object_is_type(d, json_type_object));
    cr_assert_eq(json_object_object_length(d), 0);
    cr_assert_str_eq(json_object_get_string(json_object_object_get(o, "event")), "ping");
    json_object_put(o);
}

Test(nchanPublish, publish_posts_envelope_to_channel)
{
    static const TestHttpReply r[] = {{.status = 202, .body = "{\"messages\":1}"}};
    test_http_start(&srv, r, 1);
    g_config.nchan_publish_url = arena_sprintf(a, "http://127.0.0.1:%d/pub", srv.port);
    json_object *data = json_object_new_object();
    json_object_object_add(data, "id", json_object_new_int(7));
    int rc = nchan_publish(a, "inbox", "conversation.updated", data);
    json_object_put(data);
    test_http_stop(&srv);
    cr_assert_eq(rc, 0);
    const char *q = srv.requests[0];
    cr_assert(strncmp(q, "POST /pub/inbox HTTP/1.1\r\n", 26) == 0, "%s", q);
    cr_assert_not_null(strcasestr(q, "\r\nContent-Type: application/json\r\n"), "%s", q);
    json_object *o = parse_envelope(test_http_body(&srv, 0));
    cr_assert_str_eq(json_object_get_string(json_object_object_get(o, "event")), "conversation.updated");
    cr_assert_eq(json_object_get_int(json_object_object_get(json_object_object_get(o, "data"), "id")), 7);
    parse_iso_utc(json_object_get_string(json_object_object_get(o, "at")));
    json_object_put(o);
}

Test(nchanPublish, publisher_error_status_is_negative_errcode)
{
    static const TestHttpReply r[] = {{.status = 500, .body = "boom"}, {.status = 403, .body = ""}};
    test_http_start(&srv, r, 2);
    g_config.nchan_publish_url = arena_sprintf(a, "http://127.0.0.1:%d/pub", srv.port);
    int rc1 = nchan_publish(a, "agent-3", "x", NULL);
    int rc2 = nchan_publish(a, "agent-3", "x", NULL);
    test_http_stop(&srv);
    cr_assert_eq(rc1, ERR_UPSTREAM);
    cr_assert_eq(rc2, ERR_UPSTREAM);
    cr_assert_eq(srv.served, 2);
}

Test(nchanPublish, nothing_listening_is_negative_errcode)
{
    g_config.nchan_publish_url = arena_sprintf(a, "http://127.0.0.1:%d/pub", test_http_dead_port());
    int rc = nchan_publish(a, "inbox", "email.created", NULL);
    cr_assert_lt(rc, 0);
    cr_assert_eq(rc, ERR_UPSTREAM);
}

Test(nchanPublish, silent_publisher_times_out)
{
    static const TestHttpReply r[] = {{.silent = 1}};
    test_http_start(&srv, r, 1);
    g_config.nchan_publish_url = arena_sprintf(a, "http://127.0.0.1:%d/pub", srv.port);
    int rc = nchan_publish(a, "inbox", "email.created", NULL);
    test_http_stop(&srv);
    cr_assert_eq(rc, ERR_TIMEOUT);
}

Test(nchanPublish, empty_url_is_noop)
{
    g_config.nchan_publish_url = "";
    cr_assert_eq(nchan_publish(a, "inbox", "email.created", NULL), 0);
    g_config.nchan_publish_url = NULL;
    cr_assert_eq(nchan_publish(a, "inbox", "email.created", NULL), 0);
}
