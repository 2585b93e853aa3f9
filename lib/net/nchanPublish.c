/* nchanPublish.c — best-effort event publishing (see nchanPublish.h). */
#include "net/nchanPublish.h"

#include <stdio.h>
#include <string.h>
#include <sys/time.h>
#include <time.h>

#include "core/config.h"
#include "core/errors.h"
#include "net/httpClient.h"
#include "core/jsonUtil.h"
#include "core/log.h"
#include "core/timeUtil.h"

const char *nchan_envelope(Arena *a, const char *event, json_object *data)
{
    char at[TIME_ISO_LEN];
    time_iso_utc(NULL, at);
    json_object *env = json_object_new_object();
    json_object_object_add(env, "event", json_object_new_string(event));
    json_object_object_add(env, "data", data ? json_object_get(data) : json_object_new_object());
    json_object_object_add(env, "at", json_object_new_string(at));
    const char *s = json_to_arena(a, env);
    json_object_put(env);
    return s;
}

int nchan_publish(Arena *a, const char *channel, const char *event, json_object *data)
{
    const char *base = g_config.nchan_publish_url;
    if (!base || !*base)
        return 0; /* real-time disabled */
    const char *body = nchan_envelope(a, event, data);
    const char *url = arena_sprintf(a, "%s/%s", base, channel);
    static const char *const HEADERS[] = {"Content-Type: application/json", "Accept: text/json", NULL};
    HttpRequest req = {.method = "POST", .url = url, .headers = HEADERS, .body = body,
                       .body_len = strlen(body), .timeout_ms = 2000, .connect_timeout_ms = 1000,
                       .max_response = 64 * 1024};
    HttpResponse res;
    int rc = http_request(a, &req, &res);
    if (rc == 0 && (res.status < 200 || res.status >= 300))
        rc = ERR_UPSTREAM;
    if (rc)
        log_kv(LOG_WARN, "nchan publish failed", "channel=%s event=%s status=%ld err=%s reason=\"%s\"", channel,
               event, res.status, err_name(rc), log_safe(a, res.error, 200, LOG_SAFE_QUOTED));
    return rc;
}
