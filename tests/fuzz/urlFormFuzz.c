/* urlFormFuzz.c — url_form_parse() (Exotel's Passthru query strings and
 * StatusCallback form bodies) and the Exotel field rules on top
 * (exotel_event_from_form) on arbitrary bytes. Invariants: no crash; a
 * parse is 0, ERR_TOO_LARGE or ERR_PARSE; fields are within the bound,
 * never longer than the input and hold no NUL; an accepted event has a
 * bounded, space-free call id, a known status, E.164 numbers and times
 * that are not negative. */
#include <stdlib.h>
#include <string.h>

#include "channels/exotel/exotelEvent.h"
#include "core/arena.h"
#include "core/errors.h"
#include "core/urlForm.h"
#include "fuzz.h"

static void check_event(const CallEvent *e)
{
    static const char *const OK[] = {"answered", "missed", "busy", "failed", "voicemail", "other"};
    if (!e->call_id || !*e->call_id || strlen(e->call_id) > CALL_ID_MAX || strchr(e->call_id, ' '))
        abort();
    if (e->status) {
        int known = 0;
        for (size_t i = 0; i < sizeof OK / sizeof OK[0]; i++)
            known |= strcmp(e->status, OK[i]) == 0;
        if (!known || !e->status_raw)
            abort();
    }
    if ((e->from && e->from[0] != '+') || (e->to && e->to[0] != '+'))
        abort();
    if (e->started_at < 0 || e->ended_at < 0 || e->talk_seconds < -1)
        abort();
    if (e->recording_url && strncmp(e->recording_url, "http", 4) != 0)
        abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Arena *a = arena_new(0);
    const char *s = arena_memdup(a, data, size);
    UrlForm *f = arena_alloc(a, sizeof *f);
    int rc = url_form_parse(a, s, size, f);
    if (rc != 0 && rc != ERR_TOO_LARGE && rc != ERR_PARSE)
        abort();
    if (rc == 0) {
        if (f->n < 0 || f->n > URL_FORM_MAX_FIELDS)
            abort();
        for (int i = 0; i < f->n; i++)
            if (strlen(f->fields[i].name) + strlen(f->fields[i].value) > size)
                abort();
        static const char *const KINDS[] = {"passthru", "status"};
        for (int k = 0; k < 2; k++) {
            CallEvent e;
            const char *why = NULL;
            rc = exotel_event_from_form(a, f, KINDS[k], &e, &why);
            if (rc != 0 && (rc != ERR_BAD_REQUEST || !why))
                abort();
            if (rc == 0) {
                check_event(&e);
                call_event_to_json(a, &e);
            }
        }
    }
    arena_destroy(&a);
    return 0;
}
