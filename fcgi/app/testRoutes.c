/* testRoutes.c — the test-only routes (see testRoutes.h). */
#include "app/testRoutes.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/errors.h"
#include "core/jsonUtil.h"

static int handle_test_sleep(Request *req)
{
    const char *ms_s = req_query(req, "ms");
    char *end = NULL;
    long ms = ms_s ? strtol(ms_s, &end, 10) : -1;
    if (!ms_s || !*ms_s || *end || ms < 0 || ms > 600000)
        return req_fail(req, ERR_INVALID, "ms must be a whole number from 0 to 600000");
    struct timespec ts = {.tv_sec = ms / 1000, .tv_nsec = (ms % 1000) * 1000000L};
    /* Keep sleeping through signals: a stuck handler ignores SIGTERM. */
    while (nanosleep(&ts, &ts) != 0 && errno == EINTR)
        ;
    json_object *o = json_object_new_object();
    json_object_object_add(o, "slept_ms", json_object_new_int64(ms));
    return req_reply(req, 200, o);
}

static int handle_test_crash(Request *req)
{
    (void)req;
    abort();
}

const Route TEST_ROUTES[] = {
    {"GET", "/_test/sleep", handle_test_sleep, AUTH_NONE, 0, "test_sleep"},
    {"GET", "/_test/crash", handle_test_crash, AUTH_NONE, 0, "test_crash"},
};
const size_t TEST_ROUTES_COUNT = sizeof TEST_ROUTES / sizeof TEST_ROUTES[0];

int test_routes_enabled(void)
{
    const char *v = getenv("CSD_TEST_ROUTES");
    return v && strcmp(v, "1") == 0;
}
