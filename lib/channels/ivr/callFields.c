/* callFields.c — shared field rules of call webhooks (see callFields.h). */
#include "channels/ivr/callFields.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/errors.h"
#include "core/utf8.h"
#include "inbox/phone.h"

int call_fields_id(const char *v, const char **out, const char **why)
{
    *out = NULL;
    if (!v || !*v) {
        *why = "the call id is missing";
        return ERR_BAD_REQUEST;
    }
    size_t n = strlen(v);
    if (n > CALL_ID_MAX) {
        *why = "the call id is too long";
        return ERR_BAD_REQUEST;
    }
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)v[i] <= ' ' || (unsigned char)v[i] >= 0x7f) {
            *why = "the call id holds a space, a control byte or non-ASCII";
            return ERR_BAD_REQUEST;
        }
    *out = v;
    return 0;
}

static int is_none(const char *v) { return !v || !*v || strcasecmp(v, "null") == 0 || strcasecmp(v, "none") == 0; }

void call_fields_phone(Arena *a, CallEvent *e, const char *v, const char **e164, const char **raw,
                       const char *what)
{
    if (is_none(v))
        return;
    if (strlen(v) > 64) {
        call_event_warn(a, e, arena_sprintf(a, "%s is too long", what));
        return;
    }
    *raw = arena_strdup(a, v);
    char out[PHONE_E164_MAX];
    if (phone_normalize(v, out) == 0)
        *e164 = arena_strdup(a, out);
    else
        call_event_warn(a, e, arena_sprintf(a, "%s is not a phone number", what));
}

void call_fields_seconds(Arena *a, CallEvent *e, const char *v, int *out, const char *what)
{
    if (is_none(v))
        return;
    char *end = NULL;
    long n = strtol(v, &end, 10);
    if (end == v || *end || n < 0 || n > 7 * 86400 || !isdigit((unsigned char)*v)) {
        call_event_warn(a, e, arena_sprintf(a, "%s is not a number of seconds", what));
        return;
    }
    *out = (int)n;
}

void call_fields_status(Arena *a, CallEvent *e, const char *v)
{
    if (is_none(v))
        return;
    if (strlen(v) > 64) {
        call_event_warn(a, e, "status is too long");
        /* Cut at a character boundary: half a UTF-8 sequence would make the
         * normalised JSON invalid (a fuzz finding, regressions/ivrGeneric/). */
        e->status_raw = utf8_strndup(a, v, 64);
        e->status = CALL_STATUS_OTHER;
        return;
    }
    e->status_raw = arena_strdup(a, v);
    e->status = call_status_map(v, e->talk_seconds);
}

void call_fields_time(Arena *a, CallEvent *e, const char *v, int naive_offset, int64_t *out, const char *what)
{
    if (is_none(v))
        return;
    int64_t t = 0;
    if (call_time_parse(v, naive_offset, &t) != 0) {
        call_event_warn(a, e, arena_sprintf(a, "%s is not a time", what));
        return;
    }
    if (t > 0)
        *out = t;
}

void call_fields_url(Arena *a, CallEvent *e, const char *v, const char **out)
{
    if (is_none(v))
        return;
    size_t n = strlen(v);
    int ok = n <= CALL_URL_MAX && (strncmp(v, "https://", 8) == 0 || strncmp(v, "http://", 7) == 0);
    for (size_t i = 0; ok && i < n; i++)
        ok = (unsigned char)v[i] > ' ' && (unsigned char)v[i] < 0x7f;
    if (!ok) {
        call_event_warn(a, e, "RecordingUrl is not an http(s) URL");
        return;
    }
    *out = arena_strdup(a, v);
}

void call_fields_digits(Arena *a, CallEvent *e, const char *v, const char **out)
{
    if (!v)
        return;
    size_t n = strlen(v);
    const char *s = v;
    while (n && (*s == '"' || *s == ' ')) {
        s++;
        n--;
    }
    while (n && (s[n - 1] == '"' || s[n - 1] == ' '))
        n--;
    if (n == 0)
        return;
    if (n > 32) {
        call_event_warn(a, e, "digits are too long");
        return;
    }
    for (size_t i = 0; i < n; i++)
        if (!isdigit((unsigned char)s[i]) && s[i] != '*' && s[i] != '#') {
            call_event_warn(a, e, "digits are not keypad digits");
            return;
        }
    *out = arena_strndup(a, s, n);
}

void call_fields_text(Arena *a, CallEvent *e, const char *v, const char **out, const char *what)
{
    if (!v || !*v)
        return;
    size_t n = strlen(v);
    if (n > CALL_TEXT_MAX) {
        n = CALL_TEXT_MAX;
        while (n > 0 && ((unsigned char)v[n] & 0xC0) == 0x80)
            n--; /* never cut inside a UTF-8 sequence */
        call_event_warn(a, e, arena_sprintf(a, "%s cut to %d bytes", what, CALL_TEXT_MAX));
    }
    *out = arena_strndup(a, v, n);
}
