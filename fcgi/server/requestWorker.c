/* requestWorker.c — the FastCGI accept loop (see requestWorker.h). */
#include "server/requestWorker.h"

#include <errno.h>
#include <fcgiapp.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "core/buf.h"
#include "core/config.h"
#include "store/db.h"
#include "store/dbNotify.h"
#include "core/errors.h"
#include "net/httpClient.h"
#include "core/log.h"
#include "core/metrics.h"
#include "server/processManager.h"
#include "http/request.h"
#include "http/router.h"
#include "server/scoreboard.h"
#include "app/app.h"
#include "core/timeUtil.h"

/* Largest rendered response (headers + body). */
#define RW_MAX_RESPONSE (32u * 1024u * 1024u)
#define RW_READ_CHUNK 65536

static volatile int g_listen = -1;
static int g_devnull = -1;

/* Async-signal-safe: libfcgi stops retrying accept() on EINTR, and the
 * listening fd is replaced by /dev/null so that a signal landing just
 * before accept() (libfcgi's "There's a window here") cannot leave the
 * worker blocked in accept(); dup2 keeps the fd number from being reused. */
static void on_stop(void)
{
    FCGX_ShutdownPending();
    if (g_listen >= 0 && g_devnull >= 0)
        dup2(g_devnull, g_listen);
}

/* IVR providers that cannot sign put their secret in the path below this
 * (nginx's access log masks the same prefix). */
#define IVR_WEBHOOK_PREFIX "/webhooks/ivr/"

static const char *new_request_id(Arena *a, unsigned *seed)
{
    unsigned x = (unsigned)rand_r(seed), y = (unsigned)rand_r(seed);
    return arena_sprintf(a, "%08x%08x", x, y);
}

/* Reads the body, bounded by CONTENT_LENGTH and limit. 0, or fails the
 * request with 413 (without reading the rest) or 400. */
static int read_body(Request *req, FCGX_Stream *in, size_t limit)
{
    const char *cl = NULL;
    for (int i = 0; i < req->nenv; i++)
        if (strcmp(req->env_names[i], "CONTENT_LENGTH") == 0)
            cl = req->env_values[i];
    size_t want;
    if (cl && *cl) {
        char *end = NULL;
        errno = 0;
        unsigned long long n = strtoull(cl, &end, 10);
        if (errno || *end || cl[0] == '-')
            return req_fail(req, ERR_BAD_REQUEST, "bad Content-Length");
        if (n > limit)
            return req_fail(req, ERR_TOO_LARGE, "request body is larger than %zu bytes", limit);
        want = (size_t)n;
    } else {
        want = limit + 1; /* no length: read to EOF, one byte past the limit tells */
    }
    if (want == 0)
        return 0;
    Buf b;
    buf_init(&b, limit + 1);
    char chunk[RW_READ_CHUNK];
    while (b.len < want) {
        size_t ask = want - b.len < sizeof chunk ? want - b.len : sizeof chunk;
        int got = FCGX_GetStr(chunk, (int)ask, in);
        if (got <= 0)
            break;
        if (buf_append(&b, chunk, (size_t)got) != 0) {
            buf_free(&b);
            return req_fail(req, ERR_TOO_LARGE, "request body is larger than %zu bytes", limit);
        }
    }
    if (b.len > limit) {
        buf_free(&b);
        return req_fail(req, ERR_TOO_LARGE, "request body is larger than %zu bytes", limit);
    }
    req->body_len = b.len;
    req->body = b.len ? buf_to_arena(&b, req->arena) : "";
    buf_free(&b);
    return 0;
}

