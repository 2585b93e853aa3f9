/* callEvent.h — one thing a telephony provider told us about one call
 * (Exotel's Passthru, StatusCallback or Call Details answer; a generic
 * IVR's JSON), in one provider-neutral shape.
 *
 * Every event is stored as received (call_events.raw) and in this
 * normalised form (call_events.data, call_event_to_json); the `calls` row
 * is the fold of all of a call's events (call_event_merge), so arrival
 * order and duplicates do not matter.
 */
#ifndef CS_CALL_EVENT_H
#define CS_CALL_EVENT_H

#include <json-c/json.h>
#include <stdint.h>

#include "core/arena.h"

/* Provider call ids and other short fields are bounded: longer is refused. */
#define CALL_ID_MAX 128
#define CALL_FIELD_MAX 256
#define CALL_URL_MAX 2048
#define CALL_TEXT_MAX 16384 /* notes, transcript */

/* The call statuses we keep (calls.status); NULL = not over yet. */
#define CALL_STATUS_ANSWERED "answered"
#define CALL_STATUS_MISSED "missed"
#define CALL_STATUS_OTHER "other"

typedef struct CallEvent {
    const char *provider;      /* "exotel" | "generic" */
    const char *call_id;       /* the provider's call id */
    const char *kind;          /* "passthru" | "status" | "details" | "generic" */
    const char *direction;     /* "in" | "out" | NULL (unknown) */
    const char *from;          /* E.164, or NULL when absent or not a number */
    const char *to;
    const char *from_raw;      /* as sent (kept when it is not a number) */
    const char *to_raw;
    const char *status;        /* answered missed busy failed voicemail other; NULL = not final */
    const char *status_raw;    /* the provider's own word */
    int64_t started_at;        /* Unix seconds (UTC); 0 = unknown */
    int64_t ended_at;
    int talk_seconds;          /* -1 = unknown */
    const char *recording_url;
    const char *agent_number;  /* E.164 when it parses, else as sent */
    const char *digits;        /* IVR menu input */
    const char *notes;
    const char *transcript;
    const char *warning;       /* what was dropped as unreadable (logged), or NULL */
} CallEvent;

/* An empty event (talk_seconds -1, everything else unset). */
void call_event_init(CallEvent *e, const char *provider, const char *kind);

/* "answered" ... "other" for a provider status word (case-insensitive):
 * completed (talk_seconds 0 makes it missed), answered, no-answer, missed,
 * canceled, client-hangup, incomplete (Exotel's CallType), busy, failed,
 * voicemail; NULL for a call still going (ringing, in-progress, queued,
 * initiated, free, call-attempt); "other" for anything else. */
const char *call_status_map(const char *raw, int talk_seconds);

/* 1 for a status that ends the call (every non-NULL mapped status). */
int call_status_terminal(const char *status);

/* Parses "YYYY-MM-DD HH:MM:SS" (or with 'T', optional fraction, optional
 * "Z" / "+05:30" / "+0530") into Unix seconds. A time without a zone is
 * local time at naive_offset_seconds east of UTC (IST: 19800). 0 and
 * *out, or ERR_PARSE (bad shape, out-of-range fields, before 1970). */
int call_time_parse(const char *s, int naive_offset_seconds, int64_t *out);

/* Adds a warning (joined with "; "), arena-owned. */
void call_event_warn(Arena *a, CallEvent *e, const char *what);

/* The normalised fields as JSON text (arena-owned). */
const char *call_event_to_json(Arena *a, const CallEvent *e);

/* Reads what call_event_to_json wrote (unknown members ignored). Strings
 * belong to `o`. 0 or ERR_PARSE (no call_id). */
int call_event_from_json(json_object *o, CallEvent *e);

/* Folds `later` into *acc: every field later knows wins, except that a
 * final status is never replaced by "not final" and a non-zero value never
 * by an unknown one. The caller passes events in precedence order
 * (passthru, generic, status, details; each by arrival). */
void call_event_merge(CallEvent *acc, const CallEvent *later);

/* The team for IVR menu digits under spec ("1:dispatch,2:finance,…";
 * NULL = none): the entry equal to digits, else the entry for its first
 * character. A team that is not one of the seven is never returned.
 * Static string or NULL. */
const char *call_digits_team(const char *spec, const char *digits);

/* 0 when spec is a well-formed IVR_DIGIT_TEAMS value, else ERR_INVALID
 * with the reason in *why (static). */
int call_digit_teams_check(const char *spec, const char **why);

#endif
