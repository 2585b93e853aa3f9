/* jwtTest.c — HS256 sign/verify and decoding of hostile tokens. */
#include <criterion/criterion.h>
#include <string.h>

#include "core/arena.h"
#include "core/base64.h"
#include "core/errors.h"
#include "core/jsonUtil.h"
#include "crypto/jwt.h"

#define SECRET "test-secret-at-least-16-bytes"
#define NOW 1800000000LL

static Arena *a;
static void setup(void) { a = arena_new(0); }
static void teardown(void) { arena_destroy(&a); }

static json_object *claims(int64_t exp)
{
    json_object *c = json_object_new_object();
    json_object_object_add(c, "sub", json_object_new_string("42"));
    json_object_object_add(c, "email", json_object_new_string("a@example.com"));
    json_object_object_add(c, "role", json_object_new_string("authenticated"));
    if (exp)
        json_object_object_add(c, "exp", json_object_new_int64(exp));
    return json_arena_own(a, c);
}

/* Builds header.payload.<sig> with an arbitrary header text. */
static char *forge(const char *header, const char *payload, const char *sig)
{
    return arena_sprintf(a, "%s.%s.%s", base64_encode(a, header, strlen(header), 1),
                         base64_encode(a, payload, strlen(payload), 1), sig);
}

TestSuite(jwt, .init = setup, .fini = teardown);

Test(jwt, roundtrip)
{
    char *tok = jwt_sign_hs256(a, SECRET, claims(NOW + 60));
    cr_assert_not_null(tok);
    json_object *out = NULL;
    cr_assert_eq(jwt_verify_hs256(a, tok, SECRET, NOW, 0, &out), 0);
    cr_assert_str_eq(json_get_str(out, "sub"), "42");
    cr_assert_str_eq(json_get_str(out, "email"), "a@example.com");
}

Test(jwt, decode_parts)
{
    char *tok = jwt_sign_hs256(a, SECRET, claims(NOW + 60));
    JwtParts p;
    cr_assert_eq(jwt_decode(a, tok, &p), 0);
    cr_assert_str_eq(p.alg, "HS256");
    cr_assert_eq(p.signature_len, 32);
    cr_assert_eq(p.signing_input_len, (size_t)(strrchr(tok, '.') - tok));
    cr_assert_eq(strncmp(p.signing_input, tok, p.signing_input_len), 0);
    cr_assert_str_eq(json_get_str(p.payload, "role"), "authenticated");
}

Test(jwt, supabase_style_token_verifies)
{
    /* A token minted elsewhere with the same secret (Supabase layout). */
    json_object *c = claims(NOW + 3600);
    json_object_object_add(c, "aud", json_object_new_string("authenticated"));
    json_object_object_add(c, "iat", json_object_new_int64(NOW - 10));
    char *tok = jwt_sign_hs256(a, SECRET, c);
    cr_assert_eq(jwt_verify_hs256(a, tok, SECRET, NOW, 0, NULL), 0);
}

Test(jwt, expired)
{
    char *tok = jwt_sign_hs256(a, SECRET, claims(NOW - 1));
    const char *why = NULL;
    cr_assert_eq(jwt_verify_hs256_ex(a, tok, SECRET, NOW, 0, NULL, &why), ERR_TIMEOUT);
    cr_assert_str_eq(why, "token expired");
    /* exp == now is already expired; leeway forgives small skew. */
    tok = jwt_sign_hs256(a, SECRET, claims(NOW));
    cr_assert_eq(jwt_verify_hs256(a, tok, SECRET, NOW, 0, NULL), ERR_TIMEOUT);
    cr_assert_eq(jwt_verify_hs256(a, tok, SECRET, NOW, 30, NULL), 0);
}

Test(jwt, exp_required)
{
    char *tok = jwt_sign_hs256(a, SECRET, claims(0));
    cr_assert_eq(jwt_verify_hs256(a, tok, SECRET, NOW, 0, NULL), ERR_INVALID);
    json_object *c = claims(0);
    json_object_object_add(c, "exp", json_object_new_string("1900000000"));
    tok = jwt_sign_hs256(a, SECRET, c);
    cr_assert_eq(jwt_verify_hs256(a, tok, SECRET, NOW, 0, NULL), ERR_INVALID);
}

Test(jwt, nbf_checked)
{
    json_object *c = claims(NOW + 600);
    json_object_object_add(c, "nbf", json_object_new_int64(NOW + 300));
    char *tok = jwt_sign_hs256(a, SECRET, c);
    cr_assert_eq(jwt_verify_hs256(a, tok, SECRET, NOW, 0, NULL), ERR_TIMEOUT);
    cr_assert_eq(jwt_verify_hs256(a, tok, SECRET, NOW + 300, 0, NULL), 0);
}

