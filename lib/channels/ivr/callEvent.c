/* callEvent.c — the provider-neutral call event (see callEvent.h). */
#include "channels/ivr/callEvent.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "core/errors.h"
#include "core/jsonUtil.h"
#include "triage/triage.h"

void call_event_init(CallEvent *e, const char *provider, const char *kind)
{
    memset(e, 0, sizeof *e);
    e->provider = provider;
    e->kind = kind;
    e->talk_seconds = -1;
}

const char *call_status_map(const char *raw, int talk_seconds)
{
    if (!raw || !*raw)
        return NULL;
    static const char *const GOING[] = {"ringing", "in-progress", "in_progress", "queued", "initiated",
                                         "free", "call-attempt", "call"};
    for (size_t i = 0; i < sizeof GOING / sizeof GOING[0]; i++)
        if (strcasecmp(raw, GOING[i]) == 0)
            return NULL;
    if (strcasecmp(raw, "completed") == 0)
        return talk_seconds == 0 ? CALL_STATUS_MISSED : CALL_STATUS_ANSWERED;
    if (strcasecmp(raw, "answered") == 0)
        return CALL_STATUS_ANSWERED;
    if (strcasecmp(raw, "no-answer") == 0 || strcasecmp(raw, "no_answer") == 0 ||
        strcasecmp(raw, "missed") == 0 || strcasecmp(raw, "canceled") == 0 ||
        strcasecmp(raw, "cancelled") == 0 || strcasecmp(raw, "client-hangup") == 0 ||
        strcasecmp(raw, "incomplete") == 0)
        return CALL_STATUS_MISSED;
    if (strcasecmp(raw, "busy") == 0)
        return "busy";
    if (strcasecmp(raw, "failed") == 0)
        return "failed";
    if (strcasecmp(raw, "voicemail") == 0)
        return "voicemail";
    return CALL_STATUS_OTHER;
}

int call_status_terminal(const char *status) { return status != NULL; }

/* n digits at *p into *out (advances *p): 0 or -1. */
static int digits_at(const char **p, int n, int *out)
{
    int v = 0;
    for (int i = 0; i < n; i++) {
        if (!isdigit((unsigned char)(*p)[i]))
            return -1;
        v = v * 10 + ((*p)[i] - '0');
    }
    *p += n;
    *out = v;
    return 0;
}

/* Days from 1970-01-01 to y-m-d (proleptic Gregorian; Howard Hinnant's
 * days_from_civil), so no TZ or timegm() is involved. */
