/* googleOidc.c — Pub/Sub push OIDC token verification (see googleOidc.h). */
#include "google/googleOidc.h"

#include <json-c/json.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "core/base64.h"
#include "core/config.h"
#include "core/errors.h"
#include "net/httpClient.h"
#include "core/jsonUtil.h"
#include "crypto/jwt.h"
#include "core/log.h"

typedef struct OidcKey {
    char kid[128];
    EVP_PKEY *pkey;
} OidcKey;

static OidcKey g_keys[OIDC_MAX_KEYS];
static int g_nkeys;
static int64_t g_keys_expire_at;  /* epoch s; 0 = never loaded */
static int64_t g_last_fetch_at;   /* epoch s of the last fetch attempt */

static void keys_clear(void)
{
    for (int i = 0; i < g_nkeys; i++)
        EVP_PKEY_free(g_keys[i].pkey);
    memset(g_keys, 0, sizeof g_keys);
    g_nkeys = 0;
}

void google_oidc_reset(void)
{
    keys_clear();
    g_keys_expire_at = 0;
    g_last_fetch_at = 0;
}

OidcPolicy google_oidc_policy_from_config(void)
{
    OidcPolicy p = {g_config.google_pubsub_audience, g_config.google_pubsub_service_account,
                    g_config.google_jwks_url};
    return p;
}

/* RSA public key from the JWK's base64url modulus and exponent (OpenSSL 3
 * builds keys from parameters; the RSA_* setters are deprecated). */
static EVP_PKEY *rsa_from_jwk(Arena *a, const char *n64, const char *e64)
{
    unsigned char *nb = NULL, *eb = NULL;
    size_t nlen = 0, elen = 0;
    BIGNUM *n = NULL, *e = NULL;
    OSSL_PARAM_BLD *bld = NULL;
    OSSL_PARAM *params = NULL;
    EVP_PKEY_CTX *ctx = NULL;
    EVP_PKEY *pkey = NULL;
    if (base64_decode(a, n64, strlen(n64), 2048, &nb, &nlen) != 0 || nlen == 0 ||
        base64_decode(a, e64, strlen(e64), 16, &eb, &elen) != 0 || elen == 0)
        goto cleanup;
    n = BN_bin2bn(nb, (int)nlen, NULL);
    e = BN_bin2bn(eb, (int)elen, NULL);
    bld = OSSL_PARAM_BLD_new();
    if (!n || !e || !bld || !OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_RSA_N, n) ||
        !OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_RSA_E, e))
        goto cleanup;
    params = OSSL_PARAM_BLD_to_param(bld);
    ctx = EVP_PKEY_CTX_new_from_name(NULL, "RSA", NULL);
    if (!params || !ctx || EVP_PKEY_fromdata_init(ctx) != 1 ||
        EVP_PKEY_fromdata(ctx, &pkey, EVP_PKEY_PUBLIC_KEY, params) != 1)
        pkey = NULL;
    if (pkey && EVP_PKEY_get_bits(pkey) < OIDC_MIN_RSA_BITS) {
        EVP_PKEY_free(pkey);
        pkey = NULL;
    }
cleanup:
    EVP_PKEY_CTX_free(ctx);
    OSSL_PARAM_free(params);
    OSSL_PARAM_BLD_free(bld);
    BN_free(n);
    BN_free(e);
    return pkey;
}

