/* ivrGenericFuzz.c — ivr_generic_parse() (the generic IVR webhook's JSON)
 * and exotel_event_from_details() (Exotel's Call Details answer) on
 * arbitrary bytes. Invariants: no crash; results are 0 or the documented
 * errors with a reason; an accepted event has a call id, E.164 numbers,
 * non-negative times and a known status; its normalised JSON reads back
 * to the same call id (the fold's input). */
#include <stdlib.h>
#include <string.h>

#include "channels/exotel/exotelEvent.h"
#include "channels/ivr/ivrGeneric.h"
#include "core/arena.h"
#include "core/errors.h"
#include "core/jsonUtil.h"
#include "fuzz.h"

static void roundtrip(Arena *a, const CallEvent *e)
{
    if (!e->call_id || !*e->call_id || strlen(e->call_id) > CALL_ID_MAX)
        abort();
    if ((e->from && e->from[0] != '+') || (e->to && e->to[0] != '+'))
        abort();
    if (e->started_at < 0 || e->ended_at < 0 || (e->status && !e->status_raw))
        abort();
    const char *t = call_event_to_json(a, e);
    json_object *o = NULL;
    CallEvent back;
    if (json_parse_arena(a, t, strlen(t), &o) != 0 || call_event_from_json(o, &back) != 0 ||
        strcmp(back.call_id, e->call_id) != 0 || back.started_at != e->started_at)
        abort();
    CallEvent acc;
    call_event_init(&acc, e->provider, "fold");
    call_event_merge(&acc, &back);
    if (strcmp(acc.call_id, e->call_id) != 0)
        abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Arena *a = arena_new(0);
    const char *s = arena_memdup(a, data, size);
    CallEvent e;
    const char *why = NULL;
    int rc = ivr_generic_parse(a, s, size, &e, &why);
    if (rc != 0 && ((rc != ERR_BAD_REQUEST && rc != ERR_INVALID) || !why))
        abort();
    if (rc == 0)
        roundtrip(a, &e);
    why = NULL;
    rc = exotel_event_from_details(a, s, size, &e, &why);
    if (rc != 0 && (rc != ERR_PARSE || !why))
        abort();
    if (rc == 0)
        roundtrip(a, &e);
    arena_destroy(&a);
    return 0;
}
