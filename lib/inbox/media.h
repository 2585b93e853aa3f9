/* media.h — our own store of customers' media (WhatsApp files, call
 * recordings), and the short-lived signed URLs agents' browsers fetch them
 * by (an <img> or <audio> cannot send an Authorization header).
 *
 * A URL is /media/<id>?exp=<unix seconds>&sig=<hex HMAC-SHA256 of
 * "media:<id>:<exp>" under AUTH_JWT_SECRET>, valid MEDIA_URL_TTL_SECONDS.
 * csd verifies it and nginx delivers the file (X-Accel-Redirect).
 */
#ifndef CS_MEDIA_H
#define CS_MEDIA_H

#include <stdint.h>
#include <time.h>

#include "core/arena.h"

/* The signed URL path of media `id`, valid until now + the configured TTL
 * (rounded up to the next TTL/2 step so a page of items shares cache
 * keys). Arena-owned; NULL when no secret is configured. */
const char *media_signed_url(Arena *a, int64_t id);

/* The same with an explicit expiry (tests). Arena-owned or NULL. */
const char *media_signed_url_at(Arena *a, int64_t id, time_t exp);

/* 1 when (id, exp, sig) is a valid, unexpired signature at time now. */
int media_url_valid(int64_t id, const char *exp, const char *sig, time_t now);

#endif
