/* gmailClient.c — Gmail REST calls (see gmailClient.h). */
#include "channels/gmail/gmailClient.h"

#include <json-c/json.h>
#include <stdio.h>
#include <string.h>

#include "core/base64.h"
#include "core/config.h"
#include "core/errors.h"
#include "google/googleAuth.h"
#include "net/httpClient.h"
#include "core/jsonUtil.h"
#include "core/log.h"

void gmail_client_init(GmailClient *g, Arena *a, const char *mailbox)
{
    memset(g, 0, sizeof *g);
    g->arena = a;
    g->mailbox = mailbox;
    g->retry_after_seconds = -1;
}

int gmail_has_label(const char *const *labels, int n, const char *label)
{
    for (int i = 0; i < n; i++)
        if (labels[i] && strcmp(labels[i], label) == 0)
            return 1;
    return 0;
}

int gmail_map_error(long status, const char *body, size_t len, char *msg, size_t msglen)
{
    json_object *o = NULL;
    const char *message = NULL, *reason = NULL;
    if (body && len && json_parse_bounded(body, len, &o) == 0) {
        json_object *e = json_get(o, "error");
        message = json_get_str(e, "message");
        json_object *errs = json_get(e, "errors");
        if (errs && json_object_is_type(errs, json_type_array) && json_object_array_length(errs) > 0)
            reason = json_get_str(json_object_array_get_idx(errs, 0), "reason");
        if (!reason)
            reason = json_get_str(e, "status");
    }
    snprintf(msg, msglen, "Gmail API HTTP %ld%s%s%s%s", status, reason ? " " : "", reason ? reason : "",
             message ? ": " : "", message ? message : "");
    int rc;
    if (status == 404)
        rc = ERR_NOT_FOUND;
    else if (status == 429)
        rc = ERR_RATE_LIMITED;
    else if (status >= 500 || status == 408)
        rc = ERR_UPSTREAM;
    else if (status == 401)
        rc = ERR_UNAUTHORIZED;
    else if (status == 403 && reason &&
             (strcmp(reason, "rateLimitExceeded") == 0 || strcmp(reason, "userRateLimitExceeded") == 0 ||
              strcmp(reason, "dailyLimitExceeded") == 0 || strcmp(reason, "quotaExceeded") == 0 ||
              strcmp(reason, "RESOURCE_EXHAUSTED") == 0))
        rc = ERR_RATE_LIMITED;
    else
        rc = ERR_PERMANENT; /* 400, 403 insufficientPermissions / domainPolicy, ... */
    json_object_put(o);
    return rc;
}

/* One authenticated call; retries once with a fresh token after a 401.
 * On 2xx, *body is the response body (arena-owned). */
static int call(GmailClient *g, const char *method, const char *url, const char *json_body,
                size_t max_response, char **body, size_t *body_len)
{
    g->http_status = 0;
    g->retry_after_seconds = -1;
    g->error[0] = '\0';
    for (int attempt = 0; attempt < 2; attempt++) {
        char *token = NULL;
        int rc = google_access_token_for(g->arena, g->mailbox, g->scope ? g->scope : GOOGLE_GMAIL_SCOPE, &token,
                                         g->error, sizeof g->error);
        if (rc)
            return rc;
        const char *auth = arena_sprintf(g->arena, "Authorization: Bearer %s", token);
        const char *headers[] = {auth, "Accept: application/json",
                                 json_body ? "Content-Type: application/json" : NULL, NULL};
        HttpRequest req = {.method = method, .url = url, .headers = headers, .body = json_body,
                           .body_len = json_body ? strlen(json_body) : 0, .max_response = max_response};
        HttpResponse res;
        rc = http_request(g->arena, &req, &res);
        if (rc) {
            snprintf(g->error, sizeof g->error, "Gmail API unreachable (%s: %.200s)", err_name(rc),
                     res.error ? res.error : "");
            return rc == ERR_TOO_LARGE ? ERR_PERMANENT : (rc == ERR_TIMEOUT ? ERR_TIMEOUT : ERR_UPSTREAM);
        }
        g->http_status = res.status;
        g->retry_after_seconds = res.retry_after_seconds;
        if (res.status >= 200 && res.status < 300) {
            *body = res.body;
            *body_len = res.body_len;
            return 0;
        }
        rc = gmail_map_error(res.status, res.body, res.body_len, g->error, sizeof g->error);
        if (rc == ERR_UNAUTHORIZED && attempt == 0) {
            google_token_invalidate(g->mailbox);
            continue;
        }
        if (rc == ERR_UNAUTHORIZED)
            rc = ERR_PERMANENT;
        return rc;
    }
    return ERR_PERMANENT;
}

