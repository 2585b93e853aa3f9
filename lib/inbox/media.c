/* media.c — signed media URLs (see media.h). */
#include "inbox/media.h"

#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/config.h"
#include "crypto/hmac.h"

static int sign(int64_t id, long long exp, char out[HMAC_SHA256_HEX_LEN + 1])
{
    const char *secret = g_config.auth_jwt_secret;
    if (!secret || !*secret)
        return -1;
    char msg[64];
    int n = snprintf(msg, sizeof msg, "media:%" PRId64 ":%lld", id, exp);
    return hmac_sha256_hex(secret, strlen(secret), msg, (size_t)n, out);
}

const char *media_signed_url_at(Arena *a, int64_t id, time_t exp)
{
    char sig[HMAC_SHA256_HEX_LEN + 1];
    if (sign(id, (long long)exp, sig))
        return NULL;
    return arena_sprintf(a, "/media/%" PRId64 "?exp=%lld&sig=%s", id, (long long)exp, sig);
}

const char *media_signed_url(Arena *a, int64_t id)
{
    long ttl = g_config.media_url_ttl_seconds > 0 ? g_config.media_url_ttl_seconds : 3600;
    long step = ttl / 2 > 0 ? ttl / 2 : 1;
    time_t now = time(NULL);
    time_t exp = ((now + ttl) / step + 1) * step;
    return media_signed_url_at(a, id, exp);
}

int media_url_valid(int64_t id, const char *exp, const char *sig, time_t now)
{
    char want[HMAC_SHA256_HEX_LEN + 1];
    if (!exp || !sig || !*exp)
        return 0;
    char *end = NULL;
    errno = 0;
    long long e = strtoll(exp, &end, 10);
    if (errno || !end || *end || e < now)
        return 0;
    if (sign(id, e, want))
        return 0;
    return secret_equal(want, sig);
}
