/* interaktWebhook.c — Interakt webhook parsing (see interaktWebhook.h). */
#include "channels/interakt/interaktWebhook.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "core/errors.h"
#include "core/jsonUtil.h"

int utf8_valid(const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;
    while (i < n) {
        unsigned c = p[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        size_t len;
        unsigned cp, min;
        if ((c & 0xE0) == 0xC0) {
            len = 2, cp = c & 0x1F, min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3, cp = c & 0x0F, min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4, cp = c & 0x07, min = 0x10000;
        } else {
            return 0;
        }
        if (i + len > n)
            return 0;
        for (size_t k = 1; k < len; k++) {
            if ((p[i + k] & 0xC0) != 0x80)
                return 0;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return 0;
        i += len;
    }
    return 1;
}

int interakt_status_rank(const char *status)
{
    static const char *const ORDER[] = {"queued", "sent", "failed", "delivered", "read"};
    if (!status)
        return -1;
    for (int i = 0; i < 5; i++)
        if (strcmp(status, ORDER[i]) == 0)
            return i;
    return -1;
}

/* A string member without embedded NUL bytes (json-c keeps "\u0000"), at
 * most max bytes; NULL otherwise. */
static const char *str_member(json_object *o, const char *key, size_t max)
{
    json_object *v = json_get(o, key);
    if (!v || !json_object_is_type(v, json_type_string))
        return NULL;
    const char *s = json_object_get_string(v);
    size_t n = (size_t)json_object_get_string_len(v);
    if (!s || strlen(s) != n || n > max)
        return NULL;
    return s;
}

static int days_from_civil(int y, int m, int d, long long *days)
{
    /* Howard Hinnant's algorithm: no timegm() (not in C17) and no TZ. */
    y -= m <= 2;
    long long era = (y >= 0 ? y : y - 399) / 400;
    long long yoe = y - era * 400;
    long long doy = (153LL * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    *days = era * 146097 + doe - 719468;
    return 0;
}

/* n decimal digits (already checked to be digits). */
static int num(const char *s, int n)
{
    int v = 0;
    for (int i = 0; i < n; i++)
        v = v * 10 + (s[i] - '0');
    return v;
}

int interakt_time_parse(const char *s, long long *epoch_ms)
{
    int y, mo, d, h, mi, sec;
    *epoch_ms = 0;
    if (!s || strlen(s) > 40)
        return ERR_INVALID;
    for (int i = 0; i < 19; i++) {
        char c = s[i];
        int want_digit = !(i == 4 || i == 7 || i == 10 || i == 13 || i == 16);
        if (!c || (want_digit && !isdigit((unsigned char)c)))
            return ERR_INVALID;
    }
    if (s[4] != '-' || s[7] != '-' || (s[10] != 'T' && s[10] != ' ') || s[13] != ':' || s[16] != ':')
        return ERR_INVALID;
    y = num(s, 4), mo = num(s + 5, 2), d = num(s + 8, 2), h = num(s + 11, 2), mi = num(s + 14, 2),
    sec = num(s + 17, 2);
    if (y < 1970 || y > 2200 || mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || sec > 60)
        return ERR_INVALID;
    const char *p = s + 19;
    int ms = 0, digits = 0;
    if (*p == '.') {
        p++;
        while (isdigit((unsigned char)*p)) {
            if (digits < 3)
                ms = ms * 10 + (*p - '0');
            digits++;
            p++;
        }
        if (digits == 0 || digits > 9)
            return ERR_INVALID;
        for (int k = digits; k < 3; k++)
            ms *= 10;
    }
    if (*p == 'Z')
        p++;
    else if (strcmp(p, "+00:00") == 0 || strcmp(p, "+0000") == 0)
        p += strlen(p);
    if (*p)
        return ERR_INVALID; /* another offset: not Interakt's format, do not guess */
    long long days;
    days_from_civil(y, mo, d, &days);
    *epoch_ms = ((days * 86400LL) + h * 3600LL + mi * 60LL + sec) * 1000LL + ms;
    return 0;
}

static const char *epoch_text(Arena *a, const char *t)
{
    long long ms;
    if (!t || interakt_time_parse(t, &ms) != 0)
        return NULL;
    return arena_sprintf(a, "%lld.%03lld", ms / 1000, ms % 1000);
}

static int id_ok(const char *s)
{
    if (!s || !*s || strlen(s) > INTERAKT_MAX_ID_LEN)
        return 0;
    for (const char *p = s; *p; p++)
        if (!isalnum((unsigned char)*p) && *p != '-' && *p != '_' && *p != '.' && *p != ':')
            return 0;
    return 1;
}

static int url_ok(const char *s)
{
    if (!s || strlen(s) > INTERAKT_MAX_URL_LEN)
        return 0;
    if (strncasecmp(s, "https://", 8) != 0 && strncasecmp(s, "http://", 7) != 0)
        return 0;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++)
        if (*p <= 0x20 || *p >= 0x7f)
            return 0;
    return 1;
}

/* The customer's number: country_code + phone_number (newer payloads) or
 * channel_phone_number (country code and number, no "+"). Both name one
 * number, so either gives the same E.164. */
static int customer_phone(Arena *a, json_object *cust, char out[PHONE_E164_MAX])
{
    const char *cc = str_member(cust, "country_code", 8);
    const char *pn = str_member(cust, "phone_number", 32);
    const char *ch = str_member(cust, "channel_phone_number", 32);
    if (cc && pn && *cc && *pn) {
        const char *full = arena_sprintf(a, "%s%s%s", *cc == '+' ? "" : "+", cc, pn);
        if (phone_normalize(full, out) == 0)
            return 0;
    }
    if (ch && *ch) {
        const char *full = *ch == '+' ? ch : arena_sprintf(a, "+%s", ch);
        if (phone_normalize(full, out) == 0)
            return 0;
    }
    return ERR_INVALID;
}

static const char *kind_of(const char *ct)
{
    static const struct {
        const char *ct, *kind;
    } MAP[] = {
        {"text", "text"},         {"image", "image"},       {"sticker", "image"},
        {"audio", "audio"},       {"voice", "audio"},       {"video", "video"},
        {"document", "document"}, {"file", "document"},     {"location", "location"},
        {"button", "button_reply"}, {"interactivebuttonreply", "button_reply"},
        {"interactivelistreply", "button_reply"}, {"interactive", "button_reply"},
        {"buttonreply", "button_reply"}, {"listreply", "button_reply"},
    };
    if (!ct)
        return "text";
    for (size_t i = 0; i < sizeof MAP / sizeof MAP[0]; i++)
        if (strcasecmp(ct, MAP[i].ct) == 0)
            return MAP[i].kind;
    return "other";
}

/* Interactive replies come as a JSON string in "message" [U]:
 * {"type":"button_reply","button_reply":{"id":..,"title":..}} (or list_reply). */
static int read_reply(Arena *a, const char *msg, InteraktEvent *ev)
{
    json_object *o = NULL, *r = NULL;
    if (!msg || *msg != '{' || json_parse_arena(a, msg, strlen(msg), &o) != 0)
        return 0;
    r = json_get(o, "button_reply");
    if (!r)
        r = json_get(o, "list_reply");
    if (!r)
        r = json_get(o, "button"); /* a template quick-reply button: {"text","payload"} */
    if (!r || !json_object_is_type(r, json_type_object))
        return 0;
    const char *title = str_member(r, "title", 4096);
    if (!title)
        title = str_member(r, "text", 4096);
    const char *id = str_member(r, "id", INTERAKT_MAX_ID_LEN);
    if (!id)
        id = str_member(r, "payload", INTERAKT_MAX_ID_LEN);
    ev->kind = "button_reply";
    ev->text = title;
    ev->button_id = id;
    return 1;
}

/* A location [U]: "message" as a JSON string or object with latitude,
 * longitude and optional name/address. Shown as text; kept in meta. */
static void read_location(Arena *a, json_object *m, const char *msg, json_object *meta)
{
    json_object *o = json_get(m, "message");
    if (!o || !json_object_is_type(o, json_type_object)) {
        o = NULL;
        if (msg && *msg == '{')
            json_parse_arena(a, msg, strlen(msg), &o);
    }
    if (!o || !json_object_is_type(o, json_type_object))
        return;
    json_object *lat = json_get(o, "latitude"), *lon = json_get(o, "longitude");
    if (!lat || !lon)
        return;
    double la = json_object_get_double(lat), lo = json_object_get_double(lon);
    if (la < -90 || la > 90 || lo < -180 || lo > 180)
        return;
    const char *name = str_member(o, "name", INTERAKT_MAX_NAME_LEN);
    const char *addr = str_member(o, "address", 1000);
    json_object *loc = json_object_new_object();
    json_object_object_add(loc, "latitude", json_object_new_double(la));
    json_object_object_add(loc, "longitude", json_object_new_double(lo));
    json_object_object_add(loc, "name", json_str_or_null(name));
    json_object_object_add(loc, "address", json_str_or_null(addr));
    json_object_object_add(meta, "location", loc);
}

static int parse_message(Arena *a, json_object *data, json_object *m, InteraktEvent *ev, const char **why)
{
    json_object *cust = json_get(data, "customer");
    if (!cust || !json_object_is_type(cust, json_type_object)) {
        *why = "message_received without data.customer";
        return ERR_INVALID;
    }
    if (customer_phone(a, cust, ev->phone) != 0) {
        *why = "message_received with an invalid customer phone number";
        return ERR_INVALID;
    }
    json_object *traits = json_get(cust, "traits");
    ev->customer_name = str_member(traits, "name", INTERAKT_MAX_NAME_LEN);
    if (ev->customer_name && !*ev->customer_name)
        ev->customer_name = NULL;
    ev->content_type = str_member(m, "message_content_type", 64);
    ev->kind = kind_of(ev->content_type);
    const char *msg = str_member(m, "message", 65536);
    ev->text = msg && *msg ? msg : NULL;
    json_object *meta = json_arena_own(a, json_object_new_object());
    json_object_object_add(meta, "content_type", json_str_or_null(ev->content_type));

    if (strcmp(ev->kind, "button_reply") == 0 || strcmp(ev->kind, "text") == 0) {
        if (!read_reply(a, msg, ev) && strcmp(ev->kind, "button_reply") == 0)
            ev->text = msg && *msg ? msg : NULL; /* a plain button text */
    } else if (strcmp(ev->kind, "location") == 0) {
        read_location(a, m, msg, meta);
        json_object *loc = json_get(meta, "location");
        if (loc) {
            const char *name = json_get_str(loc, "name"), *addr = json_get_str(loc, "address");
            ev->text = arena_sprintf(a, "%s%s%s%s(%.6f, %.6f)", name ? name : "", name ? ", " : "",
                                     addr ? addr : "", addr ? " " : "",
                                     json_object_get_double(json_get(loc, "latitude")),
                                     json_object_get_double(json_get(loc, "longitude")));
        }
    }
    if (ev->button_id)
        json_object_object_add(meta, "button_id", json_object_new_string(ev->button_id));

    json_object *mu = json_get(m, "media_url");
    if (mu && !json_object_is_type(mu, json_type_null)) {
        const char *u = str_member(m, "media_url", INTERAKT_MAX_URL_LEN);
        if (!url_ok(u)) {
            *why = "message_received with a media_url that is not an http(s) URL";
            return ERR_INVALID;
        }
        ev->media_url = u;
    }
    ev->meta_json = json_to_arena(a, meta);
    return 0;
}

static int parse_status(Arena *a, json_object *data, json_object *m, InteraktEvent *ev)
{
    ev->status = ev->type + strlen("message_api_");
    json_object *meta = json_get(m, "meta_data");
    json_object *src = json_get(meta, "source_data");
    ev->callback_data = str_member(src, "callback_data", 512);
    if (!ev->callback_data)
        ev->callback_data = str_member(json_get(data, "event"), "callbackData", 512);
    if (strcmp(ev->status, "failed") == 0) {
        const char *reason = str_member(m, "channel_failure_reason", INTERAKT_MAX_REASON_LEN);
        const char *code = str_member(m, "channel_error_code", 32);
        json_object *codev = json_get(m, "channel_error_code");
        if (!code && codev && json_object_is_type(codev, json_type_int))
            code = arena_sprintf(a, "%lld", (long long)json_object_get_int64(codev));
        ev->failure_reason = arena_sprintf(a, "%s%s%s%s", reason ? reason : "delivery failed",
                                           code ? " (code " : "", code ? code : "", code ? ")" : "");
    }
    return 0;
}

static int parse_event(Arena *a, json_object *o, const char *raw, InteraktEvent *ev, const char **why)
{
    memset(ev, 0, sizeof *ev);
    if (!json_object_is_type(o, json_type_object)) {
        *why = "an event is not a JSON object";
        return ERR_BAD_REQUEST;
    }
    ev->raw = raw;
    ev->type = str_member(o, "type", 100);
    if (!ev->type || !*ev->type) {
        *why = "an event without a type";
        return ERR_BAD_REQUEST;
    }
    json_object *data = json_get(o, "data");
    json_object *m = json_get(data, "message");
    const char *mid = str_member(m, "id", 4096);
    if (mid && id_ok(mid))
        ev->message_id = mid;
    const char *when = str_member(m, "received_at_utc", 40);
    ev->at_epoch = epoch_text(a, when);
    if (!ev->at_epoch)
        ev->at_epoch = epoch_text(a, str_member(o, "timestamp", 40));

    int is_msg = strcmp(ev->type, "message_received") == 0;
    int is_status = strcmp(ev->type, "message_api_sent") == 0 || strcmp(ev->type, "message_api_delivered") == 0 ||
                    strcmp(ev->type, "message_api_read") == 0 || strcmp(ev->type, "message_api_failed") == 0;
    if (!is_msg && !is_status) {
        ev->cls = INTERAKT_EVENT_OTHER;
        ev->ignore_reason = "event type not handled";
        return 0;
    }
    if (!m || !json_object_is_type(m, json_type_object) || !ev->message_id) {
        *why = mid ? "data.message.id is not a plausible Interakt id" : "data.message.id is missing";
        return ERR_INVALID;
    }
    if (is_status) {
        ev->cls = INTERAKT_EVENT_STATUS;
        return parse_status(a, data, m, ev);
    }
    /* Only the customer's own lines enter the inbox: our API sends and
     * agents typing in Interakt's own inbox also arrive here. */
    const char *who = str_member(m, "chat_message_type", 64);
    if (who && strcmp(who, "CustomerMessage") != 0) {
        ev->cls = INTERAKT_EVENT_OTHER;
        ev->ignore_reason = "not a customer message";
        return 0;
    }
    ev->cls = INTERAKT_EVENT_MESSAGE;
    return parse_message(a, data, m, ev, why);
}

int interakt_event_parse(Arena *a, const char *raw, size_t len, InteraktEvent *out, const char **why)
{
    json_object *o = NULL;
    *why = "ok";
    memset(out, 0, sizeof *out);
    if (!utf8_valid(raw, len)) {
        *why = "the body is not valid UTF-8";
        return ERR_BAD_REQUEST;
    }
    if (json_parse_arena(a, raw, len, &o) != 0 || !o) {
        *why = "the body is not valid JSON";
        return ERR_BAD_REQUEST;
    }
    return parse_event(a, o, arena_strndup(a, raw, len), out, why);
}

int interakt_body_parse(Arena *a, const char *body, size_t body_len, InteraktBody *out, const char **why)
{
    json_object *o = NULL;
    *why = "ok";
    memset(out, 0, sizeof *out);
    if (!body || !utf8_valid(body, body_len)) {
        *why = "the body is not valid UTF-8";
        return ERR_BAD_REQUEST;
    }
    if (memchr(body, '\0', body_len)) {
        *why = "the body contains a NUL byte";
        return ERR_BAD_REQUEST;
    }
    if (json_parse_arena(a, body, body_len, &o) != 0 || !o) {
        *why = "the body is not valid JSON";
        return ERR_BAD_REQUEST;
    }
    if (json_object_is_type(o, json_type_object)) {
        out->events = arena_alloc(a, sizeof *out->events);
        out->nevents = 1;
        return parse_event(a, o, arena_strndup(a, body, body_len), &out->events[0], why);
    }
    if (!json_object_is_type(o, json_type_array)) {
        *why = "the body is not a JSON object or array";
        return ERR_BAD_REQUEST;
    }
    size_t n = json_object_array_length(o);
    if (n == 0 || n > INTERAKT_MAX_EVENTS) {
        *why = n ? "too many events in one body" : "an empty array";
        return ERR_BAD_REQUEST;
    }
    out->events = arena_alloc(a, n * sizeof *out->events);
    for (size_t i = 0; i < n; i++) {
        json_object *e = json_object_array_get_idx(o, i);
        /* Each element of an array body is kept as its own compact text. */
        int rc = parse_event(a, e, e ? json_to_arena(a, e) : "null", &out->events[i], why);
        if (rc)
            return rc;
    }
    out->nevents = (int)n;
    return 0;
}
