/* ivrGeneric.h — the generic IVR webhook's JSON (design §12), so any
 * provider (MyOperator, Knowlarity, CallerDesk, ...) can be bridged:
 *
 *   {"call_id", "direction" (in|out|inbound|outbound), "from", "to",
 *    "status" (answered|missed|busy|failed|voicemail; anything else is
 *    kept raw as "other"; absent = still going), "started_at", "ended_at"
 *    (ISO-8601; without a zone = IST, like Indian providers send; or Unix
 *    seconds), "talk_seconds", "recording_url", "agent_number", "digits",
 *    "notes", "transcript"}
 *
 * Unlike Exotel's forms, the sender controls this shape, so a value of
 * the wrong type or form is refused (422) instead of dropped.
 */
#ifndef CS_IVR_GENERIC_H
#define CS_IVR_GENERIC_H

#include <stddef.h>

#include "channels/ivr/callEvent.h"
#include "core/arena.h"

/* Parses body into *e (provider "generic", kind "generic"). 0;
 * ERR_BAD_REQUEST (not a JSON object, no call_id) or ERR_INVALID (a field
 * of the wrong type or form) with *why (arena-owned or static). */
int ivr_generic_parse(Arena *a, const char *body, size_t len, CallEvent *e, const char **why);

#endif
