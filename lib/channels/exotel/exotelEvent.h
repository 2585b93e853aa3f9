/* exotelEvent.h — Exotel's call webhooks and Call Details answer as
 * CallEvents (channelProtocols.md §3).
 *
 * - Passthru applet: GET, query string (CallSid, CallFrom/From,
 *   CallTo/To, Direction, CallType, digits in double quotes, Created,
 *   StartTime, DialWhomNumber, DialCallStatus, DialCallDuration,
 *   RecordingUrl; EndTime is the constant "1970-01-01 05:30:00", ignored).
 * - StatusCallback: POST, form-encoded (CallSid, Status, RecordingUrl,
 *   StartTime, EndTime, ConversationDuration, From, To, Direction,
 *   Legs[n][Status|OnCallDuration|AnsweredBy]) or the same as JSON.
 * - Call Details API: {"Call":{Sid, From, To, Status, StartTime, EndTime,
 *   Direction, RecordingUrl, Details:{ConversationDuration}}}.
 * Exotel's times are naive IST strings; they become UTC here. A value that
 * does not parse (a time, a phone number) is dropped with a warning and
 * the raw request is kept: the call is still recorded.
 */
#ifndef CS_EXOTEL_EVENT_H
#define CS_EXOTEL_EVENT_H

#include <json-c/json.h>

#include "channels/ivr/callEvent.h"
#include "core/arena.h"
#include "core/urlForm.h"

#define EXOTEL_IST_OFFSET_SECONDS 19800

/* A Passthru query (kind "passthru") or a form StatusCallback (kind
 * "status") into *e. 0, or ERR_BAD_REQUEST with *why (static) when
 * CallSid is missing or a field is over its bound. Strings are the
 * arena's. */
int exotel_event_from_form(Arena *a, const UrlForm *f, const char *kind, CallEvent *e, const char **why);

/* A JSON StatusCallback body (an object) into *e (kind "status"). Same
 * results as above. */
int exotel_event_from_json(Arena *a, json_object *o, CallEvent *e, const char **why);

/* A Call Details API answer body into *e (kind "details"). 0, or
 * ERR_PARSE with *why. */
int exotel_event_from_details(Arena *a, const char *body, size_t len, CallEvent *e, const char **why);

#endif
