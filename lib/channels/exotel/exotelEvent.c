/* exotelEvent.c — Exotel's webhooks and Call Details into CallEvents
 * (see exotelEvent.h). */
#include "channels/exotel/exotelEvent.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "channels/ivr/callFields.h"
#include "core/errors.h"
#include "core/jsonUtil.h"

/* One lookup over a form or a JSON object, so all three shapes share the
 * field rules below. */
typedef const char *(*FieldGet)(const void *src, const char *name);

static const char *form_get(const void *src, const char *name) { return url_form_get(src, name); }

static const char *json_field(const void *src, const char *name)
{
    json_object *v = json_get((json_object *)src, name);
    if (!v || json_object_is_type(v, json_type_null) || json_object_is_type(v, json_type_object) ||
        json_object_is_type(v, json_type_array))
        return NULL;
    const char *t = json_object_get_string(v); /* numbers as their text */
    /* \u0000 or a lone surrogate: not text the database would take. */
    return json_object_is_type(v, json_type_string) && !text_valid_utf8(t, (size_t)json_object_get_string_len(v))
               ? NULL
               : t;
}

/* The first of two names that is present. */
static const char *get2(FieldGet get, const void *src, const char *a, const char *b)
{
    const char *v = get(src, a);
    return v ? v : b ? get(src, b) : NULL;
}

static int fill(Arena *a, FieldGet get, const void *src, const char *kind, CallEvent *e, const char **why)
{
    call_event_init(e, "exotel", kind);
    int passthru = strcmp(kind, "passthru") == 0;
    int rc = call_fields_id(get(src, "CallSid"), &e->call_id, why);
    if (rc)
        return rc;
    e->call_id = arena_strdup(a, e->call_id);

    const char *dir = get(src, "Direction");
    if (dir && *dir) {
        if (strcasecmp(dir, "incoming") == 0 || strcasecmp(dir, "inbound") == 0)
            e->direction = "in";
        else if (strncasecmp(dir, "outbound", 8) == 0 || strcasecmp(dir, "outgoing") == 0)
            e->direction = "out";
        else
            call_event_warn(a, e, "unknown Direction");
    }
    call_fields_phone(a, e, get2(get, src, "CallFrom", "From"), &e->from, &e->from_raw, "From");
    call_fields_phone(a, e, get2(get, src, "CallTo", "To"), &e->to, &e->to_raw, "To");

    const char *dur = passthru ? get(src, "DialCallDuration") : get(src, "ConversationDuration");
    call_fields_seconds(a, e, dur, &e->talk_seconds, "duration");

    const char *st = passthru ? get(src, "DialCallStatus") : get(src, "Status");
    if (passthru && (!st || !*st))
        st = get(src, "CallType");
    if (!st || !*st)
        st = get(src, "Legs[0][Status]");
    call_fields_status(a, e, st);

    const char *start = get(src, "StartTime");
    if (!start || !*start)
        start = get2(get, src, "DateCreated", "Created");
    call_fields_time(a, e, start, EXOTEL_IST_OFFSET_SECONDS, &e->started_at, "StartTime");
    /* Passthru's EndTime is a constant placeholder: never a real end. */
    if (!passthru)
        call_fields_time(a, e, get(src, "EndTime"), EXOTEL_IST_OFFSET_SECONDS, &e->ended_at, "EndTime");

    call_fields_url(a, e, get(src, "RecordingUrl"), &e->recording_url);
    call_fields_digits(a, e, get(src, "digits"), &e->digits);
    const char *agent = get(src, "DialWhomNumber");
    if (agent && *agent) {
        const char *raw = NULL;
        call_fields_phone(a, e, agent, &e->agent_number, &raw, "DialWhomNumber");
        if (!e->agent_number)
            e->agent_number = raw;
    }
    return 0;
}

int exotel_event_from_form(Arena *a, const UrlForm *f, const char *kind, CallEvent *e, const char **why)
{
    return fill(a, form_get, f, kind, e, why);
}

int exotel_event_from_json(Arena *a, json_object *o, CallEvent *e, const char **why)
{
    int rc = fill(a, json_field, o, "status", e, why);
    if (rc)
        return rc;
    /* JSON Legs are an array: the first leg's status when Status is absent. */
    json_object *legs = json_get(o, "Legs");
    if (!e->status_raw && legs && json_object_is_type(legs, json_type_array) &&
        json_object_array_length(legs) > 0)
        call_fields_status(a, e, json_field(json_object_array_get_idx(legs, 0), "Status"));
    return 0;
}

int exotel_event_from_details(Arena *a, const char *body, size_t len, CallEvent *e, const char **why)
{
    json_object *root = NULL;
    if (json_parse_arena(a, body, len, &root) != 0) {
        *why = "Call Details answer is not JSON";
        return ERR_PARSE;
    }
    json_object *call = json_get(root, "Call");
    if (!call || !json_object_is_type(call, json_type_object)) {
        *why = "Call Details answer has no Call object";
        return ERR_PARSE;
    }
    /* The details shape names the id Sid; reuse the webhook rules. */
    json_object *copy = json_arena_own(a, json_object_new_object());
    json_object_object_foreach(call, k, v) json_object_object_add(copy, k, json_object_get(v));
    json_object *sid = json_get(call, "Sid");
    if (sid)
        json_object_object_add(copy, "CallSid", json_object_get(sid));
    json_object *details = json_get(call, "Details");
    json_object *cd = details ? json_get(details, "ConversationDuration") : NULL;
    if (cd)
        json_object_object_add(copy, "ConversationDuration", json_object_get(cd));
    int rc = fill(a, json_field, copy, "details", e, why);
    return rc ? ERR_PARSE : 0;
}
