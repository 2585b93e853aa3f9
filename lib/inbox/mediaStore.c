/* mediaStore.c — media download, checks and storage (see mediaStore.h). */
#include "inbox/mediaStore.h"

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <openssl/evp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/base64.h"
#include "core/config.h"
#include "core/errors.h"
#include "core/jsonUtil.h"
#include "core/log.h"
#include "inbox/events.h"
#include "net/httpClient.h"
#include "store/db.h"

#define MEDIA_FETCH_TIMEOUT_MS 60000

/* Which expect_kind a type satisfies (document: any). */
enum { K_IMAGE = 1, K_AUDIO = 2, K_VIDEO = 4 };

typedef struct MediaType {
    const char *type;           /* what we serve */
    int kinds;
    const char *ext;
    const char *also[6];        /* claimed types that mean the same bytes */
} MediaType;

static const MediaType TYPES[] = {
    {"image/jpeg", K_IMAGE, "jpg", {"image/jpg", "image/pjpeg"}},
    {"image/png", K_IMAGE, "png", {0}},
    {"image/gif", K_IMAGE, "gif", {0}},
    {"image/webp", K_IMAGE, "webp", {0}},
    {"audio/ogg", K_AUDIO, "ogg", {"application/ogg", "audio/opus", "video/ogg"}},
    {"audio/mpeg", K_AUDIO, "mp3", {"audio/mp3", "audio/mpeg3"}},
    {"audio/aac", K_AUDIO, "aac", {"audio/x-aac", "audio/aacp"}},
    {"audio/amr", K_AUDIO, "amr", {0}},
    {"audio/wav", K_AUDIO, "wav", {"audio/x-wav", "audio/wave", "audio/vnd.wave"}},
    {"audio/mp4", K_AUDIO, "m4a", {"audio/x-m4a", "audio/m4a", "video/mp4", "audio/3gpp"}},
    {"video/mp4", K_VIDEO | K_AUDIO, "mp4", {"audio/mp4", "audio/x-m4a", "video/quicktime", "video/3gpp", "audio/3gpp"}},
    {"video/3gpp", K_VIDEO | K_AUDIO, "3gp", {"audio/3gpp", "video/mp4", "audio/mp4"}},
    {"video/webm", K_VIDEO | K_AUDIO, "webm", {"audio/webm"}},
    {"application/pdf", 0, "pdf", {0}},
    {"application/zip", 0, "zip",
     {"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "application/vnd.openxmlformats-officedocument.presentationml.presentation",
      "application/x-zip-compressed"}},
    {"application/msword", 0, "doc", {"application/vnd.ms-excel", "application/vnd.ms-powerpoint"}},
    {"text/plain", 0, "txt", {"text/csv"}},
};

static const MediaType *type_by_name(const char *t)
{
    for (size_t i = 0; t && i < sizeof TYPES / sizeof TYPES[0]; i++)
        if (strcmp(TYPES[i].type, t) == 0)
            return &TYPES[i];
    return NULL;
}

static int is_text(const unsigned char *p, size_t n)
{
    /* UTF-8 text without control bytes other than tab, CR, LF. */
    size_t i = 0;
    while (i < n) {
        unsigned c = p[i];
        if (c < 0x20 && c != '\t' && c != '\r' && c != '\n')
            return 0;
        if (c == 0x7f)
            return 0;
        if (c < 0x80) {
            i++;
            continue;
        }
        size_t len = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
        if (!len || c < 0xC2)
            return 0;
        if (i + len > n)
            return i + len > n && n >= 4096 ? 1 : 0; /* a sample may cut the last character */
        for (size_t k = 1; k < len; k++)
            if ((p[i + k] & 0xC0) != 0x80)
                return 0;
        i += len;
    }
    return n > 0;
}