static int64_t days_from_civil(int y, int m, int d)
{
    y -= m <= 2;
    int64_t era = (y >= 0 ? y : y - 399) / 400;
    int64_t yoe = y - era * 400;
    int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

int call_time_parse(const char *s, int naive_offset_seconds, int64_t *out)
{
    int y, mo, d, h, mi, sec = 0;
    *out = 0;
    if (!s || strlen(s) > 40)
        return ERR_PARSE;
    while (*s == ' ')
        s++;
    const char *p = s;
    if (digits_at(&p, 4, &y) || *p++ != '-' || digits_at(&p, 2, &mo) || *p++ != '-' || digits_at(&p, 2, &d))
        return ERR_PARSE;
    if (*p != ' ' && *p != 'T')
        return ERR_PARSE;
    p++;
    if (digits_at(&p, 2, &h) || *p++ != ':' || digits_at(&p, 2, &mi))
        return ERR_PARSE;
    if (*p == ':') {
        p++;
        if (digits_at(&p, 2, &sec))
            return ERR_PARSE;
        if (*p == '.' || *p == ',') { /* fraction: dropped */
            p++;
            if (!isdigit((unsigned char)*p))
                return ERR_PARSE;
            while (isdigit((unsigned char)*p))
                p++;
        }
    }
    int offset = naive_offset_seconds;
    if (*p == 'Z' || *p == 'z') {
        offset = 0;
        p++;
    } else if (*p == '+' || *p == '-') {
        int sign = *p == '-' ? -1 : 1, oh, om = 0;
        p++;
        if (digits_at(&p, 2, &oh))
            return ERR_PARSE;
        if (*p == ':')
            p++;
        if (isdigit((unsigned char)*p) && digits_at(&p, 2, &om))
            return ERR_PARSE;
        if (oh > 14 || om > 59)
            return ERR_PARSE;
        offset = sign * (oh * 3600 + om * 60);
    }
    while (*p == ' ')
        p++;
    if (*p)
        return ERR_PARSE;
    static const int MDAYS[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (y < 1970 || mo < 1 || mo > 12 || d < 1 || d > MDAYS[mo - 1] || h > 23 || mi > 59 || sec > 60)
        return ERR_PARSE;
    if (mo == 2 && d == 29 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return ERR_PARSE;
    int64_t t = days_from_civil(y, mo, d) * 86400 + h * 3600 + mi * 60 + sec - offset;
    if (t < 0)
        return ERR_PARSE;
    *out = t;
    return 0;
}

void call_event_warn(Arena *a, CallEvent *e, const char *what)
{
    e->warning = e->warning ? arena_sprintf(a, "%s; %s", e->warning, what) : arena_strdup(a, what);
}

static void add_str(json_object *o, const char *k, const char *v)
{
    if (v)
        json_object_object_add(o, k, json_object_new_string(v));
}

const char *call_event_to_json(Arena *a, const CallEvent *e)
{
    json_object *o = json_arena_own(a, json_object_new_object());
    add_str(o, "provider", e->provider);
    add_str(o, "call_id", e->call_id);
    add_str(o, "kind", e->kind);
    add_str(o, "direction", e->direction);
    add_str(o, "from", e->from);
    add_str(o, "to", e->to);
    add_str(o, "from_raw", e->from_raw);
    add_str(o, "to_raw", e->to_raw);
    add_str(o, "status", e->status);
    add_str(o, "status_raw", e->status_raw);
    if (e->started_at > 0)
        json_object_object_add(o, "started_at", json_object_new_int64(e->started_at));
    if (e->ended_at > 0)
        json_object_object_add(o, "ended_at", json_object_new_int64(e->ended_at));
    if (e->talk_seconds >= 0)
        json_object_object_add(o, "talk_seconds", json_object_new_int(e->talk_seconds));
    add_str(o, "recording_url", e->recording_url);
    add_str(o, "agent_number", e->agent_number);
    add_str(o, "digits", e->digits);
    add_str(o, "notes", e->notes);
    add_str(o, "transcript", e->transcript);
    add_str(o, "warning", e->warning);
    return json_to_arena(a, o);
}

int call_event_from_json(json_object *o, CallEvent *e)
{
    call_event_init(e, json_get_str(o, "provider"), json_get_str(o, "kind"));
    e->call_id = json_get_str(o, "call_id");
    if (!e->call_id)
        return ERR_PARSE;
    e->direction = json_get_str(o, "direction");
    e->from = json_get_str(o, "from");
    e->to = json_get_str(o, "to");
    e->from_raw = json_get_str(o, "from_raw");
    e->to_raw = json_get_str(o, "to_raw");
    e->status = json_get_str(o, "status");
    e->status_raw = json_get_str(o, "status_raw");
    int64_t v = 0;
    if (json_get_int64(o, "started_at", &v) == 0)
        e->started_at = v;
    if (json_get_int64(o, "ended_at", &v) == 0)
        e->ended_at = v;
    if (json_get_int64(o, "talk_seconds", &v) == 0 && v >= 0 && v <= 86400 * 7)
        e->talk_seconds = (int)v;
    e->recording_url = json_get_str(o, "recording_url");
    e->agent_number = json_get_str(o, "agent_number");
    e->digits = json_get_str(o, "digits");
    e->notes = json_get_str(o, "notes");
    e->transcript = json_get_str(o, "transcript");
    e->warning = json_get_str(o, "warning");
    return 0;
}

#define TAKE(f)            \
    do {                   \
        if (later->f)      \
            acc->f = later->f; \
    } while (0)

void call_event_merge(CallEvent *acc, const CallEvent *later)
{
    if (!acc->call_id)
        acc->call_id = later->call_id;
    if (!acc->provider)
        acc->provider = later->provider;
    TAKE(direction);
    TAKE(from);
    TAKE(to);
    TAKE(from_raw);
    TAKE(to_raw);
    /* A final status is never undone by a later "still ringing". */
    if (later->status || !acc->status) {
        if (later->status || later->status_raw)
            acc->status_raw = later->status_raw;
        if (later->status)
            acc->status = later->status;
    }
    if (later->started_at > 0)
        acc->started_at = later->started_at;
    if (later->ended_at > 0)
        acc->ended_at = later->ended_at;
    if (later->talk_seconds >= 0)
        acc->talk_seconds = later->talk_seconds;
    TAKE(recording_url);
    TAKE(agent_number);
    TAKE(digits);
    TAKE(notes);
    TAKE(transcript);
}

#undef TAKE

/* Finds key in spec; returns its team (static) or NULL. */
static const char *lookup_team(const char *spec, const char *key, size_t klen)
{
    const char *p = spec;
    while (p && *p) {
        const char *comma = strchr(p, ',');
        size_t len = comma ? (size_t)(comma - p) : strlen(p);
        const char *colon = memchr(p, ':', len);
        if (colon) {
            const char *k = p, *t = colon + 1;
            size_t kl = (size_t)(colon - p), tl = len - kl - 1;
            while (kl && isspace((unsigned char)*k)) {
                k++;
                kl--;
            }
            while (kl && isspace((unsigned char)k[kl - 1]))
                kl--;
            while (tl && isspace((unsigned char)*t)) {
                t++;
                tl--;
            }
            while (tl && isspace((unsigned char)t[tl - 1]))
                tl--;
            if (kl == klen && strncmp(k, key, klen) == 0) {
                for (int i = 0; i < TRIAGE_TEAM_COUNT; i++)
                    if (strlen(TRIAGE_TEAMS[i]) == tl && strncmp(TRIAGE_TEAMS[i], t, tl) == 0)
                        return TRIAGE_TEAMS[i];
                return NULL;
            }
        }
        p = comma ? comma + 1 : NULL;
    }
    return NULL;
}

const char *call_digits_team(const char *spec, const char *digits)
{
    if (!spec || !digits || !*digits)
        return NULL;
    const char *t = lookup_team(spec, digits, strlen(digits));
    return t ? t : lookup_team(spec, digits, 1);
}

int call_digit_teams_check(const char *spec, const char **why)
{
    *why = NULL;
    const char *p = spec;
    while (p && *p) {
        const char *comma = strchr(p, ',');
        size_t len = comma ? (size_t)(comma - p) : strlen(p);
        const char *colon = memchr(p, ':', len);
        if (!colon || colon == p) {
            *why = "IVR_DIGIT_TEAMS must be digits:team pairs separated by commas (1:dispatch,2:finance)";
            return ERR_INVALID;
        }
        for (const char *k = p; k < colon; k++)
            if (!isdigit((unsigned char)*k) && *k != '*' && *k != '#' && *k != ' ') {
                *why = "IVR_DIGIT_TEAMS keys must be keypad digits (0-9, *, #)";
                return ERR_INVALID;
            }
        char key[32];
        size_t kl = (size_t)(colon - p);
        if (kl >= sizeof key) {
            *why = "IVR_DIGIT_TEAMS key too long";
            return ERR_INVALID;
        }
        memcpy(key, p, kl);
        key[kl] = '\0';
        char *k = key;
        while (*k == ' ')
            k++;
        size_t n = strlen(k);
        while (n && k[n - 1] == ' ')
            k[--n] = '\0';
        if (!lookup_team(spec, k, n)) {
            *why = "IVR_DIGIT_TEAMS names a team that does not exist (finance, support, dispatch, sales,"
                   " technical, returns_refunds, general)";
            return ERR_INVALID;
        }
        p = comma ? comma + 1 : NULL;
    }
    return 0;
}