static const char *user_url(GmailClient *g, const char *rest)
{
    return arena_sprintf(g->arena, "%s/users/%s%s", g_config.gmail_api_base_url,
                         http_url_encode(g->arena, g->mailbox), rest);
}

static int parse_obj(GmailClient *g, const char *body, size_t len, json_object **o)
{
    if (json_parse_arena(g->arena, body, len, o) != 0 || !json_object_is_type(*o, json_type_object)) {
        snprintf(g->error, sizeof g->error, "Gmail API sent malformed JSON");
        return ERR_UPSTREAM;
    }
    return 0;
}

int gmail_watch(GmailClient *g, const char *topic, uint64_t *history_id, int64_t *expiration_ms)
{
    char *body = NULL;
    size_t len = 0;
    json_object *req = json_arena_own(g->arena, json_object_new_object());
    json_object *labels = json_object_new_array();
    json_object_array_add(labels, json_object_new_string("INBOX"));
    json_object_object_add(req, "topicName", json_object_new_string(topic ? topic : ""));
    json_object_object_add(req, "labelIds", labels);
    json_object_object_add(req, "labelFilterBehavior", json_object_new_string("include"));
    int rc = call(g, "POST", user_url(g, "/watch"), json_to_arena(g->arena, req), 64 * 1024, &body, &len);
    if (rc)
        return rc;
    json_object *o = NULL;
    if ((rc = parse_obj(g, body, len, &o)) != 0)
        return rc;
    if (json_get_uint64(o, "historyId", history_id) != 0 ||
        json_get_int64(o, "expiration", expiration_ms) != 0) {
        snprintf(g->error, sizeof g->error, "Gmail watch response lacks historyId or expiration");
        return ERR_UPSTREAM;
    }
    return 0;
}

int gmail_stop(GmailClient *g)
{
    char *body = NULL;
    size_t len = 0;
    return call(g, "POST", user_url(g, "/stop"), NULL, 64 * 1024, &body, &len);
}

int gmail_get_profile(GmailClient *g, uint64_t *history_id)
{
    char *body = NULL;
    size_t len = 0;
    int rc = call(g, "GET", user_url(g, "/profile"), NULL, 64 * 1024, &body, &len);
    if (rc)
        return rc;
    json_object *o = NULL;
    if ((rc = parse_obj(g, body, len, &o)) != 0)
        return rc;
    if (json_get_uint64(o, "historyId", history_id) != 0) {
        snprintf(g->error, sizeof g->error, "Gmail profile response lacks historyId");
        return ERR_UPSTREAM;
    }
    return 0;
}

static const char **label_list(Arena *a, json_object *arr, int *n)
{
    *n = 0;
    if (!arr || !json_object_is_type(arr, json_type_array))
        return NULL;
    size_t len = json_object_array_length(arr);
    if (len > 1000)
        len = 1000;
    const char **out = arena_alloc(a, (len + 1) * sizeof *out);
    for (size_t i = 0; i < len; i++) {
        json_object *s = json_object_array_get_idx(arr, i);
        if (json_object_is_type(s, json_type_string))
            out[(*n)++] = arena_strdup(a, json_object_get_string(s));
    }
    return out;
}