const char *media_sniff(const unsigned char *p, size_t n)
{
    if (n >= 3 && p[0] == 0xFF && p[1] == 0xD8 && p[2] == 0xFF)
        return "image/jpeg";
    if (n >= 8 && memcmp(p, "\x89PNG\r\n\x1a\n", 8) == 0)
        return "image/png";
    if (n >= 6 && (memcmp(p, "GIF87a", 6) == 0 || memcmp(p, "GIF89a", 6) == 0))
        return "image/gif";
    if (n >= 12 && memcmp(p, "RIFF", 4) == 0 && memcmp(p + 8, "WEBP", 4) == 0)
        return "image/webp";
    if (n >= 12 && memcmp(p, "RIFF", 4) == 0 && memcmp(p + 8, "WAVE", 4) == 0)
        return "audio/wav";
    if (n >= 4 && memcmp(p, "OggS", 4) == 0)
        return "audio/ogg";
    if (n >= 5 && memcmp(p, "#!AMR", 5) == 0)
        return "audio/amr";
    if (n >= 3 && memcmp(p, "ID3", 3) == 0)
        return "audio/mpeg";
    if (n >= 2 && p[0] == 0xFF && (p[1] & 0xF6) == 0xF0)
        return "audio/aac"; /* ADTS: sync word, layer 00 */
    if (n >= 2 && p[0] == 0xFF && (p[1] & 0xE0) == 0xE0 && (p[1] & 0x06) != 0)
        return "audio/mpeg"; /* MPEG audio frame sync, layer I-III */
    if (n >= 12 && memcmp(p + 4, "ftyp", 4) == 0) {
        if (memcmp(p + 8, "M4A ", 4) == 0)
            return "audio/mp4";
        if (memcmp(p + 8, "3gp", 3) == 0)
            return "video/3gpp";
        return "video/mp4";
    }
    if (n >= 4 && memcmp(p, "\x1a\x45\xdf\xa3", 4) == 0)
        return "video/webm";
    if (n >= 5 && memcmp(p, "%PDF-", 5) == 0)
        return "application/pdf";
    if (n >= 4 && memcmp(p, "PK\x03\x04", 4) == 0)
        return "application/zip";
    if (n >= 8 && memcmp(p, "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8) == 0)
        return "application/msword";
    if (is_text(p, n < 4096 ? n : 4096))
        return "text/plain";
    return NULL;
}

const char *media_ext(const char *type)
{
    const MediaType *t = type_by_name(type);
    return t ? t->ext : "bin";
}

/* The claimed type without parameters, lowercased; NULL for no claim. */
static const char *claim_of(const char *claimed, char buf[128])
{
    if (!claimed)
        return NULL;
    size_t n = 0;
    while (*claimed == ' ')
        claimed++;
    for (; claimed[n] && claimed[n] != ';' && claimed[n] != ' ' && n < 127; n++)
        buf[n] = (char)tolower((unsigned char)claimed[n]);
    buf[n] = '\0';
    if (!n || strcmp(buf, "application/octet-stream") == 0 || strcmp(buf, "binary/octet-stream") == 0)
        return NULL;
    return buf;
}

int media_check(const char *claimed, const char *expect_kind, const unsigned char *data, size_t n,
                const char **type, const char **why)
{
    char buf[128];
    *type = NULL;
    *why = NULL;
    const char *sniffed = media_sniff(data, n);
    const MediaType *t = type_by_name(sniffed);
    if (!t) {
        *why = n ? "the file is not a type we accept" : "the file is empty";
        return ERR_INVALID;
    }
    const char *claim = claim_of(claimed, buf);
    if (claim && strcmp(claim, t->type) != 0) {
        int same = 0;
        for (int i = 0; i < 6 && t->also[i]; i++)
            same |= strcmp(claim, t->also[i]) == 0;
        if (!same) {
            *why = "the file is not what its Content-Type claims";
            return ERR_INVALID;
        }
    }
    if (expect_kind && strcmp(expect_kind, "document") != 0) {
        int want = strcmp(expect_kind, "image") == 0 ? K_IMAGE : strcmp(expect_kind, "audio") == 0 ? K_AUDIO
                                                                                                     : K_VIDEO;
        if (!(t->kinds & want)) {
            *why = "the file is not the kind of media the message says";
            return ERR_INVALID;
        }
    }
    *type = t->type;
    return 0;
}

const char *media_safe_filename(Arena *a, const char *name, const char *fallback, const char *ext)
{
    char out[101];
    size_t o = 0;
    if (name) {
        size_t end = strcspn(name, "?#");
        size_t start = end;
        while (start > 0 && name[start - 1] != '/' && name[start - 1] != '\\')
            start--;
        for (size_t i = start; i < end && o < 100; i++) {
            unsigned char c = (unsigned char)name[i];
            out[o++] = (isalnum(c) || c == '.' || c == '-' || c == '_') ? (char)c : '_';
        }
    }
    out[o] = '\0';
    char *s = out;
    while (*s == '.')
        s++;
    /* Nothing readable before the extension (e.g. only non-ASCII letters,
     * now underscores): our own name instead. */
    const char *dot = strrchr(s, '.');
    int has_alnum = 0;
    for (const char *q = s; *q && q != dot; q++)
        has_alnum |= isalnum((unsigned char)*q) != 0;
    if (!has_alnum)
        return arena_sprintf(a, "%s.%s", fallback, ext);
    if (!dot || !dot[1])
        return arena_sprintf(a, "%.*s.%s", (int)(strlen(s) > 90 ? 90 : strlen(s)), s, ext);
    return arena_strdup(a, s);
}

/* scheme://host[:port] of url (lowercased) into out; 0 or -1. */
static int origin_of(const char *url, char *out, size_t cap)
{
    const char *p = url ? strstr(url, "://") : NULL;
    if (!p)
        return -1;
    p += 3;
    size_t n = (size_t)(p - url) + strcspn(p, "/?#");
    if (n + 1 > cap || strchr(url, '@') != NULL) /* userinfo: never match */
        return -1;
    for (size_t i = 0; i < n; i++)
        out[i] = (char)tolower((unsigned char)url[i]);
    out[n] = '\0';
    return 0;
}

int url_same_origin(const char *url, const char *base)
{
    char a[300], b[300];
    if (origin_of(url, a, sizeof a) || origin_of(base, b, sizeof b))
        return 0;
    return strcmp(a, b) == 0;
}

static int host_under(const char *url, const char *domain)
{
    char o[300];
    if (origin_of(url, o, sizeof o) || strncmp(o, "https://", 8) != 0)
        return 0;
    const char *host = o + 8;
    char *colon = strchr(host, ':');
    if (colon)
        *colon = '\0';
    size_t hl = strlen(host), dl = strlen(domain);
    return hl > dl && host[hl - dl - 1] == '.' && strcmp(host + hl - dl, domain) == 0;
}

/* The Authorization header for the source URL, or NULL (see mediaStore.h). */
static const char *auth_header(Arena *a, const char *auth, const char *url)
{
    if (!auth || strcmp(auth, "interakt") == 0) {
        if (auth && g_config.interakt_api_key && *g_config.interakt_api_key &&
            url_same_origin(url, g_config.interakt_api_base_url))
            return arena_sprintf(a, "Authorization: Basic %s", g_config.interakt_api_key);
        return NULL;
    }
    if (strcmp(auth, "exotel") == 0 && g_config.exotel_api_key && g_config.exotel_api_token &&
        (url_same_origin(url, g_config.exotel_api_base_url) || host_under(url, "exotel.com") ||
         host_under(url, "exotel.in"))) {
        const char *cred = arena_sprintf(a, "%s:%s", g_config.exotel_api_key, g_config.exotel_api_token);
        return arena_sprintf(a, "Authorization: Basic %s", base64_encode(a, cred, strlen(cred), 0));
    }
    return NULL;
}

static int mkdirs(const char *path)
{
    char tmp[4096];
    size_t len = strlen(path);
    if (len >= sizeof tmp)
        return ERR_INVALID;
    memcpy(tmp, path, len + 1);
    for (char *p = tmp + 1; *p; p++) {
        if (*p != '/')
            continue;
        *p = '\0';
        if (mkdir(tmp, 0755) != 0 && errno != EEXIST)
            return ERR_IO;
        *p = '/';
    }
    if (mkdir(tmp, 0755) != 0 && errno != EEXIST)
        return ERR_IO;
    return 0;
}

/* Writes data to dir/name through a temporary file, fsync and rename. */
static int write_atomic(Arena *a, const char *dir, const char *name, const void *data, size_t n)
{
    int rc = 0, fd = -1;
    const char *final = arena_sprintf(a, "%s/%s", dir, name);
    const char *tmp = arena_sprintf(a, "%s/.%s.%ld.tmp", dir, name, (long)getpid());
    if ((rc = mkdirs(dir)))
        goto cleanup;
    fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) {
        rc = ERR_IO;
        goto cleanup;
    }
    for (size_t off = 0; off < n;) {
        ssize_t w = write(fd, (const char *)data + off, n - off);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0) {
            rc = ERR_IO;
            goto cleanup;
        }
        off += (size_t)w;
    }
    if (fsync(fd) != 0) {
        rc = ERR_IO;
        goto cleanup;
    }
    close(fd);
    fd = -1;
    if (rename(tmp, final) != 0)
        rc = ERR_IO;
cleanup:
    if (fd >= 0)
        close(fd);
    if (rc)
        unlink(tmp);
    return rc;
}

