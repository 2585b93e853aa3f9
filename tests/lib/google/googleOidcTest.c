/* googleOidcTest.c — Pub/Sub push OIDC verification with a key generated
 * in-test: a good token passes; forged, expired, wrong aud/iss/email,
 * unverified email, alg none/HS256 and unknown kid are refused with the
 * right code. */
#include <criterion/criterion.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>
#include <string.h>

#include "core/arena.h"
#include "core/base64.h"
#include "core/errors.h"
#include "google/googleOidc.h"
#include "core/jsonUtil.h"

#define NOW 1800000000LL
#define AUD "https://csd.test/webhooks/gmail"
#define PUSH_SA "push@test-project.iam.gserviceaccount.com"

static Arena *a;
static EVP_PKEY *key, *other;
static const OidcPolicy POLICY = {AUD, PUSH_SA, "http://127.0.0.1:9/certs"};

static EVP_PKEY *gen_key(void) { return EVP_RSA_gen(2048); }

static char *b64_bn(EVP_PKEY *k, const char *name)
{
    BIGNUM *bn = NULL;
    cr_assert(EVP_PKEY_get_bn_param(k, name, &bn) == 1);
    int n = BN_num_bytes(bn);
    unsigned char *buf = arena_alloc(a, (size_t)n);
    BN_bn2bin(bn, buf);
    BN_free(bn);
    return base64_encode(a, buf, (size_t)n, 1);
}

static void load_jwks(void)
{
    const char *jwks = arena_sprintf(
        a, "{\"keys\":[{\"kty\":\"RSA\",\"alg\":\"RS256\",\"use\":\"sig\",\"kid\":\"k1\",\"n\":\"%s\",\"e\":\"%s\"}]}",
        b64_bn(key, OSSL_PKEY_PARAM_RSA_N), b64_bn(key, OSSL_PKEY_PARAM_RSA_E));
    cr_assert_eq(google_oidc_load_jwks(jwks, strlen(jwks), 3600, NOW), 1);
}

static void setup(void)
{
    a = arena_new(0);
    if (!key) {
        key = gen_key();
        other = gen_key();
    }
    google_oidc_reset();
    load_jwks();
}
static void teardown(void) { arena_destroy(&a); }

static char *sign(EVP_PKEY *k, const char *input)
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    size_t len = 0;
    cr_assert(EVP_DigestSignInit(ctx, NULL, EVP_sha256(), NULL, k) == 1);
    cr_assert(EVP_DigestSign(ctx, NULL, &len, (const unsigned char *)input, strlen(input)) == 1);
    unsigned char *sig = arena_alloc(a, len);
    cr_assert(EVP_DigestSign(ctx, sig, &len, (const unsigned char *)input, strlen(input)) == 1);
    EVP_MD_CTX_free(ctx);
    return base64_encode(a, sig, len, 1);
}

typedef struct Tok {
    const char *alg, *kid, *aud, *iss, *email;
    long long exp, iat;
    int verified;
    EVP_PKEY *signer;
} Tok;

static const char *bearer(Tok t)
{
    const char *h = arena_sprintf(a, "{\"alg\":\"%s\",\"kid\":\"%s\",\"typ\":\"JWT\"}", t.alg ? t.alg : "RS256",
                                  t.kid ? t.kid : "k1");
    const char *c = arena_sprintf(
        a,
        "{\"aud\":\"%s\",\"azp\":\"1137\",\"email\":\"%s\",\"email_verified\":%s,\"exp\":%lld,\"iat\":%lld,"
        "\"iss\":\"%s\",\"sub\":\"1137\"}",
        t.aud ? t.aud : AUD, t.email ? t.email : PUSH_SA, t.verified >= 0 ? "true" : "false",
        t.exp ? t.exp : NOW + 3000, t.iat ? t.iat : NOW - 600, t.iss ? t.iss : "https://accounts.google.com");
    const char *input = arena_sprintf(a, "%s.%s", base64_encode(a, h, strlen(h), 1),
                                      base64_encode(a, c, strlen(c), 1));
    const char *sig = t.signer ? sign(t.signer, input) : "";
    return arena_sprintf(a, "Bearer %s.%s", input, sig);
}

static int verify(Tok t)
{
    const char *why = NULL;
    int rc = google_oidc_verify(a, bearer(t), &POLICY, NOW, &why, NULL);
    cr_assert_not_null(why);
    return rc;
}

