/* nchanPublish.h — real-time events to nginx's nchan publisher location.
 *
 * Every message is {"event": "...", "data": {...}, "at": "<ISO-8601>"}.
 * Publishing is best-effort by design (README "Real-time"): a failure is logged and
 * returned, but callers must never fail a request or lose data over it;
 * clients re-read state from the REST API after a reconnect.
 */
#ifndef CS_NCHAN_PUBLISH_H
#define CS_NCHAN_PUBLISH_H

#include <json-c/json.h>

#include "core/arena.h"

/* Builds the envelope (does not take ownership of data; data may be NULL
 * for {}). Returns the JSON text in the arena. */
const char *nchan_envelope(Arena *a, const char *event, json_object *data);

/* POSTs the envelope to NCHAN_PUBLISH_URL/<channel>. 0, or a negative
 * ErrCode (already logged). */
int nchan_publish(Arena *a, const char *channel, const char *event, json_object *data);

#endif