static const char *sha256_hex(Arena *a, const void *data, size_t n)
{
    static const char HEX[] = "0123456789abcdef";
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (!EVP_Digest(data, n, md, &len, EVP_sha256(), NULL))
        return NULL;
    char *out = arena_alloc(a, len * 2 + 1);
    for (unsigned i = 0; i < len; i++) {
        out[2 * i] = HEX[md[i] >> 4];
        out[2 * i + 1] = HEX[md[i] & 15];
    }
    out[len * 2] = '\0';
    return out;
}

static void publish_media_messages(Arena *a, int64_t media_id)
{
    PGresult *r = NULL;
    const char *p[] = {arena_sprintf(a, "%" PRId64, media_id)};
    if (db_exec(a, &r, "SELECT id FROM messages WHERE media_id = $1 ORDER BY id LIMIT 10", 1, p) != 0)
        return;
    for (int i = 0; i < PQntuples(r); i++)
        inbox_publish_message(a, "message.updated", strtoll(db_get(r, i, 0), NULL, 10));
}

static int media_fail(Arena *a, int64_t id, const char *why)
{
    const char *p[] = {arena_sprintf(a, "%" PRId64, id), why};
    log_kv(LOG_WARN, "media not stored", "media_id=%" PRId64 " reason=\"%s\"", id, why);
    return db_exec(a, NULL,
                   "UPDATE media SET state = 'failed', error = left($2, 500), updated_at = now()"
                   " WHERE id = $1 AND state = 'pending'",
                   DB_NPARAMS(p), p);
}