int google_oidc_load_jwks(const char *json, size_t len, long max_age_s, int64_t now)
{
    json_object *doc = NULL;
    Arena *a = arena_new(0);
    int rc = 0;
    OidcKey fresh[OIDC_MAX_KEYS];
    int nfresh = 0;
    memset(fresh, 0, sizeof fresh);
    if (json_parse_arena(a, json, len, &doc) != 0) {
        rc = ERR_PARSE;
        goto cleanup;
    }
    json_object *keys = json_get(doc, "keys");
    if (!keys || !json_object_is_type(keys, json_type_array)) {
        rc = ERR_PARSE;
        goto cleanup;
    }
    size_t nk = json_object_array_length(keys);
    for (size_t i = 0; i < nk && nfresh < OIDC_MAX_KEYS; i++) {
        json_object *k = json_object_array_get_idx(keys, i);
        const char *kty = json_get_str(k, "kty"), *kid = json_get_str(k, "kid");
        const char *alg = json_get_str(k, "alg"), *use = json_get_str(k, "use");
        const char *n = json_get_str(k, "n"), *e = json_get_str(k, "e");
        if (!kty || strcmp(kty, "RSA") != 0 || !kid || !*kid || strlen(kid) >= sizeof fresh[0].kid ||
            !n || !e || (alg && strcmp(alg, "RS256") != 0) || (use && strcmp(use, "sig") != 0))
            continue;
        EVP_PKEY *pk = rsa_from_jwk(a, n, e);
        if (!pk)
            continue;
        snprintf(fresh[nfresh].kid, sizeof fresh[nfresh].kid, "%s", kid);
        fresh[nfresh++].pkey = pk;
    }
    keys_clear();
    memcpy(g_keys, fresh, sizeof fresh);
    g_nkeys = nfresh;
    g_keys_expire_at = now + (max_age_s >= 0 ? max_age_s : OIDC_DEFAULT_MAX_AGE_S);
    rc = nfresh;
cleanup:
    arena_destroy(&a);
    return rc;
}

static int fetch_jwks(Arena *a, const char *url, int64_t now)
{
    g_last_fetch_at = now;
    if (!url || !*url)
        return ERR_UNAVAILABLE;
    static const char *const HEADERS[] = {"Accept: application/json", NULL};
    HttpRequest req = {.method = "GET", .url = url, .headers = HEADERS, .timeout_ms = 5000,
                       .max_response = 256 * 1024};
    HttpResponse res;
    int rc = http_request(a, &req, &res);
    if (rc == 0 && res.status != 200)
        rc = ERR_UPSTREAM;
    if (rc == 0) {
        int n = google_oidc_load_jwks(res.body, res.body_len, res.cache_max_age, now);
        rc = n < 0 ? n : 0;
    }
    if (rc)
        log_kv(LOG_WARN, "JWKS fetch failed", "status=%ld err=%s reason=\"%s\"", res.status, err_name(rc),
               log_safe(a, res.error, 200, LOG_SAFE_QUOTED));
    return rc;
}

static EVP_PKEY *find_key(const char *kid)
{
    for (int i = 0; i < g_nkeys; i++)
        if (strcmp(g_keys[i].kid, kid) == 0)
            return g_keys[i].pkey;
    return NULL;
}

static int verify_rs256(EVP_PKEY *pkey, const char *input, size_t n, const unsigned char *sig,
                        size_t siglen)
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    int ok = ctx && EVP_DigestVerifyInit(ctx, NULL, EVP_sha256(), NULL, pkey) == 1 &&
             EVP_DigestVerify(ctx, sig, siglen, (const unsigned char *)input, n) == 1;
    EVP_MD_CTX_free(ctx);
    return ok;
}

/* NumericDate as seconds; ERR_INVALID when missing or not a number. */
static int claim_time(json_object *claims, const char *key, int64_t *out)
{
    json_object *v = json_get(claims, key);
    if (v && json_object_is_type(v, json_type_int)) {
        *out = json_object_get_int64(v);
        return 0;
    }
    if (v && json_object_is_type(v, json_type_double)) {
        double d = json_object_get_double(v);
        if (d > -9.2e18 && d < 9.2e18) {
            *out = (int64_t)d;
            return 0;
        }
    }
    return ERR_INVALID;
}

#define FAIL(code, text)                                                                         \
    do {                                                                                         \
        rc = (code);                                                                             \
        why = (text);                                                                            \
        goto cleanup;                                                                            \
    } while (0)

