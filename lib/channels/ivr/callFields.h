/* callFields.h — the field rules every call webhook shares (Exotel's
 * forms, the generic JSON): bounds, phone numbers, times, statuses.
 *
 * Except for the call id, a value that does not pass is dropped from the
 * event with a warning (call_event_warn) rather than refusing the call:
 * the raw request is kept, and a provider that keeps retrying a refused
 * call would be worse. Strings stored into the event are the arena's.
 */
#ifndef CS_CALL_FIELDS_H
#define CS_CALL_FIELDS_H

#include "channels/ivr/callEvent.h"
#include "core/arena.h"

/* The provider's call id: 1..CALL_ID_MAX printable ASCII bytes, no space.
 * 0 and *out = v, or ERR_BAD_REQUEST with *why (static). */
int call_fields_id(const char *v, const char **out, const char **why);

/* E.164 into *e164 when v is a phone number; v (bounded) into *raw either
 * way. `what` names the field in the warning. */
void call_fields_phone(Arena *a, CallEvent *e, const char *v, const char **e164, const char **raw,
                       const char *what);

/* A whole number of seconds, 0..7 days, into *out (left as is otherwise). */
void call_fields_seconds(Arena *a, CallEvent *e, const char *v, int *out, const char *what);

/* status_raw = v (bounded: at most 64 bytes, cut at a character boundary),
 * status = call_status_map(v, e->talk_seconds). */
void call_fields_status(Arena *a, CallEvent *e, const char *v);

/* A time (call_time_parse) into *out; 0 (unknown) for Exotel's
 * 1970-01-01 05:30:00 placeholder. */
void call_fields_time(Arena *a, CallEvent *e, const char *v, int naive_offset, int64_t *out, const char *what);

/* An http(s) URL of at most CALL_URL_MAX bytes ("null" and "" are none). */
void call_fields_url(Arena *a, CallEvent *e, const char *v, const char **out);

/* Keypad digits, Exotel's surrounding double quotes and spaces removed. */
void call_fields_digits(Arena *a, CallEvent *e, const char *v, const char **out);

/* Free text (notes, transcript) of at most CALL_TEXT_MAX bytes, cut at a
 * UTF-8 boundary beyond that; NULL for empty. */
void call_fields_text(Arena *a, CallEvent *e, const char *v, const char **out, const char *what);

#endif
