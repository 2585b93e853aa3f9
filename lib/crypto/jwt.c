/* jwt.c — JWT decoding and HS256 (see jwt.h). */
#include "crypto/jwt.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <string.h>

#include "core/base64.h"
#include "core/errors.h"
#include "core/jsonUtil.h"

/* JWS compact serialisation uses unpadded base64url only (RFC 7515 §2);
 * base64_decode is more lenient, so the alphabet is checked here. */
static int is_b64url(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
              c == '_'))
            return 0;
    }
    return 1;
}

static int decode_json_segment(Arena *a, const char *s, size_t n, size_t max, json_object **out)
{
    unsigned char *raw = NULL;
    size_t raw_len = 0;
    if (n == 0 || !is_b64url(s, n))
        return ERR_PARSE;
    int rc = base64_decode(a, s, n, max, &raw, &raw_len);
    if (rc)
        return rc;
    json_object *o = NULL;
    if (json_parse_arena(a, (const char *)raw, raw_len, &o) != 0)
        return ERR_PARSE;
    if (!json_object_is_type(o, json_type_object))
        return ERR_PARSE;
    *out = o;
    return 0;
}

int jwt_decode(Arena *a, const char *token, JwtParts *out)
{
    memset(out, 0, sizeof *out);
    if (!token)
        return ERR_PARSE;
    size_t len = strnlen(token, JWT_MAX_TOKEN + 1);
    if (len > JWT_MAX_TOKEN)
        return ERR_TOO_LARGE;
    const char *d1 = memchr(token, '.', len);
    if (!d1)
        return ERR_PARSE;
    const char *d2 = memchr(d1 + 1, '.', len - (size_t)(d1 + 1 - token));
    if (!d2 || memchr(d2 + 1, '.', len - (size_t)(d2 + 1 - token)))
        return ERR_PARSE; /* exactly three segments (JWE's five are not for us) */
    size_t hlen = (size_t)(d1 - token);
    size_t plen = (size_t)(d2 - d1 - 1);
    size_t slen = len - (size_t)(d2 + 1 - token);
    int rc = decode_json_segment(a, token, hlen, JWT_MAX_HEADER, &out->header);
    if (rc == 0)
        rc = decode_json_segment(a, d1 + 1, plen, JWT_MAX_PAYLOAD, &out->payload);
    if (rc == 0 && !is_b64url(d2 + 1, slen))
        rc = ERR_PARSE;
    if (rc == 0)
        rc = base64_decode(a, d2 + 1, slen, JWT_MAX_SIGNATURE, &out->signature, &out->signature_len);
    if (rc) {
        memset(out, 0, sizeof *out);
        return rc == ERR_TOO_LARGE ? ERR_TOO_LARGE : ERR_PARSE;
    }
    out->alg = json_get_str(out->header, "alg");
    out->kid = json_get_str(out->header, "kid");
    out->signing_input_len = (size_t)(d2 - token);
    out->signing_input = arena_strndup(a, token, out->signing_input_len);
    return 0;
}

static int hmac_sha256(const char *secret, const char *data, size_t n, unsigned char mac[32])
{
    unsigned int mlen = 0;
    if (!HMAC(EVP_sha256(), secret, (int)strlen(secret), (const unsigned char *)data, n, mac, &mlen) ||
        mlen != 32)
        return ERR_INTERNAL;
    return 0;
}

char *jwt_sign_hs256(Arena *a, const char *secret, json_object *claims)
{
    if (!secret || !*secret)
        return NULL;
    static const char HEADER[] = "{\"alg\":\"HS256\",\"typ\":\"JWT\"}";
    const char *payload = claims ? json_to_arena(a, claims) : "{}";
    char *h = base64_encode(a, HEADER, sizeof HEADER - 1, 1);
    char *p = base64_encode(a, payload, strlen(payload), 1);
    char *input = arena_sprintf(a, "%s.%s", h, p);
    unsigned char mac[32];
    if (hmac_sha256(secret, input, strlen(input), mac) != 0)
        return NULL;
    char *s = base64_encode(a, mac, sizeof mac, 1);
    OPENSSL_cleanse(mac, sizeof mac);
    return arena_sprintf(a, "%s.%s", input, s);
}

/* A NumericDate claim (RFC 7519 §2): integer or fractional seconds. */
static int numeric_date(json_object *claims, const char *key, int64_t *out)
{
    json_object *v = json_get(claims, key);
    if (!v)
        return ERR_NOT_FOUND;
    if (json_object_is_type(v, json_type_int)) {
        *out = json_object_get_int64(v);
        return 0;
    }
    if (json_object_is_type(v, json_type_double)) {
        double d = json_object_get_double(v);
        if (!(d > -9.2e18 && d < 9.2e18))
            return ERR_INVALID;
        *out = (int64_t)d;
        return 0;
    }
    return ERR_INVALID;
}

int jwt_verify_hs256_ex(Arena *a, const char *token, const char *secret, int64_t now, int leeway_s,
                        json_object **claims_out, const char **reason)
{
    const char *why = NULL;
    int rc = 0;
    JwtParts jp;
    unsigned char mac[32];
    int64_t exp = 0, nbf = 0;
    if (claims_out)
        *claims_out = NULL;
    if (!secret || !*secret) {
        why = "token verification is not configured";
        rc = ERR_INTERNAL;
        goto cleanup;
    }
    rc = jwt_decode(a, token, &jp);
    if (rc) {
        why = "malformed token";
        rc = ERR_PARSE;
        goto cleanup;
    }
    if (!jp.alg || strcmp(jp.alg, "HS256") != 0) {
        why = "unsupported token algorithm (HS256 required)";
        rc = ERR_UNAUTHORIZED;
        goto cleanup;
    }
    if (hmac_sha256(secret, jp.signing_input, jp.signing_input_len, mac) != 0) {
        why = "cannot compute the token signature";
        rc = ERR_INTERNAL;
        goto cleanup;
    }
    if (jp.signature_len != sizeof mac || CRYPTO_memcmp(mac, jp.signature, sizeof mac) != 0) {
        why = "invalid token signature";
        rc = ERR_UNAUTHORIZED;
        goto cleanup;
    }
    rc = numeric_date(jp.payload, "exp", &exp);
    if (rc) {
        why = "token has no valid exp claim";
        rc = ERR_INVALID;
        goto cleanup;
    }
    if (now >= exp + leeway_s) {
        why = "token expired";
        rc = ERR_TIMEOUT;
        goto cleanup;
    }
    rc = numeric_date(jp.payload, "nbf", &nbf);
    if (rc == ERR_INVALID) {
        why = "token has an invalid nbf claim";
        goto cleanup;
    }
    rc = 0;
    if (json_get(jp.payload, "nbf") && now + leeway_s < nbf) {
        why = "token is not valid yet";
        rc = ERR_TIMEOUT;
        goto cleanup;
    }
    if (claims_out)
        *claims_out = jp.payload;
cleanup:
    OPENSSL_cleanse(mac, sizeof mac);
    if (reason)
        *reason = why ? why : "ok";
    return rc;
}

int jwt_verify_hs256(Arena *a, const char *token, const char *secret, int64_t now, int leeway_s,
                     json_object **claims_out)
{
    return jwt_verify_hs256_ex(a, token, secret, now, leeway_s, claims_out, NULL);
}