int job_media_fetch(JobContext *job)
{
    Arena *a = job->arena;
    PGresult *r = NULL;
    int64_t id = 0;
    const char *auth = json_get_str(job->payload, "auth");
    if (json_get_int64(job->payload, "media_id", &id) != 0 || id <= 0 ||
        (auth && strcmp(auth, "none") != 0 && strcmp(auth, "interakt") != 0 && strcmp(auth, "exotel") != 0)) {
        snprintf(job->error, sizeof job->error, "payload needs media_id and auth none|interakt|exotel");
        return ERR_PERMANENT;
    }
    if (auth && strcmp(auth, "none") == 0)
        auth = NULL;
    const char *p[] = {arena_sprintf(a, "%" PRId64, id)};
    int rc = db_exec(a, &r, "SELECT state, source_url, expect_kind, filename FROM media WHERE id = $1", 1, p);
    if (rc)
        return rc;
    if (PQntuples(r) != 1 || strcmp(db_get(r, 0, 0), "pending") != 0)
        return 0; /* gone, stored or failed already */
    const char *url = db_get(r, 0, 1), *expect = db_get(r, 0, 2), *given_name = db_get(r, 0, 3);
    if (!url || (strncasecmp(url, "https://", 8) != 0 && strncasecmp(url, "http://", 7) != 0))
        return media_fail(a, id, "no http(s) source URL");

    const char *ah = auth_header(a, auth, url);
    const char *headers[] = {ah, NULL};
    size_t max = (size_t)(g_config.media_max_bytes > 0 ? g_config.media_max_bytes : 16 * 1024 * 1024);
    HttpRequest hr = {.method = "GET", .url = url, .headers = ah ? headers : NULL,
                      .timeout_ms = MEDIA_FETCH_TIMEOUT_MS, .max_response = max};
    HttpResponse res;
    rc = http_request(a, &hr, &res);
    int last = job->attempts >= job->max_attempts;
    if (rc == ERR_TOO_LARGE)
        return media_fail(a, id, arena_sprintf(a, "the file is larger than MEDIA_MAX_BYTES (%zu bytes)", max));
    if (rc || res.status == 429 || res.status >= 500) {
        snprintf(job->error, sizeof job->error, "media download: %s",
                 rc ? err_name(rc) : arena_sprintf(a, "HTTP %ld", res.status));
        if (last)
            return media_fail(a, id, job->error);
        if (!rc && res.retry_after_seconds > 0)
            job->retry_delay_ms = res.retry_after_seconds * 1000;
        return rc ? rc : ERR_UPSTREAM;
    }
    if (res.status != 200)
        return media_fail(a, id, arena_sprintf(a, "the source answered HTTP %ld (link expired?)", res.status));
    const char *type = NULL, *why = NULL;
    if (media_check(res.content_type, expect, (const unsigned char *)res.body, res.body_len, &type, &why) != 0)
        return media_fail(a, id, arena_sprintf(a, "%s (Content-Type %s)", why,
                                               res.content_type ? res.content_type : "none"));
    const char *ext = media_ext(type);
    const char *sub = arena_sprintf(a, "%02d", (int)(id % 100));
    const char *name = arena_sprintf(a, "%" PRId64 ".%s", id, ext);
    const char *dir = arena_sprintf(a, "%s/%s", g_config.media_dir ? g_config.media_dir : "var/media", sub);
    if ((rc = write_atomic(a, dir, name, res.body, res.body_len)) != 0) {
        log_kv(LOG_ERROR, "media file not written", "media_id=%" PRId64 " dir=%s errno=%d", id, dir, errno);
        snprintf(job->error, sizeof job->error, "writing under MEDIA_DIR failed");
        return rc;
    }
    const char *filename = media_safe_filename(a, given_name ? given_name : url,
                                               arena_sprintf(a, "media-%" PRId64, id), ext);
    const char *p2[] = {p[0], type, arena_sprintf(a, "%zu", res.body_len), sha256_hex(a, res.body, res.body_len),
                        arena_sprintf(a, "%s/%s", sub, name), filename};
    if ((rc = db_exec(a, NULL,
                      "UPDATE media SET state = 'stored', content_type = $2, size_bytes = $3::bigint,"
                      " sha256 = $4, storage_path = $5, filename = $6, error = NULL, updated_at = now()"
                      " WHERE id = $1 AND state = 'pending'",
                      DB_NPARAMS(p2), p2)))
        return rc;
    log_kv(LOG_INFO, "media stored", "media_id=%" PRId64 " type=%s bytes=%zu", id, type, res.body_len);
    publish_media_messages(a, id);
    return 0;
}