Test(jwt, bad_signature)
{
    char *tok = jwt_sign_hs256(a, SECRET, claims(NOW + 60));
    cr_assert_eq(jwt_verify_hs256(a, tok, "another-secret-of-16+", NOW, 0, NULL), ERR_UNAUTHORIZED);
    /* Flip one signature character. */
    char *t2 = arena_strdup(a, tok);
    char *last = t2 + strlen(t2) - 2;
    *last = *last == 'A' ? 'B' : 'A';
    cr_assert_eq(jwt_verify_hs256(a, t2, SECRET, NOW, 0, NULL), ERR_UNAUTHORIZED);
    /* Tampered payload with the original signature. */
    char *sig = strrchr(tok, '.') + 1;
    char *t3 = forge("{\"alg\":\"HS256\",\"typ\":\"JWT\"}", "{\"sub\":\"1\",\"exp\":1900000000}", sig);
    cr_assert_eq(jwt_verify_hs256(a, t3, SECRET, NOW, 0, NULL), ERR_UNAUTHORIZED);
    /* Truncated signature. */
    char *t4 = arena_strndup(a, tok, strlen(tok) - 4);
    cr_assert_eq(jwt_verify_hs256(a, t4, SECRET, NOW, 0, NULL), ERR_UNAUTHORIZED);
}

Test(jwt, alg_none_rejected)
{
    const char *why = NULL;
    char *t = forge("{\"alg\":\"none\",\"typ\":\"JWT\"}", "{\"sub\":\"1\",\"exp\":1900000000}", "");
    cr_assert_eq(jwt_verify_hs256_ex(a, t, SECRET, NOW, 0, NULL, &why), ERR_UNAUTHORIZED);
    cr_assert_not_null(strstr(why, "algorithm"));
    t = forge("{\"alg\":\"HS512\"}", "{\"sub\":\"1\",\"exp\":1900000000}", "abc");
    cr_assert_eq(jwt_verify_hs256(a, t, SECRET, NOW, 0, NULL), ERR_UNAUTHORIZED);
    t = forge("{\"alg\":\"hs256\"}", "{\"sub\":\"1\",\"exp\":1900000000}", "abc");
    cr_assert_eq(jwt_verify_hs256(a, t, SECRET, NOW, 0, NULL), ERR_UNAUTHORIZED);
    t = forge("{\"typ\":\"JWT\"}", "{\"sub\":\"1\",\"exp\":1900000000}", "abc");
    cr_assert_eq(jwt_verify_hs256(a, t, SECRET, NOW, 0, NULL), ERR_UNAUTHORIZED);
}

Test(jwt, malformed)
{
    const char *bad[] = {
        "", "abc", "a.b", "a.b.c.d", "...", "e30.e30", "e30..sig", ".e30.sig",
        "e30.e30.si+g",  /* standard alphabet is not base64url */
        "e30=.e30.sig",  /* padding */
        "bm90anNvbg.e30.c2ln", /* "notjson" */
        "W10.e30.c2ln",        /* header is an array */
        "e30.e30.$$$",
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        JwtParts p;
        cr_assert_neq(jwt_decode(a, bad[i], &p), 0, "accepted '%s'", bad[i]);
        cr_assert_eq(jwt_verify_hs256(a, bad[i], SECRET, NOW, 0, NULL), ERR_PARSE, "'%s'", bad[i]);
    }
    cr_assert_eq(jwt_verify_hs256(a, NULL, SECRET, NOW, 0, NULL), ERR_PARSE);
}

Test(jwt, trailing_garbage_in_payload)
{
    char *t = forge("{\"alg\":\"HS256\"}", "{\"exp\":1900000000} x", "c2ln");
    JwtParts p;
    cr_assert_eq(jwt_decode(a, t, &p), ERR_PARSE);
}

Test(jwt, size_bounds)
{
    size_t n = JWT_MAX_TOKEN + 10;
    char *big = arena_alloc(a, n + 1);
    memset(big, 'A', n);
    big[10] = '.';
    big[20] = '.';
    JwtParts p;
    cr_assert_eq(jwt_decode(a, big, &p), ERR_TOO_LARGE);
    /* A payload over JWT_MAX_PAYLOAD once decoded. */
    size_t pl = JWT_MAX_PAYLOAD + 100;
    char *payload = arena_alloc(a, pl + 1);
    memset(payload, ' ', pl);
    payload[0] = '{';
    payload[pl - 1] = '}';
    char *t = forge("{\"alg\":\"HS256\"}", payload, "c2ln");
    cr_assert_eq(jwt_decode(a, t, &p), ERR_TOO_LARGE);
}

Test(jwt, deep_json_rejected)
{
    char deep[200];
    size_t k = 0;
    deep[k++] = '{';
    deep[k++] = '"';
    deep[k++] = 'a';
    deep[k++] = '"';
    deep[k++] = ':';
    for (int i = 0; i < 60; i++)
        deep[k++] = '[';
    for (int i = 0; i < 60; i++)
        deep[k++] = ']';
    deep[k++] = '}';
    deep[k] = '\0';
    char *t = forge("{\"alg\":\"HS256\"}", deep, "c2ln");
    JwtParts p;
    cr_assert_eq(jwt_decode(a, t, &p), ERR_PARSE);
}

Test(jwt, empty_secret)
{
    cr_assert_null(jwt_sign_hs256(a, "", claims(NOW + 60)));
    char *tok = jwt_sign_hs256(a, SECRET, claims(NOW + 60));
    cr_assert_neq(jwt_verify_hs256(a, tok, "", NOW, 0, NULL), 0);
}
