/* ivrGeneric.c — the generic IVR webhook's JSON (see ivrGeneric.h). */
#include "channels/ivr/ivrGeneric.h"

#include <inttypes.h>
#include <string.h>
#include <strings.h>

#include "channels/exotel/exotelEvent.h"
#include "channels/ivr/callFields.h"
#include "core/errors.h"
#include "core/jsonUtil.h"
#include "core/urlForm.h"

/* A member that must be a string (or null/absent): 0 and *out, or
 * ERR_INVALID with *why. */
static int str_member(Arena *a, json_object *o, const char *name, const char **out, const char **why)
{
    *out = NULL;
    json_object *v = json_get(o, name);
    if (!v || json_object_is_type(v, json_type_null))
        return 0;
    if (!json_object_is_type(v, json_type_string)) {
        *why = arena_sprintf(a, "%s must be a string", name);
        return ERR_INVALID;
    }
    const char *t = json_object_get_string(v);
    if (!text_valid_utf8(t, (size_t)json_object_get_string_len(v))) {
        *why = arena_sprintf(a, "%s must be UTF-8 text without NUL", name);
        return ERR_INVALID;
    }
    *out = t;
    return 0;
}

/* The warning count before and after a field rule: a dropped value is a
 * refusal for this webhook. */
static int refused(Arena *a, const CallEvent *e, const char *before, const char **why)
{
    if (e->warning == before)
        return 0;
    *why = arena_strdup(a, e->warning);
    return ERR_INVALID;
}

static int time_member(Arena *a, json_object *o, const char *name, CallEvent *e, int64_t *out, const char **why)
{
    json_object *v = json_get(o, name);
    if (!v || json_object_is_type(v, json_type_null))
        return 0;
    if (json_object_is_type(v, json_type_int)) {
        int64_t t = json_object_get_int64(v);
        if (t <= 0 || t > 32503680000LL) { /* year 3000 */
            *why = arena_sprintf(a, "%s is not a plausible Unix time", name);
            return ERR_INVALID;
        }
        *out = t;
        return 0;
    }
    const char *s = NULL;
    int rc = str_member(a, o, name, &s, why);
    if (rc || !s)
        return rc;
    const char *before = e->warning;
    call_fields_time(a, e, s, EXOTEL_IST_OFFSET_SECONDS, out, name);
    return refused(a, e, before, why);
}

int ivr_generic_parse(Arena *a, const char *body, size_t len, CallEvent *e, const char **why)
{
    json_object *o = NULL;
    call_event_init(e, "generic", "generic");
    *why = NULL;
    if (json_parse_arena(a, body, len, &o) != 0 || !json_object_is_type(o, json_type_object)) {
        *why = "the body must be a JSON object";
        return ERR_BAD_REQUEST;
    }
    const char *s = NULL, *before = NULL;
    int rc = 0;
    json_object *id = json_get(o, "call_id");
    if (id && json_object_is_type(id, json_type_int))
        s = arena_sprintf(a, "%" PRId64, json_object_get_int64(id));
    else if ((rc = str_member(a, o, "call_id", &s, why)))
        return ERR_BAD_REQUEST;
    if ((rc = call_fields_id(s, &e->call_id, why)))
        return rc;
    e->call_id = arena_strdup(a, e->call_id);

    if ((rc = str_member(a, o, "direction", &s, why)))
        return rc;
    if (s) {
        if (strcasecmp(s, "in") == 0 || strcasecmp(s, "inbound") == 0 || strcasecmp(s, "incoming") == 0)
            e->direction = "in";
        else if (strcasecmp(s, "out") == 0 || strcasecmp(s, "outbound") == 0 || strcasecmp(s, "outgoing") == 0)
            e->direction = "out";
        else {
            *why = "direction must be in or out";
            return ERR_INVALID;
        }
    }
    static const char *const PHONES[] = {"from", "to"};
    for (int i = 0; i < 2; i++) {
        if ((rc = str_member(a, o, PHONES[i], &s, why)))
            return rc;
        before = e->warning;
        call_fields_phone(a, e, s, i ? &e->to : &e->from, i ? &e->to_raw : &e->from_raw, PHONES[i]);
        if ((rc = refused(a, e, before, why)))
            return rc;
    }
    json_object *ts = json_get(o, "talk_seconds");
    if (ts && !json_object_is_type(ts, json_type_null)) {
        int64_t n = json_object_get_int64(ts);
        if (!json_object_is_type(ts, json_type_int) || n < 0 || n > 7 * 86400) {
            *why = "talk_seconds must be a whole number of seconds";
            return ERR_INVALID;
        }
        e->talk_seconds = (int)n;
    }
    if ((rc = str_member(a, o, "status", &s, why)))
        return rc;
    call_fields_status(a, e, s);
    if ((rc = time_member(a, o, "started_at", e, &e->started_at, why)) ||
        (rc = time_member(a, o, "ended_at", e, &e->ended_at, why)))
        return rc;
    if ((rc = str_member(a, o, "recording_url", &s, why)))
        return rc;
    before = e->warning;
    call_fields_url(a, e, s, &e->recording_url);
    if ((rc = refused(a, e, before, why)))
        return rc;
    if ((rc = str_member(a, o, "agent_number", &s, why)))
        return rc;
    if (s && *s) {
        const char *raw = NULL, *kept = e->warning;
        call_fields_phone(a, e, s, &e->agent_number, &raw, "agent_number");
        if (!e->agent_number)
            e->agent_number = raw; /* an extension or a name: shown as sent */
        e->warning = kept;
    }
    json_object *dg = json_get(o, "digits");
    if (dg && json_object_is_type(dg, json_type_int))
        s = arena_sprintf(a, "%" PRId64, json_object_get_int64(dg));
    else if ((rc = str_member(a, o, "digits", &s, why)))
        return rc;
    before = e->warning;
    call_fields_digits(a, e, s, &e->digits);
    if ((rc = refused(a, e, before, why)))
        return rc;
    if ((rc = str_member(a, o, "notes", &s, why)))
        return rc;
    call_fields_text(a, e, s, &e->notes, "notes");
    if ((rc = str_member(a, o, "transcript", &s, why)))
        return rc;
    call_fields_text(a, e, s, &e->transcript, "transcript");
    return 0;
}
