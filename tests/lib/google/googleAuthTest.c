/* googleAuthTest.c — the service-account JWT assertion: header, claims
 * (iss, sub, space-delimited scope, aud, iat backdated, exp = iat + 3600)
 * and an RS256 signature that verifies with the public key. */
#include <criterion/criterion.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "core/arena.h"
#include "core/errors.h"
#include "google/googleAuth.h"
#include "core/jsonUtil.h"
#include "crypto/jwt.h"

#define NOW 1800000000LL

static Arena *a;
static EVP_PKEY *key;
static char *pem;

static void setup(void)
{
    a = arena_new(0);
    if (!key) {
        key = EVP_RSA_gen(2048);
        BIO *b = BIO_new(BIO_s_mem());
        cr_assert(PEM_write_bio_PrivateKey(b, key, NULL, NULL, 0, NULL, NULL) == 1);
        char *p = NULL;
        long n = BIO_get_mem_data(b, &p);
        pem = strndup(p, (size_t)n);
        BIO_free(b);
    }
}
static void teardown(void) { arena_destroy(&a); }

TestSuite(googleAuth, .init = setup, .fini = teardown);

Test(googleAuth, assertion_claims_and_signature)
{
    GoogleServiceAccount sa = {"svc@proj.iam.gserviceaccount.com", pem, "kid-7", NULL};
    char *jwt = NULL;
    cr_assert_eq(google_build_assertion(a, &sa, "support@katyayani.example",
                                        "https://www.googleapis.com/auth/gmail.readonly",
                                        "https://oauth2.googleapis.com/token", NOW, &jwt), 0);
    JwtParts jp;
    cr_assert_eq(jwt_decode(a, jwt, &jp), 0);
    cr_assert_str_eq(jp.alg, "RS256");
    cr_assert_str_eq(jp.kid, "kid-7");
    cr_assert_str_eq(json_get_str(jp.header, "typ"), "JWT");
    json_object *c = jp.payload;
    cr_assert_str_eq(json_get_str(c, "iss"), "svc@proj.iam.gserviceaccount.com");
    cr_assert_str_eq(json_get_str(c, "sub"), "support@katyayani.example");
    cr_assert_str_eq(json_get_str(c, "scope"), "https://www.googleapis.com/auth/gmail.readonly");
    cr_assert_str_eq(json_get_str(c, "aud"), "https://oauth2.googleapis.com/token");
    int64_t iat = 0, exp = 0;
    cr_assert_eq(json_get_int64(c, "iat", &iat), 0);
    cr_assert_eq(json_get_int64(c, "exp", &exp), 0);
    cr_assert(iat <= NOW && iat >= NOW - 60);
    cr_assert_eq(exp, iat + 3600);

    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    cr_assert(EVP_DigestVerifyInit(ctx, NULL, EVP_sha256(), NULL, key) == 1);
    cr_assert_eq(EVP_DigestVerify(ctx, jp.signature, jp.signature_len,
                                  (const unsigned char *)jp.signing_input, jp.signing_input_len), 1);
    EVP_MD_CTX_free(ctx);
}

Test(googleAuth, bad_key_refused)
{
    GoogleServiceAccount sa = {"svc@proj.iam.gserviceaccount.com", "-----BEGIN PRIVATE KEY-----\nAAAA\n", NULL,
                               NULL};
    char *jwt = NULL;
    cr_assert_eq(google_build_assertion(a, &sa, "x@y", "s", "aud", NOW, &jwt), ERR_INVALID);
    cr_assert_null(jwt);
}

Test(googleAuth, key_file_loading)
{
    char path[] = "/tmp/saTestXXXXXX";
    int fd = mkstemp(path);
    cr_assert(fd >= 0);
    FILE *f = fdopen(fd, "w");
    fprintf(f, "{\"type\":\"service_account\",\"client_email\":\"svc@p.iam.gserviceaccount.com\","
               "\"private_key_id\":\"k\",\"private_key\":\"x\",\"token_uri\":\"https://oauth2.googleapis.com/token\"}");
    fclose(f);
    GoogleServiceAccount sa;
    char err[256];
    cr_assert_eq(google_sa_load(a, path, &sa, err, sizeof err), 0, "%s", err);
    cr_assert_str_eq(sa.client_email, "svc@p.iam.gserviceaccount.com");
    cr_assert_str_eq(sa.private_key_id, "k");
    f = fopen(path, "w");
    fprintf(f, "{\"client_email\":\"svc@p\"}");
    fclose(f);
    cr_assert_eq(google_sa_load(a, path, &sa, err, sizeof err), ERR_INVALID);
    cr_assert_null(strstr(err, "svc@p\"}"));
    unlink(path);
    cr_assert_eq(google_sa_load(a, path, &sa, err, sizeof err), ERR_IO);
}