int google_oidc_verify(Arena *a, const char *authorization, const OidcPolicy *policy, int64_t now,
                       const char **reason, json_object **claims_out)
{
    int rc = 0;
    const char *why = "ok";
    JwtParts jp;
    if (claims_out)
        *claims_out = NULL;
    if (!policy->audience || !*policy->audience || !policy->email || !*policy->email)
        FAIL(ERR_UNAVAILABLE, "push authentication is not configured (audience / service account)");
    if (!authorization || strncasecmp(authorization, "Bearer ", 7) != 0)
        FAIL(ERR_UNAUTHORIZED, "missing Bearer token");
    const char *token = authorization + 7;
    while (*token == ' ')
        token++;
    if (jwt_decode(a, token, &jp) != 0)
        FAIL(ERR_UNAUTHORIZED, "malformed token");
    if (!jp.alg || strcmp(jp.alg, "RS256") != 0)
        FAIL(ERR_UNAUTHORIZED, "token algorithm must be RS256");
    if (!jp.kid || !*jp.kid)
        FAIL(ERR_UNAUTHORIZED, "token has no key id");

    if (g_keys_expire_at == 0 || now >= g_keys_expire_at) {
        /* After a failed fetch, wait a little before the next one: a
         * Google outage must not turn every push into a JWKS request. */
        int may_fetch = g_last_fetch_at == 0 || now - g_last_fetch_at >= OIDC_FETCH_RETRY_S;
        if (may_fetch && fetch_jwks(a, policy->jwks_url, now) != 0 && g_nkeys == 0)
            FAIL(ERR_UNAVAILABLE, "Google signing keys could not be fetched");
        if (g_nkeys == 0)
            FAIL(ERR_UNAVAILABLE, "Google signing keys are not available yet");
    }
    EVP_PKEY *pkey = find_key(jp.kid);
    if (!pkey && now - g_last_fetch_at >= OIDC_REFETCH_MIN_INTERVAL_S) {
        /* Google rotates keys: an unknown kid may be a new one. */
        fetch_jwks(a, policy->jwks_url, now);
        pkey = find_key(jp.kid);
    }
    if (!pkey)
        FAIL(ERR_UNAUTHORIZED, "token signed with an unknown key");
    if (!verify_rs256(pkey, jp.signing_input, jp.signing_input_len, jp.signature, jp.signature_len))
        FAIL(ERR_UNAUTHORIZED, "bad token signature");

    json_object *c = jp.payload;
    int64_t exp = 0;
    if (claim_time(c, "exp", &exp) != 0)
        FAIL(ERR_UNAUTHORIZED, "token has no exp");
    if (exp <= now - OIDC_CLOCK_SKEW_S)
        FAIL(ERR_UNAUTHORIZED, "token expired");
    int64_t iat = 0;
    if (claim_time(c, "iat", &iat) == 0 && iat > now + OIDC_CLOCK_SKEW_S)
        FAIL(ERR_UNAUTHORIZED, "token issued in the future");
    const char *iss = json_get_str(c, "iss");
    if (!iss || (strcmp(iss, "accounts.google.com") != 0 && strcmp(iss, "https://accounts.google.com") != 0))
        FAIL(ERR_FORBIDDEN, "token issuer is not Google");
    const char *aud = json_get_str(c, "aud");
    if (!aud || strcmp(aud, policy->audience) != 0)
        FAIL(ERR_FORBIDDEN, "token audience does not match");
    const char *email = json_get_str(c, "email");
    if (!email || strcasecmp(email, policy->email) != 0)
        FAIL(ERR_FORBIDDEN, "token is not from the configured push service account");
    if (json_get_bool(c, "email_verified") != 1)
        FAIL(ERR_FORBIDDEN, "token email is not verified");
    if (claims_out)
        *claims_out = c;
cleanup:
    if (reason)
        *reason = why;
    return rc;
}
