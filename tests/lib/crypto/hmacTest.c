/* hmacTest.c — lib/crypto/hmac.c: RFC 4231 vectors, the Interakt-cited
 * signature vector, header forms, and the constant-time comparison's
 * answers. */
#include <criterion/criterion.h>
#include <string.h>

#include "crypto/hmac.h"

Test(hmac_sha256_hex, rfc4231_case_2)
{
    char out[HMAC_SHA256_HEX_LEN + 1];
    cr_assert_eq(hmac_sha256_hex("Jefe", 4, "what do ya want for nothing?", 28, out), 0);
    cr_assert_str_eq(out, "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
}

Test(hmac_sha256_hex, rfc4231_case_1_binary_key)
{
    unsigned char key[20];
    memset(key, 0x0b, sizeof key);
    char out[HMAC_SHA256_HEX_LEN + 1];
    cr_assert_eq(hmac_sha256_hex(key, sizeof key, "Hi There", 8, out), 0);
    cr_assert_str_eq(out, "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
}

Test(hmac_sha256_hex, empty_data)
{
    char out[HMAC_SHA256_HEX_LEN + 1];
    cr_assert_eq(hmac_sha256_hex("k", 1, "", 0, out), 0);
    cr_assert_eq(strlen(out), HMAC_SHA256_HEX_LEN);
}

/* The vector three integrations cite from Interakt's docs
 * (channelProtocols.md §0.1), recomputed there with openssl. */
#define IBODY "{\"foo\":1,\"bar\":2}"
#define ISIG "sha256=b84783d10ede5bd6ed771e8b16fbe5a7093340159d6e49ec4248350b6ec2c7b4"

Test(hmac_signature_valid, interakt_vector)
{
    cr_assert_eq(hmac_signature_valid(ISIG, "examplekey", IBODY, strlen(IBODY)), 1);
}

Test(hmac_signature_valid, tolerated_forms)
{
    cr_assert_eq(hmac_signature_valid("SHA256=B84783D10EDE5BD6ED771E8B16FBE5A7093340159D6E49EC4248350B6EC2C7B4",
                                      "examplekey", IBODY, strlen(IBODY)), 1);
    cr_assert_eq(hmac_signature_valid("  " ISIG "  ", "examplekey", IBODY, strlen(IBODY)), 1);
}

Test(hmac_signature_valid, refusals)
{
    size_t n = strlen(IBODY);
    cr_assert_eq(hmac_signature_valid(NULL, "examplekey", IBODY, n), 0);
    cr_assert_eq(hmac_signature_valid("", "examplekey", IBODY, n), 0);
    cr_assert_eq(hmac_signature_valid(ISIG, NULL, IBODY, n), 0);
    cr_assert_eq(hmac_signature_valid(ISIG, "", IBODY, n), 0);              /* no secret: never valid */
    cr_assert_eq(hmac_signature_valid(ISIG, "otherkey", IBODY, n), 0);
    cr_assert_eq(hmac_signature_valid(ISIG, "examplekey", IBODY " ", n + 1), 0); /* body changed */
    cr_assert_eq(hmac_signature_valid(ISIG + 7, "examplekey", IBODY, n), 0);  /* no "sha256=" */
    cr_assert_eq(hmac_signature_valid("sha1=b84783d10ede5bd6ed771e8b16fbe5a7093340159d6e49ec4248350b6ec2c7b4",
                                      "examplekey", IBODY, n), 0);
    cr_assert_eq(hmac_signature_valid("sha256=b84783d10ede5bd6ed771e8b16fbe5a7093340159d6e49ec4248350b6ec2c7b",
                                      "examplekey", IBODY, n), 0);            /* 63 digits */
    cr_assert_eq(hmac_signature_valid(ISIG "0", "examplekey", IBODY, n), 0);  /* 65 digits */
    cr_assert_eq(hmac_signature_valid("sha256=g84783d10ede5bd6ed771e8b16fbe5a7093340159d6e49ec4248350b6ec2c7b4",
                                      "examplekey", IBODY, n), 0);            /* not hex */
}

Test(secret_equal, answers)
{
    cr_assert_eq(secret_equal("abc", "abc"), 1);
    cr_assert_eq(secret_equal("", ""), 1);
    cr_assert_eq(secret_equal("abc", "abd"), 0);
    cr_assert_eq(secret_equal("abc", "ab"), 0);
    cr_assert_eq(secret_equal("ab", "abc"), 0);
    cr_assert_eq(secret_equal("abc", "abc\0x"), 1); /* C strings: up to the NUL */
    cr_assert_eq(secret_equal(NULL, "a"), 0);
    cr_assert_eq(secret_equal("a", NULL), 0);
    cr_assert_eq(secret_equal(NULL, NULL), 0);
}