static void handle_one(FCGX_Request *fr, Buf *out, unsigned *seed)
{
    double t0 = time_mono_ms();
    Request *req = request_new();
    for (char **e = fr->envp; e && *e; e++) {
        const char *eq = strchr(*e, '=');
        if (!eq || eq == *e)
            continue;
        char *name = arena_strndup(req->arena, *e, (size_t)(eq - *e));
        request_set_env(req, name, eq + 1);
    }
    if (!*req->request_id)
        req->request_id = new_request_id(req->arena, seed);
    log_set_request_id(req->request_id);

    /* Which table and route: known before dispatch, for the scoreboard and
     * the body limit. */
    const Route *routes = NULL;
    size_t nroutes = 0;
    int path_matched = 0;
    const Route *r = app_match_route(req, &routes, &nroutes, &path_matched);
    const char *route_name = r ? r->name : path_matched ? "method_not_allowed" : "not_found";
    /* The path with secret segments masked, and no query string (it may
     * carry a token): what the scoreboard and the logs show. */
    char masked[256], line[SB_REQUEST_MAX];
    router_mask_path(routes, nroutes, req->path, masked, sizeof masked);
    if (!r && strncmp(masked, IVR_WEBHOOK_PREFIX, strlen(IVR_WEBHOOK_PREFIX)) == 0)
        snprintf(masked, sizeof masked, "%s***", IVR_WEBHOOK_PREFIX); /* a mistyped route may hold a secret too */
    snprintf(line, sizeof line, "%.16s %.100s", req->method, masked); /* cut, as the slot is */
    sb_busy(route_name, line);

    size_t limit = r && r->max_body ? r->max_body : (size_t)g_config.max_body_bytes;
    if (read_body(req, fr->in, limit) == 0)
        router_dispatch(routes, nroutes, req, (size_t)g_config.max_body_bytes);
    /* A handler must never leave a transaction open for the next request. */
    db_rollback();

    request_render(req, out);
    if (out->len == 0) {
        req_fail(req, ERR_INTERNAL, "response too large");
        request_render(req, out);
    }
    int written = FCGX_PutStr(out->data, (int)out->len, fr->out);
    FCGX_Finish_r(fr);

    const char *path = log_safe(req->arena, masked, 255, LOG_SAFE_TOKEN);
    const char *rname = log_safe(req->arena, route_name, SB_ROUTE_MAX - 1, LOG_SAFE_TOKEN);
    if (req->status >= 500 && req->err)
        log_kv(LOG_ERROR, "request failed", "route=%s error=%s detail=\"%s\"", rname, err_name(req->err),
               log_safe(req->arena, req->err_message, 300, LOG_SAFE_QUOTED));
    log_kv(LOG_INFO, "request", "method=%.16s path=%s status=%d duration_ms=%.1f bytes=%d route=%s",
           *req->method ? req->method : "-", path, req->status, time_mono_ms() - t0, written < 0 ? 0 : written,
           rname);
    char status[8];
    snprintf(status, sizeof status, "%d", req->status);
    metrics_observe(MET_HTTP, route_name, status, (time_mono_ms() - t0) / 1000.0);
    if (strncmp(route_name, "webhooks.", 9) == 0)
        metrics_inc(MET_WEBHOOK_ACK, route_name + 9, status);
    log_set_request_id(NULL);
    sb_idle(1);
    request_free(&req);
}

int request_worker_main(int listen_fd)
{
    g_listen = listen_fd;
    g_devnull = open("/dev/null", O_RDONLY | O_CLOEXEC);
    if (FCGX_Init() != 0) {
        log_msg(LOG_ERROR, "FCGX_Init() failed");
        return CHILD_EXIT_INIT_FAILED;
    }
    /* After FCGX_Init: libfcgi installs its own SIGUSR1 handler there. */
    pm_child_signals(on_stop);
    if (db_connect(g_config.database_url) != 0)
        log_msg(LOG_WARN, "starting without a database connection; requests get 503 until it is back");

    unsigned seed = (unsigned)getpid() ^ (unsigned)time(NULL);
    long max = g_config.max_requests > 0 ? g_config.max_requests : 10000;
    long limit = max + (long)((unsigned)rand_r(&seed) % (unsigned long)(max / 8 + 1));

    FCGX_Request fr;
    /* FAIL_ON_INTR: any signal gets us out of accept() to look at flags. */
    if (FCGX_InitRequest(&fr, listen_fd, FCGI_FAIL_ACCEPT_ON_INTR) != 0) {
        log_msg(LOG_ERROR, "FCGX_InitRequest() failed");
        return CHILD_EXIT_INIT_FAILED;
    }
    Buf out;
    buf_init(&out, RW_MAX_RESPONSE);
    long served = 0;
    int errors = 0, rc = 0;
    while (!g_pm_child_stop && served < limit) {
        pm_child_check_signals();
        int a = FCGX_Accept_r(&fr);
        if (a < 0) {
            if (g_pm_child_stop)
                break;
            if (a == -EINTR)
                continue;
            log_msg(LOG_ERROR, "FCGX_Accept_r() failed: %s", strerror(-a));
            if (++errors > 100) {
                rc = 1;
                break;
            }
            usleep(10000);
            continue;
        }
        errors = 0;
        db_notify_request_begin();
        handle_one(&fr, &out, &seed);
        db_notify_request_end();
        served++;
    }
    if (served >= limit)
        log_kv(LOG_INFO, "recycling worker", "served=%ld", served);
    else if (g_pm_child_stop)
        log_kv(LOG_INFO, "worker stopping", "served=%ld", served);
    FCGX_Free(&fr, 1);
    buf_free(&out);
    db_disconnect();
    http_client_cleanup();
    if (g_devnull >= 0)
        close(g_devnull);
    return rc;
}