/* Appends a ref unless its id is already in the list. */
static int add_ref(Arena *a, GmailRefList *acc, json_object *m)
{
    const char *id = json_get_str(m, "id");
    if (!id || !*id)
        return 0;
    for (int i = 0; i < acc->n; i++)
        if (strcmp(acc->refs[i].id, id) == 0)
            return 0;
    if (acc->n >= GMAIL_MAX_REFS)
        return ERR_TOO_LARGE;
    if (acc->n == acc->cap) {
        int cap = acc->cap ? acc->cap * 2 : 64;
        GmailMessageRef *r = arena_alloc(a, (size_t)cap * sizeof *r);
        if (acc->n)
            memcpy(r, acc->refs, (size_t)acc->n * sizeof *r);
        acc->refs = r;
        acc->cap = cap;
    }
    GmailMessageRef *r = &acc->refs[acc->n++];
    r->id = arena_strdup(a, id);
    r->thread_id = arena_strdup(a, json_get_str(m, "threadId"));
    json_object *labels = json_get(m, "labelIds");
    r->has_labels = labels != NULL;
    r->label_ids = label_list(a, labels, &r->nlabels);
    return 0;
}

int gmail_parse_history_page(Arena *a, const char *json, size_t len, GmailRefList *acc,
                             const char **next_page_token)
{
    json_object *o = NULL;
    *next_page_token = NULL;
    if (json_parse_arena(a, json, len, &o) != 0 || !json_object_is_type(o, json_type_object))
        return ERR_PARSE;
    uint64_t hid = 0;
    if (json_get_uint64(o, "historyId", &hid) != 0)
        return ERR_PARSE;
    acc->history_id = hid;
    json_object *hist = json_get(o, "history");
    if (hist && json_object_is_type(hist, json_type_array)) {
        size_t nh = json_object_array_length(hist);
        for (size_t i = 0; i < nh; i++) {
            json_object *added = json_get(json_object_array_get_idx(hist, i), "messagesAdded");
            if (!added || !json_object_is_type(added, json_type_array))
                continue;
            size_t na = json_object_array_length(added);
            for (size_t j = 0; j < na; j++) {
                json_object *m = json_get(json_object_array_get_idx(added, j), "message");
                if (m && add_ref(a, acc, m) != 0)
                    return ERR_TOO_LARGE;
            }
        }
    }
    const char *npt = json_get_str(o, "nextPageToken");
    *next_page_token = npt && *npt ? arena_strdup(a, npt) : NULL;
    return 0;
}

int gmail_parse_list_page(Arena *a, const char *json, size_t len, GmailRefList *acc,
                          const char **next_page_token)
{
    json_object *o = NULL;
    *next_page_token = NULL;
    if (json_parse_arena(a, json, len, &o) != 0 || !json_object_is_type(o, json_type_object))
        return ERR_PARSE;
    json_object *msgs = json_get(o, "messages");
    if (msgs && json_object_is_type(msgs, json_type_array)) {
        size_t n = json_object_array_length(msgs);
        for (size_t i = 0; i < n; i++)
            if (add_ref(a, acc, json_object_array_get_idx(msgs, i)) != 0)
                return ERR_TOO_LARGE;
    }
    const char *npt = json_get_str(o, "nextPageToken");
    *next_page_token = npt && *npt ? arena_strdup(a, npt) : NULL;
    return 0;
}

int gmail_history_list(GmailClient *g, uint64_t start_history_id, GmailRefList *out)
{
    memset(out, 0, sizeof *out);
    const char *page = NULL;
    for (int p = 0; p < GMAIL_MAX_PAGES; p++) {
        const char *url = user_url(
            g, arena_sprintf(g->arena,
                             "/history?startHistoryId=%llu&historyTypes=messageAdded&labelId=INBOX"
                             "&maxResults=500%s%s",
                             (unsigned long long)start_history_id, page ? "&pageToken=" : "",
                             page ? http_url_encode(g->arena, page) : ""));
        char *body = NULL;
        size_t len = 0;
        int rc = call(g, "GET", url, NULL, 0, &body, &len);
        if (rc)
            return rc;
        rc = gmail_parse_history_page(g->arena, body, len, out, &page);
        if (rc) {
            snprintf(g->error, sizeof g->error, "Gmail history response is malformed or too large");
            return ERR_UPSTREAM;
        }
        if (!page)
            return 0;
    }
    snprintf(g->error, sizeof g->error, "Gmail history has more than %d pages", GMAIL_MAX_PAGES);
    return ERR_PERMANENT;
}

