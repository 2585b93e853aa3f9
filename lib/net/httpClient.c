/* httpClient.c — libcurl wrapper (see httpClient.h). */
#include "net/httpClient.h"

#include <ctype.h>
#include <curl/curl.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/buf.h"
#include "core/config.h"
#include "core/errors.h"
#include "core/hex.h"

static CURL *g_curl;

typedef struct RecvState {
    Buf body;
    int overflow;
    long retry_after;
    long max_age;
    Arena *arena;
} RecvState;

static size_t on_body(char *p, size_t size, size_t n, void *ud)
{
    RecvState *st = ud;
    size_t len = size * n;
    if (buf_append(&st->body, p, len) != 0) {
        st->overflow = 1;
        return 0; /* makes curl stop with CURLE_WRITE_ERROR */
    }
    return len;
}

static long parse_max_age(const char *v)
{
    const char *m = strcasestr(v, "max-age=");
    if (!m)
        return -1;
    char *end = NULL;
    long n = strtol(m + 8, &end, 10);
    return end == m + 8 || n < 0 ? -1 : n;
}

static size_t on_header(char *p, size_t size, size_t n, void *ud)
{
    RecvState *st = ud;
    size_t len = size * n;
    char line[512];
    size_t l = len < sizeof line - 1 ? len : sizeof line - 1;
    memcpy(line, p, l);
    line[l] = '\0';
    if (strncasecmp(line, "Retry-After:", 12) == 0) {
        char *end = NULL;
        long s = strtol(line + 12, &end, 10);
        if (end != line + 12 && s >= 0)
            st->retry_after = s;
    } else if (strncasecmp(line, "Cache-Control:", 14) == 0) {
        st->max_age = parse_max_age(line + 14);
    }
    return len;
}

int http_request(Arena *a, const HttpRequest *req, HttpResponse *res)
{
    memset(res, 0, sizeof *res);
    res->retry_after_seconds = -1;
    res->cache_max_age = -1;
    res->body = arena_strdup(a, "");
    if (!g_curl) {
        curl_global_init(CURL_GLOBAL_DEFAULT);
        g_curl = curl_easy_init();
        if (!g_curl)
            return ERR_INTERNAL;
    }
    CURL *c = g_curl;
    curl_easy_reset(c);

    RecvState st = {.overflow = 0, .retry_after = -1, .max_age = -1, .arena = a};
    buf_init(&st.body, req->max_response ? req->max_response : HTTP_DEFAULT_MAX_RESPONSE);

    long timeout = req->timeout_ms ? req->timeout_ms
                                   : (g_config.http_timeout_ms ? g_config.http_timeout_ms : 15000);
    long ctimeout = req->connect_timeout_ms ? req->connect_timeout_ms : (timeout < 5000 ? timeout : 5000);

    struct curl_slist *hdrs = NULL;
    if (req->headers)
        for (const char *const *h = req->headers; *h; h++)
            hdrs = curl_slist_append(hdrs, *h);
    /* curl adds "Expect: 100-continue" to big POSTs; nobody here needs it. */
    hdrs = curl_slist_append(hdrs, "Expect:");

    char errbuf[CURL_ERROR_SIZE] = "";
    curl_easy_setopt(c, CURLOPT_URL, req->url);
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, timeout);
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS, ctimeout);
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errbuf);
    curl_easy_setopt(c, CURLOPT_HTTPHEADER, hdrs);
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, on_body);
    curl_easy_setopt(c, CURLOPT_WRITEDATA, &st);
    curl_easy_setopt(c, CURLOPT_HEADERFUNCTION, on_header);
    curl_easy_setopt(c, CURLOPT_HEADERDATA, &st);
    curl_easy_setopt(c, CURLOPT_USERAGENT, "csd/1.0");
    curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(c, CURLOPT_ACCEPT_ENCODING, "");
    if (req->body) {
        curl_easy_setopt(c, CURLOPT_POSTFIELDS, req->body);
        curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)req->body_len);
    }
    if (req->method)
        curl_easy_setopt(c, CURLOPT_CUSTOMREQUEST, req->method);
    if (req->method && strcmp(req->method, "POST") == 0 && !req->body) {
        curl_easy_setopt(c, CURLOPT_POSTFIELDS, "");
        curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)0);
    }

    CURLcode cc = curl_easy_perform(c);
    curl_slist_free_all(hdrs);
    curl_easy_setopt(c, CURLOPT_HTTPHEADER, NULL);
    /* errbuf is on this stack frame; the handle outlives it. */
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, NULL);

    double total = 0;
    curl_easy_getinfo(c, CURLINFO_TOTAL_TIME, &total);
    res->elapsed_ms = total * 1000.0;
    int rc = 0;
    if (st.overflow) {
        rc = ERR_TOO_LARGE;
        res->error = arena_sprintf(a, "response larger than %zu bytes", st.body.max);
    } else if (cc != CURLE_OK) {
        rc = cc == CURLE_OPERATION_TIMEDOUT ? ERR_TIMEOUT : ERR_UPSTREAM;
        /* errbuf is the specific reason ("Failed to connect to x port 443
         * after 3 ms: Connection refused"); curl_easy_strerror the generic. */
        res->error = arena_strdup(a, errbuf[0] ? errbuf : curl_easy_strerror(cc));
    } else {
        curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &res->status);
        char *ct = NULL;
        curl_easy_getinfo(c, CURLINFO_CONTENT_TYPE, &ct);
        res->content_type = arena_strdup(a, ct);
        res->retry_after_seconds = st.retry_after;
        res->cache_max_age = st.max_age;
        res->body_len = st.body.len;
        res->body = arena_memdup(a, st.body.data ? st.body.data : "", st.body.len);
    }
    buf_free(&st.body);
    return rc;
}

char *http_url_encode(Arena *a, const char *s)
{
    size_t n = strlen(s);
    char *out = arena_alloc(a, n * 3 + 1);
    char *o = out;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (isalnum(*p) || *p == '-' || *p == '_' || *p == '.' || *p == '~') {
            *o++ = (char)*p;
        } else {
            *o++ = '%';
            *o++ = HEX_UPPER[*p >> 4];
            *o++ = HEX_UPPER[*p & 15];
        }
    }
    *o = '\0';
    return out;
}

void http_client_cleanup(void)
{
    if (g_curl)
        curl_easy_cleanup(g_curl);
    g_curl = NULL;
}