TestSuite(googleOidc, .init = setup, .fini = teardown);

Test(googleOidc, valid_token_passes)
{
    json_object *claims = NULL;
    const char *why = NULL;
    Tok t = {.signer = key};
    cr_assert_eq(google_oidc_verify(a, bearer(t), &POLICY, NOW, &why, &claims), 0, "%s", why);
    cr_assert_str_eq(json_get_str(claims, "email"), PUSH_SA);
    Tok bare_iss = {.signer = key, .iss = "accounts.google.com"};
    cr_assert_eq(verify(bare_iss), 0);
}

Test(googleOidc, forged_signature_is_401)
{
    Tok t = {.signer = other};
    cr_assert_eq(verify(t), ERR_UNAUTHORIZED);
}

Test(googleOidc, expired_is_401_but_old_iat_is_fine)
{
    Tok expired = {.signer = key, .exp = NOW - 61, .iat = NOW - 3661};
    cr_assert_eq(verify(expired), ERR_UNAUTHORIZED);
    Tok within_skew = {.signer = key, .exp = NOW - 30, .iat = NOW - 3630};
    cr_assert_eq(verify(within_skew), 0);
    Tok hour_old = {.signer = key, .exp = NOW + 60, .iat = NOW - 3540};
    cr_assert_eq(verify(hour_old), 0);
}

Test(googleOidc, wrong_audience_issuer_email_are_403)
{
    Tok aud = {.signer = key, .aud = "https://evil.example/"};
    Tok iss = {.signer = key, .iss = "https://evil.example"};
    Tok email = {.signer = key, .email = "x@evil.iam.gserviceaccount.com"};
    Tok unverified = {.signer = key, .verified = -1};
    cr_assert_eq(verify(aud), ERR_FORBIDDEN);
    cr_assert_eq(verify(iss), ERR_FORBIDDEN);
    cr_assert_eq(verify(email), ERR_FORBIDDEN);
    cr_assert_eq(verify(unverified), ERR_FORBIDDEN);
}

Test(googleOidc, alg_none_and_hs256_refused)
{
    Tok none = {.alg = "none"};
    Tok hs = {.alg = "HS256", .signer = key};
    cr_assert_eq(verify(none), ERR_UNAUTHORIZED);
    cr_assert_eq(verify(hs), ERR_UNAUTHORIZED);
}

Test(googleOidc, unknown_kid_refused_after_refetch_fails)
{
    Tok t = {.signer = key, .kid = "rotated-away"};
    cr_assert_eq(verify(t), ERR_UNAUTHORIZED);
}

Test(googleOidc, missing_and_malformed_headers_are_401)
{
    const char *why = NULL;
    cr_assert_eq(google_oidc_verify(a, NULL, &POLICY, NOW, &why, NULL), ERR_UNAUTHORIZED);
    cr_assert_eq(google_oidc_verify(a, "Basic abc", &POLICY, NOW, &why, NULL), ERR_UNAUTHORIZED);
    cr_assert_eq(google_oidc_verify(a, "Bearer a.b", &POLICY, NOW, &why, NULL), ERR_UNAUTHORIZED);
    cr_assert_eq(google_oidc_verify(a, "Bearer a.b.c.d", &POLICY, NOW, &why, NULL), ERR_UNAUTHORIZED);
}

Test(googleOidc, jwks_rejects_small_and_non_rsa_keys)
{
    const char *doc = "{\"keys\":[{\"kty\":\"EC\",\"kid\":\"e\",\"crv\":\"P-256\",\"x\":\"AA\",\"y\":\"AA\"},"
                      "{\"kty\":\"RSA\",\"kid\":\"tiny\",\"n\":\"AQAB\",\"e\":\"AQAB\"}]}";
    cr_assert_eq(google_oidc_load_jwks(doc, strlen(doc), -1, NOW), 0);
    cr_assert_eq(google_oidc_load_jwks("[]", 2, -1, NOW), ERR_PARSE);
}

Test(googleOidc, unconfigured_policy_is_unavailable)
{
    OidcPolicy p = {NULL, PUSH_SA, NULL};
    const char *why = NULL;
    Tok t = {.signer = key};
    cr_assert_eq(google_oidc_verify(a, bearer(t), &p, NOW, &why, NULL), ERR_UNAVAILABLE);
}
