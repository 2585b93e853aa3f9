/* media.c — GET /media/:id?exp=&sig=: one stored media file, for agents.
 *
 * Browsers fetch media from <img>/<audio> tags, which cannot send a bearer
 * token, so the timeline hands out short-lived signed URLs
 * (lib/inbox/media.c); a request with a valid bearer token instead of a
 * signature is served too. csd checks and answers with X-Accel-Redirect;
 * nginx sends the file from its `internal` /internal/media/ location over
 * MEDIA_DIR, so no worker is busy while bytes flow. */
#include <inttypes.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "core/errors.h"
#include "core/log.h"
#include "handlers/handlers.h"
#include "http/apiUtil.h"
#include "http/auth.h"
#include "inbox/media.h"
#include "inbox/mediaStore.h"
#include "store/db.h"

/* Our own relative path ("07/107.jpg"), checked anyway before it reaches
 * an nginx URI. */
static int path_ok(const char *p)
{
    if (!p || !*p || strstr(p, "..") || *p == '/')
        return 0;
    for (; *p; p++)
        if (!(*p >= 'a' && *p <= 'z') && !(*p >= '0' && *p <= '9') && *p != '/' && *p != '.' && *p != '_' &&
            *p != '-')
            return 0;
    return 1;
}

static int inline_type(const char *t)
{
    return strncmp(t, "image/", 6) == 0 || strncmp(t, "audio/", 6) == 0 || strncmp(t, "video/", 6) == 0 ||
           strcmp(t, "text/plain") == 0;
}

int handle_media_get(Request *req)
{
    int64_t id = 0;
    PGresult *r = NULL;
    int rc = req_param_id(req, "id", &id);
    if (rc)
        return rc;
    const char *exp = req_query(req, "exp"), *sig = req_query(req, "sig");
    if (!media_url_valid(id, exp, sig, time(NULL))) {
        if ((exp || sig) || strncasecmp(req->authorization, "Bearer ", 7) != 0)
            return req_fail(req, ERR_FORBIDDEN, "the media link is invalid or has expired");
        if ((rc = auth_token(req, req->authorization + 7)))
            return rc;
    }
    const char *p[] = {arena_sprintf(req->arena, "%" PRId64, id)};
    rc = db_exec(req->arena, &r,
                 "SELECT content_type, storage_path, filename FROM media WHERE id = $1 AND state = 'stored'", 1, p);
    if (rc)
        return api_db_fail(req, rc);
    if (PQntuples(r) != 1)
        return req_fail(req, ERR_NOT_FOUND, "media %" PRId64 " is not stored", id);
    const char *type = db_get(r, 0, 0), *path = db_get(r, 0, 1);
    if (!type || !path_ok(path)) {
        log_kv(LOG_ERROR, "media row unusable", "media_id=%" PRId64, id);
        return req_fail(req, ERR_INTERNAL, "media %" PRId64 " cannot be served", id);
    }
    const char *ext = media_ext(type);
    const char *name = media_safe_filename(req->arena, db_get(r, 0, 2), arena_sprintf(req->arena, "media-%" PRId64, id), ext);
    req->reply_headers = arena_sprintf(req->arena,
                                       "X-Accel-Redirect: /internal/media/%s\r\n"
                                       "Content-Disposition: %s; filename=\"%s\"\r\n"
                                       "X-Content-Type-Options: nosniff\r\n",
                                       path, inline_type(type) ? "inline" : "attachment", name);
    req->reply_raw = "";
    req->reply_type = type;
    req->status = 200;
    return 0;
}