int gmail_messages_list(GmailClient *g, const char *q, int max, GmailRefList *out)
{
    memset(out, 0, sizeof *out);
    const char *page = NULL;
    for (int p = 0; p < GMAIL_MAX_PAGES; p++) {
        const char *url = user_url(
            g, arena_sprintf(g->arena, "/messages?labelIds=INBOX&maxResults=500%s%s%s%s",
                             q ? "&q=" : "", q ? http_url_encode(g->arena, q) : "",
                             page ? "&pageToken=" : "", page ? http_url_encode(g->arena, page) : ""));
        char *body = NULL;
        size_t len = 0;
        int rc = call(g, "GET", url, NULL, 0, &body, &len);
        if (rc)
            return rc;
        rc = gmail_parse_list_page(g->arena, body, len, out, &page);
        if (rc) {
            snprintf(g->error, sizeof g->error, "Gmail list response is malformed or too large");
            return ERR_UPSTREAM;
        }
        if (!page || out->n >= max) {
            if (out->n > max)
                out->n = max;
            return 0;
        }
    }
    return 0;
}

int gmail_parse_message(Arena *a, const char *json, size_t len, GmailMessage *out)
{
    json_object *o = NULL;
    memset(out, 0, sizeof *out);
    if (json_parse_arena(a, json, len, &o) != 0 || !json_object_is_type(o, json_type_object))
        return ERR_PARSE;
    out->id = arena_strdup(a, json_get_str(o, "id"));
    out->thread_id = arena_strdup(a, json_get_str(o, "threadId"));
    out->label_ids = label_list(a, json_get(o, "labelIds"), &out->nlabels);
    if (json_get_uint64(o, "historyId", &out->history_id) != 0)
        out->history_id = 0;
    if (json_get_int64(o, "internalDate", &out->internal_date_ms) != 0)
        out->internal_date_ms = 0;
    const char *raw = json_get_str(o, "raw");
    if (!out->id || !*out->id || !raw)
        return ERR_PARSE;
    if (base64_decode(a, raw, strlen(raw), GMAIL_MAX_RAW, &out->raw, &out->raw_len) != 0)
        return ERR_PARSE;
    return 0;
}

int gmail_message_get(GmailClient *g, const char *id, GmailMessage *out)
{
    char *body = NULL;
    size_t len = 0;
    const char *url = user_url(g, arena_sprintf(g->arena, "/messages/%s?format=raw",
                                                http_url_encode(g->arena, id)));
    /* raw is base64 (4/3 of the message) inside JSON. */
    int rc = call(g, "GET", url, NULL, GMAIL_MAX_RAW / 3 * 4 + 1024 * 1024, &body, &len);
    if (rc)
        return rc;
    if (gmail_parse_message(g->arena, body, len, out) != 0) {
        snprintf(g->error, sizeof g->error, "Gmail message %s: malformed response", id);
        return ERR_UPSTREAM;
    }
    return 0;
}

int gmail_message_send(GmailClient *g, const char *mime, size_t mime_len, const char *thread_id,
                       const char **id)
{
    char *body = NULL;
    size_t len = 0;
    json_object *o = NULL;
    *id = NULL;
    if (mime_len > GMAIL_MAX_RAW)
        return ERR_TOO_LARGE;
    json_object *req = json_arena_own(g->arena, json_object_new_object());
    json_object_object_add(req, "raw", json_object_new_string(base64_encode(g->arena, mime, mime_len, 1)));
    if (thread_id)
        json_object_object_add(req, "threadId", json_object_new_string(thread_id));
    int rc = call(g, "POST", user_url(g, "/messages/send"), json_to_arena(g->arena, req), 64 * 1024, &body, &len);
    if (rc)
        return rc;
    if ((rc = parse_obj(g, body, len, &o)) != 0)
        return rc;
    const char *sent = json_get_str(o, "id");
    if (!sent || !*sent) {
        snprintf(g->error, sizeof g->error, "Gmail API answered send without a message id");
        return ERR_UPSTREAM;
    }
    *id = arena_strdup(g->arena, sent);
    return 0;
}
