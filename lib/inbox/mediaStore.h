/* mediaStore.h — our own copy of customers' media (WhatsApp files, call
 * recordings): the `media_fetch` job downloads a pending `media` row's
 * source URL (providers' links expire) into MEDIA_DIR, bounded by
 * MEDIA_MAX_BYTES, with the bytes checked against what the provider claims;
 * GET /media/:id (fcgi/handlers/inbox/media.c) serves it through nginx.
 *
 * Files are written to a temporary name, fsync'd and renamed, so a crash
 * never leaves a half file under a stored row; the row says `stored` only
 * after the rename.
 */
#ifndef CS_MEDIA_STORE_H
#define CS_MEDIA_STORE_H

#include <stddef.h>
#include <stdint.h>

#include "core/arena.h"
#include "jobs/jobQueue.h"

/* Job kind "media_fetch" {"media_id":N,"auth":"none"|"interakt"|"exotel"}.
 * interakt: Authorization Basic INTERAKT_API_KEY; exotel: Basic
 * EXOTEL_API_KEY:EXOTEL_API_TOKEN. Credentials go only to the provider's
 * own hosts (its API base URL's origin; for Exotel also *.exotel.com and
 * *.exotel.in over https), never to a third-party link. */
int job_media_fetch(JobContext *job);

/* Checks downloaded bytes: the type sniffed from their first bytes must be
 * one we store, agree with the claimed Content-Type (NULL or
 * application/octet-stream: no claim) and fit expect_kind (image, audio,
 * video, document or NULL). 0 and *type (static, the type we serve), or
 * ERR_INVALID with *why (static). */
int media_check(const char *claimed, const char *expect_kind, const unsigned char *data, size_t n,
                const char **type, const char **why);

/* The type of data from its magic bytes (static), or NULL when it is none
 * we accept. */
const char *media_sniff(const unsigned char *data, size_t n);

/* The file extension for a type we store ("jpg"), static; "bin" otherwise. */
const char *media_ext(const char *type);

/* A filename safe in a Content-Disposition header and on disk: the last
 * path segment of name (a URL or a file name; query cut), only
 * [A-Za-z0-9._-] kept (others become '_'), no leading dot, at most 100
 * bytes, with ".<ext>" added when it has no extension; "<fallback>.<ext>"
 * when no letter or digit is left before the extension. Arena-owned. */
const char *media_safe_filename(Arena *a, const char *name, const char *fallback, const char *ext);

/* 1 when url has the same scheme, host and port as base (case-insensitive). */
int url_same_origin(const char *url, const char *base);

#endif
