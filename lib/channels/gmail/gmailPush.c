/* gmailPush.c — Pub/Sub push body parsing (see gmailPush.h). */
#include "channels/gmail/gmailPush.h"

#include <ctype.h>
#include <json-c/json.h>
#include <string.h>

#include "core/base64.h"
#include "core/errors.h"
#include "core/jsonUtil.h"

#define BAD(text)                                                                                \
    do {                                                                                         \
        *reason = (text);                                                                        \
        return ERR_BAD_REQUEST;                                                                  \
    } while (0)

/* A string field with no embedded NUL: "a\u0000b" would otherwise be
 * read as "a" and pass the checks below as a different value. */
static const char *whole_str(json_object *obj, const char *key)
{
    const char *s = json_get_str(obj, key);
    if (s && strlen(s) != (size_t)json_object_get_string_len(json_get(obj, key)))
        return NULL;
    return s;
}

static int printable_id(const char *s)
{
    for (; *s; s++)
        if (!isgraph((unsigned char)*s))
            return 0;
    return 1;
}

int gmail_push_parse(Arena *a, const char *body, size_t len, GmailPush *out, const char **reason)
{
    static const char *ok = "ok";
    json_object *root = NULL, *inner = NULL;
    unsigned char *data = NULL;
    size_t data_len = 0;
    memset(out, 0, sizeof *out);
    *reason = ok;
    if (!body || len == 0 || len > GMAIL_PUSH_MAX_BODY)
        BAD("empty or oversized push body");
    if (json_parse_arena(a, body, len, &root) != 0 || !json_object_is_type(root, json_type_object))
        BAD("push body is not a JSON object");
    json_object *msg = json_get(root, "message");
    if (!msg || !json_object_is_type(msg, json_type_object))
        BAD("push body has no message object");
    const char *mid = whole_str(msg, "messageId");
    if (!mid || !*mid)
        mid = whole_str(msg, "message_id");
    if (!mid || !*mid || strlen(mid) > GMAIL_PUSH_MAX_ID || !printable_id(mid))
        BAD("push message has no valid messageId");
    const char *d = json_get_str(msg, "data");
    if (!d || !*d)
        BAD("push message has no data");
    if (base64_decode(a, d, strlen(d), GMAIL_PUSH_MAX_DATA, &data, &data_len) != 0 || data_len == 0)
        BAD("push message data is not base64");
    if (json_parse_arena(a, (const char *)data, data_len, &inner) != 0 ||
        !json_object_is_type(inner, json_type_object))
        BAD("push message data is not a JSON object");
    const char *email = whole_str(inner, "emailAddress");
    if (!email || !*email || strlen(email) > GMAIL_PUSH_MAX_EMAIL || !strchr(email, '@') ||
        !printable_id(email))
        BAD("notification has no valid emailAddress");
    uint64_t hid = 0;
    if (json_get_uint64(inner, "historyId", &hid) != 0 || hid == 0)
        BAD("notification has no valid historyId");
    char *lower = arena_strdup(a, email);
    for (char *p = lower; *p; p++)
        *p = (char)tolower((unsigned char)*p);
    out->message_id = arena_strdup(a, mid);
    out->email_address = lower;
    out->history_id = hid;
    return 0;
}
